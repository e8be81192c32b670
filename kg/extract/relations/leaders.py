"""Leadership positions: a head-of-state or head-of-government title held for a state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dates import date_near
from kg.extract.entities import Entity
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
    # twice: "his Iranian counterpart" needs the first leader's title
    for title in person_titles(an):
        if is_leader_title(title) and title.principal and title.principal.kind == "State":
            an.table.titles.setdefault(id(title.person), title.head)
            an.table.set_leader(title.person, title.principal)
    found = [t for t in person_titles(an) if is_leader_title(t)]
    for title in found:
        if title.principal is None:
            title.principal = state_in_context(an, title)
            confidence = 0.6
        else:
            confidence = 0.85
        if title.principal is None or title.principal.kind != "State":
            continue
        level = titles()["leader_titles"][title.head]
        fact = Fact(
            kind="position",
            roles={"holder": title.person, "ofState": title.principal},
            evidence=sentence_span(an, an.sent(title.trigger)),
            confidence=confidence,
            subclass="HeadOfStatePosition" if level == "state" else "HeadOfGovernmentPosition",
        )
        fact.add_literal("title", _TITLE_CASE.get(title.head, title.head.title()))
        fact.start_date = _start_date(an, title)
        an.table.set_leader(title.person, title.principal)
        an.table.titles.setdefault(id(title.person), title.head)
        facts.append(fact)
    return facts


def state_in_context(an: Analysis, title: Title) -> Entity | None:
    """ "Prime Minister X said ... Israel would ...": a title written without its state takes the
    state the sentence names, the subject first, unless that state already has such a leader.
    A person already known as a leader keeps their state."""
    known = an.table.leader_state(title.person)
    if known is not None:
        return known
    level = titles()["leader_titles"].get(title.head, "role")
    sent = an.sent(title.trigger)
    candidates: list[tuple[int, Entity]] = []
    for m in an.mentions:
        if m.start < sent.start or m.start >= sent.end or m.entity.kind != "State":
            continue
        if m.start in an.quoted:
            continue
        leader = an.table.leader_of.get(m.entity.iso3 or "")
        if (
            level != "role"
            and leader is not None
            and leader is not title.person
            and (titles()["leader_titles"].get(an.table.titles.get(id(leader), ""), "") == level)
        ):
            continue
        tok = an.doc[m.end - 1]
        if level == "role" and tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "to"}:
            continue  # "told reporters in Singapore": where, not whose
        subject = {"nsubj"} if level == "role" else {"nsubj", "poss"}
        candidates.append((0 if tok.dep_ in subject else 1, m.entity))
    for ranks in ({0}, {0, 1}):
        states = {id(e): e for rank, e in candidates if rank in ranks}
        if len(states) == 1:
            return next(iter(states.values()))
        if states:
            return None
    if sent.start == 0:
        return None
    # "Ethiopia reacted with alarm. Foreign Minister X warned ...": the state the previous
    # sentence is about
    prev = an.sent(sent.start - 1)
    subjects = {
        id(m.entity): m.entity
        for m in an.mentions
        if prev.start <= m.start < prev.end
        and m.entity.kind == "State"
        and m.start not in an.quoted
        and an.doc[m.end - 1].dep_ == "nsubj"
    }
    return next(iter(subjects.values())) if len(subjects) == 1 else None


_START_VERBS = {
    "assume",
    "take",
    "inherit",
    "become",
    "elect",
    "swear",
    "win",
    "lead",
    "rule",
    "succeed",
    "inaugurate",
    "come",
}


def _start_date(an: Analysis, title: Title) -> str | None:
    """ "X, who assumed the presidency in July", "X has led Y since 2019"."""
    sent = an.sent(title.trigger)
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _START_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        holder = None
        if subj is not None:
            holder = an.entity_for(subj.head.head if subj.lower_ in {"who", "that"} else subj)
        if holder is title.person:
            value = date_near(tok, sent, an.date)
            if value:
                return value
    return None
