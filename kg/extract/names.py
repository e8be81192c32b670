"""Name shapes the small model misses: armed groups named by their head word ("the Mai-Mai
militia", "the M23 rebels") and acronyms defined in parentheses ("the Kivu Front (KF)").

Only spans are found here; kg.extract.mentions decides what they replace.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.extract.lexicon import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@cache
def name_shapes() -> dict[str, frozenset[str]]:
    raw = load_json("names.json")
    return {
        k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and isinstance(v, list)
    }


def ambiguous_states() -> dict[str, list[str]]:
    """ "Congo" -> the ISO codes it may name."""
    return load_json("names.json")["ambiguous_states"]


def _proper(tok: Token) -> bool:
    """A word of a group's name: a proper noun ("Mai", "Dine") or a code ("M23")."""
    if not tok.text[:1].isupper():
        return False
    if any(c.isdigit() for c in tok.text) and tok.text.isalnum():
        return True
    return tok.is_alpha and tok.tag_ in {"NNP", "NNPS"}


def group_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of group names before a head word: "Mai-Mai militia" (the head kept),
    "M23" of "M23 rebels" (a plural for members names the group without it)."""
    shapes = name_shapes()
    out: list[tuple[int, int]] = []
    for head in doc:
        low = head.lower_
        keep = low in shapes["group_heads"]
        if not keep and low not in shapes["fighter_heads"]:
            continue
        start = head.i
        while start > 0 and head.i - start < 5:
            prev = doc[start - 1]
            if _proper(prev):
                start -= 1
            elif (
                prev.text == "-"
                and start > 1
                and _proper(doc[start - 2])
                and not prev.whitespace_
                and not doc[start - 2].whitespace_
            ):
                start -= 1  # "Mai-Mai"
            else:
                break
        if start < head.i:
            out.append((start, head.i + 1 if keep else head.i))
    return out


def defined_acronym(doc: Doc, end: int) -> int | None:
    """The token of "(KF)" right after a name ending at `end`, if there is one."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1].text
    letters = [c for c in word if c.isalpha()]
    if 2 <= len(word) <= 8 and letters and all(c.isupper() for c in letters) and word.isalnum():
        return end + 1
    return None


def joiner(tok: Token) -> bool:
    """ "in" of "Islamic Resistance in": a name the model cut before its last word."""
    return tok.lower_ in name_shapes()["name_joiners"]
