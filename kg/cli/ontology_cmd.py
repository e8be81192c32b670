"""`kg ontology`, `kg check` and `kg reason`: the ontology, and what it says about a graph."""

from __future__ import annotations

import logging
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.sources import GraphArg, StoreOption, pick_source
from kg.errors import CheckFailed, InputError


class Engine(StrEnum):
    auto = "auto"
    hermit = "hermit"
    owlrl = "owlrl"


def ontology(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the ontology to FILE, in the format of its suffix (.ttl, .owl, .nt, ...).",
        ),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html", metavar="DIR", help="Write HTML documentation (pyLODE) to DIR/index.html."
        ),
    ] = None,
) -> None:
    """Print the geopolitics ontology (OWL 2, Turtle), or write it as a file or HTML pages.

    Exit statuses: 0 written; 2 bad output path or format.
    """
    from kg.graphio import atomic_output, format_for, write_graph
    from kg.resources import ontology_path

    source = ontology_path()
    if output is None and html is None:
        typer.echo(source.read_text(encoding="utf-8"), nl=False)
        return
    if output is not None:
        fmt = format_for(output)
        if fmt == "turtle":  # the file itself, comments and layout kept
            with atomic_output(output) as handle:
                handle.write(source.read_bytes())
            _readable(output)
        else:
            from kg.reasoning.ontology import ontology_graph

            write_graph(ontology_graph(), output, fmt)
            _readable(output)
        typer.echo(f"wrote the ontology to {output}", err=True)
    if html is not None:
        page = _write_html(source, html)
        typer.echo(f"wrote the ontology's documentation to {page}", err=True)


def _write_html(source: Path, directory: Path) -> Path:
    """pyLODE's single-page documentation, as DIR/index.html."""
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: exists and is not a folder")
    if not directory.parent.is_dir():
        raise InputError(f"{directory}: the folder {directory.parent} does not exist")
    from pylode import OntPub

    from kg.graphio import atomic_output

    logging.getLogger().setLevel(logging.WARNING)  # pyLODE sets up DEBUG logging on import
    page = OntPub(ontology=_documented(source)).make_html()
    directory.mkdir(exist_ok=True)
    target = directory / "index.html"
    with atomic_output(target, "w") as handle:
        handle.write(page)
    _readable(target)
    return target


def _documented(source: Path):
    """The ontology as pyLODE should show it: its own terms only.

    The declarations of external terms (schema:Country, prov:Entity, ...) that keep the
    ontology OWL 2 DL would otherwise be listed first as if they were ours, and pyLODE would
    take the PLOVER skos:ConceptScheme for the document's subject and title.
    """
    from rdflib import RDF, Graph, URIRef
    from rdflib.namespace import SKOS

    from kg.vocab import GKG, ONTOLOGY_IRI

    graph = Graph().parse(source, format="turtle")
    ours = (str(GKG), ONTOLOGY_IRI)
    for triple in list(graph):
        subject = triple[0]
        if isinstance(subject, URIRef) and not str(subject).startswith(ours):
            graph.remove(triple)
    graph.remove((None, RDF.type, SKOS.ConceptScheme))
    return graph


def _readable(path: Path) -> None:
    """Give a written file the permissions the umask allows, not mkstemp's owner-only 0600."""
    mask = os.umask(0)
    os.umask(mask)
    path.chmod(0o666 & ~mask)


def _load(graph: Path | None, store: Path | None):
    """The graph file, or the store folder, as an rdflib Dataset."""
    source, _ = pick_source(graph, store)
    if source.is_dir():
        from kg.store import load_as_rdflib

        return load_as_rdflib(source)
    from kg.graphio import load_graph

    return load_graph(source)


def check(
    graph: GraphArg = None,
    no_reasoner: Annotated[
        bool,
        typer.Option("--no-reasoner", help="Skip the consistency check; run the shapes only."),
    ] = False,
    store: StoreOption = None,
) -> None:
    """Check GRAPH: consistency with the ontology (HermiT) and the SHACL shapes.

    Prints `ok: ...` or one problem per line. Exit statuses: 0 the graph passes; 1 it is
    inconsistent or breaks a shape; 2 the graph file cannot be read.
    """
    from kg.validation import validate

    data = _load(graph, store)
    size = len(data)
    problems: list[str] = []
    engine = ""
    if not no_reasoner:
        from kg.reasoning import consistency, java_available

        engine = "HermiT" if java_available() else "OWL 2 RL rules; no Java for HermiT"
        problems += [f"inconsistent: {reason}" for reason in consistency(data)]
    problems += [f"shape: {violation}" for violation in validate(data)]
    if problems:
        for problem in problems:
            typer.echo(problem)
        raise CheckFailed(f"{graph or store}: {_count(problems)}")
    consistent = "consistency not checked" if no_reasoner else f"consistent ({engine})"
    typer.echo(f"ok: {size} triples, {consistent}, conforms to the shapes")


def _count(problems: list[str]) -> str:
    inconsistent = sum(p.startswith("inconsistent:") for p in problems)
    shapes = len(problems) - inconsistent
    parts = []
    if inconsistent:
        parts.append(f"{inconsistent} inconsistenc{'y' if inconsistent == 1 else 'ies'}")
    if shapes:
        parts.append(f"{shapes} shape violation{'' if shapes == 1 else 's'}")
    return " and ".join(parts)


def reason(
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar="OUT", help="Where to write the result (format by suffix)."
        ),
    ],
    graph: GraphArg = None,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            "-e",
            help="hermit (Java), owlrl (OWL 2 RL rules); auto: HermiT if Java and <= 10k triples.",
        ),
    ] = Engine.auto,
    with_data: Annotated[
        bool,
        typer.Option(
            "--with-data/--only-inferred",
            help="Write the graph plus what was inferred, or only the inferred triples.",
        ),
    ] = True,
    all_modalities: Annotated[
        bool,
        typer.Option(
            "--all-modalities",
            help="Reason over Planned, Hypothetical and Denied relations too (by default only "
            "Asserted and Reported ones yield shortcuts).",
        ),
    ] = False,
    store: StoreOption = None,
) -> None:
    """Materialise what the ontology implies about GRAPH (shortcuts, inverses, Leader).

    Writes the shortcut properties (supplies, alliedWith, leads, ...), inverse and symmetric
    values and Leader membership that the ontology derives from the n-ary relations.

    Exit statuses: 0 written; 1 the graph is inconsistent with the ontology; 2 bad input.
    """
    import itertools

    from kg.graphio import format_for
    from kg.reasoning import reason as run_reasoner
    from kg.reasoning.graphfiles import read_triples, write_triples

    fmt = format_for(output)  # a bad suffix fails before minutes of reasoning
    # a literal of the wrong type is reported as an inconsistency, not as rdflib's traceback
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    source, _ = pick_source(graph, store)
    data = read_triples(source)
    inferred, used = run_reasoner(data, engine.value, factual_only=not all_modalities)
    written = write_triples(itertools.chain(data if with_data else (), inferred), output, fmt)
    _readable(output)
    name = {"hermit": "HermiT", "owlrl": "OWL 2 RL rules (owlrl)"}[used]
    typer.echo(
        f"reasoned with {name}: {len(inferred)} triples added, {written} written to {output}",
        err=True,
    )


def register(app: typer.Typer) -> None:
    app.command("ontology")(ontology)
    app.command("check")(check)
    app.command("reason")(reason)
