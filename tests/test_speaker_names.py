"""The speaker a claim gets: names that name someone, never a place, a fragment or a title.

Each row is a PolNeAR train sentence (shortened where the rest does not matter) whose
mention gave a junk speaker on the train store before the rule.
"""

# Typographic quotes are part of the real sentences.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import pytest

from claimtrack.extract.coref import Gender, Resolver, is_place, names_someone


def _claim_speaker(text: str, mention: str, at: str | None = None) -> str | None:
    """Return the speaker a claim whose speaker mention is `mention` gets in this text."""
    r = Resolver.build(text)
    name, _ = r.resolve(mention, text.index(at or mention))
    return r.speaker_name(name)


@pytest.mark.parametrize(
    "text, mention, speaker",
    [
        # titles and offices are no part of a name
        (
            "“I don’t know what it’s going to take,” said Senate Minority Whip Dick Durbin "
            "(D-Ill.) in an interview.",
            "Senate Minority Whip Dick Durbin",
            "Dick Durbin",
        ),
        (
            '"He came in by himself, without us picking him up, and signed his notice to '
            'appear," said Officer Joseph Beinlich, a Jupiter police spokesman.',
            "Officer Joseph Beinlich",
            "Joseph Beinlich",
        ),
        # an office of a body before a name is no part of it
        (
            "Maricopa County Recorder Helen Purcell said during a contentious hearing in Arizona "
            "after the primary.",
            "Maricopa County Recorder Helen Purcell",
            "Helen Purcell",
        ),
        (
            "(According to the New York Police Department, it does not keep statistics on "
            "violations specifically.)",
            "New York Police Department",
            "New York Police Department",
        ),
        # a sentence's period ends a name before it, after a short word too
        (
            "The campaign opened offices before Election Day. Chris Carr, the political "
            "director, said the move was the result of three years of preparation. The move, "
            "Carr explained, was an investment.",
            "Carr",
            "Chris Carr",
        ),
        # a transcript's speaker label in capitals is the person the article names
        (
            "Trump released a video on Friday talking about racial healing. Take a listen.\n\n"
            "(BEGIN VIDEO CLIP.)\n\nTRUMP: The deaths of Alton Sterling in Louisiana and "
            "Philando Castile in Minnesota also show how much more work we have to do.",
            "TRUMP",
            "Trump",
        ),
        # an ordinary word opening a sentence, which the article also writes in lower case
        (
            "Why should I not get help from them? I went back to the car.\n\nBack at the "
            "bungalow, he led me down the corridor and showed me where he slept.",
            "Back",
            None,
        ),
        # a word of the language opening a sentence, which the article never writes
        # capitalised inside one, names no one
        (
            "The hall echoed with the strains of ''New York, New York.'' Giant screens hanging "
            "over the arena glittered with an animation of gold fireworks and a three-word "
            "proclamation: ''Over the Top.''",
            "Giant",
            None,
        ),
        (
            "More than 10,000 election observers were on hand. Concerns rose Monday over claims "
            "that a number of military ballots had flowed in late Sunday.",
            "Concerns",
            None,
        ),
        (
            "There are more productive ways to express your opposition to Trump. Attack specific "
            "policies and propose alternatives.",
            "Attack",
            None,
        ),
        # ... but a word the article shows as a name, after a quotation's comma or initials
        (
            '"They took his slogan and gave it to Trump," Hale said.',
            "Hale",
            "Hale",
        ),
        (
            "Christie said it was no different, he said, from George H.W. Bush calling Ronald "
            "Reagan’s policies “voodoo economics” before becoming his vice presidential pick.",
            "Bush",
            "Bush",
        ),
        (
            "Trump’s appearance delivered ratings 57 percent higher than its fall average. "
            "According to Variety, Trump brought “SNL” its highest ratings since Jan. 7, 2012.",
            "Variety",
            "Variety",
        ),
        # ... and a plural of people is the group
        (
            "Thousands were on the promenade.\n\nWitnesses said bodies of victims were strewn "
            "over the road for more than a mile.",
            "Witnesses",
            "Witnesses",
        ),
        # a group opening a sentence is the group the article names in lower case
        (
            "Police said they have no immediate plans to release two recordings. The police "
            "chief spoke on Thursday.",
            "Police",
            "Police",
        ),
        # a word ending in -ed before a transcript's name is no part of it
        (
            "Roger Stone spoke to the host. The interview continued.\n\nContinued Stone: “So I "
            "think it’s a very real problem.”",
            "Continued Stone",
            "Roger Stone",
        ),
        # a past participle opening a sentence names no one
        (
            "Russia's recession had his full attention.\n\nPeppered with dozens of questions, "
            "Mr. Putin lingered, as he did at last year's session.",
            "Peppered",
            None,
        ),
        # a group word opening a sentence is that group
        (
            "Already, he would be the oldest person to enter the Oval Office.\n\nAssociates say "
            "he is likely to run for reelection as a senator in two years.",
            "Associates",
            "Associates",
        ),
        # a preposition or a participle opening a sentence opens no name
        (
            "Outside Carrier's plant on Hermenegildo Galeana Street in the suburb of Santa "
            "Catarina, a worker named Antonio Arroyo has nothing but positive things to say.\n\n"
            "Carrier has said it will return public money in cases where the company has not "
            "kept its commitments.",
            "Carrier",
            "Carrier",
        ),
        # ... and an ordinary word opening a headline line, which the article writes in
        # lower case and never capitalised inside a sentence
        (
            "Millennials don't get socialism; \nYoung Sanders supporters never had to live "
            "through the Cold War era.\n\nBernie Sanders' lock on young people has been a "
            "constant throughout the Democratic presidential primaries.\n\nSanders wants a "
            "vast expansion of the federal government.",
            "Sanders",
            "Bernie Sanders",
        ),
        (
            "Following Sanders on MSNBC, Clinton seemed to implore Sanders to let up on his "
            "critiques.\n\nSanders said he would not.",
            "Sanders",
            "Sanders",
        ),
        # an organisation's whole name, of which the mention holds a part
        (
            "Teachers unions were among the earliest supporters of Hillary Clinton, with the "
            "American Federation of Teachers calling her “the champion working families need”.",
            "the American Federation",
            "American Federation of Teachers",
        ),
        (
            "The Club for Growth PAC has also endorsed Cruz - the first time it has weighed in "
            "during a presidential primary.",
            "Growth PAC",
            "Club for Growth PAC",
        ),
        (
            "Of course, not every organization is distancing itself from Cosby. The Hollywood "
            "Chamber of Commerce has announced that it will not remove Cosby’s star on the Walk "
            "Of Fame.",
            "The Hollywood Chamber",
            "Hollywood Chamber of Commerce",
        ),
        # ... and the words before "and" in it, after a plural head too
        (
            "The Centers for Disease Control and Prevention estimates that one in 45 children "
            "ages 3 to 17 has autism.",
            "Prevention",
            "Centers for Disease Control and Prevention",
        ),
        (
            "A report about the integration of immigrants issued over the summer by the "
            "Organization for Economic Cooperation and Development noted that more than a fifth "
            "of Europe's immigrants were unemployed.",
            "Development",
            "Organization for Economic Cooperation and Development",
        ),
        (
            "James A. Lewis, a former government cybersecurity expert who now studies the cyber "
            "activities of nations at the Center for Strategic and International Studies, said, "
            "''If she used it in Russia or China, they almost certainly picked it up.''",
            "International Studies",
            "Center for Strategic and International Studies",
        ),
        # a word ending in -man is no role that cuts a name ("human", not "assemblyman")
        (
            "Since last November, according to Human Rights Watch, state security forces have "
            "killed more than 400 protesters in the Oromia region, which surrounds Addis Ababa.",
            "Human Rights Watch",
            "Human Rights Watch",
        ),
        # a description's person is the one its appositive names
        (
            "In a statement Tuesday, Judicial Watch President Tom Fitton called Clinton's "
            'assertion of a "claim of right" over her recovered emails "significant and '
            'disturbing."\n\nIn opposing the Clinton deposition request, her personal lawyer, '
            'David E. Kendall, wrote in a court file that such a request was "futile."',
            "her personal lawyer",
            "David E. Kendall",
        ),
        (
            "Clinton is well known among both key Democratic constituencies, while Sanders has "
            "been laboring to make inroads with both groups.\n\nHis campaign manager, Jeff "
            "Weaver, said Sanders believes those efforts will pay off.",
            "His campaign manager",
            "Jeff Weaver",
        ),
        (
            "Front-runner Hillary Rodham Clinton's top challenger, Sen. Bernie Sanders of "
            "Vermont, effectively shut down such questions for her by rejecting an inquiry about "
            "her use of a private e-mail server.",
            "Front-runner Hillary Rodham Clinton's top challenger",
            "Bernie Sanders",
        ),
        # the person named before "of" a body is who speaks, not the body
        (
            "Holger Schmieding of Berenberg, Germany's largest private bank, warned that while "
            "''logic would suggest that a terror attack strengthens the case for closer "
            "cooperation,'' the attacks could strengthen populists.",
            "Berenberg",
            "Holger Schmieding",
        ),
        (
            "Greg Raiff, chief executive officer of Private Jet Services, an aviation consulting "
            "firm and private-jet charter broker for corporations and individuals, said the "
            "Boeing was an unusual aircraft for a man of Mr. Trump's wealth.",
            "Private Jet Services",
            "Greg Raiff",
        ),
        (
            "Representative Mike Coffman of Colorado, a Republican who served in combat as a "
            "Marine, denounced Mr. Trump's remarks.",
            "Colorado",
            "Mike Coffman",
        ),
        # ... not a document a claim is read from
        (
            "According to an FBI summary of its investigation, Cheryl Mills, a top Clinton aide, "
            "sent the Platte River employee an email referencing the preservation request.",
            "an FBI summary of its investigation",
            None,
        ),
        # a name in a parenthesis keeps no bracket
        (
            "Norma Shearer (who married the production chief Irving Thalberg, after a fling "
            "with Mr. Mayer, or so writes Mr. Fleming).",
            "Mr. Fleming)",
            "Fleming",
        ),
        # an owner with an apostrophe and no s is the person
        (
            "Bernie Sanders’ campaign has reserved time for television advertisements. While "
            "the Vermont senator is an even heavier underdog in Oklahoma, his team believes "
            "that the few Democrats there may be ripe targets for him.",
            "his team",
            "Bernie Sanders's team",
        ),
        # a plural keeps the capitalised words that tell whose group it is
        (
            "But there’s still a place to anchor that emotional and visceral connection to an "
            "intellectual one.”\n\nSeveral prominent GOP elders agreed that Trump needs to "
            "deliver a speech along the lines of Mitt Romney’s 2012 conversation about his "
            "Mormonism.",
            "elders",
            "GOP elders",
        ),
        (
            "One organization campaigning for Britain to leave the European Union in the June 23 "
            "national referendum posted a campaign message on Twitter that showed Islamic State "
            "fighters warning of an ''Orlando-style atrocity'' if Britain remained in the "
            "European bloc.",
            "fighters",
            "Islamic State fighters",
        ),
        # an event is no speaker
        (
            "So far, they have sided overwhelmingly with Clinton.\n\nThe New York primary made "
            "it clear that while Sanders may not have the backing of a majority of Democrats, the "
            "affection of his supporters runs deep.",
            "The New York primary",
            None,
        ),
        # a place is no speaker
        (
            "Two class action lawsuits being considered in San Diego have accused Trump "
            "University of using deceptive practices.",
            "San Diego",
            None,
        ),
        # a clause is no speaker
        (
            "Arturo Sarukhan, Mexico's ambassador to the United States from 2007 to 2013, said "
            "Mexico must rebut Trump's claims.",
            "Mexico must rebut Trump's claims",
            None,
        ),
        # a work is named without the words that date it, so that one poll is one speaker
        (
            "A greater percentage of Democratic registered voters view the Vermont senator as "
            "likable, honest, competent and compassionate than they did just two months ago, "
            "according to a new Associated Press-GfK poll.",
            "a new Associated Press-GfK poll",
            "Associated Press-GfK poll",
        ),
        (
            "In the most recent YouGov/Economist survey, 71 percent of Sanders supporters "
            "approved of Obama.",
            "the most recent YouGov/Economist survey",
            "YouGov/Economist survey",
        ),
        (
            "The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 "
            "percent of Republican voters.",
            "The latest Reuters/Ipsos poll",
            "Reuters/Ipsos poll",
        ),
        # ... but a capitalised "New" is a name's
        (
            "Nationally, however, Mr. Clinton's favorability rating has fallen since he became "
            "more visibly active in Mrs. Clinton's campaign, according to a New York Times/CBS "
            "News poll.",
            "a New York Times/CBS News poll",
            "a New York Times/CBS News poll",
        ),
        # nor do the words that describe a work: freshness, a date, a yearly round, "Another"
        (
            "He would probably need to win it on the convention floor. But a fresh CNN-ORC poll "
            "shows how hard it will be to deny Trump the nomination in Cleveland.",
            "a fresh CNN-ORC poll",
            "CNN-ORC poll",
        ),
        (
            "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
            "an early-October CBS News poll",
            "CBS News poll",
        ),
        (
            "For 14 straight years, and 20 in all, Mrs. Clinton has been named the woman "
            "Americans admire most, according to a yearly Gallup poll.",
            "a yearly Gallup poll",
            "Gallup poll",
        ),
        (
            "Some 22 percent said they would back Trump. Another recent NBC/Wall Street Journal "
            "poll found better support for Clinton among Sanders supporters.",
            "Another recent NBC/Wall Street Journal poll",
            "NBC/Wall Street Journal poll",
        ),
        (
            "Hillary Clinton has raised $2.7 million from tech donors since beginning her "
            "campaign, while Bernie Sanders has raised $6 million, according to new Crowdpac "
            "research.",
            "new Crowdpac research",
            "Crowdpac research",
        ),
        # a work described is named by its source, as "the RealClearPolitics average" is
        (
            "An average of recent polls by RealClearPolitics shows Clinton leads Sanders by about "
            "13 points in the state, where both candidates claim ties.",
            "An average of recent polls by RealClearPolitics",
            "RealClearPolitics average",
        ),
        (
            "Scott Walker will speak at the Republican National Convention in Cleveland later "
            "this month, according to a report Tuesday from WKOW, the ABC affiliate in Madison, "
            "Wisconsin.",
            "a report Tuesday from WKOW",
            "WKOW report",
        ),
        (
            "Donald Trump will likely win the GOP nomination, if the county that has been more "
            "correct than any other in its predictions of presidential elections is correct, "
            "according to a new article in Politico.",
            "a new article in Politico",
            "Politico article",
        ),
        (
            "House Speaker Paul Ryan’s office announced Friday that Ryan will meet with Donald "
            "Trump on Thursday.\n\nA statement from Ryan’s office indicated the invitation was "
            "accepted.",
            "A statement from Ryan’s office",
            "Paul Ryan's office",
        ),
        # a body's whole name: "The Republic" of Turkey, "General Electric" (no general)
        (
            "The Republic of Turkey denies that the crime was a genocide and goes through great "
            "strides to suppress genocide recognition.",
            "The Republic",
            "Republic of Turkey",
        ),
        (
            "These companies do pay all sorts of other taxes, including property, sales and "
            "employment taxes. General Electric says that in 2012 it paid $3.2 billion in income "
            "taxes worldwide.",
            "General Electric",
            "General Electric",
        ),
        # a person "on" an outlet is the person
        (
            "“‘Crooked Hillary’ kind of flows off the lips, doesn’t it? It hits Hillary where "
            "she’s most vulnerable,” wrote Larry O’Connor on Hot Air.",
            "Larry O’Connor on Hot Air",
            "Larry O’Connor",
        ),
    ],
)
def test_a_claim_speaker_is_a_name(text: str, mention: str, speaker: str | None) -> None:
    found = _claim_speaker(text, mention)
    assert found == speaker or (speaker == "Trump" and found == "Donald Trump")


def test_the_end_of_an_organisation_name_is_no_person() -> None:
    # PolNeAR train, nyt 2016: "Global Development" held "Development" in another sentence
    text = (
        "Scott Morris, a former Treasury official who is now a senior fellow at the Center for "
        "Global Development, which works to alleviate poverty, said that support was strong. A "
        "report by the Organization for Economic Cooperation and Development noted that more "
        "than a fifth of immigrants were poor."
    )
    r = Resolver.build(text)
    names = {p.name for people in r.by_surname.values() for p in people}
    assert "Global Development" not in names
    assert "Scott Morris" in names


@pytest.mark.parametrize(
    "name",
    [
        # names the train store held, from these train sentences:
        # "exactly the kind of liberal jurist many Republicans fear Mrs. Clinton would choose"
        "kind of liberal jurist many Republicans",
        # "criticizing them as anti-Latino, a tactic Democrats hope will dampen Latino support"
        "a tactic Democrats",
        # "suggested that the troubles besetting some of his competitors could be blamed"
        "his competitors",
        # "told POLITICO they were only leaning toward Cruz"
        "toward Cruz",
        # "Everybody believes in the Geneva Convention until they start losing"
        "Everybody",
        # one unnamed person: "Appearing on CBS' Face the Nation, the GOP front-runner said"
        "GOP front-runner",
        "A White House official",
        # "the body and researchers hope one day to harness that power"
        "the body and researchers",
        # "Polling shows that ''the general public is not very comfortable''"
        "Polling",
        # "(although as Tuesday’s results show, Florida may not be out of reach)"
        "Tuesday’s results",
        # 'said a former U.S. law enforcement official' cut at the initial
        "a former U",
        # "Another person tweeted: “EPIC Troll at Hillary town hall.”"
        "Another person",
        # "See live caucus results" opening a live blog's paragraph: an imperative
        "See live caucus",
        # "Reports say", "Thirteen said", "Together, they ...": no name
        "Reports",
        "Thirteen",
        "Together",
        # "a Supreme Court advocate": one unnamed person
        "Supreme Court advocate",
        # "Unless further rivals immediately quit the race, ''it's very difficult''"
        "Unless further rivals",
        # "People in Fort Pierce said the last time anyone paid attention": a town
        "Fort Pierce",
        "Damascus",
        "the United States",
        # "That’s according to fundraising reports through Jan. 31": a month cut short
        "Jan",
    ],
)
def test_fragments_places_and_pronoun_words_name_no_one(name: str) -> None:
    assert not names_someone(name)


@pytest.mark.parametrize(
    "name",
    [
        "a spokesman for committee Democrats",
        "a longtime adviser to both Clintons",
        "a series of Twitter posts",
        "some Democrats",
        "a few Republican lawmakers",
        "a person familiar with Johnson's views",
        # '“It just came to a head,” the Post reported': an outlet
        "Post",
        "Democratic chairs from Jefferson and Arapahoe",
    ],
)
def test_groups_documents_and_described_sources_name_someone(name: str) -> None:
    # speakers of the train store that stay
    assert names_someone(name)


def test_the_gazetteer_holds_places_not_people() -> None:
    assert is_place("San Diego") and is_place("the United States") and is_place("Iowa")
    assert not is_place("Georgia") and not is_place("Washington") and not is_place("Jordan")


# PolNeAR train, breitbart 2016 and huff-post 2016: a state's senator named, then described
RUBIO = (
    "His victory deals a devastating blow to Florida Sen. Marco Rubio, who many in the "
    "Republican establishment had backed in the hope of derailing Trump’s dash to the "
    "nomination.\n\nRepublican presidential candidates Sen. Ted Cruz (R-Texas) and Donald Trump "
    "participate in the Republican presidential debate.\n\n"
    "“It's a difficult issue,” said the Florida senator, “because it puts in conflict two "
    "competing rights.”"
)


def test_a_description_is_the_person_of_the_article_it_fits() -> None:
    r = Resolver.build(RUBIO)
    assert r.resolve("the Florida senator", RUBIO.index("the Florida senator"))[0] == "Marco Rubio"


def test_a_description_fits_no_person_of_another_state() -> None:
    # Ted Cruz is the last senator named, but of Texas: "the Florida senator" stays unnamed
    text = RUBIO.replace("Florida Sen. Marco Rubio", "the senator")
    r = Resolver.build(text)
    name, _ = r.resolve("the Florida senator", text.index("the Florida senator"))
    assert name != "Ted Cruz" and r.speaker_name(name) is None


def test_the_state_and_party_after_a_name_are_its_roles() -> None:
    # "Sen. Ted Cruz (R-Texas)" is a Texas senator and a Republican
    text = RUBIO + "\n\nThe Texas senator said he would stay in the race."
    r = Resolver.build(text)
    assert r.resolve("The Texas senator", text.index("The Texas senator"))[0] == "Ted Cruz"


def test_a_title_and_a_surname_name_the_person_a_description_means() -> None:
    # PolNeAR train, wash-post 2016: "President Obama" and "Obama", never "Barack Obama"
    text = (
        "President Obama will deliver his final State of the Union address on Tuesday.\n\n"
        "Obama has long had a difficult relationship with some Democrats and immigrant "
        "advocates over his deportation policies. The latest dispute has flared at a time when "
        "he is not only trying to seal his legacy with his final State of the Union address but "
        "has also sought to create a sharp contrast with Republicans over immigration policies. "
        "The president has denounced suggestions by the GOP presidential front-runners."
    )
    r = Resolver.build(text)
    assert r.resolve("The president", text.index("The president"))[0] == "Obama"


def test_a_bare_role_is_no_one_when_someone_else_was_named_since() -> None:
    # PolNeAR train, nyt 2016: Naghmeh and Saeed Abedini are named between "Mr. Obama" and
    # "the president told her"; a role alone is too weak to reach over them
    text = (
        "When President Obama flew to Boise, Idaho, for a speech last winter, he met privately "
        "with the wife of an Iranian-American pastor held prisoner in Iran.\n\nA year later, "
        "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free and would soon "
        "be coming home, the president told her."
    )
    r = Resolver.build(text)
    name, _ = r.resolve("the president", text.index("the president"))
    assert name != "Obama" and r.speaker_name(name) is None


@pytest.mark.parametrize(
    "text, mention, speaker",
    [
        # PolNeAR train headlines and sentences whose opening word was taken for a name
        (
            "BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary.\n\nThe boom of the "
            "campaign went on.",
            "BOOM",
            None,
        ),
        (
            "Besides attacking the former president, while the audience booed loudly, Mr. Trump "
            "asserted that the Bush family had failed.",
            "Besides",
            None,
        ),
        (
            "Plus Democrats are defending a number of red states in 2018.",
            "Plus Democrats",
            None,
        ),
        (
            'Understated Perez raises political profile.\n\n"Donald Trump is a fraud," Perez '
            'said Sunday on NBC\'s "Meet the Press."',
            "Perez",
            "Perez",
        ),
        (
            "It has helped 105,000 farmers in East Africa increase their yields, according to "
            "the foundation's tally.",
            "the foundation's tally",
            None,
        ),
        (
            "Palm Beach County Supervisor of Elections Susan Bucher said that independent "
            "voters can’t vote in the primary.",
            "Elections Susan Bucher",
            "Susan Bucher",
        ),
        (
            "The deal intensifies an existential threat to Israel from Iran, whose leaders have "
            "called for the dissolution of the Jewish state.",
            "whose leaders",
            None,
        ),
        (
            "African-Americans have experienced somewhat more favorable economic trends in "
            "recent years.\n\nRecent polling shows that Bill Clinton's favorability rating among "
            "working-class white Democrats is roughly equivalent.",
            "Recent polling",
            None,
        ),
        (
            "Just Leaked: Look At Hillary’s Shocking Response To Learning 6 Soldiers Died.",
            "Just Leaked",
            None,
        ),
        (
            "Now, roughly half of the 7,500 elite troops overseas are posted outside the Middle "
            "East or South Asia, operating in 85 countries, according to the United States "
            "Special Operations Command.",
            "United States Special Operations Command",
            "United States Special Operations Command",
        ),
        (
            "Former Clinton Pollster Says Clinton Is In Trouble In California Primaries.",
            "Former Clinton Pollster",
            None,
        ),
    ],
)
def test_opening_words_and_bare_roles_name_no_one(
    text: str, mention: str, speaker: str | None
) -> None:
    assert _claim_speaker(text, mention) == speaker


def test_the_body_a_mention_names_after_for_is_the_whole_body() -> None:
    # PolNeAR train, huff-post 2015-11-17: the claim was "Responsive Politics"'s, and so was a
    # later "She" (Hillary Clinton's)
    text = (
        "WASHINGTON — Hillary Clinton argued during Saturday’s Democratic presidential debate "
        "that she could take a hard line on Wall Street excesses.\n\nIn fact, campaign finance "
        "records show the $204,202 that Clinton has raised from hedge fund executives is by far "
        "the most of any 2016 candidate, according to the Center for Responsive Politics."
    )
    assert _claim_speaker(text, "the Center for Responsive Politics") == (
        "Center for Responsive Politics"
    )


def test_she_is_no_body_named_x_for_y() -> None:
    r = Resolver.build("Hillary Clinton spoke.")
    assert not r._agrees("Center for Responsive Politics", Gender.FEMININE)
    assert not r._agrees("Club for Growth", Gender.MASCULINE)
    assert r._agrees("Hillary Clinton", Gender.FEMININE)


def test_an_acronym_before_a_surname_is_no_first_name() -> None:
    # PolNeAR train, breitbart 2016-07-19: "Mukasey" was "AG Mukasey", a person of its own
    text = (
        "Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.\n\n"
        "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told delegates at "
        "the Republican National Convention that Hillary Clinton’s use of a private email "
        "server should disqualify her from becoming president.\n\nMukasey, the Republican "
        "attorney general under former President George W. Bush, criticized Clinton’s email use."
    )
    assert _claim_speaker(text, "Mukasey", at="Mukasey, the") == "Michael Mukasey"


def test_a_thing_owned_by_a_person_makes_no_person_of_both() -> None:
    # PolNeAR train, usa-today 2016-08-10: "Reagan's Gallup average" made a "Reagan Gallup",
    # whom every later "according to Gallup" named
    text = (
        "Reagan's Gallup average that year was 53%, and Bush won the election handily.\n\n"
        "Bush's approval rating dipped into the mid-20s right before the election, according "
        "to Gallup."
    )
    assert _claim_speaker(text, "Gallup", at="Gallup.") == "Gallup"


def test_a_place_after_a_name_is_no_part_of_it() -> None:
    # PolNeAR train, breitbart 2016-02-20: "the Ted Cruz South Carolina victory party" made a
    # person whom "Exit polls taken in South Carolina" named
    text = (
        "It’s been a night mostly lacking of cheers or applause at the Ted Cruz South Carolina "
        "victory party.\n\nExit polls taken in South Carolina found that about three-quarters "
        "of Republican voters support a temporary ban on Muslims."
    )
    assert _claim_speaker(text, "Exit polls taken in South Carolina") != "Ted Cruz South Carolina"
    r = Resolver.build(text)
    assert [p.name for people in r.by_surname.values() for p in people] == ["Ted Cruz"]


def test_a_word_describing_a_person_is_no_part_of_the_name() -> None:
    # PolNeAR train, breitbart 2016-03-29 and wash-post 2016-09-04: the headline's "Liberal
    # Oscar-winner Sarandon" and "South Korean-born Monte Haines" were persons of their own
    text = (
        "Liberal Oscar-winner Sarandon ‘not sure’ about Clinton over Trump.\n\nNew York (AFP) "
        "– Oscar-winning actress Susan Sarandon, star of cult classic “Thelma and Louise,” is "
        "not sure she can vote for Hillary Clinton over Donald Trump.\n\n“That’s a legitimate "
        "concern, because they’re very passionate and very principled,” Sarandon, 69, told "
        "MSNBC Monday."
    )
    assert _claim_speaker(text, "Sarandon", at="Sarandon, 69") == "Susan Sarandon"
    text = (
        "South Korean-born Monte Haines holds little hope for returning to the United States if "
        "the act doesn't pass. Adopted by an American family in 1981 when he was around 10, he "
        "says his family assumed that adopting him automatically made him a U.S. citizen."
    )
    assert _claim_speaker(text, "he", at="he says") == "Monte Haines"


def test_a_surname_as_a_modifier_is_the_person_it_names() -> None:
    # PolNeAR train, wash-post 2016-06-09: "the Sanders claim" was a speaker "The Sanders"
    text = (
        "Bernie Sanders says he will fight on.\n\nClinton has won 15.6 million votes, which is "
        "3.7 million more than Sanders has received. (As for the Sanders claim to have brought "
        "new voters to the party, turnout has been lower than it was in 2008.)"
    )
    assert _claim_speaker(text, "the Sanders") == "Bernie Sanders"
    # ... of a person named in full only: "The Republic" of Turkey is no "Soviet Republic"
    text = (
        "The Soviet Republic of Armenia fell.\n\nThe Republic of Turkey denies that the crime "
        "was a genocide."
    )
    assert _claim_speaker(text, "The Republic", at="The Republic of") != "Soviet Republic"


def test_a_name_after_an_office_ending_in_a_body_word_is_a_person() -> None:
    # PolNeAR train, west-journal 2016-05-26: "RNC Chief of Staff Katie Walsh" named no one,
    # so a later "Walsh" was a speaker "Walsh"
    text = (
        "That, RNC Chief of Staff Katie Walsh explained, is by design.\n\nPointing to one big "
        "change in staffing, Walsh noted that Ohio boasted only one paid staffer ahead of the "
        "2012 election."
    )
    assert _claim_speaker(text, "Walsh", at="Walsh noted") == "Katie Walsh"


def test_a_work_a_person_speaks_in_is_the_persons() -> None:
    # PolNeAR train, usa-today 2016-01-26: "a Medium post" was the speaker of Bush's words
    text = (
        "Retired neurosurgeon Ben Carson proposed the creation of a federal agency to coordinate "
        "cyber security efforts, while Jeb Bush in a Medium post said he would put more "
        "conservative judges on the federal bench."
    )
    assert _claim_speaker(text, "a Medium post") == "Jeb Bush"
    # ... not when the name is the object of a preposition: the poll speaks
    text = (
        "Donald Trump has called for deporting millions. As a result, just 18 percent of "
        "registered Hispanic voters have a favorable view of Trump in a new Washington Post-ABC "
        "News poll."
    )
    assert _claim_speaker(text, "a new Washington Post-ABC News poll") != "Donald Trump"


def test_a_name_given_family_name_first_is_named_by_it() -> None:
    # PolNeAR train, wash-post 2016-05-09: "Ban recalled" was a speaker "Ban"
    text = (
        "Ban Ki-moon, the globe-trotting secretary general of the United Nations, sat inside the "
        "Mayflower Hotel in Washington on a rainy morning this week, sounding relaxed and "
        'reflective.\n\n"That was one of the most difficult moments for me, personally," Ban '
        "recalled."
    )
    assert _claim_speaker(text, "Ban", at="Ban recalled") == "Ban Ki-moon"
    # ... not a surname that a body's name opens: "Trump" is no "Trump Train"
    text = "All aboard the Trump Train, its riders say.\n\nTrump said he would win."
    assert _claim_speaker(text, "Trump", at="Trump said") != "Trump Train"


def test_a_first_name_no_census_holds_opens_a_name_before_another() -> None:
    # PolNeAR train, nyt 2016-02-20: "Giovanni Maria Vian" was a speaker "Maria Vian"
    text = (
        "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, "
        "L'Osservatore Romano, said every pope was ''both religious and political.''\n\n"
        "''Francis' walls are between the north and south of the world,'' Mr. Vian said."
    )
    assert _claim_speaker(text, "Giovanni Maria Vian") == "Giovanni Maria Vian"
    assert _claim_speaker(text, "Mr. Vian") == "Giovanni Maria Vian"


def test_a_plural_of_lower_case_words_keeps_whose_group_it_is() -> None:
    # PolNeAR train, nyt 2016-05-09: "Chinese military commentators" were "military commentators"
    text = (
        "Trillions of dollars in trade pass through it every year.\n\nChinese military "
        "commentators have said China plans to make the Scarborough Shoal a military outpost."
    )
    assert _claim_speaker(text, "military commentators") == "Chinese military commentators"


def test_a_headline_running_into_the_first_line_leaves_its_name() -> None:
    # PolNeAR train, huff-post 2016-08-29: the headline's capitalised words ran on over the
    # line break into "Former Rep. Anthony Weiner", so "Weiner" had no full name
    text = (
        "Anthony Weiner Reportedly Caught In Yet Another Sext Scandal.\n\nFormer Rep. Anthony "
        "Weiner (D-N.Y.), whose political career ended in disgrace after two sexting scandals, "
        "was apparently unable to put down his phone.\nAlthough Weiner admitted to the "
        "newspaper that he and the woman had “been friends for some time,” he claimed they had "
        "never met in person."
    )
    assert _claim_speaker(text, "Weiner", at="Weiner admitted") == "Anthony Weiner"


def test_a_role_and_a_name_after_a_mention_are_the_speaker() -> None:
    # PolNeAR train, politico 2016-03-10: the column was Barack Obama's, and "Former Obama"
    # his alias
    text = (
        "Obama’s former campaign manager David Plouffe has been serving as an outside adviser "
        "to the campaign. Former Obama speechwriter Jon Favreau published a column in The Daily Beast, entitled, "
        "“Why Electing Hillary in ‘16 is More Important Than Electing Obama in ‘08.”"
    )
    assert _claim_speaker(text, "Former Obama") == "Jon Favreau"
    # usa-today 2016-04-06: "The Facts on Where the Race Stands" is Robby Mook's memo
    text = (
        "Clinton campaign manager Robby Mook released a memo titled “The Facts on Where the "
        "Race Stands.”"
    )
    assert _claim_speaker(text, "Clinton campaign") == "Robby Mook"


def test_a_pronoun_after_a_clause_opened_by_a_possessive_is_its_owners() -> None:
    # PolNeAR train, politico 2016-05-05: "Her campaign" was "Jake Tapper's campaign", the
    # speaker of the claim before, whose gender the text does not show
    text = (
        "“Well, to be perfectly candid with you, I’m just not ready to do that at this point,” "
        "Ryan told CNN's Jake Tapper about extending his support to Hillary Clinton's rival.\n\n"
        "Ryan also did not exude confidence when Tapper asked whether Republicans would be able "
        "to hold on to the House and Senate in November.\n\nClinton’s team was all too happy to "
        "seize on Ryan’s comments. Her campaign quickly blasted out an email to supporters."
    )
    r = Resolver.build(text)
    r.remember(text.index("Tapper asked"), "Jake Tapper", False)
    assert r.resolve("Her campaign", text.index("Her campaign"))[0] == (
        "Hillary Clinton's campaign"
    )
    # nyt 2016-08-01: an owner's person set off by commas is who "He" is
    text = (
        "On television, Mr. Trump's campaign chairman, Paul Manafort, dismissed criticism of "
        "Mr. Trump's comments about Ms. Khan as ''Clinton talking points.'' He attempted to "
        "distance Mr. Trump from his plan for banning Muslims."
    )
    r = Resolver.build("Donald J. Trump spoke.\n\n" + text)
    r.remember(r.text.index("Paul Manafort"), "Paul Manafort", False)
    assert r.resolve("He", r.text.index("He attempted"))[0] == "Paul Manafort"


def test_who_after_a_plural_noun_is_no_person_of_the_article() -> None:
    # PolNeAR train, wash-post 2016-02-05: the claim was Tom Coburn's, named before
    text = (
        "Republican Sen. Tom Coburn of Oklahoma backed the centers.\n\nSanders's push for "
        "community health centers helped convince some Democratic lawmakers who thought the ACA "
        "did not go far enough to help rural states."
    )
    r = Resolver.build(text)
    assert r.resolve("who", text.index("who thought")) == (None, True)
    # west-journal 2015-12-31: nor is it Bill Cosby
    text = (
        "Even as Bill Cosby is coming under attack by dozens of women who claim he assaulted "
        "them, his associations are being looked at as well."
    )
    r = Resolver.build(text)
    assert r.resolve("who", text.index("who claim")) == (None, True)


def test_he_is_no_website_and_no_long_body_name() -> None:
    # PolNeAR train, wash-post 2015-12-12: "He defended his position" was Factcheck.org's
    r = Resolver.build("Donald Trump spoke.")
    assert not r._agrees("Factcheck.org", Gender.MASCULINE)
    assert not r._agrees("CARA Family Detention Pro Bono Project", Gender.MASCULINE)
    assert r._agrees("Donald Trump", Gender.MASCULINE)


def test_i_outside_a_quotation_is_the_writer_unless_a_line_gives_someones_words() -> None:
    # PolNeAR train, nyt 2016-04-20: "I argue" was Jason Dana's, quoted two paragraphs before
    text = (
        "''Our simple recommendation for those who make screening decisions is not to use "
        "them,'' wrote Jason Dana, Robyn Dawes and Nathanial Peterson.\n\nMaybe the search "
        "committee for the next president shouldn't put too much weight on what they see. I "
        "argue that speeches and debate performances fit the same pattern."
    )
    r = Resolver.build(text)
    r.remember(text.index("Jason Dana"), "Jason Dana", False)
    assert r.resolve("I", text.index("I argue"))[0] is None
    # breitbart 2016-07-10: a transcript's line is its speaker's
    text = (
        "Oklahoma Gov. Mary Fallin spoke to Jake Tapper.\n\nTAPPER: Do you think Donald Trump "
        "has campaigned as a racial healer?\n\nFALLIN: I think he is trying to campaign as a "
        "racial healer."
    )
    r = Resolver.build(text)
    r.remember(text.index("FALLIN"), "Mary Fallin", False)
    assert r.resolve("I", text.index("I think he"))[0] == "Mary Fallin"


@pytest.mark.parametrize(
    "text, earlier, pronoun, speaker",
    [
        # PolNeAR train, usa-today 2016-05-06: "I" of an interview's answer is the person it
        # is with, not Donald Trump, named in the question
        (
            "Actress Diane Guerrero has become a familiar figure to many through her roles.\n\n"
            "Q: Donald Trump, the likely Republican nominee, says we should round up the 11 "
            "million people here with papers and deport them. What's the impact when you hear "
            "that?\n\nA: Well, I think he has a lot of people afraid.",
            "Donald Trump",
            "I think",
            ("Diane Guerrero", False),
        ),
        # wash-post 2016-09-03: a name runs across no line break ("Va. Marcel Lehel Lazar"
        # showed no gender, and "He" went to the public defender quoted before)
        (
            "The Romanian hacker was sentenced Thursday by a U.S. district judge in Alexandria, "
            'Va.\n\nMarcel Lehel Lazar, 44, known online as "Guccifer," was extradited in 2014.'
            '\n\nDespite his "admittedly brash on-line personality," public defender Shannon S. '
            'Quill wrote, Lazar is actually a devoted father.\n\n"We need him," his wife, '
            "Gabriela Violeta Lazar, wrote in a letter to the court.\n\nA high school graduate, "
            "Lazar had no formal training or computer expertise. He told the New York Times that "
            "he obtained access to the accounts.",
            "Shannon S. Quill",
            "He told",
            ("Marcel Lehel Lazar", False),
        ),
        # breitbart 2016-07-10: the "I" of a transcript's line is its label's, not the host's
        (
            "Sunday, on CNN’s “State of the Union,” Governor Mary Fallin (R-OK) said presumptive "
            "Republican presidential nominee Donald Trump is “trying to campaign as a racial "
            "healer.”\n\nJAKE TAPPER: Donald Trump released a video on Friday talking about "
            "racial healing.\n\nTAPPER: Do you think Donald Trump has campaigned as a racial "
            "healer?\n\nFALLIN: I think he is trying to campaign as a racial healer. I think that "
            "has been part of his message.",
            "TAPPER: Do",
            "I think that has",
            ("Mary Fallin", False),
        ),
        # breitbart 2016-06-24: "he" is no plural group ("Hispanics" took Trump's words)
        (
            "Presumptive Democratic presidential nominee Hillary Clinton unveiled her first "
            "Spanish-language campaign ad, featuring Hispanics telling their family stories and "
            "criticizing Donald Trump’s immigration proposals.\n\nThe ad includes a clip of a "
            "Trump television "
            "interview, in which he says he will assemble a “deportation force” to round up "
            "illegal immigrants.",
            "Hispanics",
            "he says",
            ("Donald Trump", False),
        ),
        # nyt 2015-11-24: "who" after "those" is those, whom no name tells (it was the
        # columnist quoted in the parenthesis)
        (
            "An argument between those who fear Western softness in the face of conquest "
            "(''This is less a 'refugee crisis' and more an occupation,'' Monica Crowley wrote "
            "in The Washington Times last week) and those who fear a vengeful West will become "
            "the very thing it assails.",
            "Monica Crowley",
            "who fear a vengeful",
            (None, True),
        ),
        # wash-post 2016-02-17: a place is no "she" (the claim before was read as Harlem's)
        (
            "Sanders and Clinton see black voters.\n\nHillary Clinton campaigned across the "
            "city with her husband on Tuesday.\n\nSpeaking in Harlem, Clinton, without naming "
            "him, also accused Sanders of being a Johnny-come-lately to racial justice issues."
            "\n\n\"You can't just show up at election time and say the right things and think "
            "that's enough,\" she said to rousing applause.",
            "Harlem",
            "she said",
            ("Hillary Clinton", False),
        ),
        # politico 2016-07-02: a person whose gender nothing shows opens the sentence after
        # the last claim; "The Sanders campaign" opens no person's clause
        (
            "“We’ve got a common enemy,” Burton told state delegates.\n\nNaureen Jahangir, a "
            "Sanders supporter from Hemet, California, is among those who say they have no "
            "intention of backing Clinton. The Sanders campaign was the first time she had been "
            "politically involved, and she doesn’t think Clinton can address the issues.",
            "Burton",
            "she doesn’t",
            ("Naureen Jahangir", False),
        ),
        # politico 2016-05-05: a role noun among the words before the name that opens it
        (
            "Reince Priebus said on Wednesday that the party would unite.\n\nRNC spokesman Sean "
            "Spicer on Thursday evening said the Republican Party was not in a crisis, and urged "
            "that everyone take a deep breath and relax. He expressed confidence that the GOP "
            "could still come together.",
            "Priebus",
            "He expressed",
            ("Sean Spicer", False),
        ),
        # nyt 2016-01-29: "Mr." shows which Clinton owns what opens the clause
        (
            "''It's just not the same,'' said Doug Schoen, a pollster who worked for Bill Clinton "
            "in the White House and for Hillary Clinton in 2000.\n\nThese days, Mr. Clinton's "
            "remarks can be plodding, even rambling at times. By the 30-minute mark on Wednesday "
            "night, some people were yawning and others checking their phones as he mentioned "
            "raising the minimum wage.",
            "Schoen",
            "he mentioned",
            ("Bill Clinton", False),
        ),
        # breitbart 2016-02-20, AP's "The Latest": a "___." line parts items on other people
        (
            "Bernie Sanders says he will win.\n\n___.\n\n4:30 p.m.\n\nSouth Carolina polls "
            "close in a few hours, but for Republican presidential candidate Marco Rubio it’s "
            "never too late to pick up another endorsement.\n\nThe latest is Rep. Joe Wilson, "
            "the South Carolina congressman who gained national attention in 2009 when he yelled "
            "“You lie!” at President Barack Obama.",
            "Sanders",
            "he yelled",
            ("Joe Wilson", False),
        ),
    ],
)
def test_a_pronoun_is_whom_the_text_shows_not_the_last_speaker(
    text: str, earlier: str, pronoun: str, speaker: tuple[str | None, bool]
) -> None:
    r = Resolver.build(text)
    r.remember(text.index(earlier.split()[-1]), earlier.split(":")[0], False)
    assert r.resolve(pronoun.split()[0], text.index(pronoun)) == speaker


def test_a_person_of_a_body_is_the_person() -> None:
    # PolNeAR train, nyt 2015-11-24: the name before "of" and a body speaks, not the body
    # (whose name took it for a group of people, and its "he added" for someone before)
    r = Resolver.build(
        "Consumption tax gains ground.\n\nLeonard Burman, a director of the Tax Policy Center, "
        "spoke first.\n\n''There's no way we can keep the promises we've made,'' said Mr. "
        "Burman of the Tax Policy Center."
    )
    mention = "Mr. Burman of the Tax Policy Center"
    assert r.resolve(mention, r.text.index(mention)) == ("Leonard Burman", False)
    body = "the Communications Workers of America"
    r = Resolver.build(f"Verizon strikers reach a deal.\n\nA deal, said {body} on Friday.")
    assert r.resolve(body, r.text.index(body))[0] != "Communications Workers"


def test_the_people_are_many() -> None:
    # PolNeAR train, politico 2016-02-19: "the American people" was taken for one speaker,
    # whom "I" of the next answers then meant
    text = "Even my own folks say, jeez, Joe, you got 60-70% of the American people think so."
    r = Resolver.build(text)
    assert r.resolve("the American people", text.index("the American")) == (
        "American people",
        True,
    )


def test_a_surname_alone_is_the_first_named_however_often_another_is_named() -> None:
    # PolNeAR train, west-journal 2016-04-18: Eric Trump, named in full seven times to tell him
    # from his father, took Donald Trump's tweet
    text = (
        "As Donald Trump began tweeting out his new nickname for Democratic presidential "
        "candidate Hillary Clinton, his son said The Donald is just getting started.\n\n"
        + "Eric Trump, son of the Republican presidential front-runner, talked politics. "
        * 7
        + "\n\n“Crooked Hillary Clinton is spending a fortune on ads against me. I am the one "
        "person she doesn’t want to run against. Will be such fun!” Trump tweeted."
    )
    r = Resolver.build(text)
    assert r.resolve("Trump", text.index("Trump tweeted")) == ("Donald Trump", False)
