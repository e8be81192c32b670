"""The triples `kg reason` reads and writes, through pyoxigraph rather than rdflib graphs:
on a 1,000-article graph rdflib's parser, the copies into rdflib graphs and its writer took
longer than the reasoning itself.

The reasoner only needs the set of triples (the union of a file's or a store's named graphs),
so they are kept as a plain set of rdflib terms, converted once per distinct term.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from rdflib.term import Node

from kg.errors import InputError

Triple = tuple[Node, Node, Node]

#: rdflib format names (kg.graphio.format_for) that pyoxigraph parses itself.
_OXIGRAPH_FORMATS = {
    "turtle": "TURTLE",
    "nt": "N_TRIPLES",
    "nquads": "N_QUADS",
    "trig": "TRIG",
    "xml": "RDF_XML",
    "n3": "N3",
}


def read_triples(source: Path) -> set[Triple]:
    """Every triple of a graph file or store folder (named graphs merged), as rdflib terms."""
    import pyoxigraph

    from kg.graphio import format_for, load_graph

    if source.is_dir():
        from kg.store import open_store

        return _converted(q.triple for q in open_store(source, read_only=True))
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    fmt = format_for(source)
    if fmt not in _OXIGRAPH_FORMATS:
        return set(load_graph(source, fmt).triples((None, None, None)))
    syntax = getattr(pyoxigraph.RdfFormat, _OXIGRAPH_FORMATS[fmt])
    try:
        quads = list(pyoxigraph.parse(path=str(source), format=syntax))
    except (SyntaxError, ValueError, OSError) as err:
        message = " ".join(str(err).split()) or type(err).__name__
        raise InputError(f"{source}: not valid {fmt}: {message}") from None
    return _converted(q.triple for q in quads)


#: Formats written here, sorted as kg.graphio writes them; the others go through kg.graphio.
_WRITERS = {"turtle": "TURTLE", "nt": "N_TRIPLES"}


def write_triples(triples: Iterable[Triple], path: Path, fmt: str) -> int:
    """Write the distinct triples to `path` (replaced only once written); returns how many."""
    from kg.graphio import atomic_output, oxigraph_bytes, write_graph

    if fmt not in _WRITERS:
        from rdflib import Graph

        graph = Graph(store="SimpleMemory")
        graph.addN((s, p, o, graph) for s, p, o in triples)
        write_graph(graph, path, fmt)
        return len(graph)
    import pyoxigraph

    from kg.store.terms import to_ox

    term = functools.cache(to_ox)
    items = {pyoxigraph.Triple(term(s), term(p), term(o)) for s, p, o in triples}
    ordered = sorted(items, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    with atomic_output(path) as handle:
        handle.write(oxigraph_bytes(ordered, _WRITERS[fmt]))
    return len(ordered)


def _converted(triples: Iterable) -> set[Triple]:
    """pyoxigraph triples as rdflib ones, each distinct term converted once."""
    from kg.store.terms import from_ox

    term = functools.cache(from_ox)
    return {(term(t.subject), term(t.predicate), term(t.object)) for t in triples}
