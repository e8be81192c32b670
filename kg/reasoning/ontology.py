"""The ontology as an rdflib graph, parsed once per process."""

from __future__ import annotations

from functools import cache

from rdflib import Graph

from kg.resources import ontology_path


@cache
def _parsed() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def ontology_graph() -> Graph:
    """A fresh copy, so callers may add data to it without touching the cached parse."""
    copy = Graph()
    for triple in _parsed():
        copy.add(triple)
    return copy


def triples_of(graph: Graph) -> Graph:
    """A plain Graph of the triples of `graph`; a Dataset (as load_graph returns) is flattened."""
    plain = Graph()
    for triple in graph.triples((None, None, None)):
        plain.add(triple)
    return plain
