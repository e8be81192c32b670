"""Which source document each triple belongs to, for exports with one named graph per article.

A fact belongs to the documents it was derived from (prov:wasDerivedFrom a document, or a
sentence whose nif:referenceContext is one); its prov:wasDerivedFrom links go to the document
they point at. Sentences, documents and extraction runs belong to their document. Entities,
software agents and ontology axioms are shared by all articles: they stay in the default graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph


def split_by_document(triples: Iterable[pyoxigraph.Triple]) -> list[pyoxigraph.Quad]:
    """The triples as quads: in their document's graph, or in the default graph."""
    import pyoxigraph
    from rdflib.namespace import PROV, RDF

    from kg.vocab import GKG, NIF

    triples = list(triples)
    derived_from = pyoxigraph.NamedNode(str(PROV.wasDerivedFrom))
    used = pyoxigraph.NamedNode(str(PROV.used))
    context = pyoxigraph.NamedNode(str(NIF.referenceContext))
    rdf_type = pyoxigraph.NamedNode(str(RDF.type))
    document_class = pyoxigraph.NamedNode(str(GKG.Document))

    documents = {
        t.subject for t in triples if t.predicate == rdf_type and t.object == document_class
    }
    document_of = {d: d for d in documents}  # a node -> the document it belongs to
    for t in triples:
        if t.predicate == context and t.object in documents:
            document_of[t.subject] = t.object
    homes: dict[object, set] = defaultdict(set)  # subject -> documents
    for t in triples:
        if t.predicate == derived_from and t.object in document_of:
            homes[t.subject].add(document_of[t.object])
        elif t.predicate == used and t.object in documents:
            homes[t.subject].add(t.object)
    for node, document in document_of.items():
        homes[node].add(document)

    quads = []
    for t in triples:
        if t.predicate == derived_from and t.object in document_of:
            targets = {document_of[t.object]}
        else:
            targets = homes.get(t.subject, set())
        if not targets:
            quads.append(pyoxigraph.Quad(t.subject, t.predicate, t.object))
        for graph in targets:
            quads.append(pyoxigraph.Quad(t.subject, t.predicate, t.object, graph))
    return quads
