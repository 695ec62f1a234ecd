"""A quotation two claims share: the speaker's own words, relayed by two reports.

Outlets reporting one statement quote its words, each in its own sentence: "Clinton was
“extremely careless” with classified material" and "her handling of highly sensitive
information “extremely careless,”"; "Trump a “pathological liar”" and "Trump a
"pathological liar" who is "utterly amoral"". A phrase in quotation marks in one claim whose
words stand in the same order in the other ties the two to one statement, when the other
quotes them too or may relay them unquoted (a direct quotation, or a report by no one named,
which often quotes in marks not read here: ''becoming ISIS' best recruiter.''), and when the
phrase is the speaker's own, not a stock phrase that many claims quote ("radical Islamic
terrorism", "press conference", "top secret"). A named speaker's unquoted words are their
own: "Clinton refuses to say radical Islamic terrorism" (Giuliani) takes no phrase of Trump's.
Counts tell a stock phrase only in a large store: in one under QUOTE_RARE * QUOTE_SHARE
claims, a phrase held by QUOTE_RARE claims or fewer counts as rare, and a story's slogan that
two claims quote may tie them.
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
    r"“([^”]{1,80})”|\"(?!\s)([^\"]{1,80})(?<!\s)\"|‘([^’]{1,80})’|''(?!\s)([^']{1,80})(?<!\s)''"
)
# a curly quotation the text opens and does not close: a claim that ends inside its
# quotation ("the move as a “major breach of trust", "Ted Cruz Is A ‘Natural Born Citizen")
_OPEN_QUOTATION = re.compile(r"“([^”]+)$|‘([^’]+)$")
# a quotation ties two claims when it holds this many content words (one is a label: "rigged")
QUOTE_WORDS = 2
# ... and its rarest word is held by at most one claim in QUOTE_SHARE of the claims counted so
# far, or by QUOTE_RARE claims in a smaller store: on a PolNeAR train+dev store (15,754 claims)
# "extremely careless" (17 claims), "con artist" (3), "woman card" (22) tie claims, "press
# conference" (36), "radical Islamic terrorism" (70) and "top secret" (114) do not; in the
# links gold's store of six stories (1,156 claims), "ISIS’ best recruiter" (5) ties claims
# only with the floor (one in QUOTE_SHARE alone would be 2 claims)
QUOTE_SHARE = 500
QUOTE_RARE = 10


@lru_cache(maxsize=100_000)
def key_sequence(text: str) -> tuple[str, ...]:
    """Return the index keys of a text's content words, in order (stopwords left out)."""
    return tuple(k for k in map(token_key, TOKEN.findall(text)) if k is not None)


@lru_cache(maxsize=100_000)
def quoted(text: str) -> tuple[str, ...]:
    """Return what the text holds in quotation marks, one string for each quotation."""
    found = [next(g for g in m.groups() if g) for m in _QUOTATION.finditer(text)]
    tail = _OPEN_QUOTATION.search(text)
    if tail is not None:
        found.append(tail.group(1) or tail.group(2))
    return tuple(found)


@lru_cache(maxsize=100_000)
def quotations(text: str) -> tuple[tuple[str, ...], ...]:
    """Return the content words of each phrase the text quotes, of QUOTE_WORDS words or more."""
    return tuple(seq for seq in map(key_sequence, quoted(text)) if len(seq) >= QUOTE_WORDS)


def _holds(keys: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Return whether the phrase's words stand side by side, in order, among the keys."""
    n = len(phrase)
    first = phrase[0]
    return any(keys[i : i + n] == phrase for i in range(len(keys) - n + 1) if keys[i] == first)


@lru_cache(maxsize=100_000)
def shared_quotation(
    a: str, b: str, a_relays: bool = False, b_relays: bool = False
) -> tuple[str, ...] | None:
    """Return the words of a phrase one text quotes and the other quotes too, or holds
    anywhere when it relays others' words (`a_relays`, `b_relays`), in the same order; or
    None."""
    for mine, other, relays in ((a, b, b_relays), (b, a, a_relays)):
        phrases = quotations(mine)
        if phrases:
            held = (key_sequence(other),) if relays else quotations(other)
            for phrase in phrases:
                if any(_holds(keys, phrase) for keys in held):
                    return phrase
    return None


def quote_ties(
    a: str,
    b: str,
    count: Callable[[str], int],
    size: int,
    relays: tuple[bool, bool] = (False, False),
) -> bool:
    """Return whether two texts (each relaying others' words or not: `relays`) share a quoted
    phrase that is no stock phrase: its rarest word is held by few of the `size` claims
    counted (`count` gives how many hold a word)."""
    phrase = shared_quotation(a, b, *relays)
    if phrase is None:
        return False
    return min(map(count, phrase)) <= max(QUOTE_RARE, size // QUOTE_SHARE)
