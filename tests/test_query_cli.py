"""`kg query` as a user runs it: formats, parameters, errors and exit statuses."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.vocab import PREFIXES

SAMPLE = str(Path(__file__).parent / "data" / "query-sample.ttl")


def bindings(stdout: str) -> list[dict[str, str]]:
    data = json.loads(stdout)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_json_is_the_w3c_results_format_with_labels(kg):
    result = kg("query", SAMPLE, "leaders", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["head"]["vars"][:4] == ["leader", "state", "title", "since"]
    leaders = {(b["leader"]["value"], b["state"]["value"]) for b in data["results"]["bindings"]}
    assert leaders == {("Vladimir Putin", "Russia"), ("Masoud Pezeshkian", "Iran")}
    assert all(b["leader"]["type"] == "literal" for b in data["results"]["bindings"])


def test_json_is_the_default_when_not_a_terminal(kg):
    result = kg("query", SAMPLE, "alliances")
    assert result.returncode == 0, result.stderr
    assert [(r["party1"], r["party2"]) for r in bindings(result.stdout)] == [("Iran", "Russia")]


def test_param_narrows_by_alias(kg):
    result = kg("query", SAMPLE, "who-supplies-whom", "--param", "recipient=Moscow", "-f", "json")
    assert result.returncode == 0, result.stderr
    rows = bindings(result.stdout)
    assert {r["recipient"] for r in rows} == {"Russia"}
    assert sorted(r.get("item", "") for r in rows) == ["", "drones", "missiles"]


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv(kg, fmt, delimiter):
    result = kg("query", SAMPLE, "statements", "-f", fmt)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    header = lines[0].split(delimiter)
    assert header[0].lstrip("?") == "speaker" and header[1].lstrip("?") == "quote"
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert rows[0]["speaker"] == "Vladimir Putin"
    else:
        assert '"Vladimir Putin"' in lines[1]


def test_xml_results(kg):
    result = kg("query", SAMPLE, "conflicts", "-f", "xml")
    assert result.returncode == 0, result.stderr
    root = ET.fromstring(result.stdout)
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    literals = [e.text for e in root.findall(".//s:binding/s:literal", ns)]
    assert "Russia" in literals and "Ukraine" in literals


def test_table_hides_iri_columns(kg):
    result = kg("query", SAMPLE, "meetings", "-f", "table")
    assert result.returncode == 0, result.stderr
    assert "Ashgabat" in result.stdout and "participant1" in result.stdout
    assert "participant1_iri" not in result.stdout
    assert "1 row" in result.stdout


def test_inline_sparql_with_project_prefixes(kg):
    result = kg("query", SAMPLE, "-e", "SELECT ?n WHERE { ?s a gkg:State ; rdfs:label ?n }")
    assert result.returncode == 0, result.stderr
    names = {r["n"] for r in bindings(result.stdout)}
    assert {"Russia", "Iran", "Ukraine", "China", "Turkmenistan"} == names


def test_ask_and_construct(kg):
    result = kg("query", SAMPLE, "-e", "ASK { ?s gkg:isoCode 'RUS' }", "-f", "json")
    assert json.loads(result.stdout)["boolean"] is True
    result = kg(
        "query",
        SAMPLE,
        "-e",
        "CONSTRUCT { ?s rdfs:label ?n } WHERE { ?s gkg:isoCode 'IRN' ; rdfs:label ?n }",
        "-f",
        "csv",
    )
    assert result.returncode == 0, result.stderr
    iran, label = "<https://w3id.org/geokg/id/state/IRN>", f"<{PREFIXES['rdfs']}label>"
    assert result.stdout.strip() == f'{iran} {label} "Iran" .'


def test_rq_file(kg, tmp_path):
    path = tmp_path / "states.rq"
    path.write_text(
        "# states: every state\n# param: state ?s — one state\n"
        "SELECT ?name WHERE { ?s a gkg:State ; rdfs:label ?name\n# @params\n}"
    )
    result = kg("query", SAMPLE, str(path), "-p", "state=Kyiv")
    assert result.returncode == 0, result.stderr
    assert [r["name"] for r in bindings(result.stdout)] == ["Ukraine"]


def test_malformed_sparql_names_line_and_column(kg):
    result = kg("query", SAMPLE, "-e", "SELECT ?s\nWHERE { ?s ?p }")
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: SPARQL syntax error at line 2, column")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_unknown_named_query_lists_the_names(kg):
    result = kg("query", SAMPLE, "who-rules")
    assert result.returncode == 2
    for name in ("leaders", "who-supplies-whom", "alliances", "evidence"):
        assert name in result.stderr
    assert "Traceback" not in result.stderr


def test_garbled_graph_names_file_line_column(kg, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n')
    result = kg("query", str(bad), "leaders")
    assert result.returncode == 2
    assert result.stderr.startswith(f"kg: error: {bad}:3:")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args,message",
    [
        (("missing.ttl", "leaders"), "no such graph file"),
        (("README.md", "leaders"), "unknown graph format"),
        ((SAMPLE, "leaders", "-p", "colour=red"), "no parameter 'colour'"),
        ((SAMPLE, "leaders", "-p", "nonsense"), "NAME=VALUE"),
        ((SAMPLE, "leaders", "-f", "yaml"), "unknown format"),
        ((SAMPLE,), "give a QUERY"),
        ((SAMPLE, "leaders", "-t", "0"), "--timeout"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(kg, args, message):
    result = kg("query", *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_timeout_stops_a_long_query(kg):
    # a cross product of all triples, five times over: far past 0.5 s
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }"
    result = kg("query", SAMPLE, "-e", slow, "--timeout", "0.5")
    assert result.returncode == 3
    assert "did not finish within 0.5 s" in result.stderr
    assert "Traceback" not in result.stderr


def test_store_folder_is_queried_across_its_article_graphs(kg, tmp_path):
    from kg.graphio import load_graph
    from kg.store import graph_name_for, ingest_graph, open_store

    folder = tmp_path / "kgdata"
    store = open_store(folder)
    graph = load_graph(SAMPLE)
    ingest_graph(store, graph, graph_name_for(graph))
    del store  # release the folder's lock before the command opens it
    result = kg("query", str(folder), "who-supplies-whom", "-p", "recipient=Moscow")
    assert result.returncode == 0, result.stderr
    assert sorted(r.get("item", "") for r in bindings(result.stdout)) == ["", "drones", "missiles"]
    result = kg("ask", str(folder), "Who are Iran's allies?")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Iran and Russia are allies")
