"""Extracting many articles in one process or several: each article comes back as N-Triples.

`kg extract` and `kg ingest` both go through `extract_all`. With `jobs > 1` every worker process
loads the model once and runs the whole extractor (spaCy, mentions, relation finders, the RDF
graph), so the parent only merges bytes or writes them to the store: running only spaCy's parser
in workers (`nlp.pipe(n_process=N)`) left the rest serial and gave no speed-up on two cores.
Results come back in input order, a few chunks ahead of the consumer, so memory stays flat;
near the end workers hold fewer chunks, so that all processes finish together.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import KgError

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.extract.article import Article
    from kg.extract.pipeline import Extractor
    from kg.extract.rdf import Triple

#: Articles per task: large enough for spaCy's batching, small enough to share out evenly.
CHUNK = 8
#: Articles per `nlp.pipe` call in one process: spaCy's batch size (Extractor.extract_many).
SERIAL_CHUNK = 16
#: Chunks submitted ahead of the one being consumed, per worker.
AHEAD = 3


@dataclass(frozen=True)
class Extracted:
    """One article's result: its graph as N-Triples and its summary line, or why it failed."""

    article: Article
    ntriples: bytes = b""
    summary: str = ""
    error: str | None = None


def extract_all(
    articles: Sequence[Article],
    jobs: int = 1,
    model: str | None = None,
    streaming: bool = True,
) -> Iterator[Extracted]:
    """Every article's result, in the order given; `jobs` processes (1: this one).

    `streaming=False` is for a caller that keeps every result anyway (`kg extract` writes one
    file at the end): each process then takes one contiguous share of the articles, which
    leaves no process waiting on chunks queued ahead for another at the end (on 200 articles
    `--jobs 2` took 16-21 s that way, against 21-26 s in chunks of 8, and 33-36 s with one
    process). Streaming keeps only a few chunks in memory, for `kg ingest`.
    """
    if not articles:
        return
    if jobs <= 1:
        size = SERIAL_CHUNK
    elif streaming:
        # a few articles share out evenly too: at least AHEAD chunks per process when few
        size = max(1, min(CHUNK, -(-len(articles) // (jobs * AHEAD))))
    else:
        size = -(-len(articles) // jobs)
    chunks = [list(articles[i : i + size]) for i in range(0, len(articles), size)]
    if jobs <= 1 or len(chunks) == 1:
        from kg.extract.pipeline import Extractor

        extractor = Extractor(model)
        for chunk in chunks:
            yield from _extract_chunk(extractor, chunk)
        return
    yield from _in_workers(chunks, min(jobs, len(chunks)), model, AHEAD if streaming else 1)


def _in_workers(
    chunks: list[list[Article]], jobs: int, model: str | None, ahead: int
) -> Iterator[Extracted]:
    """This process and `jobs - 1` workers share the chunks: each worker holds a few chunks in
    order; whenever the next result is not ready, this process extracts the next chunk itself
    instead of waiting. It loads its model while the workers start theirs."""
    import multiprocessing
    from multiprocessing.connection import wait

    from kg.extract.pipeline import Extractor

    # spawn, not fork: the parent may hold an open store (RocksDB threads) or a half-read stdin
    context = multiprocessing.get_context("spawn")
    workers = [_Worker(context, model) for _ in range(jobs - 1)]
    held: dict[int, list[Extracted]] = {}
    following = 0  # the first chunk neither sent to a worker nor extracted here
    local: Extractor | None = None

    def dispatch() -> None:
        nonlocal following
        for worker in workers:
            while len(worker.queued) < queue_limit(len(chunks) - following, jobs, ahead):
                worker.send(following, chunks[following])
                following += 1

    def collect(timeout: float | None) -> None:
        ready = wait([w.connection for w in workers if w.queued], timeout)
        for worker in workers:
            if worker.connection in ready:
                index, results = worker.receive()
                held[index] = results

    try:
        for index in range(len(chunks)):
            dispatch()
            while index not in held:
                collect(0)
                dispatch()
                if index in held:
                    break
                if following < len(chunks):  # extract a chunk here rather than wait
                    local = local or Extractor(model)
                    held[following] = _extract_chunk(local, chunks[following])
                    following += 1
                else:
                    collect(None)
            yield from held.pop(index)
    finally:
        for worker in workers:
            worker.stop()


def queue_limit(remaining: int, processes: int, ahead: int) -> int:
    """How many chunks a worker may hold while `remaining` are neither sent nor extracted.

    `ahead` keeps a worker busy while this process extracts a chunk of its own; near the end
    the limit tapers to one, so that no worker is left holding several chunks while this
    process has nothing to do (with a fixed limit of 3, `kg ingest --jobs 2` idled for up to
    three chunks at the end of every run)."""
    if remaining <= 0:
        return 0
    return min(ahead, -(-remaining // processes))


class _Worker:
    """One extraction process, fed chunks through a pipe; it answers them in order."""

    def __init__(self, context, model: str | None) -> None:
        from collections import deque

        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, model), daemon=True)
        with _sigint_ignored():  # inherited, so a Ctrl-C while it imports spaCy is ignored too
            self.process.start()
        child.close()
        self.queued: deque[int] = deque()

    def send(self, index: int, chunk: list[Article]) -> None:
        self.connection.send(chunk)
        self.queued.append(index)

    def receive(self) -> tuple[int, list[Extracted]]:
        try:
            reply = self.connection.recv()
        except (EOFError, OSError):
            code = self.process.exitcode
            raise KgError(
                f"an extraction process died (exit status {code}; out of memory, or killed?)"
            ) from None
        if isinstance(reply, str):
            raise KgError(reply)
        return self.queued.popleft(), reply

    def stop(self) -> None:
        """Ends the process at once: after the last result nothing is left to do (and a
        normal exit spends a second freeing the model), after an error or Ctrl-C neither."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=10)
        self.connection.close()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _serve(connection, model: str | None) -> None:
    """A worker's life: load the model once, then answer each chunk with its results (or with
    the one-line reason the model could not be loaded)."""
    import queue

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # a thread empties the pipe as chunks arrive, so the parent never blocks sending one
    # while this process is blocked sending it a large result
    inbox: queue.Queue = queue.Queue()

    def read() -> None:
        try:
            while True:
                inbox.put(connection.recv())
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        from kg.extract.pipeline import Extractor

        extractor: Extractor | str = Extractor(model)
    except KgError as err:
        extractor = str(err)
    except Exception as err:  # a broken model package: still one line for the user
        extractor = f"the spaCy model could not be loaded: {type(err).__name__}: {err}"
    while (chunk := inbox.get()) is not None:
        if isinstance(extractor, str):
            connection.send(extractor)
        else:
            connection.send(_extract_chunk(extractor, chunk))


def _extract_chunk(extractor: Extractor, chunk: list[Article]) -> list[Extracted]:
    """The chunk's results. An article that fails costs only itself: the articles before it
    keep their results, it is tried again alone (in a batch the failure may be another's), and
    extraction goes on after it. Trying the whole chunk again, one article at a time, made
    `--jobs 2` take half as long again whenever one of 500 articles failed."""
    results: list[Extracted] = []
    while len(results) < len(chunk):
        try:
            for article, triples in extractor.extract_triples(chunk[len(results) :]):
                results.append(_extracted(article, triples))
        except Exception:  # KgError or a bug on unusual text: must not lose the others
            results.append(_alone(extractor, chunk[len(results)]))
    return results


def _alone(extractor: Extractor, article: Article) -> Extracted:
    """One article's result, or the one-line reason it failed."""
    try:
        return next(_extracted(a, t) for a, t in extractor.extract_triples([article]))
    except KgError as err:
        return Extracted(article, error=f"{article.name}: {err}")
    except Exception as err:
        message = f"{article.name}: extraction failed: {type(err).__name__}: {err}"
        return Extracted(article, error=" ".join(message.split()))


def _extracted(article: Article, triples: list[Triple]) -> Extracted:
    from kg.extract.summary import summary

    return Extracted(article, _ntriples(triples, article), summary(_types(triples)))


def _ntriples(triples: list[Triple], article: Article) -> bytes:
    """The triples as N-Triples written by pyoxigraph, whose term constructors refuse what a
    store would refuse (a bad IRI), so the store can take the bytes as they are."""
    import pyoxigraph

    from kg.store.terms import to_ox_triples

    try:
        data = pyoxigraph.serialize(to_ox_triples(triples), format=pyoxigraph.RdfFormat.N_TRIPLES)
    except ValueError as err:
        raise KgError(f"the graph of {article.doc_iri} cannot be stored: {err}") from None
    return data or b""


def _types(triples: list[Triple]) -> Graph:
    """Just the rdf:type triples, all that kg.extract.summary reads, in rdflib's lightest store."""
    from rdflib import Graph
    from rdflib.namespace import RDF

    graph = Graph(store="SimpleMemory")
    for triple in triples:
        if triple[1] == RDF.type:
            graph.add(triple)
    return graph
