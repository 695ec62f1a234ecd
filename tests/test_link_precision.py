"""Links that share a topic and not a proposition, read on PolNeAR train news: the same words
about another thing, the same people with another predicate."""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

from claimtrack.link.features import features
from claimtrack.link.linker import FRAGMENT, make_item, make_link
from claimtrack.link.topic import few_words
from tests.lone_claims import claim, reported_claim


def _few(a: str, b: str) -> bool:
    return few_words(a, features(a), b, features(b))


def test_two_peoples_claims_sharing_two_words_share_a_phrase() -> None:
    # PolNeAR train (USA Today, June 2016; Politico, July 2016): Trump's movement and
    # Silverman's share "proud" and "movement", not a proposition
    proud = make_item(
        claim(
            "I will make you proud of your party and our movement, and that's what it is, is a"
            " movement",
            "Donald Trump",
        )
    )
    part = make_item(
        claim(
            "I am proud to be a part of Bernie’s movement. And part of that movement is to make"
            " sure Hillary Clinton is our next president of the United States",
            "Sarah Silverman",
        )
    )
    assert _few(proud.claim.text, part.claim.text)
    assert make_link(part, proud, 0.6) is None
    assert make_link(part, proud, FRAGMENT) is not None
    # (New York Times, December 2015 and March 2016): Puerto Rico's default and a drug
    # company's, both said by no one named
    governor, could = (
        make_item(reported_claim(aid, (0, len(text)), text, None))
        for aid, text in (
            ("nyt-1", "the governor to default on the debt"),
            ("nyt-2", "it could default on some of its debt as a result"),
        )
    )
    assert make_link(could, governor, 0.69) is None


def test_two_words_said_by_one_speaker_quoted_or_all_one_says_stay_evidence() -> None:
    # one speaker's two claims sharing two words are linked as before (link.one_predicate_word)
    proud = make_item(claim("I will make you proud of your party and our movement", "Donald Trump"))
    again = make_item(claim("I am proud of this movement, believe me", "Donald Trump"))
    assert make_link(again, proud, 0.6) is not None
    # a quoted phrase is a claim's own words (Politico, July 2016; USA Today, August 2016)
    assert not _few(
        "her handling of highly sensitive information “extremely careless,”",
        'Clinton\'s use of private email servers "extremely careless,"',
    )
    # two words that are all one claim says are its predicate: "Her mind is shot!"
    assert not _few("Her mind is shot!", "Her mind is shot — resign!")
    # three words in common, names included, are more than a phrase
    assert not _few(
        "to make Mexico pay for a massive border wall", "he’d force Mexico to pay for the wall"
    )
