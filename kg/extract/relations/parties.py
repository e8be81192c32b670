"""The two sides of a symmetric relation (alliance, conflict, meeting) around a trigger word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities import Entity
from kg.extract.relations.common import conj_expand, entities, prep_objects, subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.mentions import Analysis


def noun_modifiers(an: Analysis, noun: Token, kinds: set[str], as_states: bool) -> list[Entity]:
    """Names before a noun: "Russia's", "Russian-Iranian", "Israel-Hezbollah", "US-led"."""
    toks: list[Token] = []

    def walk(tok: Token) -> None:
        # through names, hyphens and participles ("US-led"), not through other nouns
        # ("Qatar brokers Chad-Sudan truce" misparsed as one noun phrase)
        if an.mention(tok) is None and tok.pos_ in {"NOUN"}:
            return
        toks.append(tok)
        for child in tok.children:
            if child.i < noun.i and child.dep_ not in {"det", "cc", "case"}:
                walk(child)

    for left in noun.lefts:
        if left.dep_ not in {"det", "punct", "cc", "case"}:
            walk(left)
    return entities(an, toks, kinds, persons_as_states=as_states)


def verb_subjects(an: Analysis, verb: Token, kinds: set[str], as_states: bool) -> list[Entity]:
    return entities(an, subjects(verb), kinds, persons_as_states=as_states)


_HOLD_VERBS = {"hold", "control", "occupy", "run", "use", "operate", "man", "build"}


def holders(toks: list[Token]) -> list[Token]:
    """ "positions held by the RSF", "bases used by Hezbollah": who holds the place named."""
    return [
        a
        for t in toks
        for c in t.children
        if c.dep_ == "acl" and c.lemma_.lower() in _HOLD_VERBS
        for a in prep_objects(c, {"by"})
    ]


def governing_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is, through prepositions and appositions: "signed a
    memorandum on partnership", "launched Operation X, a wave of strikes"."""
    node = noun
    for _ in range(6):
        if node.dep_ in {"dobj", "attr", "nsubjpass", "oprd"} and node.head.pos_ in {"VERB", "AUX"}:
            return node.head
        if (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and node.head.head.pos_
            in {
                "VERB",
                "AUX",
            }
        ):
            return node.head.head
        if node.dep_ in {"pobj", "prep", "appos", "conj", "compound"} and node.head.i != node.i:
            node = node.head
            continue
        return None
    return None


def noun_parties(
    an: Analysis,
    noun: Token,
    preps: set[str],
    kinds: set[str],
    as_states: bool,
    engage_verbs: set[str] | None = None,
) -> tuple[list[Entity], list[Entity]]:
    """(left side, right side) of a relation noun: modifiers and the governing verb's subject on
    the left, prepositional objects ("with Y", "between X and Y", "on Y") on the right."""
    left = noun_modifiers(an, noun, kinds, as_states)
    objs = prep_objects(noun, preps)
    right = entities(an, objs, kinds, persons_as_states=as_states)
    if not right:
        right = entities(an, holders(objs), kinds, persons_as_states=as_states)
    if not right:
        # "raids on four towns in Eritrea": the place of the object
        inner = [t for o in objs for t in prep_objects(o, {"in", "of", "inside", "across"})]
        if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
            # "a series of raids on depots in Eritrea", "in Eritrea" hung on "series"
            inner += prep_objects(noun.head.head, {"in", "on", "against", "inside"})
        right = entities(an, inner, kinds, persons_as_states=as_states)
        if not right:
            # "towns in Sudan and Sudan-held Abyei" parsed as one place named after it
            named = [c for t in inner for c in t.children if c.dep_ in {"nmod", "compound"}]
            right = entities(an, named, {"State"}, persons_as_states=as_states)
    # "relations between X and Y": both sides are in the one prepositional object
    between = prep_objects(noun, {"between", "among", "amongst"})
    if between:
        group = entities(an, between, kinds, persons_as_states=as_states)
        return group, group  # every pair of the group (symmetric facts merge)
    if len(left) > 1 and not right:
        return left, left  # "the Chad-Sudan truce": the verb's subject is a third
    for relcl in (c for c in noun.children if c.dep_ == "relcl"):
        # "the accord Paris signed with Rabat"
        subj = verb_subjects(an, relcl, kinds, as_states)
        other = entities(an, prep_objects(relcl, {"with"}), kinds, persons_as_states=as_states)
        if subj and other:
            return subj, other
    verb = governing_verb(noun)
    if verb is not None and engage_verbs is not None and verb.lemma_.lower() not in engage_verbs:
        verb = None  # "intervened in Libya's civil war": the subject is not a side
    if verb is not None:
        subj = verb_subjects(an, verb, kinds, as_states)
        if not right:
            # "Ukraine has been at war with Russia": the other side hangs on the verb
            # "waged war on Ukraine", "launched an offensive against Y"
            right = entities(
                an,
                prep_objects(verb, preps & {"with", "against", "on", "upon", "into", "at"}),
                kinds,
                persons_as_states=as_states,
            )
        if not left:
            left = subj
        elif not right and subj and not set(map(id, subj)) & set(map(id, left)):
            right = left
            left = subj
    if noun.dep_ == "nsubj" and not right:
        # "Their partnership with Y" / "the war against Y" as subject: objects of the verb
        verb = noun.head
        right = entities(an, prep_objects(verb, preps), kinds, persons_as_states=as_states)
    if not right and len(left) > 1:
        return left, left  # "Niger, Mali and Burkina Faso formed a bloc": every pair
    return left, right


def group_of(an: Analysis, toks: list[Token], kinds: set[str], as_states: bool) -> list[Entity]:
    return entities(
        an, [t for tok in toks for t in conj_expand(tok)], kinds, persons_as_states=as_states
    )
