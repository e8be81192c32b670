"""Names for nodes in messages: the rdfs:label a user knows, else a short IRI."""

from __future__ import annotations

from rdflib import RDFS, Graph, Literal, Node, URIRef

from kg.vocab import PREFIXES


def short_iri(node: Node) -> str:
    text = str(node)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>" if isinstance(node, URIRef) else text


def label_of(node: Node, graph: Graph) -> str | None:
    """The node's rdfs:label; the first in sort order when a broken graph gives several."""
    labels = sorted(str(label) for label in graph.objects(node, RDFS.label))
    return labels[0] if labels else None


def describe(node: Node, graph: Graph) -> str:
    """'Vladimir Putin' for a labelled node, 'gkr:supply/9b1c' for an unlabelled one."""
    if isinstance(node, Literal):
        return repr(str(node))
    label = label_of(node, graph)
    return str(label) if label is not None else short_iri(node)


def class_name(cls: Node, ontology: Graph) -> str:
    """'a state' for gkg:State: the class label with an indefinite article."""
    label = ontology.value(cls, RDFS.label)
    if label is None:
        return short_iri(cls)
    text = str(label)
    article = "an" if text[:1].lower() in "aeiou" else "a"
    return f"{article} {text}"


def name(node: Node, graph: Graph) -> str:
    """'Russia (gkr:state/RUS)' for a labelled node, 'gkr:supply/9b1c' otherwise."""
    label = label_of(node, graph)
    short = short_iri(node)
    return f"{label} ({short})" if label is not None else short
