"""What `kg draw` shows: entities as nodes, factual relations between them as edges.

Built from the evidence query, so a picture shows exactly the facts the named queries return
(asserted and reported, not planned or denied). Several facts of one kind between the same two
entities are one edge, labelled with their details (items, titles, places).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyoxigraph

STYLE = Path(__file__).with_name("style.toml")
TYPES_QUERY = Path(__file__).with_name("types.rq")


@dataclass
class Node:
    iri: str
    label: str
    kind: str  # a key of style.toml's [nodes]
    said: list[str] = field(default_factory=list)  # quotes, shown as a tooltip


@dataclass
class Edge:
    source: str
    target: str
    relation: str
    details: list[str] = field(default_factory=list)

    @property
    def detail(self) -> str:
        return ", ".join(self.details)

    @property
    def label(self) -> str:
        """What the edge says, readable without the legend: "supplies: drones, missiles"."""
        return f"{self.relation}: {self.detail}" if self.details else self.relation


@dataclass
class Picture:
    nodes: dict[str, Node]
    edges: list[Edge]


@cache
def style() -> dict[str, Any]:
    return tomllib.loads(STYLE.read_text(encoding="utf-8"))


def build(store: pyoxigraph.Store) -> Picture:
    from kg.query import run_named

    kinds = _kinds(store)
    symmetric = {name for name, spec in style()["edges"].items() if spec.get("symmetric")}
    nodes: dict[str, Node] = {}
    edges: dict[tuple[str, str, str], Edge] = {}
    seen_facts: set[str] = set()

    def node(iri: str, label: str) -> None:
        if iri not in nodes:
            nodes[iri] = Node(iri, label, kinds.get(iri, "Other"))

    for row in run_named(store, "evidence"):
        if row["fact"] in seen_facts:
            continue  # one fact, several sentences
        seen_facts.add(row["fact"])
        node(row["subject_iri"], row["subject"])
        if row["relation"] == "said" or not row["object_iri"]:
            nodes[row["subject_iri"]].said.append(row["object"])
            continue
        node(row["object_iri"], row["object"])
        source, target = row["subject_iri"], row["object_iri"]
        if row["relation"] in symmetric and target < source:
            source, target = target, source
        edge = edges.setdefault(
            (source, target, row["relation"]), Edge(source, target, row["relation"])
        )
        for detail in filter(None, (d.strip() for d in row["detail"].split(","))):
            if detail not in edge.details:
                edge.details.append(detail)
    ordered = sorted(edges.values(), key=lambda e: (e.relation, e.source, e.target))
    return Picture(dict(sorted(nodes.items())), ordered)


def _kinds(store: pyoxigraph.Store) -> dict[str, str]:
    """The most specific drawable type of each entity (a City is drawn as a Place)."""
    known = list(style()["nodes"])
    ranks = {kind: i for i, kind in enumerate(known)}
    kinds: dict[str, str] = {}
    sparql = TYPES_QUERY.read_text(encoding="utf-8")
    for solution in store.query(sparql, use_default_graph_as_union=True):
        iri, kind = solution["entity"].value, solution["kind"].value
        if kind in ranks and (iri not in kinds or ranks[kind] < ranks[kinds[iri]]):
            kinds[iri] = kind
    return kinds
