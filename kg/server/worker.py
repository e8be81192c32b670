"""The query worker: a child process that holds a read-only view of the store and answers.

Queries run here, not in the web server, because pyoxigraph cannot stop a running query: the
server kills a worker that runs past the time limit and starts a fresh one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.server.results import boolean_body, solutions_body, triples_body
from kg.vocab import PREFIXES

#: Prefixes for Turtle answers; gkr: would turn every instance IRI into `gkr:state\\/RUS`.
_GRAPH_PREFIXES = {p: ns for p, ns in PREFIXES.items() if p != "gkr"}

_HEALTH = """
SELECT (COUNT(*) AS ?triples) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }
"""


class Worker:
    """Runs requests against the store; reopens its view when the server says it changed."""

    def __init__(self, store_path: str) -> None:
        self._path = store_path
        self._generation: int | None = None
        self._store: Any = None

    def store(self, generation: int) -> Any:
        from kg.store import open_store

        if self._store is None or generation != self._generation:
            self._store = open_store(Path(self._path), read_only=True)
            self._generation = generation
        return self._store

    def handle(self, request: dict) -> tuple:
        try:
            store = self.store(request.get("generation", 0))
            return ("ok", getattr(self, "_" + request["op"])(store, request))
        except SyntaxError as err:
            return ("error", 400, _one_line(err))
        except KgError as err:
            return ("error", 400, str(err))
        except Exception as err:  # reported to the client as a server error, one line
            return ("error", 500, f"{type(err).__name__}: {_one_line(err)}")

    def _sparql(self, store: Any, request: dict) -> Any:
        import pyoxigraph

        options: dict[str, Any] = {"prefixes": PREFIXES}
        defaults = request.get("default_graphs") or []
        named = request.get("named_graphs") or []
        if defaults:
            options["default_graph"] = [pyoxigraph.NamedNode(g) for g in defaults]
        else:
            options["use_default_graph_as_union"] = True
        if named:
            options["named_graphs"] = [pyoxigraph.NamedNode(g) for g in named]
        results = store.query(request["query"], **options)
        return self._body(results, request)

    def _body(self, results: Any, request: dict) -> Any:
        import pyoxigraph

        accept, limit = request.get("accept", ""), request["max_rows"]
        if isinstance(results, pyoxigraph.QueryBoolean):
            return boolean_body(bool(results), accept)
        if isinstance(results, pyoxigraph.QuerySolutions):
            return solutions_body(results, accept, limit)
        return triples_body(results, accept, limit, _GRAPH_PREFIXES)

    def _named(self, store: Any, request: dict) -> Any:
        from kg.query import prepare

        _, sparql = prepare(store, request["name"], **request.get("params", {}))
        if request.get("sparql_only"):
            return sparql
        results = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        return self._body(results, request)

    def _ask(self, store: Any, request: dict) -> Any:
        from kg.server.asking import answer

        return answer(store, request["question"], request["max_rows"])

    def _health(self, store: Any, request: dict) -> dict:
        from kg.store import list_articles

        triples = next(iter(store.query(_HEALTH, use_default_graph_as_union=True)))["triples"]
        return {"ok": True, "triples": int(triples.value), "articles": len(list_articles(store))}


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


def main(connection: Any, store_path: str) -> None:
    """The child's loop: one request in, one answer out, until the server closes the pipe."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    worker = Worker(store_path)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(worker.handle(request))
