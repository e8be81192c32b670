"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the store, a JSON API, and a web page."""

from __future__ import annotations

from kg.server.config import ServerConfig
from kg.server.service import serve

__all__ = ["ServerConfig", "serve"]
