"""Whether an answer (a denial, confirmation or decline) names a proposition it answers.

"Clinton denied that she sent classified emails" answers a claim; "London's mayor rejected
Trump's offer", "Reid dismissed Walker as an ineffective leader" and "deny Sanders the
nomination" answer no claim: they reject a thing or label a person. Such claims are linked as
plain claims, never as answers.
"""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.lexicon import DECLINE_CONTENT, DENIAL_CONTENT
from claimtrack.link.features import features
from claimtrack.models import Relation, Stance

# How sure a link must be for an answer to answer a claim, by relation. Read on PolNeAR train
# (all answer links at 0.25 and above, by relation): confirmations under 0.54 and declines
# under 0.6 were nearly all wrong ("declined to comment" -> "the comment"); so were denials
# of a clause or a thing under 0.5 (0 right of 14: "denied he would seriously consider it"
# -> "whether she would consider a woman as a running mate").
ANSWER_THRESHOLDS: dict[Relation, float] = {
    Relation.DENIES: 0.5,
    Relation.CONFIRMS: 0.54,
    Relation.DECLINES: 0.6,
}
# a denial that names the claim it denies ("denied the allegations about secret
# post-presidential phone calls", "Rubio's claim that Cruz is in favor of legalizing"):
# calibrated on the seeds' Peskov denial (0.405)
NAMED_CLAIM_DENIAL = 0.37
# an answer whose words are only a no-comment or "it's not true" answers what its sentence
# names: "I don't comment on that," Trump said, referring to whether he had communicated ...
ANSWER_FLOOR = 0.35

# nouns that stand for a claim: "denied the allegations", "rejected the notion that"
CLAIM_NOUNS = (
    "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report",
    "reports", "reporting", "rumor", "rumors", "rumour", "rumours", "charge", "charges",
    "notion", "idea", "suggestion", "suggestions", "assertion", "assertions", "story",
    "stories", "account", "accounts", "assessment", "characterization", "characterisation",
    "contention", "speculation", "theory", "premise", "statement", "statements", "remark",
    "version", "narrative", "assertion", "insinuation", "insinuations", "implication",
    "reports", "article", "depiction", "portrayal", "description", "findings", "conclusion",
)  # fmt: skip
# the words of those nouns as linking compares them: "the idea" names a claim, it does not
# say what the claim says ("rejected the idea" answers nothing that "supported the idea" does)
# (only nouns that name nothing else: "statement" shares its stem with "United States",
# "charges" with "to charge him with battery")
_ONLY_CLAIM_NOUNS = (
    "claim", "allegation", "accusation", "rumor", "rumour", "notion", "idea", "suggestion",
    "assertion", "insinuation", "implication", "characterization", "premise", "narrative",
    "theory", "speculation", "story", "stories", "assessment",
)  # fmt: skip
CLAIM_NOUN_STEMS = frozenset(s for noun in _ONLY_CLAIM_NOUNS for s in features(noun).stems)
# a claim named by a pronoun, answered from the context: "denied it", "disputes this"
_PRONOUN = re.compile(r"^(?:it|this|that|these|those|any of (?:it|this|that))\W*$", re.IGNORECASE)
_CLAIM_NOUN = re.compile(
    r"^(?:[\w’'.-]+\s){0,5}?(?:" + "|".join(sorted(set(CLAIM_NOUNS))) + r")\b", re.IGNORECASE
)
# a finite verb: an auxiliary or modal, a negated verb, or a past tense after the first word
_FINITE = re.compile(
    r"\b(?:is|was|were|are|am|had|has|have|did|does|do|would|will|could|can|should|may|"
    r"might|must|wo|ca)\b|n[’']t\b|[’'](?:re|ve|d|ll)\s+\w"
    r"|\b(?:it|that|he|she|there|what|who)[’']s\b"
    r"|\s(?:met|said|told|made|took|got|knew|thought|went|came|gave|saw|found|left|paid|lost|"
    r"won|sent|spent|kept|held|ran|wrote|misspoke|spoke|broke|brought|bought|began|fell|"
    r"felt|led|meant|became|stood|sought|hid|lied|(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
# a clause of time or reason to the end of the content: "... while she was secretary of state"
_SUBORDINATE = re.compile(
    r"\s(?:while|when|whenever|after|before|because|since|until|where)\s.*$",
    re.IGNORECASE | re.DOTALL,
)
# "dismissed X as Y", "rejected the comment as remote": a label, not a proposition
_AS_LABEL = re.compile(r"\sas\s", re.IGNORECASE)
_LABEL_CUES = frozenset({"dismiss", "dismissed", "dismisses", "dismissing", "brushed", "waved"})
# the content itself says a claim is false or will not be discussed: "Nice try, not true"
_SAYS_FALSE = re.compile("|".join(f"(?:{p})" for p in (*DENIAL_CONTENT, *DECLINE_CONTENT)), re.I)


@lru_cache(maxsize=50_000)
def names_proposition(text: str, cue: str | None = None) -> bool:
    """Return whether an answer's content names a proposition (a clause or a claim)."""
    content = text.strip().strip("“”\"'’‘()")
    if _PRONOUN.match(content) or _CLAIM_NOUN.match(content) or _SAYS_FALSE.search(content):
        return True
    first = (cue or "").lower().split()
    if first and first[0] in _LABEL_CUES and _AS_LABEL.search(content):
        return False
    # a verb only in a clause of time or reason says nothing of the thing itself: "an
    # inquiry about her use of a private e-mail server while she was secretary of state"
    return _FINITE.search(" " + _SUBORDINATE.sub("", content)) is not None


@lru_cache(maxsize=50_000)
def names_by_sentence(text: str) -> bool:
    """Return whether an answer's words leave what it answers to its sentence: a pronoun
    ("denied it"), a bare "it's not true" or no-comment, or a claim noun ("denied the
    allegations about secret phone calls"). An answer whose words state a proposition is
    judged on those words: "acknowledged" a "rant" answers nothing else its sentence names."""
    content = text.strip().strip("“”\"'’‘()")
    return bool(_PRONOUN.match(content) or _CLAIM_NOUN.match(content) or _SAYS_FALSE.search(text))


def answer_threshold(relation: Relation, text: str) -> float:
    """Return the score an answer with this relation and content needs to link to a claim."""
    content = text.strip().strip("“”\"'’‘()")
    if _PRONOUN.match(content) or _SAYS_FALSE.search(text):
        return ANSWER_FLOOR
    if relation is Relation.DENIES and _CLAIM_NOUN.match(content):
        return NAMED_CLAIM_DENIAL
    return ANSWER_THRESHOLDS.get(relation, ANSWER_FLOOR)


# the relation each kind of answer makes unless its target's polarity turns it
_OWN_RELATION = {
    Stance.DENIES: Relation.DENIES,
    Stance.CONFIRMS: Relation.CONFIRMS,
    Stance.DECLINES: Relation.DECLINES,
}


def answers_claim(
    relation: Relation, value: float, text: str, stance: Stance | None = None
) -> bool:
    """Return whether an answer (its relation, content and stance) scoring `value` answers a claim.

    An answer turned by its target's polarity (a confirmation of "X" against "not X" denies
    it) needs what its own kind needs as well: read on PolNeAR train, such denials from
    confirmations under 0.54 were wrong ("concedes most of her peers love the Clintons"
    against "Nothing truly prepares you for the demands of the Oval Office", 0.515).
    """
    need = answer_threshold(relation, text)
    own = _OWN_RELATION.get(stance) if stance is not None else None
    if own is not None:
        need = max(need, answer_threshold(own, text))
    return value >= need


def answer_stance(stance: Stance, text: str, cue: str | None = None) -> Stance:
    """Return the stance a claim takes in linking: a denial naming no proposition asserts.

    Only denials are judged so: they make a claim disputed. A confirmation or decline of a
    thing ("acknowledged the negligence provision", "refused to confirm or deny ongoing
    contact with Putin") names what it is about well enough.
    """
    if stance is Stance.DENIES and not names_proposition(text, cue):
        return Stance.ASSERTS
    return stance
