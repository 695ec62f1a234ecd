"""The representative of a group of claims: the one whose words are most the group's words.

A tracked group is shown by its first assertion, which is often a fragment ("a ban") or a
long quotation with more in it than the group shares. Its proposition is better stated by
the member closest to the group as a whole: the claim whose rarity-weighted words have the
highest cosine with the pooled words of all members.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from claimtrack.link.features import features

# a group of fewer claims has no centre: its first assertion states it
CENTRAL = 3


class Weights:
    """The stems of a set of claims with their rarity among them (idf), cached by text."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._stems: dict[str, frozenset[str]] = {}
        df: Counter[str] = Counter()
        for text in texts:
            df.update(self.stems(text))
        n = len(self._stems)
        self.idf = {k: math.log(1.0 + n / c) for k, c in df.items()}

    def stems(self, text: str) -> frozenset[str]:
        """Return the stems of a text (cached)."""
        found = self._stems.get(text)
        if found is None:
            found = self._stems[text] = features(text).stems
        return found

    def vector(self, text: str) -> dict[str, float]:
        """Return the text's stems, each with its weight."""
        return {k: self.idf.get(k, 0.0) for k in self.stems(text)}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Return the cosine of two weighted word vectors (0 when either is empty)."""
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def central(texts: Sequence[tuple[str, str]], weights: Weights) -> str:
    """Return the id of the (id, text) whose words are most the group's; the first on a tie."""
    if len(texts) < CENTRAL:
        return texts[0][0]  # two claims are equally central: the first asserts it
    vectors = [weights.vector(text) for _, text in texts]
    pooled: dict[str, float] = {}
    for vec in vectors:
        for k, v in vec.items():
            pooled[k] = pooled.get(k, 0.0) + v
    best, value = texts[0][0], -1.0
    for (cid, _), vec in zip(texts, vectors, strict=True):
        mine = cosine(vec, pooled)
        if mine > value + 1e-9:
            best, value = cid, mine
    return best
