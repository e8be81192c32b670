"""`kg serve`: the store over HTTP, as a SPARQL endpoint and a web page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def serve(
    store: Annotated[
        Path | None,
        typer.Option("--store", "-s", help="The store folder (default: $KG_STORE, else ./kgdata)."),
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; 0.0.0.0 exposes it to the network.")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="TCP port (0: any free port).")
    ] = 7878,
    timeout: Annotated[
        float, typer.Option(min=0.1, help="Seconds a query may run before it is stopped.")
    ] = 30.0,
    max_rows: Annotated[
        int, typer.Option(min=1, help="Rows (or triples) per answer; the rest are cut.")
    ] = 10_000,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Queries that may run at the same time.")
    ] = 2,
    allow_update: Annotated[
        bool,
        typer.Option(
            "--allow-update", help="Accept SPARQL Update (never LOAD or SERVICE). Trusted use only."
        ),
    ] = False,
) -> None:
    """Serve the store: SPARQL 1.1 endpoint at /sparql, web page at /, health at /health.

    Read-only by default: SPARQL Update, LOAD and SERVICE are refused. While it runs the store
    is locked for writing; stop it to `kg ingest` more articles.
    """
    from kg.server import ServerConfig
    from kg.server import serve as run
    from kg.store import default_store_dir

    config = ServerConfig(
        store=store or default_store_dir(),
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
        allow_update=allow_update,
    )
    run(config)


def register(app: typer.Typer) -> None:
    app.command()(serve)
