"""Several articles' graphs as one graph to write: merged, or one named graph each (TriG)."""

from __future__ import annotations

from rdflib import Dataset, Graph

from kg.extract.article import Article
from kg.graphio import QUAD_FORMATS, bind_prefixes


def graph_for_output(results: list[tuple[Article, Graph]], fmt: str) -> Graph:
    if fmt in QUAD_FORMATS:
        dataset = bind_prefixes(Dataset())
        for article, graph in results:
            named = dataset.graph(article.doc_iri)
            for triple in graph:
                named.add(triple)
        return dataset
    merged = bind_prefixes(Graph())
    for _, graph in results:
        for triple in graph:
            merged.add(triple)
    return merged
