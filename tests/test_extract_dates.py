"""Dates on facts: stated dates as typed literals, relative ones resolved against --date."""

from __future__ import annotations

import datetime

import pytest

from kg.extract import Article, Extractor
from kg.extract.dates import resolve
from kg.vocab import GKG

TODAY = datetime.date(2024, 10, 11)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("May 25", "2024-05-25"),
        ("Dec. 1", "2023-12-01"),
        ("July", "2024-07"),
        ("in November", "2023-11"),
        ("2016", "2016"),
        ("March 2022", "2022-03"),
        ("Friday", "2024-10-11"),
        ("Monday", "2024-10-07"),
        ("between 2020 and 2024", None),
    ],
)
def test_resolve(text: str, expected: str | None) -> None:
    assert resolve(text, TODAY) == expected


def test_no_article_date_keeps_only_absolute_dates() -> None:
    assert resolve("July", None) is None and resolve("2019", None) == "2019"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def test_meeting_and_start_dates_in_the_graph(ex: Extractor) -> None:
    text = (
        "Kenyan President William Ruto, who took office in September 2022, met Emmanuel Macron "
        "in Paris on Monday."
    )
    graph = ex.extract(Article(text=text, name="t.txt", date=TODAY))
    dates = {str(o) for o in graph.objects(None, GKG.date)}
    starts = {str(o) for o in graph.objects(None, GKG.startDate)}
    assert dates == {"2024-10-07"}
    assert starts == {"2022-09"}
