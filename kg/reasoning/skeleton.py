"""Reasoning over the fact skeleton: what lets `kg reason` handle thousands of articles.

Most of a graph is evidence — NIF sentences with offsets and text, documents, extraction runs,
confidences, quotes — whose properties the ontology mentions only in rdfs:domain, rdfs:range and
rdfs:subPropertyOf axioms (and declarations and annotations). Such a triple `s p o` can teach an
engine nothing but `s a D` for the domains D, `o a R` for the ranges R and `s q o` for the
super-properties q of p: no other axiom mentions p, so a model of the rest can interpret p as
exactly the stated pairs. The engine therefore reasons over the *skeleton*: the other triples,
with each set-aside triple replaced by the types it gives; its super-property values are added
back afterwards. Which properties qualify is read from the ontology, so an axiom added later
moves its property back into the skeleton. A functional property qualifies where no subject has
two values (there is nothing to compare), and a type the node's stated types already imply by
subclass or union axioms is not added (the engine derives it anyway).

Two more reductions make the skeleton small:

- Nodes the skeleton never points at (relation individuals, sentences, documents once their
  evidence links are set aside) are grouped by their outgoing triples; the engine sees one node
  per group and the others receive its inferences, renamed. Rules treat nodes alike, so nodes
  with the same triples and nothing pointing at them get the same conclusions.
- A literal set aside stays only as one sample per (datatype, language or not, properties it is
  used with), on a probe subject per property, so that a value of the wrong type is still found
  inconsistent. Literals a datatype facet constrains (confidence in [0, 1]) are all kept.

Where the argument could fail, the reduced result is not used and the caller reasons over the
whole graph: an owl:sameAs between two different nodes (equality copies every triple, set-aside
ones too), a functional property into a node that stands for others, axioms that make
look-alike nodes equal (inverse-functional properties, keys, max cardinalities), or an
inconsistency (the whole graph then gets the full engine's explanation).
tests/test_reasoning.py checks that both engines give exactly the same triples both ways.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.term import Node

Triple = tuple[Node, Node, Node]

_BUILT_IN = (str(RDF), str(RDFS), str(OWL))
#: Built-in annotation properties (OWL 2): they carry no meaning for a reasoner.
_BUILT_IN_ANNOTATIONS = {
    RDFS.label,
    RDFS.comment,
    RDFS.seeAlso,
    RDFS.isDefinedBy,
    OWL.versionInfo,
    OWL.deprecated,
}
_DECLARATIONS = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}
#: Axioms under which two nodes with the same triples may be proved equal: no grouping then.
_EQUATING_TYPES = {OWL.InverseFunctionalProperty, OWL.IrreflexiveProperty, OWL.AsymmetricProperty}
_EQUATING_PREDICATES = {
    OWL.hasKey,
    OWL.maxCardinality,
    OWL.maxQualifiedCardinality,
    OWL.cardinality,
    OWL.qualifiedCardinality,
}
_PROBE = "urn:geokg:reasoning-probe:"


def _built_in(term: Node) -> bool:
    return str(term).startswith(_BUILT_IN)


@dataclass(frozen=True)
class Typing:
    """What a set-aside triple of one property gives: types for its ends, super-property values."""

    domains: tuple[Node, ...]
    ranges: tuple[Node, ...]
    supers: tuple[URIRef, ...]  # strict super-properties
    functional: bool
    faceted: bool  # a range is a datatype restriction: keep every literal value


class Schema:
    """The ontology, read for which properties only type their subjects and objects."""

    def __init__(self, ontology: Graph) -> None:
        self.ontology = ontology
        self.functional = set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
        self.with_subproperties = set(ontology.objects(None, RDFS.subPropertyOf))
        self.groupable = not any(
            (None, RDF.type, kind) in ontology for kind in _EQUATING_TYPES
        ) and not any((None, p, None) in ontology for p in _EQUATING_PREDICATES)
        self._typing: dict[Node, Typing | None] = {}
        self._implied: dict[Node, set[Node]] = {}

    @cached_property
    def _unions(self) -> dict[Node, set[Node]]:
        """member class -> the owl:unionOf classes it is listed in."""
        from rdflib.collection import Collection

        unions: dict[Node, set[Node]] = defaultdict(set)
        for union, members in self.ontology.subject_objects(OWL.unionOf):
            for member in Collection(self.ontology, members):
                unions[member].add(union)
        return unions

    def implied(self, cls: Node) -> set[Node]:
        """Classes every member of `cls` belongs to by told rdfs:subClassOf and owl:unionOf
        axioms: typing a node with them as well adds nothing an engine would not derive."""
        found = self._implied.get(cls)
        if found is None:
            found, todo = set(), [cls]
            while todo:
                current = todo.pop()
                for sup in [
                    *self.ontology.objects(current, RDFS.subClassOf),
                    *self._unions[current],
                ]:
                    if sup not in found:
                        found.add(sup)
                        todo.append(sup)
            self._implied[cls] = found
        return found

    @cached_property
    def nodes(self) -> set[Node]:
        return {t for triple in self.ontology for t in triple}

    def _only_typed(self, q: Node) -> bool:
        """q appears in the ontology only in declarations, domains, ranges, sub-property
        axioms and annotations (including as the super-property of others)."""
        if _built_in(q) and q not in _BUILT_IN_ANNOTATIONS:
            return False
        for pred, obj in self.ontology.predicate_objects(q):
            if pred in (RDFS.domain, RDFS.range, RDFS.subPropertyOf):
                continue
            if pred == RDF.type and obj in _DECLARATIONS | {OWL.FunctionalProperty}:
                continue
            if _built_in(pred) and pred not in _BUILT_IN_ANNOTATIONS:
                return False
        for pred in self.ontology.predicates(None, q):
            if pred != RDFS.subPropertyOf and _built_in(pred):
                return False  # owl:inverseOf, owl:onProperty, rdf:first (a chain), ...
        return True

    def typing(self, p: Node) -> Typing | None:
        """How a triple with predicate p can be set aside, or None if it must stay."""
        if p not in self._typing:
            self._typing[p] = self._compute_typing(p)
        return self._typing[p]

    def _compute_typing(self, p: Node) -> Typing | None:
        if p == RDF.type or not isinstance(p, URIRef):
            return None
        supers = set(self.ontology.transitive_objects(p, RDFS.subPropertyOf))
        if not all(self._only_typed(q) for q in supers):
            return None
        functional = bool(supers & self.functional)
        if functional and (supers & self.functional != {p} or p in self.with_subproperties):
            return None  # a functional super-property would compare values of several properties
        domains = {d for q in supers for d in self.ontology.objects(q, RDFS.domain)}
        ranges = {r for q in supers for r in self.ontology.objects(q, RDFS.range)}
        faceted = any((r, OWL.onDatatype, None) in self.ontology for r in ranges)
        return Typing(
            tuple(domains),
            tuple(ranges),
            tuple(q for q in supers if q != p and isinstance(q, URIRef)),
            functional,
            faceted,
        )


@dataclass
class Skeleton:
    """The graph the engine reasons over, and how to read its result back onto the data."""

    graph: Graph
    #: a node the engine saw -> the other nodes with the same triples, which it stands for
    stands_for: dict[Node, list[Node]] = field(default_factory=dict)
    #: super-property values of the set-aside triples: implied, not reasoned over
    implied: set[Triple] = field(default_factory=set)

    def unsafe(self, closure: Iterable[Triple], schema: Schema) -> str | None:
        """Why the engine's closure of the skeleton cannot stand for the whole graph, if so."""
        for s, p, o in closure:
            if p == OWL.sameAs and s != o:
                return f"{s} owl:sameAs {o}"
            if p in schema.functional and o in self.stands_for:
                return f"functional {p} into {o}, which stands for other nodes"
        return None

    def expand(self, closure: Iterable[Triple]) -> Iterator[Triple]:
        """Every closure triple, and its copies for the nodes each representative stands for."""
        groups = self.stands_for
        for triple in closure:
            yield triple
            reps = sorted({t for t in triple if t in groups})
            if not reps:
                continue
            # one renaming per choice of members: `x sameAs x` stays reflexive
            for chosen in itertools.product(*([rep, *groups[rep]] for rep in reps)):
                rename = dict(zip(reps, chosen, strict=True))
                copy = tuple(rename.get(t, t) for t in triple)
                if copy != triple:
                    yield copy  # type: ignore[misc]
        yield from self.implied


def reduce(data: Iterable[Triple], schema: Schema) -> Skeleton:
    """The skeleton of `data` (see the module's docstring)."""
    kept: set[Triple] = set()
    aside: list[tuple[Triple, Typing]] = []
    for triple in data:
        typing = schema.typing(triple[1])
        if typing is None:
            kept.add(triple)
        else:
            aside.append((triple, typing))
    aside = _keep_repeated_functional(aside, kept)

    stated_types: dict[Node, set[Node]] = defaultdict(set)
    for s, p, o in kept:
        if p == RDF.type:
            stated_types[s].add(o)
    covered: dict[Node, set[Node]] = {}  # node -> classes its stated types already imply

    def add_types(node: Node, classes: tuple[Node, ...]) -> None:
        if node not in covered:
            covered[node] = set().union(*map(schema.implied, stated_types.get(node, ())))
        kept.update((node, RDF.type, c) for c in classes if c not in covered[node])

    implied: set[Triple] = set()
    literal_uses: dict[Literal, set[Node]] = defaultdict(set)
    keep_literal: set[Literal] = set()
    for (s, p, o), typing in aside:
        add_types(s, typing.domains)
        if isinstance(o, Literal):
            literal_uses[o].add(p)
            if typing.faceted:
                keep_literal.add(o)
        else:
            add_types(o, typing.ranges)
        implied.update((s, q, o) for q in typing.supers)

    kept |= _literal_probes(literal_uses, keep_literal, kept, schema)
    graph = Graph()
    if not schema.groupable:
        graph.addN((s, p, o, graph) for s, p, o in kept)
        return Skeleton(graph, {}, implied)
    engine_triples, stands_for = _group(kept, schema)
    graph.addN((s, p, o, graph) for s, p, o in engine_triples)
    return Skeleton(graph, stands_for, implied)


def _keep_repeated_functional(
    aside: list[tuple[Triple, Typing]], kept: set[Triple]
) -> list[tuple[Triple, Typing]]:
    """Functional properties stay in the skeleton where a subject has two values (the engine
    must compare them); with one value per subject there is nothing to compare."""
    values: dict[tuple[Node, Node], int] = defaultdict(int)
    for (s, p, _), typing in aside:
        if typing.functional:
            values[(s, p)] += 1
    repeated = {p for (_, p), count in values.items() if count > 1}
    if not repeated:
        return aside
    kept.update(t for t, _ in aside if t[1] in repeated)
    return [(t, typing) for t, typing in aside if t[1] not in repeated]


def _literal_probes(
    uses: dict[Literal, set[Node]], keep: set[Literal], kept: set[Triple], schema: Schema
) -> set[Triple]:
    """One sample literal per kind of use, each on a probe subject of its own per property, so
    that the engine still types (and checks) literal values the way the whole graph would."""
    elsewhere = {o for _, _, o in kept if isinstance(o, Literal)} | {
        t for t in schema.nodes if isinstance(t, Literal)
    }
    samples: dict[object, tuple[Literal, frozenset[Node]]] = {}
    for literal, properties in uses.items():
        if literal in keep or literal in elsewhere or not _valid(literal):
            key: object = literal
        else:
            key = (literal.datatype, literal.language is not None, frozenset(properties))
        samples.setdefault(key, (literal, frozenset(properties)))
    probes: set[Triple] = set()
    for number, (literal, properties) in enumerate(samples.values()):
        for index, p in enumerate(sorted(properties)):
            probes.add((URIRef(f"{_PROBE}{number}-{index}"), p, literal))
    return probes


def _valid(literal: Literal) -> bool:
    """owlrl's own test of a literal's lexical form (rule dt-not-type)."""
    from owlrl.DatatypeHandling import AltXSDToPYTHON

    convert = AltXSDToPYTHON.get(literal.datatype)
    if convert is None:
        return True
    try:
        convert(str(literal))
    except Exception:  # ValueError, or decimal.InvalidOperation for a bad xsd:decimal
        return False
    return True


def _group(kept: set[Triple], schema: Schema) -> tuple[set[Triple], dict[Node, list[Node]]]:
    """One node per group of nodes with the same outgoing triples and nothing pointing at them."""
    pointed_at = {o for _, _, o in kept} | {p for _, p, _ in kept} | schema.nodes
    outgoing: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for s, p, o in kept:
        outgoing[s].append((p, o))
    groups: dict[frozenset, list[Node]] = defaultdict(list)
    engine_triples: set[Triple] = set()
    for s, pairs in outgoing.items():
        if isinstance(s, URIRef) and s not in pointed_at and not str(s).startswith(_PROBE):
            groups[frozenset(pairs)].append(s)
        else:
            engine_triples.update((s, p, o) for p, o in pairs)
    stands_for: dict[Node, list[Node]] = {}
    for signature, members in groups.items():
        members.sort()
        representative = members[0]
        engine_triples.update((representative, p, o) for p, o in signature)
        if len(members) > 1:
            stands_for[representative] = members[1:]
    return engine_triples, stands_for


def is_probe(node: Node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(_PROBE)


__all__ = ["Schema", "Skeleton", "is_probe", "reduce"]
