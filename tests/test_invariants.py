"""Invariants of extraction for any text: no exception, spans inside, exact text, stable ids."""

# Typographic quotes and apostrophes are the point of these tests.
# ruff: noqa: RUF001

from __future__ import annotations

import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extract import extract
from claimtrack.models import Article, Claim

# pieces that exercise the rules: cues, speakers, quotation marks of every kind
_PIECES = [
    "said",
    " said ",
    "Trump",
    "He",
    " he said, ",
    "according to ",
    ", saying that ",
    "“",
    "”",
    '"',
    "''",
    "’s",
    ": ",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "\r\n",
    "the campaign denied ",
    "refused to confirm or deny ",
    " and that ",
    "Dmitry Peskov, the Kremlin spokesman, ",
    "“I don’t comment on that,” Trump said.",
    "his long-standing claim that ",
    "Sanders: ",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=60).map("".join),
)


def _check(article: Article, claims: list[Claim]) -> None:
    """Assert the invariants of one extraction."""
    text = article.text
    for claim in claims:
        start, end = claim.span
        assert 0 <= start < end <= len(text)
        assert claim.text == text[start:end]
        assert claim.article == article.id
        for span in (claim.speaker_span, claim.cue_span):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)
        if claim.speaker_span is not None:
            assert claim.speaker_mention == text[claim.speaker_span[0] : claim.speaker_span[1]]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_holds_its_invariants_on_any_text(text: str) -> None:
    article = Article.from_text(text)
    claims = extract(article)
    _check(article, claims)
    again = extract(Article.from_text(text))
    assert [c.id for c in again] == [c.id for c in claims]
    assert [c.model_dump() for c in again] == [c.model_dump() for c in claims]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["“", "”", '"', "''", "«", "»", "„", " said ", "A", "\n"]), max_size=200
    )
)
def test_unbalanced_quotation_marks_never_break_extraction(parts: list[str]) -> None:
    article = Article.from_text("".join(parts))
    _check(article, extract(article))


def test_extract_is_picklable() -> None:
    restored = pickle.loads(pickle.dumps(extract))
    article = Article.from_text("“I don’t comment on that,” Trump said.")
    assert restored(article) == extract(article)
