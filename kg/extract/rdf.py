"""The RDF graph of one article, exactly as docs/data-model.md describes it.

Facts become n-ary relation individuals whose IRI is a hash of kind, role fillers and modality,
so the same fact stated twice is one individual with two evidence sentences.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg import __version__
from kg.extract.article import Article
from kg.extract.entities import Entity
from kg.extract.facts import SYMMETRIC, Fact
from kg.graphio import bind_prefixes
from kg.vocab import GKG, GKR, NIF, SCHEMA

_PATHS = {
    "State": "state",
    "Person": "person",
    "Organization": "org",
    "Group": "group",
    "Place": "place",
}
_CLASSES = {
    "position": GKG.LeadershipPosition,
    "alliance": GKG.Alliance,
    "conflict": GKG.Conflict,
    "supply": GKG.Supply,
    "meeting": GKG.Meeting,
    "statement": GKG.Statement,
    "affiliation": GKG.Affiliation,
}
_SYMMETRIC_ROLES = {
    "alliance": ("allyA", "allyB"),
    "conflict": ("sideA", "sideB"),
    "meeting": ("participantA", "participantB"),
}
Triple = tuple[Node, Node, Node]

#: literals that identify a fact, not just describe it
_IDENTIFYING = {"statement": "quote"}


def entity_iri(entity: Entity) -> URIRef:
    return GKR[f"{_PATHS[entity.kind]}/{entity.key}"]


def software_iri() -> URIRef:
    return GKR[f"software/kg-{__version__}"]


def _normalise_roles(fact: Fact) -> dict[str, URIRef]:
    roles = {name: entity_iri(e) for name, e in fact.roles.items()}
    if fact.kind in SYMMETRIC:
        a, b = _SYMMETRIC_ROLES[fact.kind]
        first, second = sorted([roles[a], roles[b]])
        roles[a], roles[b] = first, second
    return roles


def fact_iri(fact: Fact, roles: dict[str, URIRef]) -> URIRef:
    core = {k: v for k, v in roles.items() if k != "place"}
    parts = [fact.kind, *(f"{k}={v}" for k, v in sorted(core.items())), fact.modality]
    key = _IDENTIFYING.get(fact.kind)
    if key:
        parts.extend(fact.literals.get(key, []))
    digest = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]
    path = "position" if fact.kind == "position" else fact.kind
    return GKR[f"{path}/{digest}"]


def sentence_iri(article: Article, begin: int, end: int) -> URIRef:
    return URIRef(f"{article.doc_iri}#char={begin},{end}")


def build_graph(
    article: Article,
    entities: list[Entity],
    facts: list[Fact],
    model_label: str,
    capitals: dict[int, Entity] | None = None,
) -> Graph:
    graph = bind_prefixes(Graph())
    for triple in article_triples(article, entities, facts, model_label, capitals):
        graph.add(triple)
    return graph


def article_triples(
    article: Article,
    entities: list[Entity],
    facts: list[Fact],
    model_label: str,
    capitals: dict[int, Entity] | None = None,
) -> list[Triple]:
    """The triples of `build_graph`, without the graph: adding to an rdflib graph (three
    indexes, a namespace manager) cost more than everything else after spaCy, and extraction
    processes only write the triples out as N-Triples."""
    triples: dict[Triple, None] = {}  # a set that keeps the order triples were made in
    add = triples.setdefault
    doc = article.doc_iri
    add((doc, RDF.type, GKG.Document))
    add((doc, RDF.type, NIF.Context))
    add((doc, RDFS.label, Literal(article.headline)))
    add((doc, GKG.contentHash, Literal(article.sha256)))
    add((doc, SCHEMA.name, Literal(article.name)))
    if article.date is not None:
        add(
            (
                doc,
                SCHEMA.datePublished,
                Literal(article.date.isoformat(), datatype=XSD.date),
            )
        )
    run = GKR[f"extraction/{article.sha256[:12]}"]
    software = software_iri()
    add((run, RDF.type, GKG.Extraction))
    add((run, PROV.used, doc))
    add((run, PROV.wasAssociatedWith, software))
    add((software, RDF.type, PROV.SoftwareAgent))
    add((software, RDFS.label, Literal(f"kg extractor {__version__} ({model_label})")))
    add((software, SCHEMA.softwareVersion, Literal(__version__)))

    used = {id(e) for f in facts for e in f.roles.values()}
    used |= {id(f.reported_by) for f in facts if f.reported_by is not None}
    _add_entities(add, [e for e in entities if id(e) in used or e.kind == "State"], capitals or {})

    confidence: dict[URIRef, Decimal] = {}  # a fact stated twice keeps its highest confidence
    for fact in facts:
        roles = _normalise_roles(fact)
        node = fact_iri(fact, roles)
        cls = GKG[fact.subclass] if fact.subclass else _CLASSES[fact.kind]
        add((node, RDF.type, cls))
        for role, iri in roles.items():
            add((node, GKG[role], iri))
        for name, values in fact.literals.items():
            for value in values:
                add((node, GKG[name], Literal(value)))
        add((node, GKG.modality, GKG[fact.modality]))
        value = Decimal(str(round(fact.confidence, 2)))
        if node not in confidence or confidence[node] < value:
            confidence[node] = value
        if fact.reported_by is not None:
            add((node, GKG.reportedBy, entity_iri(fact.reported_by)))
        if fact.date:
            add((node, GKG.date, _date_literal(fact.date)))
        if fact.start_date:
            add((node, GKG.startDate, _date_literal(fact.start_date)))
        begin, end = fact.evidence
        sentence = sentence_iri(article, begin, end)
        add((sentence, RDF.type, NIF.Sentence))
        add((sentence, NIF.referenceContext, doc))
        add((sentence, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
        add((sentence, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        add((sentence, NIF.anchorOf, Literal(article.text[begin:end])))
        add((node, PROV.wasDerivedFrom, doc))
        add((node, PROV.wasDerivedFrom, sentence))
        add((node, PROV.wasGeneratedBy, run))
    for node, value in confidence.items():
        add((node, GKG.confidence, Literal(value, datatype=XSD.decimal)))
    return list(triples)


def _date_literal(value: str) -> Literal:
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def _add_entities(
    add: Callable[[Triple], object], entities: list[Entity], capitals: dict[int, Entity]
) -> None:
    by_iri: dict[URIRef, list[Entity]] = {}
    for entity in entities:
        by_iri.setdefault(entity_iri(entity), []).append(entity)
    for iri, group in by_iri.items():
        label = max((e.label for e in group), key=lambda s: (len(s.split()), len(s)))
        kind = group[0].kind
        add((iri, RDF.type, GKG[kind]))
        add((iri, RDFS.label, Literal(label)))
        names = {n for e in group for n in (e.label, *e.aliases)} - {label}
        for name in names:
            add((iri, SKOS.altLabel, Literal(name)))
        if kind == "State" and group[0].iso3:
            add((iri, GKG.isoCode, Literal(group[0].iso3)))
        state = next((capitals[id(e)] for e in group if id(e) in capitals), None)
        if state is not None:
            add((iri, RDF.type, GKG.City))
            add((iri, GKG.locatedIn, entity_iri(state)))
            add((entity_iri(state), GKG.capital, iri))
