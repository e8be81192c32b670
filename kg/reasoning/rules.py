"""The OWL 2 RL engine: a forward-chaining closure with owlrl, pure Python, no Java."""

from __future__ import annotations

from rdflib import Graph


def rl_closure(merged: Graph) -> list[str]:
    """Expand `merged` (ontology + data) in place; returns owlrl's inconsistency messages."""
    import owlrl

    closure = owlrl.OWLRL_Semantics(merged, False, False, rdfs=False)
    closure.closure()
    return list(closure.error_messages)


def rdfs_closure(merged: Graph) -> None:
    """Expand `merged` in place with RDFS entailments only (types from the class hierarchy,
    domains and ranges; values of super-properties)."""
    import owlrl

    owlrl.RDFSClosure.RDFS_Semantics(merged, False, False, rdfs=True).closure()
