"""Meetings: two named people (or states) who met, held talks or a summit, with the place."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def meetings(ex: Extractor, text: str) -> set[tuple[str, ...]]:
    return rows(ex.facts(text), "meeting")


def places(ex: Extractor, text: str) -> set[str]:
    return {
        f.roles["place"].label for f in ex.facts(text) if f.kind == "meeting" and "place" in f.roles
    }


P = ("Emmanuel Macron", "Olaf Scholz")


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron met Olaf Scholz in Berlin on Monday.",
        "Emmanuel Macron met with Olaf Scholz in Berlin.",
        "Emmanuel Macron and Olaf Scholz met in Berlin on Monday.",
        "Emmanuel Macron held talks with Olaf Scholz in Berlin.",
        "Emmanuel Macron held two rounds of talks in Berlin with Olaf Scholz.",
        "Olaf Scholz hosted Emmanuel Macron in Berlin.",
        "The meeting between Emmanuel Macron and Olaf Scholz took place in Berlin.",
        "Emmanuel Macron's meeting with Olaf Scholz in Berlin lasted two hours.",
        "Emmanuel Macron and Olaf Scholz signed a defence pact in Berlin.",
        "Emmanuel Macron received Olaf Scholz in Berlin on Friday.",
    ],
)
def test_meeting_shapes(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {P}
    assert places(ex, text) == {"Berlin"}


def test_pronoun_participant(ex: Extractor) -> None:
    text = "Olaf Scholz flew south on Sunday. He went on to meet Emmanuel Macron in Paris."
    assert meetings(ex, text) == {P}


def test_after_receiving(ex: Extractor) -> None:
    text = "Olaf Scholz spoke to reporters after receiving Emmanuel Macron in Berlin."
    assert meetings(ex, text) == {P}


def test_place_from_an_earlier_sentence(ex: Extractor) -> None:
    text = (
        "At a summit in Rome, leaders discussed trade. "
        "The meeting between Emmanuel Macron and Olaf Scholz was cordial."
    )
    assert meetings(ex, text) == {P}
    assert places(ex, text) == {"Rome"}


def test_seat_of_government_places_the_meeting_in_the_capital(ex: Extractor) -> None:
    text = "Vladimir Putin met Recep Tayyip Erdogan in the Kremlin on Tuesday."
    assert places(ex, text) == {"Moscow"}


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron will meet Olaf Scholz in Berlin next week.",
        "Emmanuel Macron and Olaf Scholz are scheduled to meet again in Rome.",
        "Emmanuel Macron plans to meet Olaf Scholz in Berlin.",
        "Emmanuel Macron did not meet Olaf Scholz during the visit.",
        "An upcoming summit between Emmanuel Macron and Olaf Scholz was announced.",
    ],
)
def test_planned_or_denied_meetings_are_not_facts(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text,place",
    [
        ("Emmanuel Macron was welcomed by Olaf Scholz at the chancellery in Berlin.", "Berlin"),
        ("Emmanuel Macron visited Berlin, where he met Olaf Scholz.", "Berlin"),
        (
            "Emmanuel Macron arrived in Berlin on Monday. During the visit he met Olaf Scholz.",
            "Berlin",
        ),
        ("Emmanuel Macron sat down with Olaf Scholz in Berlin.", "Berlin"),
    ],
)
def test_more_meeting_shapes(ex: Extractor, text: str, place: str) -> None:
    assert meetings(ex, text) == {P}
    assert places(ex, text) == {place}


def test_leader_by_verb_then_the_demonym_president(ex: Extractor) -> None:
    text = (
        "Kassym Tokayev has led Kazakhstan since 2019. "
        "The Kazakh president met Emmanuel Macron in Astana on Friday."
    )
    assert meetings(ex, text) == {("Emmanuel Macron", "Kassym Tokayev")}


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron spoke by phone with Olaf Scholz on Monday.",
        "Emmanuel Macron held talks by video link with Olaf Scholz.",
    ],
)
def test_calls_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


def test_welcomed_to_a_place(ex: Extractor) -> None:
    text = "Latvian President Tomas Varga welcomed Estonian President Lena Hoff to Riga on Tuesday."
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}
    assert places(ex, text) == {"Riga"}


@pytest.mark.parametrize(
    "text",
    [
        # a state or official visit meets the host state's leader the article names
        "Latvian President Tomas Varga said the talks were useful. Estonian President Lena Hoff "
        "paid a state visit to Latvia in July.",
        "Estonian President Lena Hoff visited Riga in July and held talks with Latvian President "
        "Tomas Varga.",
        "Estonian President Lena Hoff paid an official visit to Latvian President Tomas Varga.",
    ],
)
def test_visits_meet_the_host(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}


@pytest.mark.parametrize(
    "text",
    [
        # being in a country is not meeting its leader
        "Latvian President Tomas Varga said the talks were useful. Estonian President Lena Hoff "
        "visited Latvia in July.",
        "Latvian President Tomas Varga opened the fair. Lena Hoff's visit to Latvia ended on "
        "Friday.",
        "Estonian President Lena Hoff will visit Latvian President Tomas Varga next month.",
    ],
)
def test_visits_that_are_not_meetings(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Latvian President Tomas Varga hosted a dinner for Estonian President Lena Hoff in Riga.",
        "Latvian President Tomas Varga hosted talks with Estonian President Lena Hoff in Riga.",
        "Latvian President Tomas Varga held talks in Riga with his Estonian counterpart, Lena "
        "Hoff.",
        "After meeting Latvian President Tomas Varga in Riga, Estonian President Lena Hoff flew "
        "home.",
        "Estonian President Lena Hoff, who met Latvian President Tomas Varga in Riga last week, "
        "said the border was safe.",
    ],
)
def test_hosting_and_clause_shapes(ex: Extractor, text: str) -> None:
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}
    assert places(ex, text) == {"Riga"}


def test_a_dinner_for_unnamed_guests_is_no_meeting(ex: Extractor) -> None:
    assert meetings(ex, "Latvian President Tomas Varga hosted a dinner for diplomats.") == set()


def test_received_by_after_arriving(ex: Extractor) -> None:
    text = (
        "Estonian President Lena Hoff arrived in Riga on Monday and was received at the airport "
        "by Foreign Minister Tomas Varga."
    )
    assert meetings(ex, text) == {("Lena Hoff", "Tomas Varga")}


def test_a_states_unknown_name_that_meets_is_a_person(ex: Extractor) -> None:
    text = "Latvia's Varga met Estonia's Hoffmann in Riga."
    assert meetings(ex, text) == {("Hoffmann", "Varga")}


def test_a_planned_meetings_place_is_not_carried_to_later_meetings(ex: Extractor) -> None:
    text = (
        "At a summit in Astana, Emmanuel Macron spoke about trade. "
        "Emmanuel Macron and Olaf Scholz will meet again at a forum in Rome next month. "
        "The meeting between Emmanuel Macron and Olaf Scholz lasted two hours."
    )
    assert places(ex, text) == {"Astana", "Rome"}  # Rome only on the planned meeting
    factual = [
        f.roles["place"].label
        for f in ex.facts(text)
        if f.kind == "meeting" and f.modality == "Asserted" and "place" in f.roles
    ]
    assert factual and set(factual) == {"Astana"}
