"""`kg draw`: SVG, PNG and HTML pictures that show the graph's entities and facts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.draw import draw
from kg.draw.model import build
from kg.query import open_source

SAMPLE = Path(__file__).parent / "data" / "query-sample.ttl"
LABELS = {"Vladimir Putin", "Masoud Pezeshkian", "Russia", "Iran", "Ukraine", "China"}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def store():
    return open_source(SAMPLE)


def test_picture_has_only_factual_edges_merged_per_pair(store):
    picture = build(store)
    kinds = {n.label: n.kind for n in picture.nodes.values()}
    assert kinds["Russia"] == "State" and kinds["Vladimir Putin"] == "Person"
    assert kinds["Russian International Affairs Council"] == "Organization"
    edges = {
        (picture.nodes[e.source].label, e.relation, picture.nodes[e.target].label): e
        for e in picture.edges
    }
    supply = edges[("Iran", "supplies", "Russia")]
    assert sorted(supply.details) == ["drones", "missiles"]
    # the alliance stated both ways is one undirected edge; the denied one is absent
    assert [k for k in edges if k[1] == "allied with"] == [("Iran", "allied with", "Russia")]
    assert ("Russia", "supplies", "Iran") not in edges  # hypothetical
    assert "Yuri Ushakov" not in {
        picture.nodes[e.target].label for e in picture.edges if e.relation == "leads"
    }
    putin = next(n for n in picture.nodes.values() if n.label == "Vladimir Putin")
    assert putin.said == ["Our relations with Iran are a priority"]


def test_svg_has_nodes_edges_and_legend(store, tmp_path):
    out = draw(store, tmp_path / "graph.svg")
    root = ET.parse(out).getroot()
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert texts >= LABELS
    assert {"Legend", "State", "Person", "supplies", "allied with"} <= texts
    assert "supplies: drones, missiles" in texts or "supplies: missiles, drones" in texts


def test_png_is_a_png(store, tmp_path):
    out = draw(store, tmp_path / "graph.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width > 400 and height > 200


def test_html_is_self_contained(store, tmp_path):
    out = draw(store, tmp_path / "graph.html")
    page = out.read_text()
    # the library is inlined: nothing is fetched when the page opens
    assert "@license" in page and "vis.js is dual licensed" in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    data = json.loads(re.search(r"const DATA = (\{.*?\});\n", page).group(1).replace("<\\/", "</"))
    assert {n["label"] for n in data["nodes"]} >= LABELS
    assert {e["relation"] for e in data["edges"]} == {
        "leads",
        "supplies",
        "allied with",
        "in conflict with",
        "met with",
        "affiliated with",
    }


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_html_renders_in_headless_chromium(store, tmp_path):
    out = draw(store, tmp_path / "graph.html")
    # after layout, the page lists the positions vis-network gave every node
    probe = out.read_text().replace(
        "</body>",
        "<script>network.once('stabilizationIterationsDone', () => {"
        "document.title = 'drawn:' + Object.keys(network.getPositions()).length;});"
        "network.stabilize(50);</script></body>",
    )
    out.write_text(probe)
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=15000",
            "--dump-dom",
            out.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    title = re.search(r"<title>(.*?)</title>", result.stdout)
    assert title is not None, result.stderr[-500:]
    picture = build(store)
    assert title.group(1) == f"drawn:{len(picture.nodes)}"
    assert "Uncaught" not in result.stderr


def test_cli_draw_and_errors(kg, tmp_path):
    result = kg("draw", str(SAMPLE), "-o", str(tmp_path / "graph.svg"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "graph.svg").read_text().lstrip().startswith("<?xml")
    result = kg("draw", str(SAMPLE), "-o", str(tmp_path / "graph.gif"))
    assert result.returncode == 2 and "cannot draw to '.gif'" in result.stderr
    result = kg("draw", str(tmp_path / "none.ttl"), "-o", str(tmp_path / "graph.svg"))
    assert result.returncode == 2 and "no such graph file" in result.stderr
    assert not list(tmp_path.glob(".*.part"))
