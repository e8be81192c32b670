"""Narrowing a named query by parameters: filters injected where the query says `# @params`.

Values never reach the query text as written: entity names are resolved to IRIs taken from the
store, and text values are written as escaped SPARQL literals by pyoxigraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.query.named import PARAMS_MARKER, NamedQuery

if TYPE_CHECKING:
    import pyoxigraph


def bind(query: NamedQuery, store: pyoxigraph.Store, params: dict[str, str]) -> str:
    """The query's SPARQL with one FILTER per parameter, ready to run."""
    if not params:
        return query.sparql
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        known = ", ".join(query.params) or "none"
        raise InputError(
            f"query {query.name!r} has no parameter {unknown[0]!r}; its parameters: {known}"
        )
    if PARAMS_MARKER not in query.sparql:
        raise InputError(f"query {query.name!r} has no '{PARAMS_MARKER}' line for its filters")
    names = None
    filters = []
    pairs = _pairs(query, params)
    for key, value in params.items():
        param = query.params[key]
        if key in pairs:
            continue
        if param.kind == "entity":
            if names is None:
                from kg.query.names_match import entity_names

                names = entity_names(store)
            filters.append(_entity_filter(param.variables, value, names))
        elif param.kind == "text":
            filters.append(_text_filter(param.variables, value))
        else:
            filters.append(_iri_filter(param.variables, value))
    if pairs:
        from kg.query.names_match import entity_names

        names = names or entity_names(store)
        (a, b), (first, second) = query.params[pairs[0]].variables, pairs
        one, other = _iris(params[first], names), _iris(params[second], names)
        filters.append(
            f"(?{a} IN ({one}) && ?{b} IN ({other})) || (?{a} IN ({other}) && ?{b} IN ({one}))"
            if one and other
            else "false"
        )
    block = "\n".join(f"  FILTER({f})" for f in filters)
    return query.sparql.replace(PARAMS_MARKER, f"{PARAMS_MARKER}\n{block}", 1)


def _pairs(query: NamedQuery, params: dict[str, str]) -> tuple[str, ...]:
    """Two entity parameters on the same two variables ("party" and "with" of an unordered
    pair) narrow together: one on each side, so "Iran with Iran" is not any fact of Iran's."""
    given = [k for k in params if query.params[k].kind == "entity"]
    for i, first in enumerate(given):
        for second in given[i + 1 :]:
            variables = query.params[first].variables
            if len(variables) == 2 and set(variables) == set(query.params[second].variables):
                return first, second
    return ()


def _iris(value: str, names: list) -> str:
    """The IRIs `value` names, as a SPARQL term list ("" when it names nothing)."""
    import pyoxigraph

    from kg.query.names_match import resolve

    return ", ".join(str(pyoxigraph.NamedNode(iri)) for iri in resolve(value, names))


def _entity_filter(variables: tuple[str, ...], value: str, names: list) -> str:
    terms = _iris(value, names)
    if not terms:
        return "false"
    return " || ".join(f"?{v} IN ({terms})" for v in variables)


def _text_filter(variables: tuple[str, ...], value: str) -> str:
    import pyoxigraph

    literal = str(pyoxigraph.Literal(value.casefold()))
    return " || ".join(f"CONTAINS(LCASE(STR(?{v})), {literal})" for v in variables)


def _iri_filter(variables: tuple[str, ...], value: str) -> str:
    import pyoxigraph

    try:
        term = str(pyoxigraph.NamedNode(value))
    except ValueError as err:
        raise InputError(f"not an IRI: {value!r} ({err})") from None
    return " || ".join(f"?{v} = {term}" for v in variables)
