"""The name a speaker is stored under: extracted names cleaned of what is no part of a name.

Every row is a real PolNeAR train sentence, the name the extractor gives its speaker there,
and the name the store files it under (None: no speaker).
"""

# Real sentences keep their curly quotation marks and apostrophes.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import extract
from claimtrack.models import Article
from claimtrack.store import Store
from claimtrack.store.names import speaker_name

# (train sentence, extracted name, its mention, stored name)
ROWS = [
    # a trailing adverb
    (
        "Even an anti-Trump PAC recently revealed its polling shows Trump crushing Rubio in"
        " the Sunshine State.",
        "an anti-Trump PAC recently",
        "an anti-Trump PAC recently revealed its polling",
        None,  # without the adverb, "an anti-Trump PAC": one, not named
    ),
    (
        "Clinton repeatedly invoked President Obama and suggested that Sanders' critiques of"
        " her amounted to attacks on Obama.",
        "Clinton repeatedly",
        "Clinton repeatedly invoked President Obama",
        "Clinton",
    ),
    # a time phrase
    (
        "A Monmouth poll out Monday showed Trump leading in the state.",
        "A Monmouth poll out",
        "A Monmouth poll out",
        "Monmouth poll",
    ),
    # a past participle after the name
    (
        "Still, almost two in three Republican-leaning voters now view Trump favorably,"
        " compared with 31 percent who view him unfavorably, according to a national Gallup"
        " Poll taken last week.",
        "a national Gallup Poll taken last week",
        "a national Gallup Poll taken last week",
        "Gallup Poll",
    ),
    # a work's describing words, once the time phrase after it is gone
    (
        "According to an online University of Texas/Texas Tribune poll out Thursday, the Texas"
        " senator and business mogul each have the support of 27 percent.",
        "an online University of Texas/Texas Tribune poll out",
        "an online University of Texas/Texas Tribune poll out Thursday",
        "University of Texas/Texas Tribune poll",
    ),
    # an average of polls is its owner's average, however the sentence words it
    (
        "In the final round of state primaries next month, Clinton holds a 10-point lead in"
        " California, according to the RealClearPolitics average of polls, where 475 pledged"
        " delegates will be at stake.",
        "RealClearPolitics average of polls",
        "the RealClearPolitics average of polls",
        "RealClearPolitics average",
    ),
    (
        "In Iowa, Trump is in first, according to the Real Clear Politics polling average,"
        " although Carson keeps it competitive.",
        "Real Clear Politics polling average",
        "the Real Clear Politics polling average",
        "Real Clear Politics average",
    ),
    (
        "Trump leads Cruz by roughly 9 percentage points, 42%-32.7%, in the RealClearPolitics"
        " average of recent Hoosier polls.",
        "RealClearPolitics average of recent Hoosier polls",
        "the RealClearPolitics average of recent Hoosier polls",
        "RealClearPolitics average",
    ),
    # a role noun before the name: the name
    (
        "Band member Flea shared the news on social media last week, writing “Feels great to"
        " support someone I believe in.”",
        "Band member Flea",
        "Band member Flea",
        "Flea",
    ),
    # a verb inside the span: the name is its subject
    (
        "At his rallies, Trump primes supporters not to trust the media and cites the crowds"
        " themselves as an example: He says news outlets undercount his supporters, just to"
        " undermine him.",
        "Trump primes supporters",
        "Trump primes supporters",
        "Trump",
    ),
    (
        "The Washington Times reports Beck will endorse Trump rival Sen. Ted Cruz at a rally"
        " in Iowa on Saturday.",
        "Washington Times reports Beck",
        "The Washington Times reports Beck",
        "Washington Times",
    ),
    # an organisation's acronym glued before a name
    (
        "Pro-Clinton super PAC Priorities USA Action announced a small ad buy this week in"
        " Nevada and Florida targeting Latinos in Spanish.",
        "PAC Priorities USA Action",
        "PAC Priorities USA Action",
        "Priorities USA Action",
    ),
    # a quantifier: "many", "some" ... of a group are the group
    (
        "Some Democrats said the party should move on.",
        "Some Democrats",
        "Some Democrats",
        "Democrats",
    ),
    (
        "Only half a dozen Senate Republicans, of 54 total, even expressed a willingness to take"
        " a courtesy meeting with Garland.",
        "a dozen Senate Republicans",
        "a dozen Senate Republicans",
        "Senate Republicans",
    ),
    (
        "A few Republican lawmakers have called for a special prosecutor to take a look at the"
        " FBI’s findings before the Justice Department makes a final decision on prosecution.",
        "A few Republican lawmakers",
        "A few Republican lawmakers",
        "Republican lawmakers",
    ),
    (
        "Virtually all analysts say that if Rubio can’t win his home state, his campaign for"
        " president is over.",
        "Virtually all analysts",
        "Virtually all analysts",
        None,  # "analysts" alone: which ones, it does not say
    ),
    # a relational plural without its complement names no one
    (
        "Many opponents argued that the new salary level would unfairly affect lower-wage"
        " regions of the country.",
        "Many opponents",
        "Many opponents",
        None,
    ),
    (
        "Proponents of the new bill, however, say it would keep enough federal safeguards in"
        " place by having the education department act as an “umpire.”",
        "Proponents",
        "Proponents of the new bill",
        None,
    ),
    (
        "He has been relatively mild in his critiques of Mr. Sanders.\n\nAllies say that he"
        " does not see any need to fully engage either man, believing that Mrs. Clinton can"
        " handle them.",
        "Allies",
        "Allies",
        None,
    ),
    (
        "Other defenders pointed to previous examples of plagiarism in political speech.",
        "defenders",
        "defenders",
        None,
    ),
    (
        "The heads of both lobbying firms told AP they concluded there was no obligation to"
        " disclose the work.",
        "heads",
        "The heads",
        None,
    ),
    (
        "Clinton didn’t stop to answer any questions from press, but at least a dozen members of"
        " Congress told The Huffington Post she thinks the House is within reach.",
        "a dozen members",
        "a dozen members",
        None,
    ),
    # a thing that never speaks
    (
        "The Democratic plan rejected on Monday was similar to a proposal that Manchin pushed"
        " three years ago with Sen. Pat Toomey (R-Pa.).",
        "Democratic plan",
        "The Democratic plan",
        None,
    ),
    # an outlet's kind before its name, and a headline's short name of a party
    (
        'The Israeli newspaper Haaretz noted that "as a matter of policy, Israeli officials do'
        ' not meet with racist and radical politicians."',
        "Israeli newspaper Haaretz",
        "The Israeli newspaper Haaretz",
        "Haaretz",
    ),
    (
        "Dems hope Trump's behavior will help them regain Senate.",
        "Dems",
        "Dems",
        "Democrats",
    ),
    # a word describing a body before its name
    (
        "A six-year trend of declining federal budget deficits will end this year, sooner than"
        " expected, the nonpartisan Congressional Budget Office reported on Tuesday.",
        "nonpartisan Congressional Budget Office",
        "the nonpartisan Congressional Budget Office",
        "Congressional Budget Office",
    ),
    # a person described through another: not that other, and not named
    (
        "“One of the reasons why I work in Mining was the support I got from Richard Osman,”"
        " his colleague wrote on Facebook.",
        "Richard Osman's colleague",
        "his colleague",
        None,
    ),
    (
        "Trump’s Son Says The Battle Against Hillary Will Be Unprecedented.\n\nEric Trump, son"
        " of the Republican presidential front-runner, talked politics Monday on Fox and"
        " Friends.",
        "Eric Trump's Son",
        "Trump’s Son",
        None,
    ),
    # an outlet's name glued before a person's
    (
        "As The Post's Dana Milbank puts it, \"Senate Republicans are unmoved, and liberal"
        ' activists are uninspired."',
        "Post's Dana Milbank",
        "The Post's Dana Milbank",
        "Dana Milbank",
    ),
    # an office whose holder's name was lost
    (
        "Palm Beach County Supervisor of Elections Susan Bucher said that independent voters"
        " can’t vote in the primary.",
        "Palm Beach County Supervisor",
        "Palm Beach County Supervisor",
        None,
    ),
    # a common noun for a kind of body names none of them
    (
        "The vulture fund manager wrote a $500,000 check to a super PAC supporting John Faso, a"
        " Republican trying to fill an open congressional seat.",
        "PAC",
        "PAC",
        None,
    ),
    (
        "Campaign criticizes spy agencies and timing of finding's release.",
        "Campaign",
        "Campaign",
        None,
    ),
    # a group keeps the words that describe it (not "candidates")
    (
        "Rival Republican candidates have long criticized Mr. Trump for once holding liberal"
        " views on matters like abortion.",
        "Rival Republican candidates",
        "Rival Republican candidates",
        "Rival Republican candidates",
    ),
    # ... but "the Saudis" are Saudis, as "Saudis" elsewhere are
    (
        "The Saudis have warned they could sell off hundreds of billions of dollars in American"
        " assets if the bill becomes law.",
        "Saudis",
        "The Saudis",
        "Saudis",
    ),
    # a common plural noun of people alone names no one across a corpus: the police of a
    # Wisconsin town here, of Jupiter, Florida, or San Bernardino in other articles
    (
        "Police said the girl was peppered-sprayed in the crowd by a non-law enforcement person.",
        "Police",
        "Police",
        None,
    ),
    # nor with a word before it that does not say which
    (
        "Former prosecutors said investigators were probably feeling the pressure of time"
        " because of the election.",
        "Former prosecutors",
        "Former prosecutors",
        None,
    ),
    # a role's plural, alone
    (
        "Strategists hope the efforts will help inoculate congressional candidates against"
        " association with Trump's incendiary remarks.",
        "Strategists",
        "Strategists",
        None,
    ),
    # a plural written in lower case that common_words lacks
    (
        "If it doesn't slow down, forecasters say health spending will cripple the U.S."
        " economy within decades.",
        "forecasters",
        "forecasters",
        None,
    ),
    # a pronoun of a headline
    (
        "Hillary Just Vowed To Never Utter These 2 Words During Her Campaign- And It Says A LOT.",
        "It",
        "Words During Her Campaign- And It",
        None,
    ),
    # one person described, not named
    (
        "“Paul’s knowledge, such as it is, is about 20 years old,” said a longtime adviser to"
        " Trump, who declined to be identified and is not in the Lewandowski camp.",
        "a longtime adviser to Trump",
        "a longtime adviser to Trump",
        None,
    ),
    # the seeds' gold keeps "Supporters" and "critics" as speakers
    (
        "Supporters argue that his unconventional diplomatic style reflects pragmatic realism.",
        "Supporters",
        "Supporters",
        "Supporters",
    ),
    # "the Guardian" is an outlet, not a Mr. Guardian
    (
        "The economics professor was headed to Cairo for a conference, the Guardian reported.",
        "Guardian",
        "the Guardian",
        "The Guardian",
    ),
]


@pytest.mark.parametrize(("sentence", "raw", "mention", "stored"), ROWS)
def test_extracted_names_are_stored_cleaned(
    sentence: str, raw: str, mention: str, stored: str | None
) -> None:
    assert speaker_name(raw, mention) == stored


@pytest.mark.parametrize(("sentence", "raw", "mention", "stored"), ROWS)
def test_the_store_files_each_train_sentence_under_the_clean_name(
    tmp_path: Path, sentence: str, raw: str, mention: str, stored: str | None
) -> None:
    article = Article.from_text(sentence)
    claims = extract(article)
    with Store.open(tmp_path / "t.db") as store:
        store.ingest_article(article, claims)
        names = [r["name"] for r in store.speakers()]
        kept = store.conn.execute("SELECT speaker_raw FROM claims").fetchall()
    assert names == ([] if stored is None else [stored])
    assert (raw,) in kept  # the extracted name stays with the claim


@pytest.mark.parametrize(
    "name",
    [
        "Donald Trump",
        "Hillary Clinton's campaign",
        "Trump supporters",
        "House ethics investigators",  # a plural modifier is no verb
        "Iowa biofuels advocates",  # nor after a place
        "RNC members and officials",
        "Democratic chairs from Jefferson and Arapahoe",
        "a CNN tally",  # a noun in -ly
        "some of Clinton's allies",  # a part, kept as said
        "Republican opponents",  # a relational plural with what it is of
        "legal experts",  # a common plural of people with a word that says which
        "Democrats",  # a plural that is no common word
        "Reuters",  # nor an agent's plural, which names and surnames may end like
        "Steven Law",  # a surname that is a word of things that never speak
        "CARA Family Detention Pro Bono Project",  # an acronym inside an organisation's name
    ],
)
def test_names_that_are_names_stay(name: str) -> None:
    assert speaker_name(name, name) in (name, name.removeprefix("a ").removeprefix("A "))


def test_a_plural_glued_before_a_name_is_no_part_of_it() -> None:
    # "Celebrities Julianne Moore, Kerry Washington, Amy Schumer, Janelle Monae and Elizabeth
    # Banks went on Twitter to applaud Obama’s announcement." ... "Moore thanked him for ..."
    assert speaker_name("Celebrities Julianne Moore", "Moore") == "Julianne Moore"
    assert speaker_name("Priorities USA Action", "Priorities USA Action") == (
        "Priorities USA Action"
    )


@pytest.mark.parametrize(
    ("raw", "mention"),
    [
        # "In line with the majority of his fellow Americans, Republican Presidential hopeful
        # Sen. Ted Cruz was also critical of Obama’s stance, telling Breitbart London: ..."
        ("Presidential", "Republican Presidential"),
        # "“... the first time in American history that a major presidential candidate used
        # a phrase widely considered obscene ...,” wrote Ben Jacobs in The Guardian."
        ("Guardian", "Ben Jacobs in\xa0The Guardian"),
        # "Palin’s pugnacious posts about ISIS include one last week saying the danger
        # represented by ISIS had been understated ..."
        (
            "Sarah Palin's pugnacious posts about ISIS include one",
            "Palin’s pugnacious posts about ISIS include one last week",
        ),
        # "Trump, for instance, was wrong in his claim about Ford canceling its plant in
        # Mexico. Ford itself said the deal was on."
        ("Ford itself", "Ford itself"),
        # "An earlier report in a New Hampshire paper said that Sanders had used the images of
        # pastors and veterans in his fliers."
        ("a New Hampshire paper", "a New Hampshire paper"),
    ],
)
def test_cut_words_clauses_and_unnamed_papers_name_no_one(raw: str, mention: str) -> None:
    assert speaker_name(raw, mention) is None


@pytest.mark.parametrize(
    ("raw", "before"),
    [
        # "... said RoseAnn DeMoro, executive director of National Nurses United, a union that
        # has endorsed Mr. Sanders ..."
        ("United", "said RoseAnn DeMoro, executive director of National Nurses "),
        # "National Nurses United for Patient Protection, the super PAC connected to the
        # nation’s largest union of registered nurses, has reported spending more than ..."
        ("Patient Protection", "supporting him.\n\nNational Nurses United for "),
        # "A report released in September by the National Academies of Sciences, Engineering
        # and Medicine noted that more immigrants buy into the American dream ..."
        ("Medicine", "by the National Academies of Sciences, Engineering and "),
    ],
)
def test_the_end_of_a_bodys_longer_name_names_no_one(raw: str, before: str) -> None:
    assert speaker_name(raw, raw, before) is None


@pytest.mark.parametrize(
    ("raw", "mention"),
    [
        # "Students in urban districts typically take 112 standardized tests by the time they
        # graduate from high school, a study by the Council of the Great City Schools found."
        ("Great City Schools", "a study by the Council of the Great City Schools"),
        # "... Islamic State vengeance,” according to a letter to Facebook from the chairman of
        # the U.S. Senate Committee on Homeland Security."
        (
            "Homeland Security",
            "a letter to Facebook from the chairman of the U.S. Senate Committee on Homeland"
            " Security",
        ),
    ],
)
def test_the_end_of_a_bodys_name_in_its_mention_names_no_one(raw: str, mention: str) -> None:
    assert speaker_name(raw, mention) is None


@pytest.mark.parametrize(
    ("raw", "before"),
    [
        # "The Media Research Center’s Dan Gainor will be interviewed about ABC’s TV show
        # Scandal showing an on-air abortion to the tune of “Silent Night.”"
        ("Scandal", "will be interviewed about ABC’s TV show "),
        # "In a tweet, the city of Nice urged people to seek shelter that way, and the hashtag
        # was soon trending globally."
        ("Nice", "In a tweet, the city of "),
    ],
)
def test_a_show_or_a_city_after_its_kind_names_no_one(raw: str, before: str) -> None:
    assert speaker_name(raw, raw, before) is None


@pytest.mark.parametrize(
    ("raw", "mention"),
    [
        # "A German news organization called “The Local” cited that Merkel’s fall in approval
        # ratings in 2015 is attributed to her leadership"
        ("German news organization", "A German news organization"),
        # "You have to go back only 12 years to see a Republican administration defending the
        # idea that ..."
        ("Republican administration", "a Republican administration"),
    ],
)
def test_one_body_described_in_the_mention_names_no_one(raw: str, mention: str) -> None:
    assert speaker_name(raw, mention) is None


def test_a_candidates_campaign_after_a_keeps_its_speaker() -> None:
    # "A Clinton campaign official later walked back the comments, saying that Clinton
    # “didn’t have a particular video in mind,”"
    assert speaker_name("A Clinton campaign", "A Clinton campaign") == "Clinton campaign"


def test_a_name_after_the_keeps_its_speaker() -> None:
    # "Including superdelegates, Clinton now has a total of at least 723 delegates, according
    # to a count by The Associated Press."
    assert speaker_name("Associated Press", "Associated Press", "according to a count by The ") == (
        "Associated Press"
    )


def test_a_title_before_a_word_keeps_it_a_surname() -> None:
    # "But when Mr. Hurt asked Norton to republish the book this year, it declined"
    assert speaker_name("Hurt", "Mr. Hurt") == "Hurt"


def test_the_guardian_never_merges_into_mayor_guardian(tmp_path: Path) -> None:
    # two train articles: Atlantic City's mayor Don Guardian, and the newspaper
    mayor = Article.from_text(
        "Atlantic City Mayor Don Guardian said the city was devastated. “The Taj is having"
        " some difficult times now,” Guardian said.",
        path="a.txt",
    )
    paper = Article.from_text(
        "The economics professor was headed to Cairo for a conference, the Guardian reported.",
        path="b.txt",
    )
    with Store.open(tmp_path / "t.db") as store:
        for article in (mayor, paper):
            store.ingest_article(article, extract(article))
        names = sorted(r["name"] for r in store.speakers())
    assert names == ["Don Guardian", "The Guardian"]


def test_one_body_spelt_with_its_words_apart_or_together_is_one_speaker(tmp_path: Path) -> None:
    # train: "the Real Clear Politics polling average" (wash-post 2015-11-23) and "the
    # RealClearPolitics average of polls" (politico) were two speakers
    apart = Article.from_text(
        "In Iowa, Trump is in first, according to the Real Clear Politics polling average,"
        " with 25 percent.",
        path="a.txt",
    )
    together = Article.from_text(
        "Sanders leads by two points in California, according to the RealClearPolitics"
        " average of polls, where 475 pledged delegates are at stake.",
        path="b.txt",
    )
    with Store.open(tmp_path / "t.db") as store:
        for article in (apart, together):
            store.ingest_article(article, extract(article))
        names = [r["name"] for r in store.speakers()]
    assert names == ["Real Clear Politics average"]


@pytest.mark.parametrize(
    ("raw", "before", "stored"),
    [
        # "It was a natural part of having to run against him — no different, he said, from
        # George H.W. Bush calling Ronald Reagan’s policies “voodoo economics” ..." (breitbart
        # 2016-03-02): "Bush" alone went to Jeb Bush
        ("Bush", "nt, he said, from George H.W. ", "George H.W. Bush"),
        # initials after no first name stay out: "The U.S. [Geological Survey]", "CBC Chairman
        # G.K. [Butterfield]"
        ("Butterfield", "the system. CBC Chairman G.K. ", "Butterfield"),
        ("Ryan", "vestigation.\n\nRepublican U.S. ", "Ryan"),
        # a town's state or a body's initials, no middle name: "... at a rally in Charlotte
        # N.C. [Trump] said ...", "... the Virginia G.O.P. [Obama] ..."
        ("Trump", "at a rally in Charlotte N.C. ", "Trump"),
        ("Obama", "ed by the Virginia G.O.P. ", "Obama"),
        ("Trump", "pporters in Austin U.S. ", "Trump"),
    ],
)
def test_a_first_name_and_initials_before_a_last_name_are_of_the_name(
    raw: str, before: str, stored: str
) -> None:
    assert speaker_name(raw, raw, before) == stored
