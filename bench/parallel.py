"""Parallel extraction: `kg ingest --jobs 2` ÷ `--jobs 1` on the same articles, fresh stores.

The `--jobs 1` store is kept: its per-article graphs are the templates the ingest-scaling
benchmark copies to reach corpus sizes that full extraction could not reach in time.

On a shared machine the second core may be taken by other work, so the figure comes with the
machine's own capacity, measured just before: how much faster two processes burning CPU finish
their work than one process doing both parts (2.0 on two idle cores).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from bench.figures import Figure, Panel, Series
from bench.measure import PYTHON, BenchError, alternate, kg_command, median, run

#: Two processes each counting to N, against one counting to N twice: the parallel capacity.
_BURN = (
    "import multiprocessing as mp, time\n"
    "def burn(n):\n"
    "    x = 0\n"
    "    for i in range(n): x += i\n"
    "if __name__ == '__main__':\n"
    "    n = 30_000_000\n"
    "    t = time.perf_counter(); burn(n); burn(n); one = time.perf_counter() - t\n"
    "    with mp.get_context('fork').Pool(2) as pool:\n"
    "        t = time.perf_counter(); pool.map(burn, [n, n]); two = time.perf_counter() - t\n"
    "    print(one / two)\n"
)


def parallel_capacity(timeout: float = 120) -> float | None:
    """How many cores two CPU-bound processes got just now (2.0 idle, 1.0 fully shared)."""
    result = run([PYTHON, "-c", _BURN], timeout=timeout)
    try:
        return float(result.check().stdout.strip())
    except (BenchError, ValueError):
        return None


def measure(
    articles: list[Path], workdir: Path, rounds: int, timeout: float
) -> tuple[Figure, Path | None]:
    """The figure, and the store that `--jobs 1` filled (None when it failed)."""
    figure = Figure(
        key="parallel",
        name="parallel extraction",
        measured_as=f"`kg ingest --jobs 2` ÷ `--jobs 1` articles/s, {len(articles)} articles",
        target=">= 1.6",
    )
    files = [str(p) for p in articles]
    stores = {1: workdir / "store-jobs1", 2: workdir / "store-jobs2"}
    rss: dict[int, float] = {}

    def ingest(jobs: int) -> float:
        shutil.rmtree(stores[jobs], ignore_errors=True)
        result = run(
            [*kg_command(), "ingest", *files, "--store", str(stores[jobs]), "--jobs", str(jobs)],
            timeout=timeout,
        ).check()
        rss[jobs] = max(rss.get(jobs, 0.0), result.peak_rss_mb)
        return result.seconds

    load_before = os.getloadavg()[0]
    capacity = parallel_capacity()
    try:
        one, two = alternate(lambda: ingest(1), lambda: ingest(2), rounds)
    except BenchError as err:
        figure.error = str(err)
        return figure, None
    n = len(articles)
    figure.ratio = median(one) / median(two)
    figure.table = [
        {
            "jobs": str(jobs),
            "articles/s": f"{n / median(times):.2f}",
            "seconds": ", ".join(f"{t:.1f}" for t in times),
            "peak RSS MB (parent)": f"{rss[jobs]:.0f}",
        }
        for jobs, times in ((1, one), (2, two))
    ]
    figure.details.append(
        f"{n / median(one):.2f} → {n / median(two):.2f} articles/s on {os.cpu_count()} CPUs; "
        f"1-minute load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after "
        "(other work on the machine takes CPU from the second job)"
    )
    if capacity is not None:
        figure.details.append(
            f"parallel capacity just before: two CPU-bound processes ran {capacity:.2f}× as "
            "fast as one (2.00 on two idle cores; a snapshot: other work comes and goes)"
        )
    figure.panels.append(
        Panel(
            "kg ingest (extraction + store): articles/s by --jobs",
            "--jobs",
            "articles/s",
            [Series("kg ingest", [1, 2], [n / median(one), n / median(two)])],
            y_from_zero=True,
        )
    )
    figure.notes.append(
        "Whole `kg ingest` processes into fresh stores, alternated. With --jobs 2 the parent "
        "extracts too and one worker process (its own spaCy model) shares the articles; peak "
        "RSS is the parent process only (the worker is not included)."
    )
    shutil.rmtree(stores[2], ignore_errors=True)
    return figure, stores[1]
