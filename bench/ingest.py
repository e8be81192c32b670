"""Ingest scaling: articles/s and peak memory of storing 100, 1,000 and 10,000 article graphs.

Extraction is measured elsewhere; here the store's own cost is measured on pre-extracted
graphs. There are only as many really extracted articles as the parallel benchmark ingested
(the templates); larger corpora are copies of them whose document, sentence, extraction and
relation IRIs are renamed (a new hash per copy), so every copy is a new article with facts of
its own about the same entities. Each size runs in a fresh process (`python -m bench.ingest`)
that writes the store as `kg ingest` does (`kg.store.ingest_ntriples` with each article's
N-Triples, as the extraction processes hand them over, flushed by
`kg.store.flush.PeriodicFlush` at its default interval), so peak RSS is that size's alone.
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


def write_templates(store_dir: Path, out: Path) -> int:
    """Each named graph of a store as one JSON line of N-Triples; returns how many."""
    import pyoxigraph

    store = pyoxigraph.Store.read_only(str(store_dir))
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for graph in sorted(store.named_graphs(), key=lambda g: g.value):
            triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
            nt = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
            handle.write(json.dumps({"graph": graph.value, "nt": nt.decode("utf-8")}) + "\n")
            count += 1
    return count


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


def _ingest(templates: Path, store: Path, n: int, timeout: float) -> dict:
    shutil.rmtree(store, ignore_errors=True)
    child = run(
        [PYTHON, "-m", "bench.ingest", str(templates), str(store), str(n)], timeout=timeout
    ).check()
    result = json.loads(child.stdout)
    result["process_rss_mb"] = child.peak_rss_mb
    return result


def measure(
    templates: Path, workdir: Path, sizes: list[int], timeout: float
) -> tuple[list[Figure], dict[int, Path], dict[int, int]]:
    """The rate and memory figures, and the stores built with their triple counts, by number
    of articles (the query and reasoning benchmarks reuse them)."""
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
        measured_as=f"peak RSS of the ingest process, {sizes[-1]:,} ÷ {sizes[0]:,} articles",
        target="<= 2",
    )
    stores: dict[int, Path] = {}
    triples: dict[int, int] = {}
    results = []
    for n in sizes:
        try:
            result = _ingest(templates, workdir / f"store-{n}", n, timeout)
        except BenchError as err:
            rate.error = memory.error = f"{n} articles: {err}"
            break
        results.append(result)
        stores[n] = workdir / f"store-{n}"
        triples[n] = result["triples"]
    if not results:
        return [rate, memory], stores, triples
    rates = [r["articles"] / r["ingest_seconds"] for r in results]
    rss = [r["process_rss_mb"] for r in results]
    rate.ratio = rates[-1] / rates[0]
    memory.ratio = rss[-1] / rss[0]
    for r, per_second in zip(results, rates, strict=True):
        rate.table.append(
            {
                "articles": f"{r['articles']:,}",
                "triples": f"{r['triples']:,}",
                "articles/s": f"{per_second:,.0f}",
                "triples/s": f"{r['triples'] / r['ingest_seconds']:,.0f}",
                "ingest s": f"{r['ingest_seconds']:.1f}",
                "peak RSS MB": f"{r['process_rss_mb']:.0f}",
                "flushes": f"{r['flushes']:,}",
                "store MB": f"{r['store_mb']:.0f}",
            }
        )
    done = [float(r["articles"]) for r in results]
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
            "peak RSS (MB)",
            [Series(f"as kg ingest does (flush every {FLUSH_EVERY})", done, rss)],
            log_x=True,
            y_from_zero=True,
        )
    )
    rate.notes.append(
        f"{results[0].get('templates', '?')} really extracted article graphs (from the parallel "
        "benchmark's `--jobs 1` store) are copied with renamed document, sentence and relation "
        "IRIs to reach the larger sizes (full extraction of 10,000 articles does not fit in "
        "the time); only the time inside `kg.store.ingest_ntriples` and the periodic flushes "
        "counts, not building the copies. Each size is a fresh process and a fresh store. "
        "Target: the largest size keeps at least half the articles/s of the smallest "
        "(roughly flat)."
    )
    memory.notes.append(
        f"The store is written as `kg ingest` writes it: `kg.store.ingest_ntriples` per "
        f"article (its N-Triples as an extraction process returns them) and "
        f"`kg.store.flush.PeriodicFlush` with its default interval "
        f"({FLUSH_EVERY} articles). Peak RSS of the whole ingest process (wait4), which also "
        "holds the parsed templates. Target: at most twice the smallest size's (does not grow "
        "with the corpus)."
    )
    return [rate, memory], stores, triples


def _ingest_worker(templates_file: Path, store_dir: Path, count: int) -> None:
    """Fill a new store with `count` article graphs the way `kg ingest` writes them, and print
    what it cost, as JSON."""
    from rdflib import URIRef

    from kg.store import ingest_ntriples, open_store
    from kg.store.flush import PeriodicFlush

    lines = [json.loads(line) for line in templates_file.read_text(encoding="utf-8").splitlines()]
    if not lines:
        raise SystemExit(f"{templates_file}: no article graphs to copy")
    sizes = [sum(1 for row in line["nt"].splitlines() if row.strip()) for line in lines]
    copies = [_Copies(line["nt"]) for line in lines]
    store = open_store(store_dir)
    flusher = PeriodicFlush(store)  # kg ingest's default interval
    ingest_seconds = prepare_seconds = 0.0
    triples = 0
    start = time.perf_counter()
    for index in range(count):
        begin = time.perf_counter()
        template, copy = lines[index % len(lines)], index // len(lines)
        name = URIRef(renamed(f"<{template['graph']}>", copy)[1:-1])
        ntriples = copies[index % len(lines)].copy(copy).encode("utf-8")
        middle = time.perf_counter()
        ingest_ntriples(store, ntriples, name)
        flusher.article_written()
        ingest_seconds += time.perf_counter() - middle
        prepare_seconds += middle - begin
        triples += sizes[index % len(lines)]
    middle = time.perf_counter()
    flusher.flush()
    ingest_seconds += time.perf_counter() - middle
    total = time.perf_counter() - start
    flushes = flusher.flushes
    del store, flusher
    size = sum(p.stat().st_size for p in store_dir.rglob("*") if p.is_file())
    print(
        json.dumps(
            {
                "articles": count,
                "templates": len(lines),
                "triples": triples,
                "flushes": flushes,
                "ingest_seconds": ingest_seconds,
                "prepare_seconds": prepare_seconds,
                "total_seconds": total,
                "peak_rss_mb": peak_rss_mb(),
                "store_mb": size / 1e6,
            }
        )
    )


if __name__ == "__main__":
    _ingest_worker(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
