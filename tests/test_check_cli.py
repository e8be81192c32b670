"""`kg ontology`, `kg check` and `kg reason` as a user runs them, in fresh processes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.reasoning import java_available
from kg.vocab import GKG, GKR

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "ontology"
EXAMPLE = str(EXAMPLES / "example-data.ttl")
BROKEN = str(EXAMPLES / "broken-data.ttl")
needs_java = pytest.mark.skipif(not java_available(), reason="HermiT needs Java on PATH")


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ")
    return lines[0]


def test_ontology_prints_turtle(kg):
    result = kg("ontology")
    assert result.returncode == 0
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert (None, None, GKG.Supply) in graph or (GKG.Supply, None, None) in graph


def test_ontology_writes_other_formats(kg, tmp_path):
    out = tmp_path / "geopolitics.owl"
    result = kg("ontology", "-o", str(out))
    assert result.returncode == 0, result.stderr
    written = Graph().parse(out, format="xml")
    printed = Graph().parse(data=kg("ontology").stdout, format="turtle")
    assert len(written) == len(printed)


def test_ontology_html(kg, tmp_path):
    result = kg("ontology", "--html", str(tmp_path / "docs"))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    assert "<title>Geopolitics ontology (geokg)</title>" in page
    assert "Leader" in page and "supplied by" in page
    assert 'id="Country"' not in page  # external declarations are not documented as ours
    assert "INFO" not in result.stderr and "DEBUG" not in result.stderr


def test_ontology_bad_output_suffix(kg, tmp_path):
    result = kg("ontology", "-o", str(tmp_path / "onto.docx"))
    assert result.returncode == 2
    assert "unknown graph format" in one_line_error(result)
    assert list(tmp_path.iterdir()) == []


@needs_java
def test_check_passes_the_example(kg):
    result = kg("check", EXAMPLE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: ")
    assert "consistent (HermiT), conforms to the shapes" in result.stdout
    triples = len(Graph().parse(EXAMPLE))
    assert f"ok: {triples} triples" in result.stdout


@needs_java
def test_check_rejects_the_broken_graph(kg):
    result = kg("check", BROKEN)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("inconsistent: Russia") and "both a state" in line for line in lines)
    assert any(line.startswith("shape: ") and "exactly one supplier" in line for line in lines)
    assert "inconsistenc" in one_line_error(result) and "shape violation" in result.stderr


def test_check_without_reasoner_runs_the_shapes(kg):
    result = kg("check", "--no-reasoner", BROKEN)
    assert result.returncode == 1
    assert not any(line.startswith("inconsistent:") for line in result.stdout.splitlines())
    assert "A supply needs at least one item" in result.stdout
    ok = kg("check", "--no-reasoner", EXAMPLE)
    assert ok.returncode == 0 and "consistency not checked" in ok.stdout


@pytest.mark.parametrize("command", ["check", "reason"])
def test_missing_file_is_a_one_line_error(kg, tmp_path, command):
    extra = ["-o", str(tmp_path / "out.ttl")] if command == "reason" else []
    result = kg(command, str(tmp_path / "nothing.ttl"), *extra)
    assert result.returncode == 2
    assert "no such file" in one_line_error(result)


@pytest.mark.parametrize("command", ["check", "reason"])
def test_garbled_file_is_a_one_line_error(kg, tmp_path, command):
    garbled = tmp_path / "garbled.ttl"
    garbled.write_text("@prefix gkg: <https://w3id.org/geokg/ontology#> .\ngkg:a gkg:b", "utf-8")
    extra = ["-o", str(tmp_path / "out.ttl")] if command == "reason" else []
    result = kg(command, str(garbled), *extra)
    assert result.returncode == 2
    assert "garbled.ttl: not valid turtle" in one_line_error(result)
    assert not (tmp_path / "out.ttl").exists()


@pytest.mark.parametrize("engine", [pytest.param("hermit", marks=needs_java), "owlrl"])
def test_reason_writes_data_and_inferences(kg, tmp_path, engine):
    out = tmp_path / "reasoned.ttl"
    result = kg("reason", EXAMPLE, "-o", str(out), "--engine", engine)
    assert result.returncode == 0, result.stderr
    name = {"hermit": "HermiT", "owlrl": "OWL 2 RL rules (owlrl)"}[engine]
    assert f"reasoned with {name}" in result.stderr and "triples added" in result.stderr
    graph = Graph().parse(out)
    data = Graph().parse(EXAMPLE)
    assert all(triple in graph for triple in data)
    assert (GKR["state/IRN"], GKG.supplies, GKR["state/RUS"]) in graph
    assert (GKR["person/vladimir-putin"], None, GKG.Leader) in graph


def test_reason_only_inferred(kg, tmp_path):
    out = tmp_path / "inferred.nt"
    result = kg("reason", EXAMPLE, "-o", str(out), "--only-inferred", "--engine", "owlrl")
    assert result.returncode == 0, result.stderr
    graph = Graph().parse(out, format="nt")
    data = Graph().parse(EXAMPLE)
    assert len(graph) > 0 and not any(triple in data for triple in graph)
    assert (GKR["state/RUS"], GKG.alliedWith, GKR["state/IRN"]) in graph


def test_reason_refuses_an_inconsistent_graph(kg, tmp_path):
    out = tmp_path / "out.ttl"
    result = kg("reason", BROKEN, "-o", str(out), "--engine", "owlrl")
    assert result.returncode == 1
    assert "inconsistent with the ontology" in one_line_error(result)
    assert "Russia" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_reason_unknown_engine_is_a_usage_error(kg, tmp_path):
    result = kg("reason", EXAMPLE, "-o", str(tmp_path / "o.ttl"), "--engine", "pellet")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def run_without_java(*args: str) -> subprocess.CompletedProcess:
    """`python -m kg ARGS` with a PATH that holds the venv's scripts and no `java`."""
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, timeout=600
    )


def test_without_java_check_and_reason_fall_back_to_owl_rl(tmp_path):
    assert shutil.which("java", path=str(Path(sys.executable).parent)) is None
    result = run_without_java("check", EXAMPLE)
    assert result.returncode == 0, result.stderr
    assert "consistent (OWL 2 RL rules; no Java for HermiT)" in result.stdout
    broken = run_without_java("check", BROKEN)
    assert broken.returncode == 1
    assert "inconsistent: Russia (gkr:state/RUS) is both a state" in broken.stdout
    out = tmp_path / "r.ttl"
    reasoned = run_without_java("reason", EXAMPLE, "-o", str(out))
    assert reasoned.returncode == 0 and "reasoned with OWL 2 RL rules" in reasoned.stderr
    forced = run_without_java("reason", EXAMPLE, "-o", str(out), "--engine", "hermit")
    assert forced.returncode == 1
    assert "needs Java" in one_line_error(forced)
