"""The bundled example graph is what `bin/examples` makes from the bundled article today."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, run_kg

EXAMPLES = ROOT / "examples"


def test_example_graph_is_fresh(tmp_path: Path) -> None:
    articles = sorted(EXAMPLES.glob("*.txt"))
    assert articles, "examples/ has no article"
    for article in articles:
        committed = article.with_suffix(".ttl")
        assert committed.exists(), f"{committed.name} is missing: run bin/examples"
        fresh = tmp_path / committed.name
        proc = run_kg("extract", str(article), "-o", str(fresh))
        assert proc.returncode == 0, proc.stderr
        assert fresh.read_bytes() == committed.read_bytes(), (
            f"{committed.name} is stale: run bin/examples and commit the result"
        )


def test_extraction_is_deterministic(tmp_path: Path) -> None:
    article = EXAMPLES / "01-ashgabat-summit.txt"
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert run_kg("extract", str(article), "-o", str(first)).returncode == 0
    assert run_kg("extract", str(article), "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_example_graph_passes_the_ontology_check() -> None:
    """HermiT finds the extracted graph consistent and it conforms to the SHACL shapes."""
    proc = run_kg("check", str(EXAMPLES / "01-ashgabat-summit.ttl"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
