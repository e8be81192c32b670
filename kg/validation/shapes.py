"""pySHACL over ontology/shapes.ttl, its report turned into one plain sentence per violation.

The ontology's class hierarchy (rdfs:subClassOf between named classes) is added to a copy of
the data, so that sh:class and sh:targetClass see that a gkg:City is a gkg:Place without the
data having to state it. (pySHACL's ont_graph does the same with the whole ontology, but takes
seconds where this takes milliseconds.)

SPARQL-based constraints of shapes with a target class are run here, once per constraint over
the whole graph with $this left free and joined with the target, instead of by pySHACL once per
focus node: on 30 articles that was 31 of its 35 seconds. For a SELECT that uses $this as a
plain variable (no sub-select or MINUS that would hide the pre-binding), both give the same
focus nodes; tests/test_shapes.py breaks each such constraint to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import RDF, RDFS, Graph, Literal, Namespace, Node, URIRef

from kg.reasoning.labels import describe, name
from kg.reasoning.ontology import ontology_graph, triples_of
from kg.resources import shapes_path

SH = Namespace("http://www.w3.org/ns/shacl#")

#: Constraint components whose offending value is worth quoting in the message.
_VALUE_COMPONENTS = {
    SH.ClassConstraintComponent,
    SH.DatatypeConstraintComponent,
    SH.InConstraintComponent,
    SH.PatternConstraintComponent,
    SH.MinInclusiveConstraintComponent,
    SH.MaxInclusiveConstraintComponent,
    SH.MinLengthConstraintComponent,
    SH.LessThanConstraintComponent,
    SH.DisjointConstraintComponent,
    SH.OrConstraintComponent,
    SH.NodeKindConstraintComponent,
}


@cache
def _all_shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


@dataclass(frozen=True)
class _WholeGraphConstraint:
    """A sh:SPARQLConstraint of a shape with a target class, as one query over the graph."""

    query: str
    message: str


@cache
def _split_shapes() -> tuple[Graph, tuple[_WholeGraphConstraint, ...]]:
    """(the shapes left to pySHACL, the SPARQL constraints run here)."""
    shapes = Graph()
    shapes += _all_shapes()
    constraints = []
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        target = shapes.value(shape, SH.targetClass)
        select = shapes.value(constraint, SH.select)
        if target is None or select is None or len(list(shapes.objects(shape, SH.targetClass))) > 1:
            continue
        prefixes = "".join(
            f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
            for declared in shapes.objects(constraint, SH.prefixes)
            for d in shapes.objects(declared, SH.declare)
        )
        where = str(select).index("{") + 1
        query = (
            prefixes
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + str(select)[:where]
            + f" $this rdf:type/rdfs:subClassOf* <{target}> . "
            + str(select)[where:]
        )
        message = shapes.value(constraint, SH.message)
        constraints.append(
            _WholeGraphConstraint(query, str(message or "violates a SPARQL constraint"))
        )
        shapes.remove((shape, SH.sparql, constraint))
    return shapes, tuple(constraints)


@cache
def _class_hierarchy() -> tuple[tuple[Node, Node, Node], ...]:
    ontology = ontology_graph()
    return tuple(
        (sub, RDFS.subClassOf, sup)
        for sub, sup in ontology.subject_objects(RDFS.subClassOf)
        if isinstance(sub, URIRef) and isinstance(sup, URIRef)
    )


def _sentence(report: Graph, result: Node, data: Graph) -> tuple[str, str]:
    """(sort key, sentence) for one sh:ValidationResult."""
    focus = report.value(result, SH.focusNode)
    message = report.value(result, SH.resultMessage)
    path = report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    component = report.value(result, SH.sourceConstraintComponent)
    text = str(message) if message is not None else f"violates {component}"
    text = text.rstrip(".")
    if value is not None and component in _VALUE_COMPONENTS:
        shown = describe(value, data) if not isinstance(value, Literal) else repr(str(value))
        text += f" (found {shown})"
    who = name(focus, data) if focus is not None else "the graph"
    return f"{who}|{path}|{text}", f"{who}: {text}."


def validate(graph: Graph, whole_graph_sparql: bool = True) -> list[str]:
    """[] when `graph` conforms to the shapes, else one sentence per violation, sorted.

    `whole_graph_sparql=False` leaves every constraint to pySHACL (the reference the fast path
    is tested against).
    """
    data = triples_of(graph)
    checked = triples_of(data)
    for triple in _class_hierarchy():
        checked.add(triple)
    shapes, constraints = _split_shapes() if whole_graph_sparql else (_all_shapes(), ())
    sentences = _pyshacl_sentences(checked, shapes, data)
    for constraint in constraints:
        text = constraint.message.rstrip(".")
        for row in checked.query(constraint.query):
            who = name(row[0], data)
            sentences[f"{who}|None|{text}"] = f"{who}: {text}."
    return [sentences[key] for key in sorted(sentences)]


def _pyshacl_sentences(checked: Graph, shapes: Graph, data: Graph) -> dict[str, str]:
    from pyshacl import validate as shacl_validate

    conforms, report, _ = shacl_validate(
        checked,
        shacl_graph=shapes,
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    if conforms:
        return {}
    return dict(
        _sentence(report, result, data) for result in report.subjects(RDF.type, SH.ValidationResult)
    )
