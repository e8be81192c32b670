"""A long ingest or load writes the store to disk every N articles, and stays crash-safe."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_support import EXAMPLE, article_variant, parse

from kg.store import ingest_graph, list_articles, open_store
from kg.store.flush import PeriodicFlush


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    directory = tmp_path_factory.mktemp("articles")
    return [EXAMPLE] + [
        article_variant(directory, f"{i:012x}", f"article-{i:02d}.txt") for i in range(1, 30)
    ]


def test_periodic_flush_flushes_every_n_articles(tmp_path: Path, articles: list[Path]) -> None:
    store = open_store(tmp_path / "db")
    flusher = PeriodicFlush(store, every=3)
    for path in articles[:7]:
        graph = parse(path)
        ingest_graph(store, graph, next(iter(graph.subjects(None, None))))
        flusher.article_written()
    assert (flusher.written, flusher.flushes) == (7, 2)
    flusher.flush()
    assert flusher.flushes == 3


def test_periodic_flush_refuses_a_zero_interval(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        PeriodicFlush(open_store(tmp_path / "db"), every=0)


def test_load_with_a_small_interval_keeps_every_article(
    kg, tmp_path: Path, articles: list[Path]
) -> None:
    store = tmp_path / "db"
    result = kg("load", "--flush-every", "2", "--store", str(store), *map(str, articles[:5]))
    assert result.returncode == 0, result.stderr
    assert "5 articles in the store" in result.stdout
    sizes = {a.triples for a in list_articles(open_store(store, read_only=True))}
    assert sizes == {len(parse(EXAMPLE))}


def test_a_zero_interval_is_a_usage_error(kg, tmp_path: Path) -> None:
    result = kg("load", "--flush-every", "0", "--store", str(tmp_path / "db"), str(EXAMPLE))
    assert result.returncode == 2
    assert "--flush-every" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "db").exists()


def _killed_load(directory: Path, articles: list[Path], every: int) -> int:
    """Load, kill the loader after 4 files, check the store; its table (.sst) file count."""
    command = ["load", "--flush-every", str(every), "--store", str(directory)]
    loader = subprocess.Popen(
        [sys.executable, "-m", "kg", *command, *map(str, articles)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    finished = [loader.stdout.readline() for _ in range(4)]
    assert all(line.endswith("triples\n") for line in finished)
    loader.send_signal(signal.SIGKILL)
    loader.wait(timeout=60)
    tables = len(list(directory.glob("*.sst")))
    found = list_articles(open_store(directory, read_only=True))
    assert len(found) >= 4
    assert {a.triples for a in found} == {len(parse(EXAMPLE))}  # no half-written article
    return tables


def test_killed_load_keeps_whole_articles_and_flushed_on_the_way(
    tmp_path: Path, articles: list[Path]
) -> None:
    flushed = _killed_load(tmp_path / "flushed", articles, every=1)
    unflushed = _killed_load(tmp_path / "unflushed", articles, every=1000)
    # RocksDB writes a table file per flush; without one, the articles live in its log only
    assert flushed > unflushed
