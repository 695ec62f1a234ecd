"""Whole-article regex scans made cheap: find where a pattern can match, then match there.

`NOMINAL` ("his claim that", "Trump's assertion that") opens with a word boundary and an
alternation, so Python's re tries it at every position of the text: about a twentieth of
the extractor's time. Its noun and link word ("claim that") are rare and quick to find,
and everything a match holds before its noun is words and spaces, so trying the pattern
only at the word starts of those runs gives the very matches `NOMINAL.finditer` gives.
`CUE` is found the same way, from the characters that may stand before a cue, and the nouns
by the same scan: one trie of cues and nouns tried once at each word.
"""

# Typographic quotes (’) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re

from claimtrack.extract.patterns import (
    CUE,
    CUE_OR_NOUN_AFTER,
    CUE_WORDS,
    IN_VIEW,
    NOMINAL,
    POLL_CLOSING,
    POLL_OPENING,
    REPORTEDLY,
    SHARE_SUPPORT,
    TO_OPENING,
)
from claimtrack.extract.text import alternation
from claimtrack.lexicon import CUE_NOUNS, INTENT_NOUNS

# the nouns of nominal cues: of a clause ("claim that") and of an act ("decision to")
_NOUNS = CUE_NOUNS | INTENT_NOUNS
# a nominal cue's noun, a whole word (a space before it), and its link word (as in NOMINAL):
# re skips to the spaces at C speed and tries the nouns' trie there, where looking for the
# link words alone ("in", "that") stopped at a hundred places per article
_NOUN_LINK = re.compile(rf"\s(?P<noun>{alternation(_NOUNS)})\s+(?:that|in|about|not|to)\b")
# the same at the start of the text, with no space before
_NOUN_LINK_AT_START = re.compile(rf"(?P<noun>{alternation(_NOUNS)})\s+(?:that|in|about|not|to)\b")
# what NOMINAL may hold before its noun: an owner ("Trump's", "his") and two words
_OWNER_CHARS = frozenset("_-’'")
# the shortcut below assumes one-word nouns
_ONE_WORD_NOUNS = all(noun.isalpha() for noun in _NOUNS)
# the cue shortcut assumes every cue ends with a letter or digit: a match then never ends
# on a character that could open the next one
_CUES_END_IN_WORDS = all(word[-1:].isalnum() for word in CUE_WORDS)


def cue_and_nominal_matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Return the matches of `CUE.finditer(text)` and of `NOMINAL.finditer(text)`, the nouns
    of the second found by the same scan as the first (see `_scan`)."""
    cues, nouns = _scan(text)
    return cues, _nominals(text, nouns)


def cue_matches(text: str) -> list[re.Match[str]]:
    """Return the matches of `CUE.finditer(text)` (see `_scan`)."""
    return _scan(text)[0]


def nominal_matches(text: str) -> list[re.Match[str]]:
    """Return the matches of `NOMINAL.finditer(text)`, without trying it everywhere."""
    return _nominals(text, _scan(text)[1])


def _scan(text: str) -> tuple[list[re.Match[str]], list[int]]:
    """Return the matches of `CUE.finditer(text)`, and where each `_NOUN_LINK` noun starts
    ("claim" in "his claim that"), by scanning only the characters that may stand before a
    cue or a noun (no letter, digit, "_" or "-").

    CUE opens with a lookbehind, so re tries it at every position of the text;
    CUE_OR_NOUN_AFTER opens with a class holding that character, which re skips to at C
    speed, and tries the cues' and the nouns' trie there. Where it finds a cue, CUE's match
    is one character on (the rest is the same pattern) when CUE's lookbehind holds there,
    as it does but after a letter beyond ASCII, and no cue starts right where another ends
    (cues end in a word character, so the character before the next one lies after the
    last). Where it finds a noun after a space, `_NOUN_LINK` asks for its link word: a noun
    before a space is the first word of what the scan took, asked of the set of nouns (one
    lookup, where `startswith` with the nouns compared each). A cue may be a noun too ("claim
    that"), or hold one after a space ("expressed concern that"): those are asked apart.
    """
    nouns = [] if _NOUN_LINK_AT_START.match(text) is None else [0]
    if not _CUES_END_IN_WORDS or not _ONE_WORD_NOUNS:
        return list(CUE.finditer(text)), nouns + [
            m.start("noun") for m in _NOUN_LINK.finditer(text)
        ]
    first = CUE.match(text)
    found = [] if first is None else [first]
    if first is not None and not first.group().isalpha():
        _nouns_inside(text, 0, first.end(), nouns)
    match, after, link = CUE.match, CUE_OR_NOUN_AFTER.search, _NOUN_LINK.match
    m = after(text, 0 if first is None else first.end())
    while m is not None:
        at = m.start()
        cue = match(text, at + 1)
        if cue is None:
            # a noun that is no cue ("assertion"), or a letter beyond ASCII before the word
            # ("ésaid"): no cue there, and one may start inside what the scan took
            if m.group().split(None, 1)[0] in _NOUNS and link(text, at) is not None:
                nouns.append(at + 1)
            m = after(text, at + 1)
            continue
        found.append(cue)
        words = cue.group()
        if words.isalpha():
            # (one word, nearly every cue: the noun is the word itself)
            if words in _NOUNS and link(text, at) is not None:
                nouns.append(at + 1)
        else:
            if words.split(None, 1)[0] in _NOUNS and link(text, at) is not None:
                nouns.append(at + 1)
            _nouns_inside(text, at + 1, cue.end(), nouns)
        m = after(text, cue.end())
    return found, nouns


def _nouns_inside(text: str, start: int, end: int, nouns: list[int]) -> None:
    """Add to `nouns` where a `_NOUN_LINK` noun starts after a space in text[start:end]."""
    for at in range(start + 1, end):
        if text[at].isspace() and _NOUN_LINK.match(text, at) is not None:
            nouns.append(at + 1)


def _nominals(text: str, nouns: list[int]) -> list[re.Match[str]]:
    """Return the matches of `NOMINAL.finditer(text)`, tried only in the runs of words before
    the nouns found (in text order)."""
    if not _ONE_WORD_NOUNS:
        return list(NOMINAL.finditer(text))
    starts: set[int] = set()
    floor = 0  # where the last noun began: the run before it has been gathered already
    for begin in nouns:
        # a match starts in the run of words and spaces that ends with the noun (walked back
        # to the last noun at most: "his claim that his claim that ..." stays linear)
        run = begin
        while run > floor and (
            text[run - 1].isalnum() or text[run - 1].isspace() or text[run - 1] in _OWNER_CHARS
        ):
            run -= 1
        floor = begin
        starts.update(
            at
            for at in range(run, begin)
            if (at == 0 or not text[at - 1].isalnum()) and not text[at].isspace()
        )
    found: list[re.Match[str]] = []
    reached = 0
    for at in sorted(starts):
        if at < reached:
            continue
        m = NOMINAL.match(text, at)
        if m is not None:
            found.append(m)
            reached = m.end()
    return found


def _starts_word(text: str, at: int) -> bool:
    """Return whether a word starts at `at`: no letter, digit, "_" or "-" right before it."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")


def poll_openings(text: str) -> list[re.Match[str]]:
    """Return the matches of `POLL_OPENING` that start a word ("In a CNN poll, "), whose
    "cue" group ("In") marks them among the cue matches.

    (No "In " looked for first: re skips to the pattern's own "In" as fast, and most texts
    hold one. Since that test went, an opening with another space after its "In", "In\ta CNN
    poll, ...", is read in any text, where before it was read only in a text holding "In "
    somewhere else.)"""
    return [m for m in POLL_OPENING.finditer(text) if _starts_word(text, m.start())]


def poll_closings(text: str) -> list[re.Match[str]]:
    """Return the matches of `POLL_CLOSING` that start a word (" in a new Fox News poll."),
    whose "cue" group ("in") marks them among the cue matches; none in a text with no poll."""
    if "poll" not in text and "survey" not in text:
        return []
    return [m for m in POLL_CLOSING.finditer(text) if m.start() > 0 and text[m.start() - 1] == " "]


# "To " found by re, which skips to each rare capital "T" and compares the rest there: str.find
# tries each space, the last character of the three (three times slower over an article)
_TO_WORD = re.compile("To ")


def to_openings(text: str) -> list[re.Match[str]]:
    """Return the matches of `TO_OPENING` where "To " starts a word ("To Ms. Gil, "), whose
    "cue" group ("To") marks them among the cue matches.

    Tried only where "To " stands (a few places an article, found at C speed): the pattern
    opens with no fixed word, and re would try it at every position.
    """
    found = []
    to = _TO_WORD.search(text)
    while to is not None:
        at = to.start()
        if _starts_word(text, at):
            m = TO_OPENING.match(text, at)
            if m is not None:
                found.append(m)
        to = _TO_WORD.search(text, at + 1)
    return found


def reportedlies(text: str) -> list[re.Match[str]]:
    """Return the matches of `REPORTEDLY` ("reportedly making"), whose "cue" group marks
    them among the cue matches; tried only where "eportedly" stands, at a word's start."""
    found = []
    at = text.find("eportedly")
    while at >= 0:
        if at > 0 and _starts_word(text, at - 1):
            m = REPORTEDLY.match(text, at - 1)
            if m is not None:
                found.append(m)
        at = text.find("eportedly", at + 9)
    return found


def views(text: str) -> list[re.Match[str]]:
    """Return the matches of `IN_VIEW` ("in Bolton's view,"), whose "cue" group marks them
    among the cue matches; tried only before the few " view" of an article."""
    found = []
    at = text.find(" view")
    while at >= 0:
        # the phrase ends with " view" and is at most 60 characters long
        m = IN_VIEW.search(text, max(0, at - 55), at + 6)
        if m is not None and m.end() == at + 5:
            found.append(m)
        at = text.find(" view", at + 5)
    return found


def share_supports(text: str) -> list[re.Match[str]]:
    """Return the matches of `SHARE_SUPPORT` ("Two-thirds support "), whose "cue" group
    ("support") marks them among the cue matches; tried only before the few " support " of
    an article with a share's word in the 140 characters before it."""
    found = []
    at = text.find(" support ")
    while at >= 0:
        lo = max(0, at - 140)
        if _SHARE_WORD.search(text, lo, at) is not None:
            m = SHARE_SUPPORT.search(text, lo, at + 9)
            if m is not None and m.start("cue") == at + 1:
                found.append(m)
        at = text.find(" support ", at + 8)
    return found


# the word a share of SHARE_SUPPORT holds: "majority", "half", "two-thirds", "49%", "percent"
_SHARE_WORD = re.compile(r"majority|[Hh]alf|thirds|quarters|fourths|%|percent")
