"""`kg load`, `kg stats`, `kg remove` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from test_store_support import EXAMPLE, article_variant, parse

from kg.store import open_store
from kg.vocab import GKG


def test_load_then_stats_then_remove(kg, tmp_path: Path) -> None:
    second = article_variant(tmp_path, "bbbbbbbbbbbb", "02-second.txt")
    store = str(tmp_path / "db")
    loaded = kg("load", str(EXAMPLE), str(second), "--store", store)
    assert loaded.returncode == 0, loaded.stderr
    assert "2 articles in the store" in loaded.stdout

    result = kg("stats", "--store", store, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    graph = parse(EXAMPLE)
    assert len(data["articles"]) == 2
    assert data["facts"]["Supply"] == len(set(graph.subjects(None, GKG.Supply)))
    assert {a["name"] for a in data["articles"]} == {"01-ashgabat-summit.txt", "02-second.txt"}

    table = kg("stats", "--store", store)
    assert "02-second.txt" in table.stdout and "Supply" in table.stdout

    removed = kg("remove", "02-second.txt", "--store", store)
    assert removed.returncode == 0, removed.stderr
    assert "removed 02-second.txt" in removed.stdout
    data = json.loads(kg("stats", "--store", store, "--json").stdout)
    assert [a["name"] for a in data["articles"]] == ["01-ashgabat-summit.txt"]


def test_store_from_environment(kg, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "envstore"))
    assert kg("load", str(EXAMPLE)).returncode == 0
    assert (tmp_path / "envstore" / "CURRENT").is_file()


def test_bad_files_are_reported_one_line_each_and_the_rest_loaded(kg, tmp_path: Path) -> None:
    garbled = tmp_path / "garbled.ttl"
    garbled.write_text("this is not turtle <", encoding="utf-8")
    store = str(tmp_path / "db")
    result = kg("load", str(tmp_path / "missing.ttl"), str(garbled), str(EXAMPLE), "--store", store)
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("kg: error: ") for line in errors)
    assert "missing.ttl" in errors[0] and "garbled.ttl" in errors[1]
    assert "1 article in the store" in result.stdout


def test_stats_of_a_folder_that_is_no_store(kg, tmp_path: Path) -> None:
    result = kg("stats", "--store", str(tmp_path / "nothing"))
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: ") and "not a kg store" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nothing").exists()


def test_a_store_in_use_gives_one_line(kg, tmp_path: Path) -> None:
    holder = open_store(tmp_path / "db")  # this process holds the writer's lock
    result = kg("load", str(EXAMPLE), "--store", str(tmp_path / "db"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"kg: error: {tmp_path / 'db'}: the store is in use by another process (a running "
        "`kg serve` or `kg ingest`); stop it or wait for it to finish"
    ]
    del holder


def test_remove_an_unknown_article(kg, tmp_path: Path) -> None:
    store = str(tmp_path / "db")
    kg("load", str(EXAMPLE), "--store", store)
    result = kg("remove", "no-such-article.txt", "--store", store)
    assert result.returncode == 2
    assert "no such article" in result.stderr and "01-ashgabat-summit.txt" in result.stderr
