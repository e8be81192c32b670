"""Graph file formats by suffix: one table for rdflib's names and pyoxigraph's.

rdflib reads and writes graphs for checks, reasoning and extraction output; pyoxigraph parses
files for queries and writes exports. Both look a suffix up here, so they agree on what
`.owl` or `.jsonld` means and give the same error for a suffix neither knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError


@dataclass(frozen=True)
class GraphFormat:
    rdflib: str  # rdflib's parser and serializer name
    oxigraph: str  # the pyoxigraph.RdfFormat attribute
    quads: bool  # carries named graphs


TURTLE = GraphFormat("turtle", "TURTLE", False)
N_TRIPLES = GraphFormat("nt", "N_TRIPLES", False)
N_QUADS = GraphFormat("nquads", "N_QUADS", True)
TRIG = GraphFormat("trig", "TRIG", True)
JSON_LD = GraphFormat("json-ld", "JSON_LD", False)
RDF_XML = GraphFormat("xml", "RDF_XML", False)
N3 = GraphFormat("n3", "N3", False)

BY_SUFFIX: dict[str, GraphFormat] = {
    ".ttl": TURTLE,
    ".turtle": TURTLE,
    ".nt": N_TRIPLES,
    ".nq": N_QUADS,
    ".trig": TRIG,
    ".jsonld": JSON_LD,
    ".json": JSON_LD,
    ".owl": RDF_XML,
    ".rdf": RDF_XML,
    ".xml": RDF_XML,
    ".n3": N3,
}


def graph_format(path: str | Path, what: str = "graph") -> GraphFormat:
    """The format of a graph file by its suffix, or an InputError naming the suffixes known."""
    suffix = Path(path).suffix.lower()
    try:
        return BY_SUFFIX[suffix]
    except KeyError:
        known = ", ".join(sorted(BY_SUFFIX))
        raise InputError(
            f"{path}: unknown {what} format {suffix or '(no suffix)'!r}; use one of {known}"
        ) from None
