"""Meetings: two named people (or, when none is named, two states) who met, with the place.

"X met (with) Y", "X and Y met", "X held talks with Y", "X hosted/received/welcomed Y",
"the meeting/summit/talks between X and Y", "X's meeting with Y"; the place is the object of
"in"/"at" in the sentence, or the place of the last meeting the article placed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dates import date_near
from kg.extract.entities import Entity
from kg.extract.facts import Fact
from kg.extract.lexicon import relation_lexicon
from kg.extract.modality import modality_of
from kg.extract.relations.common import (
    agents,
    all_pairs,
    children,
    conj_expand,
    entities,
    is_passive,
    make_fact,
    pairs,
    passive_subjects,
    prep_objects,
    subjects,
)
from kg.extract.relations.parties import noun_parties
from kg.vocab import FACTUAL_MODALITIES as FACTUAL

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.mentions import Analysis

_PEOPLE = {"Person"}
_STATES = {"State", "Organization"}
_NOUN_PREPS = {"with", "between", "among", "of", "and"}


def _named_place(an: Analysis, tok: Token) -> Entity | None:
    """The place a token names: a place mention, or the place a mention carries."""
    m = an.mention(tok)
    if m is None:
        return None
    if m.place is not None:
        return m.place
    return m.entity if m.entity.kind == "Place" else None


def _place_in(an: Analysis, toks: list[Token], preps: set[str] | None = None) -> Entity | None:
    for tok in toks:
        for pobj in prep_objects(tok, preps or {"in", "at"}):
            place = _named_place(an, pobj)
            if place is not None:
                return place
            m = an.mention(pobj)
            if m is not None and m.entity.kind == "State":
                return an.table.place(an.doc[m.start : m.end].text)
    return None


def _sentence_place(an: Analysis, sent) -> Entity | None:
    """A place named with "in"/"at" anywhere in the sentence: "In a summit in Tashkent, ..."."""
    for tok in sent:
        if tok.dep_ == "prep" and tok.lower_ in {"in", "at"}:
            for pobj in tok.children:
                place = _named_place(an, pobj)
                if place is not None:
                    return place
    return None


def _where(an: Analysis, trigger: Token) -> Entity | None:
    """ "visited Beijing, where he met X": the place the relative clause hangs on."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
            m = an.mention(node.head)
            if m is not None:
                return (
                    m.place
                    or (m.entity if m.entity.kind == "Place" else None)
                    or (
                        an.table.place(an.doc[m.start : m.end].text)
                        if m.entity.kind == "State"
                        else None
                    )
                )
        if node.head is node:
            break
        node = node.head
    return None


class _Finder:
    def __init__(self, an: Analysis) -> None:
        self.an = an
        self.lex = relation_lexicon("meeting")
        self.last_place: Entity | None = None
        self.facts: list[Fact] = []

    def sides(self, toks: list[Token]) -> list[Entity]:
        return entities(self.an, [self._described(t) for t in toks], _PEOPLE | _STATES)

    def _described(self, tok: Token) -> Token:
        """ "X, South Korea's special envoy, who held talks with Y": an apposition of a named
        person is that person, not the state that sent them."""
        head = tok.head
        m = self.an.mention(head)
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and m is not None:
            return head if m.entity.kind == "Person" else tok
        return tok

    def remember(self, place: Entity | None, trigger: Token) -> None:
        """A meeting that took place sets where the article's later meetings are; a planned
        one ("will meet again at a summit in Z") does not."""
        if place is not None and modality_of(trigger, self.an.sent(trigger))[0] in FACTUAL:
            self.last_place = place

    def add(self, left: list[Entity], right: list[Entity], trigger: Token) -> None:
        # "spoke by phone", "held a video call": talking is not meeting
        near = [*trigger.subtree, trigger.head, *trigger.head.children]
        if any(t.lower_ in self.lex["remote_words"] for t in near):
            return
        people_l = [e for e in left if e.kind == "Person"]
        people_r = [e for e in right if e.kind == "Person"]
        # people when named, else states; a person never meets their own state
        left = people_l or left
        right = people_r or right
        # "welcomed X to Brasilia": the place a guest is welcomed to
        preps = {"in", "at", "to"} if trigger.lemma_.lower() == "welcome" else {"in", "at"}
        place = (
            _place_in(self.an, [trigger, trigger.head], preps)
            or _where(self.an, trigger)
            or _sentence_place(self.an, self.an.sent(trigger))
        )
        self.remember(place, trigger)
        for a, b in pairs(left, right):
            if a.kind != b.kind:
                continue
            fact = make_fact(
                self.an, "meeting", {"participantA": a, "participantB": b}, trigger, 0.7
            )
            fact.date = date_near(trigger, self.an.sent(trigger), self.an.date)
            fact.roles["place"] = place or self.last_place if (place or self.last_place) else None
            if fact.roles["place"] is None:
                del fact.roles["place"]
            self.facts.append(fact)

    def verb(self, verb: Token) -> None:
        lemma = verb.lemma_.lower()
        subj = self.sides(subjects(verb))
        if not subj and verb.i > 0:
            # "On the sidelines of the summit in Z, X met Y", X misparsed as an apposition
            m = self.an.mention(self.an.doc[verb.i - 1])
            if m is not None and m.end == verb.i and m.entity.kind == "Person":
                subj = [m.entity]
        if is_passive(verb) and lemma in {"meet", "host", "receive", "welcome", "greet"}:
            # "X was welcomed by Y in Paris"
            guests = passive_subjects(verb)
            if not guests and verb.dep_ == "conj":
                guests = subjects(verb)  # "X arrived on Monday and was received by Y"
            people = [e for e in self.sides(guests) if e.kind == "Person"]
            self.add(people, self.sides(agents(verb)), verb)
            return
        if lemma in {"meet", "confer", "talk", "negotiate", "speak", "sit"}:
            others = self.sides(
                prep_objects(verb, {"with"})
                + [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
            )
            if lemma in {"talk", "speak", "negotiate", "sit"} and not prep_objects(verb, {"with"}):
                return
            if not others and len(subj) > 1:
                for a, b in all_pairs(subj):
                    self.add([a], [b], verb)
                return
            self.add(subj, others, verb)
        elif lemma == "visit":
            self.visit(verb, subj, [t for o in children(verb, {"dobj"}) for t in conj_expand(o)])
        elif lemma in {"host", "receive", "welcome", "greet"}:
            objs = [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
            others = [e for e in self.sides(objs) if e.kind == "Person"]
            if not others and lemma in self.lex["hold_verbs"]:
                self.hold(verb, subj)  # "hosted talks with Y", "hosted a dinner for Y"
                return
            self.add(subj, others, verb)
        elif lemma in self.lex["sign_verbs"]:
            # "X and Y signed a treaty in Z": signing together is meeting
            people = [e for e in subj if e.kind == "Person"]
            companions = prep_objects(verb, self.lex["sign_companions"])
            others = [e for e in self.sides(companions) if e.kind == "Person"]
            if others and len(people) > 1:
                # "A and B signed the accord alongside C": all three were there
                for a, b in all_pairs([*people, *(o for o in others if o not in people)]):
                    self.add([a], [b], verb)
            elif others:
                self.add(people, others, verb)
            else:
                for a, b in all_pairs(people):
                    self.add([a], [b], verb)
        elif lemma in self.lex["handover_verbs"]:
            self.handover(verb, subj)
        elif lemma in self.lex["hold_verbs"]:
            self.hold(verb, subj)

    def handover(self, verb: Token, subj: list[Entity]) -> None:
        """ "X handed the treaty to Y at a ceremony": a handover in person is a meeting; one
        without a word saying so (a letter handed over by an envoy) is not."""
        words = {t.lower_ for t in verb.subtree} | {t.lemma_.lower() for t in verb.subtree}
        if not words & set(self.lex["in_person_words"]):
            return
        receivers = prep_objects(verb, {"to"}) + children(verb, {"dative"})
        people = [e for e in self.sides(receivers) if e.kind == "Person"]
        givers = [e for e in subj if e.kind == "Person"]
        if people and givers:
            self.add(givers, people, verb)

    def hold(self, verb: Token, subj: list[Entity]) -> None:
        """ "X held talks with Y", "X and Y held talks", "X hosted a dinner for Y"."""
        for obj in children(verb, {"dobj"}):
            if obj.lemma_.lower() in self.lex["quantity"]:
                # "held two rounds of talks", "three hours of talks"
                obj = next(iter(prep_objects(obj, {"of"})), obj)
            hosted = obj.lemma_.lower() in self.lex["hosted_nouns"]
            if hosted or obj.lemma_.lower() in self.lex["nouns"] or obj.lower_ in self.lex["nouns"]:
                # "held talks with Y"; "hosted a dinner for Y"
                preps = {"with", "for"} if hosted else {"with"}
                others = self.sides(prep_objects(obj, preps) + prep_objects(verb, preps))
                if hosted:
                    others = [e for e in others if e.kind == "Person"]
                    if not others:
                        continue
                if not others and len(subj) > 1:
                    for a, b in all_pairs(subj):
                        self.add([a], [b], obj)
                else:
                    self.add(subj, others, obj)

    def visit(self, trigger: Token, visitors: list[Entity], hosts: list[Token]) -> None:
        """ "X visited Y" / "X paid a visit to Y": a leader visiting a state meets the leader of
        that state when the article names one; visiting a person meets that person."""
        people = [e for e in visitors if e.kind == "Person"]
        met: list[Entity] = []
        place = None
        # a leader in a country need not meet its leader: only a state or official visit, or
        # a host leader named in the same sentence, says they met
        official = any(c.lower_ in {"state", "official"} for c in trigger.children)
        sent = self.an.sent(trigger)
        named = {id(m.entity) for m in self.an.mentions if sent.start <= m.start < sent.end}
        for tok in hosts:
            m = self.an.mention(tok)
            entity = m.entity if m is not None else self.an.entity_for(tok)
            if entity is None:
                continue
            if entity.kind == "Person":
                met.append(entity)
            elif entity.kind == "State" and m is not None and m.how in {"name", "capital"}:
                host = self.an.table.leader_of.get(entity.iso3 or "")
                if host is None or not any(self.an.table.leader_state(p) for p in people):
                    continue
                if not official and id(host) not in named:
                    continue
                met.append(host)
                place = m.place
        if place is not None:
            self.last_place = place
        for a, b in pairs(people, met):
            if self.an.table.leader_state(a) is self.an.table.leader_state(b):
                continue
            self.add([a], [b], trigger)

    def noun(self, noun: Token) -> None:
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex["hold_verbs"]:
            return  # handled with its verb
        if noun.lemma_.lower() == "visit" and prep_objects(noun, {"to"}):
            # "paid a visit to Y", "X's visit to Y"
            visitors = noun_parties(self.an, noun, set(), _PEOPLE, False)[0]
            self.visit(noun, visitors, prep_objects(noun, {"to"}))
            return
        left, right = noun_parties(self.an, noun, _NOUN_PREPS, _PEOPLE | _STATES, False)
        if not left and not right:
            self.remember(_place_in(self.an, [noun]), noun)
            return
        self.add(left, right, noun)


def find(an: Analysis) -> list[Fact]:
    finder = _Finder(an)
    for tok in an.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in finder.lex["arrival_verbs"]:
            # "X arrived in Ottawa. During the visit she met Y": remember where
            for obj in prep_objects(tok, {"in", "to", "at"}) + children(tok, {"dobj"}):
                m = an.mention(obj)
                if m is not None and (m.place or m.entity.kind == "Place"):
                    finder.last_place = m.place or m.entity
        if tok.pos_ == "VERB" and lemma in finder.lex["verbs"]:
            finder.verb(tok)
        elif (
            tok.pos_ in {"NOUN", "PROPN"}
            and (lemma in finder.lex["nouns"] or tok.lower_ in finder.lex["nouns"])
            and lemma not in {"counterpart", "call", "phone call", "trip", "sidelines"}
        ):
            finder.noun(tok)
    return finder.facts
