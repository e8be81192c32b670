"""Supplies: who gives what to whom.

Verbs from the supply lexicon with their arguments: "X supplied A and B to Y", "X provided Y
with A", "X sent Y A", "A were shipped to Y by X", "A supplied by X" (a reduced relative),
"Y bought A from X", "X armed Y", "Y reciprocated with A"; and nouns: "X's deliveries of A to Y".
One fact per supplier and recipient, with every item as a literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.entities import Entity
from kg.extract.facts import Fact
from kg.extract.gazetteer import organizations
from kg.extract.lexicon import relation_lexicon
from kg.extract.mentions import ORG_ANAPHORS
from kg.extract.relations.common import (
    ACTORS,
    RELATIVE,
    agents,
    antecedent,
    children,
    conj_expand,
    entities,
    is_passive,
    make_fact,
    passive_subjects,
    prep_objects,
    subjects,
    trigger_words,
)
from kg.extract.relations.parties import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.mentions import Analysis


_STATE_ITSELF = ("army", "armed forces", "military", "government")
# Determiner-like modifiers that do not belong to the item's name
_NOT_DESCRIPTIVE = {
    "more",
    "further",
    "additional",
    "new",
    "other",
    "such",
    "its",
    "their",
    "some",
    "several",
    "many",
    "much",
    "first",
    "last",
    "latest",
    "final",
    "initial",
    "remaining",
}


def _item_text(an: Analysis, tok: Token) -> str | None:
    """The item as the article names it: "Falcon-7 drones", "ballistic missiles"."""
    lex = relation_lexicon("supply")
    tok = antecedent(tok)
    named_product = False
    if tok.dep_ == "appos" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i:
        tok = tok.head  # "an X-90 battery, a Chinese-made system that ...": the named one
        # "Kestrels, the model that ...": a name the model took for a person is the product's
        named_product = _unknown_name(an, tok)
    if tok.pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}:
        return None
    if an.mention(tok) is not None and not named_product:
        return None
    if tok.lower_ in lex["quantity"] or tok.lemma_.lower() in lex["quantity"]:
        # "thousands of drones", "a shipment of oil", "$3 billion in military aid"
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _item_text(an, pobj)
        if not any(_describes(c) for c in tok.lefts):
            return None  # "spare parts", "artillery rounds" are items; "several rounds" is not
    if tok.lower_ in lex["non_items"] or tok.lemma_.lower() in lex["non_items"]:
        return None
    kept: list[Token] = []
    for child in tok.lefts:
        if child.dep_ in {"compound", "amod", "nmod", "nummod"} and child.dep_ != "det":
            mention = an.mention(child)
            if mention is not None and not _product_name(an, child, tok):
                continue  # "Chinese drones": the state is the supplier, not part of the item
            if (
                child.tag_ == "VBN"
                and _demonym_makers(an, [tok])
                and any(an.mention(c) for c in child.children)
            ):
                continue  # "Russian-made": the maker too
            if (child.dep_ == "nummod" or child.like_num) and not _model_number(child):
                continue
            if child.lower_ in _NOT_DESCRIPTIVE:
                continue
            if child.dep_ == "compound" and child.pos_ == "VERB" and child.lemma_ in lex["verbs"]:
                continue  # "Norway exports electricity", misparsed as one noun
            kept.extend(
                t
                for t in child.subtree
                if t.i < tok.i
                and (not t.like_num or _model_number(t))
                and (t.dep_ not in {"det", "poss", "case", "punct", "cc", "advmod"} or _joins(t))
                and not _names_state(an, t)
            )
    first = min([*kept, tok], key=lambda t: t.i)
    if first.i > 0 and _model_number(first.nbor(-1)) and an.mention(first.nbor(-1)) is None:
        kept.append(first.nbor(-1))  # "Su-35 jets" with the model hung elsewhere
    text = _join([*kept, tok])
    if first.is_sent_start and first.pos_ == "NOUN" and first.text.istitle():
        text = first.lower_ + text[len(first.text) :]  # "Weapons flowed ...": not a name
    return text if any(c.isalpha() for c in text) else None


def _unknown_name(an: Analysis, tok: Token) -> bool:
    """A name the model tagged as a person or company that no gazetteer knows."""
    mention = an.mention(tok)
    if mention is None or mention.how not in {"person", "org"}:
        return False
    return mention.entity.label not in _known_org_labels()


def _names_state(an: Analysis, tok: Token) -> bool:
    """ "the Philippines patrol boats": the state is the recipient, not part of the item."""
    mention = an.mention(tok)
    return mention is not None and mention.entity.kind == "State"


def _model_number(tok: Token) -> bool:
    """ "F-16 jets", "S-400 systems": a number that is part of a model's name."""
    if tok.ent_type_ == "ORDINAL" or re.fullmatch(r"\d+(st|nd|rd|th)", tok.lower_):
        return False  # "its 20th package", "the 3rd batch"
    if any(c.isalpha() for c in tok.text) and any(c.isdigit() for c in tok.text):
        return True
    if tok.like_num and not tok.whitespace_ and tok.i + 1 < len(tok.doc):
        return tok.nbor(1).is_alpha  # "155mm shells", split into "155" and "mm"
    return (
        any(c.isdigit() for c in tok.text)
        and tok.i > 1
        and tok.nbor(-1).tag_ == "HYPH"
        and not tok.nbor(-1).whitespace_
    )


def _joins(tok: Token) -> bool:
    """A hyphen inside a word ("long-range"): kept, the spaces around it are not."""
    inside = not tok.whitespace_ and tok.i > 0 and not tok.nbor(-1).whitespace_
    return inside and (tok.tag_ == "HYPH" or tok.text == "/")  # "SAMP/T"


def _join(toks: list[Token]) -> str:
    """The words as written: "long-range missiles", not "long - range missiles"."""
    toks = sorted(set(toks), key=lambda t: t.i)
    out = ""
    for k, t in enumerate(toks):
        contiguous = k > 0 and toks[k - 1].i == t.i - 1
        if k and not (contiguous and not toks[k - 1].whitespace_):
            out += " "
        out += t.text
    return out


def _product_name(an: Analysis, child: Token, item: Token) -> bool:
    """ "Patriot batteries", "Falcon drones": a proper name the model took for a person or a
    company, written right before the item, names the product; a state or a known group
    ("Chinese drones", "Hezbollah rockets") does not."""
    mention = an.mention(child)
    if mention is None or mention.how not in {"person", "org"}:
        return False
    # "IRIS-T systems": the name's last word may be tagged a noun
    if not any(t.pos_ == "PROPN" for t in child.doc[mention.start : mention.end]):
        return False
    if mention.how == "org" and mention.entity.label in _known_org_labels():
        # "Revolutionary Guards advisers": a known group names who the people are
        return item.lemma_.lower() in relation_lexicon("supply")["personnel_items"]
    between = item.doc[mention.end : item.i]
    # "Falcon cruise missiles": only describing words between the name and the item
    plain = all(t.pos_ in {"NOUN", "ADJ"} and an.mention(t) is None for t in between)
    # "Super Tucano aircraft": the parser may hang the name's last word as a noun modifier
    return child.dep_ in {"compound", "nmod"} and plain


@cache
def _known_org_labels() -> set[str]:
    return {entry.label for entry in organizations().values()}


def _describes(tok: Token) -> bool:
    """A modifier that says what kind of thing the item is ("spare", "artillery")."""
    return (
        tok.dep_ in {"amod", "compound", "nmod"}
        and not tok.like_num
        and tok.lower_ not in _NOT_DESCRIPTIVE
        and tok.lower_ not in relation_lexicon("supply")["quantity"]
        and tok.lower_ not in relation_lexicon("supply")["size_words"]  # "large amounts of"
    )


def _demonym_makers(an: Analysis, item_toks: list[Token]) -> list[Entity]:
    """The state an item is named after: "Turkish drones", "Russian-made helicopters"."""
    makers: list[Entity] = []
    for item in item_toks:
        for child in item.children:
            if child.dep_ not in {"amod", "compound"}:
                continue
            # "Russian-made": the demonym hangs under "made"/"built"
            inner = [c for c in child.children if c.dep_ in {"npadvmod", "compound"}]
            for cand in [child, *inner]:
                m = an.mention(cand)
                if m is None or m.entity in makers:
                    continue
                # "Turkish drones"; "US-supplied launchers", "Chinese-made jets"
                named = cand is not child and child.tag_ == "VBN" and m.how in {"name", "capital"}
                # "a Greek-owned tanker", "Iran-backed rebels": owned, not made
                made = cand is child or _makes(child)
                if made and (m.how == "demonym" or named):
                    makers.append(m.entity)
    return makers


def _makes(participle: Token) -> bool:
    """ "made", "built", "supplied": a participle that says where an item came from."""
    lex = relation_lexicon("supply")
    lemma = participle.lemma_.lower()
    return lemma in lex["maker_verbs"] or lemma in lex["verbs"] or participle.tag_ != "VBN"


def _split_coordination(tok: Token) -> list[str]:
    """ "oil and technical expertise" misparsed as one phrase: ["oil", "technical expertise"]."""
    lefts = [t for t in tok.subtree if t.i < tok.i]
    for child in lefts:
        cc = next((c for c in child.children if c.dep_ == "cc"), None)
        if child.dep_ in {"nmod", "compound"} and child.pos_ == "NOUN" and cc is not None:
            first = " ".join(t.text for t in child.subtree if t.i < cc.i and t.dep_ != "det")
            rest = " ".join(t.text for t in tok.doc[cc.i + 1 : tok.i + 1])
            return [first, rest]
    return []


def _is_money(tok: Token) -> bool:
    return tok.ent_type_ == "MONEY" and (tok.like_num or any(c.isdigit() for c in tok.text))


def _unwrap(tok: Token) -> list[Token]:
    """ "two planeloads of weapons and ammunition" -> [weapons, ammunition]; "$1bn of
    weapons" -> [weapons]."""
    lex = relation_lexicon("supply")
    if _is_money(tok):
        objs = [t for o in prep_objects(tok, {"of", "in", "worth"}) for t in _unwrap(o)]
        return objs or [tok]
    if tok.lower_ in lex["receive_nouns"] or tok.lemma_.lower() in lex["receive_nouns"]:
        # "60% of Chile's arms imports": the arms
        bought = [c for c in children(tok, {"compound"}) if c.pos_ == "NOUN"]
        return bought or [tok]
    if tok.lower_ not in lex["quantity"] and tok.lemma_.lower() not in lex["quantity"]:
        return [tok]
    if any(_describes(c) for c in tok.lefts):
        return [tok]  # "spare parts"
    objs = [t for o in prep_objects(tok, {"of", "in"}) for t in _unwrap(o)]
    return objs or [tok]


def _name_before(an: Analysis, item: Token, toks: list[Token]) -> Token | None:
    """ "received Leopard 2 tanks", parsed as two objects "Leopard" and "2 tanks": the name
    the tagger took for a person, right before the item and hung on the same word."""
    for t in toks:
        if (
            t.pos_ == "PROPN"
            and t.i + 1 == item.left_edge.i
            and t.head.i == item.head.i
            and t.dep_ == item.dep_
            and (_unknown_name(an, t) or an.mention(t) is None)
        ):
            return t
    return None


def _items(an: Analysis, toks: list[Token]) -> list[str]:
    out = []
    # "Leopard 2 tanks" parsed as "Leopard" and "2 tanks": the name is part of the later item
    named = {n.i for t in toks if (n := _name_before(an, t, toks)) is not None}
    for tok in [t for t in toks if t.i not in named]:
        for t in [u for c in conj_expand(tok) for u in _unwrap(c)]:
            if _model_number(t) and t.i + 1 < len(t.doc) and t.nbor(1).pos_ == "NOUN":
                continue  # "PL-15 missiles" parsed as two conjuncts: the noun takes it
            name = _name_before(an, t, toks)
            text = _item_text(an, t)
            if name is not None and text:
                text = t.doc[name.i : t.i + 1].text
            texts = _split_coordination(t) or [text]
            for text in texts:
                if text and text not in out:
                    out.append(text)
    return out


def _actors(an: Analysis, toks: list[Token]) -> list[Entity]:
    lex = relation_lexicon("supply")
    # "to several African states, including Niger and Mali": the states named
    toks = toks + [
        t
        for tok in toks
        if an.mention(tok) is None
        for prep in children(tok, {"prep"})
        if prep.lower_ in lex["including_preps"]
        for o in children(prep, {"pobj"})
        for t in conj_expand(o)
    ]
    # "the junta in Myanmar", "the regime in Damascus": who rules there
    toks = toks + [
        o
        for t in toks
        if an.mention(t) is None and t.lemma_.lower() in lex["ruler_nouns"]
        for o in prep_objects(t, {"in"})
    ]
    found = entities(an, toks, ACTORS, persons_as_states=True, bodies_as_states=False)
    # "the Ukrainian army" receives for Ukraine; "the Philippine navy" is its own recipient
    return [
        e.of_state if e.of_state is not None and e.label.lower().endswith(_STATE_ITSELF) else e
        for e in found
    ]


def _split_objects(an: Analysis, objs: list[Token]) -> tuple[list[Entity], list[Token]]:
    """Objects that name an actor are recipients; the rest are items."""
    recipients, items = [], []
    for obj in objs:
        for t in conj_expand(obj):
            ents = _actors(an, [t])
            if ents and (an.mention(t) is not None or an.anaphor(t) is not None):
                recipients.extend(ents)
            else:
                items.append(t)
    return recipients, items


def _names_actor(an: Analysis, toks: list[Token]) -> bool:
    """A passive subject that is a state or group is the recipient, not the item."""
    return any(
        (
            an.mention(t) is not None
            or an.anaphor(t) is not None
            or t.lemma_.lower() in _force_nouns()
        )
        and _actors(an, [t])
        for t in toks
    )


def _force_nouns() -> set[str]:
    """ "Sudan's army", "the navy": a state's forces, a recipient when they name a state."""
    return set(relation_lexicon("supply")["force_nouns"])


def _added_items(verb: Token, lex: dict) -> list[Token]:
    """ "..., along with helmets", "together with fuel", "and also radios": more items."""
    # "and also helmets": the parser conjoins the noun to the verb
    out: list[Token] = [
        t for c in children(verb, {"conj"}) if c.pos_ == "NOUN" for t in conj_expand(c)
    ]
    for prep in children(verb, {"prep"}):
        if prep.lower_ in lex["added_item_preps"]:
            out += prep_objects(prep, {"with"}) + [
                t for c in children(prep, {"pobj"}) for t in conj_expand(c)
            ]
    return out


def _aided(an: Analysis, verb: Token) -> list[Entity]:
    """ "... to aid Russia": the purpose clause names the recipient."""
    lex = relation_lexicon("supply")
    out = []
    for child in verb.children:
        if child.dep_ in {"advcl", "xcomp", "acl"} and child.lemma_.lower() in lex["aid_verbs"]:
            out.extend(_actors(an, children(child, {"dobj"})))
    return out


def _users(an: Analysis, item: Token, lex: dict) -> list[Entity]:
    """Who uses or holds the item: the subject of "flies/fields/operates A", the agent of "A
    have been used by X"."""
    user_verb = governing_verb(item)
    user = user_verb.lemma_.lower() if user_verb is not None else ""
    if user_verb is None or (user not in lex["use_verbs"] and user not in lex["holder_verbs"]):
        return []
    if item.dep_ == "nsubjpass":
        return _actors(an, agents(user_verb))
    return _actors(an, subjects(user_verb))


def _receiving(verb: Token, lex: dict) -> bool:
    """ "bought", "imported"; "leased A from X" (but "leased A to Y" gives)."""
    lemma = verb.lemma_.lower()
    if lemma in lex["receive_verbs"]:
        return True
    return (
        lemma in lex["two_way_verbs"]
        and bool(prep_objects(verb, {"from"}))
        and not prep_objects(verb, lex["recipient_preps"])
    )


def _copula_of(noun: Token) -> Token:
    """The verb a predicate noun hangs on: "was the first country", "was among the first"."""
    node = noun
    for _ in range(3):
        if node.dep_ in {"attr", "acomp"}:
            return node.head
        if node.dep_ in {"pobj", "prep"}:
            node = node.head
            if node.pos_ in {"AUX", "VERB"}:
                return node
            continue
        break
    return noun


def _verb_facts(an: Analysis, verb: Token, recent: list[Fact], share: bool = True) -> list[Fact]:
    lex = relation_lexicon("supply")
    lemma = verb.lemma_.lower()
    sources = prep_objects(verb, lex["source_preps"]) + [
        t for o in children(verb, {"dobj"}) for t in prep_objects(o, lex["source_preps"])
    ]
    if lemma in lex["source_needed_verbs"] and not sources:
        return []  # "ordered troops to the border" is no purchase; "ordered jets from X" is
    suppliers: list[Entity] = []
    recipients: list[Entity] = []
    item_toks: list[Token] = []
    if lemma in lex["reciprocal_verbs"]:
        suppliers = _actors(an, subjects(verb))
        item_toks = prep_objects(verb, {"with", "by"})
        for fact in reversed(recent):
            if fact.roles["recipient"] in suppliers:
                recipients = [fact.roles["supplier"]]
                break
    elif lemma in lex["dependence_verbs"]:
        # "Serbia relies on Belarus for fighter jets"
        recipients = _actors(an, subjects(verb))
        suppliers = _actors(an, prep_objects(verb, {"on", "upon", "to"}))
        item_toks = prep_objects(verb, {"for"})
        if not item_toks:
            # "Cuba depends on Venezuelan oil": the demonym names the supplier
            on = [o for o in prep_objects(verb, {"on", "upon"}) if an.mention(o) is None]
            item_toks = [o for o in on if o.pos_ == "NOUN"]
            suppliers = _demonym_makers(an, item_toks) if item_toks else suppliers
    elif _receiving(verb, lex):
        suppliers = _actors(an, prep_objects(verb, {"from"}))
        # "received six helicopters, a gift from the United States"
        gifts = [a for o in children(verb, {"dobj"}) for a in children(o, {"appos"})]
        suppliers = suppliers or _actors(an, [t for g in gifts for t in prep_objects(g, {"from"})])
        if _passive(verb) and verb.dep_ != "acl":
            # "the jets were bought from Sweden by Peru": the agent bought them
            recipients = _actors(an, agents(verb))
            if not suppliers or not recipients:
                return []
            item_toks = passive_subjects(verb)
        elif _passive(verb):
            if not suppliers:
                return []
            # "its military flies helicopters bought from Italy": the user bought them
            item_toks = conj_expand(verb.head)
            recipients = _users(an, verb.head, lex)
            outer = governing_verb(verb.head)
            passed_on = outer is not None and outer.lemma_.lower() in lex["verbs"]
            if not recipients and passed_on and outer.lemma_.lower() not in lex["receive_verbs"]:
                # "supplied Y with rifles bought from Brazil": whoever passed them on
                recipients = [e for e in _actors(an, subjects(outer)) if e not in suppliers]
        else:
            recipients = _actors(an, subjects(verb))
            item_toks = [
                t
                for o in children(verb, {"dobj"})
                if not _described_object(o)
                for t in conj_expand(o)
            ]
            if verb.dep_ == "relcl" and not item_toks:
                # "fields launchers it received from India": "it" is the one that fields them
                item_toks = conj_expand(verb.head)
                if any(s.pos_ == "PRON" for s in subjects(verb)):
                    recipients = _users(an, verb.head, lex) or recipients
        # "continues to import Russian oil", "the first batch of Chinese jets": the demonym
        # names the seller
        inner = [u for t in item_toks for u in _unwrap(t)]
        suppliers = suppliers or _demonym_makers(an, inner)
    elif _passive(verb):
        item_toks = passive_subjects(verb)
        if verb.dep_ in {"acl", "amod"}:
            item_toks = conj_expand(verb.head)
        suppliers = _actors(an, agents(verb))
        recipients = _actors(an, prep_objects(verb, lex["recipient_preps"]))
        if not recipients and verb.dep_ in {"acl", "amod"}:
            # "its navy struck with missiles supplied by Italy": the missiles' user received them
            recipients = _users(an, verb.head, lex)
        given = prep_objects(verb, {"with"}) + [
            t for o in children(verb, {"dobj"}) for t in conj_expand(o)
        ]
        if lemma in lex["recipient_first_verbs"] or (given and _names_actor(an, item_toks)):
            # "Chile was supplied by Spain with frigates", "Poland was given tanks by Korea"
            recipients = _actors(an, item_toks)
            item_toks = given
            # "supplied with oil by Russia", "by Russia" hung on the item
            suppliers = suppliers or _actors(an, [a for t in given for a in agents(t)])
            # "the navy is equipped with patrol boats from Spain", "from" hung on the verb
            suppliers = suppliers or _actors(an, prep_objects(verb, {"from"}))
        if not recipients and verb.dep_ == "acl" and verb.head.dep_ == "nsubj":
            # "tanks supplied by Germany have reached Ukraine"
            arrival = verb.head.head
            if arrival.lemma_.lower() in lex["arrival_verbs"]:
                recipients = _actors(
                    an, children(arrival, {"dobj"}) + prep_objects(arrival, {"in", "to"})
                )
    else:
        suppliers = _actors(an, subjects(verb))
        # "delivered Su-35 jets": a model number the parser took for a preposition
        objs = [o for o in children(verb, {"dobj"}) if not _described_object(o)] + [
            o for p in children(verb, {"prep"}) if _model_number(p) for o in children(p, {"pobj"})
        ]
        if not objs and verb.dep_ == "xcomp":
            # "the drones, which Tehran began shipping to Moscow": the relative pronoun
            objs = [c for c in children(verb.head, {"dobj"}) if c.lower_ in RELATIVE]
        if verb.dep_ == "compound" and verb.head.pos_ == "NOUN" and verb.head.i > verb.i:
            objs.append(verb.head)  # "Norway exports electricity to Y", misparsed as one noun
        datives = children(verb, {"dative"})
        dative_ents = _actors(
            an,
            [t for d in datives for t in conj_expand(d) if d.dep_ == "dative" and d.pos_ != "ADP"],
        )
        if not dative_ents:
            # "Denmark sent it six F-16s": the last actor named before, other than the sender
            # "which sold it drones", with "it" parsed as the subject of "drones"
            pron = datives + objs + [c for o in objs for c in children(o, {"nsubj"})]
            if _actors(an, prep_objects(verb, lex["recipient_preps"])):
                pron = datives  # "donated it to Ukraine": "it" is the item
            pron = [d for d in pron if d.lower_ in {"it", "them"} and d.i > verb.i]
            dative_ents = _named_earlier(an, pron[0], suppliers) if pron else []
        obj_recipients, obj_items = _split_objects(an, objs)
        with_items = prep_objects(verb, lex["item_preps_after_recipient"])
        with_items += [t for t in _added_items(verb, lex) if t not in with_items]
        if lemma in lex["recipient_first_verbs"]:
            # "arming the Houthi rebels", "armed the junta in Y": the group armed, not an item
            armed = [t for t in obj_items if _actors(an, [t]) and not _item_named(an, t)]
            obj_recipients += [e for e in _actors(an, armed) if e not in obj_recipients]
            obj_items = [t for t in obj_items if t not in armed]
        if with_items and obj_items and all(t.lower_ in {"it", "them"} for t in obj_items):
            # "backed the army and supplied it with drones": "it" is the one supplied, the
            # coordinated verb's object, else the last actor named before
            # ("backed the army": an army of no named state is no one we know)
            parallel = list(children(verb.head, {"dobj"})) if verb.dep_ == "conj" else []
            obj_recipients = (
                _actors(an, parallel) if parallel else _named_earlier(an, obj_items[0], suppliers)
            )
            obj_items = []
        if lemma in lex["recipient_first_verbs"] or (obj_recipients and with_items):
            recipients = obj_recipients
            # "provided Chile with rifles, as well as helmets": the parser makes "helmets" an object
            item_toks = with_items + [t for t in obj_items if t not in with_items]
        else:
            recipients = dative_ents or _actors(an, prep_objects(verb, lex["recipient_preps"]))
            if not recipients and obj_recipients and not obj_items:
                return []
            if not recipients and obj_recipients and obj_items:
                recipients = obj_recipients  # "handed Iran Su-35 jets": two objects
            item_toks = obj_items + [t for t in _added_items(verb, lex) if t not in obj_items]
        recipients = recipients or _aided(an, verb)
        if not suppliers:
            suppliers = _actors(an, prep_objects(verb, lex["source_preps"]))
        if not suppliers and verb.dep_ in {"relcl", "acl"}:
            # "Britain was the first country to send Ukraine tanks", "was among the first to"
            suppliers = _actors(an, subjects(_copula_of(verb.head)))
    if lemma in lex["with_recipient_verbs"] and not _passive(verb):
        recipients = _actors(an, prep_objects(verb, {"with"}))
    if not recipients:
        recipients = _recipient_near_items(an, item_toks, lex)
    if not recipients and not _passive(verb) and lemma not in lex["receive_verbs"]:
        # "Chad fired rockets at Y. Claims that Egypt had provided the rockets ...":
        # whoever used them received them
        told = [t for t in item_toks if t.pos_ == "NOUN" and _continues(an, t)]
        recipients = [e for e in _users_before(an, verb, told, lex) if e not in suppliers]
    if any(t.lower_ in {"them", "it"} for t in item_toks):
        # "Iran built drones and sold them to Russia": the coordinated verb's object
        sibling_objs = [
            o
            for v in [verb.head]
            if verb.dep_ == "conj"
            for o in children(v, {"dobj"})
            if o.pos_ == "NOUN"
        ]
        item_toks = [t for t in item_toks if t.lower_ not in {"them", "it"}] + sibling_objs
    if not recipients and share and item_toks:
        # "X sent advisers and supplied Y with oil": the coordinated supply's recipient
        siblings = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj":
            siblings.append(verb.head)
        for sib in siblings:
            if (
                sib.lemma_.lower() in lex["verbs"]
                and sib.lemma_.lower() not in lex["receive_verbs"]
            ):
                shared = _verb_facts(an, sib, recent, share=False)
                recipients += [
                    f.roles["recipient"] for f in shared if f.roles["recipient"] not in recipients
                ]
            elif sib.lemma_.lower() in {"be", "remain", "become"}:
                # "X is Y's largest arms supplier and has provided patrol boats"
                agents_of = [a for a in children(sib, {"attr"}) if a.lemma_ in lex["agent_nouns"]]
                shared = [f for a in agents_of for f in _agent_noun_facts(an, a)]
                recipients += [
                    f.roles["recipient"] for f in shared if f.roles["recipient"] not in recipients
                ]
    if not recipients and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "X emerged as the main supplier to Y, providing jets": the supply just named
        start = _sent_start(an, verb)
        for fact in reversed(recent):
            if fact.evidence[0] >= start and fact.roles["supplier"] in suppliers:
                recipients = [fact.roles["recipient"]]
                break
    if not recipients and any(c.lower_ in lex["again_words"] for c in verb.children):
        # "Qatar sent wheat to Chad. It also sent fuel.": the same recipient as before
        for fact in reversed(recent):
            if fact.roles["supplier"] in suppliers:
                recipients = [fact.roles["recipient"]]
                break
    if not item_toks and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
        # "the drones, which officials say Iran shipped to Russia"
        item_toks = [verb.head.head]
    if not recipients and verb.dep_ == "relcl" and not _passive(verb):
        # "the Kenyan navy sails boats that Britain handed over": the user received them
        user_verb = governing_verb(verb.head)
        user = user_verb.lemma_.lower() if user_verb is not None else ""
        if user in lex["use_verbs"] or user in lex["holder_verbs"]:
            recipients = [e for e in _actors(an, subjects(user_verb)) if e not in suppliers]
    if not suppliers and not _passive(verb):
        # "Iranian ships brought fuel": the vessels' state
        suppliers = _demonym_makers(an, [s for s in subjects(verb) if an.mention(s) is None])
    if any(_is_money(t) and not prep_objects(t, {"of", "in"}) for t in item_toks):
        # "sent $60bn in weapons to Y", with "in weapons" hung on the verb
        spent_on = prep_objects(verb, {"in"})
        if spent_on:
            item_toks = [t for t in item_toks if not _is_money(t)] + spent_on
    if not recipients and _passive(verb):
        # "the missiles Russia fired were supplied by North Korea": the user received them
        held = [u for t in item_toks for u in [t, *_unwrap(t)]]
        users = [
            c
            for t in held
            for c in children(t, {"relcl"})
            if c.lemma_.lower() in lex["use_verbs"] | lex["holder_verbs"]
        ]
        recipients = [e for u in users for e in _actors(an, subjects(u)) if e not in suppliers]
        # "the rifles used by the army were supplied by X"
        used_by = [
            a
            for t in held
            for c in children(t, {"acl"})
            if c.lemma_.lower() in lex["use_verbs"] | lex["holder_verbs"]
            for a in agents(c)
        ]
        recipients += [e for e in _actors(an, used_by) if e not in suppliers + recipients]
    item_toks = _with_included(item_toks, verb)
    if not suppliers:
        inner = [u for i in item_toks for u in [i, *_unwrap(i)]]
        # "boats built by Damen from the Netherlands": the maker's state
        made = [t for i in inner for t in _made_from(i, lex)]
        suppliers = _actors(an, [t for i in inner for t in prep_objects(i, {"from"})] + made)
    if not suppliers and _passive(verb):
        # "Chinese missiles were delivered to Laos": the maker named by its demonym
        suppliers = _demonym_makers(an, item_toks)
    if not suppliers and _passive(verb) and verb.dep_ not in {"acl", "amod"}:
        # "Israel's radars have been sold to Togo": the owner sold them
        owners = _actors(an, [c for t in item_toks for c in children(t, {"poss"})])
        suppliers = [e for e in owners if e not in recipients]
    if _passive(verb) and verb.dep_ not in {"acl", "amod"} and (not suppliers or not recipients):
        # "The Houthis fired missiles at ships. The missiles were supplied by Iran."; "Iran
        # built drones. Those drones were delivered to Russia."
        told = [t for t in passive_subjects(verb) if _continues(an, t)]
        if told and not suppliers:
            suppliers = [e for e in _subject_before(an, verb, told) if e not in recipients]
        if told and not recipients:
            recipients = [e for e in _users_before(an, verb, told, lex) if e not in suppliers]
    accusers = _accusers(an, verb, lex)
    recipients = [r for r in recipients if r not in accusers]
    reporters = _reporters(an, verb, lex)
    if any(r in reporters for r in recipients) and _group_object(verb) is not None:
        # "UN experts say Rwanda has armed the group": the group named before the reporter
        recipients = [r for r in recipients if r not in reporters]
        recipients = recipients or _group_before(an, verb, reporters + suppliers)
    # "obtained jets from X and drones from Z", "sent tanks to X and drones to Z"
    paired = _paired_objects(an, verb, lex) if not _passive(verb) else []
    receiving = _receiving(verb, lex)
    if paired:
        own_items = {p[0].i for p in paired}
        own_ents = [e for p in paired for e in p[1]]
        item_toks = [t for t in item_toks if t.i not in own_items]
        if receiving:
            suppliers = [e for e in suppliers if e not in own_ents]
        else:
            recipients = [e for e in recipients if e not in own_ents]
    items = _items(an, item_toks)
    if not items and not item_toks and lemma in lex["implied_items"]:
        items = [lex["implied_items"][lemma]]  # "X armed Y": arms, though unnamed
    facts = _supplies(an, suppliers, recipients, items, verb)
    for item, others, _ in paired:
        if receiving:
            facts += _supplies(an, others, recipients, _items(an, [item]), verb)
        else:
            facts += _supplies(an, suppliers, others, _items(an, [item]), verb)
    return facts


def _passive(verb: Token) -> bool:
    """Passive, but not a clause with its own subject and "had" ("evidence that X had supplied
    A to Y"), which the parser hangs on the noun like a reduced relative."""
    own_subject = any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children
    )
    return is_passive(verb) and not own_subject


def _sentence_before(an: Analysis, tok: Token) -> Span | None:
    sent = an.sent(tok)
    return an.sent(an.doc[sent.start - 1]) if sent.start > 0 else None


def _subject_before(an: Analysis, tok: Token, told: list[Token]) -> list[Entity]:
    """The one state or group the sentence before is about (its main verb's subject), when
    that sentence names the same things ("Iran built a drone fleet. Those drones ...")."""
    prev = _sentence_before(an, tok)
    heads = {t.lemma_.lower() for t in told}
    if prev is None or not any(t.lemma_.lower() in heads for t in prev):
        return []
    found = _actors(an, [s for s in subjects(prev.root) if an.mention(s) is not None])
    return found if len(found) == 1 else []


def _users_before(an: Analysis, tok: Token, told: list[Token], lex: dict) -> list[Entity]:
    """Who used or held the same things in the two sentences before ("fired missiles", "sent
    drones toward Y", with no one to receive them)."""
    heads = {t.lemma_.lower() for t in told}
    start = _window_start(an, tok) - an.offset
    out: list[Entity] = []
    for verb in an.doc.char_span(start, an.sent(tok).start_char, alignment_mode="expand") or []:
        lemma = verb.lemma_.lower()
        used = lemma in lex["use_verbs"] or lemma in lex["holder_verbs"]
        launched = lemma in lex["launch_verbs"] and not prep_objects(verb, lex["recipient_preps"])
        if verb.pos_ != "VERB" or not (used or launched):
            continue
        if any(o.lemma_.lower() in heads for o in children(verb, {"dobj"})):
            out += [e for e in _actors(an, subjects(verb)) if e not in out]
    return out


def _item_named(an: Analysis, tok: Token) -> bool:
    """An object that is a thing, not a group: "armed the rebels" arms a group, "armed drones"
    names the drones."""
    return an.mention(tok) is None and tok.lemma_.lower() not in relation_lexicon("supply")[
        "armed_groups"
    ] | set(relation_lexicon("supply")["ruler_nouns"])


def armed_taken_for_adjective(an: Analysis, tok: Token) -> list[Fact]:
    """ "Turkey armed Azerbaijan", "Iran has long armed Hezbollah", parsed with "armed" as an
    adjective on the recipient: the actor right before it (past "has", adverbs) armed it."""
    lex = relation_lexicon("supply")
    if tok.lower_ != "armed" or tok.dep_ != "amod" or tok.head.i != tok.i + 1:
        return []
    recipients = _actors(an, [tok.head]) if an.mention(tok.head) is not None else []
    i = tok.i - 1
    sent_start = an.sent(tok).start
    while i >= sent_start and an.doc[i].lower_ in {"has", "have", "had", "long", "also", "heavily"}:
        i -= 1
    if i < sent_start or an.mention(an.doc[i]) is None or an.doc[i].dep_ == "compound":
        return []
    suppliers = [e for e in _actors(an, [an.doc[i]]) if e not in recipients]
    return _supplies(an, suppliers, recipients, [lex["implied_items"]["arm"]], tok, 0.55)


def flow_facts(an: Analysis, verb: Token) -> list[Fact]:
    """ "Weapons flowed from X to Y", "Arms have poured into Y from X": the subject is the item,
    "from" the supplier, "to/into" the recipient (on the verb or on the item)."""
    lex = relation_lexicon("supply")
    item_toks = [u for s in subjects(verb) for t in conj_expand(s) for u in _unwrap(t)]
    if not item_toks or any(an.mention(t) is not None for t in item_toks):
        return []
    sources = prep_objects(verb, lex["source_preps"]) + [
        o for t in item_toks for o in prep_objects(t, lex["source_preps"])
    ]
    suppliers = _actors(an, sources) or _demonym_makers(an, item_toks)
    recipients = _actors(an, prep_objects(verb, lex["recipient_preps"]))
    recipients = [e for e in recipients if e not in suppliers]
    return _supplies(an, suppliers, recipients, _items(an, item_toks), verb, 0.6)


def _accusers(an: Analysis, verb: Token, lex: dict) -> list[Entity]:
    """ "A UN panel accused X of providing the group with rifles": whoever accuses is not the
    one supplied, even when "the group" would resolve to it."""
    out: list[Entity] = []
    node = verb
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lex["accuse_verbs"]:
            named = [t for s in subjects(node) for t in s.subtree]
            out += _actors(an, named)
    return out


def _reporters(an: Analysis, verb: Token, lex: dict) -> list[Entity]:
    """Who says or found what the verb tells ("UN experts say ...", "a UN report found")."""
    out: list[Entity] = []
    node = verb
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in lex["reporter_verbs"]:
            out += _actors(an, [t for s in subjects(node) for t in s.subtree])
    return out


def _group_object(verb: Token) -> Token | None:
    objs = children(verb, {"dobj", "dative"}) + prep_objects(verb, {"to"})
    return next((o for o in objs if o.lemma_.lower() in ORG_ANAPHORS), None)


def _group_before(an: Analysis, verb: Token, exclude: list[Entity]) -> list[Entity]:
    """ "the group" as the verb's object: the last organization named before it that is
    neither the reporter nor the supplier."""
    group = _group_object(verb)
    if group is None:
        return []
    named = [
        m.entity
        for m in an.mentions
        if m.start < group.i and m.entity.kind == "Organization" and m.entity not in exclude
    ]
    return named[-1:]


def _made_from(item: Token, lex: dict) -> list[Token]:
    """ "boats built by Damen from the Netherlands", "jets made in France": where the maker
    is."""
    out: list[Token] = []
    for acl in children(item, {"acl"}):
        if acl.lemma_.lower() in lex["maker_verbs"]:
            out += prep_objects(acl, {"from", "in"})
            out += [t for a in agents(acl) for t in prep_objects(a, {"from", "in"})]
    return out


def _paired_objects(
    an: Analysis, verb: Token, lex: dict
) -> list[tuple[Token, list[Entity], list[Token]]]:
    """Items each with its own source or recipient: "from X and drones from Z" -> (drones, [Z]),
    with the tokens naming Z. The parser hangs the second item on the first source ("from X and
    drones") or on the verb ("sent tanks to X and drones to Z")."""
    preps = {"from"} if _receiving(verb, lex) else set(lex["recipient_preps"])
    candidates = [o for o in prep_objects(verb, preps) if not _actors(an, [o])]
    candidates += [c for c in children(verb, {"conj"}) if c.i > verb.i]
    out = []
    for obj in candidates:
        if obj.pos_ != "NOUN" or an.mention(obj) is not None:
            continue
        own = prep_objects(obj, preps)
        if not own:
            # "tanks from Italy and jets from Sweden", "from Sweden" hung on the verb
            later = [p for p in children(verb, {"prep", "dative"}) if p.i > obj.i]
            own = [
                t
                for p in later[:1]
                if p.lower_ in preps
                for c in children(p, {"pobj"})
                for t in conj_expand(c)
            ]
        ents = _actors(an, own)
        if ents:
            out.append((obj, ents, own))
    return out


def _supplies(
    an: Analysis,
    suppliers: list[Entity],
    recipients: list[Entity],
    items: list[str],
    trigger: Token,
    confidence: float = 0.7,
) -> list[Fact]:
    """One supply per supplier and recipient, carrying every item; none without an item."""
    facts = []
    for supplier in suppliers:
        for recipient in recipients:
            if supplier is recipient or not items:
                continue
            roles = {"supplier": supplier, "recipient": recipient}
            fact = make_fact(an, "supply", roles, trigger, confidence)
            if fact.modality == "Asserted" and _promised(trigger):
                fact.modality = "Planned"  # "offered Y drones", "pledged aid to Y": not yet sent
            for item in items:
                fact.add_literal("item", item)
            facts.append(fact)
    return facts


def _promised(trigger: Token) -> bool:
    """A supply offered, pledged or approved, not yet made: the trigger or the verb whose
    object it is ("announced a pledge of ...", "approved the sale of ...")."""
    promise = relation_lexicon("supply")["promise_verbs"]
    node = trigger
    if node.pos_ == "NOUN":
        verb = governing_verb(node)
        return verb is not None and verb.lemma_.lower() in promise
    return node.lemma_.lower() in promise


def _named_earlier(an: Analysis, pron: Token, exclude: list[Entity]) -> list[Entity]:
    """The actor an object pronoun stands for: the last one named in this or the previous
    sentence that is not the subject."""
    sent = an.sent(pron)
    start = an.sent(an.doc[sent.start - 1]).start if sent.start > 0 else 0
    for i in range(pron.i - 1, start - 1, -1):
        mention = an.mention(an.doc[i])
        if mention is None:
            continue
        found = _actors(an, [an.doc[i]])
        found = [e for e in found if e not in exclude]
        if found:
            return found[:1]
    return []


def _recipient_near_items(an: Analysis, item_toks: list[Token], lex: dict) -> list[Entity]:
    """Recipients the parser hung on the item: "sent Kyiv missiles" parsed as a modifier,
    "rifles to Chad" with "to" on the noun, "the weapons Vietnam imported" (a relative clause)."""
    out: list[Entity] = []
    for item in item_toks:
        item = antecedent(item)
        out += _actors(an, prep_objects(item, lex["recipient_preps"]))
        for child in item.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in lex["receive_verbs"]:
                out += _actors(an, [c for c in child.children if c.dep_ == "nsubj"])
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out += _recipient_near_items(an, [pobj], lex)
            if child.dep_ == "amod" and child.lower_ == "worth":
                # "40 vehicles worth $90m to Ukraine": "to" hung on the price
                out += _actors(an, prep_objects(child, lex["recipient_preps"]))
        first = next((t for t in item.subtree if t.dep_ not in {"det", "punct"}), None)
        if first is not None and first.i < item.i and first.i > 0:
            if an.doc[first.i - 1].lower_ == "the" and first.lemma_.lower() in ORG_ANAPHORS:
                last = an.last_before(first.i, {"Organization"})
                out += [last] if last else []
                continue
            m = an.mention(first)
            named_state = m is not None and m.how in {"name", "capital", "seat"}
            the_org = m is not None and m.how == "org" and an.doc[first.i - 1].lower_ == "the"
            if (named_state or the_org) and (first.head.i == item.i or first.head.head.i == item.i):
                out.append(m.entity)
    return out


def _noun_facts(an: Analysis, noun: Token) -> list[Fact]:
    """ "Iran's deliveries of drones to Russia", "the sale of jets to Egypt by France", "US arms
    sales to Taiwan", "Chile's purchase of jets from Spain" (the buyer receives)."""
    lex = relation_lexicon("supply")
    buying = noun.lemma_.lower() in lex["receive_nouns"] or noun.lower_ in lex["receive_nouns"]
    owners = _actors(an, [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}])
    froms = _actors(an, prep_objects(noun, {"from"}))
    # "deliveries of howitzers to Ukraine by France": "by" hung on the recipient
    bys = _actors(an, _chained(noun, {"by"}))
    if buying:
        suppliers, recipients = froms, owners or bys
    else:
        suppliers = owners or froms or bys
        recipients = _actors(an, prep_objects(noun, lex["recipient_preps"]))
    item_toks = (
        prep_objects(noun, {"of"})
        # "Vietnam imports most of its weapons", the verb misparsed as a noun with an object
        or [t for o in children(noun, {"dobj"}) for t in conj_expand(o)]
        # ... or with "most" as an apposition of the sentence's root
        or [t for o in children(noun, {"appos"}) if noun.dep_ == "ROOT" for t in _unwrap(o)]
        or [
            c
            for c in noun.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" and not an.mention(c)
        ]
    )
    if not item_toks and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex["taking_verbs"]:
        item_toks = prep_objects(noun.head, {"of"})  # "took delivery on Tuesday of K2 tanks"
    stranded = [p for p in children(noun, {"prep"}) if p.lower_ == "of" and p.n_rights == 0]
    if not item_toks and stranded and noun.head.dep_ == "relcl":
        # "jets that the air force took delivery of": the stranded "of" is the relative's
        item_toks = conj_expand(noun.head.head)
    inner = [u for i in item_toks for u in _unwrap(i)]
    # "shipments of shells from North Korea to Russia": the prepositions hung on the item
    inner_from = _actors(an, [t for i in inner for t in _chained(i, {"from"})])
    # "delivery of the tanks it ordered from X": the seller of the purchase told in the clause
    inner_from += _actors(
        an,
        [
            t
            for i in item_toks + inner
            for r in children(i, {"relcl"})
            if r.lemma_.lower() in lex["receive_verbs"]
            for t in prep_objects(r, {"from"})
        ],
    )
    inner_to = _actors(an, [t for i in inner for t in _chained(i, lex["recipient_preps"])])
    if buying:
        suppliers = suppliers or inner_from or _demonym_makers(an, inner)
    else:
        suppliers, recipients = suppliers or inner_from, recipients or inner_to
        # "the shipment of Iranian drones to Moscow": the maker named by its demonym
        suppliers = suppliers or _demonym_makers(an, inner)
    verb = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB":
        # "Beijing completed deliveries of X-90s to Laos", "Laos received deliveries of ..."
        doers = (
            _actors(an, subjects(verb)) if verb.lemma_.lower() not in lex["not_doer_verbs"] else []
        )
        if buying or verb.lemma_.lower() in lex["receive_verbs"] | set(lex["taking_verbs"]):
            recipients = recipients or doers
            suppliers = suppliers or _actors(an, prep_objects(verb, {"from"}))
        else:
            suppliers = suppliers or doers
            recipients = recipients or _actors(an, prep_objects(verb, lex["recipient_preps"]))
    items = _items(an, _with_included(item_toks, noun))
    if not item_toks and _verb_taken_for_noun(noun):
        # "Qatar exports liquefied natural gas to Y": "exports" parsed as the subject of
        # "liquefied"; the participle and its object are the item
        verb = noun.head
        item_toks = [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
        items = _items(an, item_toks)
        if items and verb.i + 1 == item_toks[0].left_edge.i:
            items[0] = f"{verb.text} {items[0]}"
        recipients = recipients or _actors(an, prep_objects(verb, lex["recipient_preps"]))
    return _supplies(an, suppliers, recipients, items, noun, 0.6)


def _described_object(tok: Token) -> bool:
    """ "delivered missiles to Y, its first major arms export": a second object after a
    comma describes the supply, it is no item."""
    head = tok.head
    return (
        tok.dep_ == "dobj"
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ","
        and any(c.dep_ == "dobj" and c.i < tok.i for c in head.children)
    )


def _verb_taken_for_noun(noun: Token) -> bool:
    """ "Qatar exports ...": a bare plural right after a name, subject of the next word."""
    return (
        noun.dep_ == "nsubj"
        and noun.tag_ == "NNS"
        and noun.head.pos_ == "VERB"
        and noun.head.i == noun.i + 1
        and not children(noun, {"det", "poss"})
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    )


def _verb_taken_for_compound(tok: Token, lex: dict) -> bool:
    """ "Peru exports rifles to Chile", parsed as the noun phrase "[Peru exports] rifles" or
    "[Peru] [exports] rifles": a verb in -s between a name and the noun it is made a compound of.
    Not "US arms sales" (the word is the item a verb implies, the noun a supply noun)."""
    name = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.dep_ == "compound"
        and tok.lemma_.lower() not in lex["implied_items"]
        and tok.head.lemma_.lower() not in {*lex["nouns"], *lex["deal_nouns"]}
        and tok.lower_.endswith("s")
        and tok.head.pos_ == "NOUN"
        and tok.head.i == tok.i + 1
        and name is not None
        and name.pos_ == "PROPN"
        and name.dep_ == "compound"
        and name.head.i in {tok.i, tok.head.i}
    )


def _compound_verb_facts(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    """The supply of a verb taken for a compound: the name before it acts, the noun after it is
    the item, the item's prepositions name the other side."""
    actor = _actors(an, [verb.doc[verb.i - 1]])
    item = verb.head
    if verb.lemma_.lower() in lex["receive_verbs"]:
        suppliers, recipients = _actors(an, prep_objects(item, {"from"})), actor
    else:
        suppliers, recipients = actor, _actors(an, prep_objects(item, lex["recipient_preps"]))
    items = [i.removeprefix(f"{verb.text} ") for i in _items(an, conj_expand(item))]
    return _supplies(an, suppliers, recipients, items, verb, 0.6)


def _chained(tok: Token, words: set[str]) -> list[Token]:
    """Objects of the prepositions `words` under tok or under its other prepositions: "of
    shells from X to Y" with "to Y" hung on "from"."""
    out = prep_objects(tok, words)
    for prep in children(tok, {"prep"}):
        out += [t for t in prep_objects(prep, words) if t not in out]
        for pobj in children(prep, {"pobj"}):
            out += [t for t in prep_objects(pobj, words) if t not in out]
    return out


def _with_included(item_toks: list[Token], head: Token) -> list[Token]:
    """ "military aid to Y including radars and boats", "weapons such as rifles", "the weapons
    Y received include missiles": the named things are the items; a generic word ("aid",
    "equipment") before them is not one."""
    lex = relation_lexicon("supply")
    included: list[Token] = [
        o
        for t in [head, *item_toks]
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in lex["include_verbs"]
        for d in children(t.head, {"dobj"})
        for o in conj_expand(d)
    ]
    # "delivered a package to Ukraine including radars": "including" hung on the recipient
    to_whom = [o for t in [head, *item_toks] for o in prep_objects(t, lex["recipient_preps"])]
    for tok in [head, *item_toks, *to_whom]:
        for prep in children(tok, {"prep"}):
            such = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
            if prep.lower_ in lex["including_preps"] or such:
                included += [t for o in children(prep, {"pobj"}) for t in conj_expand(o)]
    if not included:
        return item_toks
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in lex["include_verbs"]:
        return included  # "Israel's defence exports to Y include drones": not "defence"
    kept = [
        t
        for t in item_toks
        if t.lemma_.lower() not in lex["generic_items"]
        and not (t.dep_ == "nsubj" and t.head.lemma_.lower() in lex["include_verbs"])
    ]
    return kept + [t for t in included if t not in kept]


def _described(an: Analysis, noun: Token) -> list[Entity] | None:
    """Who a role noun ("supplier", "buyer") describes: "X is Y's supplier", "X, Y's
    supplier", "Y's biggest supplier is X", "X is one of the largest buyers of ..."; None when
    the noun describes no one."""
    head = noun.head
    if noun.dep_ in {"attr", "oprd"}:
        return _actors(an, subjects(head))
    if noun.dep_ == "appos":
        return _actors(an, [head])
    if noun.dep_ == "nsubj" and head.lemma_.lower() in {"be", "remain"}:
        return _actors(an, [t for c in children(head, {"attr"}) for t in conj_expand(c)])
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
        return _actors(an, subjects(head.head))  # "X emerged as the main supplier to Y"
    one = head.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and one.lower_ == "one":
        if one.dep_ in {"attr", "oprd"}:
            return _actors(an, subjects(one.head))
        if one.dep_ == "appos":
            return _actors(an, [one.head])
    return None


def _buyer_noun_facts(an: Analysis, noun: Token) -> list[Fact]:
    """ "X is a major buyer of Y's oil", "X, the largest importer of Chinese arms": the one the
    noun describes receives; the seller is named by "from", a possessive or a demonym."""
    recipients = _described(an, noun)
    if recipients is None:
        return []
    item_toks = prep_objects(noun, {"of"})
    inner = [u for i in item_toks for u in _unwrap(i)]
    suppliers = _actors(
        an, prep_objects(noun, {"from"}) + [t for i in inner for t in prep_objects(i, {"from"})]
    )
    suppliers += _actors(an, [c for i in inner for c in i.children if c.dep_ == "poss"])
    suppliers = suppliers or _demonym_makers(an, inner)
    return _supplies(an, suppliers, recipients, _items(an, item_toks), noun, 0.55)


def _agent_noun_facts(an: Analysis, noun: Token) -> list[Fact]:
    """ "X is Y's main supplier of A", "X, the main A supplier to Y", "X became a major
    exporter of A to Y": the one the noun describes supplies."""
    lex = relation_lexicon("supply")
    described = _described(an, noun)
    if described is None:
        return []
    suppliers = described
    recipients = _actors(an, children(noun, {"poss"}) + prep_objects(noun, lex["recipient_preps"]))
    item_toks = prep_objects(noun, {"of"}) + [
        c for c in noun.children if c.dep_ == "compound" and an.mention(c) is None
    ]
    # "the main source of Myanmar's fighter jets": whose items they are
    recipients = recipients or _actors(an, [c for t in item_toks for c in children(t, {"poss"})])
    # "the largest supplier of arms to Saudi Arabia": "to" hung on the item
    recipients = recipients or _actors(an, _chained(noun, lex["recipient_preps"]))
    if (
        not recipients
        and noun.dep_ in {"pobj", "attr"}
        and (noun.head.lower_ == "as" or noun.head.lemma_ == "be")
    ):
        # "X has emerged as a major arms supplier to Y", "to Y" hung on the verb
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        recipients = [e for e in _actors(an, prep_objects(verb, {"to"})) if e not in suppliers]
    return _supplies(an, suppliers, recipients, _items(an, item_toks), noun, 0.6)


def _made_in_facts(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    """ "Russia used Iranian drones", "jets armed with Chinese missiles": a weapon named by
    another state's demonym, in the hands of the verb's subject, was supplied by that state."""
    users = _actors(an, subjects(verb))
    # "attacked a Greek-owned tanker": what is struck was not supplied
    targets = verb.lemma_.lower() in lex["target_verbs"]
    objs = [] if targets else [t for o in children(verb, {"dobj"}) for t in conj_expand(o)]
    objs += prep_objects(verb, {"with"})
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not users:
        # "bombed the port with jets supplied by Italy, armed with Italian bombs": the jets' user
        user_verb = governing_verb(verb.head)
        users = _actors(an, subjects(user_verb)) if user_verb is not None else []
    facts = []
    for obj in objs:
        if an.mention(obj) is not None:
            continue
        makers = _demonym_makers(an, [obj])  # "Iranian drones", "Iranian-made drones"
        item = _item_text(an, obj)
        for maker in makers:
            for user in users:
                if maker is user or not item:
                    continue
                fact = make_fact(an, "supply", {"supplier": maker, "recipient": user}, verb, 0.5)
                fact.add_literal("item", item)
                facts.append(fact)
    return facts


def _origin_facts(an: Analysis, verb: Token) -> list[Fact]:
    """ "Most of Peru's rifles come from Brazil": the owner of the items received them from
    the origin; both must be named."""
    suppliers = _actors(an, prep_objects(verb, {"from"}))
    if not suppliers:
        return []
    item_toks = [u for s in subjects(verb) for u in _unwrap(s)]
    recipients = _actors(an, [c for t in item_toks for c in children(t, {"poss"})])
    return _supplies(an, suppliers, recipients, _items(an, item_toks), verb, 0.55)


@dataclass
class Deal:
    """ "Poland signed a deal with Seoul": the signer buys, the other side sells, unless a
    later arrival says otherwise."""

    buyers: list[Entity]
    sellers: list[Entity]
    start: int  # character offset of its sentence
    items: list[str]  # "a deal for 1,000 tanks": what a later delivery of "the first 10" is


def deal_of(an: Analysis, noun: Token, lex: dict) -> list[Deal]:
    verb = governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in lex["deal_verbs"]:
        return []
    signers = _actors(an, subjects(verb))
    others = _actors(an, prep_objects(noun, {"with"}) + prep_objects(verb, {"with"}))
    others = [e for e in others if e not in signers]
    if not signers or not others:
        return []
    # "signed contracts with X for 1,000 tanks", "a deal for tanks", "a tank deal", "an
    # agreement to buy drones"
    wanted = prep_objects(noun, {"for"}) + prep_objects(verb, {"for"})
    if noun.lemma_.lower() in lex["deal_nouns_named_by_item"]:
        wanted += [c for c in children(noun, {"compound"}) if c.pos_ == "NOUN"]
    wanted += [
        o
        for acl in children(noun, {"acl"})
        if acl.lemma_.lower() in lex["receive_verbs"]
        for o in children(acl, {"dobj"})
    ]
    items = _items(an, [t for t in wanted if an.mention(t) is None])
    return [Deal(signers, others, _sent_start(an, noun), items)]


def _sent_start(an: Analysis, tok: Token) -> int:
    return an.offset + an.sent(tok).start_char


def _window_start(an: Analysis, tok: Token, sentences: int = 2) -> int:
    """Where the sentence `sentences` before tok's begins: how far back a fact is "just told"."""
    sent = an.sent(tok)
    for _ in range(sentences):
        if sent.start == 0:
            break
        sent = an.sent(an.doc[sent.start - 1])
    return an.offset + sent.start_char


def _arrived_items(an: Analysis, verb: Token, lex: dict) -> list[Token]:
    """What arrived: "the first K2 tanks", "the shipment, which included shells", "tanks from
    X and howitzers from Z"; never an actor ("the delegation arrived")."""
    out: list[Token] = []
    if _carriers(verb, lex):
        return []  # "the ship arrived with rifles": carried_facts tells what it brought
    for subj in subjects(verb):
        if an.mention(subj) is not None or an.anaphor(subj) is not None:
            return []
        if subj.lemma_.lower() in lex["nouns"] or subj.lower_ in lex["quantity"]:
            # "the shipment, which included shells", "the shipment of shells"
            inner = [
                o
                for r in children(subj, {"relcl"})
                if r.lemma_.lower() in {"include", "contain", "carry", "comprise"}
                for d in children(r, {"dobj"})
                for o in conj_expand(d)
            ]
            out += inner or [u for o in prep_objects(subj, {"of"}) for u in _unwrap(o)]
        else:
            out += [u for t in conj_expand(subj) for u in _unwrap(t)]
    if any(c.lemma_.lower() in lex["verbs"] for t in out for c in children(t, {"acl"})):
        return []  # "tanks supplied by X reached Y": the supply verb tells it
    return [t for t in out if _item_text(an, t)]


def _carriers(verb: Token, lex: dict) -> list[Token]:
    """The carriers that came with something: "a cargo plane landed ... with weapons"."""
    if not prep_objects(verb, {"with"}):
        return []
    return [s for s in subjects(verb) if s.lemma_.lower() in lex["carrier_nouns"]]


def carried_facts(an: Analysis, verb: Token, lex: dict) -> list[Fact]:
    """ "A Turkish cargo plane landed at Juba airport with rifles and mortars": what the
    carrier brought, from the state its demonym (or "from") names, to the place's state."""
    carriers = _carriers(verb, lex)
    if not carriers:
        return []
    items = [u for o in prep_objects(verb, {"with"}) for u in _unwrap(o)]
    froms = prep_objects(verb, {"from"}) + [t for c in carriers for t in prep_objects(c, {"from"})]
    suppliers = _actors(an, froms) or _demonym_makers(an, carriers)
    places = prep_objects(verb, lex["arrival_places"])
    # "at Juba airport": the city named in the place
    places += [c for p in places for c in children(p, {"compound"})]
    recipients = [e for e in _actors(an, places) if e not in suppliers]
    return _supplies(an, suppliers, recipients, _items(an, items), verb, 0.5)


def _just_told(an: Analysis, verb: Token, recent: list[Fact], items: list[Token]) -> Fact | None:
    """The supply told in the two sentences before that a later one continues: the last one
    whose item has the head word of what arrived, else the very last one; never one only
    hypothetical or denied ("denied selling weapons to Y. The shipment reached Z": the story
    has moved on from any supply told before)."""
    since, start = _window_start(an, verb), _sent_start(an, verb)
    window = [f for f in recent if since <= f.evidence[0] < start]
    told = [f for f in window if f.modality not in {"Hypothetical", "Denied"}]
    heads = {t.lemma_.lower() for t in items}
    same = [f for f in told if any(_head_lemma(i) in heads for i in f.literals.get("item", []))]
    if same:
        return same[-1]
    return window[-1] if window and window[-1] in told else None


def _head_lemma(item: str) -> str:
    """ "K2 tanks" -> "tank": the item's last word, singular."""
    word = item.split()[-1].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def arrival_facts(an: Analysis, verb: Token, recent: list[Fact], deals: list[Deal]) -> list[Fact]:
    """ "X sent air defences to Y. The first launchers arrived in Z": the items of a supply or
    deal just told have arrived; "tanks from X reached Y" in one sentence."""
    lex = relation_lexicon("supply")
    items = _arrived_items(an, verb, lex)
    if not items:
        return []
    places = children(verb, {"dobj"}) + prep_objects(verb, lex["arrival_places"])
    destination = _actors(an, places)
    since = _window_start(an, verb)
    facts: list[Fact] = []
    rest: list[Token] = []
    for item in items:
        own = _actors(an, prep_objects(item, {"from"}))
        text = _item_text(an, item)
        if own and destination and text:
            facts += _supplies(an, own, destination, [text], verb, 0.55)
        elif not own:
            rest.append(item)
    if not rest:
        return facts
    suppliers = _demonym_makers(an, rest)
    recipients = destination
    earlier = _just_told(an, verb, recent, rest)
    deal = next((d for d in reversed(deals) if since <= d.start < _sent_start(an, verb)), None)
    deal = deal or _deal_of_items(an, verb, deals, rest)
    if earlier is not None:
        suppliers = suppliers or [earlier.roles["supplier"]]
        recipients = recipients or [earlier.roles["recipient"]]
    elif deal is not None:
        if any(e in deal.buyers for e in recipients) or not recipients:
            suppliers, recipients = suppliers or deal.sellers, recipients or deal.buyers
        elif any(e in deal.sellers for e in recipients):
            suppliers = suppliers or deal.buyers
    recipients = [e for e in recipients if e not in suppliers]
    items = _items(an, rest)
    if earlier is not None:
        # "The tanks arrived" after "K2 tanks": the same items, as first named
        named = {_head_lemma(i): i for i in earlier.literals.get("item", [])}
        items = [named.get(_head_lemma(i), i) if " " not in i else i for i in items]
    return facts + _supplies(an, suppliers, recipients, items, verb, 0.5)


def _deal_of_items(an: Analysis, verb: Token, deals: list[Deal], items: list[Token]) -> Deal | None:
    """A deal told further back for the same things ("a deal for K2 tanks ... [paragraphs
    later] The first K2 tanks arrived"), unless a supply refused since then ends the story."""
    heads = {t.lemma_.lower() for t in items}
    start = _sent_start(an, verb)
    same = [d for d in deals if d.start < start and {_head_lemma(i) for i in d.items} & heads]
    return same[-1] if same else None


def _refused_since(recent: list[Fact], since: int) -> bool:
    """A supply refused or hypothetical since the deal: the story has moved on from it."""
    return any(f.evidence[0] >= since and f.modality in {"Hypothetical", "Denied"} for f in recent)


def _continues(an: Analysis, tok: Token) -> bool:
    """A subject that can only be something supplied just before: "the first 12", "they",
    "the shipment", "the jets" (a definite plural or a supply noun), never a name."""
    if _bare_amount(an, tok):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in {"they", "these", "those"} and an.anaphor(tok) is None
    if an.mention(tok) is not None or an.anaphor(tok) is not None:
        return False
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in tok.children)
    return definite and tok.pos_ == "NOUN" and not prep_objects(tok, {"of"})


def _bare_amount(an: Analysis, tok: Token) -> bool:
    """ "The first 12", "the first batch", "the rest": an amount that names no item."""
    lex = relation_lexicon("supply")
    if an.mention(tok) is not None or prep_objects(tok, {"of"}):
        return False
    return tok.like_num or tok.lower_ in lex["quantity"] or tok.lemma_.lower() in lex["quantity"]


def follow_up_facts(
    an: Analysis, verb: Token, recent: list[Fact], deals: list[Deal] | None = None
) -> list[Fact]:
    """ "X agreed to sell 48 jets to Y. The first 12 were delivered in 2023.": an amount that
    arrived or was delivered continues the supply (or the deal) just told, with its items; so
    do "they", "the shipment" and "the jets" when the supply before was of jets."""
    subj = passive_subjects(verb) if _passive(verb) else subjects(verb)
    if len(subj) != 1 or not _continues(an, subj[0]):
        return []
    if agents(verb) or prep_objects(verb, {"from"}):
        return []  # a source of its own: not the supply before
    earlier = _just_told(an, verb, recent, [])
    if earlier is not None and not _bare_amount(an, subj[0]):
        # "the jets were delivered": the supply before must be of jets (or a bare "they")
        heads = {_head_lemma(i) for i in earlier.literals.get("item", [])}
        lex = relation_lexicon("supply")
        named = subj[0].lemma_.lower()
        if subj[0].pos_ != "PRON" and named not in heads and named not in lex["nouns"]:
            earlier = None
    if earlier is None:
        since, start = _window_start(an, verb), _sent_start(an, verb)
        deal = next((d for d in reversed(deals or []) if since <= d.start < start), None)
        if deal is None and deals and len(deals) == 1 and deals[0].start < start:
            # "Poland signed a deal for 1,000 tanks. [...paragraphs later] The first 10
            # arrived": the story's one deal
            deal = deals[0] if not _refused_since(recent, deals[0].start) else None
        if deal is None or not deal.items or _promised(verb) or _refused_since(recent, since):
            return []
        facts = _supplies(an, deal.sellers, deal.buyers, deal.items, verb, 0.5)
        return [f for f in facts if f.modality in {"Asserted", "Reported"}]
    roles = dict(earlier.roles)
    fact = make_fact(an, "supply", roles, verb, 0.5)
    for item in earlier.literals.get("item", []):
        fact.add_literal("item", item)
    return [fact]


def find(an: Analysis) -> list[Fact]:
    lex = relation_lexicon("supply")
    facts: list[Fact] = []
    deals: list[Deal] = []
    keys = ("deal_nouns", "arrival_verbs", "verbs", "flow_verbs", "use_verbs", "origin_verbs")
    keys += ("carrier_verbs",)
    keys += ("nouns", "agent_nouns", "buyer_nouns")
    for tok in an.tokens_with(trigger_words("supply", *keys, extra=("armed",))):
        lemma = tok.lemma_.lower()
        if lemma in lex["verbs"] and _verb_taken_for_compound(tok, lex):
            facts.extend(_compound_verb_facts(an, tok, lex))
            continue
        if tok.pos_ == "NOUN" and lemma in lex["deal_nouns"]:
            deals.extend(deal_of(an, tok, lex))
        if tok.dep_ == "amod" and tok.lower_ == "armed":
            facts.extend(armed_taken_for_adjective(an, tok))
        if tok.pos_ in {"VERB", "AUX"} or (tok.tag_ == "VBN" and tok.dep_ in {"acl", "amod"}):
            if lemma in lex["carrier_verbs"]:
                facts.extend(carried_facts(an, tok, lex))
            if lemma in lex["arrival_verbs"]:
                facts.extend(
                    arrival_facts(an, tok, facts, deals) or follow_up_facts(an, tok, facts, deals)
                )
            if lemma in lex["verbs"]:
                found = _verb_facts(an, tok, facts)
                if not found and _passive(tok) and tok.dep_ not in {"acl", "amod"}:
                    found = follow_up_facts(an, tok, facts, deals)
                facts.extend(found)
            if lemma in lex["flow_verbs"]:
                facts.extend(flow_facts(an, tok))
            if lemma in lex["use_verbs"]:
                facts.extend(_made_in_facts(an, tok, lex))
            if lemma in lex["origin_verbs"]:
                facts.extend(_origin_facts(an, tok))
        elif tok.pos_ == "NOUN" and lemma in lex["nouns"] and not _described_object(tok):
            facts.extend(_noun_facts(an, tok))
        elif tok.pos_ == "NOUN" and lemma in lex["agent_nouns"]:
            facts.extend(_agent_noun_facts(an, tok))
        elif tok.pos_ == "NOUN" and lemma in lex["buyer_nouns"]:
            facts.extend(_buyer_noun_facts(an, tok))
    return facts
