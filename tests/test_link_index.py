"""The index: its n-gram cosine is the plain one to the last bit; the work per claim is bounded."""

from __future__ import annotations

import random
from typing import Any

import pytest

from claimtrack.link import linker
from claimtrack.link.features import features
from claimtrack.link.grams import gram_cosine
from claimtrack.link.index import MAX_CANDIDATES, Index
from claimtrack.link.linker import link_claims
from claimtrack.models import Claim
from tests.lone_claims import claim

# PolNeAR train claims (a repeat, a rewrite, and another claim)
CLAIMS = [
    "the Republican front-runner is becoming ISIS' best recruiter",
    "Trump is becoming ISIS's best recruiter",
    "the GOP front-runner was becoming the best recruiter for ISIS",
    "Clinton neither sent nor received emails marked classified",
]


def test_index_gram_cosine_is_gram_cosine() -> None:
    index = Index()
    for i, text in enumerate(CLAIMS * 3):
        index.add(i, features(text).keys)
    for a in CLAIMS:
        for b in CLAIMS:
            assert index.gram_cosine(a, b) == gram_cosine(a, b, index.idf)
    assert index.gram_cosine(CLAIMS[0], CLAIMS[2]) > 0.6  # the rewrite
    assert index.gram_cosine(CLAIMS[0], CLAIMS[3]) < 0.1  # another claim
    # the shared n-grams are kept across epochs; the weights are those of the new counts
    before = index.gram_cosine(CLAIMS[0], CLAIMS[2])
    for i in range(100):
        index.add(100 + i, features(CLAIMS[1]).keys)
    for a in CLAIMS:
        for b in CLAIMS:
            assert index.gram_cosine(a, b) == gram_cosine(a, b, index.idf)
    assert index.gram_cosine(CLAIMS[0], CLAIMS[2]) != before


def test_what_a_pair_of_texts_gives_is_kept_across_epochs_not_its_weights() -> None:
    # the rewrite and the repeat of a claim scored, then scored again once the counts have
    # changed: the same scores as an index that never scored them before
    claims = [claim(text, "Hillary Clinton") for text in CLAIMS[:3]]
    items = [linker.make_item(c) for c in claims]
    index = Index()
    for n, item in enumerate(items):
        index.add(n, item.keys)
    first = [linker.pair_score(a, b, index) for a in items for b in items if a is not b]
    assert first[1] > 0.55  # the rewrite
    more = [features(CLAIMS[0]).keys] * 50 + [features(CLAIMS[3]).keys] * 50
    for n, keys in enumerate(more, 3):
        index.add(n, keys)
    fresh = Index()
    for n, keys in enumerate([item.keys for item in items] + more):
        fresh.add(n, keys)
    again = [linker.pair_score(a, b, index) for a in items for b in items if a is not b]
    assert again == [linker.pair_score(a, b, fresh) for a in items for b in items if a is not b]
    assert again != first


def _word(rng: random.Random) -> str:
    return "".join(rng.choices("bcdfghjklmnpqrstvwxz", k=3) + rng.choices("aeiou", k=1)) * 2


def _claims(n: int) -> list[Claim]:
    """Return n one-sentence claims: stories of ten claims sharing the story's words, and
    common words every story uses, some far commoner than others (as in news)."""
    rng = random.Random(7)
    common = [_word(rng) for _ in range(300)]
    weights = [1.0 / (k + 1) for k in range(len(common))]
    out = []
    story: list[str] = []
    for i in range(n):
        if i % 10 == 0:
            story = [_word(rng) for _ in range(12)]
        text = " ".join(rng.sample(story, 5) + rng.choices(common, weights, k=3))
        out.append(claim(text, f"Speaker {i % 50}"))
    return out


def test_linking_work_per_claim_does_not_grow_with_the_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # near-linear linking: the pairs scored per claim stay bounded as the index grows (work
    # counted, not timed: the lookup budget and the candidate cap bound it)
    calls = 0
    scored = linker.pair_score

    def counted(*args: Any, **kwargs: Any) -> float:
        nonlocal calls
        calls += 1
        return scored(*args, **kwargs)

    monkeypatch.setattr(linker, "pair_score", counted)
    per_claim = []
    for n in (500, 2000):
        calls = 0
        link_claims(_claims(n))
        per_claim.append(calls / n)
    assert per_claim[0] > 1  # candidates were scored
    assert per_claim[1] < 1.3 * per_claim[0], per_claim
    assert per_claim[1] <= 2 * MAX_CANDIDATES
