"""Entities: states without an ISO code, titles that are also given names, names the model
tags as places. Names of people are invented."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows
from kg.extract.gazetteer import name_index, states


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    "name,code",
    [
        ("Kosovo", "XKX"),
        ("Somaliland", "XSL"),
        ("Transnistria", "XTR"),
        ("Abkhazia", "XAB"),
        ("South Ossetia", "XSO"),
        ("Northern Cyprus", "XNC"),
        ("Hargeisa", "XSL"),
        ("Kosovar", "XKX"),
    ],
)
def test_states_without_an_iso_code_have_stable_codes(name: str, code: str) -> None:
    assert name_index()[name][:2] == ("state", code)
    assert len(code) == 3 and code.isupper()  # the shape every state IRI has


def test_user_assigned_codes_do_not_clash_with_iso_codes() -> None:
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries}
    added = {code for code in states() if code.startswith("X")}
    assert added and not (added & iso)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kosovo's prime minister Arben Dushi rejected the proposal.",
            {("Arben Dushi", "Kosovo")},
        ),
        (
            "Transnistria's leader Pavel Lungu visited the border.",
            {("Pavel Lungu", "Transnistria")},
        ),
        (
            "Turkish Cypriot leader Orhan Kaya met the envoy in Nicosia.",
            {("Orhan Kaya", "Northern Cyprus")},
        ),
    ],
)
def test_unrecognised_states_have_leaders(ex: Extractor, text: str, expected: set) -> None:
    assert rows(ex.facts(text), "position") == expected


def test_a_title_that_is_a_given_name_stays_in_the_name(ex: Extractor) -> None:
    facts = ex.facts(
        "The talks brought together Amir Tal and Dara Navabi, Iran's foreign minister."
    )
    assert rows(facts, "position") == set()
    assert rows(facts, "affiliation") == {("Dara Navabi", "Iran")}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kuwait's Amir Sheikh Nawaf Salem received the envoy.", ("Nawaf Salem", "Kuwait")),
        ("Sultan Hamad bin Said of Oman hosted the mediators.", ("Hamad bin Said", "Oman")),
        ("The Sultan of Oman, Hamad bin Said, hosted the mediators.", ("Hamad bin Said", "Oman")),
    ],
)
def test_the_same_word_as_a_title(ex: Extractor, text: str, expected: tuple) -> None:
    assert rows(ex.facts(text), "position") == {expected}


def test_a_given_name_that_is_a_title_word_is_not_a_leader(ex: Extractor) -> None:
    facts = ex.facts("Sultan Omar Nasser, an Emirati economist, said growth would slow.")
    assert rows(facts, "position") == set()
    assert rows(facts, "affiliation") == {("Sultan Omar Nasser", "United Arab Emirates")}
