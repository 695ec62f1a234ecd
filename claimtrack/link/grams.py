"""Character n-grams of a claim's words, each weighted by the rarity of its word.

Outlets spell and inflect one word differently ("ISIS" / "ISIS's", "hackers" / "hacked",
"Muslim" / "Muslims"); the 3- to 5-grams of the words meet where the stems do not, and the
weight of the word a gram comes from (its idf) keeps "the", "said" and "Trump" from counting
as much as "recruiter".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from functools import lru_cache, partial
from itertools import repeat
from operator import mul

from claimtrack.link.features import TOKEN, token_key

SIZES = (3, 4, 5)


@lru_cache(maxsize=200_000)
def word_grams(token: str) -> tuple[str, ...]:
    """Return the 3- to 5-grams of a word, with a space at either end ("gun" -> " gu", ...)."""
    word = f" {token.lower()} "
    return tuple(word[i : i + n] for n in SIZES for i in range(len(word) - n + 1))


@lru_cache(maxsize=1 << 15)
def token_grams(token: str) -> tuple[tuple[str, str], ...]:
    """Return each n-gram of a word with the word's index key (none for a stopword)."""
    key = token_key(token)
    if key is None:
        return ()
    return tuple(zip(word_grams(token), repeat(key)))


@lru_cache(maxsize=100_000)
def grams(text: str) -> tuple[dict[str, str], dict[str, int]]:
    """Return each n-gram of the text's content words with its word's index key, and the
    number of n-grams of each key."""
    out: dict[str, str] = {}
    for pairs in map(token_grams, TOKEN.findall(text)):
        out.update(pairs)
    # counted in C, in the order of the keys' first n-grams
    counts = dict(Counter(out.values()))
    return out, counts


def gram_weights(text: str, weigh: Callable[[str], float]) -> tuple[dict[str, float], float]:
    """Return the weight of each of the text's n-grams (its word's weight), and their squared norm.

    They depend on the text and the weights only: a caller that compares one text with many
    keeps them (`gram_cosine`'s `weights`) while the weights stay the same.
    """
    keys, counts = grams(text)
    w = {k: weigh(k) for k in counts}
    # built in C: this is redone for every text at each idf epoch
    weights = dict(zip(keys, map(w.__getitem__, keys.values()), strict=True))
    return weights, sum(n * w[k] ** 2 for k, n in counts.items())


def gram_norm(text: str, weigh: Callable[[str], float]) -> float:
    """Return the squared norm of the text's n-grams, each weighted by its word's weight."""
    _, counts = grams(text)
    # n * w ** 2 summed in order, in C
    norm: float = sum(map(mul, counts.values(), map(pow, map(weigh, counts), repeat(2))))
    return norm


# the index keys of the words the n-grams two texts share come from, each listed once, in
# either text; and for each shared n-gram, in the order `gram_cosine` sums them, the place of
# its word's key in each list (one byte each when they fit: a pair shares about 120 n-grams)
Places = bytes | tuple[int, ...]
Shared = tuple[tuple[str, ...], tuple[str, ...], Places, Places]


def shared_grams(a: str, b: str) -> Shared:
    """Return the n-grams two texts share, as the keys of the words they come from.

    It depends on the texts only, not on the weights: a caller that weighs a pair again with
    other weights keeps it, and weighs each key once. The n-grams are in the order of
    `grams(a)[0].keys() & grams(b)[0].keys()`, as `gram_cosine` reads them, so that their
    products are summed in the same order, to the same float.
    """
    ka, kb = grams(a)[0], grams(b)[0]
    shared = ka.keys() & kb.keys()
    keys_a, at_a = _places(list(map(ka.__getitem__, shared)))
    keys_b, at_b = _places(list(map(kb.__getitem__, shared)))
    return keys_a, keys_b, at_a, at_b


def _places(keys: list[str]) -> tuple[tuple[str, ...], Places]:
    """Return the distinct keys of a list, and the place of each key of the list among them."""
    distinct = tuple(dict.fromkeys(keys))
    where = {k: i for i, k in enumerate(distinct)}
    places = list(map(where.__getitem__, keys))
    return distinct, bytes(places) if len(distinct) <= 256 else tuple(places)


Weights = Callable[[str], tuple[dict[str, float], float]]


def gram_cosine(
    a: str, b: str, weigh: Callable[[str], float], weights: Weights | None = None
) -> float:
    """Return the cosine of the two texts' n-grams, each weighted by its word's weight.

    `weights` returns `gram_weights` of a text for these weights, from a cache.
    """
    if weights is None:
        weights = partial(gram_weights, weigh=weigh)
    (wa, na), (wb, nb) = weights(a), weights(b)
    shared = wa.keys() & wb.keys()
    if not shared:
        return 0.0
    # the products summed in C, in the order of the shared set
    dot = sum(map(mul, map(wa.__getitem__, shared), map(wb.__getitem__, shared)))
    norm = math.sqrt(na * nb)
    return dot / norm if norm else 0.0
