"""Timing commands as a user runs them: wall time and peak memory of one child process.

Every figure is a ratio of two such measurements taken in the same run, alternated (A, B, A,
B), so that a busy shared machine slows both sides alike.
"""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

PYTHON = sys.executable


def kg_command() -> list[str]:
    """The installed `kg` script beside this interpreter, else `python -m kg`."""
    script = Path(PYTHON).parent / "kg"
    return [str(script)] if script.is_file() else [PYTHON, "-m", "kg"]


@dataclass
class Run:
    """One finished (or stopped) child process."""

    command: list[str]
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def check(self) -> Run:
        """Raise with the command's own message when it failed or ran out of time."""
        if self.timed_out:
            raise BenchError(
                f"{' '.join(self.command[:4])}…: did not finish in {self.seconds:.0f} s"
            )
        if self.returncode != 0:
            tail = (self.stderr.strip().splitlines() or ["(no message)"])[-1]
            raise BenchError(f"{' '.join(self.command[:4])}… exited {self.returncode}: {tail}")
        return self


class BenchError(Exception):
    """A measured command failed: the figure is reported as not measured, with this reason."""


def run(
    command: Sequence[str],
    timeout: float | None = None,
    env: dict[str, str] | None = None,
    cwd: str | Path | None = None,
) -> Run:
    """Run a command to the end; wall time, and the child's own peak RSS from wait4().

    The child gets a session of its own, so a timeout stops it and anything it started (Java).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(command),
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
            cwd=cwd,
            start_new_session=True,
        )
        stopped = threading.Event()

        def stop() -> None:
            stopped.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, stop) if timeout else None
        if timer:
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if timer:
                timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            command=list(command),
            seconds=seconds,
            peak_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            timed_out=stopped.is_set(),
        )


def alternate(calls: Sequence[Callable[[], float]], rounds: int) -> list[list[float]]:
    """Call each in turn, `rounds` times over (A, B, C, A, B, C, …); their seconds, per call."""
    times: list[list[float]] = [[] for _ in calls]
    for _ in range(rounds):
        for call, seconds in zip(calls, times, strict=True):
            seconds.append(call())
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def peak_rss_mb() -> float:
    """This process's own peak RSS so far (for workers that report on themselves)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
