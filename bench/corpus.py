"""A deterministic benchmark corpus made from the dev articles, never downloaded.

Each generated article keeps the paragraph shape of one dev article (so its size is realistic),
swaps about a third of its sentences for sentences of other dev articles, and renames every
person and state the dev gold files list: people to invented names (bench/data/names.toml),
states to other states from pycountry. The same seed always gives the same files, and every
file has different text, so every article is a different document in the store.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_DIR = ROOT.parent / "shared" / "eval" / "dev"
NAMES_FILE = Path(__file__).resolve().parent / "data" / "names.toml"
SEED = 20241011
SHUFFLE_SHARE = 0.33

# A sentence ends at . ! ? or a closing quote, before a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z])")


@dataclass(frozen=True)
class Entity:
    """A person or state of one dev article, with the names the article may use for it."""

    kind: str  # "Person" or "State"
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Source:
    name: str
    paragraphs: tuple[tuple[str, ...], ...]  # sentences, paragraph by paragraph
    entities: tuple[Entity, ...]


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s]


@cache
def load_sources(dev_dir: Path = DEV_DIR) -> tuple[Source, ...]:
    """The dev articles with the persons and states their gold files name."""
    texts = sorted(dev_dir.glob("*.txt"))
    if not texts:
        raise FileNotFoundError(f"no dev articles (*.txt) in {dev_dir}")
    sources = []
    for text_path in texts:
        paragraphs = tuple(
            tuple(split_sentences(line))
            for line in text_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        )
        gold_path = text_path.with_name(text_path.stem + ".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.is_file() else {}
        entities = tuple(
            Entity(e["type"], tuple(e["aliases"]))
            for e in gold.get("entities", {}).values()
            if e["type"] in ("Person", "State")
        )
        sources.append(Source(text_path.stem, paragraphs, entities))
    return tuple(sources)


@cache
def invented_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = tomllib.loads(NAMES_FILE.read_text(encoding="utf-8"))
    return tuple(data["first"]), tuple(data["last"])


@cache
def state_names() -> tuple[str, ...]:
    """Short English names of the ISO 3166 states, as an article would write them."""
    import pycountry

    names = []
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," not in name and "(" not in name:
            names.append(name)
    return tuple(sorted(names))


def _renaming(entities: list[Entity], rng: random.Random) -> dict[str, str]:
    """Alias -> new name for one generated article, the same new person for all of one
    person's aliases (full names become a full name, one-word names the new surname)."""
    first, last = invented_names()
    states = state_names()
    mapping: dict[str, str] = {}
    for entity in entities:
        if entity.kind == "Person":
            given, family = rng.choice(first), rng.choice(last)
            for alias in entity.aliases:
                mapping.setdefault(alias, f"{given} {family}" if " " in alias else family)
        else:
            # Only the state's own name: capitals and official names stay, as in mixed news.
            mapping.setdefault(entity.aliases[0], rng.choice(states))
    return mapping


def _apply(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    aliases = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)")
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def generate(index: int, seed: int = SEED) -> str:
    """The text of article `index` of the corpus (independent of how many are generated)."""
    rng = random.Random(f"{seed}:{index}")
    sources = load_sources()
    base = sources[index % len(sources)]
    others = [s for s in sources if s is not base] or [base]
    paragraphs = []
    for paragraph in base.paragraphs:
        sentences = []
        for sentence in paragraph:
            if rng.random() < SHUFFLE_SHARE:
                donor = rng.choice(others)
                sentence = rng.choice([s for p in donor.paragraphs for s in p])
            sentences.append(sentence)
        paragraphs.append(" ".join(sentences))
    # every source's people: a gold file may miss someone another article's gold names
    entities = [e for s in sources for e in s.entities]
    return _apply("\n".join(paragraphs) + "\n", _renaming(entities, rng))


def write_corpus(directory: str | Path, count: int, seed: int = SEED) -> list[Path]:
    """Write articles 0..count-1 as directory/article-NNNNN.txt; return their paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    paths, seen = [], set()
    for index in range(count):
        text = generate(index, seed)
        if text in seen:  # the same text would be the same document in the store
            text = text.rstrip("\n") + f" (Report {index}.)\n"
        seen.add(text)
        path = directory / f"article-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
