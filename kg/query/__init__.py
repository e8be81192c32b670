"""Querying a graph with SPARQL: the named queries in queries/*.rq, parameters, result formats.

    >>> from kg.query import open_source, run_named
    >>> store = open_source("tests/data/query-sample.ttl")
    >>> rows = run_named(store, "who-supplies-whom", recipient="Moscow")
    >>> [(r["supplier"], r["item"]) for r in rows]
    [('China', ''), ('Iran', 'drones'), ('Iran', 'missiles')]

Only pyoxigraph runs here (imported lazily): no rdflib SPARQL engine, spaCy or Java.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.query.named import NamedQuery, Param, load, names
from kg.query.run import DEFAULT_TIMEOUT, Answer, QueryTimeout, execute, rows, run_sparql
from kg.query.source import open_source

if TYPE_CHECKING:
    import pyoxigraph

__all__ = [
    "DEFAULT_TIMEOUT",
    "Answer",
    "NamedQuery",
    "Param",
    "QueryTimeout",
    "execute",
    "execute_named",
    "load",
    "names",
    "open_source",
    "prepare",
    "rows",
    "run_named",
    "run_sparql",
]


def prepare(store: pyoxigraph.Store, name: str, **params: str) -> tuple[NamedQuery, str]:
    """The named query (or .rq file) and its SPARQL with the parameters bound."""
    from kg.query.params import bind

    query = load(name)
    return query, bind(query, store, params)


def execute_named(
    store: pyoxigraph.Store, name: str, timeout: float | None = DEFAULT_TIMEOUT, **params: str
) -> Answer:
    from kg.resources import queries_dir

    query, sparql = prepare(store, name, **params)
    # bundled queries declare their prefixes; a user's .rq file may lean on the project's
    bundled = query.path is not None and query.path.parent == queries_dir()
    return execute(store, sparql, timeout, label=query.name, project_prefixes=not bundled)


def run_named(store: pyoxigraph.Store, name: str, **params: str) -> list[dict[str, str]]:
    """Rows of readable labels, keyed by column name, of a named query narrowed by `params`."""
    return rows(execute_named(store, name, **params))
