"""The index's n-gram cosine is the plain one, to the last bit, with idf weights of a real index."""

from __future__ import annotations

from claimtrack.link.features import features
from claimtrack.link.grams import gram_cosine
from claimtrack.link.index import Index

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
