"""Reasoning over data graphs: consistency with HermiT, shortcuts with HermiT and with owlrl."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.errors import CheckFailed, InputError
from kg.reasoning import choose_engine, consistency, java_available, reason
from kg.reasoning.engines import (
    HERMIT_MAX_TRIPLES,
    _by_skeleton,
    _data_triples,
    consistent_by_skeleton,
)
from kg.reasoning.ontology import ontology_graph, triples_of
from kg.reasoning.skeleton import Schema, reduce
from kg.vocab import GKG, GKR, NIF

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "ontology"
DEV_DIR = ROOT.parent / "shared" / "eval" / "dev"
needs_java = pytest.mark.skipif(not java_available(), reason="HermiT needs Java on PATH")
ENGINES = [pytest.param("hermit", marks=needs_java), "owlrl"]

XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
XSD_NON_NEGATIVE = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")
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


# ---------------------------------------------------------------- the fact skeleton


@pytest.fixture(scope="module")
def dev_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """The 8 dev articles extracted by `kg extract` into one merged graph."""
    articles = sorted(DEV_DIR.glob("*.txt"))
    assert len(articles) == 8
    out = tmp_path_factory.mktemp("dev") / "dev.nt"
    subprocess.run(
        [sys.executable, "-m", "kg", "extract", *map(str, articles), "-o", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return Graph().parse(out, format="nt")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("factual_only", [True, False])
def test_skeleton_gives_exactly_what_the_whole_graph_gives(engine, factual_only, dev_graph):
    """The fast path (kg/reasoning/skeleton.py) against the engine on every triple."""
    data = _data_triples(dev_graph, factual_only)
    fast = _by_skeleton(data, ontology_graph(), engine)
    assert fast is not None, "the skeleton was refused on the dev articles"
    whole, used = reason(dev_graph, engine, factual_only=factual_only, whole=True)
    assert used == engine
    assert set(fast) == set(whole)
    assert len(whole) > 500
    # and the skeleton really is smaller: evidence set aside, look-alike nodes grouped
    skeleton = reduce(data, Schema(ontology_graph()))
    assert len(skeleton.graph) < len(data) / 2
    assert skeleton.stands_for


def test_renamed_copies_are_reasoned_over_once_with_the_same_result(dev_graph):
    """The benchmark's corpora: the same articles again under new document, sentence and
    relation IRIs. Each copied relation is grouped with its original, and the copies still get
    every inference of their own."""
    from bench.ingest import renamed

    text = dev_graph.serialize(format="nt")
    doubled = Graph().parse(data=text + renamed(text, 1), format="nt")
    data = _data_triples(doubled, True)
    skeleton = reduce(data, Schema(ontology_graph()))
    grouped = {m for members in skeleton.stands_for.values() for m in members}
    assert any("/supply/" in str(m) for m in grouped)
    fast = _by_skeleton(data, ontology_graph(), "owlrl")
    assert fast is not None
    assert set(fast) == set(reason(doubled, "owlrl", whole=True)[0])


def test_evidence_properties_are_set_aside_and_axiom_properties_kept():
    schema = Schema(ontology_graph())
    for kept in (GKG.holder, GKG.ofState, GKG.allyA, GKG.modality, GKG.locatedIn, RDF.type):
        assert schema.typing(kept) is None, kept
    for aside in (PROV.wasDerivedFrom, NIF.anchorOf, GKG.confidence, GKG.quote, RDFS.label):
        assert schema.typing(aside) is not None, aside
    # a functional property with one value per subject is set aside, and keeps its domain
    begin = schema.typing(NIF.beginIndex)
    assert begin is not None and begin.functional and NIF.String in begin.domains
    assert schema.typing(GKG.reportedBy).supers == (PROV.wasAttributedTo,)


def test_equality_sends_the_graph_to_the_whole_engine():
    """Two holders of one position are the same person (holder is functional): equality
    copies every triple of one onto the other, so the skeleton's answer is refused."""
    graph = small_graph()
    other = GKR["person/putin-alias"]
    graph.add((other, RDF.type, GKG.Person))
    graph.add((GKR["position/t1"], GKG.holder, other))
    graph.add((other, RDFS.label, Literal("V. Putin")))
    data = _data_triples(graph, True)
    assert _by_skeleton(data, ontology_graph(), "owlrl") is None
    inferred, _ = reason(graph, "owlrl")
    assert set(inferred) == set(reason(graph, "owlrl", whole=True)[0])
    assert (PUTIN, RDFS.label, Literal("V. Putin")) in inferred


def test_a_set_aside_literal_of_the_wrong_type_is_still_inconsistent(example):
    sentence = next(example.subjects(RDF.type, NIF.Sentence))
    example.remove((sentence, NIF.beginIndex, None))
    example.add((sentence, NIF.beginIndex, Literal("-3", datatype=XSD_NON_NEGATIVE)))
    with pytest.raises(CheckFailed, match="beginIndex"):
        reason(example, "owlrl")


def test_a_literal_owlrl_cannot_read_is_an_inconsistency_not_a_crash():
    """owlrl's own check of an xsd:decimal raises instead of reporting (ConversionSyntax)."""
    graph = small_graph()
    graph.add((GKR["supply/t1"], GKG.confidence, Literal("abc", datatype=XSD_DECIMAL)))
    with pytest.raises(CheckFailed, match="must be a decimal number"):
        reason(graph, "owlrl")


@needs_java
def test_check_on_the_skeleton_agrees_with_the_whole_graph(dev_graph):
    """`kg check` decides consistency on the skeleton: same verdict as HermiT on every triple."""
    assert consistent_by_skeleton(triples_of(dev_graph), ontology_graph(), "hermit") is True
    assert consistency(dev_graph) == consistency(dev_graph, whole=True) == []


def _holder_is_a_state(graph: Graph) -> None:
    position = next(graph.subjects(RDF.type, GKG.HeadOfStatePosition))
    graph.add((position, GKG.holder, RUS))
    graph.add((RUS, RDF.type, GKG.State))


def _sentence_offset_is_negative(graph: Graph) -> None:
    sentence = next(graph.subjects(RDF.type, NIF.Sentence))
    graph.remove((sentence, NIF.beginIndex, None))
    graph.add((sentence, NIF.beginIndex, Literal("-3", datatype=XSD_NON_NEGATIVE)))


def _two_modalities(graph: Graph) -> None:
    supply = next(graph.subjects(RDF.type, GKG.Supply))
    graph.add((supply, GKG.modality, GKG.Denied))
    graph.add((supply, GKG.modality, GKG.Asserted))


@needs_java
@pytest.mark.parametrize(
    "breaking", [_holder_is_a_state, _sentence_offset_is_negative, _two_modalities]
)
def test_check_on_the_skeleton_finds_what_the_whole_graph_finds(breaking, dev_graph):
    """An evidence literal of the wrong type, a domain clash, a functional property with two
    values: each is found on the skeleton, with the whole graph's explanation."""
    broken = Graph()
    broken += dev_graph
    breaking(broken)
    assert consistent_by_skeleton(triples_of(broken), ontology_graph(), "hermit") is False
    found = consistency(broken)
    assert found and found == consistency(broken, whole=True)
