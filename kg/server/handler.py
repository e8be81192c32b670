"""HTTP routes: the SPARQL 1.1 Protocol at /sparql, the JSON API under /api, the web page at /.

The standard library's ThreadingHTTPServer is enough here: the heavy work happens in the query
workers, the routes are few, and it adds no dependency to a package people install to query.
"""

from __future__ import annotations

import mimetypes
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from kg.server.results import FORMAT_NAMES, Body
from kg.server.service import Failure, Service, to_json

STATIC = Path(__file__).resolve().parent / "static"

#: Sent with the page: scripts and data only from this server (no CDN), no framing.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)


def make_handler(service: Service) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        pass

    Handler.service = service
    return Handler


class _Handler(BaseHTTPRequestHandler):
    service: Service
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args: Any) -> None:  # quieter, one line per request
        pass

    def _log(self, status: int, started: float) -> None:
        elapsed = (time.monotonic() - started) * 1000
        print(
            f'{self.client_address[0]} "{self.command} {self.path[:120]}" {status} {elapsed:.0f}ms',
            flush=True,
        )

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-Kg-Rows, X-Kg-Truncated")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self._log(status, self._started)

    def _fail(self, status: int, message: str, as_json: bool) -> None:
        if as_json:
            self._send(status, to_json({"error": message}), "application/json; charset=utf-8")
        else:
            self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.service.config.max_body:
            raise Failure(413, f"the request body is over {self.service.config.max_body} bytes")
        return self.rfile.read(length) if length else b""

    def _answer(self, body: Body) -> None:
        headers = {"X-Kg-Rows": str(body.rows), "Cache-Control": "no-store"}
        if body.truncated:
            headers["X-Kg-Truncated"] = f"true; cut at {self.service.config.max_rows} rows"
        self._send(200, body.data, body.content_type, headers)

    def _json(self, data: Any) -> None:
        self._send(
            200, to_json(data), "application/json; charset=utf-8", {"Cache-Control": "no-store"}
        )

    # ------------------------------------------------------------------ methods

    def do_OPTIONS(self) -> None:
        self._started = time.monotonic()
        self._send(
            204,
            b"",
            "text/plain",
            {
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "86400",
            },
        )

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self._dispatch(post=False)

    def do_POST(self) -> None:
        self._dispatch(post=True)

    def _dispatch(self, post: bool) -> None:
        self._started = time.monotonic()
        url = urlsplit(self.path)
        path = unquote(url.path)
        params = parse_qs(url.query, keep_blank_values=True)
        api = path.startswith("/api/") or path == "/health"
        try:
            if path == "/sparql":
                self._sparql(params, post)
            elif post:
                raise Failure(405, f"POST is not accepted at {path}")
            elif path == "/health":
                self._json(self.service.health())
            elif path == "/api/queries":
                self._json(self.service.named_queries())
            elif path.startswith("/api/queries/"):
                self._named(path[len("/api/queries/") :], params)
            elif path == "/api/ask":
                self._json(self.service.ask(_one(params, "q")))
            elif api:
                raise Failure(404, f"no such API route: {path}")
            else:
                self._static(path)
        except Failure as err:
            self._fail(err.status, str(err), api)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # ------------------------------------------------------------------ routes

    def _sparql(self, params: dict[str, list[str]], post: bool) -> None:
        """SPARQL 1.1 Protocol: query via GET, POST form or POST body; update via POST."""
        query, update = _one(params, "query"), _one(params, "update")
        if post:
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            raw = self._body()
            if kind == "application/x-www-form-urlencoded":
                form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
                query, update = _one(params, "query"), _one(params, "update")
            elif kind == "application/sparql-query":
                query = raw.decode("utf-8", "replace")
            elif kind == "application/sparql-update":
                update = raw.decode("utf-8", "replace")
            else:
                raise Failure(
                    415,
                    "POST a form (application/x-www-form-urlencoded), "
                    "application/sparql-query or application/sparql-update",
                )
        elif update:
            raise Failure(405, "send updates with POST")
        if update and not query:
            self.service.update(update)
            self._send(204, b"", "text/plain")
            return
        if not query:
            raise Failure(400, "missing the query parameter (see the SPARQL 1.1 Protocol)")
        accept = self.headers.get("Accept") or ""
        fmt = _one(params, "format")
        if fmt:
            accept = FORMAT_NAMES.get(fmt.lower(), fmt)
        body = self.service.query(
            query, accept, params.get("default-graph-uri", []), params.get("named-graph-uri", [])
        )
        self._answer(body)

    def _named(self, rest: str, params: dict[str, list[str]]) -> None:
        name, _, tail = rest.partition("/")
        if tail not in ("", "sparql"):
            raise Failure(404, f"no such API route: /api/queries/{rest}")
        accept = self.headers.get("Accept") or ""
        fmt = _one(params, "format")
        if fmt:
            accept = FORMAT_NAMES.get(fmt.lower(), fmt)
        values = {k: v[-1] for k, v in params.items() if k != "format" and v and v[-1] != ""}
        result = self.service.named(name, values, accept, sparql_only=tail == "sparql")
        if tail == "sparql":
            self._send(200, result.encode("utf-8"), "application/sparql-query; charset=utf-8")
        else:
            self._answer(result)

    def _static(self, path: str) -> None:
        relative = "index.html" if path in ("/", "/index.html") else path.lstrip("/")
        target = (STATIC / relative).resolve()
        if not target.is_relative_to(STATIC) or not target.is_file():
            raise Failure(404, f"not found: {path}")
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type.endswith("javascript"):
            content_type += "; charset=utf-8"
        headers = {"Content-Security-Policy": CSP, "Cache-Control": "no-cache"}
        self._send(200, target.read_bytes(), content_type, headers)


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name) or []
    return values[-1] if values else ""
