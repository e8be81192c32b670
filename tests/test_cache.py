"""The disk cache of derived tables (kg.cache) and the place tables kept in it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import cache
from kg.extract import places


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_derived_once_then_read(cache_home: Path) -> None:
    calls = []

    def derive() -> dict:
        calls.append(1)
        return {"Odesa": "UKR"}

    assert cache.cached_json("t", "k1", derive) == {"Odesa": "UKR"}
    assert cache.cached_json("t", "k1", derive) == {"Odesa": "UKR"}
    assert len(calls) == 1
    assert [p.name for p in cache_home.iterdir()] == ["t-k1.json"]


def test_a_new_key_derives_again(cache_home: Path) -> None:
    cache.cached_json("t", "k1", lambda: [1])
    assert cache.cached_json("t", "k2", lambda: [2]) == [2]


def test_a_damaged_entry_is_derived_again(cache_home: Path) -> None:
    cache_home.mkdir()
    (cache_home / "t-k1.json").write_text('{"half": ', encoding="utf-8")
    assert cache.cached_json("t", "k1", lambda: {"whole": 1}) == {"whole": 1}
    assert json.loads((cache_home / "t-k1.json").read_text(encoding="utf-8")) == {"whole": 1}


def test_a_file_in_the_way_costs_only_time(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))
    assert cache.cached_json("t", "k1", lambda: [4]) == [4]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "geokg"


def test_place_tables_from_the_cache_are_the_derived_ones(cache_home: Path) -> None:
    places._tables.cache_clear()
    try:
        first = places._tables()  # derived and written
        places._tables.cache_clear()
        second = places._tables()  # read back
    finally:
        places._tables.cache_clear()
    assert len(list(cache_home.glob("places-*.json"))) == 1
    assert first == second
    assert second[0] == frozenset(places._place_names())
    assert second[1] == places._city_states()
    assert places.is_place_name("Kharkiv") and places.city_state("Odesa") == "UKR"
