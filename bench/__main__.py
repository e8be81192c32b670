"""`python -m bench [--quick]`: every benchmark, one table, RESULTS.md and a PNG.

The full run fits in about ten minutes on two cores; `--quick` runs a tiny version of each
benchmark (the test suite uses it to keep the harness working, not to time anything).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench import coldstart, corpus, extraction, ingest, queries, reasoning
from bench.figures import Figure, figure_from_dict
from bench.measure import BenchError, kg_command, run
from bench.plot import write_png
from bench.report import machine, results_markdown, summary_table, versions

BENCH_DIR = Path(__file__).resolve().parent
FINDINGS = BENCH_DIR / "findings.md"  # causes of missed targets, written after a full run


@dataclass(frozen=True)
class Plan:
    """How big each benchmark is, and how long any one command may take."""

    extract_articles: int  # also the --jobs 2 run and the templates the ingest copies
    ingest_sizes: tuple[int, ...]  # checkpoints of one growing store
    rdflib_size: int
    query_triples: int  # the largest store the queries are timed on has at least this many
    reason_sizes: tuple[int, ...]
    rounds: int  # alternations of the whole-process comparisons
    query_rounds: int
    coldstart_rounds: int
    query_cap: float
    rdflib_cap: float  # rdflib misses most queries' caps anyway: waiting longer tells nothing
    reason_cap: float
    reason_smaller_engines: tuple[str, ...]  # engines also timed below the largest graph
    command_cap: float


FULL = Plan(
    extract_articles=500,
    ingest_sizes=(100, 1_000, 10_000),
    rdflib_size=100,  # rdflib takes over 2 s for each query on 1,000 articles
    query_triples=1_000_000,
    reason_sizes=(100, 1_000),  # HermiT on 1,000 only: see reason_smaller_engines
    rounds=1,
    query_rounds=3,
    coldstart_rounds=10,
    query_cap=20,  # the evidence of every fact at a million triples takes 10-15 s
    rdflib_cap=2,
    reason_cap=120,
    reason_smaller_engines=("owlrl",),
    command_cap=300,
)

QUICK = Plan(
    extract_articles=4,
    ingest_sizes=(4, 8, 16),
    rdflib_size=8,
    query_triples=2_000,
    reason_sizes=(2, 4),
    rounds=1,
    query_rounds=2,
    coldstart_rounds=2,
    query_cap=30,
    rdflib_cap=30,
    reason_cap=120,
    reason_smaller_engines=("owlrl", "hermit"),
    command_cap=300,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tiny version of each benchmark")
    parser.add_argument(
        "--out",
        type=Path,
        help="folder for RESULTS.md, results.json and the PNG (default: bench/, or a new "
        "temporary folder with --quick)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the corpus and stores")
    parser.add_argument(
        "--render",
        action="store_true",
        help="measure nothing: write RESULTS.md and the PNG again from results.json "
        "(after editing bench/findings.md)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-results-"))
    else:
        out = args.out or BENCH_DIR
    out.mkdir(parents=True, exist_ok=True)
    if args.render:
        run_data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    else:
        run_data = measure_all(QUICK if args.quick else FULL, args.quick, args.keep)
        (out / "results.json").write_text(json.dumps(run_data, indent=1), encoding="utf-8")
    figures = [figure_from_dict(f) for f in run_data["figures"]]
    quick = run_data["command"].endswith("--quick")
    png = write_png(
        figures,
        out / ("results-quick.png" if quick else "results.png"),
        f"geokg benchmarks: {run_data['command']}, {run_data['started'][:10]}",
    )
    findings = FINDINGS.read_text(encoding="utf-8") if FINDINGS.is_file() and not quick else ""
    text = results_markdown(
        figures,
        run_data["command"],
        datetime.datetime.fromisoformat(run_data["started"]),
        run_data["seconds"],
        png.name if png else None,
        run_data["preamble"],
        run_data["machine"],
        run_data["versions"],
        findings,
        run_data.get("steps"),
    )
    (out / "RESULTS.md").write_text(text, encoding="utf-8")
    print()
    print(summary_table(figures))
    print(
        f"\n{len(figures)} figures in {run_data['seconds'] / 60:.1f} min; "
        f"written to {out / 'RESULTS.md'}"
    )
    return 0


def measure_all(plan: Plan, quick: bool, keep: bool) -> dict:
    """Run every benchmark; what RESULTS.md is made from, as plain data."""
    workdir = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    started, clock = datetime.datetime.now(datetime.UTC), time.perf_counter()
    machine_info = machine()
    try:
        figures, preamble, steps = run_all(plan, workdir)
    finally:
        if keep:
            print(f"corpus and stores kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return {
        "command": "python -m bench" + (" --quick" if quick else ""),
        "started": started.isoformat(),
        "seconds": time.perf_counter() - clock,
        "machine": machine_info,
        "versions": versions(),
        "preamble": preamble,
        "steps": steps,
        "figures": [dataclasses.asdict(f) for f in figures],
    }


def run_all(plan: Plan, workdir: Path) -> tuple[list[Figure], list[str], list[list]]:
    steps: list[list] = []  # [name, seconds] of each step, for RESULTS.md
    opened = [time.perf_counter()]

    def step(message: str, name: str | None = None) -> None:
        """Print where the run is; end the previous step's clock and start one for `name`."""
        now = time.perf_counter()
        if steps and steps[-1][1] is None:
            steps[-1][1] = now - opened[0]
        if name is not None:
            steps.append([name, None])
            opened[0] = now
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    count = plan.extract_articles
    step(f"corpus: {count} articles from the dev set", "corpus")
    articles = corpus.write_corpus(workdir / "corpus", count)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in articles) / len(articles)
    preamble = [
        f"Corpus: {count} articles generated by `bench/corpus.py` (seed {corpus.SEED}) from the "
        f"{len(corpus.load_sources())} dev articles, {words:.0f} words each on average.",
    ]
    figures: list[Figure] = []

    step(
        f"extraction: {count} articles, kg extract vs nlp.pipe, each in one and in two processes",
        "extraction throughput and parallel extraction",
    )
    throughput, jobs, quads = extraction.measure(articles, workdir, plan.rounds, plan.command_cap)
    figures += [throughput, jobs]

    stores: dict[int, Path] = {}
    triples: dict[int, int] = {}
    step(
        f"ingest scaling: one store to {', '.join(map(str, plan.ingest_sizes))} articles",
        "ingest scaling and memory (snapshots the stores the next steps reuse)",
    )
    if quads is None:
        for key, name in (("ingest", "ingest scaling"), ("ingest-memory", "ingest memory")):
            figures.append(
                Figure(key, name, "kg.store.ingest_ntriples", error="no extracted articles")
            )
    else:
        templates = workdir / "templates.jsonl"
        ingest.write_templates(quads, templates)
        snapshots = sorted({*plan.reason_sizes, plan.rdflib_size})
        found, stores, triples = ingest.measure(
            templates,
            workdir,
            list(plan.ingest_sizes),
            snapshots,
            plan.command_cap * 2,
            plan.query_triples,
        )
        figures += found

    step(
        "query latency: kg vs pyoxigraph on each store, rdflib on one",
        "query latency and the alternative (rdflib)",
    )
    # the smallest store (rdflib's) and the million-triple one: a curve, and the figure
    timed = {n: s for n, s in stores.items() if n in (plan.rdflib_size, max(stores, default=0))}
    figures += queries.measure(
        timed, triples, plan.rdflib_size, plan.query_rounds, plan.query_cap, plan.rdflib_cap
    )

    step("cold start: kg query SMALL.ttl leaders vs import rdflib, pyoxigraph", "cold start")
    small = workdir / "small.ttl"
    try:
        run([*kg_command(), "extract", str(articles[0]), "-o", str(small)], timeout=120).check()
        figures.append(coldstart.measure(small, plan.coldstart_rounds))
    except BenchError as err:
        figures.append(Figure("coldstart", "cold start", "kg query", error=str(err)))

    step(
        f"reasoning: owlrl and HermiT on {', '.join(map(str, plan.reason_sizes))} articles",
        "reasoning",
    )
    figures.append(
        reasoning.measure(
            stores,
            workdir,
            list(plan.reason_sizes),
            plan.reason_cap,
            plan.reason_smaller_engines,
        )
    )
    step("done")
    return figures, preamble, steps


if __name__ == "__main__":
    sys.exit(main())
