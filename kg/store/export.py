"""A store's content for the commands that read rdflib graphs (check, reason, export, draw)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.graphio import bind_prefixes
from kg.store.location import open_store


def dump_nquads(directory: str | Path) -> bytes:
    """Every article's named graph as N-Quads, read from a read-only view of the store."""
    import pyoxigraph

    store = open_store(directory, read_only=True)
    return store.dump(format=pyoxigraph.RdfFormat.N_QUADS) or b""


def load_as_rdflib(directory: str | Path) -> Dataset:
    """The store as an in-memory rdflib Dataset whose default graph is the union of the articles.

    The same shape `kg.graphio.load_graph` returns for a file, so a command that takes a graph
    file takes a store folder by calling this instead. It is a copy: changes stay in memory.
    """
    dataset = bind_prefixes(Dataset(default_union=True))
    dataset.parse(data=dump_nquads(directory), format="nquads")
    return dataset
