"""The Python API: KnowledgeGraph over a file, rows with named fields, typed helpers."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import KnowledgeGraph
from kg.api import Row, Rows
from kg.errors import InputError
from kg.vocab import GKG, GKR

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "query-sample.ttl"


@pytest.fixture(scope="module")
def graph():
    return KnowledgeGraph.load(SAMPLE)


def test_rows_have_named_fields(graph):
    rows = graph.leaders()
    assert isinstance(rows, Rows)
    assert rows.columns[:4] == ("leader", "state", "title", "since")
    putin = next(r for r in rows if r.leader == "Vladimir Putin")
    assert putin["state"] == putin.state == putin[1] == "Russia"
    assert putin.asdict()["title"] == "President"
    with pytest.raises(AttributeError, match="columns: leader"):
        _ = putin.colour


def test_unbound_values_are_none(graph):
    china = [r for r in graph.suppliers_of("Russia") if r.supplier == "China"]
    assert china and china[0].item is None
    assert china[0].get("item", "-") == "-"


def test_typed_helpers(graph):
    assert [(r.supplier, r.item) for r in graph.supplied_by("Tehran")] == [
        ("Iran", "drones"),
        ("Iran", "missiles"),
    ]
    assert [(r.party1, r.party2) for r in graph.allies_of("Russia")] == [("Iran", "Russia")]
    assert [(r.party1, r.party2) for r in graph.conflicts()] == [("Russia", "Ukraine")]
    assert [r.place for r in graph.meetings("Pezeshkian")] == ["Ashgabat"]
    assert [r.quote for r in graph.statements("Putin")] == [
        "Our relations with Iran are a priority"
    ]
    assert [r.role for r in graph.affiliations(person="Ushakov")] == ["top aide"]
    assert [r.leader for r in graph.leaders(state="Iran")] == ["Masoud Pezeshkian"]


def test_named_and_evidence(graph):
    rows = graph.named("who-supplies-whom", recipient="Russia", item="missile")
    assert [(r.supplier, r.item) for r in rows] == [("Iran", "missiles")]
    evidence = graph.evidence(subject="Ushakov")
    assert [(r.relation, r.object, r.document) for r in evidence] == [
        ("affiliated with", "Vladimir Putin", "summit.txt")
    ]


def test_query_with_bound_variables(graph):
    rows = graph.query("SELECT ?s ?name WHERE { ?s a gkg:State ; rdfs:label ?name }", name="Iran")
    assert [r.s for r in rows] == [str(GKR["state/IRN"])]
    rows = graph.query(
        "SELECT ?s ?name WHERE { ?s rdfs:label ?name }", s=URIRef(GKR["person/yuri-ushakov"])
    )
    assert [r.name for r in rows] == ["Yuri Ushakov"]
    assert graph.query("ASK { ?s gkg:isoCode 'UKR' }") is True
    triples = graph.query(
        "CONSTRUCT { ?s rdfs:label ?n } WHERE { ?s gkg:isoCode 'CHN' ; rdfs:label ?n }"
    )
    assert [t.object.value for t in triples] == ["China"]


def test_query_errors_are_input_errors(graph):
    with pytest.raises(InputError, match="line 1, column"):
        graph.query("SELECT WHERE {")
    with pytest.raises(InputError, match="unknown query"):
        graph.named("who-rules")


def test_ask(graph):
    reply = graph.ask("Who supplies Russia?")
    assert [f.text for f in reply.facts][1:] == [
        "Iran supplies Russia with drones",
        "Iran supplies Russia with missiles",
    ]
    assert "evidence: Iran has supplied drones" in str(reply)


def test_to_dataframe(graph):
    pandas = pytest.importorskip("pandas")
    frame = graph.leaders().to_dataframe()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame["leader"]) == ["Masoud Pezeshkian", "Vladimir Putin"]


def test_to_dataframe_without_pandas_says_so(graph, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas":
            raise ImportError("no pandas")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(Exception, match="pip install pandas"):
        graph.leaders().to_dataframe()


def test_from_rdflib_and_back():
    source = Graph()
    source.add((GKR["state/FRA"], URIRef(str(GKG.isoCode)), Literal("FRA")))
    graph = KnowledgeGraph.from_rdflib(source)
    assert len(graph) == 1
    back = Graph()
    for triple in graph.to_rdflib().triples((None, None, None)):
        back.add(triple)
    assert isomorphic(back, source)


def test_load_errors():
    with pytest.raises(InputError, match="no such graph file"):
        KnowledgeGraph.load("nowhere.ttl")


def test_row_is_immutable_and_comparable():
    row = Row(("a", "b"), ("1", None))
    assert row == Row(("a", "b"), ("1", None))
    assert list(row) == ["1", None] and len(row) == 2
    with pytest.raises(AttributeError):
        row.a = "2"


@pytest.mark.parametrize("module", ["kg.api", "kg.query", "kg.query.run", "kg.ask"])
def test_docstring_examples_run(module, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0
    assert result.attempted > 0
