"""Leadership positions: a head-of-state or head-of-government title held for a state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.facts import Fact
from kg.extract.lexicon import titles
from kg.extract.relations.common import sentence_span
from kg.extract.relations.titles import Title, person_titles

if TYPE_CHECKING:
    from kg.extract.mentions import Analysis

_TITLE_CASE = {
    "prime minister": "Prime Minister",
    "supreme leader": "Supreme Leader",
    "head of state": "Head of State",
    "head of government": "Head of Government",
}


def is_leader_title(title: Title) -> bool:
    data = titles()
    if title.head not in data["leader_titles"]:
        return False
    return not (title.modifiers & set(data["not_leader_modifiers"]))


def find(an: Analysis) -> list[Fact]:
    facts = []
    for title in person_titles(an):
        if not is_leader_title(title) or title.principal is None:
            continue
        if title.principal.kind != "State":
            continue
        level = titles()["leader_titles"][title.head]
        fact = Fact(
            kind="position",
            roles={"holder": title.person, "ofState": title.principal},
            evidence=sentence_span(an, title.trigger.sent),
            confidence=0.85,
            subclass="HeadOfStatePosition" if level == "state" else "HeadOfGovernmentPosition",
        )
        fact.add_literal("title", _TITLE_CASE.get(title.head, title.head.title()))
        an.table.set_leader(title.person, title.principal)
        facts.append(fact)
    return facts
