"""`kg extract` as a user runs it: good articles, bad input, output formats."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.vocab import GKG, NIF
from tests.conftest import run_kg

ARTICLE = (
    "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on "
    "Friday. Kenya has supplied fuel to Uganda. “Our trade keeps growing every "
    "month,” Ruto said.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_writes_turtle_and_a_summary_line(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    proc = run_kg("extract", str(article), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("news.txt:")
    assert ", 1 supply," in lines[0] and " 0 alliances," in lines[0]  # counts read as English
    graph = Graph().parse(out, format="turtle")
    assert len(list(graph.subjects(RDF.type, GKG.Supply))) == 1
    assert len(list(graph.subjects(RDF.type, GKG.Document))) == 1


def test_trig_has_one_named_graph_per_article(article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Israel struck Hezbollah positions in Lebanon on Monday.\n", encoding="utf-8")
    out = tmp_path / "out.trig"
    proc = run_kg("extract", str(article), str(other), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {g.identifier for g in dataset.graphs() if len(g)}
    docs = {s for g in dataset.graphs() for s in g.subjects(RDF.type, GKG.Document)}
    assert docs <= names and len(docs) == 2


@pytest.mark.parametrize("suffix,fmt", [(".nt", "nt"), (".jsonld", "json-ld")])
def test_other_formats_parse(article: Path, tmp_path: Path, suffix: str, fmt: str) -> None:
    out = tmp_path / f"out{suffix}"
    assert run_kg("extract", str(article), "-o", str(out)).returncode == 0
    assert len(Graph().parse(out, format=fmt)) > 10


def test_stdin(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    proc = run_kg("extract", "-", "-o", str(out), input=ARTICLE)
    assert proc.returncode == 0, proc.stderr
    assert "stdin:" in proc.stderr


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name,data,words",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t \n", "empty"),
        ("latin1.txt", "Caf\u00e9 in Zürich".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_input_one_line_no_output(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = _bad(tmp_path, name, data)
    out = tmp_path / "out.ttl"
    proc = run_kg("extract", str(path), "-o", str(out))
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("kg: error:")]
    assert any(name in line and words in line for line in errors), proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".out.ttl*"))


def test_missing_path(tmp_path: Path) -> None:
    proc = run_kg("extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.ttl"))
    assert proc.returncode == 2
    assert "nope.txt: no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_one_bad_among_good_still_writes(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    proc = run_kg("extract", str(article), str(tmp_path / "nope.txt"), "-o", str(out))
    assert proc.returncode == 0
    assert "nope.txt: no such file" in proc.stderr
    assert out.exists()


def test_existing_output_untouched_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    out.write_text("# keep me\n")
    empty = _bad(tmp_path, "empty.txt", b"")
    assert run_kg("extract", str(empty), "-o", str(out)).returncode == 2
    assert out.read_text() == "# keep me\n"


def test_html_is_stripped(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>T</title><script>var x = 'Iran';</script></head>"
        "<body><p>Iran has supplied <b>drones</b> to Russia.</p></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out.ttl"
    assert run_kg("extract", str(page), "-o", str(out)).returncode == 0
    graph = Graph().parse(out, format="turtle")
    anchors = [str(o) for o in graph.objects(None, NIF.anchorOf)]
    assert anchors and all("<" not in a for a in anchors)
    assert any("drones" in str(o) for o in graph.objects(None, GKG.item))


def test_no_facts_gives_document_node(tmp_path: Path) -> None:
    path = _bad(tmp_path, "plain.txt", b"The weather was mild and the markets were calm.\n")
    out = tmp_path / "out.ttl"
    proc = run_kg("extract", str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    graph = Graph().parse(out, format="turtle")
    assert len(list(graph.subjects(RDF.type, GKG.Document))) == 1
    assert "0 facts" in proc.stderr


def test_bad_date_and_unknown_suffix(article: Path, tmp_path: Path) -> None:
    proc = run_kg("extract", str(article), "-o", str(tmp_path / "o.ttl"), "--date", "July")
    assert proc.returncode == 2 and "--date" in proc.stderr
    proc = run_kg("extract", str(article), "-o", str(tmp_path / "o.xyz"))
    assert proc.returncode == 2 and "unknown graph format" in proc.stderr


def test_unknown_model(article: Path, tmp_path: Path) -> None:
    proc = run_kg("extract", str(article), "-o", str(tmp_path / "o.ttl"), "--model", "no_such")
    assert proc.returncode != 0 and "no_such" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o.ttl").exists()


def test_date_is_recorded(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.ttl"
    assert run_kg("extract", str(article), "-o", str(out), "--date", "2024-10-11").returncode == 0
    assert "2024-10-11" in out.read_text()


def test_article_longer_than_spacy_max_length_streams_through(tmp_path: Path) -> None:
    """Past spaCy's max_length (1,000,000 characters): cut into pieces and streamed, never
    refused. 2.5 MB takes the same path as 10 MB (a 10 MB file ran in 6-10 minutes here) at a
    quarter of the suite's time."""
    filler = (
        "The weather in the capital was mild on day {n}, and markets opened calmly. "
        "Traders said prices were steady and shops stayed open late into the evening.\n\n"
    )
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as handle:
        handle.write(ARTICLE + "\n")
        size, n = 0, 0
        while size < 2.5 * 1024 * 1024:
            text = filler.format(n=n)
            handle.write(text)
            size += len(text.encode("utf-8"))
            n += 1
    out = tmp_path / "big.ttl"
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "extract", str(big), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "big.txt:" in proc.stderr and "Traceback" not in proc.stderr
    graph = Graph().parse(out, format="turtle")
    assert len(list(graph.subjects(RDF.type, GKG.Supply))) == 1
    # evidence offsets still point at the right text after chunking
    for begin, anchor in (
        (int(graph.value(s, NIF.beginIndex)), str(graph.value(s, NIF.anchorOf)))
        for s in graph.subjects(RDF.type, NIF.Sentence)
    ):
        assert big.read_text(encoding="utf-8")[begin : begin + len(anchor)] == anchor
