"""geokg: a knowledge graph of states and their leaders, built from news articles.

`from kg import KnowledgeGraph` is the Python API; the `kg` command is a thin layer over it.
Heavy parts (spaCy, owlready2) load only when a task needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
