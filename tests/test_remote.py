"""Pushing to a real Oxigraph server and querying it remotely, compared with local answers."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper
from test_server import start_server, stop_server
from test_store_support import EXAMPLE, ROOT, free_port, parse

from kg.query import names, run_named
from kg.remote import RemoteEndpoint, push, run_remote
from kg.remote.errors import RemoteError
from kg.store import open_store

DEV = ROOT.parent / "shared" / "eval" / "dev"
OXIGRAPH = Path(sys.executable).with_name("oxigraph")
KG = (sys.executable, "-m", "kg")


@pytest.fixture(scope="module")
def dev_store(tmp_path_factory) -> Path:
    """The dev articles, extracted and ingested as a user would."""
    directory = tmp_path_factory.mktemp("dev") / "db"
    articles = sorted(str(p) for p in DEV.glob("*.txt"))
    assert articles, f"no dev articles in {DEV}"
    result = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", *articles, "--store", str(directory)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return directory


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory) -> Iterator[str]:
    """A real Oxigraph server on a free loopback port; its base URL."""
    location = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    process = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            assert process.poll() is None, process.stderr.read()
            time.sleep(0.05)
    yield base
    process.terminate()
    process.wait(timeout=10)


def _count(endpoint: str, graph: str | None = None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    answer = run_remote(endpoint, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(answer["results"]["bindings"][0]["n"]["value"])


def _distinct_triples(store_dir: Path) -> int:
    return len({quad.triple for quad in open_store(store_dir, read_only=True)})


def _sorted(rows: list[dict[str, str]]) -> list[tuple]:
    return sorted(tuple(sorted(row.items())) for row in rows)


def test_push_the_dev_store_and_every_named_query_answers_as_locally(
    dev_store: Path, oxigraph: str
) -> None:
    pushed = subprocess.run(
        [*KG, "push", "--store", str(dev_store), "--endpoint", f"{oxigraph}/store", "--replace"],
        capture_output=True,
        text=True,
    )
    assert pushed.returncode == 0, pushed.stderr
    assert "by graph store protocol" in pushed.stdout
    assert _count(f"{oxigraph}/query") == _distinct_triples(dev_store)

    remote = RemoteEndpoint(f"{oxigraph}/query")
    local = open_store(dev_store, read_only=True)
    answered = 0
    for name in names():
        expected = run_named(local, name)
        assert _sorted(run_named(remote, name)) == _sorted(expected), name
        answered += bool(expected)
    assert answered >= 5  # most named queries have answers on the dev articles
    # parameters resolve names against the remote graph too
    assert _sorted(run_named(remote, "leaders", state="Moscow")) == _sorted(
        run_named(local, "leaders", state="Moscow")
    )


def test_kg_query_endpoint_answers_like_the_store(dev_store: Path, oxigraph: str) -> None:
    """`kg query --endpoint URL NAME` gives the rows `kg query --store DIR NAME` gives."""
    pushed = subprocess.run(
        [*KG, "push", "--store", str(dev_store), "--endpoint", f"{oxigraph}/store", "--replace"],
        capture_output=True,
        text=True,
    )
    assert pushed.returncode == 0, pushed.stderr

    def rows(*source: str) -> list[tuple]:
        result = subprocess.run(
            [*KG, "query", *source, "leaders", "--format", "json"], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        bindings = json.loads(result.stdout)["results"]["bindings"]
        return sorted((b["leader"]["value"], b["state"]["value"]) for b in bindings)

    remote = rows("--endpoint", f"{oxigraph}/query")
    assert remote and remote == rows("--store", str(dev_store))


def test_sparqlwrapper_select_ask_construct_against_the_pushed_graph(
    dev_store: Path, oxigraph: str
) -> None:
    push(dev_store, f"{oxigraph}/store", replace=True)
    query = (
        "PREFIX gkg: <https://w3id.org/geokg/ontology#> "
        "SELECT DISTINCT ?s WHERE { ?s a gkg:State } ORDER BY ?s"
    )
    client = SPARQLWrapper(f"{oxigraph}/query")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    remote = [b["s"]["value"] for b in client.query().convert()["results"]["bindings"]]
    local_store = open_store(dev_store, read_only=True)
    local = [s["s"].value for s in local_store.query(query, use_default_graph_as_union=True)]
    assert remote == local and remote
    assert run_remote(f"{oxigraph}/query", "ASK { ?s ?p ?o }")["boolean"] is True
    graph = run_remote(f"{oxigraph}/query", "CONSTRUCT WHERE { ?s a ?t } LIMIT 7")
    assert len(graph["ntriples"].strip().splitlines()) == 7


def test_replace_and_add_into_a_named_graph(tmp_path: Path, oxigraph: str) -> None:
    small = tmp_path / "small.ttl"
    graph = parse(EXAMPLE)
    kept = list(graph)[:40]
    small.write_text("".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in kept), "utf-8")
    target = "urn:geokg:test-replace"
    first = push(EXAMPLE, f"{oxigraph}/store", graph=target, replace=True)
    assert first.method == "graph store protocol"
    assert _count(f"{oxigraph}/query", target) == len(graph)
    push(small, f"{oxigraph}/store", graph=target, replace=True)
    assert _count(f"{oxigraph}/query", target) == len(kept)
    push(EXAMPLE, f"{oxigraph}/store", graph=target)  # adding: a set, no duplicates
    assert _count(f"{oxigraph}/query", target) == len(graph)


def test_falls_back_to_sparql_update_in_batches(tmp_path: Path, oxigraph: str) -> None:
    target = "urn:geokg:test-update"
    # Oxigraph's /update endpoint does not speak the Graph Store Protocol
    result = push(EXAMPLE, f"{oxigraph}/update", graph=target, replace=True, batch_size=50)
    assert result.method == "sparql update" and result.requests > 1
    assert _count(f"{oxigraph}/query", target) == len(parse(EXAMPLE))


def test_push_to_kg_serve_with_updates_allowed(tmp_path: Path) -> None:
    served = tmp_path / "served"
    subprocess.run(
        [sys.executable, "-m", "kg", "load", str(EXAMPLE), "--store", str(served)], check=True
    )
    process, base = start_server(served, "--allow-update")
    try:
        extra = tmp_path / "extra.ttl"
        extra.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> <urn:d> .\n", "utf-8")
        result = push(extra, f"{base}/sparql", graph="urn:geokg:extra")
        assert result.method == "sparql update"
        assert _count(f"{base}/sparql", "urn:geokg:extra") == 2
        with pytest.raises(RemoteError, match="LOAD"):
            run_remote_update(f"{base}/sparql", "LOAD <http://127.0.0.1:9/x.ttl>")
    finally:
        stop_server(process)


def run_remote_update(endpoint: str, update: str) -> None:
    """POST an update form, as any SPARQL client would."""
    request = urllib.request.Request(
        endpoint, data=urllib.parse.urlencode({"update": update}).encode(), method="POST"
    )
    try:
        urllib.request.urlopen(request, timeout=10).read()
    except urllib.error.HTTPError as err:
        raise RemoteError(err.read().decode()) from None


def test_unreachable_endpoint_and_bad_arguments(kg, tmp_path: Path) -> None:
    port = free_port()  # nothing listens here
    result = kg("push", str(EXAMPLE), "--endpoint", f"http://127.0.0.1:{port}/store")
    assert result.returncode == 1
    assert result.stderr.startswith("kg: error: ") and "cannot reach" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = kg("push", str(EXAMPLE))
    assert result.returncode == 2 and "--endpoint" in result.stderr
    result = kg("push", str(EXAMPLE), "--endpoint", "ftp://x", "--graph", "g")
    assert result.returncode == 2 and "http://" in result.stderr
    result = kg("push", "--store", str(tmp_path / "none"), "--endpoint", "http://127.0.0.1:1/")
    assert result.returncode == 2 and "no such store" in result.stderr
