"""`--jobs N`: several extraction processes give exactly the graph one process gives.

Real spaCy model, real worker processes; nothing here is timed (bench/parallel.py measures).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.extract import Article
from kg.extract.parallel import _extract_chunk, extract_all, queue_limit
from kg.extract.pipeline import Extractor
from kg.store import dump_nquads
from tests.conftest import run_kg

ROOT = Path(__file__).resolve().parent.parent
DEV = sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt"))
EXAMPLE = ROOT / "examples" / "01-ashgabat-summit.txt"
ARTICLES = [*DEV, EXAMPLE]


def _extract(tmp_path: Path, name: str, *args: str) -> tuple[bytes, list[str]]:
    out = tmp_path / name
    proc = run_kg("extract", *args, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return out.read_bytes(), proc.stderr.splitlines()


@pytest.mark.parametrize("suffix", [".ttl", ".trig"])
def test_two_jobs_write_the_same_file_as_one(tmp_path: Path, suffix: str) -> None:
    paths = [str(p) for p in ARTICLES]
    one, one_lines = _extract(tmp_path, f"one{suffix}", *paths)
    two, two_lines = _extract(tmp_path, f"two{suffix}", "--jobs", "2", *paths)
    assert one == two
    assert one_lines == two_lines  # the same summary lines, in the order of the arguments
    assert [line.split(":")[0] for line in two_lines] == [p.name for p in ARTICLES]


@pytest.mark.parametrize("streaming", [True, False], ids=["in chunks", "one share each"])
def test_results_come_back_in_input_order_with_the_same_triples(streaming: bool) -> None:
    articles = [Article.from_path(p) for p in ARTICLES]
    one = list(extract_all(articles, jobs=1))
    three = list(extract_all(articles, jobs=3, streaming=streaming))
    assert [r.article for r in three] == articles
    assert all(r.error is None for r in one + three)
    for a, b in zip(one, three, strict=True):
        assert sorted(a.ntriples.splitlines()) == sorted(b.ntriples.splitlines())
        assert a.summary == b.summary


def test_an_article_that_fails_costs_only_itself() -> None:
    """A bug on one article of a chunk: the others keep their graphs, each extracted once, and
    the bad one is tried once more alone before its one-line error is given."""
    articles = [Article.from_path(p) for p in ARTICLES[:4]]
    bad = articles[1]
    seen: list[str] = []

    class Buggy(Extractor):
        """The real extractor with a bug that only this article's text meets."""

        def extract_triples(self, chunk, n_process=1, batch_size=16):
            for article, triples in super().extract_triples(chunk, n_process, batch_size):
                seen.append(article.name)
                if article is bad:
                    raise RuntimeError("a bug\non two lines")
                yield article, triples

    results = _extract_chunk(Buggy(), articles)
    assert [r.article for r in results] == articles
    assert results[1].error == f"{bad.name}: extraction failed: RuntimeError: a bug on two lines"
    plain = list(extract_all(articles[2:], jobs=1))
    assert [r.ntriples for r in results[2:]] == [r.ntriples for r in plain]
    assert results[0].error is None and results[0].ntriples
    assert seen == [a.name for a in (articles[0], bad, bad, *articles[2:])]


def test_workers_hold_fewer_chunks_as_the_end_nears() -> None:
    """Near the end no worker may sit on several chunks while the parent has none left."""
    assert queue_limit(500, 2, 3) == 3
    assert [queue_limit(left, 2, 3) for left in range(6, -1, -1)] == [3, 3, 2, 2, 1, 1, 0]
    assert queue_limit(1, 4, 3) == 1
    assert queue_limit(9, 2, 1) == 1  # one share each: one chunk per worker, whatever is left


def test_bad_article_among_good_ones_with_two_jobs(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 au lait in Z\xfcrich".encode("latin-1"))
    paths = [str(DEV[0]), str(bad), str(DEV[1]), str(DEV[2])]
    out = tmp_path / "out.ttl"
    proc = run_kg("extract", "-j", "2", *paths, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 1 and "latin1.txt" in errors[0] and "UTF-8" in errors[0]
    assert "Traceback" not in proc.stderr
    done = [line.split(":")[0] for line in proc.stderr.splitlines() if " fact" in line]
    assert done == [DEV[0].name, DEV[1].name, DEV[2].name]
    text = out.read_text(encoding="utf-8")
    assert all(Article.from_path(p).doc_iri.split("/")[-1] in text for p in DEV[:3])


def test_worker_failure_is_one_line_and_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    out.write_text("keep me\n", encoding="utf-8")
    paths = [str(p) for p in DEV[:4]]
    proc = run_kg("extract", "--jobs", "2", "--model", "no_such_model_xx", *paths, "-o", str(out))
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "no_such_model_xx" in lines[0]
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]  # no leftover part file


def test_ingest_two_jobs_fills_the_same_store_as_one(tmp_path: Path) -> None:
    paths = [str(p) for p in DEV]  # the example is dev article 01 again: one document
    dumps = []
    for jobs in ("1", "2"):
        store = tmp_path / f"db{jobs}"
        proc = run_kg("ingest", *paths, "--store", str(store), "--jobs", jobs)
        assert proc.returncode == 0, proc.stderr
        assert f"ingested {len(DEV)} articles" in proc.stdout
        dumps.append(sorted(dump_nquads(store).splitlines()))
    assert dumps[0] == dumps[1] and len(dumps[0]) > 1000


def test_ingest_two_jobs_reports_a_bad_article_and_keeps_the_rest(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    store = tmp_path / "db"
    paths = [str(DEV[3]), str(empty), str(DEV[4]), str(DEV[5])]
    proc = run_kg("ingest", "-j", "2", *paths, "--store", str(store))
    assert proc.returncode == 2
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("kg: error: ") and "empty" in errors[0]
    assert "ingested 3 articles" in proc.stdout


def test_ctrl_c_during_a_parallel_ingest_leaves_no_process_and_no_traceback(
    tmp_path: Path,
) -> None:
    """Ctrl-C reaches the whole process group: the workers ignore it, the parent stops them."""
    store = tmp_path / "db"
    paths = [str(p) for p in DEV]
    ingest = subprocess.Popen(
        [sys.executable, "-m", "kg", "ingest", "-j", "2", *paths, "--store", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    first = ingest.stdout.readline()  # one article is in: workers are running
    assert first.startswith(DEV[0].name) and "facts" in first
    os.killpg(ingest.pid, signal.SIGINT)
    _, err = ingest.communicate(timeout=120)
    assert "Traceback" not in err, err
    if ingest.returncode != 0:  # the interrupt arrived before the last article
        assert ingest.returncode == 130, err
    # a helper of the parent (multiprocessing's resource tracker) ends when it sees the parent
    # gone, a moment later on a busy machine: give the session a few seconds to empty
    for _ in range(50):
        listing = subprocess.run(
            ["ps", "-o", "stat=,pid=,args=", "-s", str(ingest.pid)], capture_output=True, text=True
        ).stdout
        running = [line for line in listing.splitlines() if not line.strip().startswith("Z")]
        if not running:
            break
        time.sleep(0.2)
    assert running == []  # (a zombie is already dead, waiting for init to reap it)
