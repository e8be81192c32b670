"""Where a reading command reads from: a graph file, a store folder (`--store`), or an endpoint.

`kg query GRAPH leaders`, `kg query --store kgdata leaders` and
`kg query --endpoint URL leaders` all work: with `--store` or `--endpoint` the first positional
argument is the command's next argument (the query, the question), not a graph.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from kg.errors import InputError

GraphArg = Annotated[
    Path | None,
    typer.Argument(help="Graph file or store folder (or use --store).", show_default=False),
]
StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        metavar="DIR",
        help="Read the store in DIR instead of a graph file ($KG_STORE when set and no GRAPH).",
        show_default=False,
    ),
]


def pick_source(
    graph: Path | None, store: Path | None, first: str | None = None
) -> tuple[Path, str | None]:
    """(the graph file or store folder to read, the command's next positional argument).

    `first` is the positional that follows GRAPH; with --store it arrives in GRAPH's place.
    """
    if store is not None:
        if graph is not None and first is None:
            return store, str(graph)
        if graph is not None:
            raise InputError("give a GRAPH file or --store DIR, not both")
        return store, first
    if graph is None:
        env = os.environ.get("KG_STORE")
        if env:
            return Path(env), first
        raise InputError("give a GRAPH file or store folder, or --store DIR")
    return graph, first
