"""Every reading command reads a graph file, a store folder, or `--store DIR` alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

EXAMPLE = ROOT / "examples" / "ontology" / "example-data.ttl"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    from conftest import run_kg

    directory = tmp_path_factory.mktemp("sources") / "db"
    result = run_kg("load", str(EXAMPLE), "--store", str(directory))
    assert result.returncode == 0, result.stderr
    return directory


def _leaders(result) -> list[tuple[str, str]]:
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    return sorted((r["leader"]["value"], r["state"]["value"]) for r in rows)


def test_query_reads_a_file_a_folder_and_store_option_alike(kg, store):
    from_file = _leaders(kg("query", str(EXAMPLE), "leaders", "--format", "json"))
    assert from_file
    assert _leaders(kg("query", str(store), "leaders", "--format", "json")) == from_file
    assert _leaders(kg("query", "--store", str(store), "leaders", "--format", "json")) == from_file


def test_check_accepts_a_store_read_back_from_oxigraph(kg, store):
    """Oxigraph turns xsd:nonNegativeInteger offsets into xsd:integer; the shapes still pass."""
    result = kg("check", "--store", str(store), "--no-reasoner")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


def test_ask_export_draw_and_reason_take_store(kg, store, tmp_path):
    answer = kg("ask", "--store", str(store), "Who leads Russia?")
    assert answer.returncode == 0, answer.stderr
    assert "Putin" in answer.stdout
    exported = kg("export", "--store", str(store), "-o", str(tmp_path / "out.nt"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "out.nt").stat().st_size > 0
    drawn = kg("draw", "--store", str(store), "-o", str(tmp_path / "g.dot"))
    assert drawn.returncode == 0, drawn.stderr
    assert "Putin" in (tmp_path / "g.dot").read_text()
    reasoned = kg("reason", "--store", str(store), "-o", str(tmp_path / "r.ttl"), "-e", "owlrl")
    assert reasoned.returncode == 0, reasoned.stderr
    assert "supplies" in (tmp_path / "r.ttl").read_text()


def test_missing_source_is_one_line(kg, monkeypatch):
    monkeypatch.delenv("KG_STORE", raising=False)
    result = kg("query", "leaders")
    assert result.returncode == 2
    assert "\n" not in result.stderr.strip()
    assert "no such graph file or store folder" in result.stderr
    both = kg("query", str(EXAMPLE), "leaders", "--store", "x")
    assert both.returncode == 2 and "not both" in both.stderr
