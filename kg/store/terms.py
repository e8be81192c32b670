"""rdflib terms to pyoxigraph terms: the constructors validate IRIs and literals on the way in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

if TYPE_CHECKING:
    import pyoxigraph


def to_ox(term: Node) -> pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal:
    import pyoxigraph

    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    if isinstance(term, Literal):
        datatype = pyoxigraph.NamedNode(str(term.datatype)) if term.datatype else None
        return pyoxigraph.Literal(str(term), language=term.language, datatype=datatype)
    raise ValueError(f"cannot store the term {term!r}")


def to_ox_triples(triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[pyoxigraph.Triple]:
    import pyoxigraph

    for s, p, o in triples:
        yield pyoxigraph.Triple(to_ox(s), to_ox(p), to_ox(o))


def from_ox(term: object) -> Node:
    """A pyoxigraph term as rdflib's own parsers give it: a plain literal has no datatype,
    not xsd:string (pyoxigraph makes every plain literal an xsd:string one)."""
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"cannot convert the term {term!r}")
