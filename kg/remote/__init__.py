"""Remote SPARQL 1.1 servers: pushing graphs to them, running queries on them.

Any server that speaks the SPARQL 1.1 Protocol (Fuseki, GraphDB, Virtuoso, Neptune, Oxigraph
server) works; uploads use the Graph Store Protocol where the server has it, else SPARQL Update.
"""

from __future__ import annotations

from kg.remote.client import RemoteEndpoint, run_remote
from kg.remote.push import PushResult, push

__all__ = ["PushResult", "RemoteEndpoint", "push", "run_remote"]
