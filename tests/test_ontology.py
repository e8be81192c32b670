"""The ontology file: parses, loads in owlready2, is OWL 2 DL for HermiT, matches kg/vocab.py."""

from __future__ import annotations

import io

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.reasoning import java_available
from kg.reasoning.hermit import hermit_closure
from kg.resources import ontology_path
from kg.vocab import GKG, ONTOLOGY_IRI

SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
needs_java = pytest.mark.skipif(not java_available(), reason="HermiT needs Java on PATH")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def vocab_terms() -> set[URIRef]:
    return {URIRef(str(GKG) + name) for name in GKG.__annotations__}


def test_ontology_header(onto):
    ontology = URIRef(ONTOLOGY_IRI)
    assert (ontology, RDF.type, OWL.Ontology) in onto
    version_iri = onto.value(ontology, OWL.versionIRI)
    version = onto.value(ontology, OWL.versionInfo)
    assert version is not None
    assert str(version_iri) == f"{ONTOLOGY_IRI}/{version}"


def test_every_vocab_term_is_declared_with_label_and_definition(onto):
    for term in vocab_terms():
        kinds = set(onto.objects(term, RDF.type))
        assert kinds, f"{term} is not declared in the ontology"
        assert onto.value(term, RDFS.label), f"{term} has no rdfs:label"
        assert onto.value(term, SKOS.definition), f"{term} has no skos:definition"


def test_every_ontology_term_is_in_vocab(onto):
    namespace = str(GKG)
    declared = {s for s in onto.subjects() if isinstance(s, URIRef) and s.startswith(namespace)}
    assert declared - vocab_terms() == set()


def test_shortcut_chains(onto):
    """Each shortcut is inverse(roleA) o roleB, as docs/data-model.md says."""
    expected = {
        GKG.leads: (GKG.holder, GKG.ofState),
        GKG.alliedWith: (GKG.allyA, GKG.allyB),
        GKG.inConflictWith: (GKG.sideA, GKG.sideB),
        GKG.supplies: (GKG.supplier, GKG.recipient),
        GKG.metWith: (GKG.participantA, GKG.participantB),
        GKG.affiliatedWith: (GKG.affiliate, GKG.principal),
    }
    for shortcut, (first, second) in expected.items():
        chain = list(Collection(onto, onto.value(shortcut, OWL.propertyChainAxiom)))
        assert onto.value(chain[0], OWL.inverseOf) == first, shortcut
        assert chain[1] == second, shortcut
    for symmetric in (GKG.alliedWith, GKG.inConflictWith, GKG.metWith):
        assert (symmetric, RDF.type, OWL.SymmetricProperty) in onto
    assert (GKG.ledBy, OWL.inverseOf, GKG.leads) in onto
    assert (GKG.suppliedBy, OWL.inverseOf, GKG.supplies) in onto


def test_roles_are_subproperties_of_involves(onto):
    roles = [
        GKG.holder, GKG.ofState, GKG.allyA, GKG.allyB, GKG.sideA, GKG.sideB, GKG.supplier,
        GKG.recipient, GKG.participantA, GKG.participantB, GKG.place, GKG.speaker,
        GKG.affiliate, GKG.principal,
    ]  # fmt: skip
    for role in roles:
        assert (role, RDFS.subPropertyOf, GKG.involves) in onto, role


def test_alignments(onto):
    assert (GKG.Actor, RDFS.subClassOf, PROV.Agent) in onto
    assert (GKG.Relation, RDFS.subClassOf, PROV.Entity) in onto
    assert (GKG.Extraction, RDFS.subClassOf, PROV.Activity) in onto
    assert (GKG.Meeting, RDFS.subClassOf, SCHEMA.Event) in onto
    assert (GKG.State, SKOS.closeMatch, SCHEMA.Country) in onto
    plover = {
        str(onto.value(c, SKOS.notation))
        for c in onto.objects(GKG.PloverEventTypes, SKOS.hasTopConcept)
    }
    assert {"AID", "CONSULT", "ASSAULT", "THREATEN", "COOPERATE", "SUPPORT"} <= plover
    assert (GKG.Supply, SKOS.closeMatch, GKG.ploverAid) in onto
    assert (GKG.ledBy, SKOS.narrowMatch, URIRef("http://www.wikidata.org/prop/direct/P35")) in onto


def test_definitions_are_english_sentences(onto):
    for term in vocab_terms():
        definition = onto.value(term, SKOS.definition)
        assert isinstance(definition, Literal) and definition.language == "en", term
        assert len(str(definition).split()) >= 3, term


def test_loads_in_owlready2(onto):
    import owlready2

    world = owlready2.World()
    data = onto.serialize(format="nt", encoding="utf-8")
    loaded = world.get_ontology(ONTOLOGY_IRI).load(fileobj=io.BytesIO(data), format="ntriples")
    classes = {c.iri for c in loaded.classes()}
    assert str(GKG.Leader) in classes and str(GKG.Supply) in classes
    assert world[str(GKG.alliedWith)] is not None
    world.close()


@needs_java
def test_hermit_accepts_the_ontology_alone(onto):
    """HermiT rejects non-regular chains and non-simple properties in cardinality axioms."""
    before, after = hermit_closure(onto)
    assert len(after) >= len(before)


@needs_java
def test_hermit_would_reject_a_non_simple_shortcut_in_a_cardinality_axiom(onto):
    """The check above is live: HermiT refuses what would break OWL 2 DL."""
    from kg.errors import KgError

    broken = onto + Graph()
    broken.add((GKG.alliedWith, RDF.type, OWL.FunctionalProperty))
    with pytest.raises(KgError, match="Non-simple property"):
        hermit_closure(broken)
