"""Running SPARQL against a store, with a time limit and one-line errors.

pyoxigraph evaluates lazily and cannot be interrupted from Python, so a worker thread evaluates
the whole query and serialises the answer; the caller waits at most `timeout` seconds. A query
past its time leaves its thread to finish in the background; the CLI exits at once.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, KgError

if TYPE_CHECKING:
    import pyoxigraph

DEFAULT_TIMEOUT = 30.0

_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")


class QueryTimeout(KgError):
    """The query ran past its time limit."""

    exit_code = 3


@dataclass(frozen=True)
class Answer:
    """A fully evaluated query answer, serialised: SPARQL JSON results, or N-Triples for graphs."""

    kind: str  # "solutions", "boolean" or "graph"
    data: bytes

    def results(self) -> Any:
        """The answer as pyoxigraph objects: QuerySolutions, QueryBoolean or a list of Triples."""
        import pyoxigraph

        if self.kind == "graph":
            return [q.triple for q in pyoxigraph.parse(self.data, pyoxigraph.RdfFormat.N_TRIPLES)]
        return pyoxigraph.parse_query_results(self.data, pyoxigraph.QueryResultsFormat.JSON)


def execute(
    store: pyoxigraph.Store,
    sparql: str,
    timeout: float | None = DEFAULT_TIMEOUT,
    label: str = "",
    project_prefixes: bool = True,
    substitutions: dict | None = None,
) -> Answer:
    """Evaluate `sparql` fully within `timeout` seconds (None: no limit).

    With `project_prefixes` the query may use gkg:, gkr:, rdfs:, ... undeclared; named queries
    declare theirs, and skip it to keep rdflib (where the prefixes live) off their path.
    """
    prefixes = None
    if project_prefixes:
        from kg.vocab import PREFIXES

        prefixes = PREFIXES
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["answer"] = _evaluate(store, sparql, prefixes, substitutions)
        except BaseException as err:  # handed to the caller's thread
            outcome["error"] = err

    worker = threading.Thread(target=work, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        what = f"query {label!r}" if label else "the query"
        raise QueryTimeout(
            f"{what} did not finish within {timeout:g} s; stopped (raise --timeout, or narrow it)"
        )
    if "error" in outcome:
        raise _translate(outcome["error"], label) from None
    return outcome["answer"]


def run_sparql(store: pyoxigraph.Store, sparql: str, timeout: float | None = None) -> Any:
    """Run SPARQL; the answer as pyoxigraph results (QuerySolutions, QueryBoolean, or Triples).

    Prefixes of the project (gkg:, gkr:, prov:, rdfs:, ...) need no declaration, and the
    default graph is the union of all graphs, so store folders and TriG files query as one.

    >>> from kg.query import open_source
    >>> store = open_source("tests/data/query-sample.ttl")
    >>> results = run_sparql(store, "SELECT ?n { ?s gkg:isoCode 'IRN' ; rdfs:label ?n }")
    >>> [s["n"].value for s in results]
    ['Iran']
    """
    return execute(store, sparql, timeout).results()


def _evaluate(
    store: pyoxigraph.Store,
    sparql: str,
    prefixes: dict[str, str] | None,
    substitutions: dict | None,
) -> Answer:
    import pyoxigraph

    results = store.query(
        sparql, prefixes=prefixes, use_default_graph_as_union=True, substitutions=substitutions
    )
    if isinstance(results, pyoxigraph.QueryTriples):
        return Answer("graph", results.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES))
    kind = "boolean" if isinstance(results, pyoxigraph.QueryBoolean) else "solutions"
    return Answer(kind, results.serialize(format=pyoxigraph.QueryResultsFormat.JSON))


def _translate(err: BaseException, label: str) -> BaseException:
    """SPARQL syntax errors as 'line L, column C'; evaluation errors as one line."""
    where = f"{label}: " if label else ""
    if isinstance(err, SyntaxError):
        message = " ".join(str(err.args[0] if err.args else err).split())
        match = _POSITION.match(message)
        if match:
            line, column = match.groups()
            message = _shorten(message[match.end() :])
            return InputError(
                f"{where}SPARQL syntax error at line {line}, column {column}: {message}"
            )
        return InputError(f"{where}SPARQL syntax error: {message}")
    if isinstance(err, KgError):
        return err
    if isinstance(err, (OSError, ValueError, RuntimeError)):
        return KgError(f"{where}query failed: {' '.join(str(err).split())}")
    return err


def _shorten(message: str, limit: int = 160) -> str:
    """The parser lists every character class it expected; a person needs the start of it."""
    return message if len(message) <= limit else message[: limit - 1].rstrip() + "…"


def rows(answer: Answer) -> list[dict[str, str]]:
    """SELECT solutions as dicts of plain strings ('' where a column is unbound)."""
    if answer.kind != "solutions":
        raise InputError("this query does not return rows (it is an ASK, CONSTRUCT or DESCRIBE)")
    solutions = answer.results()
    columns = [v.value for v in solutions.variables]
    return [
        {c: (term.value if (term := s[c]) is not None else "") for c in columns} for s in solutions
    ]
