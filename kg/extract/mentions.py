"""Mentions: which tokens of a parsed text name which entity.

The model's entities are combined with the gazetteer (states, demonyms, capitals, seats,
organizations). Titles are stripped from person names and the model's usual mistakes are
repaired: an unknown surname tagged NORP/GPE/ORG after a title or before "said" is a person.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from kg.extract.dates import WEEKDAYS
from kg.extract.descriptions import (
    describe,
    drop_regional_demonyms,
    own_noun_state,
    speaker_state,
)
from kg.extract.entities import Entity, EntityTable, clean_name
from kg.extract.gazetteer import name_index, organizations, states
from kg.extract.lexicon import relation_lexicon, titles, word_list
from kg.extract.names import (
    ambiguous_states,
    combining_forms,
    defined_acronym,
    group_spans,
    item_spans,
    joiner,
    name_shapes,
)
from kg.extract.places import is_place_name

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token


#: Nouns that, after "the", stand for the organization named last ("the group", "the militia").
ORG_ANAPHORS = {
    "group",
    "militia",
    "movement",
    "organization",
    "organisation",
    "faction",
    "alliance",
    "bloc",
}
#: Lower-case words inside personal names: "Khalid bin Tariq", "Ursula von der Leyen".
NAME_PARTICLES = {
    "bin",
    "bint",
    "ibn",
    "al",
    "el",
    "de",
    "da",
    "do",
    "dos",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "di",
}
_STATE_ANAPHORS = {"country", "kingdom", "republic", "emirate"}
_GOVERNMENT_NOUNS = {
    "government",
    "force",
    "leadership",
    "regime",
    "administration",
    "country",
    "army",
    "military",
    "forces",
    "troops",
    "navy",
    "cabinet",
    "state",
}


@dataclass
class Mention:
    start: int  # token index
    end: int
    entity: Entity
    how: str  # name, demonym, capital, seat, people, person, org, place
    place: Entity | None = None  # a capital can also be where something happened


@cache
def title_words() -> set[str]:
    """Lower-case words that begin or make up a title ("president", "foreign", "minister")."""
    data = titles()
    words: set[str] = set()
    for phrase in [*data["leader_titles"], *data["role_titles"]]:
        words.update(phrase.split())
    # "head of the junta": its function words are no title ("the Red Sea" is not "Title Name")
    words -= {"of", "the", "a", "an", "to"}
    return (
        words | {w.rstrip(".") for w in data["person_honorifics"]} | set(data["person_honorifics"])
    )


_TITLE_EXTRA = {
    "new",
    "top",
    "senior",
    "former",
    "incoming",
    "outgoing",
    "then",
    "acting",
    "chief",
    "deputy",
    "vice",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "prime",
    "supreme",
    "general",
    "state",
    "national",
    "security",
}


def _is_title_token(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return (
        low in title_words()
        or (tok.text[:1].isupper() and low.endswith("s") and low[:-1] in title_words())
        or low in _TITLE_EXTRA
        or (tok.text in name_index() and (name_index()[tok.text][2] == "demonym"))
    )


@cache
def _ranks() -> frozenset[str]:
    data = titles()
    return frozenset(
        w.lower().rstrip(".") for w in [*data["person_honorifics"], *data["rank_abbreviations"]]
    )


def _is_rank(tok: Token) -> bool:
    """ "Brig.", "Gen.", "Sheikh": a rank or honorific, never a place or organization alone."""
    return tok.lower_.rstrip(".") in _ranks()


def phrase_matcher(nlp: Language):
    """A PhraseMatcher over every gazetteer name, built once per model."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    names = sorted(name_index())
    matcher.add("GAZ", list(nlp.tokenizer.pipe(names)))
    return matcher


# "NAIROBI –", "NAIROBI, Kenya —", "NAIROBI (Reuters) -"
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]*[A-Z])(?:,[^\n–—-]{0,40})?(?:\s*\([^)]*\))?\s*[–—-]")


class Analysis:
    """A parsed text with its mentions; relation finders ask it which entity a token names."""

    def __init__(
        self, doc: Doc, table: EntityTable, offset: int = 0, date: datetime.date | None = None
    ) -> None:
        self.doc = doc
        self.date = date  # the article's date, for "in July" and "on Friday"
        self.table = table
        self.offset = offset  # where this text starts in the article
        self.mentions: list[Mention] = []
        self.by_token: dict[int, Mention] = {}
        self.quoted: set[int] = set()  # token indices inside quotation marks
        self.items: set[int] = set()  # tokens of weapon names ("Leopard" tanks): no entity
        # Token.sent walks the document on every call; look sentences up by bisection instead
        self.sentences = list(doc.sents)
        self._starts = [s.start for s in self.sentences]
        self._dominant: list[Entity | None] = []  # computed once, after quotes are marked
        # kg.extract.descriptions: ("quote", start) -> speaker's state, ("noun", i) -> state
        self.described: dict[tuple[str, int], Entity | None] = {}

    @cached_property
    def text(self) -> str:
        """The text, once: spaCy's Doc.text joins every token again on each call."""
        return self.doc.text

    @cached_property
    def dateline(self) -> str | None:
        """The place word of the story's dateline ("NAIROBI" of "NAIROBI, Kenya (Reuters) -"),
        in its first non-empty lines (after a headline or two); None in a later chunk."""
        if self.offset != 0:
            return None
        lines = [line for line in self.text[:2000].splitlines() if line.strip()][:3]
        for line in lines:
            match = _DATELINE.match(line)
            if match is not None:
                return match.group(1)
        return None

    @cached_property
    def _word_index(self) -> dict[str, list[int]]:
        """Token indices by lower-cased lemma and by lower-cased form, built in one walk."""
        index: dict[str, list[int]] = {}
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            index.setdefault(lemma, []).append(tok.i)
            low = tok.lower_
            if low != lemma:
                index.setdefault(low, []).append(tok.i)
        return index

    def tokens_with(self, words: Iterable[str]) -> list[Token]:
        """The tokens whose lemma or form (lower-cased) is one of `words`, in document order.

        A relation finder visits only these instead of walking every token: spaCy makes a new
        Token and new strings on each access, and seven finders walking every token cost more
        than their rules did.
        """
        index = self._word_index
        found: set[int] = set()
        for word in words:
            hits = index.get(word)
            if hits is not None:
                found.update(hits)
        doc = self.doc
        return [doc[i] for i in sorted(found)]

    def sent(self, tok: Token | int) -> Span:
        """The sentence of a token (or token index), in O(log n)."""
        i = tok if isinstance(tok, int) else tok.i
        return self.sentences[bisect_right(self._starts, i) - 1]

    def add(self, mention: Mention) -> None:
        if any(i in self.by_token or i in self.items for i in range(mention.start, mention.end)):
            return
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.by_token[i] = mention
        self.mentions.sort(key=lambda m: m.start)

    def remove(self, mention: Mention) -> None:
        self.mentions.remove(mention)
        for i in range(mention.start, mention.end):
            self.by_token.pop(i, None)

    def mention(self, tok: Token) -> Mention | None:
        return self.by_token.get(tok.i)

    def last_before(self, i: int, kinds: set[str]) -> Entity | None:
        for m in reversed(self.mentions):
            if m.start < i and m.entity.kind in kinds and m.how != "demonym":
                return m.entity
        return None

    def anaphor(self, tok: Token) -> Entity | None:
        """ "the group" -> the last organization named; "his government" -> the state the last
        named leader leads; "its army" -> the last state named."""
        low = tok.lower_
        if low in {"we", "us", "our", "ours"}:
            return speaker_state(self, tok)  # in a leader's quotation: the leader's state
        if low in {"he", "she", "him", "her", "his"}:
            return self.resolve_pronoun(tok)
        if low == "it" and tok.dep_ in {"nsubj", "nsubjpass"}:
            return self._subject_actor(tok)
        if low == "its" and tok.dep_ == "poss":
            # "its secretary-general": the organization just named, else the state
            since = self.sent(tok).start
            prev = self.sent(since - 1).start if since > 0 else since
            for m in reversed(self.mentions):
                if prev <= m.start < tok.i and m.entity.kind == "Organization":
                    return m.entity
            return self._subject_state(tok) or self.last_before(tok.i, {"State"})
        lemma = tok.lemma_.lower()
        dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "poss"}}
        if "our" in dets:
            return own_noun_state(self, tok)
        described = describe(self, tok)  # "the Pacific nation", "the landlocked republic"
        if described is not None:
            return described
        if dets & {"the", "this"} and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
            if lemma in ORG_ANAPHORS:
                return self.last_before(tok.i, {"Organization"})
            if lemma in _STATE_ANAPHORS:
                return (
                    self._subject_state(tok)
                    or self.last_before(tok.i, {"State"})
                    or self.dominant_state()
                )
        if lemma in _GOVERNMENT_NOUNS:
            if dets & {"his", "her"}:
                person = self.last_person_before(tok.i)
                return self.table.state_of(person) if person else None
            if dets & {"its", "their"}:
                return self.last_before(tok.i, {"State", "Organization"})
        return None

    def _subject_state(self, tok: Token) -> Entity | None:
        """ "Kenya sent troops to Haiti. The country's minister ...": the state the previous
        sentence is about (its subject), not the last one it names."""
        since = self.sent(tok).start
        if since == 0 or any(
            since <= m.start < tok.i and m.entity.kind == "State" and m.how != "demonym"
            for m in self.mentions
        ):
            return None  # "Chad said its army ...": the state of this sentence
        prev = self.sent(since - 1)
        for m in self.mentions:
            last = self.doc[m.end - 1]
            if (
                prev.start <= m.start < prev.end
                and m.entity.kind == "State"
                and m.how != "demonym"
                and last.dep_ in {"nsubj", "nsubjpass"}
                and (last.head.i == prev.root.i or last.head.dep_ == "conj")
            ):
                return m.entity
        return None

    def _subject_person(self, sent: Span, before: int, depth: int) -> Entity | None:
        """The person a sentence is about: the subject of its main verb, else of another verb."""
        found: list[tuple[int, int, Entity]] = []
        for tok in sent:
            if tok.i >= before or tok.i in self.quoted or tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if tok.lower_ in {"he", "she"}:
                entity = self.resolve_pronoun(tok, depth + 1) if depth < 3 else None
            else:
                entity = self.entity_for(tok)
            if entity is None or entity.kind != "Person":
                entity = next(
                    (
                        self.entity_for(c)
                        for c in tok.children
                        if c.dep_ == "appos" and self.entity_for(c) is not None
                    ),
                    entity,
                )
            if entity is not None and entity.kind == "Person":
                found.append((0 if tok.head == sent.root else 1, -tok.i, entity))
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None

    def _subject_actor(self, tok: Token) -> Entity | None:
        """ "Poland bought tanks. It also bought launchers": the state or organization that
        was the subject just before."""
        sent = self.sent(tok)
        spans = [(sent.start, tok.i)]
        if sent.start > 0:
            prev = self.sent(sent.start - 1)
            spans.append((prev.start, prev.end))
        for start, end in spans:
            found = [
                m.entity
                for m in self.mentions
                if start <= m.start < end
                and m.entity.kind in {"State", "Organization"}
                and self.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}
                and m.start not in self.quoted
            ]
            if len({id(e) for e in found}) == 1:
                return found[0]
            if found:
                return None
        return None

    def resolve_pronoun(self, tok: Token, depth: int = 0) -> Entity | None:
        """ "he said": the person the text is about, the subject of this sentence before the
        pronoun or of the sentences before it; else the last person named outside quotes."""
        if tok.lower_ in {"him", "her"} and tok.dep_ in {"dobj", "pobj", "dative"}:
            return self._object_pronoun(tok)
        sent = self.sent(tok)
        found = self._subject_person(sent, tok.i, depth)
        start = sent.start
        for _ in range(3):
            if found is not None or start == 0:
                break
            prev = self.sent(start - 1)
            found = self._subject_person(prev, prev.end, depth)
            start = prev.start
        if found is not None:
            return found
        for m in reversed(self.mentions):
            if m.start < tok.i and m.entity.kind == "Person" and m.start not in self.quoted:
                return m.entity
        return None

    def dominant_state(self) -> Entity | None:
        """The state an article is about: named at least three times outside quotes, and at
        least twice as often as any other. For "the emir", "the kingdom" with nothing nearer."""
        if not self._dominant:
            counts: dict[int, list] = {}
            for m in self.mentions:
                if m.entity.kind == "State" and m.start not in self.quoted:
                    counts.setdefault(id(m.entity), [0, m.entity])[0] += 1
            ranked = sorted(counts.values(), key=lambda c: -c[0])
            top = ranked[0] if ranked else None
            runner = ranked[1][0] if len(ranked) > 1 else 0
            self._dominant.append(top[1] if top and top[0] >= 3 and top[0] >= 2 * runner else None)
        return self._dominant[0]

    def group(self, tok: Token) -> list[Entity]:
        """ "the two leaders", "both presidents", "the leaders of both countries": the last two
        people named (in this sentence or the three before) who hold such a title, or the
        leaders of the last two states named. Empty when there are not two."""
        if tok.pos_ != "NOUN" or (tok.tag_ != "NNS" and not _is_pair(tok)):
            return []
        lex = relation_lexicon("person")
        mods = [c.lower_ for c in tok.lefts if c.dep_ in {"compound", "amod"}]
        phrase = " ".join([*mods[-1:], tok.lemma_.lower()])
        role = lex["group_nouns"].get(phrase) or lex["group_nouns"].get(tok.lemma_.lower())
        size = _group_size(tok) or (2 if _is_pair(tok) else 0)
        if role is None:
            # "the two neighbours", "both sides", "the two former Soviet republics": states
            if size and tok.lemma_.lower() in lex["group_state_nouns"]:
                return self._last_states(tok, size)
            return []
        if size:
            return self._last_people(tok, role, size)
        # "the leaders of both countries", "the two countries' leaders"
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [p for prep in tok.children if prep.lower_ == "of" for p in prep.children]
        if role in {"leader", "president", "prime minister"} and any(
            (o.lemma_.lower() in lex["group_states"] and _group_size(o) == 2)
            or o.lower_ == "their"  # "A and B agreed ... Y received their leaders"
            for o in owners
        ):
            return self._last_two_leaders_of_states(tok)
        # "the foreign ministers of Estonia and Latvia": the people of those states who hold
        # the title, when named; else the states themselves
        states = [
            m.entity
            for o in owners
            for t in [o, *(c for c in o.children if c.dep_ == "conj")]
            if (m := self.by_token.get(t.i)) is not None and m.entity.kind == "State"
        ]
        named = [c for c in tok.children if c.dep_ in {"appos", "conj"} and self.by_token.get(c.i)]
        if len(states) < 2 or named:
            return []  # "the presidents of A and B, X and Y": the names say who
        people = []
        for state in states:
            holder = self.table.leader_of.get(state.iso3 or "") if role != "minister" else None
            if holder is None and role != "leader":
                holder = next(
                    (
                        p
                        for p in self.table.persons
                        if self.table.state_of_official.get(id(p)) is state
                        and role in self.table.role_heads.get(id(p), set())
                    ),
                    None,
                )
            people.append(holder)
        return people if all(people) else states

    def _window_start(self, tok: Token, sentences: int = 3) -> int:
        start = self.sent(tok).start
        for _ in range(sentences):
            if start == 0:
                break
            start = self.sent(start - 1).start
        return start

    def _own_subjects(self, tok: Token) -> set[int]:
        """ "X, who had hosted the two men": the subject of the group's own verb (through a
        relative pronoun) is never one of the group."""
        if tok.dep_ not in {"dobj", "pobj", "dative"}:
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own: set[int] = set()
        for child in verb.children:
            if child.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if child.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
                child = verb.head
            m = self.by_token.get(child.i)
            if m is not None:
                own.add(id(m.entity))
        return own

    def _last_states(self, tok: Token, size: int) -> list[Entity]:
        """The last `size` states named (this sentence or the three before), not counting the
        group's own subject; demonyms count ("the Ethiopian and Eritrean leaders")."""
        found: list[Entity] = []
        own = self._own_subjects(tok)
        since = self._window_start(tok)
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.start in self.quoted:
                continue
            if m.start < since or len(found) == size:
                break
            entity = m.entity if m.entity.kind == "State" else m.entity.of_state
            if entity is None or entity.kind != "State" or id(entity) in own:
                continue
            last = self.doc[m.end - 1]
            if m.how == "capital" and last.dep_ == "pobj" and last.head.lower_ in _PLACE_PREPS:
                continue  # "met in Prague": a place, not a side
            if entity not in found:
                found.append(entity)
        return found if len(found) == size else []

    def _last_people(self, tok: Token, role: str, size: int) -> list[Entity]:
        found: list[Entity] = []
        own = self._own_subjects(tok)
        since = self._window_start(tok)
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.entity.kind != "Person" or m.start in self.quoted:
                continue
            if id(m.entity) in own:
                continue
            if m.start < since or len(found) == size:
                break
            heads = self.table.role_heads.get(id(m.entity), set())
            fits = (
                role == "any"
                or (role == "leader" and self.table.leader_state(m.entity) is not None)
                or (role != "leader" and role in heads)
            )
            if fits and m.entity not in found:
                found.append(m.entity)
        return found if len(found) == size else []

    def _last_two_leaders_of_states(self, tok: Token) -> list[Entity]:
        """ "Chad and Niger ... the leaders of both countries": the last two states named
        together ("A and B"), when the article names both their leaders."""
        since = self._window_start(tok, 2)
        for m in reversed(self.mentions):
            if m.start >= tok.i or m.start < since:
                continue
            if m.entity.kind != "State" or m.start in self.quoted or m.how == "demonym":
                continue
            last = self.doc[m.end - 1]
            for other in last.children:
                om = self.by_token.get(other.i)
                if other.dep_ != "conj" or om is None or om.entity.kind != "State":
                    continue
                if om.entity is m.entity:
                    continue
                pair = [self.table.leader_of.get(e.iso3 or "") for e in (m.entity, om.entity)]
                return [p for p in pair if p is not None] if all(pair) else []
        return []

    def _subject_before(self, tok: Token) -> Entity | None:
        """The person the last sentences were about (their subject), for a subject that names
        nobody ("the 71-year-old")."""
        start = self.sent(tok).start
        for _ in range(3):
            if start == 0:
                return None
            prev = self.sent(start - 1)
            found = self._subject_person(prev, prev.end, 1)
            if found is not None:
                return found
            start = prev.start
        return None

    def _object_pronoun(self, tok: Token) -> Entity | None:
        """ "Y received him", "Y met with her": never the clause's own subject, but the person
        the text was about before: the subject of an earlier sentence, else the last named."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        own: set[int] = set()
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ not in {"he", "she"}:
                entity = self.by_token.get(child.i)
                if entity is not None:
                    own.add(id(entity.entity))
        sent = self.sent(tok)
        start = sent.start
        for _ in range(3):
            if start == 0:
                break
            prev = self.sent(start - 1)
            found = self._subject_person(prev, prev.end, 1)
            if found is not None and id(found) not in own:
                return found
            if found is not None:
                break
            start = prev.start
        for m in reversed(self.mentions):
            if (
                m.start < tok.i
                and m.entity.kind == "Person"
                and m.start not in self.quoted
                and id(m.entity) not in own
            ):
                return m.entity
        return None

    def last_person_before(self, i: int, sent_start: int | None = None) -> Entity | None:
        for m in reversed(self.mentions):
            if m.start < i and m.entity.kind == "Person":
                if sent_start is not None and m.start < sent_start:
                    return None
                return m.entity
        return None

    def entity_for(self, tok: Token, *, persons_as_states: bool = False) -> Entity | None:
        """The entity a token stands for: its own name, a pronoun's antecedent, a demonym or
        possessive on a common noun ("Russian jets", "Iran's army"), or a leader noun
        ("the Russian president")."""
        m = self.by_token.get(tok.i)
        entity = m.entity if m else None
        stated = any(
            (cm := self.by_token.get(c.i)) is not None and cm.entity.kind == "State"
            for c in tok.children
            if c.dep_ in {"amod", "compound", "poss"}
        )
        if entity is None and _is_age_phrase(tok) and not stated:
            # "the 71-year-old met ...", "welcomed the 73-year-old": a person named before;
            # "the 77-year-old Malaysian leader" is Malaysia's leader, below
            if tok.dep_ in {"dobj", "pobj", "dative"}:
                entity = self._object_pronoun(tok)
            else:
                entity = self._subject_before(tok)
        if entity is None and tok.pos_ in {"PRON", "NOUN"}:
            entity = self.anaphor(tok)
        if entity is None and tok.pos_ in {"NOUN", "PROPN"}:
            leader_titles = titles()["leader_titles"]
            # "the Ethiopian prime minister": the title may be more than the head noun
            words = [
                c.lower_
                for c in tok.lefts
                if c.dep_ in {"amod", "compound"} and c.i not in self.by_token
            ] + [tok.lemma_.lower()]
            leads = tok.lower_ == "counterpart" or any(
                " ".join(words[-n:]) in leader_titles for n in range(1, len(words) + 1)
            )
            for child in tok.children:
                cm = self.by_token.get(child.i) or self._whose(child)
                if (
                    cm
                    and cm.entity.kind in {"State", "Organization"}
                    and child.dep_ in {"amod", "compound", "poss", "nmod"}
                ):
                    if leads:
                        leader = self.table.leader_of.get(cm.entity.iso3 or "")
                        if leader is not None:
                            entity = leader
                            break
                        continue
                    entity = cm.entity
                    break
        if entity is None and tok.pos_ in {"NOUN", "PROPN"}:
            entity = self._titled_person(tok)
        if entity is None and tok.dep_ == "appos" and tok.pos_ == "NOUN":
            # "X, Lula's special envoy, who met Y": the apposition is the person it describes
            hm = self.by_token.get(tok.head.i)
            if hm is not None and hm.entity.kind == "Person":
                entity = hm.entity
        if entity is not None and persons_as_states and entity.kind == "Person":
            return self.table.state_of(entity) or entity
        return entity

    def _whose(self, tok: Token) -> Mention | None:
        """ "Syria, whose air defences were struck": "whose" is the noun the clause hangs on."""
        if tok.lower_ != "whose" or tok.dep_ != "poss":
            return None
        node = tok.head
        for _ in range(4):
            if node.dep_ == "relcl":
                return self.by_token.get(node.head.i)
            if node.head.i == node.i:
                break
            node = node.head
        return None

    def _titled_person(self, tok: Token) -> Entity | None:
        """ "the prime minister said": the last person named who holds that title."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = [c.lower_ for c in tok.lefts if c.dep_ in {"amod", "compound"}] + [tok.lower_]
        heads = {" ".join(words[-n:]) for n in range(1, len(words) + 1)}
        for m in reversed(self.mentions):
            if (
                m.start < tok.i
                and m.entity.kind == "Person"
                and heads & self.table.role_heads.get(id(m.entity), set())
            ):
                return m.entity
        return None


def name_like_title(doc: Doc, i: int) -> bool:
    """ "Amir Tal": a title that is also a given name is a name unless a state, a demonym, a
    possessive, "the" or another title stands before it ("Kuwait's Amir X", "the Sultan X")."""
    if doc[i].lower_ not in titles()["name_like_titles"]:
        return False
    # "Sultan Hamad Said of Oman": the state after the name marks the title too
    j = i + 1
    while j < len(doc) - 1 and j <= i + 6 and doc[j].is_alpha:
        if not (doc[j].text[:1].isupper() or doc[j].lower_ in NAME_PARTICLES):
            break
        j += 1
    if j < len(doc) - 1 and doc[j].lower_ == "of":
        after = name_index().get(doc[j + 1].text)
        if after is not None and after[0] == "state":
            return False
    if i == 0:
        return True
    prev = doc[i - 1]
    marked = (
        prev.tag_ == "POS"
        or prev.lower_ == "the"
        or prev.text in name_index()
        or (prev.lower_ != doc[i].lower_ and _is_title_token(prev))
    )
    return not marked


def _is_age_phrase(tok: Token) -> bool:
    """ "the 71-year-old", "the 41-year-old colonel": a person described by age."""
    old = tok if tok.lower_ == "old" else None
    if old is None and tok.pos_ == "NOUN":
        old = next((c for c in tok.children if c.lower_ == "old" and c.dep_ == "amod"), None)
    if old is None or not any(c.lower_ == "the" for c in tok.children):
        return False
    return any(c.lower_ == "year" and any(n.like_num for n in c.children) for c in old.children)


_GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4}


def _group_size(tok: Token) -> int:
    """ "the two leaders", "both leaders", "all three presidents": how many; 0 if no group."""
    sizes = [
        _GROUP_SIZES[c.lower_]
        for c in tok.children
        if c.dep_ in {"det", "predet", "preconj", "nummod", "quantmod"} and c.lower_ in _GROUP_SIZES
    ]
    return max(sizes) if sizes else 0


_PLACE_PREPS = {"in", "at", "to", "from", "near"}


def _is_pair(tok: Token) -> bool:
    """ "the pair": a group of two by its own noun."""
    return tok.lemma_.lower() == "pair" and any(c.lower_ == "the" for c in tok.children)


def _strip_title(span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (_is_title_token(doc[start]) or doc[start].lower_ == "the"):
        if name_like_title(doc, start):
            break
        start += 1
    while end > start + 1 and doc[end - 1].tag_ in {"POS", "."}:
        end -= 1
    return start, end


def _looks_like_name(tok: Token) -> bool:
    return (tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start) or tok.tag_ == "NNP"


def find_mentions(
    doc: Doc, table: EntityTable, matcher, offset: int = 0, date: datetime.date | None = None
) -> Analysis:
    an = Analysis(doc, table, offset, date)
    index = name_index()
    speech = relation_lexicon("statement")["verbs"]
    ents = list(doc.ents)
    matches = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    # "Mali, Burkina Faso" tagged as one organization: its other words are gazetteer names too
    gazetteer_tokens = {i for _, start, end in matches for i in range(start, end)}

    # 0. weapon names ("Leopard tanks", "supplied Iskander"): items, never people or bodies
    for start, end in item_spans(doc, index):
        an.items.update(i for i in range(start, end) if i not in gazetteer_tokens)

    # 1. people the model found, titles stripped ("Chilean President Ana Rojas")
    for ent in _person_ents(ents):
        if any(i in an.items for i in range(ent.start, ent.end)):
            continue
        if _city_span(an, ent, ent.label_):
            an.add(Mention(ent.start, ent.end, table.place(ent.text), "place"))
            continue  # "Khan Younis": a city, though its first word is a title
        start, end = _strip_title(ent)
        while start < end - 1 and (
            (
                doc[start].pos_ in {"ADP", "ADV", "CCONJ", "SCONJ", "DET"}
                and doc[start].lower_ not in NAME_PARTICLES
            )
            or doc[start].lower_ in WEEKDAYS
        ):
            # "Without Caracas" tagged as a person at the start of a quote; "On Tuesday Ruto"
            start += 1
        honorifics = titles()["person_honorifics"]
        inner = name_shapes()["honorifics_in_names"]
        if (
            end - start > 1
            and doc[end - 1].text in inner
            and not _is_title_token(doc[end - 2])
            and end < len(doc)
            and _name_word_or_tagged(doc[end])
        ):
            # "Ali Sheikh" tagged, "Warsame" not: the honorific is the name's middle word
            while end < len(doc) and _name_word_or_tagged(doc[end]):
                end += 1
        elif ent.end - ent.start > 1 and doc[ent.end - 1].lower_ in honorifics:
            # "Emir Sheikh" tagged alone, the name after it tagged apart: take the name
            start = end = ent.end
            while end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_alpha:
                if doc[end].text in index or _is_title_token(doc[end]):
                    break
                end += 1
            if start == end:
                continue
        end = _split_name_end(doc, end, ents)
        start, end = _whole_name(doc, start, end)
        if _modifier_not_person(doc[start:end]):
            continue
        if doc[end - 1].lower_ in name_shapes()["group_heads"] and doc[end - 1].is_title:
            continue  # "the Qassam Brigades": a group (_group_names), not a person
        if _names_fighters(doc, start, end) and table.find_person(doc[start:end].text) is None:
            continue  # "Jamaat Nusrat al-Islam fighters": a group (_group_names)
        text = doc[start:end].text
        if text in index or (text.isupper() and text.title() in index):
            continue  # "Jordan", "Chad" alone are states; "Boko Haram" is a group; "KINSHASA –"
        if not any(t.is_alpha and t.text[:1].isupper() for t in doc[start:end]):
            continue
        if _city_span(an, doc[start:end], ent.label_):
            an.add(Mention(start, end, table.place(text), "place"))
            continue
        an.add(Mention(start, end, table.person(text), "person"))

    # 2. gazetteer names, unless inside a longer organization name ("Russian Academy")
    org_spans = [
        e for e in ents if e.label_ in {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
    ]
    for _, start, end in matches:
        if any(i in an.by_token for i in range(start, end)):
            continue
        span = doc[start:end]
        host = next((e for e in org_spans if e.start <= start and end <= e.end), None)
        if host is not None and (host.end - host.start) > (end - start):
            extra = [t for t in host if t.i < start or t.i >= end]
            named = [t for t in extra if t.is_alpha and t.text[:1].isupper() and t.lower_ != "the"]
            # "Indonesian Defence" + "Secretary X": the words are the title's, not a body's
            titled = host.end < len(doc) and _is_title_token(doc[host.end])
            if named and not all(
                t.text in index or t.i in gazetteer_tokens or (titled and _is_title_token(t))
                for t in named
            ):
                continue
        if _inside_longer_name(doc, start, end, ents):
            continue  # "Port Sudan" is a city, "West African" no Western power
        what, key, how = index[span.text]
        if what == "state":
            state = table.state(key, span.text if how in {"name", "capital", "seat"} else None)
            place = table.place(span.text) if how == "capital" else None
            if how == "seat":
                # "talks at the Elysee" took place in the capital
                capitals = sorted(states()[key].capitals)
                place = table.place(capitals[0]) if capitals else None
            if place is not None:
                table.capitals[id(place)] = state
            an.add(Mention(start, end, state, how, place))
        else:
            an.add(Mention(start, end, table.known_org(key, span.text), "org"))

    _combined_states(an)

    # 3. the model's organizations and places
    for ent in ents:
        if any(i in an.by_token or i in an.items for i in range(ent.start, ent.end)):
            continue
        start, end = ent.start, ent.end
        while start < end - 1 and doc[start].lower_ == "the":
            start += 1
        while end > start + 1 and doc[end - 1].tag_ in {"POS", "."}:
            end -= 1
        while ent.label_ == "ORG" and end < len(doc) and _org_name_word(doc[end - 1], doc[end]):
            end += 1  # "Asia Maritime" tagged, "Transparency Initiative" not
        if ent.label_ == "ORG" and joiner(doc[end - 1]):
            # "the Islamic Resistance in" + "Iraq": the model cut the name before its state
            nxt = an.by_token.get(end)
            if nxt is not None and nxt.entity.kind == "State" and nxt.how == "name":
                an.remove(nxt)
                end = nxt.end
        elif ent.label_ == "ORG" and _party_of_state(an, end):
            # "the Communist Party" + "of Vietnam": the state is part of the party's name
            nxt = an.by_token[end + 1]
            an.remove(nxt)
            end = nxt.end
        text = doc[start:end].text
        if all(_is_rank(t) or t.is_punct for t in doc[start:end]):
            continue  # "Brig." tagged as a place
        if text.isupper() and text.title() in index:
            continue  # "DOHA –": a dateline (kg.extract.relations.leaders reads it), no body
        cities = _city_parts(an, doc[start:end], ent.label_)
        if cities:
            for part in cities:  # "Odesa and Kharkiv" tagged as one title
                an.add(Mention(part.start, part.end, table.place(part.text), "place"))
            continue
        if ent.label_ == "ORG":
            known = table.find_person(text) if end - start == 1 else None
            if known is not None:
                an.add(Mention(start, end, known, "person"))
            elif (
                _person_tagged_org(doc[start:end])
                or _state_owned_meeter(an, doc[start:end])
                or _owns_a_government(doc[start:end])
            ):
                while (
                    start > 0
                    and doc[start - 1].tag_ == "NNP"
                    and doc[start - 1].is_alpha
                    and not _is_title_token(doc[start - 1])
                    and doc[start - 1].i not in an.by_token
                ):
                    start -= 1  # "Tore" left out of the model's "Sandvik"
                start, end = _strip_title(doc[start:end])  # "Admiral X" tagged as one ORG
                an.add(Mention(start, end, table.person(doc[start:end].text), "person"))
            elif _named_place(doc[start:end]):
                # "the border town of X" tagged as an organization
                an.add(Mention(start, end, table.place(text), "place"))
            elif _is_org_like(doc[start:end]):
                an.add(Mention(start, end, table.org(text), "org"))
        elif ent.label_ in {"LOC", "FAC"} and _org_word_name(doc[start:end]):
            # "the Cairo Centre for Strategic Studies" tagged as a building
            an.add(Mention(start, end, table.org(text), "org"))
        elif ent.label_ in {"GPE", "LOC", "FAC"}:
            known = table.find_person(text) if end - start == 1 else None
            # "Ana Lopez" with only "Lopez" tagged: the first name in front
            while (
                known is None
                and start > 0
                and doc[start - 1].tag_ == "NNP"
                and doc[start - 1].dep_ == "compound"
                and doc[start - 1].is_alpha
                and doc[start - 1].i not in an.by_token
                and not _is_title_token(doc[start - 1])
                and _titled_name(doc[start - 1 : end])
            ):
                start -= 1
                text = doc[start:end].text
            if known is not None:
                an.add(Mention(start, end, known, "person"))
            elif (
                _titled_name(doc[start:end])
                or _owns_a_government(doc[start:end])
                or _joined_to_person(an, doc[start:end])
                or _state_owned_meeter(an, doc[start:end])
                or (doc[end - 1].tag_ == "NNP" and _meets_person(an, doc[end - 1]))
            ):
                # "Dara Navabi, Iran's foreign minister" / "Rojas and Ana Hoff met" as places
                an.add(Mention(start, end, table.person(text), "person"))
            elif not (ent.label_ == "LOC" and doc[ent.start].lower_ == "the"):
                # "the Red Sea", "the Sahel": regions and seas, where no one meets
                an.add(Mention(start, end, table.place(text), "place"))
        elif ent.label_ == "NORP" and end - start == 1:
            known = table.find_person(text)
            if known is not None:
                an.add(Mention(start, end, known, "person"))

    _group_names(an)
    _acronyms(an)
    _which_state(an)
    _early_surnames(an)

    # 4. a state's institution named with a demonym: "the Indian army" is an organization
    bodies = word_list("state_bodies.txt")
    for tok in _body_heads(an, bodies):
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        own = an.by_token.get(tok.i)
        if own is not None:
            # the model's "Foreign Ministry" after "Chinese"
            if own.how != "org" or own.end != tok.i + 1:
                continue
            if doc[own.start : own.end].text.lower() not in bodies:
                continue
            start = own.start
        else:
            two = f"{doc[tok.i - 1].lower_} {tok.lower_}" if tok.i > 0 else ""
            n = 2 if two in bodies else 1 if tok.lower_ in bodies else 0
            start = tok.i - n + 1
            if n == 0 or any(i in an.by_token for i in range(start, tok.i + 1)):
                continue
        dem = an.by_token.get(start - 1) if start > 0 else None
        if dem is None or dem.how != "demonym" or dem.end != start:
            continue
        an.remove(dem)
        if own is not None:
            an.remove(own)
        name = doc[dem.start : tok.i + 1].text
        an.add(Mention(dem.start, tok.i + 1, table.body(name, dem.entity), "org"))

    # 4b. "the ELN guerrillas", "PKK militants": an acronym naming an armed group
    fighters = relation_lexicon("conflict")["armed_group_nouns"]
    for tok in [c for head in an.tokens_with(fighters) for c in head.children]:
        if (
            tok.i in an.by_token
            or tok.dep_ != "compound"
            or tok.tag_ != "NNP"
            or not (2 <= len(tok.text) <= 6 and tok.text.isupper() and tok.text.isalpha())
            or tok.head.lemma_.lower() not in fighters
        ):
            continue
        an.add(Mention(tok.i, tok.i + 1, table.org(tok.text), "org"))

    # 5. "the group", "the militia": the organization named last
    for tok in an.tokens_with(ORG_ANAPHORS):
        if tok.i in an.by_token or tok.lemma_.lower() not in ORG_ANAPHORS or tok.i == 0:
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or tok.lower_ == "alliance":
            continue
        if tok.tag_ in {"NNS", "NNPS"} or any(
            c.dep_ == "compound" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children
        ):
            continue  # "the rebel group", "the factions of X" are others
        org = an.last_before(tok.i, {"Organization"})
        if org is not None:
            an.add(Mention(tok.i, tok.i + 1, org, "anaphor"))

    # 5b. "the ministry's spokeswoman": the organization named before with that head word
    for tok in an.tokens_with(word_list("org_words.txt")):
        if tok.i in an.by_token or tok.lower_ not in word_list("org_words.txt"):
            continue
        if tok.lemma_.lower() in ORG_ANAPHORS or tok.tag_ in {"NNS", "NNPS"} or tok.is_title:
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if (
            det is None
            or det.lower_ != "the"
            or any(
                c.dep_ in {"compound", "amod"} or (c.dep_ == "prep" and c.lower_ == "of")
                for c in tok.children
            )
        ):
            continue
        named = [
            m.entity
            for m in an.mentions
            if m.start < tok.i
            and m.entity.kind == "Organization"
            and m.entity.label.split()[-1].lower() == tok.lower_
        ]
        if len({id(e) for e in named}) == 1:
            an.add(Mention(tok.i, tok.i + 1, named[-1], "anaphor"))

    # 6. repairs: a capitalised word after a title, or the subject of "said", is a person
    for tok in doc:
        if tok.i in an.by_token or tok.i in an.items or not tok.is_alpha:
            continue
        if not tok.text[:1].isupper():
            continue
        if table.find_person(tok.text) is None and (
            not _looks_like_name(tok) or tok.pos_ not in {"PROPN", "NOUN"}
        ):
            continue
        if not tok.text[:1].isupper() or (tok.text.isupper() and len(tok.text) <= 4):
            continue
        if tok.text.isupper() and tok.text.title() in index:
            continue  # "KINSHASA –": a dateline
        known = table.find_person(tok.text)
        if known is None and _is_title_token(tok) and not name_like_title(doc, tok.i):
            continue  # "Foreign Ministers A and B": the title is no name
        prev = doc[tok.i - 1] if tok.i > 0 else None
        # "General Secretary To Lam": a name that starts with a word English uses otherwise
        particle = _name_particle(doc, tok.i - 1) and tok.i >= 2
        owner = an.by_token.get(tok.i - 3) if particle and doc[tok.i - 2].tag_ == "POS" else None
        state_owned = owner is not None and owner.entity.kind == "State"  # "Vietnam's To Lam"
        particle = particle and (_is_title_token(doc[tok.i - 2]) or state_owned)
        if particle:
            prev = doc[tok.i - 2]
        after_title = state_owned or (
            prev is not None
            and prev.text[:1].isupper()
            and _is_title_token(prev)
            and prev.text not in index
        )
        speaker = tok.dep_ == "nsubj" and tok.head.lemma_ in speech and tok.head.pos_ == "VERB"
        # "Emeka Obi, Nigeria's head of state": a name in apposition with a title
        beside_title = tok.tag_ == "NNP" and (
            any(c.dep_ == "appos" and c.lemma_.lower() in title_words() for c in tok.children)
            or (tok.dep_ == "appos" and tok.head.lemma_.lower() in title_words())
        )
        # "Rojas and Ana Hoff met": a proper noun joined by "and" to a person is one
        joined = [tok.head] if tok.dep_ == "conj" else []
        joined += [c for c in tok.children if c.dep_ == "conj"]
        root = tok
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        beside_person = (
            tok.tag_ == "NNP"
            and not tok.text.isupper()  # "MOSCOW – X and Y ...": a dateline
            and tok.text.title() not in index
            and root.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and any(
                (m := an.by_token.get(j.i)) is not None and m.entity.kind == "Person"
                for j in joined
            )
        )
        # "Chile's Arrau met Peru's Quispe": a state's unknown proper noun that meets
        owned = tok.tag_ == "NNP" and _state_owned_meeter(an, doc[tok.i : tok.i + 1])
        meets = tok.tag_ == "NNP" and (
            _meets_person(an, tok) or _owns_a_government(doc[tok.i : tok.i + 1])
        )
        if known is None and not (
            after_title or speaker or beside_title or beside_person or owned or meets
        ):
            continue
        start, end = tok.i, tok.i + 1
        # take the whole name: "Tesfaye Bekele" when both words are unknown names
        while (
            start > 0
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].i not in an.by_token
            and not _is_title_token(doc[start - 1])
            and doc[start - 1].is_alpha
            and doc[start - 1].lower_ not in WEEKDAYS
        ):
            start -= 1
        while (
            end < len(doc)
            and doc[end].tag_ == "NNP"
            and doc[end].i not in an.by_token
            and doc[end].is_alpha
        ):
            end += 1
        if particle:
            start = tok.i - 1
        name = doc[start:end].text
        if name in index or any(t.lower_ in title_words() for t in doc[start:end]):
            continue
        if _modifier_not_person(doc[start:end]):
            continue  # "Islamic State Sahel Province"
        an.add(
            Mention(
                start, end, known if known and end - start == 1 else table.person(name), "person"
            )
        )
    _known_as(an)
    drop_regional_demonyms(an)  # "the South American nation" is no US
    return an


def _body_heads(an: Analysis, bodies: frozenset[str]) -> list[Token]:
    """The tokens that may end a state body's name: a body's last word, or the last word of
    an organization the model found."""
    found = {tok.i for tok in an.tokens_with(_last_words(bodies))}
    found.update(m.end - 1 for m in an.mentions if m.how == "org")
    return [an.doc[i] for i in sorted(found)]


@cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in phrases)


def _combined_states(an: Analysis) -> None:
    """ "the Franco-German partnership", "Sino-Russian ties": a combining form before a hyphen
    and another state's name or demonym stands for its state."""
    doc, forms = an.doc, combining_forms()
    for tok in an.tokens_with({form.lower() for form in forms}):
        iso3 = forms.get(tok.text)
        if iso3 is None or tok.i >= len(doc) - 2 or tok.i in an.by_token:
            continue
        if doc[tok.i + 1].text not in {"-", "–"}:
            continue
        after = an.by_token.get(tok.i + 2)
        if after is not None and after.entity.kind == "State" and iso3 in states():
            an.add(Mention(tok.i, tok.i + 1, an.table.state(iso3, None), "demonym"))


def _group_names(an: Analysis) -> None:
    """ "the Mai-Mai militia", "the M23 rebels": proper nouns before a group's head word are an
    organization, whatever the model made of them; states, known groups and people stay."""
    doc = an.doc
    for start, end in group_spans(doc):
        covering = {id(m): m for i in range(start, end) if (m := an.by_token.get(i))}.values()
        if any(
            m.entity.kind in {"State", "Group"}
            or m.how == "anaphor"
            or (m.how == "org" and (_known(m) or (m.start <= start and end <= m.end)))
            or m.start < start
            or m.end > end + 1  # a longer name the model found ("Salvation Army of X")
            for m in covering
        ):
            continue
        if any(m.entity.kind == "Person" for m in covering):
            continue  # a person's name; "the Qassam Brigades" tagged as one never became one
        for m in list(covering):
            an.remove(m)
        an.add(Mention(start, end, an.table.org(doc[start:end].text), "org"))


def _known_as(an: Analysis) -> None:
    """ "X, widely known as Hemedti": the other name is the same person, whatever the model
    tagged it, here and wherever else the text uses it."""
    verbs = name_shapes()["alias_verbs"]
    for m in list(an.mentions):
        last = an.doc[m.end - 1]
        if m.how not in {"person", "place", "org"} or _known(m):
            continue
        verb = last.head.head if last.dep_ == "pobj" and last.head.lower_ == "as" else None
        if verb is None or verb.lemma_.lower() not in verbs or verb.dep_ not in {"acl", "amod"}:
            continue
        owner = an.by_token.get(verb.head.i)
        if owner is None or owner.entity.kind != "Person" or owner.entity is m.entity:
            continue
        name, before = an.doc[m.start : m.end].text, m.entity
        owner.entity.add_alias(name)
        for other in an.mentions:
            same = other.entity is before or (
                an.doc[other.start : other.end].text == name
                and other.how in {"person", "place", "org"}
            )
            if same and other.entity is not owner.entity:
                an.table.drop(other.entity)
                other.entity, other.how = owner.entity, "person"


def _party_of_state(an: Analysis, end: int) -> bool:
    """ "the Communist Party" tagged, "of Vietnam" not: a party, front or movement named
    after its state."""
    doc = an.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end - 1].is_title:
        return False
    if doc[end - 1].lower_ not in name_shapes()["group_heads"]:
        return False
    nxt = an.by_token.get(end + 1)
    return nxt is not None and nxt.entity.kind == "State" and nxt.how == "name"


def _owns_a_government(span: Span) -> bool:
    """ "Erdogan's party", "Ruto's cabinet": a name whose party, cabinet or family it is,
    is a person's, whatever the model tagged it (no city, state or organization word; a
    region has a government too, so "government" is not one of these nouns)."""
    doc = span.doc
    words = [t for t in span if t.tag_ != "POS"]
    end = words[-1].i + 1 if words else span.start
    if not 1 <= len(words) <= 3 or end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words):
        return False
    text = doc[words[0].i : end].text
    heads = word_list("org_words.txt") | name_shapes()["group_heads"]
    if text in name_index() or is_place_name(text) or any(t.lower_ in heads for t in words):
        return False
    possessions = name_shapes()["personal_possessions"]
    for tok in doc[end + 1 : end + 5]:  # "X's ruling AK Party", "X's new government"
        if tok.lemma_.lower() in possessions or tok.lower_ in possessions:
            return True
        if tok.pos_ in {"NOUN", "VERB", "AUX", "PUNCT", "ADP"} or tok.is_punct:
            return False
    return False


def _person_ents(ents: list[Span]) -> list[Span]:
    """The model's people, a span with a verb inside cut at it: "Ruto thanked Tinubu" tagged
    as one person is "Ruto" and "Tinubu"."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        cuts = [t.i for t in ent[1:-1] if t.is_lower and t.is_alpha and t.tag_.startswith("VB")]
        if not cuts:
            out.append(ent)
            continue
        start = ent.start
        for cut in [*cuts, ent.end]:
            if cut > start:
                out.append(Span(ent.doc, start, cut, label="PERSON"))
            start = cut + 1
    return out


def _names_fighters(doc: Doc, start: int, end: int) -> bool:
    """A name of three words or more right before "fighters", "rebels": a group's name."""
    words = [t for t in doc[start:end] if t.is_alpha]
    return (
        len(words) >= 3
        and end < len(doc)
        and doc[end].lower_ in name_shapes()["fighter_heads"]
        and doc[end - 1].head.i == end
    )


def _early_surnames(an: Analysis) -> None:
    """ "Okonkwo hosts talks" before "President Chidi Okonkwo": a lone name the model took
    for an organization or place, written before the full name, is that person."""
    index = name_index()
    for m in an.mentions:
        if m.how not in {"org", "place"} or m.end - m.start != 1:
            continue
        tok = an.doc[m.start]
        if not tok.is_alpha or tok.text.isupper() or tok.text in index or _is_rank(tok):
            continue
        if tok.lower_ in word_list("org_words.txt") or m.entity.kind not in {
            "Organization",
            "Place",
        }:
            continue
        person = an.table.find_person(tok.text)
        if person is None or person.label == tok.text:
            continue
        before = m.entity
        m.entity, m.how = person, "person"
        if not any(o.entity is before for o in an.mentions):
            an.table.drop(before)


def _which_state(an: Analysis) -> None:
    """ "Congo" names two states: the one whose capital ("Brazzaville") or full name ("the
    Republic of Congo") the text names; else the first names.json lists."""
    names = ambiguous_states()
    capitals = {
        m.entity.iso3
        for m in an.mentions
        if m.how == "capital" or (m.how == "name" and an.doc[m.start : m.end].text not in names)
    }
    for m in an.mentions:
        text = an.doc[m.start : m.end].text
        if m.entity.kind != "State" or text not in names:
            continue
        named = [iso for iso in names[text] if iso in capitals]
        if len(named) != 1 or named[0] == m.entity.iso3:
            continue
        before = m.entity
        m.entity = an.table.state(named[0], text if m.how == "name" else None)
        if not any(o.entity is before for o in an.mentions):
            an.table.drop_state(before)


def _known(m: Mention) -> bool:
    """A gazetteer organization ("Houthis", "Wagner Group")."""
    return m.entity.label in {o.label for o in organizations().values()}


def _acronyms(an: Analysis) -> None:
    """ "the Kivu Liberation Front (KLF)": the acronym names the same organization, here and
    in later mentions ("KLF fighters")."""
    for m in list(an.mentions):
        if m.entity.kind != "Organization":
            continue
        i = defined_acronym(an.doc, m.end)
        if i is None:
            continue
        word = an.doc[i].text
        if word in name_index():
            continue  # "(UN)" after an agency: the acronym names another body
        stale = an.table.alias_org(word, m.entity)
        own = an.by_token.get(i)
        if own is not None:
            an.remove(own)
        an.add(Mention(i, i + 1, m.entity, "org"))
        if stale is not None:
            for other in an.mentions:
                if other.entity is stale:
                    other.entity = m.entity


def _inside_longer_name(doc: Doc, start: int, end: int, ents: list[Span]) -> bool:
    """A gazetteer name inside a longer place or people name of the model's: a state inside
    a city's name ("Port Sudan"), a group inside a regional adjective ("West African")."""
    host = next(
        (
            e
            for e in ents
            if e.start <= start and end <= e.end and e.label_ in {"GPE", "LOC", "NORP"}
        ),
        None,
    )
    if host is None or host.end - host.start <= end - start:
        return False
    text = doc[start:end].text
    host_text = clean_name(host.text)
    if host_text in name_index():
        return False
    if name_index()[text][0] == "org":
        return True  # "West African", "West Bank"
    return is_place_name(host_text)


_INSIDE_PREPS = {"in", "near", "outside", "around", "inside"}


def _place_position(an: Analysis, span: Span, label: str) -> bool:
    """A town too small for the city list, known by where it stands: a name tagged as a
    person after "in" ("fighting in X"), or joined by "and" to a place ("at Haifa and X")."""
    words = [t for t in span if not t.is_punct]
    if not 1 <= len(words) <= 3 or not all(
        t.tag_ in {"NNP", "NNPS"} and t.is_alpha and t.text[:1].isupper() for t in words
    ):
        return False
    heads = name_shapes()["group_heads"] | word_list("org_words.txt")
    if any(t.lower_ in heads for t in words):
        return False
    last = span[-1]
    joined = [last.head] if last.dep_ == "conj" else []
    joined += [c for c in last.children if c.dep_ == "conj"]
    for other in joined:
        m = an.by_token.get(other.i)
        if (m is not None and m.entity.kind == "Place") or (
            other.ent_type_ in {"GPE", "LOC"} and is_place_name(other.text)
        ):
            return True
    root = last
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return (
        label == "PERSON"
        and root.dep_ == "pobj"
        and root.head.lower_ in _INSIDE_PREPS
        and root.head.head.pos_ == "VERB"
    )


@cache
def _people_verbs() -> frozenset[str]:
    """What people do and cities do not: say, meet, arrive."""
    meeting = relation_lexicon("meeting")
    return frozenset(
        relation_lexicon("person")["verbs"]
        | relation_lexicon("statement")["verbs"]
        | meeting["strong_verbs"]
        | meeting["sign_verbs"]
    )


def _city_parts(an: Analysis, span: Span, label: str) -> list[Span]:
    """The cities a name the model did not call a place is made of: "El Fasher" tagged as
    an organization, "Odesa and Kharkiv" as a title; empty unless every part is a city."""
    if label in {"GPE", "LOC", "NORP", "FAC"}:
        return []
    parts: list[Span] = []
    start = span.start
    for tok in [*span, None]:
        if tok is None or tok.lower_ in {"and", ","}:
            end = tok.i if tok is not None else span.end
            if end == start:
                return []
            parts.append(span.doc[start:end])
            start = end + 1
    return parts if all(_city_span(an, p, label) for p in parts) else []


def _city_span(an: Analysis, span: Span, label: str) -> bool:
    """A name the model tagged as a person or an organization that is a city ("Kharkiv",
    "El Fasher"), unless it is used as a person is: after a title, saying or meeting, beside
    a person, or the name of one already known."""
    text = clean_name(span.text)
    if not text or text in name_index():
        return False
    if not is_place_name(text) and not _place_position(an, span, label):
        return False
    doc = span.doc
    if an.table.find_person(text) is not None or (len(span) == 1 and _is_title_token(span[0])):
        return False  # "Khan Younis" is a city, "Khan" alone a title
    if len(span) == 1 and any(p.label == text for p in an.table.persons):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (_is_title_token(before) or before.tag_ == "POS"):
        return False  # "President X", "Iran's X"
    last = span[-1]
    if last.dep_ == "nsubj" and label == "PERSON" and last.head.lemma_.lower() in _people_verbs():
        return False  # "X arrived": a person as the model says, whatever the word
    if (
        last.dep_ == "poss"
        and last.head.lemma_.lower() in title_words()
        and not is_place_name(text)
    ):
        return False  # "X's adviser"; "Kharkiv's mayor" is the city's
    if any(c.dep_ == "appos" and c.lemma_.lower() in title_words() for c in last.children) or (
        last.dep_ == "appos" and last.head.lemma_.lower() in title_words()
    ):
        return False  # "X, the foreign minister"
    return not _joined_to_person(an, span)


def _org_name_word(prev: Token, tok: Token) -> bool:
    """An untagged capitalised word that continues an organization's name."""
    return (
        prev.whitespace_ == " "
        and tok.tag_ in {"NNP", "NNPS"}
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.ent_type_
        and tok.text not in name_index()
        and not _is_title_token(tok)
    )


def _named_place(span: Span) -> bool:
    """ "the town of X", "the province of X": the name of a place noun; "the X region",
    "X province": the name of a region."""
    last = span[-1]
    if any(t.lower_ in word_list("org_words.txt") for t in span):
        return False
    if last.dep_ == "compound" and last.head.i == span.end:
        return last.head.lower_ in name_shapes()["region_nouns"]
    if last.dep_ != "pobj" or last.head.lower_ != "of" or last.head.dep_ != "prep":
        return False
    return last.head.head.lemma_.lower() in name_shapes()["place_nouns"]


def _org_word_name(span: Span) -> bool:
    """A name of two words or more with an organization word ("Centre", "Institute")."""
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and any(
        t.lower_ in word_list("org_words.txt") and t.text[:1].isupper() for t in words[1:]
    )


def _person_tagged_org(span: Span) -> bool:
    """ "Olaf Scholz, the German chancellor": a name the model called an organization, told
    apart by having no organization word and a title next to it."""
    words = [t for t in span if not t.is_punct]
    last = span[-1]
    # "defence minister, Tore Sandvik": a name in apposition to a title
    beside_title = last.dep_ == "appos" and last.head.lemma_.lower() in title_words()
    if not words or (len(words) < 2 and not beside_title):
        return False
    if any(t.lower_ in word_list("org_words.txt") for t in words):
        return False
    if not all(t.tag_ == "NNP" and t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    titled = beside_title or any(
        c.dep_ == "appos" and c.lemma_.lower() in title_words() for c in last.children
    )
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and _is_title_token(before):
        titled = True
    if before is not None and before.text == "," and not titled:
        # "The president of Chile, Jean-Pierre Dubois,": read off the text, since the parser
        # hangs the name on the state, or the state on the name
        i = span.start - 2
        while i > 0 and i > span.start - 8 and (doc[i].pos_ == "PROPN" or doc[i].lower_ == "the"):
            i -= 1
        titled = i > 0 and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in title_words()
    speech = relation_lexicon("statement")["verbs"]
    said = last.dep_ == "nsubj" and last.head.lemma_.lower() in speech
    # "X met with Olaf Scholz": people meet, host and visit; organizations rarely do
    meeting = relation_lexicon("meeting")
    meets = meeting["strong_verbs"] | meeting["nouns"] | meeting["sign_verbs"]
    node = last
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "Rojas and Lena Hoff"
    if node.dep_ == "pobj" and node.head.lower_ in {"with", "between", "by"}:
        node = node.head
    meets = meets | relation_lexicon("person")["verbs"]
    met = node.dep_ in {"nsubj", "dobj", "prep", "agent"} and node.head.lemma_.lower() in meets
    met = met or (
        node.dep_ in {"nsubj", "nsubjpass"}
        and node.head.lemma_.lower() in relation_lexicon("person")["verbs"]
    )
    return titled or said or (met and len(words) in {2, 3})


def _modifier_not_person(span: Span) -> bool:
    """ "the Sahel programme", "Sahel Province": a name the model took for a person that names
    a region or a programme (the Orlov government, a person's administration, stays)."""
    last = span[-1]
    if last.lower_ in name_shapes()["place_nouns"]:
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) == 1
        and before is not None
        and before.lower_ == "the"
        and last.dep_ == "compound"
        and last.head.pos_ == "NOUN"
        and last.head.is_lower
        and last.head.lemma_.lower() not in _GOVERNMENT_NOUNS | title_words()
    )


def _name_word(tok: Token) -> bool:
    """An untagged capitalised word that can be part of a personal name ("Galvao")."""
    return (
        tok.tag_ == "NNP"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and not tok.ent_type_
        and not tok.is_stop
        and tok.text not in name_index()
        and not _is_title_token(tok)
    )


def _whole_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Ana Beatriz Galvao" with only "Ana Beatriz" tagged, "Kyrylo Budan" with only "Budan":
    the name runs on over untagged proper nouns written next to it."""
    while end < len(doc) and doc[end - 1].whitespace_ == " ":
        if _name_word(doc[end]):
            end += 1
        elif (
            doc[end].lower_ in NAME_PARTICLES
            and end + 1 < len(doc)
            and doc[end + 1].is_alpha
            and doc[end + 1].text[:1].isupper()
            and doc[end + 1].ent_type_ in {"", "PERSON"}
            and doc[end + 1].text not in name_index()
        ):
            end += 2  # "Abdulaziz" + "bin Salman" tagged apart
        else:
            break
    while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].whitespace_ == " ":
        start -= 1
    if start > 0 and _name_particle(doc, start - 1):
        first = doc[start - 1]
        if not first.is_sent_start or _particle_opens_subject(doc, start - 1, end):
            start -= 1  # "Vice President Do Van Chien", "To Lam arrived"
    return start, end


def _name_particle(doc: Doc, i: int) -> bool:
    """ "To", "Do" written with a capital before a proper noun: part of a name (Vietnamese
    names), unless it opens a sentence for another reason (_particle_opens_subject)."""
    return (
        0 <= i < len(doc) - 1
        and doc[i].text in name_shapes()["name_particles_capitalised"]
        and doc[i].whitespace_ == " "
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].is_alpha
        and doc[i + 1].text not in name_index()
    )


def _particle_opens_subject(doc: Doc, i: int, end: int) -> bool:
    """ "To Lam arrived": a name opening a sentence and followed by its verb, which has no
    other subject (not "To Xi, the island is ...")."""
    if end >= len(doc) or doc[end].is_punct:
        return False
    verb = doc[i].head
    return verb.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    )


def _name_word_or_tagged(tok: Token) -> bool:
    """A proper noun that goes on a name: untagged, or tagged a person."""
    return (
        tok.tag_ == "NNP"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and tok.ent_type_ in {"", "PERSON"}
        and tok.text not in name_index()
        and not _is_title_token(tok)
    )


def _split_name_end(doc: Doc, end: int, ents: list[Span]) -> int:
    """ "Gen. Taras Hrytsenko" tagged PERSON "Taras" + GPE "Hrytsenko": a person's name
    runs on over an unknown proper noun the model gave another label, right after it."""
    nxt = next((e for e in ents if e.start == end), None)
    if nxt is None or nxt.label_ not in {"GPE", "ORG", "NORP", "LOC"} or nxt.end - nxt.start > 2:
        return end
    words = list(nxt)
    if not all(t.tag_ == "NNP" and t.is_alpha and t.text[:1].isupper() for t in words):
        return end
    if doc[end - 1].whitespace_ != " " or nxt.text in name_index():
        return end
    if any(t.lower_ in word_list("org_words.txt") or _is_title_token(t) for t in words):
        return end
    return nxt.end


def _state_owned_meeter(an: Analysis, span: Span) -> bool:
    """ "Chile's Arrau met Peru's Quispe": an unknown name after a state's possessive, as
    who meets or is met, is a person whatever the model tagged it."""
    doc = span.doc
    start = span.start
    if start < 2 or doc[start - 1].tag_ != "POS" or span.text in name_index():
        return False
    owner = an.by_token.get(start - 2)
    if owner is None or owner.entity.kind != "State":
        return False
    words = [t for t in span if not t.is_punct]
    if not words or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return False
    if any(t.lower_ in word_list("org_words.txt") for t in words):
        return False
    return _meets(span[-1])


def _meets_person(an: Analysis, tok: Token) -> bool:
    """ "Kagame met Xi": an untagged proper noun that meets a person, or whom a person meets."""
    if not _meets(tok) or tok.text.title() in name_index():
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    others = [c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.i != tok.i]
    others += [
        c
        for p in verb.children
        if (p.dep_ == "prep" and p.lower_ == "with") or p.dep_ == "agent"  # "... by Y"
        for c in p.children
    ]
    return any(
        (m := an.by_token.get(o.i)) is not None and m.entity.kind == "Person"
        for o in others
        if o.i != tok.i
    )


def _meets(tok: Token) -> bool:
    """The token is who meets or is met: subject or object of "met", "hosted", "received",
    or the subject of "was received by"."""
    strong = relation_lexicon("meeting")["strong_verbs"]
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.lemma_.lower() in strong:
        return True
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "with"
        and head.head.lemma_.lower() in strong | {"talk", "hold"}
    )


def _joined_to_person(an: Analysis, span: Span) -> bool:
    """ "Rojas and Ana Hoff met": a proper noun tagged as a place, joined by "and" to a person,
    as the subject of a verb people do (meet, say, visit)."""
    last = span[-1]
    if not all(t.tag_ == "NNP" and t.is_alpha and not t.text.isupper() for t in span):
        return False  # "MOSCOW – X and Y signed": a dateline
    if span.text.title() in name_index():
        return False
    joined = [last.head] if last.dep_ == "conj" else []
    joined += [c for c in last.children if c.dep_ == "conj"]
    if not any((m := an.by_token.get(j.i)) and m.entity.kind == "Person" for j in joined):
        return False
    root = last
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    meeting = relation_lexicon("meeting")
    verbs = relation_lexicon("person")["verbs"] | meeting["strong_verbs"] | meeting["sign_verbs"]
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in verbs
    # "met Latvia's Tomas Varga and Jonas Petraitis", "talks with Varga and Petraitis"
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in meeting["strong_verbs"]
    return root.dep_ == "pobj" and root.head.lower_ in {"with", "between"}


def _titled_name(span: Span) -> bool:
    """Two or three capitalised words in apposition with a title: a person, whatever the tag."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.tag_ == "NNP" and t.is_alpha for t in words):
        return False
    last = span[-1]
    if last.dep_ == "appos" and last.head.lemma_.lower() in title_words():
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and _is_title_token(before) and before.text not in name_index():
        return True  # "Karu official Omar Rafi"
    # "A and B, Iran's foreign minister": the apposition hangs on the first conjunct
    root = last.head if last.dep_ == "conj" else last
    return any(
        c.dep_ == "appos" and c.lemma_.lower() in title_words() and c.i > last.i - (root is last)
        for c in root.children
    )


def _is_org_like(span: Span) -> bool:
    """The model tags odd things ORG; keep names with a capital letter that are not all titles."""
    words = [t for t in span if t.is_alpha]
    if words and words[0].lower_ in {"operation", "operations", "exercise", "project", "plan"}:
        return False  # "Operation Nightfall" is an event, not an actor
    return (
        bool(words)
        and any(t.text[:1].isupper() for t in words)
        and not all(t.lower_ in title_words() for t in words)
    )
