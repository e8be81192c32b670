"""Whom an ally noun describes and who calls them so: "X, one of Y's backers,", "X is seen as
Y's partner", "Y, which X described as an ally", "Britain's Ministry of Defence called Y an
ally" (a state's body or leader speaks for the state). Shared by the alliance finder's rules
for ally nouns ("ally", "partner", "backer")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import relation_lexicon
from kg.extract.relations.common import (
    ACTORS,
    RELATIVE,
    antecedent,
    children,
    conj_expand,
    entities,
    is_passive,
    passive_subjects,
    prep_objects,
    subjects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.mentions import Analysis

AS_PREPS = {"as", "among"}


def regard_words() -> set[str]:
    return relation_lexicon("alliance")["regard_verbs"]


def position(tok: Token) -> Token:
    """The word whose place in the sentence a conjunct shares: "a nation and ally"."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def objects(verb: Token) -> list[Token]:
    """A verb's direct objects, a relative pronoun as the noun it stands for ("Fiji, which
    X described as an ally"), and the noun a clause without a pronoun hangs on ("Morocco, a
    country Paris regards as a partner")."""
    objs = [antecedent(o) for o in children(verb, {"dobj"})]
    gap = verb.dep_ == "relcl" and all(s.lower_ not in RELATIVE for s in subjects(verb))
    if not objs and gap and subjects(verb):
        noun = verb.head
        objs = [noun.head] if noun.dep_ == "appos" and noun.pos_ == "NOUN" else [noun]
    return objs


def speaking_states(an: Analysis, toks: list[Token], lex: dict) -> list:
    """The ones who call someone an ally: a state's ministry or government speaks for its
    state ("Britain's Ministry of Defence", "Kenya's defence ministry")."""
    out: list = []
    for tok in toks:
        found = []
        if tok.lemma_.lower() in lex["speaking_bodies"] | lex["envoy_nouns"]:
            # "Britain's Ministry of Defence", "the ministry in Stockholm"
            owner = children(tok, {"poss"}) + prep_objects(tok, {"in"})
            found = entities(an, owner, {"State"}, persons_as_states=True)
        found = found or entities(an, [tok], ACTORS, persons_as_states=True)
        out += [e for e in found if e not in out]
    return out


def slot_of(tok: Token) -> Token:
    """The word that stands where the ally noun would: "one" in "one of Y's backers", "two" in
    "A and B, two of Y's allies,", "among" in "X, among Y's allies,"."""
    prep = tok.head
    parts = relation_lexicon("alliance")["part_words"]
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in parts:
        return prep.head
    if tok.dep_ == "pobj" and prep.lower_ == "among" and prep.head.pos_ in {"NOUN", "PROPN"}:
        return prep
    return tok


def described_ones(an: Analysis, tok: Token, kinds: set[str] = ACTORS) -> list:
    """Whom an ally noun describes in the shapes the rules around it leave: an apposition
    through "one of" ("X, one of Y's backers,", "X, among Y's allies,"), an "as" phrase
    with no object ("X arrives as one of Y's backers", "X is seen [by many] as Y's partner")
    and a passive ("X is considered Y's backer")."""
    tok = position(tok)
    slot = slot_of(tok)
    if slot is not tok and slot.dep_ in {"appos", "prep"}:
        return entities(an, conj_expand(slot.head), kinds, persons_as_states=True)
    if slot is not tok and slot.lower_ != "among" and (named := named_before(an, slot)):
        return named  # "Hale, long one of Roy's partners," misparsed
    verb = slot.head
    if (
        slot is not tok
        and slot.dep_ == "dobj"
        and verb.lemma_.lower() in regard_words()
        and an.doc[max(verb.i - 1, 0)].text == ","
    ):
        # "Chile, considered one of Peru's closest allies, ...", parsed with Chile as the
        # subject of "considered"
        return entities(an, subjects(verb), kinds, persons_as_states=True)
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.pos_ == "VERB":
        # "X, among the few friends of Y, abstained", the phrase hung on the verb
        named = named_before(an, tok.head)
        if named:
            return named
        slot = tok.head  # "X counts itself among Y's friends"
    if slot.dep_ in {"oprd", "attr"} and is_passive(slot.head):
        return entities(an, passive_subjects(slot.head), kinds, persons_as_states=True)
    if slot.lower_ == "among":
        verb = slot.head
    elif slot.dep_ == "pobj" and slot.head.lower_ == "as":
        verb = slot.head.head
    else:
        return []
    if verb.dep_ == "pobj" and verb.head.dep_ == "agent":
        verb = verb.head.head  # "is regarded by many as"
    if verb.pos_ not in {"VERB", "AUX"} or entities(an, objects(verb), ACTORS):
        return []  # "counts Y as its ally": the object is the ally
    toks = subjects(verb) or passive_subjects(verb)
    return entities(an, toks, kinds, persons_as_states=True)


def named_before(an: Analysis, noun: Token) -> list:
    """ "Oslo, long a NATO member, ...": the name before the comma that opens the
    apposition, read off the text when the parser hangs the apposition elsewhere."""
    i = noun.left_edge.i - 1
    sent_start = an.sent(noun).start
    while i > sent_start and an.doc[i].lower_ in {"itself", "themselves", "also", "long"}:
        i -= 1
    if i <= sent_start or an.doc[i].text != ",":
        return []
    return named_by(an, an.doc[i - 1])


def named_by(an: Analysis, tok: Token) -> list:
    """The actor a phrase names: "Iran", or "the Houthi movement" by its named part."""
    if an.mention(tok) is None:
        named = [c for c in tok.children if c.dep_ == "compound" and an.mention(c) is not None]
        orgs = entities(an, named, {"Organization", "Group"})
        if tok.pos_ == "NOUN" and len(orgs) == 1:
            return orgs
        return []
    return entities(an, [tok], ACTORS, persons_as_states=True)
