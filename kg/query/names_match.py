"""Finding the entities a user means by a name: label or alias, exact or partial.

"Putin", "vladimir putin", "President Putin" and "Putin's" all find the entity labelled
"Vladimir Putin" with the alias "Putin"; "Moscow" finds Russia through its alias. Matching is on
words, with case, accents and punctuation ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph

_LABELS_QUERY = Path(__file__).with_name("labels.rq")


def words(text: str) -> tuple[str, ...]:
    """Lower-case words without accents, possessive 's or a leading 'the'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text, flags=re.IGNORECASE)
    found = tuple(w for w in re.split(r"[^0-9a-z]+", text.casefold()) if w)
    return found[1:] if len(found) > 1 and found[0] == "the" else found


def entity_names(store: pyoxigraph.Store) -> list[tuple[str, tuple[str, ...]]]:
    """(entity IRI, words of one of its names) for every label and alias in the store."""
    import pyoxigraph

    sparql = _LABELS_QUERY.read_text(encoding="utf-8")
    solutions = store.query(sparql, use_default_graph_as_union=True)
    return [
        (s["entity"].value, words(s["name"].value))
        for s in solutions
        if isinstance(s["entity"], pyoxigraph.NamedNode)
    ]


def resolve(name: str, names: Iterable[tuple[str, tuple[str, ...]]]) -> list[str]:
    """The IRIs of the entities `name` means, best match first tier only, sorted.

    Tiers: a name equal to a label or alias; else the longest labels or aliases found inside
    the name as whole words ("President Putin" contains "Putin"); else the labels that contain
    all of the name's words ("Putin" in "Vladimir Putin").
    """
    wanted = words(name)
    if not wanted:
        return []
    names = list(names)
    exact = {iri for iri, label in names if label == wanted}
    if exact:
        return sorted(exact)
    inside = [(len(label), iri) for iri, label in names if label and _contains(wanted, label)]
    if inside:
        longest = max(n for n, _ in inside)
        return sorted({iri for n, iri in inside if n == longest})
    wanted_set = set(wanted)
    return sorted({iri for iri, label in names if wanted_set <= set(label)})


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
