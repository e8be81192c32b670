"""An article: the text a user gave us, with the markup taken out, and its stable identity."""

from __future__ import annotations

import datetime
import hashlib
import re
import sys
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path

from rdflib import URIRef

from kg.errors import InputError
from kg.vocab import GKR

# A document looks like HTML when it opens with a tag or a doctype, or carries common block tags.
_HTML_HINT = re.compile(
    r"^\s*<(!doctype|html|head|body|p|div|article|span|h[1-6])\b|</p>|<br\s*/?>", re.I
)
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "article",
    "section",
    "header",
    "footer",
    "blockquote",
    "title",
    "ul",
    "ol",
    "table",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


class _TextCollector(HTMLParser):
    """Keeps the readable text of an HTML page, one line per block, dropping scripts and styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS and tag != "head":
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and tag != "head":
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """The text of an HTML document; plain text comes back unchanged."""
    if not _HTML_HINT.search(text[:5000]):
        return text
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    joined = "".join(collector.parts)
    lines = [" ".join(line.split()) for line in joined.splitlines()]
    return "\n".join(line for line in lines if line)


@dataclass(frozen=True)
class Article:
    """One news article. Offsets in the graph's evidence point into `text`, the markup-free text."""

    text: str
    name: str
    date: datetime.date | None = None

    @classmethod
    def from_path(cls, path: str | Path, date: datetime.date | None = None) -> Article:
        """Read an article file (`-` for standard input), refusing input we cannot use."""
        name = str(path)
        if name == "-":
            data = sys.stdin.buffer.read()
            name = path = "stdin"
        else:
            file = Path(path)
            if not file.exists():
                raise InputError(f"{path}: no such file")
            if file.is_dir():
                raise InputError(f"{path}: is a folder, not an article file")
            try:
                data = file.read_bytes()
            except OSError as err:
                raise InputError(f"{path}: cannot read: {err.strerror}") from None
            name = file.name
        try:
            raw = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise InputError(
                f"{path}: not UTF-8 text (byte {err.start}: {data[err.start : err.start + 1]!r})"
            ) from None
        if "\x00" in raw:
            raise InputError(f"{path}: binary data, not a text article")
        text = strip_html(raw).replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise InputError(f"{path}: empty article (no text to extract from)")
        return cls(text=text, name=name, date=date)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def doc_iri(self) -> URIRef:
        return GKR["doc/" + self.sha256[:12]]

    @property
    def headline(self) -> str:
        """The first line, shortened: what a person sees as the document's label."""
        first = next((line.strip() for line in self.text.splitlines() if line.strip()), "")
        return first if len(first) <= 80 else first[:79].rstrip() + "…"
