"""Reasoning over data graphs: consistency with HermiT, shortcuts with HermiT and with owlrl."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from kg.errors import CheckFailed, InputError
from kg.reasoning import choose_engine, consistency, java_available, reason
from kg.reasoning.engines import HERMIT_MAX_TRIPLES
from kg.vocab import GKG, GKR

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "ontology"
needs_java = pytest.mark.skipif(not java_available(), reason="HermiT needs Java on PATH")
ENGINES = [pytest.param("hermit", marks=needs_java), "owlrl"]

XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
IRN, RUS, ISR = GKR["state/IRN"], GKR["state/RUS"], GKR["state/ISR"]
PUTIN = GKR["person/vladimir-putin"]


@pytest.fixture
def example() -> Graph:
    return Graph().parse(EXAMPLES / "example-data.ttl", format="turtle")


def small_graph() -> Graph:
    """One supply, one alliance, one position: the least data each shortcut needs."""
    g = Graph()
    g.add((IRN, RDF.type, GKG.State))
    g.add((RUS, RDF.type, GKG.State))
    g.add((PUTIN, RDF.type, GKG.Person))
    supply, alliance, position = GKR["supply/t1"], GKR["alliance/t1"], GKR["position/t1"]
    g.add((supply, RDF.type, GKG.Supply))
    g.add((supply, GKG.supplier, IRN))
    g.add((supply, GKG.recipient, RUS))
    g.add((supply, GKG.item, Literal("drones")))
    g.add((alliance, RDF.type, GKG.Alliance))
    g.add((alliance, GKG.allyA, IRN))
    g.add((alliance, GKG.allyB, RUS))
    g.add((position, RDF.type, GKG.HeadOfStatePosition))
    g.add((position, GKG.holder, PUTIN))
    g.add((position, GKG.ofState, RUS))
    return g


@needs_java
def test_example_graph_is_consistent(example):
    assert consistency(example) == []


@needs_java
def test_state_that_is_also_a_person_is_inconsistent(example):
    example.add((RUS, RDF.type, GKG.Person))
    problems = consistency(example)
    assert len(problems) == 1
    assert "Russia" in problems[0]
    assert "both a state" in problems[0] and "a person" in problems[0]


@needs_java
def test_inconsistency_through_a_range_names_the_triple(example):
    """A state as the holder of a position is a person by the range of holder: say so."""
    position = GKR["position/6eb0cd8c566a"]
    example.add((position, GKG.holder, IRN))
    problems = consistency(example)
    assert any("Iran" in p and "holder" in p for p in problems), problems


@needs_java
def test_a_fact_from_two_articles_is_consistent(example):
    """The same supply read in two articles carries two confidences: not a contradiction."""
    supply = GKR["supply/dd27ef058404"]
    example.add((supply, GKG.confidence, Literal("0.55", datatype=XSD_DECIMAL)))
    assert consistency(example) == []


@needs_java
def test_two_modalities_are_inconsistent(example):
    supply = GKR["supply/dd27ef058404"]
    example.add((supply, GKG.modality, GKG.Denied))
    problems = consistency(example)
    assert any("modality" in p and "only one" in p for p in problems), problems


@pytest.mark.parametrize("engine", ENGINES)
def test_supply_yields_supplies_and_supplied_by(engine):
    inferred, used = reason(small_graph(), engine)
    assert used == engine
    assert (IRN, GKG.supplies, RUS) in inferred
    assert (RUS, GKG.suppliedBy, IRN) in inferred
    assert (RUS, GKG.supplies, IRN) not in inferred


@pytest.mark.parametrize("engine", ENGINES)
def test_allied_with_is_symmetric(engine):
    inferred, _ = reason(small_graph(), engine)
    assert (IRN, GKG.alliedWith, RUS) in inferred
    assert (RUS, GKG.alliedWith, IRN) in inferred


@pytest.mark.parametrize("engine", ENGINES)
def test_leader_membership_follows_from_a_position(engine):
    inferred, _ = reason(small_graph(), engine)
    assert (PUTIN, RDF.type, GKG.Leader) in inferred
    assert (PUTIN, GKG.leads, RUS) in inferred
    assert (RUS, GKG.ledBy, PUTIN) in inferred
    assert (IRN, RDF.type, GKG.Leader) not in inferred


@pytest.mark.parametrize("engine", ENGINES)
def test_denied_and_planned_relations_yield_no_shortcuts(engine):
    graph = small_graph()
    denied = GKR["alliance/denied"]
    graph.add((ISR, RDF.type, GKG.State))
    graph.add((denied, RDF.type, GKG.Alliance))
    graph.add((denied, GKG.allyA, IRN))
    graph.add((denied, GKG.allyB, ISR))
    graph.add((denied, GKG.modality, GKG.Denied))
    graph.add((GKR["supply/t1"], GKG.modality, GKG.Planned))
    inferred, _ = reason(graph, engine)
    assert (IRN, GKG.alliedWith, ISR) not in inferred
    assert (IRN, GKG.supplies, RUS) not in inferred
    assert (IRN, GKG.alliedWith, RUS) in inferred  # the alliance without a modality stays
    everything, _ = reason(graph, engine, factual_only=False)
    assert (ISR, GKG.alliedWith, IRN) in everything
    assert (IRN, GKG.supplies, RUS) in everything


@pytest.mark.parametrize("engine", ENGINES)
def test_output_is_about_the_data_only(engine, example):
    inferred, _ = reason(example, engine)
    subjects = {s for s in inferred.subjects()}
    assert all(isinstance(s, URIRef) and s.startswith(str(GKR)) for s in subjects)
    assert not any(triple in example for triple in inferred)
    # the example's facts all surface as shortcuts
    assert (GKR["person/mazoud-pezeshkian"], GKG.metWith, PUTIN) in inferred
    assert (ISR, GKG.inConflictWith, GKR["state/IRN"]) in inferred
    assert (GKR["state/IRN"], GKG.inConflictWith, ISR) in inferred
    assert (GKR["place/ashgabat"], GKG.locatedIn, GKR["place/central-asia"]) in inferred
    assert (
        GKR["person/kirill-semenov"],
        GKG.affiliatedWith,
        GKR["org/russian-international-affairs-council"],
    ) in inferred


@needs_java
def test_engines_agree_on_the_example(example):
    """Where both apply, HermiT's output (completed with RDFS) and the OWL 2 RL closure agree."""
    hermit, _ = reason(example, "hermit")
    owlrl, _ = reason(example, "owlrl")
    assert set(hermit) == set(owlrl)
    shortcuts = {GKG.leads, GKG.ledBy, GKG.alliedWith, GKG.inConflictWith, GKG.supplies,
                 GKG.suppliedBy, GKG.metWith, GKG.affiliatedWith}  # fmt: skip
    assert len({t for t in hermit if t[1] in shortcuts}) >= 16


@pytest.mark.parametrize("engine", ENGINES)
def test_reasoning_an_inconsistent_graph_fails_with_the_reason(engine, example):
    example.add((RUS, RDF.type, GKG.Person))
    with pytest.raises(CheckFailed, match="Russia"):
        reason(example, engine)


def test_engine_choice():
    assert choose_engine("owlrl") == "owlrl"
    assert choose_engine("auto") == ("hermit" if java_available() else "owlrl")
    assert choose_engine("auto", HERMIT_MAX_TRIPLES + 1) == "owlrl"  # large graphs: the faster
    assert choose_engine("hermit", HERMIT_MAX_TRIPLES + 1) == "hermit"
    with pytest.raises(InputError, match="unknown reasoning engine"):
        choose_engine("pellet")
