"""The named queries on a store of many articles give the rows of one copy of each article.

A store keeps one named graph per article and queries their union; pyoxigraph's union repeats a
triple once per graph that holds it, so a query that joins before it deduplicates multiplies
rows (and time) with every article repeating a fact. Here every article is copied many times
under new document IRIs, sharing its entities and facts, as articles of one story do.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph
import pytest

from kg.query import load, names, open_source, run_named
from kg.store import open_store
from kg.vocab import GKR

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = (
    ROOT / "examples" / "01-ashgabat-summit.ttl",
    ROOT / "tests" / "data" / "query-sample.ttl",
)
COPIES = 40

#: A typical narrowed use of each parameter of each named query.
PARAMS: list[tuple[str, dict[str, str]]] = [
    ("leaders", {"state": "Moscow"}),
    ("leaders", {"leader": "Putin"}),
    ("leaders", {"title": "president"}),
    ("who-supplies-whom", {"recipient": "Russia"}),
    ("who-supplies-whom", {"supplier": "Iran"}),
    ("who-supplies-whom", {"item": "drone"}),
    ("alliances", {"party": "Iran"}),
    ("conflicts", {"party": "Russia"}),
    ("meetings", {"participant": "Putin"}),
    ("meetings", {"participant": "Putin", "with": "Iran"}),
    ("statements", {"speaker": "Putin"}),
    ("statements", {"quote": "the"}),
    ("affiliations", {"organization": "Putin"}),
    ("affiliations", {"person": "Ushakov"}),
    ("evidence", {"entity": "Russia"}),
    ("evidence", {"relation": "supplies"}),
]
CASES = [(name, {}) for name in names()] + PARAMS

_ARTICLE_PARTS = (str(GKR) + "doc/", str(GKR) + "extraction/")


def copied(term: object, copy: int) -> object:
    """The term with its document (and the document's sentences and extraction) renamed."""
    if isinstance(term, pyoxigraph.NamedNode) and term.value.startswith(_ARTICLE_PARTS):
        head, hash_mark, fragment = term.value.partition("#")
        return pyoxigraph.NamedNode(f"{head}-copy{copy}{hash_mark}{fragment}")
    return term


def article_copy(triples: list[pyoxigraph.Triple], copy: int) -> list[pyoxigraph.Quad]:
    graph = pyoxigraph.NamedNode(f"{GKR}graph/copy{copy}")
    return [
        pyoxigraph.Quad(copied(t.subject, copy), t.predicate, copied(t.object, copy), graph)
        for t in triples
    ]


@pytest.fixture(scope="module")
def one_copy() -> pyoxigraph.Store:
    """Each article once, in the default graph: what `kg query FILE` reads."""
    store = pyoxigraph.Store()
    for path in ARTICLES:
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def many_copies(tmp_path_factory: pytest.TempPathFactory) -> pyoxigraph.Store:
    """Every article COPIES times, one named graph per copy, in an on-disk store."""
    directory = tmp_path_factory.mktemp("many") / "store"
    store = open_store(directory)
    for number, path in enumerate(ARTICLES):
        triples = [q.triple for q in pyoxigraph.parse(path=str(path))]
        for copy in range(COPIES):
            store.extend(article_copy(triples, number * COPIES + copy))
    store.flush()
    del store  # release the writer's lock before reading as a user would
    return open_source(directory)


def test_the_store_holds_every_copy_as_its_own_graph(many_copies: pyoxigraph.Store) -> None:
    graphs = list(many_copies.named_graphs())
    assert len(graphs) == COPIES * len(ARTICLES)


@pytest.mark.parametrize(("name", "params"), CASES, ids=lambda v: str(v) if v else "all")
def test_many_copies_answer_the_rows_of_one(
    name: str, params: dict[str, str], one_copy: pyoxigraph.Store, many_copies: pyoxigraph.Store
) -> None:
    expected = run_named(one_copy, name, **params)
    found = run_named(many_copies, name, **params)  # fails past the default 30 s time limit
    if name == "evidence":
        # one row per (fact, sentence): each copy's sentences are its own, with the same text
        assert Counter(map(_key, found)) == Counter({_key(r): COPIES for r in expected})
    else:
        assert found == expected
    if not params:
        assert expected, name  # the articles give every query something to find


def test_every_named_query_is_covered() -> None:
    assert {name for name, _ in CASES} == set(names())
    for name in names():
        assert load(name).params, name


def _key(row: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(row.items()))
