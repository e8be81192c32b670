"""Running SPARQL on a remote endpoint through SPARQLWrapper.

`RemoteEndpoint.query` answers with pyoxigraph result objects, like `pyoxigraph.Store.query`,
so code written for the local store (kg.query's named queries and their parameters) runs
against a remote server unchanged: `kg.query.run_named(RemoteEndpoint(url), "leaders")`.
"""

from __future__ import annotations

import json
import urllib.error
from typing import Any

from kg.errors import InputError
from kg.remote.errors import RemoteError, from_http_error, from_url_error


class RemoteEndpoint:
    """A SPARQL 1.1 query endpoint (e.g. http://localhost:7878/query for Oxigraph server)."""

    def __init__(
        self,
        url: str,
        user: str | None = None,
        password: str | None = None,
        timeout: float | None = None,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise InputError(f"{url}: the endpoint must be an http:// or https:// URL")
        self.url, self._user, self._password, self._timeout = url, user, password, timeout

    def _wrapper(self, sparql: str) -> Any:
        from SPARQLWrapper import POST, SPARQLWrapper

        client = SPARQLWrapper(self.url, agent="kg (geokg)")
        client.setQuery(sparql)
        client.setMethod(POST)  # long queries do not fit in a URL
        if self._user is not None:
            client.setCredentials(self._user, self._password or "")
        if self._timeout is not None:
            client.setTimeout(int(max(1, self._timeout)))
        return client

    def raw(self, sparql: str) -> tuple[str, bytes]:
        """(query type, response body): SPARQL JSON for SELECT/ASK, N-Triples for graphs."""
        from SPARQLWrapper import JSON, TURTLE

        client = self._wrapper(sparql)
        kind = client.queryType
        graph = kind in ("CONSTRUCT", "DESCRIBE")
        client.setReturnFormat(TURTLE if graph else JSON)
        try:
            response = client.query().response
            return kind, response.read()
        except urllib.error.HTTPError as err:
            raise from_http_error(self.url, err) from None
        except urllib.error.URLError as err:
            raise from_url_error(self.url, err) from None
        except OSError as err:
            raise from_url_error(self.url, err) from None
        except Exception as err:  # SPARQLWrapper wraps 400/404/500 in its own exceptions
            message = " ".join(str(err).split())[:300]
            raise RemoteError(f"{self.url}: {message}") from None

    def query(self, sparql: str, prefixes: dict[str, str] | None = None, **_: Any) -> Any:
        """pyoxigraph QuerySolutions / QueryBoolean, or a list of Triples for graphs.

        Local-only options (use_default_graph_as_union, ...) are ignored: the remote server's
        own configuration decides what its default graph is.
        """
        import pyoxigraph

        if prefixes:
            declared = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
            sparql = declared + sparql
        kind, body = self.raw(sparql)
        try:
            if kind in ("CONSTRUCT", "DESCRIBE"):
                quads = pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE)
                return [quad.triple for quad in quads]
            return pyoxigraph.parse_query_results(body, format=pyoxigraph.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as err:
            raise RemoteError(f"{self.url}: the server's answer cannot be read: {err}") from None


def run_remote(
    endpoint: str,
    sparql: str,
    user: str | None = None,
    password: str | None = None,
    timeout: float | None = None,
) -> dict:
    """SPARQL 1.1 JSON results (SELECT/ASK) as a dict; graphs as {"ntriples": text}."""
    import pyoxigraph

    remote = RemoteEndpoint(endpoint, user, password, timeout)
    kind, body = remote.raw(sparql)
    if kind in ("CONSTRUCT", "DESCRIBE"):
        triples = [q.triple for q in pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE)]
        text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        return {"ntriples": text.decode("utf-8")}
    try:
        return json.loads(body)
    except ValueError:
        raise RemoteError(f"{endpoint}: the server did not answer with SPARQL JSON") from None
