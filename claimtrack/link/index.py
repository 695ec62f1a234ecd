"""An inverted index on names, numbers and stems that decides which pairs of claims are scored."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

# A key held by more claims than this says little about any pair (think "trump" in 2016
# news); its posting list stops growing and it no longer proposes candidates, which keeps
# the work per claim bounded and the whole linking linear in the number of claims.
MAX_POSTING = 200
# a claim's keys are looked up rarest first until this many postings have been read: the
# work per claim is bounded whatever the store's size
LOOKUP_BUDGET = 1500
MAX_CANDIDATES = 30


class Index:
    """Postings from key to the positions of the claims holding it, with document counts."""

    def __init__(self, max_posting: int = MAX_POSTING) -> None:
        self.max_posting = max_posting
        self.postings: dict[str, list[int]] = {}
        self.df: Counter[str] = Counter()
        self.size = 0

    def add(self, item: int, keys: Iterable[str]) -> None:
        """Record that the item (a position in the caller's list) holds these keys."""
        self.size += 1
        for key in keys:
            self.df[key] += 1
            posting = self.postings.get(key)
            if posting is None:
                self.postings[key] = [item]
            elif len(posting) < self.max_posting:
                posting.append(item)

    def reset_counts(self, df: dict[str, int], size: int) -> None:
        """Take document counts from a larger index (the store's) that holds this one's items."""
        self.df = Counter(df)
        self.size = size

    def idf(self, key: str) -> float:
        """Return the inverse document frequency of a key (high for rare keys)."""
        return math.log(1.0 + (self.size + 1) / (self.df.get(key, 0) + 1))

    def candidates(
        self,
        keys: Iterable[str],
        *,
        limit: int = MAX_CANDIDATES,
        min_shared: int = 2,
        indexed: bool = False,
    ) -> list[int]:
        """Return the items sharing the most informative keys with these, best first.

        `indexed` says the asking item is in the index itself: its own keys then count
        only when some other item holds them too.
        """
        least = 1 + int(indexed)
        usable = [k for k in keys if least <= self.df.get(k, 0) <= self.max_posting]
        usable.sort(key=lambda k: self.df[k])
        weight: dict[int, float] = {}
        shared: Counter[int] = Counter()
        budget = LOOKUP_BUDGET
        for key in usable:
            budget -= self.df[key]
            if budget < 0:
                break
            w = self.idf(key)
            for item in self.postings[key]:
                weight[item] = weight.get(item, 0.0) + w
                shared[item] += 1
        # a name is both a name key and a stem key, so one shared name ("Peskov") suffices
        good = [i for i, n in shared.items() if n >= min_shared]
        good.sort(key=lambda i: -weight[i])
        return good[:limit]
