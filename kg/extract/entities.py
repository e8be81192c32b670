"""Entities of one article and the within-article coreference that merges their names.

An entity is mutable while an article is read: "Rojas" seen first and "Ana Rojas" seen later
become one person labelled with the full name. IRIs are taken only when the graph is built.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kg.extract.gazetteer import name_index, organizations, states


def slug(text: str) -> str:
    """A lower-case, accent-free, hyphenated key: "Zoë Lindqvist" -> "zoe-lindqvist"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['\u2019]", "", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unnamed"


@dataclass(eq=False)
class Entity:
    kind: str  # State, Person, Organization, Group, Place
    label: str
    aliases: set[str] = field(default_factory=set)
    iso3: str | None = None
    of_state: Entity | None = None  # "Indian army" stands for India in conflicts

    @property
    def key(self) -> str:
        return self.iso3 if self.kind == "State" and self.iso3 else slug(self.label)

    def add_alias(self, name: str) -> None:
        name = " ".join(name.split())
        if name and name != self.label:
            self.aliases.add(name)

    def __repr__(self) -> str:
        return f"<{self.kind} {self.label}>"


_ARTICLE = re.compile(r"^(the|The)\s+")


def clean_name(text: str) -> str:
    """A name as a label: no leading article, no possessive, single spaces."""
    text = " ".join(text.replace("\u2019", "'").split())
    text = _ARTICLE.sub("", text)
    text = re.sub(r"\s*'s?$", "", text)
    return text.strip(" ,.;:-\"'“”")


_ARTICLE_PREFIXES = {"al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "abu", "bin", "ibn"}


def name_words(label: str) -> list[str]:
    """The words a person may be called by alone: "Abdel Fattah al-Burhan" -> also "Burhan"."""
    words = label.split()
    for word in words:
        head, _, rest = word.partition("-")
        if rest and head.lower() in _ARTICLE_PREFIXES:
            words.append(rest)
    return words


def initials(label: str) -> str:
    """ "Mohammed bin Salman" -> "MBS": what news calls a few leaders once they are named."""
    return "".join(w[0].upper() for w in label.replace("-", " ").split() if w[:1].isalpha())


def _initials_shape(word: str) -> bool:
    return 3 <= len(word) <= 5 and word.isalpha() and word.isupper() and word not in name_index()


class EntityTable:
    """The entities of one article, found by name: every mention of a thing is one entity."""

    def __init__(self) -> None:
        self._states: dict[str, Entity] = {}
        self._orgs: dict[str, Entity] = {}
        self._places: dict[str, Entity] = {}
        self.persons: list[Entity] = []
        self.leader_of: dict[str, Entity] = {}  # iso3 -> the person who leads it
        self.state_of_leader: dict[int, Entity] = {}  # id(person) -> state
        self.state_of_official: dict[int, Entity] = {}  # id(person) -> state they serve
        self.role_heads: dict[int, set[str]] = {}  # id(person) -> heads of all their titles
        self.titles: dict[int, str] = {}  # id(leader) -> head of their leader title
        self.capitals: dict[int, Entity] = {}  # id(place) -> the state it is the capital of

    def all(self) -> list[Entity]:
        orgs = list({id(e): e for e in self._orgs.values()}.values())  # acronyms share entities
        return [*self._states.values(), *orgs, *self._places.values(), *self.persons]

    def state(self, iso3: str, name: str | None = None) -> Entity:
        entity = self._states.get(iso3)
        if entity is None:
            entity = Entity("State", states()[iso3].label, iso3=iso3)
            self._states[iso3] = entity
        if name:
            entity.add_alias(clean_name(name))
        return entity

    def known_org(self, key: str, name: str | None = None) -> Entity:
        entity = self._orgs.get(key)
        if entity is None:
            entry = organizations()[key]
            entity = Entity(entry.kind, entry.label)
            self._orgs[key] = entity
        if name:
            entity.add_alias(clean_name(name))
        return entity

    def body(self, name: str, state: Entity) -> Entity:
        """A state's institution named with a demonym: "Greek coast guard"."""
        entity = self.org(name)
        entity.of_state = state
        return entity

    def org(self, name: str) -> Entity:
        label = clean_name(name)
        key = slug(label)
        entity = self._orgs.get(key)
        if entity is None:
            # "the Russian Foreign Ministry" and "Foreign Ministry": the longer, later one merges
            entity = Entity("Organization", label)
            self._orgs[key] = entity
        return entity

    def drop_state(self, entity: Entity) -> None:
        """Forget a state no mention names any more ("Congo" read as the other Congo)."""
        if entity.iso3 and self._states.get(entity.iso3) is entity:
            del self._states[entity.iso3]

    def drop(self, entity: Entity) -> None:
        """Forget an organization, place or person that turned out to be another's name."""
        for table in (self._orgs, self._places):
            for key in [k for k, e in table.items() if e is entity]:
                del table[key]
        self.persons = [p for p in self.persons if p is not entity]

    def alias_org(self, acronym: str, entity: Entity) -> Entity | None:
        """ "the Kivu Front (KF)": "KF" names that organization from now on. Returns the
        entity "KF" had before, if another, so that its mentions can be moved."""
        key = slug(acronym)
        before = self._orgs.get(key)
        self._orgs[key] = entity
        entity.add_alias(acronym)
        return before if before is not None and before is not entity else None

    def place(self, name: str) -> Entity:
        label = clean_name(name)
        key = slug(label)
        if key not in self._places:
            self._places[key] = Entity("Place", label)
        return self._places[key]

    def person(self, name: str) -> Entity:
        """The person called `name`, merging a surname with a full name seen before or after."""
        label = clean_name(name)
        words = label.split()
        for person in self.persons:
            if person.label == label or label in person.aliases:
                return person
        if len(words) == 1:
            matches = [p for p in self.persons if words[0] in name_words(p.label)]
            if not matches and _initials_shape(label):
                matches = [p for p in self.persons if initials(p.label) == label]
            if len(matches) == 1:
                matches[0].add_alias(label)
                return matches[0]
        else:
            # a full name arrives after its surname: upgrade the surname-only entity
            for person in self.persons:
                if len(person.label.split()) == 1 and person.label == words[-1]:
                    person.aliases.add(person.label)
                    person.label = label
                    return person
            for person in self.persons:
                pw = person.label.split()
                # "Ana Rojas" vs "Ana Maria Rojas": same first and last word
                if len(pw) > 1 and pw[0] == words[0] and pw[-1] == words[-1]:
                    person.add_alias(label)
                    return person
            # "Al Thani" after "Mohammed bin Abdulrahman Al Thani": the family name alone
            ends = [p for p in self.persons if p.label.split()[-len(words) :] == words]
            if len(ends) == 1:
                ends[0].add_alias(label)
                return ends[0]
        entity = Entity("Person", label)
        self.persons.append(entity)
        return entity

    def find_person(self, word: str) -> Entity | None:
        """A known person one of whose names is `word` (used to repair the model's tags), or
        whose initials it is ("MBS" after "Mohammed bin Salman")."""
        matches = [p for p in self.persons if word in name_words(p.label) or word in p.aliases]
        if not matches and _initials_shape(word):
            matches = [p for p in self.persons if initials(p.label) == word]
        return matches[0] if len(matches) == 1 else None

    def set_leader(self, person: Entity, state: Entity) -> None:
        if state.iso3:
            self.leader_of.setdefault(state.iso3, person)
        self.state_of_leader.setdefault(id(person), state)

    def set_official(self, person: Entity, state: Entity) -> None:
        """A minister or envoy of a state: stands for it in alliances, conflicts, supplies."""
        self.state_of_official.setdefault(id(person), state)

    def state_of(self, person: Entity) -> Entity | None:
        return self.state_of_leader.get(id(person)) or self.state_of_official.get(id(person))

    def leader_state(self, person: Entity) -> Entity | None:
        return self.state_of_leader.get(id(person))
