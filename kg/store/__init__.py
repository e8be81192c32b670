"""The on-disk store: many articles in one Oxigraph database, one named graph per article.

Queries read the union of the named graphs (pyoxigraph's `use_default_graph_as_union=True`), so
an entity or fact that several articles mention is one node with evidence from each article.
"""

from __future__ import annotations

from kg.store.articles import ArticleInfo, list_articles, remove_article, resolve_article
from kg.store.export import dump_nquads, load_as_rdflib
from kg.store.ingest import graph_name_for, ingest_graph, ingest_ntriples
from kg.store.location import default_store_dir, is_store_dir, open_store
from kg.store.stats import StoreStats, stats

__all__ = [
    "ArticleInfo",
    "StoreStats",
    "default_store_dir",
    "dump_nquads",
    "graph_name_for",
    "ingest_graph",
    "ingest_ntriples",
    "is_store_dir",
    "list_articles",
    "load_as_rdflib",
    "open_store",
    "remove_article",
    "resolve_article",
    "stats",
]
