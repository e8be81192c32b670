"""The SPARQL endpoint of `kg serve`, with SPARQLWrapper as the client, against a real server."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from test_store_support import EXAMPLE, free_port

from kg.query import names, open_source, run_named
from kg.store import list_articles, open_store

MAX_ROWS = 50
PREFIX = "PREFIX gkg: <https://w3id.org/geokg/ontology#>\n"


def start_server(store: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited: {process.stderr.read()}")
        try:
            with urllib.request.urlopen(base + "/health", timeout=5):
                return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("kg serve did not answer /health")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("served") / "db"
    loaded = subprocess.run(
        [sys.executable, "-m", "kg", "load", str(EXAMPLE), "--store", str(directory)],
        capture_output=True,
        text=True,
    )
    assert loaded.returncode == 0, loaded.stderr
    return directory


@pytest.fixture(scope="module")
def endpoint(store_dir: Path) -> Iterator[str]:
    process, base = start_server(store_dir, "--timeout", "2", "--max-rows", str(MAX_ROWS))
    yield base
    stop_server(process)


@pytest.fixture(scope="module")
def local() -> pyoxigraph.Store:
    return open_source(EXAMPLE)


def client(base: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(base + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def _local_rows(local: pyoxigraph.Store, query: str) -> list[dict[str, str]]:
    return [
        {v.value: s[v.value].value for v in r.variables if s[v.value] is not None}
        for r in [local.query(query)]
        for s in r
    ]


def test_select_matches_the_local_answer(endpoint: str, local) -> None:
    query = PREFIX + "SELECT ?s ?item WHERE { ?s a gkg:Supply ; gkg:item ?item } ORDER BY ?s ?item"
    remote = client(endpoint, query).query().convert()
    rows = [{k: v["value"] for k, v in b.items()} for b in remote["results"]["bindings"]]
    assert rows == _local_rows(local, query)
    assert rows  # the example has supplies


def test_select_by_post_form_and_post_body(endpoint: str, local) -> None:
    query = PREFIX + "SELECT ?s WHERE { ?s a gkg:State } ORDER BY ?s"
    expected = _local_rows(local, query)
    for request_method in ("urlencoded", POSTDIRECTLY):
        sparql = client(endpoint, query)
        sparql.setMethod(POST)
        sparql.setRequestMethod(request_method)
        result = sparql.query().convert()
        assert [{"s": b["s"]["value"]} for b in result["results"]["bindings"]] == expected


def test_ask_true_and_false(endpoint: str) -> None:
    yes = client(endpoint, PREFIX + "ASK { ?s a gkg:Supply }").query().convert()
    no = client(endpoint, PREFIX + "ASK { ?s a gkg:NoSuchClass }").query().convert()
    assert yes["boolean"] is True and no["boolean"] is False


def test_construct_returns_the_same_graph(endpoint: str, local) -> None:
    query = PREFIX + "CONSTRUCT { ?s a gkg:State ; ?p ?o } WHERE { ?s a gkg:State ; ?p ?o }"
    remote = client(endpoint, query, TURTLE).query().convert()
    graph = Graph().parse(data=remote, format="turtle")
    expected = Graph().parse(
        data=pyoxigraph.serialize(local.query(query), format=pyoxigraph.RdfFormat.N_TRIPLES),
        format="nt",
    )
    assert len(graph) == len(expected) > 0
    assert set(graph) == set(expected)


def test_results_in_xml_csv_and_tsv(endpoint: str, local) -> None:
    query = PREFIX + "SELECT ?s WHERE { ?s a gkg:State } ORDER BY ?s"
    states = [row["s"] for row in _local_rows(local, query)]
    xml = client(endpoint, query, XML).query().convert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("uri")] == states
    csv = client(endpoint, query, CSV).query().convert().decode("utf-8").splitlines()
    assert csv == ["s", *states]
    tsv = client(endpoint, query, TSV).query().convert().decode("utf-8").splitlines()
    assert tsv == ["?s", *[f"<{s}>" for s in states]]


def _status(request: urllib.request.Request | str) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8"), dict(err.headers)


def test_update_is_refused_and_the_store_is_unchanged(endpoint: str, store_dir: Path) -> None:
    before = len(open_store(store_dir, read_only=True))
    sparql = client(endpoint, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    sparql.setMethod(POST)
    with pytest.raises(Exception, match="403"):
        sparql.query()
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    status, text, _ = _status(urllib.request.Request(endpoint + "/sparql", data=form))
    assert status == 403 and "read-only" in text
    assert len(open_store(store_dir, read_only=True)) == before


def test_service_is_refused_without_contacting_the_target(endpoint: str) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(3)
    port = listener.getsockname()[1]
    contacted: list[bool] = []

    def accept() -> None:
        try:
            listener.accept()[0].close()
            contacted.append(True)
        except OSError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    with pytest.raises(Exception, match="403"):
        client(endpoint, query).query()
    lower = (
        f"select * {{ optional {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }} }}"
    )
    status, text, _ = _status(f"{endpoint}/sparql?{urllib.parse.urlencode({'query': lower})}")
    assert status == 403 and "SERVICE" in text
    thread.join()
    listener.close()
    assert contacted == []


def test_a_query_past_the_time_limit_is_stopped_and_the_server_recovers(endpoint: str) -> None:
    heavy = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    )
    status, text, _ = _status(f"{endpoint}/sparql?{urllib.parse.urlencode({'query': heavy})}")
    assert status == 503 and "time limit of 2 s" in text
    small = client(endpoint, "ASK { ?s ?p ?o }").query().convert()
    assert small["boolean"] is True


def test_answers_are_cut_at_the_row_limit(endpoint: str, store_dir: Path) -> None:
    query = "SELECT * WHERE { ?s ?p ?o }"
    assert len(open_store(store_dir, read_only=True)) > MAX_ROWS
    status, text, headers = _status(f"{endpoint}/sparql?{urllib.parse.urlencode({'query': query})}")
    assert status == 200
    assert len(json.loads(text)["results"]["bindings"]) == MAX_ROWS
    assert headers["X-Kg-Truncated"].startswith("true")
    construct = "CONSTRUCT WHERE { ?s ?p ?o }"
    result = client(endpoint, construct, TURTLE).query().convert()
    assert len(Graph().parse(data=result, format="turtle")) == MAX_ROWS


def test_bad_query_is_a_400_with_a_message(endpoint: str) -> None:
    status, text, _ = _status(f"{endpoint}/sparql?query=SELEC%20nothing")
    assert status == 400 and "cannot be parsed" in text
    status, text, _ = _status(f"{endpoint}/sparql")
    assert status == 400 and "missing the query" in text


def test_cors_headers_and_preflight(endpoint: str) -> None:
    request = urllib.request.Request(endpoint + "/sparql", method="OPTIONS")
    status, _, headers = _status(request)
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    _, _, headers = _status(f"{endpoint}/sparql?query=ASK%7B%7D")
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_health_counts_the_store(endpoint: str, store_dir: Path) -> None:
    status, text, _ = _status(endpoint + "/health")
    health = json.loads(text)
    store = open_store(store_dir, read_only=True)
    assert status == 200 and health["ok"] is True
    assert health["articles"] == len(list_articles(store))
    assert health["triples"] == len(store)


def test_named_queries_list_and_run_like_kg_query(endpoint: str, store_dir: Path) -> None:
    status, text, _ = _status(endpoint + "/api/queries")
    listing = json.loads(text)
    assert status == 200 and [q["name"] for q in listing] == names()
    local = open_store(store_dir, read_only=True)
    for name in names():
        status, text, _ = _status(f"{endpoint}/api/queries/{name}")
        assert status == 200, text
        bindings = json.loads(text)["results"]["bindings"]
        expected = run_named(local, name)
        got = [{k: row.get(k, {}).get("value", "") for k in expected[0]} for row in bindings]
        assert got == expected if expected else bindings == []
    url = f"{endpoint}/api/queries/who-supplies-whom?recipient=Moscow"
    rows = json.loads(_status(url)[1])["results"]["bindings"]
    assert {r["recipient"]["value"] for r in rows} == {"Russia"}
    status, text, _ = _status(f"{endpoint}/api/queries/no-such-query")
    assert status == 404 and "leaders" in json.loads(text)["error"]


def test_yes_no_questions_carry_their_verdict(endpoint: str) -> None:
    from kg.ask.answer import NO_FACT

    for question, verdict in (
        ("Is Israel at war with Iran?", "Yes."),
        ("Are Iran and Israel allies?", NO_FACT),
    ):
        status, text, _ = _status(f"{endpoint}/api/ask?{urllib.parse.urlencode({'q': question})}")
        assert status == 200, text
        reply = json.loads(text)
        assert reply["yes_no"] is True and reply["verdict"] == verdict
        assert bool(reply["answers"]) == (verdict == "Yes.")


def test_static_page_and_no_escape_from_the_static_folder(endpoint: str) -> None:
    status, text, headers = _status(endpoint + "/")
    assert status == 200 and "<html" in text.lower()
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    for path in ("/../../kg/cli/app.py", "/%2e%2e/service.py", "/static/../handler.py"):
        assert _status(endpoint + path)[0] == 404


def test_ask_answers_like_kg_ask_and_explains_unknown_questions(endpoint: str, store_dir) -> None:
    from kg.ask import ask

    question = "Who supplies Russia?"
    status, text, _ = _status(f"{endpoint}/api/ask?{urllib.parse.urlencode({'q': question})}")
    assert status == 200, text
    reply = json.loads(text)
    local = ask(open_store(store_dir, read_only=True), question)
    assert [a["text"] for a in reply["answers"]] == [f.text for f in local.facts]
    assert reply["answers"] and reply["answers"][0]["evidence"]
    assert reply["steps"][0]["query"] == "who-supplies-whom"
    assert len(reply["results"]["results"]["bindings"]) == len(local.facts)
    assert reply["yes_no"] is False and reply["verdict"] == ""
    status, text, _ = _status(f"{endpoint}/api/ask?q=What+is+the+weather")
    assert status == 400 and json.loads(text)["error"]
    assert _status(f"{endpoint}/api/ask?q=")[0] == 400
