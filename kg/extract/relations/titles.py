"""Titles of people: "Chilean President Ana Rojas", "Rojas's top aide, Pablo Vidal",
"Lena Hoff, a Baltic expert at the Council", "X is Iran's foreign minister".

Both the leaders and the affiliations come from here: a leader title held for a state is a
leadership position, any other title (or a leader title held for an organization) an affiliation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kg.extract.entities import Entity
from kg.extract.gazetteer import name_index
from kg.extract.lexicon import titles
from kg.extract.mentions import Mention, name_like_title, title_words
from kg.extract.relations.common import entities

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.mentions import Analysis

_FILLER = {
    "former",
    "ex",
    "late",
    "retired",
    "erstwhile",
    "new",
    "top",
    "senior",
    "longtime",
    "long-time",
    "then",
    "current",
    "incoming",
    "newly",
    "elected",
    "sitting",
    "veteran",
    "powerful",
    "chief",
    "interim",
    "acting",
    "de",
    "facto",
    "self",
    "-",
    "proclaimed",
    "influential",
    "close",
    "closest",
    "trusted",
    "outspoken",
    "prominent",
    "leading",
    "respected",
    "well",
    "known",
    "renowned",
}
_PRINCIPAL_PREPS = {"of", "at", "for", "with", "in", "from", "to"}
_OFFICE_VERBS = {
    "be",
    "become",
    "remain",
    "serve",
    "elect",
    "re-elect",
    "reelect",
    "appoint",
    "name",
    "swear",
    "inaugurate",
    "install",
    "choose",
    "nominate",
    "confirm",
}
_LEAD_VERBS = {"lead", "rule", "govern", "head", "run", "helm", "chair"}


@dataclass
class Title:
    person: Entity
    text: str  # as written, without the principal: "President", "top aide", "Middle East expert"
    head: str  # lower-case head word(s): "president", "prime minister", "aide"
    principal: Entity | None
    trigger: Token
    modifiers: set[str]  # lower-case words before the head ("former", "deputy")
    counterpart: bool = False  # named as someone's counterpart: not of the state nearby


@cache
def _role_phrases() -> set[str]:
    data = titles()
    return set(data["leader_titles"]) | set(data["role_titles"])


@cache
def _role_words() -> set[str]:
    return {phrase.split()[-1] for phrase in _role_phrases()}


def head_of(words: list[str]) -> str:
    """The longest known title at the end of a word list: ["foreign", "minister"] -> that."""
    low = [w.lower().rstrip(".") for w in words]
    for n in (4, 3, 2, 1):
        if len(low) >= n and " ".join(low[-n:]) in _role_phrases():
            return " ".join(low[-n:])
    return ""


def _owner(poss: Token) -> Token:
    """ "the talks between X and Chile's new president, Y": the parser hangs the possessive on
    the first conjunct, but the owner is the conjunct that carries the "'s"."""
    if any(c.dep_ == "case" for c in poss.children):
        return poss
    marked = [c for c in poss.conjuncts if any(m.dep_ == "case" for m in c.children)]
    return marked[-1] if marked else poss


def _principal_of(an: Analysis, noun: Token, person: Entity) -> Entity | None:
    """Whom a title noun is held for: "Chile's", "Chilean", "Elysee", "of Chile", "at ECOWAS"."""
    candidates: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss":
            candidates.append(_owner(child))
        elif child.dep_ in {"amod", "compound", "nmod", "npadvmod"}:
            candidates.append(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _PRINCIPAL_PREPS:
            if child.lower_ == "to" and noun.lemma_.lower() in {"ambassador", "envoy", "emissary"}:
                continue
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
    # "Iran project director at the Crisis Group": the organization one works at, not the topic
    at = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "at" for c in p.children]
    at_org = [t for t in at if (e := an.entity_for(t)) is not None and e.kind == "Organization"]
    candidates = at_org + [t for t in candidates if t not in at_org]
    for tok in candidates:
        entity = an.entity_for(tok)
        if entity is None and tok.dep_ == "pobj":
            # "head of the country's intelligence service": a nested possessive;
            # "director of the Africa programme at Harbor Institute": a nested preposition
            entity = next((an.entity_for(c) for c in tok.children if c.dep_ == "poss"), None)
            for prep in tok.children:
                if entity is None and prep.dep_ == "prep" and prep.lower_ in {"at", "of", "in"}:
                    entity = next(
                        (an.entity_for(c) for c in prep.children if c.dep_ == "pobj"), None
                    )
        if entity is not None and entity is not person and entity.kind != "Place":
            return entity
    return None


def _counterpart_title(an: Analysis, noun: Token, person: Entity) -> Title | None:
    """ "his Kenyan counterpart, Joel Mbatha": the other leader's title, for the state the
    demonym names."""
    state = next(
        (
            an.mention(c).entity
            for c in noun.children
            if an.mention(c) is not None and an.mention(c).entity.kind == "State"
        ),
        None,
    )
    if state is None:
        return None
    other = None
    if noun.dep_ == "conj":
        # "Prime Minister X and his Kenyan counterpart, Y": the counterpart of X
        joined = an.entity_for(noun.head)
        other = joined if joined is not None and joined.kind == "Person" else None
    for child in noun.children:
        if child.dep_ == "poss" and other is None:
            other = an.entity_for(child)
    other = other or an.last_person_before(noun.i)
    head = an.table.titles.get(id(other), "") if other is not None else ""
    if not head and other is not None:
        # "the foreign minister ... his Omani counterpart, Y": Y holds the same office
        roles = [h for h in an.table.role_heads.get(id(other), set()) if h in _role_phrases()]
        head = max(roles, key=lambda h: (len(h.split()), h), default="")
    if not head:
        return None
    return Title(person, head.title(), head, state, noun, set())


def _noun_title(an: Analysis, noun: Token, person: Entity) -> Title | None:
    if noun.lemma_.lower() == "counterpart":
        return _counterpart_title(an, noun, person)
    # "Australia's deputy prime minister": "deputy" may be parsed as an nmod
    mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i]
    words = []
    for m in sorted(mods, key=lambda t: t.i):
        mention = an.mention(m)
        if mention is not None and mention.entity.kind in {"State", "Organization", "Person"}:
            continue
        words.extend(
            t.text
            for t in m.subtree
            if (t.i < noun.i and an.mention(t) is None)
            or (an.mention(t) is not None and an.mention(t).entity.kind == "Place")
        )
    words.append(noun.text)
    for prep in noun.children:
        # "Nigeria's head of state", "head of government", "the head of Myanmar's junta"
        if prep.dep_ == "prep" and prep.lower_ == "of" and noun.lower_ == "head":
            for pobj in prep.children:
                if pobj.lower_ in {"state", "government"} and pobj.dep_ == "pobj":
                    words += ["of", pobj.lower_]
                elif pobj.lower_ in {"junta"} and pobj.dep_ == "pobj":
                    words += ["of", "the", pobj.lower_]
    head = head_of(words) or head_of([noun.text])
    if not head and noun.lemma_.lower() in _role_phrases():
        head = noun.lemma_.lower()
    if not head:
        return None
    principal = _principal_of(an, noun, person)
    text = " ".join(w for w in words if w.lower() not in {"the", "a", "an"})
    modifiers = {w.lower() for w in words[:-1]}
    return Title(person, text, head, principal, noun, modifiers)


def _prefix_title(an: Analysis, m: Mention) -> Title | None:
    """Title words written before the name: "Ghanaian Foreign Minister Kofi Mensah"."""
    doc = an.doc
    i = m.start - 1
    words: list[Token] = []
    principal: Entity | None = None
    outer: set[str] = set()  # modifiers written before the principal
    tw = title_words()
    while i >= 0 and i >= m.start - 8:
        tok = doc[i]
        mention = an.mention(tok)
        if mention is not None:
            if mention.entity.kind in {"State", "Organization", "Group"} and words:
                principal = mention.entity
                # "Former Ghanaian president X": a modifier before the demonym
                before = doc[mention.start - 1] if mention.start > 0 else None
                if before is not None and before.lower_ in _FILLER:
                    outer.add(before.lower_)
            break
        low = tok.lower_.rstrip(".")
        if low in tw or low in _FILLER:
            if i == m.start - 1 and name_like_title(doc, i):
                break  # "Amir Tal" without a state before it is a name
            words.insert(0, tok)
            i -= 1
            continue
        if low == "of" and words and i > 0 and doc[i - 1].lower_.rstrip(".") in tw:
            words.insert(0, tok)  # "Secretary of State"
            i -= 1
            continue
        if _topic_word(tok, words):
            words.insert(0, tok)  # "Ukrainian military intelligence chief X"
            i -= 1
            continue
        if tok.tag_ == "POS" and words and i > 0:
            prev = an.mention(doc[i - 1])
            if prev is not None and prev.entity.kind != "Place":
                principal = prev.entity
            break
        break
    if not words:
        return None
    # "Emir Sheikh X", "President Sheikh X": an honorific between title and name
    honorifics = {h.rstrip(".") for h in titles()["person_honorifics"]}
    honorifics |= {r.lower().rstrip(".") for r in titles()["rank_abbreviations"]}
    honorifics |= set(titles()["courtesy_titles"])
    # "Army spokesman Brig. Gen. X": the office before the ranks
    ranks = 0
    while ranks < len(words) - 1 and words[-1 - ranks].lower_.rstrip(".") in honorifics:
        ranks += 1
        courtesy = words[-1].lower_ in titles()["courtesy_titles"]
        if head_of([t.text for t in words[:-ranks]]) and (
            courtesy or not head_of([words[-1].text])
        ):
            del words[-ranks:]
            break
    text_words = [
        t.text for t in words if t.lower_.rstrip(".") not in _FILLER or t.lower_ == "chief"
    ]
    head = head_of(text_words)
    if not head:
        return None
    # "President X of Y": the principal after the name
    if principal is None:
        principal = _state_inside_name(an, m)
    if principal is None:
        last = doc[m.end - 1]
        for prep in last.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    entity = an.entity_for(pobj)
                    if entity is not None and entity.kind in {"State", "Organization"}:
                        principal = entity
    text = " ".join(text_words)
    modifiers = {t.lower_ for t in words[:-1]} | outer
    return Title(m.entity, text, head, principal, words[-1], modifiers)


def _state_inside_name(an: Analysis, m: Mention) -> Entity | None:
    """ "President Faye of Senegal" tagged as one name: the state after "of" inside it."""
    toks = list(an.doc[m.start : m.end])
    for k, tok in enumerate(toks[:-1]):
        if tok.lower_ == "of" and k > 0:
            found = name_index().get(" ".join(t.text for t in toks[k + 1 :]).removeprefix("the "))
            if found is not None and found[0] == "state" and found[2] == "name":
                return an.table.state(found[1])
    return None


def _topic_word(tok: Token, words: list[Token]) -> bool:
    """A lower-case noun or adjective modifying the title words after it ("military
    intelligence chief", "navy commander"): part of the title, so a demonym before it counts."""
    return (
        bool(words)
        and tok.is_alpha
        and (tok.is_lower or (tok.is_title and tok.pos_ == "PROPN" and not tok.is_sent_start))
        and tok.pos_ in {"NOUN", "ADJ", "PROPN"}
        and tok.dep_ in {"compound", "amod", "nmod"}
        and tok.head.i in {w.i for w in words} | {words[0].i + 1}
    )


def _governed_state(an: Analysis, m: Mention) -> Entity | None:
    """ "Y is ruled by President X" / "X, who leads Y": the state a person governs."""
    tok = an.doc[m.end - 1]
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head
        if verb.lemma_.lower() in _LEAD_VERBS:
            for subj in verb.children:
                if subj.dep_ == "nsubjpass":
                    entity = an.entity_for(subj)
                    if entity is not None and entity.kind == "State":
                        return entity
    for child in tok.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in _LEAD_VERBS:
            for obj in child.children:
                if obj.dep_ == "dobj":
                    entity = an.entity_for(obj)
                    if entity is not None and entity.kind == "State":
                        return entity
    return None


def _ongoing(verb: Token) -> bool:
    """Present or present perfect: "leads", "has ruled"."""
    return verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children
    )


def _appositions(last: Token) -> list[Token]:
    """Title nouns in apposition to a name. In "A and B, then president of Y" the parser hangs
    the apposition on A; it belongs to the conjunct right before it, B."""
    # "X, Hezbollah's secretary-general": the parser may call "general" an adjective
    nouns = [
        c
        for c in last.children
        if c.dep_ == "appos" and (c.pos_ in {"NOUN", "PROPN"} or c.lower_ in _role_words())
    ]
    conjs = [c for c in last.subtree if c.dep_ == "conj" and c.i > last.i]
    own = [n for n in nouns if not any(c.i < n.i for c in conjs)]
    # this name is a later conjunct: take the first conjunct's apposition that follows it
    root = last
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root is not last:
        later = [c for c in root.subtree if c.dep_ == "conj" and c.i > last.i]
        own += [
            noun
            for noun in root.children
            if noun.dep_ == "appos"
            and noun.i > last.i
            and noun.pos_ in {"NOUN", "PROPN"}
            and not any(c.i < noun.i for c in later)
        ]
    return own


def is_counterpart(an: Analysis, m: Mention) -> bool:
    """ "their counterparts, Foreign Secretary X": X serves another state than the one nearby."""
    sent = an.sent(m.start)
    # a window, not the parse: lists of titled names after "counterparts" parse badly
    window = an.doc[max(sent.start, m.start - 12) : m.start]
    return any(t.lemma_.lower() == "counterpart" for t in window)


def person_titles(an: Analysis) -> Iterator[Title]:
    """Every (person, title, principal) the text states; each person's title heads are
    remembered so that "the prime minister" later finds them."""
    for title in _person_titles(an):
        heads = an.table.role_heads.setdefault(id(title.person), set())
        heads.add(title.head)
        heads.add(title.head.split()[-1])
        yield title


def _person_titles(an: Analysis) -> Iterator[Title]:
    for m in an.mentions:
        if m.entity.kind != "Person":
            continue
        person = m.entity
        last = an.doc[m.end - 1]
        found = _prefix_title(an, m)
        if found is not None:
            found.counterpart = is_counterpart(an, m)
            if found.principal is None:
                found.principal = _governed_state(an, m)
            yield found
        # apposition either way: "Rojas's aide, Pablo Vidal" / "Lena Hoff, an expert at"
        nouns = _appositions(last)
        if last.dep_ == "appos" and last.head.pos_ in {"NOUN", "PROPN"}:
            nouns.append(last.head)
            # "The president of Argentina, Javier Milei,": the parser hangs the name on the
            # title's "of" object
            owner = last.head
            if owner.dep_ == "pobj" and owner.head.lower_ in {"of", "for", "at", "to"}:
                title_noun = owner.head.head
                if title_noun.pos_ == "NOUN" and title_noun.lemma_.lower() in _role_words():
                    nouns.append(title_noun)
            # "X and his Kenyan counterpart, Y": the parser hangs Y on X, after the conjunct
            before = [c for c in last.head.children if c.dep_ == "conj" and c.i < last.i]
            if before and before[-1].pos_ == "NOUN":
                nouns.append(before[-1])
        # copula and office verbs: "X is Iran's foreign minister", "X was elected president of
        # Brazil", "X was sworn in as prime minister of Japan", "X, who became prime minister"
        verbs = []
        if last.dep_ in {"nsubj", "nsubjpass"} and last.head.lemma_.lower() in _OFFICE_VERBS:
            verbs.append(last.head)
        verbs += [
            c for c in last.children if c.dep_ == "relcl" and c.lemma_.lower() in _OFFICE_VERBS
        ]
        for verb in verbs:
            nouns.extend(
                c
                for c in verb.children
                if c.dep_ in {"attr", "oprd", "dobj"} and c.lemma_.lower() in _role_words()
            )
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    nouns.extend(c for c in prep.children if c.dep_ == "pobj")
        # "The president of Y, X," parsed as "president of [Y, X]": the state hangs on the name;
        # "Y's ambassador to Z, X," as "ambassador to [Z, X]": Z is only where X serves
        if last.dep_ == "pobj" and last.head.lower_ in {"of", "to"}:
            title_noun = last.head.head
            held = [c for c in last.children if c.dep_ in {"nmod", "compound", "appos"}]
            states = entities(an, held, {"State", "Organization"})
            if states and title_noun.pos_ == "NOUN" and title_noun.lemma_.lower() in _role_words():
                title = _noun_title(an, title_noun, person)
                if title is not None and last.head.lower_ == "of":
                    title.principal = states[0]
                if title is not None:
                    yield title
        # "X, who serves as defence minister"
        for child in last.children:
            if child.dep_ == "relcl":
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ == "as":
                        nouns.extend(c for c in prep.children if c.dep_ == "pobj")
        # "X has led Kazakhstan since 2019", "X rules Y": a leader, title unstated ("X led Y to
        # the final" is no office)
        if (
            last.dep_ == "nsubj"
            and last.head.lemma_.lower() in {"lead", "rule", "govern"}
            and _ongoing(last.head)
        ):
            for obj in last.head.children:
                entity = an.entity_for(obj) if obj.dep_ == "dobj" else None
                if entity is not None and entity.kind == "State":
                    yield Title(person, "Leader", "leader", entity, last.head, set())
        # "the Karu movement, led by X": the leader of that organization
        if last.dep_ == "pobj" and last.head.dep_ == "agent":
            verb = last.head.head
            if verb.lemma_.lower() in {"lead", "head"} and verb.dep_ in {"acl", "relcl"}:
                owner = an.entity_for(verb.head)
                if owner is not None and owner.kind == "Organization":
                    yield Title(person, "leader", "leader", owner, verb, set())
        # "X, who commands Chile's southern forces": a commander of that state or body
        for child in last.children:
            if child.dep_ == "relcl" and child.lemma_.lower() == "command":
                for obj in child.children:
                    entity = an.entity_for(obj) if obj.dep_ == "dobj" else None
                    if entity is not None and entity.kind in {"State", "Organization"}:
                        yield Title(person, "commander", "commander", entity, child, set())
        # "X, who advises Chancellor Y": a role for the verb's object
        for child in last.children:
            role = titles()["role_verbs"].get(child.lemma_.lower())
            if child.dep_ == "relcl" and role:
                for obj in child.children:
                    entity = an.entity_for(obj) if obj.dep_ == "dobj" else None
                    if entity is not None and entity is not person and entity.kind != "Place":
                        yield Title(person, role, role, entity, child, set())
        # "X, who heads the Karu movement"; "Nora Bell of the Harbor Institute"
        for child in last.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in _LEAD_VERBS:
                for obj in child.children:
                    entity = an.entity_for(obj) if obj.dep_ == "dobj" else None
                    if entity is None and obj.dep_ == "dobj" and obj.pos_ == "NOUN":
                        # "who leads the Popular Front faction": the name before the noun
                        named = [c for c in obj.lefts if c.dep_ == "compound" and an.mention(c)]
                        found = an.entity_for(named[-1]) if named else None
                        entity = (
                            found if found is not None and found.kind == "Organization" else None
                        )
                    if entity is not None and entity.kind == "Organization":
                        yield Title(person, "head", "head", entity, child, set())
                    elif entity is not None and entity.kind == "State" and obj.pos_ == "NOUN":
                        # "X, who heads Chile's intelligence service": head of a state body
                        body = " ".join(
                            t.text for t in obj.subtree if t.dep_ not in {"poss", "case", "det"}
                        )
                        yield Title(person, f"head of {body}", "head", entity, child, set())
            if child.dep_ == "prep" and child.lower_ in {"of", "from"}:  # "at" is a place
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and an.mention(pobj) is None and pobj.pos_ == "NOUN":
                        # "X of the Brookings Institution think tank": the name before the noun
                        pobj = next(
                            (c for c in pobj.lefts if c.dep_ == "compound" and an.mention(c)),
                            pobj,
                        )
                    entity = an.entity_for(pobj) if pobj.dep_ in {"pobj", "compound"} else None
                    mention = an.mention(pobj)
                    if entity is not None and entity.kind == "Organization" and mention:
                        yield Title(person, "", "member", entity, child, set())
        for noun in nouns:
            if an.mention(noun) is not None and an.mention(noun).entity.kind == "Person":
                continue
            title = _noun_title(an, noun, person)
            if title is not None and title.principal is None and noun.head.i == last.i:
                # "X, chief of staff to President Y": the parser hangs "to Y" on the name
                for prep in last.children:
                    if prep.dep_ == "prep" and prep.i > noun.i and prep.lower_ in {"to", "for"}:
                        found = entities(an, [c for c in prep.children if c.dep_ == "pobj"])
                        title.principal = next((e for e in found if e is not person), None)
            if title is not None:
                yield title
