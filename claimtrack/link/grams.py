"""Character n-grams of a claim's words, each weighted by the rarity of its word.

Outlets spell and inflect one word differently ("ISIS" / "ISIS's", "hackers" / "hacked",
"Muslim" / "Muslims"); the 3- to 5-grams of the words meet where the stems do not, and the
weight of the word a gram comes from (its idf) keeps "the", "said" and "Trump" from counting
as much as "recruiter".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache
from itertools import repeat

from claimtrack.link.features import TOKEN, token_key

SIZES = (3, 4, 5)


@lru_cache(maxsize=200_000)
def word_grams(token: str) -> tuple[str, ...]:
    """Return the 3- to 5-grams of a word, with a space at either end ("gun" -> " gu", ...)."""
    word = f" {token.lower()} "
    return tuple(word[i : i + n] for n in SIZES for i in range(len(word) - n + 1))


@lru_cache(maxsize=100_000)
def grams(text: str) -> tuple[dict[str, str], dict[str, int]]:
    """Return each n-gram of the text's content words with its word's index key, and the
    number of n-grams of each key."""
    out: dict[str, str] = {}
    for token in TOKEN.findall(text):
        key = token_key(token)
        if key is not None:
            out.update(zip(word_grams(token), repeat(key)))
    counts: dict[str, int] = {}
    for key in out.values():
        counts[key] = counts.get(key, 0) + 1
    return out, counts


def gram_cosine(a: str, b: str, weigh: Callable[[str], float]) -> float:
    """Return the cosine of the two texts' n-grams, each weighted by its word's weight."""
    (ga, ca), (gb, cb) = grams(a), grams(b)
    shared = ga.keys() & gb.keys()
    if not shared:
        return 0.0
    wa = {k: weigh(k) for k in ca}
    wb = {k: weigh(k) for k in cb}
    dot = sum(wa[ga[g]] * wb[gb[g]] for g in shared)
    norm = math.sqrt(
        sum(n * wa[k] ** 2 for k, n in ca.items()) * sum(n * wb[k] ** 2 for k, n in cb.items())
    )
    return dot / norm if norm else 0.0
