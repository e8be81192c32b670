"""A crash or Ctrl-C mid-ingest keeps every finished article and nothing half-written."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from test_store_support import EXAMPLE, article_variant, parse

from kg.store import list_articles, open_store

ARTICLE_TRIPLES = 20000

# Ingests big synthetic articles one after the other, printing each one's name when it is in.
WRITER = textwrap.dedent(
    """
    import sys
    from rdflib import Graph, Literal, URIRef
    from kg.store import ingest_graph, open_store

    store = open_store(sys.argv[1])
    for i in range(1000):
        name = URIRef(f"https://w3id.org/geokg/id/doc/crash{i:04d}")
        graph = Graph()
        for j in range(int(sys.argv[2])):
            graph.add((URIRef(f"{name}#s{j}"), URIRef("https://example.org/p"), Literal(j)))
        ingest_graph(store, graph, name)
        print(name, flush=True)
    """
)


def _check_whole(directory: Path, finished: list[str]) -> None:
    store = open_store(directory)
    sizes = {a.graph: a.triples for a in list_articles(store)}
    for name in finished:
        assert sizes.get(name) == ARTICLE_TRIPLES, f"{name} was reported done but is not whole"
    for name, size in sizes.items():
        assert size == ARTICLE_TRIPLES, f"{name} is half-written ({size} triples)"


def test_killing_the_writer_mid_ingest_leaves_whole_articles(tmp_path: Path) -> None:
    directory = tmp_path / "db"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(directory), str(ARTICLE_TRIPLES)],
        stdout=subprocess.PIPE,
        text=True,
    )
    finished = [writer.stdout.readline().strip() for _ in range(3)]
    writer.send_signal(signal.SIGKILL)  # mid-way through the fourth article
    writer.wait(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    _check_whole(directory, finished)


def test_ctrl_c_during_kg_load_keeps_finished_graphs(tmp_path: Path) -> None:
    paths = [EXAMPLE] + [
        article_variant(tmp_path, f"{i:012x}", f"article-{i:02d}.txt") for i in range(1, 40)
    ]
    directory = tmp_path / "db"
    loader = subprocess.Popen(
        [sys.executable, "-m", "kg", "load", "--store", str(directory), *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = loader.stdout.readline()
    assert first.endswith("triples\n")
    loader.send_signal(signal.SIGINT)
    _, err = loader.communicate(timeout=60)
    if loader.returncode != 0:  # the interrupt arrived before the last file
        assert loader.returncode == 130
        assert "Traceback" not in err
    store = open_store(directory, read_only=True)
    articles = list_articles(store)
    assert 1 <= len(articles) <= len(paths)
    assert all(a.triples == len(parse(EXAMPLE)) for a in articles)
