"""The sentence around a claim, from the sentence ends of its article found once.

`features.sentence_around` scans up to 600 characters either side of each claim; an article
with 20 claims was scanned 20 times. Here the ends of the article's sentences are found in
one pass and looked up by bisection, with the same result: the end pattern has no anchors
and no look-behind, so a match found from any position outside a match is a match of the
one pass. Where a span's window cuts through a match (the scan would see it shortened), the
scan is made as before: its right half only when the left edge cuts none.
"""

# ruff: noqa: RUF001, RUF003  (curly quotation marks are real news text)

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import pairwise

from claimtrack.link.features import ABBREVIATION_END, sentence_around, sentence_right

LIMIT = 600  # as `sentence_around`
# `features._SENTENCE_END` ("[.!?]+[\"”’)\]]*\s+|\n+"), written to open with its first
# character: re then skips to the next ".", "!", "?" or newline instead of trying both
# branches at every character (4x faster over an article). The same matches over a whole
# text: each branch is told by its first character, which the look-behind reads back.
_END = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"”’)\]]*\s+)")


@lru_cache(maxsize=16)
def sentence_ends(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """Return the starts and the ends of the sentence-end matches of a text, in order, then
    the starts and the ends of those that end a sentence (not "Mr."); cached: the claims of
    one article come together."""
    spans = [m.span() for m in _END.finditer(text)]
    kept = _kept(text, spans)
    return [s for s, _ in spans], [e for _, e in spans], [s for s, _ in kept], [e for _, e in kept]


def _kept(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the sentence-end matches that end a sentence: `ends_sentence` of each, written
    out (a period ends no sentence after an abbreviation: "Mr.", "U.S.")."""
    return [
        (start, end)
        for start, end in spans
        if text[start] != "." or not ABBREVIATION_END.search(text, max(0, start - 6), start)
    ]


def split(text: str) -> list[str]:
    """Return the sentences of a short text (a claim), with the quotation marks closing each
    ("... State Department system? Who told you that?"), not cut after "Mr." or "U.S."."""
    ends = [end for _, end in _kept(text, [m.span() for m in _END.finditer(text)])]
    cuts = [0, *ends, len(text)]
    return [text[a:b] for a, b in pairwise(cuts) if text[a:b].strip()]


def sentence_span(text: str, start: int, end: int, limit: int = LIMIT) -> tuple[int, int]:
    """Return `sentence_around(text, start, end, limit)`, from the article's sentence ends."""
    if not 0 <= start <= end <= len(text):
        return sentence_around(text, start, end, limit)
    starts, ends, kept_starts, kept_ends = sentence_ends(text)
    lo = max(0, start - limit)
    first = bisect_right(ends, lo)  # the first match ending after lo
    after = bisect_right(ends, start)  # the first match ending after start
    if (first < len(ends) and starts[first] < lo) or (after < len(ends) and starts[after] < start):
        return sentence_around(text, start, end, limit)  # a match cut at the window's edge
    last = bisect_right(kept_ends, start) - 1  # the last sentence end ending by start
    left = kept_ends[last] if last >= 0 and kept_ends[last] > lo else lo
    hi = min(len(text), end + limit)
    pos = max(end - 1, left)
    nxt = bisect_left(starts, pos)
    if nxt > 0 and ends[nxt - 1] > pos:
        # pos inside a match (a quotation's closing mark: 'said."'): the sentence's end is
        # scanned for, from the left found here (the scan's own, as the window's left edge
        # cuts no match)
        return left, sentence_right(text, left, end, limit)
    stop = bisect_left(kept_starts, pos)
    if nxt < len(starts) and starts[nxt] < hi and ends[nxt] > hi:
        return left, sentence_right(text, left, end, limit)  # a match cut at hi
    if stop < len(kept_starts) and kept_starts[stop] < hi:
        if kept_ends[stop] > hi:
            return left, sentence_right(text, left, end, limit)  # a sentence end cut at hi
        right = kept_starts[stop] + 1
    else:
        right = hi
    return left, max(right, end)
