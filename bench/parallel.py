"""Parallel extraction: `kg extract --jobs 2` ÷ `--jobs 1` on the extraction benchmark's articles.

The runs themselves are part of the extraction benchmark (four processes alternated); this
module makes the figure. On a shared machine the second core may be taken by other work, and a
virtual machine's two cores may share one physical core, so the figure comes with two ceilings:
spaCy alone split over two processes on the same articles, in the same run (the most a second
process gives the engine underneath), and a pure-Python probe just before (2.0 on two idle
cores).
"""

from __future__ import annotations

import os

from bench.figures import Figure, Panel, Series
from bench.measure import PYTHON, BenchError, median, run

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


def capacity(timeout: float = 120) -> float | None:
    """How many cores two CPU-bound processes got just now (2.0 idle, 1.0 fully shared)."""
    result = run([PYTHON, "-c", _BURN], timeout=timeout)
    try:
        return float(result.check().stdout.strip())
    except (BenchError, ValueError):
        return None


def figure(
    articles: int,
    one: list[float],
    two: list[float],
    spacy_one: list[float],
    spacy_two: list[float],
    cores: float | None,
    load_before: float,
) -> Figure:
    """The figure from the seconds of `--jobs 1` and `--jobs 2` runs over `articles`, and of
    spaCy alone in one and in two processes."""
    result = Figure(
        key="parallel",
        name="parallel extraction",
        measured_as=f"`kg extract --jobs 2` ÷ `--jobs 1` articles/s, {articles} articles",
        target=">= 1.6",
    )
    if cores is not None:
        result.details.append(
            f"parallel capacity just before: two CPU-bound processes ran {cores:.2f}× as "
            "fast as one (2.00 on two idle cores; a snapshot: other work comes and goes)"
        )
    if not one or not two:
        return result
    result.ratio = median(one) / median(two)
    result.table = [
        {
            "side": f"kg extract --jobs {jobs}",
            "articles/s": f"{articles / median(times):.2f}",
            "seconds": ", ".join(f"{t:.1f}" for t in times),
        }
        for jobs, times in ((1, one), (2, two))
    ]
    if spacy_one and spacy_two:
        ceiling = median(spacy_one) / median(spacy_two)
        result.details.append(
            f"spaCy alone ran {ceiling:.2f}× as fast in two processes as in one on the same "
            f"articles in this run: the most a second process gave the engine underneath; "
            f"`--jobs 2` reached {result.ratio / ceiling:.2f} of that"
        )
        result.table += [
            {
                "side": f"spaCy nlp.pipe, {processes} process{'es' if processes > 1 else ''}",
                "articles/s": f"{articles / median(times):.2f}",
                "seconds": ", ".join(f"{t:.1f}" for t in times),
            }
            for processes, times in ((1, spacy_one), (2, spacy_two))
        ]
    result.details.insert(
        0,
        f"{articles / median(one):.2f} → {articles / median(two):.2f} articles/s on "
        f"{os.cpu_count()} CPUs; 1-minute load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after (other work on the machine takes CPU from the "
        "second job)",
    )
    series = [Series("kg extract", [1, 2], [articles / median(one), articles / median(two)])]
    if spacy_one and spacy_two:
        series.append(
            Series(
                "spaCy nlp.pipe",
                [1, 2],
                [articles / median(spacy_one), articles / median(spacy_two)],
            )
        )
    result.panels.append(
        Panel(
            "Extraction: articles/s by processes",
            "processes",
            "articles/s",
            series,
            y_from_zero=True,
        )
    )
    result.notes.append(
        "Whole `kg extract` processes over the extraction benchmark's articles, alternated with "
        "it. With --jobs 2 the parent extracts too and one worker process (its own spaCy "
        "model) shares the articles; it writes N-Quads (one named graph per article), which "
        "the ingest benchmark copies. spaCy in two processes is shaped the same way. Peak RSS is "
        "the parent process only."
    )
    return result
