"""The triples `kg reason` reads: parsed by pyoxigraph, not rdflib, because on a 1,000-article
graph rdflib's parser and the copies into rdflib graphs took longer than the reasoning itself.

The reasoner only needs the set of triples (the union of a file's or a store's named graphs),
so they are kept as a plain set of rdflib terms, converted once per distinct term.
"""

from __future__ import annotations

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


def _converted(triples: Iterable) -> set[Triple]:
    terms: dict = {}

    def term(value: object) -> Node:
        found = terms.get(value)
        if found is None:
            found = terms[value] = _term(value)
        return found

    return {(term(t.subject), term(t.predicate), term(t.object)) for t in triples}


def _term(value: object) -> Node:
    """As rdflib's own parsers give it: a plain literal has no datatype, not xsd:string."""
    import pyoxigraph
    from rdflib import XSD, BNode, Literal, URIRef

    if isinstance(value, pyoxigraph.NamedNode):
        return URIRef(value.value)
    if isinstance(value, pyoxigraph.BlankNode):
        return BNode(value.value)
    if isinstance(value, pyoxigraph.Literal):
        if value.language:
            return Literal(value.value, lang=value.language)
        if value.datatype.value == str(XSD.string):
            return Literal(value.value)
        return Literal(value.value, datatype=URIRef(value.datatype.value))
    raise InputError(f"cannot reason over the term {value!r}")
