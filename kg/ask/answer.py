"""Answering an interpreted question: run its named queries, phrase each row, attach evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.ask.grammar import Interpretation, Step, answers, evidence_keys

if TYPE_CHECKING:
    import pyoxigraph

#: The graph is open-world: a fact it lacks may still be true, so a yes/no question gets no "No."
NO_FACT = "Not that this graph knows: no fact in it says so."
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Evidence:
    sentence: str
    document: str


@dataclass(frozen=True)
class Fact:
    """One answer: a sentence, the query row it came from, and the sentences that state it."""

    text: str
    query: str
    row: dict[str, str]
    evidence: tuple[Evidence, ...] = ()


@dataclass
class Reply:
    interpretation: Interpretation
    facts: list[Fact] = field(default_factory=list)
    sparql: list[str] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return render(self)


def phrase(template: str, row: dict[str, str]) -> str:
    """Fill a template; a [bracketed part] appears only when all its fields have values."""

    def optional(match: re.Match[str]) -> str:
        part = match.group(1)
        needed = _FIELD.findall(part)
        return part.format(**row) if all(row.get(f) for f in needed) else ""

    return _OPTIONAL.sub(optional, template).format(**row)


def answer(store: pyoxigraph.Store, interpretation: Interpretation, timeout: float | None) -> Reply:
    from kg.query import execute, load, rows
    from kg.query.names_match import entity_names, resolve
    from kg.query.params import bind

    reply = Reply(interpretation)
    names = entity_names(store)
    entity_params = {
        value
        for step in interpretation.steps
        for key, value in step.params.items()
        if load(step.query).params[key].kind == "entity"
    }
    reply.unknown_names = sorted(v for v in entity_params if not resolve(v, names))
    if reply.unknown_names:
        return reply
    evidence = None
    for step in interpretation.steps:
        query = load(step.query)
        found: list[dict[str, str]] = []
        for params in _attempts(step):
            sparql = bind(query, store, params)
            reply.sparql.append(sparql)
            found = rows(execute(store, sparql, timeout, label=query.name, project_prefixes=False))
            if found:
                break
        if found and evidence is None:
            evidence = _evidence_index(store, timeout)
        for row in found:
            text = phrase(answers()[step.query], row)
            reply.facts.append(
                Fact(text, step.query, row, _evidence_for(step.query, row, evidence))
            )
    return reply


def _attempts(step: Step) -> list[dict[str, str]]:
    """The parameters as asked, then without the relaxable ones."""
    attempts = [dict(step.params)]
    relaxed = {k: v for k, v in step.params.items() if k not in step.relax}
    if relaxed != step.params:
        attempts.append(relaxed)
    return attempts


def _evidence_index(store: pyoxigraph.Store, timeout: float | None) -> dict:
    from kg.query import execute_named, rows

    index: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for row in rows(execute_named(store, "evidence", timeout=timeout)):
        obj = row["object_iri"] or row["object"]
        index.setdefault((row["relation"], row["subject_iri"], obj), []).append(row)
    return index


def _evidence_for(query: str, row: dict[str, str], index: dict | None) -> tuple[Evidence, ...]:
    spec = evidence_keys().get(query)
    if not spec or not index:
        return ()
    subject, obj = row.get(spec["subject"], ""), row.get(spec["object"], "")
    found = list(index.get((spec["relation"], subject, obj), []))
    if spec.get("symmetric"):
        found += index.get((spec["relation"], obj, subject), [])
    detail = row.get(spec.get("detail", ""), "")
    if detail:
        # prefer the sentences of the facts that name this item
        specific = [e for e in found if detail.lower() in e["detail"].lower()]
        found = specific or found
    seen: dict[tuple[str, str], Evidence] = {}
    for e in found:
        if e["sentence"] or e["document"]:
            seen.setdefault((e["sentence"], e["document"]), Evidence(e["sentence"], e["document"]))
    return tuple(seen.values())


def verdict(reply: Reply) -> str:
    """A yes/no question's first line: "Yes." when facts say so, else that none does."""
    if not reply.interpretation.yes_no or reply.unknown_names:
        return ""
    return "Yes." if reply.facts else NO_FACT


def render(reply: Reply, show_sparql: bool = False) -> str:
    """The reply as a person reads it: one answer per line, each with its evidence below it."""
    lines: list[str] = []
    if show_sparql:
        for sparql in reply.sparql:
            lines += ["# SPARQL run:", sparql.strip(), ""]
    if reply.unknown_names:
        names = ", ".join(repr(n) for n in reply.unknown_names)
        lines.append(f"No entity named {names} in this graph.")
        return "\n".join(lines)
    if not reply.facts:
        lines.append(verdict(reply) or "No answer in this graph.")
        return "\n".join(lines)
    if reply.interpretation.yes_no:
        lines.append(verdict(reply))
    for fact in reply.facts:
        lines.append(fact.text)
        for e in fact.evidence:
            source = f" ({e.document})" if e.document else ""
            lines.append(
                f"    evidence: {e.sentence}{source}" if e.sentence else f"    source: {e.document}"
            )
    return "\n".join(lines)
