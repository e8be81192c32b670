"""The named queries on a hand-written graph: one row per fact, labels not IRIs, parameters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.query import load, names, open_source, run_named
from kg.resources import queries_dir
from kg.vocab import PREFIXES

SAMPLE = Path(__file__).parent / "data" / "query-sample.ttl"
CONTRACT = {
    "leaders": ("leader", "state", "title", "since"),
    "who-supplies-whom": ("supplier", "recipient", "item"),
    "alliances": ("party1", "party2"),
    "conflicts": ("party1", "party2", "conflict"),
    "meetings": ("participant1", "participant2", "place", "date"),
    "statements": ("speaker", "quote"),
    "affiliations": ("person", "organization", "role"),
    "evidence": ("subject", "relation", "object", "sentence", "document"),
}


@pytest.fixture(scope="module")
def store():
    return open_source(SAMPLE)


def pairs(rows, *cols):
    return sorted(tuple(r[c] for c in cols) for r in rows)


def test_every_contract_query_exists_with_its_columns(store):
    assert set(CONTRACT) <= set(names())
    for name, columns in CONTRACT.items():
        query = load(name)
        assert query.columns[: len(columns)] == columns, name
        rows = run_named(store, name)
        assert rows, name
        assert tuple(rows[0])[: len(columns)] == columns, name


def test_headers_document_what_and_params():
    for name in names():
        query = load(name)
        assert query.summary, name
        assert query.params, name
        for param in query.params.values():
            assert param.doc, (name, param.name)
            for variable in param.variables:
                assert f"?{variable}" in query.sparql.split("# @params")[0] + query.sparql


def test_declared_prefixes_match_the_vocabulary():
    for path in queries_dir().glob("*.rq"):
        for prefix, iri in re.findall(r"^PREFIX (\w+): <([^>]+)>", path.read_text(), re.M):
            assert PREFIXES[prefix] == iri, (path.name, prefix)


def test_label_columns_hold_labels_never_iris(store):
    for name, columns in CONTRACT.items():
        for row in run_named(store, name):
            for column in columns:
                assert not row[column].startswith("http"), (name, column, row[column])


def test_leaders_one_row_per_pair_with_first_title_and_start(store):
    rows = run_named(store, "leaders")
    assert pairs(rows, "leader", "state") == [
        ("Masoud Pezeshkian", "Iran"),
        ("Vladimir Putin", "Russia"),
    ]
    putin = next(r for r in rows if r["leader"] == "Vladimir Putin")
    assert putin["title"] == "President"
    assert putin["since"] == "2000"


def test_planned_hypothetical_and_denied_facts_are_left_out(store):
    assert all(r["leader"] != "Yuri Ushakov" for r in run_named(store, "leaders"))
    assert all("S-400" not in r["item"] for r in run_named(store, "who-supplies-whom"))
    assert ("China", "Iran") not in pairs(run_named(store, "alliances"), "party1", "party2")


def test_supplies_one_row_per_item_and_no_empty_item_beside_items(store):
    rows = run_named(store, "who-supplies-whom")
    assert pairs(rows, "supplier", "recipient", "item") == [
        ("China", "Russia", ""),
        ("Iran", "Russia", "drones"),
        ("Iran", "Russia", "missiles"),
    ]


def test_symmetric_pairs_listed_once_in_label_order(store):
    assert pairs(run_named(store, "alliances"), "party1", "party2") == [("Iran", "Russia")]
    meetings = run_named(store, "meetings")
    assert len(meetings) == 1
    assert (meetings[0]["participant1"], meetings[0]["participant2"]) == (
        "Masoud Pezeshkian",
        "Vladimir Putin",
    )
    assert meetings[0]["place"] == "Ashgabat"
    assert meetings[0]["date"] == "2024-10-11"
    conflicts = run_named(store, "conflicts")
    assert [(r["party1"], r["party2"], r["conflict"]) for r in conflicts] == [
        ("Russia", "Ukraine", "Ukraine conflict")
    ]


def test_statements_and_affiliations(store):
    assert pairs(run_named(store, "statements"), "speaker", "quote") == [
        ("Vladimir Putin", "Our relations with Iran are a priority")
    ]
    assert pairs(run_named(store, "affiliations"), "person", "organization", "role") == [
        ("Kirill Semenov", "Russian International Affairs Council", "Middle East expert"),
        ("Yuri Ushakov", "Vladimir Putin", "top aide"),
    ]


@pytest.mark.parametrize(
    "value", ["Russia", "russia", "Moscow", "the Kremlin", "RUSSIAN FEDERATION"]
)
def test_entity_param_matches_label_or_alias_case_insensitively(store, value):
    rows = run_named(store, "who-supplies-whom", recipient=value)
    assert {r["recipient"] for r in rows} == {"Russia"}
    assert len(rows) == 3


@pytest.mark.parametrize("value", ["Putin", "Vladimir Putin", "President Putin", "putin's"])
def test_entity_param_matches_name_variants(store, value):
    rows = run_named(store, "leaders", leader=value)
    assert [(r["leader"], r["state"]) for r in rows] == [("Vladimir Putin", "Russia")]


def test_unknown_name_gives_no_rows(store):
    assert run_named(store, "who-supplies-whom", recipient="Atlantis") == []


def test_text_and_either_side_params(store):
    rows = run_named(store, "who-supplies-whom", item="DRONE")
    assert [r["item"] for r in rows] == ["drones"]
    assert pairs(run_named(store, "alliances", party="Tehran"), "party1") == [("Iran",)]
    assert run_named(store, "alliances", party="Ukraine") == []


def test_party_and_with_narrow_to_one_on_each_side(store):
    def pair(**params: str) -> list[tuple[str, str]]:
        return [(r["party1"], r["party2"]) for r in run_named(store, "alliances", **params)]

    assert pair(**{"with": "Tehran"}) == [("Iran", "Russia")]  # alone: either side
    assert pair(party="Moscow", **{"with": "Tehran"}) == [("Iran", "Russia")]
    assert pair(party="Tehran", **{"with": "Russia"}) == [("Iran", "Russia")]
    assert pair(party="Russia", **{"with": "Moscow"}) == []  # not "any alliance of Russia's"
    assert pair(party="Russia", **{"with": "Atlantis"}) == []


def test_param_values_cannot_inject_sparql(store):
    sneaky = 'x") || true || CONTAINS("'
    assert run_named(store, "who-supplies-whom", item=sneaky) == []
    assert run_named(store, "who-supplies-whom", recipient="} } SELECT * { ?s ?p ?o") == []


def test_evidence_explains_a_fact_with_its_sentences(store):
    rows = run_named(store, "evidence", subject="Putin", relation="leads")
    sentences = {(r["document"], r["sentence"]) for r in rows if r["modality"] == "Asserted"}
    assert len(sentences) == 2
    assert {doc for doc, _ in sentences} == {"summit.txt", "treaty.txt"}
    assert all(r["object"] == "Russia" for r in rows)
    said = run_named(store, "evidence", relation="said")
    assert [r["object"] for r in said] == ["Our relations with Iran are a priority"]
    assert said[0]["sentence"].startswith('"Our relations')


def test_evidence_of_a_fact_known_only_from_its_document(store):
    rows = run_named(store, "evidence", subject="China")
    assert [(r["relation"], r["object"], r["sentence"], r["document"]) for r in rows] == [
        ("supplies", "Russia", "", "treaty.txt")
    ]


def test_unknown_query_and_param_are_input_errors(store):
    with pytest.raises(InputError, match=r"named queries: .*leaders"):
        run_named(store, "no-such-query")
    with pytest.raises(InputError, match="its parameters: leader, state"):
        run_named(store, "leaders", colour="red")
