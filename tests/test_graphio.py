"""Graph files: every format round-trips, garbled files give one line, writes are atomic."""

from __future__ import annotations

import os

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg.errors import InputError
from kg.graphio import FORMATS, atomic_output, load_graph, write_graph
from kg.vocab import GKG, GKR


def _sample() -> Graph:
    graph = Graph()
    graph.add((GKR["state/RUS"], RDFS.label, Literal("Russia")))
    graph.add((GKR["state/RUS"], GKG.isoCode, Literal("RUS")))
    graph.add((GKR["supply/x"], GKG.supplier, GKR["state/IRN"]))
    return graph


@pytest.mark.parametrize("suffix", sorted(set(FORMATS)))
def test_every_format_round_trips(tmp_path, suffix):
    path = tmp_path / f"g{suffix}"
    write_graph(_sample(), path)
    back = Graph()
    for triple in load_graph(path).triples((None, None, None)):
        back.add(triple)
    assert isomorphic(back, _sample())


def test_garbled_turtle_names_the_file(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("@prefix x: <http://x/> .\nx:a x:b \n")
    with pytest.raises(InputError, match=r"bad\.ttl: not valid turtle"):
        load_graph(path)


def test_unknown_suffix_and_missing_file(tmp_path):
    odd = tmp_path / "g.docx"
    odd.write_text("x")
    with pytest.raises(InputError, match="unknown graph format"):
        load_graph(odd)
    with pytest.raises(InputError, match="no such file"):
        load_graph(tmp_path / "missing.ttl")


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(path) as handle:
        handle.write(b"half of a new graph")
        raise RuntimeError("interrupted")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


def test_written_file_has_the_usual_mode(tmp_path):
    path = tmp_path / "g.ttl"
    write_graph(_sample(), path)
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
