"""The project's RDF vocabulary as rdflib namespace objects.

One term per concept, checked: `GKG.Suply` raises instead of minting a typo IRI. The ontology
(`ontology/geopolitics.ttl`) defines every term listed here; a test keeps the two in step.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/geokg/ontology"
INSTANCE_BASE = "https://w3id.org/geokg/id/"

GKR = Namespace(INSTANCE_BASE)
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")


class GKG(DefinedNamespace):
    """Terms of the geopolitics ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # agents and places
    Actor: URIRef
    State: URIRef
    Person: URIRef
    Organization: URIRef
    Group: URIRef
    Place: URIRef
    City: URIRef
    Leader: URIRef
    locatedIn: URIRef
    capital: URIRef
    capitalOf: URIRef
    isoCode: URIRef

    # n-ary relations
    Relation: URIRef
    LeadershipPosition: URIRef
    HeadOfStatePosition: URIRef
    HeadOfGovernmentPosition: URIRef
    Alliance: URIRef
    Conflict: URIRef
    Supply: URIRef
    Meeting: URIRef
    Statement: URIRef
    Affiliation: URIRef

    # roles of the n-ary relations
    involves: URIRef
    holder: URIRef
    holds: URIRef
    ofState: URIRef
    allyA: URIRef
    allyB: URIRef
    sideA: URIRef
    sideB: URIRef
    supplier: URIRef
    recipient: URIRef
    participantA: URIRef
    participantB: URIRef
    place: URIRef
    speaker: URIRef
    affiliate: URIRef
    principal: URIRef
    reportedBy: URIRef

    # literals on relations
    title: URIRef
    startDate: URIRef
    endDate: URIRef
    date: URIRef
    item: URIRef
    quote: URIRef
    role: URIRef
    conflictName: URIRef
    confidence: URIRef

    # modality
    modality: URIRef
    Modality: URIRef
    Asserted: URIRef
    Reported: URIRef
    Planned: URIRef
    Hypothetical: URIRef
    Denied: URIRef

    # shortcuts derived by the ontology
    leads: URIRef
    ledBy: URIRef
    alliedWith: URIRef
    inConflictWith: URIRef
    supplies: URIRef
    suppliedBy: URIRef
    metWith: URIRef
    affiliatedWith: URIRef

    # provenance
    Document: URIRef
    Extraction: URIRef
    contentHash: URIRef

    # PLOVER event types: a SKOS scheme the relation classes are mapped to
    PloverEventTypes: URIRef
    ploverAid: URIRef
    ploverConsult: URIRef
    ploverAssault: URIRef
    ploverThreaten: URIRef
    ploverCooperate: URIRef
    ploverSupport: URIRef


PREFIXES: dict[str, str] = {
    "gkg": str(GKG),
    "gkr": INSTANCE_BASE,
    "prov": "http://www.w3.org/ns/prov#",
    "nif": str(NIF),
    "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": str(WD),
    "wdt": str(WDT),
}
"""Prefixes bound in every graph the project writes and declared in every named query."""

#: Modalities the named queries return: what the article asserts or reports, not plans or denials.
FACTUAL_MODALITIES = ("Asserted", "Reported")
