"""Ingest scaling: articles/s and peak memory of storing 100, 1,000 and 10,000 article graphs.

Extraction is measured elsewhere; here the store's own cost is measured on pre-extracted
graphs. There are only as many really extracted articles as the parallel benchmark ingested
(the templates); larger corpora are copies of them whose document, sentence, extraction and
relation IRIs are renamed (a new hash per copy), so every copy is a new article with facts of
its own about the same entities. Each size runs in a fresh process (`python -m bench.ingest`)
calling `kg.store.ingest_graph` once per article, so peak RSS is that size's alone.
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


def measure(
    templates: Path, workdir: Path, sizes: list[int], timeout: float
) -> tuple[Figure, dict[int, Path], dict[int, int]]:
    """The figure, and the stores it built and their triple counts, by number of articles
    (the query and reasoning benchmarks reuse them)."""
    figure = Figure(
        key="ingest",
        name="ingest scaling",
        measured_as=(
            "articles/s into the store (pre-extracted graphs) at "
            + ", ".join(f"{n:,}" for n in sizes)
            + " articles: last ÷ first"
        ),
        target=">= 0.5",
    )
    stores: dict[int, Path] = {}
    triples: dict[int, int] = {}
    results = []
    for n in sizes:
        store = workdir / f"store-{n}"
        shutil.rmtree(store, ignore_errors=True)
        try:
            child = run(
                [PYTHON, "-m", "bench.ingest", str(templates), str(store), str(n)], timeout=timeout
            ).check()
        except BenchError as err:
            figure.error = f"{n} articles: {err}"
            break
        result = json.loads(child.stdout)
        result["process_rss_mb"] = child.peak_rss_mb
        results.append(result)
        stores[n] = store
        triples[n] = result["triples"]
    if not results:
        return figure, stores, triples
    rates = [r["articles"] / r["ingest_seconds"] for r in results]
    figure.ratio = rates[-1] / rates[0]
    figure.unit = "×"
    for r, rate in zip(results, rates, strict=True):
        figure.table.append(
            {
                "articles": f"{r['articles']:,}",
                "triples": f"{r['triples']:,}",
                "articles/s": f"{rate:,.0f}",
                "triples/s": f"{r['triples'] / r['ingest_seconds']:,.0f}",
                "ingest s": f"{r['ingest_seconds']:.1f}",
                "peak RSS MB": f"{r['process_rss_mb']:.0f}",
                "store MB": f"{r['store_mb']:.0f}",
            }
        )
    sizes_done = [float(r["articles"]) for r in results]
    figure.details.append(
        "articles/s "
        + " → ".join(f"{rate:,.0f}" for rate in rates)
        + "; peak RSS MB "
        + " → ".join(f"{r['process_rss_mb']:.0f}" for r in results)
    )
    figure.panels += [
        Panel(
            "Ingest (pre-extracted): articles/s",
            "articles in the store",
            "articles/s",
            [Series("kg.store.ingest_graph", sizes_done, rates)],
            log_x=True,
        ),
        Panel(
            "Ingest: peak memory of the process",
            "articles in the store",
            "peak RSS (MB)",
            [Series("ingest process", sizes_done, [r["process_rss_mb"] for r in results])],
            log_x=True,
        ),
    ]
    figure.notes.append(
        f"{results[0].get('templates', '?')} really extracted article graphs (from the parallel "
        "benchmark's `--jobs 1` store) are copied with renamed document, sentence and relation "
        "IRIs to reach the larger sizes; only the time inside `kg.store.ingest_graph` counts, "
        "not parsing the copies into rdflib graphs. Target: the largest size keeps at least "
        "half the articles/s of the smallest (roughly flat)."
    )
    return figure, stores, triples


def _ingest_worker(templates: Path, store_dir: Path, count: int) -> None:
    """Fill a new store with `count` article graphs and print what it cost, as JSON."""
    from rdflib import Graph, URIRef

    from kg.store import ingest_graph, open_store

    lines = [json.loads(line) for line in templates.read_text(encoding="utf-8").splitlines()]
    if not lines:
        raise SystemExit(f"{templates}: no article graphs to copy")
    store = open_store(store_dir)
    ingest_seconds = prepare_seconds = 0.0
    triples = 0
    start = time.perf_counter()
    for index in range(count):
        template = lines[index % len(lines)]
        copy = index // len(lines)
        begin = time.perf_counter()
        graph = Graph().parse(data=renamed(template["nt"], copy), format="nt")
        name = URIRef(renamed(f"<{template['graph']}>", copy)[1:-1])
        middle = time.perf_counter()
        triples += ingest_graph(store, graph, name)
        ingest_seconds += time.perf_counter() - middle
        prepare_seconds += middle - begin
    store.flush()
    total = time.perf_counter() - start
    del store
    size = sum(p.stat().st_size for p in store_dir.rglob("*") if p.is_file())
    print(
        json.dumps(
            {
                "articles": count,
                "templates": len(lines),
                "triples": triples,
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
