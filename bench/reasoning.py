"""Reasoning: seconds of `kg reason` with owlrl and with HermiT on growing graphs, each capped.

The graphs are the ingest benchmark's stores written out as N-Triples (the union of their
articles). `kg reason` hands the engine the graph's fact skeleton (kg/reasoning/skeleton.py);
its size is reported beside the graph's, because the benchmark's larger corpora are copies of
100 extracted articles whose relations the skeleton groups, so there it stops growing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.figures import Figure, Panel, Series
from bench.measure import PYTHON, kg_command, run

ENGINES = ("owlrl", "hermit")


def export_graph(store: Path, out: Path, articles: int | None = None) -> int:
    """The union of a store's articles (or of its first `articles`) as one N-Triples file;
    returns its triple count."""
    import pyoxigraph

    source = pyoxigraph.Store.read_only(str(store))
    graphs = sorted(source.named_graphs(), key=lambda g: g.value)[:articles]
    triples = {q.triple for g in graphs for q in source.quads_for_pattern(None, None, None, g)}
    out.write_bytes(pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b"")
    return len(triples)


def skeleton_size(graph: Path) -> int:
    """Triples the engine reasons over for this graph (the factual part's skeleton)."""
    from kg.reasoning.engines import _data_triples
    from kg.reasoning.graphfiles import read_triples
    from kg.reasoning.ontology import ontology_graph
    from kg.reasoning.skeleton import Schema, reduce

    data = _data_triples(read_triples(graph), factual_only=True)
    return len(reduce(data, Schema(ontology_graph())).graph)


def has_reason_command() -> bool:
    return run([*kg_command(), "reason", "--help"], timeout=60).ok


def measure(
    stores: dict[int, Path],
    workdir: Path,
    sizes: list[int],
    cap: float,
    smaller_engines: tuple[str, ...] = ENGINES,
) -> Figure:
    """Both engines on the largest graph; on the smaller ones only `smaller_engines` (a line
    for the PNG at the price of one more run, not two)."""
    figure = Figure(
        key="reasoning",
        name="reasoning",
        measured_as="seconds of `kg reason` (owlrl, HermiT) on the "
        f"{max(sizes):,}-article graph; headline: the faster engine",
        unit="s",
    )
    # a size with no store of its own is the first articles of the next larger store
    sources = {n: min((m for m in stores if m >= n), default=None) for n in sizes}
    sizes = [n for n in sizes if sources[n] is not None]
    if not sizes:
        figure.error = "no store large enough was built"
        return figure
    use_cli = has_reason_command()
    skeleton: dict[int, int] = {}
    seconds: dict[str, dict[int, float | None]] = {engine: {} for engine in ENGINES}
    triples: dict[int, int] = {}
    skipped: dict[tuple[str, int], str] = {}
    for n in sizes:
        graph = workdir / f"graph-{n}.nt"
        triples[n] = export_graph(stores[sources[n]], graph, n)
        skeleton[n] = skeleton_size(graph)
        for engine in ENGINES:
            if n < max(sizes) and engine not in smaller_engines:
                seconds[engine][n] = None
                skipped[(engine, n)] = "not run (the largest graph only)"
                continue
            done = [k for k in seconds[engine] if (engine, k) not in skipped]
            if done and seconds[engine][max(done)] is None:
                seconds[engine][n] = None  # did not finish on a smaller graph
                skipped[(engine, n)] = "not run (over the cap on a smaller graph)"
                continue
            out = workdir / f"inferred-{n}-{engine}.nt"
            if use_cli:
                command = [*kg_command(), "reason", str(graph), "-o", str(out), "--engine", engine]
            else:
                command = [PYTHON, "-m", "bench.reasoning", str(graph), engine]
            result = run(command, timeout=cap)
            if result.ok:
                seconds[engine][n] = result.seconds
            else:
                seconds[engine][n] = None
                if not result.timed_out:
                    tail = (result.stderr.strip().splitlines() or ["?"])[-1]
                    figure.notes.append(f"{engine} on {n:,} articles failed: {tail}")
    for n in sizes:
        row = {
            "articles": f"{n:,}",
            "triples": f"{triples[n]:,}",
            "skeleton triples": f"{skeleton[n]:,}",
        }
        for engine in ENGINES:
            value = seconds[engine][n]
            if (engine, n) in skipped:
                row[f"{engine} s"] = skipped[(engine, n)]
            else:
                row[f"{engine} s"] = (
                    f"{value:.1f}" if value is not None else f"did not finish in {cap:.0f} s"
                )
        figure.table.append(row)
    largest = max(sizes)
    finished = {e: s[largest] for e, s in seconds.items() if s.get(largest) is not None}
    if finished:
        best = min(finished, key=finished.__getitem__)
        figure.ratio = finished[best]
        figure.details.append(f"faster on {largest:,} articles: {best}")
    else:
        figure.shortfall = f"neither engine finished in {cap:.0f} s on {largest:,} articles"
    figure.panels.append(
        Panel(
            "Reasoning: seconds by graph size (missing = over the cap)",
            "triples in the graph",
            "seconds",
            [
                Series(
                    engine,
                    [float(triples[n]) for n in sizes if seconds[engine][n] is not None],
                    [s for n in sizes if (s := seconds[engine][n]) is not None],
                )
                for engine in ENGINES
            ],
            log_x=True,
            y_from_zero=True,
        )
    )
    figure.notes.append(
        ("`kg reason GRAPH -o OUT --engine E`" if use_cli else "`kg.reasoning.reason` (API)")
        + f", whole process (reading the graph, reasoning, writing graph and inferences), "
        f"capped at {cap:.0f} s per engine and size. The engine reasons over the skeleton: "
        "the graph without its evidence triples (replaced by the types they give), one node "
        "for each group of relation individuals or sentences with the same triples. The "
        "larger corpora are renamed copies of 100 extracted articles, so their skeleton "
        "stops growing there; on distinct articles the skeleton, and the engine's time, grow "
        "with the number of articles."
    )
    return figure


def _api_worker(graph: Path, engine: str) -> None:
    from kg.graphio import load_graph
    from kg.reasoning import reason

    inferred, used = reason(load_graph(graph), engine)
    print(used, len(inferred))


if __name__ == "__main__":
    _api_worker(Path(sys.argv[1]), sys.argv[2])
