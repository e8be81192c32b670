"""Meetings: two named people (or, when none is named, two states) who met, with the place.

"X met (with) Y", "X and Y met", "X held talks with Y", "X hosted/received/welcomed Y",
"the meeting/summit/talks between X and Y", "X's meeting with Y"; the place is the object of
"in"/"at" in the sentence, or the place of the last meeting the article placed.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.extract.dates import date_near
from kg.extract.entities import Entity
from kg.extract.facts import Fact
from kg.extract.gazetteer import name_index
from kg.extract.lexicon import read_tsv, relation_lexicon, split_list
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
    trigger_words,
)
from kg.extract.relations.parties import noun_modifiers, noun_parties
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
        # "at the Presidential Palace in Hanoi", either way round: the city ("in") first
        objs = prep_objects(tok, {"in"} & (preps or {"in"}))
        for pobj in objs + prep_objects(tok, (preps or {"in", "at"}) - {"in"}):
            place = _named_place(an, pobj)
            if place is not None:
                # "at the Presidential Palace in Hanoi": the city
                return _place_in(an, [pobj], {"in"}) or place
            m = an.mention(pobj)
            if m is not None and m.entity.kind == "State":
                return an.table.place(an.doc[m.start : m.end].text)
            if m is None and _unknown_town(pobj):
                return an.table.place(pobj.text)
            # "in the northern city of Arica", "in the resort of Sochi"
            if pobj.lemma_.lower() in relation_lexicon("meeting")["settlement_nouns"]:
                place = _place_in(an, [pobj], {"of"})
                if place is not None:
                    return place
    return None


def _unknown_town(tok: Token) -> bool:
    """ "in Entebbe" when the model tagged nothing: a lone capitalised proper noun."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ in {"", "GPE", "LOC"}
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and not any(c.dep_ in {"compound", "amod", "det", "poss"} for c in tok.children)
    )


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
        if node.head.i == node.i:
            break
        node = node.head
    return None


@cache
def _capitals() -> dict[str, str]:
    """Each state's capital, the first one states.tsv lists ("Kyiv" before "Kiev")."""
    out: dict[str, str] = {}
    for row in read_tsv("states.tsv"):
        names = split_list(row[4]) if len(row) > 4 else []
        if names:
            out[row[0]] = names[0]
    return out


def _dateline_city(an: Analysis) -> str | None:
    """The city of the story's dateline, where "here" is."""
    city = an.dateline.title() if an.dateline else None
    found = name_index().get(city) if city else None
    return city if city and (found is None or found[2] == "capital") else None


def _capitals_name(entity: Entity) -> bool:
    return entity.kind == "Person" and entity.label.isupper()


_LIST_DEPS = {"conj", "appos", "nmod", "compound", "cc", "amod"}


def _listed(an: Analysis, tok: Token) -> list[Token]:
    """ "A, B and C signed": the parser often hangs B on A as an apposition, or "with A and
    President B" with A as a modifier of B; other people named inside the noun phrase (not in
    its clauses or prepositions) are more of the list, not descriptions of the first."""
    out = conj_expand(tok)
    head = an.mention(tok)
    if head is None or head.entity.kind != "Person":
        return out
    seen = {id(head.entity)} | {id(m.entity) for t in out if (m := an.mention(t)) is not None}
    stack = [c for c in tok.children if c.dep_ in _LIST_DEPS]
    while stack:
        child = stack.pop(0)
        m = an.mention(child)
        if m is not None and m.entity.kind == "Person" and id(m.entity) not in seen:
            seen.add(id(m.entity))
            out.append(child)
        stack += [c for c in child.children if c.dep_ in _LIST_DEPS]
    return out


class _Finder:
    def __init__(self, an: Analysis) -> None:
        self.an = an
        self.lex = relation_lexicon("meeting")
        self.last_place: Entity | None = None
        self.facts: list[Fact] = []
        self.unplaced: list[Fact] = []  # meetings whose sentence named no place

    def sides(self, toks: list[Token]) -> list[Entity]:
        out: list[Entity] = []
        for tok in [t for given in toks for t in _listed(self.an, given)]:
            found = self._led(tok) or self._leaders_of(tok)
            if not found:
                found = entities(self.an, [self._described(tok)], _PEOPLE | _STATES)
            # a "person" written in capitals is a dateline or a headline, never a participant
            out += [e for e in found if e not in out and not _capitals_name(e)]
        return out

    def _led(self, tok: Token) -> list[Entity]:
        """ "received a delegation led by X": the one who led it."""
        if tok.lemma_.lower() not in self.lex["delegation_nouns"]:
            return []
        leads = [c for c in tok.children if c.lemma_.lower() in self.lex["lead_verbs"]]
        found = entities(self.an, [a for c in leads for a in agents(c)], _PEOPLE)
        return found

    def _leaders_of(self, tok: Token) -> list[Entity]:
        """ "the leaders of A, B and C": each state's leader when the article names them all,
        else the states."""
        if tok.lemma_.lower() not in self.lex["leader_nouns"] or tok.tag_ != "NNS":
            return []
        if any(c.dep_ == "appos" for c in tok.children):
            return []  # "the presidents of A and B, X and Y": the names say who
        states = entities(self.an, prep_objects(tok, {"of"}), {"State"})
        if len(states) < 3:
            return []  # two are "the leaders of both countries", resolved with the mentions
        leaders = [self.an.table.leader_of.get(s.iso3 or "") for s in states]
        if all(p is not None for p in leaders):
            return [p for p in leaders if p is not None]
        return states

    def group(self, people: list[Entity], trigger: Token) -> None:
        """Everyone at one meeting met everyone else."""
        for a, b in all_pairs(people):
            self.add([a], [b], trigger)

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

    def add(
        self, left: list[Entity], right: list[Entity], trigger: Token, in_person: bool = False
    ) -> None:
        # "spoke by phone", "held a video call": talking is not meeting
        near = [*trigger.subtree, trigger.head, *trigger.head.children]
        if not in_person and any(t.lower_ in self.lex["remote_words"] for t in near):
            return
        left = [e for e in left if not _capitals_name(e)]
        right = [e for e in right if not _capitals_name(e)]
        people_l = [e for e in left if e.kind == "Person"]
        people_r = [e for e in right if e.kind == "Person"]
        # people when named, else states; a person never meets their own state
        left = people_l or left
        right = people_r or right
        # "welcomed X to Brasilia": the place a guest is welcomed to
        preps = {"in", "at", "to"} if trigger.lemma_.lower() == "welcome" else {"in", "at"}
        place = (
            _place_in(self.an, [trigger, trigger.head, *self._meeting_subjects(trigger)], preps)
            or _where(self.an, trigger)
            or _place_in(self.an, self._met_toks(trigger))
            or self._arrived(trigger)
            or _sentence_place(self.an, self.an.sent(trigger))
            or self._capital(trigger, left)
            or self._here(trigger)
        )
        told = place is not None
        place = place or self._home_dateline(trigger, left, right)
        self.remember(place, trigger)
        last = None if self._before_trip(trigger) else self.last_place
        for a, b in pairs(left, right):
            if a.kind != b.kind:
                continue
            fact = make_fact(
                self.an, "meeting", {"participantA": a, "participantB": b}, trigger, 0.7
            )
            fact.date = date_near(trigger, self.an.sent(trigger), self.an.date)
            if self._hoped(trigger):
                fact.modality = "Hypothetical"
            elif fact.modality in FACTUAL and self._planned(trigger):
                fact.modality = "Planned"
            fact.roles["place"] = place or last if (place or last) else None
            if fact.roles["place"] is None:
                del fact.roles["place"]
            if not told and fact.modality in FACTUAL:
                self.unplaced.append(fact)
            self.facts.append(fact)

    def _place_back(self, place: Entity, noun: Token) -> None:
        """ "A and B agreed at talks hosted by C. ... C said after the meeting in Z": the
        meetings of the six sentences before, told without a place, were in Z."""
        sent = self.an.sent(noun)
        start = sent.start
        for _ in range(6):
            if start == 0:
                break
            start = self.an.sent(start - 1).start
        since = self.an.offset + self.an.doc[start].idx
        for fact in [f for f in self.unplaced if f.evidence[0] >= since]:
            fact.roles["place"] = place
        self.unplaced = [f for f in self.unplaced if f.evidence[0] < since]

    @staticmethod
    def _outer_subjects(tok: Token) -> list[Token]:
        """The subject (active or passive) of the clause a noun stands in, through
        prepositions and gerunds, not out of a relative clause."""
        node = tok
        for _ in range(6):
            if node.dep_ in {"relcl", "ROOT"} and node.pos_ not in {"VERB", "AUX"}:
                return []
            if node.pos_ in {"VERB", "AUX"}:
                subj = children(node, {"nsubj", "nsubjpass"})
                if subj:
                    return [t for s in subj for t in conj_expand(s)]
                if node.dep_ in {"relcl", "ccomp", "ROOT"}:
                    return []
            if node.head.i == node.i:
                return []
            node = node.head
        return []

    def with_noun(self, noun: Token) -> None:
        """ "X told a news conference with Y", "X spoke at a joint appearance with Y"."""
        others = [e for e in self.sides(prep_objects(noun, {"with"})) if e.kind == "Person"]
        if not others or any(c.lower_ == "joint" for c in noun.children):
            return  # "joint ..." is read by `joint`
        hosts = [e for e in self.sides(self._outer_subjects(noun)) if e.kind == "Person"]
        self.add([e for e in hosts if e not in others], others, noun)

    def _one_delegation(self, people: list[Entity]) -> bool:
        """People who serve one state travel as one delegation; they do not meet."""
        states = {id(s) for p in people if (s := self.an.table.state_of(p)) is not None}
        return (
            len(people) > 1 and len(states) == 1 and all(self.an.table.state_of(p) for p in people)
        )

    def _after_dateline(self, verb: Token) -> list[Entity]:
        """ "LOME, Togo — Togo's leader, General X, received Y": the parser made the dateline
        the subject; the person named in that subject phrase is."""
        subj = subjects(verb)
        if not subj or not subj[0].text.isupper() or subj[0].i != self.an.sent(verb).start:
            return []
        people = [
            m.entity
            for t in subj[0].subtree
            if (m := self.an.mention(t)) is not None and m.entity.kind == "Person"
        ]
        people = [p for p in dict.fromkeys(people) if not _capitals_name(p)]
        return people if len(people) == 1 else []

    def _at_meeting(self, verb: Token) -> bool:
        """ "during a working lunch", "at their meeting", "over dinner", "at the White House",
        "in Cairo": said in person, in one place."""
        objs = prep_objects(verb, {"during", "at", "over"})
        nouns = set(self.lex["nouns"]) | set(self.lex["hosted_nouns"])
        if any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in objs):
            return True
        return any(_named_place(self.an, o) is not None for o in prep_objects(verb, {"at", "in"}))

    def _planned(self, trigger: Token) -> bool:
        """ "X's meeting with Y is scheduled for Friday": the noun is the subject of a plan."""
        return trigger.dep_ in {"nsubj", "nsubjpass"} and (
            trigger.head.lemma_.lower() in self.lex["plan_words"]
            or any(
                c.lemma_.lower() in self.lex["plan_words"]
                for c in trigger.head.children
                if c.dep_ in {"aux", "acomp", "xcomp"}
            )
        )

    def _before_trip(self, trigger: Token) -> bool:
        """ "X flew to Z after talks with Y": the trip to Z came after; Z is not the place."""
        return any(
            a.lower_ in self.lex["sequence_words"]
            and a.head.lemma_.lower() in self.lex["arrival_verbs"]
            for a in trigger.ancestors
        )

    def _meeting_subjects(self, trigger: Token) -> list[Token]:
        """ "The summit in Z brought together X and Y": the meeting noun that is the subject."""
        return [t for t in subjects(trigger) if t.lemma_.lower() in self.lex["nouns"]]

    @staticmethod
    def _met_toks(trigger: Token) -> list[Token]:
        """Who the trigger names as met: "talks with X in Z" hangs "in Z" on X."""
        objs = [t for o in children(trigger, {"dobj"}) for t in conj_expand(o)]
        return objs + prep_objects(trigger, {"with", "between"})

    def _arrived(self, trigger: Token) -> Entity | None:
        """ "X met Y, who was visiting Z to discuss the war in W", "X flew to Z for talks with
        Y": where someone at the meeting arrived beats any other "in W" (not "after talks with
        Y, X flew to Z": the trip came after)."""
        sent = self.an.sent(trigger)
        ancestors = {a.i for a in trigger.ancestors}
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex["arrival_verbs"]:
                continue
            if tok.i in ancestors:
                path = [a for a in trigger.ancestors if a.i != tok.i and tok.is_ancestor(a)]
                if any(a.lower_ in self.lex["sequence_words"] for a in path):
                    continue
            elif not (tok.dep_ in {"relcl", "acl"} or tok.i in {t.i for t in trigger.subtree}):
                continue
            for obj in prep_objects(tok, {"in", "to", "at"}) + children(tok, {"dobj"}):
                m = self.an.mention(obj)
                if m is not None and (m.place or m.entity.kind == "Place"):
                    return m.place or m.entity
        return None

    def _capital(self, trigger: Token, hosts: list[Entity]) -> Entity | None:
        """ "X received Y in the capital": the host's capital."""
        capital = [
            t
            for t in prep_objects(trigger, {"in"})
            if t.lower_ == "capital"
            and not prep_objects(t, {"of"})
            and not any(c.dep_ == "poss" for c in t.children)
        ]
        if not capital or not hosts or trigger.lemma_.lower() not in self.lex["guest_verbs"]:
            return None
        state = self.an.table.leader_state(hosts[0]) or self.an.table.state_of(hosts[0])
        name = _capitals().get(state.iso3 or "") if state is not None else None
        return self.an.table.place(name) if name else None

    def _home_dateline(
        self, trigger: Token, hosts: list[Entity], others: list[Entity]
    ) -> Entity | None:
        """ "ACCRA — President X hosted Y on Tuesday": a host at home, in the dateline's
        capital; also "KUALA LUMPUR — A and B agreed at talks hosted by C" with C at home, or
        any meeting of the story's first sentences, when the article has placed none yet
        (there the dateline may be any city: "LVIV, Ukraine —")."""
        guest = trigger.lemma_.lower() in self.lex["guest_verbs"]
        people = hosts[:1] if guest else [*hosts, *others]
        if not people or (not guest and self.last_place is not None):
            return None
        city = _dateline_city(self.an)
        if city is None:
            return None
        found = name_index().get(city)  # a capital: whose state's it is; a city: none
        states = [self.an.table.state_of(p) for p in people]  # a leader or an official
        home = found is not None and any(s is not None and s.iso3 == found[1] for s in states)
        if not home and (guest or not self._lead(trigger)):
            return None
        return self.an.table.place(city)

    def _lead(self, trigger: Token) -> bool:
        """In the story's first few sentences, which the dateline places."""
        if self.an.offset != 0:
            return False
        sent = self.an.sent(trigger)
        return sum(1 for s in self.an.doc.sents if s.start < sent.start) < 5

    def _here(self, trigger: Token) -> Entity | None:
        """ "X met Y here": the dateline's city."""
        if not any(c.lower_ in self.lex["here_words"] for c in trigger.children):
            return None
        city = _dateline_city(self.an)
        return self.an.table.place(city) if city else None

    def _hoped(self, trigger: Token) -> bool:
        """ "had hoped/wanted/tried to meet Y": a wish, not a meeting."""
        wish = self.lex["wish_verbs"]
        head = trigger.head
        return trigger.dep_ == "xcomp" and (head.lemma_.lower() in wish or head.lower_ in wish)

    def verb(self, verb: Token) -> None:
        lemma = verb.lemma_.lower()
        subj = self.sides(subjects(verb))
        if not any(e.kind == "Person" for e in subj):
            subj = self._after_dateline(verb) or subj
        head = verb.head
        if verb.dep_ in {"xcomp", "advcl"} and head.lemma_.lower() in self.lex["sender_verbs"]:
            # "X sent his minister to meet Y": the one sent meets, not X
            sent = [t for o in children(head, {"dobj"}) for t in conj_expand(o)]
            if sent:
                subj = self.sides(sent)
        if is_passive(verb) and lemma in self.lex["beside_verbs"]:
            # "X, flanked by Y, ...", "the summit, attended by X and Y"
            beside = [e for e in self.sides(agents(verb)) if e.kind == "Person"]
            host = verb.head if verb.dep_ in {"acl", "amod"} else None
            if host is not None and host.lemma_.lower() in self.lex["nouns"]:
                # "X hosted a summit attended by Y and Z": the host was there too
                hosting = host.head if host.dep_ == "dobj" else None
                if hosting is not None and hosting.lemma_.lower() in self.lex["guest_verbs"]:
                    hosts = [e for e in self.sides(subjects(hosting)) if e.kind == "Person"]
                    beside = [*hosts, *(e for e in beside if e not in hosts)]
                self.group(beside, host)
            elif host is not None:
                self.add([e for e in self.sides([host]) if e.kind == "Person"], beside, verb)
            return
        if any(c.lower_ in self.lex["jointly_words"] for c in verb.children) and len(subj) > 1:
            # "X and Y jointly opened the border post"
            self.group([e for e in subj if e.kind == "Person"], verb)
            return
        if not subj and verb.i > 0:
            # "On the sidelines of the summit in Z, X met Y", X misparsed as an apposition
            m = self.an.mention(self.an.doc[verb.i - 1])
            if m is not None and m.end == verb.i and m.entity.kind == "Person":
                subj = [m.entity]
        if self.special(verb, lemma, subj):
            return
        if is_passive(verb) and lemma in self.lex["guest_verbs"] | {"meet"}:
            # "X was welcomed by Y in Paris"
            guests = passive_subjects(verb)
            if not guests and verb.dep_ == "conj":
                guests = subjects(verb)  # "X arrived on Monday and was received by Y"
            people = [e for e in self.sides(guests) if e.kind == "Person"]
            if not people and any(g.lower_ in {"they", "we"} for g in guests):
                people = self._they(verb)  # "A and B met in Z, where they were received by Y"
            self.add(people, self.sides(agents(verb)), verb)
            return
        if is_passive(verb) and lemma in self.lex["sign_verbs"]:
            # "the accord was signed in Z by A and B": signing together is meeting
            for a, b in all_pairs([e for e in self.sides(agents(verb)) if e.kind == "Person"]):
                self.add([a], [b], verb)
            return
        with_verbs = self.lex["with_verbs"]
        if lemma in {"meet", "confer"} or lemma in with_verbs:
            others = self.sides(
                prep_objects(verb, {"with"})
                + [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
            )
            if lemma in with_verbs and not prep_objects(verb, {"with"}):
                # "X and Y discussed trade over lunch": together at a meal or a meeting
                if len(subj) > 1 and self._at_meeting(verb):
                    self.group([e for e in subj if e.kind == "Person"], verb)
                return  # "talked", "discussed trade": only "with Y" names who was there
            if not others and len(subj) > 1:
                self.group(subj, verb)
                return
            if not others and not subj:
                # "X discussed trade with Y when they met": the people of the outer clause
                if any(c.dep_ == "nsubj" and c.lower_ in {"they", "we"} for c in verb.children):
                    self.group(self._they(verb), verb)
                return
            self.add(subj, others, verb)
        elif lemma == "visit":
            self.visit(verb, subj, [t for o in children(verb, {"dobj"}) for t in conj_expand(o)])
        elif lemma in self.lex["guest_verbs"]:
            objs = [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
            others = [e for e in self.sides(objs) if e.kind == "Person"]
            if not others and lemma in self.lex["hold_verbs"]:
                self.hold(verb, subj)  # "hosted talks with Y", "hosted a dinner for Y"
                return
            self.guests(subj, others, verb, objs)
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
                # "held four rounds of talks", "six days of talks"
                obj = next(iter(prep_objects(obj, {"of"})), obj)
            hosted = obj.lemma_.lower() in self.lex["hosted_nouns"]
            if hosted or obj.lemma_.lower() in self.lex["nouns"] or obj.lower_ in self.lex["nouns"]:
                # "held talks with Y"; "hosted a dinner for Y"
                preps = {"with", "for"} if hosted else {"with"}
                others = self.sides(prep_objects(obj, preps) + prep_objects(verb, preps))
                if hosted:
                    others = [e for e in others if e.kind == "Person"]
                    if not others and len(subj) < 2:
                        continue
                if any(c.lower_ in self.lex["separate_words"] for c in obj.children):
                    continue  # "attended different summits"
                between = self.sides(prep_objects(obj, {"between", "among"}))
                if not others and len(between) > 1:
                    # "Z hosted talks between X and Y": the two sides met, wherever Z stood
                    self.group(between, obj)
                elif not others and len(subj) > 1:
                    self.group(subj, obj)
                elif verb.lemma_.lower() in self.lex["guest_verbs"]:
                    # "hosted a summit with Y and Z"
                    self.guests(subj, others, obj, prep_objects(obj, preps))
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
            # "During X's visit to Z, Y said ...": the possessive visits, not the outer subject
            visitors = noun_modifiers(self.an, noun, _PEOPLE, False)
            visitors = visitors or noun_parties(self.an, noun, set(), _PEOPLE, False)[0]
            self.visit(noun, visitors, prep_objects(noun, {"to"}))
            return
        if noun.dep_ == "appos" and noun.lower_ in self.lex["apposed_nouns"]:
            # "X and Y, meeting in Z, agreed ...": the meeting describes its subjects
            people = [e for e in self.sides([noun.head]) if e.kind == "Person"]
            if len(people) > 1:
                self.group(people, noun)
                return
        left, right = noun_parties(self.an, noun, _NOUN_PREPS, _PEOPLE | _STATES, False)
        if not any(pairs(left, right)):
            # the parser hung the second name elsewhere ("Talks between X and Y in Z ...")
            between = self._between(noun)
            left, right = between if between[0] else (left, right)
        if not any(pairs(left, right)) and any(
            c.dep_ == "poss" and c.lower_ in {"their", "our"} for c in noun.children
        ):
            # "X told Y at their meeting in Z": the people of the clause
            they = self._they(noun)
            if they:
                self.group(they, noun)
                return
        counterparts = [
            o for o in prep_objects(noun, {"with"}) if o.lemma_.lower() in self.lex["peer_nouns"]
        ]
        if counterparts and not any(e.kind == "Person" for e in right):
            # "talks with their counterparts, A and B", the names hung far off by the parser
            right = self._named_after(counterparts[0])
            if any(c.lower_ in {"their", "our"} for c in counterparts[0].children):
                # "X, who travelled with Y, ... their counterparts": X and Y
                subj = self._outer_subjects(noun)
                with_ = [
                    w
                    for t in subj
                    for c in children(t, {"relcl"})
                    for w in prep_objects(c, {"with"})
                ]
                left = [e for e in self.sides(subj + with_) if e.kind == "Person"] or left
        if not left and any(e.kind == "Person" for e in right):
            # "X was met at the station before heading to talks with Y": the clause's subject
            left = [e for e in self.sides(self._outer_subjects(noun)) if e not in right]
        if not any(pairs(left, right)):
            # "C said after the meeting in Z": no one met here; the meeting told before was in Z
            place = _place_in(self.an, [noun])
            if place is not None and any(c.lower_ == "the" for c in noun.children):
                self._place_back(place, noun)
        if not left and not right:
            self.remember(_place_in(self.an, [noun]), noun)
            return
        convened = [
            a
            for c in children(noun, {"acl"})
            if c.lemma_.lower() in self.lex["convene_verbs"]
            for a in agents(c)
        ]
        hosts = [e for e in self.sides(convened) if e.kind == "Person"]
        people = [e for e in dict.fromkeys([*left, *right]) if e.kind == "Person"]
        if hosts and people:
            # "agreed at talks hosted by Z": the host was at the table too
            self.group([*hosts, *(p for p in people if p not in hosts)], noun)
            return
        self.add(left, right, noun)

    def _named_after(self, tok: Token) -> list[Entity]:
        """The people named right after a noun and a comma, up to the next verb."""
        nxt = tok.i + 1
        if nxt >= len(self.an.doc) or self.an.doc[nxt].text != ",":
            return []
        named: list[Entity] = []
        for t in self.an.doc[nxt + 1 : self.an.sent(tok).end]:
            m = self.an.mention(t)
            if m is None and t.pos_ in {"VERB", "AUX"}:
                break
            if m is not None and m.entity.kind == "Person" and m.entity not in named:
                named.append(m.entity)
        return named

    def _between(self, noun: Token) -> tuple[list[Entity], list[Entity]]:
        """ "Talks between X and Y in Z ...", read off the text when the parser has hung Y
        elsewhere: the names after "between", up to the next verb or preposition."""
        nxt = noun.i + 1
        if nxt >= len(self.an.doc) or self.an.doc[nxt].lower_ not in {"between", "among"}:
            return [], []
        named: list[Entity] = []
        for tok in self.an.doc[nxt + 1 : self.an.sent(noun).end]:
            m = self.an.mention(tok)
            if m is None and (
                tok.pos_ in {"VERB", "AUX", "ADP"} or (tok.is_punct and tok.text != ",")
            ):
                break
            if m is not None and m.entity.kind in _PEOPLE | _STATES and m.entity not in named:
                named.append(m.entity)
        people = [e for e in named if e.kind == "Person"]
        named = people if len(people) > 1 else named
        return (named[:1], named[1:]) if len(named) > 1 else ([], [])

    def _they(self, tok: Token) -> list[Entity]:
        """ "when they met", "at their meeting": the subject and the people the outer clause
        names with it (its object, "with Y")."""
        node = tok
        for _ in range(4):
            if node.head.i == node.i:
                return self._two_before(tok)
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and subjects(node):
                break
        objs = [t for o in children(node, {"dobj", "dative"}) for t in conj_expand(o)]
        objs += prep_objects(node, {"with"})
        objs += [t for o in children(node, {"dobj"}) for t in prep_objects(o, {"with"})]
        people = [e for e in self.sides(subjects(node) + objs) if e.kind == "Person"]
        return people if len(people) > 1 else self._two_before(tok)

    def _two_before(self, tok: Token) -> list[Entity]:
        """ "X flew to Z to see Y. They met at the palace.": "they" of a sentence that names
        no one are the two people the sentence before names, when it names exactly two."""
        sent = self.an.sent(tok)
        if sent.start == 0 or any(
            self.an.mention(t) is not None and self.an.mention(t).entity.kind == "Person"
            for t in sent
        ):
            return []
        before = self.an.sent(sent.start - 1)
        people = list(
            dict.fromkeys(
                m.entity
                for m in self.an.mentions
                if before.start <= m.start < before.end and m.entity.kind == "Person"
            )
        )
        return people if len(people) == 2 else []

    def guests(
        self, hosts: list[Entity], guests: list[Entity], trigger: Token, toks: list[Token]
    ) -> None:
        """ "X hosted Y", "X hosted Y and Z" (a meeting of all three, when named one by one;
        "hosted the two presidents" meets each)."""
        named = [t for g in toks for t in _listed(self.an, g) if self.an.mention(t) is not None]
        if len(guests) > 1 and hosts and len(named) > 1:
            self.group([*hosts[:1], *(g for g in guests if g not in hosts)], trigger)
        else:
            self.add(hosts, guests, trigger)

    def special(self, verb: Token, lemma: str, subj: list[Entity]) -> bool:
        """Meetings a verb says with a phrase: "played host to Y", "shook hands (with Y)",
        "brought together X and Y", "joined Y for the launch", "speaking alongside Y"."""
        objs = children(verb, {"dobj"})
        if lemma == "play" and any(o.lemma_.lower() in self.lex["play_roles"] for o in objs):
            guests = prep_objects(verb, {"to"}) + [t for o in objs for t in prep_objects(o, {"to"})]
            self.guests(subj, [e for e in self.sides(guests) if e.kind == "Person"], verb, guests)
            return True
        if lemma == "shake" and any(o.lower_ in self.lex["hand_nouns"] for o in objs):
            others = self.sides(prep_objects(verb, {"with"}))
            if others:
                self.add(subj, others, verb)
            else:
                self.group(subj, verb)
            return True
        if lemma == "call" and prep_objects(verb, {"on"}):
            # "X called on Y at State House": a visit, unless it urges ("called on Y to end")
            urged = any(c.dep_ in {"xcomp", "ccomp", "advcl"} for c in verb.children) or any(
                c.dep_ in {"xcomp", "relcl", "acl"}
                for o in prep_objects(verb, {"on"})
                for c in o.children
            )
            where = prep_objects(verb, {"at", "in"})
            if not urged and where:
                others = [e for e in self.sides(prep_objects(verb, {"on"})) if e.kind == "Person"]
                self.add(subj, others, verb, in_person=True)
            return True
        if lemma in self.lex["together_acts"] or verb.lower_ in self.lex["together_acts"]:
            # "X and his counterpart Y inspected a guard of honour", "X laid a wreath
            # alongside Y": done side by side
            beside = self.sides(prep_objects(verb, {"with"}) + self._alongside(verb))
            people = [e for e in [*subj, *beside] if e.kind == "Person"]
            if lemma in self.lex["trip_acts"] and self._one_delegation(people):
                return True  # "X, who travelled with his defence secretary Y": one party
            self.group(list(dict.fromkeys(people)), verb)
            return True
        if lemma in self.lex["together_verbs"]:
            if any(c.lower_ == "together" for c in verb.children):
                met = self.sides([t for o in objs for t in conj_expand(o)])
                self.group([e for e in met if e.kind == "Person"] or met, verb)
                return True
            return False
        if lemma == "join":
            places = [
                p
                for p in verb.children
                if p.dep_ == "prep"
                and p.lower_ in self.lex["join_preps"]
                and any(c.dep_ == "pobj" and c.tag_ != "VBG" for c in p.children)
            ]
            others = [e for e in self.sides([t for o in objs for t in conj_expand(o)])]
            if places and subj and others and all(e.kind == "Person" for e in others):
                self.add(subj, others, verb)
            return True
        if lemma in self.lex["alongside_verbs"] and self._alongside(verb):
            others = [e for e in self.sides(self._alongside(verb)) if e.kind == "Person"]
            self.add(subj, others, verb)
            return True
        return False

    def _alongside(self, verb: Token) -> list[Token]:
        """The objects of "alongside" in the verb's own clause, wherever the parser hung it
        ("laid a wreath at the memorial alongside Y")."""
        out: list[Token] = []
        for tok in verb.subtree:
            # "alongside Y", "beside Y", "next to Y"
            beside = tok.lower_ in {"alongside", "beside"} or (
                tok.lower_ == "to" and tok.head.lower_ == "next"
            )
            if not beside or tok.dep_ != "prep":
                continue
            node = tok.head
            while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
                node = node.head
            if node.i == verb.i:
                out += [t for c in tok.children if c.dep_ == "pobj" for t in conj_expand(c)]
        return out

    def call_on(self, tok: Token) -> None:
        """ "X paid a courtesy call on Y" (a visit, not a phone call); "X was the guest of Y"."""
        verb = tok.head
        if tok.lemma_.lower() == "call":
            if not any(c.lower_ in self.lex["courtesy_words"] for c in tok.children):
                return
            hosts = prep_objects(tok, {"on"}) + prep_objects(verb, {"on"})
        elif tok.dep_ == "attr":
            hosts = prep_objects(tok, {"of"})
        else:
            return
        people = [e for e in self.sides(hosts) if e.kind == "Person"]
        visitors = [e for e in self.sides(subjects(verb)) if e.kind == "Person"]
        self.add(visitors, people, tok, in_person=True)

    def joint(self, noun: Token) -> None:
        """ "X and Y addressed a joint news conference", "X, speaking alongside Y at a joint
        news conference": who appeared at it."""
        verb = noun.head
        if noun.dep_ == "pobj":
            verb = noun.head.head
        elif noun.dep_ not in {"dobj", "nsubjpass"}:
            return
        if verb.pos_ not in {"VERB", "AUX"}:
            return
        toks = subjects(verb) + prep_objects(verb, {"alongside", "with"})
        people = [e for e in self.sides(toks) if e.kind == "Person"]
        self.group(people, noun)


def find(an: Analysis) -> list[Fact]:
    finder = _Finder(an)
    keys = ("arrival_verbs", "with_nouns", "guest_nouns", "verbs", "nouns")
    for tok in an.tokens_with(trigger_words("meeting", *keys, extra=("joint", "call"))):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in finder.lex["arrival_verbs"]:
            # "X arrived in Ottawa. During the visit she met Y": remember where
            for obj in prep_objects(tok, {"in", "to", "at"}) + children(tok, {"dobj"}):
                m = an.mention(obj)
                if m is not None and (m.place or m.entity.kind == "Place"):
                    finder.last_place = m.place or m.entity
        if (
            tok.lower_ == "joint"
            and tok.dep_ in {"amod", "compound"}
            and tok.head.lemma_.lower() in finder.lex["joint_nouns"]
        ):
            finder.joint(tok.head)
        if tok.pos_ == "NOUN" and lemma in finder.lex["with_nouns"]:
            finder.with_noun(tok)
        if tok.pos_ == "NOUN" and (lemma == "call" or lemma in finder.lex["guest_nouns"]):
            finder.call_on(tok)
        if tok.pos_ == "VERB" and (
            lemma in finder.lex["verbs"] or tok.lower_ in finder.lex["verbs"]
        ):
            finder.verb(tok)
        elif (
            tok.pos_ in {"NOUN", "PROPN"}
            and (lemma in finder.lex["nouns"] or tok.lower_ in finder.lex["nouns"])
            and lemma not in {"counterpart", "call", "phone call", "trip", "sidelines"}
        ):
            finder.noun(tok)
    return finder.facts
