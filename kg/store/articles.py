"""The articles in a store: listing them, finding one by name, hash or IRI, taking one out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.vocab import GKR, PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

_LIST_ARTICLES = """
SELECT ?g (SAMPLE(?n) AS ?name) (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?date)
       (SAMPLE(?h) AS ?hash) (SAMPLE(?count) AS ?triples)
WHERE {
  { SELECT ?g (COUNT(*) AS ?count) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g }
  OPTIONAL { GRAPH ?g { ?g schema:name ?n } }
  OPTIONAL { GRAPH ?g { ?g rdfs:label ?l } }
  OPTIONAL { GRAPH ?g { ?g schema:datePublished ?d } }
  OPTIONAL { GRAPH ?g { ?g gkg:contentHash ?h } }
}
GROUP BY ?g
ORDER BY ?name ?g
"""


@dataclass(frozen=True)
class ArticleInfo:
    """One named graph of the store, with what its document says about itself."""

    graph: str
    name: str | None
    label: str | None
    date: str | None
    content_hash: str | None
    triples: int


def list_articles(store: pyoxigraph.Store) -> list[ArticleInfo]:
    def value(term: object) -> str | None:
        return None if term is None else term.value  # type: ignore[attr-defined]

    rows = store.query(_LIST_ARTICLES, prefixes=PREFIXES)
    return [
        ArticleInfo(
            graph=row["g"].value,
            name=value(row["name"]),
            label=value(row["label"]),
            date=value(row["date"]),
            content_hash=value(row["hash"]),
            triples=int(row["triples"].value),
        )
        for row in rows
    ]


def resolve_article(store: pyoxigraph.Store, key: str) -> ArticleInfo:
    """The one article that `key` names: a doc IRI, `gkr:doc/…`, a content hash prefix, a name.

    Ambiguous or unknown keys are an InputError that lists what the store holds.
    """
    articles = list_articles(store)
    key = key.strip()
    full = GKR + key[len("gkr:") :] if key.startswith("gkr:") else key
    matches = [a for a in articles if a.graph == full]
    if not matches and re.fullmatch(r"[0-9a-fA-F]{6,64}", key):
        low = key.lower()
        matches = [
            a
            for a in articles
            if (a.content_hash or "").startswith(low) or a.graph.rsplit("/", 1)[-1].startswith(low)
        ]
    if not matches:
        matches = [a for a in articles if a.name == key]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(a.name or a.graph for a in articles[:10]) or "none"
        raise InputError(f"{key}: no such article in the store (articles: {known})")
    names = ", ".join(a.graph for a in matches)
    raise InputError(f"{key}: matches several articles ({names}); give the document IRI")


def remove_article(store: pyoxigraph.Store, name_or_doc_iri: str) -> ArticleInfo:
    """Drop one article's named graph (one transaction); facts other articles report stay."""
    import pyoxigraph

    article = resolve_article(store, name_or_doc_iri)
    store.update(f"DROP GRAPH {pyoxigraph.NamedNode(article.graph)}")
    return article
