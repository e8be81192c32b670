"""What the ontology implies about a data graph, and whether the graph contradicts it.

`reason` materialises the shortcut properties, inverses, symmetric values and Leader membership
that the ontology's axioms derive from the n-ary relation individuals; `consistency` asks HermiT
whether the graph can be true at all and, when it cannot, says why in plain words.
"""

from __future__ import annotations

from kg.reasoning.engines import ENGINES, choose_engine, java_available, reason
from kg.reasoning.explain import consistency

__all__ = ["ENGINES", "choose_engine", "consistency", "java_available", "reason"]
