"""The data files under kg/data/, loaded once: gazetteers and trigger lexicons."""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def load_json(name: str) -> dict[str, Any]:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, without comment lines."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter="\t")]


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@cache
def relation_lexicon(kind: str) -> dict[str, Any]:
    """Trigger words of one relation kind (supply, alliance, ...), lists turned into sets."""
    raw = load_json("relations.json")[kind]
    return {key: set(value) if isinstance(value, list) else value for key, value in raw.items()}


@cache
def titles() -> dict[str, Any]:
    return load_json("titles.json")


@cache
def word_list(name: str) -> frozenset[str]:
    """A data file of one lower-case word or phrase per line, comments skipped."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )
