"""The stance of a claim: from the class of its cue, negation, and the words of its content."""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF003

from __future__ import annotations

from claimtrack.extract.patterns import DECLINE_TEXT, DENIAL_TEXT
from claimtrack.lexicon import DECLINE_KEYS, DENIAL_KEYS, CueClass
from claimtrack.models import Stance

_BY_CLASS: dict[CueClass, Stance] = {
    CueClass.DENIAL: Stance.DENIES,
    CueClass.CONFIRMATION: Stance.CONFIRMS,
    CueClass.DECLINE: Stance.DECLINES,
}

# the members `stance` compares with, as module names (it runs once per claim): in Python 3.11
# a member read off its class, "CueClass.DECLINE", goes through EnumType.__getattr__'s hook,
# several hundred instructions a read, where a module name costs a few
_DECLINE, _CONFIRMATION = CueClass.DECLINE, CueClass.CONFIRMATION
_ASSERTS, _DENIES, _DECLINES = Stance.ASSERTS, Stance.DENIES, Stance.DECLINES


def stance(cls: CueClass, negated: bool, content: str) -> Stance:
    """Return the stance of a claim with this cue class, cue negation and content text.

    "refused to confirm or deny" is a decline cue, so it declines; "did not confirm"
    declines too; "it's not true" and "none of these ... are true" deny whatever the cue.
    """
    if cls is _DECLINE:
        return _DECLINES
    if negated and cls is _CONFIRMATION:
        return _DECLINES
    # casefold, not lower: re.IGNORECASE matches "ſ" (long s) for "s", which lower() keeps
    lower = content.casefold()
    # cheap word checks first: the content regexes are alternations run at every position
    # (plain loops, one per claim: a helper called twice per claim, or `any(map(...))`, cost
    # as much as the searches themselves)
    for key in DECLINE_KEYS:
        if key in lower:
            if DECLINE_TEXT.search(content):
                return _DECLINES
            break
    if not negated and cls in _BY_CLASS:
        return _BY_CLASS[cls]
    for key in DENIAL_KEYS:
        if key in lower:
            if DENIAL_TEXT.search(content):
                return _DENIES
            break
    return _ASSERTS
