"""Questions in English, answered from the graph by the named queries (no language model).

    >>> from kg.query import open_source
    >>> from kg.ask import ask
    >>> print(ask(open_source("tests/data/query-sample.ttl"), "Who supplies Moscow?").facts[0].text)
    China supplies Russia

The forms understood are data, in kg/ask/grammar.toml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ask.answer import Evidence, Fact, Reply, render
from kg.ask.grammar import Interpretation, UnknownQuestion, examples, interpret

if TYPE_CHECKING:
    import pyoxigraph

__all__ = [
    "Evidence",
    "Fact",
    "Interpretation",
    "Reply",
    "UnknownQuestion",
    "ask",
    "examples",
    "interpret",
    "render",
]


def ask(store: pyoxigraph.Store, question: str, timeout: float | None = 30.0) -> Reply:
    """Answer `question`; UnknownQuestion (an InputError) when it fits no form."""
    from kg.ask.answer import answer

    return answer(store, interpret(question), timeout)
