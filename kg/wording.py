"""Counts as English ("1 article", "8 articles") in the lines commands print."""

from __future__ import annotations

_IRREGULAR = {"entity": "entities", "supply": "supplies"}


def counted(n: int, noun: str) -> str:
    """`n` and the noun, singular for exactly one: "1 alliance", "0 supplies", "2 entities"."""
    return f"{n} {noun if n == 1 else _IRREGULAR.get(noun, noun + 's')}"
