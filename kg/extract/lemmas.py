"""Lemmas the small model gets wrong, set right before the lemmatizer runs.

The rule lemmatizer does not overwrite a lemma already set, so an attribute_ruler pattern per
form (kg/data/lemmas.json) corrects it for every finder at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import load_json

if TYPE_CHECKING:
    from spacy.language import Language


def install(nlp: Language) -> Language:
    """Add the corrections to a loaded pipeline's attribute_ruler (none without one)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in load_json("lemmas.json")["lemmas"].items():
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
    return nlp
