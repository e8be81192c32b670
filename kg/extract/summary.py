"""The one-line summary `kg extract` prints per article."""

from __future__ import annotations

from collections import Counter

from rdflib import Graph
from rdflib.namespace import RDF

from kg.vocab import GKG
from kg.wording import counted

_ENTITY_CLASSES = [GKG.State, GKG.Person, GKG.Organization, GKG.Group, GKG.Place]
_FACT_CLASSES = {
    GKG.HeadOfStatePosition: "leader",
    GKG.HeadOfGovernmentPosition: "leader",
    GKG.LeadershipPosition: "leader",
    GKG.Supply: "supply",
    GKG.Alliance: "alliance",
    GKG.Conflict: "conflict",
    GKG.Meeting: "meeting",
    GKG.Statement: "statement",
    GKG.Affiliation: "affiliation",
}


def summary(graph: Graph) -> str:
    """ "14 entities; 12 facts: 3 leaders, 2 supplies, 1 alliance, ..." (facts counted once per
    individual, every kind shown, even at 0, so that lines align)."""
    entities = {s for cls in _ENTITY_CLASSES for s in graph.subjects(RDF.type, cls)}
    counts: Counter[str] = Counter()
    seen = set()
    for cls, name in _FACT_CLASSES.items():
        for node in graph.subjects(RDF.type, cls):
            if node not in seen:
                seen.add(node)
                counts[name] += 1
    facts = ", ".join(counted(counts[n], n) for n in _FACT_NAMES)
    return f"{counted(len(entities), 'entity')}; {counted(sum(counts.values()), 'fact')}: {facts}"


#: The kinds, in the order of the named queries.
_FACT_NAMES = ["leader", "supply", "alliance", "conflict", "meeting", "statement", "affiliation"]
