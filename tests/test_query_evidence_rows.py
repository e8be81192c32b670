"""The fast `evidence` query gives exactly the rows, in exactly the order, of its plain form.

queries/evidence.rq was rewritten for speed on large stores (tables joined on their keys, one
sort key); tests/data/evidence-reference.rq is the formulation it replaced. Both run here on
graphs with the awkward cases the rewrite must keep: evidence with no sentence, a fact with no
evidence, an entity with no label, documents named by schema:name, by rdfs:label or by nothing,
sentences that start alike, a statement with two quotes, a fact in two modalities, a
language-tagged label, and a store whose union graph repeats triples.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from kg.query import open_source, run_named
from kg.store import open_store
from kg.vocab import PREFIXES

DATA = Path(__file__).parent / "data"
REFERENCE = DATA / "evidence-reference.rq"

EDGE_CASES = """
<position/p1> gkg:holder <person/amira-haddad> ; gkg:ofState <state/QAT> ;
    gkg:title "Emir" ; gkg:modality gkg:Asserted ; gkg:confidence 0.9 ;
    prov:wasDerivedFrom <doc/d1> .
<supply/s1> gkg:supplier <state/QAT> ; gkg:recipient <state/MLI> ; gkg:item "rifles", "trucks" ;
    gkg:modality gkg:Asserted, gkg:Reported ; gkg:confidence 0.7, 0.8 ;
    prov:wasDerivedFrom <doc/d1>, <doc/d1#char=0,20>, <doc/d1#char=0,40> .
<statement/q1> gkg:speaker <person/amira-haddad> ; gkg:quote "we will help", "We will help" ;
    gkg:modality gkg:Reported ; gkg:confidence 0.5 .
<meeting/m1> gkg:participantA <person/amira-haddad> ; gkg:participantB <person/no-label> ;
    gkg:place <place/doha> ; gkg:date "2024-05-01"^^xsd:date ;
    gkg:modality gkg:Asserted ; gkg:confidence 0.6 ;
    prov:wasDerivedFrom <doc/d2>, <doc/d2#char=5,30>, <doc/d3>, <doc/d4#char=0,9> .
<alliance/a1> gkg:allyA <state/QAT> ; gkg:allyB <state/MLI> ;
    gkg:modality gkg:Planned ; prov:wasDerivedFrom <doc/d1> .

<person/amira-haddad> rdfs:label "Amira Haddad" .
<state/QAT> rdfs:label "Qatar" .
<state/MLI> rdfs:label "Mali"@en .
<place/doha> rdfs:label "Doha" .
<doc/d1> schema:name "b-first.txt" ; rdfs:label "Qatar sends rifles" .
<doc/d2> rdfs:label "only a label" .
<doc/d1#char=0,20> nif:anchorOf "Qatar sent rifles." ; nif:referenceContext <doc/d1> .
<doc/d1#char=0,40> nif:anchorOf "Qatar sent rifles. Mali got them." ;
    nif:referenceContext <doc/d1> .
<doc/d2#char=5,30> nif:anchorOf "\\"Amira Haddad met them.\\"" ; nif:referenceContext <doc/d2> .
<doc/d4#char=0,9> nif:anchorOf "They met." ; nif:referenceContext <doc/d4> .
"""


def _turtle() -> str:
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    return f"{prefixes}@base <https://w3id.org/geokg/id/> .\n{EDGE_CASES}"


@pytest.fixture(scope="module")
def edge_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("edge") / "edge.ttl"
    path.write_text(_turtle(), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def edge_store(tmp_path_factory: pytest.TempPathFactory, edge_file: Path) -> pyoxigraph.Store:
    """The edge cases three times over, each copy its own named graph: repeated triples."""
    directory = tmp_path_factory.mktemp("edge-store") / "store"
    store = open_store(directory)
    triples = [q.triple for q in pyoxigraph.parse(path=str(edge_file))]
    for copy in range(3):
        graph = pyoxigraph.NamedNode(f"https://w3id.org/geokg/id/graph/copy{copy}")
        store.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object, graph) for t in triples)
    store.flush()
    del store
    return open_source(directory)


PARAMS: list[dict[str, str]] = [
    {},
    {"entity": "Qatar"},
    {"subject": "Amira Haddad"},
    {"object": "Mali"},
    {"relation": "said"},
    {"relation": "supplies"},
    {"fact": "https://w3id.org/geokg/id/meeting/m1"},
]


def _sources(edge_file: Path, edge_store: pyoxigraph.Store) -> dict[str, pyoxigraph.Store]:
    return {
        "edge file": open_source(edge_file),
        "edge store": edge_store,
        "query-sample.ttl": open_source(DATA / "query-sample.ttl"),
        "example article": open_source(DATA.parent.parent / "examples" / "01-ashgabat-summit.ttl"),
    }


@pytest.mark.parametrize("params", PARAMS, ids=lambda p: ",".join(p) or "all")
def test_fast_evidence_matches_the_plain_query_row_for_row(
    params: dict[str, str], edge_file: Path, edge_store: pyoxigraph.Store
) -> None:
    for label, store in _sources(edge_file, edge_store).items():
        expected = run_named(store, str(REFERENCE), **params)
        found = run_named(store, "evidence", **params)
        # the plain query leaves the order of rows equal in all its sort columns to the engine
        # (one fact in two modalities); the fast one orders them by modality
        assert [_sort_columns(r) for r in found] == [_sort_columns(r) for r in expected], label
        assert sorted(map(_items, found)) == sorted(map(_items, expected)), label
        assert found == sorted(found, key=_sort_columns_and_ties), label


SORTED_BY = ("relation", "subject", "object", "document", "sentence", "fact")


def _sort_columns(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(row[c] for c in SORTED_BY)


def _sort_columns_and_ties(row: dict[str, str]) -> tuple[str, ...]:
    return (*_sort_columns(row), row["modality"], row["subject_iri"], row["object_iri"])


def _items(row: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(row.items()))


def test_the_edge_cases_reach_every_awkward_row(edge_file: Path) -> None:
    rows = run_named(open_source(edge_file), "evidence")
    by_fact: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_fact.setdefault(row["fact"].rsplit("/", 1)[-1], []).append(row)
    # the document alone, as it is the only evidence of the position
    assert [(r["sentence"], r["document"]) for r in by_fact["p1"]] == [("", "b-first.txt")]
    # two sentences of one document, the document itself left out; in both modalities
    assert {r["sentence"] for r in by_fact["s1"]} == {
        "Qatar sent rifles.",
        "Qatar sent rifles. Mali got them.",
    }
    assert {r["modality"] for r in by_fact["s1"]} == {"Asserted", "Reported"}
    # no evidence at all: one row, no sentence or document; the first of its two quotes
    assert [(r["sentence"], r["document"], r["object"]) for r in by_fact["q1"]] == [
        ("", "", "We will help")
    ]
    # a document with only a label, one with no name at all, an object without a label
    documents = {r["document"] for r in by_fact["m1"]}
    assert "only a label" in documents
    assert any(d.endswith("doc/d4") for d in documents)
    assert {r["object"] for r in by_fact["m1"]} == {"no-label"}
    # planned facts are not evidence of anything
    assert "a1" not in by_fact
    # rows in order of relation, subject, object, document, sentence (an empty one first)
    keys = [tuple(r[c] for c in ("relation", "subject", "object", "document")) for r in rows]
    assert keys == sorted(keys)
