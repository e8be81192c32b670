"""The PNG: one small plot per cost, each against the size of the work that drives it."""

from __future__ import annotations

import math
from pathlib import Path

from bench.figures import Figure, Panel


def write_png(figures: list[Figure], path: Path, title: str) -> Path | None:
    """Draw every panel of every figure into one PNG; None when matplotlib is missing."""
    panels: list[Panel] = [p for f in figures for p in f.panels if any(s.x for s in p.series)]
    if not panels:
        return None
    try:
        import matplotlib
    except ImportError:
        return None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    columns = 2
    rows = math.ceil(len(panels) / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(13, 4.2 * rows), squeeze=False)
    for ax, panel in zip(axes.flat, panels, strict=False):
        for series in panel.series:
            if series.x:
                ax.plot(series.x, series.y, marker="o", label=series.label)
        ax.set_title(panel.title, fontsize=11)
        ax.set_xlabel(panel.xlabel)
        ax.set_ylabel(panel.ylabel)
        if panel.log_x:
            ax.set_xscale("log")
        if panel.log_y:
            ax.set_yscale("log")
        elif panel.y_from_zero:
            ax.set_ylim(bottom=0)
        for axis, log in ((ax.xaxis, panel.log_x), (ax.yaxis, panel.log_y)):
            if log:  # plain numbers (1,000), not powers of ten
                axis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
                axis.set_major_formatter(
                    FuncFormatter(lambda v, _: f"{v:,.0f}" if v >= 1 else f"{v:g}")
                )
                axis.set_minor_formatter(NullFormatter())
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8, loc="best")
    for ax in list(axes.flat)[len(panels) :]:
        ax.axis("off")
    fig.suptitle(title, fontsize=13)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path
