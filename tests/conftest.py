"""Shared fixtures: the `kg` command as a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT.parent / "shared" / "eval" / "dev"


def run_kg(
    *args: str, input: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    """Run `python -m kg ARGS` in a fresh process, as the installed `kg` command would run."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        input=input,
        cwd=cwd,
        timeout=600,
    )


@pytest.fixture
def kg():
    return run_kg
