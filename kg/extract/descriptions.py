"""Descriptions that stand for a state, and "we" in a leader's own words.

News names a state once and then describes it: "the Pacific nation", "the landlocked Central
Asian republic", "the Gulf emirate". Such a phrase stands for the most salient state named
before it (the subject of the sentence before, then the last state named) that the description
fits: its modifiers and head noun say which states can be meant (kg/data/descriptions.json,
with regions from countryinfo). A phrase never stands for the subject of its own clause:
"China signed a pact with the Pacific nation" is about another state than China.

Inside a quotation of a leader or minister, "we", "us", "our" and "our country" are the
speaker's state: "Our partnership with India keeps growing," the prime minister said.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.extract.gazetteer import countryinfo_records
from kg.extract.lexicon import load_json, relation_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import Entity
    from kg.extract.mentions import Analysis

_DETS = {"the", "this", "that"}
_WE = {"we", "us", "our", "ours"}
#: nouns that "our" makes the speaker's state: "our country", "our forces"
_OWN_NOUNS = {
    "country",
    "nation",
    "state",
    "government",
    "army",
    "military",
    "force",
    "forces",
    "troops",
    "navy",
    "people",
    "republic",
    "kingdom",
}
#: a postmodifier that makes the phrase a new description, not one of a state named before
_DEFINING_DEPS = {"relcl", "acl"}
_DEFINING_PREPS = {"of", "in", "among", "outside", "to", "with"}
_MAX_MODIFIER_WORDS = 6


@dataclass(frozen=True)
class Constraint:
    """Which states a word of a description allows; empty fields allow every state."""

    regions: frozenset[str] = frozenset()
    subregions: frozenset[str] = frozenset()
    intermediate: frozenset[str] = frozenset()
    iso3: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()

    def allows(self, iso3: str) -> bool:
        if iso3 in self.excluded:
            return False
        if not (self.regions or self.subregions or self.intermediate or self.iso3):
            return True
        region, subregion, intermediate = _geography().get(iso3, ("", "", ""))
        return (
            iso3 in self.iso3
            or region in self.regions
            or subregion in self.subregions
            or intermediate in self.intermediate
        )


@cache
def _data() -> dict[str, Any]:
    return load_json("descriptions.json")


def _constraint(spec: dict[str, list[str]] | None) -> Constraint:
    if not spec:
        return Constraint()
    sets = _data()["sets"]
    return Constraint(
        regions=frozenset(spec.get("regions", [])),
        subregions=frozenset(spec.get("subregions", [])),
        intermediate=frozenset(spec.get("intermediate", [])),
        iso3=frozenset(spec.get("iso3", []) + [c for s in spec.get("sets", []) for c in sets[s]]),
        excluded=frozenset(c for s in spec.get("not_sets", []) for c in sets[s]),
    )


@cache
def head_constraints() -> dict[str, Constraint]:
    return {word: _constraint(spec) for word, spec in _data()["heads"].items()}


@cache
def modifier_constraints() -> dict[str, Constraint]:
    return {phrase: _constraint(spec) for phrase, spec in _data()["modifiers"].items()}


@cache
def _longest_modifier() -> int:
    return max(len(phrase.split()) for phrase in modifier_constraints())


@cache
def blocking_words() -> frozenset[str]:
    return frozenset(_data()["blocking"])


@cache
def blocking_with_head() -> dict[str, frozenset[str]]:
    return {head: frozenset(words) for head, words in _data()["blocking_with_head"].items()}


@cache
def bare_heads() -> frozenset[str]:
    return frozenset(_data()["bare_heads"])


@cache
def group_nouns() -> frozenset[str]:
    return frozenset(_data()["group_nouns"])


@cache
def _geography() -> dict[str, tuple[str, str, str]]:
    """ISO alpha-3 -> (region, subregion, intermediate region), as countryinfo has them."""
    return {
        iso3: (
            info.get("region") or "",
            info.get("subregion") or "",
            info.get("intermediateregion") or "",
        )
        for iso3, info in countryinfo_records().items()
    }


def _head_word(tok: Token) -> str | None:
    """The head noun as descriptions.json lists it ("islands" stays plural), or None."""
    heads = head_constraints()
    if tok.lower_ in heads:
        return tok.lower_
    lemma = tok.lemma_.lower()
    if lemma in heads and tok.tag_ in {"NN", "NNP"}:
        return lemma
    return None


def _modifiers(tok: Token) -> list[Token] | None:
    """The words between the determiner and the head ("the [landlocked Central Asian]
    republic"), or None when the phrase is no definite description of one thing."""
    det = next((c for c in tok.lefts if c.dep_ == "det" and c.lower_ in _DETS), None)
    if det is None or tok.i - det.i - 1 > _MAX_MODIFIER_WORDS or tok.left_edge.i > det.i:
        return None
    words = list(tok.doc[det.i + 1 : tok.i])
    if any(t.is_punct and t.text != "-" for t in words):
        return None
    return words


def _constraints(an: Analysis, words: list[Token], head: str) -> list[Constraint] | None:
    """What each known modifier allows, longest phrase first; None when a word makes it no
    description of a state named before ("the host country", "the largest nation", "the
    Kenyan state", "the breakaway republic", "the northern state")."""
    found: list[Constraint] = []
    known = modifier_constraints()
    blocking = blocking_words() | blocking_with_head().get(head, frozenset())
    lowers = [t.lower_ for t in words]
    i = 0
    while i < len(words):
        tok = words[i]
        mention = an.by_token.get(tok.i)
        if mention is not None and mention.entity.kind != "Place":
            return None  # "the Kenyan nation", "the NATO state": entity_for reads those
        if tok.tag_ in {"JJS", "RBS", "CD"} or tok.ent_type_ in {"ORDINAL", "CARDINAL"}:
            return None
        for n in range(min(_longest_modifier(), len(words) - i), 0, -1):
            phrase = " ".join(lowers[i : i + n])
            if phrase in known:
                found.append(known[phrase])
                i += n
                break
        else:
            if lowers[i] in blocking:
                return None
            i += 1
    return found


def _defined_after(an: Analysis, tok: Token) -> Entity | bool | None:
    """ "the island nation of Fiji": the state named after it; True when something after the
    head defines a new referent ("the first Gulf state to ...", "the nations of the region")."""
    for child in tok.rights:
        if child.dep_ in _DEFINING_DEPS:
            return True
        if child.dep_ == "prep" and child.lower_ in _DEFINING_PREPS:
            for pobj in child.children:
                m = an.by_token.get(pobj.i)
                if child.lower_ == "of" and m is not None and m.entity.kind == "State":
                    return m.entity
                if child.lower_ == "of" and _a_number(pobj):
                    return None  # "the Baltic nation of 1.9 million people"
            return True
    return None


def _a_number(tok: Token) -> bool:
    return tok.like_num or any(c.like_num or c.ent_type_ == "CARDINAL" for c in tok.subtree)


def describe(an: Analysis, tok: Token) -> Entity | None:
    """The state a description with a modifier stands for ("the Pacific nation"), or a bare
    one descriptions.json lists ("the archipelago"); None for anything else."""
    if _head_word(tok) is None:
        return None
    key = ("noun", tok.i)
    if key not in an.described:
        an.described[key] = None  # a description that leads back to itself stands for nothing
        an.described[key] = _describe(an, tok)
    return an.described[key]


def _describe(an: Analysis, tok: Token) -> Entity | None:
    head = _head_word(tok)
    if head is None:
        return None
    words = _modifiers(tok)
    if words is None or (not words and head not in bare_heads()):
        return None
    after = _defined_after(an, tok)
    if after is not None:
        return after if after is not True else None
    constraints = _constraints(an, words, head)
    if constraints is None:
        return None
    head_rule = head_constraints()[head]
    if head_rule != Constraint():
        constraints.append(head_rule)
    if not words and _island_place_near(an, tok):
        return None  # "the islands" after "the Spratly Islands" are those islands
    return _salient_fitting(an, tok, constraints)


def _island_place_near(an: Analysis, tok: Token) -> bool:
    since = an._window_start(tok)
    return any(
        since <= m.start < tok.i
        and m.entity.kind not in {"State", "Person"}
        and any(w in m.entity.label.lower() for w in ("island", "archipelago"))
        for m in an.mentions
    )


def _salient_fitting(an: Analysis, tok: Token, constraints: list[Constraint]) -> Entity | None:
    """The states named before in tok's own sentence (latest first: "talks in Kyiv, his first
    visit to the war-torn country"), then the subject state of the sentence before, then the
    states named before that: the first every constraint allows that is not the subject of
    tok's own clause. With nothing known about the description, only the last few sentences
    count, and demonyms do not."""
    own = _own_clause_states(an, tok)
    known = bool(constraints)
    since = 0 if known else an._window_start(tok)
    this_sentence = an.sent(tok).start
    named: list[Entity] = []
    earlier: list[Entity] = []
    for m in reversed(an.mentions):
        if m.start >= tok.i:
            continue
        if m.start < since:
            break
        if m.entity.kind != "State" or (not known and m.how == "demonym"):
            continue
        (named if m.start >= this_sentence else earlier).append(m.entity)
    previous = _previous_subject_state(an, tok)
    for state in [*named, *([previous] if previous else []), *earlier]:
        if id(state) in own:
            continue
        if all(c.allows(state.iso3 or "") for c in constraints):
            return state
    return None


def _previous_subject_state(an: Analysis, tok: Token) -> Entity | None:
    """The state the sentence before is about: its subject, or the state its subject leads or
    serves ("Fiji's prime minister arrived in Beijing.")."""
    since = an.sent(tok).start
    if since == 0:
        return None
    prev = an.sent(since - 1)
    subj = [t for t in prev.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    for s in subj:
        entity = an.entity_for(s, persons_as_states=True)
        if entity is not None and entity.kind == "State":
            return entity
        for child in s.children:
            m = an.by_token.get(child.i)
            if child.dep_ == "poss" and m is not None and m.entity.kind == "State":
                return m.entity
    return None


def _own_clause_states(an: Analysis, tok: Token) -> set[int]:
    """ids of the states the clause of tok is about (its subjects, as states) and of those
    joined to tok by "and": a description never stands for them."""
    own: set[int] = set()
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    joined = [node, *(c for c in node.children if c.dep_ == "conj")]
    for j in joined:
        m = an.by_token.get(j.i)
        if m is not None and m.entity.kind == "State":
            own.add(id(m.entity))
    verb = node.head
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj and verb.dep_ in {"conj", "xcomp"}:
        subj = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for s in subj:
        if s.i == tok.i:
            continue
        for t in [s, *(c for c in s.children if c.dep_ in {"conj", "poss", "compound", "amod"})]:
            m = an.by_token.get(t.i)
            if m is None:
                continue
            entity = m.entity
            if entity.kind == "Person":
                entity = an.table.state_of(entity) or entity
            if entity.kind != "State" and entity.of_state is not None:
                entity = entity.of_state
            own.add(id(entity))
    return own


def speaker_state(an: Analysis, tok: Token) -> Entity | None:
    """ "we", "us", "our" inside a quotation: the state of its speaker, when a leader, a
    minister, a state body or the state itself speaks; None outside quotations."""
    if tok.i not in an.quoted or tok.pos_ != "PRON":
        return None  # "US" is a state's name, not "us"
    return _quote_state(an, tok.i)


def _quote_state(an: Analysis, i: int) -> Entity | None:
    """The speaker's state of the quotation token i is in, worked out once per quotation."""
    start = i
    while start - 1 in an.quoted:
        start -= 1
    key = ("quote", start)
    if key not in an.described:
        # while its speaker is worked out, "we" in it is no one: the parser can make an
        # unquoted verb a conjunct of a quoted one, whose subject is this very "we"
        an.described[key] = None
        end = i
        while end in an.quoted:
            end += 1
        an.described[key] = _state_of_speaker(an, start, end)
    return an.described[key]


def _state_of_speaker(an: Analysis, start: int, end: int) -> Entity | None:
    from kg.extract.relations.statements import _attribution

    speakers = _attribution(an, start, end)
    if not speakers:
        return _titled_speaker_state(an, start, end) or _continued_quote_state(an, start)
    if len(speakers) != 1:
        return None  # "X and Y said": "we" is both
    speaker = speakers[0]
    if speaker.kind == "State":
        return speaker
    if speaker.kind == "Person":
        return an.table.state_of(speaker)
    return speaker.of_state


def _continued_quote_state(an: Analysis, start: int) -> Entity | None:
    """A quotation that is its own sentence, right after a sentence with a quotation, goes on
    with that speaker (as statements read it): their state."""
    sent = an.sent(start)
    if sent.start == 0 or any(
        t.i not in an.quoted and not t.is_punct and not t.is_space for t in sent
    ):
        return None
    prev = an.sent(sent.start - 1)
    last = next((t for t in reversed(prev) if t.i in an.quoted), None)
    return _quote_state(an, last.i) if last is not None else None


def own_noun_state(an: Analysis, tok: Token) -> Entity | None:
    """ "our country", "our forces" in a quotation: the speaker's state."""
    if tok.lemma_.lower() not in _OWN_NOUNS and tok.lower_ not in _OWN_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "our"), None)
    return speaker_state(an, owner) if owner is not None else None


def two_states(an: Analysis, tok: Token) -> list[Entity]:
    """ "both capitals", "the two countries", "between the neighbours": the last two states
    named together ("A and B"), else, for nouns only descriptions.json knows ("capitals"),
    the last two states named. Empty when the finder should ask `Analysis.group`."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in group_nouns():
        return []
    from kg.extract.mentions import _group_size

    known = tok.lemma_.lower() in relation_lexicon("person")["group_state_nouns"]
    if _group_size(tok) == 2:
        # "the two countries": Analysis.group knows; "both capitals" is new
        return [] if known else (_named_together(an, tok) or an._last_states(tok, 2))
    between = tok.dep_ == "pobj" and tok.head.lower_ == "between"
    if between and any(c.lower_ == "the" for c in tok.children):
        return _named_together(an, tok)  # "links between the neighbours"
    return []


def _named_together(an: Analysis, tok: Token) -> list[Entity]:
    """The two states of the last "A and B" before tok (this sentence and the three before),
    outside quotations; empty when the last pair named together is not two states."""
    since = an._window_start(tok)
    own = an._own_subjects(tok)
    for m in reversed(an.mentions):
        if m.start >= tok.i or m.start in an.quoted:
            continue
        if m.start < since:
            break
        last = an.doc[m.end - 1]
        joined = [c for c in last.children if c.dep_ == "conj"]
        if not joined:
            continue
        second = an.by_token.get(joined[0].i)
        # "A, B and C": a list of more than two is no pair
        listed = len(joined) > 1 or any(c.dep_ == "conj" for c in joined[0].children)
        if second is None or listed or (last.dep_ == "conj" and last.head.i in an.by_token):
            return []
        pair = [m.entity, second.entity]
        pair = [e if e.kind == "State" else e.of_state for e in pair]
        if any(e is None or e.kind != "State" for e in pair):
            return []
        if pair[0] is pair[1] or any(id(e) in own for e in pair):
            return []
        return pair
    return []


def _titled_speaker_state(an: Analysis, start: int, end: int) -> Entity | None:
    """ "the Polish president said", "said the president of Poland": a title with a state and
    no name, which statements do not take for a speaker; the state is the speaker's."""
    from kg.extract.mentions import title_words

    speech = relation_lexicon("statement")["verbs"]
    first, last = an.sent(start), an.sent(max(start, end - 1))
    for verb in an.doc[first.start : last.end]:
        if verb.i in an.quoted or verb.lemma_.lower() not in speech or verb.pos_ != "VERB":
            continue
        for subj in verb.children:
            if subj.dep_ != "nsubj" or subj.lemma_.lower() not in title_words():
                continue
            owners = [c for c in subj.children if c.dep_ in {"amod", "compound", "poss"}]
            owners += [o for p in subj.children if p.lower_ == "of" for o in p.children]
            owners += [c for o in owners for c in o.children if c.dep_ == "conj"]
            states = {
                id(m.entity): m.entity
                for o in owners
                if (m := an.by_token.get(o.i)) is not None and m.entity.kind == "State"
            }
            if len(states) == 1:
                return next(iter(states.values()))
    return None


def drop_regional_demonyms(an: Analysis) -> None:
    """ "the South American nation", "the West African nation": "American" and "the West" there
    are part of a region's adjective (a modifier of descriptions.json), not the United States or
    the West; such mentions are dropped once every mention is found."""
    known = modifier_constraints()
    doc = an.doc
    for m in list(an.mentions):
        if m.entity.kind == "State" and m.how not in {"demonym", "people"}:
            continue
        if m.entity.kind not in {"State", "Organization", "Group"}:
            continue
        first, last = doc[m.start].lower_, doc[m.end - 1].lower_
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        if f"{before} {first}" in known or f"{last} {after}" in known:
            an.remove(m)
