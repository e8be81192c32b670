"""Choosing a reasoner and keeping, of everything it derives, what is about the data."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import CheckFailed, InputError
from kg.reasoning.hermit import Inconsistent, hermit_closure, java_path
from kg.reasoning.ontology import ontology_graph
from kg.reasoning.rules import rdfs_closure, rl_closure
from kg.reasoning.skeleton import Schema, reduce
from kg.vocab import FACTUAL_MODALITIES, GKG

ENGINES = ("auto", "hermit", "owlrl")

#: Types every individual has; saying so adds nothing.
_TRIVIAL_TYPES = {OWL.Thing, OWL.NamedIndividual, RDFS.Resource}


def java_available() -> bool:
    return java_path() is not None


#: Above this many triples `auto` takes the OWL 2 RL rules, the faster engine at every size
#: bench/RESULTS.md measured (on the skeleton: 100 articles 20 s against 35 s with HermiT,
#: 1,000 articles 40 s against 69 s); below it HermiT, complete for OWL 2 DL, takes seconds.
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


class _Inconsistent(Exception):
    """The engine found ontology + data inconsistent (the caller explains why)."""


Triple = tuple[Node, Node, Node]


def _individuals(data: Iterable[Triple], ontology: Graph) -> set[Node]:
    """IRIs the data talks about that the ontology does not define (gkr:... entities, facts)."""
    defined = set(ontology.subjects())
    nodes = {s for s, _, _ in data} | {o for _, p, o in data if p != RDF.type}
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


def _about_data(candidates: Iterable[Triple], data: set[Triple], ontology: Graph) -> Graph:
    """The new triples whose subject is a data individual, minus trivia (owl:Thing, x sameAs x)."""
    individuals = _individuals(data, ontology)
    kept: set[Triple] = set()
    literal_values: set[Triple] = set()
    for s, p, o in candidates:
        if s not in individuals or isinstance(o, BNode) or (s, p, o) in data:
            continue
        if p == RDF.type and (o in _TRIVIAL_TYPES or not isinstance(o, URIRef)):
            continue
        if p in (OWL.sameAs, OWL.differentFrom) and s == o:
            continue
        (literal_values if isinstance(o, Literal) else kept).add((s, p, o))
    if literal_values:
        # the same value re-typed ("0" as xsd:decimal) is not a new fact
        pairs = {(s, p) for s, p, _ in literal_values}
        stated: dict[tuple[Node, Node], list[Node]] = defaultdict(list)
        for s, p, o in data:
            if (s, p) in pairs:
                stated[(s, p)].append(o)
        kept.update(
            (s, p, o)
            for s, p, o in literal_values
            if not any(o.eq(known) for known in stated[(s, p)] if isinstance(known, Literal))
        )
    graph = Graph(store="SimpleMemory")  # faster to fill; callers only read it
    graph.addN((s, p, o, graph) for s, p, o in kept)
    return graph


def _merged(*graphs: Graph) -> Graph:
    """One graph of all of them, in rdflib's store without named graphs: the rule engines
    look up triples there about a third faster than in the default store."""
    merged = Graph(store="SimpleMemory")
    for graph in graphs:
        merged.addN((s, p, o, merged) for s, p, o in graph)
    return merged


def _hermit_closure(data: Graph, ontology: Graph) -> Graph:
    """Ontology, data and HermiT's new facts, completed with what owlready2 leaves out.

    owlready2 reports each individual's most specific new types and one direction of inverse
    pairs; the inverses and the RDFS entailments (superclass types, super-property values) are
    added back so that HermiT's output says the same as the OWL 2 RL engine's where both apply.
    """
    try:
        before, after = hermit_closure(ontology + data)
    except Inconsistent:
        raise _Inconsistent() from None
    whole = _merged(ontology, after - before, data)
    _complete_inverses(whole, ontology)
    rdfs_closure(whole)
    return whole


def _owlrl_closure(data: Graph, ontology: Graph) -> Graph:
    merged = _merged(ontology, data)
    if rl_closure(merged):
        raise _Inconsistent()
    _complete_inverses(merged, ontology)
    return merged


_CLOSURES = {"hermit": _hermit_closure, "owlrl": _owlrl_closure}


def _data_triples(graph: Graph | Iterable[Triple], factual_only: bool) -> set[Triple]:
    """The triples of `graph` (a Dataset is flattened), without the relations the article
    does not present as fact when `factual_only`.

    The property chains cannot see modality: a Denied supply would yield `supplies` as surely
    as an Asserted one. Reasoning over the Asserted and Reported relations only keeps the
    shortcuts as honest as the named queries, which read the same two modalities.
    """
    triples = set(graph.triples((None, None, None)) if isinstance(graph, Graph) else graph)
    if not factual_only:
        return triples
    factual = {GKG[name] for name in FACTUAL_MODALITIES}
    dropped = {s for s, p, o in triples if p == GKG.modality and o not in factual}
    return {t for t in triples if t[0] not in dropped} if dropped else triples


def factual_part(data: Graph) -> Graph:
    """`data` without the relations the article does not present as fact (see _data_triples)."""
    kept = Graph()
    kept.addN((s, p, o, kept) for s, p, o in _data_triples(data, True))
    return kept


def _by_skeleton(data: set[Triple], ontology: Graph, engine: str) -> Graph | None:
    """The inferences about `data` computed on its skeleton, or None where the reduction's
    argument does not hold for this graph (kg/reasoning/skeleton.py)."""
    schema = Schema(ontology)
    skeleton = reduce(data, schema)
    try:
        closure = _CLOSURES[engine](skeleton.graph, ontology)
    except _Inconsistent:
        return None  # the whole graph says why
    if skeleton.unsafe(closure, schema):
        return None
    return _about_data(skeleton.expand(closure), data, ontology)


def consistent_by_skeleton(data: Iterable[Triple], ontology: Graph, engine: str) -> bool | None:
    """Whether ontology + `data` is consistent, decided on the skeleton; None where the
    reduction's argument does not hold for this graph.

    The skeleton follows from the graph (kept triples, implied types, literal samples on probes,
    one node for each look-alike group), so its inconsistency is the graph's; and a model of a
    safe skeleton extends to the set-aside triples (kg/reasoning/skeleton.py).
    """
    schema = Schema(ontology)
    skeleton = reduce(data, schema)
    try:
        closure = _CLOSURES[engine](skeleton.graph, ontology)
    except _Inconsistent:
        return False
    return None if skeleton.unsafe(closure, schema) else True


def reason(
    graph: Graph | Iterable[Triple],
    engine: str = "auto",
    factual_only: bool = True,
    whole: bool = False,
) -> tuple[Graph, str]:
    """(the triples the ontology implies about `graph` beyond what it states, the engine used).

    `graph` is an rdflib graph (a Dataset is read as the union of its graphs) or its triples.
    With `factual_only` (the default) Planned, Hypothetical and Denied relations take no part.
    The engine reasons over the graph's fact skeleton (kg/reasoning/skeleton.py), which gives
    the same triples far faster; `whole` makes it reason over every triple instead.
    Raises CheckFailed, with the reasons in plain words, when the graph contradicts the ontology.
    """
    triples = _data_triples(graph, factual_only)
    used = choose_engine(engine, len(triples))
    ontology = ontology_graph()
    if not whole:
        inferred = _by_skeleton(triples, ontology, used)
        if inferred is not None:
            return inferred, used
    data = Graph()
    data.addN((s, p, o, data) for s, p, o in triples)
    try:
        closure = _CLOSURES[used](data, ontology)
    except _Inconsistent:
        from kg.reasoning.explain import explain_inconsistency

        raise CheckFailed(
            "the graph is inconsistent with the ontology: " + "; ".join(explain_inconsistency(data))
        ) from None
    return _about_data(closure, triples, ontology), used
