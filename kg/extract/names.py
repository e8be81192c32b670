"""Name shapes the small model misses: armed groups named by their head word ("the Mai-Mai
militia", "the M23 rebels") and acronyms defined in parentheses ("the Kivu Front (KF)").

Only spans are found here; kg.extract.mentions decides what they replace.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.lexicon import load_json, word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@cache
def name_shapes() -> dict[str, frozenset[str]]:
    raw = load_json("names.json")
    return {
        k: frozenset(v) for k, v in raw.items() if not k.startswith("_") and isinstance(v, list)
    }


def combining_forms() -> dict[str, str]:
    """ "Franco" -> "FRA": prefixes that stand for a state before a hyphen."""
    return load_json("names.json")["combining_forms"]


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
        while start > 0 and head.i - start < 6:
            prev = doc[start - 1]
            if _proper(prev):
                start -= 1
            elif (
                prev.text == "-"
                and start > 1
                and (_proper(doc[start - 2]) or doc[start - 2].lower_ in shapes["name_articles"])
                and not prev.whitespace_
                and not doc[start - 2].whitespace_
            ):
                # "Mai-Mai"; "al-Islam" takes its article too
                start -= 2 if doc[start - 2].lower_ in shapes["name_articles"] else 1
            else:
                break
        while start < head.i and (
            doc[start].text == "-" or doc[start].lower_ in shapes["name_articles"]
        ):
            start += 1  # a name never starts on "-" or "al"
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


def _item_word(tok: Token) -> bool:
    """A word of a weapon's name: a proper noun ("Leopard"), a code ("TB2", "K2", "16" of
    "F-16") or the hyphen inside one."""
    if tok.text == "-":
        return True
    if any(c.isdigit() for c in tok.text) and any(c.isalpha() for c in tok.text):
        return tok.text.isalnum()
    if tok.like_num and tok.text.isdigit() and tok.i:
        prev = tok.doc[tok.i - 1]  # "F-16", "Challenger 2"; not "sent 14 Leopard tanks"
        return (prev.text == "-" and not prev.whitespace_) or (
            prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start
        )
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def _name_before(doc: Doc, end: int, index: Container[str]) -> int:
    """Where the name of an item that ends at `end` starts ("K2 Black Panther")."""
    start = end
    while start > 0 and end - start < 6 and _item_word(doc[start - 1]):
        prev = doc[start - 1]
        if prev.text in index:
            break  # "Turkish", "Russia's": the maker, not the name
        if prev.text == "-" and (prev.whitespace_ or start - 2 < 0 or doc[start - 2].whitespace_):
            break
        start -= 1
    while start < end and doc[start].text == "-":
        start += 1
    return start


def item_spans(doc: Doc, index: Container[str]) -> list[tuple[int, int]]:
    """(start, end) of weapon and system names: proper nouns and codes right before a weapon
    noun ("Leopard tanks", "Patriot air defence systems"), or a proper noun that is the object
    of a verb of selling or firing ("supplied Iskander to Armenia"). `index` holds the names
    of states and organizations, which stay what they are."""
    shapes = name_shapes()
    out: list[tuple[int, int]] = []
    for tok in doc:
        if tok.lower_ in shapes["weapon_nouns"] and tok.pos_ == "NOUN":
            end = tok.i
            while end > 0 and doc[end - 1].lower_ in shapes["weapon_modifiers"]:
                end -= 1
            if end > 0 and doc[end - 1].text == "-" and not doc[end - 1].whitespace_:
                continue  # "Iranian-made drones"
            start = _name_before(doc, end, index)
            if start < end and not _names_a_body(doc[start:end]):
                out.append((start, end))
        elif (
            tok.dep_ == "dobj"
            and _item_verb(tok.head)
            and tok.tag_ in {"NNP", "NNPS"}
            and tok.text not in index
            and not any(c.dep_ in {"compound", "det", "poss", "amod"} for c in tok.children)
        ):
            start = _name_before(doc, tok.i + 1, index)
            if start <= tok.i and not _names_a_body(doc[start : tok.i + 1]):
                out.append((start, tok.i + 1))
    return out


def _item_verb(verb: Token) -> bool:
    """ "supplied X", "fired X at Y": a verb whose proper-noun object is a weapon; not
    "ordered X to resign", "fired X" (dismissed)."""
    shapes = name_shapes()
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in shapes["firing_verbs"]:
        return any(c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for c in verb.children)
    return lemma in shapes["item_verbs"]


_TARGET_PREPS = {"at", "on", "toward", "towards", "into", "against"}


def _names_a_body(span: Span) -> bool:
    """ "Armed Forces drones": the owner's name, not the item's."""
    heads = name_shapes()["group_heads"] | word_list("org_words.txt")
    return any(t.lower_ in heads for t in span) or not any(t.is_alpha for t in span)
