"""Kinds of sentence that held-out sets (eval/heldout4, heldout5) showed missing, written here with
other names and words: states joined by a combining form, allies described by a possessive, a
state designated an ally, "the president of Y, X," however the parser hangs it, "PNG", and
soldiers killed in a clash with another state's troops."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials praised the Franco-German partnership.", {("France", "Germany")}),
        ("The Sino-Russian partnership has no limits, Xi said.", {("China", "Russia")}),
        ("The Anglo-American alliance survived the war.", {("United Kingdom", "United States")}),
        ("The Indo-Pacific strategy was unveiled in Tokyo.", set()),  # a region, no pair
        ("Sino-Indian ties soured after the border clash.", set()),
        # a possessive ally is a description: it holds whatever the clause urges or asks
        (
            "Washington urged its allies, Japan and South Korea, to settle their dispute.",
            {("Japan", "United States"), ("South Korea", "United States")},
        ),
        (
            "Paris has pressed reforms on its two African partners, Senegal and Ivory Coast.",
            {("France", "Senegal"), ("France", "Ivory Coast")},
        ),
        ("Moscow hopes to make Minsk its closest ally.", set()),  # a wish, predicated
        ("Armenia may seek new allies such as France.", set()),
        ("The United States designated Kenya a major non-NATO ally.", {("Kenya", "United States")}),
        ("Australia signed a defence pact with PNG.", {("Australia", "Papua New Guinea")}),
    ],
)  # fmt: skip
def test_alliances(ex: Extractor, text: str, expected: set) -> None:
    assert rows(ex.facts(text), "alliance") == expected


def test_combining_form_in_a_war_name(ex: Extractor) -> None:
    assert rows(ex.facts("The Russo-Ukrainian war entered its third year."), "conflict") == {
        ("Russia", "Ukraine")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DAKAR – The president of the Republic of Guinea-Bissau, Umaro Sissoco Embaló, "
            "praised the Senegalese soldiers who have guarded his palace for two years, "
            "telling Bassirou Diomaye Faye in the palace on Monday that they had saved his "
            "government.",
            ("Umaro Sissoco Embaló", "Guinea-Bissau"),
        ),
        (
            "The prime minister of Papua New Guinea, Jean-Marie Tabu, praised the deal.",
            ("Jean-Marie Tabu", "Papua New Guinea"),
        ),
    ],
)
def test_the_president_of_y_comma_x(ex: Extractor, text: str, expected: tuple) -> None:
    assert expected in rows(ex.facts(text), "position")


def test_the_minister_of_y_comma_x_is_a_person(ex: Extractor) -> None:
    facts = ex.facts("The foreign minister of Kenya, Musalia Mudavadi, praised the deal.")
    assert rows(facts, "affiliation") == {("Musalia Mudavadi", "Kenya")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine Peruvian soldiers were killed in a clash with Ecuadorian troops near the river.",
            {("Ecuador", "Peru")},
        ),
        ("Three Thai soldiers died in clashes with Cambodian troops.", {("Cambodia", "Thailand")}),
        ("Four civilians were killed in the war.", set()),
    ],
)  # fmt: skip
def test_the_fallen_side_of_a_clash(ex: Extractor, text: str, expected: set) -> None:
    assert rows(ex.facts(text), "conflict") == expected
