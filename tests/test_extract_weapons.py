"""A weapon named after a state ("Iranian drones", "Chinese-built jets") says who made or
supplied it: never a side of the fight it is used in, and never supplied when it is the target."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.facts import rows


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "supplies", "conflicts"),
    [
        (
            "Russia fired North Korean missiles at Kyiv.",
            {("North Korea", "Russia", "missiles")},
            {("Russia", "Ukraine")},
        ),
        (
            "Sudan's army launched Turkish drones against the Rapid Support Forces.",
            {("Turkey", "Sudan", "drones")},
            {("Rapid Support Forces", "Sudan")},
        ),
        (
            "Iran-backed Houthi rebels attacked a Greek-owned tanker in the Red Sea.",
            set(),
            {("Greece", "Houthis")},
        ),
        (
            "Militants struck a Chinese-built dam with rockets.",
            set(),
            set(),
        ),
    ],
)
def test_weapons_made_elsewhere(ex: Extractor, text: str, supplies: set, conflicts: set) -> None:
    facts = ex.facts(text)
    assert rows(facts, "supply") == supplies
    assert rows(facts, "conflict") == conflicts
