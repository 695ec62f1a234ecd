"""Speaker mentions, coreference within an article, canonical names, and the store helpers."""

# Typographic apostrophes are part of the real sentences.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import pytest

from claimtrack import extract
from claimtrack.extract.coref import _STRIPPED, Resolver, is_person, name_key, names_someone
from claimtrack.extract.mentions import clean_mention, speaker_before
from claimtrack.models import Article

# seeds/001, shortened to the sentences that name people and works
SEED = (
    "In a recent interview, former US President Donald Trump refused to confirm or deny ongoing "
    "contact with Russian President Vladimir Putin since leaving office in 2021. These statements, "
    "coupled with fresh allegations in journalist Bob Woodward’s new book, have rekindled debate. "
    "Trump addressed allegations made in Woodward’s book titled War. The book claims that Trump "
    "secretly communicated with Putin. Kremlin spokesperson Dmitry Peskov offered partial "
    "confirmation. The former president has also attacked the Biden-Harris administration."
)


def _speaker(text: str, cue: str) -> str | None:
    """Return the speaker mention right before the first occurrence of a cue."""
    cs = text.index(cue)
    m = speaker_before(text, 0, cs)
    if m is None:
        return None
    span = clean_mention(text, *m.span("speaker"))
    return text[span[0] : span[1]] if span else None


def test_canonical_names_per_article() -> None:
    r = Resolver.build(SEED)
    assert r.canonical_name("Trump") == "Donald Trump"
    assert r.canonical_name("Peskov") == "Dmitry Peskov"
    assert r.canonical_name("Kremlin spokesperson Dmitry Peskov") == "Dmitry Peskov"
    assert r.canonical_name("Putin") == "Vladimir Putin"


def test_descriptions_and_works_resolve() -> None:
    r = Resolver.build(SEED)
    assert r.resolve("The former president", SEED.index("The former"))[0] == "Donald Trump"
    assert r.resolve("The book", SEED.index("The book"))[0] == "Bob Woodward's book War"
    assert r.resolve("Trump’s campaign", len(SEED))[0] == "Donald Trump's campaign"
    assert r.resolve("the Kremlin", len(SEED))[0] == "Kremlin"


def test_pronouns_take_the_last_speaker_of_the_right_number() -> None:
    r = Resolver.build(SEED)
    r.remember(10, "Donald Trump", plural=False)
    r.remember(20, "critics", plural=True)
    assert r.resolve("He", 30) == ("Donald Trump", False)
    assert r.resolve("They", 30) == ("critics", True)
    assert r.resolve("his", 30)[0] == "Donald Trump"


def test_speaker_before_a_cue() -> None:
    # seeds/001 and PolNeAR train
    assert _speaker("Trump’s running mate, JD Vance, echoed this sentiment", "echoed") == "JD Vance"
    assert _speaker("Trump has long argued that", "argued") == "Trump"
    assert _speaker("The former president has also attacked", "attacked") == "The former president"
    assert _speaker("However, critics warn that Trump’s approach", "warn") == "critics"
    text = "And on Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said that"
    assert _speaker(text, "said") == "Kevin Brady"
    assert _speaker("Speaker Paul D. Ryan on Tuesday called", "called") == "Speaker Paul D. Ryan"
    # "These remarks" is no speaker of "highlight"; the possessive "Trump’s" is no speaker
    assert _speaker("These remarks highlight a fundamental difference", "remarks") is None
    assert _speaker("Trump’s claim that staying in touch", "claim") is None


def test_store_helpers() -> None:
    assert name_key("Mr. Trump") == name_key("trump")
    assert name_key("Trump’s campaign") == name_key("Trump's campaign")
    assert is_person("Dmitry Peskov")
    assert not is_person("Trump's campaign")
    assert not is_person("critics")
    assert not is_person("White House press office")


def test_names_do_not_run_over_a_sentence_end_or_a_description() -> None:
    # PolNeAR train: "... on CBN. So ..." and "said undecided Republican voter Stephanie
    # Hooton of Derry, N.H."
    r = Resolver.build("He spoke on CBN. So the pastor left. Paul D. Ryan stayed.")
    assert r.canonical_name("So") == "So"
    assert r.canonical_name("Ryan") == "Paul D. Ryan"
    mention = "undecided Republican voter Stephanie Hooton of Derry, N.H."
    assert r.canonical_name(mention) == "Stephanie Hooton"


@pytest.mark.parametrize(
    "mention, plural",
    [
        ("a spokesman", False),  # "a" is an article, not a quantity
        ("A spokesman for the campaign", False),
        ("Half", True),
        ("Six in 10", True),
        ("Most", True),
    ],
)
def test_only_quantities_are_read_as_shares_of_those_polled(mention: str, plural: bool) -> None:
    r = Resolver.build("A poll of voters in Iowa was released on Tuesday by the campaign.")
    assert r.resolve(mention, 60)[1] is plural


# PolNeAR train, nyt 2016: two Clintons in one article
CLINTONS = (
    "Hillary Clinton has said the foundation would stop taking foreign money if she won.\n\n"
    "Bill Clinton told employees of the foundation on Thursday about the changes.\n\n"
    "Mr. Clinton said Thursday he would leave the foundation's board.\n\n"
    "Mrs. Clinton said she was proud of the foundation's work."
)


@pytest.mark.parametrize(
    "mention, name",
    [
        ("Mr. Clinton", "Bill Clinton"),
        ("Mrs. Clinton", "Hillary Clinton"),
        ("Former President Bill Clinton", "Bill Clinton"),
        ("Hillary Clinton", "Hillary Clinton"),
    ],
)
def test_titles_separate_people_who_share_a_surname(mention: str, name: str) -> None:
    assert Resolver.build(CLINTONS).canonical_name(mention) == name


def test_a_pronoun_takes_an_antecedent_of_its_gender() -> None:
    r = Resolver.build(CLINTONS)
    he = CLINTONS.index("he would leave")
    r.remember(CLINTONS.index("Mr. Clinton"), "Bill Clinton", False)
    she = CLINTONS.index("she was proud")
    r.remember(CLINTONS.index("Mrs. Clinton"), "Hillary Clinton", False)
    assert r.resolve("he", he)[0] == "Bill Clinton"
    assert r.resolve("she", she)[0] == "Hillary Clinton"


def test_she_is_never_a_man_nor_a_campaign() -> None:
    # PolNeAR train, breitbart 2016: the last speaker is a man, the woman is named before him
    text = (
        "Kellyanne Conway joined the campaign in July. Donald Trump told the crowd that the "
        "polls were rigged. Trump's campaign said the rally drew 10,000 people. She said the "
        "numbers were even better."
    )
    r = Resolver.build(text)
    r.remember(text.index("Donald Trump told"), "Donald Trump", False)
    r.remember(text.index("Trump's campaign"), "Donald Trump's campaign", False)
    assert r.resolve("She", text.index("She said"))[0] == "Kellyanne Conway"
    assert r.resolve("he", text.index("She said"))[0] == "Donald Trump"


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        # PolNeAR train titles: the first line of a text and Title Case lines name no one
        (
            "Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ where Donations "
            "‘Slipped through’.\n\nThe author Peter Schweizer said the book stands.",
            "Clinton Cash Debunks Hillary",
        ),
        (
            "Donald Trump Just Revealed Who He Would Pick For VP – It Might Surprise You.\n\n"
            "Donald Trump named Sen. Ted Cruz when asked to pick a possible running mate.",
            "It Might Surprise You. Donald Trump",
        ),
        # nyt 2015: a resort, and a trade agreement, are no people
        (
            "On Oct. 23, during a presidential campaign appearance at the resort, now called "
            "Trump National Doral, the candidate boasted of his negotiating skills.",
            "Trump National Doral",
        ),
        (
            "He would renegotiate the North American Free Trade Agreement, he said.",
            "North American Free Trade Agreement",
        ),
    ],
)
def test_headlines_and_places_are_not_people(text: str, not_a_person: str) -> None:
    r = Resolver.build(text)
    names = {p.name for people in r.by_surname.values() for p in people}
    assert not_a_person not in names
    assert r.resolve("who", len(text)) != (not_a_person, False)


def test_a_sentence_period_is_no_part_of_a_name() -> None:
    # PolNeAR train, west-journal 2016
    text = "Donald Trump, the front-runner, was asked about his son Eric Trump. He smiled."
    assert Resolver.build(text).canonical_name("Eric Trump.") == "Eric Trump"


def test_a_quoted_word_before_a_name_is_no_part_of_it() -> None:
    # PolNeAR train, wash-post 2016 title
    text = "'Thin-skinned' Trump quells critics with threats, lawsuits."
    assert Resolver.build(text).canonical_name("'Thin-skinned' Trump") == "Trump"


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # PolNeAR train sentences whose mention ran past the name or named no one
        (
            "Gov. Mary Fallin said Donald Trump released a video calling for racial healing.",
            "Donald Trump released a video",
            "Donald Trump",
        ),
        ("Sanders told CNN Tuesday that he would stay in the race.", "CNN Tuesday", "CNN"),
        ("Having said that, he would not send me to prison.", "Having", None),
        ("Immediately, the campaign said it would appeal.", "Immediately", None),
        # PolNeAR train, politico 2016: a month opening a sentence
        ("In July, Manafort told reporters that Trump is very involved.", "July", None),
        ("The senator issued a statement calling it a disgrace.", "issued a statement", None),
        (
            "Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ where Donations Slipped.",
            "Clinton Cash Debunks Hillary",
            None,
        ),
    ],
)
def test_a_mention_that_names_no_one_gives_no_speaker(
    text: str, mention: str, name: str | None
) -> None:
    assert Resolver.build(text).resolve(mention, text.index(mention))[0] == name


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # PolNeAR train: one of a kind, or a role, that an appositive names
        (
            "After the debate, the Sanders team appeared to make a conscious decision to lay off"
            " Clinton. One of his advisers, Tad Devine, told reporters that he would leave it to"
            " others to assess the comments.",
            "One of his advisers",
            "Tad Devine",
        ),
        (
            "Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC that Friday's"
            " announcement suggested an effort to hurt Clinton.",
            "Another Clinton ally",
            "Tom Vilsack",
        ),
        (
            "The group’s executive director, Betty Bradley, said Carson’s appearance had been"
            " booked a year and a half ahead of time.",
            "executive director",
            "Betty Bradley",
        ),
        # the author after a quoted title
        (
            'One Sunday in late 2001, according to "Perfect Enough: Carly Fiorina and the'
            ' Reinvention of Hewlett-Packard" by George Anders, Fiorina sat in the first-floor'
            " study of her mansion.",
            '"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" by George'
            " Anders",
            "George Anders",
        ),
        # the person an organisation's surname is, whom the article names
        (
            "Purple PAC, steered by former Cato Institute president Ed Crane, began a $1 million ad"
            " buy last week.\n\nAs Purple PAC's Crane said, the two standard-bearers for"
            " libertarianism have become some of the least ideological candidates in America.",
            "Purple PAC's Crane",
            "Ed Crane",
        ),
        # the one a quotation is presented as by
        (
            "Here’s Clinton in December 1992: “Our new direction must rest on an understanding of"
            " the new realities of global competition.”",
            "Here’s Clinton",
            "Clinton",
        ),
        # ... and one that ends its sentence
        (
            "''We're anxious,'' said another Twitter user, Johanna Bayer. ''Paris-Brussels - the"
            " attacks are getting ever closer.''",
            "another Twitter user",
            "Johanna Bayer",
        ),
    ],
)
def test_a_description_is_the_person_its_appositive_names(
    text: str, mention: str, name: str | None
) -> None:
    resolver = Resolver.build(text)
    assert resolver.speaker_name(resolver.resolve(mention, text.index(mention))[0]) == name


@pytest.mark.parametrize(
    "text, mention, name",
    [
        # PolNeAR train: a mention that is the end of another phrase, not its subject
        (
            "Take action after and face criticism for not letting voters know there was an issue"
            " with their preferred candidate.",
            "letting voters",
            None,
        ),
        (
            "In a riff on his famous campaign line, they will hold banners proclaiming: “Yes we"
            " can – Stop TTIP!”",
            "hold banners",
            None,
        ),
        (
            "And how ‘bout this new headline from the Washington Post, which hits liberals where"
            " they live: “Surge in robberies on Capitol Hill alters residents’ routines.”",
            "hits liberals",
            None,
        ),
        (
            "What gives establishment candidates reason for optimism is that the contests will"
            " award delegates on a proportional basis.",
            "gives establishment candidates",
            None,
        ),
        (
            "Scarborough Shoal is now the place Pentagon officials say the United States might"
            " take a stand.",
            "the place Pentagon officials",
            None,
        ),
        (
            "The firm provides data on nonregistered adults like the ones Trump’s campaign hopes"
            " to register and mobilize.",
            "the ones Trump’s campaign",
            None,
        ),
        (
            "Rep. Bobby Scott (D-Va.), ranking member of the House education committee and one of"
            " the bill’s chief negotiators, said he fully supports the compromise.",
            "chief negotiators",
            None,
        ),
        (
            "But Greenberg's research suggests moderate and Catholic Republicans might also cross"
            " party lines. These same Republicans express sharp reservations about Rubio’s"
            " position on abortion.",
            "same Republicans",
            None,
        ),
        # but a relative clause may open with its subject
        (
            "The policy changes, which officials said will go into effect in the next few months,"
            " will not apply to all.",
            "officials",
            "officials",
        ),
        # PolNeAR train: where something is or happens, after a word that names no one
        (
            "Nobody in British Columbia is talking about going that far.",
            "British Columbia",
            None,
        ),
        (
            "On the same day as the rally, Sanders was on CNN talking about what he does next.",
            "CNN",
            None,
        ),
        (
            "Cruz defends his outsider bona fides in a commercial running on Iowa TV: “Securing our"
            " borders is a matter of national security.”",
            "Iowa TV",
            None,
        ),
        # but people at a body, and a work one reads in, are sources
        (
            "Spokesmen at the FBI and Justice Department would not discuss the investigation.",
            "the FBI and Justice Department",
            "FBI and Justice Department",
        ),
        (
            "Trump entered the debate with a growing lead in the latest NBC News/Wall Street"
            " Journal poll.",
            "the latest NBC News/Wall Street Journal poll",
            "NBC News/Wall Street Journal poll",
        ),
        # PolNeAR train: a work that nothing but its date or kind describes, and one of many
        (
            "New Poll Shows Large Gap Emerging Between Presidential Candidates.",
            "New Poll",
            None,
        ),
        (
            "Early polls show voters in the area resoundingly rejecting Mr. Trump.",
            "Early polls",
            None,
        ),
        (
            "Former presidential candidate Mitt Romney, who helped launch the #NeverTrump movement"
            " with a March speech denouncing Republican presidential nominee Donald Trump, will not"
            " be present.",
            "a March speech",
            None,
        ),
        (
            "Another GOP Figure Endorses Hillary Clinton.",
            "Another GOP Figure",
            None,
        ),
        # PolNeAR train: a participle opening a sentence
        (
            "Speaking to reporters at the White House James S. Brady briefing room Sunday, the"
            " president framed the shooting as a moment when the nation needed to come together.",
            "Speaking to reporters",
            None,
        ),
        # but one of many works keeps whose it is
        (
            "Another recent NBC/Wall Street Journal poll found better support for Clinton among"
            " Sanders supporters.",
            "Another recent NBC/Wall Street Journal poll",
            "NBC/Wall Street Journal poll",
        ),
        # PolNeAR train: the object of a preposition that ends a relative clause
        (
            "Others who have advocated a more muscular approach against Islamic terrorist groups"
            " expressed similar doubts that military action could have any effect.",
            "Islamic terrorist groups",
            None,
        ),
        (
            "Supporters who have heard directly from the Rubio campaign say their most immediate"
            " priority is to finish ahead of mainstream rivals.",
            "the Rubio campaign",
            None,
        ),
        (
            "Anyone who knows anything about McConnell knows he will not cave.",
            "McConnell",
            None,
        ),
        (
            "The Justice Department's own published guidelines describe foreign political parties"
            " as covered under the law.",
            "Department's own published guidelines",
            None,
        ),
        # but a work that reports is its cue's own source
        (
            "“There might be an underlying political result,” Ash wrote in the email, which was"
            " first reported by The Associated Press.",
            "The Associated Press",
            "Associated Press",
        ),
        # PolNeAR train: an event or a thing of someone's, which is no one; the words someone
        # said, which are theirs
        (
            "Sen. Bernie Sanders scored a decisive victory. Sanders's victory, which Clinton"
            " conceded when polls closed at 8 p.m., confirmed the strength of his appeal.",
            "Sanders's victory",
            None,
        ),
        (
            "Mr. Trump's news conference, several miles north of here, offered a striking contrast"
            " with the Bush family rally on Monday evening.",
            "Trump's news conference",
            None,
        ),
        (
            "Trump's attacks on Curiel stand out for their personal nature.",
            "Trump's attacks",
            None,
        ),
        (
            "He compared the 42nd president to predecessors, said Ken Starr. Starr's remarks,"
            " first reported by The New York Times on Tuesday, suggested a tinge of regret.",
            "Starr's remarks",
            "Ken Starr",
        ),
        (
            "Donald Trump will follow Democratic candidate Hillary Clinton’s Tuesday speech"
            " denouncing his economic policies with a speech of his own.",
            "Hillary Clinton’s Tuesday speech",
            "Hillary Clinton",
        ),
    ],
)
def test_a_piece_of_another_phrase_or_a_thing_is_no_speaker(
    text: str, mention: str, name: str | None
) -> None:
    resolver = Resolver.build(text)
    assert resolver.speaker_name(resolver.resolve(mention, text.index(mention))[0]) == name


# wash-post_2016-01-18_a-sharper-tone-as-stakes-rise (train), five of its paragraphs: Bill
# Clinton is named three times, Hillary Clinton, named first, twice
SHARPER_TONE = "\n\n".join(
    [
        "CHARLESTON, S.C. - Democratic front-runner Hillary Clinton aggressively prosecuted Sen."
        " Bernie Sanders on issues from gun control to health care and fealty to President Obama"
        " at a presidential debate Sunday as she sought to puncture Sanders's insurgent appeal and"
        " regain her footing after a difficult stretch.",
        "Co-moderator Andrea Mitchell raised the issue of Bill Clinton's extramarital affairs,"
        " asking Sanders why he has criticized the former president's past transgressions.",
        'Frustrated, Sanders said he "cannot walk down the street" without reporters asking him'
        " to attack Hillary Clinton.",
        '"His behavior was deplorable," Sanders said of Bill Clinton. "I\'m going to debate'
        " Secretary Clinton and Governor O'Malley on the issues facing the American people, not"
        " Bill Clinton's personal behavior.\"",
        "\"I have made it clear based on Senator Sanders's own record that he has voted with the"
        ' NRA, with the gun lobby numerous times" and against the Brady gun-control law, Clinton'
        " said.",
    ]
)


def test_a_surname_alone_is_the_first_named() -> None:
    r = Resolver.build(SHARPER_TONE)
    assert r.canonical_name("Clinton") == "Hillary Clinton"
    assert r.canonical_name("Mr. Clinton") == "Bill Clinton"
    # however often the other is named in full: the full name is what tells them apart
    more = SHARPER_TONE + " Bill Clinton spoke. Bill Clinton left. Bill Clinton returned."
    assert Resolver.build(more).canonical_name("Clinton") == "Hillary Clinton"


def test_a_surname_alone_is_the_one_the_headline_names() -> None:
    # west-journal_2016-06-21_hillary-clinton-accused-of-shock (train): Bill Clinton named first
    text = (
        "Hillary Clinton Accused Of Shocking Act With Bible In Fit Of Rage.\n\n"
        "Gary Byrne, a former Secret Service agent for President Bill Clinton has written a book"
        " in which he exposes the rage and “eruptive” behavior of Hillary Clinton during her time"
        " as first lady.\n\nAt one point in the book, Byrne gives an account of Clinton telling"
        " one agent to “Go to hell!,” while telling another to, “Go f*** yourself!”"
    )
    assert Resolver.build(text).canonical_name("Clinton") == "Hillary Clinton"


def test_a_name_that_ends_a_sentence_is_a_name() -> None:
    # usa-today_2016-01-26_candidates-fan-out-in-iowa-as-ca (train)
    text = (
        "Cruz also picked up an endorsement from a onetime Republican opponent, former Texas"
        " governor Rick Perry.\n\nIn a video put out by the Cruz campaign, Perry said his fellow"
        ' Texan is ready to "take on the Washington cartel,"'
    )
    r = Resolver.build(text)
    assert r.canonical_name("Perry") == "Rick Perry"
    claims = extract(Article.from_text(text))
    assert [c.speaker for c in claims if c.speaker_mention == "Perry"] == ["Rick Perry"]


@pytest.mark.parametrize(
    "text, answer",
    [
        # west-journal_2016-08-25_trump-stands-tall-on-immigration (train)
        (
            "During an interview with Sean Hannity that aired Wednesday night, Donald Trump"
            " discussed one of his signature proposals.\n\nHannity asked Trump how high the wall"
            " would be.\n\n“I think the height could be 35 to 45 feet. That’s a good height,”"
            " he told Hannity, to cheers from the crowd.",
            "I think the height",
        ),
        # huff-post_2016-02-24_marco-rubio-you-don-t-win-states (train)
        (
            "With four Republican nominating contests in the books, Florida Sen. Marco Rubio has"
            " managed to earn finishes ranging from second to fifth place.\n\nEarhardt then asked"
            " Rubio which states specifically he could win.\n\n“Well, we feel great in every one"
            " of those states. We’re going to pick up delegates in all of them,” he said.",
            "Well, we feel great",
        ),
    ],
)
def test_the_one_asked_answers(text: str, answer: str) -> None:
    claims = extract(Article.from_text(text))
    answered = [c.speaker for c in claims if c.text.startswith(answer)]
    assert answered and answered[0] in {"Donald Trump", "Marco Rubio"}


def test_a_name_after_what_some_say_opens_a_clause() -> None:
    # wash-post_2016-08-09_ivanka-trump-champions-some-women (train)
    text = (
        "Ivanka Trump told the New York Times that she took off eight days in 2011.\n\n"
        '"Business executives who are serious about their values actually know their '
        'partners," said Sandra Sucher, a Harvard Business School professor.\n\n'
        "In addition to paid leave, aides say Ivanka Trump also advises her father on issues "
        "such as equal pay and child care.\n\n"
        '"Women are paid equally for the work that we do," she said at the Republican '
        "convention."
    )
    claims = extract(Article.from_text(text))
    assert [c.speaker for c in claims if c.text.startswith("Women are paid")] == ["Ivanka Trump"]


@pytest.mark.parametrize(
    "text, said, speaker",
    [
        # nyt_2015-12-18_rubio-and-cruz-diverge-on-approach (train): was "West Miami"
        (
            "Sen. Marco Rubio of Florida has been careful to talk about his family. Ana Navarro,"
            " a friend, said of Mr. Rubio: ''He is very in touch with his Cuban background.''"
            "\n\nIn West Miami, where Mr. Rubio began his political career and lives surrounded"
            " by Hispanic immigrants, he showed his cultural dexterity at a recent rally by"
            " joking that he would bring a Cuban pork roasting box to Washington.",
            "he would bring a Cuban pork roasting box to Washington",
            "Marco Rubio",
        ),
        # usa-today_2016-01-05_bill-is-back (train): was Bill Clinton
        (
            'Former President Bill Clinton campaigned in New Hampshire. "You\'re very rude,"'
            " Clinton told a state representative.\n\nDonald Trump may be harder to ignore."
            ' After Hillary Clinton accused him of sexism, he warned, "Certainly if they play'
            " the woman's card with respect to me, that will be fair game.\"",
            "Certainly if they play the woman's card with respect to me, that will be fair game",
            "Donald Trump",
        ),
    ],
)
def test_a_name_after_an_opening_preposition_is_no_subject(
    text: str, said: str, speaker: str
) -> None:
    claims = extract(Article.from_text(text))
    assert [c.speaker for c in claims if c.text == said] == [speaker]


def test_a_last_speaker_named_far_back_yields_to_one_named_just_before() -> None:
    # usa-today_2016-03-02_no-clear-path-points-to-white-house (train), after a speaker named
    # more than 1,200 characters before: was that speaker
    text = (
        "On Tuesday night, voters in a dozen states handed big wins to Hillary Clinton and to"
        " Donald Trump, who now lead their races.\n\n"
        '"It was a very good night," said Jennifer Palmieri, her communications director.\n\n'
        "Even on age: Marco Rubio (44 years old) and Cruz (45) are among the youngest serious"
        " contenders ever for the White House. Clinton (68), Trump (69) and Sanders (74) are"
        " among the oldest.\n\nOn their Inauguration Days, only John Kennedy and Teddy Roosevelt"
        " were younger than Rubio or Cruz would be next January. Only Ronald Reagan was older"
        " than Clinton would be.\n\nBesides Clinton's potential status as the first woman"
        " president, none of those breakthroughs has gotten much attention or raised"
        " significant barriers. Even for Clinton, her gender is generating less commentary"
        " than it did eight years ago.\n\n5. All roads lead to Florida -- and November.\n\n"
        "Trump watched the returns from Palm Beach. Clinton was an hour away, in Miami.\n\n"
        "Florida isn't a Super Tuesday state, but both candidates had good reason to be there."
        " The Sunshine State will award a trove of convention delegates in its primary in two"
        " weeks, particularly on the Republican side, where the winner takes all. It's a"
        " chance for Trump to vanquish Rubio in his home state (or for Rubio to stage a"
        " comeback) and for Clinton to widen her lead over Sanders (or for him to stage a"
        " surprise).\n\nThen there's November. Florida is one of the quintessential swing"
        " states in presidential elections, and Clinton aimed her victory speech not at her"
        " primary rival but at her likely general election opponent. \"We know we've got work"
        ' to do," she told a cheering crowd.'
    )
    claims = extract(Article.from_text(text))
    assert [c.speaker for c in claims if c.text == "We know we've got work to do"] == [
        "Hillary Clinton"
    ]


def test_a_subject_named_far_back_yields_to_one_named_just_before() -> None:
    # wash-post_2016-01-31_can-the-gop-establishment-stop-trump (train): was Chris Christie,
    # whose name opens a clause of a list more than 1,200 characters before "He"
    text = (
        "Advisers to four remaining mainstream candidates - former Florida governor Jeb Bush,"
        " New Jersey Gov. Chris Christie, Ohio Gov. John Kasich and Sen. Marco Rubio (Fla.) -"
        " discount either of those outcomes. All see events that would bring one or two of the"
        " mainstream conservatives into genuine competition and possible victory. What they"
        ' need is time, patience and what all successful politicians have: luck.\n\n"I think'
        " it's coming,\" said a strategist for one of these candidates, speaking on the"
        " condition of anonymity to offer a strategic assessment. \"But it's not going to"
        " materialize until the field significantly winnows down. . . . So until the voters"
        " get their say in at least one or two states and start the winnowing process"
        " themselves, I think we're going to be stuck with the bifurcation that we have right"
        ' now."\n\nOver the past seven months, the Republican nominating campaign has been'
        " mostly about Trump. Or it has been about the rise of the outsiders, candidates in"
        " addition to Trump, such as Ben Carson and Carly Fiorina, who have never held public"
        " office, and Cruz, who long has fought the Washington establishment.\n\nMainstream"
        " candidates have struggled as never before. Because there was no next-in-line"
        " candidate, no heir apparent among them, establishment support splintered, pitting"
        " the four candidates against one another to squabble among themselves for that"
        " portion of the pie. And they have been conventional in an unconventional year.\n\n"
        'One strategist described the imbalance in the race to date as "an anti-establishment'
        ' superhighway and an establishment dirt path."\n\nWhat is most striking about the'
        " assessments of how establishment candidates can get back into the fight is a"
        " consensus that it will not happen quickly, that it will require the capacity to"
        " absorb a series of losses before the dynamic shifts.\n\nWhat could start this"
        " process is a surprisingly strong finish by Rubio here Monday. He is hoping for two"
        " things that day."
    )
    r = Resolver.build(text)
    assert r.resolve("He", text.index("He is hoping"))[0] == "Marco Rubio"


def test_a_nearest_person_named_far_back_yields_to_one_named_just_before() -> None:
    # huff-post_2016-02-12_the-democratic-primary-is-a-fight (train): was Christina Romer
    text = (
        "In the primary, Hillary Clinton has run against Bernie Sanders, who calls himself a"
        " democratic socialist.\n\nObama economic adviser Christina Romer was sidelined after"
        " demonstrating that the economic stimulus package needed to be much larger than what"
        " National Economic Council Chair Larry Summers would accept. Obama has deported more"
        " people than any other president — nearly 25 percent more than even President George"
        " W. Bush. He supported Medicare and Social Security cuts for years.\n\nWhile it’s true"
        " that he faced scorched-earth opposition from Republicans, it was Obama who pressed"
        " for an entitlement-slashing “Grand Bargain” during the nearly catastrophic debt"
        " ceiling talks of 2011. This maneuvering on critical support for the elderly is what"
        " prompted Sanders in 2011 to advocate for a primary challenger to Obama — a comment"
        " Clinton is now wielding against him as evidence of supposed liberal apostasy.\n\n"
        "“I think there are millions of Americans who are deeply disappointed in the"
        " president, who believe that, with regard to Social Security and a number of other"
        " issues, he said one thing as a candidate and is doing something very much else as a"
        " president,” Sanders said in 2011.\n\nAt the time, Sanders didn’t come out and say"
        " Obama should be replaced — only that the prospect of another candidate could hold"
        " his feet to the fire.\n\nAt first, that’s how many political experts viewed Sanders’"
        " challenge to Clinton. When she publicly opposed Obama’s Trans-Pacific Partnership"
        " trade pact, it was a clear victory for the liberal wing."
    )
    r = Resolver.build(text)
    assert r.resolve("she", text.index("she publicly"))[0] == "Hillary Clinton"


def test_his_after_an_owner_opening_the_clause_is_the_one_person_whose_gender_shows() -> None:
    # politico_2015-12-11_politico-new-york-s-culture-business-report (train): "Dump Trump"
    # of a slogan is a person of no gender; "his" was Mark Levine, the last speaker
    text = (
        "An interfaith rally by the city’s political and religious leaders on Wednesday had"
        ' one message: "Dump Trump."\n\nLed by Mayor Bill de Blasio, the rally denounced'
        " Republican presidential candidate Donald Trump’s call for a shutdown.\n\n“There is"
        " language in the contract that gives the commissioner the authority to terminate,”"
        " Levine said.\n\nFor Trump’s part, his organization has argued that its contracts"
        " are protected under the First Amendment."
    )
    r = Resolver.build(text)
    r.remember(text.index("Levine said"), "Mark Levine", False)
    assert r.resolve("his", text.index("his organization"))[0] == "Donald Trump"


@pytest.mark.parametrize(
    ("name", "names"),
    [
        ("SPEAKING to ABC News", False),  # an -ing word opening a clause, in capitals too
        ("Speaking to reporters", False),
        ("Latin hits including", False),
        ("hacking specialists", True),
        ("Jim Eastland I've", False),
        ("Jim Eastland I’ve", False),
        ("Tuesday’s results", False),
        ("the foundation's tally", False),
        ("Sanders’", False),
        ("CNN's Dana Bash", True),
        ("Donald Trump", True),
    ],
)
def test_a_name_is_read_for_endings_and_marks_only_where_it_holds_them(
    name: str, names: bool
) -> None:
    # names_someone tests each word for "ing" or an apostrophe only when the name holds one
    assert names_someone(name) is names


def test_no_word_stripped_before_a_name_holds_a_hyphen() -> None:
    # _strip_titles asks the describer test ("Oscar-winner") only of words not in _STRIPPED
    assert not any("-" in word for word in _STRIPPED)
