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
    subclass: str | None = None  # HeadOfStatePosition / HeadOfGovernmentPosition

    def add_literal(self, name: str, value: str) -> None:
        values = self.literals.setdefault(name, [])
        if value and value not in values:
            values.append(value)
