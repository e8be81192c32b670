"""Modality: which supplies, alliances and conflicts are stated as facts, and which are
planned, hypothetical, denied or reported (the named queries show Asserted and Reported only)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def modalities(ex: Extractor, text: str, kind: str) -> set[str]:
    return {f.modality for f in ex.facts(text) if f.kind == kind}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Germany supplied tanks to Ukraine.", "Asserted"),
        ("Germany could supply tanks to Ukraine.", "Hypothetical"),
        ("Germany plans to send tanks to Ukraine.", "Planned"),
        ("Germany agreed to deliver tanks to Ukraine.", "Planned"),
        ("Germany is expected to deliver tanks to Ukraine.", "Planned"),
        ("Germany will send tanks to Ukraine.", "Planned"),
        ("Spain offered Morocco two patrol boats.", "Planned"),
        ("Japan pledged radars to Sri Lanka.", "Planned"),
        ("Kyiv wants Berlin to send tanks to Ukraine.", "Hypothetical"),
        ("Iran denied supplying drones to Russia.", "Denied"),
        ("Germany has not sent tanks to Ukraine.", "Denied"),
        ("Russia reportedly sent fuel to North Korea.", "Reported"),
        ("Iran is believed to have supplied drones to Russia.", "Reported"),
        ("Russia is said to have sent fuel to North Korea.", "Reported"),
        ("Sudan accused the UAE of supplying the RSF with weapons.", "Reported"),
        ("According to officials, Iran has been sending missiles to Russia.", "Reported"),
    ],
)
def test_supply_modality(ex: Extractor, text: str, expected: str) -> None:
    assert modalities(ex, text, "supply") == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Israel struck Iran.", "Asserted"),
        ("Israel could attack Iran.", "Hypothetical"),
        ("Israel might strike Iran's nuclear sites.", "Hypothetical"),
        ("India denied attacking Pakistan.", "Denied"),
        ("Iran threatened to retaliate against Israel.", "Asserted"),
    ],
)
def test_conflict_modality(ex: Extractor, text: str, expected: str) -> None:
    assert modalities(ex, text, "conflict") == {expected}


def test_feared_war_is_no_conflict_row(ex: Extractor) -> None:
    facts = ex.facts("Officials feared a war between India and Pakistan.")
    assert {f.modality for f in facts if f.kind == "conflict"} <= {"Hypothetical"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Japan and Australia signed a defence pact.", "Asserted"),
        ("Japan and Australia plan to sign a defence pact next year.", "Planned"),
    ],
)
def test_alliance_modality(ex: Extractor, text: str, expected: str) -> None:
    assert modalities(ex, text, "alliance") == {expected}


def test_wanted_pact_is_no_alliance_row(ex: Extractor) -> None:
    facts = ex.facts("Serbia wants a defence pact with Russia.")
    assert {f.modality for f in facts if f.kind == "alliance"} <= {"Hypothetical", "Planned"}


def test_reported_supply_keeps_who_reported_it(ex: Extractor) -> None:
    facts = [
        f
        for f in ex.facts("Ukraine's intelligence reported that Iran had shipped drones to Russia.")
        if f.kind == "supply"
    ]
    assert [f.modality for f in facts] == ["Reported"]
    assert facts[0].reported_by is not None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Poland stopped sending weapons to Ukraine.", "Denied"),
        ("Washington cancelled the sale of F-35 jets to Turkey.", "Denied"),
        ("The US said it had no evidence that China sent weapons to Russia.", "Denied"),
    ],
)
def test_stopped_cancelled_or_unproven_supplies(ex: Extractor, text: str, expected: str) -> None:
    assert modalities(ex, text, "supply") == {expected}


def test_warned_against_attacking_is_no_conflict_row(ex: Extractor) -> None:
    facts = ex.facts("Britain warned Russia against attacking Ukraine.")
    assert {f.modality for f in facts if f.kind == "conflict"} <= {"Hypothetical"}
    assert not any(
        "United Kingdom" in {r.label for r in f.roles.values()}
        for f in facts
        if f.kind == "conflict"
    )


def test_the_sanctioned_seller_supplies_not_the_sanctioner(ex: Extractor) -> None:
    facts = ex.facts("The US sanctioned Chinese firms for selling drone parts to Russia.")
    suppliers = {f.roles["supplier"].label for f in facts if f.kind == "supply"}
    assert "United States" not in suppliers


def test_approved_sending_is_planned(ex: Extractor) -> None:
    text = "The United States approved sending ATACMS missiles to Ukraine."
    assert modalities(ex, text, "supply") == {"Planned"}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The UAE has denied accusations that it armed the RSF.", "Denied"),
        ("Abu Dhabi rejected claims that it had sent weapons to the RSF.", "Denied"),
        ("There is no evidence that China has sent weapons to Russia.", "Denied"),
        ("There are reports that Iran shipped missiles to the Houthis.", "Reported"),
        (
            "Ukraine presented evidence that North Korea had supplied missiles to Russia.",
            "Reported",
        ),
        ("Indonesia ordered 42 Rafale jets from France.", "Planned"),
        ("Seoul is set to deliver 96 howitzers to Warsaw.", "Planned"),
        ("Moscow has begun delivering MiG-29 jets to Belgrade.", "Asserted"),
        ("Spain has received two frigates from Italy.", "Asserted"),
        ("Rwanda is accused of arming the M23 rebels.", "Reported"),
        ("Tokyo denied that it planned to sell submarines to Hanoi.", "Denied"),
        ("Iran rejected claims that it would send missiles to Russia.", "Denied"),
        ("Tokyo said it planned to sell submarines to Hanoi.", "Planned"),
        (
            "Egypt was supposed to receive Su-35 jets from Russia, but the deal collapsed.",
            "Hypothetical",
        ),
        ("Norway has started shipping F-16 jets to Ukraine.", "Asserted"),
        ("Russia has stopped delivering gas to Moldova.", "Denied"),
        ("There were reports that Iran would send missiles to Russia.", "Hypothetical"),
    ],
)
def test_claims_denials_and_orders(ex: Extractor, text: str, expected: str) -> None:
    assert modalities(ex, text, "supply") == {expected}
