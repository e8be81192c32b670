"""The HermiT engine, run by owlready2 on Java: complete OWL 2 DL reasoning.

owlready2 reads the ontology and the data as one N-Triples document into a private World (never
its default world, so calls do not leak into each other), runs HermiT with property-value
inference, and we read the reasoned World back as N-Triples.
"""

from __future__ import annotations

import io
import shutil

from rdflib import Graph

from kg.errors import KgError

#: Where the merged input lives inside owlready2's World; never written anywhere.
_INPUT_IRI = "https://w3id.org/geokg/reasoning-input"


class Inconsistent(Exception):
    """HermiT proved that the ontology plus the data cannot be true together."""


def java_path() -> str | None:
    return shutil.which("java")


def _world_triples(world: object) -> Graph:
    buffer = io.BytesIO()
    world.save(buffer, format="ntriples")  # type: ignore[attr-defined]
    return Graph().parse(data=buffer.getvalue(), format="nt")


def hermit_closure(merged: Graph) -> tuple[Graph, Graph]:
    """(world before, world after) HermiT reasoned over `merged`; raises Inconsistent.

    Both are returned as owlready2 serialises them, so that their difference is exactly what
    HermiT added, whatever owlready2 does to blank nodes on the way in.
    """
    java = java_path()
    if java is None:
        raise KgError(
            "the HermiT reasoner needs Java, and `java` is not on PATH (try --engine owlrl)"
        )
    import owlready2

    owlready2.JAVA_EXE = java
    world = owlready2.World()
    data = merged.serialize(format="nt", encoding="utf-8")
    try:
        ontology = world.get_ontology(_INPUT_IRI).load(fileobj=io.BytesIO(data), format="ntriples")
    except Exception as err:  # owlready2 raises plain exceptions for what it cannot read
        raise KgError(f"owlready2 could not read the graph: {err}") from None
    before = _world_triples(world)
    try:
        with ontology:
            owlready2.sync_reasoner_hermit(
                world, infer_property_values=True, debug=0, ignore_unsupported_datatypes=True
            )
    except owlready2.OwlReadyInconsistentOntologyError:
        raise Inconsistent() from None
    except owlready2.OwlReadyJavaError as err:
        detail = " ".join(str(err).split())[:400]
        raise KgError(f"HermiT failed: {detail}") from None
    after = _world_triples(world)
    world.close()
    return before, after
