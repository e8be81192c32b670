"""Writing query answers: the W3C SPARQL 1.1 results formats, or a table for people.

json, csv, tsv and xml come straight from pyoxigraph's serialisers. Graph answers (CONSTRUCT,
DESCRIBE) are RDF: Turtle for the table, JSON-LD for json, RDF/XML for xml, N-Triples for csv/tsv.
"""

from __future__ import annotations

from typing import IO

from kg.errors import InputError
from kg.query.run import Answer

FORMATS = ("table", "json", "csv", "tsv", "xml")

_RESULTS_FORMATS = {"json": "JSON", "csv": "CSV", "tsv": "TSV", "xml": "XML"}
_GRAPH_FORMATS = {
    "table": "TURTLE",
    "json": "JSON_LD",
    "xml": "RDF_XML",
    "csv": "N_TRIPLES",
    "tsv": "N_TRIPLES",
}


def render(answer: Answer, fmt: str, named: bool = False) -> bytes:
    """The answer in `fmt` as bytes; the table of a named query leaves out its *_iri columns."""
    import pyoxigraph

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if answer.kind == "graph":
        from kg.vocab import PREFIXES

        rdf = getattr(pyoxigraph.RdfFormat, _GRAPH_FORMATS[fmt])
        triples = answer.results()
        prefixes = (
            PREFIXES if rdf in (pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.RDF_XML) else None
        )
        return pyoxigraph.serialize(triples, format=rdf, prefixes=prefixes) or b""
    if fmt == "json":
        return answer.data + b"\n"
    if fmt == "table":
        return table(answer, hide_iris=named).encode("utf-8")
    results = answer.results()
    return results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, _RESULTS_FORMATS[fmt]))


def write(answer: Answer, fmt: str, stream: IO[bytes], named: bool = False) -> None:
    stream.write(render(answer, fmt, named))
    stream.flush()


def table(answer: Answer, width: int | None = None, hide_iris: bool = False) -> str:
    """A readable table: labels as text, IRIs shortened with the project's prefixes."""
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    results = answer.results()
    buffer = StringIO()
    console = Console(file=buffer, width=width or _terminal_width(), highlight=False)
    if answer.kind == "boolean":
        console.print("yes" if bool(results) else "no")
        return buffer.getvalue()
    columns = [v.value for v in results.variables]
    if hide_iris:
        columns = [c for c in columns if not c.endswith("_iri") and c != "fact"] or columns
    grid = Table(show_lines=False, header_style="bold")
    for column in columns:
        grid.add_column(column, overflow="fold")
    count = 0
    for solution in results:
        grid.add_row(*(cell(solution[c]) for c in columns))
        count += 1
    console.print(grid)
    console.print(f"{count} row{'s' if count != 1 else ''}")
    return buffer.getvalue()


def cell(term: object) -> str:
    """A term as a person reads it: literal text, or a prefixed name for an IRI."""
    import pyoxigraph

    from kg.vocab import PREFIXES

    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        for prefix, namespace in PREFIXES.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return term.value
    return getattr(term, "value", str(term))


def _terminal_width() -> int:
    import shutil

    return shutil.get_terminal_size((120, 24)).columns
