"""A small pool of query workers with a hard time limit per request.

A request waits for an idle worker, goes to it over a pipe, and the answer comes back; if none
arrives within the time limit the worker is killed (the only way to stop a pyoxigraph query)
and a fresh one replaces it.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from dataclasses import dataclass
from typing import Any

from kg.server.worker import main as worker_main


class QueryTimeout(Exception):
    """The request ran past the time limit."""


class Busy(Exception):
    """Every worker stayed busy for the whole time limit."""


class WorkerFailed(Exception):
    """The worker died while answering (out of memory, a crash in the engine)."""


@dataclass(eq=False)  # identity: each handle is one process
class _Handle:
    process: Any
    connection: Any


class QueryPool:
    def __init__(self, store_path: str, workers: int, timeout: float) -> None:
        self._context = multiprocessing.get_context("spawn")  # no forked RocksDB handles
        self._store_path = store_path
        self._timeout = timeout
        self._idle: queue.Queue[_Handle] = queue.Queue()
        self._all: set[_Handle] = set()
        self._lock = threading.Lock()
        self.generation = 0
        for _ in range(workers):
            self._idle.put(self._start())

    def _start(self) -> _Handle:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=worker_main, args=(child, self._store_path), daemon=True, name="kg-query"
        )
        process.start()
        child.close()
        handle = _Handle(process, parent)
        with self._lock:
            self._all.add(handle)
        return handle

    def _discard(self, handle: _Handle) -> None:
        handle.process.kill()
        handle.process.join(5)
        handle.connection.close()
        with self._lock:
            self._all.discard(handle)

    def run(self, request: dict, timeout: float | None = None) -> Any:
        """Send `request` to a worker; its answer, or QueryTimeout / Busy / WorkerFailed."""
        limit = self._timeout if timeout is None else timeout
        try:
            handle = self._idle.get(timeout=limit)
        except queue.Empty:
            raise Busy from None
        try:
            handle.connection.send({**request, "generation": self.generation})
            if not handle.connection.poll(limit):
                self._discard(handle)
                handle = self._start()
                raise QueryTimeout
            return handle.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._discard(handle)
            handle = self._start()
            raise WorkerFailed from None
        finally:
            self._idle.put(handle)

    def close(self) -> None:
        with self._lock:
            handles = list(self._all)
        for handle in handles:
            self._discard(handle)
