"""Whether a data graph has the shape the project's commands and queries rely on (SHACL)."""

from __future__ import annotations

from kg.validation.shapes import validate

__all__ = ["validate"]
