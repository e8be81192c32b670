"""The SHACL shapes: the example graph conforms, broken graphs are rejected in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from kg.validation import validate
from kg.vocab import GKG, GKR, NIF

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "ontology"
XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")

SUPPLY = GKR["supply/dd27ef058404"]
SENTENCE = URIRef("https://w3id.org/geokg/id/doc/2908c60f8e7f#char=1042,1177")


@pytest.fixture
def example() -> Graph:
    return Graph().parse(EXAMPLES / "example-data.ttl", format="turtle")


def test_example_graph_conforms(example):
    assert validate(example) == []


def test_broken_graph_is_rejected_with_readable_messages():
    messages = validate(Graph().parse(EXAMPLES / "broken-data.ttl", format="turtle"))
    text = "\n".join(messages)
    expected = [
        "A supply needs exactly one supplier",
        "A supply needs at least one item",
        "A relation needs evidence: prov:wasDerivedFrom at least one nif:Sentence",
        "a decimal between 0 and 1 (found '1.5')",
        "the holder must be a person (found Russia)",
        "A relation needs exactly one modality",
        "An alliance needs exactly one allyA and one allyB",
        "without quotation marks",
        "three capital letters, like RUS) (found 'Iran')",
        "smaller than its endIndex",
        "SHA-256",
    ]
    for phrase in expected:
        assert phrase in text, phrase
    assert "Putin (gkr:person/vladimir-putin): An entity needs exactly one rdfs:label" in text
    assert "gkr:state/BLR: An entity needs exactly one rdfs:label" in text
    for message in messages:
        assert "\n" not in message and message.endswith(".")


def test_a_supply_without_a_sentence_is_rejected(example):
    example.remove((SUPPLY, PROV_DERIVED, SENTENCE))
    messages = validate(example)
    assert messages == [
        "gkr:supply/dd27ef058404: A relation needs evidence: prov:wasDerivedFrom at least one "
        "nif:Sentence of the article."
    ]


def test_a_supply_with_two_recipients_is_rejected(example):
    example.add((SUPPLY, GKG.recipient, GKR["state/TKM"]))
    assert any("exactly one recipient" in m for m in validate(example))


def test_offsets_must_be_ordered_and_non_negative(example):
    from rdflib import XSD

    example.set((SENTENCE, NIF.beginIndex, Literal(1200, datatype=XSD.nonNegativeInteger)))
    messages = validate(example)
    assert any("smaller than its endIndex" in m for m in messages), messages
    example.set((SENTENCE, NIF.beginIndex, Literal(-5)))
    messages = validate(example)
    assert any("beginIndex, a non-negative integer" in m and "-5" in m for m in messages)


def test_meeting_place_must_be_a_place_not_a_state(example):
    meeting = GKR["meeting/abea91eac343"]
    example.set((meeting, GKG.place, GKR["state/TKM"]))
    assert any("must be a Place" in m and "(found Turkmenistan)" in m for m in validate(example))


def test_a_city_counts_as_a_place(example):
    """sh:class sees the ontology's hierarchy: Ashgabat is a gkg:City, so a gkg:Place."""
    assert not any("Ashgabat" in m for m in validate(example))


def test_a_fact_from_two_articles_conforms(example):
    """Merged graphs hold one relation with a confidence (and title) per article: allowed."""
    position = GKR["position/6eb0cd8c566a"]
    example.add((SUPPLY, GKG.confidence, Literal("0.55", datatype=XSD_DECIMAL)))
    example.add((position, GKG.title, Literal("Russian President")))
    assert validate(example) == []


def test_a_relation_with_two_modalities_is_rejected(example):
    example.add((SUPPLY, GKG.modality, GKG.Reported))
    assert any("exactly one modality" in m for m in validate(example))


def test_sentence_iri_must_match_its_offsets(example):
    from rdflib import XSD

    example.set((SENTENCE, NIF.beginIndex, Literal(1043, datatype=XSD.nonNegativeInteger)))
    messages = validate(example)
    assert messages == [
        "gkr:doc/2908c60f8e7f#char=1042,1177: A sentence's IRI must end in #char=BEGIN,END "
        "with its own beginIndex and endIndex."
    ]


def test_quote_must_appear_in_its_evidence(example):
    statement = GKR["statement/8180fda27784"]
    example.set((statement, GKG.quote, Literal("Relations with Iran are our only priority")))
    messages = validate(example)
    assert messages == [
        "gkr:statement/8180fda27784: A statement's quote must appear in one of the sentences "
        "it was derived from."
    ]


def test_sparql_constraints_run_once_find_what_pyshacl_finds(example):
    """The SPARQL constraints run once over the graph, not per focus node: same sentences as
    pySHACL running them itself, with both broken and with neither."""
    from rdflib import XSD

    assert validate(example, whole_graph_sparql=False) == validate(example) == []
    example.set((SENTENCE, NIF.beginIndex, Literal(1043, datatype=XSD.nonNegativeInteger)))
    for statement in list(example.subjects(RDF.type, GKG.Statement)):
        example.set((statement, GKG.quote, Literal("Words nobody said in that article")))
    fast = validate(example)
    assert any("IRI must end in #char" in m for m in fast)
    assert sum("quote must appear" in m for m in fast) == len(
        set(example.subjects(RDF.type, GKG.Statement))
    )
    assert fast == validate(example, whole_graph_sparql=False)
