"""Ingest scaling: articles/s and peak memory while one store grows to 100, 1,000 and 10,000
article graphs.

Extraction is measured elsewhere; here the store's own cost is measured on pre-extracted
graphs. There are only as many really extracted articles as the extraction benchmark wrote
(the templates); larger corpora are copies of them whose document, sentence, extraction and
relation IRIs are renamed (a new hash per copy), so every copy is a new article with facts of
its own about the same entities. One fresh process (`python -m bench.ingest`) writes the store
as `kg ingest` does (`kg.store.ingest_ntriples` with each article's N-Triples, as the
extraction processes hand them over, flushed by `kg.store.flush.PeriodicFlush` at its default
interval), and at each checkpoint reports the articles/s since the previous one and its peak
RSS so far: a long ingest as a user runs it. At some checkpoints it snapshots the store
(`Store.backup`, hard links, not timed) for the query and reasoning benchmarks, one of them
at the first article count whose store holds a million triples.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
import time
from pathlib import Path

from bench.figures import Figure, Panel, Series
from bench.measure import PYTHON, BenchError, peak_rss_mb, run

# id/{kind}/{hash}: every per-article or per-fact IRI; entities have slugs or ISO codes instead.
_HASHED_IRI = re.compile(r"(<https://w3id\.org/geokg/id/[a-z-]+/)([0-9a-f]{8,64})(?=[#>])")
_CONTENT_HASH = re.compile(r"\"([0-9a-f]{64})\"")


def write_templates(quads_file: Path, out: Path) -> int:
    """Each named graph of an N-Quads file as one JSON line of N-Triples; returns how many."""
    import pyoxigraph

    graphs: dict[str, list] = {}
    with quads_file.open("rb") as handle:
        for quad in pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.N_QUADS):
            graphs.setdefault(quad.graph_name.value, []).append(quad.triple)
    with out.open("w", encoding="utf-8") as handle:
        for graph in sorted(graphs):
            nt = pyoxigraph.serialize(graphs[graph], format=pyoxigraph.RdfFormat.N_TRIPLES)
            handle.write(json.dumps({"graph": graph, "nt": nt.decode("utf-8")}) + "\n")
    return len(graphs)


def renamed(text: str, copy: int) -> str:
    """The article graph (N-Triples) as copy number `copy`: same entities, new hashes."""
    if copy == 0:
        return text

    def new_hash(old: str) -> str:
        return hashlib.sha256(f"{old}:{copy}".encode()).hexdigest()[: len(old)]

    text = _HASHED_IRI.sub(lambda m: m.group(1) + new_hash(m.group(2)), text)
    return _CONTENT_HASH.sub(lambda m: f'"{new_hash(m.group(1))}"', text)


class _Copies:
    """`renamed(text, k)` for many k, with the text split at its hashes once, not per copy."""

    def __init__(self, text: str) -> None:
        spans = [(m.start(2), m.end(2)) for m in _HASHED_IRI.finditer(text)]
        spans += [(m.start(1), m.end(1)) for m in _CONTENT_HASH.finditer(text)]
        self.pieces: list[str] = []  # text, hash, text, hash, ..., text
        position = 0
        for start, end in sorted(spans):
            self.pieces += [text[position:start], text[start:end]]
            position = end
        self.pieces.append(text[position:])

    def copy(self, number: int) -> str:
        if number == 0:
            return "".join(self.pieces)
        new: dict[str, str] = {}
        out = self.pieces[:]
        for index in range(1, len(out), 2):
            old = out[index]
            if old not in new:
                digest = hashlib.sha256(f"{old}:{number}".encode()).hexdigest()
                new[old] = digest[: len(old)]
            out[index] = new[old]
        return "".join(out)


#: Triples in the store the query benchmark times its queries on (the issue: at least a million).
QUERY_TRIPLES = 1_000_000


def measure(
    templates: Path,
    workdir: Path,
    sizes: list[int],
    snapshots: list[int],
    timeout: float,
    query_triples: int = QUERY_TRIPLES,
) -> tuple[list[Figure], dict[int, Path], dict[int, int]]:
    """The rate and memory figures, and the snapshot stores with their triple counts, by
    number of articles: those in `snapshots` and the first one holding `query_triples`
    (the query and reasoning benchmarks reuse them)."""
    from kg.store.flush import FLUSH_EVERY

    rate = Figure(
        key="ingest",
        name="ingest scaling",
        measured_as=(
            "articles/s into the store (pre-extracted graphs), "
            f"{sizes[-1]:,} ÷ {sizes[0]:,} articles"
        ),
        target=">= 0.5",
    )
    memory = Figure(
        key="ingest-memory",
        name="ingest memory",
        measured_as=f"peak RSS of the ingest process, at {sizes[-1]:,} ÷ at {sizes[0]:,} articles",
        target="<= 2",
    )
    store = workdir / "store-ingest"
    shutil.rmtree(store, ignore_errors=True)
    try:
        child = run(
            [
                PYTHON,
                "-m",
                "bench.ingest",
                str(templates),
                str(store),
                ",".join(map(str, sizes)),
                ",".join(map(str, snapshots)),
                str(query_triples),
            ],
            timeout=timeout,
        ).check()
    except BenchError as err:
        rate.error = memory.error = str(err)
        return [rate, memory], {}, {}
    finally:
        shutil.rmtree(store, ignore_errors=True)
    report = json.loads(child.stdout)
    points = [p for p in report["checkpoints"] if p["articles"] in sizes]
    stores = {p["articles"]: Path(p["snapshot"]) for p in report["checkpoints"] if p["snapshot"]}
    triples = {p["articles"]: p["triples"] for p in report["checkpoints"]}
    rates = [p["articles"] / p["ingest_seconds"] for p in points]  # what ingesting N costs
    rss = [p["peak_rss_mb"] for p in points]
    rate.ratio = rates[-1] / rates[0]
    memory.ratio = rss[-1] / rss[0]
    for point, per_second in zip(points, rates, strict=True):
        rate.table.append(
            {
                "articles": f"{point['articles']:,}",
                "triples": f"{point['triples']:,}",
                "articles/s": f"{per_second:,.0f}",
                "articles/s since previous": (
                    f"{point['segment_articles'] / point['segment_seconds']:,.0f}"
                ),
                "ingest s": f"{point['ingest_seconds']:.1f}",
                "peak RSS MB": f"{point['peak_rss_mb']:.0f}",
                "flushes": f"{point['flushes']:,}",
            }
        )
    done = [float(p["articles"]) for p in points]
    rate.details.append("articles/s " + " → ".join(f"{x:,.0f}" for x in rates))
    memory.details.append("peak RSS MB " + " → ".join(f"{x:.0f}" for x in rss))
    rate.panels.append(
        Panel(
            "Ingest (pre-extracted): articles/s",
            "articles in the store",
            "articles/s",
            [Series("kg.store.ingest_ntriples", done, rates)],
            log_x=True,
            y_from_zero=True,
        )
    )
    memory.panels.append(
        Panel(
            "Ingest: peak memory of the process",
            "articles in the store",
            "peak RSS so far (MB)",
            [Series(f"as kg ingest does (flush every {FLUSH_EVERY})", done, rss)],
            log_x=True,
            y_from_zero=True,
        )
    )
    rate.notes.append(
        f"{report['templates']} really extracted article graphs (the extraction benchmark's "
        "`--jobs 2` output) are copied with renamed document, sentence and relation IRIs to "
        f"reach {sizes[-1]:,} articles (full extraction of that many does not fit in the "
        "time); only the time inside `kg.store.ingest_ntriples` and the periodic flushes "
        "counts, not building the copies or the snapshots. One process fills one store, as a "
        "long `kg ingest` does; articles/s at N articles is N over the time spent ingesting "
        "the first N (what ingesting a corpus of N costs), and the rate over the articles "
        "since the previous checkpoint is shown beside it. Target: the last keeps at least "
        "half the articles/s of the first (roughly flat)."
    )
    memory.notes.append(
        f"The store is written as `kg ingest` writes it: `kg.store.ingest_ntriples` per "
        f"article (its N-Triples as an extraction process returns them) and "
        f"`kg.store.flush.PeriodicFlush` with its default interval "
        f"({FLUSH_EVERY} articles). Peak RSS of the whole ingest process so far (getrusage), "
        "which also holds the parsed templates. Target: at most twice the first checkpoint's "
        "(does not grow with the corpus)."
    )
    return [rate, memory], stores, triples


def _ingest_worker(
    templates_file: Path,
    store_dir: Path,
    sizes: list[int],
    snapshots: list[int],
    query_triples: int,
) -> None:
    """Fill a new store with article graphs the way `kg ingest` writes them, and print what
    each checkpoint cost, as JSON."""
    from rdflib import URIRef

    from kg.store import ingest_ntriples, open_store
    from kg.store.flush import PeriodicFlush

    lines = [json.loads(line) for line in templates_file.read_text(encoding="utf-8").splitlines()]
    if not lines:
        raise SystemExit(f"{templates_file}: no article graphs to copy")
    counts = [sum(1 for row in line["nt"].splitlines() if row.strip()) for line in lines]
    copies = [_Copies(line["nt"]) for line in lines]
    store = open_store(store_dir)
    flusher = PeriodicFlush(store)  # kg ingest's default interval
    checkpoints: list[dict] = []
    ingest_seconds = segment_seconds = 0.0
    triples = segment_triples = segment_start = 0
    query_size_taken = False
    for index in range(max(sizes)):
        template, copy = lines[index % len(lines)], index // len(lines)
        name = URIRef(renamed(f"<{template['graph']}>", copy)[1:-1])
        ntriples = copies[index % len(lines)].copy(copy).encode("utf-8")
        begin = time.perf_counter()
        ingest_ntriples(store, ntriples, name)
        flusher.article_written()
        spent = time.perf_counter() - begin
        ingest_seconds += spent
        segment_seconds += spent
        triples += counts[index % len(lines)]
        segment_triples += counts[index % len(lines)]
        articles = index + 1
        first_large = not query_size_taken and triples >= query_triples
        if articles not in sizes and articles not in snapshots and not first_large:
            continue
        snapshot = None
        if articles in snapshots or first_large:
            query_size_taken = query_size_taken or first_large
            snapshot = store_dir.parent / f"store-{articles}"
            shutil.rmtree(snapshot, ignore_errors=True)
            store.flush()  # untimed, like the snapshot itself
            store.backup(str(snapshot))
        checkpoints.append(
            {
                "articles": articles,
                "triples": triples,
                "segment_articles": articles - segment_start,
                "segment_triples": segment_triples,
                "segment_seconds": segment_seconds,
                "ingest_seconds": ingest_seconds,
                "peak_rss_mb": peak_rss_mb(),
                "flushes": flusher.flushes,
                "snapshot": str(snapshot) if snapshot else None,
            }
        )
        segment_seconds, segment_triples, segment_start = 0.0, 0, articles
    flusher.flush()
    print(json.dumps({"templates": len(lines), "checkpoints": checkpoints}))


if __name__ == "__main__":
    _ingest_worker(
        Path(sys.argv[1]),
        Path(sys.argv[2]),
        [int(n) for n in sys.argv[3].split(",")],
        [int(n) for n in sys.argv[4].split(",") if n],
        int(sys.argv[5]),
    )
