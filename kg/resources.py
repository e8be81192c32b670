"""Where the ontology and the named queries live, installed or in a checkout.

A wheel carries them under `kg/_data/`; a checkout (or an editable install) has them at the top
of the repository. Callers never build these paths themselves.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder is missing from this installation of kg")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def ontology_path() -> Path:
    """The OWL ontology in Turtle."""
    return ontology_dir() / "geopolitics.ttl"


def shapes_path() -> Path:
    """The SHACL shapes for data graphs."""
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return _data_dir("queries")
