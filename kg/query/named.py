"""Named queries: the `.rq` files in queries/, each with a header that documents it.

The header is the query's documentation and its parameter list at once:

    # leaders: who leads which state ...
    # columns: leader, state, title, since, leader_iri, state_iri
    # param: state ?state_iri — narrows to one state by label or alias
    # param: item text ?itemText — keeps items containing this text

A parameter is an `entity` (the default: matched by label or alias, narrowed on IRI variables),
`text` (a case-insensitive substring of a literal) or `iri` (one exact IRI). Its filter goes
where the query has the line `# @params`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.resources import queries_dir

PARAM_KINDS = ("entity", "text", "iri")
PARAMS_MARKER = "# @params"

_PARAM_LINE = re.compile(
    r"^#\s*param:\s*(?P<name>[\w-]+)\s+(?:(?P<kind>entity|text|iri)\s+)?"
    r"(?P<vars>(?:\?\w+\s*)+)(?:[—-]+\s*(?P<doc>.*))?$"
)


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    variables: tuple[str, ...]
    doc: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    sparql: str
    summary: str = ""
    columns: tuple[str, ...] = ()
    params: dict[str, Param] = field(default_factory=dict)
    path: Path | None = None


def names() -> list[str]:
    """The names of the bundled queries, sorted."""
    return sorted(p.stem for p in queries_dir().glob("*.rq"))


def load(name_or_path: str | Path) -> NamedQuery:
    """A bundled query by name, or a `.rq` file by path; unknown names list the known ones."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or candidate.is_file():
        if not candidate.is_file():
            raise InputError(f"{candidate}: no such query file")
        return parse(candidate.stem, _read(candidate), candidate)
    path = queries_dir() / f"{name_or_path}.rq"
    if not path.is_file():
        raise InputError(
            f"unknown query {str(name_or_path)!r}; named queries: {', '.join(names())} "
            "(or give a .rq file, or inline SPARQL with -e)"
        )
    return parse(str(name_or_path), _read(path), path)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read: {err}") from None


def parse(name: str, text: str, path: Path | None = None) -> NamedQuery:
    """Read the header comment block (the '#' lines before the query); a line indented by two
    or more spaces after its '#' continues the line before it."""
    summary, columns, params = "", (), {}
    for line in _header_lines(text):
        match = _PARAM_LINE.match(line)
        body = line.lstrip("#").strip()
        if match:
            variables = tuple(v.lstrip("?") for v in match["vars"].split())
            doc = (match["doc"] or "").strip()
            params[match["name"]] = Param(match["name"], match["kind"] or "entity", variables, doc)
        elif body.lower().startswith("columns:"):
            columns = tuple(c.strip() for c in body.split(":", 1)[1].split(",") if c.strip())
        elif not summary and ":" in body:
            summary = body.split(":", 1)[1].strip()
    return NamedQuery(name, text, summary, columns, params, path)


def _header_lines(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        if lines and stripped.startswith("#  "):
            lines[-1] = f"{lines[-1]} {stripped.lstrip('#').strip()}"
        else:
            lines.append(stripped)
    return lines
