"""The on-disk store: ingest replaces, entities and facts merge, remove, stats, rdflib view."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import PROV
from test_store_support import EXAMPLE, article_variant, parse

from kg.errors import InputError
from kg.store import (
    graph_name_for,
    ingest_graph,
    ingest_ntriples,
    list_articles,
    load_as_rdflib,
    open_store,
    remove_article,
    stats,
)
from kg.vocab import GKG, GKR

FACT_CLASSES = (
    "HeadOfStatePosition",
    "HeadOfGovernmentPosition",
    "Alliance",
    "Conflict",
    "Supply",
    "Meeting",
    "Statement",
    "Affiliation",
)


def _as_oxigraph_stores(triple: tuple) -> tuple:
    """Oxigraph keeps derived integer types as xsd:integer (oxigraph issue #526)."""
    s, p, o = triple
    if isinstance(o, Literal) and o.datatype == XSD.nonNegativeInteger:
        o = Literal(str(o), datatype=XSD.integer)
    return s, p, o


def _count(graph, cls) -> int:
    return len(set(graph.subjects(RDF.type, cls)))


@pytest.fixture
def two_articles(tmp_path: Path) -> tuple[Path, Path]:
    return EXAMPLE, article_variant(tmp_path, "aaaaaaaaaaaa", "02-second.txt")


def test_ingest_names_graph_after_document_and_counts_match_file(tmp_path: Path) -> None:
    graph = parse(EXAMPLE)
    store = open_store(tmp_path / "db")
    name = graph_name_for(graph)
    assert name in set(graph.subjects(RDF.type, GKG.Document))
    ingest_graph(store, graph, name)
    result = stats(store)
    assert [a.graph for a in result.articles] == [str(name)]
    assert result.triples == len(graph) == result.quads
    assert result.entities["State"] == _count(graph, GKG.State)
    assert result.facts["Supply"] == _count(graph, GKG.Supply)
    assert sum(result.facts.values()) == sum(_count(graph, getattr(GKG, c)) for c in FACT_CLASSES)


def test_ingesting_again_replaces_instead_of_duplicating(tmp_path: Path) -> None:
    graph = parse(EXAMPLE)
    store = open_store(tmp_path / "db")
    name = graph_name_for(graph)
    ingest_graph(store, graph, name)
    ingest_graph(store, graph, name)
    assert len(store) == len(graph)
    smaller = parse(EXAMPLE)
    for triple in list(smaller.triples((None, GKG.quote, None))):
        smaller.remove(triple)
    ingest_graph(store, smaller, name)
    assert len(store) == len(smaller) < len(graph)


def test_ingesting_ntriples_loads_a_new_article_and_replaces_a_known_one(tmp_path: Path) -> None:
    """An extraction process's N-Triples: a new article is loaded, a known one replaced."""
    graph = parse(EXAMPLE)
    store = open_store(tmp_path / "db")
    name = graph_name_for(graph)
    ingest_ntriples(store, graph.serialize(format="nt", encoding="utf-8"), name)
    assert [str(g.value) for g in store.named_graphs()] == [str(name)]
    assert len(store) == len(graph)
    smaller = parse(EXAMPLE)
    for triple in list(smaller.triples((None, GKG.quote, None))):
        smaller.remove(triple)
    ingest_ntriples(store, smaller.serialize(format="nt", encoding="utf-8"), name)
    assert len(store) == len(smaller) < len(graph)


def test_two_articles_merge_entities_and_share_facts_with_evidence_from_each(
    tmp_path: Path, two_articles: tuple[Path, Path]
) -> None:
    store = open_store(tmp_path / "db")
    graphs = [parse(p) for p in two_articles]
    for graph in graphs:
        ingest_graph(store, graph, graph_name_for(graph))
    one = stats(store)
    assert len(one.articles) == 2
    # the same facts and entities: counted once across both articles
    assert one.facts["Supply"] == _count(graphs[0], GKG.Supply)
    assert one.entities["Person"] == _count(graphs[0], GKG.Person)
    supply = next(iter(graphs[0].subjects(RDF.type, GKG.Supply)))
    docs = {
        row["d"].value
        for row in store.query(
            f"SELECT ?d WHERE {{ <{supply}> <{PROV.wasDerivedFrom}> ?d . ?d a <{GKG.Document}> }}",
            use_default_graph_as_union=True,
        )
    }
    assert docs == {str(GKR["doc/2908c60f8e7f"]), str(GKR["doc/aaaaaaaaaaaa"])}

    removed = remove_article(store, "02-second.txt")
    assert removed.graph == str(GKR["doc/aaaaaaaaaaaa"])
    after = stats(store)
    assert [a.name for a in after.articles] == ["01-ashgabat-summit.txt"]
    assert after.facts == one.facts  # the first article still reports every fact
    assert after.triples == len(graphs[0])


def test_remove_by_hash_prefix_iri_and_curie(tmp_path: Path, two_articles) -> None:
    store = open_store(tmp_path / "db")
    for path in two_articles:
        graph = parse(path)
        ingest_graph(store, graph, graph_name_for(graph))
    assert remove_article(store, "2908c60f").name == "01-ashgabat-summit.txt"
    assert remove_article(store, "gkr:doc/aaaaaaaaaaaa").name == "02-second.txt"
    assert list_articles(store) == [] and len(store) == 0
    with pytest.raises(InputError, match="no such article"):
        remove_article(store, "2908c60f")


def test_open_store_refuses_a_folder_of_other_files_and_a_missing_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not a kg store"):
        open_store(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    with pytest.raises(InputError, match="not a kg store"):
        open_store(tmp_path / "missing", read_only=True)
    assert not (tmp_path / "missing").exists()


def test_load_as_rdflib_gives_the_union_of_the_articles(tmp_path: Path, two_articles) -> None:
    store = open_store(tmp_path / "db")
    graphs = [parse(p) for p in two_articles]
    for graph in graphs:
        ingest_graph(store, graph, graph_name_for(graph))
    store.flush()
    dataset = load_as_rdflib(tmp_path / "db")  # read-only view while the writer is open
    union = {_as_oxigraph_stores(t) for t in set(graphs[0]) | set(graphs[1])}
    assert set(dataset.triples((None, None, None))) == union
    assert {g.identifier for g in dataset.graphs()} >= {
        URIRef(GKR["doc/2908c60f8e7f"]),
        URIRef(GKR["doc/aaaaaaaaaaaa"]),
    }
