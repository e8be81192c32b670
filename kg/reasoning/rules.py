"""The OWL 2 RL engine: a forward-chaining closure with owlrl, pure Python, no Java."""

from __future__ import annotations

from rdflib import Graph


def rl_closure(merged: Graph) -> list[str]:
    """Expand `merged` (ontology + data) in place; returns owlrl's inconsistency messages."""
    import decimal

    import owlrl

    closure = owlrl.OWLRL_Semantics(merged, False, False, rdfs=False)
    try:
        closure.closure()
    except decimal.InvalidOperation:
        # owlrl checks a literal's lexical form catching ValueError only; a bad xsd:decimal
        # ("abc") raises this instead. It is the same inconsistency (rule dt-not-type).
        return ["an xsd:decimal literal that is not a decimal number"]
    return list(closure.error_messages)


def rdfs_closure(merged: Graph) -> None:
    """Expand `merged` in place with RDFS entailments only (types from the class hierarchy,
    domains and ranges; values of super-properties)."""
    import owlrl

    owlrl.RDFSClosure.RDFS_Semantics(merged, False, False, rdfs=True).closure()
