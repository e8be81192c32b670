"""What a request may run: reads by default; never SERVICE (the engine would fetch the URL).

The check walks the parsed query, not its text: pyoxigraph sends SERVICE requests to any URL
a client names, which would let anyone who reaches the endpoint make this host call
other hosts. LOAD fetches URLs too, so it is refused even when updates are allowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


class Refused(Exception):
    """The request is understood but not allowed here (HTTP 403), or not understood (400)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Checked:
    kind: str  # "query" or "update"
    text: str


def _names(node: object) -> Iterator[str]:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield node.name
        for value in node.values():
            yield from _names(value)
    elif isinstance(node, (list, tuple)) or hasattr(node, "as_list"):
        for value in node:  # type: ignore[union-attr]
            yield from _names(value)


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())


def check_query(text: str) -> Checked:
    """A read query without SERVICE, else Refused (a well-formed update: 403; garbage: 400)."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except Exception as query_error:
        try:
            parseUpdate(text)
        except Exception:
            raise Refused(400, f"the query cannot be parsed: {_one_line(query_error)}") from None
        raise Refused(
            403,
            "this endpoint is read-only: SPARQL Update is refused (send updates to "
            "/sparql with the update= parameter on a server started with --allow-update)",
        ) from None
    if "ServiceGraphPattern" in set(_names(parsed)):
        raise Refused(403, "SERVICE (federated query) is disabled on this endpoint")
    return Checked("query", text)


def check_update(text: str, allowed: bool) -> Checked:
    """An update without LOAD or SERVICE, on a server that allows updates."""
    from rdflib.plugins.sparql.parser import parseUpdate

    if not allowed:
        raise Refused(403, "this endpoint is read-only: start kg serve with --allow-update")
    try:
        parsed = parseUpdate(text)
    except Exception as err:
        raise Refused(400, f"the update cannot be parsed: {_one_line(err)}") from None
    names = set(_names(parsed))
    if "Load" in names:
        raise Refused(403, "LOAD is disabled on this endpoint (it would fetch a URL)")
    if "ServiceGraphPattern" in names:
        raise Refused(403, "SERVICE (federated query) is disabled on this endpoint")
    return Checked("update", text)
