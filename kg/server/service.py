"""The running endpoint: the store, the query workers, and the rules every request follows."""

from __future__ import annotations

import json
import sys
from http.server import ThreadingHTTPServer
from typing import Any

from kg.errors import KgError
from kg.server.config import ServerConfig
from kg.server.executor import Busy, QueryPool, QueryTimeout, WorkerFailed
from kg.server.guard import Refused, check_query, check_update
from kg.server.results import Body
from kg.server.rwlock import ReadWriteLock


class Failure(Exception):
    """A request that ends in an HTTP error status with a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Service:
    """What the HTTP handler calls; owns the workers and (with --allow-update) the writer."""

    def __init__(self, config: ServerConfig) -> None:
        from kg.store import is_store_dir, open_store

        self.config = config
        if not is_store_dir(config.store):
            raise KgError(f"{config.store}: not a kg store (create one with `kg ingest`)")
        # The writer's lock keeps `kg ingest` from changing the store under the workers' views.
        self._writer = open_store(config.store)
        self._lock = ReadWriteLock()
        self.pool = QueryPool(str(config.store), config.workers, config.timeout)

    def close(self) -> None:
        self.pool.close()
        del self._writer

    def _run(self, request: dict) -> Any:
        try:
            with self._lock.reading():
                outcome = self.pool.run({"max_rows": self.config.max_rows, **request})
        except QueryTimeout:
            raise Failure(
                503, f"the query ran past the time limit of {self.config.timeout:g} s"
            ) from None
        except Busy:
            raise Failure(503, "the server is busy; try again") from None
        except WorkerFailed:
            raise Failure(500, "the query worker failed; try a smaller query") from None
        if outcome[0] == "error":
            raise Failure(outcome[1], outcome[2])
        return outcome[1]

    def query(
        self, text: str, accept: str, default_graphs: list[str], named_graphs: list[str]
    ) -> Body:
        try:
            check_query(text)
        except Refused as err:
            raise Failure(err.status, str(err)) from None
        return self._run(
            {
                "op": "sparql",
                "query": text,
                "accept": accept,
                "default_graphs": default_graphs,
                "named_graphs": named_graphs,
            }
        )

    def update(self, text: str) -> None:
        try:
            check_update(text, self.config.allow_update)
        except Refused as err:
            raise Failure(err.status, str(err)) from None
        with self._lock.writing():
            try:
                self._writer.update(text)
            except SyntaxError as err:
                raise Failure(400, " ".join(str(err).split())) from None
            self._writer.flush()
            self.pool.generation += 1  # workers reopen their read-only view

    def named_queries(self) -> list[dict]:
        from kg.query import load, names

        listing = []
        for name in names():
            query = load(name)
            listing.append(
                {
                    "name": name,
                    "summary": query.summary,
                    "columns": list(query.columns),
                    "params": [
                        {"name": p.name, "kind": p.kind, "doc": p.doc}
                        for p in query.params.values()
                    ],
                }
            )
        return listing

    def named(self, name: str, params: dict[str, str], accept: str, sparql_only: bool) -> Any:
        from kg.query import names

        if name not in names():
            raise Failure(404, f"unknown query {name!r}; named queries: {', '.join(names())}")
        request = {"op": "named", "name": name, "params": params, "accept": accept}
        return self._run({**request, "sparql_only": sparql_only})

    def ask(self, question: str) -> dict:
        if not question.strip():
            raise Failure(400, "ask needs a question: /api/ask?q=Who+supplies+Russia%3F")
        return self._run({"op": "ask", "question": question})

    def health(self) -> dict:
        return self._run({"op": "health"})


def serve(config: ServerConfig) -> None:
    """Serve until Ctrl-C; prints where, and stops the workers on the way out."""
    from kg.server.handler import make_handler

    service = Service(config)
    try:
        server = ThreadingHTTPServer((config.host, config.port), make_handler(service))
    except OSError as err:
        service.close()
        raise KgError(f"cannot listen on {config.host}:{config.port}: {err.strerror}") from None
    server.daemon_threads = True
    host, port = server.server_address[:2]
    print(
        f"kg serve: {config.store} at http://{host}:{port}/ (SPARQL endpoint "
        f"http://{host}:{port}/sparql, {'read-write' if config.allow_update else 'read-only'}); "
        "Ctrl-C stops",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        service.close()


def to_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
