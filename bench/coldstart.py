"""Cold start: `kg query SMALL.ttl leaders` ÷ `python -c "import rdflib, pyoxigraph"`.

The floor is the two libraries every query needs; anything `kg query` costs beyond that (the CLI
framework, our modules, the query itself on a one-article graph) shows as the ratio. Runs are
alternated, hyperfine-style, and the medians compared. When the target is missed,
`python -X importtime` names the imports that cost most.
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.figures import Figure
from bench.measure import PYTHON, BenchError, alternate, kg_command, median, run


def measure(small_graph: Path, rounds: int, timeout: float = 60) -> Figure:
    figure = Figure(
        key="coldstart",
        name="cold start",
        measured_as='`kg query SMALL.ttl leaders` ÷ `python -c "import rdflib, pyoxigraph"`',
        target="<= 1.5",
    )
    query = [*kg_command(), "query", str(small_graph), "leaders", "--format", "json"]
    floor = [PYTHON, "-c", "import rdflib, pyoxigraph"]
    try:
        run(query, timeout=timeout).check()  # warm the file cache for both
        run(floor, timeout=timeout).check()
        ours, theirs = alternate(
            [
                lambda: run(query, timeout=timeout).check().seconds,
                lambda: run(floor, timeout=timeout).check().seconds,
            ],
            rounds,
        )
    except BenchError as err:
        figure.error = str(err)
        return figure
    figure.ratio = median(ours) / median(theirs)
    figure.table = [
        {"command": "kg query SMALL.ttl leaders", "median ms": f"{median(ours) * 1000:.0f}"},
        {
            "command": "python -c 'import rdflib, pyoxigraph'",
            "median ms": f"{median(theirs) * 1000:.0f}",
        },
    ]
    figure.details.append(
        f"{median(ours) * 1000:.0f} ms vs {median(theirs) * 1000:.0f} ms, {rounds} runs each"
    )
    if figure.met is False:
        figure.notes.append("Slowest imports of `kg query` (python -X importtime, cumulative):")
        figure.notes += [f"- `{name}` {ms:.0f} ms" for name, ms in slowest_imports(query[1:])]
    return figure


def slowest_imports(kg_args: list[str], count: int = 6) -> list[tuple[str, float]]:
    """Top-level imports of a `kg` run by cumulative time (ms), slowest first."""
    result = run([PYTHON, "-X", "importtime", "-m", "kg", *kg_args], timeout=60)
    found: list[tuple[str, float]] = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| ( *)(\S+)", line)
        if match and len(match.group(2)) <= 2:  # top level or one below
            found.append((match.group(3), int(match.group(1)) / 1000))
    return sorted(found, key=lambda item: -item[1])[:count]
