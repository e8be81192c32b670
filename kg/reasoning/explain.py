"""Consistency, and why a graph is inconsistent, in words a user can act on.

HermiT only says "inconsistent". The usual causes in extracted data are few: one node given two
disjoint classes (often through a property's domain or range: a State as the holder of a
position), two values for a property that allows one (two modalities), or a literal outside its
property's range (confidence 1.5). We look for each with the OWL 2 RL closure, which computes
the types a node gets from domains, ranges and subclasses, and name the nodes by their labels.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Node, URIRef
from rdflib.collection import Collection

from kg.reasoning.hermit import Inconsistent, hermit_closure, java_path
from kg.reasoning.labels import class_name, describe, name, short_iri
from kg.reasoning.ontology import ontology_graph, triples_of
from kg.reasoning.rules import rl_closure

_INTEGER_TYPES = {
    XSD.integer,
    XSD.nonNegativeInteger,
    XSD.positiveInteger,
    XSD.int,
    XSD.long,
    XSD.short,
    XSD.byte,
    XSD.unsignedInt,
    XSD.unsignedLong,
    XSD.unsignedShort,
    XSD.unsignedByte,
}
_DECIMAL_TYPES = {XSD.decimal} | _INTEGER_TYPES

#: The reason given when no single stated triple explains a type (e.g. it came through sameAs).
_IMPLIED = "the ontology implies it"


def consistency(graph: Graph, whole: bool = False) -> list[str]:
    """[] when ontology + graph is consistent, else one plain sentence per cause found.

    HermiT decides where Java runs; elsewhere the OWL 2 RL rules do (they catch the same
    disjointness, cardinality and datatype clashes, but not every DL contradiction). The engine
    sees the graph's fact skeleton, which decides the same far faster (kg/reasoning/skeleton.py);
    `whole`, or a graph the skeleton cannot stand for, gives it every triple.
    """
    from kg.reasoning.engines import consistent_by_skeleton

    data = triples_of(graph)
    ontology = ontology_graph()
    engine = "hermit" if java_path() is not None else "owlrl"
    verdict = None if whole else consistent_by_skeleton(data, ontology, engine)
    if verdict is None:
        verdict = _consistent_whole(data, ontology, engine)
    return [] if verdict else explain_inconsistency(data)


def _consistent_whole(data: Graph, ontology: Graph, engine: str) -> bool:
    if engine == "hermit":
        try:
            hermit_closure(ontology + data)
        except Inconsistent:
            return False
        return True
    return not rl_closure(ontology + data)


def explain_inconsistency(data: Graph) -> list[str]:
    """Plain sentences for what makes `data` contradict the ontology; never empty."""
    ontology = ontology_graph()
    merged = ontology + data
    rl_closure(merged)
    reasons = [
        *_disjointness(data, merged, ontology),
        *_functional(data, ontology),
        *_datatype_ranges(data, ontology),
    ]
    if not reasons:
        reasons = [
            "HermiT found the graph inconsistent with the ontology, but none of the usual causes "
            "(disjoint classes, two values for a single-valued property, a literal of the wrong "
            "type) was found; compare the graph with docs/ontology.md"
        ]
    return list(dict.fromkeys(reasons))


# ---------------------------------------------------------------- disjoint classes


def _disjoint_pairs(ontology: Graph) -> list[tuple[Node, Node]]:
    pairs = list(ontology.subject_objects(OWL.disjointWith))
    for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(ontology, ontology.value(group, OWL.members)))
        pairs += [(a, b) for i, a in enumerate(members) for b in members[i + 1 :]]
    return pairs


def _subclass_of(ontology: Graph, sub: Node, sup: Node) -> bool:
    return sup in set(ontology.transitive_objects(sub, RDFS.subClassOf))


def _subproperty_of(ontology: Graph, sub: Node, sup: Node) -> bool:
    return sup in set(ontology.transitive_objects(sub, RDFS.subPropertyOf))


def _why_member(node: Node, cls: Node, data: Graph, ontology: Graph) -> str:
    """The first stated triple that makes `node` a member of `cls`."""
    for asserted in data.objects(node, RDF.type):
        if _subclass_of(ontology, asserted, cls):
            return f"it is typed {short_iri(asserted)}"
    for subject, prop in data.subject_predicates(node):
        for sup in ontology.transitive_objects(prop, RDFS.subPropertyOf):
            for rng in ontology.objects(sup, RDFS.range):
                if isinstance(rng, URIRef) and _subclass_of(ontology, rng, cls):
                    return f"it is the {short_iri(prop)} of {describe(subject, data)}"
    for prop in set(data.predicates(node)):
        for sup in ontology.transitive_objects(prop, RDFS.subPropertyOf):
            for dom in ontology.objects(sup, RDFS.domain):
                if isinstance(dom, URIRef) and _subclass_of(ontology, dom, cls):
                    return f"it has a {short_iri(prop)}"
    return _IMPLIED


def _disjointness(data: Graph, merged: Graph, ontology: Graph) -> Iterator[str]:
    pairs = _disjoint_pairs(ontology)
    found: list[tuple[bool, str]] = []
    for node in sorted({s for s in data.subjects() if isinstance(s, URIRef)}):
        types = set(merged.objects(node, RDF.type))
        clashes = [(a, b) for a, b in pairs if a in types and b in types]
        # Report the most specific clash only: State/Person, not also Actor/Place.
        specific = [
            (a, b)
            for a, b in clashes
            if not any(
                {c, d} != {a, b}
                and (_subclass_of(ontology, c, a) or _subclass_of(ontology, c, b))
                and (_subclass_of(ontology, d, a) or _subclass_of(ontology, d, b))
                for c, d in clashes
            )
        ]
        for a, b in specific:
            why_a = _why_member(node, a, data, ontology)
            why_b = _why_member(node, b, data, ontology)
            found.append(
                (
                    _IMPLIED not in (why_a, why_b),
                    f"{name(node, data)} is both {class_name(a, ontology)} ({why_a}) "
                    f"and {class_name(b, ontology)} ({why_b}), which cannot be",
                )
            )
    # A clash with a stated cause on both sides is the root; others follow from it (sameAs).
    rooted = [message for direct, message in found if direct]
    yield from rooted or [message for _, message in found]


# ---------------------------------------------------------------- single-valued properties


def _all_different(ontology: Graph) -> list[set[Node]]:
    groups = []
    for group in ontology.subjects(RDF.type, OWL.AllDifferent):
        groups.append(set(Collection(ontology, ontology.value(group, OWL.distinctMembers))))
    return groups


def _functional(data: Graph, ontology: Graph) -> Iterator[str]:
    different = _all_different(ontology)
    for prop in ontology.subjects(RDF.type, OWL.FunctionalProperty):
        for node in set(data.subjects(prop)):
            values = set(data.objects(node, prop))
            if len(values) < 2:
                continue
            literals = all(isinstance(v, Literal) for v in values)
            distinct = literals and len({(v.value, v.datatype) for v in values}) > 1
            if not (distinct or any(values <= group for group in different)):
                continue  # two IRIs may name one thing: not a contradiction by itself
            shown = ", ".join(sorted(describe(v, data) for v in values))
            yield (
                f"{name(node, data)} has {len(values)} values for "
                f"{short_iri(prop)} ({shown}) but may have only one"
            )


# ---------------------------------------------------------------- literal ranges


def _facets(ontology: Graph, rng: Node) -> tuple[Node | None, dict[Node, Decimal]]:
    """(base datatype, {facet: bound}) of a datatype restriction, or (rng, {})."""
    base = ontology.value(rng, OWL.onDatatype)
    if base is None:
        return rng, {}
    bounds: dict[Node, Decimal] = {}
    for item in Collection(ontology, ontology.value(rng, OWL.withRestrictions)):
        for facet, bound in ontology.predicate_objects(item):
            bounds[facet] = Decimal(str(bound))
    return base, bounds


def _range_problem(value: Literal, base: Node | None, bounds: dict[Node, Decimal]) -> str | None:
    if base == XSD.string:
        if value.language or value.datatype not in (None, XSD.string):
            return "must be a plain string"
        return None
    if base == XSD.nonNegativeInteger:
        if value.datatype not in _INTEGER_TYPES or not isinstance(value.value, int):
            return "must be a whole number"
        return "must not be negative" if value.value < 0 else None
    if base == XSD.decimal:
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return "must be a decimal number"
        if value.datatype not in _DECIMAL_TYPES:
            return "must be an xsd:decimal"
        low, high = bounds.get(XSD.minInclusive), bounds.get(XSD.maxInclusive)
        if (low is not None and number < low) or (high is not None and number > high):
            return f"must be between {low} and {high}"
    return None


def _datatype_ranges(data: Graph, ontology: Graph) -> Iterator[str]:
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        for rng in ontology.objects(prop, RDFS.range):
            base, bounds = _facets(ontology, rng)
            for node, value in data.subject_objects(prop):
                if not isinstance(value, Literal):
                    continue
                problem = _range_problem(value, base, bounds)
                if problem:
                    yield (
                        f"{name(node, data)} has {short_iri(prop)} "
                        f"{describe(value, data)}, which {problem}"
                    )
