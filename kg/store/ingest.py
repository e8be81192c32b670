"""Adding one article's graph to the store as its own named graph, in one transaction.

The replacement (drop the old graph, insert the new one) is a single SPARQL update, and Oxigraph
applies an update atomically: a crash or Ctrl-C leaves either the old article or the new one,
never a mixture, and every article ingested before stays.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from rdflib import RDF, Graph, URIRef

from kg.errors import InputError
from kg.store.terms import to_ox_triples
from kg.vocab import GKG, GKR

if TYPE_CHECKING:
    import pyoxigraph


def graph_name_for(graph: Graph) -> URIRef:
    """The named graph for a graph file: its document's IRI, else a hash of its content.

    Extraction names a graph after its document (`Article.doc_iri`); a graph file with no
    document, or several, gets `gkr:graph/{hash}` so that loading it twice still replaces it.
    """
    documents = set(graph.subjects(RDF.type, GKG.Document))
    if len(documents) == 1:
        (document,) = documents
        if isinstance(document, URIRef):
            return document
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph.triples((None, None, None)))
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return GKR["graph/" + digest[:12]]


def replacement_update(graph: Graph, graph_name: URIRef) -> str:
    """The SPARQL update that makes `graph_name` hold exactly `graph`'s triples."""
    import pyoxigraph

    try:
        name = pyoxigraph.NamedNode(str(graph_name))
        body = pyoxigraph.serialize(
            to_ox_triples(graph.triples((None, None, None))), format=pyoxigraph.RdfFormat.N_TRIPLES
        )
    except ValueError as err:
        raise InputError(f"{graph_name}: the graph cannot be stored: {err}") from None
    return _replacement(body or b"", name)


def _replacement(ntriples: bytes, name: pyoxigraph.NamedNode) -> str:
    text = ntriples.decode("utf-8")
    return f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{text}}} }}"


def ingest_graph(store: pyoxigraph.Store, graph: Graph, graph_name: URIRef) -> int:
    """Replace the named graph `graph_name` with `graph` in one transaction; returns its size."""
    store.update(replacement_update(graph, graph_name))
    return len(graph)


def ingest_ntriples(store: pyoxigraph.Store, ntriples: bytes, graph_name: URIRef) -> None:
    """`ingest_graph` for a graph already written as N-Triples by pyoxigraph (an extraction
    process's result): one transaction, with no rdflib graph built in between.

    A new article is loaded as N-Triples (`Store.load`, itself one transaction) rather than as
    a SPARQL update, which spends its time parsing the update: a quarter less time per article.
    """
    import pyoxigraph

    name = pyoxigraph.NamedNode(str(graph_name))
    if store.contains_named_graph(name):
        store.update(_replacement(ntriples, name))
    else:
        store.load(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=name)
