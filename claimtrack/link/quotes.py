"""A quotation two claims share: the speaker's own words, relayed by two reports.

Outlets reporting one statement quote its words, each in its own sentence: "Clinton was
“extremely careless” with classified material" and "her handling of highly sensitive
information “extremely careless,”"; "Trump a “pathological liar”" and "Trump a
"pathological liar" who is "utterly amoral"". A phrase in quotation marks in one claim whose
words stand in the same order in the other (quoted there too, or inside a direct quotation)
ties the two to one statement, when the phrase is the speaker's own and not a stock phrase
that many claims quote ("radical Islamic terrorism", "press conference", "top secret").
"""

# ruff: noqa: RUF001, RUF003  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from claimtrack.link.features import TOKEN, token_key

# a phrase in quotation marks, straight, curly, single or doubled: “extremely careless”,
# "con artist", ‘Like an Open Orchid.’, ''extremely careless.'' (a curly apostrophe inside a
# curly double quotation is a letter: “ISIS’ best recruiter”); a straight one neither opens
# nor closes on a space, which would be the words between two quotations ('politics,"
# Jeff Weaver, Sanders' campaign manager, said in a statement. "What')
_QUOTATION = re.compile(
    r"“([^”]{3,80})”|\"(?!\s)([^\"]{3,80})(?<!\s)\"|‘([^’]{3,80})’|''(?!\s)([^']{3,80})(?<!\s)''"
)
# a quotation ties two claims when it holds this many content words (one is a label: "rigged")
QUOTE_WORDS = 2
# ... and its rarest word is held by at most one claim in QUOTE_SHARE of the claims counted so
# far, or by QUOTE_RARE claims in a smaller store: on a PolNeAR train+dev store (15,754 claims)
# "extremely careless" (17 claims), "con artist" (3), "woman card" (22) tie claims, "press
# conference" (36), "radical Islamic terrorism" (70) and "top secret" (114) do not
QUOTE_SHARE = 500
QUOTE_RARE = 10


@lru_cache(maxsize=100_000)
def key_sequence(text: str) -> tuple[str, ...]:
    """Return the index keys of a text's content words, in order (stopwords left out)."""
    return tuple(k for k in map(token_key, TOKEN.findall(text)) if k is not None)


@lru_cache(maxsize=100_000)
def quotations(text: str) -> tuple[tuple[str, ...], ...]:
    """Return the content words of each phrase the text quotes, of QUOTE_WORDS words or more."""
    found = (key_sequence(next(g for g in m.groups() if g)) for m in _QUOTATION.finditer(text))
    return tuple(seq for seq in found if len(seq) >= QUOTE_WORDS)


def _holds(keys: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Return whether the phrase's words stand side by side, in order, among the keys."""
    n = len(phrase)
    first = phrase[0]
    return any(keys[i : i + n] == phrase for i in range(len(keys) - n + 1) if keys[i] == first)


@lru_cache(maxsize=100_000)
def shared_quotation(a: str, b: str) -> tuple[str, ...] | None:
    """Return the words of a phrase one text quotes and the other holds in the same order,
    or None."""
    for mine, other in ((a, b), (b, a)):
        phrases = quotations(mine)
        if phrases:
            keys = key_sequence(other)
            for phrase in phrases:
                if _holds(keys, phrase):
                    return phrase
    return None


def quote_ties(a: str, b: str, count: Callable[[str], int], size: int) -> bool:
    """Return whether two texts share a quoted phrase that is no stock phrase: its rarest word
    is held by few of the `size` claims counted (`count` gives how many hold a word)."""
    phrase = shared_quotation(a, b)
    if phrase is None:
        return False
    return min(map(count, phrase)) <= max(QUOTE_RARE, size // QUOTE_SHARE)
