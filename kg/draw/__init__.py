"""Pictures of the graph: an interactive HTML page (vis-network, bundled) or SVG/PNG (Graphviz).

>>> from kg.query import open_source
>>> from kg.draw import draw
>>> draw(open_source("tests/data/query-sample.ttl"), "/tmp/graph.html")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    import pyoxigraph

FORMATS = (".html", ".svg", ".png", ".dot")


def draw(store: pyoxigraph.Store, path: str | Path) -> Path:
    """Write a picture of the graph's facts to `path`, in the format of its suffix."""
    from kg.draw.model import build
    from kg.graphio import atomic_output

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{path}: cannot draw to {suffix or '(no suffix)'!r}; use one of {', '.join(FORMATS)}"
        )
    if not (path.parent if str(path.parent) else Path(".")).is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist")
    picture = build(store)
    if suffix == ".html":
        from kg.draw.page import to_html

        data = to_html(picture, title=f"Knowledge graph: {path.stem}").encode("utf-8")
    else:
        from kg.draw.dot import render, to_dot

        source = to_dot(picture)
        data = source.encode("utf-8") if suffix == ".dot" else render(source, suffix[1:])
    with atomic_output(path) as handle:
        handle.write(data)
    return path
