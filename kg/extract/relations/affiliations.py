"""Affiliations: a person's role for an organization, a state or another person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.facts import Fact
from kg.extract.lexicon import titles as data_titles
from kg.extract.relations.common import sentence_span
from kg.extract.relations.leaders import is_leader_title, state_in_context
from kg.extract.relations.titles import person_titles

if TYPE_CHECKING:
    from kg.extract.entities import Entity
    from kg.extract.mentions import Analysis
    from kg.extract.relations.titles import Title


def find(an: Analysis) -> list[Fact]:
    facts = []
    titles = list(person_titles(an))
    # "General X, commander of Pakistan's army": the stated role wins over a bare rank
    stated = {(id(t.person), an.sent(t.trigger).start) for t in titles if t.principal is not None}
    former = set(data_titles()["former_modifiers"])
    for title in titles:
        if title.modifiers & former and title.head in data_titles()["leader_titles"]:
            continue  # "a former French president" holds no office ("a retired diplomat" does)
        principal = title.principal
        if principal is None and not is_leader_title(title) and not title.counterpart:
            if (id(title.person), an.sent(title.trigger).start) in stated:
                continue
            principal = _national_state(an, title) or state_in_context(an, title)
        if principal is None or principal is title.person:
            continue
        if is_leader_title(title) and principal.kind == "State":
            continue  # a leader, not an affiliation
        if (
            principal.kind == "Person"
            and an.table.leader_state(principal)
            and title.head in {"president", "prime minister", "leader"}
        ):
            continue
        fact = Fact(
            kind="affiliation",
            roles={"affiliate": title.person, "principal": principal},
            evidence=sentence_span(an, an.sent(title.trigger)),
            confidence=0.75,
            modality="Asserted",
        )
        if title.text:
            fact.add_literal("role", title.text)
        if principal.kind == "State":
            an.table.set_official(title.person, principal)
        facts.append(fact)
    return facts


def _national_state(an: Analysis, title: Title) -> Entity | None:
    """ "Secretary of State X": a title only one state gives names that state, whatever other
    states the sentence names ("X said Israel would ..."); not "Secretary of State for Y"."""
    text = title.text.lower()
    iso3 = data_titles()["national_titles"].get(text)
    return an.table.state(iso3) if iso3 and " for " not in text else None
