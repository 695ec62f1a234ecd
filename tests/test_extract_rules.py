"""Each rule of the extractor on real sentences from the seeds and the PolNeAR train split.

Every test quotes its sentence, and says what must be found and what must not.
"""

# Typographic quotes and apostrophes are part of the real sentences.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from claimtrack.extract import extract
from claimtrack.models import Article, Claim, Kind, Stance


def claims_of(text: str) -> list[Claim]:
    """Return the claims of a text, checking that every span gives back its text."""
    article = Article.from_text(text)
    found = extract(article)
    for claim in found:
        assert claim.text == text[claim.span[0] : claim.span[1]]
    return found


def one(claims: list[Claim], words: str) -> Claim:
    """Return the only claim whose text holds these words."""
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


# --- direct quotes ---------------------------------------------------------------


def test_quote_with_cue_after_and_quote_with_cue_before() -> None:
    # seeds/001
    text = (
        "“I don’t comment on that,” Trump said, referring to whether he had communicated "
        "with Putin post-presidency. He added, “If I did, it’s a smart thing.”"
    )
    claims = claims_of(text)
    first = one(claims, "comment on that")
    assert first.text == "I don’t comment on that"
    assert (first.speaker, first.cue, first.kind) == ("Trump", "said", Kind.DIRECT)
    second = one(claims, "smart thing")
    assert second.text == "If I did, it’s a smart thing"
    assert (second.speaker_mention, second.speaker) == ("He", "Trump")
    # the participle after the attribution is not part of the quote's claim
    assert "referring" not in first.text


def test_quote_with_inverted_cue_and_described_speaker() -> None:
    # PolNeAR train, wash-post
    text = '"It\'s hard to dispute the rising negatives," said Democratic pollster Stan Greenberg.'
    (claim,) = claims_of(text)
    assert claim.text == "It's hard to dispute the rising negatives"
    assert claim.speaker_mention == "Democratic pollster Stan Greenberg"
    assert claim.kind is Kind.DIRECT


def test_split_quote_is_one_claim() -> None:
    # PolNeAR train
    text = (
        "“We have to start treating people the same,” he said, “and finding out what people "
        "really think and what they’re made of.”"
    )
    (claim,) = claims_of(text)
    assert claim.speaker_mention == "he"
    assert claim.text.startswith("We have to start") and claim.text.endswith("made of")


def test_split_quote_around_a_long_attribution_keeps_the_longer_part() -> None:
    # PolNeAR train: most of the span would be the attribution, not Leamer's words
    text = (
        '"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson '
        'Forecast, "is that we\'re going to be attracting workers and repelling jobs."'
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Edward Leamer"
    assert claim.text == "is that we're going to be attracting workers and repelling jobs"


def test_quote_and_its_attribution_continue_in_the_next_sentence() -> None:
    # PolNeAR train: the second quotation belongs to the same claim
    text = (
        '"Elections matter," Kelly said. "Look at the records. There is only one candidate that '
        'has the record and the experience to stand up to a very powerful special interest."'
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Kelly"
    assert claim.text.startswith("Elections matter")
    assert claim.text.endswith("special interest")


def test_quote_running_over_several_paragraphs() -> None:
    # PolNeAR train, breitbart: each paragraph opens with a quotation mark, only the last closes
    text = (
        "He then listed the qualities necessary in a successful Republican presidential nominee "
        "in 2016, Blackwell continued:\n\n"
        '"In the piece I wrote last November, which you can see here, I discussed several '
        "factors important to consider in making a choice. Here they are:\n\n"
        '"Has the candidate a record of personal activism and leadership for conservative '
        "principles?\n\n"
        '"Can the liberal media destroy any truly conservative presidential candidate?"'
    )
    claims = [c for c in claims_of(text) if c.kind is Kind.DIRECT]
    assert len(claims) == 3
    assert {c.speaker for c in claims} == {"Blackwell"}


def test_nyt_doubled_apostrophes_are_quotation_marks() -> None:
    # PolNeAR train, nyt
    text = (
        "Mr. Hannity told me his support for Mr. Trump makes him ''more honest'' than "
        "mainstream reporters who hide their biases."
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Hannity"
    assert claim.text.startswith("his support for Mr. Trump")


def test_cue_inside_quotation_marks_belongs_to_the_quote() -> None:
    # PolNeAR train: "thought" is part of Grassley's words, not an attribution
    text = '"I don’t think it’s getting the attention people thought it would,” Grassley said.'
    (claim,) = claims_of(text)
    assert claim.speaker == "Grassley"
    assert claim.text == "I don’t think it’s getting the attention people thought it would"


def test_quote_only_sentence_takes_the_previous_speaker() -> None:
    # seeds/001
    text = (
        "Trump reasoned that maintaining open channels of communication with a global leader "
        "like Putin, who oversees one of the world’s largest nuclear arsenals, is a wise move. "
        "“If I can have a relationship with people, that’s a good thing, not a bad thing, in "
        "terms of a country…he’s got 2,000 nuclear weapons and so do we.”"
    )
    claim = one(claims_of(text), "relationship with people")
    assert claim.speaker == "Trump"
    assert claim.cue is None and claim.kind is Kind.DIRECT


def test_titles_in_quotation_marks_are_not_claims() -> None:
    # PolNeAR train, nyt
    text = (
        "It was CNBC's ''Secret Lives of the Super Rich,'' not ''Super Lives of the Super Rich.''"
    )
    assert claims_of(text) == []


def test_object_then_quote() -> None:
    # PolNeAR train
    text = 'Htay Oo, its acting chairman, told the Reuters news agency simply, "We lost."'
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.text, claim.kind) == ("Htay Oo", "We lost", Kind.DIRECT)


def test_quoted_label_and_coordinated_verb() -> None:
    # PolNeAR train, wash-post
    text = (
        'For that she drew Trump\'s ire - he called her "weak" and said she had "zero support" '
        "in New Hampshire."
    )
    claims = claims_of(text)
    assert one(claims, "weak").text == 'her "weak"'
    assert one(claims, "zero support").cue == "said"
    assert not any(c.text.startswith("For that") for c in claims)


def test_quotation_signed_with_a_dash() -> None:
    # PolNeAR train, wash-post fact check: a quotation paragraph signed by the next one
    text = (
        '"[Americans are] worried about the future of their kids, and yet almost all new '
        'income and wealth is going to the top 1 percent."\n\n- Bernie Sanders.\n\n'
        "The senator is relying on an outdated statistic.\n"
    )
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.cue, claim.kind) == ("Bernie Sanders", "-", Kind.DIRECT)
    assert claim.text.startswith("[Americans are] worried") and claim.text.endswith("1 percent")
    # a signature may carry a description after a comma
    text = (
        "\"The whole idea of a 'Crooked Hillary' is something that we hear about all the time, "
        'and it needs to stop."\n\n-Michelle Marks, Philadelphia.\n'
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Michelle Marks"
    # PolNeAR train, nyt: a dash inside a sentence glosses a word and signs nothing
    text = (
        "Indeed, the name ''Brujas'' -- Spanish for ''witches'' -- comes from the title of a "
        "1986 video."
    )
    assert claims_of(text) == []


# --- reported speech ----------------------------------------------------------------


def test_reported_speech_with_auxiliary_and_adverb() -> None:
    # seeds/001
    text = (
        "Trump has long argued that the Ukraine conflict would never have begun had he won the "
        "2020 election."
    )
    (claim,) = claims_of(text)
    assert claim.text == "the Ukraine conflict would never have begun had he won the 2020 election"
    assert (claim.cue, claim.kind, claim.stance) == ("argued", Kind.REPORTED, Stance.ASSERTS)


def test_reported_speech_with_partial_quote_stays_reported() -> None:
    # seeds/001
    text = (
        "Trump has frequently criticized Biden’s foreign policy approach, claiming that his "
        "“stupid words” antagonized Putin and contributed to the Russian offensive in February 2022."
    )
    claim = one(claims_of(text), "stupid words")
    assert claim.cue == "claiming" and claim.speaker == "Trump"
    assert claim.kind is Kind.REPORTED
    assert claim.text.startswith("his “stupid words”")


def test_participle_with_quote_takes_the_subject() -> None:
    # seeds/001
    text = (
        "However, Peskov firmly denied the allegations about secret post-presidential phone calls "
        "between Trump and Putin, stating, “about the phone calls-it’s not true.”"
    )
    claims = claims_of(text)
    denied = one(claims, "allegations")
    assert (denied.cue, denied.stance) == ("denied", Stance.DENIES)
    assert "stating" not in denied.text
    quote = one(claims, "phone calls-it")
    assert (quote.speaker, quote.kind, quote.stance) == ("Peskov", Kind.DIRECT, Stance.DENIES)


def test_nominal_cue() -> None:
    # seeds/000
    text = (
        "Trump also shared his view that Putin’s military buildup near Ukraine in late 2021 and "
        "early 2022 was a negotiating tactic rather than a prelude to invasion."
    )
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.cue) == ("Trump", "view that")
    assert claim.text.startswith("Putin’s military buildup")
    text = "In his interview with Musk, Trump reiterated his belief that Putin “respected him”."
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.text, claim.kind) == (
        "Trump",
        "Putin “respected him”",
        Kind.REPORTED,
    )


def test_according_to_before_and_after() -> None:
    # seeds/001 and PolNeAR train, nyt
    before = claims_of(
        "According to Woodward, Trump communicated secretly with Putin on seven occasions after "
        "leaving office."
    )
    assert [(c.speaker, c.text) for c in before] == [
        (
            "Woodward",
            "Trump communicated secretly with Putin on seven occasions after leaving office",
        )
    ]
    (after,) = claims_of(
        "This room had two couches and 11 single seats, according to F.A.A. records."
    )
    assert after.text == "This room had two couches and 11 single seats"
    assert after.speaker_mention == "F.A.A"


def test_two_assertions_of_one_cue_are_two_claims() -> None:
    # seeds/001
    text = (
        "During an interview with Bloomberg’s Editor-in-Chief John Micklethwait on October 15, "
        "Trump addressed allegations made in Woodward’s book titled War. The book claims that Trump "
        "secretly communicated with Putin seven times after his presidency ended and that he had "
        "sent Covid-19 testing equipment to Russia in 2020 while still in office."
    )
    claims = claims_of(text)
    calls = one(claims, "seven times")
    tests = one(claims, "Covid-19")
    assert calls.span[1] < tests.span[0]
    assert calls.text.endswith("after his presidency ended")
    assert tests.text.startswith("he had sent")
    assert calls.speaker == tests.speaker == "Woodward's book War"


def test_parenthetical_cue() -> None:
    # PolNeAR train, nyt
    text = "The golf industry, she said, is ''doing much better than it's looked since 2009.''"
    (claim,) = claims_of(text)
    assert claim.speaker_mention == "she"
    assert "doing much better" in claim.text


def test_question_after_asked() -> None:
    # PolNeAR train, breitbart
    text = (
        "During the Austin town hall, Hannity asked Trump if he would deport all illegal "
        "immigrants or just “the bad ones.”"
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Hannity"
    assert claim.text.startswith("if he would deport")


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        # PolNeAR train (politico, wash-post, nyt): the one who asks, named after "by", and a
        # person asked about, "whom ..."
        (
            "Asked by Starnes if he believed the situation was at the same level as the Benghazi "
            'attacks, Carson said that he did not, but was referring to the "same kind of '
            'attitude."',
            "if he believed the situation was at the same level as the Benghazi attacks",
            "Starnes",
        ),
        (
            "When asked by Ingraham on Thursday about increasing the number of foreign workers "
            "in the United States, Cruz said: \"I don't believe that's a good idea.\"",
            "increasing the number of foreign workers in the United States",
            "Ingraham",
        ),
        # (in the passive: the one asked is no asker, test_extract_table.QUESTIONS)
        (
            "Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.",
            "whether his aim was similar to Kennedy's",
            "host John Dickerson",
        ),
        (
            "When asked whom she supported, Ms. Sherry smiled and said, ''I'm waiting for "
            "Michael Bloomberg to get in the race.''",
            "whom she supported",
            None,
        ),
    ],
)
def test_what_is_asked_and_who_asks(text: str, question: str, asker: str | None) -> None:
    asked = [c for c in claims_of(text) if c.cue is not None and c.cue.lower() == "asked"]
    assert [(c.text, c.speaker_mention) for c in asked] == [(question, asker)]


def test_no_act_of_the_one_asked_before_its_answer() -> None:
    # PolNeAR train, nyt: "whom she supported" is asked; "supported" is no cue of the answer
    claims = claims_of(
        "When asked whom she supported, Ms. Sherry smiled and said, ''I'm waiting for "
        "Michael Bloomberg to get in the race.''"
    )
    assert [(c.cue, c.speaker_mention) for c in claims] == [
        ("asked", None),
        ("said", "Ms. Sherry"),
    ]


def test_share_of_those_polled_as_speaker() -> None:
    # PolNeAR train, usa-today
    text = "Six in 10 say he’s at least somewhat decisive, after half said so in the earlier poll."
    claim = one(claims_of(text), "decisive")
    # the claim is found and its mention kept; a share names no speaker across a corpus
    assert (claim.speaker_mention, claim.speaker) == ("Six in 10", None)


def test_colon_speaker_in_a_headline() -> None:
    # PolNeAR train, usa-today headline
    (claim,) = claims_of("Sanders: Endorsements prove Clinton 'candidate of the establishment.'")
    assert (claim.speaker, claim.cue) == ("Sanders", ":")
    assert claim.text.startswith("Endorsements prove")
    assert claims_of("Partial transcript as follows:") == []


@pytest.mark.parametrize(
    ("headline", "speaker", "text"),
    [
        # PolNeAR train headlines (breitbart, huff-post): whom or what the speaker addresses
        (
            "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.",
            "Clinton",
            "Trump will reverse Roe v. Wade",
        ),
        (
            "CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’",
            "CNN President",
            "‘We Do Not Pay Candidates To Appear At Debates.’",
        ),
        (
            "Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.",
            "Former AG Mukasey",
            "Clinton email scandal disqualifies her for presidency",
        ),
        # (wash-post, politico): a work or a group after a name
        (
            "IG report: State was inaccurate on Clinton.",
            "IG report",
            "State was inaccurate on Clinton",
        ),
        ("WSJ editorial: 'Deport Nikki Haley.'", "WSJ editorial", "'Deport Nikki Haley.'"),
    ],
)
def test_colon_speaker_and_topic_in_a_headline(headline: str, speaker: str, text: str) -> None:
    body = "\n\nThe first paragraph of the article follows the headline."
    claim = one(claims_of(headline + body), text[:12])
    assert (claim.speaker_mention, claim.cue, claim.text) == (speaker, ":", text)
    # in an article's body the same form is rather an invitation (PolNeAR train, breitbart)
    assert claims_of("Text.\n\nFollow AWR Hawkins on Twitter: @AWRHawkins. Reach him.") == []


def test_time_phrase_between_speaker_and_cue() -> None:
    # PolNeAR train, nyt
    text = (
        "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called "
        "Donald J. Trump's remarks about a Latino judge ''racist,'' an extraordinary indictment."
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Paul D. Ryan"
    assert "''racist,''" in claim.text


# --- what is not a claim ---------------------------------------------------------------


def test_writer_sentences_and_headlines_without_cue_give_nothing() -> None:
    # seeds/000 and a PolNeAR train headline
    assert (
        claims_of(
            "These remarks highlight a fundamental difference in how Trump and Biden perceive the "
            "dynamics of US-Russia relations."
        )
        == []
    )
    assert claims_of("Ruth Bader Ginsburg regrets her insults of Donald Trump.") == []


def test_nouns_that_look_like_cues_give_nothing() -> None:
    # PolNeAR train: "states" and "report" are nouns here
    assert (
        claims_of(
            "Clinton wins some states where the demographics are more challenging for her campaign."
        )
        == []
    )
    assert claims_of("The New Jersey Watchdog report released by the governor’s office.") == []


def test_nested_cue_stays_inside_the_content() -> None:
    # PolNeAR train, politico: "showed" and "indicated" are Republicans' words, not new claims
    text = (
        "Republicans on Capitol Hill seized on the message, arguing that it showed “intent” and "
        "indicated Clinton may have violated laws that cover how classified material is handled."
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Republicans" and claim.cue == "arguing"


# --- stance ---------------------------------------------------------------------------


def test_refused_to_confirm_or_deny_declines() -> None:
    # seeds/001
    text = (
        "In a recent interview, former US President Donald Trump refused to confirm or deny "
        "ongoing contact with Russian President Vladimir Putin since leaving office in 2021."
    )
    (claim,) = claims_of(text)
    assert claim.stance is Stance.DECLINES
    assert claim.speaker == "Donald Trump"
    assert claim.speaker_mention == "US President Donald Trump"


def test_none_of_these_are_true_denies_and_acknowledging_confirms() -> None:
    # seeds/001
    denial = one(
        claims_of(
            "Trump’s campaign initially dismissed the book’s claims as fabrications, declaring "
            "that “none of these made-up stories by Bob Woodward are true.”"
        ),
        "none of these",
    )
    assert (denial.stance, denial.kind) == (Stance.DENIES, Kind.DIRECT)
    assert denial.speaker == "Trump's campaign"
    confirmation = one(
        claims_of(
            "While Trump’s campaign categorically denied Woodward’s assertions, Kremlin "
            "spokesperson Dmitry Peskov offered partial confirmation, acknowledging that Trump had "
            "indeed sent Covid-19 tests to Russia in 2020."
        ),
        "Covid-19",
    )
    assert confirmation.stance is Stance.CONFIRMS
    assert confirmation.speaker == "Dmitry Peskov"


def test_i_dont_comment_declines() -> None:
    # seeds/001
    (claim,) = claims_of("“I don’t comment on that,” Trump said.")
    assert claim.stance is Stance.DECLINES


def test_windows_line_ends_change_nothing() -> None:
    # seeds/001 with CRLF line ends: the same claims, no "\r" in any span
    text = "“I don’t comment on that,” Trump said.\r\nHe added, “If I did, it’s a smart thing.”\r\n"
    claims = claims_of(text)
    assert [c.text for c in claims] == ["I don’t comment on that", "If I did, it’s a smart thing"]


def test_neither_confirming_nor_denying_declines_with_the_subject() -> None:
    # seeds/001: the speaker is the subject, not "the allegations" after the cue
    text = (
        "However, Trump struck a more uncertain tone in the interview, neither confirming nor "
        "denying the allegations."
    )
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.stance, claim.text) == (
        "Trump",
        Stance.DECLINES,
        "the allegations",
    )


def test_told_a_named_object_then_a_clause() -> None:
    # PolNeAR train, west-journal; the writer's "comes just three days after" is no claim
    text = (
        "The endorsement comes just three days after Trump told The Washington Post he was "
        "“not quite there yet” on supporting Ryan."
    )
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.cue) == ("Trump", "told")
    assert claim.text == "he was “not quite there yet” on supporting Ryan"


def test_name_and_colon_before_a_quote() -> None:
    # PolNeAR train, huff-post poll roundup; the capitalised headline before is no speaker
    text = (
        "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Gallup’s "
        "analysis of political party affiliation at the state level in 2015 finds that 20 states "
        "are solidly Republican or leaning Republican.”"
    )
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.cue, claim.kind) == ("Jeffrey M. Jones", ":", Kind.DIRECT)
    assert claim.text.startswith("Gallup’s analysis")


@pytest.mark.parametrize(
    "text, speaker",
    [
        # usa-today 2016-06-09 (Trump tries new chapter), train
        (
            "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "
            "\"It's time to quit attacking various people that you competed with or various "
            'minority groups in the country and get on message."',
            "Mitch McConnell",
        ),
        # wash-post 2016-07-06 (understated Perez), train
        (
            'Labor Secretary Thomas Perez hammered Trump, calling him a "train wreck" and '
            '"outsourcer in chief," and contrasted the Republican candidate, whom he described as '
            '"volatile," with Clinton: "What I have seen working with Secretary Clinton is she is '
            'a steady hand."',
            "Thomas Perez",
        ),
    ],
)
def test_the_one_spoken_to_before_a_colon_is_no_speaker(text: str, speaker: str) -> None:
    colon = text.index(': "')
    quoted = [c.speaker for c in claims_of(text) if c.span[0] > colon]
    assert quoted == [speaker]


def test_adverb_between_speaker_and_cue() -> None:
    # PolNeAR train
    (claim,) = claims_of("Carter however said he would welcome China’s participation.")
    assert (claim.speaker, claim.text) == ("Carter", "he would welcome China’s participation")


def test_a_target_verb_takes_its_target_only() -> None:
    # PolNeAR train, usa-today: "last week and has appeared ..." is the writer's account
    text = (
        "Christie endorsed Trump last week and has appeared at the billionaire businessman’s side "
        "at campaign appearances over the past few days."
    )
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.cue, claim.text) == ("Christie", "endorsed", "Trump")


def test_called_for_and_referring_to() -> None:
    # PolNeAR train and seeds/001: "referring to" glosses the topic, it asserts nothing
    claims = claims_of(
        "“I don’t comment on that,” Trump said, referring to whether he had communicated with "
        "Putin post-presidency."
    )
    assert [c.text for c in claims] == ["I don’t comment on that"]
    (called,) = claims_of(
        "She has called for increased regulation of the “shadow banking” that occurs at hedge funds."
    )
    assert called.cue == "called for" and called.text.startswith("increased regulation")


def test_participle_after_a_quote_closing_on_its_comma() -> None:
    # PolNeAR train, breitbart: the comma sits inside the closing quotation mark
    text = (
        "Speaking earlier Tuesday in Florida, Trump insisted that he has “expanded the "
        "Republican party,” claiming that he is responsible for higher voter turnout in the "
        "primary states."
    )
    claims = claims_of(text)
    first = one(claims, "expanded")
    assert "responsible" not in first.text
    second = one(claims, "responsible")
    assert second.text == "he is responsible for higher voter turnout in the primary states"
    assert (second.speaker, second.cue) == ("Trump", "claiming")


def test_calling_an_object_a_quoted_label() -> None:
    # PolNeAR train, breitbart
    text = (
        "Romney went after Trump on Wednesday over his refusal thus far to release his taxes, "
        "calling it “disqualifying” and asserting that the only explanation must be “a bombshell "
        "of unusual size.”"
    )
    claims = claims_of(text)
    label = one(claims, "disqualifying")
    assert label.text.startswith("it “disqualifying”")
    assert (label.speaker, label.cue) == ("Romney", "calling")
    # "calling" with no quotation after it labels nothing
    assert claims_of("He spent the day calling donors in Iowa.") == []


def test_attribution_opening_the_next_quote_starts_a_sentence() -> None:
    # PolNeAR train, breitbart: "He added," belongs to the quotation after it
    text = (
        "Brafman said, “The zeal with which this case was brought is uncharacteristic of any "
        "case that we have found.” He added, “In this case things happened in this prosecu- "
        "tion that are not ordinary.”"
    )
    claims = claims_of(text)
    first = one(claims, "zeal")
    assert "In this case" not in first.text
    second = one(claims, "In this case")
    assert second.text == "In this case things happened in this prosecu- tion that are not ordinary"
    assert (second.speaker_mention, second.cue, second.kind) == ("He", "added", Kind.DIRECT)


def test_a_time_or_occasion_between_cue_and_clause() -> None:
    # PolNeAR train, nyt and usa-today
    (claim,) = claims_of(
        "Mr. Clinton said Thursday he would leave the foundation's board if Mrs. Clinton won."
    )
    assert claim.text == "he would leave the foundation's board if Mrs. Clinton won"
    (claim,) = claims_of(
        "United Gun Group said in a statement Thursday night they pulled Zimmerman's listing "
        "from the site because the auction is not in the organization's best interest."
    )
    assert claim.speaker == "United Gun Group"
    assert claim.text.startswith("they pulled Zimmerman's listing")
    # a relative "that" after the occasion opens no content
    assert claims_of("He said in an interview that aired Sunday.") == []


def test_cognition_verbs_take_a_that_clause_only() -> None:
    # PolNeAR train, nyt and wash-post
    (claim,) = claims_of(
        "Political analyst David Bositis agreed that the shift was a matter of geography and "
        "experience."
    )
    assert claim.cue == "agreed" and (claim.speaker or "").endswith("David Bositis")
    assert claim.text == "the shift was a matter of geography and experience"
    (claim,) = claims_of("But he knows that it will be up to another U.S. president.")
    assert claim.text.startswith("it will be up to")
    # no "that", no claim, but for "agree" the act agreed to (PolNeAR train, nyt: a gold
    # attribution); a thing agreed to is none
    (claim,) = claims_of(
        "Mr. Zuckerberg also generously agreed to pick up the Chipotle bill tonight, and he's "
        "even springing for the guacamole."
    )
    assert (claim.cue, claim.text) == ("agreed", "to pick up the Chipotle bill tonight")
    assert (
        claims_of(
            "Presidential campaigning is typically low on the list of priorities when opening the "
            "smartphone app, which allows people to exchange messages after they have mutually "
            "agreed to a match, based often on little more than physical appearance."
        )
        == []
    )


def test_according_to_a_long_source_or_one_ended_by_a_dash() -> None:
    # PolNeAR train, breitbart (AP) and wash-post
    (claim,) = claims_of(
        "According to early results of the exit poll conducted by Edison Research for the "
        "Associated Press and Television Networks, Clinton led in both Virginia and Georgia "
        "among both men and women."
    )
    assert claim.text == "Clinton led in both Virginia and Georgia among both men and women"
    assert (claim.speaker_mention or "").endswith("Television Networks")
    (claim,) = claims_of(
        "Trump is lagging behind Clinton by more than nine percentage points, according to the "
        "RealClearPolitics polling average in New Hampshire - despite winning the "
        "first-in-the-nation primary there in February."
    )
    assert claim.text == "Trump is lagging behind Clinton by more than nine percentage points"
    assert claim.speaker_mention == "the RealClearPolitics polling average in New Hampshire"


def test_according_to_inside_a_clause_takes_the_whole_clause() -> None:
    # PolNeAR train, politico: the source interrupts the clause it attributes
    text = (
        "Other major cleavages, according to the poll, include ideology (Sanders leads by 29 "
        "points among “very liberal” voters)."
    )
    (claim,) = claims_of(text)
    assert claim.speaker_mention == "the poll" and claim.cue == "according to"
    assert claim.speaker is None  # "poll" alone names no work across a corpus
    assert claim.text.startswith("Other major cleavages") and "include ideology" in claim.text
    # a whole clause before the source keeps its own: PolNeAR train, politico
    (claim,) = claims_of(
        "Rubio's time is quickly running out, according to even his own supporters, who are "
        "offering increasingly candid assessments of his chances."
    )
    assert claim.text == "Rubio's time is quickly running out"


@pytest.mark.parametrize(
    "sentence",
    [
        # PolNeAR train, wash-post (Benghazi; Fiorina): a phrase of time before the source
        "About 10:03 p.m., according to a congressional timeline, the CIA security contractors "
        "left for the diplomatic compound.",
        'One Sunday in late 2001, according to "Perfect Enough: Carly Fiorina and the '
        'Reinvention of Hewlett-Packard" by George Anders, Fiorina sat in the first-floor study '
        "of her mansion in California's Los Altos Hills and called half a dozen HP directors.",
    ],
)
def test_according_to_after_a_phrase_of_time_takes_the_whole_clause(sentence: str) -> None:
    (claim,) = claims_of("Fiorina showed subtle hints. " + sentence)
    assert claim.cue == "according to"
    assert claim.text == sentence.rstrip(".")


def test_a_question_put_to_the_speaker_has_no_speaker() -> None:
    # PolNeAR train, wash-post: the question is attributed to its unnamed asker
    text = (
        "Asked whether he would encourage his voters to pick Republicans or Democrats when they "
        "went down their ballot, Johnson demurred."
    )
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.cue) == (None, "Asked")
    assert claim.text.startswith("whether he would encourage") and claim.text.endswith("ballot")
    # PolNeAR train, politico: the answer keeps its own speaker
    claims = claims_of(
        'When asked whether D.C. should have a vote in the House, he said: "I think that’s '
        'something that would be okay."'
    )
    assert one(claims, "D.C.").speaker is None
    assert one(claims, "I think").cue == "said"


def test_a_one_word_quotation_with_its_attribution() -> None:
    # PolNeAR train, wash-post and breitbart
    text = (
        'Sanders reiterated his belief that there will be a contested convention. "Absolutely," '
        "he said when asked by a reporter if that remains his view."
    )
    claim = one(claims_of(text), "Absolutely")
    assert (claim.text, claim.speaker, claim.cue) == ("Absolutely", "Sanders", "said")
    text = (
        "Chris Christie – a Dallas Cowboys fan – gave a one word answer on the question. "
        "“Denver,” he answered."
    )
    claim = one(claims_of(text), "Denver")
    assert (claim.text, claim.cue, claim.kind) == ("Denver", "answered", Kind.DIRECT)
