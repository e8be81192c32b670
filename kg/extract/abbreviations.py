"""Abbreviated ranks ("Brig.", "Lt.", "Col.", "Maj.-Gen."): one token each, and no sentence
break after them when a name follows.

The small English model splits "Brig." into "Brig" + "." and then ends the sentence there, so
"Brig. Gen. X said ..." loses its subject. `install` adds tokenizer special cases for the
abbreviations listed in kg/data/titles.json (`rank_abbreviations`) and a pipeline component,
placed before the parser, that keeps the token after one of them in the same sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import titles

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "kg_rank_abbreviations"


def abbreviations() -> list[str]:
    return list(titles()["rank_abbreviations"])


def keep_sentences(doc: Doc) -> Doc:
    """No sentence starts right after an abbreviated rank, unless a line break is between."""
    ranks = set(abbreviations())
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.text in ranks and "\n" not in tok.whitespace_ and nxt.text[:1].isupper():
            nxt.is_sent_start = False
    return doc


def install(nlp: Language) -> Language:
    """Add the special cases and the component to a loaded pipeline (idempotent)."""
    from spacy.attrs import ORTH
    from spacy.language import Language

    for abbr in abbreviations():
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=keep_sentences)
    if COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
