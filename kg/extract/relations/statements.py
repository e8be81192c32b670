"""Statements: direct quotations and who said them.

The speaker is the subject of the nearest speech verb outside the quotation marks ("X said",
"said X", "X told reporters", "X noted"), the subject before a colon ("X pledged: ..."), the
object of "according to", or, for a quotation that fills its own sentence right after another
quotation, the speaker of that one. Pronouns resolve to the last person named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.entities import Entity
from kg.extract.facts import Fact
from kg.extract.lexicon import relation_lexicon, word_list
from kg.extract.relations.common import antecedent, conj_expand, sentence_span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.mentions import Analysis

_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_SPEAKER_KINDS = {"Person", "Organization", "State", "Group"}


_OPENERS = {"“": "”", "«": "»", "„": "“"}
_QUOTE_MARKS = re.compile("[" + re.escape("".join({*_OPENERS, *_OPENERS.values(), '"'})) + "]")


def _straight_is_opening(text: str, i: int) -> bool:
    """A straight quote opens when it follows a space, an opening bracket or the line start."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:":
        return not after.isspace()
    return False


def quote_spans(an: Analysis) -> list[tuple[int, int]]:
    """Character spans (in the analysed text) of the words inside quotation marks, paired
    paragraph by paragraph so that one stray mark does not shift every later quotation."""
    text = an.text
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        open_at: int | None = None
        closer = ""
        for mark in _QUOTE_MARKS.finditer(paragraph):  # the marks only: a loop over every
            ch, i = mark.group(), offset + mark.start()  # character cost more than the rest
            if open_at is None:
                if ch in _OPENERS:
                    open_at, closer = i + 1, _OPENERS[ch]
                elif ch == '"' and _straight_is_opening(text, i):
                    open_at, closer = i + 1, '"'
            elif ch == closer or (closer == '"' and ch == "”"):
                if i > open_at:
                    spans.append((open_at, i))
                open_at = None
            elif ch in _OPENERS and closer != '"' and ch != closer:
                open_at, closer = i + 1, _OPENERS[ch]  # a stray opening mark: start again
        offset += len(paragraph) + 1
    return spans


def mark_quotes(an: Analysis) -> list[tuple[int, int]]:
    spans = quote_spans(an)
    for start, end in spans:
        span = an.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            an.quoted.update(range(span.start, span.end))
    return spans


def _quoted_as_saying(an: Analysis, verb: Token) -> Entity | None:
    """ "The statement quoted X as saying: ...": the one quoted, not the statement."""
    quote = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quote = verb.head.head
    if quote.lemma_.lower() not in relation_lexicon("statement")["quoting_verbs"]:
        return None
    for obj in quote.children:
        if obj.dep_ in {"dobj", "nsubjpass"}:
            entity = an.entity_for(obj)
            if entity is not None and entity.kind in _SPEAKER_KINDS:
                return entity
    return None


def _named_before(an: Analysis, tok: Token) -> Entity | None:
    """ "the ministry said": the last organization named before whose name has that word."""
    if tok.pos_ != "NOUN" or not any(c.lower_ == "the" for c in tok.children):
        return None
    word = tok.lower_
    for m in sorted(an.mentions, key=lambda m: m.start, reverse=True):
        if m.start < tok.i and m.entity.kind == "Organization" and word in m.entity.label.lower():
            return m.entity
    return None


def _state_body(an: Analysis, tok: Token) -> Entity | None:
    """ "Kenya's foreign ministry said", "Brazil's mission to the UN said": the institution
    speaks, not the state it belongs to."""
    if an.mention(tok) is not None or tok.lemma_.lower() not in word_list("org_words.txt"):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and an.mention(c) is not None]
    # "the foreign ministry of Qatar said"
    of_state = [o for o in _of_objects(tok) if an.mention(o) is not None and o.i == o.head.i + 1]
    state = an.mention((owners or of_state)[0]).entity if owners or of_state else None
    if state is None or state.kind != "State":
        return None
    if not owners:
        first = next((c for c in tok.lefts if c.dep_ != "det"), tok)
        return an.table.body(an.doc[first.left_edge.i : of_state[0].i + 1].text, state)
    end = tok.i + 1
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "at", "in"} and prep.i == end:
            end = prep.right_edge.i + 1  # "mission to the UN"
    return an.table.body(an.doc[owners[0].left_edge.i : end].text, state)


def _of_objects(tok: Token) -> list[Token]:
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]


def _speaker_of_verb(an: Analysis, verb: Token) -> Entity | None:
    quoted = _quoted_as_saying(an, verb)
    if quoted is not None:
        return quoted
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subj and verb.dep_ in {"conj", "xcomp", "advcl"}:
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "acl" and verb.head.dep_ == "appos":
        # "Turkey, Azerbaijan's closest ally, called on Y to ...", parsed as "ally called"
        subj = [verb.head.head]
    for s in subj:
        for tok in conj_expand(antecedent(s)):  # "Y, who told him ...": Y
            # "said Canada's defence minister, Ann Fraser": the person, not the state
            entity = next(
                (
                    an.entity_for(c)
                    for c in tok.children
                    if c.dep_ == "appos"
                    and an.entity_for(c) is not None
                    and an.entity_for(c).kind == "Person"
                ),
                None,
            )
            group = [e for e in an.group(tok) if e.kind == "Person"]
            entity = entity or (group[0] if len(group) > 1 else None)  # "the two presidents"
            entity = entity or _state_body(an, tok) or an.entity_for(tok) or _named_before(an, tok)
            if entity is None:
                # "a spokesman for the ministry said": the organization, when no one is named
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at"}:
                        for pobj in prep.children:
                            entity = entity or an.entity_for(pobj)
            if entity is not None and entity.kind in _SPEAKER_KINDS:
                return entity
    return None


def _joint_speakers(an: Analysis, verb: Token, first: Entity) -> list[Entity]:
    """ "X and Y said in a joint statement": every person of the conjoined subject; "the two
    presidents said": both of them."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    group = [e for s in subj for e in an.group(s) if e.kind == "Person"]
    if len(group) > 1 and first in group:
        return list(dict.fromkeys(group))
    people = [
        e
        for s in subj
        for t in conj_expand(s)
        if (e := an.entity_for(t)) is not None and e.kind == "Person"
    ]
    if first not in people:
        return [first]
    return [first, *(e for e in dict.fromkeys(people) if e is not first)]


def _attribution(an: Analysis, start_tok: int, end_tok: int) -> list[Entity]:
    doc = an.doc
    first_sent = an.sent(start_tok)
    last_sent = an.sent(max(start_tok, end_tok - 1))
    speech = relation_lexicon("statement")["verbs"]
    region = [t for t in doc[first_sent.start : last_sent.end] if t.i not in an.quoted]
    verbs = [t for t in region if t.lemma_.lower() in speech and t.pos_ in {"VERB", "AUX"}]

    # nearest verb first; after the quote beats before it at the same distance
    def distance(t: Token) -> int:
        return t.i - end_tok if t.i >= end_tok else (start_tok - t.i) + 1

    # a quotation inside a speech verb's clause is that verb's ("X congratulated both
    # countries 'on ...', and Y welcomed the accord": X's, though Y's verb is nearer)
    governing = _governing_speech_verb(an, start_tok, end_tok, speech)
    entity = _speaker_of_verb(an, governing) if governing is not None else None
    if governing is not None and entity is not None:
        return _joint_speakers(an, governing, entity)
    for verb in sorted(verbs, key=distance):
        entity = _speaker_of_verb(an, verb)
        if entity is not None:
            return _joint_speakers(an, verb, entity)
    # a colon before the quote: "X pledged: ..."
    before = doc[start_tok - 2 : start_tok] if start_tok >= 2 else doc[0:start_tok]
    if any(t.text == ":" for t in before):
        # "X pledged: ...", "X was clear: ..." (the parser may make the quote the root)
        heads = [an.sent(start_tok - 1).root] + [
            t
            for t in reversed(region)
            if t.i < start_tok and t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux"
        ]
        for head in heads:
            entity = _speaker_of_verb(an, head)
            if entity is not None:
                return _joint_speakers(an, head, entity)
    for tok in region:
        if tok.lower_ == "according":
            for to in tok.children:
                for pobj in to.children:
                    entity = an.entity_for(pobj)
                    if entity is not None and entity.kind in _SPEAKER_KINDS:
                        return [entity]
    return []


def _governing_speech_verb(
    an: Analysis, start_tok: int, end_tok: int, speech: set[str] | list[str]
) -> Token | None:
    """The nearest speech verb outside the quotation that the quotation hangs from."""
    node = next((t for t in an.doc[start_tok:end_tok] if not start_tok <= t.head.i < end_tok), None)
    for _ in range(4):
        if node is None or node.head.i == node.i:
            return None
        node = node.head
        speaking = node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in speech
        if speaking and node.i not in an.quoted:
            return node
    return None


def find(an: Analysis, spans: list[tuple[int, int]]) -> list[Fact]:
    facts: list[Fact] = []
    doc = an.doc
    min_words = int(relation_lexicon("statement")["min_words"])
    last_speaker: Entity | None = None
    last_end_sent = -1
    for start, end in spans:
        text = an.text[start:end].strip().rstrip(",").strip()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        speakers = _attribution(an, span.start, span.end)
        speaker = speakers[0] if speakers else None
        outside = [t for t in an.sent(span[0]) if t.i not in an.quoted and not t.is_punct]
        if speaker is None and not outside and last_speaker is not None:
            # a quotation that is its own sentence continues the previous speaker
            prev_tok = an.sent(span[0]).start - 1
            if prev_tok >= 0 and an.sent(prev_tok).start == last_end_sent:
                speaker = last_speaker
        if speaker is not None:
            last_speaker = speaker
            last_end_sent = an.sent(span.end - 1).start
        if speaker is None or len(_WORD.findall(text)) < min_words:
            continue
        for who in speakers or [speaker]:
            fact = Fact(
                kind="statement",
                roles={"speaker": who},
                evidence=_evidence(an, span.start, span.end),
                confidence=0.8,
            )
            fact.add_literal("quote", text.rstrip(" .,;:"))
            facts.append(fact)
    return facts


def _evidence(an: Analysis, start_tok: int, end_tok: int) -> tuple[int, int]:
    first = sentence_span(an, an.sent(start_tok))
    last = sentence_span(an, an.sent(max(start_tok, end_tok - 1)))
    return first[0], last[1]
