"""A fact found in a sentence, before it becomes an n-ary relation individual in RDF."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.entities import Entity

#: Relation kinds whose two roles are unordered (the IRI sorts their fillers).
SYMMETRIC = {"alliance", "conflict", "meeting"}


@dataclass
class Fact:
    kind: str  # position, alliance, conflict, supply, meeting, statement, affiliation
    roles: dict[str, Entity]  # role name (vocab term) -> entity
    evidence: tuple[int, int]  # character offsets of the sentence in the article
    modality: str = "Asserted"
    confidence: float = 0.7
    literals: dict[str, list[str]] = field(default_factory=dict)  # item, quote, title, role
    reported_by: Entity | None = None
    date: str | None = None  # ISO date, year-month or year
    start_date: str | None = None  # a position's start ("became premier in March")
    subclass: str | None = None  # HeadOfStatePosition / HeadOfGovernmentPosition

    def add_literal(self, name: str, value: str) -> None:
        values = self.literals.setdefault(name, [])
        if value and value not in values:
            values.append(value)


#: Columns of each kind, as the named queries give them (role names, then literal names).
_ROWS = {
    "position": ("holder", "ofState"),
    "supply": ("supplier", "recipient", "item"),
    "alliance": ("allyA", "allyB"),
    "conflict": ("sideA", "sideB"),
    "meeting": ("participantA", "participantB"),
    "statement": ("speaker", "quote"),
    "affiliation": ("affiliate", "principal"),
}


def rows(facts: list[Fact], kind: str, factual_only: bool = True) -> set[tuple[str, ...]]:
    """Facts of one kind as tuples of labels (symmetric pairs sorted), one per item or quote:
    what a named query would show, for tests and debugging."""
    out: set[tuple[str, ...]] = set()
    for fact in facts:
        if fact.kind != kind or (factual_only and fact.modality not in {"Asserted", "Reported"}):
            continue
        cols = _ROWS[kind]
        labels = [fact.roles[c].label for c in cols if c in fact.roles]
        if kind in SYMMETRIC:
            labels = sorted(labels)
        literal = next((c for c in cols if c not in fact.roles and c in fact.literals), None)
        if literal is None:
            out.add(tuple(labels))
        else:
            out.update((*labels, value) for value in fact.literals[literal])
    return out
