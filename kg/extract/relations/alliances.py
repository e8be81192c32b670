"""Alliances: partnership, alliance, ties, treaties, pledged support, "stand with", "X-backed Y"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.facts import Fact
from kg.extract.lexicon import relation_lexicon
from kg.extract.modality import modality_of
from kg.extract.relations.ally_nouns import (
    AS_PREPS,
    described_ones,
    named_before,
    named_by,
    objects,
    position,
    slot_of,
    speaking_states,
)
from kg.extract.relations.common import (
    ACTORS,
    agents,
    all_pairs,
    antecedent,
    bare_forces,
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
from kg.extract.relations.parties import governing_verb, noun_parties

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.mentions import Analysis

_PREPS = {"with", "to", "between", "among", "of", "for", "and"}
_SIDE_PREPS = frozenset({"on", "by", "alongside", "behind"})  # "fought alongside Y"
_REGIMES = {"government", "regime", "administration", "rule", "forces", "army", "military"}
_MILITARY = {
    "army", "navy", "military", "forces", "force", "troops", "defences", "defenses", "base",
    "coast", "guard", "soldiers", "officers", "units", "fleet",
}  # fmt: skip


def _facts(an: Analysis, left, right, trigger: Token, confidence: float) -> list[Fact]:
    out = []
    maybe = _maybe(trigger)
    for a, b in pairs(left, right):
        fact = make_fact(an, "alliance", {"allyA": a, "allyB": b}, trigger, confidence)
        if fact.modality == "Planned" and not _scheduled(trigger):
            # "will always stand with", "agreed to deepen cooperation": a stance taken now
            fact.modality = "Asserted"
        if maybe:
            fact.modality = "Hypothetical"
        elif _failed(trigger):
            fact.modality = "Denied"
        out.append(fact)
    return out


def _failed(trigger: Token) -> bool:
    """ "failed to win Chile's backing": what the clause says did not happen."""
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            return False
        failed = relation_lexicon("alliance")["failed_verbs"]
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in failed:
            return True
        node = node.head
    return False


def _maybe(trigger: Token) -> bool:
    """ "a potential ally", "its possible accession": none yet, whatever the clause says."""
    words = relation_lexicon("alliance")["hypothetical_modifiers"]
    return any(c.dep_ == "amod" and c.lower_ in words for c in trigger.children)


_SCHEDULE = {
    "plan",
    "intend",
    "expect",
    "schedule",
    "aim",
    "hope",
    "prepare",
    "consider",
    "due",
    "set",
    "propose",
    "discuss",
    "negotiate",
}


def _scheduled(trigger: Token) -> bool:
    """ "plan to sign a pact next year" stays a plan."""
    node = trigger
    for _ in range(4):
        if node.lemma_.lower() in _SCHEDULE or any(
            c.lower_ in {"next", "upcoming", "future"} for c in node.subtree
        ):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _positive(noun: Token, lex: dict) -> bool:
    """Weak nouns ("ties", "relations") count only when the sentence says they are good."""
    near = [*noun.children, noun.head, *noun.head.children]
    if any(
        t.lemma_.lower() in lex["weak_negative"] or t.lower_ in lex["weak_negative"]
        for t in [*near, *(c for t in near for c in t.children)]
    ):
        return False  # "ties have grown tense"
    return any(
        t.lemma_.lower() in lex["weak_positive"] or t.lower_ in lex["weak_positive"] for t in near
    )


def _alliance_noun(tok: Token, lex: dict) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (
        tok.lemma_.lower() in lex["nouns"] or tok.lower_ in lex["nouns"]
    )


def _strong(noun: Token, lex: dict) -> bool:
    """ "pact", "alliance"; or a weak noun made strong by what kind it is: "a security
    agreement", "defence cooperation agreement", "strategic relationship"."""
    if noun.lemma_.lower() in lex["strong_nouns"] or noun.lower_ in lex["strong_nouns"]:
        return True
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    mods += [g for c in mods for g in c.children if g.dep_ in {"compound", "amod"}]
    return any(m.lower_ in lex["strong_modifiers"] for m in mods)


def _strongly_modified(noun: Token, lex: dict) -> bool:
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    mods += [g for c in mods for g in c.children if g.dep_ in {"conj", "compound", "amod"}]
    # "strategic and economic", "defence and trade"; not "economic partnership agreement"
    kinds = lex["strong_modifiers"] - lex["nouns"]
    return any(m.lower_ in kinds for m in mods)


def _valued_by(an: Analysis, noun: Token) -> list:
    """ "Relations with X are a priority for Y": the one they matter to is the other side."""
    if noun.dep_ != "nsubj":
        return []
    preds = [c for c in noun.head.children if c.dep_ in {"attr", "acomp"}]
    return entities(an, [t for p in preds for t in prep_objects(p, {"for", "to"})], ACTORS, True)


def _acting_under(an: Analysis, noun: Token) -> list:
    """ "Egypt deployed troops under a defence pact with Y", "sent troops as part of its pact
    with Y": whoever acts under the pact is its other side."""
    if noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "as part of"
    if prep.dep_ != "prep" or prep.lower_ not in {"under", "as"}:
        return []
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    return entities(an, subjects(verb), ACTORS, persons_as_states=True)


def _listed_after(an: Analysis, tok: Token) -> list:
    """The names listed right after a word, "allies Japan and Australia", "allies, the US and
    Britain,": read off the text, since the parser often hangs such lists elsewhere."""
    doc = an.doc
    sent_end = an.sent(tok).end
    i = tok.i + 1
    found = []
    while i < sent_end:
        word = doc[i]
        if word.lower_ in {",", "the", "and"} or (word.lower_ == "as" and found):
            i += 1
            continue
        mention = an.mention(word)
        if mention is None:
            break
        ent = entities(an, [word], ACTORS, persons_as_states=True)
        found += [e for e in ent if e not in found]
        i = max(mention.end, i + 1)
    return found


def _backed_by(an: Analysis, noun: Token) -> list:
    """ "Canberra, backed by a mutual defence treaty with Washington": the one it backs."""
    agent = noun.head
    verb = agent.head
    if noun.dep_ != "pobj" or agent.dep_ != "agent" or verb.dep_ not in {"acl", "amod"}:
        return []
    return entities(an, [verb.head], ACTORS, persons_as_states=True)


def _military_kind(noun: Token, lex: dict) -> bool:
    """ "trading partner", "economic partner" are no allies; "strategic partner" is."""
    mods = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    mods += [g for c in mods for g in c.children if g.dep_ in {"amod", "compound"}]
    return not any(m.lower_ in lex["not_ally_modifiers"] for m in mods)


def _one_of(noun: Token) -> bool:
    prep = noun.head
    if prep.lower_ == "among":
        return prep.dep_ == "prep" and prep.head.lemma_.lower() in {"be", "remain", "rank"}
    return (
        prep.lower_ == "of"
        and prep.head.lower_ == "one"
        and prep.head.dep_ in {"attr", "oprd"}
        and prep.head.head.pos_ in {"AUX", "VERB"}
    )


def _candidates(an: Analysis) -> list[Token]:
    """The tokens `find` acts on: trigger words, names (founders of a named pact) and the
    heads of "on", "by", "alongside" and "behind" (`_side_by_side`)."""
    words = trigger_words(
        "alliance",
        "nouns",
        "ally_nouns",
        "member_nouns",
        "joining_nouns",
        "noun_pronouns",
        "rescue_nouns",
        "support_nouns",
        "verbs",
        "adjectives",
    )
    found = {tok.i for tok in an.tokens_with(words)}
    found.update(an.by_token)
    found.update(tok.head.i for tok in an.tokens_with(_SIDE_PREPS))
    return [an.doc[i] for i in sorted(found)]


def find(an: Analysis) -> list[Fact]:
    lex = relation_lexicon("alliance")
    facts: list[Fact] = []
    for tok in _candidates(an):
        lemma = tok.lemma_.lower()
        low = tok.lower_
        named = an.mention(tok) is not None  # "the Regional Security Cooperation" is a name
        if named and tok.pos_ == "PROPN":
            facts.extend(_founders(an, tok, lex))
            continue
        if tok.pos_ in {"NOUN", "PROPN"} and (lemma in lex["nouns"] or low in lex["nouns"]):
            if tok.dep_ == "compound" and _alliance_noun(tok.head, lex):
                continue  # "a cooperation agreement": the head noun has the parties
            strong = _strong(tok, lex)
            if not strong and not _positive(tok, lex):
                continue
            if not _military_kind(tok, lex) and not _strongly_modified(tok, lex):
                continue  # "economic cooperation", "a trade partnership"
            ender = governing_verb(tok)
            if ender is not None and ender.lemma_.lower() in lex["end_verbs"]:
                continue  # "Niger ended its military cooperation with France"
            left, right = noun_parties(an, tok, _PREPS, ACTORS, True, lex["engage_verbs"])
            former = governing_verb(tok)
            if left == right and strong and former is not None:
                # "Mali, Burkina Faso and Niger formed a confederation": the whole subject list,
                # however the parser hung it; "the leaders of A, B and C signed a treaty"
                engaged = left or former.lemma_.lower() in lex["engage_verbs"]
                group = _subject_group(an, former) if engaged else []
                if len(group) > len(left):
                    left, right = group, group
            if (
                strong
                and (left == right or not right)
                and former is not None
                and (former.lemma_.lower() in lex["raise_verbs"] | lex["regard_verbs"])
            ):
                # "Greece lifted relations with Cyprus to a strategic partnership", "Serbia's
                # ties with Hungary were raised to ..."
                ties = [
                    o for o in children(former, {"dobj", "nsubjpass"}) if _alliance_noun(o, lex)
                ]
                sides = [t for o in ties for t in prep_objects(o, {"with"}) + children(o, {"poss"})]
                group = left + [e for e in entities(an, sides, ACTORS, True) if e not in left]
                if len(group) > 1 and not right:
                    left, right = group[:1], group[1:]
            several = any(c.lower_ in lex["group_modifiers"] for c in tok.children)
            if strong and former is not None and former.lemma_.lower() in lex["treaty_verbs"]:
                # "Ghana and Togo, along with Benin, signed a pact": co-signers
                along = [e for e in _companions(an, former, bare_with=False) if e not in left]
                if along and left:
                    left = right = left + along
            if (
                strong
                and former is not None
                and (former.lemma_.lower() in lex["found_verbs"] or several)
            ):
                # "With A and B it formed a pact", "Along with A, X founded a bloc": one bloc,
                # so every founder is every other's ally
                group = left + [e for e in right + _companions(an, former) if e not in left]
                if len(group) > 2 and left != right:
                    left, right = group, group
            if right and not left:
                left = _valued_by(an, tok) or _backed_by(an, tok) or _acting_under(an, tok)
            if strong and left and not right:
                right = [e for e in _purpose_partner(an, tok, lex) if e not in left]
            if strong and left and not right:
                # "Jordan is part of the US-led coalition": the member and its leader
                right = [e for e in _part_of(an, tok, lex) if e not in left]
            if strong and not right:
                # "Poland joined the coalition led by the United States": its leader
                leader = _led_by(an, tok, lex)
                left = left or [e for e in _part_of(an, tok, lex) if e not in leader]
                right = [e for e in leader if e not in left] if left else right
            group = []
            if strong and not (left and right):
                # "the alliance of Mali, Niger and Chad": every pair of the members
                group = entities(an, prep_objects(tok, {"of", "between"}), ACTORS, True)
                # "a pact signed by X and Y", "the treaty commits X and Y to ..."
                group = group if len(group) > 1 else _bound_parties(an, tok, lex)
                if left and len(group) > 1:
                    # "Benin joined the alliance formed by Ghana and Togo": all of them
                    group = left + [e for e in group if e not in left]
                if len(group) == 2:
                    left, right, group = group[:1], group[1:], []
            if len(group) > 2:
                for i, a in enumerate(group):
                    facts.extend(_facts(an, [a], group[i + 1 :], tok, 0.6))
            else:
                facts.extend(_facts(an, left, right, tok, 0.7 if strong else 0.55))
        elif (
            tok.pos_ in {"NOUN", "PROPN"} and low in lex["ally_nouns"] and _military_kind(tok, lex)
        ):
            # "Y's closest ally X", "X, an ally of Y", "X is Y's ally"; "Y, whose ally is X"
            owners = entities(
                an,
                [antecedent(c) for c in tok.children if c.dep_ in {"poss", "compound"}],
                ACTORS,
                persons_as_states=True,
            )
            of_objs = prep_objects(tok, {"of", "to", "for"})
            # "the pillar of Y's rule", "a backer of Y's government": whose rule
            of_objs += [
                c for o in of_objs if o.lemma_.lower() in _REGIMES for c in children(o, {"poss"})
            ]
            owners += entities(an, of_objs, ACTORS, persons_as_states=True)
            members = []
            for poss in [c for c in tok.children if c.dep_ == "poss"]:
                # "makes Japan Washington's oldest ally", parsed with Japan inside the possessive
                members += entities(
                    an, children(poss, {"compound"}), ACTORS, persons_as_states=True
                )
            if tok.dep_ == "appos":
                head = tok.head
                while tok.lower_ != low.rstrip("s") and head.dep_ == "conj":
                    head = head.head  # "X and Y, Israel's allies,": the whole list
                members = entities(an, conj_expand(head), ACTORS, persons_as_states=True)
                members = members or named_by(an, head)
            # "Y's allies, among them A and B,": every name of the apposition
            named = [t for a in children(tok, {"appos"}) for t in conj_expand(a)]
            members += entities(an, named, ACTORS, persons_as_states=True)
            # "Iran's allies in the region, including Hezbollah and the Houthis"
            members += entities(an, prep_objects(tok, {"including"}), ACTORS, True)
            if tok.dep_ == "attr":
                members += entities(an, subjects(tok.head), ACTORS, persons_as_states=True)
                said = tok.head.head
                if (
                    not owners
                    and tok.head.dep_ == "ccomp"
                    and (said.lemma_.lower() in relation_lexicon("statement")["verbs"])
                ):
                    # "Ghana's defence ministry said Togo was a key partner": the speaker's
                    owners = [
                        e for e in speaking_states(an, subjects(said), lex) if e not in members
                    ]
                if not owners:
                    # "For Peru, Chile is the most reliable partner"
                    owners = entities(an, prep_objects(tok.head, {"for"}), ACTORS, True)
                    owners = [e for e in owners if e not in members]
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex["regard_verbs"]:
                # "Greece considers Cyprus its most important partner", parsed as a clause
                members += entities(an, children(tok, {"nsubj"}), ACTORS, True)
                speakers = speaking_states(an, subjects(tok.head), lex)
                owners = [e for e in owners or speakers if e not in members] or speakers
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex["naming_verbs"]:
                # "Y's main ally is X", "Y, whose allies include A and B"
                named = children(tok.head, {"attr", "dobj"})
                members += entities(an, [t for n in named for t in conj_expand(n)], ACTORS, True)
            if tok.dep_ == "pobj" and _one_of(tok):
                # "X has been one of Y's staunchest backers", "X is among Y's closest allies"
                verb = tok.head.head if tok.head.lower_ == "among" else tok.head.head.head
                members += entities(an, subjects(verb), ACTORS, persons_as_states=True)
            if owners:
                # "X, one of Y's backers,", "X is seen as Y's partner"
                members += [e for e in described_ones(an, tok) if e not in members]
            elif people := entities(an, children(tok, {"poss"}), {"Person"}, True):
                # "Hale is seen as Roy's closest partner": two people, neither a known
                # leader who would stand for a state
                members = described_ones(an, tok, ACTORS | {"Person"})
                owners = people if members else owners
            place = position(tok)
            if place.dep_ == "pobj" and place.head.lower_ == "as" and not owners:
                # "Moscow counts Minsk as its closest ally", "described Y as a nation and ally"
                verb = place.head.head
                objs = entities(an, objects(verb), ACTORS, persons_as_states=True)
                speakers = speaking_states(an, subjects(verb), lex)
                regard = verb.lemma_.lower() in lex["regard_verbs"]  # "described Y as a partner"
                if not objs and regard and is_passive(verb):
                    # "Fiji is described by Japan as an ally", "Y, regarded in Lima as ..."
                    regarded = passive_subjects(verb) or ([verb.head] if verb.dep_ == "acl" else [])
                    objs = entities(an, regarded, ACTORS, persons_as_states=True)
                    by = agents(verb) + prep_objects(verb, {"in"})
                    speakers = [e for e in speaking_states(an, by, lex) if e not in objs]
                if objs and (any(c.lower_ in _OWN for c in tok.children) or regard):
                    facts.extend(_facts(an, objs, speakers, tok, 0.6))
            # "counts Y as its ally", "counts Y among its allies"
            as_verb = (
                place.head.head if place.dep_ == "pobj" and place.head.lower_ in AS_PREPS else None
            )
            own = any(c.dep_ == "poss" and c.lower_ in _OWN for c in tok.children)
            if as_verb is not None and own and children(as_verb, {"dobj"}):
                # "Moscow counts Minsk as its closest ally": the object is the ally
                members += entities(an, objects(as_verb), ACTORS, True)
            elif as_verb is not None and owners and not children(as_verb, {"dobj"}):
                # "X has emerged as a key military partner of Y", "X serves as Y's ally"
                members += entities(an, subjects(as_verb), ACTORS, persons_as_states=True)
            if tok.dep_ == "pobj" and tok.head.lower_ == "as":
                # "Beijing and Islamabad describe themselves as allies"
                group = entities(an, subjects(tok.head.head), ACTORS, persons_as_states=True)
                if len(group) > 1 and not owners:
                    facts.extend(_facts(an, group, group, tok, 0.6))
            if place.dep_ == "oprd":
                # "which makes Portugal London's oldest ally", "called Y a brother and an ally"
                members += entities(an, objects(place.head), ACTORS, persons_as_states=True)
                if not owners and place.head.lemma_.lower() in lex["regard_verbs"]:
                    # "Senegal's foreign ministry called Gambia a brotherly ally"
                    speakers = speaking_states(an, subjects(place.head), lex)
                    owners = [e for e in speakers if e not in members]
            named_as = [c for c in objects(tok.head) if c.i < tok.i]
            if tok.dep_ == "dobj" and named_as and not owners:
                # "Washington designated Kenya a major non-NATO ally": two objects; "Fiji,
                # which X considers a partner"
                members += entities(an, named_as, ACTORS, persons_as_states=True)
                owners = speaking_states(an, subjects(tok.head), lex)
            if tok.dep_ in {"compound", "nmod"}:
                # "its Palestinian ally Hamas", "allies France and Germany"
                members += entities(an, conj_expand(tok.head), ACTORS, persons_as_states=True)
                owners += entities(
                    an,
                    [c for c in tok.head.children if c.dep_ == "poss"],
                    ACTORS,
                    persons_as_states=True,
                )
            if tok.dep_ not in {"attr", "oprd", "appos"}:
                # "Russia's ally Belarus", "Israel's allies, the US and Britain,"
                members += [e for e in _listed_after(an, tok) if e not in members]
            if own and tok.dep_ in {"appos", "oprd", "pobj"} and all(o in members for o in owners):
                # "Serbia refused to join sanctions against Russia, its traditional ally", "X
                # called Y \"our closest ally\"": "its"/"our" is the clause's subject
                owners = [e for e in _clause_subjects(an, tok) if e not in members]
            if not members and owners:
                members = named_before(an, tok)
            members = [e for e in members if e not in owners]
            blocs = relation_lexicon("alliance")["alliance_blocs"]
            if len(members) > 1 and any(o.label in blocs for o in owners):
                # "NATO allies Poland and Lithuania": allies of each other too
                facts.extend(_facts(an, members[:1], members[1:], tok, 0.6))
            if not owners and tok.lower_ in {"allies", "partners"} and len(members) > 1:
                facts.extend(_facts(an, members[:1], members[1:], tok, 0.6))
            described = _facts(an, members, owners, tok, 0.65)
            # "sanctions against Russia, its traditional ally", "urged its allies, Japan and
            # Korea, to talk": a description holds whatever the clause around it wants or
            # refuses; "to become Y's ally" predicates it and keeps the clause's modality
            pred = slot_of(place)  # "one of Y's allies" stands where the noun would
            possessed = any(c.dep_ == "poss" for c in tok.children) and not (
                pred.dep_ in {"attr", "oprd"}
                or pred.head.lower_ in AS_PREPS  # "become one of / is among Y's allies"
                or (pred.lower_ == "among" and pred.head.pos_ in {"AUX", "VERB"})
            )
            if (tok.dep_ == "appos" or possessed) and not any(
                c.dep_ == "neg" or c.lower_ in lex["not_yet_modifiers"] for c in tok.children
            ):
                for fact in described:
                    fact.modality = "Asserted"
            regarded = (tok.dep_ == "dobj" and named_as) or tok.dep_ == "ccomp"
            if (place.dep_ == "oprd" or regarded) and not _maybe(tok):
                # "X might call Y its partner": the verb's modality; "X considers Y a partner"
                # is no wish, as "X considers a pact" is
                mood = modality_of(tok.head, an.sent(tok))[0]
                for fact in described:
                    fact.modality = mood
            facts.extend(described)
        elif tok.pos_ == "NOUN" and lemma in lex["member_nouns"]:
            facts.extend(_membership(an, tok))
        elif tok.pos_ == "NOUN" and lemma in lex["joining_nouns"]:
            facts.extend(_joined(an, tok, lex))
        elif low in lex["noun_pronouns"] and children(tok, {"relcl"}):
            facts.extend(_kept_with(an, tok, lex))
        elif tok.pos_ == "NOUN" and _came_to(tok, lex):
            # "Chile came to Peru's aid"
            came = tok.head.head
            helped = entities(an, children(tok, {"poss"}), ACTORS, persons_as_states=True)
            facts.extend(_facts(an, entities(an, subjects(came), ACTORS, True), helped, came, 0.6))
        elif tok.pos_ == "NOUN" and lemma in lex["support_nouns"]:
            facts.extend(_facts(an, *_support_sides(an, tok, lex), tok, 0.55))
        elif tok.pos_ in {"VERB", "ADJ"} and lemma in lex["verbs"] | lex["adjectives"]:
            facts.extend(_verb(an, tok, lex))
        if tok.pos_ == "VERB":
            facts.extend(_side_by_side(an, tok, lex))
    return facts


def _came_to(noun: Token, lex: dict) -> bool:
    """ "came/rushed to Y's aid", "came to Y's defence"."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in lex["rescue_nouns"]
        and prep.lower_ == "to"
        and prep.head.lemma_.lower() in lex["come_verbs"]
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _support_sides(an: Analysis, noun: Token, lex: dict) -> tuple[list, list]:
    """(backers, backed) of a support noun: "Cuba's support for Venezuela", "Chile's backing of
    Peru", "the support of Chile" (as a source), "Peru counts on Chile's support", "With the
    backing of Chile, Peru ...", "Chile provided backing to Peru"."""
    own = [c for c in noun.children if c.dep_ in {"poss", "amod"}]
    backers = entities(an, own, ACTORS, persons_as_states=True)
    for_toks = prep_objects(noun, {"for", "to"})
    backed = entities(an, for_toks + _regime_owners(for_toks), ACTORS, True)
    if backers and not backed:
        backed = entities(an, prep_objects(noun, {"of"}), ACTORS, True)  # "Chile's backing of Y"
    if not backers and noun.dep_ == "nsubjpass":
        # "Support for Ukraine was expressed by Poland"
        backers = entities(an, agents(noun.head), ACTORS, persons_as_states=True)
    backing = noun.lemma_.lower() in lex["backing_nouns"]  # not "with help from the UN"
    if not backers and backing:
        backers = entities(an, prep_objects(noun, {"of", "from"}), ACTORS, True)
    verb = governing_verb(noun)
    if verb is not None and verb.lemma_.lower() in lex["end_verbs"]:
        return [], []  # "Chile withdrew its support for Peru"
    if verb is None or backed:
        return backers, backed
    lemma = verb.lemma_.lower()
    if (
        backers
        and backing
        and (lemma in lex["receive_verbs"] or (noun.dep_ == "pobj" and noun.head.lower_ == "with"))
    ):
        # "Peru counts on Chile's support", "With the backing of Chile, Peru rejected ..."
        backed = [e for e in entities(an, subjects(verb), ACTORS, True) if e not in backers]
    elif not backers and lemma in lex["pledge_verbs"] and noun.dep_ == "dobj":
        # "Chile has provided diplomatic backing to Peru"
        backers = entities(an, subjects(verb), ACTORS, persons_as_states=True)
        given = prep_objects(verb, {"to", "for"}) + children(verb, {"dative"})
        backed = entities(an, given, ACTORS, persons_as_states=True)
    return backers, backed


def _defends(verb: Token, lex: dict) -> bool:
    """ "defend", "shoot down", "take down", "train and guard": military help."""
    lemma = verb.lemma_.lower()
    if lemma in {"take", "bring", "knock"}:
        return any(c.dep_ == "prt" and c.lower_ in {"down", "out"} for c in verb.children)
    return lemma in lex["defence_verbs"] or any(
        c.dep_ == "conj" and _defends(c, lex) for c in verb.children
    )


def _helped_defend(an: Analysis, verb: Token, subj: list, lex: dict) -> list[Fact]:
    """ "The US helped Saudi Arabia shoot down the missiles", "France helped Cyprus intercept ...":
    military help is an alliance; "helped Pakistan build a port" is not."""
    comps = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and _defends(c, lex)]
    if not comps:
        return []
    helped = children(verb, {"dobj"}) + [s for c in comps for s in children(c, {"nsubj"})]
    civil_too = {"build", "train", "equip", "arm", "modernise", "modernize", "secure", "patrol"}
    if any(c.lemma_.lower() in civil_too for c in comps) and not any(
        c.lemma_.lower() in {"defend", "protect"} for c in comps
    ):
        # "helped build a port": only a military object makes building military help
        objs = [o for c in comps for o in children(c, {"dobj"})]
        if not any(o.lemma_.lower() in _MILITARY for o in objs):
            return []
    # "helps arm Nairobi's forces": whose forces
    helped += [
        p
        for c in comps
        for o in children(c, {"dobj"})
        if o.lemma_.lower() in _MILITARY
        for p in children(o, {"poss"})
    ]
    others = entities(an, helped, ACTORS, persons_as_states=True)
    return _facts(an, subj, others, verb, 0.55)


def _purpose_partner(an: Analysis, noun: Token, lex: dict) -> list:
    """ "agreed a security deal to help train and expand Ghana's navy": the one helped."""
    verb = governing_verb(noun)
    clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    if verb is not None:
        clauses += [c for c in verb.children if c.dep_ in {"advcl", "xcomp"}]
    targets: list[Token] = []
    for clause in clauses:
        for node in [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "ccomp"})]:
            for v in conj_expand(node):
                if _defends(v, lex) or v.lemma_.lower() in lex["help_verbs"]:
                    targets += children(v, {"dobj"})
    toks = [t for o in targets for t in [o, *children(o, {"poss"})]]
    return entities(an, toks, ACTORS, persons_as_states=True)


def _listed_before(an: Analysis, tok: Token) -> list:
    """The names listed right before a word ("A, B and C formed"), read off the text."""
    found: list = []
    i = tok.i - 1
    start = an.sent(tok).start
    while i >= start:
        word = an.doc[i]
        mention = an.mention(word)
        if mention is not None:
            found += [e for e in entities(an, [word], ACTORS, True) if e not in found]
            i = mention.start - 1
        elif word.lower_ in {",", "and"}:
            i -= 1
        else:
            break
    return found[::-1]


def _founders(an: Analysis, tok: Token, lex: dict) -> list[Fact]:
    """ "Peru, Chile and Bolivia formed the Andean Defence League", "X and Y signed the Mutual
    Defence Agreement": the founders are allies, every pair of them; a name without an
    alliance word ("... Security Cooperation") is not."""
    mention = an.mention(tok)
    if mention is None or (tok.i != mention.end - 1 and tok.lower_ != "alliance"):
        return []  # the name's head word: "Alliance of ...", "... Defence Agreement"
    words = {t.lower_ for t in an.doc[mention.start : mention.end]}
    words |= {t.lower_ for t in tok.subtree if t.i < tok.i}  # the name may be cut short
    if tok.lower_ != "alliance" and not words & set(lex["strong_modifiers"]):
        return []  # "the Paris Agreement", "the Oslo Accords": no defence pact
    if tok.lower_ in {"cooperation", "co-operation"}:
        return []
    verb = governing_verb(tok)
    if verb is None or verb.lemma_.lower() not in lex["found_verbs"] | lex["treaty_verbs"]:
        return []
    group = _subject_group(an, verb)
    group += [e for e in _companions(an, verb) if e not in group]  # "With A and B it formed"
    if len(group) < 2:
        group = _listed_before(an, verb)  # "In 2023 A, B and C formed", misparsed
    return [f for a, b in all_pairs(group) for f in _facts(an, [a], [b], tok, 0.6)]


def _subject_group(an: Analysis, verb: Token) -> list:
    """Everyone a verb's subject names: the whole list, however the parser hung it ("A, B and
    C, which ..."), and the states whose leaders or envoys it names ("the leaders of A, B and
    C", "the heads of state of A, B and C")."""
    subj = subjects(verb)
    # the whole subject phrase: the parser often hangs such lists as appositions
    group = entities(an, [t for s in subj for t in _list_tokens(s)], ACTORS, True)
    represented = entities(an, [t for s in subj for t in _represented(s)], {"State"})
    return represented if len(represented) > len(group) else group


def _companions(an: Analysis, verb: Token, bare_with: bool = True) -> list:
    """Who does it together with the subject: "with A and B" (unless not `bare_with`: "signed
    a pact with Y" names the other side), "together/along with A", "alongside A", on the verb
    or on the subject ("Uganda, with Kenya and Rwanda, formed")."""
    subj = subjects(verb)
    toks = [t for h in [verb, *subj] for t in prep_objects(h, {"alongside"})]
    toks += [t for h in ([*subj, verb] if bare_with else subj) for t in prep_objects(h, {"with"})]
    toks += [
        t
        for h in [verb, *subj]
        for p in children(h, {"prep"})
        if p.lower_ == "along"
        for t in prep_objects(p, {"with"})
    ]
    toks += [
        t
        for p in children(verb, {"prep"})
        if p.lower_ == "with" and any(c.lower_ == "together" for c in p.children)
        for t in prep_objects(verb, {"with"})
    ]
    joined = verb.head.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and joined.lemma_.lower() == "join":
        toks += [
            t for o in children(joined, {"dobj"}) for t in conj_expand(o)
        ]  # "joined A in forming"
    return entities(an, toks, ACTORS, persons_as_states=True)


def _represented(tok: Token) -> list[Token]:
    """The states "the leaders of A, B and C" or "the heads of state of A and B" name."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in relation_lexicon("alliance")["envoy_nouns"]:
        return []
    objs = prep_objects(tok, {"of", "from"})
    # "heads of state of", "heads of government of"
    return [t for o in objs for t in (prep_objects(o, {"of"}) if o.pos_ == "NOUN" else [o])]


def _regime_owners(toks: list[Token]) -> list[Token]:
    """ "the new government in Damascus", "the Syrian government": whose government it is."""
    return [
        c
        for t in toks
        if t.lemma_.lower() in _REGIMES
        for c in [
            *children(t, {"poss", "amod", "compound"}),
            *prep_objects(t, {"of", "in"}),
        ]
    ]


def _list_tokens(tok: Token) -> list[Token]:
    """A subject phrase without its clauses: "Mali, Burkina Faso and Niger, which all expelled
    French troops," is the three states, not France."""
    out = [tok]
    for child in tok.children:
        if child.dep_ not in {"relcl", "acl", "advcl", "prep"}:
            out += _list_tokens(child)
    return out


def _bound_parties(an: Analysis, noun: Token, lex: dict) -> list:
    """Parties a pact names outside its noun phrase: "a security pact signed by X and Y", "the
    treaty commits X and Y to mutual assistance"."""
    toks = [
        a
        for acl in children(noun, {"acl"})
        if acl.lemma_.lower() in lex["treaty_verbs"] | lex["found_verbs"]
        for a in agents(acl)
    ]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lex["commit_verbs"]:
        toks += [t for o in children(noun.head, {"dobj"}) for t in conj_expand(o)]
    for acl in children(noun, {"acl"}):
        if acl.lemma_.lower() in lex["commit_verbs"] and acl.tag_ == "VBG":
            # "the treaty binding A, B and C to mutual defence"
            toks += [t for o in children(acl, {"dobj"}) for t in conj_expand(o)]
    bound = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else None
    if bound is not None and bound.lemma_.lower() in lex["commit_verbs"] and is_passive(bound):
        # "X and Y are bound by a mutual defence treaty"
        toks += passive_subjects(bound)
    return entities(an, toks, ACTORS, persons_as_states=True)


def _membership(an: Analysis, noun: Token) -> list[Fact]:
    """ "Estonia, a member of NATO", "Poland is a NATO member": a member of an alliance."""
    blocs = entities(an, prep_objects(noun, {"of"}), {"Organization"})
    # "a NATO member", "NATO's newest member"
    blocs += entities(an, children(noun, {"compound", "poss"}), {"Organization"})
    blocs = [b for b in blocs if _is_bloc(b)]
    if noun.dep_ in {"attr", "oprd"}:
        members = entities(an, subjects(noun.head), {"State"}, persons_as_states=True)
    elif noun.dep_ == "appos":
        # "Finland and Sweden, both members of NATO": each, and so allies of each other
        members = entities(an, conj_expand(noun.head), {"State"}, persons_as_states=True)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.pos_ == "AUX":
        # "Albania is among NATO's newest members"
        members = entities(an, subjects(noun.head.head), {"State"}, persons_as_states=True)
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        # "NATO admitted Montenegro as its 29th member"
        verb = noun.head.head
        members = entities(an, objects(verb), {"State"}, persons_as_states=True)
        blocs = blocs or entities(an, subjects(verb), {"Organization"})
        blocs = [b for b in blocs if b.label in relation_lexicon("alliance")["alliance_blocs"]]
    else:
        return []
    if blocs and noun.dep_ in {"attr", "oprd"}:
        # "Chile is a member of the X Pact along with Peru and Bolivia"
        along = [p for p in children(noun, {"prep"}) + children(noun.head, {"prep"})]
        toks = [t for p in along if p.lower_ == "along" for t in prep_objects(p, {"with"})]
        members += [e for e in entities(an, toks, {"State"}, True) if e not in members]
    facts = _facts(an, members, blocs, noun, 0.6)
    if blocs and len(members) > 1:
        facts += [
            f for i, a in enumerate(members) for f in _facts(an, [a], members[i + 1 :], noun, 0.55)
        ]
    return facts


def _is_bloc(org) -> bool:
    """An organization whose membership is an alliance: one of `alliance_blocs`, or a pact by
    its name ("the Gulf of Guinea Security Pact", "the Andean Defence League")."""
    lex = relation_lexicon("alliance")
    words = org.label.lower().split()
    if org.label in lex["alliance_blocs"] or "alliance" in words:
        return True
    return words[-1] in lex["strong_nouns"] and bool(set(words) & lex["strong_modifiers"])


def _kept_with(an: Analysis, pron: Token, lex: dict) -> list[Fact]:
    """ "X has two alliances, besides those it keeps with A and B": "those" stands for the
    alliance noun before it."""
    start = an.sent(pron).start
    if not any(_alliance_noun(t, lex) and _strong(t, lex) for t in an.doc[start : pron.i]):
        return []
    facts = []
    for clause in children(pron, {"relcl"}):
        if clause.lemma_.lower() not in lex["engage_verbs"]:
            continue
        subj = entities(an, subjects(clause), ACTORS, persons_as_states=True)
        others = entities(an, prep_objects(clause, {"with"}), ACTORS, persons_as_states=True)
        facts += _facts(an, subj, others, clause, 0.55)
    return facts


def _joined(an: Analysis, noun: Token, lex: dict) -> list[Fact]:
    """ "Chile's accession to NATO", "the accession of Albania to NATO", "Croatia's NATO
    membership": a state that is in an alliance bloc; "Georgia's bid for NATO membership",
    "Turkey blocked Sweden's accession" are not."""
    if noun.dep_ == "compound" or (
        noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in lex["pending_nouns"]
    ):
        return []  # "a membership bid", "its bid for membership"
    verb = governing_verb(noun)
    if verb is not None and verb.lemma_.lower() in lex["aspire_verbs"] | lex["block_verbs"]:
        return []  # "Georgia seeks membership of NATO", "Turkey blocked Sweden's accession"
    members = entities(an, children(noun, {"poss"}), {"State"}, persons_as_states=True)
    members = members or entities(an, prep_objects(noun, {"of"}), {"State"}, True)
    objs = prep_objects(noun, {"of", "in", "to", "into"})
    # "accession to NATO angered X", misparsed with NATO inside the next name
    objs += [c for o in objs for c in children(o, {"compound"})]
    blocs = entities(an, objs + children(noun, {"compound"}), {"Organization"})
    if not blocs:
        # "Chile's membership will make NATO stronger", "With Finland's membership, NATO
        # doubled ...": the one bloc the sentence names
        sent = an.sent(noun)
        blocs = entities(an, [t for t in sent if an.mention(t) is not None], {"Organization"})
        blocs = [b for b in blocs if b.label in lex["alliance_blocs"]]
        blocs = blocs if len(blocs) == 1 else []
    blocs = [b for b in blocs if b.label in lex["alliance_blocs"]]
    return _facts(an, members, blocs[:1], noun, 0.6)


_OWN = {"its", "their", "our", "my"}


def _clause_subjects(an: Analysis, tok: Token) -> list:
    """The subject of the clause a noun stands in: whose "its" is."""
    node = tok
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"} and subjects(node):
            return entities(an, subjects(node), ACTORS, persons_as_states=True)
        if node.head.i == node.i:
            return []
        node = node.head
    return []


def _led_by(an: Analysis, noun: Token, lex: dict) -> list:
    """ "the coalition led by X", "a bloc headed by X": the one leading it."""
    leads = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in lex["lead_verbs"]]
    return entities(an, [a for c in leads for a in agents(c)], ACTORS, persons_as_states=True)


def _part_of(an: Analysis, noun: Token, lex: dict) -> list:
    """ "X is part/a member of the N": X."""
    prep = noun.head
    part = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or part.lemma_.lower() not in lex["part_nouns"]:
        return []
    if part.dep_ in {"attr", "oprd"}:
        return entities(an, subjects(part.head), ACTORS, persons_as_states=True)
    if part.dep_ == "appos":
        return entities(an, [part.head], ACTORS, persons_as_states=True)
    return []


def _only_sought(verb: Token, lex: dict) -> bool:
    """ "applied/sought/wants to join": the membership is not (yet) there."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "advcl", "acl"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in lex["aspire_verbs"]:
            return True
    return False


def _side_by_side(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    """ "fought on Okafor's side", "fought alongside Y", "lined up firmly behind Niger"."""
    others = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ in {"on", "by"}:
            for pobj in objs:
                if pobj.lemma_.lower() == "side":
                    others += entities(
                        an,
                        [c for c in pobj.children if c.dep_ == "poss"],
                        ACTORS,
                        persons_as_states=True,
                    )
        elif prep.lower_ == "alongside" or (
            prep.lower_ == "behind" and verb.lemma_.lower() in lex["behind_verbs"]
        ):
            others += entities(an, objs, ACTORS, persons_as_states=True)
    if not others:  # most verbs: the subjects are not worth finding
        return []
    subj = entities(an, subjects(verb), ACTORS, persons_as_states=True)
    return _facts(an, subj, others, verb, 0.6)


def _each_other(an: Analysis, verb: Token, subj: list, lex: dict) -> list[Fact]:
    """ "X and Y pledged to defend each other", "... to come to one another's aid"."""
    objs = children(verb, {"dobj"}) + prep_objects(verb, {"to", "with"})
    if len(subj) < 2 or not any(o.lower_ == "other" for o in objs):
        return []
    if verb.lemma_.lower() not in lex["mutual_verbs"]:
        return []
    return [f for a, b in all_pairs(subj) for f in _facts(an, [a], [b], verb, 0.6)]


def _predicated(an: Analysis, verb: Token) -> list:
    """ "Chile is the latest country to pledge Y its support", "Chile is one of the few states
    that back Y": the noun the verb's clause hangs on is predicated of the subject."""
    if verb.dep_ not in {"acl", "relcl"}:
        return []
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.dep_ not in {"attr", "oprd"}:
        return []
    return entities(an, subjects(noun.head), ACTORS, persons_as_states=True)


def _verb(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    lemma = verb.lemma_.lower()
    subj = entities(an, subjects(verb), ACTORS, persons_as_states=True)
    subj = subj or _predicated(an, verb)
    mutual = _each_other(an, verb, subj, lex)
    if mutual:
        return mutual
    if not subj and lemma in {"ally", "align", "allied", "aligned"}:
        # "Syria is allied with Iran"; "Serbia remains aligned with Russia" (subject on "remains")
        toks = [antecedent(t) for t in passive_subjects(verb)] + [
            t for a in verb.children if a.dep_ in {"auxpass", "aux"} for t in children(a, {"nsubj"})
        ]
        subj = entities(an, toks, ACTORS, persons_as_states=True)
    # "Chad-backed rebels": the backer is inside the modifier
    if (
        verb.dep_ in {"amod", "compound", "acl"}
        and verb.tag_ == "VBN"
        and lemma in {"back", "support", "ally", "align", "arm", "fund", "sponsor"}
    ):
        backers = entities(
            an, [t for t in verb.subtree if t.i < verb.i], ACTORS, persons_as_states=True
        )
        backers += entities(an, prep_objects(verb, {"by", "with"}), ACTORS, persons_as_states=True)
        backed = entities(an, [verb.head], ACTORS, persons_as_states=True)
        return _facts(an, backers, backed, verb, 0.65)
    if lemma in {"ally", "align", "side", "partner", "cooperate", "co-operate"} or (
        lemma in {"allied", "aligned"}
    ):
        others = entities(
            an, prep_objects(verb, {"with", "to", "against"}), ACTORS, persons_as_states=True
        )
        if not others and len(subj) > 1:
            return [f for a, b in all_pairs(subj) for f in _facts(an, [a], [b], verb, 0.6)]
        return _facts(an, subj, others, verb, 0.65)
    if lemma == "stand":
        others = entities(
            an, prep_objects(verb, lex["stand_preps"]), ACTORS, persons_as_states=True
        )
        if not others and any(c.lower_ == "together" for c in verb.children):
            # "X and Y pledged to stand together"
            return [f for a, b in all_pairs(subj) for f in _facts(an, [a], [b], verb, 0.6)]
        return _facts(an, subj, others, verb, 0.65)
    rescue = lemma in lex["rescue_verbs"]
    if rescue and lemma in {"prop", "shore", "bail"}:
        rescue = any(c.dep_ == "prt" and c.lower_ in {"up", "out"} for c in verb.children)
    if lemma in {"support", "back", "endorse", "defend", "champion"} or rescue:
        # "intervened to rescue Y", "propped up Y's government"
        if is_passive(verb) and verb.dep_ not in {"amod", "compound", "acl"}:
            # "Hamas and Hezbollah are backed by Iran"
            backers = entities(an, agents(verb), ACTORS, persons_as_states=True)
            backed = entities(an, passive_subjects(verb), ACTORS, persons_as_states=True)
            return _facts(an, backers, backed, verb, 0.6)
        dobjs = children(verb, {"dobj"})
        # "backed Maduro's government": the one whose government it is
        dobjs += [
            c
            for o in dobjs
            if o.lemma_.lower() in _REGIMES
            for c in [*children(o, {"poss"}), *prep_objects(o, {"of", "in"})]
        ]
        objs = entities(an, dobjs, ACTORS, persons_as_states=True)
        story = an.dominant_state()
        if not objs and story is not None and any(bare_forces(o) for o in dobjs):
            objs = [story]  # "Egypt has backed the army": the army of the story's state
        # "Turkey supports Azerbaijan" with the object misparsed as an adverbial noun
        objs += entities(
            an,
            [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and an.mention(c)],
            ACTORS,
            persons_as_states=True,
        )
        if verb.dep_ != "ROOT" and not subj:
            return []
        return _facts(an, subj, objs, verb, 0.6)
    if lemma in lex["pledge_verbs"]:
        for obj in children(verb, {"dobj"}):
            if any(p.lemma_.lower() in lex["support_nouns"] for p in prep_objects(obj, {"of"})):
                # "Nigeria assured Benin of its full support"
                return _facts(an, subj, entities(an, [obj], ACTORS, True), verb, 0.65)
            if obj.lemma_.lower() in lex["support_nouns"]:
                targets = prep_objects(obj, {"for", "to", "with"})
                # "support for Peru's position": the one whose position it is
                targets += [c for t in targets for c in t.children if c.dep_ == "poss"]
                # "commitment to the defence of Estonia"
                targets += [o for t in targets for o in prep_objects(t, {"of"})]
                targets += _regime_owners(targets)  # "the new government in Damascus"
                others = entities(an, targets, ACTORS, persons_as_states=True)
                # "offered Serbia its full backing", "pledged Tunisia its support" (two objects)
                targets = prep_objects(verb, {"for", "to", "with"}) + children(verb, {"dative"})
                targets += [o for o in children(verb, {"dobj"}) if o.i < obj.i]
                others += entities(an, targets, ACTORS, persons_as_states=True)
                return _facts(an, subj, others, verb, 0.65)
    if lemma in lex["help_verbs"]:
        return _helped_defend(an, verb, subj, lex)
    if lemma == "guarantee":
        # "The US guaranteed Taiwan's security"
        guarded = [o for o in children(verb, {"dobj"}) if o.lemma_.lower() in lex["guarded_nouns"]]
        others = entities(an, [p for o in guarded for p in children(o, {"poss"})], ACTORS, True)
        if guarded and not others:
            # "Poland guaranteed Lithuania its protection"
            given = children(verb, {"dative"}) + [
                o for o in children(verb, {"dobj"}) if o.i < guarded[0].i
            ]
            others = entities(an, given, ACTORS, persons_as_states=True)
        return _facts(an, subj, others, verb, 0.6)
    if (lemma == "join" or lemma in lex["accede_verbs"]) and _only_sought(verb, lex):
        return []  # "Georgia applied to join NATO", "refused to join"
    joined_in = [
        n for n in prep_objects(verb, {"in"}) if _alliance_noun(n, lex) and _strong(n, lex)
    ]
    if lemma == "join" and joined_in and not _only_sought(verb, lex):
        # "Ghana joined Togo and Benin in a defence alliance": one alliance of them all
        others = [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
        group = subj + [e for e in entities(an, others, ACTORS, True) if e not in subj]
        return [f for a, b in all_pairs(group) for f in _facts(an, [a], [b], verb, 0.6)]
    if lemma == "join" or lemma in lex["accede_verbs"]:
        # "Finland joined NATO", "Sweden acceded to NATO": membership of an alliance or bloc
        orgs = entities(an, children(verb, {"dobj"}), {"Organization"})
        if lemma != "join":
            orgs = entities(an, prep_objects(verb, {"to", "into"}), {"Organization"})
            if is_passive(verb):
                subj = entities(an, passive_subjects(verb), ACTORS, persons_as_states=True)
        blocs = relation_lexicon("alliance")["alliance_blocs"]
        orgs = [o for o in orgs if lemma == "join" or o.label in blocs]
        return _facts(an, subj, orgs, verb, 0.6)
    if lemma in lex["treaty_verbs"]:
        # "X and Y signed a treaty" is found by the noun; "X signed a pact with Y" too
        return []
    return []
