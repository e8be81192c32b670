"""`kg export`: every format parses back to the same graph; Turtle and N-Triples are stable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF

from kg.export import export
from kg.resources import ontology_path
from kg.vocab import GKG, GKR

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "query-sample.ttl"
FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}
FORMATS |= {".owl": "xml"}


def triples_of(path: Path, fmt: str) -> Graph:
    """All triples of a file, named graphs merged."""
    dataset = Dataset(default_union=True)
    dataset.parse(path, format=fmt)
    graph = Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


@pytest.fixture(scope="module")
def original() -> Graph:
    return triples_of(SAMPLE, "turtle")


@pytest.mark.parametrize("suffix", list(FORMATS))
def test_every_format_parses_back_to_the_same_graph(tmp_path, original, suffix):
    out = tmp_path / f"graph{suffix}"
    report = export(SAMPLE, out)
    assert report.triples == len(original)
    assert isomorphic(triples_of(out, FORMATS[suffix]), original)


def test_turtle_and_ntriples_are_byte_identical_across_runs(tmp_path):
    outputs = {}
    for run in range(2):
        for suffix in (".ttl", ".nt", ".trig"):
            out = tmp_path / f"run{run}{suffix}"
            subprocess.run(
                [sys.executable, "-m", "kg", "export", str(SAMPLE), "-o", str(out)],
                check=True,
                capture_output=True,
                env={"PYTHONHASHSEED": str(run + 1), "PATH": ""},
                cwd=ROOT,
            )
            outputs.setdefault(suffix, []).append(out.read_bytes())
    for suffix, (first, second) in outputs.items():
        assert first == second, suffix


def test_ntriples_are_sorted(tmp_path):
    out = tmp_path / "graph.nt"
    export(SAMPLE, out)
    lines = out.read_text().splitlines()
    assert lines == sorted(lines)
    assert len(lines) == len(set(lines))


def test_turtle_declares_the_project_prefixes(tmp_path):
    out = tmp_path / "graph.ttl"
    export(SAMPLE, out)
    text = out.read_text()
    assert "@prefix gkg: <https://w3id.org/geokg/ontology#> ." in text
    assert "@base <https://w3id.org/geokg/id/> ." in text
    assert "gkg:Supply" in text


def test_blank_nodes_are_canonical(tmp_path):
    data = tmp_path / "bnodes.ttl"
    data.write_text(
        "@prefix ex: <http://example.org/> .\nex:a ex:p [ ex:q [ ex:r 1 ] ], [ ex:q 2 ] .\n"
    )
    first, second = tmp_path / "one.ttl", tmp_path / "two.ttl"
    export(data, first)
    reordered = tmp_path / "reordered.ttl"
    reordered.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "ex:a ex:p [ ex:q 2 ] .\nex:a ex:p [ ex:q [ ex:r 1 ] ] .\n"
    )
    export(reordered, second)
    assert first.read_bytes() == second.read_bytes()


def test_trig_has_one_named_graph_per_document(tmp_path):
    out = tmp_path / "graph.trig"
    report = export(SAMPLE, out)
    assert report.graphs == 2
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {g.identifier for g in dataset.graphs() if len(g)}
    summit, treaty = GKR["doc/aaaaaaaaaaaa"], GKR["doc/bbbbbbbbbbbb"]
    assert {summit, treaty} <= names
    in_summit = dataset.graph(summit)
    in_treaty = dataset.graph(treaty)
    # a fact stated in one article sits in that article's graph only
    semenov = GKR["affiliation/f2"]
    assert (semenov, RDF.type, GKG.Affiliation) in in_treaty
    assert (semenov, RDF.type, GKG.Affiliation) not in in_summit
    # a fact stated in both is in both, each graph with its own evidence link
    putin = GKR["position/p1"]
    assert (putin, GKG.holder, GKR["person/vladimir-putin"]) in in_summit
    assert (putin, GKG.holder, GKR["person/vladimir-putin"]) in in_treaty
    evidence = URIRef(str(GKR) + "doc/bbbbbbbbbbbb#char=0,90")
    from rdflib.namespace import PROV

    assert (putin, PROV.wasDerivedFrom, evidence) in in_treaty
    assert (putin, PROV.wasDerivedFrom, evidence) not in in_summit
    # entities are shared: they stay in the default graph
    assert (GKR["state/RUS"], RDF.type, GKG.State) in dataset.default_graph


def test_owl_export_loads_in_owlready2(tmp_path):
    out = tmp_path / "graph.owl"
    export(SAMPLE, out, with_ontology=True)
    script = (
        "import owlready2, sys\n"
        "onto = owlready2.get_ontology(sys.argv[1]).load()\n"
        "world = owlready2.default_world\n"
        "iri = 'https://w3id.org/geokg/id/state/RUS'\n"
        "russia = world[iri]\n"
        "print(russia.label[0], [c.name for c in russia.is_a])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, out.as_uri()], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Russia ['State']"


def test_with_ontology_adds_the_axioms(tmp_path, original):
    out = tmp_path / "graph.ttl"
    export(SAMPLE, out, with_ontology=True)
    merged = triples_of(out, "turtle")
    ontology = Graph().parse(ontology_path(), format="turtle")
    assert (URIRef("https://w3id.org/geokg/ontology"), RDF.type, OWL.Ontology) in merged
    assert len(merged) == len(original + ontology)


def test_inferred_adds_the_shortcuts(tmp_path):
    out = tmp_path / "graph.nt"
    report = export(SAMPLE, out, inferred=True)
    assert report.engine in ("hermit", "owlrl")
    graph = Graph().parse(out, format="nt")
    iran, russia = GKR["state/IRN"], GKR["state/RUS"]
    assert (iran, GKG.supplies, russia) in graph
    assert (iran, GKG.alliedWith, russia) in graph and (russia, GKG.alliedWith, iran) in graph
    assert (GKR["person/vladimir-putin"], GKG.leads, russia) in graph


def test_cli_export_and_errors(kg, tmp_path):
    out = tmp_path / "graph.jsonld"
    result = kg("export", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stderr and '"@context"' in out.read_text()
    result = kg("export", str(SAMPLE), "-o", str(tmp_path / "graph.txt"))
    assert result.returncode == 2 and "unknown export format" in result.stderr
    result = kg("export", str(tmp_path / "missing.ttl"), "-o", str(tmp_path / "x.ttl"))
    assert result.returncode == 2 and "no such graph file" in result.stderr
    result = kg("export", str(SAMPLE), "-o", str(tmp_path / "no" / "dir" / "x.ttl"))
    assert result.returncode == 2 and "does not exist" in result.stderr
    assert not list(tmp_path.glob("*.part"))
