"""Hand-built claims on the seed sentences, and the stores made of them, shared by the tests.

A data module, not a test module: the linking, tracking, export and match tests all use
these claims, so none of them imports from another.
"""

# ruff: noqa: RUF001  (the seed text has curly apostrophes)

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack.link.stored import link_store
from claimtrack.models import (
    Article,
    Claim,
    Link,
    Relation,
    Stance,
    article_id,
    link_id,
)
from claimtrack.store import Store
from tests.lone_claims import reported_claim

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ZERO = (SEEDS / "000_07b1cfc2f07ecd18.txt").read_text(encoding="utf-8")
ONE = (SEEDS / "001_91c3a4be4a4113fa.txt").read_text(encoding="utf-8")
TEXTS = {article_id(ZERO): ZERO, article_id(ONE): ONE}


def claim(article: str, words: str, speaker: str, stance: Stance = Stance.ASSERTS) -> Claim:
    """Return a claim on the first occurrence of words in the article, as the extractor would."""
    start = article.index(words)
    return claim_at(article, (start, start + len(words)), speaker, stance)


def claim_at(
    article: str, span: tuple[int, int], speaker: str | None, stance: Stance = Stance.ASSERTS
) -> Claim:
    """Return a reported claim on this span of the article."""
    return reported_claim(article_id(article), span, article[span[0] : span[1]], speaker, stance)


BOOK_CALLS = claim(
    ONE,
    "Trump secretly communicated with Putin seven times after his presidency ended",
    "Bob Woodward's book War",
)
BOOK_TESTS = claim(
    ONE,
    "he had sent Covid-19 testing equipment to Russia in 2020 while still in office",
    "Bob Woodward's book War",
)
CAMPAIGN = claim(
    ONE,
    "none of these made-up stories by Bob Woodward are true",
    "Donald Trump's campaign",
    Stance.DENIES,
)
NO_COMMENT = claim(ONE, "I don’t comment on that", "Donald Trump", Stance.DECLINES)
PESKOV_TESTS = claim(
    ONE, "Trump had indeed sent Covid-19 tests to Russia in 2020", "Dmitry Peskov", Stance.CONFIRMS
)
PESKOV_CALLS = claim(
    ONE,
    "the allegations about secret post-presidential phone calls between Trump and Putin",
    "Dmitry Peskov",
    Stance.DENIES,
)
NEVER_BEGUN = claim(
    ONE, "the Ukraine conflict would never have begun had he won the 2020 election", "Donald Trump"
)
NOT_OCCURRED = claim(
    ZERO, "the conflict would not have occurred if he had been in office", "Donald Trump"
)
VANCE = claim(ONE, "establishing a demilitarized zone along the current front line", "JD Vance")
SEED_CLAIMS = [
    NOT_OCCURRED,
    BOOK_CALLS,
    BOOK_TESTS,
    CAMPAIGN,
    NO_COMMENT,
    NEVER_BEGUN,
    VANCE,
    PESKOV_TESTS,
    PESKOV_CALLS,
]


ZERO_CLAIMS = [NOT_OCCURRED]
ONE_CLAIMS = [
    BOOK_CALLS,
    BOOK_TESTS,
    CAMPAIGN,
    NO_COMMENT,
    NEVER_BEGUN,
    VANCE,
    PESKOV_TESTS,
    PESKOV_CALLS,
]


def add(store: Store, text: str, claims: list, published: date | None = None) -> str:  # type: ignore[type-arg]
    """Store an article with hand-built claims (no extractor involved); return its id."""
    article = Article.from_text(
        text, source="seeds", published=published, path=f"seeds/{len(text)}.txt"
    )
    store.ingest_article(article, claims)
    return article.id


def build(path: Path) -> Path:
    """Return a store holding both seed articles with their hand-built claims, linked."""
    with Store.open(path) as store:
        add(store, ZERO, ZERO_CLAIMS, date(2024, 9, 1))
        add(store, ONE, ONE_CLAIMS, date(2024, 10, 16))
        link_store(store)
    return path


def link(a: Claim, b: Claim, relation: Relation) -> Link:
    """Return a link from a to b."""
    return Link(id=link_id(a.id, b.id, relation), from_=a.id, to=b.id, relation=relation, score=0.8)


CLAIMS = {
    c.id: c
    for c in (
        BOOK_CALLS,
        BOOK_TESTS,
        CAMPAIGN,
        NO_COMMENT,
        PESKOV_TESTS,
        PESKOV_CALLS,
        NEVER_BEGUN,
        NOT_OCCURRED,
    )
}
LINKS = [
    link(PESKOV_TESTS, BOOK_TESTS, Relation.CONFIRMS),
    link(PESKOV_CALLS, BOOK_CALLS, Relation.DENIES),
    link(CAMPAIGN, BOOK_CALLS, Relation.DENIES),
    link(CAMPAIGN, BOOK_TESTS, Relation.DENIES),
    link(NO_COMMENT, BOOK_CALLS, Relation.DECLINES),
    link(NEVER_BEGUN, NOT_OCCURRED, Relation.REPEATS),
]
