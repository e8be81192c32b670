"""The dev-set score as a floor: a change that loses facts on the dev articles fails here.

Runs the outside evaluation's scorer exactly as it is run on unseen articles
(`kg extract ARTICLE -o OUT.ttl`, then `kg query OUT.ttl NAME --format json`).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import DEV_SET, ROOT

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
QUERIES = [
    "leaders",
    "who-supplies-whom",
    "alliances",
    "conflicts",
    "meetings",
    "statements",
    "affiliations",
]


@pytest.fixture(scope="module")
def report() -> str:
    if not SCORER.exists():
        pytest.fail(f"the scorer is missing: {SCORER}")
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--kg", f"{sys.executable} -m kg", str(DEV_SET)],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_micro_f1_floor(report: str) -> None:
    match = re.search(r"micro F1 ([0-9.]+)", report)
    assert match, report
    assert float(match.group(1)) >= 0.8, report
    assert "failed 0" in report, report


@pytest.mark.parametrize("query", QUERIES)
def test_every_query_finds_something(report: str, query: str) -> None:
    line = next(line for line in report.splitlines() if line.startswith(query + " "))
    recall = float(line.split()[2])
    assert recall > 0, line
