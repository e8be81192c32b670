"""Opening what a query runs against: a graph file parsed into memory, or a store folder.

Graph files go straight into pyoxigraph (no rdflib on this path), so `kg query` starts fast.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, KgError
from kg.formats import graph_format

if TYPE_CHECKING:
    import pyoxigraph

_SPAN = re.compile(
    r"^Parser error (?:at|between) line \d+ column \d+(?: and line \d+ column \d+)?: "
)


def open_source(path: str | Path) -> pyoxigraph.Store:
    """A store to query: a graph file loaded into memory, or a store folder opened read-only.

    >>> store = open_source("tests/data/query-sample.ttl")
    >>> len(store) > 0
    True
    """
    path = Path(path)
    if path.is_dir():
        return _open_store_folder(path)
    if not path.exists():
        raise InputError(f"{path}: no such graph file or store folder")
    return load_file(path)


def rdf_format(path: Path) -> pyoxigraph.RdfFormat:
    import pyoxigraph

    return getattr(pyoxigraph.RdfFormat, graph_format(path).oxigraph)


def load_file(path: Path) -> pyoxigraph.Store:
    """Parse a graph file into a new in-memory store; a syntax error names FILE:LINE:COL."""
    import pyoxigraph

    fmt = rdf_format(path)
    store = pyoxigraph.Store()
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as err:
        raise InputError(_syntax_message(path, err)) from None
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read: {' '.join(str(err).split())}") from None
    return store


def read_quads(path: Path) -> list[pyoxigraph.Quad]:
    """The quads of a graph file, as written: unlike a Store, parsing keeps every literal's
    datatype (a Store keeps xsd:nonNegativeInteger values as xsd:integer)."""
    import pyoxigraph

    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    fmt = rdf_format(path)
    try:
        return list(pyoxigraph.parse(path=str(path), format=fmt))
    except SyntaxError as err:
        raise InputError(_syntax_message(path, err)) from None
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read: {' '.join(str(err).split())}") from None


def _syntax_message(path: Path, err: SyntaxError) -> str:
    """pyoxigraph puts (file, line, column) in err.args[1]; the text repeats them in words."""
    message = str(err.args[0]) if err.args else str(err)
    line = column = None
    if len(err.args) > 1 and isinstance(err.args[1], tuple) and len(err.args[1]) >= 3:
        line, column = err.args[1][1], err.args[1][2]
    message = _SPAN.sub("", " ".join(message.split()))
    if line is None:
        return f"{path}: not valid {path.suffix.lstrip('.')}: {message}"
    return f"{path}:{line}:{column}: {message}"


def _open_store_folder(path: Path) -> pyoxigraph.Store:
    try:
        from kg.store import open_store
    except ImportError as err:
        raise KgError(f"{path}: is a folder, but store support is not available ({err})") from None
    return open_store(path, read_only=True)
