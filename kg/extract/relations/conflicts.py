"""Conflicts: war, invasion, strikes, attacks, clashes, retaliation, between states or groups.

Verbs: the subject attacks the object ("Sudan struck the RSF", "Greek jets hit Turkish
bases", "X clashed with Y", passive "Y was attacked by X"). Nouns: "Iraq's invasion of
Kuwait", "Saudi strikes on Yemen", "the war between X and Y", "retaliation from Chad"
(the side facing it is the verb's subject), and named wars ("the Yemen conflict"). Members
stand for their group ("rebels of the X Front", "forces loyal to X"), weapons for where they
were launched from ("drones launched from Peru struck Y"), and whoever ends years of conflict
fought it ("agreed to end three decades of conflict").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.extract.facts import Fact
from kg.extract.lexicon import relation_lexicon
from kg.extract.places import city_state
from kg.extract.relations.common import (
    ACTORS,
    agents,
    antecedent,
    bare_forces,
    children,
    conj_expand,
    is_passive,
    make_fact,
    pairs,
    passive_subjects,
    prep_objects,
    subjects,
    trigger_words,
)
from kg.extract.relations.common import entities as _entities
from kg.extract.relations.parties import governing_verb, holders, noun_modifiers, noun_parties

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import Entity
    from kg.extract.mentions import Analysis

_TARGET_PREPS = {"against", "on", "upon", "into", "at", "in"}
# "clashed with Y", "a Chinese ship collided with a Philippine boat"
_MUTUAL_VERBS = {"fight", "clash", "war", "battle", "skirmish", "spar", "collide"}
_NOUN_PREPS = {
    "against",
    "on",
    "with",
    "upon",
    "into",
    "of",
    "from",
    "by",
    "in",
    "to",
    "at",
    "inside",
}
_KINDS = ACTORS
_AIMED = {"against", "at", "on", "upon", "into", "toward", "towards"}
# objects that are places of the target: "bombed targets in Y", "struck sites in Y"
_PLACE_NOUNS = {
    "target", "site", "position", "base", "camp", "facility", "infrastructure", "city", "town",
    "village", "area", "region", "territory", "post", "depot", "installation", "hideout",
    "stronghold", "airbase", "airfield", "port", "plant", "refinery", "factory", "grid",
    "bridge", "harbour", "harbor", "dam", "pipeline", "airport", "warehouse", "compound",
    "building", "home", "apartment", "district", "neighbourhood", "neighborhood", "suburb",
}  # fmt: skip


def entities(
    an: Analysis,
    toks: list[Token],
    kinds: set[str] | None = None,
    persons_as_states: bool = False,
) -> list[Entity]:
    """Sides named by tokens; a city stands for the state it is in ("Russian strikes on Odesa":
    Ukraine), never for an organization, and a city in a territory of no state
    (`conflict.stateless_territories`) stands for nothing."""
    toks = _with_groups(an, toks)
    if kinds is None or "State" not in kinds:
        return _entities(an, toks, kinds, persons_as_states=persons_as_states)
    found = _entities(an, toks, set(kinds) | {"Place"}, persons_as_states=persons_as_states)
    for tok in toks:
        if bare_forces(tok) and not _entities(an, [tok], kinds, persons_as_states):
            # "fighting between the army and the RSF": the army of the state the story is about
            story = an.dominant_state()
            if story is not None and story not in found:
                found.append(story)
    stateless = relation_lexicon("conflict")["stateless_territories"]
    regions = _regions_of_states(an, toks)
    out: list[Entity] = []
    for entity in found:
        if entity.kind == "Place":
            iso3 = city_state(entity.label)
            if iso3 is None and id(entity) in regions:
                entity = regions[id(entity)]
            elif iso3 is None or iso3 in stateless:
                continue
            else:
                entity = an.table.state(iso3)
        if entity not in out:
            out.append(entity)
    return out


def _with_groups(an: Analysis, toks: list[Token]) -> list[Token]:
    """ "Rebels of the Tupac Front", "gunmen of X": the group stands for its members."""
    lex = relation_lexicon("conflict")
    members, loyal = lex["member_nouns"], lex["loyal_words"]
    # "hundreds of Tupac Front militants": what is counted
    toks = list(toks) + [
        o for t in toks if t.lower_ in lex["quantity_nouns"] for o in prep_objects(t, {"of"})
    ]
    out = list(toks)
    for tok in toks:
        if an.mention(tok) is not None:
            continue
        if tok.lower_ in members or tok.lemma_.lower() in members:
            out += prep_objects(tok, {"of"})
        # "its neighbour Chile", "the rebel group the Tupac Front"
        out += [c for c in children(tok, {"appos"}) if an.mention(c) is not None]
        if tok.dep_ == "appos" and tok.pos_ == "NOUN":
            out.append(tok.head)  # "the Tupac Front, a group that attacked Y"
        # "forces loyal to the Tupac Front"
        out += [
            o for c in children(tok, {"amod"}) if c.lower_ in loyal for o in prep_objects(c, {"to"})
        ]
    return out


def _regions_of_states(an: Analysis, toks: list[Token]) -> dict[int, Entity]:
    """ "the Tamarind region of Venezuela", "Sudan's Darfur region": the region's state."""
    found: dict[int, Entity] = {}
    for tok in toks:
        m = an.mention(tok)
        if m is None or m.entity.kind != "Place" or tok.dep_ != "compound":
            continue
        noun = tok.head
        owners = _entities(an, prep_objects(noun, {"of"}) + children(noun, {"poss"}), {"State"})
        if len(owners) == 1:
            found[id(m.entity)] = owners[0]
    return found


def _facts(
    an: Analysis, sides_a: list[Entity], sides_b: list[Entity], trigger: Token, confidence: float
) -> list[Fact]:
    facts = [
        make_fact(an, "conflict", {"sideA": a, "sideB": b}, trigger, confidence)
        for a, b in pairs(sides_a, sides_b)
    ]
    if _threatened(trigger):
        for fact in facts:
            fact.modality = "Asserted"  # a threat of retaliation is itself a confrontation
    if _nearly(trigger):
        for fact in facts:
            fact.modality = "Hypothetical"
    return facts


def _threatened(trigger: Token) -> bool:
    """ "Iran threatened to retaliate against Israel", "vowed retaliation": the guidelines
    count threatened retaliation as a conflict."""
    lex = relation_lexicon("conflict")
    node = trigger
    if node.dep_ in {"xcomp", "dobj"} and node.head.lemma_.lower() in lex["threat_verbs"]:
        aux = {c.lower_ for c in node.head.children if c.dep_ in {"aux", "neg"}}
        return not aux & {"could", "would", "might", "may", "not", "n't", "will"}
    return False


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


def _accusers_own(an: Analysis, verb: Token, objs: list[Token], attackers: list) -> list:
    """ "Sudan accused Chad of attacking its territory", "Baku said Armenian forces fired
    on its positions": "its" is the accuser's or the speaker's."""
    if verb.dep_ == "pcomp" and verb.head.head.pos_ == "VERB":
        outer = verb.head.head
    elif verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SPEECH:
        outer = verb.head
    else:
        return []
    # "struck sites on its territory": anywhere in the objects' phrases
    owned = [
        c for o in objs for c in o.subtree if c.dep_ == "poss" and c.lower_ in {"its", "their"}
    ]
    # "Peru accused Ecuador of shelling border villages": places of no one else named are
    # the accuser's
    accused = outer.lemma_.lower() in relation_lexicon("conflict")["accuse_verbs"] and any(
        o.lemma_.lower() in _PLACE_NOUNS and not any(c.dep_ == "poss" for c in o.children)
        for o in objs
    )
    # "Peru's defence ministry said rebels attacked a patrol": a unit of no one else named is
    # the speaking state's
    units = relation_lexicon("conflict")["unit_nouns"]
    spoken = outer.lemma_.lower() in _SPEECH and any(
        o.lemma_.lower() in units and not any(an.mention(c) for c in o.subtree) for o in objs
    )
    if not owned and not accused and not spoken:
        return []
    kinds = {"State"} if spoken and not owned and not accused else _KINDS
    accusers = entities(an, subjects(outer), kinds, persons_as_states=True)
    return [e for e in accusers if e not in attackers]


_SPEECH = {"say", "claim", "report", "allege", "state", "announce", "insist", "tell", "add"}


def _exchange(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    """ "Thai and Cambodian troops exchanged fire", "X traded strikes with Y": both sides."""
    objs = [o for o in children(verb, {"dobj"}) if o.lemma_.lower() in lex["exchange_objects"]]
    objs = objs or [o for o in children(verb, {"dobj"}) if o.lower_ in lex["exchange_objects"]]
    if not objs:
        return []
    sides = entities(an, subjects(verb), _KINDS, persons_as_states=True)
    # "Forces of Eritrea and Ethiopia exchanged fire": every state the forces belong to
    owners = [
        o for t in subjects(verb) if t.lemma_.lower() in _TROOPS for o in prep_objects(t, {"of"})
    ]
    sides += [e for e in entities(an, owners, _KINDS, True) if e not in sides]
    withs = prep_objects(verb, {"with"}) + [t for o in objs for t in prep_objects(o, {"with"})]
    others = entities(an, withs, _KINDS, persons_as_states=True)
    if others:
        return _facts(an, sides, others, verb, 0.6)
    return [f for i, a in enumerate(sides) for f in _facts(an, [a], sides[i + 1 :], verb, 0.6)]


def _verb(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    if _verbal(verb, lex):
        return []
    if verb.lemma_.lower() in lex["from_verbs"] and not (
        prep_objects(verb, {"from"}) or any(c.lower_ == "out" for c in verb.children)
    ):
        return []  # "expelled French troops" (sent home), not "expelled Y's forces from Z"
    if verb.lemma_.lower() in lex["exchange_verbs"]:
        return _exchange(an, verb, lex)
    if is_passive(verb):
        attackers = entities(an, agents(verb), _KINDS, persons_as_states=True)
        if not attackers:
            # "Chad was hit by airstrikes carried out by Sudan", "hit by Israeli airstrikes"
            attackers = _strikers(an, agents(verb), lex)
        targets = entities(an, passive_subjects(verb), _KINDS, persons_as_states=True)
        if verb.dep_ in {"acl", "amod"}:
            targets = entities(an, conj_expand(verb.head), _KINDS, persons_as_states=True)
        if not targets:
            # "Missiles were fired at Israel by Iran": the aim on the verb
            targets = entities(an, prep_objects(verb, _AIMED), _KINDS, persons_as_states=True)
        if not targets:
            # "Targets in Yemen were bombed by X": where the places struck are
            places = [t for t in passive_subjects(verb) if t.lemma_.lower() in _PLACE_NOUNS]
            targets = entities(
                an,
                [o for t in places for o in prep_objects(t, {"in", "inside", "across"})],
                _KINDS,
                persons_as_states=True,
            )
    else:
        attackers = entities(an, subjects(verb), _KINDS, persons_as_states=True)
        if not attackers:
            # "the Saudi-led coalition fought ...": the leader of the force
            attackers = _led_by(an, subjects(verb))
        if not attackers:
            # "Airstrikes by Israel hit Lebanon"
            strikes = [t for t in subjects(verb) if _strong_noun(t, lex)]
            attackers = entities(
                an, [o for t in strikes for o in prep_objects(t, {"by", "from"})], _KINDS, True
            )
        if not attackers:
            # "Drones launched by the Houthis struck Y": whoever launched the weapon; not
            # "separatists backed by Chile fought Y" (a backer is no side)
            backing = lex["backing_verbs"]
            launched = [
                c
                for s in subjects(verb)
                for c in children(s, {"acl"})
                if c.lemma_.lower() not in backing
            ]
            attackers = entities(
                an, [a for c in launched for a in agents(c)], _KINDS, persons_as_states=True
            )
        if not attackers:
            attackers = _launched_from(an, verb, lex)
        if not attackers:
            attackers = _weapon_owners(an, verb, lex)
        mutual = verb.lemma_.lower() in _MUTUAL_VERBS
        # "the Front, which Peru has fought": the relative pronoun's antecedent
        objs = [t for o in children(verb, {"dobj"}) for t in conj_expand(antecedent(o))]
        # "fired North Korean missiles at Kyiv": the weapon's maker is no target
        struck = [o for o in objs if o.lemma_.lower() not in lex["weapon_nouns"]]
        targets = entities(an, struck + holders(struck), _KINDS, persons_as_states=True)
        if not targets:
            targets = entities(an, _linked(objs, lex), _KINDS, persons_as_states=True)
        preps = _TARGET_PREPS - {"in"} | ({"with"} if mutual else set())
        aimed_at = prep_objects(verb, preps)
        targets += entities(an, aimed_at + holders(aimed_at), _KINDS, persons_as_states=True)
        # "clashed with Russia's near Kharkiv" misparsed: the attacker's own city is no target
        targets = [e for e in targets if e not in attackers]
        if not targets:
            targets += [e for e in _led_by(an, objs + aimed_at) if e not in attackers]
        if not targets:
            # "fired missiles at Israel", "launched drones against Y": the aim hung on the object
            targets += entities(
                an, [t for o in objs for t in prep_objects(o, _AIMED)], _KINDS, True
            )
        placed = [
            o
            for o in objs
            if o.lemma_.lower() in _PLACE_NOUNS
            or (an.mention(o) is not None and an.mention(o).entity.kind == "Place")
        ]
        if not targets and (not objs or placed):
            # "fought in Yemen"; "bombed targets in Syria" with "in" hung on the verb; "hit
            # Marib in Yemen"; "hideouts in Afghanistan's Khost province"
            held = _with_owners(prep_objects(verb, {"in", "inside"}))
            for e in entities(an, held + _with_owners(placed), _KINDS, True):
                if e not in targets and e not in attackers:
                    targets.append(e)
        if not targets and placed and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            # "crossed into Eritrea and attacked border posts": the posts are there
            entered = prep_objects(verb.head, {"into", "in", "inside"})
            targets += [e for e in entities(an, entered, {"State"}, True) if e not in attackers]
        if verb.lemma_.lower() in lex["capture_verbs"] | set(lex["rout_verbs"]):
            # "captured the town from Ukrainian troops", "recaptured the capital from the
            # RSF": who held it, not the place taken (a capital stands for its state)
            held = prep_objects(verb, {"from"}) + [
                t for o in objs for t in prep_objects(o, {"from"})
            ]
            from_held = entities(an, held, _KINDS, persons_as_states=True)
            if from_held:
                targets = from_held
        if not targets:
            targets += _accusers_own(an, verb, objs + aimed_at, attackers)
        if not targets and mutual:
            # "fought for independence from Peru"
            causes = [
                c for c in prep_objects(verb, {"for"}) if c.lemma_.lower() in lex["cause_nouns"]
            ]
            froms = [o for c in causes for o in prep_objects(c, {"from"})]
            targets += [e for e in entities(an, froms, _KINDS, True) if e not in attackers]
        if not targets and mutual:
            # "clashed with Russia's near Y": the possessive names the other side
            poss = [c for o in prep_objects(verb, {"with"}) for c in children(o, {"poss"})]
            targets += entities(an, poss, _KINDS, persons_as_states=True)
        if not targets:
            # "Chad hit targets in Libya", "struck Boko Haram positions"
            for obj in objs:
                # "struck the embassy of Iran in Syria": the owner, not the place
                owner = entities(an, prep_objects(obj, {"of"}), _KINDS, persons_as_states=True)
                # "sites in Y" are Y's; "a Hamas leader in Tehran" is not Tehran's
                where = prep_objects(obj, {"in", "across", "inside"}) if not _person(obj) else []
                targets += owner or entities(an, where, _KINDS, persons_as_states=True)
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
            and not objs
            and not prep_objects(verb, {"with", "against"})
        ):
            # "A and B fought": each other; "A and B clashed with rebels": allies, not foes
            return _facts(an, attackers[:1], attackers[1:], verb, 0.6)
    if not is_passive(verb) and verb.lemma_.lower() in _MUTUAL_VERBS:
        # "North Korean troops fought alongside Russia against Ukraine": both fight Ukraine
        beside = prep_objects(verb, {"alongside"})
        if not targets:
            # "fought alongside Russian forces against Ukraine", "against" hung on the forces
            foes = [t for b in beside for t in prep_objects(b, {"against"})]
            targets = entities(an, foes, _KINDS, persons_as_states=True)
        if targets:
            partners = entities(an, beside, _KINDS, persons_as_states=True)
            attackers += [e for e in partners if e not in attackers and e not in targets]
    contributors = _troop_contributors(an, verb, lex)
    if contributors:
        attackers = contributors
    weak = verb.lemma_.lower() in lex["weak_verbs"]
    return _facts(an, attackers, targets, verb, 0.55 if weak else 0.7)


_PERSON_NOUNS = {"leader", "commander", "chief", "official", "head", "founder", "spokesman"}


def _person(tok: Token) -> bool:
    """A person struck (a leader, a commander): the place they were in is not a side."""
    return tok.lemma_.lower() in _PERSON_NOUNS or tok.ent_type_ == "PERSON"


def _rout(tok: Token, lex: dict) -> bool:
    """ "pushed Ukrainian forces out of the town", "drove the rebels back"."""
    return tok.lemma_.lower() in lex["rout_verbs"] and any(
        c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in {"out", "back"} for c in tok.children
    )


def _campaign(tok: Token, lex: dict) -> bool:
    """ "Israel's military campaign in Gaza against Hamas", "the air operation against Y"."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in lex["campaign_nouns"]
        and any(
            c.dep_ in {"amod", "compound"} and c.lemma_.lower() in lex["campaign_modifiers"]
            for c in tok.children
        )
    )


def _figurative(noun: Token, lex: dict) -> bool:
    """ "a trade war", "a war of words", "a price war": no fighting."""
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    of = {o.lemma_.lower() for o in prep_objects(noun, {"of"})}
    return bool((mods | of) & set(lex["figurative_modifiers"]))


def _verbal(verb: Token, lex: dict) -> bool:
    """ "Brazil attacked the United States over its tariffs": words, not weapons."""
    reasons = prep_objects(verb, {"over", "for"})
    return verb.lemma_.lower() in lex["verbal_verbs"] and any(
        r.lemma_.lower() in lex["verbal_reasons"] for r in reasons
    )


def _nearly(trigger: Token) -> bool:
    """ "nearly went to war", "almost came to blows": it did not happen."""
    node = trigger
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in {"nearly", "almost"} for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _linked(objs: list[Token], lex: dict) -> list[Token]:
    """ "attacked ships linked to Israel", "a Greek-owned tanker": whom the target belongs to."""
    links = [
        c
        for o in objs
        for c in o.children
        if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in lex["linked_verbs"]
    ]
    owners = [t for c in links for t in prep_objects(c, {"to", "by"})]
    return owners + [
        t for c in links for t in c.children if c.i > t.i and t.dep_ in {"npadvmod", "compound"}
    ]


def _came_under(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    """ "Ukrainian positions came under fire from Russian artillery": the subject is the
    target, "from" the attacker (or the state its weapons are named after)."""
    under = [o for o in prep_objects(verb, {"under"}) if o.lemma_.lower() in lex["under_nouns"]]
    if verb.lemma_.lower() not in lex["come_verbs"] or not under:
        return []
    froms = [t for o in under for t in prep_objects(o, {"from", "by"})]
    froms += prep_objects(verb, {"from"})
    attackers = entities(an, froms, _KINDS, persons_as_states=True)
    attackers += [
        e for t in froms for e in noun_modifiers(an, t, _KINDS, True) if e not in attackers
    ]
    targets = entities(an, subjects(verb), _KINDS, persons_as_states=True)
    return _facts(an, attackers, [e for e in targets if e not in attackers], verb, 0.6)


def _launched_from(an: Analysis, verb: Token, lex: dict) -> list[Entity]:
    """ "Drones launched from Peru struck Y", "Rockets fired from Bolivian territory hit Y":
    the state the weapons came from."""
    launch = lex["launch_verbs"]
    weapons = [s for s in subjects(verb) if s.lemma_.lower() in lex["weapon_nouns"]]
    if not weapons:
        return []
    launchers = [c for w in weapons for c in children(w, {"acl"}) if c.lemma_.lower() in launch]
    if verb.lemma_.lower() in launch:
        launchers.append(verb)
    if verb.dep_ in {"conj", "advcl"} and verb.head.lemma_.lower() in launch:
        launchers.append(verb.head)  # "Drones launched from Peru struck Y", parsed as two verbs
    froms = [o for launcher in launchers for o in prep_objects(launcher, {"from"})]
    froms += [c for o in froms for c in o.children if c.dep_ in {"amod", "compound", "poss"}]
    return entities(an, froms, _KINDS, persons_as_states=True)


def _weapon_owners(an: Analysis, verb: Token, lex: dict) -> list[Entity]:
    """ "Iranian missiles rained down on Israel": the state the weapons are named after;
    "North Korean troops were deployed to fight Ukraine": the troops sent."""
    subj = subjects(verb)
    weapons = [t for t in subj if t.lemma_.lower() in lex["weapon_nouns"]]
    found = [e for t in weapons for e in noun_modifiers(an, t, _KINDS, True)]
    head = verb.head
    if not found and verb.dep_ in {"advcl", "xcomp"} and is_passive(head):
        found = entities(an, passive_subjects(head), _KINDS, persons_as_states=True)
    return found


def _troop_contributors(an: Analysis, verb: Token, lex: dict) -> list[Entity]:
    """ "Kenya, which has 3,000 soldiers in the UN mission fighting al-Shabaab": the state whose
    troops serve in the mission is the side that fights."""
    mission = verb.head
    if verb.dep_ != "acl" or mission.lemma_.lower() not in lex["mission_nouns"]:
        return []
    prep = mission.head
    troops = prep.head
    if mission.dep_ != "pobj" or prep.lower_ != "in" or troops.lemma_.lower() not in _TROOPS:
        return []
    owners = entities(
        an,
        [c for c in troops.children if c.dep_ in {"poss", "amod", "compound"}],
        _KINDS,
        persons_as_states=True,
    )
    if not owners and troops.dep_ == "dobj":
        owners = entities(an, subjects(troops.head), _KINDS, persons_as_states=True)
    return owners


_TROOPS = {"soldier", "troop", "force", "peacekeeper", "personnel", "officer", "contingent"}


def _target_list(an: Analysis, noun: Token, recent: list[Fact]) -> list[Fact]:
    """ "Jordan struck sites in Syria. Amman said the targets were depots of Hezbollah and a
    Wagner base": the groups named among the targets of the last strike."""
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ != "nsubj" or after is None or after.lemma_.lower() not in {"be", "include"}:
        return []
    if any(c.dep_ == "poss" for c in noun.children):
        return []  # "Iran's targets were ...": someone else's
    sent = an.sent(noun)
    start = an.offset + (an.doc[sent.start - 1].sent.start_char if sent.start > 0 else 0)
    last = next((f for f in reversed(recent) if f.evidence[0] >= start), None)
    if last is None:
        return []
    attacker = last.roles["sideA"]
    # the list that follows, read off the text (the parser often mangles it)
    listed = [
        t
        for t in an.doc[after.i + 1 : sent.end]
        if an.mention(t) is not None
        and t.dep_ not in {"nsubj", "nsubjpass"}
        and t.head.lower_ not in {"by", "according", "to", "with"}
    ]
    named = [
        e
        for e in entities(an, listed, {"Organization"}, persons_as_states=True)
        if e is not attacker
    ]
    return _facts(an, [attacker], named, noun, 0.5)


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


def _years_ended(an: Analysis, noun: Token, lex: dict) -> list[Fact]:
    """ "Peru and Chile agreed to end three decades of conflict", "a deal ending twenty years of
    war": whoever ends a conflict that lasted years fought it, whatever the plan to end it."""
    durations = lex["duration_nouns"]
    span = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and span.lemma_.lower() in durations:
        pass  # "three decades of conflict"
    elif any(t.lemma_.lower() in durations for t in noun.subtree if t.i < noun.i):
        span = noun  # "a 30-year insurgency", "their decades-long conflict"
    else:
        return []
    verb = span.head
    if span.dep_ != "dobj" or verb.lemma_.lower() not in lex["end_verbs"]:
        return []
    between = entities(an, prep_objects(noun, {"between"}), _KINDS, persons_as_states=True)
    if len(between) > 1:
        # "helped end decades of conflict between X and Y": a conflict there was, whoever ends it
        return [
            make_fact(an, "conflict", {"sideA": a, "sideB": b}, noun, 0.6, "Asserted")
            for i, a in enumerate(between)
            for b in between[i + 1 :]
        ]
    if prep_objects(noun, {"in", "among"}) or _helped(verb, lex):
        return []  # "pledged to end decades of conflict in Sudan": mediators
    subj = subjects(verb)
    # "the leaders of Peru and Chile", "the accord between X and Y"
    toks = subj + [o for t in subj for o in prep_objects(t, {"of", "between", "from"})]
    # "signed a deal ending ...", "signed a deal that ended ...": who signed it
    toks += [s for t in [*subj, verb] if t.dep_ in {"dobj", "acl"} for s in _deal_signers(t)]
    sides = entities(an, toks, _KINDS, persons_as_states=True)
    foes = entities(an, prep_objects(noun, {"with", "against"}), _KINDS, persons_as_states=True)
    found = (
        pairs(sides, foes)
        if foes
        else ((a, b) for i, a in enumerate(sides) for b in sides[i + 1 :])
    )
    return [
        make_fact(an, "conflict", {"sideA": a, "sideB": b}, noun, 0.6, "Asserted") for a, b in found
    ]


def _deal_signers(tok: Token) -> list[Token]:
    """The subjects of the verb whose object is the deal `tok` is, or hangs on."""
    deal = tok.head if tok.dep_ == "acl" else tok
    return subjects(deal.head) if deal.dep_ == "dobj" else []


def _helped(verb: Token, lex: dict) -> bool:
    """ "offered to help end ...": the verb's subject only helps."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "advcl"}:
            return False
        node = node.head
        if node.lemma_.lower() in lex["help_verbs"]:
            return True
    return False


def _pitted(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    """ "The war pitted Chile against Peru and Bolivia": the object against the others; a
    final or an election that pits X against Y is no war."""
    if not any(_strong_noun(s, lex) for s in subjects(verb)):
        return []
    objs = [t for o in children(verb, {"dobj"}) for t in conj_expand(antecedent(o))]
    others = prep_objects(verb, {"against"}) + [
        t for o in objs for t in prep_objects(o, {"against"})
    ]
    sides = entities(an, objs, _KINDS, persons_as_states=True)
    foes = entities(an, others, _KINDS, persons_as_states=True)
    return _facts(an, sides, [e for e in foes if e not in sides], verb, 0.6)


def _against_noun(tok: Token, lex: dict) -> bool:
    """ "led a coalition against the rebels": a conflict noun only with "against"."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in lex["against_nouns"]
        and bool(prep_objects(tok, {"against"}))
    )


def _coalition(an: Analysis, noun: Token, lex: dict) -> list[Fact]:
    """The members of a coalition against Y ("of X", "X-led", or whoever leads or joins it)
    against Y; "Peru's fight against the Tupac Front" but not "a legal fight against Y"."""
    if _figurative(noun, lex) or any(
        o.lemma_.lower() in lex["verbal_reasons"] for o in prep_objects(noun, {"over", "on"})
    ):
        return []  # "a legal fight against Y", "Peru's fight against Chile over tariffs"
    # "a coalition against Y's tariffs": a policy, not a side
    against = [
        o for o in prep_objects(noun, {"against"}) if o.lemma_.lower() not in lex["verbal_reasons"]
    ]
    foes = entities(an, against, _KINDS, persons_as_states=True)
    members = entities(an, prep_objects(noun, {"of"}), _KINDS, persons_as_states=True)
    members = members or noun_modifiers(an, noun, _KINDS, True)
    verb = governing_verb(noun)
    led = noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex["lead_verbs"]
    if not members and verb is not None and (led or verb.lemma_.lower() in lex["engage_verbs"]):
        members = entities(an, subjects(verb), _KINDS, persons_as_states=True)
    return _facts(an, [e for e in members if e not in foes], foes, noun, 0.6)


def _noun(an: Analysis, noun: Token, lex: dict) -> list[Fact]:
    if noun.lemma_.lower() in _TRUCES or noun.lower_ in _TRUCES:
        return _truce(an, noun)
    if _against_noun(noun, lex):
        return _coalition(an, noun, lex)
    ended = _years_ended(an, noun, lex)
    if ended:
        return ended
    left, right = noun_parties(an, noun, _NOUN_PREPS, _KINDS, True, lex["engage_verbs"])
    if not left and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex["lead_verbs"]:
        # "The Sable Brigades have led a rebellion against the Malawian government"
        left = [e for e in entities(an, subjects(noun.head), _KINDS, True) if e not in right]
    if not left:
        # "the insurgency the Tupac Front has waged against Peru"
        for relcl in children(noun, {"relcl"}):
            if relcl.lemma_.lower() in lex["engage_verbs"] and relcl.lemma_.lower() != "be":
                left = entities(an, subjects(relcl), _KINDS, persons_as_states=True)
                aimed_at = prep_objects(relcl, _AIMED | {"with"})
                right = right or entities(an, aimed_at, _KINDS, persons_as_states=True)
    if not left:
        # "Peru, whose war against Chile has dragged on": the one the clause is about
        whose = [antecedent(c) for c in children(noun, {"poss"}) if c.lower_ == "whose"]
        left = entities(an, whose, _KINDS, persons_as_states=True)
    fought_by = governing_verb(noun)
    contributors = _troop_contributors(an, fought_by, lex) if fought_by is not None else []
    if contributors:
        # "Kenya, with soldiers in the UN mission fighting the X insurgency": Kenya, not the UN
        mission = entities(an, subjects(fought_by), _KINDS, persons_as_states=True)
        left = [e for e in left if e not in mission] or contributors
        right = [e for e in right if e not in mission] or contributors
    if noun.lemma_.lower() in lex["one_sided_nouns"] and right == left:
        right = []  # "the X-linked Y insurgency": the rebels and their backers, not two foes
    between = entities(an, prep_objects(noun, {"between"}), _KINDS, persons_as_states=True)
    if len(between) > 1 and len(between) > len({id(e) for e in left}):
        left, right = between, between  # "between the army and the RSF", the army the story's
    aimed = entities(an, prep_objects(noun, _AIMED), _KINDS, persons_as_states=True)
    doers = entities(an, prep_objects(noun, {"by"}), _KINDS, persons_as_states=True)
    if not doers and prep_objects(noun, {"against"}):
        # "the war of Peru against Chile"
        doers = entities(an, prep_objects(noun, {"of"}), _KINDS, persons_as_states=True)
    if not left and doers and len(right) > len(doers):
        # "a rebellion against Y by X": "by" names who wages it, the rest are the other side
        left, right = doers, [e for e in right if e not in doers]
    faced = governing_verb(noun)
    if doers and faced is not None and faced.lemma_.lower() in lex["repel_verbs"]:
        # "Peru's army said it had repelled an attack by the Tupac Front"
        facing = entities(an, subjects(faced), _KINDS, persons_as_states=True)
        if facing:
            left, right = doers, [e for e in facing if e not in doers]
    if left and not right:
        # "Russian strikes on Odesa": the state of the city struck
        right = [e for e in aimed if e not in left]
    if aimed:
        # "an attack on US bases in Qatar": where it fell is no side when the target is named
        placed = entities(an, prep_objects(noun, {"in", "inside"}), _KINDS, True)
        right = [e for e in right if e not in placed or e in aimed]
    if any(c.lower_ in {"civil", "internal", "domestic"} for c in noun.children):
        return []  # a civil war has no second state
    if any(c.lower_ in lex["shared_words"] for c in noun.children):
        return []  # "A and B face the same enemy": a foe in common makes them no foes
    if _figurative(noun, lex):
        return []  # "a trade war", "a war of words"
    if not right and noun.lemma_.lower() in {
        "retaliation",
        "attack",
        "strike",
        "aggression",
        "threat",
        "invasion",
    }:
        # "Chad faces retaliation from Sudan": "from" names the attacker, the subject the target
        pass
    held_in = governing_verb(noun)
    if (
        not left
        and held_in is not None
        and noun.dep_ == "pobj"
        and is_passive(held_in)
        and held_in.lemma_.lower() in lex["engage_verbs"]
    ):
        # "A and B have been locked in a border conflict", "A is embroiled in a war with B"
        left = entities(an, passive_subjects(held_in), _KINDS, persons_as_states=True)
        right = right or (left if len(left) > 1 else [])
    if (
        not left
        and held_in is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and held_in.lemma_.lower() in lex["casualty_verbs"]
    ):
        # "Twenty Chilean soldiers were killed in a clash with Peruvian troops": the fallen's
        left = entities(
            an, subjects(held_in) + passive_subjects(held_in), _KINDS, persons_as_states=True
        )
        right = [e for e in right if e not in left]
    elif (
        left
        and not right
        and held_in is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and held_in.lemma_.lower() in lex["casualty_verbs"]
    ):
        # "A Peruvian soldier was killed in a Tupac Front ambush": the fallen's side
        fallen = subjects(held_in) + passive_subjects(held_in)
        right = [e for e in entities(an, fallen, _KINDS, True) if e not in left]
    if not left and not right and noun.dep_ == "nsubj":
        # "Clashes broke out between Thai and Cambodian troops"
        group = entities(an, prep_objects(noun.head, {"between", "among"}), _KINDS, True)
        left, right = group, group
    verb = governing_verb(noun)
    if (
        left
        and not right
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in lex["advance_verbs"]
    ):
        # "the M23-led offensive reached Kinshasa": what the offensive reached or took
        right = entities(an, children(noun.head, {"dobj"}), _KINDS, persons_as_states=True)
    if _is_strike(noun, lex):
        left, right = _strike_sides(an, noun, left, right, lex)
    engaged = verb is not None and verb.lemma_.lower() in lex["engage_verbs"]
    if not left and engaged and noun.dep_ == "nsubjpass":
        # "Airstrikes were carried out by Israel on Lebanon"
        left = entities(an, agents(verb), _KINDS, persons_as_states=True)
        right = right or entities(an, prep_objects(verb, _AIMED), _KINDS, persons_as_states=True)
    if left and not right and engaged and _is_strike(noun, lex):
        # "Pakistan carried out airstrikes in Afghanistan": where the strikes fell
        right = entities(an, prep_objects(verb, {"in", "inside"}), {"State"}, True)
    responded = (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and noun.head.head.lemma_.lower() in lex["response_verbs"]
    )
    if left and responded:
        # "Israel vowed to respond to Iran's missile attack": the attack was on the responder;
        # "weighs how to respond to X's incursions into Y": whatever the response, they happened
        if not right:
            right = [
                e
                for e in entities(an, subjects(noun.head.head), _KINDS, persons_as_states=True)
                if e not in left
            ]
        return [
            make_fact(an, "conflict", {"sideA": a, "sideB": b}, noun, 0.6, "Asserted")
            for a, b in pairs(left, right)
        ]
    facts = _facts(an, left, right, noun, 0.6)
    if not facts and noun.lemma_.lower() in {"war", "conflict", "invasion", "fighting"}:
        facts = _named_war(an, noun, lex)
    if (
        verb is not None
        and verb.lemma_.lower() in lex["fear_verbs"]
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() not in lex["threat_nouns"]
    ):
        # "Belize warned of war with Guatemala": a war feared is not one fought
        for fact in facts:
            fact.modality = "Hypothetical"
    return facts


_FORCES = {
    "coalition", "alliance", "force", "forces", "troops", "army", "militia", "militias",
    "rebels", "fighters", "group", "groups", "insurgents", "navy", "jets", "warplanes",
}  # fmt: skip


def _led_by(an: Analysis, toks: list[Token]) -> list[Entity]:
    """ "the Saudi-led coalition", "US-backed forces": a force named after who leads it."""
    out: list[Entity] = []
    for tok in toks:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _FORCES:
            continue
        for mod in tok.children:
            if mod.dep_ in {"amod", "compound"} and mod.lemma_.lower() == "lead":
                out += [e for e in noun_modifiers(an, tok, _KINDS, True) if e not in out]
    return out


def _with_owners(toks: list[Token]) -> list[Token]:
    """Places and the states they belong to: "Afghanistan's Khost province"."""
    return toks + [c for t in toks for c in t.children if c.dep_ == "poss"]


def _strikers(an: Analysis, toks: list[Token], lex: dict) -> list[Entity]:
    """Who carried out strikes named by a noun: "airstrikes carried out by X", "Israeli
    airstrikes", "airstrikes by X"."""
    strikes = [t for t in toks if _strong_noun(t, lex)]
    found = [a for t in strikes for c in children(t, {"acl"}) for a in agents(c)]
    found += [o for t in strikes for o in prep_objects(t, {"by", "from"})]
    out = entities(an, found, _KINDS, persons_as_states=True)
    for t in strikes:
        out += [e for e in noun_modifiers(an, t, _KINDS, True) if e not in out]
    return out


def _opened_fire(verb: Token, lex: dict) -> bool:
    """ "opened fire on Y", "opened a new front against Y", "took up arms against Y"."""
    if verb.lemma_.lower() == "take":
        return any(c.dep_ == "dobj" and c.lower_ in lex["arms_objects"] for c in verb.children)
    return verb.lemma_.lower() in {"open", "return"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex["open_objects"] for c in verb.children
    )


def _strong_noun(tok: Token, lex: dict) -> bool:
    """A war noun, also capitalized at a sentence start ("Clashes broke out") or a gerund the
    parser took for a verb ("Fighting between X and Y escalated")."""
    strong = lex["strong_nouns"]
    low = tok.lower_
    if tok.pos_ == "VERB":
        return tok.tag_ == "VBG" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and low in strong
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    return (
        tok.lemma_.lower() in strong
        or low in strong
        or (low.endswith("s") and low[:-1] in strong)
        or (low.endswith("es") and low[:-2] in strong)
    )


def _strike_sides(
    an: Analysis, noun: Token, left: list[Entity], right: list[Entity], lex: dict
) -> tuple[list[Entity], list[Entity]]:
    """ "killed in airstrikes carried out by X in Y", "died in Israeli airstrikes on Syria"
    (with "on Syria" hung on the verb), "Y blamed X for airstrikes on Z"."""
    acls = children(noun, {"acl"})
    if not left:
        left = entities(an, [a for c in acls for a in agents(c)], _KINDS, persons_as_states=True)
    if not left and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        blamer = noun.head.head
        if blamer.lemma_.lower() in {"blame", "accuse", "condemn", "punish", "hold"}:
            left = entities(an, children(blamer, {"dobj"}), _KINDS, persons_as_states=True)
        elif blamer.lemma_.lower() in lex["responsibility_nouns"] and blamer.dep_ == "dobj":
            # "X claimed responsibility for the attack on Y"
            left = entities(an, subjects(blamer.head), _KINDS, persons_as_states=True)
    if left and not right:
        # "an ambush that killed 12 Peruvian soldiers"
        hit = [o for c in children(noun, {"relcl"}) for o in children(c, {"dobj"})]
        right = [e for e in entities(an, hit, _KINDS, persons_as_states=True) if e not in left]
    if left and not right:
        places = [o for c in acls for o in prep_objects(c, {"in", "inside", "on", "against"})]
        if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
            places += prep_objects(noun.head.head, {"on", "against", "upon"})
        right = [e for e in entities(an, _with_owners(places), {"State"}, True) if e not in left]
        if not right and noun.dep_ == "pobj" and noun.head.lower_ == "for":
            # "Syria blamed Israel for airstrikes on Damascus": the capital's state
            right = [
                e
                for e in entities(an, prep_objects(noun, {"on", "against"}), _KINDS, True)
                if e not in left
            ]
    return left, right


def _is_strike(noun: Token, lex: dict) -> bool:
    return noun.lemma_.lower() in lex["strike_nouns"] or noun.lower_ in lex["strike_nouns"]


@cache
def _trigger_words() -> frozenset[str]:
    """Every lemma or word the loop in `find` acts on; war nouns also in the plural forms
    `_strong_noun` reads."""
    strong = relation_lexicon("conflict")["strong_nouns"]
    keys = ("strong_nouns", "campaign_nouns", "come_verbs", "verbs", "exchange_verbs")
    extra = ("target", "open", "return", "take")
    words = trigger_words(
        "conflict", *keys, "rout_verbs", "against_nouns", "pit_verbs", extra=extra
    )
    return words | {w + "s" for w in strong} | {w + "es" for w in strong}


def find(an: Analysis) -> list[Fact]:
    lex = relation_lexicon("conflict")
    facts: list[Fact] = []
    for tok in an.tokens_with(_trigger_words()):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma == "target":
            facts.extend(_target_list(an, tok, facts))
        if _strong_noun(tok, lex) or _campaign(tok, lex) or _against_noun(tok, lex):
            facts.extend(_noun(an, tok, lex))
        elif tok.pos_ == "VERB" and lemma in lex["pit_verbs"]:
            facts.extend(_pitted(an, tok, lex))
        elif tok.pos_ == "VERB" and lemma in lex["come_verbs"]:
            facts.extend(_came_under(an, tok, lex))
        elif (tok.pos_ == "VERB" or (tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"})) and (
            lemma in lex["verbs"]
            or lemma in lex["exchange_verbs"]
            or _opened_fire(tok, lex)
            or _rout(tok, lex)
        ):
            facts.extend(_verb(an, tok, lex))
    return facts
