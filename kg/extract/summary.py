"""The one-line summary `kg extract` prints per article."""

from __future__ import annotations

from collections import Counter

from rdflib import Graph
from rdflib.namespace import RDF

from kg.vocab import GKG

_ENTITY_CLASSES = [GKG.State, GKG.Person, GKG.Organization, GKG.Group, GKG.Place]
_FACT_CLASSES = {
    GKG.HeadOfStatePosition: "leaders",
    GKG.HeadOfGovernmentPosition: "leaders",
    GKG.LeadershipPosition: "leaders",
    GKG.Supply: "supplies",
    GKG.Alliance: "alliances",
    GKG.Conflict: "conflicts",
    GKG.Meeting: "meetings",
    GKG.Statement: "statements",
    GKG.Affiliation: "affiliations",
}


def summary(graph: Graph) -> str:
    """ "14 entities; facts: 3 leaders, 2 supplies, ..." (facts counted once per individual)."""
    entities = {s for cls in _ENTITY_CLASSES for s in graph.subjects(RDF.type, cls)}
    counts: Counter[str] = Counter()
    seen = set()
    for cls, name in _FACT_CLASSES.items():
        for node in graph.subjects(RDF.type, cls):
            if node not in seen:
                seen.add(node)
                counts[name] += 1
    order = [
        "leaders",
        "supplies",
        "alliances",
        "conflicts",
        "meetings",
        "statements",
        "affiliations",
    ]
    facts = ", ".join(f"{counts[n]} {n}" for n in order)
    return f"{len(entities)} entities; {sum(counts.values())} facts: {facts}"
