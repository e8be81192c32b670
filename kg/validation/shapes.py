"""pySHACL over ontology/shapes.ttl, its report turned into one plain sentence per violation.

The ontology's class hierarchy (rdfs:subClassOf between named classes) is added to a copy of
the data, so that sh:class and sh:targetClass see that a gkg:City is a gkg:Place without the
data having to state it. (pySHACL's ont_graph does the same with the whole ontology, but takes
seconds where this takes milliseconds.)
"""

from __future__ import annotations

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
def _shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


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


def validate(graph: Graph) -> list[str]:
    """[] when `graph` conforms to the shapes, else one sentence per violation, sorted."""
    from pyshacl import validate as shacl_validate

    data = triples_of(graph)
    checked = triples_of(data)
    for triple in _class_hierarchy():
        checked.add(triple)
    conforms, report, _ = shacl_validate(
        checked,
        shacl_graph=_shapes(),
        inference="none",
        advanced=False,
        allow_warnings=True,
    )
    if conforms:
        return []
    sentences = dict(
        _sentence(report, result, data) for result in report.subjects(RDF.type, SH.ValidationResult)
    )
    return [sentences[key] for key in sorted(sentences)]
