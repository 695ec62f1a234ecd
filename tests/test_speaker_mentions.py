"""Speakers of claims on real sentences from the PolNeAR train split: which words name them.

Each test quotes its sentence and says which speaker (and which mention) a claim must get,
and which it must not.
"""

from __future__ import annotations

from claimtrack.extract import extract
from claimtrack.models import Article, Claim


def claims_of(text: str) -> list[Claim]:
    """Return the claims of a text."""
    return extract(Article.from_text(text))


def one(claims: list[Claim], words: str) -> Claim:
    """Return the only claim whose text holds these words."""
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


def test_a_quotation_that_goes_on_keeps_the_mention_that_named_its_speaker() -> None:
    # PolNeAR train, nyt 2016-03-21 (factory workers): the second quotation has no cue of its
    # own; its speaker is the "she" of the first, and so are the words that name her
    text = (
        "It wasn't just the money that kept her on the assembly line, Ms. Shanklin-Hawkins said.\n\n"
        "''It's pretty cool working there,'' she said, describing how she carefully puts together "
        "''tubular mixers,'' batches of rods that control the air flow in Carrier furnaces. "
        "''And when you do it for 60 hours a week, people are like family.''"
    )
    claims = claims_of(text)
    first = one(claims, "pretty cool")
    goes_on = one(claims, "like family")
    assert goes_on.speaker == first.speaker == "Shanklin-Hawkins"
    assert goes_on.speaker_mention == "she"
    assert goes_on.speaker_span == first.speaker_span
    assert goes_on.cue is None
