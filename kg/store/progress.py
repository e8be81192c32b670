"""A progress bar for long ingests: articles per second and time remaining, on stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Reporter(Protocol):
    def advance(self, line: str | None = None) -> None: ...


class _Plain:
    """No bar (stderr is not a terminal, or few articles): print each line as it comes."""

    def advance(self, line: str | None = None) -> None:
        if line:
            print(line, flush=True)


class _Bar:
    def __init__(self, progress, task) -> None:  # rich objects, imported lazily
        self._progress, self._task = progress, task

    def advance(self, line: str | None = None) -> None:
        if line:
            self._progress.console.print(line, highlight=False, markup=False, soft_wrap=True)
        self._progress.advance(self._task)


@contextmanager
def progress(total: int, label: str = "ingesting", minimum: int = 3) -> Iterator[Reporter]:
    """A bar when stderr is a terminal and there are at least `minimum` articles."""
    if total < minimum or not sys.stderr.isatty():
        yield _Plain()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total, rate="")
        reporter = _Bar(bar, task)
        original = reporter.advance

        def advance(line: str | None = None) -> None:
            original(line)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

        reporter.advance = advance  # type: ignore[method-assign]
        yield reporter
