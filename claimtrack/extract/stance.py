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


def _holds_any(lower: str, keys: tuple[str, ...]) -> bool:
    """Return whether any of the keys stands in the lower-cased text."""
    # (a plain loop: `any(map(lower.__contains__, keys))` calls a method wrapper per key,
    # which cost as much as the searches themselves)
    for key in keys:
        if key in lower:
            return True
    return False


def stance(cls: CueClass, negated: bool, content: str) -> Stance:
    """Return the stance of a claim with this cue class, cue negation and content text.

    "refused to confirm or deny" is a decline cue, so it declines; "did not confirm"
    declines too; "it's not true" and "none of these ... are true" deny whatever the cue.
    """
    if cls is CueClass.DECLINE:
        return Stance.DECLINES
    if negated and cls is CueClass.CONFIRMATION:
        return Stance.DECLINES
    lower = content.lower()
    # cheap word checks first: the content regexes are alternations run at every position
    declining = _holds_any(lower, DECLINE_KEYS) and DECLINE_TEXT.search(content)
    if declining:
        return Stance.DECLINES
    if not negated and cls in _BY_CLASS:
        return _BY_CLASS[cls]
    if _holds_any(lower, DENIAL_KEYS) and DENIAL_TEXT.search(content):
        return Stance.DENIES
    return Stance.ASSERTS
