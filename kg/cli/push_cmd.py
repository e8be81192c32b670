"""`kg push`: a graph file or the store, uploaded to a remote SPARQL 1.1 triple store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import InputError
from kg.wording import counted


def push(
    graph: Annotated[
        Path | None, typer.Argument(help="A graph file to push (default: the store).")
    ] = None,
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint",
            "-e",
            help="Graph Store Protocol URL (Oxigraph server: http://HOST:7878/store; "
            "Fuseki: http://HOST:3030/DATASET/data).",
        ),
    ] = "",
    store: Annotated[
        Path | None,
        typer.Option("--store", "-s", help="Push this store folder (default: $KG_STORE/kgdata)."),
    ] = None,
    graph_iri: Annotated[
        str | None,
        typer.Option("--graph", "-g", help="Target named graph IRI (default: the default graph)."),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Empty the target graph first (else add to it).")
    ] = False,
    update_endpoint: Annotated[
        str | None,
        typer.Option(
            "--update-endpoint",
            help="SPARQL Update URL for servers without the Graph Store Protocol "
            "(default: --endpoint).",
        ),
    ] = None,
    user: Annotated[str | None, typer.Option("--user", "-u", help="HTTP basic auth user.")] = None,
    password: Annotated[
        str | None,
        typer.Option(
            "--password",
            envvar="KG_PUSH_PASSWORD",
            help="HTTP basic auth password (better: set $KG_PUSH_PASSWORD).",
        ),
    ] = None,
) -> None:
    """Upload a graph file, or the store's articles merged into one graph, to a triple store.

    Uses the SPARQL 1.1 Graph Store Protocol, falling back to SPARQL Update INSERT DATA in
    batches when the server does not speak it.
    """
    from kg.remote import push as upload
    from kg.store import default_store_dir

    if not endpoint:
        raise InputError("give the server with --endpoint URL")
    if graph is not None and store is not None:
        raise InputError("give a graph file or --store, not both")
    source = graph if graph is not None else (store or default_store_dir())
    if graph is None and not source.is_dir():
        raise InputError(f"{source}: no such store folder (give a graph file or --store DIR)")
    if graph is not None and not graph.is_file():
        raise InputError(f"{graph}: no such file")
    result = upload(
        source,
        endpoint,
        graph=graph_iri,
        user=user,
        password=password,
        replace=replace,
        update_endpoint=update_endpoint,
    )
    target = f"graph <{result.graph}>" if result.graph else "the default graph"
    print(
        f"pushed {counted(result.triples, 'triple')} from {source} to {endpoint} ({target}) "
        f"by {result.method} in {counted(result.requests, 'request')}"
    )


def register(app: typer.Typer) -> None:
    app.command()(push)
