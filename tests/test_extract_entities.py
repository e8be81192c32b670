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


@pytest.fixture(scope="module")
def ranked() -> Extractor:
    """An extractor whose pipeline has the rank abbreviations installed."""
    from kg.extract.abbreviations import install
    from kg.extract.mentions import phrase_matcher

    extractor = Extractor()
    install(extractor.nlp)
    extractor.matcher = phrase_matcher(extractor.nlp)
    return extractor


@pytest.mark.parametrize(
    "text",
    [
        "Brig. Gen. Yaw Ofori said the border was calm.",
        "The new junta is headed by Brig. Gen. Musa Tanko, who seized power in Niger in July.",
        "Col. Maj. Ibrahim Kone said the attack failed.",
        "Troops loyal to Lt. Col. Paul Mensah took the airport.",
    ],
)
def test_abbreviated_ranks_do_not_end_sentences(ranked: Extractor, text: str) -> None:
    assert len(list(ranked.nlp(text).sents)) == 1


def test_abbreviated_ranks_are_one_token(ranked: Extractor) -> None:
    words = [t.text for t in ranked.nlp("Brig. Gen. Yaw Ofori and Lt.-Col. Ama Serwaa spoke.")]
    assert words[:2] == ["Brig.", "Gen."]
    assert "Lt.-Col." in words


def test_a_line_break_after_a_rank_still_ends_the_sentence(ranked: Extractor) -> None:
    assert len(list(ranked.nlp("Promoted to Col.\nAma Serwaa took command.").sents)) == 2


def test_leader_behind_an_abbreviated_rank(ranked: Extractor) -> None:
    text = "The new junta is headed by Brig. Gen. Musa Tanko, who seized power in Niger in July."
    assert rows(ranked.facts(text), "position") == {("Musa Tanko", "Niger")}


def test_name_split_by_the_model_is_one_person(ex: Extractor) -> None:
    text = "According to Gen. Oleksandr Syrskyi, Ukraine's top commander, the front held."
    assert rows(ex.facts(text), "affiliation") == {("Oleksandr Syrskyi", "Ukraine")}
