"""A quotation two claims share ties them to one statement (link/quotes.py)."""

# ruff: noqa: RUF001, RUF003  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import pytest

from claimtrack.link.index import Index
from claimtrack.link.linker import (
    QUOTE_WEIGHT,
    link_claims,
    make_item,
    make_link,
    orient,
    pair_score,
)
from claimtrack.link.quotes import QUOTE_SHARE, quotations, quote_ties, shared_quotation
from claimtrack.link.score import THRESHOLD
from tests.lone_claims import claim

# PolNeAR train (politico 2016-07-05 and 2016-07-06): one phrase of Comey's, quoted by both
VLADECK = "her handling of highly sensitive information “extremely careless,”"
COMEY = (
    "while Clinton and her aides had been “extremely careless” with her handling of classified"
    " materials through her private server, “no reasonable prosecutor” would bring the case"
    " against the former secretary of state"
)
# PolNeAR train (West Journal 2015-11-13, Politico 2015-12-28): Trump and Fiorina on Clinton
TRUMP = "Clinton is playing the “women’s card big league”"
FIORINA = 'The former secretary of state will play the "woman card,"'


@pytest.mark.parametrize(
    ("one", "relays", "other", "phrase"),
    [
        (VLADECK, False, COMEY, ("extrem", "carele")),
        (COMEY, False, VLADECK, ("extrem", "carele")),
        # "women’s card" quoted by one, "woman card" by the other
        (FIORINA, False, TRUMP, ("woman", "card")),
        # a direct quotation holds the phrase the other quotes (Clinton, PolNeAR train)
        (
            "He is becoming ISIS’s best recruiter",
            True,
            "the Republican frontrunner “ISIS’ best recruiter.”",
            ("isis", "best", "recrui"),
        ),
        # a claim that ends inside its quotation quotes its last words (The Federalist and
        # Breitbart, PolNeAR train)
        (
            "The Candidate is a natural born citizen by virtue of being born in Canada",
            True,
            "Ted Cruz Is A ‘Natural Born Citizen",
            ("natura", "born", "citize"),
        ),
        # a named speaker's own words, not quoted, hold no one's phrase: Obama calls Trump
        # “unfit to serve”, Trump says Clinton is ("He says she is unfit to serve") (Huffington
        # Post, Washington Post, PolNeAR train)
        (
            "she is unfit to serve",
            False,
            "the Republican nominee “unfit to serve” as president",
            None,
        ),
        # the same words, not in the same order: no quotation in common
        (VLADECK, False, "he was careless, extremely so", None),
        # one quoted word is a label, not a phrase of someone's ("rigged")
        ('the system is "rigged"', True, "the system is rigged", None),
    ],
)
def test_a_phrase_one_claim_quotes_and_the_other_quotes_or_relays_is_shared(
    one: str, relays: bool, other: str, phrase: tuple[str, ...] | None
) -> None:
    assert shared_quotation(one, other, relays) == phrase


def test_the_words_between_two_quotations_are_no_quotation() -> None:
    # PolNeAR train (USA Today 2016-01-04): the narrator's words between two quoted sentences
    text = (
        'This people-powered campaign is revolutionizing American politics," Jeff Weaver,'
        " Sanders' campaign manager, said in a statement. \"What we are showing is that we can"
    )
    assert quotations(text) == ()
    assert quotations(COMEY) == (("extrem", "carele"), ("reason", "prosec"))


def test_a_stock_phrase_quoted_by_many_claims_ties_none() -> None:
    counts = {"extrem": 72, "carele": 17}
    size = 15_754  # a PolNeAR train+dev store
    assert quote_ties(VLADECK, COMEY, counts.__getitem__, size)
    # held by more than one claim in QUOTE_SHARE
    common = {"extrem": 72, "carele": size // QUOTE_SHARE + 1}
    assert not quote_ties(VLADECK, COMEY, common.__getitem__, size)


def test_a_named_speakers_unquoted_words_take_no_phrase_in_a_small_store() -> None:
    # the reviewer's pair (after "radical Islamic terrorism", PolNeAR train): in a store of two
    # claims every phrase is rare, and Giuliani's own words are no quotation of Trump's
    trump = claim(
        "the president's plan amounts to “radical Islamic terrorism” denial", "Donald Trump"
    )
    giuliani = claim("Clinton refuses to say radical Islamic terrorism", "Rudy Giuliani")
    assert link_claims([trump, giuliani]) == []


def test_two_claims_quoting_one_phrase_are_linked() -> None:
    # in a store of PolNeAR train+dev's size, with its counts of their words, their own words
    # alone score below the threshold: the quotation links them
    index = Index()
    index.base_size = 15_754
    index.base_df.update(
        {"big": 165, "card": 22, "clinto": 1503, "former": 182, "leagu": 5, "play": 102}
        | {"secret": 228, "stat": 1272, "woman": 217}
    )
    trump, fiorina = (
        make_item(claim(TRUMP, "Donald Trump")),
        make_item(claim(FIORINA, "Carly Fiorina")),
    )
    pair = orient(trump, fiorina)
    assert pair is not None
    value = pair_score(*pair, index)
    assert THRESHOLD <= value < THRESHOLD + QUOTE_WEIGHT
    assert make_link(*pair, value) is not None
