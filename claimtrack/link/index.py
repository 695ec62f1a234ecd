"""An inverted index on names, numbers and stems that decides which pairs of claims are scored."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable
from heapq import nlargest
from operator import mul
from typing import Any

from claimtrack.link.features import EXACT
from claimtrack.link.grams import Shared, gram_norm, shared_grams

# A key held by more claims than this says little about any pair (think "trump" in 2016
# news); its posting list stops growing and it no longer proposes candidates, which keeps
# the work per claim bounded and the whole linking linear in the number of claims.
MAX_POSTING = 100
# a claim's keys are looked up rarest first until this many postings have been read: the
# work per claim is bounded whatever the store's size
LOOKUP_BUDGET = 400
MAX_CANDIDATES = 12
# a key held by at most this many claims is rare: sharing one says a lot
RARE = 5
# pairs of texts whose scores are kept for an idf epoch, at most (about 200 bytes each)
MEMO = 1 << 17
# pairs of texts whose shared n-grams are kept across epochs, at most (about 600 bytes each):
# the rewrites of a story come back epochs apart (the link_scale store's 100,012 claims
# compare 26,420 pairs of texts by n-grams 92,853 times, in 98 epochs)
SHARED = 1 << 17
# pairs of texts whose weightless comparison a caller keeps across epochs, at most
KEPT = 1 << 18


class _Idf(dict[str, float]):
    """The idf values of an index's keys, each computed when first asked in an epoch.

    A missing key is computed by `__missing__` with the counts of that moment, so that
    `map(cache.__getitem__, keys)` weighs a whole set in C and computes only the new keys.
    """

    __slots__ = ("index",)

    def __init__(self, index: Index) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, key: str) -> float:
        index = self.index
        n = index.df.get(key, 0) + index.base_df.get(key, 0)
        value = math.log(1.0 + (index.size + index.base_size + 1) / (n + 1))
        self[key] = value
        return value


class Index:
    """Postings from key to the positions of the claims holding it, with document counts."""

    def __init__(self, max_posting: int = MAX_POSTING) -> None:
        self.max_posting = max_posting
        self.postings: dict[str, list[int]] = {}
        # keys found with a full posting (max_posting items): none is listed under them again
        self._full: set[str] = set()
        # keys found held by more claims than the cap (not exact keys): they propose no
        # candidate again (counts only grow), and are left out before any lookup
        self.closed: set[str] = set()
        self.df: Counter[str] = Counter()
        self.size = 0
        # counts of claims held elsewhere (the store's linked claims), added to this index's
        self.base_df: dict[str, int] = {}
        self.base_size = 0
        # idf changes slowly as the index grows: cached, and forgotten every few percent
        self._idf = _Idf(self)
        # the idf of a key, as `idf`, looked up in C (the cache is cleared, never replaced)
        self.weight = self._idf.__getitem__
        self._idf_size = 0
        self._totals: dict[frozenset[str], float] = {}
        self._grams: dict[str, float] = {}  # squared n-gram norms
        # what a caller computed of a pair of texts with this epoch's idf values (copies of
        # a story repeat their claims word for word, and so their pairs): dropped with them
        self.memo: dict[tuple[str | bool | None, ...], tuple[float, float, float]] = {}
        self._spelled: dict[tuple[str, str], float] = {}
        # the n-grams pairs of texts share (`grams.shared_grams`): kept across epochs
        self._shared: dict[tuple[str, str], Shared] = {}
        # what a caller computed of a pair of texts that does not depend on the idf values:
        # kept across epochs (at most KEPT pairs)
        self.kept: dict[tuple[str | bool | None, ...], Any] = {}

    def add(
        self, item: int, keys: Collection[str], *, count: bool = True, listed: bool = True
    ) -> None:
        """Record that the item (a position in the caller's list) holds these keys.

        `count=False` for an item already counted in the base counts; `listed=False` for
        one counted only, never proposed as a candidate (a repeat of a text listed enough).
        """
        self.size += count
        if self.size > 1.05 * self._idf_size + 50:
            self.forget()
        if count:
            self.df.update(keys)  # counted in C
        if not listed:
            return
        postings, cap, full = self.postings, self.max_posting, self._full
        # the keys whose postings are full left out in C: most of a large store's
        for key in keys - full if isinstance(keys, frozenset | set) else keys:
            posting = postings.get(key)
            if posting is None:
                postings[key] = [item]
            elif len(posting) < cap:
                posting.append(item)
            else:
                full.add(key)

    def count(self, key: str) -> int:
        """Return how many claims hold the key, here and in the base counts."""
        return self.df.get(key, 0) + self.base_df.get(key, 0)

    def forget(self) -> None:
        """Drop the cached idf values (after the counts changed)."""
        self._idf.clear()
        self._totals.clear()
        self._grams.clear()
        self.memo.clear()
        self._spelled.clear()
        self._idf_size = self.size

    def total(self, keys: frozenset[str]) -> float:
        """Return the summed idf of a set of keys (cached with the idf values)."""
        value = self._totals.get(keys)
        if value is None:
            value = sum(map(self.weight, keys))
            self._totals[keys] = value
        return value

    def gram_norm(self, text: str) -> float:
        """Return the squared norm of a text's n-grams weighted by idf (cached per idf epoch).

        It leaves the idf of each of the text's keys in the idf cache, which `gram_cosine`
        reads directly.
        """
        value = self._grams.get(text)
        if value is None:
            value = gram_norm(text, self.weight)
            self._grams[text] = value
        return value

    def gram_cosine(self, a: str, b: str) -> float:
        """Return `grams.gram_cosine(a, b, self.idf)`, the same float, with no weight table
        built per text: the shared n-grams' keys are looked up in the idf cache, in C.

        Kept for the epoch (at most MEMO pairs): copies repeat pairs of texts.
        """
        value = self._spelled.get((a, b))
        if value is None:
            if len(self._spelled) >= MEMO:
                self._spelled.clear()
            value = self._spelled[a, b] = self._gram_cosine(a, b)
        return value

    def _gram_cosine(self, a: str, b: str) -> float:
        na, nb = self.gram_norm(a), self.gram_norm(b)
        shared = self._shared.get((a, b))
        if shared is None:
            if len(self._shared) >= SHARED:
                self._shared.clear()
            shared = self._shared[a, b] = shared_grams(a, b)
        keys_a, keys_b, at_a, at_b = shared
        if not at_a:
            return 0.0
        # each shared n-gram's two words' weights, multiplied and summed in C in the order
        # `grams.gram_cosine` sums them (the same float)
        wa, wb = list(map(self.weight, keys_a)), list(map(self.weight, keys_b))
        dot = sum(map(mul, map(wa.__getitem__, at_a), map(wb.__getitem__, at_b)))
        norm = math.sqrt(na * nb)
        return dot / norm if norm else 0.0

    def idf(self, key: str) -> float:
        """Return the inverse document frequency of a key (high for rare keys)."""
        return self._idf[key]

    def candidates(
        self,
        keys: Iterable[str],
        *,
        limit: int = MAX_CANDIDATES,
        min_shared: int = 2,
        indexed: frozenset[str] = frozenset(),
    ) -> list[int]:
        """Return the items sharing the most informative keys with these, best first.

        `indexed` are the keys under which the asking item is in the index itself: they
        count only when some other item holds them too.
        """
        df, base, postings, cap = self.df, self.base_df, self.postings, self.max_posting
        count, more = df.get, base.get
        closed = self.closed
        if isinstance(keys, frozenset | set):
            keys = keys - closed  # (the order of the keys does not matter: sorted below)
        close = closed.add  # returns None: a key over the cap is left out, and recorded
        usable = [
            (n, k)
            for k in keys
            if k in postings
            and 1 + (k in indexed) <= (n := count(k, 0) + more(k, 0))
            and (n <= cap or k[0] == EXACT or close(k))
        ]
        usable.sort()  # by count, then key: the same lookups whatever the hash seed
        every: list[int] = []  # the positions of each posting read, counted at the end
        rares: list[int] = []
        budget = LOOKUP_BUDGET
        for n, key in usable:
            posting = postings[key]
            budget -= len(posting)
            if budget < 0:
                break
            every += posting
            if key[0] == EXACT:
                # the same words in the same order: a candidate whatever else they share
                every += posting
                rares += posting
            if n <= RARE:
                rares += posting
        # counted in C: this is the hot spot of linking
        shared = Counter(every)
        rare = Counter(rares).get
        # ranked by shared rare keys ("stupid", "Peskov"), then by all shared keys: nearly
        # the idf-weighted overlap, at the cost of counting
        good = [(rare(i, 0), n, i) for i, n in shared.items() if n >= min_shared]
        return [i for _, _, i in nlargest(limit, good)]
