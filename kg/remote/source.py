"""The triples to push: a graph file, or the union of a store's articles, as N-Triples lines."""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError


def triples_of(path: Path) -> list[bytes]:
    """Distinct N-Triples lines, grouped by subject, from a graph file or a store folder."""
    import pyoxigraph

    if path.is_dir():
        from kg.store import open_store

        store = open_store(path, read_only=True)
    else:
        from kg.query import open_source

        store = open_source(path)  # parses by suffix, with FILE:LINE:COL errors
    triples = {quad.triple for quad in store}
    if not triples:
        raise InputError(f"{path}: nothing to push (the graph is empty)")
    data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
    return sorted(line for line in data.splitlines() if line.strip())


def batches(lines: list[bytes], size: int) -> list[list[bytes]]:
    """Batches of about `size` lines, cut only between subjects; all in one with blank nodes.

    A blank node means "this node" only within one request, so triples that share one must
    travel together.
    """
    if any(b"_:" in line for line in lines):
        return [lines]
    out: list[list[bytes]] = [[]]
    previous = None
    for line in lines:
        subject = line.split(b" ", 1)[0]
        if len(out[-1]) >= size and subject != previous:
            out.append([])
        out[-1].append(line)
        previous = subject
    return out
