"""Conflicts: war, invasion, strikes, attacks, clashes, retaliation, between states or groups.

Verbs: the subject attacks the object ("Sudan struck the RSF", "Greek jets hit Turkish
bases", "X clashed with Y", passive "Y was attacked by X"). Nouns: "Iraq's invasion of
Kuwait", "Saudi strikes on Yemen", "the war between X and Y", "retaliation from Chad"
(the side facing it is the verb's subject), and named wars ("the Yemen conflict").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.facts import Fact
from kg.extract.lexicon import relation_lexicon
from kg.extract.relations.common import (
    ACTORS,
    agents,
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
from kg.extract.relations.parties import governing_verb, noun_modifiers, noun_parties

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import Entity
    from kg.extract.mentions import Analysis

_TARGET_PREPS = {"against", "on", "upon", "into", "at", "in"}
_MUTUAL_VERBS = {"fight", "clash", "war", "battle", "skirmish", "spar"}  # "clashed with Y"
_NOUN_PREPS = {"against", "on", "with", "upon", "into", "of", "from", "by", "in", "to", "at"}
_KINDS = ACTORS


def _facts(
    an: Analysis, sides_a: list[Entity], sides_b: list[Entity], trigger: Token, confidence: float
) -> list[Fact]:
    return [
        make_fact(an, "conflict", {"sideA": a, "sideB": b}, trigger, confidence)
        for a, b in pairs(sides_a, sides_b)
    ]


def _named_war(an: Analysis, noun: Token, lex: dict) -> list[Fact]:
    """ "the Ukraine conflict", "the war in Ukraine": the sides of a war known by its place."""
    named = lex["named_wars"]
    toks = [t for t in noun.lefts] + prep_objects(noun, {"in", "over"})
    for tok in toks:
        sides = named.get(tok.lower_)
        if sides:
            a = an.table.state(sides[0])
            b = an.table.state(sides[1])
            return [make_fact(an, "conflict", {"sideA": a, "sideB": b}, noun, 0.6)]
    return []


def _verb(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    if is_passive(verb):
        attackers = entities(an, agents(verb), _KINDS, persons_as_states=True)
        targets = entities(an, passive_subjects(verb), _KINDS, persons_as_states=True)
        if verb.dep_ in {"acl", "amod"}:
            targets = entities(an, conj_expand(verb.head), _KINDS, persons_as_states=True)
    else:
        attackers = entities(an, subjects(verb), _KINDS, persons_as_states=True)
        objs = [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
        targets = entities(an, objs, _KINDS, persons_as_states=True)
        preps = _TARGET_PREPS | ({"with"} if verb.lemma_.lower() in _MUTUAL_VERBS else set())
        targets += entities(an, prep_objects(verb, preps), _KINDS, persons_as_states=True)
        if not targets:
            # "Chad hit targets in Libya", "struck Boko Haram positions"
            for obj in objs:
                targets += entities(
                    an,
                    prep_objects(obj, {"in", "of", "across", "inside"}),
                    _KINDS,
                    persons_as_states=True,
                )
                # "struck Boko Haram positions", but not "struck Chad-backed militias"
                targets += entities(
                    an,
                    [left for left in obj.lefts if left.dep_ in {"compound", "amod", "poss"}],
                    _KINDS,
                    persons_as_states=True,
                )
        if (
            not targets
            and len(attackers) > 1
            and verb.lemma_.lower() in {"fight", "clash", "war", "battle"}
        ):
            return _facts(an, attackers[:1], attackers[1:], verb, 0.6)
    weak = verb.lemma_.lower() in lex["weak_verbs"]
    return _facts(an, attackers, targets, verb, 0.55 if weak else 0.7)


_TRUCES = {"ceasefire", "cease-fire", "truce", "armistice"}


def _truce(an: Analysis, noun: Token) -> list[Fact]:
    """A truce is between the sides it names, never the one who brokered or announced it."""
    sides = noun_modifiers(an, noun, _KINDS, True)
    sides += entities(an, prep_objects(noun, {"between", "with"}), _KINDS, persons_as_states=True)
    verb = governing_verb(noun)
    if len(sides) < 2 and verb is not None:
        subj = entities(an, subjects(verb), _KINDS, persons_as_states=True)
        if len(subj) > 1:
            sides = subj
        elif sides and subj and verb.lemma_.lower() in {"agree", "sign", "accept", "reach"}:
            sides = subj + sides  # "Colombia agreed a truce with the ELN"
    facts = []
    for i, a in enumerate(sides):
        for b in sides[i + 1 :]:
            if a is not b:
                facts.append(make_fact(an, "conflict", {"sideA": a, "sideB": b}, noun, 0.55))
    return facts


def _noun(an: Analysis, noun: Token, lex: dict) -> list[Fact]:
    if noun.lemma_.lower() in _TRUCES or noun.lower_ in _TRUCES:
        return _truce(an, noun)
    left, right = noun_parties(an, noun, _NOUN_PREPS, _KINDS, True, lex["engage_verbs"])
    if any(c.lower_ in {"civil", "internal", "domestic"} for c in noun.children):
        return []  # a civil war has no second state
    if not right and noun.lemma_.lower() in {
        "retaliation",
        "attack",
        "strike",
        "aggression",
        "threat",
        "invasion",
    }:
        # "Iran faces retaliation from Israel": "from" names the attacker, the subject the target
        pass
    facts = _facts(an, left, right, noun, 0.6)
    if not facts and noun.lemma_.lower() in {"war", "conflict", "invasion", "fighting"}:
        facts = _named_war(an, noun, lex)
    return facts


def find(an: Analysis) -> list[Fact]:
    lex = relation_lexicon("conflict")
    facts: list[Fact] = []
    for tok in an.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" or (tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"}):
            if lemma in lex["verbs"]:
                facts.extend(_verb(an, tok, lex))
        elif tok.pos_ in {"NOUN", "PROPN"} and (
            lemma in lex["strong_nouns"] or tok.lower_ in lex["strong_nouns"]
        ):
            facts.extend(_noun(an, tok, lex))
    return facts
