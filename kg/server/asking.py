"""Questions in English for the page's question box, answered by `kg.ask` in a query worker."""

from __future__ import annotations

from typing import Any


def answer(store: Any, question: str, max_rows: int) -> dict:
    """The reply as JSON: what the question was understood as, answers with evidence, and the
    rows as SPARQL JSON results (so the page's table and graph show them like any query)."""
    from kg.ask import ask
    from kg.ask.answer import verdict

    reply = ask(store, question, timeout=None)  # the worker pool enforces the time limit
    facts = reply.facts[:max_rows]
    steps = [{"query": s.query, "params": dict(s.params)} for s in reply.interpretation.steps]
    columns: list[str] = []
    for fact in facts:
        columns += [c for c in fact.row if c not in columns]
    bindings = [
        {
            c: {"type": "uri" if c.endswith("_iri") else "literal", "value": v}
            for c, v in fact.row.items()
            if v
        }
        for fact in facts
    ]
    return {
        "question": question,
        "understood_as": reply.interpretation.form,
        "query": steps[0]["query"] if steps else "",
        "params": steps[0]["params"] if steps else {},
        "steps": steps,
        "sparql": reply.sparql[0] if reply.sparql else "",
        "unknown_names": list(reply.unknown_names),
        "yes_no": reply.interpretation.yes_no,
        "verdict": verdict(reply),
        "answers": [
            {
                "text": f.text,
                "query": f.query,
                "evidence": [{"sentence": e.sentence, "document": e.document} for e in f.evidence],
            }
            for f in facts
        ],
        "results": {"head": {"vars": columns}, "results": {"bindings": bindings}},
        "truncated": len(reply.facts) > max_rows,
    }
