"""Sentence cases: short texts of many shapes, each with the facts it must and must not yield.

The cases live in tests/cases/*.json (one file per relation, plus modality and coreference),
written apart from the extractor and never tuned on. Each case is extracted with the real
spaCy pipeline, the graph goes through the real named queries, and the rows are compared
with the case's `expect` (rows that must be there) and `absent` (rows that must not be).

Cases the extractor does not pass yet are listed in tests/cases/known_misses.txt and run as
strict xfails: they stay visible in every run, and one that starts passing fails the suite
until it is taken off the list (regenerate it with tests/cases/update_known_misses.py).
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CASES_DIR = Path(__file__).resolve().parent / "cases"
KNOWN_MISSES = CASES_DIR / "known_misses.txt"

#: The columns of each named query that a case may check.
COLUMNS: dict[str, tuple[str, ...]] = {
    "leaders": ("leader", "state", "title"),
    "who-supplies-whom": ("supplier", "recipient", "item"),
    "alliances": ("party1", "party2"),
    "conflicts": ("party1", "party2"),
    "meetings": ("participant1", "participant2", "place"),
    "statements": ("speaker", "quote"),
    "affiliations": ("person", "organization", "role"),
}
#: Symmetric relations: the first two columns match in either order.
UNORDERED = {"alliances", "conflicts", "meetings"}
#: Free-text columns matched by shared words rather than by the whole label.
LOOSE = {"title", "role", "place"}
QUOTE_OVERLAP = 0.6

Case = dict[str, Any]
Row = dict[str, str]


# --- the cases -------------------------------------------------------------------------------


def load_cases() -> list[tuple[str, Case]]:
    """Every case as (file:id, case), in file order; ids are checked unique."""
    found: list[tuple[str, Case]] = []
    for path in sorted(CASES_DIR.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            found.append((f"{path.stem}:{case['id']}", case))
    ids = [case_id for case_id, _ in found]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate case ids: {', '.join(duplicates)}")
    return found


def known_misses() -> set[str]:
    if not KNOWN_MISSES.exists():
        return set()
    lines = KNOWN_MISSES.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


# --- matching --------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Casefolded words without accents or punctuation; a leading 'the' dropped."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s\b", "", text)
    found = re.findall(r"[^\W_]+", text)
    return found[1:] if found[:1] == ["the"] else found


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def same_label(expected: str, cell: str) -> bool:
    return words(expected) == words(cell)


def item_matches(expected: str, cell: str) -> bool:
    """The expected item's head noun (last word, singular) is the cell's last word."""
    want, got = words(expected), words(cell)
    return bool(want and got) and singular(want[-1]) == singular(got[-1])


def quote_matches(expected: str, cell: str) -> bool:
    """Shared words cover at least 0.6 of the longer side, so a fragment is not a whole quote."""
    want = {singular(w) for w in words(expected)}
    got = {singular(w) for w in words(cell)}
    if not want or not got:
        return False
    return len(want & got) / max(len(want), len(got)) >= QUOTE_OVERLAP


def loose_matches(expected: str, cell: str) -> bool:
    """Every expected word is in the cell ("defence minister" in "Defence Minister of Japan")."""
    want = {singular(w) for w in words(expected)}
    return bool(want) and want <= {singular(w) for w in words(cell)}


def cell_matches(column: str, expected: str, cell: str) -> bool:
    if column == "item":
        return item_matches(expected, cell)
    if column == "quote":
        return quote_matches(expected, cell)
    if column in LOOSE:
        return loose_matches(expected, cell)
    return same_label(expected, cell)


def row_matches(query: str, wanted: Row, row: Row) -> bool:
    """Every column the case names matches; symmetric pairs may come in either order."""
    orders = [wanted]
    if query in UNORDERED:
        first, second = COLUMNS[query][:2]
        swapped = dict(wanted)
        swapped.pop(first, None)
        swapped.pop(second, None)
        if first in wanted:
            swapped[second] = wanted[first]
        if second in wanted:
            swapped[first] = wanted[second]
        orders.append(swapped)
    return any(
        all(cell_matches(col, value, row.get(col) or "") for col, value in order.items())
        for order in orders
    )


# --- running a case --------------------------------------------------------------------------


def query_rows(graph: Any, queries: set[str]) -> dict[str, list[Row]]:
    """Run the named queries on the graph as `kg query` would: through a graph file."""
    from kg.query import open_source, run_named

    with tempfile.TemporaryDirectory(prefix="kg-case-") as tmp:
        path = Path(tmp) / "case.ttl"
        graph.serialize(destination=str(path), format="turtle")
        store = open_source(path)
        return {name: run_named(store, name) for name in sorted(queries)}


def problems(extract: Callable[[str, str], Any], case_id: str, case: Case) -> list[str]:
    """What is wrong with the extractor's answer to one case; empty when it passes."""
    expect: dict[str, list[Row]] = case.get("expect", {})
    absent: dict[str, list[Row]] = case.get("absent", {})
    unknown = (set(expect) | set(absent)) - set(COLUMNS)
    if unknown:
        raise ValueError(f"{case_id}: unknown named queries {sorted(unknown)}")
    results = query_rows(extract(case["text"], case_id), set(expect) | set(absent))
    found: list[str] = []
    for query, wanted_rows in expect.items():
        for wanted in wanted_rows:
            if not any(row_matches(query, wanted, row) for row in results[query]):
                found.append(f"missing {query} {wanted}")
    for query, banned_rows in absent.items():
        for banned in banned_rows:
            hits = [row for row in results[query] if row_matches(query, banned, row)]
            if hits:
                found.append(f"unwanted {query} {banned}: got {hits[0]}")
    if found:
        shown = {q: [_brief(r, q) for r in rows] for q, rows in results.items() if rows}
        found.append(f"rows returned: {shown}")
    return found


def _brief(row: Row, query: str) -> dict[str, str]:
    return {col: row.get(col, "") for col in COLUMNS[query] if row.get(col)}


def extractor_function() -> Callable[[str, str], Any]:
    """One loaded extractor, as a function of (text, name) to an rdflib graph."""
    from kg.extract import Article, Extractor

    extractor = Extractor()
    return lambda text, name: extractor.extract(Article(text=text, name=name))


def iter_results(
    extract: Callable[[str, str], Any],
) -> Iterator[tuple[str, list[str]]]:
    """(case id, problems) for every case; an extractor crash counts as a problem."""
    for case_id, case in load_cases():
        try:
            yield case_id, problems(extract, case_id, case)
        except Exception as err:  # a crash on one case is that case's failure
            yield case_id, [f"{type(err).__name__}: {err}"]


# --- the tests -------------------------------------------------------------------------------


def _params() -> list[Any]:
    misses = known_misses()
    params = []
    for case_id, case in load_cases():
        marks = [pytest.mark.xfail(strict=True, reason="known miss")] if case_id in misses else []
        params.append(pytest.param(case_id, case, id=case_id, marks=marks))
    return params


@pytest.fixture(scope="module")
def extract() -> Callable[[str, str], Any]:
    return extractor_function()


@pytest.mark.parametrize(("case_id", "case"), _params())
def test_case(extract: Callable[[str, str], Any], case_id: str, case: Case) -> None:
    found = problems(extract, case_id, case)
    assert not found, f"{case_id}: {case['text']}\n" + "\n".join(found)


def test_known_misses_name_real_cases() -> None:
    """A stale id in known_misses.txt would hide nothing and mislead readers."""
    ids = {case_id for case_id, _ in load_cases()}
    assert not known_misses() - ids


def test_every_relation_has_enough_cases() -> None:
    counts: dict[str, int] = {}
    for case_id, _ in load_cases():
        stem = case_id.split(":", 1)[0]
        counts[stem] = counts.get(stem, 0) + 1
    assert counts and min(counts.values()) >= 25, counts


@pytest.mark.parametrize(
    ("column", "expected", "cell", "result"),
    [
        ("state", "United States", "the United States", True),
        ("leader", "Étienne Marchand", "Etienne Marchand", True),
        ("leader", "Tomasz Wrona", "Wrona", False),
        ("item", "artillery shells", "152mm artillery shell", True),
        ("item", "artillery shells", "shells and drones", False),
        ("title", "Prime Minister", "prime minister of Japan", True),
        ("title", "Prime Minister", "President", False),
        ("quote", "We will not retreat from this decision", "we will not retreat", False),
        ("quote", "We will not retreat from this decision", "We will not retreat from this", True),
    ],
)
def test_matching_rules(column: str, expected: str, cell: str, result: bool) -> None:
    assert cell_matches(column, expected, cell) is result


def test_symmetric_rows_match_either_order() -> None:
    row = {"party1": "Ukraine", "party2": "Russia"}
    assert row_matches("conflicts", {"party1": "Russia", "party2": "Ukraine"}, row)
    assert not row_matches("who-supplies-whom", {"supplier": "Ukraine"}, {"supplier": "Russia"})
