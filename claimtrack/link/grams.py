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

from claimtrack.link.features import TOKEN, token_key

SIZES = (3, 4, 5)


@lru_cache(maxsize=100_000)
def grams(text: str) -> dict[str, str]:
    """Return each n-gram of the text's content words, with the index key of its word."""
    out: dict[str, str] = {}
    for token in TOKEN.findall(text):
        key = token_key(token)
        if key is None:
            continue
        word = f" {token.lower()} "
        for n in SIZES:
            for i in range(len(word) - n + 1):
                out.setdefault(word[i : i + n], key)
    return out


def gram_cosine(a: str, b: str, weigh: Callable[[str], float]) -> float:
    """Return the cosine of the two texts' n-grams, each weighted by its word's weight."""
    ga, gb = grams(a), grams(b)
    if not ga or not gb:
        return 0.0
    wa = {g: weigh(k) for g, k in ga.items()}
    wb = {g: weigh(k) for g, k in gb.items()}
    if len(wa) > len(wb):
        wa, wb = wb, wa
    dot = sum(x * wb[g] for g, x in wa.items() if g in wb)
    if not dot:
        return 0.0
    norm = math.sqrt(sum(x * x for x in wa.values()) * sum(x * x for x in wb.values()))
    return dot / norm
