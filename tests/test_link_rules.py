"""The linker's rules on real sentences: answers, contradiction, different facts, exact repeats."""

# ruff: noqa: RUF001, RUF003  (curly apostrophes are real news text)

from __future__ import annotations

import pytest

from claimtrack.link import link_claims, linker
from claimtrack.link.acts import act_of, refers_to_act, role_name, same_act
from claimtrack.link.answers import (
    answer_stance,
    answer_words,
    answers_claim,
    answers_proposal,
    designates,
    names_another,
    names_by_sentence,
    names_proposition,
    predicates,
    proposal_of,
    proposal_owner,
    puts_forward,
    refers_back,
)
from claimtrack.link.features import features, names_differ, stem
from claimtrack.link.linker import (
    FRAGMENT,
    Linker,
    different_numbers,
    make_item,
    make_link,
    one_predicate_word,
    pair_score,
    set_denials,
    set_sources,
)
from claimtrack.link.polarity import (
    asks,
    asks_against,
    asks_only,
    contradicts,
    correction,
    corrects,
    cue_stance,
    in_question,
    negated,
    negated_words,
    negation_said,
    only_in_condition,
    sharp_contradiction,
)
from claimtrack.link.relation import answers_locally, refusal_stance, refuses_own
from claimtrack.link.score import THRESHOLD
from claimtrack.link.subjects import different_subjects, subject
from claimtrack.link.topic import background_only, topic_only
from claimtrack.models import Claim, Kind, Relation, Stance, article_id, claim_id
from tests.lone_claims import claim, reported_claim

# PolNeAR train: answers that name no proposition
OFFER = (
    'Republican presidential candidate Donald Trump\'s offer to make an "exception" to his'
    " call for a temporary ban on Muslims entering the United States by allowing Sadiq Khan"
)


def test_rejecting_an_offer_or_labelling_someone_answers_no_claim() -> None:
    assert not names_proposition(OFFER, "rejected")
    assert not names_proposition("Trump's offer Tuesday", "rejected")
    assert not names_proposition(
        "Wisconsin Gov. Scott Walker as an ineffective leader", "dismissed"
    )
    assert not names_proposition(
        "insurgent Bernie Sanders the Democratic nomination by swamping him", "deny"
    )
    assert answer_stance(Stance.DENIES, OFFER, "rejected") is Stance.ASSERTS


def test_denials_of_a_clause_or_a_claim_are_answers() -> None:
    assert names_proposition(
        "the notion that he was part of the so-called Republican establishment"
    )
    assert names_proposition('that the contest had been "rigged" against him', "denied")
    assert names_proposition("he was working on a book.)", "denied")
    assert names_proposition("Nice try, not true", "said")
    assert answer_stance(Stance.DENIES, "the fraud claims", "denied") is Stance.DENIES
    # a confirmation or a decline names its object well enough
    assert answer_stance(Stance.CONFIRMS, "the negligence provision") is Stance.CONFIRMS


def test_an_offer_rejected_is_not_a_denial_of_the_ban() -> None:
    ban = claim(
        "Trump called for a temporary ban on Muslims entering the United States", "Donald Trump"
    )
    rejected = claim(OFFER, "Sadiq Khan", Stance.DENIES, "rejected")
    assert all(x.relation is not Relation.DENIES for x in link_claims([ban, rejected]))


def test_opposite_polarity_is_a_contradiction() -> None:
    # PolNeAR (gold links, Clinton's emails): Comey's finding against Clinton's statement
    received = "She did receive some emails with classified markings"
    neither = "she neither sent nor received emails marked classified"
    assert contradicts(Stance.ASSERTS, received, Stance.ASSERTS, neither)
    # two assertions of opposite polarity are never linked as repeats: a denies link when
    # nearly identical otherwise (score >= 0.9), no link at all here
    links = link_claims([claim(neither, "Hillary Clinton"), claim(received, "James Comey")])
    assert all(x.relation is Relation.DENIES for x in links)
    # "conceded that Lewandowski had touched Fields" against "never touched the reporter"
    assert contradicts(
        Stance.CONFIRMS,
        "Lewandowski had touched Fields",
        Stance.ASSERTS,
        "Lewandowski never touched the reporter, Michelle Fields",
    )
    # opposite predicates of one thing
    assert contradicts(
        Stance.ASSERTS,
        "Wall Street does more to hurt the economy",
        Stance.ASSERTS,
        "Wall Street does more to help the economy",
    )


def test_a_negation_in_another_clause_is_no_contradiction() -> None:
    assert not contradicts(
        Stance.ASSERTS,
        "Clinton and her aides were extremely careless in their handling of very sensitive,"
        " highly classified information, although we did not find clear evidence",
        Stance.ASSERTS,
        "Clinton and her aides had been extremely careless with classified information",
    )
    # both say "not": they agree
    assert not contradicts(
        Stance.ASSERTS,
        "the Ukraine conflict would never have begun had he won the 2020 election",
        Stance.ASSERTS,
        "the conflict would not have occurred if he had been in office",
    )


def test_different_places_or_numbers_are_different_propositions() -> None:
    polls = [
        claim("17 percent of New Hampshire voters are still undecided", "a poll"),
        claim("17 percent of Delaware voters are still undecided", "a poll"),
    ]
    assert linker.names_apart(make_item(polls[0]), make_item(polls[1]))
    assert link_claims(polls) == []
    few = features("the existence of about 100 emails containing classified information")
    many = features("the existence of about 300 emails containing classified information")
    assert different_numbers(few, many)
    # a year says nothing against a count
    assert not different_numbers(
        features("ongoing contact with Putin since leaving office in 2021"),
        features("Trump communicated secretly with Putin on seven occasions after leaving office"),
    )
    # PolNeAR train (Washington Post, March 2016): Sanders's $15 and Clinton's $12 share the
    # $7.25 of today; a number in each that the other does not hold is another proposition
    assert different_numbers(
        features("the national minimum wage, now $7.25 an hour, to be raised to $15 by 2020"),
        features("she favors raising the minimum wage from the current $7.25 to $12"),
    )
    assert not different_numbers(
        features(
            "Hillary Clinton leading Bernie Sanders among likely voters, 46 percent to 44 percent"
        ),
        features(
            "Clinton with only a small lead over Sanders, 46 percent to 44 percent, among likely"
            " voters in the Democratic primary next month"
        ),
    )
    # PolNeAR train (Washington Post, January and March 2016): a count written with a comma is
    # no year, whatever its digits: 1,300 emails are not 2,093
    assert different_numbers(
        features(
            "more than 1,300 Clinton emails contained classified material, but the vast"
            ' majority were just "confidential,"'
        ),
        features(
            "2,093 of Clinton's released emails were redacted in all or part because they"
            ' contained classified material, the vast majority of them rated "confidential,"'
        ),
    )


# PolNeAR train (Politico, November 2015; USA Today, December 2015): Trump's one pledge, the
# group named "ISIS" by one outlet and "the Islamic State, also known as ISIL or ISIS" by the other
BOMB_ISIS = (
    'radical Islamic terrorism," Trump says in the spot titled "Dangerous," warning against'
    " allowing in the refugees coming from Syria, pledging to"
    ' "quickly and decisively bomb the hell out of ISIS."'
)
BOMB_STATE = (
    'Cruz said he\'d make sand "glow in the dark," for instance, and Trump vowed to "bomb the'
    ' hell" out of the Islamic State, also known as ISIL or ISIS.'
)


def _trump_in(article: str, text: str, cue: str, speaker: str = "Donald Trump") -> linker.Item:
    at = article.index(text)
    said = reported_claim(article_id(article), (at, at + len(text)), text, speaker, cue=cue)
    return make_item(said, article)


def test_a_name_in_the_other_claims_sentence_is_no_different_fact() -> None:
    pledge = _trump_in(
        BOMB_ISIS, 'to "quickly and decisively bomb the hell out of ISIS."', "pledging"
    )
    vow = _trump_in(BOMB_STATE, 'to "bomb the hell" out of the Islamic State', "vowed")
    assert not linker.names_apart(pledge, vow)
    assert pair_score(pledge, vow) >= THRESHOLD
    # the same words in sentences that each name the group one way only: two names, apart
    pledge = _trump_in(
        BOMB_ISIS.partition('terrorism," ')[2],
        'to "quickly and decisively bomb the hell out of ISIS."',
        "pledging",
    )
    cut = BOMB_STATE.removesuffix(", also known as ISIL or ISIS.") + "."
    alone = _trump_in(cut, 'to "bomb the hell" out of the Islamic State', "vowed")
    assert linker.names_apart(pledge, alone)
    assert pair_score(pledge, alone) == 0.0


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Iran", "Iraq"),  # one spelling apart, two countries
        ("Rubin", "Rubio"),
        ("Oman", "Omar"),
        ("France", "Francis"),
        ("Christie", "Christians"),
        ("Republic", "Republicans"),
        ("Rand", "Randi"),
        ("Julia", "Julian"),
        ("Republican", "Republicans"),
        ("Mexico", "Texas"),
    ],
)
def test_names_spelled_alike_are_two_names(one: str, other: str) -> None:
    a, b = features(f"{one} said so").names, features(f"{other} said so").names
    # in either order
    assert names_differ(a, b)
    assert names_differ(b, a)


# PolNeAR train (HuffPost, August 2016): Trump's claim, and the same words naming another country
IRAQ = (
    "It was the worst decision, one of the worst decisions, maybe the worst we ever made to be"
    " there in the first place. I was totally against going into Iraq,” Trump said, repeating a"
    " false claim that he opposed the 2003 invasion."
)


def test_a_country_one_letter_apart_is_another_country() -> None:
    iraq = _trump_in(IRAQ, "I was totally against going into Iraq", "said")
    iran = _trump_in(IRAQ.replace("Iraq", "Iran"), "I was totally against going into Iran", "said")
    assert linker.names_apart(iraq, iran)
    assert linker.names_apart(iran, iraq)
    assert pair_score(iraq, iran) < THRESHOLD
    assert pair_score(iran, iraq) < THRESHOLD


# PolNeAR train (USA Today, April 2016; Breitbart, May 2016): two claims of Sanders naming
# different people; the first's sentence names the second's "super PACs", a kind of committee
DEFEATING_TRUMP = (
    '"We are defeating Donald Trump by very significant numbers," Sanders said of the Republican'
    " front-runner, before taking aim at the billionaire class, the fossil fuel industry and"
    " super PACs."
)
SUPER_PACS = (
    "But in Anaheim, the crowd booed when he told them Clinton “has a number of super PACs and"
    " she is also raising significant sums from Wall Street.”"
)


def test_a_plural_acronym_in_the_sentence_names_no_one() -> None:
    defeating = _trump_in(
        DEFEATING_TRUMP,
        "We are defeating Donald Trump by very significant numbers",
        "said",
        "Bernie Sanders",
    )
    pacs = _trump_in(
        SUPER_PACS,
        "Clinton “has a number of super PACs and she is also raising significant sums from"
        " Wall Street.”",
        "told",
        "Bernie Sanders",
    )
    assert linker.names_apart(defeating, pacs)
    assert pair_score(defeating, pacs) == 0.0
    # a singular acronym of the sentence is a name: "ISIS" in "also known as ISIL or ISIS"
    pledge = _trump_in(
        BOMB_ISIS.partition('terrorism," ')[2],
        'to "quickly and decisively bomb the hell out of ISIS."',
        "pledging",
    )
    vow = _trump_in(BOMB_STATE, 'to "bomb the hell" out of the Islamic State', "vowed")
    assert not linker.names_apart(pledge, vow)


def test_an_identical_pair_of_common_words_is_still_linked() -> None:
    common = "the president said that the election was going to be very important for the country"
    # more claims than a posting list holds share every one of its words
    crowd = [claim(f"{common} number {i}", f"Speaker {i}") for i in range(150)]
    first = claim(common, "Somebody")
    again = claim(common, "Somebody Else")
    links = link_claims([*crowd, first, again])
    assert any({x.from_, x.to} == {first.id, again.id} for x in links)


def test_a_judgement_in_a_concept_counts_with_its_concept() -> None:
    # PolNeAR train (New York Times, Breitbart): the FBI director's "extremely careless", in
    # two outlets; the judgement is what the two claims say, and counts as its concept too
    comey = claim("her actions ''extremely careless.''", "James Comey", cue="called")
    fbi = claim(
        "was “extremely careless” but did not warrant criminal charges", "FBI investigation"
    )
    assert "~careless" in features(comey.text).stems
    assert any({x.from_, x.to} == {comey.id, fbi.id} for x in link_claims([comey, fbi]))


# PolNeAR train: one outlet's editor's note at the foot of many articles
NOTE = (
    "Editor’s note: Donald Trump regularly incites political violence and is a serial liar,"
    " rampant xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all"
    " Muslims — 1.6 billion members of an entire religion — from entering the U.S."
)


def _note_claims(n: int) -> tuple[list[Claim], dict[str, str]]:
    claims, texts = [], {}
    for i in range(n):
        article = f"Story {i} about the primaries in state number {i}.\n\n{NOTE}"
        aid = article_id(article)
        start = article.index("Donald Trump regularly")
        span = (start, len(article))
        claims.append(
            claim(article[start:], "Donald Trump").model_copy(
                update={"id": claim_id(aid, span), "article": aid, "span": span}
            )
        )
        texts[aid] = article
    return claims, texts


def test_boilerplate_repeated_across_articles_of_one_outlet_is_not_linked() -> None:
    claims, texts = _note_claims(3)
    assert link_claims(claims, texts) == []
    # the same passage in two articles only is a repeat like any other
    claims, texts = _note_claims(2)
    assert len(link_claims(claims, texts)) == 1


def test_wire_copies_are_one_article() -> None:
    # the same wire story under two mastheads: its claims repeat each other word for word
    said = [
        "the Justice Department has granted immunity to a former State Department staffer",
        "the investigation into the private server found no evidence of intentional wrongdoing",
        "about 100 emails containing classified information were sent through the server",
    ]
    claims = []
    for outlet in ("Reuters", "Yahoo"):
        aid = article_id(f"{outlet}: {' '.join(said)}")
        for text in said:
            c = claim(text, "officials")
            claims.append(
                c.model_copy(update={"article": aid, "id": claim_id(aid, (len(claims), 0))})
            )
    assert link_claims(claims) == []
    # two of them repeated elsewhere are repeats
    assert len(link_claims([claims[0], claims[3], claims[1], claims[4]])) == 2


def test_answer_thresholds_depend_on_the_relation() -> None:
    # PolNeAR train: "declined to comment" scored 0.43 against "the comment" (another story)
    assert not answers_claim(Relation.DECLINES, 0.43, "to comment")
    # a confirmation scoring 0.41: Petraeus "acknowledged he knew the information he shared
    # ... was highly classified" is not Comey's "extremely careless in their handling ..."
    assert not answers_claim(
        Relation.CONFIRMS,
        0.41,
        "he knew the information he shared with his lover Paula Broadwell was highly classified",
    )
    # the seeds: words that only refuse or say "not true" answer what their sentence names
    assert answers_claim(Relation.DECLINES, 0.372, "I don’t comment on that")
    assert answers_claim(Relation.DENIES, 0.372, "about the phone calls-it’s not true")
    assert answers_claim(Relation.CONFIRMS, 0.77, "Trump had indeed sent Covid-19 tests to Russia")
    # PolNeAR train: "not true" with a few words, and "nonsense" with a speech of its own
    assert answers_claim(Relation.DENIES, 0.36, "Nice try, not true")
    nonsense = (
        "It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' ''She lies like"
        " crazy about everything, whether it's trips where she was being gunned down in a"
        " helicopter or an airplane; she's a liar and everybody knows that"
    )
    assert not answers_claim(Relation.DENIES, 0.358, nonsense)
    assert answers_claim(Relation.DENIES, 0.5, nonsense)


def test_one_speaker_reading_opposite_without_a_sharp_contradiction_restates() -> None:
    # PolNeAR train, Clinton in two articles: her "not" is on going above the $12 both name
    above = claim("she would not go above a $12 minimum wage at this time", "Hillary Clinton")
    favors = claim(
        "she favors raising the minimum wage from the current $7.25 to $12", "Hillary Clinton"
    )
    assert contradicts(Stance.ASSERTS, above.text, Stance.ASSERTS, favors.text)
    assert [x.relation for x in link_claims([above, favors])] == [Relation.REPEATS]
    # Sanders in a headline and a report: asking for it is "not a radical idea"
    radical = claim("‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage", "Bernie Sanders")
    raising = claim("raising the minimum wage to $15 by 2020", "Bernie Sanders")
    assert [x.relation for x in link_claims([radical, raising])] == [Relation.REPEATS]
    # two people's words are no restatement (nor sure enough to be a denial)
    assert link_claims([above, claim(favors.text, "Bernie Sanders")]) == []
    # so is Clinton staying in the race: her "not" is on dropping out
    drop = claim(
        "I won't drop out of the race before the convention in Philadelphia", "Hillary Clinton"
    )
    stay = claim("I will stay in the race until the convention in Philadelphia", "Hillary Clinton")
    assert [x.relation for x in link_claims([drop, stay])] == [Relation.REPEATS]
    # one speaker's sharp contrary, the negated predicate the other asserts, stays unlinked
    working = claim("both he and Manafort were working for Yanukovych's party", "Rick Gates")
    not_working = claim("Gates was not working for Yanukovych's political party", "Rick Gates")
    assert link_claims([working, not_working]) == []


def test_one_speaker_saying_what_she_says_not_is_no_restatement() -> None:
    # one speaker's claim and its flat contrary (a review's pairs; the $12 one is Clinton in
    # PolNeAR train, Weber's "he will not support Trump" too): the "not" is on a word the other
    # claim says ("support", "go", "release"), a flip-flop, not a repeat
    for said_not, said in (
        ("I will not support him", "I support him"),
        ("he will not support Trump", "he will support Trump"),
        (
            "she would not go above a $12 minimum wage at this time",
            "she would go above a $12 minimum wage at this time",
        ),
        (
            "I am not going to release my tax returns while I am under audit",
            "I am going to release my tax returns while I am under audit",
        ),
    ):
        pair = [claim(said_not, "Hillary Clinton"), claim(said, "Hillary Clinton")]
        assert link_claims(pair) == []
    # nor is her opposite predicate, with no "not" to stand elsewhere
    support = claim("I support the Trans-Pacific Partnership trade deal", "Hillary Clinton")
    oppose = claim("I oppose the Trans-Pacific Partnership trade deal", "Hillary Clinton")
    assert link_claims([support, oppose]) == []
    assert negation_said("I will not support him", "I support him")
    assert not negation_said(
        "she would not go above a $12 minimum wage at this time",
        "she favors raising the minimum wage from the current $7.25 to $12",
    )


def test_a_negated_predicate_is_a_sharp_contradiction() -> None:
    # PolNeAR train: one article, two speakers, one predicate asserted and negated
    working = "both he and Manafort were working for Yanukovych's party"
    not_working = "Gates was not working for Yanukovych's political party"
    assert sharp_contradiction(working, not_working)
    assert negated_words("she neither sent nor received emails marked classified") >= {stem("sent")}
    assert "turn" in negated_words("“thousands” of emails in fact had not been turned over")
    assert negated("Trump cannot be trusted with access to the country’s nuclear weapons codes")
    # negating another predicate, or the same one of other people, is no contradiction
    assert not sharp_contradiction(
        "There is a special place in hell for women who vote for women just because they’re women",
        "There’s a special place in hell for women who don’t help each other",
    )
    assert not sharp_contradiction("I can't vote for Trump", "they will vote for Trump")
    links = link_claims([claim(working, "Rick Gates"), claim(not_working, "Tony Podesta")])
    assert [x.relation for x in links] == [Relation.DENIES]


def test_one_word_besides_names_of_a_negated_predicate_is_a_sharp_contradiction() -> None:
    # PolNeAR train, two articles: the negated "marked" with "classified" besides it
    markings = "She did receive some emails with classified markings"
    unmarked = "they were not marked classified at the time they were sent"
    assert sharp_contradiction(markings, unmarked)
    # the women punished, negated in another outlet's account of his later statement
    punished = (
        "if abortion were made illegal, women who go through with the procedure should be punished"
    )
    assert sharp_contradiction(
        punished, "abortion providers should be punished, but not women who seek abortions"
    )
    # a name alone besides the negated word says not that it is one predicate
    assert not sharp_contradiction("I can't vote for Trump", "they will vote for Trump")


def test_what_an_act_named_by_a_noun_takes_is_not_said() -> None:
    # PolNeAR train: Clinton (politico 2015-12-31, west-journal 2015-11-12) and the FBI
    # (breitbart 2016-07-27): how she handled classified material, not whether there was any
    careless = (
        "Clinton had been “extremely careless” in her handling of classified material via a"
        " private email server"
    )
    assert not sharp_contradiction(
        "there was no classified material on her email account", careless
    )
    emailed = (
        "when the private server email story broke, “I did not email any classified material to"
        " anyone on my email. There is no classified material.”"
    )
    assert not sharp_contradiction(emailed, careless)
    # the predicate itself, negated, still contradicts it
    assert sharp_contradiction(
        "Clinton had not been careless in her handling of classified material", careless
    )


# PolNeAR train: an act named by a noun as the subject of its clause, and nouns in -ing that
# name no act; the clause's own predicate, negated, is a sharp contradiction
@pytest.mark.parametrize(
    ("negated", "asserted"),
    [
        # breitbart 2015-12-16
        (
            "his use of personal email was not a mistake",
            "his use of personal email for work-related business was a mistake",
        ),
        # nyt 2016-07-07
        (
            "her use of a personal email domain was not known",
            "Her use of ''a personal email domain was both known by a large number of people",
        ),
        # west-journal 2016-08-19
        (
            "his use of personal email had not been transformative for the department",
            "his use of personal email had been transformative for the department",
        ),
        # politico 2016-05-23
        (
            "the use of test scores has not fueled an opt-out movement",
            "the use of test scores in teacher evaluations and other accountability measures has"
            " fueled an opt-out movement in Florida and nationally",
        ),
        # wash-post 2016-01-31
        ("The timing of it is not suspect", "The timing of it is quite suspect"),
        # politico 2016-01-27
        (
            "Cruz's Iowa bus tour was not scheduled to have more stops",
            "His six-day, 28-stop Iowa bus tour at the beginning of January was originally"
            " scheduled to have a half-dozen more stops",
        ),
    ],
)
def test_the_predicate_after_an_act_named_by_a_noun_is_said(negated: str, asserted: str) -> None:
    assert sharp_contradiction(negated, asserted)


# PolNeAR train (USA Today, 2016-02-04): two pledges on middle-class taxes, one article
TAXES = (
    "The Clinton campaign says progressives agree Sanders' health care math doesn't add up"
    " and that Sanders reversed his prior commitment not to raise taxes on the middle class to"
    " fund any proposal other than paid leave. Clinton has said she would not raise taxes on"
    " middle class families."
)


def _in_article(text: str, content: str, speaker: str, cue: str) -> Claim:
    aid = article_id(TAXES)
    start = text.index(content)
    span = (start, start + len(content))
    cue_at = text.rindex(cue, 0, start)
    return claim(content, speaker, cue=cue).model_copy(
        update={
            "id": claim_id(aid, span),
            "article": aid,
            "span": span,
            "cue_span": (cue_at, cue_at + len(cue)),
        }
    )


def test_sentences_of_one_article_are_no_evidence_of_one_proposition(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sanders = _in_article(
        TAXES,
        "Sanders reversed his prior commitment not to raise taxes on the middle class to fund"
        " any proposal other than paid leave",
        "Hillary Clinton's campaign",
        "says",
    )
    clinton = _in_article(
        TAXES, "she would not raise taxes on middle class families", "Hillary Clinton", "said"
    )
    spans = [(*c.span, c.stance) for c in (sanders, clinton)]
    one = [make_item(c, TAXES, others=spans) for c in (sanders, clinton)]
    # Sanders' reversal is not Clinton's pledge: the words around both are the article's
    # story, shared by construction, and do not make them one claim; the same sentences
    # in two articles would be evidence that both tell one story
    elsewhere = clinton.model_copy(update={"article": article_id("another article")})
    two = [one[0], make_item(elsewhere, TAXES, others=spans)]
    # said of two people (link/subjects.py), they are two propositions wherever they stand;
    # the sentences' part is seen with that rule set aside
    assert pair_score(*one) == pair_score(*two) == 0.0
    monkeypatch.setattr(linker, "differ", lambda a, at, b, bt: False)
    assert pair_score(*one) < pair_score(*two)
    assert pair_score(*one) < THRESHOLD


def test_sharing_only_names_is_no_proposition() -> None:
    # PolNeAR train: one senator named, nothing alike said of him
    campaign = claim("Texas Sen. Ted Cruz’s GOP campaign", "PACs")
    race = claim(
        "in a race between Trump and Texas Sen. Ted Cruz, he would support the former",
        "Mark Cuban",
    )
    assert pair_score(make_item(campaign), make_item(race)) == 0.0
    assert link_claims([campaign, race]) == []
    # a Title Case headline's capitals are no names: its words still meet the story's
    headline = claim("Donald Trump Is a ‘Proven Failure’ in Business", "Elizabeth Warren")
    story = claim(
        "presumptive Republican presidential nominee Donald Trump was a “proven failure” in"
        " business",
        "Elizabeth Warren",
    )
    assert pair_score(make_item(headline), make_item(story)) >= THRESHOLD
    assert len(link_claims([headline, story])) == 1


def test_an_answer_sharing_only_names_answers_nothing() -> None:
    # PolNeAR train (politico 2016-03-23 and a Raleigh voter): Reid's decline names two men;
    # the voter's claim says nothing of them that Reid would not say
    reid = claim(
        "he would prefer that Democrats face Trump or Sen. Ted Cruz (R-Texas)",
        "Harry Reid",
        Stance.DECLINES,
        "would not say whether",
    )
    voter = claim("Both Donald Trump and (Texas Sen.) Ted Cruz scare me", "Harry Bond")
    cruz = claim("Sen. Ted Cruz", "A Libertarian")
    assert pair_score(make_item(reid), make_item(voter)) == 0.0
    assert link_claims([voter, cruz, reid]) == []
    # a decline sharing a predicate with the claim still answers it
    prefer = claim("Democrats would prefer to face Trump", "Democratic strategists")
    assert pair_score(make_item(reid), make_item(prefer)) > 0.0


def test_a_speaker_confirming_their_own_other_claim_answers_nothing() -> None:
    # PolNeAR train (Washington Post, March and July 2016): two statements of the FBI
    confirmed = claim(
        "it was \"working on matters related to former Secretary Clinton's use of a private"
        ' email server."',
        "FBI",
        Stance.CONFIRMS,
        "confirmed",
    )
    turn_over = claim(
        "it will turn over to the State Department thousands of work-related emails recovered"
        " in the investigation into Hillary Clinton's use of a personal email server",
        "FBI",
    )
    assert pair_score(make_item(confirmed), make_item(turn_over)) >= THRESHOLD
    assert link_claims([turn_over, confirmed]) == []
    # another speaker's confirmation of it answers it
    other = claim(turn_over.text, "State Department", Stance.CONFIRMS, "confirmed")
    assert any(x.relation is Relation.CONFIRMS for x in link_claims([turn_over, other]))


def test_a_denial_of_a_clause_needs_more_evidence_than_a_denial_of_a_named_claim() -> None:
    # PolNeAR train: Scarborough "has denied that he would seriously consider it" scored 0.5
    # against Maddow's "whether she would consider a woman as a running mate"
    assert not answers_claim(Relation.DENIES, 0.48, "he would seriously consider it")
    assert answers_claim(Relation.DENIES, 0.52, "he would seriously consider it")
    # the seeds: Peskov "denied the allegations about secret post-presidential phone calls
    # between Trump and Putin" names the claim it denies (0.405 against Woodward's book)
    named = "the allegations about secret post-presidential phone calls between Trump and Putin"
    assert answers_claim(Relation.DENIES, 0.405, named)


def test_what_one_says_only_on_a_condition_is_not_what_the_other_asserts() -> None:
    # PolNeAR train (Washington Post, March 2016): Kasich's conditional against the denial
    denied = claim(
        "it happened, with Lewandowski taking to Twitter to call Fields “totally delusional”"
        " for the accusation",
        "Trump campaign",
        Stance.DENIES,
        "denied",
    )
    kasich = claim(
        "he would have fired Lewandowski if such an incident had happened in his campaign",
        "John Kasich",
    )
    assert only_in_condition(denied.text, kasich.text)
    assert link_claims([kasich, denied]) == []
    # PolNeAR train: an exception "in the event of a ban" does not propose the ban
    exception = claim(
        "he would make an exception in the event of a ban on Muslims for him entering the"
        " United States, drawing a sharp reply from Khan",
        "Donald Trump",
    )
    ban = claim("a ban on Muslims entering the United States", "Donald Trump", cue="calling for")
    assert only_in_condition(exception.text, ban.text)
    assert pair_score(make_item(exception), make_item(ban)) == 0.0
    # "even if" concedes and "asked if" asks: the words are said
    even = (
        "even if Islamic State videos did surface of his calling for a temporary halt to"
        " Muslims entering the country, he would not change course"
    )
    assert not only_in_condition(even, "there should be a temporary ban on Muslims' entering")
    asked = "if he would deport all illegal immigrants or just “the bad ones.”"
    force = "he will assemble a “deportation force” to round up illegal immigrants"
    assert not only_in_condition(asked, force, "asked")
    assert only_in_condition(asked, force, "said")


def test_a_set_named_with_what_it_says_is_one_claim_not_the_set() -> None:
    # PolNeAR train: "Sanders eventually dismissed Clinton’s charges about his stance on
    # Obama" denies one charge, not every claim of Clinton's in the article
    aid = article_id("sanders dismissed charges")
    charges = reported_claim(
        aid, (0, 47), "Clinton’s charges about his stance on Obama by", "Bernie Sanders",
        Stance.DENIES, "dismissed",
    )  # fmt: skip
    money = reported_claim(
        aid, (60, 110), "Obama got a lot of money from the financial industry", "Hillary Clinton"
    )
    assert set_sources(make_item(charges)) == set()
    assert set_denials([make_item(charges), make_item(money)]) == []
    exxon = claim(
        "accusations by Exxon Mobil that journalists from the school had produced inaccurate"
        " and misleading articles about the company's knowledge of the risks of climate change",
        "Columbia's Graduate School of Journalism",
        Stance.DENIES,
        "disputing",
    )
    assert set_sources(make_item(exxon)) == set()
    # "Mexico must rebut Trump's claims" rebuts the set, of Trump's claims only: not of a
    # claim whose misread mention is that very sentence
    aid = article_id("mexico must rebut")
    rebut = reported_claim(aid, (0, 14), "Trump's claims", None, Stance.DENIES, "rebut")
    misread = reported_claim(
        aid, (20, 90), "Arturo Sarukhán, Mexico's ambassador to the United States", None
    )
    misread = misread.model_copy(update={"speaker_mention": "Mexico must rebut Trump's claims"})
    rapists = reported_claim(
        aid, (100, 150), 'Mexican border-crossers "rapists" and criminals', "Donald Trump",
        cue="calling",
    )  # fmt: skip
    assert set_sources(make_item(rebut)) == {"trump"}
    found = set_denials([make_item(rebut), make_item(misread), make_item(rapists)])
    assert [(x.from_, x.to) for x in found] == [(rebut.id, rapists.id)]


def test_an_answer_turned_by_polarity_needs_what_its_own_kind_needs() -> None:
    # PolNeAR train: a confirmation that contradicts its target denies it, but only as surely
    # as a confirmation must be: "concedes most of her peers love the Clintons from Bill's two
    # terms in the Oval Office" scored 0.515 against "Nothing truly prepares you for the
    # demands of the Oval Office"
    peers = "most of her peers love the Clintons from Bill's two terms in the Oval Office"
    assert answers_claim(Relation.DENIES, 0.515, peers)
    assert not answers_claim(Relation.DENIES, 0.515, peers, Stance.CONFIRMS)
    # Trump "conceded that Lewandowski had touched Fields" (0.70 against "Lewandowski
    # never touched the reporter, Michelle Fields") still denies it
    assert answers_claim(Relation.DENIES, 0.6999, "Lewandowski had touched Fields", Stance.CONFIRMS)
    # a denial keeps its own thresholds
    named = "the allegations about secret post-presidential phone calls between Trump and Putin"
    assert answers_claim(Relation.DENIES, 0.405, named, Stance.DENIES)


def test_one_noun_phrase_in_common_is_a_topic_not_a_proposition() -> None:
    # PolNeAR train (two articles of March 2016): "the real estate mogul" is who both speak
    # of; what they say of him differs
    step_up = claim("the real estate mogul still has time to step up", "some Republican leaders")
    voting = claim("they are set on voting for the real estate mogul", "voters")
    assert topic_only(step_up.text, features(step_up.text), voting.text, features(voting.text))
    assert pair_score(make_item(step_up), make_item(voting)) == 0.0
    assert link_claims([step_up, voting]) == []
    reform = claim(
        "still some conservatives angry over comprehensive immigration reform", "Sean Hannity"
    )
    perez = claim(
        "comprehensive immigration reform \"is a 'when' question in this country. It is not an"
        " 'if' question.\"",
        "Thomas Perez",
    )
    assert pair_score(make_item(reform), make_item(perez)) == 0.0
    # a shared predicate, a quoted phrase or a verb form is more than a topic
    for one, other in (
        ("they believe Obama was born outside the country", "Obama was born outside the United"
         " States and is a Muslim"),
        ("that’s basically the “textbook definition” of racism", "Donald J. Trump's remarks"
         ' about a Mexican-American federal judge was "the textbook definition of racism."'),
        ("credit for hacking the Democratic National Committee this year", "Russian"
         " intelligence services hacked into Democratic National Committee computers"),
    ):  # fmt: skip
        assert not topic_only(one, features(one), other, features(other))


def test_a_phrase_in_common_is_a_topic_wherever_the_names_stand() -> None:
    # PolNeAR train (Western Journalism, December 2015; Breitbart, March 2016): what both say
    # of "Democratic front-runner Hillary Clinton" differs; a repeat at 0.71 in a train+dev store
    defeat = claim(
        "Not one, but two Republican candidates would defeat Democratic presidential"
        " front-runner Hillary Clinton",
        "poll",
    )
    crazy = claim(
        "both Trump and Democratic front-runner Hillary Clinton “crazy”", "Lindsey Graham"
    )
    assert topic_only(defeat.text, features(defeat.text), crazy.text, features(crazy.text))
    assert pair_score(make_item(defeat), make_item(crazy)) == 0.0
    # (Western Journalism, February 2016; Washington Post, March 2016)
    seattle = (
        "last year Seattle became the first major city in the country to mandate a $15 minimum wage"
    )
    workers = "workers in New York, Los Angeles and Seattle who demanded a $15 minimum wage"
    assert topic_only(seattle, features(seattle), workers, features(workers))
    # (West Journal, March and July 2016) the phrase where it stands whole, though one of its
    # words came before ("zero military experience")
    her = "her foreign policy experience as secretary of state as one of her qualifications to be president"
    zero = "He has absolutely zero military experience. He has zero foreign policy experience"
    assert topic_only(her, features(her), zero, features(zero))
    # (Politico, February 2016; Breitbart, April 2016) "of" within the phrase: Biden's and
    # Sanders's "concentration of wealth" is a topic; what a copula predicates is not
    wealth = "the concentration of wealth is a gigantic problem, politically and economically"
    big = "They are just too big — too much concentration of wealth and power"
    assert topic_only(wealth, features(wealth), big, features(big))
    founder = "No, I meant he’s the founder of ISIS"
    obama = "Obama was the founder of ISIS on Wednesday at a Florida rally"
    assert not topic_only(founder, features(founder), obama, features(obama))
    # (Washington Post, March 2016; New York Times, June 2016) a phrase about no one both name
    # needs one word of each claim's own: "We need steady hands" is no "she had steady hands"
    need = "We need steady hands"
    had = "she had ''steady hands, but most of all, she has a good heart.''"
    assert topic_only(need, features(need), had, features(had))
    # an irregular past is a predicate, and one word besides the names is not a phrase
    for one, other in (
        ("eventual nominee Hillary Clinton’s paid speeches to Goldman Sachs",
         "Clinton was busy giving high-paid speeches to Goldman Sachs"),
        ("No, I meant he’s the founder of ISIS", "Obama was the founder of ISIS on Wednesday at a"
         " Florida rally"),
    ):  # fmt: skip
        assert not topic_only(one, features(one), other, features(other))


def test_a_claim_that_only_names_someone_is_no_proposition() -> None:
    # PolNeAR train (Breitbart, September 2016; West Journal, May 2016): two narrators' "Republican
    # presidential nominee Donald Trump", a repeat at 1.0 in a train+dev store; (Politico,
    # January 2016; West Journal, May 2016) and Sanders's "he would debate the front-runner"
    nominee = "Republican presidential nominee Donald Trump"
    one = reported_claim("breitbart", (0, len(nominee)), nominee, None)
    other = reported_claim("west-journal", (0, len(nominee)), nominee, None)
    assert designates(nominee)
    assert link_claims([one, other]) == []
    front = make_item(claim("Democratic front-runner Hillary Clinton", "politico"))
    debate = make_item(claim("he would debate the front-runner", "Bernie Sanders"))
    assert pair_score(debate, front) == 0.0
    for text in ("Trump rival Sen. Ted Cruz", "former President George W. Bush"):
        assert designates(text)
    # a role said of someone is a predicate
    for text in (
        "he would debate the front-runner",
        "President George W. Bush's former chief political strategist",
        "Trump Should Win GOP Nomination",
    ):
        assert not designates(text)


def test_an_event_named_only_as_a_background_is_not_what_a_claim_says() -> None:
    # PolNeAR train (USA Today, January 2016; Breitbart, March 2016): the ban only dates what
    # Facebook says of Trump's interactions (a repeat at 0.67 in a train+dev store)
    facebook = claim(
        "Trump generated the most interactions across the social media network the week after"
        " his controversial proposal to temporarily ban non-citizen Muslims from entering the"
        " country",
        "Facebook",
    )
    ban = claim("temporarily banning non-citizen Muslims from entering the United States", "poll")
    assert background_only(facebook.text, features(facebook.text), ban.text, features(ban.text))
    assert link_claims([facebook, ban]) == []
    # (Washington Post, June and February 2016) what the judge would do, not the wall
    judge = claim(
        "the judge would treat him unfairly because of his plans to build a wall on the"
        " U.S.-Mexico border",
        "Donald Trump",
    )
    wall = claim(
        "to build a wall on the U.S.-Mexico border were about more than immigration",
        "Donald Trump",
    )
    assert link_claims([judge, wall]) == []
    # (Huffington Post, May 2016; New York Times, December 2015) what Cameron called Trump
    # for proposing the ban, and (Politico, January 2016) what an ad talks about
    cameron = (
        "he was unlikely to have a good relationship with David Cameron because the British"
        " prime minister cast the U.S. presidential candidate as “divisive, stupid and wrong”"
        " for proposing a temporary ban on Muslims entering the United States"
    )
    should = "there should be a temporary ban on Muslims' entering the country"
    assert background_only(cameron, features(cameron), should, features(should))
    ad = (
        "Trump's first TV ad talking about building a wall along the U.S.-Mexico border and a"
        " proposal to ban Muslims from entering the U.S"
    )
    assert background_only(ad, features(ad), wall.text, features(wall.text))
    # (USA Today, February and April 2016) the lead Sanders's prediction is made despite
    closer = "a closer-than-expected primary despite his double-digit lead in polls over Clinton"
    lead = "Clinton with a double-digit lead"
    assert background_only(closer, features(closer), lead, features(lead))
    # (USA Today, May 2016) the offer of an exception says nothing of the ban it is an
    # exception to; support of a call says what it calls for (New York Times, February 2016)
    assert background_only(OFFER, features(OFFER), should, features(should))
    support = (
        "65 percent of Republicans supported his call for a temporary ban on Muslims entering"
        " the United States"
    )
    assert not background_only(support, features(support), should, features(should))
    # (USA Today and Huffington Post, December 2015; td2 L30) the names both capitalise may
    # stand in the predicate, when it says more besides them
    little = (
        "Obama had too little to say about defeating the Islamic State in the wake of mass"
        " attacks in Paris and San Bernardino, Calif"
    )
    ban_after = (
        "a ban on Muslims entering the United States following the mass shooting in San"
        " Bernardino, California by a Muslim couple"
    )
    assert background_only(little, features(little), ban_after, features(ban_after))
    # ... but not a name alone (Washington Post, February 2016: a right link), nor the rest of
    # a sentence a phrase between commas leaves (Washington Post, November 2015: Trump's tweet)
    ties = (
        "Clinton repeatedly for her long ties to Wall Street and her acceptance of campaign"
        " contributions and personal speaking fees from major financial firms"
    )
    fees = "Clinton for accepting campaign donations and speaking fees from Wall Street firms"
    assert not background_only(ties, features(ties), fees, features(fees))
    ford = (
        'Word is," Trump said last month on Twitter, "that Ford Motor, because of my constant'
        " badgering at packed events, is going to cancel their deal to go to Mexico and stay in U.S"
    )
    plant = "Ford canceling its plant in Mexico"
    assert not background_only(ford, features(ford), plant, features(plant))
    # an event named in the claim's own predicate, or a verb's "after", stays evidence
    for one, other in (
        ("he called for a ban on Muslims after the San Bernardino shooting",
         "a ban on Muslims entering the United States"),
        ("he’s a counterpuncher who goes after people when they go after him, only 10 times"
         " harder", "When you attack him, he will punch back 10 times harder."),
    ):  # fmt: skip
        assert not background_only(one, features(one), other, features(other))


def test_an_open_question_neither_repeats_nor_denies() -> None:
    # PolNeAR train: Schmidt-Traub's question against Cruz's claim (0.73 as a denial)
    question = claim(
        "Whether it will happen in time to head off dangerous climate change is really the"
        " question",
        "Guido Schmidt-Traub",
    )
    cruz = claim("climate change is not happening", "Ted Cruz", cue="says")
    assert asks_against(question.text, cruz.text)
    assert link_claims([cruz, question]) == []
    # a question and a claim of the same polarity may still be one proposition
    assert not asks_against(
        "whether Trump has the necessary temperament to be president",
        "Trump has the temperament to be president",
    )


def test_a_claim_noun_is_no_word_of_what_an_answer_answers() -> None:
    # PolNeAR train: Priebus "rejected" the "idea" of an open convention; Mitchell
    # "supported the idea" of something else
    rejected = claim("idea", "Reince Priebus", Stance.DENIES, "rejected")
    supported = claim("the idea", "George J. Mitchell", cue="supported")
    assert pair_score(make_item(rejected), make_item(supported)) == 0.0
    assert link_claims([supported, rejected]) == []


def test_a_verb_only_in_a_clause_of_time_names_no_proposition() -> None:
    # PolNeAR train: Sanders "rejecting an inquiry about her use of a private e-mail server
    # while she was secretary of state" rejects an inquiry; the clause only says when
    inquiry = "an inquiry about her use of a private e-mail server while she was secretary of state"
    assert not names_proposition(inquiry, "rejecting")
    assert answer_stance(Stance.DENIES, inquiry, "rejecting") is Stance.ASSERTS
    # a clause before it still names one
    assert names_proposition("she sent classified emails while she was secretary", "denied")


def test_a_speaker_declining_to_say_what_they_say_elsewhere_answers_nothing() -> None:
    # PolNeAR train: Trump "refused to say that Jerusalem should be the undivided and
    # recognized capital of Israel"; elsewhere he "pledged to relocate the U.S. Embassy"
    refused = claim(
        "to say that Jerusalem should be the undivided and recognized capital of Israel",
        "Donald Trump",
        Stance.DECLINES,
        "refused",
    )
    pledged = claim(
        'to relocate the U.S. Embassy in Israel to the "eternal capital of the Jewish people,'
        ' Jerusalem."',
        "Donald Trump",
        cue="pledged",
    )
    assert make_link(make_item(refused), make_item(pledged), 0.66) is None
    # another's refusal still declines it
    other = claim(refused.text, "Mike Pence", Stance.DECLINES, "refused")
    link = make_link(make_item(other), make_item(pledged), 0.66)
    assert link is not None and link.relation is Relation.DECLINES


def test_a_speaker_denying_what_they_say_themselves_answers_nothing() -> None:
    # PolNeAR train: Ben Carson "rejected the notion that the episode should be water under
    # the bridge", explaining his own words, not denying them
    notion = claim(
        "the notion that the episode should be water under the bridge",
        "Ben Carson",
        Stance.DENIES,
        "rejected",
    )
    own = claim(
        'he did not, but was referring to the "same kind of attitude. The attitude being, it’s'
        ' water under the bridge, it’s gone by, let’s not deal with it."',
        "Ben Carson",
    )
    assert make_link(make_item(notion), make_item(own), 0.58) is None
    # another speaker's denial of it still denies
    other = claim(notion.text, "Armstrong Williams", Stance.DENIES, "rejected")
    assert make_link(make_item(other), make_item(own), 0.58) is not None


def test_a_question_neither_repeats_nor_relays_a_claim() -> None:
    # PolNeAR train (an interview, July 2016): the interviewer's question, read as a claim,
    # against the governor's answer
    question = claim(
        "Do you think Donald Trump has campaigned as a racial healer?", "Jake Tapper", cue=":"
    )
    answer = claim(
        'presumptive Republican presidential nominee Donald Trump is "trying to campaign as a'
        ' racial healer."',
        "Mary Fallin",
    )
    assert asks_only(question.text, answer.text)
    assert make_link(make_item(question), make_item(answer), 0.68) is None
    assert make_link(make_item(answer), make_item(question), 0.68) is None
    # a question asked again, and a statement ending on a tag question, are not questions alone
    assert not asks_only("You think I'm going to change?", "You think I'm going to change?")
    assert not asks_only(
        "“I don’t care. He was the founder. His, the way he got out of Iraq was that that was"
        " the founding of ISIS, OK?”",
        "Obama was the founder of ISIS on Wednesday at a Florida rally",
    )


def test_an_answer_stating_its_own_words_does_not_take_its_object_from_its_sentence() -> None:
    # PolNeAR train: "In what he acknowledged as a news conference-ending "rant," President
    # Obama took a whack at ... the billionaire real estate mogul": the "rant" is what was
    # acknowledged, not a claim about the real estate mogul
    text = (
        'In what he acknowledged as a news conference-ending "rant," President Obama took a'
        " whack at Trump's populist credentials, painting the billionaire real estate mogul as"
        " part of the global elite."
    )
    start = text.index("rant")
    aid = article_id(text)
    rant = reported_claim(aid, (start, start + 4), "rant", "Barack Obama", Stance.CONFIRMS)
    rant = rant.model_copy(update={"cue": "acknowledged"})
    mogul = claim("the real estate mogul still has time to step up", "some Republican leaders")
    assert not names_by_sentence("rant")
    # (0.54 when the sentence's "real estate mogul" counted: a confirmation at its threshold)
    value = pair_score(make_item(rant, text), make_item(mogul))
    assert value < 0.3
    assert not answers_claim(Relation.CONFIRMS, value, "rant", Stance.CONFIRMS)
    # an answer that names a claim, or only says "it's not true", still takes it from there
    assert names_by_sentence(
        "the allegations about secret post-presidential phone calls between Trump and Putin"
    )
    assert names_by_sentence("about the phone calls-it’s not true")
    assert names_by_sentence("it")


# PolNeAR train: condemnations of a proposal, and what they deny
BAN = "Trump's proposal to ban Muslims from entering the United States"
SHUTDOWN = (
    "a total and complete shutdown of Muslims entering the United States until our country's"
    " representatives can figure out what is going on"
)


def test_a_condemned_proposal_denies_what_it_proposes() -> None:
    # the extractor reads "condemned" as speech; the linker reads a denial of the proposal
    assert answer_stance(Stance.ASSERTS, BAN, "widely condemned") is Stance.DENIES
    call = (
        "Republican presidential candidate Donald Trump’s call for “a total and complete"
        " shutdown of Muslims entering the United States”"
    )
    assert answer_stance(Stance.ASSERTS, call, "denounced") is Stance.DENIES
    own = 'he "rejects Donald Trump\'s latest comments about Muslims."'
    assert answer_stance(Stance.ASSERTS, own, "tweeted") is Stance.DENIES
    # a denial verb keeps a proposal named with what it proposes, not an offer
    assert answer_stance(Stance.DENIES, BAN, "rejected") is Stance.DENIES
    assert answer_stance(Stance.DENIES, OFFER, "rejected") is Stance.ASSERTS
    # neither what nor whose: a bare proposal with no owner named stays a claim
    assert (
        answer_stance(
            Stance.ASSERTS, "his proposal as too vague and politically unrealistic", "slammed"
        )
        is Stance.ASSERTS
    )
    assert (
        answer_stance(
            Stance.ASSERTS, "suggestions by the GOP presidential front-runners", "denounced"
        )
        is Stance.ASSERTS
    )
    # a condemnation of a person or of a thing condemns no proposal
    assert answer_stance(Stance.ASSERTS, "Trump a fascist", "calling") is Stance.ASSERTS
    assert (
        answer_stance(Stance.ASSERTS, "the attack on the synagogue", "condemned") is Stance.ASSERTS
    )
    # nor is "criticism of X's comments" dismissed as talking points a condemnation
    dismissed = "criticism of Mr. Trump's comments about Ms. Khan as ''Clinton talking points''"
    assert answer_stance(Stance.ASSERTS, dismissed, "dismissed") is Stance.ASSERTS


def test_a_condemned_proposal_answers_its_owner_putting_it_forward() -> None:
    trump = {"donald", "trump"}
    assert answers_proposal(
        BAN, "there should be a temporary ban on Muslims' entering the country", trump
    )
    assert answers_proposal(BAN, "Donald J. Trump is calling for " + SHUTDOWN, trump)
    # not another's words on the ban, nor a claim naming the proposals, nor a reason clause
    deal = "the deal-breaker on Trump was his proposal to ban Muslims from entering the U.S."
    assert not answers_proposal(BAN, deal, {"richard", "cross"})
    named = "proposals to ban Muslims from entering the country or religious tests"
    assert not answers_proposal(BAN, named, trump)
    cameron = (
        "he was unlikely to have a good relationship with David Cameron because the British"
        " prime minister cast the U.S. presidential candidate as “divisive, stupid and wrong”"
        " for proposing a temporary ban on Muslims entering the United States"
    )
    assert not answers_proposal(BAN, cameron, trump)
    # a denial naming no one's proposal is judged as before
    assert answers_proposal("the allegations about secret phone calls", deal, {"cross"})


def test_a_denial_answers_every_claim_saying_what_its_target_says() -> None:
    condemned = claim(BAN, "Jewish groups", Stance.ASSERTS, "widely condemned")
    said = [
        claim("Donald J. Trump is calling for " + SHUTDOWN, "Donald Trump"),
        claim("he wants “" + SHUTDOWN + "”", "Donald Trump", cue="said"),
        claim("Trump called for " + SHUTDOWN, "Donald Trump", cue="said"),
    ]
    links = link_claims([condemned, *said])
    denied = {x.to for x in links if x.from_ == condemned.id and x.relation is Relation.DENIES}
    assert denied == {c.id for c in said}


def test_a_claim_judged_false_is_denied() -> None:
    # PolNeAR train: a content saying that a claim, a statement or a poll is wrong or false
    for text in (
        "the families of the Benghazi victims were wrong in their recollections that she"
        " blamed the video for the attack",
        "the latest polls showing him a distant second behind GOP front-runner Donald Trump"
        " are wrong",
        "those statements were wrong during a hearing last week",
        "Mr. Khan was wrong to say he had not sacrificed for his country",
        "The idea of tracking down and deporting 11 million people is absurd, inhumane, and"
        " un-American.",
    ):
        assert answer_stance(Stance.ASSERTS, text, "said") is Stance.DENIES, text
    # a thing or a person judged, or an accusation's own judgment, is no denial
    for text in (
        "Everything we're doing is wrong",
        "the country is on the wrong track",
        "Exxon's accusation that articles about the company, produced by journalists from"
        " the school, were misleading and inaccurate",
    ):
        assert answer_stance(Stance.ASSERTS, text, "said") is Stance.ASSERTS, text
    khan = claim("Mr. Khan was wrong to say he had not sacrificed for his country", "Donald Trump")
    nothing = claim(
        "he has “sacrificed nothing” for the country he is campaigning to lead", "Khizr Khan"
    )
    links = link_claims([khan, nothing])
    assert [(x.from_, x.relation) for x in links] == [(khan.id, Relation.DENIES)]


def test_a_claim_doubted_is_denied() -> None:
    # PolNeAR train (Politico): "the White House expressed doubt that North Korea had the
    # capability to build a hydrogen bomb" disputes what North Korea claims of its bomb
    doubt = claim(
        "doubt that North Korea had the capability to build a hydrogen bomb",
        "White House",
        cue="expressed",
    )
    assert answer_stance(Stance.ASSERTS, doubt.text, doubt.cue) is Stance.DENIES
    bomb = claim(
        "to have conducted the successful test of a hydrogen bomb", "North Korea", cue="claim"
    )
    link = make_link(make_item(doubt), make_item(bomb), 0.6)
    assert link is not None and link.relation is Relation.DENIES
    # a doubt of a thing is no denial of a claim: "These voters are skeptical of free trade"
    # (Politico) says nothing false of "Free trade really helps working-class people" (NYT)
    voters = claim(
        "skeptical of free trade and mostly not inclined to favor tax cuts that skew to higher"
        " income earners",
        "These voters",
        cue="are",
    )
    assert answer_stance(Stance.ASSERTS, voters.text, voters.cue) is Stance.ASSERTS
    helps = claim(
        "Free trade really helps working-class people in terms of lower prices for products",
        "David Autor",
    )
    link = make_link(make_item(voters), make_item(helps), 0.6)
    assert link is None or link.relation is not Relation.DENIES


def test_a_claim_doubted_by_the_verb_is_denied() -> None:
    # PolNeAR train (New York Times): "doubt", "doubted" and "doubted that" after a pronoun
    # subject dispute the clause they take, as "skeptical that" does
    for text in (
        "I doubt the electorate will be presented with realistic and intelligible options,"
        " with respect to Syria",
        "she doubted voters would care",
        "they privately doubted that he could sustain his momentum",
    ):
        assert answer_stance(Stance.ASSERTS, text, "said") is Stance.DENIES, text
    # a doubt of a person, and a doubt denied, dispute no claim (Breitbart, Politico)
    for text in (
        "many doubted her in Nevada but that she and her supporters never doubted each other",
        "I don’t have any doubt that her heart is in the right place on the issue",
    ):
        assert answer_stance(Stance.ASSERTS, text, "said") is Stance.ASSERTS, text


def test_two_claims_calling_something_false_agree() -> None:
    # PolNeAR train: Comey's "those statements were wrong" and a request to probe claims
    # "that have proved false" are on one side; a rebuttal of an accusation of falsehood
    # still denies it
    wrong = "those statements were wrong during a hearing last week"
    probe = "him to probe claims Clinton made during the hearing last fall that have proved false"
    assert not contradicts(Stance.DENIES, wrong, Stance.ASSERTS, probe)
    accusation = (
        "Exxon's accusation that articles about the company, produced by journalists from the"
        " school, were misleading and inaccurate"
    )
    label = "the two lengthy investigative reports ''inaccurate and deliberately misleading.''"
    assert contradicts(Stance.DENIES, accusation, Stance.ASSERTS, label)


def test_a_proposed_act_is_no_fact_to_contradict() -> None:
    # PolNeAR train: what Trump would require others to do says nothing of who did not do it
    signed = "he did not sign a nondisclosure agreement with Trump"
    require = (
        "he would require senior federal employees to sign nondisclosure agreements to prevent"
        " kiss-and-tell accounts of what goes on inside a Trump White House"
    )
    assert not sharp_contradiction(signed, require)
    # the act itself, said to be done, is still contradicted
    assert sharp_contradiction(signed, "he signed a nondisclosure agreement with Trump in 2005")


def test_a_claim_named_with_its_owner_is_answered_where_its_owner_says_it() -> None:
    # PolNeAR train: a rebuttal of Exxon's accusation does not deny another rebuttal of it,
    # nor does a dismissal of Sanders' accusations deny the Clinton campaign's answer to them
    disputing = (
        "accusations by Exxon Mobil that journalists from the school had produced inaccurate"
        " and misleading articles about the company's knowledge of the risks of climate change"
    )
    times = (
        "its editors had ''carefully reviewed Exxon Mobil's complaints and concluded that the"
        " articles we published in collaboration with Susanne Rust and her students were"
        " accurate''"
    )
    assert not answers_proposal(disputing, times, {"los", "angeles", "times"})
    dismissed = (
        "Bernie Sanders’ accusations that the Clinton campaign is violating federal election law"
    )
    signed = "Sanders signed the same joint fundraising agreement"
    assert not answers_proposal(dismissed, signed, {"hillary", "clinton's", "campaign"})
    # the owner's own claim, or one whose speaker is not known, may still be answered
    label = "the two lengthy investigative reports ''inaccurate and deliberately misleading.''"
    assert answers_proposal(disputing, label, {"exxon", "mobil"})
    assert answers_proposal(disputing, label, set(), may_be_owner=True)


def test_an_answer_naming_its_object_bare_reads_back_in_its_paragraph() -> None:
    # PolNeAR train (NYT): "their account" is the sentence before, which the link sentence
    # pattern splits at "Mr."
    text = (
        "And on Tuesday night, in Jupiter, Fla., the Trump campaign manager, Corey Lewandowski,"
        " roughly yanked the arm of a Breitbart reporter as she tried to ask Mr. Trump about"
        " affirmative action, she and another reporter said. (A campaign spokeswoman disputed"
        " their account.)\n"
    )
    aid = article_id(text)
    yanked_text = (
        "the Trump campaign manager, Corey Lewandowski, roughly yanked the arm of a Breitbart"
        " reporter as she tried to ask Mr. Trump about affirmative action"
    )
    start = text.index(yanked_text)
    yanked = reported_claim(
        aid, (start, start + len(yanked_text)), yanked_text, "Michelle Fields", cue="said"
    )
    start = text.index("their account.)")
    disputed = reported_claim(
        aid,
        (start, start + len("their account.)")),
        "their account.)",
        None,
        Stance.DENIES,
        "disputed",
    )
    links = link_claims([yanked, disputed], {aid: text})
    assert [(x.from_, x.to, x.relation) for x in links] == [
        (disputed.id, yanked.id, Relation.DENIES)
    ]
    # a denial naming what it denies reads only its own sentence
    assert not refers_back("the allegations about secret post-presidential phone calls")
    assert refers_back("it") and refers_back("the allegation")


def _of_paragraph(
    text: str, content: str, speaker: str, cue: str, stance: Stance = Stance.ASSERTS
) -> Claim:
    """Return the claim of `content` in an article of this text, said with this cue."""
    aid = article_id(text)
    start = text.index(content)
    return reported_claim(aid, (start, start + len(content)), content, speaker, stance, cue)


# PolNeAR train (HuffPost): a proposal condemned bare, named in the sentence before
GOP_PROPOSAL = (
    "The controversy over the general’s ties with Clinton comes as Donald Trump’s anti-Muslim"
    " rhetoric has called attention to Islamophobia in America. Most recently, Trump called to"
    " ban Muslims from entering the U.S. While Clinton has forcefully condemned the GOP"
    " candidate’s proposal, the groups who wrote to her on Thursday say they are “concerned"
    " your campaign is sending mixed messages when it comes to Islamophobia.”\n"
)
CALLING = claim("Donald J. Trump is calling for " + SHUTDOWN, "Donald Trump", cue="saying")


def test_a_proposal_condemned_bare_is_the_one_its_paragraph_names_before() -> None:
    condemned = _of_paragraph(
        GOP_PROPOSAL, "the GOP candidate’s proposal", "Hillary Clinton", "forcefully condemned"
    )
    found = make_item(condemned, GOP_PROPOSAL).proposal
    assert found is not None and found.owner == "trump"
    assert found.what == "ban Muslims from entering the U.S"
    links = link_claims([condemned, CALLING], {condemned.article: GOP_PROPOSAL})
    assert [(x.from_, x.to, x.relation) for x in links] == [
        (condemned.id, CALLING.id, Relation.DENIES)
    ]
    # alone, "the GOP candidate's proposal" says neither whose nor what
    assert link_claims([condemned, CALLING]) == []
    # a claim judged wrong after a proposal is named: what one hears from its owner
    bashed = (
        "On Wednesday, Clinton bashed Trump’s proposal to ban Muslims from coming into the"
        " country. She addressed Muslim-Americans in an email to supporters, saying that “what"
        " you’re hearing from Trump and other Republicans is absolutely, unequivocally wrong.”\n"
    )
    wrong = _of_paragraph(
        bashed,
        "what you’re hearing from Trump and other Republicans is absolutely, unequivocally wrong",
        "Hillary Clinton",
        "saying",
    )
    found = make_item(wrong, bashed).proposal
    assert found is not None and found.what == "ban Muslims from coming into the country"


# PolNeAR train (NYT): a person condemned "for the proposal", whose proposal it is; the
# paragraph names it as a "proposal" before and as a "plan" after
KHAN_PROPOSAL = (
    "It is too soon to say how severe the damage to Mr. Trump's campaign might be, but the"
    " clash has already entangled the candidate in a dayslong argument with a pair of"
    " sympathetic accusers and put him on the defensive over his longstanding proposal to ban"
    " Muslims from entering the United States. Mr. Trump has played down the idea in recent"
    " weeks as he attempts to win over swing voters for the general election, but he has never"
    " disavowed his plan for a religious test.\n\nAnd since Thursday, Mr. Khan has mounted an"
    " extraordinary public campaign to condemn Mr. Trump for the proposal.\n"
)


@pytest.mark.parametrize(
    ("content", "owner"),
    [
        # PolNeAR train (NYT, HuffPost): the person condemned for or over a proposal owns it
        ("Mr. Trump for the proposal", "trump"),
        ("Trump in the British parliament over his call for the ban on Muslims", "trump"),
        # PolNeAR train (Western Journal): "over the" a time, and "calls" no proposal of his
        ("Clinton placed several calls to her over the next six months", None),
        # (the reviewer's sentence) a time after the name, the proposal no one's
        ("Republican leaders over the weekend condemned the proposal to ban Muslims", None),
    ],
)
def test_the_person_condemned_over_the_proposal_owns_it(content: str, owner: str | None) -> None:
    assert proposal_owner(content) == owner


def test_a_person_condemned_for_a_bare_proposal_denies_the_one_of_its_noun() -> None:
    condemned = _of_paragraph(KHAN_PROPOSAL, "Mr. Trump for the proposal", "Khizr Khan", "condemn")
    item = make_item(condemned, KHAN_PROPOSAL)
    assert item.stance is Stance.DENIES
    assert item.proposal is not None and item.proposal.owner == "trump"
    # "the proposal" is the proposal named before, not the "plan for a religious test"
    assert item.proposal.what == "ban Muslims from entering the United States"
    links = link_claims([condemned, CALLING], {condemned.article: KHAN_PROPOSAL})
    assert [(x.from_, x.to, x.relation) for x in links] == [
        (condemned.id, CALLING.id, Relation.DENIES)
    ]
    # a bare proposal named only by another proposal noun before it is none of those
    plan = KHAN_PROPOSAL.replace("longstanding proposal to", "longstanding idea to")
    alone = _of_paragraph(plan, "Mr. Trump for the proposal", "Khizr Khan", "condemn")
    assert make_item(alone, plan).proposal is None


def test_a_bare_denial_names_nothing_by_its_own_denial_words() -> None:
    # PolNeAR train (Washington Post, HuffPost): "never happened" is the denial itself, not
    # what is denied; it confirmed Rubio's "would never happen" on those two words
    bob_text = (
        '"That never happened," Bob said. Eyebrows raised, he asked, "I was going to stay'
        ' behind by myself?"\n'
    )
    rubio_text = (
        "The spin is already happening. “This is the moment they told us would never happen,”"
        " Rubio said Monday night. “They told me we had no chance.”\n"
    )
    bob = _of_paragraph(bob_text, "That never happened", "Bob", "said", Stance.DENIES)
    rubio = _of_paragraph(
        rubio_text,
        "This is the moment they told us would never happen,” Rubio said Monday night. “They"
        " told me we had no chance",
        "Marco Rubio",
        "said",
    )
    texts = {bob.article: bob_text, rubio.article: rubio_text}
    assert link_claims([bob, rubio], texts) == []
    assert answer_words("That never happened").strip() == "That"
    # an answer saying more keeps its words: it is judged on them (answer_threshold)
    longer = 'Rubio\'s claim that Cruz is in favor of legalizing illegal immigrants is "simply not true."'
    assert answer_words(longer) == longer


def test_two_condemnations_of_one_proposal_agree() -> None:
    # PolNeAR train (HuffPost): Clinton's "the GOP candidate's proposal" and Khizr Khan's
    # "Trump's repeated calls to ban all Muslims from entering the U.S." both deny what Trump
    # proposes: each repeats the other, and both stay answers of the group they deny
    from claimtrack.link.answers import Proposal
    from claimtrack.link.linker import same_proposal
    from claimtrack.link.track import build

    decried = (
        "Khizr Khan, the father of a slain American soldier, decried Trump’s repeated calls to"
        " ban all Muslims from entering the U.S. during a speech at the DNC.\n"
    )
    khan = _of_paragraph(
        decried,
        "Trump’s repeated calls to ban all Muslims from entering the U.S",
        "Khizr Khan",
        "decried",
    )
    clinton = _of_paragraph(
        GOP_PROPOSAL, "the GOP candidate’s proposal", "Hillary Clinton", "forcefully condemned"
    )
    texts = {khan.article: decried, clinton.article: GOP_PROPOSAL}
    links = link_claims([clinton, khan, CALLING], texts)
    found = {(x.from_, x.to, x.relation) for x in links}
    assert {
        (clinton.id, CALLING.id, Relation.DENIES),
        (khan.id, CALLING.id, Relation.DENIES),
    } <= found
    agree = [x for x in links if {x.from_, x.to} == {clinton.id, khan.id}]
    assert [x.relation for x in agree] == [Relation.REPEATS]
    [group] = build({c.id: c for c in (clinton, khan, CALLING)}, links)
    assert {(m.claim.id, m.role) for m in group.members} == {
        (CALLING.id, "asserts"),
        (clinton.id, "denies"),
        (khan.id, "denies"),
    }
    # another's proposal, or one sharing a single word, is another proposition
    ban = make_item(khan, decried).proposal
    assert ban is not None
    assert same_proposal(ban, ban._replace(owner="cruz"), lambda _: 1.0) == 0.0
    wall = Proposal("trump", "a wall", frozenset({"wall", "muslim"}))
    assert same_proposal(ban, wall, lambda _: 1.0) == 0.0


def test_remarks_are_not_a_proposal_of_the_paragraph_before() -> None:
    # PolNeAR train (HuffPost): Hollande's "Trump's remarks" are not the calls of Khan's
    # paragraph before
    text = (
        "Khizr Khan, the father of a slain American soldier, decried Trump’s repeated calls to"
        " ban all Muslims from entering the U.S. during a speech at the DNC.\n\nHollande"
        " denounced Trump’s remarks as “hurtful and humiliating” and warned of the global"
        " implications a Trump presidency would have.\n"
    )
    remarks = _of_paragraph(
        text,
        "Trump’s remarks as “hurtful and humiliating” and warned of the global implications a"
        " Trump presidency would have",
        "Francois Hollande",
        "denounced",
    )
    assert make_item(remarks, text).proposal is None
    calls = _of_paragraph(
        text,
        "Trump’s repeated calls to ban all Muslims from entering the U.S",
        "Khizr Khan",
        "decried",
    )
    found = make_item(calls, text).proposal
    assert found is not None and found.what == "ban all Muslims from entering the U.S"


# PolNeAR train: sentences on the ban by others than its owner
ON_THE_BAN = (
    "About three-quarters support a temporary ban on Muslims who are not American citizens"
    " from entering the United States.",
    "Trump won decisively, showed that 65 percent of Republicans supported his call for a"
    " temporary ban on Muslims entering the United States.",
    "Exit polls taken in South Carolina found that about three-quarters of Republican voters"
    " support a temporary ban on Muslims who are not American citizens from entering the"
    " United States.",
    "The proportion of GOP primary voters saying they want a ban on non-citizen Muslims"
    " entering the United States is as high as three-quarters in Missouri.",
    "Trump is calling for a total and complete shutdown of Muslims entering the United States"
    " until our country’s representatives can figure out what the [censored] is going on.",
    "Led by Council Speaker Melissa Mark-Viverito, the rally denounced Republican presidential"
    " candidate Donald Trump’s call for a total and complete shutdown of Muslims entering the"
    " United States.",
    "The poll was conducted in late October, before Carson’s drop in national polls and"
    " Trump’s controversial proposal to ban Muslims from entering the United States.",
    "Trump had declared that he would certainly implement a database to track Muslims in the"
    " United States, drawing a fresh round of comparisons to Nazi Germany.",
    "Before his death, Ali rebuked Trump in December when the businessman turned politician"
    " called for temporarily barring all Muslims from entering the United States.",
    "The GOP presidential candidate is shown discussing his plan to temporarily ban Muslims"
    " from entering the United States.",
    "Trump called for a ban on Muslims entering the United States following the mass"
    " shooting in San Bernardino, California by a Muslim couple.",
    "Trump has been rebuked by opponents for his proposal to temporarily ban Muslims from"
    " entering the United States.",
    "Trump, whose provocative views on immigration have upset even members of his own"
    " Republican Party, last year proposed a ban on Muslims entering the United States,"
    " citing fears of terrorism.",
    "And until the announcement of the eventual shutdown, most of them said they had loved"
    " working for Carrier.",
    "The DNC, which is seen as politically aligned with Clinton, responded by abruptly blocking"
    " Sanders’ access to his own data, a virtual shutdown of the campaign.",
)


def test_a_condemned_proposal_denies_its_owner_saying_it_in_other_words_later() -> None:
    # PolNeAR train (Reuters): "the ban on Muslims" is the "total and complete shutdown of
    # Muslims" Trump calls for, in an article linked after the condemnation
    text = (
        "Cameron criticised Trump in the British parliament over his call for the ban on"
        " Muslims and suggested that the New York billionaire, who is now the presumptive"
        " Republican presidential nominee, would unite Britain against him if he visited.\n"
    )
    criticised = _of_paragraph(
        text,
        "Trump in the British parliament over his call for the ban",
        "David Cameron",
        "criticised",
    )
    linker = Linker()
    assert linker.add([make_item(criticised, text)]) == []
    # other claims holding more of its words than the condemnation are found first
    linker.add([make_item(claim(other, "a reporter")) for other in ON_THE_BAN])
    wants = claim("he wants “" + SHUTDOWN + "”", "Donald Trump")
    links = linker.add([make_item(wants)])
    assert (criticised.id, wants.id, Relation.DENIES) in {
        (x.from_, x.to, x.relation) for x in links
    }
    # where its owner stands on it is no claim putting it forward, nor is a claim naming it
    # in a clause of reason
    position = claim("his position on banning Muslims has “gotten bigger.”", "Donald Trump")
    judge = claim(
        "a Muslim federal judge wouldn’t treat him fairly because of his calls for banning"
        " Muslims from entering the country",
        "Donald Trump",
    )
    for other in (position, judge):
        assert Linker().add([make_item(criticised, text), make_item(other)]) == []
    # a "not" in another clause of its owner's claim does not make it the contrary
    calling = claim(
        "a ban on non-citizen Muslims from entering the country and others supporting an"
        " indefinite ban on Syrian refugees -- and not the Middle Eastern ground battle that's"
        " so fiercely debated",
        "Donald Trump",
        cue="calling for",
    )
    links = Linker().add([make_item(criticised, text), make_item(calling)])
    assert [(x.from_, x.to, x.relation) for x in links] == [
        (criticised.id, calling.id, Relation.DENIES)
    ]


def test_condemnations_matching_what_a_proposal_proposes_do_not_make_articles_copies() -> None:
    # PolNeAR train: three condemnations of the ban match Trump's words at 1.0 by what the
    # ban proposes; the two articles are not wire copies, and the repeat of Trump's words
    # between them stays
    condemning = (
        "Jewish groups also widely condemned Trump's proposal to ban Muslims from entering the"
        " United States. Paul City Council on Wednesday approved a resolution condemning"
        " Republican presidential candidate Donald Trump’s call for a ban on Muslims entering"
        " the United States. Led by Council Speaker Melissa Mark-Viverito, the rally denounced"
        " Republican presidential candidate Donald Trump’s call for a ban on Muslims entering"
        " the United States. Trump said he wants “" + SHUTDOWN + ".”\n"
    )
    cases = (
        ("Trump's proposal to ban Muslims from entering the United States", "Jewish groups"),
        ("Republican presidential candidate Donald Trump’s call", "Paul City Council"),
        ("Republican presidential candidate Donald Trump’s call for a ban", "the rally"),
    )
    aid = article_id(condemning)
    claims = []
    at = 0
    for content, speaker in cases:
        start = condemning.index(content, at)
        at = start + len(content)
        end = condemning.index(" the United States", at) + len(" the United States")
        text = condemning[start:end]
        claims.append(reported_claim(aid, (start, end), text, speaker, cue="condemned"))
    start = condemning.index(SHUTDOWN)
    wants = reported_claim(aid, (start, start + len(SHUTDOWN)), SHUTDOWN, "Donald Trump")
    calling = claim("Donald J. Trump is calling for " + SHUTDOWN, "Donald Trump")
    texts = {aid: condemning, calling.article: "Donald J. Trump is calling for " + SHUTDOWN}
    links = link_claims([*claims, wants, calling], texts)
    relations = {(x.from_, x.to): x.relation for x in links}
    assert Relation.REPEATS in (
        relations.get((wants.id, calling.id)),
        relations.get((calling.id, wants.id)),
    )
    assert all(relations[(c.id, calling.id)] is Relation.DENIES for c in claims)


def test_a_proposal_labelled_with_a_condemning_word_is_condemned() -> None:
    # PolNeAR train (Breitbart): Rubio "called the statement 'offensive and outlandish'" after
    # the paragraph says what Trump proposed
    text = (
        "The New York Times reported the email came hours after Donald Trump proposed a ban on"
        " Muslims trying to enter the U.S. The proposal has drawn harsh criticism from fellow GOP"
        " presidential hopefuls. On Twitter, Former Florida Gov. Jeb Bush called Trump"
        " “unhinged.” Sen. Marco Rubio called the statement “offensive and outlandish.”\n"
    )
    called = _of_paragraph(
        text, "the statement “offensive and outlandish.”", "Marco Rubio", "called"
    )
    found = make_item(called, text).proposal
    assert found is not None and found.owner == "trump"
    assert found.what == "a ban on Muslims trying to enter the U.S"
    links = link_claims([called, CALLING], {called.article: text})
    assert [(x.from_, x.to, x.relation) for x in links] == [
        (called.id, CALLING.id, Relation.DENIES)
    ]
    # a label that condemns nothing, or a person labelled, is no condemnation
    assert make_item(called.model_copy(update={"text": "Trump “unhinged.”"}), text).proposal is None
    # an idea named with what it claims is a claim, not a proposal of the paragraph before
    idea = (
        "the idea that Clinton had anything to prove a “ridiculous proposition,” adding that the"
        " person who “needs to turn the narrative around is Donald Trump, not Hillary Clinton."
    )
    assert proposal_of(idea, "called", "", text) is None
    # PolNeAR train (NYT): labelled remarks with no proposal before them stay a claim
    remarks = "Donald J. Trump's remarks about a Latino judge ''racist,''"
    assert answer_stance(Stance.ASSERTS, remarks, "called") is Stance.ASSERTS


def test_comments_named_with_their_topic_are_the_proposal_about_it_named_earlier() -> None:
    # PolNeAR train (Washington Post): Netanyahu "rejects Donald Trump's latest comments about
    # Muslims", six paragraphs after the article says what Trump called for
    text = (
        "The officials said the prime minister's Dec. 28 meeting with Trump was scheduled two"
        " weeks ago - before the billionaire developer called for banning all Muslims from"
        " entering the United States.\n\nIsrael's population is more than 20 percent Arab, and"
        " most of those citizens are Muslims.\n\nSupport for Israel, and for Netanyahu in"
        " particular, is a given among Republican presidential candidates.\n\nNetanyahu said"
        " late Wednesday that he would go ahead with the Trump meeting, although he tweeted that"
        ' he "rejects Donald Trump\'s latest comments about Muslims."\n'
    )
    rejects = _of_paragraph(
        text, 'he "rejects Donald Trump\'s latest comments about Muslims."', "Netanyahu", "tweeted"
    )
    found = make_item(rejects, text).proposal
    assert found is not None and found.owner == "trump"
    assert found.what == "banning all Muslims from entering the United States"
    links = link_claims([rejects, CALLING], {rejects.article: text})
    assert [(x.from_, x.to, x.relation) for x in links] == [
        (rejects.id, CALLING.id, Relation.DENIES)
    ]
    # comments about what no proposal before them is about are not resolved
    other = text.replace("about Muslims", "about Israel")
    rejects = _of_paragraph(
        other, 'he "rejects Donald Trump\'s latest comments about Israel."', "Netanyahu", "tweeted"
    )
    assert make_item(rejects, other).proposal is None


def test_two_groups_whose_centres_say_one_thing_are_one() -> None:
    # PolNeAR train: the FBI director's "extremely careless" made two groups, one around
    # each wording; their centres (the shorter claims) are linked strongly (0.85), so they
    # are one group, but a member of one is no way into the other
    from claimtrack.link.track import build
    from claimtrack.models import Link, link_id

    team = claim(
        "Clinton and her team were “extremely careless in their handling of very sensitive,"
        " highly classified information”",
        "James Comey",
    )
    crooked = claim(
        "Crooked Hillary Clinton and her team ‘were extremely careless in their handling of"
        " very sensitive, highly classified information.’",
        "Donald Trump",
    )
    had_been = claim(
        "Clinton had been “extremely careless” in her handling of classified material via a"
        " private email server",
        "FBI",
    )
    servers = claim('Clinton\'s use of private email servers "extremely careless,"', "James Comey")
    revoke = claim(
        "legislation he was introducing which would revoke the security clearance for those"
        " demonstrating “extreme carelessness”",
        "Michael McCaul",
    )

    def repeats(a: Claim, b: Claim, value: float) -> Link:
        rel = Relation.REPEATS
        return Link(id=link_id(a.id, b.id, rel), from_=a.id, to=b.id, relation=rel, score=value)

    claims = {c.id: c for c in (team, crooked, had_been, servers, revoke)}
    links = [
        repeats(crooked, team, 1.0),
        repeats(servers, had_been, 0.9618),
        repeats(team, servers, 0.8528),
        repeats(team, had_been, 0.6897),
        repeats(revoke, crooked, 0.65),
    ]
    groups = [{m.claim.id for m in t.members} for t in build(claims, links)]
    assert {team.id, crooked.id, had_been.id, servers.id} in groups
    assert not any(revoke.id in g and team.id in g for g in groups)


def test_groups_answered_by_the_same_answers_are_one() -> None:
    # PolNeAR train: the same condemnations of the Muslim ban answer a group around "a total
    # and complete shutdown" and one around "a ban ... following the mass shooting": one
    # proposition in words the two do not share; one answering article is not enough
    from claimtrack.link.track import build
    from claimtrack.models import Link, link_id

    wants = claim(
        'he wants "a total and complete shutdown of Muslims entering the United States until our'
        " country's representatives can figure out what is going on.\"",
        "Donald Trump",
    )
    calling = claim(
        "Donald J. Trump is calling for a total and complete shutdown of Muslims entering the"
        " United States until our country’s representatives can figure out what is going on",
        "Donald Trump",
    )
    shooting = claim(
        "a ban on Muslims entering the United States following the mass shooting in San"
        " Bernardino, California by a Muslim couple",
        "Donald Trump",
    )
    jewish = claim(
        "Trump's proposal to ban Muslims from entering the United States",
        "Jewish groups",
        Stance.DENIES,
        "condemned",
    )
    khan = claim(
        "Trump’s repeated calls to ban all Muslims from entering the U.S",
        "Khizr Khan",
        Stance.DENIES,
        "condemned",
    )

    def link(a: Claim, b: Claim, rel: Relation) -> Link:
        return Link(id=link_id(a.id, b.id, rel), from_=a.id, to=b.id, relation=rel, score=1.0)

    claims = {c.id: c for c in (wants, calling, shooting, jewish, khan)}
    links = [
        link(calling, wants, Relation.REPEATS),
        link(jewish, wants, Relation.DENIES),
        link(jewish, shooting, Relation.DENIES),
        link(khan, calling, Relation.DENIES),
        link(khan, shooting, Relation.DENIES),
    ]
    [one] = build(claims, links)
    assert {m.claim.id for m in one.members} == set(claims)
    assert len(build(claims, links[:-1])) == 2


def test_answers_denying_one_group_and_confirming_another_do_not_join_them() -> None:
    # PolNeAR train: "disputed their account" and "has denied it happened" deny Fields's
    # account and confirm Lewandowski's "he had never touched Fields": the two groups are a
    # claim and its denial, not one group
    from claimtrack.link.track import build
    from claimtrack.models import Link, link_id

    grabbing = claim(
        "Donald Trump campaign manager Corey Lewandowski of grabbing her at a press conference"
        " in Florida",
        "Michelle Fields",
        cue="accused",
    )
    never = claim("he had never touched Fields", "Corey Lewandowski")
    account = claim("their account.)", "A campaign spokeswoman", Stance.DENIES, "disputed")
    happened = claim(
        "it happened, with Lewandowski taking to Twitter to call Fields “totally delusional”"
        " for the accusation",
        "Donald Trump's campaign",
        Stance.DENIES,
        "denied",
    )

    def link(a: Claim, b: Claim, rel: Relation) -> Link:
        return Link(id=link_id(a.id, b.id, rel), from_=a.id, to=b.id, relation=rel, score=0.8)

    claims = {c.id: c for c in (grabbing, never, account, happened)}
    links = [
        link(account, grabbing, Relation.DENIES),
        link(account, never, Relation.CONFIRMS),
        link(happened, grabbing, Relation.DENIES),
        link(happened, never, Relation.CONFIRMS),
    ]
    groups = build(claims, links)
    assert {t.first.id for t in groups} == {grabbing.id, never.id}
    # answered alike, they are one
    links[1] = link(account, never, Relation.DENIES)
    links[3] = link(happened, never, Relation.DENIES)
    assert len(build(claims, links)) == 1


def test_a_speaker_hedging_their_own_claim_repeats_it() -> None:
    # PolNeAR train: Trump "thought" and "suggested" one thing in two articles
    thought = claim(
        '"Yellen is keeping rates too low, too long" to help President Obama',
        "Donald Trump",
        cue="thought",
    )
    suggested = claim(
        "the Fed was keeping rates low at the behest of the Obama administration, to postpone"
        " the crash",
        "Donald Trump",
        cue="suggested",
    )
    link = make_link(make_item(thought), make_item(suggested), 0.6)
    assert link is not None and link.relation is Relation.REPEATS
    # another who thought so relays Trump's claim
    other = claim(thought.text, "Janet Yellen", cue="thought")
    link = make_link(make_item(other), make_item(suggested), 0.6)
    assert link is not None and link.relation is Relation.REPORTS


# PolNeAR train (HuffPost, Washington Post, Breitbart): one act told with several verbs
YANKED = (
    "Former Breitbart reporter Michelle Fields accused Donald Trump campaign manager Corey"
    " Lewandowski of grabbing her at a press conference in Florida last week when she tried to"
    " ask the GOP front-runner a question about affirmative action. Fields, along with"
    " Washington Post reporter Ben Terris, say Trump’s 41-year-old campaign manager yanked her"
    " out of the way, his grip imprinting finger-shaped bruises on her arm.\n\n"
    "Even after several videos and recordings of the incident surfaced, the Trump campaign has"
    " denied it happened, with Lewandowski taking to Twitter to call Fields “totally delusional”"
    " for the accusation.\n"
)
NEVER_TOUCHED = (
    "Even after the complaint was filed, Lewandowski continued to say he had never touched"
    " Fields. In a previously unpublished interview with The Washington Post - conducted last"
    " Wednesday at Trump's Mar-a-Lago estate in Palm Beach - Lewandowski continued to assert"
    " that he never made contact with Fields.\n"
)


def test_an_act_is_who_did_it_to_whom_in_any_verb() -> None:
    # a pronoun is the speaker, or the person its sentence names before it
    touched = act_of("he had never touched Fields", "Corey Lewandowski")
    assert touched is not None and touched.negated
    assert (touched.agent.name, touched.patient.name) == ("lewandowski", "fields")
    contact = act_of("he never made contact with Fields", "Corey Lewandowski")
    assert contact is not None and same_act(touched, contact)
    grabbing = act_of(
        "Donald Trump campaign manager Corey Lewandowski of grabbing her at a press conference",
        "Michelle Fields",
    )
    assert grabbing is not None and not grabbing.negated and same_act(touched, grabbing)
    # a description is the one person its article names with that role
    assert role_name(YANKED, "campaign manager") == "lewandowski"
    yanked = act_of(
        "Trump’s 41-year-old campaign manager yanked her out of the way, his grip imprinting"
        " finger-shaped bruises on her arm",
        "Michelle Fields",
        article=YANKED,
    )
    assert yanked is not None and same_act(yanked, touched)
    # an agent left unsaid may be the named one
    backward = act_of("she had been yanked backward", "Michelle Fields")
    assert backward is not None and same_act(backward, touched)
    assert not backward.negated
    # a verb used of a thing or a figure of speech names no act done to someone
    assert act_of("the president touched on the economy", "Barack Obama") is None


def test_claims_of_one_act_contradict_or_repeat_whatever_their_words() -> None:
    never = _of_paragraph(NEVER_TOUCHED, "he had never touched Fields", "Corey Lewandowski", "say")
    yanked = _of_paragraph(
        YANKED,
        "Trump’s 41-year-old campaign manager yanked her out of the way, his grip imprinting"
        " finger-shaped bruises on her arm",
        "Michelle Fields",
        "say",
    )
    grabbing = _of_paragraph(
        YANKED,
        "Donald Trump campaign manager Corey Lewandowski of grabbing her at a press conference"
        " in Florida last week",
        "Michelle Fields",
        "accused",
    )
    texts = {never.article: NEVER_TOUCHED, yanked.article: YANKED}
    links = {(x.from_, x.to): x.relation for x in link_claims([never, yanked], texts)}
    assert links == {(never.id, yanked.id): Relation.DENIES} or links == {
        (yanked.id, never.id): Relation.DENIES
    }
    # two who say it happened, in other words, in another article
    grabbed = claim(
        "Lewandowski . . . grabbed Fields' left arm with his right hand, causing her to turn"
        " and step back",
        "Marc Bujnowski",
        cue="wrote",
    )
    links = link_claims([grabbed, grabbing], {grabbing.article: YANKED})
    assert [x.relation for x in links] == [Relation.REPEATS]


def test_a_claim_referring_to_an_act_takes_the_act_said_before_it() -> None:
    start = YANKED.index("it happened")
    denied = reported_claim(
        article_id(YANKED),
        (start, start + len("it happened")),
        "it happened",
        "Donald Trump's campaign",
        Stance.DENIES,
        "has denied",
    )
    yanked = _of_paragraph(
        YANKED,
        "Trump’s 41-year-old campaign manager yanked her out of the way",
        "Michelle Fields",
        "say",
    )
    assert refers_to_act("it happened") and refers_to_act("their account.)")
    assert not refers_to_act("it happened to be raining")
    grabbed = claim("Lewandowski grabbed Fields' left arm", "Marc Bujnowski", cue="wrote")
    never = _of_paragraph(NEVER_TOUCHED, "he had never touched Fields", "Corey Lewandowski", "say")
    texts = {yanked.article: YANKED, never.article: NEVER_TOUCHED}
    links = {
        (x.from_, x.to): x.relation
        for x in link_claims([denied, yanked, grabbed, never], texts)
        if x.from_ == denied.id
    }
    assert links[(denied.id, grabbed.id)] is Relation.DENIES
    # a denial of what another denies agrees with it
    assert links[(denied.id, never.id)] is Relation.CONFIRMS


# PolNeAR train (Washington Post, 2016-03-30): Trump's answer, in a later article
CONCEDED = (
    "They had asserted that Lewandowski never touched the reporter, Michelle Fields.\n\n"
    "As the day went on, Trump offered increasingly strident defenses of Lewandowski. All ran"
    " counter to his earlier statements that the contact never occurred. Trump conceded that"
    ' Lewandowski had touched Fields but implied that it was Fields\'s fault for "grabbing" at'
    " the candidate.\n"
)
# PolNeAR train (New York Times): another denial of the act, by a spokeswoman
DISPUTED = (
    "And on Tuesday night, in Jupiter, Fla., the Trump campaign manager, Corey Lewandowski,"
    " roughly yanked the arm of a Breitbart reporter as she tried to ask Mr. Trump about"
    " affirmative action, she and another reporter said. (A campaign spokeswoman disputed"
    " their account.)\n"
)


def test_two_answers_taking_opposite_sides_of_one_act_contradict_each_other() -> None:
    # two answers do not answer each other, but Trump conceding the act his campaign
    # denied says the contrary of that denial
    conceded = _of_paragraph(
        CONCEDED, "Lewandowski had touched Fields", "Donald Trump", "conceded", Stance.CONFIRMS
    )
    denied = _of_paragraph(
        YANKED, "it happened", "Donald Trump's campaign", "has denied", Stance.DENIES
    )
    yanked = _of_paragraph(
        YANKED,
        "Trump’s 41-year-old campaign manager yanked her out of the way",
        "Michelle Fields",
        "say",
    )
    disputed = _of_paragraph(
        DISPUTED, "their account.)", "A campaign spokeswoman", "disputed", Stance.DENIES
    )
    roughly = _of_paragraph(
        DISPUTED,
        "the Trump campaign manager, Corey Lewandowski, roughly yanked the arm of a Breitbart"
        " reporter",
        "Michelle Fields",
        "said",
    )
    texts = {c.article: t for c, t in ((conceded, CONCEDED), (yanked, YANKED), (roughly, DISPUTED))}
    links = {
        frozenset((x.from_, x.to)): x.relation
        for x in link_claims([conceded, denied, yanked, disputed, roughly], texts)
    }
    assert links[frozenset((conceded.id, denied.id))] is Relation.DENIES
    assert links[frozenset((conceded.id, disputed.id))] is Relation.DENIES
    # two denials of one act answer no one: they are not linked to each other
    assert frozenset((denied.id, disputed.id)) not in links


def test_a_correction_contradicts_sharply_on_less_evidence() -> None:
    # PolNeAR train (Politico, Washington Post): Comey's emphatic "did receive" corrects
    # Clinton's "not marked classified" (0.45 in the train+dev store, under 0.55)
    received = claim("She did receive some emails with classified markings", "James Comey")
    retroactive = claim(
        "they were not marked classified and were retroactively classified", "Hillary Clinton"
    )
    assert corrects(received.text) and not corrects(retroactive.text)
    link = make_link(make_item(retroactive), make_item(received), 0.45)
    assert link is not None and link.relation is Relation.DENIES
    # "in fact" corrects too; "did nothing" or a question is no emphasis
    assert corrects("“thousands” of emails in fact had not been turned over")
    assert not corrects("she did nothing wrong")
    assert not corrects("What does that have to do with taking big donations?")
    # a sharp contradiction correcting nothing still needs 0.55 (State Department / Clinton)
    redacted, no_email = (
        claim(text, speaker)
        for text, speaker in (
            (
                "2,093 of Clinton's released emails were redacted in all or part because they"
                " contained classified material, the vast majority at the lowest level of"
                " classification",
                "State Department",
            ),
            (
                "I did not email any classified material to anyone on my email. There is no"
                " classified material",
                "Hillary Clinton",
            ),
        )
    )
    assert sharp_contradiction(redacted.text, no_email.text)
    assert make_link(make_item(no_email), make_item(redacted), 0.49) is None
    # and so does a correction within one article (two sentences of one story): Rubio "does
    # support making an exception if the life of the mother is in danger, but not for cases
    # of rape or incest" confirms what Bush attacks him for (PolNeAR train, HuffPost)
    debate = (
        "Jeb Bush attacked Marco Rubio for opposing legal abortion in cases of rape and incest."
        " Rubio said he does support making an exception if the life of the mother is in"
        " danger, but not for cases of rape or incest.\n"
    )
    opposing = _of_paragraph(
        debate, "Marco Rubio for opposing legal abortion in cases of rape and incest", "Jeb Bush",
        "attacked",
    )  # fmt: skip
    support = _of_paragraph(
        debate,
        "he does support making an exception if the life of the mother is in danger, but not"
        " for cases of rape or incest",
        "Marco Rubio",
        "said",
    )
    assert make_link(make_item(support, debate), make_item(opposing, debate), 0.46) is None


def test_an_emphasis_in_a_condition_or_an_open_question_corrects_nothing() -> None:
    # PolNeAR train (Politico, NYT, USA Today): an emphatic "does"/"did" or "in fact" in a
    # condition, a concession put as one, or an open question asserts nothing
    for text in (
        "If Hillary does win New Hampshire, it will be by a margin as close as Iowa",
        "If they did want to stay there, or stayed there, it only shows that they have good taste",
        "even if Islamic State videos did surface of his calling for a temporary halt to Muslims"
        " entering the country, he would not change his position",
        "even if Mr. Trump does retain substantial support among white male union members",
        "If in fact it becomes more clear that a critical aspect was a refugee problem",
        "raising questions about whether Sanders, who is Jewish, was in fact an atheist",
        # "does" as the verb after a question word
        "he’s one of the few senators who does national conference calls with progressive"
        " activists",
        "what he does next",
        "What China does matters to the U.S",
    ):
        assert not corrects(text), text
    # the main clause after a condition still corrects (PolNeAR train, Politico, NYT)
    assert corrects("She did receive some emails with classified markings")
    assert corrects(
        "the former top diplomat couldn’t recall the exact dinner conversation outlined in"
        " Conason’s book, but he did remember telling Clinton about his personal email practices"
    )
    # (made up) so an asked "whether ... in fact" or a condition's "in fact" denies nothing
    # under the 0.55 a sharp contradiction needs
    for text, denial in (
        (
            "Republicans asked whether the State Department in fact destroyed the emails",
            "the State Department has not destroyed the emails",
        ),
        (
            "If in fact the Russians hacked the DNC emails, it is a serious matter",
            "the Russians did not hack the DNC emails",
        ),
    ):
        asked, denied = claim(text, "Bill Smith"), claim(denial, "Jane Doe")
        assert make_link(make_item(denied), make_item(asked), 0.42) is None, text


def test_a_correction_stands_on_the_predicate_the_other_claim_negates() -> None:
    # PolNeAR train (Politico, Washington Post): Comey's "did receive some emails with
    # classified markings" corrects "never sent or received" (receive) and "not marked
    # classified" (marked, what the emphasised verb takes)
    received = "She did receive some emails with classified markings"
    assert {"receiv", "mark"} <= corrects(received)
    for denial in (
        'she "never sent or received classified information" on her private email server',
        "they were not marked classified at the time they were sent",
    ):
        assert correction(received, denial) and correction(denial, received), denial
    # (made up) an emphasis on another predicate lowers no bar: "did speak" corrects nothing
    # of "not blame", and the pair still needs the 0.55 of a sharp contradiction
    speaks = "Obama did speak about the economy on Tuesday, and he blamed Congress for the deficit"
    blames = "Obama did not blame Congress for the deficit"
    assert sharp_contradiction(speaks, blames) and not correction(speaks, blames)
    spoken, denied = claim(speaks, "Bill Smith"), claim(blames, "Jane Doe")
    for value in (0.42, 0.47, 0.52):
        assert make_link(make_item(denied), make_item(spoken), value) is None, value


def test_a_predicate_negating_what_it_takes_is_a_negation_and_negated_asserts() -> None:
    # PolNeAR train (Politico, West Journal): "failed to turn over" says what "had not been
    # turned over" says
    failed = "And they also discovered thousands of work-related messages her lawyers failed to turn over"
    assert negated(failed)
    assert not contradicts(
        Stance.ASSERTS,
        failed,
        Stance.ASSERTS,
        "“thousands” of emails in fact had not been turned over",
    )
    assert contradicts(
        Stance.ASSERTS, failed, Stance.ASSERTS, "she turned over all her work-related emails"
    )
    # PolNeAR train (NYT): a negated "incapable of" asserts the positive
    feel = "I do not feel that one's heritage makes them incapable of being impartial"
    assert not negated(feel)
    assert negated("a federal judge can’t be impartial because of his or her heritage")
    assert contradicts(
        Stance.ASSERTS,
        feel,
        Stance.ASSERTS,
        "a federal judge can’t be impartial because of his or her heritage or religion",
    )


def test_a_negated_opposite_says_the_word_it_negates_the_opposite_of() -> None:
    # PolNeAR train (Huffington Post): "can't be impartial" says what "biased" says
    biased = "He implied a federal judge was biased and “hostile” because he’s Hispanic"
    impartial = "an Indiana-born judge can’t be impartial because he is Mexican-American"
    assert not contradicts(Stance.ASSERTS, impartial, Stance.ASSERTS, biased)
    assert not contradicts(Stance.ASSERTS, biased, Stance.ASSERTS, impartial)
    # (Huffington Post, Breitbart) "isn't even fit" says "unfit"
    assert not contradicts(
        Stance.ASSERTS,
        "Marco Rubio still believes that the presumptive GOP nominee is unfit to be"
        " commander-in-chief",
        Stance.ASSERTS,
        "he isn’t even fit to be governor any more",
    )
    # but "not fit" still contradicts "fit" (Breitbart, Huffington Post), and a denial of the
    # claim still denies it
    not_fit = "Hillary Clinton ‘Not Fit To Serve As President Of The United States.’"
    assert contradicts(Stance.ASSERTS, not_fit, Stance.ASSERTS, "she was fit for duty")
    assert contradicts(Stance.DENIES, impartial, Stance.ASSERTS, biased)
    # a claim saying the negated word itself as well as its opposite is still the other side
    # (PolNeAR train: New York Times, Huffington Post; New York Times, Breitbart)
    assert contradicts(
        Stance.ASSERTS,
        "Rubio has not won a single contest",
        Stance.ASSERTS,
        "He crushed in Michigan and Illinois, won Missouri and lost to Kasich in the state where"
        " Kasich is currently the governor.",
    )
    assert contradicts(
        Stance.ASSERTS,
        "Republican primary voters also said that Wall Street does more to hurt the economy than"
        " help it.",
        Stance.ASSERTS,
        "the president’s plans won’t help prevent it",
    )


def test_an_act_said_of_another_agent_denies_it_of_the_one_named() -> None:
    # PolNeAR train (Washington Post): the campaign's account against Fields's
    other = act_of(
        "it believed that Fields was grabbed by another man in Trump's entourage - possibly a"
        " security official",
        "Donald Trump's campaign",
    )
    touched = act_of("he had never touched Fields", "Corey Lewandowski")
    assert other is not None and touched is not None
    assert same_act(other, touched) and other.negated
    # nor is it the act an agent left unsaid is told of
    backward = act_of("she had been yanked backward", "Michelle Fields")
    assert backward is not None and not same_act(backward, other)
    believed = claim(
        "it believed that Fields was grabbed by another man in Trump's entourage - possibly a"
        " security official",
        "Donald Trump's campaign",
    )
    grabbing = _of_paragraph(
        YANKED,
        "Donald Trump campaign manager Corey Lewandowski of grabbing her at a press conference"
        " in Florida last week",
        "Michelle Fields",
        "accused",
    )
    links = link_claims([believed, grabbing], {grabbing.article: YANKED})
    assert [x.relation for x in links] == [Relation.DENIES]


def test_one_thing_said_of_two_people_is_two_propositions() -> None:
    # PolNeAR train: Clinton's tax returns are not Trump's; "I" is each speaker
    released = claim("she has released 30 years of tax returns", "Hillary Clinton")
    releasing = claim(
        "Donald Trump will be releasing his tax returns at the completion of an audit",
        "Mike Pence",
    )
    assert subject(released) == "clinton" and subject(releasing) == "trump"
    assert different_subjects(released, releasing)
    assert pair_score(make_item(released), make_item(releasing)) == 0.0
    assert link_claims([released, releasing]) == []
    assert (
        link_claims(
            [claim("I'm not changing", "Donald Trump"), claim("I'm not changing", "Billy Joel")]
        )
        == []
    )
    # in a quotation "she" is not the speaker; one pronoun may be one person, whoever reports it
    quoted = claim("She has put American lives and national security at jeopardy", "Ben Carson")
    assert subject(quoted.model_copy(update={"kind": Kind.DIRECT})) is None
    received = claim("She did receive some emails with classified markings", "James Comey")
    sent = claim(
        "she had not sent or received emails that were marked classified", "Hillary Clinton"
    )
    assert not different_subjects(received, sent)
    # a claim of several sentences has no one subject
    assert subject(claim("I don’t care. He was the founder.", "Donald Trump")) is None


def test_a_bare_claim_noun_names_no_proposition_to_deny_at_a_low_score() -> None:
    # PolNeAR train: "Patricia Smith ... disputed Clinton’s claim" named no claim of its own
    # and denied a headline at 0.376; a claim noun with what it claims still names it
    assert not answers_claim(Relation.DENIES, 0.3763, "Clinton’s claim", Stance.DENIES)
    assert not answers_claim(
        Relation.DENIES, 0.4646, "the charges and counter-accused her of battery", Stance.DENIES
    )
    assert answers_claim(
        Relation.DENIES,
        0.4173,
        "Exxon's accusation that articles about the company, produced by journalists from the"
        " school, were misleading and inaccurate",
        Stance.DENIES,
    )
    assert answers_claim(
        Relation.DENIES,
        0.4536,
        "the AP report was misleading because it excluded the hundreds of meetings Clinton had",
        Stance.DENIES,
    )


def test_a_speaker_calling_the_contrary_of_their_claim_untrue_repeats_it() -> None:
    # PolNeAR train: Rubio twice in one debate; not a confirmation of anyone
    untrue = claim(
        "This notion that Barack Obama doesn't know what he's doing is just not true. He knows"
        " exactly what he's doing",
        "Marco Rubio",
    )
    dispel = claim(
        "Let's dispel with this fiction that Barack Obama doesn't know what he's doing. He"
        " knows exactly what he's doing",
        "Marco Rubio",
    )
    link = make_link(make_item(untrue), make_item(dispel), 0.59)
    assert link is not None and link.relation is Relation.REPEATS
    # another speaker saying so confirms it
    other = claim(untrue.text, "Chris Christie")
    link = make_link(make_item(other), make_item(dispel), 0.59)
    assert link is not None and link.relation is Relation.CONFIRMS


def test_an_initial_ends_no_sentence_of_a_claim() -> None:
    # PolNeAR train: Durbin's hope is not what Clinton could decide
    hoped = claim(
        "he hoped that Attorney General Loretta E. Lynch would announce one shortly",
        "Richard J. Durbin",
    )
    retain = claim(
        "Clinton could decide to retain Loretta Lynch as attorney general", "Democratic sources"
    )
    assert subject(hoped) == "durbin"
    assert different_subjects(hoped, retain)


def test_a_claim_naming_no_proposal_is_not_read_for_one() -> None:
    # make_item reads a claim's paragraph for a proposal only when may_name_proposal says
    # it may name one: on PolNeAR train articles that condemn or propose, no proposal is lost
    from pathlib import Path

    from claimtrack.extract import extract
    from claimtrack.link.answers import may_name_proposal
    from claimtrack.link.linker import PROPOSAL_REACH, TOPIC_REACH
    from claimtrack.link.sentences import sentence_span
    from claimtrack.models import Article

    train = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"
    files = [f for f in sorted(train.glob("*.txt")) if "condemn" in f.read_text(encoding="utf-8")]
    found = 0
    for f in files[:25]:
        text = f.read_text(encoding="utf-8")
        for c in extract(Article.from_text(text)):
            start, end = c.span
            if c.cue_span is not None:
                start, end = min(start, c.cue_span[0]), max(end, c.cue_span[1])
            lo, hi = sentence_span(text, start, end)
            after, back = text[c.span[1] : hi], text[max(0, lo - PROPOSAL_REACH) : start]
            earlier = text[max(0, lo - TOPIC_REACH) : start]
            proposal = proposal_of(c.text, c.cue, after, back, earlier)
            assert proposal is None or may_name_proposal(c.text, c.cue), c.text
            found += proposal is not None
    assert found >= 1 or not files
    assert may_name_proposal(BAN, "widely condemned")
    assert not may_name_proposal("the wall would be built", "said")


def test_a_noun_phrase_predicating_nothing_is_linked_only_when_sure() -> None:
    # PolNeAR train: "Cruz never mentioned Trump by name" and Clinton's "Trump by name" name
    # one man and say nothing of him; nor do two questions about "Trump's temperament" (the
    # second said here by no one named)
    mention = make_item(claim("Trump by name", "Ted Cruz", cue="mentioned"))
    other = make_item(reported_claim("politico", (0, 13), "Trump by name", None, cue="mention"))
    assert not predicates("Trump by name", "mentioned")
    assert not predicates("Trump’s temperament", "question")
    assert make_link(mention, other, 0.68) is None
    assert make_link(mention, other, FRAGMENT) is not None
    # (two named people's few words are each one's own, however sure: topic.stock_phrase)
    clinton = make_item(claim("Trump by name", "Hillary Clinton", cue="mention"))
    assert make_link(mention, clinton, FRAGMENT) is None
    # a cue that names makes its content a small clause: "he called her actions ''extremely
    # careless.''" predicates what the FBI's "Clinton had been 'extremely careless'" does
    called = make_item(claim("her actions ''extremely careless.''", "James B. Comey", cue="called"))
    careless = make_item(
        claim(
            "Clinton had been “extremely careless” in her handling of classified material via"
            " a private email server",
            "FBI",
        )
    )
    assert make_link(careless, called, 0.65) is not None
    # verbs the finite pattern leaves out: an infinitive, a present tense, a Title Case headline
    assert predicates("to stay in the campaign until the Democratic National Convention")
    assert predicates("Clinton beats Trump by 46 percent to 42 percent")
    assert predicates("Benghazi Investigation Helped Reveal Clinton Email Scandal")
    assert not predicates("Hillary Clinton and the Vermont senator in a dead heat", "shows")
    # PolNeAR train: CNN's and the Roosevelt Institute's "Clinton’s remarks" and "America's
    # traditions of diversity and tolerance" are noun phrases: an owner and a plural, "to" +
    # a determiner, an -ing noun after a determiner are no verb; an irregular past is one
    assert not predicates("Clinton’s remarks")
    assert not predicates("America's traditions of diversity and tolerance")
    assert not predicates("a trip to the border")
    assert not predicates("the meeting in the morning")
    assert predicates("prices rose sharply after the tariffs")
    # (Washington Post, April 2016; Breitbart, July 2016) an -ing noun is no verb: Clinton's
    # leftover quotation "that highest, hardest glass ceiling" predicates nothing, and is
    # not linked to "Democrats had “put the biggest crack” yet in the glass ceiling" (0.67)
    assert not predicates("that highest, hardest glass ceiling")
    assert not predicates("the worst thing")
    ceiling = make_item(claim("that highest, hardest glass ceiling", "Hillary Clinton", cue=""))
    crack = make_item(
        claim(
            "Democrats had “put the biggest crack” yet in the glass ceiling for women",
            "Hillary Clinton",
        )
    )
    assert make_link(crack, ceiling, 0.67) is None
    # a relative pronoun before a present tense is a subject ("a plan that helps workers")
    assert predicates("a plan that helps workers")


def test_a_question_put_by_an_asking_cue_repeats_no_claim() -> None:
    # PolNeAR train: "Hannity asked Trump if he would deport all illegal immigrants or just
    # 'the bad ones.'" asks; "he says he will assemble a 'deportation force' to round up
    # illegal immigrants" says
    asked = claim(
        "if he would deport all illegal immigrants or just “the bad ones.”",
        "Sean Hannity",
        cue="asked",
    )
    says = claim(
        "he will assemble a “deportation force” to round up illegal immigrants",
        "Donald Trump",
        cue="says",
    )
    assert asks(asked.text, asked.cue)
    assert make_link(make_item(says), make_item(asked), 0.65) is None
    assert make_link(make_item(asked), make_item(says), 0.65) is None
    # an asking cue that takes no question: a request, a condition of anonymity
    assert not asks("Russia to find, which would require hacking into Clinton's server", "asked")
    assert not asks("for anonymity to speak freely", "asking")
    # two questions of one proposition are compared ("asked if" and a question mark)
    assert not asks_only(
        "if her email practices were illegal", "Were her email practices illegal?", "asked", None
    )
    # "when" and "where" open questions too: "asked when the wall would be built"
    assert asks("when the wall would be built", "asked")
    assert not asks("the wall would be built", "said")
    # PolNeAR train: "Judicial Watch has questioned whether the email server thwarted public
    # laws" questions; a cue of several words asks when one of them does
    assert asks("whether the email server thwarted public laws", "questioned")
    assert asks("whether the email server thwarted public laws", "has questioned")


def test_a_word_capitalised_only_by_opening_a_claim_is_no_name() -> None:
    # "Wages" opens one claim and "wages" is in the other: one predicate word, not a name
    falling = make_item(claim("Wages are falling everywhere", "Bernie Sanders"))
    also = make_item(claim("wages are falling", "Elizabeth Warren"))
    assert not one_predicate_word(falling, also)
    # a name opening a claim stays a name
    trump = make_item(claim("Trump would build a wall on the border", "Chris Christie"))
    assert "trump" in linker._names(trump.claim.text)


def test_two_peoples_claims_sharing_one_word_are_linked_only_when_sure() -> None:
    # PolNeAR train (Breitbart, June and July 2016): Clinton's "he would appoint Supreme Court
    # judges who would overturn Roe v" and Ginsburg's "Democrat Hillary Clinton will win and
    # have a few appointments to make" share the court and one word, not a proposition
    appoint = make_item(
        claim("he would appoint Supreme Court judges who would overturn Roe v", "Hillary Clinton")
    )
    appointments = make_item(
        claim(
            "Democrat Hillary Clinton will win and have a few appointments to make to the"
            " Supreme Court",
            "Ruth Bader Ginsburg",
        )
    )
    assert one_predicate_word(appointments, appoint)
    assert make_link(appointments, appoint, 0.6) is None
    assert make_link(appointments, appoint, FRAGMENT) is not None
    # one speaker in his own other words ("fabricated" / "made up"): a paraphrase, linked
    fabricated = make_item(claim("he believed Fields had fabricated the story", "Donald Trump"))
    made_up = make_item(claim("he thought Fields had “made up the story.”", "Donald Trump"))
    assert one_predicate_word(made_up, fabricated)
    assert make_link(made_up, fabricated, 0.6) is not None
    # one word that is all one of them predicates is its predicate (Ghazala Khan, Sadiq Khan)
    ignorant = make_item(claim("Mr. Trump was ''ignorant'' of Islam", "Ghazala Khan"))
    view = make_item(
        claim(
            "Donald Trump's ignorant view of Islam could make both our countries less safe -- it"
            " risks alienating mainstream Muslims around the world",
            "Sadiq Khan",
        )
    )
    assert not one_predicate_word(view, ignorant)


EXPECTED = "He is scheduled to make a short speech there but is not expected to meet Pope Francis"
CREDIT = "credit for hacking the Democratic National Committee this year"


def test_a_claim_of_no_one_named_sharing_one_word_is_linked_only_when_sure() -> None:
    # PolNeAR train (Washington Post and USA Today, April 2016): Sanders's meeting with the
    # Pope and a narrator's "not expected to meet" him share a name and one word
    meeting = make_item(
        claim("his private meeting with Pope Francis is not an endorsement", "Bernie Sanders")
    )
    expected = make_item(reported_claim("usa-today", (0, 85), EXPECTED, None))
    assert one_predicate_word(meeting, expected)
    assert make_link(meeting, expected, 0.65) is None
    # the same act in both, whatever its objects, is more than a topic (Washington Post,
    # September 2016; a right link of the links gold)
    credit = make_item(
        reported_claim(
            "wash-post",
            (0, 64),
            "credit for hacking the Democratic National Committee this year",
            None,
        )
    )
    hacked = make_item(
        claim(
            "Russian intelligence services hacked into Democratic National Committee computers",
            "Hillary Clinton",
        )
    )
    assert not one_predicate_word(credit, hacked)
    assert make_link(credit, hacked, 0.57) is not None


def _cued(text: str, content: str, speaker: str, cue: str) -> Claim:
    """Return the claim of `content` in an article of this text, with its cue's span."""
    found = _of_paragraph(text, content, speaker, cue)
    start = text.index(cue)
    return found.model_copy(update={"cue_span": (start, start + len(cue))})


def test_a_claim_under_a_negated_cue_is_not_linked() -> None:
    # PolNeAR train (Breitbart, AP's live blog; West Journal): what Clinton did not mention
    # is no claim of hers, and repeats nothing she claimed
    mention = "Republican front-runner Donald Trump by name"
    not_said = f"Clinton, a Democrat, did not mention {mention}.\n"
    recruiter = (
        "statements made by Republican front-runner Donald Trump calling for a temporary ban on"
        " Muslim immigration makes him “ISIS’ best recruiter.”"
    )
    said = f"During the debate, Clinton claimed that {recruiter}\n"
    named = _cued(not_said, mention, "Hillary Clinton", "mention")
    claimed = _cued(said, recruiter, "Hillary Clinton", "claimed")
    texts = {named.article: not_said, claimed.article: said}
    assert link_claims([claimed, named], texts) == []
    asserts, declines = Stance.ASSERTS, Stance.DECLINES
    assert cue_stance("Clinton, a Democrat, did not ", "mention", asserts) is None
    assert cue_stance("Trump isn’t ", "saying", asserts) is None
    assert cue_stance("Monday, he did not directly ", "criticize", asserts) is None
    # a withheld accusation declines (the links gold: the DNC hack)
    assert cue_stance("The United States has not publicly ", "accused", asserts) is declines
    # the doer of a gerund after a preposition is another: Trump calls it "radical Islamic
    # terrorism"
    calling = "called again for President Obama to resign for not "
    assert cue_stance(calling, "calling", asserts) is asserts
    # a negated view holds the contrary view: the claim's words are not the speaker's (USA
    # Today, March 2016: Laura Bush does not think "all Muslims should be banned", which
    # repeated "calling for a ban on Muslims entering the United States" at 0.82)
    assert cue_stance("it's clear that you don't ", "think", asserts) is None
    assert cue_stance("Trump not only ", "said", asserts) is asserts


# PolNeAR train (Washington Post, March 2016; Politico, December 2015): Clinton's emails
PARTICIPANTS = (
    "As the FBI looks to wrap up its investigation in the coming months, agents are likely to"
    "  want to interview Clinton and her senior aides about the decision to use a private"
    " server, how it was set up, and whether any of the participants knew they were sending"
    " classified information in emails, current and former officials said.\n"
)
STRESSED = (
    "She has since stressed that she did not send any classified information and that no"
    " messages she sent or received were marked classified at the time.\n"
)


CURIEL = (
    "Trump, who previously questioned whether Curiel's Hispanic heritage made him biased due to"
    " Trump's support for building a wall on the Mexican border, said Friday that Curiel"
    ' "happens to be, we believe, Mexican."\n'
)
HERITAGE = "Curiel's Hispanic heritage made him biased"


def test_an_open_question_asserts_nothing() -> None:
    # the officials say what agents will ask, not that anyone knew: no denial of Clinton's
    sending = "they were sending classified information in emails, current and former officials"
    asked = _cued(PARTICIPANTS, sending, "current and former officials", "said")
    did_not = _cued(STRESSED, "she did not send any classified information", "Clinton", "stressed")
    texts = {asked.article: PARTICIPANTS, did_not.article: STRESSED}
    assert link_claims([did_not, asked], texts) == []
    assert in_question("and whether any of the participants knew ")
    # a verb joined after the question is the speaker's own (Washington Post, July 2016)
    assert not in_question(
        "Sullivan put off deciding whether Judicial Watch could question Clinton but "
    )
    assert not in_question(
        "Sanders's supporters still question whether she truly opposes the deal and "
    )
    # "questioned whether ..." is the speaker's own: the question is read before the cue, not
    # before the content (Washington Post, May 2016)
    assert make_item(_cued(CURIEL, HERITAGE, "Donald Trump", "questioned"), CURIEL).said
    assert not make_item(_of_paragraph(CURIEL, HERITAGE, "Donald Trump", "said"), CURIEL).said
    assert not in_question("A lot will have to do with Israel and whether or not ")
    # not knowing whether is an open question too (Washington Post, April 2016)
    assert only_in_condition(
        "he did not know whether Pence would endorse him, even as speculation was brewing publicly",
        "Pence's endorsement - delivered during an afternoon radio interview where Cruz was not"
        " present - was carefully worded",
    )
    # all that one claim shares with the other is inside its question
    assert only_in_condition(
        "it has not analyzed whether the material should have been marked classified when it"
        " was sent, only whether it requires classification before being released now",
        "none of the material was marked classified at the time it was sent",
    )


def test_a_refusal_to_act_answers_no_claim() -> None:
    # PolNeAR train (HuffPost; USA Today, June 2016): what Grassley refused to do is a fact
    # Tester states too, in other words; it declines to confirm or deny nothing (as two
    # answers, the two were not linked at all)
    hold = (
        "to hold hearings for President Barack Obama‘s court pick, Merrick Garland, because"
        " Republicans are hoping Trump will win in November and put forward a more conservative"
        " nominee"
    )
    refused = reported_claim(
        "grassley", (0, len(hold)), hold, "Chuck Grassley", Stance.DECLINES, "refused"
    )
    denied = claim(
        "Merrick Garland, President Obama's nominee for the Supreme Court, a confirmation hearing"
        " before his panel",
        "Jon Tester",
        Stance.DENIES,
        "denied",
    )
    assert refusal_stance(refused.stance, refused.text) is Stance.ASSERTS
    assert [x.relation for x in link_claims([refused, denied])] == [Relation.REPEATS]
    # a refusal to say something declines
    for text in ("to comment", "to disclose detailed medical records", "to publicly detail it"):
        assert refusal_stance(Stance.DECLINES, text) is Stance.DECLINES


def test_an_answer_naming_its_object_by_a_pronoun_answers_in_its_article_only() -> None:
    # PolNeAR train (Washington Post, December 2015 and March 2016): what Israel disputes is
    # that east Jerusalem is occupied territory, said before it, not Trump's pledge
    embassies = (
        "The United States and other nations have their embassies in Tel Aviv and not"
        " Jerusalem, whose eastern flanks are considered occupied territory under international"
        " law, although Israel disputes this.\n"
    )
    aid = article_id(embassies)
    start = embassies.index("this.")
    disputes = reported_claim(aid, (start, start + 4), "this", None, Stance.DENIES, "disputes")
    pledged = claim(
        'to relocate the U.S. Embassy in Israel to the "eternal capital of the Jewish people,'
        ' Jerusalem."',
        "Donald Trump",
        cue="pledged",
    )
    assert link_claims([pledged, disputes], {aid: embassies}) == []
    assert answers_locally("this") and answers_locally("the allegation")
    assert not answers_locally("the fraud claims")  # says what it answers


def test_a_negation_of_what_is_to_come_is_no_sharp_contradiction_of_what_is() -> None:
    # PolNeAR train (Breitbart; Washington Post, April 2016): a prediction and an attack for
    # what has not happened yet do not contradict (the reader judged this denial WRONG)
    release = (
        "Clinton would inevitably release a transcript of a speech she had given to Goldman Sachs"
    )
    attack = (
        "Clinton as being too cozy with Wall Street, too dependent on big money and for not"
        " releasing transcripts of her paid speeches to Goldman Sachs"
    )
    assert not sharp_contradiction(release, attack)
    links = link_claims(
        [claim(release, "Kristen Gillibrand", cue="believed"), claim(attack, "Bernie Sanders")]
    )
    assert all(x.relation is not Relation.DENIES for x in links)


def test_a_claim_its_speaker_has_yet_to_make_is_not_linked() -> None:
    # PolNeAR train (West Journal, August 3; HuffPost, August 5, 2016): what Trump had yet to
    # do is no claim of his, and does not repeat his endorsement two days later
    bid = "endorse House Speaker Paul Ryan’s re-election bid"
    not_yet = (
        "While Republican presidential nominee Donald Trump has yet to endorse House Speaker"
        " Paul Ryan’s re-election bid, Trump’s running mate — Indiana Gov. Mike Pence — has"
        " thrown his support behind Ryan.\n"
    )
    done = (
        "Republican presidential nominee Donald Trump on Friday endorsed the re-election of"
        " House Speaker Paul Ryan.\n"
    )
    yet = _cued(not_yet, bid, "Donald Trump", "endorse")
    endorsed = _cued(done, "the re-election of House Speaker Paul Ryan", "Donald Trump", "endorsed")
    assert link_claims([endorsed, yet], {yet.article: not_yet, endorsed.article: done}) == []
    assert cue_stance("Donald Trump has yet to ", "endorse", Stance.ASSERTS) is None


def test_a_refusal_of_ones_own_act_answers_only_claims_naming_one() -> None:
    # PolNeAR train (Breitbart, March 2016; Washington Post, January 2016): Cruz refusing to
    # disavow Graham's endorsement answers Breitbart asking whether Cruz disavowed it, not
    # Trump's jibe that "zero" voters would follow Graham
    disavow = "to disavow the endorsement of Sen. Lindsey Graham"
    zero = '"zero" voters would follow Sen. Lindsey O. Graham (R-S.C.) and endorse Bush'
    asked = "whether Sen. Cruz disavowed Lindsey Graham’s endorsement"
    assert refuses_own(disavow, "cruz", zero)
    assert not refuses_own(disavow, "cruz", asked)
    assert not refuses_own(disavow, None, zero)  # a refuser not named: any claim
    refusal = claim(disavow, "Ted Cruz", Stance.DECLINES, "refuses")
    jibe = claim(zero, "Donald Trump")
    assert link_claims([jibe, refusal]) == []


def test_a_speaker_acknowledging_what_contradicts_their_own_claim_answers_nothing() -> None:
    # PolNeAR train (politico 2015-12-15): two statements of one campaign, not a denial
    acknowledged = claim(
        "the candidate has delivered paid speeches since announcing his bid",
        "Mike Huckabee's campaign",
        Stance.CONFIRMS,
        "acknowledged",
    )
    own = claim(
        "he hasn’t accepted any new gigs since announcing his candidacy", "Mike Huckabee's campaign"
    )
    assert make_link(make_item(acknowledged), make_item(own), 0.69) is None
    # another speaker's acknowledgement of it still answers it
    other = claim(acknowledged.text, "Fred Barnes", Stance.CONFIRMS, "acknowledged")
    link = make_link(make_item(other), make_item(own), 0.69)
    assert link is not None and link.relation is Relation.DENIES


def test_an_answer_naming_what_a_claim_is_about_answers_only_claims_about_it() -> None:
    # PolNeAR train (wash-post 2015-11-13, usa-today 2016-01-29, politico 2015-12-23)
    answer = 'Rubio\'s claim that Cruz is in favor of legalizing illegal immigrants is "simply not true."'
    about = (
        "they supported some degree of legalization for illegal immigrants earlier in their careers"
    )
    assert not names_another(answer, features(about).stems)
    # the words naming who answers ("family members of 9/11 victims, many of whom say the
    # president's claims about ... are unfounded", PolNeAR dev) are no words of what is denied
    elsewhere = "she and the other family members of victims are tired of waiting for justice"
    assert names_another(answer, features(elsewhere).stems)
    notion = claim("the notion that a campaign shakeup is coming", "Barry Bennett", Stance.DENIES)
    shakeup = claim("a shakeup is necessary and perhaps imminent", "former Carson advisers")
    waiting = claim(elsewhere, "Terry Strada")
    assert make_link(make_item(notion), make_item(shakeup), 0.6) is not None
    assert make_link(make_item(notion), make_item(waiting), 0.6) is None
    # an answer naming its claim bare leaves what it is about to its sentence
    assert not names_another("the allegations", features(elsewhere).stems)
    # what it is about stops at a quotation, and names (whose story, about whom) are not it
    # (PolNeAR train, breitbart 2016-05-27; "President Bill Clinton's crime bill", dev)
    story = (
        "the story about Clinton’s emails, “Now, you famously said, in one of the first debates"
        " with Hillary Clinton, oh, I’m tired of hearing about the emails. And you know, for a"
        " long time, I was tired of hearing about the emails, and I still don’t think she"
        " committed some horrible crime"
    )
    assert names_another(story, features("Clinton's use of a private server").stems)
    assert not names_another(story, features("the FBI inquiry into her emails").stems)
    assert not names_another("the allegations of Michelle Fields", features(elsewhere).stems)
    # a claim noun judged ("the allegation was false") says nothing of what it is about
    assert not names_another("the allegation was false", features(elsewhere).stems)
    assert not names_another("the reports are untrue", features(elsewhere).stems)
    # nor one saying whose it is or when ("by his former employees", "over the weekend")
    assert not names_another("the accusations by his former employees", features(elsewhere).stems)
    assert not names_another("the reports over the weekend", features(elsewhere).stems)


def test_a_proposal_named_in_a_phrase_of_reason_is_not_put_forward() -> None:
    # PolNeAR train (breitbart 2016-02-08, wash-post 2016-05-29, huff-post 2016-07-18)
    wall = proposal_of("Trump’s idea for border wall ‘stupid’, ‘useless.’", "calls")
    assert wall is not None
    trump = {"donald", "trump"}
    assert puts_forward(wall, "promised to build a wall along the southern border", trump)
    biased = (
        "Curiel's Hispanic heritage made him biased due to Trump's support for building a wall"
        " on the Mexican border"
    )
    assert not puts_forward(wall, biased, trump)
    # after a copula, "due to" and a verb is what is scheduled ("Trump himself is due to
    # address the convention", breitbart 2016-07-19); "is due to the" is a reason again
    due = "Trump is due to announce a wall along the southern border"
    assert puts_forward(wall, due, trump)
    assert not puts_forward(wall, "the delay is due to the wall along the southern border", trump)


def test_a_thing_rejected_is_no_claim_an_answer_answers() -> None:
    # PolNeAR train (wash-post 2015-11-10, wash-post 2016-03-03)
    inquiry = claim(
        "an inquiry about her use of a private e-mail server while she was secretary of state",
        "Bernie Sanders",
        Stance.DENIES,
        "rejecting",
    )
    assert make_item(inquiry).stance is Stance.ASSERTS  # it names no proposition
    confirmed = claim(
        "it was “working on matters related to former Secretary Clinton's use of a private email"
        " server.”",
        "FBI",
        Stance.CONFIRMS,
        "confirmed",
    )
    assert make_link(make_item(confirmed), make_item(inquiry), 0.58) is None
    # a claim asserting it is answered as before
    asserted = claim(inquiry.text, "Anderson Cooper", Stance.ASSERTS, "asked")
    assert make_link(make_item(confirmed), make_item(asserted), 0.58) is not None


def test_a_negation_restricting_a_noun_does_not_negate_the_claim() -> None:
    # PolNeAR train (breitbart 2016-02-08; 2016-02-20): the claim is of those people
    ban = "a temporary ban on Muslims who are not American citizens from entering the United States"
    assert not negated(ban)
    # a negation the relative clause says of its one subject is the claim
    assert negated("Trump is the only major candidate who has not released his tax returns")
    assert negated("It was Clinton who did not delete the emails")
    # the words negated after such a clause are read where they stand
    assert "receiv" in negated_words("Voters who are not registered did not receive ballots")
    citizens = "temporarily banning non-citizen Muslims from entering the United States"
    links = link_claims([claim(ban, "Breitbart"), claim(citizens, "CNN")])
    assert [x.relation for x in links] == [Relation.REPEATS]
    # a clause set off by a comma says something of its own, and the claim's own negation stays
    assert negated("Mr. Trump, who is not taking questions, said so")
    assert negated("people who aren't citizens should not vote")


def test_a_claim_named_with_its_owner_is_no_unattributed_claim_of_another_article() -> None:
    # PolNeAR train: Cruz's spokeswoman denies Rubio's claim (wash-post 2015-11-13); another
    # article's narrator says what videos showed of Cruz and Rubio (usa-today 2016-01-29):
    # no one there makes Rubio's claim, so nothing there is denied
    rubio = claim(
        "Rubio's claim that Cruz is in favor of legalizing illegal immigrants is"
        ' "simply not true."',
        "Catherine Frazier",
        Stance.DENIES,
    )
    videos = (
        "they supported some degree of legalization for illegal immigrants earlier in their careers"
    )
    narrator = reported_claim(article_id(videos), (0, len(videos)), videos, None)
    assert link_claims([rubio, narrator]) == []


def test_a_claim_named_with_its_owner_is_answered_where_a_speaker_is_not_resolved() -> None:
    # PolNeAR train: Wasserman Schultz dismisses "Bernie Sanders' accusations ..." (politico
    # 2016-04-20); the Sanders campaign accuses Clinton and the DNC (usa-today 2016-04-28).
    # A speaker seen but not resolved ("the campaign") may be the owner, a narrator is not
    dws = claim(
        "Bernie Sanders’ accusations that the Clinton campaign is violating federal election law"
        " through its joint fundraising agreement with the DNC",
        "Debbie Wasserman Schultz",
        Stance.DENIES,
        "dismissed",
    )
    accused = "Clinton and the Democratic National Committee of violating fundraising laws"
    unresolved = reported_claim(article_id(accused), (0, len(accused)), accused, None)
    unresolved = unresolved.model_copy(update={"speaker_mention": "the campaign"})
    assert [link.relation for link in link_claims([dws, unresolved])] == [Relation.DENIES]
    narrator = unresolved.model_copy(update={"speaker_mention": None})
    assert link_claims([dws, narrator]) == []


# PolNeAR train (Breitbart): a proposal condemned bare, its own article naming it in the words
# it is read from
PROPOSED_BAN = (
    "The New York Times reported the email came hours after Donald Trump proposed a ban on"
    " Muslims trying to enter the U.S. The proposal has drawn harsh criticism from fellow GOP"
    " presidential hopefuls.\n\nDemocratic candidates went further, with former Maryland Gov."
    " Martin O’Malley calling Trump a fascist. Clinton slammed the proposal as “reprehensible,"
    " prejudiced and divisive.”\n"
)


def test_a_condemned_proposal_denies_its_owner_elsewhere_whatever_its_own_article_says() -> None:
    # PolNeAR train (USA Today): Trump puts the ban forward in other words in another article;
    # the claim of her own article holding all the proposal's words (1.0) leaves it answered
    slammed = _of_paragraph(
        PROPOSED_BAN,
        "the proposal as “reprehensible, prejudiced and divisive",
        "Hillary Clinton",
        "slammed",
    )
    proposed = _of_paragraph(
        PROPOSED_BAN, "a ban on Muslims trying to enter the U.S", "Donald Trump", "proposed"
    )
    admitting = claim(
        "a temporary ban on admitting Muslims to the USA because of concerns that terrorists"
        " might slip into the country",
        "Donald Trump",
        cue="called for",
    )
    # other claims on the ban weigh its words as a store does (admitting: 0.53, its best 1.0)
    others = [claim(other, "a reporter") for other in ON_THE_BAN[:6]]
    links = link_claims([slammed, proposed, admitting, *others], {slammed.article: PROPOSED_BAN})
    found = {(x.from_, x.to, x.relation) for x in links}
    assert (slammed.id, proposed.id, Relation.DENIES) in found
    assert (slammed.id, admitting.id, Relation.DENIES) in found


def test_two_people_of_one_last_name_are_two_speakers_when_they_contradict() -> None:
    # PolNeAR train (HuffPost, NYT): Khizr Khan's "sacrificed nothing" denies what his wife
    # criticised Trump for saying; one speaker's own contrary is not linked, and a last name
    # shared does not make two full names one speaker
    nothing = claim(
        "he has “sacrificed nothing” for the country he is campaigning to lead",
        "Khizr Khan",
        cue="noting",
    )
    said = "him for saying he had sacrificed for his country"
    links = link_claims([nothing, claim(said, "Ghazala Khan", cue="criticized")])
    assert [x.relation for x in links] == [Relation.DENIES]
    assert link_claims([nothing, claim(said, "Khizr Khan", cue="criticized")]) == []
    # PolNeAR train (Politico): two candidates' campaigns say two candidates' things,
    # no one position restated ("his campaign said he halted all paid speeches")
    halted = claim(
        "he halted all paid speeches since announcing his candidacy", "Donald Trump's campaign"
    )
    gigs = "he hasn’t accepted any new gigs since announcing his candidacy"
    assert link_claims([halted, claim(gigs, "Mike Huckabee's campaign")]) == []
    restated = link_claims([halted, claim(gigs, "Donald Trump's campaign")])
    assert [x.relation for x in restated] == [Relation.REPEATS]
