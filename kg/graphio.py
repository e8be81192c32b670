"""Reading and writing graph files, with the format taken from the file's suffix.

Every command that reads or writes a graph file goes through here, so that a garbled file gives
the same one-line error everywhere and no command ever leaves a half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import InputError
from kg.formats import BY_SUFFIX, graph_format
from kg.vocab import INSTANCE_BASE, PREFIXES

#: rdflib format names by file suffix.
FORMATS: dict[str, str] = {suffix: fmt.rdflib for suffix, fmt in BY_SUFFIX.items()}

#: rdflib formats that carry named graphs.
QUAD_FORMATS = {fmt.rdflib for fmt in BY_SUFFIX.values() if fmt.quads}


def format_for(path: str | Path) -> str:
    """The rdflib format for a path, or an InputError naming the suffixes we know."""
    return graph_format(path).rdflib


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def load_graph(path: str | Path, fmt: str | None = None) -> Dataset:
    """Parse a graph file into a Dataset whose default graph is the union of its named graphs."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    fmt = fmt or format_for(path)
    dataset = bind_prefixes(Dataset(default_union=True))
    try:
        dataset.parse(path, format=fmt)
    except Exception as err:  # rdflib's parsers raise many types; all mean "garbled file"
        message = " ".join(str(err).split()) or type(err).__name__
        raise InputError(f"{path}: not valid {fmt}: {message}") from None
    return dataset


#: rdflib formats written by pyoxigraph, sorted: fast on large graphs (rdflib's Turtle writer
#: slows down more than linearly), and the same graph always gives the same bytes.
_SORTED_WRITERS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG"}


def serialize(graph: Graph, fmt: str) -> bytes:
    """The graph as bytes in an rdflib format, with the project's prefixes."""
    bind_prefixes(graph)
    if fmt in QUAD_FORMATS and not isinstance(graph, Dataset):
        dataset = bind_prefixes(Dataset())
        for triple in graph:
            dataset.add(triple)
        graph = dataset
    if fmt in _SORTED_WRITERS:
        return _sorted_bytes(graph, _SORTED_WRITERS[fmt])
    if fmt == "json-ld":
        context = {p: ns for p, ns in PREFIXES.items()}
        return graph.serialize(format=fmt, context=context, auto_compact=True, encoding="utf-8")
    return graph.serialize(format=fmt, encoding="utf-8")


def _sorted_bytes(graph: Graph, writer: str) -> bytes:
    """rdflib's line formats (fast to write) read into pyoxigraph, sorted, and written there."""
    import pyoxigraph

    quads = isinstance(graph, Dataset)
    lines = graph.serialize(format="nquads" if quads else "nt", encoding="utf-8")
    syntax = pyoxigraph.RdfFormat.N_QUADS if quads else pyoxigraph.RdfFormat.N_TRIPLES
    parsed = pyoxigraph.parse(lines, syntax)
    if quads:
        items = sorted(set(parsed), key=lambda q: (str(q.graph_name), *_terms(q.triple)))
    else:
        items = sorted({q.triple for q in parsed}, key=_terms)
    return oxigraph_bytes(items, writer)


def _terms(triple) -> tuple[str, str, str]:
    return (str(triple.subject), str(triple.predicate), str(triple.object))


def oxigraph_bytes(items: list, writer: str) -> bytes:
    """pyoxigraph's writer (a RdfFormat name), with a sorted prefix header of our own (its own
    order is not fixed) and instance IRIs relative to @base in Turtle and TriG."""
    import pyoxigraph

    fmt = getattr(pyoxigraph.RdfFormat, writer)
    if fmt in (pyoxigraph.RdfFormat.N_TRIPLES, pyoxigraph.RdfFormat.N_QUADS):
        return pyoxigraph.serialize(items, format=fmt) or b""
    if fmt == pyoxigraph.RdfFormat.RDF_XML:
        return pyoxigraph.serialize(items, format=fmt, prefixes=PREFIXES) or b""
    prefixes = {p: ns for p, ns in PREFIXES.items() if ns != INSTANCE_BASE}
    body = pyoxigraph.serialize(items, format=fmt, prefixes=prefixes, base_iri=INSTANCE_BASE)
    lines = (body or b"").decode("utf-8").splitlines()
    body_lines = [line for line in lines if not line.startswith(("@prefix ", "@base "))]
    header = [f"@base <{INSTANCE_BASE}> ."]
    header += [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    return ("\n".join([*header, "", *body_lines]) + "\n").encode("utf-8")


@contextmanager
def atomic_output(path: str | Path, mode: str = "wb") -> Iterator:
    """A file handle whose content replaces `path` only when the block finishes without error."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: the folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give the mode a plain open() would
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_graph(graph: Graph, path: str | Path, fmt: str | None = None) -> None:
    """Serialise to `path` (format from its suffix) by writing beside it, then renaming."""
    data = serialize(graph, fmt or format_for(path))
    with atomic_output(path) as handle:
        handle.write(data)
