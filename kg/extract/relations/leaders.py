"""Leadership positions: a head-of-state or head-of-government title held for a state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dates import date_near
from kg.extract.entities import Entity
from kg.extract.facts import Fact
from kg.extract.gazetteer import name_index
from kg.extract.lexicon import titles
from kg.extract.relations.common import (
    children,
    entities,
    prep_objects,
    sentence_span,
    subjects,
)
from kg.extract.relations.titles import Title, head_of, person_titles

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.mentions import Analysis

_RULE_VERBS = frozenset({"lead", "rule", "govern"})  # "has ruled Togo since 2005"
_TITLE_CASE = {
    "prime minister": "Prime Minister",
    "supreme leader": "Supreme Leader",
    "head of state": "Head of State",
    "head of government": "Head of Government",
    "head of the junta": "Head of the Junta",
}


def is_leader_title(title: Title) -> bool:
    data = titles()
    if title.head not in data["leader_titles"]:
        return False
    # "military ruler" is a leader's title although "military" alone makes one not
    modifiers = title.modifiers - set(title.head.split())
    return not (modifiers & set(data["not_leader_modifiers"]))


def find(an: Analysis) -> list[Fact]:
    facts = []
    # twice: "his Iranian counterpart" needs the first leader's title
    for title in person_titles(an):
        if is_leader_title(title) and title.principal and title.principal.kind == "State":
            an.table.titles.setdefault(id(title.person), title.head)
            an.table.set_leader(title.person, title.principal)
    found = [t for t in person_titles(an) if is_leader_title(t)]
    for title in found:
        boss = title.principal
        if boss is not None and boss.kind == "Person" and boss is not title.person:
            # "Lukashenko's prime minister, X": the prime minister of the state the other one leads
            state = an.table.leader_state(boss)
            other = an.table.titles.get(id(boss), "")
            title.principal = state if state is not None and other != title.head else None
            if title.principal is None:
                continue
        if title.principal is None:
            title.principal = state_in_context(an, title)
            confidence = 0.6
        else:
            confidence = 0.85
        if title.principal is None or title.principal.kind != "State":
            continue
        level = titles()["leader_titles"][title.head]
        fact = Fact(
            kind="position",
            roles={"holder": title.person, "ofState": title.principal},
            evidence=sentence_span(an, an.sent(title.trigger)),
            confidence=confidence,
            subclass="HeadOfStatePosition" if level == "state" else "HeadOfGovernmentPosition",
        )
        fact.add_literal("title", _TITLE_CASE.get(title.head, title.head.title()))
        fact.start_date = _start_date(an, title)
        an.table.set_leader(title.person, title.principal)
        an.table.titles.setdefault(id(title.person), title.head)
        facts.append(fact)
    held = {(id(f.roles["holder"]), id(f.roles["ofState"])) for f in facts}
    for fact in [*_seized_power(an), *_has_led(an)]:
        if (id(fact.roles["holder"]), id(fact.roles["ofState"])) not in held:
            facts.append(fact)
    return facts


def _seized_power(an: Analysis) -> list[Fact]:
    """ "Colonel X, who seized power in Mali": whoever took power in a state leads it."""
    data = titles()["power_taking"]
    facts = []
    for verb in an.tokens_with(data["verbs"]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in data["verbs"]:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in data["objects"] for c in verb.children):
            continue
        states = entities(an, prep_objects(verb, {"in"}), {"State"})
        people = entities(an, subjects(verb), {"Person"})
        if _in_time_only(verb):
            # "Gen. X, who seized power in July": the state the story is about, unless someone
            # else is known to lead it ("MOSCOW – X, who seized power in 2022, met President Y")
            story = _dateline_state(an) or an.dominant_state()
            other = an.table.leader_of.get(story.iso3 or "") if story is not None else None
            states = [story] if story is not None and other is None else []
        if len(states) != 1:
            continue
        for person in people:
            fact = Fact(
                kind="position",
                roles={"holder": person, "ofState": states[0]},
                evidence=sentence_span(an, an.sent(verb)),
                confidence=0.6,
                subclass="HeadOfStatePosition",
            )
            fact.add_literal("title", "Leader")
            an.table.set_leader(person, states[0])
            facts.append(fact)
    return facts


def _in_time_only(verb: Token) -> bool:
    """ "seized power in July", "in 2021", "in a coup": "in" names no place."""
    objs = prep_objects(verb, {"in"})
    return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} or o.pos_ == "NOUN" for o in objs)


def _has_led(an: Analysis) -> list[Fact]:
    """ "He has ruled Togo since 2005", "The 41-year-old colonel has led Mali since 2021": a
    person (named, or a pronoun or description standing for one) who has led a state up to now."""
    facts = []
    for verb in an.tokens_with(_RULE_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RULE_VERBS:
            continue
        ongoing = any(c.lower_ in {"has", "have"} for c in verb.children if c.dep_ == "aux")
        if not ongoing or not prep_objects(verb, {"since"}):
            continue
        states = entities(an, children(verb, {"dobj"}), {"State"})
        people = entities(an, subjects(verb), {"Person"})
        if len(states) != 1 or len(people) != 1:
            continue
        fact = Fact(
            kind="position",
            roles={"holder": people[0], "ofState": states[0]},
            evidence=sentence_span(an, an.sent(verb)),
            confidence=0.6,
            subclass="HeadOfStatePosition",
        )
        fact.add_literal("title", "Leader")
        fact.start_date = date_near(verb, an.sent(verb), an.date)
        an.table.set_leader(people[0], states[0])
        facts.append(fact)
    return facts


def state_in_context(an: Analysis, title: Title) -> Entity | None:
    """ "Prime Minister X said ... Norway would ...": a title written without its state takes the
    state the sentence names, the subject first, unless that state already has such a leader.
    A person already known as a leader keeps their state."""
    known = an.table.leader_state(title.person)
    if known is not None:
        return known
    level = titles()["leader_titles"].get(title.head, "role")
    official = an.table.state_of_official.get(id(title.person))
    if level == "role" and official is not None:
        return official  # "Ghanaian Foreign Minister X ... Foreign Minister X said Togo ..."
    sent = an.sent(title.trigger)
    candidates: list[tuple[int, Entity]] = []
    reported: list[tuple[int, Entity]] = []  # states inside the person's own reported speech
    for m in an.mentions:
        if m.start < sent.start or m.start >= sent.end or m.entity.kind != "State":
            continue
        if m.start in an.quoted:
            continue
        leader = an.table.leader_of.get(m.entity.iso3 or "")
        if (
            level != "role"
            and leader is not None
            and leader is not title.person
            and (titles()["leader_titles"].get(an.table.titles.get(id(leader), ""), "") == level)
        ):
            continue
        tok = an.doc[m.end - 1]
        if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
            if level != "role" and m.how in {"capital", "seat"} and _host_there(an, title, tok):
                candidates.append((0, m.entity))  # "flew to Cairo for talks with President X"
                continue
            # "in Lima", "at the Kremlin" (a seat of government)
            home = level != "role" and (
                (m.how in {"capital", "seat"} and tok.head.lower_ == "in")
                or (m.how == "seat" and tok.head.lower_ == "at")
            )
            if not (home and _at_home(an, title, tok.head.head)):
                continue  # "told reporters in Singapore": where, not whose
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _TRAVEL_VERBS:
            continue  # "visited Paris"
        if _object_of_holder(an, title, tok):
            continue  # "Foreign Minister X accused Togo": nobody accuses their own state
        if _claimed_by_other(an, title, tok):
            continue  # "Prime Minister X of Sweden congratulated President Y": X's state
        subject = {"nsubj"} if level == "role" else {"nsubj", "poss"}
        rank = 0 if tok.dep_ in subject else 1
        if level == "role" and _in_own_speech(an, title, tok):
            # "Foreign Minister X said Togo would ...": what they said, not whom they serve; a
            # head of state mostly speaks for their state ("President X said at the White House
            # that the United States would ..."), so there it counts like any other mention
            first = tok
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "said Sweden and Finland would": both subjects
            rank = 0 if first.dep_ in subject else 1
            reported.append((rank if m.how != "demonym" else 2, m.entity))
            continue
        if m.how == "demonym" and level != "role":
            rank = 2  # "spoke about French wine": a demonym makes doubt, never the answer
        candidates.append((rank, m.entity))
    doubt = {id(e) for rank, e in candidates if rank == 2}
    # with reported states about, only a subject of the person's own clause decides here
    for ranks in ({0}, {0, 1}) if not reported else ({0},):
        states = {id(e): e for rank, e in candidates if rank in ranks}
        if len(states) == 1 and (ranks == {0} or doubt <= states.keys()):
            return next(iter(states.values()))
        if states or doubt:
            return None
    if sent.start > 0:
        # "Chad voiced deep concern. Foreign Minister X cautioned ...": the previous sentence is
        # about one state only, named as its subject
        prev = an.sent(sent.start - 1)
        named = [
            m
            for m in an.mentions
            if prev.start <= m.start < prev.end
            and m.entity.kind == "State"
            and m.start not in an.quoted
        ]
        subjects_named = {
            id(m.entity): m.entity
            for m in named
            if m.how in {"name", "capital", "seat"}
            and _names_subject(an.doc[m.end - 1], level == "role")
        }
        junta = title.head in titles()["junta_titles"]
        if junta and not subjects_named:
            # "Mali's military rulers expelled ... The junta leader, X,": the junta's state
            subjects_named = {
                id(m.entity): m.entity
                for m in named
                if an.doc[m.end - 1].dep_ == "poss"
                and an.doc[m.end - 1].head.dep_ == "nsubj"
                and an.doc[m.end - 1].head.lemma_.lower() in titles()["junta_nouns"]
            }
        if level == "role" and not subjects_named:
            # "Ghana's president X hosted ...": a subject whose state is known
            for tok in prev:
                person = an.entity_for(tok) if tok.dep_ == "nsubj" else None
                state = _state_of_person(an, person) if person is not title.person else None
                if state is not None:
                    subjects_named[id(state)] = state
        # a leader's title needs a sentence about that state alone; a role, its one subject
        alone = level == "role" or len({id(m.entity) for m in named}) == 1
        if len(subjects_named) == 1 and alone:
            state = next(iter(subjects_named.values()))
            # a leader's title takes it only in a story about that state (its dateline or the
            # state it names most): the last sentence's subject is often someone else's
            if level == "role" or junta or state in {_dateline_state(an), an.dominant_state()}:
                return state
    if level != "role":
        dateline = _dateline_state(an)
        if dateline is not None:
            return dateline
        # "the emir", "King X": a title one state holds, in a story about that state
        if title.head in titles()["monarch_titles"] and an.dominant_state() is not None:
            return an.dominant_state()
    # nothing else: "Foreign Secretary X said Britain would keep its embassy open", "X said
    # France will lend Senegal ...": the one subject of what they said
    return _single_subject(reported)


def _single_subject(reported: list[tuple[int, Entity]]) -> Entity | None:
    """The one state that is a subject of what the person said ("X said Greece had violated
    Turkish airspace": a demonym beside it makes doubt); never "the talks on Syria"."""
    doubt = {id(e) for rank, e in reported if rank == 2}
    named = {id(e): e for rank, e in reported if rank == 0}
    return next(iter(named.values())) if len(named) == 1 and doubt <= named.keys() else None


def _names_subject(tok: Token, government: bool) -> bool:
    """ "Chad reacted" (and with `government`, "Chad's government reacted"): the state is the
    sentence's subject. A leader's title takes only the state itself: in a story about several,
    "Germany's government agreed ... President X said" is not about X's state."""
    if tok.dep_ == "nsubj":
        return True
    if not government:
        return False
    head = tok.head
    return tok.dep_ == "poss" and head.dep_ == "nsubj" and head.lemma_.lower() in _GOVERNMENT_WORDS


def _state_of_person(an: Analysis, person: Entity | None) -> Entity | None:
    if person is None or person.kind != "Person":
        return None
    return an.table.leader_state(person) or an.table.state_of_official.get(id(person))


def _in_own_speech(an: Analysis, title: Title, tok: Token) -> bool:
    """The state is inside a clause the titled person says ("X said Togo would ...")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _SPEECH_VERBS | {"warn", "insist"}:
            return any(an.entity_for(s) is title.person for s in subjects(node.head))
        node = node.head
    return False


def _object_of_holder(an: Analysis, title: Title, tok: Token) -> bool:
    """The state is the object of a verb whose subject is the titled person ("X accused Togo",
    "X warned Togo against", "X met Togo's envoy")."""
    node = tok
    while node.dep_ in {"poss", "compound", "amod", "conj"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ in {"prep", "dative"}:
        if node.head.lower_ in _PLACE_PREPS:
            return False  # "said in London" is where, decided elsewhere
        node = node.head
    # "X criticised Russia's attack on Togo": inside the object, as far as its noun phrase goes
    for _ in range(4):
        if node.dep_ in {"dobj", "dative", "iobj"} or node.head.pos_ in {"VERB", "AUX"}:
            break
        if node.dep_ not in {"prep", "pobj", "poss", "compound", "amod", "conj"}:
            return False
        node = node.head
    if node.dep_ not in {"dobj", "dative", "prep", "iobj"}:
        return False
    verb = node.head
    return verb.pos_ in {"VERB", "AUX"} and any(
        an.entity_for(s) is title.person for s in subjects(verb)
    )


def _claimed_by_other(an: Analysis, title: Title, tok: Token) -> bool:
    """The state is written as another person's ("Prime Minister X of Sweden", "Ghana's
    president, X,", "Sweden's X"): not the one this title is held for."""
    node = tok
    for _ in range(4):
        if node.dep_ not in {"pobj", "prep", "poss", "compound", "amod", "nmod"}:
            return False
        node = node.head
        entity = an.entity_for(node)
        if entity is not None and entity.kind == "Person":
            return entity is not title.person
        others = [
            e
            for c in node.children
            if c.dep_ == "appos" and (e := an.entity_for(c)) is not None and e.kind == "Person"
        ]
        if others:
            return title.person not in others
        own = {title.trigger.i} | {c.i for c in title.trigger.conjuncts}
        gap = an.doc[min(node.i, title.trigger.i) + 1 : max(node.i, title.trigger.i)]
        if all((t.is_lower and t.pos_ not in {"VERB", "AUX"}) or t.is_punct for t in gap):
            own.add(node.i)  # "Y's army chief and de facto ruler X": one run of titles
        if node.pos_ == "NOUN" and node.i not in own and head_of([node.text]):
            # "Ghana's president flew to Lome to meet the junta leader, X" (but "Y's army
            # chief and de facto ruler X" is one person's)
            return True
    return False


def _host_there(an: Analysis, title: Title, tok: Token) -> bool:
    """ "Y flew to Cairo for talks with President X", "Y arrived in Cairo to meet President X":
    the one a visitor came to see in a capital is at home there."""
    if tok.head.lower_ not in {"to", "in"} or tok.head.head.lemma_.lower() not in _ARRIVE_VERBS:
        return False
    visitor = subjects(tok.head.head)
    if any(an.entity_for(v) is title.person for v in visitor):
        return False
    for other in an.sent(tok):
        if an.entity_for(other) is not title.person:
            continue
        if other.dep_ == "appos":
            other = other.head  # "to meet the junta leader, Col. X"
        if other.dep_ not in {"pobj", "dobj"}:
            continue
        if other.head.lower_ == "with" or other.head.lemma_.lower() in _MEET_VERBS:
            return True
    return False


def _at_home(an: Analysis, title: Title, verb: Token) -> bool:
    """ "X said in London", "X said after receiving Y in Lima", "Z met X in Oslo": the
    titled person is in their own capital."""
    if verb.pos_ == "PROPN" and an.entity_for(verb) is title.person:
        # "met Prime Minister X in Oslo", "held talks with X in Oslo": "in" parsed on the name
        if verb.dep_ == "dobj":
            verb = verb.head
        elif verb.dep_ == "pobj" and verb.head.lower_ == "with":
            verb = verb.head.head
    talks: list[Token] = []
    if verb.lemma_.lower() in _TALK_NOUNS and verb.dep_ == "dobj":
        talks, verb = [verb], verb.head  # "held talks in Oslo with X", "in" on "talks"
    lemma = verb.lemma_.lower()
    if lemma in _SPEECH_VERBS:
        return True
    if lemma in _HOST_VERBS:
        # "X received Y in Lima", "Y was received at the Kremlin by X"
        hosts = subjects(verb) + prep_objects(verb, {"by"})
        return any(an.entity_for(t) is title.person for t in hosts)
    talks = talks or [c for c in children(verb, {"dobj"}) if c.lemma_.lower() in _TALK_NOUNS]
    if lemma in _MEET_VERBS or talks:
        # "Z met X in Oslo", "Z held talks in Oslo with X"
        guests = children(verb, {"dobj"}) + prep_objects(verb, {"with"})
        guests += [t for noun in talks for t in prep_objects(noun, {"with"})]
        return any(an.entity_for(t) is title.person for t in guests)
    return False


_ARRIVE_VERBS = {"fly", "travel", "arrive", "go", "head", "come", "land", "jet"}
_GOVERNMENT_WORDS = {"government", "ministry", "cabinet", "administration", "authorities"}
_HOST_VERBS = {"receive", "host", "welcome"}
_MEET_VERBS = {"meet"}
_TALK_NOUNS = {"talk", "talks", "meeting", "discussion", "negotiation"}
_PLACE_PREPS = {"in", "at", "to", "from", "into", "near", "outside", "across"}
# "Prime Minister X said in London": a leader speaking at home
_SPEECH_VERBS = {"say", "tell", "speak", "announce", "declare", "add", "insist"}
_TRAVEL_VERBS = {"visit", "tour", "leave", "reach", "enter", "host"}


def _dateline_state(an: Analysis) -> Entity | None:
    """ "NAIROBI – President X said ...": a story datelined in a capital is about that state."""
    found = name_index().get(an.dateline.title()) if an.dateline else None
    if found is not None and found[0] == "state" and found[2] == "capital":
        return an.table.state(found[1])
    return None


_START_VERBS = {
    "assume",
    "take",
    "inherit",
    "become",
    "elect",
    "swear",
    "win",
    "lead",
    "rule",
    "succeed",
    "inaugurate",
    "come",
}


def _start_date(an: Analysis, title: Title) -> str | None:
    """ "X, who became premier in March", "X has led Y since 2019"."""
    sent = an.sent(title.trigger)
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _START_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        holder = None
        if subj is not None:
            holder = an.entity_for(subj.head.head if subj.lower_ in {"who", "that"} else subj)
        if holder is title.person:
            value = date_near(tok, sent, an.date)
            if value:
                return value
    return None
