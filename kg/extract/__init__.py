"""Extraction: English news articles in, RDF graphs of states, leaders and their relations out.

`Article` reads and cleans the text, `Extractor` runs the spaCy pipeline and the relation
finders, `summary` describes a graph in one line. Heavy imports (spaCy) happen inside.
"""

from kg.extract.article import Article
from kg.extract.pipeline import Extractor
from kg.extract.summary import summary

__all__ = ["Article", "Extractor", "summary"]
