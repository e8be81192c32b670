"""Names that stand for states and well-known organizations, from pycountry plus kg/data/.

pycountry gives every state its ISO code and official names; `states.tsv` adds what news
actually writes (short names, demonyms, capitals, seats of government).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from kg.extract.lexicon import load_json, read_tsv, split_list


@dataclass
class StateEntry:
    iso3: str
    label: str
    names: set[str] = field(default_factory=set)  # the state itself
    demonyms: set[str] = field(default_factory=set)
    capitals: set[str] = field(default_factory=set)  # a city that may stand for the state
    seats: set[str] = field(default_factory=set)  # a building that stands for the government


@dataclass
class OrgEntry:
    key: str
    label: str
    kind: str  # Organization or Group
    names: set[str] = field(default_factory=set)


_PAREN = re.compile(r"\s*\(.*?\)")


@cache
def states() -> dict[str, StateEntry]:
    """All states by ISO alpha-3 code."""
    import pycountry

    entries: dict[str, StateEntry] = {}
    for country in pycountry.countries:
        label = getattr(country, "common_name", None) or country.name
        entry = StateEntry(country.alpha_3, _PAREN.sub("", label).split(",")[0].strip())
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                entry.names.add(_PAREN.sub("", value).strip())
        entries[country.alpha_3] = entry
    for row in read_tsv("states.tsv"):
        row += [""] * (6 - len(row))
        iso3, label, aliases, demonyms, capitals, seats = row[:6]
        entry = entries.setdefault(iso3, StateEntry(iso3, label))
        entry.label = label
        entry.names |= {label, *split_list(aliases)}
        entry.demonyms |= set(split_list(demonyms))
        entry.capitals |= set(split_list(capitals))
        entry.seats |= set(split_list(seats))
    _library_demonyms(entries)
    return entries


@cache
def countryinfo_records() -> dict[str, dict]:
    """countryinfo's record of each country by ISO alpha-3 code (demonyms, regions)."""
    from countryinfo import all_countries

    out: dict[str, dict] = {}
    for country in all_countries():
        info = country.info() if hasattr(country, "info") else country
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if iso3:
            out[iso3] = info
    return out


def _library_demonyms(entries: dict[str, StateEntry]) -> None:
    """Demonyms from countryinfo for states `states.tsv` gives none ("Guyanese", "Bahamian").
    Its list has quirks ("Welsh" for the United Kingdom, "French" for French territories, a
    name as its own demonym), so a word another state already owns, or that is a state's
    name, is not taken."""
    taken = {d for e in entries.values() for d in e.demonyms}
    taken |= {n for e in entries.values() for n in e.names}
    for iso3, info in countryinfo_records().items():
        entry = entries.get(iso3)
        if entry is None or entry.demonyms:
            continue
        words = [w.strip() for w in re.split(r",| and ", info.get("demonym") or "")]
        entry.demonyms |= {w for w in words if w and w[:1].isupper() and w not in taken}


@cache
def organizations() -> dict[str, OrgEntry]:
    entries = {}
    for row in read_tsv("organizations.tsv"):
        row += [""] * (4 - len(row))
        key, label, kind, aliases = row[:4]
        entries[key] = OrgEntry(key, label, kind or "Organization", {label, *split_list(aliases)})
    return entries


@cache
def name_index() -> dict[str, tuple[str, str, str]]:
    """Surface form -> (what, key, how): what is "state" or "org"; how is name, demonym, capital,
    seat. Case-sensitive: "US" is a state, "us" is not."""
    index: dict[str, tuple[str, str, str]] = {}
    # "Congo": the first state names.json lists for a name of two states, until the text
    # says which (kg.extract.mentions reads the capital or the full name)
    for name, codes in load_json("names.json")["ambiguous_states"].items():
        how = "name" if name in states()[codes[0]].names else "demonym"
        index[name] = ("state", codes[0], how)
    for iso3, entry in states().items():
        for how, names in (
            ("name", entry.names),
            ("demonym", entry.demonyms),
            ("capital", entry.capitals),
            ("seat", entry.seats),
        ):
            for name in names:
                index.setdefault(name, ("state", iso3, how))
                if how == "demonym" and not name.endswith("s"):
                    index.setdefault(name + "s", ("state", iso3, "people"))
    for key, entry in organizations().items():
        for name in entry.names:
            index.setdefault(name, ("org", key, "name"))
    return index


@cache
def demonym_words() -> set[str]:
    return {name for name, (what, _, how) in name_index().items() if how == "demonym"}
