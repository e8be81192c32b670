"""Query answers as HTTP bodies: the format the client's Accept header asks for, row-limited.

SELECT answers are cut at the row limit, written as SPARQL JSON by hand (a few lines), and
re-serialised by pyoxigraph into XML, CSV or TSV, so those writers stay Oxigraph's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

#: Result formats for SELECT and ASK, by media type (first: the default).
SOLUTION_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
#: Graph formats for CONSTRUCT and DESCRIBE (first: the default).
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
#: Short names for the `format` request parameter.
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


@dataclass(frozen=True)
class Body:
    content_type: str
    data: bytes
    rows: int
    truncated: bool = False


def choose(accept: str, offered: dict[str, str]) -> str:
    """The offered media type the Accept header likes best; the first offered if none fits."""
    best, best_q = next(iter(offered)), 0.0
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        q -= position * 1e-6  # earlier wins among equals
        if media in offered and q > best_q:
            best, best_q = media, q
    return best


def term_json(term: Any) -> dict[str, str]:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def solutions_body(results: Any, accept: str, max_rows: int) -> Body:
    """SELECT: at most `max_rows` rows in the negotiated format."""
    variables = [v.value for v in results.variables]
    bindings, truncated = [], False
    for solution in results:
        if len(bindings) == max_rows:
            truncated = True
            break
        row = {}
        for name in variables:
            term = solution[name]
            if term is not None:
                row[name] = term_json(term)
        bindings.append(row)
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return _from_json(document, accept, len(bindings), truncated)


def boolean_body(value: bool, accept: str) -> Body:
    return _from_json({"head": {}, "boolean": bool(value)}, accept, 1, False)


def json_document(body: Body) -> dict:
    return json.loads(body.data)


def _from_json(document: dict, accept: str, rows: int, truncated: bool) -> Body:
    import pyoxigraph

    media = choose(accept, SOLUTION_TYPES)
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    fmt = SOLUTION_TYPES[media]
    if fmt != "JSON":
        parsed = pyoxigraph.parse_query_results(data, pyoxigraph.QueryResultsFormat.JSON)
        data = parsed.serialize(format=getattr(pyoxigraph.QueryResultsFormat, fmt))
    content_type = "application/sparql-results+json" if fmt == "JSON" else media
    return Body(f"{content_type}; charset=utf-8", data, rows, truncated)


def triples_body(triples: Any, accept: str, max_rows: int, prefixes: dict[str, str]) -> Body:
    """CONSTRUCT / DESCRIBE: at most `max_rows` triples in the negotiated graph format."""
    import pyoxigraph

    kept, truncated = [], False
    for triple in triples:
        if len(kept) == max_rows:
            truncated = True
            break
        kept.append(triple)
    media = choose(accept, GRAPH_TYPES)
    fmt = getattr(pyoxigraph.RdfFormat, GRAPH_TYPES[media])
    data = pyoxigraph.serialize(kept, format=fmt, prefixes=prefixes) or b""
    return Body(f"{media}; charset=utf-8", data, len(kept), truncated)
