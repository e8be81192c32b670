"""Query latency: each named query through `kg.query.run_named` ÷ its SPARQL run in pyoxigraph
directly, on stores of growing size; and the same SPARQL in rdflib's in-memory engine.

The pyoxigraph side is what a user of the bare store writes: `store.query(sparql,
use_default_graph_as_union=True)` and every row read into a dict. Both sides run in one process
on one open store, alternated, after one warm-up run each; a query slower than a second is
timed by that first run (the kg side goes first, so any cache it warms favours pyoxigraph).
Two narrowed uses take their value from the data (the recipient with the most supplies).
rdflib runs in a process of its own (loading the store's N-Quads as `kg.store.load_as_rdflib`
does) that reports each query as it finishes, so a query it cannot finish in time is reported
as such.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench.figures import Figure, Panel, Series
from bench.measure import PYTHON, BenchError, run

if TYPE_CHECKING:
    import pyoxigraph

#: A parameter value chosen from the data: the recipient with the most supply rows.
BUSIEST = "(busiest recipient)"

#: The named queries measured, and typical narrowed uses of two of them.
CASES: list[tuple[str, dict[str, str]]] = [
    ("leaders", {}),
    ("who-supplies-whom", {}),
    ("alliances", {}),
    ("conflicts", {}),
    ("meetings", {}),
    ("statements", {}),
    ("affiliations", {}),
    ("evidence", {}),
    ("who-supplies-whom", {"recipient": BUSIEST}),
    ("evidence", {"entity": BUSIEST}),
]

#: Rewrites of named queries that this benchmark proposes (see RESULTS.md), measured beside them.
PROPOSED_DIR = Path(__file__).resolve().parent / "data" / "proposed-queries"
PROPOSED: list[tuple[str, dict[str, str]]] = [
    (str(path), {}) for path in sorted(PROPOSED_DIR.glob("*.rq"))
]


def case_label(name: str, params: dict[str, str]) -> str:
    if name.endswith(".rq"):
        name = Path(name).stem + " (proposed rewrite)"
    return name + "".join(f" {k}={v}" for k, v in params.items())


def all_cases(store: Path) -> list[tuple[str, dict[str, str]]]:
    """CASES with their chosen values filled in from `store`, and the proposed rewrites."""
    from kg.query import run_named
    from kg.store import open_store

    rows = run_named(open_store(store, read_only=True), "who-supplies-whom")
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["recipient"]] = counts.get(row["recipient"], 0) + 1
    busiest = max(sorted(counts), key=lambda k: counts[k], default="Russia")
    cases = [
        (name, {k: busiest if v == BUSIEST else v for k, v in params.items()})
        for name, params in CASES
    ]
    return cases + PROPOSED


def compare_proposed(store: Path, timeout: float) -> dict[str, str]:
    """Whether each proposed rewrite gives the bundled query's rows on `store`."""
    child = run([PYTHON, "-m", "bench.queries", "compare", str(store)], timeout=timeout)
    if not child.ok:
        return {Path(p).stem: "not compared (timed out)" for p, _ in PROPOSED}
    return json.loads(child.stdout)


def measure_case(store: Path, cases: Path, case: int, rounds: int, cap: float) -> dict:
    """kg vs pyoxigraph medians (seconds) of one query on one store, in a worker process.

    A process per query, because a pyoxigraph query cannot be stopped from Python: the worker
    ends itself when one run passes `cap` seconds, and the query is reported as not finishing
    in `cap` s. A query slower than a second is timed by its first run per side.
    """
    child = run(
        [PYTHON, "-m", "bench.queries", "oxigraph", *map(str, (store, rounds, cases, case, cap))],
        timeout=(2 + 2 * rounds) * cap + 30,
    )
    if child.timed_out:
        return {"timeout": cap}
    return json.loads(child.check().stdout)


def measure_rdflib(
    store: Path, cases: Path, count: int, rounds: int, cap: float
) -> tuple[dict, str | None]:
    """rdflib medians per query (those it finished in `cap` s), and why it stopped, if it did."""
    timeout = 120 + cap * count  # loading the store's N-Quads comes first
    child = run(
        [PYTHON, "-m", "bench.queries", "rdflib", str(store), str(rounds), str(cap), str(cases)],
        timeout=timeout,
    )
    results: dict = {}
    for line in child.stdout.splitlines():
        record = json.loads(line)
        results[record.pop("case")] = record
    if child.timed_out:
        return results, f"stopped after {timeout:.0f} s"
    if child.returncode != 0:
        tail = (child.stderr.strip().splitlines() or ["?"])[-1]
        return results, f"failed: {tail}"
    return results, None


def measure(
    stores: dict[int, Path],
    triples: dict[int, int],
    rdflib_size: int,
    rounds: int,
    cap: float,
    rdflib_cap: float | None = None,
) -> tuple[Figure, Figure]:
    """Both query figures. A query that does not finish in `cap` seconds on one store is not
    tried on the larger stores (its cost only grows); rdflib gets `rdflib_cap` seconds a query
    (default `cap`)."""
    latency = Figure(
        key="query",
        name="query latency",
        measured_as="median `kg` named query ÷ the same SPARQL in pyoxigraph (worst query)",
        target="<= 2",
    )
    alternative = Figure(
        key="rdflib",
        name="the alternative",
        measured_as="the same SPARQL in rdflib's in-memory engine ÷ pyoxigraph (median query)",
    )
    if not stores:
        latency.error = alternative.error = "no store was built (see ingest scaling)"
        return latency, alternative
    by_size: dict[int, dict[str, dict]] = {}
    given_up: dict[str, str] = {}
    # the proposed rewrites only where rdflib runs them too: elsewhere they tell nothing new
    rdflib_at = max((n for n in stores if n <= rdflib_size), default=min(stores))
    cases = all_cases(stores[min(stores)])
    cases_file = stores[min(stores)].parent / "query-cases.json"
    cases_file.write_text(json.dumps(cases), encoding="utf-8")
    for n, store in sorted(stores.items()):
        by_size[n] = {}
        for index, (name, params) in enumerate(cases):
            label = case_label(name, params)
            if (name, params) in PROPOSED and n != rdflib_at:
                continue
            if label in given_up:
                by_size[n][label] = {"skipped": given_up[label]}
                continue
            try:
                result = measure_case(store, cases_file, index, rounds, cap)
            except BenchError as err:
                result = {"error": str(err)}
            if "timeout" in result:
                given_up[label] = f"did not finish in {cap:.0f} s at {n:,} articles"
            by_size[n][label] = result
    bundled = {case_label(*case) for case in cases if case not in PROPOSED}
    _latency_figure(latency, by_size, triples, bundled)
    if PROPOSED:
        smallest = min(stores)
        verdicts = compare_proposed(stores[smallest], timeout=max(60.0, cap * 4))
        latency.notes.append(
            f"Proposed rewrites (bench/data/proposed-queries/) against the bundled queries on "
            f"the {smallest:,}-article store: "
            + "; ".join(f"{name}: {verdict}" for name, verdict in verdicts.items())
            + "."
        )
    _rdflib_figure(
        alternative,
        stores[rdflib_at],
        (cases_file, len(cases)),
        rdflib_at,
        triples[rdflib_at],
        by_size[rdflib_at],
        rounds,
        rdflib_cap or cap,
    )
    return latency, alternative


def _cell(result: dict, key: str) -> str:
    if key in result:
        return f"{result[key] * 1000:.1f}"
    if "timeout" in result:
        return f"> {result['timeout']:.0f} s"
    return "not run" if "skipped" in result else "failed"


def _ratio(result: dict) -> float | None:
    return result["kg"] / result["oxigraph"] if "kg" in result else None


def _latency_figure(
    figure: Figure, by_size: dict[int, dict], triples: dict[int, int], bundled: set[str]
) -> None:
    largest = max(by_size)
    top = by_size[largest]
    figure.measured_as += f", {triples[largest]:,} triples ({largest:,} articles)"
    for label, result in top.items():
        ratio = _ratio(result)
        figure.table.append(
            {
                "query": label,
                "rows": str(result.get("rows", "—")),
                "kg ms": _cell(result, "kg"),
                "pyoxigraph ms": _cell(result, "oxigraph"),
                "ratio": f"{ratio:.2f}" if ratio else "—",
            }
        )
    ratios = [r for label, res in top.items() if label in bundled and (r := _ratio(res))]
    unfinished = [label for label, res in top.items() if label in bundled and not _ratio(res)]
    if ratios:
        figure.ratio = max(ratios)
    if unfinished:
        figure.shortfall = (
            f"{len(unfinished)} of {len(bundled)} named queries did not finish on the "
            f"{largest:,}-article store (neither in kg nor in bare pyoxigraph): "
            + ", ".join(unfinished)
        )
    sizes = sorted(by_size)
    for n in sizes:
        finished = [r for r in map(_ratio, by_size[n].values()) if r is not None]
        figure.details.append(
            f"{triples[n]:,} triples: {len(finished)}/{len(by_size[n])} queries finished"
            + (f", worst ratio {max(finished):.2f}" if finished else "")
        )
    figure.panels.append(
        Panel(
            "Query latency by store size (kg named queries)",
            "triples in the store",
            "median ms (missing = did not finish)",
            [
                Series(
                    label,
                    [float(triples[n]) for n in sizes if "kg" in by_size[n].get(label, {})],
                    [
                        by_size[n][label]["kg"] * 1000
                        for n in sizes
                        if "kg" in by_size[n].get(label, {})
                    ],
                )
                for label in top
            ],
            log_x=True,
            log_y=True,
        )
    )
    figure.notes.append(
        "Both sides in one process per query on one read-only store opened with "
        "`kg.store.open_store`, alternated after a warm-up; the kg side includes binding "
        "parameters (name → IRI), the worker thread of its timeout and turning terms into "
        "labelled rows."
    )


def _rdflib_figure(
    figure: Figure,
    store: Path,
    cases: tuple[Path, int],
    size: int,
    triples: int,
    oxigraph: dict[str, dict],
    rounds: int,
    cap: float,
) -> None:
    results, stopped = measure_rdflib(store, *cases, rounds, cap)
    figure.measured_as += f", {triples:,} triples ({size:,} articles)"
    ratios = []
    for label, result in oxigraph.items():
        row = {"query": label, "pyoxigraph ms": _cell(result, "oxigraph")}
        if label in results and "seconds" in results[label]:
            seconds = results[label]["seconds"]
            row["rdflib ms"] = f"{seconds * 1000:.0f}"
            if "oxigraph" in result:
                ratios.append(seconds / result["oxigraph"])
                row["ratio"] = f"{ratios[-1]:.0f}"
        else:
            row["rdflib ms"] = results.get(label, {}).get("error", "did not finish")
        row.setdefault("ratio", "—")
        figure.table.append(row)
    load = results.get("(load)", {}).get("seconds")
    if ratios:
        figure.ratio = statistics.median(ratios)
    else:
        figure.error = f"no query finished in both engines ({stopped or 'see table'})"
    if load is not None:
        figure.details.append(f"rdflib load of the store's N-Quads: {load:.1f} s")
    if stopped:
        figure.notes.append(f"rdflib {stopped}; unfinished queries are marked.")


def _rows(results: pyoxigraph.QuerySolutions) -> int:
    """Read every row into a dict of strings, as a user of the bare store would."""
    variables = [v.value for v in results.variables]
    count = 0
    for solution in results:
        _ = {v: (t.value if (t := solution[v]) is not None else "") for v in variables}
        count += 1
    return count


def _oxigraph_worker(store_dir: Path, rounds: int, cases: Path, case: int, cap: float) -> None:
    """Prints the medians as JSON; ends the process when one run passes `cap` seconds."""
    import os
    import threading

    from kg.query import prepare, run_named
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    name, params = json.loads(cases.read_text(encoding="utf-8"))[case]
    _, sparql = prepare(store, name, **params)

    def capped(function: Callable[[], int]) -> tuple[int, float]:
        def give_up() -> None:
            print(json.dumps({"timeout": cap}), flush=True)
            os._exit(0)

        watchdog = threading.Timer(cap, give_up)
        watchdog.start()
        begin = time.perf_counter()
        rows = function()
        seconds = time.perf_counter() - begin
        watchdog.cancel()
        return rows, seconds

    def ours() -> int:
        return len(run_named(store, name, **params))

    def bare() -> int:
        return _rows(store.query(sparql, use_default_graph_as_union=True))

    (kg_rows, kg_first), (ox_rows, ox_first) = capped(ours), capped(bare)  # warm-up
    if kg_rows != ox_rows:
        raise SystemExit(f"{name}: kg gave {kg_rows} rows, pyoxigraph {ox_rows}")
    if kg_first > 1:  # slow: the first runs are the measurement, the warm-up adds little
        kg_times, ox_times = [kg_first], [ox_first]
    else:
        kg_times, ox_times = [], []
        for _ in range(rounds):
            kg_times.append(capped(ours)[1])
            ox_times.append(capped(bare)[1])
    report = {
        "rows": kg_rows,
        "kg": statistics.median(kg_times),
        "oxigraph": statistics.median(ox_times),
    }
    print(json.dumps(report))


def _compare_worker(store_dir: Path) -> None:
    from kg.query import QueryTimeout, run_named
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    verdicts = {}
    for path, params in PROPOSED:
        name = Path(path).stem
        try:
            same = run_named(store, name, **params) == run_named(store, path, **params)
            verdicts[name] = "same rows" if same else "DIFFERENT rows"
        except QueryTimeout:
            verdicts[name] = "not compared (the bundled query timed out)"
    print(json.dumps(verdicts))


class _Alarm(Exception):
    pass


def _rdflib_worker(store_dir: Path, rounds: int, cap: float, cases: Path) -> None:
    """Prints one JSON line per query (the first is the load), flushed at once; a query past
    `cap` seconds is stopped by SIGALRM (rdflib is pure Python, so the signal lands)."""
    import signal

    from kg.query import prepare
    from kg.store import load_as_rdflib, open_store

    def alarm(signum: int, frame: object) -> None:
        raise _Alarm

    signal.signal(signal.SIGALRM, alarm)
    start = time.perf_counter()
    dataset = load_as_rdflib(store_dir)
    _emit("(load)", {"seconds": time.perf_counter() - start, "rows": len(dataset)})
    ox_store = open_store(store_dir, read_only=True)
    for name, params in json.loads(cases.read_text(encoding="utf-8")):
        _, sparql = prepare(ox_store, name, **params)
        times = []
        signal.setitimer(signal.ITIMER_REAL, cap)
        try:
            for _ in range(rounds):
                begin = time.perf_counter()
                count = sum(1 for _ in dataset.query(sparql))
                times.append(time.perf_counter() - begin)
                if times[-1] > 0.5:  # slow enough that one run is measurement enough
                    break
        except _Alarm:
            pass
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if times:
            record = {"seconds": statistics.median(times), "rows": count}
        else:
            record = {"error": f"> {cap:.0f} s"}
        _emit(case_label(name, params), record)


def _emit(case: str, record: dict) -> None:
    print(json.dumps({"case": case, **record}), flush=True)


def _timed(function: Callable[[], object]) -> float:
    begin = time.perf_counter()
    function()
    return time.perf_counter() - begin


if __name__ == "__main__":
    if sys.argv[1] == "compare":
        _compare_worker(Path(sys.argv[2]))
    elif sys.argv[1] == "oxigraph":
        _oxigraph_worker(
            Path(sys.argv[2]),
            int(sys.argv[3]),
            Path(sys.argv[4]),
            int(sys.argv[5]),
            float(sys.argv[6]),
        )
    else:
        _rdflib_worker(Path(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), Path(sys.argv[5]))
