"""What one benchmark reports: a headline ratio against its target, details, and a curve."""

from __future__ import annotations

import operator
from dataclasses import dataclass, field

_COMPARE = {">=": operator.ge, "<=": operator.le}


@dataclass
class Series:
    """One line of the PNG: a cost (y) against the size of the work (x)."""

    label: str
    x: list[float]
    y: list[float]


@dataclass
class Panel:
    """One plot of the PNG."""

    title: str
    xlabel: str
    ylabel: str
    series: list[Series] = field(default_factory=list)
    log_x: bool = False
    log_y: bool = False
    y_from_zero: bool = False


@dataclass
class Figure:
    """One row of the results table.

    `ratio` is the headline number (ours ÷ the engine underneath, or seconds where there is
    nothing to divide by); `target` like ">= 0.8" or None for figures that are only reported.
    `error` says why a figure could not be measured; `shortfall` what did not finish in time
    (a missed target even when the part that finished is within it).
    """

    key: str
    name: str
    measured_as: str
    ratio: float | None = None
    unit: str = "×"
    target: str | None = None
    details: list[str] = field(default_factory=list)
    table: list[dict[str, str]] = field(default_factory=list)
    panels: list[Panel] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    shortfall: str | None = None  # measured, but part of the work did not finish in time

    @property
    def met(self) -> bool | None:
        """True/False against the target, None when there is no target or no number."""
        if self.target is None or self.ratio is None:
            return None
        op, bound = self.target.split()
        return _COMPARE[op](self.ratio, float(bound))

    @property
    def verdict(self) -> str:
        if self.error:
            return "not measured"
        if self.shortfall and self.target:
            return "MISSED"
        return {True: "met", False: "MISSED", None: "reported"}[self.met]

    def headline(self) -> str:
        if self.ratio is None:
            return "—"
        return (
            f"{self.ratio:.2f}{self.unit}" if self.unit == "×" else f"{self.ratio:.2f} {self.unit}"
        )


def figure_from_dict(data: dict) -> Figure:
    """A Figure back from `dataclasses.asdict` (results.json)."""
    panels = [Panel(**{**p, "series": [Series(**s) for s in p["series"]]}) for p in data["panels"]]
    return Figure(**{**data, "panels": panels})
