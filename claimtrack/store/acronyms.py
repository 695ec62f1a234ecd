"""A body named by its initials and by its full name: "AP" and "Associated Press" are one speaker.

Initials are ambiguous across a corpus ("HP" is Hewlett-Packard in one article, "RT" Russia
Today, no Republic of Turkey; "RNC" the Republican National Committee and the Convention),
so the store joins the two names only on an article that writes both: the full name is a
speaker and its initials stand in the text, or the initials are a speaker and the text
spells them out beside them ("the Republican National Committee (RNC)"). A body's name
merely written elsewhere in the text is no evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.store.aliases import SpeakerKind, describe, key

# the small words a body's name holds that its initials skip: "Federal Bureau of Investigation"
_SKIPPED = frozenset({"of", "the", "for", "and", "on", "&"})

# a word in capitals that may be initials: "AP", "DNC", "NAACP" (not "I", nor "CONGRATULATIONS")
_INITIALS_WORD = re.compile(r"\b[A-Z]{2,6}\b")

# capitalised words in a run, with the small words between: "the Associated Press", "National
# Association for the Advancement of Colored People", "Democratic National Committee"
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|the|for|and|on|&)\s+)*[A-Z][\w'\u2019&-]*)+"
)

# such a run with the initials in brackets right after it: "Republican National Committee (RNC)"
_SPELT_BESIDE = re.compile(rf"({_CAPITALISED_RUN.pattern})\s*\(([A-Z]{{2,6}})\)")


def letters(name: str) -> str | None:
    """Return the first letters of a name of two capitalised words or more, whatever it names
    ("Anna Palmer" -> "AP"), or None ("Bloomberg poll")."""
    words = name.split()
    if words and words[0] == "The":
        words = words[1:]
    kept = [w for w in words if w not in _SKIPPED]
    if len(kept) < 2 or not all(w[:1].isupper() and w[1:].islower() for w in kept):
        return None  # (not "AP-GfK Poll", whose first word holds initials of its own)
    return "".join(w[0] for w in kept)


def initials(name: str) -> str | None:
    """Return the initials of a body's name of two capitalised words or more ("Associated
    Press" -> "AP", "The New York Times" -> "NYT"), or None ("Bloomberg poll", "Anna Palmer")."""
    found = letters(name)
    if found is None or describe(name).kind is not SpeakerKind.GROUP or "'" in key(name):
        return None  # (not "CNN's poll")
    return found


def is_initials(name: str) -> bool:
    """Return whether a name is a word in capitals that may be a body's initials: "AP", "DNC"."""
    return _INITIALS_WORD.fullmatch(name) is not None


def initials_in(text: str, wanted: Iterable[str | None]) -> frozenset[str]:
    """Return those of the wanted initials that stand in the text as words in capitals."""
    near = {short for short in wanted if short is not None and short in text}
    return frozenset(_INITIALS_WORD.findall(text)) & near if near else frozenset()


def spelt_out(text: str, short: str) -> str | None:
    """Return the body's name the text spells out beside these initials ("Republican National
    Committee" for "RNC" in "the Republican National Committee (RNC)"), or None when there is
    none or more than one."""
    found: dict[str, str] = {}
    for run, inside in _SPELT_BESIDE.findall(text):
        words = run.split()
        if inside != short:
            continue
        # the run may begin with words of the sentence: "On Monday the Republican ..."
        named = (" ".join(words[i:]) for i, w in enumerate(words) if w[:1].isupper() and w != "The")
        body = next((n for n in named if initials(n) == short), None)
        if body is not None:
            found.setdefault(key(body), body)
    return next(iter(found.values())) if len(found) == 1 else None


__all__ = ["initials", "initials_in", "is_initials", "letters", "spelt_out"]
