"""Uploading a graph or a store to a remote triple store.

First the SPARQL 1.1 Graph Store Protocol (one HTTP POST or PUT of the whole graph as Turtle:
the fast path on every server that has it); when the server does not speak it (400, 404, 405,
415, 501), SPARQL Update INSERT DATA in batches through SPARQLWrapper.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kg.errors import InputError
from kg.remote.errors import RemoteError, from_http_error, from_url_error
from kg.remote.source import batches, triples_of

#: Statuses that mean "no Graph Store Protocol here" rather than "bad data" or "not allowed".
NO_GSP = {400, 404, 405, 406, 415, 501}


@dataclass(frozen=True)
class PushResult:
    triples: int
    method: str  # "graph store protocol" or "sparql update"
    requests: int
    graph: str | None


def _auth(user: str | None, password: str | None) -> dict[str, str]:
    if user is None:
        return {}
    token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def gsp_url(endpoint: str, graph: str | None) -> str:
    target = f"graph={quote(graph, safe='')}" if graph else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{target}"


def _gsp(endpoint: str, data: bytes, graph: str | None, replace: bool, headers: dict) -> None:
    request = urllib.request.Request(
        gsp_url(endpoint, graph),
        data=data,
        method="PUT" if replace else "POST",
        headers={"Content-Type": "text/turtle; charset=utf-8", **headers},
    )
    with urllib.request.urlopen(request, timeout=300) as response:
        response.read()


def _update(
    endpoint: str, lines: list[bytes], graph: str | None, replace: bool, user, password, size: int
) -> int:
    import pyoxigraph
    from SPARQLWrapper import POST, URLENCODED, SPARQLWrapper

    target = str(pyoxigraph.NamedNode(graph)) if graph else None  # validated, in <...>
    requests = 0
    for index, batch in enumerate(batches(lines, size)):
        body = b"\n".join(batch).decode("utf-8")
        data = f"GRAPH {target} {{\n{body}\n}}" if target else body
        update = f"INSERT DATA {{\n{data}\n}}"
        if replace and index == 0:
            drop = f"DROP SILENT GRAPH {target}" if target else "DROP SILENT DEFAULT"
            update = f"{drop} ;\n{update}"
        client = SPARQLWrapper(endpoint, agent="kg (geokg)")
        client.setMethod(POST)
        client.setRequestMethod(URLENCODED)
        client.setQuery(update)
        if user is not None:
            client.setCredentials(user, password or "")
        try:
            client.query().response.read()
        except urllib.error.HTTPError as err:
            raise from_http_error(endpoint, err) from None
        except urllib.error.URLError as err:
            raise from_url_error(endpoint, err) from None
        except Exception as err:  # SPARQLWrapper's own exception types
            raise RemoteError(f"{endpoint}: {' '.join(str(err).split())[:300]}") from None
        requests += 1
    return requests


def push(
    source: Path,
    endpoint: str,
    graph: str | None = None,
    user: str | None = None,
    password: str | None = None,
    replace: bool = False,
    update_endpoint: str | None = None,
    batch_size: int = 5000,
) -> PushResult:
    """Push the triples of `source` (graph file or store folder) into `graph` on the server.

    `graph` None means the server's default graph. `replace` empties the target graph first
    (PUT, or DROP before the first INSERT DATA); otherwise the triples are added.
    """
    if not endpoint.startswith(("http://", "https://")):
        raise InputError(f"{endpoint}: the endpoint must be an http:// or https:// URL")
    if graph is not None:
        _check_iri(graph)
    lines = triples_of(source)
    headers = _auth(user, password)
    try:
        _gsp(endpoint, b"\n".join(lines) + b"\n", graph, replace, headers)
        return PushResult(len(lines), "graph store protocol", 1, graph)
    except urllib.error.HTTPError as err:
        if err.code not in NO_GSP:
            raise from_http_error(endpoint, err) from None
    except (urllib.error.URLError, OSError) as err:
        raise from_url_error(endpoint, err) from None
    target = update_endpoint or endpoint
    requests = _update(target, lines, graph, replace, user, password, batch_size)
    return PushResult(len(lines), "sparql update", requests, graph)


def _check_iri(graph: str) -> None:
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(graph)
    except ValueError as err:
        raise InputError(f"--graph {graph}: not an IRI ({err})") from None
    if ":" not in graph:
        raise InputError(f"--graph {graph}: give an absolute IRI (http://..., urn:...)")
