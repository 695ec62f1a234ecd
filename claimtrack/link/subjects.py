"""Who a claim is about, when its first words say so: two claims saying one thing of two
different people are two propositions.

"she has released 30 years of tax returns" (Clinton) and "Donald Trump will be releasing
his tax returns" (Pence) share their words, but one is said of Clinton and the other of
Trump; "I'm not changing" said by Trump and by Billy Joel are two men's words about
themselves. A claim's subject is read only where it is plain: a name opening the claim
before its verb ("Donald Trump will", "Mr. Trump has"), "I" (the speaker), or "he"/"she"
in reported speech, which there is the speaker ("Jeb Bush said he is ending his bid"); in a
quotation "she" is someone else ("She has put American lives ... at jeopardy", said by
Carson of Clinton), and a claim of several sentences has no one subject.
"""

# ruff: noqa: RUF001, RUF003  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from claimtrack.models import Claim, Kind

# a verb right after the subject: an auxiliary, a past or a present form
_VERB = (
    r"(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|"
    r"isn[’']t|wasn[’']t|doesn[’']t|didn[’']t|won[’']t|[a-z]+ed|[a-z]+s)\b"
)
# words that may stand between a subject and its verb: "Trump also has", "Clinton never sent"
_ADVERB = r"(?:(?:also|now|still|never|not|already|just|even|then)\s)?"
_NAME = r"(?:[A-Z][\w’'-]+\s){0,3}[A-Z][\w’'-]+"
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.\s)?"
# a name opening a claim before its verb: "Donald Trump will be releasing his tax returns"
_NAMED = re.compile(r"^[\"“‘']?" + _TITLE + r"(" + _NAME + r")\s" + _ADVERB + _VERB)
# a pronoun opening a claim: "he is ending his bid", "I'm not changing"
_PRONOUN = re.compile(r"^[\"“‘']?(he|she|i)\b(?:[’'](?:d|ll|s|m|ve))?\s", re.IGNORECASE)
# capitalised words opening a sentence that are no name: "The", "It", "Our"
_NOT_NAMES = frozenset(
    """the a an it this that there they we he she i our his her their its but and so if
    when what who in no all some one any as not many most my your these those both each
    every why how""".split()
)
# a sentence ending inside the claim: "I don’t care. He was the founder." (not an initial or
# a title: "Attorney General Loretta E. Lynch", "Mr. Trump")
_SENTENCE_BREAK = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]"
)
_POSSESSIVE = re.compile(r"[’']s?$")


@lru_cache(maxsize=100_000)
def _subject(text: str, speaker: str | None, kind: Kind) -> str | None:
    if _SENTENCE_BREAK.search(text):
        return None
    m = _PRONOUN.match(text)
    if m:
        if speaker is None or (kind is Kind.DIRECT and m.group(1).lower() != "i"):
            return None
        return speaker.split()[-1].lower()
    m = _NAMED.match(text)
    if m is None:
        return None
    words = m.group(1).split()
    if len(words) == 1 and words[0].lower() in _NOT_NAMES:
        return None
    return _POSSESSIVE.sub("", words[-1]).lower()


def subject(claim: Claim) -> str | None:
    """Return the last name of who a claim is about, lower-cased, when its first words say it."""
    return _subject(claim.text, claim.speaker, claim.kind)


class Subject(NamedTuple):
    """Who a claim is about (a last name, lower-cased), and the pronoun opening it, if any."""

    name: str | None
    pronoun: str | None


def subject_of(claim: Claim) -> Subject:
    """Return a claim's subject, read once per claim (linking asks it of every pair)."""
    return _subject_of(claim.text, claim.speaker, claim.kind)


@lru_cache(maxsize=100_000)
def _subject_of(text: str, speaker: str | None, kind: Kind) -> Subject:
    """Return the subject of a claim's text (cached: copies of a claim repeat its text)."""
    m = _PRONOUN.match(text)
    return Subject(_subject(text, speaker, kind), m.group(1).lower() if m else None)


def differ(a: Subject, a_text: str, b: Subject, b_text: str) -> bool:
    """Return whether two claims (their subjects and texts) are said of two different people,
    neither naming the other's."""
    sa, sb = a.name, b.name
    if sa is None or sb is None or sa == sb:
        return False
    if a.pronoun is not None and a.pronoun == b.pronoun != "i":
        # "she did receive some emails" (Comey) / "she had not sent or received emails"
        # (Clinton): the same pronoun may be the same third person, whoever reports it
        return False
    return sa not in b_text.lower() and sb not in a_text.lower()


def different_subjects(a: Claim, b: Claim) -> bool:
    """Return whether two claims are said of two different people, neither naming the other's."""
    return differ(subject_of(a), a.text, subject_of(b), b.text)
