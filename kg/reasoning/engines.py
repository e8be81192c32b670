"""Choosing a reasoner and keeping, of everything it derives, what is about the data."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef

from kg.errors import CheckFailed, InputError
from kg.reasoning.hermit import Inconsistent, hermit_closure, java_path
from kg.reasoning.ontology import ontology_graph, triples_of
from kg.reasoning.rules import rdfs_closure, rl_closure
from kg.vocab import FACTUAL_MODALITIES, GKG

ENGINES = ("auto", "hermit", "owlrl")

#: Types every individual has; saying so adds nothing.
_TRIVIAL_TYPES = {OWL.Thing, OWL.NamedIndividual, RDFS.Resource}


def java_available() -> bool:
    return java_path() is not None


#: Above this many triples `auto` takes the OWL 2 RL rules: bench/RESULTS.md measured owlrl at
#: about twice HermiT's speed already at 10 articles, and HermiT did not finish at 100.
HERMIT_MAX_TRIPLES = 10_000


def choose_engine(engine: str = "auto", triples: int = 0) -> str:
    """'hermit' or 'owlrl'. auto means HermiT (complete for OWL 2 DL) where Java runs and the
    graph is small, else the OWL 2 RL rules, which derive the same shortcuts far faster."""
    if engine not in ENGINES:
        raise InputError(f"unknown reasoning engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "auto":
        small = triples <= HERMIT_MAX_TRIPLES
        return "hermit" if java_available() and small else "owlrl"
    return engine


def _individuals(data: Graph, ontology: Graph) -> set[URIRef]:
    """IRIs the data talks about that the ontology does not define (gkr:... entities, facts)."""
    defined = set(ontology.subjects())
    nodes = set(data.subjects()) | {o for p, o in data.predicate_objects() if p != RDF.type}
    return {n for n in nodes if isinstance(n, URIRef) and n not in defined}


def _complete_inverses(triples: Graph, ontology: Graph) -> None:
    """Add the other direction of named inverse and symmetric properties.

    owlready2 keeps only one direction of an inverse pair (it answers the other on demand),
    so HermiT's result lacks `RUS ledBy Putin` beside `Putin leads RUS`; the ontology's own
    owl:inverseOf and owl:SymmetricProperty axioms say what the missing direction is.
    """
    pairs: list[tuple[URIRef, URIRef]] = []
    for p, q in ontology.subject_objects(OWL.inverseOf):
        if isinstance(p, URIRef) and isinstance(q, URIRef):
            pairs += [(p, q), (q, p)]
    pairs += [(p, p) for p in ontology.subjects(RDF.type, OWL.SymmetricProperty)]
    for p, q in pairs:
        for s, o in list(triples.subject_objects(p)):
            if isinstance(o, URIRef):
                triples.add((o, q, s))


def _about_data(candidates: Graph, data: Graph, ontology: Graph) -> Graph:
    """The new triples whose subject is a data individual, minus trivia (owl:Thing, x sameAs x)."""
    individuals = _individuals(data, ontology)
    kept = Graph()
    for s, p, o in candidates:
        if s not in individuals or isinstance(o, BNode) or (s, p, o) in data:
            continue
        if p == RDF.type and (o in _TRIVIAL_TYPES or not isinstance(o, URIRef)):
            continue
        if p in (OWL.sameAs, OWL.differentFrom) and s == o:
            continue
        if isinstance(o, Literal) and any(o.eq(known) for known in data.objects(s, p)):
            continue  # the same value re-typed ("0" as xsd:decimal), not a new fact
        kept.add((s, p, o))
    return kept


def _hermit(data: Graph, ontology: Graph) -> Graph:
    """HermiT's new facts, completed with what owlready2 leaves out of its report.

    owlready2 reports each individual's most specific new types and one direction of inverse
    pairs; the inverses and the RDFS entailments (superclass types, super-property values) are
    added back so that HermiT's output says the same as the OWL 2 RL engine's where both apply.
    """
    try:
        before, after = hermit_closure(ontology + data)
    except Inconsistent:
        from kg.reasoning.explain import explain_inconsistency

        raise CheckFailed(
            "the graph is inconsistent with the ontology: " + "; ".join(explain_inconsistency(data))
        ) from None
    whole = ontology + (after - before) + data
    _complete_inverses(whole, ontology)
    rdfs_closure(whole)
    return _about_data(whole, data, ontology)


def _owlrl(data: Graph, ontology: Graph) -> Graph:
    merged = ontology + data
    errors = rl_closure(merged)
    if errors:
        from kg.reasoning.explain import explain_inconsistency

        raise CheckFailed(
            "the graph is inconsistent with the ontology: " + "; ".join(explain_inconsistency(data))
        )
    _complete_inverses(merged, ontology)
    return _about_data(merged, data, ontology)


def factual_part(data: Graph) -> Graph:
    """`data` without the relations the article does not present as fact.

    The property chains cannot see modality: a Denied supply would yield `supplies` as surely
    as an Asserted one. Reasoning over the Asserted and Reported relations only keeps the
    shortcuts as honest as the named queries, which read the same two modalities.
    """
    factual = {GKG[name] for name in FACTUAL_MODALITIES}
    dropped = {s for s, m in data.subject_objects(GKG.modality) if m not in factual}
    kept = Graph()
    for triple in data:
        if triple[0] not in dropped:
            kept.add(triple)
    return kept


def reason(graph: Graph, engine: str = "auto", factual_only: bool = True) -> tuple[Graph, str]:
    """(the triples the ontology implies about `graph` beyond what it states, the engine used).

    With `factual_only` (the default) Planned, Hypothetical and Denied relations take no part.
    Raises CheckFailed, with the reasons in plain words, when the graph contradicts the ontology.
    """
    data = triples_of(graph)
    if factual_only:
        data = factual_part(data)
    used = choose_engine(engine, len(data))
    ontology = ontology_graph()
    inferred = _hermit(data, ontology) if used == "hermit" else _owlrl(data, ontology)
    return inferred, used
