"""Exporting a graph to files other tools read, in a stable form.

Turtle and N-Triples are written in sorted order after RDF canonicalisation (RDFC-1.0) of any
blank nodes, so the same graph always gives byte-identical files that diff well. TriG and N-Quads
put each article's facts and evidence in a named graph (the document's IRI). JSON-LD carries a
context of the project's prefixes; RDF/XML (.owl, .rdf, .xml) opens in Protégé and owlready2.

    >>> from kg.export import export
    >>> export("tests/data/query-sample.ttl", "/tmp/sample.nt")  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.formats import JSON_LD, graph_format
from kg.graphio import oxigraph_bytes

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

_QUADS = {"N_QUADS", "TRIG"}


@dataclass(frozen=True)
class ExportReport:
    path: Path
    triples: int
    graphs: int  # named graphs written (TriG, N-Quads)
    engine: str | None  # the reasoner used with inferred=True

    def __str__(self) -> str:
        parts = [f"wrote {self.path}: {self.triples} triples"]
        if self.graphs:
            parts.append(f"{self.graphs} document graph{'s' if self.graphs != 1 else ''}")
        if self.engine:
            parts.append(f"inferred with {self.engine}")
        return ", ".join(parts)


def export(
    source: str | Path | pyoxigraph.Store | rdflib.Graph,
    path: str | Path,
    with_ontology: bool = False,
    inferred: bool = False,
    engine: str = "auto",
) -> ExportReport:
    """Write `source` (a graph file, store folder, pyoxigraph Store or rdflib Graph) to `path`."""
    from kg.graphio import atomic_output

    path = Path(path)
    writer = _writer_for(path)
    triples = _triples(source)
    used = None
    if inferred:
        extra, used = _inferred(triples, engine)
        triples += extra
    if with_ontology:
        triples += _ontology_triples()
    triples = canonical(triples)
    graphs = 0
    if writer == "json-ld":
        data = _json_ld(triples)
    elif writer in _QUADS:
        from kg.export.documents import split_by_document

        quads = split_by_document(triples)
        graphs = len({q.graph_name for q in quads} - {_default_graph()})
        data = oxigraph_bytes(sorted(quads, key=_quad_key), writer)
    else:
        data = oxigraph_bytes(triples, writer)
    with atomic_output(path) as handle:
        handle.write(data)
    return ExportReport(path, len(triples), graphs, used)


def _writer_for(path: Path) -> str:
    """pyoxigraph's writer for the suffix, or "json-ld": rdflib writes JSON-LD, with a context."""
    fmt = graph_format(path, "export")
    return "json-ld" if fmt is JSON_LD else fmt.oxigraph


def _triples(source: Any) -> list[pyoxigraph.Triple]:
    """The union of all graphs of the source, as distinct pyoxigraph triples."""
    import pyoxigraph

    if isinstance(source, str | Path):
        from kg.query.source import open_source, read_quads

        if not Path(source).is_dir():
            return list({q.triple for q in read_quads(Path(source))})
        source = open_source(source)
    if isinstance(source, pyoxigraph.Store):
        return list({q.triple for q in source})
    fmt = "nquads" if getattr(source, "context_aware", False) else "nt"
    data = source.serialize(format=fmt, encoding="utf-8")
    rdf = pyoxigraph.RdfFormat.N_QUADS if fmt == "nquads" else pyoxigraph.RdfFormat.N_TRIPLES
    return list({q.triple for q in pyoxigraph.parse(data, rdf)})


def _inferred(triples: list, engine: str) -> tuple[list, str]:
    import pyoxigraph
    from rdflib import Graph

    from kg.reasoning import reason

    graph = Graph()
    graph.parse(data=oxigraph_bytes(triples, "N_TRIPLES"), format="nt")
    derived, used = reason(graph, engine)
    data = derived.serialize(format="nt", encoding="utf-8")
    return [q.triple for q in pyoxigraph.parse(data, pyoxigraph.RdfFormat.N_TRIPLES)], used


def _ontology_triples() -> list:
    import pyoxigraph

    from kg.resources import ontology_path

    path = ontology_path()
    return [q.triple for q in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)]


def canonical(triples: list) -> list:
    """Distinct triples, blank nodes relabelled by RDFC-1.0, in sorted order."""
    import pyoxigraph

    dataset = pyoxigraph.Dataset(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
    dataset.canonicalize(pyoxigraph.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted((q.triple for q in dataset), key=_triple_key)


def _triple_key(t: pyoxigraph.Triple) -> tuple[str, str, str]:
    return (str(t.subject), str(t.predicate), str(t.object))


def _quad_key(q: pyoxigraph.Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))


def _default_graph() -> pyoxigraph.DefaultGraph:
    import pyoxigraph

    return pyoxigraph.DefaultGraph()


def _json_ld(triples: list) -> bytes:
    from rdflib import Graph

    from kg.graphio import serialize

    graph = Graph()
    graph.parse(data=oxigraph_bytes(triples, "N_TRIPLES"), format="nt")
    return serialize(graph, "json-ld")
