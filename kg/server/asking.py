"""Questions in English, answered by the query engineer's `kg.ask` inside a query worker."""

from __future__ import annotations

from typing import Any

from kg.errors import KgError


def answer(store: Any, question: str, max_rows: int) -> dict:
    """{question, query, params, sparql, columns, rows} for the page's question box."""
    try:
        import kg.ask as ask
    except ImportError:
        raise KgError(
            "questions are not available in this installation (kg.ask is missing)"
        ) from None
    return ask.answer_json(store, question, max_rows)  # type: ignore[attr-defined]
