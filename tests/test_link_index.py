"""The index: its n-gram cosine is the plain one to the last bit; the work per claim is bounded."""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

import random
from typing import Any

import pytest

from claimtrack.link import linker
from claimtrack.link.features import features
from claimtrack.link.grams import gram_cosine
from claimtrack.link.index import MAX_CANDIDATES, Index
from claimtrack.link.linker import link_claims
from claimtrack.models import Claim, Relation, article_id
from tests.lone_claims import claim, reported_claim

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


def _in(text: str, content: str, speaker: str, cue: str) -> Claim:
    """Return the claim of `content` in an article of this text."""
    start = text.index(content)
    return reported_claim(
        article_id(text), (start, start + len(content)), content, speaker, cue=cue
    )


# PolNeAR train claims saying nothing of each other
OTHERS = [
    claim("Ted Cruz is not my favorite by any means", "Lindsey Graham"),
    claim("68 judicial nominees by this point", "Democrats"),
    claim("he's not ready to support Trump", "Paul Ryan"),
    claim("he did not intend to hold back", "Bernie Sanders"),
    claim("women who have abortions are victims", "Donald Trump"),
    claim("Including with nukes, yes, including with nukes", "Donald Trump"),
    claim("Mr. Lewandowski was trying to ''maintain relevance.''", "Donald Jr."),
    claim("you are an all-star player and we need you for the long run!", "David Axelrod"),
    claim("Clinton placed several calls to her over the next six months", "Juanita Broaddrick"),
    claim("the wisdom of committing to Scott", "Some Democrats"),
    claim("would displace American workers", "Bernie Sanders"),
    claim("I never claimed to be a journalist", "Hannity"),
]
# PolNeAR train (Politico, Washington Post, HuffPost, Washington Post)
CHAINS = (
    "Those chains are now maintained at the highest classification level for national"
    " security information, though the campaign has long maintained they were not marked"
    " classified at the time they were sent."
)
STATE = (
    "Clinton and the State Department have said that none of the material was marked"
    " classified at the time it was sent."
)
BORDER = (
    "Given his past comments on building a wall to keep so-called Mexican “rapists” and"
    " “criminals” out of the U.S., it’s safe to say he’s referring to the notion of closing"
    " the Mexico-U.S. border."
)
WALL = (
    "His harsh attacks on illegal immigrants and his promise to build a wall on the U.S.-Mexico"
    " border were about more than immigration."
)


def test_a_claims_own_words_find_what_says_it_in_so_many_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # in a large store a claim's sentence may crowd the claims sharing its own words out of
    # its candidates (here: the first MAX_CANDIDATES claims, which say nothing of it); those
    # its own words find are linked only when they say it in so many words (linker.VERBATIM)
    assert len(OTHERS) == MAX_CANDIDATES
    looked_up = Index.candidates

    def crowded(self: Index, keys: Any, *, indexed: Any = frozenset(), **kw: Any) -> list[int]:
        if frozenset(keys) != frozenset(indexed):
            return list(range(MAX_CANDIDATES))  # what its sentence's words find first
        return looked_up(self, keys, indexed=indexed, **kw)

    monkeypatch.setattr(Index, "candidates", crowded)
    marked = _in(
        CHAINS,
        "they were not marked classified at the time they were sent",
        "Hillary Clinton's campaign",
        "maintained",
    )
    none = _in(
        STATE,
        "none of the material was marked classified at the time it was sent",
        "State Department",
        "have said",
    )
    notion = _in(
        BORDER, "the notion of closing the Mexico-U.S. border", "Donald Trump", "referring to"
    )
    wall = _in(
        WALL,
        "to build a wall on the U.S.-Mexico border were about more than immigration",
        "Donald Trump",
        "promise",
    )
    texts = {
        x.article: t for x, t in ((marked, CHAINS), (none, STATE), (notion, BORDER), (wall, WALL))
    }
    links = link_claims([*OTHERS, marked, none, notion, wall], texts)
    # "closing the border" and "build a wall" share the border, not one proposition (0.71)
    assert [(x.from_, x.to, x.relation) for x in links] == [(none.id, marked.id, Relation.REPEATS)]
