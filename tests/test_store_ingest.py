"""`kg ingest` with the real extractor: articles in, one named graph each, bad ones reported."""

from __future__ import annotations

import json
from pathlib import Path

from test_store_support import ROOT

DEV = sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt"))


def _stats(kg, store: str) -> dict:
    result = kg("stats", "--store", store, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_ingest_in_two_processes_then_again_replaces(kg, tmp_path: Path) -> None:
    store = str(tmp_path / "db")
    first = kg("ingest", *map(str, DEV[:4]), "--store", store, "--jobs", "2")
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip().splitlines()) == 5  # one line per article, then the total
    once = _stats(kg, store)
    assert sorted(a["name"] for a in once["articles"]) == [p.name for p in DEV[:4]]
    again = kg("ingest", str(DEV[0]), "--store", store, "--date", "2024-10-11")
    assert again.returncode == 0, again.stderr
    twice = _stats(kg, store)
    assert len(twice["articles"]) == 4 and twice["facts"] == once["facts"]
    dated = {a["name"]: a["date"] for a in twice["articles"]}
    assert dated[DEV[0].name] == "2024-10-11"


def test_bad_articles_one_line_each_rest_ingested(kg, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\xe9 au lait".encode("latin-1"))
    store = str(tmp_path / "db")
    result = kg(
        "ingest", str(empty), str(DEV[1]), str(latin), str(tmp_path / "gone.txt"), "--store", store
    )
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3 and all(e.startswith("kg: error: ") for e in errors)
    assert "Traceback" not in result.stderr
    assert [a["name"] for a in _stats(kg, store)["articles"]] == [DEV[1].name]


def test_bad_date_is_a_usage_error(kg, tmp_path: Path) -> None:
    result = kg("ingest", str(DEV[0]), "--store", str(tmp_path / "db"), "--date", "11/10/2024")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "db").exists()
