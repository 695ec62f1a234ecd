"""Cue lexicons as data: reporting verbs by class, nominal cues, titles, pronouns, group nouns.

The verb lists are drawn from the most frequent Cue spans of the PolNeAR train split
(said, says, according to, told, added, wrote, noted, argued, tweeted, ...) and from the
usual reporting-verb lists. Each verb is written once as a lemma; `verb_forms` inflects it.
"""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

# the days of the week, capitalised as in running text ("said on Tuesday")
DAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

# the months, capitalised as in running text ("In July, ... said"; "a poll in June")
MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class CueClass(StrEnum):
    """What a cue says about the speaker's stance toward the content."""

    SPEECH = "speech"
    DENIAL = "denial"
    CONFIRMATION = "confirmation"
    DECLINE = "decline"
    HEDGE = "hedge"


# attitudes after "be", cues with what they bear on or the clause they hold ("Republicans have
# been critical of Clinton’s use of personal email", "some Democrats are concerned that Sanders’
# tactics could make it more difficult to unite"): PolNeAR train, 36 of 41 "be critical of /
# concerned that / unhappy with ..." outside quotations and other contents are gold cues
ATTITUDE_CUES: tuple[str, ...] = (
    "critical of",
    "supportive of",
    "skeptical of",
    "wary of",
    "concerned about",
    "concerned that",
    "optimistic that",
    "hopeful that",
    "confident that",
    "unhappy with",
    "pleased with",
    "angry about",
)

# forms of a cue that are attitudes after "be" as well, no passive ("Democratic leaders are
# worried about emerging from their convention with an unmollified ''Bernie or Bust''
# contingent", "More than nine of 10 Republicans in Tennessee and Georgia were worried about
# the economy")
ATTITUDE_FORMS: frozenset[str] = frozenset({"worried about"})

# the reflexive pronouns of "distanced himself from"
DISTANCED_SELVES: tuple[str, ...] = ("himself", "herself", "themselves", "itself")

# lemma, or "lemma:past:third:gerund" when irregular (only the given forms are used; a lemma
# marked "!" is no cue itself: "state!" because "the state" and "some states" are nouns)
SPEECH_VERBS: tuple[str, ...] = (
    "say:said:says:saying",
    "tell:told:tells:telling",
    "write:wrote:writes:writing",
    "think:thought:thinks:thinking",
    "add",
    "note",
    "argue",
    "claim",
    "state!:stated:stating",
    "declare",
    "insist",
    "warn",
    "predict",
    "promise",
    "vow",
    "pledge",
    "assert",
    "contend",
    "maintain",
    "stress",
    "emphasize",
    "emphasise",
    "reiterate",
    "repeat",
    "recall",
    # (the base form and "tweets" are nouns far more often: 414 on PolNeAR train, none a
    # verb cue of a claim)
    "tweet!:tweeted:tweeting",
    "post",
    "respond",
    "reply:replied:replies:replying",
    "conclude",
    "observe",
    "remark!:remarked:remarking",
    "reason",
    "complain",
    "charge",
    "allege",
    "boast",
    "brag:bragged:brags:bragging",
    "counter",
    "testify:testified:testifies:testifying",
    "caution",
    "explain",
    "announce",
    "suggest",
    "report",
    "believe",
    "feel:felt:feels",
    "hope",
    "fear",
    "worry:worried:worries",
    "joke",
    "quip:quipped:quips:quipping",
    "speculate",
    "signal",
    "indicate",
    "hint",
    "imply:implied:implies:implying",
    "recount",
    "reveal",
    "disclose",
    "confide",
    "proclaim",
    "lament",
    "wonder",
    "estimate",
    "assure",
    "remind",
    "inform",
    "concur:concurred:concurs",
    "echo:echoed:echoes:echoing",
    "urge",
    # (not the base form, after "seem to" or another verb most often: "Mr. Trump's tone often
    # seems to encourage aggression"; nor "encouraging", an adjective or a noun's modifier as
    # often: "Progressive groups encouraging Hillary Clinton to run ... are hailing")
    "encourage!:encouraged:encourages",
    "demand",
    "posit",
    "point out:pointed out:points out:pointing out",
    "refer to:referred to:refers to:referring to",
    "go on to say:went on to say:goes on to say",
    "continue to say:continued to say:continues to say:continuing to say",
    "make clear:made clear:makes clear",
    "make it clear:made it clear:makes it clear",
    "show:showed:shows:showing:shown",
    "find:found:finds",
    "acknowledge",
    "admit:admitted:admits:admitting",
    "concede",
    "confirm",
    "deny:denied:denies:denying",
    "reject",
    "dismiss",
    "dispute",
    "refute",
    "rebut:rebutted:rebuts:rebutting",
    "criticize",
    "criticise",
    "accuse",
    "blame",
    "question",
    "ask",
    # a request, with what is asked for ("Other news organizations have asked for copies as
    # well", "Lazar's public defense counsel asked for a sentence of three years"): train, 6 of
    # 6 "asked for" outside claims and their contents are gold cues
    "ask for:asked for:asks for:asking for",
    "call:called:calls:calling",
    "endorse",
    "defend",
    "support!:supported:supports:supporting",
    # a backing to come or insisted on, its modal or "do" in the cue as PolNeAR marks it ("Rep.
    # Alan Grayson, would support later school start times", "Trump did support the idea of
    # such a database"): the base form alone is a noun as often ("the support of", "her support")
    "will support!:can support:could support:will support:would support:did support:does support",
    # a backing under way, its "be" in the cue as PolNeAR marks it ("Minnesota Gov. Mark Dayton
    # is backing Hillary Clinton"): "backing" alone is a noun as often ("with the backing of"),
    # and "had backed" leaves its object before it ("Rubio, who many ... had backed")
    "is backing!:is backing:are backing:was backing:were backing",
    "praise",
    "attack!:attacked:attacking",
    "blast",
    "slam:slammed:slams:slamming",
    "mock",
    "condemn",
    "denounce",
    "decry:decried:decries:decrying",
    "oppose",
    # a preference, with what is favored or preferred ("Independents strongly favored Mr.
    # Sanders over Mrs. Clinton", "he prefers to fly private"): train 24 claims, 22 inside
    # gold, 23 right by reading ("favor" alone is a noun as often: "in Democrats' favor")
    "favor!:favored:favors",
    "prefer:preferred:prefers",
    "propose",
    "dub:dubbed:dubs:dubbing",
    "describe",
    "label:labeled:labels:labeling",
    "brand",
    "deride",
    # criticisms with a person or a plan as their object ("assailed Christie", "railed
    # against the Trans-Pacific Partnership", "lashed out at Turkey"): PolNeAR train gold
    # cues in 62 of 74 (all forms; the nouns "rebukes" and "scolds" make no claim)
    "assail",
    "rebuke",
    "lambaste",
    "bemoan",
    "chide",
    "scold",
    "reference!:referenced",
    "rail against:railed against:rails against:railing against",
    # a warning, a complaint or a boast with what it is of or about: "warned of the global
    # implications a Trump presidency would have", "complained about the dour tone of the
    # Democratic presidential primary", "boasted of his negotiating skills"
    "warn of",
    "warn about",
    "complain about",
    "boast of",
    "boast about",
    "brag about:bragged about:brags about:bragging about",
    # a worry with what it is about: "American officials have long worried about Saudi
    # Arabia's suspected role in promoting a hard-line strain of Islam"
    "worry about:worried about:worries about",
    "highlight!:highlighted:highlights",
    "applaud",
    "hail",
    "voice!:voiced:voicing",
    "retweet",
    "take aim at:took aim at:takes aim at:taking aim at",
    "congratulate",
    "downplay",
    "play down:played down:plays down:playing down",
    "outline!:outlined:outlines:outlining",
    # what is set out, as an outline is ("Sanders also laid out a political reform agenda",
    # "He also laid out his plan for fighting the Islamic State"): train, 8 of 10 "laid out"
    # outside claims and their contents are gold cues (not the base form, after "to" most often).
    # Other senses become claims too ("Workers laid out the chairs", "He laid out $5 million"):
    # none stands in PolNeAR; a guard asking for a plan, case or view noun among the object's
    # first six words kept 19 of the 20 train+dev objects but cost +0.38% instructions (cg.sh)
    "lay out!:laid out:lays out:laying out",
    "call out:called out:calls out:calling out",
    "rip into:ripped into:rips into:ripping into",
    "lash out at:lashed out at:lashes out at:lashing out at",
    # a stand taken for or against a person or a plan, with what it is for or against: "In
    # 2010, he voted against a measure to temporarily extend the Bush tax cuts", "Sen. Graham
    # has come out in support of Cruz", "he spoke out in favor of Democrat nominee Hillary
    # Clinton" (the nouns "a vote against", "votes for" and "campaign against" make no claim)
    "vote against!:voted against:voting against",
    "vote in favor of!:voted in favor of:voting in favor of",
    "vote in support of!:voted in support of:voting in support of",
    "speak out against:spoke out against:speaks out against:spoken out against",
    "speak out in favor of:spoke out in favor of:speaks out in favor of:spoken out in favor of",
    "come out against:came out against:comes out against",
    "come out in favor of:came out in favor of:comes out in favor of",
    "come out in support of:came out in support of:comes out in support of",
    "argue in favor of:argued in favor of:argues in favor of:arguing in favor of",
    "argue against:argued against:argues against:arguing against",
    "rule against!:ruled against",
    # a vote to come, its modal in the cue as PolNeAR marks it ("Among Republicans, 27 percent
    # would vote for Trump", "Did that mean Garcia would vote for Trump?"): train, 5 of 5
    # "would vote for" outside claims and their contents are gold cues
    "would vote for!:would vote for",
    # a stand taken away from someone or something: "Mr. Rubio quickly distanced himself from
    # the bill", "Bolton distanced himself from the NeverTrump movement" (train: 5 of 5
    # "distanced himself from" outside quotations and other contents are gold cues; not
    # "distancing": "not every organization is distancing itself from Cosby")
    *(
        f"distance {self} from!:distanced {self} from:distances {self} from"
        for self in DISTANCED_SELVES
    ),
    # what is held back from, as PolNeAR marks it (cue the phrase, content its object): "She
    # praised Fields ... but stopped short of calling for Lewandowski to be fired"
    "stop short of:stopped short of:stops short of:stopping short of",
    # an order, with its object ("A judge last month ordered the city to make the video
    # public"): train gold cues in 20 of 26 ("orders" is a noun more often, 2 of 9)
    "order!:ordered:ordering",
    "cite",
    # a memory, with what is remembered ("Tennis great Billie Jean King remembered Ali as fun
    # to be around", "She remembers when military officers showed up at her family's door"):
    # train 11 of 13 "remember(s/ed)" outside quotations are gold cues (the base form is an
    # imperative as often: "Remember:")
    "remember!:remembered:remembers",
    "chant",
    "shout",
    "yell",
    "continue!:continued",
    "answer",
    "put it:put it:puts it",
    # what is voiced or named: "expressed frustration with", "mentioned the Wisconsin
    # Republican’s name", "thanked Mr. Trump"
    "express",
    "mention",
    "thank:thanked:thank:thanking",
    # what is promoted or talked over: "touted his business record", "discussed the plan"
    "tout",
    "discuss",
    "offer!:offered",
    # a comparison, with its two terms: "An EP member cynically likened the EU-Turkey deal
    # to Donald Trump’s proposal ..."
    "liken",
    # (only before the two things compared, see COMPARE_VERBS)
    "compare!:compared:compares:comparing",
    # cognition verbs that PolNeAR train annotates as cues with a "that" clause: "agreed
    # that", "knows that", "learned that", "recognized that", "doubts that", "suspected
    # immediately that", "it assumes that", "Trump has demonstrated that" (the last three:
    # train 12 claims, 11 inside gold, 11 right by reading; not "assuming", a condition of
    # the writer's as often)
    "agree",
    "know:knew:knows",
    "learn",
    "recognize",
    "doubt",
    "suspect",
    "assume:assumed:assumes",
    "demonstrate",
    # intentions, cues before an infinitive only ("plans to raise", "threatened to sue")
    "plan:planned:plans:planning",
    "threaten",
    # an aim: "she sought to rally older, rural and working-class white Democrats" (train: 37
    # of 58 "seeks/sought to" outside quotations and other contents are gold cues, the others
    # aims by reading; "seeking" and "seek" stay out, "seeking to stem his rise" after a noun)
    "seek!:sought:seeks",
    # an aim under way, its "is" in the cue as PolNeAR marks it, with the aim or the thing
    # sought ("Rubio is seeking to stop the bleeding", "President Obama is seeking congressional
    # approval of the gigantic Trans-Pacific Partnership"): train, 7 of 9 "is seeking" outside
    # claims and their contents are gold cues (the other two a relative's: "who is seeking
    # reelection", "the man he is seeking to succeed")
    "is seeking!:is seeking",
    # a wish, cues before an infinitive only: "would like to shrink the federal education
    # department", "both candidates would love to generate the same kind of enthusiasm"
    "like!:would like:’d like:'d like",
    "love!:would love:’d love:'d love",
    "intend",
    # an expectation under way, with what is expected ("Florida elections officials are
    # expecting a record turnout", "The campaign is expecting to air a new ad"): train 10 of
    # 10 "expecting" outside quotations and other contents are gold cues
    "expect!:expecting",
    # refusals to speak, cues before the act refused only ("declined to comment", "refused
    # to say"): see DECLINED_ACT in extract/patterns.py
    "decline",
    "refuse",
    # the attitudes, as written
    *(f"{cue}:{cue}" for cue in ATTITUDE_CUES),
)

# reporting verbs as a headline writes them, in title case: "Trump Says He's Unlikely To ...",
# "Hillary Clinton Slams Donald Trump On Abortion After SCOTUS Ruling", "Newly Released Document
# Reveals State Department Knew Benghazi Security Inadequate" (Reveals ... Vowed: PolNeAR train,
# 22 claims, 19 matching gold, 20 right by reading)
TITLE_CUES: frozenset[str] = frozenset(
    "Says Said Tells Told Claims Warns Vows Insists Admits Denies Predicts Argues Endorses "
    "Shows Finds Calls Slams Praises Urges Blasts Defends Reveals Reveal Revealed Announces "
    "Announced Promises Hints Thinks Explained Confirmed Suggested Vowed".split()
)

# a headline's wish, view or backing, read as the cue whose content it takes: "Pastor Wants
# Girl Scout Leaders To Be Executed For Supporting Gays", "France’s Marine Le Pen Backs
# Trump And Denounces Clinton"
HEADLINE_VERBS: dict[str, str] = {"Wants": "say", "Seeks": "say", "Sees": "say", "Backs": "endorse"}

# cues whose class is not plain speech; every form of the lemma gets the class
CUE_CLASSES: dict[str, CueClass] = {
    "acknowledge": CueClass.CONFIRMATION,
    "admit": CueClass.CONFIRMATION,
    "concede": CueClass.CONFIRMATION,
    "confirm": CueClass.CONFIRMATION,
    "deny": CueClass.DENIAL,
    "reject": CueClass.DENIAL,
    "dismiss": CueClass.DENIAL,
    "dispute": CueClass.DENIAL,
    "refute": CueClass.DENIAL,
    "rebut": CueClass.DENIAL,
    "think": CueClass.HEDGE,
    "believe": CueClass.HEDGE,
    "suggest": CueClass.HEDGE,
    "speculate": CueClass.HEDGE,
    "hint": CueClass.HEDGE,
    "imply": CueClass.HEDGE,
    "wonder": CueClass.HEDGE,
    "decline": CueClass.DECLINE,
    "refuse": CueClass.DECLINE,
    "stop short of": CueClass.DECLINE,
}

# verbs that are cues only before the act of speaking they refuse ("declined to comment")
DECLINE_VERBS: frozenset[str] = frozenset({"decline", "refuse"})

# contents that are a lone adverb or conjunction, no claim: "The full poll can be found here.",
# "As I mentioned above", "Sanders rejected that, too", "24 percent who said otherwise"
FILLER_CONTENTS: frozenset[str] = frozenset(
    "here above below too although though otherwise often".split()
)

# verbs that take an object before the content ("told reporters that", "warned Biden that")
OBJECT_VERBS: frozenset[str] = frozenset(
    {"tell", "assure", "remind", "inform", "warn", "promise", "urge", "write", "show", "ask"}
)

# prepositions that open a sentence's phrase of place, time or manner before a name, which
# is then no subject: "In West Miami, where ...", "At Boca West, ... Jay DiPietro",
# "Unlike Garland,", "Like Makaeff, the former Trump University customer, Roffman" (not "For"
# and "To", which give a view: "To Florida consultant Wilson, the official party line ...")
OPENING_PREPOSITIONS: frozenset[str] = frozenset(
    """
    In With Like Unlike At On From After Before Despite Under Among Against During Since By Of
    Beyond Besides Inside Outside Near
    """.split()
)

# what someone says, as a noun a name owns: "Starr's remarks suggested", "Clinton’s response
# was: “Is Dalton Brody ...”" (the owner is the speaker; not "Trump's latest victories")
SAYING_NOUNS: frozenset[str] = frozenset(
    """
    speech speeches remarks comments words testimony response responses reply replies answer
    answers statement statements
    """.split()
)

# what is echoed, the words of another, after "echo(ed/es/ing)": its object is the content
# when one of these heads it ("Senator Jeff Flake ... who echoed Mr. Ryan's denunciation of Mr.
# Trump's comments", "Other Republicans echoed those comments", "Mrs. Clinton echoed the
# criticism"; not "The tone of his prepared text ... echoed the dark themes": a text echoes
# nothing said), PolNeAR train: 9 claims, 8 matching gold, 8 right by reading
ECHOED_NOUNS: frozenset[str] = frozenset(
    """
    criticism criticisms comment comments remark remarks denunciation theme themes call calls
    concern concerns sentiment sentiments warning warnings argument arguments view views claim
    claims statement statements words message line point points rhetoric charge charges
    accusation accusations assessment praise complaint complaints
    """.split()
)

# verbs that are cues after "to" as the aim of the clause's subject, when no other cue of the
# sentence comes before them: "Sen. Bernie Sanders (I-Vt.) visited NBC's “Today” to discuss his
# recent remarks about his Democratic presidential rival", "Ryan, who was reluctant to endorse
# Mr. Trump" (not "joking that it's boring to discuss politics all the time", nor "spoke on the
# condition of anonymity to discuss the private meeting"): PolNeAR train, discuss 9 claims, 7
# matching gold, 8 right by reading; endorse 10 claims, 7 matching gold, 10 right by reading;
# criticize and condemn 5 claims, 5 matching gold and right by reading ("defend", "praise",
# "attack" and "denounce" with them: 23 claims, 13 matching, 6 outside gold, dev -1)
PURPOSE_VERBS: frozenset[str] = frozenset({"discuss", "endorse", "criticize", "condemn"})

# comparisons that are cues only before what is compared and what it is compared to or with:
# "Henry compared Trump to former California Gov. Pete Wilson", "she compared abortion to the
# Holocaust and slavery" (not the measure "Trump so far has won 758 pledged delegates, compared
# to Cruz's 538", nor "by comparing prediction markets to FiveThirtyEight's forecasts"):
# PolNeAR train, 14 claims, 9 matching gold, 12 right by reading
COMPARE_VERBS: frozenset[str] = frozenset({"compare"})
# their forms, which govern no short quotation outside that frame: "Pew's research focuses on
# comparing online panels to various known government “benchmarks”"
COMPARE_FORMS: frozenset[str] = frozenset({"compared", "compares", "comparing"})

# verbs that are cues only before the one they move and the act they move them to, with a
# speaker that is no "it": "Beck encouraged Americans to join him in a fast", "Palin called a
# pro-Trump delegate candidate, Clara Powers, and encouraged her to take the slot" (not "It
# encouraged people to drive somewhat less", "made the month's data encouraging"): PolNeAR
# train, 7 claims, all 7 matching gold and right by reading
ACT_OBJECT_VERBS: frozenset[str] = frozenset({"encourage"})

# stands taken for or against a person or a plan, cues whose content is what they are for or
# against ("In 2010, he voted against a measure to temporarily extend the Bush tax cuts"):
# train 20 of 21 claims matching gold ("campaigned against" left out: its one claim lost
# its object to a relative "that")
STAND_CUES: frozenset[str] = frozenset(
    {
        "vote against",
        "vote in favor of",
        "vote in support of",
        "speak out against",
        "speak out in favor of",
        "come out against",
        "come out in favor of",
        "come out in support of",
        "argue in favor of",
        "argue against",
        "rule against",
        "would vote for",
        *(f"distance {self} from" for self in DISTANCED_SELVES),
    }
)

# cues whose content is their object: what a warning, a complaint or a boast is of or about
# ("warned of the global implications"), what is highlighted, applauded, hailed, voiced,
# retweeted, taken aim at, congratulated, downplayed, outlined, called out or ripped into
# ("Republican opponents have highlighted Mr. Trump's previously fawning comments"), and what
# is asked for
_OBJECT_CUES: frozenset[str] = frozenset(
    """
    highlight applaud hail voice retweet congratulate downplay outline
    """.split()
) | {
    "lay out",
    "ask for",
    "warn of",
    "warn about",
    "complain about",
    "boast of",
    "boast about",
    "brag about",
    "take aim at",
    "play down",
    "call out",
    "rip into",
    "worry about",
    "will support",
    "is backing",
    *STAND_CUES,
    *(cue for cue in ATTITUDE_CUES if not cue.endswith(" that")),
    "stop short of",
}

# verbs whose content may be a plain noun phrase ("denied the allegations"); "explain" with
# its object ("Rubio only briefly explained the general utility of increasing the number of
# H-1B visas"): PolNeAR train, 14 of its 16 claims right by reading, 15 matching gold;
# "tweeted" with its object ("Clinton tweeted her thanks to the president"): 22 claims, 19
# matching gold, 19 right by reading; "promise", "vow" and "urge" with an article or a
# possessive opening their object ("Clinton promised a country of new opportunities"): 4
# claims, all 4 matching gold; "reiterate" with what it says again ("Ryan reiterated his
# support for Mr. Trump", "Sanders reiterated his belief that there will be a contested
# convention"): train, 10 of 10 "reiterated" outside claims and their contents are gold cues
NP_OBJECT_VERBS: frozenset[str] = frozenset(
    """
    deny reject dismiss dispute refute rebut confirm acknowledge admit criticize criticise
    accuse blame announce cite describe endorse praise attack blast slam mock condemn denounce
    decry defend support oppose propose express mention thank tout discuss question assail
    rebuke lambaste bemoan chide scold reference order
    lament emphasize caution disclose reveal
    explain tweet promise vow urge liken offer favor prefer expect remember
    compare reiterate
    """.split()
) | {"is seeking", "refer to", "rail against", "lash out at", "make clear", *_OBJECT_CUES}

# verbs of saying again, whose object, when it is a nominal cue and its clause ("Trump
# reiterated his belief that Putin “respected him”"), is said again in the nominal's own claim
RESTATING_VERBS: frozenset[str] = frozenset({"reiterate"})

# verbs whose content is a noun phrase only: "referring to the party's convention" is a
# claim, "referring to whether he had communicated with Putin" a topic
NP_ONLY_VERBS: frozenset[str] = frozenset({"refer to"})

# verbs whose content is the person or plan they are about ("endorsed Cruz last week"):
# the content stops before the first comma, preposition or time word
TARGET_VERBS: frozenset[str] = frozenset(
    """
    endorse support oppose praise attack blast slam mock condemn denounce decry criticize
    criticise accuse blame defend propose announce cite describe express mention thank tout
    discuss assail rebuke lambaste bemoan chide scold reference order offer favor prefer
    """.split()
) | {"refer to", "rail against", "lash out at", *_OBJECT_CUES}

# target verbs whose "who" before them is a speaker ("Mary Fallin, who opposes abortion, vetoed
# the bill"): train 10 of 10 "who (has/had/...) oppose(s/d)" outside quotations are gold cues;
# "who announced/described/expressed/questioned/criticized": 14 claims, 13 inside gold, all
# right by reading; "who endorsed" (9 of 19), "who supported" (8 of 20), "who backed" (6 of
# 15), "who accused" (2 of 4) and "who praised" (1 of 2) are not
WHO_TARGET_VERBS: frozenset[str] = frozenset(
    {"oppose", "announce", "describe", "express", "question", "criticize", "echo"}
)

# verbs whose content may follow with no "that" ("Trump said the war would not have started")
BARE_CLAUSE_VERBS: frozenset[str] = frozenset(
    """
    say argue claim insist think believe suggest contend assert declare predict fear hope worry
    allege estimate reason note complain imply admit concede recall conclude stress
    boast brag joke speculate posit testify hint
    """.split()
) | {"continue to say", "go on to say"}

# forms of a verb that are cues only after a work that shows: "every recent state poll has
# shown him trailing Trump", "New Hampshire polls have shown Cruz, Rubio, Kasich and Bush in a
# jumble for second place behind Trump" (after a person, "shown" is most often a passive or
# an attitude)
WORK_ONLY_FORMS: frozenset[str] = frozenset({"shown"})

# forms of a verb whose clause or object may follow with no "that", where its other forms
# are nouns as often: "The company reported a profit of $1.78 per share", "Mr. Trump
# reported raising and spending about $9 million during the month" ("FEC reports show",
# "a police report indicates"); PolNeAR train: 24 claims, 22 matching gold, 24 right by
# reading (the lemma "report" as a bare-clause verb was 57-69% right)
BARE_CLAUSE_FORMS: frozenset[str] = frozenset({"reported"})

# cognition verbs that are cues only before a "that" clause ("agreed that", "knew that"),
# and "agree" before the act agreed to ("agreed to pay"): "You know," and "agreed to a
# match" attribute nothing; and "reason", a noun far more often ("One of the reasons Perez is
# not widely recognized is that ...": train, 4 claims without "that", none in gold)
THAT_ONLY_VERBS: frozenset[str] = frozenset(
    {"agree", "know", "learn", "recognize", "doubt", "reason", "suspect", "assume", "demonstrate"}
)
# cues of THAT_ONLY_VERBS whose clause may come with no "that" when a noun phrase and its
# auxiliary open it ("Clinton knows Sanders will run to the end of the primaries"): train 7
# claims, 6 matching gold, 1 more right by reading; "learn" ("as they learned their candidate
# had won South Carolina's GOP primary"): train 2 claims, both matching gold
NOUN_CLAUSE_VERBS: frozenset[str] = frozenset({"know", "learn"})

# verbs whose content is a quoted label ("called her “weak”", "described Trump as “a great”");
# they make a claim only when a quotation follows
QUOTE_VERBS: frozenset[str] = frozenset({"call", "dub", "label", "brand", "deride"})

# verbs that may come before their speaker: '"...," said Democratic pollster Stan Greenberg'
INVERTED_VERBS: frozenset[str] = frozenset(
    """
    say add write tell ask continue explain note recall reply respond tweet argue insist declare
    observe remark quip joke warn answer shout yell chant counter concede admit acknowledge
    confirm deny state conclude predict complain boast
    """.split()
)

# verbs whose content may be a question or an explanation ("asked Trump how he would")
WH_VERBS: frozenset[str] = frozenset(
    {"ask", "explain", "question", "wonder", "describe", "remember"}
)

# verbs that take an infinitive as content ("promised to leverage it", "vowed to use")
INFINITIVE_VERBS: frozenset[str] = frozenset(
    {"promise", "vow", "pledge", "urge", "demand", "ask", "decline", "refuse"}
) | {
    "plan",
    "threaten",
    "intend",
    "hope",
    "seek",
    "is seeking",
    "like",
    "love",
    "offer",
    "prefer",
    "propose",
    "expect",
}

# infinitive verbs whose content may as well be any noun phrase ("offered to debate April 14
# in Brooklyn", "offered few ideas for easing student debt", "he prefers to fly private",
# "proposed to draft Mr. Clinton as an economic adviser", "proposed a ban", "is seeking
# congressional approval")
INFINITIVE_OR_OBJECT_VERBS: frozenset[str] = frozenset(
    {"offer", "prefer", "propose", "expect", "is seeking"}
)

# verbs that are cues before an infinitive only: "plans to raise taxes", not "plans delegates"
INFINITIVE_ONLY_VERBS: frozenset[str] = frozenset(
    {"plan", "threaten", "intend", "seek", "like", "love"}
)

# a view held by no one named, after "be" ("Twitter is increasingly seen as a source of news",
# "The union ... is widely regarded as one of the more liberal in the labor movement"): PolNeAR
# attributes the subject and what it is seen as to no source; train: 21 of 23 "be seen/viewed/
# regarded as" outside quotations and other contents, after no relative pronoun, "being" or
# "to be", are gold cues
# a name or a fame held by no one named, after "be" ("Ginsburg is known for her liberal bent",
# "Manafort is not known as a debate prep expert"): PolNeAR train, 18 of 19 "be known
# as/for" outside quotations are gold cues, the content the subject and what it is known
# as or for, with no source
KNOWN_AS_CUES: tuple[str, ...] = ("known as", "known for")
HELD_AS_CUES: tuple[str, ...] = ("seen as", "viewed as", "regarded as", *KNOWN_AS_CUES)

# an expectation or an appearance with no one to say it, before an infinitive ("Trump is
# expected to deliver a victory speech", "Sanders seemed to reap the benefits"): PolNeAR
# attributes the clause, subject and infinitive, to no source (or, for a seeming, sometimes
# to its subject); train: 78 of 100 "seem/appear to" before a verb other than be/have,
# outside quotations, are gold cues; before "be" and no gerund, 27 of 34 outside quotations,
# other contents and relatives ("what appeared to be"), a state said by no one ("Indiana
# appears to be a break from the norm"); before "have" 20 of 31, "be" and a gerund 13 of 24
RAISING_CUES: tuple[str, ...] = (
    "expected to",
    "seem to",
    "seems to",
    "seemed to",
    "appear to",
    "appears to",
    "appeared to",
    *HELD_AS_CUES,
)

# a view of someone or something as what it is, cues before an object and "as" only ("Mr.
# Obama sees Mr. Netanyahu as captured by a hard-line philosophy", "developers see golf
# courses as wasted space"): PolNeAR attributes the object and what it is seen as to the one
# who sees it; and a depiction of someone or something as what it is, in the same frame
# ("And Cruz has cast him as weak on immigration", "He portrayed undocumented immigrants as
# criminals with victims", "Stein has framed herself as the Plan B for the ''Bernie or Bust''
# crowd"), not the participles, which a clause's subject says ("Cruz continued his onslaught
# against Donald Trump on Saturday, casting him as a false conservative"): train 18 claims,
# 15 matching gold, 17 right by reading (wrong: "they cast actor Michael B. Jordan as the
# Human Torch")
DEPICTION_CUES: tuple[str, ...] = (
    "portray",
    "portrays",
    "portrayed",
    "cast",
    "casts",
    "frame",
    "frames",
    "framed",
)
# the objects of the depiction cues' other senses, a vote, a spell, a frame for a picture: "Sanders
# supporters cast their ballots as the polls opened", "Comey's letter cast doubt on her
# candidacy as early voting began", "He framed the photo as a gift for his mother" (no depiction)
_CAST_OBJECTS = frozenset(
    "ballot ballots vote votes doubt doubts shadow shadows spell spells aspersions pall glance "
    "glances eye eyes net nets light lot lots die".split()
)
_FRAME_OBJECTS = frozenset(
    "photo photos photograph photographs picture pictures painting paintings portrait "
    "portraits poster posters print prints diploma certificate".split()
)
OTHER_SENSE_OBJECTS: dict[str, frozenset[str]] = dict.fromkeys(
    ("cast", "casts"), _CAST_OBJECTS
) | dict.fromkeys(("frame", "frames", "framed"), _FRAME_OBJECTS)
AS_CUES: tuple[str, ...] = (
    "see",
    "sees",
    "saw",
    "view",
    "views",
    "viewed",
    "regard",
    "regards",
    "regarded",
    *DEPICTION_CUES,
)

# a seeming with no one to seem, cues after "it" and before a clause only ("It appears that
# Trump and Lewandowski had helped bring on this criminal investigation", "it seems like no
# American icon will be spared"): train 7 of 9 outside other contents are gold cues, the
# other two seemings by reading
IT_SEEMS_CUES: tuple[str, ...] = ("seems", "seemed", "appears", "appeared")

# an expectation of someone, cues before the one expected and an infinitive only ("Officials
# expect it to raise rates by roughly one percentage point", "Many observers expect the
# Environmental Protection Agency to dial back the mandate"): train 6 of 6 outside other
# contents are gold cues, dev 4 of 4 ("expected" is "expected to" of RAISING_CUES, or noisier)
EXPECT_CUES: tuple[str, ...] = ("expect", "expects")

# a wish of someone, cues before the thing wished ("Patrick Murphy wants more funding for
# teacher pay", "Other Republicans want Obama to push for new laws"), not before a pronoun or a
# gap ("what they want"); before an infinitive only after a subject that opens its clause
# ("Hillary Clinton wants to bring back the 1990s": train 23 claims, 22 right by reading, 20
# inside gold; "want(s) to" after any subject was below 80% right)
WANT_CUES: tuple[str, ...] = ("want", "wants", "wanted")

# a stand or a judgement in the passive, with its agent the source: "Trump was supported by
# 42 percent of the Republicans surveyed", "This proposal was rejected by 64 percent of the
# electorate", "Her death was confirmed by the Eagle Forum" (PolNeAR: the subject is the
# content, the agent the source)
PASSIVE_BY_VERBS: frozenset[str] = frozenset(
    """
    endorsed supported backed opposed favored rejected criticized praised condemned denounced
    attacked blasted slammed mocked accused blamed questioned disputed dismissed echoed
    applauded hailed welcomed embraced rebuked lambasted ridiculed chastised confirmed
    """.split()
)
PASSIVE_BY_CUES: tuple[str, ...] = tuple(f"{verb} by" for verb in sorted(PASSIVE_BY_VERBS))

# cues before a source that reports what the clause says: "according to X, A" / "A, as first
# reported by the New York Times" (PolNeAR train: 7 of 8 "as reported by" are gold cues)
SOURCE_CUES: tuple[str, ...] = (
    "according to",
    "According to",
    "as reported by",
    "As reported by",
    "as first reported by",
    "As first reported by",
    "as previously reported by",
)

# a summons, whose content is the one summoned and the act asked of them, to its comma:
# "Trump called upon Mayor Bill de Blasio to restart surveillance of mosques and the city's
# Muslim community, which the New York Police Department began ...", "the BLM group is calling
# on Hillary Clinton to “stop pimping black votes”" (PolNeAR train: 18 claims, 16 right by
# reading; the two others the summons "by calling on" means, and a headline's list cut short)
SUMMONS_CUES: tuple[str, ...] = (
    "called on",
    "calls on",
    "calling on",
    "call on",
    "called upon",
    "calls upon",
    "calling upon",
    "call upon",
)

# a question or a doubt raised, what it is about the content: "Trump has raised questions
# about Obama's birthplace and religion", "The clash raised serious doubts about whether
# Congress will heed warnings" (PolNeAR train: 6 claims, all 6 matching gold and right by
# reading; "expressed/voiced concern about" are the object verbs' already); with its raiser
# right before it, not across a comma ("the idea of a former president engaging in
# back-channel communications with foreign leaders, especially amid ..., raises concerns
# about": "foreign leaders" raise nothing)
RAISED_CUES: tuple[str, ...] = tuple(
    f"{verb} {raised} {about}"
    for verb in ("raised", "raises", "raising")
    for raised in ("concern", "concerns", "questions", "new questions", "serious doubts")
    for about in ("about", "over")
)

# a case made, what it is for, against, or that: "They have made the case that she is too
# close to Wall Street banks", "Pulitzer Prize-winning author Junot Díaz made a case for
# reading authors with diverse genders", "super PACs that will be able to make the case for him"
# (PolNeAR train: 6 of the 6 outside quotations and other contents are gold cues)
CASE_CUES: tuple[str, ...] = tuple(
    f"{verb} {article} case {link}"
    for verb in ("made", "make", "makes", "making")
    for article in ("the", "a")
    for link in ("that", "for", "against")
)

# multiword cues, with their class: "refused to confirm or deny ongoing contact"
PHRASE_CUES: dict[str, CueClass] = {
    "refused to confirm or deny": CueClass.DECLINE,
    "refuses to confirm or deny": CueClass.DECLINE,
    "declined to confirm or deny": CueClass.DECLINE,
    "would neither confirm nor deny": CueClass.DECLINE,
    "neither confirmed nor denied": CueClass.DECLINE,
    "neither confirming nor denying": CueClass.DECLINE,
    "declined to say whether": CueClass.DECLINE,
    "declined to comment on": CueClass.DECLINE,
    "refused to comment on": CueClass.DECLINE,
    "would not say whether": CueClass.DECLINE,
    "wouldn't say whether": CueClass.DECLINE,
    "would not comment on": CueClass.DECLINE,
    "offered partial confirmation": CueClass.CONFIRMATION,
    "expressed doubt about": CueClass.HEDGE,
    "expressed doubts about": CueClass.HEDGE,
    "expressed concern that": CueClass.SPEECH,
    "expressed concerns that": CueClass.SPEECH,
    **dict.fromkeys(RAISED_CUES, CueClass.SPEECH),
    **dict.fromkeys(CASE_CUES, CueClass.SPEECH),
    "expressed confidence that": CueClass.SPEECH,
    "raised concerns that": CueClass.SPEECH,
    "spoke about": CueClass.SPEECH,
    "called for": CueClass.SPEECH,
    "calls for": CueClass.SPEECH,
    "calling for": CueClass.SPEECH,
    **dict.fromkeys(SUMMONS_CUES, CueClass.SPEECH),
    "talks about": CueClass.SPEECH,
    "talking about": CueClass.SPEECH,
    "talked about": CueClass.SPEECH,
    "pointed to": CueClass.SPEECH,
    "point to": CueClass.SPEECH,
    "points to": CueClass.SPEECH,
    "pointing to": CueClass.SPEECH,
    "specifically mentioned": CueClass.SPEECH,
}

# acts on a person or a plan, participial cues after a comma, "while", "after" or "before"
# (", accusing it of ''creating a Great Wall of sand''", ", dismissing O'Donnell as "a
# disgruntled former employee""), but not after "by", where they are the means of the verb
# before ("attacked Christie by accusing him"); they open no sentence as cues
COMMA_PARTICIPLES: frozenset[str] = frozenset(
    """
    accusing dismissing describing questioning denouncing touting attacking urging supporting
    endorsing opposing expressing
    """.split()
)

# participial cues after a comma: ", saying that", ", claiming that", ", stating, "
PARTICIPLES: frozenset[str] = (
    frozenset(
        {
            "neither confirming nor denying",
            "calling for",
            "calling on",
            "calling",
            "saying",
            "adding",
            "noting",
            "arguing",
            "claiming",
            "stating",
            "insisting",
            "warning",
            "declaring",
            "acknowledging",
            "admitting",
            "conceding",
            "explaining",
            "suggesting",
            "telling",
            "writing",
            "asserting",
            "contending",
            "maintaining",
            "stressing",
            "emphasizing",
            "predicting",
            "promising",
            "vowing",
            "pledging",
            "complaining",
            "charging",
            "alleging",
            "boasting",
            "recalling",
            "reiterating",
            "denying",
            "rejecting",
            "confirming",
            "pointing out",
            "pointing to",
            "referring to",
            "countering",
            "cautioning",
            "tweeting",
            "announcing",
            "observing",
            "reasoning",
            "quipping",
            "joking",
            "lamenting",
            "citing",
            "implying",
            "hinting",
            "indicating",
            "signaling",
            "criticizing",
            "mentioning",
            "echoing",
            "slamming",
            "mocking",
            "believing",
        }
    )
    | COMMA_PARTICIPLES
)

# participles opening a sentence, capitalised as written there: "Noting that A, Schlafly put"
OPENING_PARTICIPLES: frozenset[str] = frozenset(
    p[0].upper() + p[1:] for p in PARTICIPLES - COMMA_PARTICIPLES if " " not in p
)

# nouns of nominal cues: "his belief that", "his long-standing claim that", "his view that"
CUE_NOUNS: frozenset[str] = frozenset(
    """
    belief claim view assertion argument contention insistence position assessment prediction
    promise pledge warning suggestion statement allegation charge accusation conviction opinion
    hope fear concern denial admission acknowledgment acknowledgement confirmation vow boast
    complaint insinuation notion theory
    """.split()
)

# nominal cues whose content is an infinitive, the act decided or promised: "her decision to
# open Germany's borders", "his promise to spend Sunday at his children's sporting events"
# (not "proposal" or "call": "his recent call to ban all Muslim immigrants" becomes a claim
# each critic of the ban "denies" to the linker, where the links gold reads them as asserting
# that it was proposed: relation accuracy 0.975 -> 0.933)
INTENT_NOUNS: frozenset[str] = frozenset(
    """
    decision decisions promise promises pledge vow desire intention hope hopes demand request
    requests
    """.split()
)

# nouns naming an act, whose object ("of ...") a claim does not assert: "Clinton had been
# 'extremely careless' in her handling of classified material" says how she handled it, not
# that there was any (not every noun in -ing: "the morning of the caucus", "the beginning of")
ACT_NOUNS: frozenset[str] = frozenset({"handling", "mishandling", "use", "misuse"})

NOUN_CLASSES: dict[str, CueClass] = {
    "denial": CueClass.DENIAL,
    "admission": CueClass.CONFIRMATION,
    "acknowledgment": CueClass.CONFIRMATION,
    "acknowledgement": CueClass.CONFIRMATION,
    "confirmation": CueClass.CONFIRMATION,
}

# the modal verbs, which a base-form verb follows ("will say", "shall not")
MODALS: frozenset[str] = frozenset("will would shall can could may might should must".split())

# the words that open an open question ("Who told you that ...?"; linking: polarity.asks after
# an asking cue, topic.asked_only)
QUESTION_WORDS: tuple[str, ...] = tuple("who whom whose what which why how when where".split())
# the forms of "ask", whose object answers: "Hannity asked Trump how high the wall would be"
ASKING: frozenset[str] = frozenset("ask asks asked asking".split())
# the forms of "do" that a base-form verb follows ("did say")
DO_FORMS: frozenset[str] = frozenset({"do", "does", "did"})

# adverbs and auxiliaries allowed between a speaker and its cue ("has long argued", "firmly denied")
AUXILIARIES: frozenset[str] = frozenset(
    """
    has have had is was are were will would could can may might should must did does do also
    still later then again once too long often already never always even just soon overall now
    first since previously recently repeatedly frequently consistently initially specifically
    privately publicly reportedly allegedly flatly firmly categorically vehemently strongly
    openly further indeed not been being however meanwhile instead nonetheless yesterday today
    earlier simply
    """.split()
) | frozenset(DAYS)

# negated auxiliaries as news writes them, with either apostrophe, and the auxiliary each
# negates ("don’t think", "isn't saying", "won't say")
CONTRACTED_NEGATIVES: dict[str, str] = {
    f"{word}{mark}t": aux
    for word, aux in (
        ("don", "do"),
        ("doesn", "does"),
        ("didn", "did"),
        ("won", "will"),
        ("wouldn", "would"),
        ("can", "can"),
        ("couldn", "could"),
        ("isn", "is"),
        ("wasn", "was"),
        ("hasn", "has"),
        ("haven", "have"),
    )
    for mark in "'’"
}
# what may stand between a speaker and its cue, a negation contracted or not
AUXILIARIES_BEFORE_CUE: frozenset[str] = AUXILIARIES | frozenset(CONTRACTED_NEGATIVES)

# words that express denial or non-comment inside the content itself
DENIAL_CONTENT: tuple[str, ...] = (
    r"(?:it|that|this)(?:'s|’s| is| was) (?:not|simply not|absolutely not|just not) true",
    r"(?:it|that|this)(?:'s|’s| is| was) (?:false|untrue|a lie|fake news|nonsense|fabricated)",
    r"\bnone of (?:these|those|this|the|that)\b.{0,80}?\b(?:is|are|was|were) true",
    r"\bnot true\b",
    r"\bnever happened\b",
    r"\b(?:total|complete|absolute) (?:fabrication|lie|nonsense)\b",
)
DECLINE_CONTENT: tuple[str, ...] = (
    r"\b(?:I|we) (?:don't|don’t|do not|won't|won’t|will not|can't|can’t) comment\b",
    r"\bno comment\b",
    r"\b(?:I|we) (?:won't|won’t|will not|wouldn't|wouldn’t) (?:say|tell you)\b",
)

# the prefilter of the content patterns: whatever DENIAL_CONTENT or DECLINE_CONTENT matches
# holds one of these pieces (case-folded), so a content without any skips the regexes (each
# as long as the patterns allow: "lie" alone is in "believe", "happened" in most stories)
DENIAL_KEYS: tuple[str, ...] = (
    "true", "false", " lie", "fake news", "nonsense", "fabricat", "never happened",
)  # fmt: skip
# (the end of the negation before "comment", "say" or "tell you": "comment" alone is in many
# contents, "won" in most stories of a race)
DECLINE_KEYS: tuple[str, ...] = ("t comment", "no comment", "t say", "t tell you")

# words that open a paragraph with a colon but name no speaker: "Note:", "Update:", "FIX IS IN:"
COLON_NON_SPEAKERS: frozenset[str] = frozenset(
    """
note update updated editor editor's related photo photos source sources
correction disclosure read watch video click see also listen subscribe
follow share via credit image caption more breaking exclusive opinion
analysis advertisement q a question answer the this here today
why what how when where who transcript partial full graphic
chart map warning spoiler ps p.s. tl;dr bottom key topic
topics tags filed posted contributing paid notice deaths reporting additional
written edited produced daily news big win is in for
of and on to at with
    """.split()
)

# pronouns, by what they can stand for; a speaker pronoun agrees with its antecedent
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"i", "you", "he", "she", "it", "we", "they", "who"})
SINGULAR_PRONOUNS: frozenset[str] = frozenset({"he", "she"})  # one person, third person
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
# pronouns that name a speaker who can open a quotation ("He said", "We believe")
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
# pronouns that take a plural verb ("they say", "I say", not "says")
PLURAL_VERB_PRONOUNS: frozenset[str] = frozenset({"i", "we", "you", "they"})
# "his son said": the possessive and the subject pronoun it stands for
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "their": "they", "its": "it"}
# every pronoun, in any case form: never part of a name
PRONOUNS: frozenset[str] = SUBJECT_PRONOUNS | frozenset(POSSESSIVE_PRONOUNS) | {"him", "them"}

# words before a name that are no part of it: courtesy titles, offices, roles, and the
# party or country words of "Democratic Sen. X"; dropped to find the name ("Sen. Ted Cruz")
# words whose period is an abbreviation's, not a sentence end: "Mr. Trump", "Sen. Cruz", "Jan. 5"
# (a single capital, "Donald J. Trump", and letters with periods, "U.S.", are abbreviations too)
ABBREVIATIONS: tuple[str, ...] = tuple(
    """
    Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev St Jr Sr Inc Co Corp Ltd No vs Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ft Mt Pres Atty Supt Det Msgr
    """.split()
)
HONORIFICS: frozenset[str] = frozenset("mr mrs ms miss dr prof sir lady lord rev".split())
TITLES: frozenset[str] = HONORIFICS | frozenset(
    """
    sen rep gov gen lt col president vice former senator governor professor
    secretary speaker mayor judge justice chairman chairwoman minister prime leader spokesman
    spokeswoman spokesperson representative congressman congresswoman candidate nominee adviser
    advisor director chief editor journalist author host anchor attorney general pope king queen
    prince princess ambassador commissioner chancellor democratic republican democrat gop us u.s.
    state the whip pastor rabbi reverend fr archbishop officer sgt sergeant capt captain
    lieutenant detective deputy trooper admiral actor actress filmmaker
    """.split()
)

# what a word before or in a name says of the person's gender ("Mrs. Clinton", "the
# congresswoman", "Hillary Clinton"): first names given to one gender far more than the other
FEMININE_WORDS: frozenset[str] = frozenset(
    """
    mrs ms miss madam lady queen princess congresswoman spokeswoman chairwoman businesswoman
    councilwoman assemblywoman woman wife mother daughter sister grandmother aunt niece widow
    actress heiress first-lady she her
    abigail alexandra alice alicia amanda amy andrea angela ann anna anne barbara betsy betty
    beverly brenda carly carol caroline catherine chelsea cheryl christine claire condoleezza
    cynthia debbie deborah denise diana diane donna dorothy elaine elena elizabeth ellen
    emily emma erin eva evelyn frances gina gloria hannah heather helen hillary hope huma ivanka
    jane janet jean jennifer jessica jill joan joanna joni joy judith judy julia julie karen
    kate katherine kathleen kathy kellyanne kimberly kirsten laura lauren linda lisa loretta
    lynn madeleine maggie margaret maria marie marilyn martha mary megan megyn melania melissa
    michelle mika monica nancy natalie nicole nikki pamela patricia patty paula rachel rebecca
    rosa ruth samantha sandra sara sarah sharon stephanie susan susana tammy teresa theresa
    tiffany tina valerie victoria virginia wendy
    """.split()
)
MASCULINE_WORDS: frozenset[str] = frozenset(
    """
    mr sir lord king prince congressman spokesman chairman businessman councilman assemblyman
    man husband father son brother grandfather uncle nephew widower actor he his
    aaron adam al alan albert alex alexander andrew anthony antonin barack ben benjamin bernie
    bill billy bob bobby brad brian bruce carl charles charlie chris christopher chuck colin
    corey craig dan daniel david dennis dick don donald doug douglas ed edward eric frank fred
    gary george gerald greg gregory harry henry howard jack jacob james jared jason jeb jeff
    jeffrey jerry jim jimmy joe john johnny jon jonathan joseph josh joshua keith ken kenneth
    kevin larry lawrence mark marco martin matt matthew michael mike mitch mitt newt
    nicholas patrick paul peter phil philip ralph randy raymond reince richard rick rob robert
    roger ron ronald rudy russell ryan sam samuel scott sean stephen steve steven ted terry
    thomas tim timothy todd tom tony vladimir walter wayne william
    """.split()
)


def _first_names() -> dict[str, str]:
    """Return the census first names given to one gender, each with its pronoun ("roy": "he")."""
    lines = (Path(__file__).with_name("first_names.txt")).read_text(encoding="utf-8").splitlines()
    pairs = (line.split() for line in lines if line and not line.startswith("#"))
    return {name: pronoun for pronoun, name in pairs}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Return the English words that are no name ("giant", "concerns"), read on first use: few
    articles ask, and start-up stays quick."""
    text = (Path(__file__).with_name("common_words.txt")).read_text(encoding="utf-8")
    # the comments head the file and each line after them is one word: the words are split
    # off at once (testing each of the 39,000 lines for a comment cost more than the reading,
    # 45M instructions in the first extraction of every process); the test of the file says
    # that no comment stands among the words
    start = 0
    while text.startswith("#", start):
        end = text.find("\n", start)
        start = len(text) if end < 0 else end + 1
    return frozenset(text[start:].split())


# a first name's gender when the words above do not tell it ("Roy Cooper", "Robby Mook"): asked
# only of the first word of a name of two words or more, since many are surnames ("Clinton")
# or words ("Will", "Hope") as well
FIRST_NAME_GENDERS: dict[str, str] = _first_names()

# The familiar forms of given names, each with the formal names it shortens: one paper writes
# "Edward G. Rendell", "Benjamin J. Rhodes", "Joseph R. Biden Jr.", another "Ed Rendell",
# "Ben Rhodes", "Joe Biden" (store/aliases.kin_names); a form given to women and to men keeps
# both ("Pat": Patrick or Patricia)
NICKNAMES: dict[str, frozenset[str]] = {
    familiar: frozenset(formal.split(","))
    for familiar, formal in (
        entry.split(":")
        for entry in """
        al:albert,alan,alfred andy:andrew ben:benjamin bernie:bernard bill:william
        billy:william bob:robert bobby:robert chuck:charles charlie:charles chris:christopher,christine,christina
        dan:daniel danny:daniel dave:david dick:richard doug:douglas ed:edward eddie:edward
        fred:frederick geoff:geoffrey greg:gregory jeff:jeffrey jerry:gerald jim:james
        jimmy:james joe:joseph jon:jonathan ken:kenneth larry:lawrence len:leonard
        liz:elizabeth matt:matthew mike:michael mitch:mitchell nick:nicholas
        pat:patrick,patricia pete:peter rich:richard rick:richard rob:robert ron:ronald
        rudy:rudolph sam:samuel,samantha
        stan:stanley steve:steven,stephen sue:susan ted:edward,theodore tom:thomas tony:anthony
        will:william zeke:ezekiel
        """.split()
    )
}

# the generation a name may end with, which is no last name: "Joseph R. Biden Jr.",
# "Brent Bozell III"
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# role nouns that name one person ("the Kremlin spokesman", "the former president")
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    president spokesman spokeswoman spokesperson senator governor candidate nominee secretary
    congressman congresswoman mayor official aide adviser advisor director chairman chairwoman
    lawyer attorney businessman billionaire leader minister mogul frontrunner front-runner
    reporter author journalist columnist strategist pollster analyst expert professor economist
    source
    manager chair lawmaker representative ambassador judge host historian woman man delegate
    attendee associate insider donor friend colleague ally resident member voter veteran
    diplomat partner son daughter wife husband father mother brother sister staffer operative
    consultant surrogate supporter critic opponent rival challenger incumbent justice chief head
    founder owner executive ceo activist organizer rep sen gov
    """.split()
)

# plural nouns of people with no "s": "the American people", "the women say", "Police say"
PLURALS_WITHOUT_S: frozenset[str] = frozenset(
    "people men women police children staff clergy".split()
)

# nouns naming groups and organisations that speak ("critics", "the campaign", "the Kremlin")
GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "campaign",
        "critics",
        "supporters",
        "advocates",
        "allies",
        "opponents",
        "officials",
        "aides",
        "advisers",
        "advisors",
        "analysts",
        "experts",
        "observers",
        "sources",
        "people",
        "others",
        "voters",
        "parents",
        "republicans",
        "democrats",
        "conservatives",
        "liberals",
        "progressives",
        "lawmakers",
        "leaders",
        "administration",
        "government",
        "committee",
        "agency",
        "department",
        "ministry",
        "kremlin",
        "white house",
        "party",
        "spokespeople",
        "economists",
        "strategists",
        "pollsters",
        "historians",
        "scholars",
        "researchers",
        "scientists",
        "residents",
        "members",
        "delegates",
        "protesters",
        "activists",
        "organizers",
        "prosecutors",
        "investigators",
        "police",
        "authorities",
        "diplomats",
        "staff",
        "team",
        "network",
        "networks",
        "spokesmen",
        "spokeswomen",
        "newspaper",
        "magazine",
        "station",
        "channel",
        "website",
        "outlet",
        "publication",
        "foundation",
        "institute",
        "center",
        "council",
        "board",
        "commission",
        "association",
        "coalition",
        "caucus",
        "office",
        "bureau",
        "attendees",
        "associates",
        "insiders",
        "donors",
        "participants",
        "respondents",
        "readers",
        "viewers",
        "followers",
        "fans",
        "friends",
        "colleagues",
        "staffers",
        "operatives",
        "consultants",
        "surrogates",
        "rivals",
        "majority",
        "plurality",
        "half",
        "third",
        "quarter",
        "percent",
        "court",
        "group",
        "organization",
        "company",
        "firm",
        "union",
        "airline",
        "camp",
        "panel",
    }
)

# words naming the news media as a body: "Chinese State Media", "the press" (organisation
# words, and a headline's source: link/headlines)
MEDIA_WORDS: frozenset[str] = frozenset({"media", "press"})

# words that make a capitalised name an organisation, a place or a work, not a person:
# "White House", "Justice Department", "Fox News", "the Kremlin"
ORGANISATION_WORDS: frozenset[str] = MEDIA_WORDS | frozenset(
    """
    administration agency army association board bureau cabinet campaign center centre
    commission committee company congress corp corporation council court department foundation
    government group house inc institute kremlin ministry network news office organization
    organisation party pentagon police post senate service staff team times union university
    agreement act bank club college county fund hotel international national resort school
    tower treaty
    """.split()
)

# the states of the United States: in this news a place, never a speaker ("in Iowa, talking
# about"). Names that are also first names (Georgia, Virginia) and Washington are left out.
US_STATES: frozenset[str] = frozenset(
    """
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
    Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
    Tennessee Texas Utah Vermont Wisconsin Wyoming
    """.split()
) | frozenset(
    {
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York State",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
    }
)

# the abbreviations of the states, as news writes them after a party letter ("(R-Fla.)") and
# after a town ("in Charlotte N.C."), lower case and without the last dot
STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida",
    "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "ky": "kentucky",
    "la": "louisiana", "md": "maryland", "mass": "massachusetts", "mich": "michigan",
    "minn": "minnesota", "miss": "mississippi", "mo": "missouri", "mont": "montana",
    "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire", "n.j": "new jersey",
    "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina", "n.d": "north dakota",
    "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania", "r.i": "rhode island",
    "s.c": "south carolina", "s.d": "south dakota", "tenn": "tennessee", "tex": "texas",
    "va": "virginia", "vt": "vermont", "wash": "washington", "w.va": "west virginia",
    "wis": "wisconsin", "wyo": "wyoming",
}  # fmt: skip

# words that make a speaker a share of those polled, not a person: "half", "most", "six in 10"
QUANTITY_WORDS: frozenset[str] = frozenset(
    """
    half most many some two-thirds three-fourths about nearly almost one two three four five
    six seven eight nine ten
    """.split()
)

# works that make claims ("the book claims", "Woodward's new book", "the report found")
WORK_NOUNS: frozenset[str] = frozenset(
    """
    book report study poll survey memo article letter statement lawsuit complaint indictment
    filing documents document analysis data research email emails ad video column editorial
    op-ed release tweet post story investigation findings polling polls results figures numbers
    statistics search records transcript speech affidavit
    """.split()
)
# words that date a work rather than name it: "Bob Woodward's new book", "a new Associated
# Press-GfK poll", "the most recent YouGov/Economist survey", "The latest Reuters/Ipsos poll"
WORK_DATES: frozenset[str] = frozenset(
    {"new", "newest", "latest", "recent", "forthcoming", "upcoming"}
)
# words that describe a work without naming it: "a fresh CNN-ORC poll", "a national Gallup
# Poll", "a yearly Gallup poll", "an online University of Texas/Texas Tribune poll", "Another
# recent NBC/Wall Street Journal poll"
WORK_DESCRIBERS: frozenset[str] = frozenset(
    {"fresh", "national", "yearly", "annual", "online", "another"}
)
# a date before a work: "an early-October CBS News poll", "a mid-June Quinnipiac survey"
_DATED = re.compile(r"(?:early|mid|late)-[A-Z][a-z]+")


def undated(words: list[str]) -> list[str]:
    """Return a work's words without the words that date or describe it, when a name follows
    them ("most recent YouGov/Economist survey" -> "YouGov/Economist survey"); else the words.
    Only lower-case words date, and "Another" opening a sentence: "a New York Times poll"
    keeps its "New"."""
    i = 0
    while i < len(words) - 1 and (
        words[i] in WORK_DATES
        or words[i] in WORK_DESCRIBERS
        or (i == 0 and words[i] == "Another")
        or (words[i] == "most" and words[i + 1] == "recent")
        or _DATED.fullmatch(words[i]) is not None
    ):
        i += 1
    return words[i:] if i and words[i][:1].isupper() else words


# what a sentence may open with as its source: "In the latest CBS News poll, Trump's lead ..."
POLL_NOUNS: frozenset[str] = frozenset({"poll", "polls", "survey", "surveys", "polling"})
# works through which their author speaks: "Rubio's campaign sent out a press release saying"
# (a poll, a study or data that show something are speakers themselves)
AUTHORED_WORKS: frozenset[str] = frozenset(
    "statement release letter tweet ad article op-ed lawsuit speech memo post column".split()
)

# capitalised words that open a sentence but never start a name ("But Trump said")
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an and but or so yet still however meanwhile instead then now also in on at as for of to
    from by with after before when while since if because although though that this these those
    there here what which where why how even only just later earlier today yesterday last next
    asked moreover furthermore indeed despite during nor not no all both other others such said
    says like unlike according about over under into without within between among amid through
    until upon whether perhaps maybe again neither either
    """.split()
) | frozenset(day.lower() for day in DAYS)


def verb_forms(entry: str) -> tuple[str, tuple[str, ...]]:
    """Return the lemma of a verb table entry and its surface forms (lemma, -s, -ed, -ing)."""
    parts = entry.split(":")
    lemma = parts[0].rstrip("!")
    if len(parts) > 1:
        given = parts[1:] if parts[0].endswith("!") else parts
        return lemma, tuple(dict.fromkeys(given))
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = (head, head + "s", head + "d", head[:-1] + "ing")
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = (head, head[:-1] + "ies", head[:-1] + "ied", head + "ing")
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = (head, head + "es", head + "ed", head + "ing")
    else:
        forms = (head, head + "s", head + "ed", head + "ing")
    return lemma, tuple(form + tail for form in forms)


def verb_table() -> dict[str, tuple[str, CueClass]]:
    """Return every surface form of a reporting verb mapped to its lemma and cue class."""
    table: dict[str, tuple[str, CueClass]] = {}
    for entry in SPEECH_VERBS:
        lemma, forms = verb_forms(entry)
        cls = CUE_CLASSES.get(lemma, CueClass.SPEECH)
        for form in forms:
            table.setdefault(form, (lemma, cls))
    return table


VERBS: dict[str, tuple[str, CueClass]] = verb_table()
