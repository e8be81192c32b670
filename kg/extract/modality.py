"""Modality of a trigger word: asserted, reported, planned, hypothetical or denied.

A plain fact is stated in the indicative; "could supply", "plans to send", "if ... attacks",
"denied supplying" are not facts the named queries should return.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import relation_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MODAL_HYPO = {"could", "would", "might", "may", "should", "must", "can"}
_MODAL_PLAN = {"will", "shall", "'ll", "wo"}
_GOVERNORS_PLAN = {
    "plan",
    "intend",
    "expect",
    "schedule",
    "prepare",
    "aim",
    "agree",
    "promise",
    "pledge",
    "vow",
    "commit",
    "decide",
    "set",
    "due",
    "hope",
    "seek",
    "offer",
    "propose",
    "go",
    "approve",
    "authorize",
    "authorise",
}
_GOVERNORS_HYPO = {
    "want",
    "suppose",
    "wish",
    "ask",
    "request",
    "urge",
    "demand",
    "call",
    "press",
    "push",
    "consider",
    "threaten",
    "warn",
    "try",
    "attempt",
    "fear",
    "worry",
    "refuse",
    "decline",
    "able",
    "ready",
    "willing",
    "likely",
    "unlikely",
    "lobby",
    "beg",
    "need",
    "weigh",
    "mull",
    "discuss",
    "hesitate",
    "reluctant",
    "avoid",
}
# a threat of retaliation is already a conflict; a wish for a pact is not yet an alliance
_NOUN_GOVERNORS_HYPO = {
    "want",
    "wish",
    "seek",
    "fear",
    "worry",
    "consider",
    "propose",
    "discuss",
    "request",
    "demand",
    "urge",
    "avoid",
    "hope",
    "need",
    "explore",
    "mull",
}
_GOVERNORS_DENY = {
    "deny", "reject", "refute", "dismiss", "rule", "stop", "halt", "cease", "quit", "suspend",
    "cancel", "scrap", "terminate", "abandon", "sever", "freeze", "block", "veto",
}  # fmt: skip
# "warned Y against attacking", "barred Y from selling", "refrained from striking"
_WARDING_PREPS = {"against", "from"}
_REPORT_VERBS = {
    "report",
    "allege",
    "claim",
    "accuse",
    "say",
    "believe",
    "suspect",
    "cite",
    "tell",
    "state",
    "confirm",
    "note",
    "add",
    "according",
}
_NEG = {"not", "n't", "never", "no"}
_RAISING_REPORT = {
    "say", "report", "believe", "think", "understand", "know", "allege", "suspect", "rumour",
    "rumor", "estimate", "claim", "see", "consider",
}  # fmt: skip


# "accusations that X armed Y": what the noun says someone claimed
_CLAIM_NOUNS = {
    "accusation", "allegation", "claim", "report", "charge", "suggestion", "rumour", "rumor",
    "assertion", "evidence", "sign", "indication",
}  # fmt: skip
_ACCUSE = {"accuse", "suspect", "blame", "charge", "condemn", "criticise", "criticize"}


def _accuser(node: Token) -> Token | None:
    """The subject of "accused ... of/for VERBing", or None when node is not such a gerund."""
    prep = node.head
    if node.dep_ != "pcomp" or prep.lower_ not in {"of", "for"}:
        return None
    verb = prep.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "agent":
        verb = verb.head.head  # "accused by X of supplying"
    if verb.lemma_.lower() not in _ACCUSE:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if subj is None and agent is not None:
        subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return subj if subj is not None else verb


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


_PLANNED_ADJ = {
    "upcoming",
    "planned",
    "future",
    "next",
    "proposed",
    "scheduled",
    "expected",
    "possible",
    "prospective",
    "would-be",
    "hypothetical",
    "likely",
}
_CONDITIONAL_MARKS = {"if", "unless", "whether", "once"}
# nouns whose infinitive is still to happen: "a deal to buy", "an agreement to supply"
_PLANNED_NOUNS = {
    "deal", "contract", "agreement", "plan", "plans", "order", "bid", "offer", "proposal",
    "promise", "pledge", "commitment", "decision", "intention", "request", "tender", "effort",
    "attempt", "move",
}  # fmt: skip


def modality_of(trigger: Token, sent: Span | None = None) -> tuple[str, Token | None]:
    """(modality, reporter token) for a verb or noun trigger, walking up through the verbs
    that govern it ("wants to send", "expected to meet", "said Belarus had supplied"); a plan or
    a wish that someone denies is denied ("denied that it planned to sell")."""
    found = _modality_of(trigger, sent)
    if found[0] in {"Planned", "Hypothetical"} and _denied_above(trigger):
        return "Denied", None
    return found


def _denied_above(trigger: Token) -> bool:
    """A denial verb governs the clause: "Tokyo denied that it planned to sell ..."."""
    node = trigger
    for _ in range(6):
        if node.head is node:
            return False
        if node.dep_ in {"ccomp", "xcomp"} and node.head.lemma_.lower() in _DENIALS:
            return True
        claim = node.head
        if node.dep_ in {"acl", "relcl"} and claim.lemma_.lower() in _CLAIM_NOUNS:
            return claim.head.lemma_.lower() in _DENIALS  # "rejected claims that it would"
        node = node.head
    return False


_DENIALS = {"deny", "refute", "dismiss", "reject"}


def _modality_of(trigger: Token, sent: Span | None = None) -> tuple[str, Token | None]:
    reporter = None
    node = trigger
    # a noun trigger takes the modality of its verb ("will hold talks", "upcoming summit")
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if any(c.lower_ in _PLANNED_ADJ for c in trigger.children):
            return "Planned", None
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in trigger.children):
            return "Denied", None
        while node.dep_ in {"pobj", "prep", "compound", "conj", "appos"} and node.head.i != node.i:
            node = node.head
        # "discussed arms for Peru's war against Chile": a war someone owns is there already
        owned = node.i != trigger.i and any(c.dep_ == "poss" for c in trigger.children)
        if node.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}:
            as_object = node.dep_ == "dobj" and not owned
            node = node.head
            if not as_object:
                pass
            elif node.lemma_.lower() in _GOVERNORS_DENY:
                return "Denied", None  # "rejected an alliance"
            elif node.lemma_.lower() in _NOUN_GOVERNORS_HYPO:
                return "Hypothetical", None  # "fears an attack", "wants a pact"
    for _ in range(6):
        children = list(node.children)
        lemmas = {c.lemma_.lower() for c in children if c.dep_ in {"aux", "auxpass", "advmod"}}
        lowers = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
        if any(c.dep_ == "neg" for c in children):
            return "Denied", None
        if lowers & _MODAL_PLAN:
            return "Planned", None
        if lowers & _MODAL_HYPO:
            return "Hypothetical", None
        if lemmas & {"reportedly", "allegedly", "purportedly"}:
            return "Reported", None
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in children):
            return "Hypothetical", None
        head = node.head
        if head is node:
            break
        hl = head.lemma_.lower()
        accuser = _accuser(node)
        if accuser is not None:
            return "Reported", accuser  # "X accused Y of supplying ...": X's claim
        if node.dep_ == "pcomp" and head.lower_ in _WARDING_PREPS and node.tag_ == "VBG":
            return "Hypothetical", None
        if node.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in children):
            return "Denied", None  # "had no evidence that X sent ..."
        if (
            node.dep_ == "advcl"
            and node.tag_ == "VB"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _PLANNED_NOUNS for c in head.children)
        ):
            return "Planned", None  # "signed a deal to buy jets", parsed as a purpose clause
        if node.dep_ in {"xcomp", "ccomp", "advcl", "acomp", "pcomp"}:
            if hl in _GOVERNORS_DENY:
                return "Denied", None
            if node.dep_ in {"xcomp", "acomp"} or (node.dep_ == "ccomp" and hl in _GOVERNORS_HYPO):
                if hl in _GOVERNORS_HYPO:
                    return "Hypothetical", None
                if hl == "go" and head.tag_ != "VBG":
                    pass  # "went on to meet" happened; "is going to meet" is a plan
                elif hl in _GOVERNORS_PLAN or head.lower_ in {"due", "set", "scheduled"}:
                    return "Planned", None
            if node.dep_ == "xcomp" and hl in _RAISING_REPORT and _is_passive(head):
                return "Reported", None  # "is said/believed/reported to have sent"
            if node.dep_ == "ccomp" and hl in _REPORT_VERBS and reporter is None:
                subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if hl in {"report", "allege", "claim", "accuse", "suspect", "believe"}:
                    reporter = subj
                    return "Reported", reporter
        elif node.dep_ == "acl" and hl in _PLANNED_NOUNS and node.tag_ == "VB":
            return "Planned", None  # "a deal to buy jets", "plans to deliver"
        elif (
            node.dep_ in {"acl", "relcl", "ccomp"}
            and hl in _CLAIM_NOUNS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        ):
            # "denied accusations that it armed Y" / "reports that X sent Y drones"
            governor = head.head if head.dep_ in {"dobj", "pobj", "nsubjpass"} else head
            if (
                governor.lemma_.lower() in _GOVERNORS_DENY
                or any(c.dep_ == "neg" for c in governor.children)
                or any(c.lower_ == "no" and c.dep_ == "det" for c in head.children)
            ):
                return "Denied", None
            return "Reported", None

        elif node.dep_ == "relcl":
            break  # "X, which has fought Y, has not claimed it": the clause states its own fact
        elif node.dep_ in {"acl", "amod", "conj", "advmod", "npadvmod", "dobj", "nsubj"}:
            pass
        else:
            # prepositional chains: "talks on ... with plans to meet" stop here
            if node.dep_ not in {"prep", "pobj"}:
                break
        node = head
    # "according to X" anywhere in the clause of the trigger
    sent = sent if sent is not None else trigger.sent
    for tok in sent:
        if tok.lower_ == "according" and tok.dep_ in {"prep", "advmod"}:
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            return "Reported", pobj
    return "Asserted", None


def reporter_words() -> set[str]:
    return set(relation_lexicon("modality")["reporter_preps"])
