"""Mapping an English question to named queries, by the patterns in grammar.toml.

No language model: a question either fits one of the forms (tried in order) or gets the list
of forms back. Names in the question stay as the user typed them; kg.query resolves them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import InputError

GRAMMAR = Path(__file__).with_name("grammar.toml")

#: Words that cannot be a name: "who met whom" is a list question, not a meeting with "whom".
_NOT_NAMES = {"whom", "who", "what", "which", "where", "when", "anyone", "someone", "everyone"}
_FILLER = re.compile(
    r"^(?:(?:please|ok|so|and|now|hey)[, ]+)*"
    r"(?:(?:can|could|would) you (?:please )?(?:tell me|say|show me|list) |tell me |show me |"
    r"i (?:want|would like) to know |do you know )?",
    re.IGNORECASE,
)


class UnknownQuestion(InputError):
    """The question fits none of the forms; the message lists them."""


@dataclass(frozen=True)
class Step:
    """One named query to run for a question, with its parameter values."""

    query: str
    params: dict[str, str] = field(default_factory=dict)
    relax: tuple[str, ...] = ()


@dataclass(frozen=True)
class Interpretation:
    question: str
    form: str  # the example question of the form that matched
    steps: tuple[Step, ...]
    yes_no: bool = False  # "Is X allied with Y?": the answer starts with yes, or says no fact does


@dataclass(frozen=True)
class _Form:
    example: str
    patterns: tuple[re.Pattern[str], ...]
    steps: tuple[dict[str, Any], ...]
    yes_no: bool = False


@cache
def _grammar() -> tuple[dict[str, Any], tuple[_Form, ...]]:
    data = tomllib.loads(GRAMMAR.read_text(encoding="utf-8"))
    slots = data["placeholders"]
    forms = []
    for form in data["form"]:
        patterns = tuple(re.compile(_expand(p, slots), re.IGNORECASE) for p in form["patterns"])
        steps = tuple(form["queries"])
        forms.append(_Form(form["example"], patterns, steps, form.get("yes_no", False)))
    return data, tuple(forms)


def _expand(pattern: str, slots: dict[str, str]) -> str:
    """{name} becomes a named group; each placeholder's own pattern comes from [placeholders]."""

    def group(match: re.Match[str]) -> str:
        name = match.group(1)
        return f"(?P<{name}>{slots[name]})"

    return "^" + re.sub(r"\{(\w+)\}", group, pattern) + "$"


def answers() -> dict[str, str]:
    """Answer sentence templates by named query."""
    return _grammar()[0]["answers"]


def evidence_keys() -> dict[str, dict[str, Any]]:
    return _grammar()[0]["evidence"]


def examples() -> list[str]:
    """One example question per form, in the order the forms are tried."""
    return [form.example for form in _grammar()[1]]


def normalise(question: str) -> str:
    """One line, straight quotes, no final punctuation or polite preamble."""
    text = " ".join(question.replace("\u2019", "'").replace("\u2018", "'").split())
    text = text.strip().rstrip("?.!").strip()
    return _FILLER.sub("", text, count=1).strip()


def interpret(question: str) -> Interpretation:
    """The named queries that answer `question`, or UnknownQuestion listing the forms."""
    text = normalise(question)
    for form in _grammar()[1]:
        for pattern in form.patterns:
            match = pattern.match(text)
            if match and _names_ok(match):
                values = {k: _clean_name(v) for k, v in match.groupdict().items() if v}
                steps = tuple(_step(spec, values) for spec in form.steps)
                return Interpretation(question, form.example, steps, form.yes_no)
    forms = "; ".join(examples())
    raise UnknownQuestion(
        f"cannot map {question.strip()!r} to a query; questions I understand: {forms}"
    )


def _names_ok(match: re.Match[str]) -> bool:
    for slot in ("x", "y", "item"):
        value = match.groupdict().get(slot)
        if value is not None and (not value.strip() or value.strip().lower() in _NOT_NAMES):
            return False
    return True


def _clean_name(value: str) -> str:
    return value.strip().strip("\"'").strip()


def _step(spec: dict[str, Any], values: dict[str, str]) -> Step:
    params = {
        param: values[slot] for param, slot in spec.get("params", {}).items() if slot in values
    }
    return Step(spec["query"], params, tuple(spec.get("relax", ())))
