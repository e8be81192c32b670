"""Several articles' graphs as the bytes of one graph file: merged, or one named graph each.

The articles arrive as N-Triples (kg.extract.parallel). Turtle, N-Triples, TriG and N-Quads are
parsed and written by pyoxigraph, sorted, without building an rdflib graph: merging per-article
rdflib graphs and serialising them again was most of the time `kg extract` spent outside spaCy.
The bytes are the same as `kg.graphio.serialize` writes for the merged graph.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.parallel import Extracted
from kg.formats import BY_SUFFIX
from kg.graphio import QUAD_FORMATS, bind_prefixes, oxigraph_bytes, serialize

#: rdflib format name -> pyoxigraph writer, for the formats pyoxigraph writes sorted
_SORTED = {
    fmt.rdflib: fmt.oxigraph for fmt in BY_SUFFIX.values() if fmt.rdflib in {"turtle", "nt"}
} | {fmt.rdflib: fmt.oxigraph for fmt in BY_SUFFIX.values() if fmt.quads}


def output_bytes(results: Iterable[Extracted], fmt: str) -> bytes:
    """The file for an rdflib format name (kg.graphio.format_for)."""
    results = list(results)
    if fmt in _SORTED:
        return _sorted_bytes(results, fmt)
    return serialize(_rdflib_graph(results, fmt), fmt)


def _sorted_bytes(results: list[Extracted], fmt: str) -> bytes:
    import pyoxigraph

    def terms(triple) -> tuple[str, str, str]:
        return (str(triple.subject), str(triple.predicate), str(triple.object))

    nt = pyoxigraph.RdfFormat.N_TRIPLES
    if fmt in QUAD_FORMATS:
        quads = set()
        for result in results:
            name = pyoxigraph.NamedNode(str(result.article.doc_iri))
            for quad in pyoxigraph.parse(result.ntriples, nt):
                quads.add(pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, name))
        items = sorted(quads, key=lambda q: (str(q.graph_name), *terms(q.triple)))
    else:
        triples = {q.triple for r in results for q in pyoxigraph.parse(r.ntriples, nt)}
        items = sorted(triples, key=terms)
    return oxigraph_bytes(items, _SORTED[fmt])


def _rdflib_graph(results: list[Extracted], fmt: str):
    """JSON-LD, RDF/XML and N3 are written by rdflib: one merged graph (or dataset)."""
    from rdflib import Dataset, Graph

    if fmt in QUAD_FORMATS:
        dataset = bind_prefixes(Dataset())
        for result in results:
            dataset.graph(result.article.doc_iri).parse(data=result.ntriples, format="nt")
        return dataset
    merged = bind_prefixes(Graph())
    for result in results:
        merged.parse(data=result.ntriples, format="nt")
    return merged
