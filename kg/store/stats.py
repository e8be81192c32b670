"""What a store holds: articles, entities by class, facts by class, triples."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.store.articles import ArticleInfo, list_articles
from kg.vocab import GKG

if TYPE_CHECKING:
    import pyoxigraph

_COUNT_BY_CLASS = """
SELECT ?class (COUNT(DISTINCT ?x) AS ?n)
WHERE {{ VALUES ?class {{ {classes} }} ?x a ?class . }}
GROUP BY ?class
"""

_DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"


@dataclass
class StoreStats:
    articles: list[ArticleInfo]
    entities: dict[str, int] = field(default_factory=dict)
    facts: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    quads: int = 0

    def as_dict(self) -> dict:
        return {
            "articles": len(self.articles),
            "entities": self.entities,
            "facts": self.facts,
            "triples": self.triples,
            "quads": self.quads,
        }


@cache
def _classes() -> dict[str, list[str]]:
    with (Path(__file__).with_name("stats.toml")).open("rb") as handle:
        return tomllib.load(handle)


def _count_by_class(store: pyoxigraph.Store, names: list[str]) -> dict[str, int]:
    iris = {str(getattr(GKG, name)): name for name in names}  # getattr checks the vocabulary
    query = _COUNT_BY_CLASS.format(classes=" ".join(f"<{iri}>" for iri in iris))
    counts = {
        iris[row["class"].value]: int(row["n"].value)
        for row in store.query(query, use_default_graph_as_union=True)
    }
    return {name: counts[name] for name in names if counts.get(name)}


def stats(store: pyoxigraph.Store) -> StoreStats:
    """Counts over the union of the articles: a fact two articles report counts once."""
    classes = _classes()
    distinct = next(iter(store.query(_DISTINCT_TRIPLES, use_default_graph_as_union=True)))
    return StoreStats(
        articles=list_articles(store),
        entities=_count_by_class(store, classes["entity_classes"]),
        facts=_count_by_class(store, classes["fact_classes"]),
        triples=int(distinct["n"].value),
        quads=len(store),
    )
