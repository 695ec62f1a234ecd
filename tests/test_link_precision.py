"""Links that share a topic and not a proposition, read on PolNeAR train news: the same words
about another thing, the same people with another predicate."""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

import pytest

from claimtrack.link import link_claims
from claimtrack.link.features import features
from claimtrack.link.linker import FRAGMENT, Item, make_item, make_link
from claimtrack.link.topic import (
    asked_only,
    few_words,
    finding_and_claim,
    other_polls,
    poll_shares,
    quoted_together,
    stock_phrase,
    things_only,
)
from claimtrack.models import Relation
from tests.lone_claims import claim, reported_claim


def _unnamed(aid: str, text: str, start: int = 0) -> Item:
    """Return the item of a claim said by no one named, at `start` in its article."""
    return make_item(reported_claim(aid, (start, start + len(text)), text, None))


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
    governor = _unnamed("nyt-1", "the governor to default on the debt")
    could = _unnamed("nyt-2", "it could default on some of its debt as a result")
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


def test_a_phrase_only_one_of_two_people_quotes_ties_them_to_no_statement() -> None:
    # PolNeAR train (USA Today, August 2016; Huffington Post, July 2016): Pence called the
    # Khans' son "an American hero", Felicia Sanders called her own son her hero; only the
    # first quotes the words, which are Pence's own and no tie to hers
    pence = make_item(
        reported_claim("usa-today", (0, 27), 'their son "an American hero."', "Mike Pence")
    )
    sanders = make_item(
        reported_claim("huff-post", (0, 30), "her fallen son her hero before", "Felicia Sanders")
    )
    assert _few(pence.claim.text, sanders.claim.text)
    assert make_link(pence, sanders, 0.64) is None
    # a phrase both quote, or one quotes and the other holds while quoting too, stays a tie
    # (Politico, July 2016; USA Today, August 2016; the Trump University judge, June 2016)
    assert not _few(
        "her handling of highly sensitive information “extremely careless,”",
        'Clinton\'s use of private email servers "extremely careless,"',
    )
    assert quoted_together(
        'Curiel was from Mexico: "The judge, who happens to be, we believe, Mexican, which is'
        " great. I think that's fine. You know what? I think the Mexicans are going to end up"
        ' loving Donald Trump when I give all these jobs, okay?"',
        'Friday that Curiel "happens to be, we believe, Mexican."',
        frozenset({"happen", "believ", "mexica", "curiel"}),
    )


def test_two_named_peoples_few_words_are_each_ones_own() -> None:
    # PolNeAR train (Huffington Post, May 2016; Western Journal, July 2016): Sanders' "We'll
    # see" on fundraising for other candidates, Mook's on a press conference before Election Day
    sanders = make_item(claim("We’ll see", "Bernie Sanders"))
    mook = make_item(claim("We’ll see", "Hillary Clinton's campaign"))
    assert stock_phrase(sanders.claim.text, sanders.own, None, mook.claim.text, mook.own, None)
    assert make_link(mook, sanders, 0.66) is None
    # (USA Today, Washington Post, June 2016): Trump quoting Billy Joel's line; Elmendorf's
    # and Rubio's "The numbers don't add up", of two plans
    trump = make_item(claim("You think I'm going to change?", "Donald Trump"))
    joel = make_item(claim("You think I'm going to change?", "Billy Joel"))
    assert make_link(trump, joel, 0.95) is None
    elmendorf = make_item(claim("The numbers don't add up", "Douglas Elmendorf"))
    rubio = make_item(claim("The numbers don't add up", "Marco Rubio"))
    assert make_link(rubio, elmendorf, 1.0) is None
    # one speaker's few words, or words no one named relays, stay evidence ("Her mind is
    # shot!" / "Her mind is shot — resign!"); so do claims that say more
    again = make_item(claim("We’ll see, we’ll see", "Bernie Sanders"))
    assert make_link(again, sanders, 0.66) is not None
    relayed = _unnamed("west-journal", "Her mind is shot — resign!")
    assert make_link(relayed, make_item(claim("Her mind is shot!", "Donald Trump")), 0.7)
    long, short = (
        "Trump a “pathological liar” who is “utterly amoral,” a “serial philanderer”",
        "Trump a “pathological liar.”",
    )
    assert not stock_phrase(long, features(long), None, short, features(short), None)


def test_two_named_peoples_short_claims_still_deny_and_repeat() -> None:
    # a name says whom few words are about (from a review of 649d486): "Mexico will not pay
    # for the wall" holds three stems and says a proposition, as "Trump is a con artist" does
    # said by two; the contrary of a few words (Trump's "The election is rigged") is a denial
    for a, b, relation in (
        ("Mexico will not pay for the wall", "Mexico will pay for the wall", Relation.DENIES),
        ("The election is rigged", "The election is not rigged", Relation.DENIES),
        ("Trump is a con artist", "Trump is a con artist", Relation.REPEATS),
    ):
        links = link_claims([claim(a, "Hillary Clinton"), claim(b, "Bernie Sanders")])
        assert [link.relation for link in links] == [relation], (a, b)


GOWDY = (
    "I have not heard anyone other than you ever cite that figure. Who told you that 90 to 95"
    " percent of your e-mails were in the State Department system? Who told you that?"
)


def test_words_shared_only_in_a_question_are_asked_not_said() -> None:
    # PolNeAR train (Washington Post, November 2015): Gowdy asks Clinton who gave her the
    # figure; the words the question shares with the figure are asked, not stated
    figure = _unnamed("wash-post", "90 percent were already in the system", 100)
    question = _unnamed("wash-post", GOWDY, 200)
    assert asked_only(question.own, GOWDY, figure.own, figure.claim.text)
    assert make_link(question, figure, 0.6) is None
    # words said outside the question are said: "cite that figure" / "the figure came from"
    assert not asked_only(
        question.own,
        GOWDY,
        features("the figure came from the State Department"),
        "the figure came from the State Department",
    )
    # a yes-or-no question is often a statement, and stays evidence (USA Today, Washington
    # Post, June 2016)
    rhetorical = (
        "Is President Obama going to finally mention the words radical Islamic terrorism? If"
        " he doesn't he should immediately resign in disgrace!"
    )
    act = "the Orlando nightclub attack an act of “radical Islamic terrorism.”"
    assert not asked_only(features(rhetorical), rhetorical, features(act), act)


def test_a_statement_asked_to_be_agreed_with_is_said() -> None:
    # from a review of a06fe6a: a statement ending on a tag ("OK?", "right?") or opened by a
    # "when" clause is no question, and links (Trump / Pence, both named); a question's
    # sentence is not cut after "Mr."
    pay = "Mexico will pay for the wall"
    for text in (
        "Believe me. When I am president Mexico will pay for the wall, OK?",
        "We have the leverage. Which is why Mexico is going to pay for the wall, right?",
        "Believe me. When I am president, Mexico will pay for the wall?",
    ):
        assert not asked_only(features(text), text, features(pay), pay), text
        assert link_claims([claim(text, "Donald Trump"), claim(pay, "Mike Pence")]), text
    mister = (
        "I never said that. Who told Mr. Gowdy that 90 to 95 percent of your e-mails were in"
        " the State Department system?"
    )
    figure = "90 percent were already in the system"
    assert asked_only(features(mister), mister, features(figure), figure)


PUNISH = "to punish schools that violate state and federal rules"
BLOCK = "a federal judge to block the rules in time for this school year"


def _things(a: str, b: str) -> bool:
    return things_only(a, features(a), b, features(b))


def test_two_peoples_claims_sharing_only_things_say_two_things_of_them() -> None:
    # PolNeAR train (Huffington Post, March 2016; USA Today, August 2016): schools and rules,
    # and two things done to them
    punish = _unnamed("huff-post", PUNISH)
    block = _unnamed("usa-today", BLOCK)
    assert _things(punish.claim.text, block.claim.text)
    assert make_link(block, punish, 0.6) is None
    assert make_link(block, punish, FRAGMENT) is not None
    # (Washington Post, September and April 2016): building the wall is not making Mexico pay
    assert _things(
        "to build a massive wall along the U.S.-Mexico border and deport millions of"
        " undocumented immigrants",
        "to make Mexico pay for a massive border wall",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a verb form in common: "hacked" / "hacking" (Washington Post, August 2016)
        (
            "Russian intelligence services hacked into Democratic National Committee computers",
            "credit for hacking the Democratic National Committee this year",
        ),
        # a verb after "to" or a modal: "to pay", "he'd force Mexico to pay" (Breitbart,
        # April 2016; Huffington Post, July 2016)
        ("to make Mexico pay for a massive border wall", "he'd force Mexico to pay for the wall"),
        # a graded adjective: "more liberal" (Breitbart, February 2016; Washington Post)
        (
            "they want the next president to have more liberal policies",
            "they prefer the next president to pursue an agenda that is more liberal than"
            " President Obama's",
        ),
        # what a copula predicates in both: "is a fraud" (Washington Post, USA Today, June 2016)
        ("Donald Trump himself is a fraud", "Trump University is a fraud"),
        # a quoted word (Politico, July 2016; USA Today, August 2016)
        (
            "her handling of highly sensitive information “extremely careless,”",
            'Clinton\'s use of private email servers "extremely careless,"',
        ),
    ],
)
def test_a_predicate_in_common_is_more_than_things(a: str, b: str) -> None:
    assert not _things(a, b)


def test_claims_of_one_article_or_one_speaker_sharing_only_things_stay_linked() -> None:
    # two claims of one article share its story by construction; one speaker's two claims
    # are linked on other grounds (link.same_speaker)
    punish = _unnamed("huff-post", PUNISH)
    block = _unnamed("huff-post", BLOCK, 60)
    assert make_link(block, punish, 0.6) is not None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "About 4 in 10 say they want the next president to have more liberal policies.",
            {(40, 40)},
        ),
        ("while nine in 10 said they thought the economy favors the wealthy", {(90, 90)}),
        (
            "In Virginia, 85% of Democrats said the nation's economic system favors the wealthy.",
            {(85, 85)},
        ),
        ("showed that 65 percent of Republicans supported his call", {(65, 65)}),
        ("Large majorities of Republican primary voters in six states", {(51, 100)}),
        ("About two-thirds of Republican primary voters in all five states", {(67, 67)}),
        # no share: a leader, a game's half, a span of days
        ("Senate Majority Leader Mitch McConnell said", set()),
        ("in the second half of the year", set()),
        ("in the back half of the year", set()),
        ("leading at half-time", set()),
        ("it happened in 10 days", set()),
        # shares in other words: a third, one in five, three of four (PolNeAR train writes
        # "one in five"; "majorities in all five say", breitbart 2016-03-15)
        ("a third of Republicans said", {(33, 33)}),
        (
            "About two-thirds of Republican primary voters in all five states ... but majorities"
            " in all five say",
            {(67, 67), (51, 100)},
        ),
        ("one in five voters", {(20, 20)}),
        ("3 out of 4 voters", {(75, 75)}),
        ("two thirds of them", {(67, 67)}),
        # a year before a share is no share
        ("in 2016.40 percent", set()),
    ],
)
def test_the_shares_a_sentence_reports(sentence: str, found: set[tuple[int, int]]) -> None:
    assert poll_shares(sentence) == found


def _finding(aid: str, sentence: str) -> Item:
    """Return the item of a poll's finding said by no one named: the sentence from "they"
    to its period, the sentence its article."""
    start, end = sentence.index("they"), len(sentence) - 1
    return make_item(
        reported_claim(aid, (start, end), sentence[start:end], None), sentence, others=()
    )


def test_two_polls_findings_with_other_shares_are_not_one_proposition() -> None:
    # PolNeAR train (Breitbart, February and March 2016): an exit poll in Nevada and one in
    # Vermont; the same finding, other voters, other numbers
    nevada = "About 4 in 10 say they want the next president to have more liberal policies."
    vermont = (
        "In Vermont, about half of Democratic primary voters said they want the next president"
        " to change to more liberal policies."
    )
    four, half = _finding("breitbart-1", nevada), _finding("breitbart-2", vermont)
    assert four.shares == {(40, 40)} and half.shares == {(50, 50)}
    assert make_link(half, four, 1.0) is None
    # the same poll in two outlets gives the same shares: linked
    assert make_link(_finding("breitbart-3", nevada), four, 1.0) is not None
    # one article may report one poll's findings in several shares: linked
    assert make_link(_finding("breitbart-1", vermont), four, 1.0) is not None
    # one finding written two ways is one poll's: "4 in 10" / "40 percent", "two-thirds" /
    # "65 percent", "a majority" / "65 percent"
    forty = "Some 40 percent said they want the next president to have more liberal policies."
    assert make_link(_finding("breitbart-5", forty), four, 1.0) is not None
    assert not other_polls(poll_shares("About two-thirds of them"), poll_shares("65 percent"))
    assert not other_polls(poll_shares("Large majorities of them"), poll_shares("65 percent"))
    assert other_polls(poll_shares("Large majorities of them"), poll_shares("45 percent"))
    # a finding some one named says is no poll's
    named = make_item(reported_claim("breitbart-4", (0, 20), vermont[57:77], "Bernie Sanders"))
    assert not named.shares


def test_a_polls_finding_is_not_a_named_speakers_claim() -> None:
    # PolNeAR train (Breitbart, March 2016; New York Times, December 2015): an exit poll's
    # finding on the ban Trump proposed, and Trump's proposal itself
    exit_poll = _finding(
        "breitbart",
        "Large majorities of Republican primary voters in six states going to the polls on"
        " Super Tuesday said they support a proposal to temporarily ban all non-citizen Muslims"
        " from entering the United States.",
    )
    trump = make_item(
        reported_claim(
            "nyt",
            (0, 62),
            "there should be a temporary ban on Muslims' entering the country",
            "Donald Trump",
        )
    )
    assert exit_poll.shares == {(51, 100)}
    assert finding_and_claim(exit_poll.shares, trump.shares, trump.claim.speaker)
    assert make_link(exit_poll, trump, 0.73) is None
    # a poll named as the speaker reports the finding, as no one named does
    assert not finding_and_claim(exit_poll.shares, frozenset(), "Reuters/Ipsos poll")
    # in one article, a finding and the claim it reports stay linked
    same = make_item(
        reported_claim(
            "breitbart",
            (300, 362),
            "there should be a temporary ban on Muslims' entering the country",
            "Donald Trump",
        )
    )
    assert make_link(exit_poll, same, 0.73) is not None
