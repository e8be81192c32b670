"""Helpers over the dependency parse shared by the relation finders."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.descriptions import describe, two_states
from kg.extract.entities import Entity
from kg.extract.facts import Fact
from kg.extract.lexicon import relation_lexicon
from kg.extract.modality import modality_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.mentions import Analysis

SUBJ = {"nsubj", "nsubjpass", "csubj"}
_MEMBER_NOUNS = {
    "faction",
    "unit",
    "force",
    "wing",
    "branch",
    "member",
    "fighter",
    "troop",
    "soldier",
    "militant",
    "positions",
    "position",
    "base",
    "camp",
    "target",
    "vessel",
    "ship",
    "boat",
    "jet",
    "aircraft",
    "army",
    "forces",
    "territory",
}
OBJ = {"dobj", "obj"}
ACTORS = {"State", "Organization", "Group"}


@cache
def trigger_words(kind: str, *keys: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of the lexicon lists `keys` of one relation kind, and `extra`: every lemma or
    form a finder's loop acts on, for `Analysis.tokens_with`."""
    lex = relation_lexicon(kind)
    return frozenset(extra).union(*(lex[key] for key in keys))


def conj_expand(tok: Token) -> list[Token]:
    """A token and the tokens conjoined to it: "drones and missiles" -> [drones, missiles]."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(conj_expand(child))
        elif child.dep_ == "appos":
            # "Ana Rojas, the Chilean president, and Lena Hoff": the parser hangs the next
            # conjunct on the apposition
            out.extend(t for c in child.children if c.dep_ == "conj" for t in conj_expand(c))
            # "Rojas and her Peruvian counterpart, Lena Hoff": the name of the last conjunct,
            # hung on the first
            if child.pos_ == "PROPN" and any(
                c.dep_ == "conj" and c.i < child.i for c in tok.children
            ):
                out.append(child)
    # "Okafor and Lindqvist, as well as X": appositions of a conjunct are not new conjuncts
    return out


def children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok: Token, words: Iterable[str]) -> list[Token]:
    """Objects of the prepositions `words` under tok, conjuncts included."""
    words = set(words)
    out: list[Token] = []
    preps = [p for p in tok.children if p.dep_ in {"prep", "agent", "dative"}]
    # "allied with Iran and with Syria": the second preposition is a conjunct of the first
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for prep in preps:
        if prep.lower_ in words:
            for pobj in prep.children:
                if pobj.dep_ in {"pobj", "pcomp"}:
                    out.extend(conj_expand(pobj))
    return out


RELATIVE = {"which", "who", "that", "whom", "whose"}


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for: "Iran, which ..." -> Iran."""
    if tok.lower_ not in RELATIVE:
        return tok
    node = tok.head
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            break
        node = node.head
    return tok


def subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, inherited through conjunction and open complements
    ("Iran continued to supply ..."; "Iran built and shipped ..."; "Iran, which sent ...")."""
    node = verb
    for _ in range(4):
        subj = [c for c in node.children if c.dep_ in {"nsubj", "csubj"}]
        if not subj and node.i != verb.i and verb.dep_ == "xcomp" and verb.head.i == node.i:
            # "Iran is believed to have sent ...": the raised passive subject
            subj = [c for c in node.children if c.dep_ == "nsubjpass"]
        if subj:
            return [t for s in subj for t in conj_expand(antecedent(_speaker_itself(s)))]
        doer = _gerund_doer(node)
        if doer:
            return doer
        if node.dep_ in {"xcomp", "conj", "advcl", "pcomp", "prep", "acomp"} and (
            node.head.i != node.i
        ):
            node = node.head  # "said after receiving X": the one who said received
            continue
        if node.dep_ == "acl":
            return conj_expand(node.head)
        break
    dated = _dated_subject(verb)
    if dated:
        return dated
    # "Russia exports oil", misparsed with Russia as a compound of the verb
    return [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ == "PROPN"]


def _dated_subject(verb: Token) -> list[Token]:
    """ "On Friday Ruto had met Museveni", misparsed as "On [Friday Ruto]": the name after the
    date is the subject."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for obj in prep.children:
            if (
                obj.dep_ == "pobj"
                and obj.ent_type_ != "DATE"
                and obj.pos_ == "PROPN"
                and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in obj.children)
            ):
                return conj_expand(obj)
    return []


_SELF_PRONOUNS = {"it", "they", "we"}


def _speaker_itself(subj: Token) -> Token:
    """ "The Israeli military said it struck ...": "it" is the one who said so."""
    verb = subj.head
    if subj.lower_ not in _SELF_PRONOUNS or verb.dep_ != "ccomp":
        return subj
    speech = verb.head
    if speech.lemma_.lower() not in relation_lexicon("statement")["verbs"]:
        return subj
    said = [c for c in speech.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    return said[0] if said else subj


def _gerund_doer(node: Token) -> list[Token]:
    """ "X accused Y of supplying ...", "thanked Y for sending ...": the object of the outer
    verb does what the gerund says, not its subject."""
    prep = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or prep.lower_ not in _DOER_PREPS:
        return []
    outer = _outer_verb(prep)
    objs = [c for c in outer.children if c.dep_ in OBJ and c.i < prep.i]
    if not objs and outer.pos_ == "VERB":
        # "Y was accused of supplying ...": the passive subject is the accused
        objs = [c for c in outer.children if c.dep_ == "nsubjpass"]
    # "sanctioned Chinese firms for selling": the firms sold, never the one who sanctioned
    return [t for o in objs for t in conj_expand(antecedent(o))]


def _outer_verb(prep: Token) -> Token:
    """The verb a gerund's preposition belongs to, also when the parser hung it on the passive
    agent: "Y was accused by Western governments of supplying ..."."""
    head = prep.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head
    return head


_DOER_PREPS = {"of", "for", "against", "from"}  # "warned Y against attacking", "barred Y from"


def passive_subjects(verb: Token) -> list[Token]:
    """ "X was armed by Y", "X, which was armed by Y": X."""
    return [t for s in children(verb, {"nsubjpass"}) for t in conj_expand(antecedent(s))]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.dep_ in {"acl", "amod"} and verb.tag_ == "VBN"
    )


def agents(verb: Token) -> list[Token]:
    return prep_objects(verb, {"by"})


def entities(
    an: Analysis,
    toks: Iterable[Token],
    kinds: set[str] | None = None,
    persons_as_states: bool = False,
    bodies_as_states: bool | None = None,
) -> list[Entity]:
    """The entities the tokens name, each once; `persons_as_states` turns a leader into the
    state they lead and (unless told otherwise) "the Indian army" into India."""
    if bodies_as_states is None:
        bodies_as_states = persons_as_states
    out: list[Entity] = []
    for tok in toks:
        found = _extra_entities(an, tok)
        if found:
            for entity in found:
                if persons_as_states and entity.kind == "Person":
                    entity = an.table.state_of(entity) or entity
                if bodies_as_states and entity.of_state is not None:
                    entity = entity.of_state
                if (kinds is None or entity.kind in kinds) and entity not in out:
                    out.append(entity)
            continue
        entity = an.entity_for(tok, persons_as_states=persons_as_states)
        if entity is None and tok.lemma_.lower() in _MEMBER_NOUNS:
            # "the armed wings of the Sudanese Liberation Front"
            for pobj in prep_objects(tok, {"of"}):
                entity = entity or an.entity_for(pobj)
        if entity is None and tok.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj"}:
            # "the ministry's spokesman, X" -> X; "troops from Iran" -> Iran
            for child in tok.children:
                if child.dep_ == "appos":
                    entity = an.entity_for(child, persons_as_states=persons_as_states)
                    if entity:
                        break
        if entity is None:
            continue
        if bodies_as_states and entity.of_state is not None:
            entity = entity.of_state
        if kinds is not None and entity.kind not in kinds:
            continue
        if entity not in out:
            out.append(entity)
    return out


def _extra_entities(an: Analysis, tok: Token) -> list[Entity]:
    """Entities a common noun stands for that `entity_for` alone misses: "the Iranian foreign
    minister, Dara Navabi" (the person, not Iran), "British and American jets" (both states),
    "delegations from Armenia and Azerbaijan" (both)."""
    if an.mention(tok) is not None or tok.pos_ not in {"NOUN", "PROPN"}:
        return []
    group = two_states(an, tok) or an.group(tok)  # "both capitals": the last "A and B"
    if group:
        return group
    if tok.pos_ == "PROPN" and (described := describe(an, tok)) is not None:
        return [described]  # "the Archipelago", tagged a proper noun
    for child in tok.children:
        if child.dep_ == "appos":
            m = an.mention(child)
            if m is not None and m.entity.kind == "Person":
                return [m.entity]
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"} and an.mention(c)]
    if len(mods) == 1:
        group = [an.mention(t) for t in conj_expand(mods[0]) if an.mention(t) is not None]
        if len(group) > 1:
            return [m.entity for m in group]
    if tok.lemma_.lower() in {"delegation", "official", "representative", "envoy", "negotiator"}:
        group = prep_objects(tok, {"from", "of"})
        return [e for t in group if (e := an.entity_for(t)) is not None]
    return []


def sentence_span(an: Analysis, sent: Span) -> tuple[int, int]:
    text = an.text[sent.start_char : sent.end_char]  # Span.text joins its tokens again
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return an.offset + start, an.offset + end


def make_fact(
    an: Analysis,
    kind: str,
    roles: dict[str, Entity],
    trigger: Token,
    confidence: float = 0.7,
    modality: str | None = None,
) -> Fact:
    sent = an.sent(trigger)
    mod, reporter = modality_of(trigger, sent)
    reported_by = an.entity_for(reporter) if reporter is not None else None
    return Fact(
        kind=kind,
        roles=roles,
        evidence=sentence_span(an, sent),
        modality=modality or mod,
        confidence=confidence,
        reported_by=reported_by,
    )


def pairs(left: list[Entity], right: list[Entity]) -> Iterator[tuple[Entity, Entity]]:
    for a in left:
        for b in right:
            if a is not b:
                yield a, b


def all_pairs(group: list[Entity]) -> Iterator[tuple[Entity, Entity]]:
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if a is not b:
                yield a, b


def in_quote(an: Analysis, tok: Token) -> bool:
    return tok.i in an.quoted


def bare_forces(tok: Token) -> bool:
    """ "the army", "the military" with nothing saying whose (`conflict.bare_forces`): the
    forces of the state the article is about, for the finders that ask."""
    return (
        tok.lemma_.lower() in relation_lexicon("conflict")["bare_forces"]
        and any(c.dep_ == "det" for c in tok.children)
        and all(
            c.dep_ == "det" and c.lower_ == "the"
            for c in tok.children
            if c.dep_ not in {"conj", "cc", "punct"}
        )
    )
