"""`kg query`, `kg ask`, `kg export` and `kg draw`: thin commands over kg.api and kg.query."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.sources import GraphArg, StoreOption, pick_source
from kg.errors import InputError

QUERY_HELP = (
    "Run a named query, a .rq file, or inline SPARQL (-e) against GRAPH.\n\n"
    "GRAPH is a graph file (.ttl, .nt, .nq, .trig, .jsonld, .owl, .rdf) or a store folder. "
    "QUERY is a named query (leaders, who-supplies-whom, alliances, conflicts, meetings, "
    "statements, affiliations, evidence) or a path to a .rq file.\n\n"
    "The format is `table` when standard output is a terminal and `json` (W3C SPARQL 1.1 JSON "
    "results) otherwise; csv, tsv and xml are the other W3C results formats.\n\n"
    "Exit statuses: 0 success (also when no row matches); 1 the query failed while running; "
    "2 bad input (unknown query or parameter, malformed SPARQL, unreadable graph); 3 timed out."
)

TimeoutOption = Annotated[
    float, typer.Option("--timeout", "-t", metavar="S", help="Stop the query after S seconds.")
]


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--param takes NAME=VALUE, not {pair!r}")
        params[name.strip()] = value.strip()
    return params


def _check_timeout(timeout: float) -> None:
    if timeout <= 0:
        raise InputError("--timeout must be more than 0 seconds")


def query(
    graph: GraphArg = None,
    query_name: Annotated[
        str | None,
        typer.Argument(metavar="[QUERY]", help="Named query or .rq file (omit with -e)."),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param", "-p", metavar="NAME=VALUE", help="Narrow a named query: recipient=Russia."
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", "-f", help="table, json, csv, tsv or xml (default: see above)."),
    ] = None,
    timeout: TimeoutOption = 30.0,
    expression: Annotated[
        str | None, typer.Option("-e", "--sparql", metavar="SPARQL", help="Inline SPARQL to run.")
    ] = None,
    store: StoreOption = None,
    endpoint: Annotated[
        str | None,
        typer.Option(
            "--endpoint",
            metavar="URL",
            help="Run on a remote SPARQL 1.1 endpoint (Fuseki, GraphDB, Oxigraph server...).",
        ),
    ] = None,
) -> None:
    from kg.query import execute, execute_named, names, open_source
    from kg.query.output import FORMATS, write

    if endpoint is not None:
        if store is not None:
            raise InputError("give --store DIR or --endpoint URL, not both")
        if graph is not None and query_name is None:
            graph, query_name = None, str(graph)
        if graph is not None:
            raise InputError("give a GRAPH or --endpoint URL, not both")
    else:
        source, query_name = pick_source(graph, store, query_name)
        if query_name is None and expression is None and not source.exists():
            raise InputError(
                f"{source}: no such graph file or store folder "
                "(usage: kg query GRAPH QUERY, or kg query --store DIR QUERY)"
            )
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if expression is not None and query_name is not None:
        raise InputError("give a QUERY or -e SPARQL, not both")
    if expression is None and query_name is None:
        raise InputError(f"give a QUERY ({', '.join(names())}, or a .rq file) or -e SPARQL")
    _check_timeout(timeout)
    params = _parse_params(param or [])
    if expression is not None and params:
        raise InputError("--param narrows named queries only; write the filter into -e")
    if endpoint is not None:
        from kg.remote import RemoteEndpoint

        target = RemoteEndpoint(endpoint, timeout=timeout)
    else:
        target = open_source(source)
    if expression is not None:
        answer = execute(target, expression, timeout)
    else:
        answer = execute_named(target, query_name, timeout=timeout, **params)
    write(answer, fmt, sys.stdout.buffer, named=expression is None)


ASK_HELP = (
    "Answer an English question from GRAPH, each answer with the sentence it came from.\n\n"
    "Questions are matched against a template grammar (kg/ask/grammar.toml), no language model: "
    "who leads X, who is the president of X, which state does X lead, who supplies whom, who "
    "supplies X, what does X supply (to Y), who are X's allies, who is X in conflict with, who "
    "met whom, who did X meet, where did X meet Y, what did X say, who works for X, who is X; "
    "and yes/no questions about two names: is X allied with Y, are X and Y at war, does X supply "
    "Y (with Z), did X meet Y, does X work for Y, is X the president of Y. A yes comes with the "
    "facts that say so; the graph is open-world, so a missing fact is never a no.\n\n"
    "Names match by label, alias or part of the name (Lula, Luiz Inacio Lula da Silva, "
    "President Lula).\n\n"
    "Exit statuses: 0 answered (also when the graph holds no answer); 2 the question fits no "
    "form, or bad input; 3 timed out."
)


def ask(
    graph: GraphArg = None,
    question: Annotated[
        str | None, typer.Argument(help='The question, e.g. "Who supplies Russia?".')
    ] = None,
    show_sparql: Annotated[
        bool, typer.Option("--show-sparql", help="Print the SPARQL each answer came from.")
    ] = False,
    timeout: TimeoutOption = 30.0,
    store: StoreOption = None,
) -> None:
    from kg.ask import ask as answer_question
    from kg.ask import interpret, render
    from kg.query import open_source

    source, question = pick_source(graph, store, question)
    if not question:
        raise InputError('give a question, e.g. "Who supplies Russia?"')
    _check_timeout(timeout)
    interpret(question)  # an unmappable question fails before the graph is read
    reply = answer_question(open_source(source), question, timeout)
    typer.echo(render(reply, show_sparql=show_sparql))


EXPORT_HELP = (
    "Write GRAPH (a graph file or store folder) to OUT, in the format of OUT's suffix.\n\n"
    ".ttl and .nt are sorted and canonical (the same graph gives byte-identical files); .trig and "
    ".nq hold one named graph per source article; .jsonld carries a context of the project's "
    "prefixes; .owl/.rdf is RDF/XML for Protégé and owlready2.\n\n"
    "Exit statuses: 0 written; 1 the reasoner found the graph inconsistent (--inferred); "
    "2 bad input (unreadable graph, unknown suffix)."
)


def export(
    output: Annotated[
        Path,
        typer.Option("--output", "-o", help="The file to write (.ttl .nt .trig .nq .jsonld .owl)."),
    ],
    graph: GraphArg = None,
    with_ontology: Annotated[
        bool, typer.Option("--with-ontology", help="Add the ontology's axioms.")
    ] = False,
    inferred: Annotated[
        bool, typer.Option("--inferred", help="Add what the reasoner derives from the ontology.")
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", help="Reasoner for --inferred: auto, hermit or owlrl.")
    ] = "auto",
    store: StoreOption = None,
) -> None:
    from kg.export import export as write_export

    graph, _ = pick_source(graph, store)
    if engine not in ("auto", "hermit", "owlrl"):
        raise InputError(f"--engine {engine!r}: use auto, hermit or owlrl")
    report = write_export(
        graph, output, with_ontology=with_ontology, inferred=inferred, engine=engine
    )
    typer.echo(str(report), err=True)


DRAW_HELP = (
    "Draw GRAPH's facts: states, people and organizations as nodes, relations as coloured "
    "edges, with a legend.\n\n"
    ".html is an interactive page (vis-network, bundled: works offline); .svg and .png are drawn "
    "by Graphviz's dot; .dot is the Graphviz source.\n\n"
    "Exit statuses: 0 drawn; 1 Graphviz missing or failed; 2 bad input."
)


def draw(
    graph: GraphArg = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The picture to write (.html .svg .png .dot)."),
    ] = None,
    store: StoreOption = None,
) -> None:
    from kg.draw import draw as draw_picture
    from kg.query import open_source

    source, _ = pick_source(graph, store)
    if output is None:
        raise InputError("give the picture to write with -o FILE (.html .svg .png .dot)")
    path = draw_picture(open_source(source), output)
    typer.echo(f"wrote {path}", err=True)


def register(app: typer.Typer) -> None:
    app.command("query", help=QUERY_HELP)(query)
    app.command("ask", help=ASK_HELP)(ask)
    app.command("export", help=EXPORT_HELP)(export)
    app.command("draw", help=DRAW_HELP)(draw)
