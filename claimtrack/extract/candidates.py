"""Attribution candidates in one sentence: where a speaker and a cue are, and where the content lies.

A candidate records the speaker mention, the cue, and the `Direction` of its content
("Trump said that A" looks right, "A, Trump said" left). `contents.py` turns candidates
into content spans.
"""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from enum import Enum
from itertools import islice

from claimtrack.extract.appositives import appositive_subject, is_clause
from claimtrack.extract.coref import names_a_place_or_time
from claimtrack.extract.mentions import can_speak, clean_mention, speaker_and_span_before
from claimtrack.extract.patterns import (
    BRIDGE_TO_THAT,
    CLAUSE_BOUNDARY,
    CONTENT_OPENING,
    DECLINED_ACT,
    GERUND_CLAUSE,
    INFINITIVE,
    INVERTED_SPEAKER,
    LOOSE_SUBJECT,
    LOWER_OPENING_SUBJECT,
    NOT_CLAUSE_START,
    NOT_CLAUSE_WORD,
    OPENING_GAP,
    OPENING_SUBJECT,
    PREDICATE_NEXT,
    QUOTE_NEXT,
    RELATIVE_END,
    SUBORDINATE_BEFORE,
    SUBORDINATE_END,
    THAT_OPENING,
    TRAILING_ADVERBIAL,
)
from claimtrack.extract.text import alternation, quotes_closed
from claimtrack.lexicon import (
    ACT_OBJECT_VERBS,
    ATTITUDE_CUES,
    ATTITUDE_FORMS,
    AUXILIARIES_BEFORE_CUE,
    BARE_CLAUSE_FORMS,
    BARE_CLAUSE_VERBS,
    CASE_CUES,
    COMPARE_VERBS,
    CONTRACTED_NEGATIVES,
    DAYS,
    DECLINE_VERBS,
    DO_FORMS,
    ECHOED_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    HEADLINE_VERBS,
    INFINITIVE_ONLY_VERBS,
    INFINITIVE_OR_OBJECT_VERBS,
    INFINITIVE_VERBS,
    INVERTED_VERBS,
    MODALS,
    NOUN_CLAUSE_VERBS,
    NP_OBJECT_VERBS,
    NP_ONLY_VERBS,
    OBJECT_VERBS,
    PARTICIPLES,
    PHRASE_CUES,
    PLURAL_VERB_PRONOUNS,
    PLURALS_WITHOUT_S,
    POSSESSIVE_PRONOUNS,
    PURPOSE_VERBS,
    QUANTITY_WORDS,
    QUOTE_VERBS,
    RAISED_CUES,
    STAND_CUES,
    SUMMONS_CUES,
    TARGET_VERBS,
    THAT_ONLY_VERBS,
    VERBS,
    WH_VERBS,
    WHO_TARGET_VERBS,
    WORK_NOUNS,
    WORK_ONLY_FORMS,
    CueClass,
)

Span = tuple[int, int]

_PASSIVE = frozenset({"is", "was", "are", "were", "been", "being", "be"})
_NEGATION = frozenset({"not", "never"})
_MODALS = MODALS | DO_FORMS
# what stands between a cue and its clause after a contracted negation ("don’t think",
# "isn't saying", "didn't know that"): nothing, or "that"
_BARE_OR_THAT = re.compile(r"\s+(?:(?:that|whether|if)\s+)?")
_FINDING_VERBS = frozenset({"show", "find", "suggest", "indicate", "reveal"})
_QUANTITIES = frozenset(
    "percent % half majority most many some others all few several both none".split()
)
_LEFT_WINDOW = 170
_DAYS = "|".join(DAYS)
# words_in counts this many words at most, in this many characters at most
_WORD_CAP = 16
_WORD_WINDOW = 800
# words that open a sentence but no subject of its cue: "It said", "In 2012 said"
_NO_OPENING = (FUNCTION_WORDS | {"it", "i", "you", "we", "he", "she", "they", "who"}) - {
    "the",
    "a",
    "an",
    "those",
    "these",
    "all",
    "both",
    "others",
    "other",
}
# a subject in lower case: a quantity or a determiner and a noun ("many officials", "the
# judges who"), or a plural noun alone or before its postmodifier ("people who", "proponents
# of", "lobbyists and former foes"; not the verb of "uses big data to help brands find")
_PLAIN_OPENING = re.compile(
    r"(?:(?:many|some|most|several|multiple|other|few|all|both|those|these|the|two|three|four|"
    r"five)\s+[\w\-]"
    r"|(?:people|[a-z][\w\-]*[^s\W’']s)(?:\s+(?:who|of|in|from|with|at|on|and|privy|familiar|"
    r"close|across|around)\b|$))"
)
# a clause verb in a subject makes it a clause, unless a relative pronoun opens it
_CLAUSE_VERBS = frozenset(
    "is was are were will would could can should must did does do has have had".split()
)
_RELATIVES = frozenset({"who", "whose", "that", "which", "whom"})
# how far back the subject of a finding verb is looked for, in characters
_WORK_WINDOW = 150
# words after which a clause opens: "after leaked emails showed", "while a poll showed"
_CLAUSE_OPENERS = frozenset(
    "after while as because since though although when whereas that where".split()
)
# conjunctions before a work's name, no part of it: ", and polls show"
_WORK_CONJUNCTIONS = frozenset("and but yet so".split())
# words after the head of a work's name: "Audit files from NGP VAN", "a poll released
# last week", "Polls there"
_WORK_POSTMODIFIERS = frozenset(
    """
    from by of in for on at released conducted compiled published taken obtained out last
    this there earlier commissioned
    """.split()
)
# works that show or find, beside WORK_NOUNS: "Footage from the game shows that"
_MORE_WORKS = frozenset("footage photos files review inquiry paper tallies math average".split())
# the function words a work's name may hold: "the latest poll", "these records"
_DETERMINERS = frozenset("the a an this these those".split())
# heads of works that take a plural verb without an -s: "Data from the survey show"
_PLURAL_WORKS = frozenset({"data"})
# an act agreed to, not a thing ("agreed to a 10-month moratorium"): " to pay", " to
# effectively end"
_AGREED_ACT = re.compile(
    r"\s+(?P<to>to)\s+(?:effectively\s+|eventually\s+)?"
    r"(?!(?:a|an|the|this|that|it|his|her|their|its|terms|be)\b)[a-z]+\b"
)
# what is agreed with or on, and the clause after its object: " with the analysis", " on a
# moral responsibility", " with Viguerie that Cruz"
_AGREED_WITH = re.compile(r"\s+(?:with|on)\s+(?:(?P<object>[^,;:.“”\"]{1,60}?)\s+that\s+)?(?=\w)")
# the object of a cue verb after a seeming: " the significance of", " little about" (not a
# preposition, a clause or an infinitive)
_SEEMING_OBJECT = re.compile(
    r" (?!(?:to|that|with|on|in|of|for|about|as|by|at|from|and|or|but|if|whether)\b)[\w“\"]"
)
# a quantity opening what a work shows or finds: " virtually nothing", " little evidence"
_WORK_AMOUNT = re.compile(
    r"\s+(?=(?:no|nothing|little|few|only|virtually|nearly|almost|roughly|just|barely|much|"
    r"more|less)\b)"
)
# an attitude shown, after "show" and before its object: " no sign of ", " signs of ", before
# " little inclination", " no interest", " limited enthusiasm", " much of an appetite"
_SHOWN_ATTITUDE = re.compile(
    r"\s+(?:(?:no|little|few)\s+)?(?:immediate\s+|clear\s+)?signs?\s+of\s+"
    r"|\s+(?=(?:no|little|limited|much|scant)\s+(?!signs?\b)[a-z])"
)
# a work's noun phrase and the auxiliaries after it: "a USA TODAY analysis also"
_WORK_NP = re.compile(
    r"(?P<speaker>\S+(?:\s+\S+)*?)"
    rf"(?P<aux>(?:\s+(?:{alternation(AUXILIARIES_BEFORE_CUE)}|[a-z]+ly))*)\s*$"
)
# words ending the head of a subject: "Aides to Clinton" has the head "Aides"
_POSTMODIFIERS = frozenset(
    "to of for in at from with on who whose that which close familiar around across".split()
)
# words that end no subject: a possessive or a preposition ("Trump repeated his claim" is a
# noun cue), a conjunction ("He's comparing ... and says": the cue's subject is "He")
_NO_LAST = (
    _POSTMODIFIERS
    | FUNCTION_WORDS
    | {"and", "but", "then", "or", "nor", "his", "her", "their", "its", "my", "our", "your"}
)
# how far an infinitive content is searched for its comma, in characters
_INFINITIVE_REACH = 400
# a word of the text: "Trump", "don't"
_WORDS = re.compile(r"[\w’']+")
# at least n words, for each n up to _WORD_CAP (each word and each gap read whole, "++" and
# "*+", so that no word is split in two to make up the count)
_AT_LEAST = [re.compile(rf"(?:[^\w’']*+[\w’']++){{{n}}}") for n in range(_WORD_CAP + 1)]
# a second verb of the same subject: "... and has promised to" / "... and suggested that"
_COORDINATED = re.compile(
    r"\s(?:and|but|then)(?P<aux>(?:\s+(?:has|have|had|also|then|later|would|will|did|not|never|[a-z]+ly))*)\s*$"
)
# the rest of an attribution after a quote: " Bloomberg News in October," / " in an interview with CNN."
# a comma that can end a content: not one inside a number ("to furnish $2,000 to participate")
_CLAUSE_COMMA = re.compile(r",(?!\d)")
_LONG_TRAIL = re.compile(r"[^.;:!?“”\"]{0,120}?(?:[,.;:!?—]|[”\"]|''|$)")
# any description right after a quote: '," the conservative-leaning newspaper ' (then "wrote")
_DESCRIPTION_AFTER_QUOTE = re.compile(
    r"(?:''|”|\")[,\s]*(?P<speaker>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[^,.;:!?“”\"]{1,80}?)"
    r"(?P<aux>(?:\s+(?:has|have|had|also|then|later|would|will|[a-z]+ly))*)\s*$"
)
# the end of a content before a speaker description: '," former Florida governor '
# (each mark its own branch, here and above: a pattern whose branches all open with a
# character is tried only where one of those characters stands, not at every position; each
# word and gap read whole, "++": a word split by backtracking is never followed by a space)
_LEFT_END = re.compile(r"(?P<mark>,|”|\"|—|'')\s*+(?:[\w\-.’']++\s++){0,3}$")
# the two words right before a cue: "the debunked " in "the debunked claim that" (each word
# and gap read whole: a third of the instructions of letting sre split them)
_WORDS_BEFORE = re.compile(r"(?:[\w’'\-]++\s++){1,2}$")
# words that make a noun of a cue after them: "a claim that Gowdy's office strongly disputes",
# "her claim that" (the article "the" does not: "cling to the hope that" is theirs)
_NOUN_MARKERS = frozenset({"a", "an", "his", "her", "their", "its", "our", "my", "your"})
# the word before a past form that makes an adjective of it: "of all reported contributions",
# "there have been no reported problems" (or a possessive: "Mrs. Clinton's reported")
_ADJECTIVE_MARKERS = _NOUN_MARKERS | {"the", "all", "no", "any", "of"}
_WORD_BEFORE = re.compile(r"([\w’']+)\s+$")
# a time alone after a past form, which dates what stands before it: "the Washington Post
# reported ten days ago.", "as Breitbart reported a few days later."
_TIME_PAST = re.compile(
    r"\s+(?:a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:hour|day|week|month|year)s?\s+(?:ago|later|earlier)\b"
)
# a manner as the object of a verb: "it this way" / "it that way"
_MANNER = re.compile(r"it\s+(?:this|that)\s+way\b")
# a gerund and its object after an object verb: " barring all foreign Muslims", " enforcing a
# partial no-fly zone" (not a preposition's "-ing": " during", " including", " regarding")
_GERUND_ACT = re.compile(
    r"\s+(?!(?:being|during|including|according|regarding|concerning|following|considering|"
    r"nothing|something|anything|everything|morning|evening|spring|thing|king|ring|string|"
    r"wing|sibling|building|funding|spending|meeting|hearing|ruling|briefing|opening|"
    r"shooting|bombing|killing|warning|finding|polling|training|housing|lobbying)\b)"
    r"[a-z]{3,}ing\s+(?:[a-z$“\"]|[A-Z])"
)
# a gerund as the object of a past form: " raising and spending about $9 million"
_GERUND_OBJECT = re.compile(r"\s+(?!being\b)[a-z]+ing\s+[\w$]")
# what a past form reports with no "that": an act (a gerund), an amount or a thing with its
# article or owner (" a profit of $1.78 per share", " its smallest quarterly profit", " 906
# attacks", " between $5,000 and $15,000", " 'no records'"), or a "that" clause. Not a noun
# phrase with "the", a pronoun or a name, which may open a clause with a nested attribution
# of its own ("reported the email came hours after Donald Trump proposed a ban", whose inner
# claim the links need)
_REPORTED_OBJECT = re.compile(
    r"\s+(?:that\s|(?!being\b)[a-z]+ing\s+[\w$]|"
    r"(?:a|an|its|their|his|her|no|between|about|nearly|almost|more\s+than|at\s+least)\s|"
    r"[\d$'‘“\"])"
)
# a quantity standing for people right before a cue: "many believe that", "some also argue that"
_PEOPLE = r"[Mm]any|[Ss]ome|[Mm]ost|[Oo]thers|[Ff]ew|[Ss]everal|[Bb]oth"
_QUANTITY_BEFORE = re.compile(
    rf"(?<![\w’'])(?P<speaker>{_PEOPLE})"
    r"(?:\s+(?:also|still|now|[a-z]+ly))?\s+$"
)
# a quantity of people opening a clause as the subject of a cue, with its auxiliaries: "But
# few believe", ", many said Monday that", ", 39 have said", "; one suggested" (not a year:
# "in 2012 said"; not "most recently defended") (optional groups as branches, "(?:X|)": see
# patterns.py)
_QUANTITY_SUBJECT = re.compile(
    r"(?:(?P<open>[,;:]\s+|\b(?:[Bb]ut|[Aa]nd|[Ww]hile|[Tt]hough|[Aa]lthough|[Bb]ecause|[Yy]et|[Ss]till)\s+)|)"
    r"(?P<speaker>(?:(?:[Aa]t\s+least|[Nn]early|[Aa]bout|[Mm]ore\s+than|[Aa]lmost)\s+|)"
    rf"(?:{_PEOPLE}|[Nn]one|[Oo]ne|"
    r"(?!(?:19|20)\d\d\b)\d[\d,]*))(?!\s+[a-z]+ly\b)"
    rf"(?P<aux>(?:\s+(?:{alternation(AUXILIARIES_BEFORE_CUE)}|[a-z]+ly))*)\s+$"
)
# what may follow an inverted speaker that ends its sentence: spaces, a closing mark
_SENTENCE_REST = re.compile(r"[\s.)”\"]*")
# a person's name, after at most three words of a role: "Larry Sabato", "lobbyist and GOP
# strategist Charlie Black"
_PROPER_NAME = re.compile(
    r"(?:[a-zA-Z][\w\-]*\s+){0,3}?(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]+"
)
# verbs whose word after them is the one told or asked, not the speaker ("told CNN")
_NOT_INVERTED_AFTER_CLAUSE = frozenset({"tell", "ask"})
# a clause opened by a subject pronoun and its verb: "they’re being spun", "he had never been",
# "it would give"
_PRONOUN_CLAUSE = re.compile(
    r"(?:he|she|they|it|we|I|there)(?:[’'](?:s|d|ll|re|ve|m)\s|\s+(?:(?:also|still|never|not|"
    r"[a-z]+ly)\s+)?(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|does|did|do|[a-z]+ed|(?!(?:this|his|its|thus|plus|yes)\b)[a-z]+[^s\W]s)\b)"
)
# what follows a cue, read in one match where content_start asked four patterns at the same
# place (a regex call costs about 2,000 instructions, even failing at once): CONTENT_OPENING,
# and at its end, as lookaheads, QUOTE_NEXT's mark, _PRONOUN_CLAUSE and NOT_CLAUSE_START's
# word (those two hold as the patterns do where the opening is spaces only: see content_start)
_AFTER_CUE = re.compile(
    rf"{OPENING_GAP}(?:{THAT_OPENING}|(?=(?P<mark>[\"“]|''))"
    rf"|(?:(?=(?P<pronoun>{_PRONOUN_CLAUSE.pattern}))|)(?:(?=(?P<word>{NOT_CLAUSE_WORD}))|))"
)
# the words and groups of no opening (the cue runs past the end of its sentence)
_NOTHING_AFTER: tuple[str, None, None, None, None] = ("", None, None, None, None)
# a clause opened by a noun phrase of a few words and its auxiliary, after a cue of
# NOUN_CLAUSE_VERBS: " Sanders will run", " Americans are impatient", " some of this was
# coming" (not a question word, "it", "this", nor "or are" of "those they know or are
# acquainted with")
_NOUN_CLAUSE = re.compile(
    r"\s+(?!(?:that|what|how|who|why|where|when|whether|if|it|this|about)\b)"
    r"(?:(?!(?:and|or|but|nor)\b)[\w’'\-]+\s+){1,4}?(?:will|would|is|was|are|were|has|had|"
    r"can|could|won[’']t|didn[’']t|doesn[’']t|isn[’']t|wasn[’']t)\b"
)
# a particle after "backing": " down", " away", " off", " them up"
_BACKING_OFF = re.compile(r"\s+(?:(?:down|away|off|out)\b|\w+\s+up\b)")
# an explicit opening of a content after its cue: " that" / ":"
_STRONG_OPENING = re.compile(r"(?:\s*:|\s+(?:that|whether)\b)")
# "that" and the subject of a clause, not a relative clause: " that he" / " that the"
# ("said in an interview that aired Sunday" has no such subject)
_THAT_CLAUSE = re.compile(
    r"\sthat\s+(?=(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|this|these|"
    r"those|some|many|most|no)\b|[A-Z0-9])"
)
# a "that" after a cue's adverbial, and a clause opened by a gerund, a preposition or a
# subordinating word: " that allowing undocumented immigrants to stay ... was" / " that in
# private, Trump has shown" / " that according to its analysis, the NLD has won" (not the
# relative "that" after a noun: " in a documentary that showed off", nor a pronoun "that":
# " hinted at that in a news conference", " if that remains his view")
_CLAUSE_OPENER = (
    r"(?:[a-z]+ing|in|on|at|for|with|without|by|from|under|after|before|during|despite|"
    r"according|if|when|while|although|though|because|since|unless|as|once|sometime|given)\b"
)
_THAT_ANY_CLAUSE = re.compile(
    r"(?<!\bat)(?<!\bof)(?<!\bto)(?<!\bon)(?<!\bif)(?<!\bby)(?<!\bin)(?<!\babout)(?<!\bwith)"
    rf"(?<!\bfor)\sthat\s+(?={_CLAUSE_OPENER})"
)
# the same opening of a clause, read after its "that": "in private", "sometime in the week"
_THAT_CLAUSE_OPENER = re.compile(_CLAUSE_OPENER)
# a time or an occasion after a cue, then a clause opened by a pronoun: " Thursday he" /
# " on Tuesday they" / " in a statement Thursday night they" / " in an interview she"
_WHEN_THEN_SUBJECT = re.compile(
    rf"(?:\s+(?:on\s+)?(?:{_DAYS}|yesterday|"
    r"today|(?:earlier|later)\s+(?:this|that)\s+(?:week|month)|last\s+(?:week|month|year|night))"
    r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|\s+(?:in|at|during|on)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:statement|interview|speech|news\s+conference|press\s+conference|rally|debate|tweet|"
    r"email|e-mail|letter|post|town\s+hall|radio\s+interview|television\s+interview)){1,2}"
    r"\s+(?=(?:he|she|they|we|I|it|there)\s+[a-z’'])"
)
# the subject opening a bare clause: "the driver accelerated" / "he's" / "Clinton would" /
# "people misunderstand"
_CLAUSE_SUBJECT = re.compile(
    r"(?:he|she|they|it|we|I|you|there|the|a|an|his|her|their|its|this|these|those|some|many|"
    r"most|no|people|voters|officials|experts|nobody|everyone|everybody|none|both|all|few|"
    r"several|each|every|our|my|your|[0-9][\d,.%]*|[A-Z][\w’'.\-]*)\b"
)
# the opening of a content by "that" right after its cue: " that " / ", that "
_THAT_OPENING = re.compile(r"[\s,]+that\s+")
# an infinitive right after its cue: " to leverage"
_TO_INFINITIVE = re.compile(r"\s+to\s+(?:[“\"]|'')?[a-z]")
# how an infinitive content opens
_INFINITIVE_OPENINGS = ("to ", "not to ", "never to ")
# the same, negated: " not to take Carrier's calls" (PolNeAR marks the content from "not")
_NOT_TO_INFINITIVE = re.compile(r"\s+(?:not|never)\s+to\s+(?:[“\"]|'')?[a-z]")
# the same after a time or a manner of the promise: " Tuesday to remain in the fight" / " last
# month to take his campaign all the way to the convention" (the content opens at "to")
_TIMED_INFINITIVE = re.compile(
    rf"\s+(?:(?:on\s+)?(?:{_DAYS})(?:\s+(?:night|morning|afternoon|evening))?|yesterday|today|"
    r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|again|repeatedly|publicly|"
    r"privately)\s+(?P<to>(?:(?:not|never)\s+)?to)\s+(?:[“\"]|'')?[a-z]"
)
# a short object before a clause with no "that": " me " / " reporters "
_PRONOUN_OBJECT = re.compile(
    r"\s+(?:me|us|him|her|them|reporters|journalists|supporters|voters|the\s+crowd|the\s+audience)\s+"
    r"(?!that\b|to\b|about\b|of\b|in\b|on\b|at\b|with\b|for\b|and\b|so\b)(?=[a-zA-Z“\"])"
)
# a named object before a clause opened by a pronoun: " The Washington Post he was"
# (or a contraction: " the National Post he’s"; a time between: " The Star-Ledger of Newark
# last week she would"; a few lower-case words of an audience among the names: " TheBlaze
# founder Glenn Beck he would", " a Planned Parenthood gathering in Washington she will")
_NAMED_OBJECT = re.compile(
    r"\s+(?:(?:the|a)\s+)?(?:(?:[A-Z][\w’'.\-]*|host|anchor|founder|reporter|correspondent|"
    r"editor|columnist|gathering|audience|conference)\s+(?:(?:of|in)\s+(?=[A-Z]))?){1,6}"
    rf"(?:(?:on\s+)?(?:{_DAYS}|last\s+(?:week|month|year|night)|this\s+week|yesterday|today)\s+)?"
    r"(?=(?:he|she|they|we|I|it|there)(?:\s+[a-z’']|[’'](?:s|d|ll|re|ve|m)\s)"
    # or a possessive and its noun, then the verb: " the AP his firm worked" / " the AP her
    # group never worked"
    r"|(?:his|her|their|its)\s+[a-z\-]+\s+(?:never\s+|not\s+|[a-z]+ly\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|could|can|did|does|[a-z]+ed)\b)"
)
# a question or explanation after a cue and its object: " Trump how he would" / " why being"
# the one asked and "about": " Bennett about" / " the GOP frontrunner about" / " her about"
_ASKED_ABOUT = re.compile(
    r"\s+(?:me|us|him|her|them|(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|"
    r"the\s+[A-Za-z\-]+(?:\s+[A-Za-z\-]+)?)\s+about\s+(?=[\w“\"])"
)
# how far " about " is looked for after "ask", in characters
_ABOUT_REACH = 50
# the one reminded and "of" or "about": " voters of" / " the audience of" / " foreign policy
# experts of" / " his staff about" (up to four words, none a "that"; not a pronoun: "John
# Kasich reminds us of the Houseguest Who Won’t Leave", "reminds me of Pete Wilson" is a
# likeness)
_REMINDED_OF = re.compile(
    r"\s+(?!(?:me|us|him|her|them|you)\s)(?:(?!that\b)[\w’'.\-]+\s+){1,4}?(?:of|about)\s+"
    r"(?=[\w“\"$])"
)
# the one told and the act: " Jeb Bush to quiet" / " Megyn not to worry" / " schools to let"
_TOLD_ACT = re.compile(
    r"\s+(?:me|us|him|her|them|[A-Za-z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}|"
    r"(?:the|a|his|her|their)\s+[a-z\-]+)\s+(?P<act>(?:not\s+)?to\s+[a-z])"
)
# how far " to " is looked for after "tell", in characters
_ACT_REACH = 50
# the one moved and the act moved to, after ACT_OBJECT_VERBS: " Americans to join him", " the
# State Department to release her email" (not " people to their homes")
_MOVED_TO_ACT = re.compile(
    r"\s+(?:[^\s,.;:!?“”\"]+\s+){1,6}?to\s+(?:[“\"]|'')?"
    r"(?!(?:the|a|an|his|her|their|its|my|our|your|this|these|those|him|them|me|us|it)\b)[a-z]"
)
# what is compared and what it is compared to, after COMPARE_VERBS: " Trump to former
# California Gov. Pete Wilson" (not " to Cruz's 538": a measure, nothing compared)
_COMPARED_PAIR = re.compile(r"\s+(?!(?:to|with)\b)[^.,;:!?“”\"]{1,80}?\s(?:to|with)\s")
# what makes "comparing" a verb of its clause, not a noun's modifier ("A Reddit user's chart
# comparing the first wave of exit polls with ... has been circulated"): a comma or a "be"
_COMPARING_LEAD = re.compile(r"(?:,|\b(?:is|are|was|were|been)|[’']s)\s+$")
# an object headed by words said, after "echo": " Mr. Ryan's denunciation", " those comments",
# " similar liberal themes", " Clinton's line of criticism" (lexicon.ECHOED_NOUNS)
_ECHOED_WORDS = re.compile(
    r"\s+(?:(?:the|those|these|his|her|their|its|a|an|that|this|many|[A-Z][\w.’'\-]*)\s+){0,4}"
    rf"(?:[a-z\-]+\s+){{0,2}}(?:{alternation(ECHOED_NOUNS)})\b"
)
# what makes such an infinitive no aim: "speaking on the condition of anonymity to discuss",
# "not authorized to discuss", "declined to discuss", "topics to discuss"
_NO_PURPOSE = re.compile(
    r"(?:anonymity|authorized|permitted|allowed|declined|refused|agreed|willing|topics|issues|"
    r"went on|go on|goes on)\s+to\s+$"
)
# subjects that move no one to act: "It encouraged people to drive somewhat less"
_NO_MOVER = frozenset({"it", "It", "which", "that"})
_WH_CLAUSE = re.compile(
    r"\s+(?:[^,.;:!?“”\"]{1,40}?\s)?(?P<wh>how|why|what|whether|if|when|where|who|which)\s+[A-Za-z]"
)
# the same after "ask" with a longer object, whose abbreviations keep their periods: " the
# 2016 Democratic White House contender if" / " the former secretary of state during a
# Telemundo Facebook chat if" (a question word only, not a relative: "asked the man who
# ..."; no "to" in the object: "asking potential employees brain-teaser-type questions to
# see how they responded")
_LONG_ASKED = re.compile(
    r"\s+(?:(?!\sto\s)(?:[^,.;:!?“”\"]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.)){1,70}?\s"
    r"(?P<wh>whether|if|why|how)\s+[A-Za-z]"
)
# the question words _LONG_ASKED ends with, looked for first in its reach
_LONG_ASKED_WORDS = (" whether ", " if ", " why ", " how ")
_LONG_ASKED_REACH = 80
# where the target of "blasted Trump's call for a deportation force on Wednesday" ends: a
# comma, a preposition opening a clause or an occasion ("during a debate", "because it fell
# short"), a named medium ("on Twitter", "on The Laura Ingraham Show"), a second verb of the
# speaker ("discussed Trump’s proposed wall and explained", "opposed a similar effort in 2007
# and once again did not like", "offered himself as a ... candidate and made a direct
# appeal"); not "on" or "last" otherwise,
# which PolNeAR keeps in the target ("views on Russia", "on Wednesday", "a steep levy last
# year on the most heavily polluting generators"); a comma inside a number ends nothing
# ("forced HP to slash 30,000 jobs")
_TARGET_END = re.compile(
    r",(?!\d)|\s(?:during|after|before|because|while|when|since|amid|despite|"
    r"and\s+(?:once\s+again\s+|also\s+|then\s+)?(?:has|had|said|is|was|did|does|made|[a-z]{3,}ed))\b"
    rf"|\son\s+(?!(?:{_DAYS})\b)(?:the\s+)?[A-Z]"
    r"|(?P<occasion>\s(?:in|at)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"(?:interview|statement|speech|rally|(?:news|press)\s+conference|debate|email|letter|"
    r"post|tweet|op-ed|session|town\s+hall|commercial|ad|video)\b)"
)
# a word of a list item, no verb: "unemployment", "Mr. Bannon", "$275"
_ITEM_WORD = (
    r"(?!(?:is|was|are|were|has|have|had|will|would|can|could|said|says|did|does)\b)"
    r"[\w’'\-$%.]+"
)
# a list item of up to six words, not a clause's or an appositive's opening (", who",
# ", saying", ", the 1994 deal with Mexico and Canada")
_ITEM = (
    r"(?!(?:the|a|an|as|who|which|where|when|while|whose|whom|including|like|such|rather|"
    r"unless|along|but|or|and|not|also|with|without|in|on|at|by|from|to|for|after|before|"
    r"despite|because|since|if|though|although|even|then|he|she|they|it|we|I|you|there|"
    r"[a-z]+ing|[a-z]+ed)\b)"
    # (nor a name and its verb: ", Grayson began vilifying her and")
    r"(?![A-Z][\w’'\-]*\s+(?!(?:of|for|and|or|the)\b)[a-z])"
    rf"{_ITEM_WORD}(?:\s+{_ITEM_WORD}){{0,5}}"
)
# the rest of a list after a target's comma, up to its "and": ", unemployment and" /
# ", lawmakers, and" / ", R-Texas, and" (not a clause after the "and": ", and he")
_LIST_GOES_ON = re.compile(
    rf",\s+{_ITEM}(?:,\s+{_ITEM}){{0,4}},?\s+(?:and|or)\s+"
    r"(?!(?:he|she|they|it|we|I|you|there|then|also|has|have|had|is|was|will|would|said|"
    r"[a-z]+ed)\b)"
    # (nor the subject of the sentence's verb: "Outside groups supporting New Jersey Gov. Chris
    # Christie, Ohio Gov. John Kasich and Florida Sen. Marco Rubio also have spent heavily")
    r"(?!(?:[^,;:!?“”\"]|\.(?=\s?[A-Z])){0,80}?\b(?:is|was|are|were|has|have|had|will|would|"
    r"can|could|said|says|did|does)\b)"
)
# how many lists, appositives and acts a target may go on past
_TARGET_STEPS = 8
# a name in apposition to the role noun before its comma, closed by a comma: "the first lady,
# Michelle Obama," / "a federal judge, Gonzalo P. Curiel,"
_APPOSITIVE_NAME = re.compile(
    r"(?<=[a-z]),\s+[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|[A-Z]\.)){1,3},\s+"
    # (what follows goes on with the target, not a verb or a clause of the sentence's:
    # "the main super PAC supporting her, Priorities USA Action, will not be able")
    r"(?=(?:for|of|as|in|on|at|to|with|from|over|during|because|that|who|which|and)\s)"
)
# an appositive or a relative clause between a target and the verb's complement: ", Susanne
# Rust, of ignoring" / ", who ended his bid for the White House Saturday, as"
_COMPLEMENT_AFTER = re.compile(r",\s+[^,;:.!?“”\"()]{1,100},\s+(?:of|for|as)\s")
# an act the target names, a gerund with its own object ("accused Lewandowski of grabbing
# her"): an occasion after it is the act's ("grabbing her at a press conference in Florida"),
# which PolNeAR keeps in the target
_ACT_IN_TARGET = re.compile(
    r"\s(?:of|for)\s+[a-z]+ing\s+(?:her|him|them|it|me|us|the|a|an|his|their|its)\s"
)
# cues whose target is a person, named with nothing after ("Ryan endorsed Trump in early
# June": PolNeAR marks "Trump")
_PERSON_TARGETS = frozenset({"endorse", "mock", "thank"})
# where a person target ends: also a place or time after it (" in early June", " at a news
# conference", " Wednesday", " last week", " on Friday") or a dash (" - the first time it has
# weighed in")
_PERSON_TARGET_END = re.compile(
    _TARGET_END.pattern + r"|\s(?:in|at|on|last|early|late|earlier|later|this|next|over)\s"
    rf"|\s(?:{_DAYS})\b|\s(?:[–—-]|--)\s|\s\("
)
# where what a stand is for or against ends: as a person target does, or before "with" ("58.9
# percent voting against the SVP initiative with a turnout of 63.1 percent") or the means of
# the stand ("distanced himself from the NeverTrump movement by saying")
_STAND_TARGET_END = re.compile(_PERSON_TARGET_END.pattern + r"|\swith\s|\sby\s+[a-z]+ing\b")
# where the target of a participle after its noun ends ("pastors supporting Mr. Cruz in all of
# Iowa's 99 counties was the brainchild of"): as a person target does, or at the predicate of
# the noun ("have pointed", "paid", "declined to comment", "who's trying", "to clinch")
_NOUN_PREDICATE = re.compile(
    r"\s(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|"
    r"do|who|who[’']s)\s|\s(?:[a-z]{3,}ed|paid|spent|gave|made|took|sent|won|lost|raised)\s+"
    r"(?:to|a|an|the|at|in|on)\b"
)
_RELATIVE_TARGET_END = re.compile(_PERSON_TARGET_END.pattern + "|" + _NOUN_PREDICATE.pattern)
# the stands whose participle after a noun is a relative: "super PACs supporting Kasich"
_RELATIVE_STANDS = frozenset({"support", "oppose"})
# a dash that opens or closes a parenthesis: " — " / " -- " / " – " / " - "
_DASH = re.compile(r"\s(?:—|--|–|-)\s?")
# a relative pronoun right before a cue, which is its subject: "a UN-OPCW panel, which said",
# "the raucous crowd, which periodically chanted"
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:[a-z]+ly\s+|also\s+)?$")

_CLOSING_DASHES = ("— ", "-- ", "– ", " - ", "—")
# how far back the dash opening a parenthesis before a cue is looked for, in characters
_DASHES_REACH = 160
# the prepositions a phrase cue may end with ("referring to", "talking about", "calling for")
_PREPOSITION_ENDS = (" to", " about", " for", " on", " of")
# a verb right after a phrase cue's preposition, whose object was left before it: "is
# Gonzalo Curiel" / "now is mainstream"
_STRANDED_VERB = re.compile(
    r"(?:now\s+|[a-z]+ly\s+)?(?:is|was|are|were|has|have|had|will|would|can|could|should|"
    r"may|might|must)\b"
)
# a participle opening what follows a cue: " referring to" / " adding that"
_PARTICIPLE_NEXT = re.compile(r"\s*[a-z]+ing\b")
# a gerund opening the clause that goes on after an attribution, as its subject: " revoking
# clearances would be" (not a participle of saying, lexicon.PARTICIPLES: " telling them
# Valeant was", " predicting the economy would")
_GERUND_SUBJECT = re.compile(
    rf"\s*(?!(?:{alternation({p.split()[0] for p in PARTICIPLES})})\b)[a-z]+ing\s+"
    r"(?!(?:that|to|he|she|they|it|we|I)\b)"
    r"(?:[\w’'\-]+\s+){0,3}?"
    r"(?:would|could|will|can|may|might|should|must|is|was|are|were|has|had)\b"
)
# a clause with a subject of its own joined to the sentence after a comma: " and Trump
# appeared" / " but he was copied" / " while Trump received" (not a second verb of the
# speaker's, " and railed about", nor an aside, " and I quote")
_CLAUSE_JOINED_NEXT = re.compile(
    r"\s*(?:and|but|while|whereas)\s+"
    r"(?:he|she|they|we|it|there|(?!I\b)[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s+[a-z]"
)
# an object and then a quote: ' Fox News: “Both' / ' her "weak' / ' Trump as “a great'
_OBJECT_THEN_QUOTE = re.compile(
    r"\s+(?P<object>(?:[^.;:!?“”\"]|\.(?=\s?[A-Z])){1,80}?)[,:]?\s*(?P<mark>[\"“]|'')"
)
# an object and then a label in single quotation marks, as headlines write it: " Trump’s
# idea for border wall ‘stupid’" / " Trump line 'racist,'" (no comma in the object: "called
# me, 'Auntie", "called and said, 'Susan" quote what is said)
_OBJECT_THEN_SINGLE = re.compile(
    r"\s+(?P<object>(?:[^.,;:!?“”\"‘’']|[’'](?=s\b)|\.(?=\s?[A-Z])){1,60}?)\s(?:‘|'(?!'))(?=[A-Za-z])"
)
# how far _mark_in looks for a quotation mark, in characters
_MARK_REACH = 200
# an object and a quotation after "called": " Mr. Trump's comments ''racially" (not " for")
# the one called and what: " him a kind, loving and admirable person" / " Trump his friend" /
# " himself a democratic socialist" / " the incident a reason for the U.S. to reinvest" /
# " this a false narrative" / " the whole thing nothing short of an attack"
# (a pronoun, a reflexive, "this", a determiner and up to two words, or a name, then an
# article, a possessive or "nothing" opening the label)
_CALLED_PREDICATE = re.compile(
    r"\s+(?:him|her|them|it|himself|herself|themselves|itself|this|"
    r"(?:the|his|her|their|its)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)?|"
    r"(?:Mr\.|Mrs\.|Ms\.)\s+[A-Z][\w’'\-]*|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})"
    r"\s+(?:a|an|his|her|their|the|nothing)\s+[a-z]"
)
# the one called and a one-word label ending the clause: " him competent," / " himself
# pro-choice," / " the actions lawful," / " Clinton unqualified;" / " themselves very
# conservative." (not a particle, a preposition, a time or an adverb: " her back", " it off",
# " Sanders shortly after", " it something else")
_CALLED_ADJECTIVE = re.compile(
    r"\s+(?:him|her|them|himself|herself|themselves|itself|this|"
    r"(?:the|his|her|their|its)\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*)?|"
    r"(?:Mr\.|Mrs\.|Ms\.)\s+[A-Z][\w’'\-]*|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})"
    r"(?<![’']s)\s+(?:very\s+|so\s+|too\s+)?"
    r"(?!(?:back|up|off|out|in|on|for|to|at|over|home|again|about|into|with|from|by|and|or|but|"
    r"names|every|each|last|this|that|after|before|during|when|while|as|if|because|since|"
    r"yesterday|today|tonight|later|earlier|now|then|once|twice|something|anything|nothing|"
    r"everything|one|more|less|instead|first|too|so|very)\b)(?![a-z]+ly\b)[a-z][\w\-]*"
    r"(?=\s*[,.;:!?)]|\s+and\s)"
)
# where such a label ends: a participle after a comma (", meeting with him in July")
# (not an adjective in -ing inside the label: "a kind, loving and admirable person")
_LABEL_END = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\s+(?!and\b|or\b)[\w“\"]")
# how far such an end is looked for, in characters (a sentence that never ends costs this
# much per label, not its length: "Trump called him a liar" repeated)
_LABEL_REACH = 300
_CALLED_QUOTE = re.compile(r"\s+(?!for\b|on\b)(?:[^.;:!?“”\"]|\.(?=\s?[A-Z])){1,60}?\s(?:[\"“]|'')")
# a label with no quotation mark after "calls" in "what he calls": a word opens it
_PLAIN_LABEL = re.compile(r"\s+(?![\"“‘']|'')[\w$]")
# where such a label ends: a target's end, or a parenthesis
_LABEL_STOP = re.compile(_TARGET_END.pattern + r"|[()]")
# a clause of two or three words: a subject and a form of "be" or "have" ("Sales were great",
# "It was impossible", "Nobody has")
_SHORT_CLAUSE = re.compile(
    r"\s*[\w’'\-]+\s+(?:is|was|are|were|has|had|have|will|would|can|could)(?:\s+[\w’'\-]+)?,?\s*$"
)
# a story, a tale or a joke told, with an optional one told before it: " a joke" / " the story
# of" / " you the truth" / " a slightly different tale"
_TOLD_STORY = re.compile(
    r"\s+(?:(?:me|us|you|him|her|them|[A-Z][\w’'\-]*)\s+)?"
    r"(?:a|an|one|the|his|her|their|its|this|several|many|some|two|three|similar|different)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:joke|jokes|tale|tales|story|stories|anecdote|anecdotes|lie|lies|"
    r"truth|version)\b"
)
# where a story told ends: a comma, a semicolon, or "and" before the teller's next verb
_STORY_STOP = re.compile(r",(?!\d)|;|\s(?:and|but)\s+[a-z]+(?:s|ed)\b")
# an answer right after "said": " yes" / " so" / " the same" / " no." (not " no to the Iraq
# war", " no matter what")
_ANSWER = re.compile(r"\s+(?P<answer>yes\b|so\b|the same\b|no(?=\s*[,.;:!?”\"]))")
# a refused act and its object: " to disavow the endorsement" (not " to be named", " to run.")
_REFUSED_ACT = re.compile(r"\s+(?P<to>to)\s+(?!be\b)[a-z]+\s+(?=[\w“\"'])")
# a request or a question refused: " an interview request" / " multiple requests for" / " a
# question about" / " requests to stop" / " a Department of Defense offer"
_REFUSED_REQUEST = re.compile(
    r"\s+(?=(?:(?:a|an|the|multiple|several|repeated|numerous|all)\s+)?(?:[A-Za-z\-]+\s+){0,4}?"
    r"(?:requests?|questions?|offers?|invitations?)\b)"
)
# a thing promised, vowed or urged: " a country of new opportunities" / " her entire"
_PLEDGED_OBJECT = re.compile(r"\s+(?:a|an|its|their|his|her)\s+[a-z]")
# the one told after a cue that ends its sentence: " The Wall Street Journal" / " her" /
# " The Star-Ledger of Newark"
_TOLD_OBJECT = re.compile(
    r"\s+(?:him|her|them|me|us|reporters|journalists|(?:the\s+)?[A-Z][\w’'.\-]*"
    r"(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'.\-]*){0,5}|"
    # or an audience in lower case: " the court" / " a Senate panel" / " his aides"
    r"(?:the|a|his|her|their)\s+(?:[A-Z][\w’'\-]*\s+)?(?:court|panel|committee|audience|"
    r"crowd|aides|advisers|supporters|donors|reporters|audiences|interviewer|senators))"
)
# the opening of the last quotation before a closing mark, and an owner before it:
# "channel’s “" (a title's owner) / ' "' (anything else) (the owner optional as a branch,
# "(?:X|)": see patterns.py)
_TITLE_OPENING = re.compile(r"(?:(?P<owner>\w(?:’s|'s))\s+|)(?:''|[“\"])(?=[^“”\"]*$)")
# how far back a title's opening mark is looked for, in characters
_TITLE_REACH = 120
# the opening of the last quotation before a closing mark, after a lower-case word: "of “"
_PHRASE_OPENING = re.compile(r"(?<![\w’'\-])[a-z]+\s+(?:''|[“\"])(?=[^“”\"]*$)")
# the end of a quotation before a speaker: ',”' / ".''" / '"'
_QUOTE_END = re.compile(r"(?:''|[”\"])[\s,]*$")


# a pronoun with a contracted auxiliary right before a cue, adverbs or a negation between:
# "he’s predicting" / "He's said" / "she’d told" / "they’ve long argued" / "He’s not saying"
# (no appositive: the group is there for the readers of a SPEAKER_BEFORE match)
_CONTRACTED_BEFORE = re.compile(
    r"(?<![\w’'])(?P<speaker>[Hh]e|[Ss]he|[Tt]hey)[’'](?:s|ve|d)(?P<appos>)"
    r"(?P<aux>(?:\s+(?:not|never|also|long|already|often|still|just|since|[a-z]+ly))*)\s+$"
)
# how far before a cue its contracted subject is looked for, in characters
_CONTRACTED_REACH = 40


class Direction(Enum):
    """Where the content of a cue lies, relative to the cue."""

    RIGHT = "right"  # after the cue: "Trump said that A"
    LEFT = "left"  # before it: "A, Trump said" / '"A," he said'
    QUOTE = "quote"  # a quote split around it: '"A," he said, "B."'
    WHOLE = "whole"  # the whole sentence around it: "The industry, she said, is doing better"
    ASKED = "asked"  # a question put to the speaker: "Asked whether A, X said B"
    # no one says it: "Trump is expected to deliver a victory speech" (from `content_from` to
    # `content_to`, like a question's, and with no speaker either)
    UNSOURCED = "unsourced"
    # no content of its own, kept because its subject speaks a participle that follows:
    # "she said, adding that A"
    NONE = "none"


# not frozen, like Candidates below: a frozen dataclass sets each field through
# object.__setattr__, which makes building one three times dearer, and one is built for each
# cue and each sentence (2% of extraction's instructions). Nothing changes either after it
# is built: forms.subject_speaks makes a new candidate with dataclasses.replace.
@dataclass(slots=True, kw_only=True)
class Candidate:
    """One attribution found in a sentence, before its content is cut (never changed after).

    `start` and `end` bound the attribution (speaker and cue); the content starts at
    `content_from` and, when its end is known already, ends at `content_to`.
    """

    start: int
    end: int
    speaker: Span | None
    cue: Span
    cls: CueClass
    direction: Direction
    content_from: int
    negated: bool = False
    # the speaker is the subject of the sentence ("..., saying that A" / "and has promised to")
    inherit: bool = False
    # the speaker is the clause's subject, not the noun phrase before the cue ("Chaffetz ...
    # sent the referral to the U.S. attorney for the District of Columbia, asking him to"); unlike
    # an inherited one it cuts no content, and with no subject found the claim has no speaker
    subject_speaks: bool = False
    # no speaker was read before the cue, but a "that" clause follows it ("Mrs. Clinton herself,
    # as well as her campaign, has always maintained that"): the clause's subject speaks when
    # there is one, and with none there is no claim
    subject_fallback: bool = False
    content_to: int | None = None


# a right content is cut at a later attribution that opens a clause: ", he said" / "while X said"
_CUT_MARKS = ",;—("
# how far before a candidate its clause boundary is looked for: ", and more than " is 15
_CLAUSE_BOUNDARY_WINDOW = 28
# up to this many candidates in a sentence are walked one by one rather than indexed
_FEW = 8
_MIN_WORDS_BEFORE_CUT = 3


@dataclass(slots=True)
class Candidates:
    """The candidates of one sentence in order of start, indexed so that finding where a
    content ends takes a bisection, not a walk over every other candidate (never changed
    after it is built, but for `right_ends`, gathered on first use)."""

    items: list[Candidate]
    starts: list[int]
    # spaces between the sentence start and each candidate's start
    spaces: list[int]
    # for each index, the first index at or after it of a candidate that cuts a content
    # begun well before it (an inherited subject, a comma, a clause boundary), or len(items)
    next_cut: list[int]
    # the same for inherited-subject candidates alone, which cut any content
    next_inherit: list[int]
    sentence_start: int
    # the ends of the candidates whose content is on their right, sorted: gathered when a
    # left content first asks (`last_right_end`), which most sentences never do
    right_ends: list[int] | None = None

    @classmethod
    def of(cls, text: str, ss: int, items: list[Candidate]) -> Candidates:
        """Return the index of candidates already sorted by start, in a sentence at `ss`."""
        starts = [c.start for c in items]
        if len(items) <= _FEW:
            # a few candidates (nearly every sentence) are simply walked: no index
            return cls(items, starts, [], [], [], ss)
        spaces: list[int] = []
        count, at = 0, ss
        for s in starts:
            if s > at:
                count += text.count(" ", at, s)
                at = s
            spaces.append(count)
        n = len(items)
        next_cut = [n] * (n + 1)
        next_inherit = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            c = items[i]
            cuts = c.inherit or _cuts(text, max(ss, c.start - _CLAUSE_BOUNDARY_WINDOW), c)
            next_cut[i] = i if cuts else next_cut[i + 1]
            next_inherit[i] = i if c.inherit else next_inherit[i + 1]
        return cls(items, starts, spaces, next_cut, next_inherit, ss)

    def first_cut(self, text: str, start: int, se: int) -> int:
        """Return where a content from `start` ends: the start of the first candidate after
        it that opens a clause ("Trump said A, while Clinton said B"), or se.

        A candidate cuts when it inherits its subject, or when three words stand between and
        a comma, a dash or a clause word ("while", "and") comes before it.
        """
        items, starts, n = self.items, self.starts, len(self.items)
        first = bisect_right(starts, start)
        if first >= n or starts[first] >= se:
            return se
        if not self.next_cut:
            for c in items[first:]:
                if c.start >= se:
                    return se
                if c.inherit or (
                    text.count(" ", start, c.start) >= _MIN_WORDS_BEFORE_CUT - 1
                    and _cuts(text, max(start, c.start - _CLAUSE_BOUNDARY_WINDOW), c)
                ):
                    return c.start
            return se
        # words from start to a candidate = spaces between + 1; both only grow along the list
        # (counted on from the candidate before start, whose spaces are known: counting from the
        # sentence's start made each call cost the sentence, quadratic in one with no stop)
        ss = self.sentence_start
        if start <= ss:
            base = 0
        elif first > 0:
            at = max(ss, starts[first - 1])
            base = self.spaces[first - 1] + text.count(" ", at, start)
        else:
            base = text.count(" ", ss, start)
        worded = bisect_left(self.spaces, base + _MIN_WORDS_BEFORE_CUT - 1, first)
        far = bisect_left(starts, start + _CLAUSE_BOUNDARY_WINDOW, first)
        found = n
        # too few words before them: only an inherited subject cuts
        if self.next_inherit[first] < worded:
            found = self.next_inherit[first]
        else:
            # enough words, but near `start`: the clause-boundary window starts at `start`
            for i in range(worded, max(worded, far)):
                c = items[i]
                if c.inherit or _cuts(text, max(start, c.start - _CLAUSE_BOUNDARY_WINDOW), c):
                    found = i
                    break
            else:
                found = self.next_cut[max(worded, far)]
        if found < n and starts[found] < se:
            return starts[found]
        return se

    def at(self, start: int) -> Candidate | None:
        """Return the candidate that starts at `start`, or None."""
        i = bisect_left(self.starts, start)
        return self.items[i] if i < len(self.items) and self.starts[i] == start else None

    def last_right_end(self, start: int, end: int) -> int:
        """Return the furthest end in (start, end] of a candidate looking right, or start."""
        right_ends = self.right_ends
        if right_ends is None:
            right_ends = self.right_ends = sorted(
                c.end for c in self.items if c.direction is Direction.RIGHT
            )
        at = bisect_right(right_ends, end) - 1
        return right_ends[at] if at >= 0 and right_ends[at] > start else start


def _cuts(text: str, window: int, c: Candidate) -> bool:
    """Return whether a candidate opens a clause: a comma or dash at it, "while" before it."""
    return text[c.start] in _CUT_MARKS or CLAUSE_BOUNDARY.search(text, window, c.start) is not None


def words_in(text: str, start: int, end: int) -> int:
    """Return the number of words in text[start:end], counted up to 16 (within 800 characters).

    Rules only ask whether a stretch holds a few words ("A, he said" needs two); stopping
    early keeps a long sentence from being counted again at each of its cues.
    """
    found = _WORDS.finditer(text, start, min(end, start + _WORD_WINDOW))
    return sum(1 for _ in islice(found, _WORD_CAP))


def has_words(text: str, start: int, end: int, n: int) -> bool:
    """Return whether text[start:end] holds at least n words (n up to 16): whether
    `words_in(text, start, end) >= n`, found by one match, not by a match object per word."""
    return _AT_LEAST[n].match(text, start, min(end, start + _WORD_WINDOW)) is not None


def _left_end(text: str, ss: int, at: int) -> int | None:
    """Return where a content before `at` ends (after its comma or quote), if it can be one.

    Up to three words of the speaker's description may stand between the two
    ('," former Florida governor Jeb Bush said'); the content needs two words, or one
    word when it is a whole quotation ('"Absolutely," he said').
    """
    m = _LEFT_END.search(text, max(ss, at - 60), at)
    if m is None:
        return None
    if not has_words(text, ss, m.start("mark"), 2) and not (
        has_words(text, ss, m.start("mark"), 1)
        and m.group("mark") in '”"'
        and text[ss] in '“"'
        and text[m.start() - 1] in ",!?"
    ):
        return None
    return m.end("mark")


def _base_form_ok(form: CueForm, aux: list[str], mention: str) -> bool:
    """Return whether a base-form cue ("say", "report") has a subject that fits a verb.

    "they say" and "will say" are cues; "the Watchdog report" and "some states" are nouns.
    """
    if not form.base or not _MODALS.isdisjoint(aux):
        return True
    words = mention.lower().split()
    last = words[-1] if words else ""
    return (
        " and " in mention
        # "business leaders who say": the relative takes its plural antecedent's verb
        or mention == "who"
        # "those surveyed say": a plural determiner makes the subject plural
        or (bool(words) and words[0] in {"those", "these"})
        or last[:1].isdigit()
        or last in _QUANTITIES
        # "One in five say that won't be true": a share of those polled
        or (len(words) > 2 and words[-2] == "in" and last in QUANTITY_WORDS)
        or last in PLURAL_VERB_PRONOUNS
        or last in GROUP_NOUNS
        or (last.endswith("s") and not last.endswith("ss"))
        # "the women say", "Police say": a plural with no "s"
        or last.endswith("men")
        or last in PLURALS_WITHOUT_S
    )


def _auxiliaries(written: str) -> tuple[list[str], bool]:
    """Return the auxiliaries between a speaker and its cue, a contracted negation written
    in full ("isn't" is "is"), and whether there was one."""
    if not written:
        return [], False  # (most speakers stand right before their cue)
    words = written.split()
    contracted = not CONTRACTED_NEGATIVES.keys().isdisjoint(words)
    return [CONTRACTED_NEGATIVES.get(w, w) for w in words], contracted


# the ends of the words a _QUANTITY_SUBJECT speaker ends with ("Many" and "many" with "any")
_QUANTITY_ENDINGS = ("any", "ome", "ost", "ers", "ew", "ral", "oth", "one", "One")


def _ends_with_quantity(text: str, low: int, cs: int) -> bool:
    """Return whether text[low:cs] may end as a _QUANTITY_SUBJECT match does: a word of
    quantity ("many", "39") and then auxiliaries and adverbs only (a cheap test: the
    pattern, tried at each character, is read only where it may match)."""
    toks = text[low:cs].split()
    i = len(toks)
    while i and ((word := toks[i - 1]) in AUXILIARIES_BEFORE_CUE or word.endswith("ly")):
        i -= 1
    if i == 0:
        return False
    last = toks[i - 1]
    return last.endswith(_QUANTITY_ENDINGS) or last[-1].isdigit() or last[-1] == ","


def _quantity_subject(text: str, ss: int, cs: int, participle: bool) -> re.Match[str] | None:
    """Return a quantity of people opening the sentence or a clause right before a cue.

    A participle needs its "be" ("some are quietly saying it is time"): "one of many
    slamming Trump" names no speaker.
    """
    low = max(ss, cs - 60)
    if not _ends_with_quantity(text, low, cs):
        return None
    m = _QUANTITY_SUBJECT.search(text, low, cs)
    if m is None or (m.group("open") is None and m.start() > ss):
        return None
    if participle and _PASSIVE.isdisjoint(m.group("aux").split()):
        return None
    return m


def _subject_before_dashes(text: str, ss: int, cs: int, bare: bool) -> re.Match[str] | None:
    """Return the subject before a parenthesis in dashes that ends right before a cue.

    "Many speakers at the service — including Muslims, Christians, Catholics, Jews — said",
    "On Friday, Gingrich — mentioned by Newsmax as the leading choice ... — said": the
    subject is looked for where the first dash opens, as if the parenthesis were not there.
    """
    close = _DASH.search(text, max(ss, cs - 4), cs)
    if close is None:
        return None
    dashes = list(_DASH.finditer(text, max(ss, close.start() - _DASHES_REACH), close.start()))
    if not dashes:
        return None
    end = dashes[-1].start()
    # ("one of them, ... — said" opens no parenthesis with a comma's clause)
    if end <= ss or text.find(";", end, cs) >= 0:
        return None
    found = speaker_and_span_before(text, ss, end)
    if found is not None:
        return found[0]
    sm = _loose_subject(text, ss, end)
    if sm is None and bare:
        sm = _opening_subject(text, ss, end)
    return sm


def _loose_subject(text: str, ss: int, cs: int) -> re.Match[str] | None:
    """Return a plain noun phrase that is the whole of the sentence before its cue."""
    m = LOOSE_SUBJECT.match(text, ss, cs)
    if m is None:
        # after an opening phrase: "Along with a raft of allegations, the suit claims that"
        comma = text.find(", ", ss, min(cs, ss + 80))
        if comma >= 0:
            m = LOOSE_SUBJECT.match(text, comma + 2, cs)
    return m


def plain_subject(text: str, ss: int, cs: int) -> re.Match[str] | None:
    """Return the whole opening of a sentence or a quantity of people as a cue's subject."""
    return _opening_subject(text, ss, cs) or _quantity_subject(text, ss, cs, False)


def _opening_subject(text: str, ss: int, cs: int) -> re.Match[str] | None:
    """Return the whole opening of a sentence as the subject of its cue, if it can be one.

    "People briefed on the move said that" / "Aides to Clinton say she's": a subject no
    speaker rule reads, kept only when no clause verb stands in it outside a relative clause.
    """
    m = OPENING_SUBJECT.match(text, ss, cs)
    if m is not None and _subject_words(m.group("speaker")):
        return m
    # in lower case after a connective ("Yet many officials ... believe") or after the last
    # comma ("Still, while ..., people who have battled other online threats say")
    comma = text.rfind(", ", max(ss, cs - 120), cs)
    m = LOWER_OPENING_SUBJECT.match(text, ss if comma < 0 else comma + 2, cs)
    if m is None or not _PLAIN_OPENING.match(m.group("speaker")):
        return None
    return m if _subject_words(m.group("speaker")) else None


def _work_subject(text: str, ss: int, cs: int) -> re.Match[str] | None:
    """Return the noun phrase of a work opening the clause of a finding verb, if one does.

    "after leaked emails showed", "while a Marquette Law School poll released last week
    showed", "Audit files from NGP VAN show that": the clause opens after a comma, a
    semicolon, a dash or a conjunction, and the phrase's head is a work ("emails", "poll").
    """
    low = max(ss, cs - _WORK_WINDOW)
    toks = text[low:cs].split()
    i = len(toks)
    while i and ((word := toks[i - 1]) in AUXILIARIES_BEFORE_CUE or word.endswith("ly")):
        i -= 1
    j = i
    while j and toks[j - 1].lower() not in _CLAUSE_OPENERS and toks[j - 1][-1] not in ",;:—(":
        j -= 1
    if j == i or (j == 0 and low > ss):
        return None
    if j < i and toks[j].lower() in _WORK_CONJUNCTIONS:
        j += 1
    start = cs
    for tok in reversed(toks[j:]):
        start = text.rfind(tok, low, start)
    words = [w.lower() for w in toks[j:i]]
    head = _work_head(words)
    if head is None:
        return None
    name = words[: words.index(head) + 1]
    if (
        not _subject_words(" ".join(name))
        or not _CLAUSE_VERBS.isdisjoint(words)
        # "combed through the filings of": a verb and its object, no name
        or any(w in FUNCTION_WORDS and w not in _DETERMINERS for w in name)
    ):
        return None
    return _WORK_NP.match(text, start, cs)


def headed_by_work(mention: str) -> bool:
    """Return whether a mention names a work by its head: "leaked emails", "Audit files from
    NGP VAN", "A review by The Times"."""
    return _work_head(mention.lower().split()) is not None


def _work_head(words: list[str]) -> str | None:
    """Return the head of a work's name in lower-case words ("audit files from ngp van" ->
    "files"), or None when the head names no work."""
    head = next((k for k, w in enumerate(words) if w in _WORK_POSTMODIFIERS), len(words))
    if head == 0:
        return None
    word = words[head - 1]
    single = word.rstrip("s")
    if word in WORK_NOUNS or single in WORK_NOUNS or word in _MORE_WORKS or single in _MORE_WORKS:
        return word
    return None


def _subject_words(subject: str) -> bool:
    """Return whether the words of a sentence's opening can make its subject."""
    words = subject.lower().replace("’", "'").split()
    if words[0] in _NO_OPENING or words[-1] in _NO_LAST:
        return False
    relative = False
    for word in words:
        if word in _RELATIVES:
            relative = True
        elif word in _CLAUSE_VERBS and not relative:
            return False
    return True


def _names_a_work(mention: str) -> bool:
    """Return whether a subject names a work: "A University of New Hampshire poll out this
    week", "Federal Election Commission records compiled by ..." (a noun before any relative)."""
    for word in mention.lower().split():
        if word in _RELATIVES:
            return False
        if word in WORK_NOUNS or word.rstrip("s") in WORK_NOUNS:
            return True
    return False


def _head(mention: str) -> str:
    """Return a subject's words before its first postmodifier: "Aides to Clinton" -> "Aides"."""
    head: list[str] = []
    for word in mention.split():
        if word.lower() in _POSTMODIFIERS or (head and word.islower() and word.endswith("ing")):
            # (a participle opens a postmodifier too: "Democrats trying to regain control")
            break
        head.append(word)
    return " ".join(head)


def _subordinate_end(
    text: str, ss: int, se: int, start: int, speaker: Span, begin: int
) -> int | None:
    """Return where the content of a cue in a subordinate clause ends, or None.

    "while he said he'd hold a hearing, it's unlikely to ..." / "which she has repeatedly
    said was a mistake, was a major factor ...": the main clause follows the first comma.
    """
    before = SUBORDINATE_BEFORE.search(text, max(ss, start - 12), start)
    relative = text[speaker[0] : speaker[1]].lower() in {"who", "which", "that"} or (
        before is not None and before.group().strip(" ,").lower() in {"which", "who", "whom"}
    )
    if not relative and before is None:
        return None
    if QUOTE_NEXT.match(text, begin - 1 if begin > ss else begin, se):
        return None
    stop = (RELATIVE_END if relative else SUBORDINATE_END).search(text, begin, se)
    if stop is None or not has_words(text, begin, stop.start(), 2):
        return None
    return stop.start()


def that_fallback(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of a cue no form read, when a "that" clause follows it.

    "and said that his words had been ''misconstrued''", "Both parents ..., saying that he
    lacked": the clause's subject speaks (or nobody, and there is no claim). A noun after an
    article or a possessive ("a charge that", "Trump's charge that") is no cue.
    """
    cs, ce = m.span("cue")
    # (" that" right after the cue, asked first: most cues have none)
    that = _THAT_CLAUSE.match(text, ce, se) if text.startswith("that", ce + 1) else None
    if that is None:
        return None
    before = _WORDS_BEFORE.search(text, max(ss, cs - 60), cs)
    if before is not None and any(
        w.lower() in _NOUN_MARKERS or w.endswith(("'s", "’s")) for w in before.group().split()
    ):
        return None
    _, cls = cue_lemma(re.sub(r"\s+", " ", m.group("cue")))
    quantity = _QUANTITY_BEFORE.search(text, max(ss, cs - 30), cs)
    # "many believe that": the quantity is the speaker, not the sentence's subject
    speaker = quantity.span("speaker") if quantity is not None else None
    return Candidate(
        start=speaker[0] if speaker is not None else cs,
        end=ce,
        speaker=speaker,
        cue=(cs, ce),
        cls=cls,
        direction=Direction.RIGHT,
        content_from=that.end(),
        subject_fallback=speaker is None,
    )


def _past_act(text: str, ss: int, cs: int, ce: int, se: int) -> bool:
    """Return whether a past form (BARE_CLAUSE_FORMS) is a verb with what it reports after
    it: an act, an amount or a thing reported, not an adjective ("Mrs. Clinton's reported
    contributions") nor dated by a time alone."""
    if _REPORTED_OBJECT.match(text, ce, se) is None or _TIME_PAST.match(text, ce, se):
        return False
    before = _WORD_BEFORE.search(text, max(ss, cs - 30), cs)
    return before is None or not (
        before.group(1).lower() in _ADJECTIVE_MARKERS or before.group(1).endswith(("'s", "’s"))
    )


def cue_lemma(cue: str) -> tuple[str, CueClass]:
    """Return the lemma and class of a cue written with single spaces.

    A phrase cue is its own lemma; a verb is looked up as written, then in lower case (a
    headline's title case: "Trump Says He's Unlikely To ..."); an unknown word is speech.
    """
    if cue in PHRASE_CUES:
        return cue, PHRASE_CUES[cue]
    if cue in HEADLINE_VERBS:
        return VERBS[HEADLINE_VERBS[cue]]
    return VERBS.get(cue) or VERBS.get(cue.lower(), (cue, CueClass.SPEECH))


@dataclass(frozen=True, slots=True)
class CueForm:
    """A cue as written, read once: its lemma and class, and what `verbal` asks of them.

    Each field answers a lexicon lookup `verbal` made at every cue ("is the lemma one of
    INVERTED_VERBS?"); `cue_form` builds the record on the first cue of each spelling, so
    that a cue costs one dict lookup and the rest are reads of its record.
    """

    cue: str  # with single spaces: "refused to comment"
    lemma: str
    cls: CueClass
    # the lemma takes a clause with no "that" ("said he would"): BARE_CLAUSE_VERBS
    bare: bool
    # a past form that takes one only after an act it reports ("reported raising"):
    # BARE_CLAUSE_FORMS
    bare_form: bool
    # a work shows or finds what it says ("The poll shows Clinton leading"): _FINDING_VERBS
    finding: bool
    # the speaker may follow the cue ("said Steven Taylor"): INVERTED_VERBS
    inverted: bool
    # the one told or asked follows the cue, not the speaker ("told CNN"):
    # _NOT_INVERTED_AFTER_CLAUSE
    told: bool
    # its first word is a participle ("saying", "refusing to comment")
    participle: bool
    # a base form of one word, whose subject must agree ("they say", not "the report")
    base: bool
    phrase: bool  # PHRASE_CUES: "refused to comment", "according to"
    infinitive: bool  # INFINITIVE_VERBS: "promised to take bold action"
    infinitive_only: bool  # INFINITIVE_ONLY_VERBS: "plans to raise taxes"
    decline: bool  # DECLINE_VERBS: "declined to comment"
    that_only: bool  # THAT_ONLY_VERBS: "agreed that", "knows that"
    who_target: bool  # WHO_TARGET_VERBS: "who opposed the deal"
    # the speaker may follow the cue as written ("said Steven Taylor", not "saying Taylor")
    speaker_after: bool
    # with no speaker before it and no content after it, the cue makes no claim: no work
    # finds or shows one ("The poll shows Clinton leading"), no act is declined, no speaker
    # follows
    clause_only: bool
    # a form that is a cue only after a work: "every recent state poll has shown him trailing
    # Trump" (WORK_ONLY_FORMS)
    work_only: bool
    # an attitude after "be": "was critical of" is no passive (ATTITUDE_CUES)
    attitude: bool


# the forms read so far, by spelling with single spaces (a few hundred: cues come from the
# lexicon)
_CUE_FORMS: dict[str, CueForm] = {}


def cue_form(written: str) -> CueForm:
    """Return the form of a cue as the text writes it ("said", "refused  to\ncomment")."""
    form = _CUE_FORMS.get(written)
    if form is not None:
        return form
    cue = re.sub(r"\s+", " ", written)  # "refused  to\ncomment": one space between words
    form = _CUE_FORMS.get(cue)
    if form is None:
        lemma, cls = cue_lemma(cue)
        speaker_after = lemma in INVERTED_VERBS and not cue.endswith("ing")
        form = _CUE_FORMS[cue] = CueForm(
            cue=cue,
            lemma=lemma,
            cls=cls,
            bare=lemma in BARE_CLAUSE_VERBS,
            bare_form=cue in BARE_CLAUSE_FORMS,
            finding=lemma in _FINDING_VERBS,
            inverted=lemma in INVERTED_VERBS,
            told=lemma in _NOT_INVERTED_AFTER_CLAUSE,
            participle=cue.partition(" ")[0].endswith("ing"),
            base=" " not in cue and cue == lemma and not cue.endswith(("ed", "ing")),
            phrase=cue in PHRASE_CUES,
            infinitive=lemma in INFINITIVE_VERBS,
            infinitive_only=lemma in INFINITIVE_ONLY_VERBS,
            decline=lemma in DECLINE_VERBS,
            that_only=lemma in THAT_ONLY_VERBS,
            who_target=lemma in WHO_TARGET_VERBS,
            speaker_after=speaker_after,
            work_only=cue in WORK_ONLY_FORMS,
            attitude=lemma in ATTITUDE_CUES or cue in ATTITUDE_FORMS,
            clause_only=not (
                lemma in _FINDING_VERBS
                or lemma == "show"
                or lemma in DECLINE_VERBS
                or speaker_after
            ),
        )
    return form


def _clause_follows(text: str, ce: int, se: int, right: int | None) -> bool:
    """Return whether a "that" clause or a clause opened by a subject follows a cue."""
    if right is None:
        return False
    if _THAT_OPENING.match(text, ce, right + 1) or QUOTE_NEXT.match(text, ce, se):
        return True
    if text.endswith(" that ", ce, right) and _THAT_CLAUSE_OPENER.match(text, right, se):
        # "The Platte River employee told FBI agents that sometime in the week that followed,
        # he realized": the one told, "that", and a clause opened by an adverbial
        return True
    return _CLAUSE_SUBJECT.match(text, right, se) is not None


def _contracted_before(text: str, ss: int, cs: int) -> re.Match[str] | None:
    """Return the pronoun and contracted auxiliary right before a cue, if they stand there.

    "And he's predicting that the competition will become so fierce", "He's said he gets
    his ideas about monetary policy from ...": the pronoun is the speaker, as it is of "he
    has said" (PolNeAR train: 19 claims more, 15 matching gold, 2 more right by reading:
    "He's also praising former Florida Gov. Jeb Bush").
    """
    low = max(ss, cs - _CONTRACTED_REACH)
    if text.find("’", low, cs) < 0 and text.find("'", low, cs) < 0:
        return None
    return _CONTRACTED_BEFORE.search(text, low, cs)


def _content_after(text: str, ce: int, se: int, form: CueForm, bare: bool) -> int | None:
    """Return where the content after a verb cue starts (`content_start`), or None."""
    right = content_start(text, ce, se, form.lemma, bare)
    if right is None and bare and form.bare_form and _GERUND_OBJECT.match(text, ce, se):
        # "Mr. Trump reported raising and spending about $9 million during the month": the
        # act reported is the content
        return ce + 1
    return right


def _speaker_follows(text: str, se: int, cue: Span, form: CueForm, sm: re.Match[str]) -> bool:
    """Return whether the speaker of an inverting cue follows it, not the name before it."""
    cs, ce = cue
    plain = not sm.group("appos") and text[sm.end("speaker") : cs].strip() == ","
    # (the speaker after the cue, a search of up to 200 characters, is read only after
    # a comma, where it counts)
    return bool(
        (plain or text[cs - 2 : cs] == ", ")
        and (inv := INVERTED_SPEAKER.match(text, ce, se)) is not None
        and (
            plain
            or (
                inv.group("rest")
                and not form.told
                and _PROPER_NAME.fullmatch(inv.group("speaker"))
                and _SENTENCE_REST.fullmatch(text, inv.end(), se)
            )
            or (
                # "In nearby Decatur, the big Nucor steel plant is hanging on, but it is
                # under intense pressure from Asian imports, said the company's chief
                # executive, John J. Ferriola": what stands between commas after a name
                # before the cue is a clause, no appositive of that name
                sm.group("appos")
                and not form.told
                and is_clause(text, *sm.span("appos"))
                and not is_clause(text, inv.start("speaker"), se)
            )
        )
    )


# what "is seeking" takes that is a relative's gap: a bare verb before a mark or the end
# ("the man he is seeking to succeed.")
_SOUGHT_GAP = re.compile(r"to\s+[a-z]+\s*(?:[.,;:?!]|$)")
# cues that a question asks about, not asserts: "Did that mean Garcia would vote for Trump?"
_QUESTIONED_CUES = frozenset({"would vote for"})


def _vetoed(
    text: str, ss: int, se: int, cue: Span, form: CueForm, speaker: Span | None, right: int | None
) -> bool:
    """Return whether a verb cue with this speaker and content start makes no claim at all."""
    cs, ce = cue
    lemma = form.lemma
    if lemma in COMPARE_VERBS and (
        _COMPARED_PAIR.match(text, ce, se) is None
        or (form.cue == "comparing" and _COMPARING_LEAD.search(text, max(ss, cs - 8), cs) is None)
    ):
        # "Trump ... has won 758 pledged delegates, compared to Cruz's 538": nothing compared;
        # "by comparing prediction markets to ...", "A Reddit user's chart comparing ...": no
        # verb of its clause
        return True
    if form.cue == "echoing" and right is None:
        # "he was echoing Ryan, who used the same words": a participle echoes what follows it,
        # never the quotation before it
        return True
    if lemma in RAISED_CUES and speaker is not None and "," in text[speaker[1] : cs]:
        # "... with foreign leaders, especially amid a high-stakes conflict ..., raises
        # concerns about": the raiser is the subject before the comma, not the name after
        return True
    if lemma in ACT_OBJECT_VERBS and (
        right is None or (speaker is not None and text[speaker[0] : speaker[1]] in _NO_MOVER)
    ):
        return True
    if form.cue == "is seeking" and right is not None and _SOUGHT_GAP.match(text, right, se):
        # "... with the man he is seeking to succeed.": the verb's object is the relative's
        # noun before it, the aim no claim
        return True
    if lemma == "remind" and speaker is not None and not form.participle:
        # "Mr. Obama's reaction to the attacks in France reminded foreign policy experts of the
        # gulf", "The scene reminded veterans of the fall of Saigon": a thing or a place that
        # reminds says nothing (a participle's speaker is most often its clause's subject:
        # "Clinton had ordnance ready for him, quickly reminding viewers that")
        mention = text[speaker[0] : speaker[1]]
        return not can_speak(mention) or names_a_place_or_time(mention)
    return False


def _work_before(text: str, ss: int, cs: int) -> re.Match[str] | None:
    """Return the work (a poll, records, emails) before a cue of finding, or None.

    "A poll from Marquette Law School released Wednesday found Clinton leading": a work that
    shows or finds, however long its name; or a work opening the clause, not the sentence
    ("after leaked emails showed", "Audit files from NGP VAN show that").
    """
    work = _opening_subject(text, ss, cs)
    if work is None or not _names_a_work(work.group("speaker")):
        work = _work_subject(text, ss, cs)
    return work


def _purpose_candidate(
    text: str, ss: int, se: int, cue: Span, form: CueForm, cls: CueClass, bare: bool
) -> Candidate | None:
    """Return the candidate of a cue after "to" whose subject is the clause's, or None.

    "Bernie Sanders (I-Vt.) visited NBC's “Today” to discuss his recent remarks": the subject
    of the clause discusses; other cues after "to" make no claim of their own.
    """
    cs, ce = cue
    if form.lemma not in PURPOSE_VERBS or _NO_PURPOSE.search(text, max(ss, cs - 30), cs):
        return None
    right = _content_after(text, ce, se, form, bare)
    if right is None:
        return None
    return Candidate(
        start=cs - 3,
        end=ce,
        speaker=None,
        cue=(cs, ce),
        cls=cls,
        direction=Direction.RIGHT,
        content_from=right,
        inherit=True,
        content_to=target_end(text, form.lemma, ce, right, se),
    )


def _content_place(
    text: str,
    ss: int,
    se: int,
    ce: int,
    lemma: str,
    form: CueForm,
    start: int,
    right: int | None,
    shown: re.Match[str] | None,
) -> tuple[Direction, int, int | None]:
    """Return the side of a verb cue its content stands on, where it begins and where it ends.

    An infinitive, an act summoned, words echoed, a case made, an attitude shown and an
    answer given follow the cue; other contents are placed by `_place`.
    """
    if (
        form.infinitive
        and right is not None
        and _TO_INFINITIVE.match(text, ce, se)
        and not _QUOTE_END.search(text, max(ss, start - 4), start)
    ) or (lemma == "tell" and right is not None and text.startswith(("to ", "not to "), right)):
        # "Sanders promised to take bold action should he win": the infinitive is the
        # content, not an adverbial ("said to reporters"); it ends at a comma ("pledged to
        # shut down private detention centers, after he introduced a bill")
        return Direction.RIGHT, right, infinitive_end(text, right, se)
    if right is not None and (
        lemma in SUMMONS_CUES
        or lemma in ACT_OBJECT_VERBS
        or (lemma == "echo" and right == ce + 1)
        or (lemma in CASE_CUES and not lemma.endswith("that"))
    ):
        # "Trump called upon Mayor Bill de Blasio to restart surveillance of mosques and the
        # city's Muslim community, which ...", "has encouraged the State Department to release
        # her email", "A number of other members of Congress echo her concerns, in large part
        # because ...", "helped Atlantic City make the case for legalized gambling, which
        # ...": the one summoned or moved and the act, the words echoed, the thing a case is
        # made for, to a comma
        return Direction.RIGHT, right, infinitive_end(text, right, se)
    if shown is not None:
        # "Sanders showed no sign of backing down, releasing a statement that ...": to a comma
        return Direction.RIGHT, shown.end(), infinitive_end(text, shown.end(), se)
    if lemma == "say" and (answer := _ANSWER.match(text, ce, se)) is not None:
        # "72 percent of Democrats said yes": the answer is what they said, not the question
        # before it; "49 percent of Republicans say the same of Trump" runs to its clause's end
        end = answer.end("answer") if answer.group("answer") != "the same" else None
        return Direction.RIGHT, answer.start("answer"), end
    return _place(text, ss, se, start, ce, right, lemma)


def _plain_subject(text: str, ss: int, cs: int, form: CueForm, bare: bool) -> re.Match[str] | None:
    """Return the plain subject of a cue no speaker search found, or None.

    "The witness said the driver accelerated": a sentence's plain subject, kept only when a
    clause follows the cue; an opening subject before a bare cue, a quantity, or a subject
    before a pair of dashes.
    """
    sm = _loose_subject(text, ss, cs)
    if sm is None and bare:
        sm = _opening_subject(text, ss, cs)
    if sm is None:
        sm = _quantity_subject(text, ss, cs, form.participle)
    if sm is None and text.endswith(_CLOSING_DASHES, max(ss, cs - 4), cs):
        sm = _subject_before_dashes(text, ss, cs, bare)
    return sm


def _passive(text: str, aux: list[str], form: CueForm, lead: int | None) -> bool:
    """Return whether the auxiliaries before a cue make it a passive ("was not asked to speak").

    A negation or an adverb does not hide the passive; a participle, an attitude and a
    likelihood ("were more likely to say") are none.
    """
    verbs = [w for w in aux if w not in _NEGATION and not w.endswith("ly")]
    return bool(
        verbs
        and verbs[-1] in _PASSIVE
        and not form.participle
        and not form.attitude
        and not (lead is not None and text.startswith(("more", "less"), lead))
    )


def verbal(
    text: str, ss: int, se: int, m: re.Match[str], lead: int | None = None
) -> Candidate | None:
    """Return the candidate of a verb or phrase cue ("Trump said", "refused to confirm or deny").

    With `lead`, the cue opens there with a seeming, a going on or a likelihood ("Obama himself
    seemed to recognize the significance of the Iowa victory", "Trump continued to question
    Cruz's temperament"): its subject is the speaker, and a seeming is a hedge.
    """
    cs, ce = m.span("cue")
    form = cue_form(m.group("cue"))
    lemma, cls = form.lemma, form.cls
    if lead is not None:
        cs = lead
        if text.startswith(("seem", "appear"), lead):
            cls = CueClass.HEDGE
    bare = form.bare or (form.bare_form and _past_act(text, ss, cs, ce, se))
    before = speaker_and_span_before(text, ss, cs)
    sm = before[0] if before is not None else None
    if sm is None:
        sm = _contracted_before(text, ss, cs)
    work = _work_before(text, ss, cs) if form.finding else None
    if work is not None:
        sm = work
    if sm is not None and form.inverted and _speaker_follows(text, se, (cs, ce), form, sm):
        # "... drive GOP voters to the polls, said Steven Taylor": the speaker follows the cue;
        # so it does when a name and its appositive end the sentence, however the clause
        # before ends ("... in Congress, whom he's alienated with his anti-establishment
        # rhetoric, said Larry Sabato, director of ...")
        sm = None
    if sm is None:
        sm = _DESCRIPTION_AFTER_QUOTE.search(text, max(ss, cs - 100), cs)
    # where the content after the cue starts, read first when no speaker stands before the
    # cue: with no content there, most cues make no claim whatever subject the searches
    # below find (a plain subject counts only before a clause), and those are not made
    early = sm is None
    right = _content_after(text, ce, se, form, bare) if early else None
    if early and right is None and form.clause_only:
        return None
    loose = False
    if sm is None:
        sm = _plain_subject(text, ss, cs, form, bare)
        loose = sm is not None
    negated = contracted = False
    speaker: Span | None = None
    start = cs
    # (a work read above is the speaker still)
    by_work = work is not None and sm is work
    if form.work_only and not by_work:
        return None
    if lemma == "is backing" and _BACKING_OFF.match(text, ce, se):
        # "Trump was backing down from the controversial proposal", "Rush Limbaugh are
        # backing them up": a retreat or a help, no backing of anyone
        return None
    if sm is not None:
        aux, contracted = _auxiliaries(sm.group("aux"))
        if contracted and "," in text[sm.start("aux") : cs]:
            # "thought I couldn't, thought that": the negation ends a clause of its own
            return None
        if aux and _passive(text, aux, form, lead):
            return None
        # (the speaker before the cue is cut already)
        speaker = (
            before[1]
            if before is not None and sm is before[0]
            else clean_mention(text, *sm.span("speaker"))
        )
        if speaker is None:
            return None
        mention = text[speaker[0] : speaker[1]]
        if mention.lower() in POSSESSIVE_PRONOUNS:
            # "His plans to stay were dropped": a possessive makes a noun of the cue
            return None
        head = _work_head(mention.lower().split()) if by_work else None
        if text[max(ss, sm.start() - 3) : sm.start()].endswith("to ") or not (
            lead is not None
            or _base_form_ok(form, aux, mention)
            # "Audit files from NGP VAN show": a work agrees by its head
            or (head is not None and (head in _PLURAL_WORKS or _base_form_ok(form, aux, head)))
        ):
            # "Aides to Clinton say": the verb agrees with the head of the whole opening
            by_work = False
            wide = _opening_subject(text, ss, cs) if bare else None
            if wide is None:
                return None
            aux, contracted = _auxiliaries(wide.group("aux"))
            if not _base_form_ok(form, aux, _head(wide.group("speaker"))):
                return None
            sm, loose = wide, True
            speaker = wide.span("speaker")
        negated = contracted or not _NEGATION.isdisjoint(aux)
        start = speaker[0]
    elif text[max(ss, cs - 3) : cs].endswith("to ") and not form.phrase:
        return _purpose_candidate(text, ss, se, (cs, ce), form, cls, bare)
    if not early:
        right = _content_after(text, ce, se, form, bare)
    label = (
        (right is None or right == ce + 1)
        and speaker is not None
        and lemma in QUOTE_VERBS
        and text.endswith(("what ", "What "), max(ss, speaker[0] - 5), speaker[0])
        and _PLAIN_LABEL.match(text, ce, se) is not None
    )
    if label:
        # "Trump despises what he calls political correctness", "in what officials called a
        # hate crime": the label, unquoted, follows the cue
        right = ce + 1
    if by_work and right is not None:
        # "The inquiry found virtually nothing about Clinton's actions that had not been
        # previously reported": what a work finds may open with a quantity, and run past a
        # "that" (not "found last week that")
        amount = _WORK_AMOUNT.match(text, ce, right)
        if amount is not None:
            right = amount.end()
    if contracted and (
        not (bare or form.that_only)
        or right is None
        or not _BARE_OR_THAT.fullmatch(text, ce, right)
    ):
        # "Democrats don’t think Hillary Clinton can catch ...": a contracted negation before
        # a verb whose clause follows at once (not "you can't already tell", "don't think
        # about all the damage that ...", "The BATs didn't endorse a candidate"); train: 14
        # such claims, 11 matching gold, 2 more right by reading)
        return None
    found_by_work = False
    if right is None and speaker is not None and form.finding:
        # "The poll shows Clinton leading": studies and polls show, find and suggest
        if by_work or _names_a_work(text[speaker[0] : speaker[1]]):
            opening = CONTENT_OPENING.match(text, ce, se)
            if (
                opening is not None
                and opening.end() < se
                and not NOT_CLAUSE_START.match(text, ce, se)
            ):
                right, found_by_work = opening.end(), True
    shown = None
    if right is None and speaker is not None and lemma == "show":
        # "Mr. Sanders showed no sign of backing down", "Trump ... shows little inclination
        # to change": what the subject shows of itself is what it says of its mind
        shown = _SHOWN_ATTITUDE.match(text, ce, se)
        if shown is not None:
            right = shown.end()
    if loose and not found_by_work and not _clause_follows(text, ce, se, right):
        return None
    if form.infinitive_only and right is None:
        return None
    if _vetoed(text, ss, se, (cs, ce), form, speaker, right):
        return None
    if form.decline:
        # "The Carson campaign declined to comment": the refused act is the content
        act = DECLINED_ACT.match(text, ce, se)
        if act is None:
            return _refused_act(text, se, start, speaker, (cs, ce), cls, negated)
        right = act.start("to")
        if speaker is not None:
            return Candidate(
                start=start,
                end=ce,
                speaker=speaker,
                cue=(cs, ce),
                cls=cls,
                direction=Direction.RIGHT,
                content_from=right,
                negated=negated,
                content_to=act.end() if act.group("short") else None,
            )
    if speaker is None:
        return _unnamed_candidate(text, ss, se, (cs, ce), form, cls, right, negated)
    if (
        text[speaker[0] : speaker[1]] in {"who", "Who"}
        and not bare
        and not form.who_target
        and (right is None or text[ce:right].strip() == "")
        and not (
            lemma == "call"
            and (
                _CALLED_QUOTE.match(text, ce, se)
                or _CALLED_PREDICATE.match(text, ce, se)
                or _CALLED_ADJECTIVE.match(text, ce, se)
            )
        )
    ):
        # "who said none of the emails ..." is an attribution; "who revealed private ..." is not,
        # but "who has called Mr. Trump's comments ''racially toxic''" is
        return None
    if form.that_only:
        return _that_only_candidate(
            text, ss, se, (cs, ce), form, cls, speaker, start, aux, right, lead, negated
        )
    direction, begin, end = _content_place(text, ss, se, ce, lemma, form, start, right, shown)
    if form.cue in _QUESTIONED_CUES and text[ss:se].rstrip().endswith("?"):
        # "Did that mean Garcia would vote for Trump?": a vote asked about is no one's stand;
        # its subject, who answers next ("“No, no, no, no,” he said"), is kept for pronouns
        direction = Direction.NONE
    if direction is Direction.LEFT and text[speaker[0] : speaker[1]] in {"who", "Who"}:
        # "a serial liar, rampant xenophobe, racist ... who has repeatedly pledged to ban":
        # what stands before a relative "who" describes the speaker, it is not said
        return None
    if (
        form.cue == lemma
        and text[speaker[0] : speaker[1]] == "who"
        and (direction is not Direction.RIGHT or begin != right or right is None)
    ):
        # "business leaders who say the law ...": a base form after "who" says the clause
        # right after it, not "who believe in taxing polluters, not rewarding them"
        return None
    end = _content_end(
        text, ss, se, (cs, ce), form, speaker, start, direction, begin, end, label, lead
    )
    return Candidate(
        start=start,
        end=ce,
        speaker=speaker,
        cue=(cs, ce),
        cls=cls,
        direction=direction,
        content_from=begin,
        negated=negated,
        content_to=end,
    )


def _unnamed_candidate(
    text: str,
    ss: int,
    se: int,
    cue: Span,
    form: CueForm,
    cls: CueClass,
    right: int | None,
    negated: bool,
) -> Candidate | None:
    """Return the candidate of a verb cue with no speaker before it, or None.

    A subject coordinated before it ("came out and endorsed"), one standing with its appositive
    before a clause, or one after the cue ("..., said Steven Taylor").
    """
    cs, ce = cue
    lemma = form.lemma
    # (each search below is made only where its answer counts)
    coord = _COORDINATED.search(text, max(ss, cs - 40), cs) if right is not None else None
    if coord is not None and right is not None:
        aux = coord.group("aux").split()
        negated = not _NEGATION.isdisjoint(aux)
        return Candidate(
            start=coord.start(),
            end=ce,
            speaker=None,
            cue=(cs, ce),
            cls=cls,
            direction=Direction.RIGHT,
            content_from=right,
            negated=negated,
            inherit=True,
            # "who came out and endorsed Clinton during a conference call": the target
            content_to=target_end(text, lemma, ce, right, se)
            or _called_adjective_end(text, lemma, ce, se),
        )
    inv = INVERTED_SPEAKER.match(text, ce, se) if form.speaker_after else None
    if inv is not None and is_clause(text, *inv.span("speaker")):
        # "Sam Solovey, a contestant on ..., said his boss was": a clause follows the cue,
        # so the subject with its appositive stands before it
        inv = None
    if inv is not None and _RELATIVE_BEFORE.search(text, max(ss, cs - 20), cs) is not None:
        # "a UN-OPCW panel, which said the Syrian army carried out two chemical weapons
        # attacks": the relative is the subject, and what follows the cue its words
        inv = None
    if inv is None and right is not None:
        subject = appositive_subject(text, ss, cs)
        if subject is not None and _clause_follows(text, ce, se, right):
            return Candidate(
                start=subject[0],
                end=ce,
                speaker=subject,
                cue=(cs, ce),
                cls=cls,
                direction=Direction.RIGHT,
                content_from=right,
                negated=negated,
            )
    left_end = _left_end(text, ss, cs) if inv is not None else None
    if inv is None or left_end is None:
        return None
    speaker = clean_mention(text, *inv.span("speaker"))
    if speaker is None:
        return None
    # '"The risk," said Edward Leamer, an economist, "is that ..."': the quotation goes on
    quote_goes_on = text[inv.end() - 1] == "," and QUOTE_NEXT.match(text, inv.end(), se)
    return Candidate(
        start=cs,
        end=inv.end("speaker"),
        speaker=speaker,
        cue=(cs, ce),
        cls=cls,
        direction=Direction.QUOTE if quote_goes_on else Direction.LEFT,
        content_from=ss,
        negated=negated,
        content_to=None if quote_goes_on else left_end,
    )


def _that_only_candidate(
    text: str,
    ss: int,
    se: int,
    cue: Span,
    form: CueForm,
    cls: CueClass,
    speaker: Span,
    start: int,
    aux: list[str],
    right: int | None,
    lead: int | None,
    negated: bool,
) -> Candidate | None:
    """Return the candidate of a cue whose content is a clause or an act agreed to, or None."""
    cs, ce = cue
    lemma = form.lemma
    act = _AGREED_ACT.match(text, ce, se) if lemma == "agree" else None
    if act is not None and _MODALS.isdisjoint(aux):
        # "Kasich agreed to effectively end his bid for Indiana": the act agreed to
        # (train: 16 of 18 outside other contents are gold; not "could agree to work")
        begin, end = act.start("to"), infinitive_end(text, act.start("to"), se)
    elif right is not None and (
        _THAT_OPENING.fullmatch(text, ce, right) or _PRONOUN_CLAUSE.match(text, right, se)
    ):
        begin, end = right, _subordinate_end(text, ss, se, start, speaker, right)
    elif lemma in NOUN_CLAUSE_VERBS and _NOUN_CLAUSE.match(text, ce, se):
        # "Clinton knows Sanders will run to the end of the primaries", "Crane, Kibbe and
        # other libertarians knew some of this was coming": a clause with no "that"
        begin = ce + 1
        end = _subordinate_end(text, ss, se, start, speaker, begin)
    elif lead is not None and _SEEMING_OBJECT.match(text, ce, se):
        # "Obama himself seemed to recognize the significance of the Iowa victory": what
        # a seeming knows or recognizes, to its comma
        begin = ce + 1
        end = infinitive_end(text, begin, se)
    elif lemma == "agree" and (agreed := _AGREED_WITH.match(text, ce, se)) is not None:
        # "Former President Bill Clinton agreed with the analysis", "The three Democratic
        # candidates broadly agreed on a moral responsibility for U.S. leadership": what is
        # agreed with or on; "Bozell agrees with Viguerie that Cruz is the GOP's best
        # candidate": the clause
        begin = agreed.end()
        if agreed.group("object"):
            end = _subordinate_end(text, ss, se, start, speaker, begin)
        else:
            # the object ends as a target does, at a comma, "because", "and is"
            stop = _TARGET_END.search(text, begin + 1, se)
            end = stop.start() if stop is not None else None
    else:
        return None
    return Candidate(
        start=start,
        end=ce,
        speaker=speaker,
        cue=(cs, ce),
        cls=cls,
        direction=Direction.RIGHT,
        content_from=begin,
        negated=negated,
        content_to=end,
    )


def _content_end(
    text: str,
    ss: int,
    se: int,
    cue: Span,
    form: CueForm,
    speaker: Span,
    start: int,
    direction: Direction,
    begin: int,
    end: int | None,
    label: bool,
    lead: int | None,
) -> int | None:
    """Return where the content of a verb cue ends (None: at the sentence's end)."""
    cs, ce = cue
    lemma = form.lemma
    if direction is Direction.RIGHT and end is None:
        end = target_end(text, lemma, ce, begin, se)
    if (
        direction is Direction.RIGHT
        and form.participle
        and speaker is not None
        and speaker[1] == cs - 1
        and (lemma in _RELATIVE_STANDS or lemma == "expect")
    ):
        # "Democrats supporting Mrs. Clinton have pointed to ...", "The super PACs supporting
        # Kasich and Kentucky Sen. Rand Paul paid ...", "investors expecting a big deal at a
        # LinkedIn premium in the next few months may want to think twice": a participle after
        # its noun is a relative, whose target or object ends where the sentence's own
        # predicate begins
        stops = _RELATIVE_TARGET_END if lemma in _RELATIVE_STANDS else _NOUN_PREDICATE
        stop = stops.search(text, begin + 1, se if end is None else end)
        if stop is not None:
            end = stop.start()
    if direction is Direction.RIGHT and form.who_target and text[speaker[0] : speaker[1]] == "who":
        # "Clinton, who announced a $275 billion infrastructure spending plan on Monday, plans
        # to focus on jobs": the relative clause ends at its comma, lists or not
        comma = _CLAUSE_COMMA.search(text, begin, se if end is None else end)
        if comma is not None:
            end = comma.start()
    if label and direction is Direction.RIGHT and end is None:
        # the label ends as a target does, or at a parenthesis: "what economists call
        # spending) and away from taxing income"
        stop = _LABEL_STOP.search(text, begin, min(se, begin + _LABEL_REACH))
        end = stop.start() if stop is not None else None
    elif lemma == "tell" and direction is Direction.RIGHT and end is None:
        # the story ends at a comma or at the teller's next act: "Exit polls told a tale of
        # two parties, with Republicans ...", "She regularly tells the story of how he wooed
        # her into serving as his secretary of state and recites ..."
        stop = (
            _STORY_STOP.search(text, begin, min(se, begin + _LABEL_REACH))
            if _TOLD_STORY.match(text, ce, se)
            else None
        )
        end = stop.start() if stop is not None else None
    if (
        direction is Direction.RIGHT
        and end is None
        and lemma == "call"
        and _CALLED_PREDICATE.match(text, ce, se)
    ):
        # "calling Trump his friend, meeting with him in July at Trump Tower": the label ends
        # where the subject's next act begins
        label_end = _LABEL_END.search(text, begin, min(se, begin + _LABEL_REACH))
        end = label_end.start() if label_end is not None else None
    if direction is Direction.RIGHT and end is None and not label:
        end = _called_adjective_end(text, lemma, ce, se)
    if direction is Direction.RIGHT and end is None:
        end = _subordinate_end(text, ss, se, start, speaker, begin)
    if (
        lead is not None
        and end is None
        and lemma in NP_OBJECT_VERBS
        and not text.startswith("that ", begin)
    ):
        # "After the Republican seemed to confirm critiques of his candidacy, the question
        # was ...": what a seeming acts on ends at its comma
        end = infinitive_end(text, begin, se)
    return end


def _called_adjective_end(text: str, lemma: str, ce: int, se: int) -> int | None:
    """Return where the one-word label after "called" ends, or None for another cue or form.

    "He called the actions lawful, and said ...", "had voiced support for a single-payer
    health system and called himself pro-choice, stances that he has since disavowed".
    """
    if lemma != "call":
        return None
    adjective = _CALLED_ADJECTIVE.match(text, ce, se)
    return adjective.end() if adjective is not None else None


def _refused_act(
    text: str, se: int, start: int, speaker: Span | None, cue: Span, cls: CueClass, negated: bool
) -> Candidate | None:
    """Return the candidate of a refusal of an act that is no speaking, or None.

    "Sen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham": the refused act
    is the content, up to its comma (PolNeAR train marks 44 of 62 such refusals); a refusal to
    be named or to run, with no object, is none. A request refused is the content as well
    ("Gore declined an interview request from POLITICO", "Fiorina, 61, declined multiple
    requests for an interview for this article").
    """
    if speaker is None:
        return None
    act = _REFUSED_ACT.match(text, cue[1], se)
    if act is None:
        asked = _REFUSED_REQUEST.match(text, cue[1], se)
        if asked is None:
            return None
        right = asked.end()
    else:
        right = act.start("to")
    return Candidate(
        start=start,
        end=cue[1],
        speaker=speaker,
        cue=cue,
        cls=cls,
        direction=Direction.RIGHT,
        content_from=right,
        negated=negated,
        content_to=infinitive_end(text, right, se),
    )


def _title_before(text: str, ss: int, start: int) -> bool:
    """Return whether the quotation closing right before `start` names a show or a paper.

    'Sunday on Fox News channel's “Sunday Morning Futures,” Rep. Darrell Issa said': an
    owner ("channel's", "CBS's") before a quotation makes it a title, not the speaker's words.
    """
    m = _QUOTE_END.search(text, max(ss, start - 4), start)
    if m is None:
        return False
    opening = _TITLE_OPENING.search(text, max(ss, m.start() - _TITLE_REACH), m.start())
    return opening is not None and opening.group("owner") is not None


def _phrase_before(text: str, ss: int, start: int) -> bool:
    """Return whether the quotation closing right before `start` opened inside a clause.

    'Walking into the office to chants of "Marco! Marco!," the senator said': a quotation
    opened after a lower-case word is a phrase of the sentence, not the speaker's words.
    """
    m = _QUOTE_END.search(text, max(ss, start - 4), start)
    if m is None:
        return False
    return _PHRASE_OPENING.search(text, max(ss, m.start() - _TITLE_REACH), m.start()) is not None


def _place(
    text: str, ss: int, se: int, start: int, ce: int, right: int | None, lemma: str
) -> tuple[Direction, int, int | None]:
    """Return where the content of a cue lies: direction, start, and end for a left content.

    '“A,” he said' takes the quote before; '“A,” he said, “B.”' both quotes; 'A, he said.'
    the clause before; 'The industry, she said, is doing better' the whole sentence;
    'he said, “A”' and 'he said that A' what follows.
    """
    after_quote = _QUOTE_END.search(text, max(ss, start - 4), start) is not None
    if (
        after_quote
        and right is not None
        and (
            _STRONG_OPENING.match(text, ce, right + 1)
            or _title_before(text, ss, start)
            or (
                right == ce + 1
                and _CLAUSE_SUBJECT.match(text, right, se)
                and _phrase_before(text, ss, start)
            )
        )
    ):
        # 'On ABC's "This Week," Rubio said that ...': the quote before is a title; 'On this
        # weekend’s broadcast of “Fox News Sunday,” ... Mike Pence (R-IN) said his running
        # mate ...': a phrase quoted inside the clause before, and a clause after the cue
        return Direction.RIGHT, right, None
    trail = TRAILING_ADVERBIAL.match(text, ce, se)
    if trail is None and not after_quote and lemma not in OBJECT_VERBS:
        # "Trump said he would win": no adverbial and no quotation before, so no content
        # before the cue can be one (each rule below asks a trail, a quotation or a comma
        # after the cue's trail): what follows is the content, if anything (most cues; the
        # search for a content before is not made)
        return (Direction.NONE, ce, None) if right is None else (Direction.RIGHT, right, None)
    left_end = _left_end(text, ss, start)
    if trail is None and lemma in OBJECT_VERBS and left_end is not None:
        # "He had been completing his second year, a school spokesman told The Wall Street
        # Journal.": the one told, then the end of the attribution
        told = _TOLD_OBJECT.match(text, ce, se)
        if told is not None and not _TO_INFINITIVE.match(text, told.end(), se):
            # (not the act urged or told: "On Monday, Obama urged Congress to act.")
            trail = TRAILING_ADVERBIAL.match(text, told.end(), se)
    if trail is None and after_quote:
        # after a quotation the attribution may run on: '," he told Bloomberg News in October, "'
        trail = _LONG_TRAIL.match(text, ce, se)
    after = trail.end() if trail is not None else ce
    if (
        trail is not None
        and right is not None
        and right < after
        and _clause_at(text, ce, se, right)
    ):
        # "said on Friday that it had suspended 125,000": the clause, not the comma in it
        return Direction.RIGHT, right, None
    punct = text[after - 1] if after > ce else ""
    if (
        left_end is not None
        and not after_quote
        and punct == ","
        and PREDICATE_NEXT.match(text, after, se) is not None
    ):
        # "This campaign, he says, is different": the attribution interrupts one clause
        return Direction.WHOLE, ss, se
    if (
        left_end is not None
        and not after_quote
        and not has_words(text, ss, left_end, 4)
        and not _SHORT_CLAUSE.match(text, ss, left_end)
    ):
        # "Trump's running mate, JD Vance, echoed": a noun phrase before is no content (but
        # a short clause is: "Sales were great, he said")
        left_end = None
    if left_end is not None and after_quote:
        if punct == "," and QUOTE_NEXT.match(text, after, se):
            return Direction.QUOTE, ss, None
        return Direction.LEFT, ss, left_end
    if trail is not None and punct in ",”\"'":
        quote = QUOTE_NEXT.match(text, after, se)
        if quote is not None:
            # "Holding open a book, Beck said, “I just want ...”": the quote is the content
            return Direction.RIGHT, quote.end() - len(quote.group("mark")), None
        if left_end is not None:
            if not has_words(text, after, se, 3) or (
                _PARTICIPLE_NEXT.match(text, after, se)
                and not _GERUND_SUBJECT.match(text, after, se)
            ):
                return Direction.LEFT, ss, left_end
            return Direction.WHOLE, ss, se
        if (
            punct == ","
            and has_words(text, after, se, 3)
            and not _PARTICIPLE_NEXT.match(text, after, se)
        ):
            if _CLAUSE_JOINED_NEXT.match(text, after, se):
                # "The network did not respond to the request, and Trump appeared at the
                # September debate anyway": a clause of the writer's joined after the comma
                return Direction.NONE, ce, None
            # "But, he said, it is a risky strategy": what follows the parenthesis
            return Direction.RIGHT, after, None
    if trail is not None and (punct in ".!?;" or after >= se):
        if left_end is not None:
            return Direction.LEFT, ss, left_end
        if right is not None and (
            _clause_at(text, ce, se, right) or text.startswith(_INFINITIVE_OPENINGS, right)
        ):
            # "Trump said on Tuesday that he would win.", "said Thursday he would leave ...",
            # "vowed last month to take his campaign all the way to the convention.": the
            # adverbial ends where the clause or the infinitive starts
            return Direction.RIGHT, right, None
        return Direction.NONE, ce, None
    if right is None:
        return Direction.NONE, ce, None
    return Direction.RIGHT, right, None


def target_end(text: str, lemma: str, ce: int, begin: int, se: int) -> int | None:
    """Return where the target of "endorsed Cruz last week" ends, or None for other cues."""
    if lemma not in TARGET_VERBS:
        return None
    quote = QUOTE_NEXT.match(text, ce, se)
    if quote is not None:
        # 'cited "Obama-Clinton" policies, which he said had harmed the economy': the target
        # goes on past the quotation that opens it, and ends after it
        mark = quote.group("mark")
        close = text.find("”" if mark == "“" else mark, quote.end(), se)
        if close < 0:
            return None
        begin = close + len(mark) - 1
    if lemma in STAND_CUES:
        end = _STAND_TARGET_END
    else:
        end = _PERSON_TARGET_END if lemma in _PERSON_TARGETS else _TARGET_END
    stop = end.search(text, begin + 1, se)
    # (a bounded number of steps: a sentence of endless lists costs a few, not its length)
    for _ in range(_TARGET_STEPS):
        if stop is None:
            break
        if stop.group("occasion") is not None:
            if _ACT_IN_TARGET.search(text, begin, stop.start() + 1) is None:
                break
            on = stop.end()
        else:
            # "citing low economic growth, unemployment and growing economic inequality",
            # "accuses one of the journalists, Susanne Rust, of ignoring information": the
            # target goes on past its comma
            # (not a comma inside a quotation: "promoting “lesbianism, abortion and ...”")
            more = (
                _LIST_GOES_ON.match(text, stop.start(), se)
                or _COMPLEMENT_AFTER.match(text, stop.start(), se)
                or _APPOSITIVE_NAME.match(text, stop.start(), se)
                if text.startswith(",", stop.start()) and quotes_closed(text, begin, stop.start())
                else None
            )
            if more is None:
                break
            on = more.end()
        stop = end.search(text, on, se)
    return stop.start() if stop is not None else None


def infinitive_end(text: str, start: int, se: int) -> int | None:
    """Return where an infinitive content ends: its first comma outside a quotation, or None."""
    # a comma this far from the infinitive is past its content anyway
    reach = min(se, start + _INFINITIVE_REACH)
    found = _CLAUSE_COMMA.search(text, start, reach)
    # "to target Indiana voters via mail, phone calls and digital ads": a list goes on past
    # its comma (a bounded number of lists)
    for _ in range(_TARGET_STEPS):
        more = (
            _LIST_GOES_ON.match(text, found.start(), se)
            or _APPOSITIVE_NAME.match(text, found.start(), se)
            if found is not None
            else None
        )
        if more is None:
            break
        found = _CLAUSE_COMMA.search(text, more.end(), reach)
    if found is None:
        return None
    comma = found.start()
    return comma if quotes_closed(text, start, comma) else None


def _clause_at(text: str, ce: int, se: int, right: int) -> bool:
    """Return whether a clause after a cue and its adverbial starts at `right`."""
    # the clause's subject word lies right after `right`: no need to look further
    stop = min(se, right + 12)
    clause = (
        _THAT_CLAUSE.search(text, ce, stop)
        or _THAT_ANY_CLAUSE.search(text, ce, stop)
        or _WHEN_THEN_SUBJECT.match(text, ce, stop)
    )
    return clause is not None and clause.end() == right


def _mark_in(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] may hold an opening quotation mark (“ " ''): False only
    for a stretch of up to 200 characters with none (a longer one is not searched, so that a
    long sentence is not read again at each of its cues)."""
    if end - start > _MARK_REACH:
        return True
    return (
        text.find("“", start, end) >= 0
        or text.find('"', start, end) >= 0
        or text.find("''", start, end) >= 0
    )


def _single_mark_in(text: str, start: int, end: int) -> bool:
    """Return whether an opening single quotation mark (a left one, or ' after a space)
    stands within the reach of a label after a cue (_OBJECT_THEN_SINGLE)."""
    end = min(end, start + 64)
    return text.find("‘", start, end) >= 0 or text.find(" '", start, end) >= 0


# the lemmas whose content _asked_or_told may find ("ask" is one of WH_VERBS, "tell" of
# OBJECT_VERBS)
_ASKING_OR_TELLING = WH_VERBS | OBJECT_VERBS


def _asked_or_told(text: str, ce: int, se: int, lemma: str) -> int | None:
    """Return where the content after a cue of asking or telling starts, or None for no such
    content: a wh-clause asked or explained, what a question is about, what one is reminded
    of, an act told, or what the one told hears."""
    if lemma in WH_VERBS:
        # "asked Trump how he would handle ..." / "explained why being portrayed as such ..."
        wh = _WH_CLAUSE.match(text, ce, se)
        if wh is None and lemma == "ask":
            near = text[ce : min(se, ce + _LONG_ASKED_REACH)]
            if any(word in near for word in _LONG_ASKED_WORDS):
                wh = _LONG_ASKED.match(text, ce, se)
        if wh is not None:
            return wh.start("wh")
    if lemma == "ask" and text.find(" about ", ce, ce + _ABOUT_REACH) >= 0:
        # "the AP asked Bennett about Carson’s comments": what the question is about (PolNeAR
        # train: 7 such claims, 6 in gold, all 7 right by reading)
        about = _ASKED_ABOUT.match(text, ce, se)
        if about is not None:
            return about.end()
    if lemma == "remind" and (
        text.find(" of ", ce, ce + _ABOUT_REACH) >= 0
        or text.find(" about ", ce, ce + _ABOUT_REACH) >= 0
    ):
        # "In Nevada, he constantly reminded voters of the six years his family had lived in
        # Las Vegas": what the one reminded is reminded of (PolNeAR train: 8 of 8 "reminded"
        # outside claims and their contents are gold cues)
        reminded = _REMINDED_OF.match(text, ce, se)
        if reminded is not None:
            return reminded.end()
    if lemma == "tell" and text.find(" to ", ce, ce + _ACT_REACH) >= 0:
        # "he told Jeb Bush to quiet down during a heated exchange": the act told (PolNeAR
        # train: 5 such claims, 4 in gold, 5 right by reading)
        act = _TOLD_ACT.match(text, ce, se)
        if act is not None:
            return act.start("act")
    if lemma in OBJECT_VERBS:
        told = _PRONOUN_OBJECT.match(text, ce, se) or _NAMED_OBJECT.match(text, ce, se)
        if told is not None:
            # "Mr. Hannity told me his support for Mr. Trump makes him ''more honest''"
            return told.end()
    return None


def _gerund_or_timed(text: str, ce: int, se: int, lemma: str, bare: bool, pos: int) -> int | None:
    """Return where the content starts after a cue whose next word opens no clause
    (`NOT_CLAUSE_START`), or None: an act named by its gerund, a clause a gerund opens, or a
    clause after a time or place."""
    if (
        lemma in NP_OBJECT_VERBS
        and not text.endswith("ing", ce - 3, ce)
        and _GERUND_ACT.match(text, ce, se)
    ):
        # "Trump proposed barring all foreign Muslims from entering the United States": an act
        # named by its gerund is the object
        return pos
    if bare and GERUND_CLAUSE.match(text, ce, se):
        # "says running for president is tough": a gerund opens the clause
        return pos
    if bare:
        when = _WHEN_THEN_SUBJECT.match(text, ce, se)
        if when is not None:
            # "said Thursday he would leave", "said in a statement Thursday night they pulled"
            return when.end()
    return None


def content_start(text: str, ce: int, se: int, lemma: str, bare: bool | None = None) -> int | None:
    """Return where the content after a cue starts, or None when nothing can follow.

    `bare` says whether a clause may follow the cue with no "that" (by default, whether the
    lemma is one of BARE_CLAUSE_VERBS).
    """
    if bare is None:
        bare = lemma in BARE_CLAUSE_VERBS
    # (one match reads what four patterns read at ce: see _AFTER_CUE; its words and groups
    # are read at once, where a call per group read each)
    opening = _AFTER_CUE.match(text, ce, se)
    gap, mark, that, pronoun, word = (
        opening.group(0, "mark", "that", "pronoun", "word")
        if opening is not None
        else _NOTHING_AFTER
    )
    if opening is not None and mark is not None and "-" not in gap:
        # an opening quotation mark after spaces, commas, colons or long dashes (QUOTE_NEXT; a
        # hyphen stops it)
        return opening.end()
    if lemma in INFINITIVE_VERBS:
        # "urged Congress to act" has an object; "pledged delegates" is no promise
        inf = (INFINITIVE if lemma in OBJECT_VERBS else _TO_INFINITIVE).match(text, ce, se)
        if inf is not None and lemma in OBJECT_VERBS and not _TO_INFINITIVE.match(text, ce, se):
            # "asked them to reconsider", "urged Congress to act": the object belongs to it
            return ce + 1
        if inf is not None:
            # the content opens with its "to", as annotators mark it: "to “take our fight”"
            return text.rfind("to", inf.start(), inf.end())
        timed = _TIMED_INFINITIVE.match(text, ce, se)
        if timed is not None:
            # "vowed Tuesday to remain in the fight": past the time, from its "to"
            return timed.start("to")
        if _NOT_TO_INFINITIVE.match(text, ce, se) is not None:
            # "vows not to take Carrier's calls until it agrees to change course": the
            # content opens with the negation
            return ce + 1
        if (
            lemma in NP_OBJECT_VERBS
            and not text.endswith("ing", ce - 3, ce)
            and _PLEDGED_OBJECT.match(text, ce, se)
        ):
            # "Clinton promised a country of new opportunities", "urged a strong stand": a
            # thing promised, vowed or urged (a participle's object is no content: "won his
            # party's nomination by promising its furious revenge")
            return ce + 1
        if (
            lemma not in WH_VERBS
            and lemma not in INFINITIVE_OR_OBJECT_VERBS
            and not bare
            and not _THAT_OPENING.match(text, ce, se)
        ):
            # "hopes that ..." and "He pledged that he would ..." take a clause as well
            return None
    if lemma in ACT_OBJECT_VERBS:
        # "Beck encouraged Americans to join him in a fast": the one moved and the act
        return ce + 1 if _MOVED_TO_ACT.match(text, ce, se) else None
    if lemma == "echo" and _ECHOED_WORDS.match(text, ce, se):
        # "Other Republicans echoed those comments": the words echoed
        return ce + 1
    if opening is None:
        # the cue runs past the end of its sentence: nothing follows it there
        return None
    pos = opening.end()
    if pos >= se:
        return None
    if lemma.endswith(_PREPOSITION_ENDS) and (
        gap.strip() == "-" or _STRANDED_VERB.match(text, pos, se)
    ):
        # "The federal judge Trump was referring to is Gonzalo Curiel", "what Bernie is
        # talking about now is mainstream", "none of the videos she was talking about -
        # made by ...": the preposition's object stands before it, in a relative clause
        return None
    if that:
        # "referring to whether he had communicated with Putin": a topic, not a claim
        return None if lemma in NP_ONLY_VERBS else pos
    if pos == ce + 1 and lemma not in NP_ONLY_VERBS and pronoun is not None:
        # "Reporters know they’re being spun", "Coca-Cola indicated it would give $75,000":
        # a subject pronoun and its verb open a clause after any verb cue (train: 43 such
        # claims, 29 matching gold, 10 more right by reading: "Cleveland felt it had its mojo")
        return pos
    if ":" in gap:
        return pos
    if "," in gap or "—" in gap:
        return None
    if lemma in PHRASE_CUES:
        return pos
    # (the lemmas _asked_or_told reads, asked first: most cues are none of them)
    asked = _asked_or_told(text, ce, se, lemma) if lemma in _ASKING_OR_TELLING else None
    if asked is not None:
        return asked
    # NOT_CLAUSE_START's word, after spaces only (the opening holds no comma, colon nor long
    # dash here, and a hyphen stops the pattern's spaces)
    prepositional = word is not None and "-" not in gap
    # (the bridge is looked for only where it counts and a "that" follows: a scan of up to
    # 13 words)
    bridge = (
        BRIDGE_TO_THAT.match(text, ce, se)
        if (lemma in OBJECT_VERBS or prepositional) and text.find("that", ce, se) >= 0
        else None
    )
    if bridge is not None:
        return bridge.end() + 1
    if prepositional:
        opened = _gerund_or_timed(text, ce, se, lemma, bare, pos)
        if opened is not None:
            return opened
    if lemma == "tell" and _TOLD_STORY.match(text, ce, se):
        # "Gary Johnson told a joke", "Exit polls told a tale of two parties", "She regularly
        # tells the story of how he wooed her": the story told
        return text.find(" ", ce, se) + 1 if text.startswith(" ", ce) else pos
    if lemma == "call" and (
        _CALLED_PREDICATE.match(text, ce, se)
        or (_CALLED_ADJECTIVE.match(text, ce, se) and not text.endswith("so-called", 0, ce))
    ):
        # "Alastair Osman called him a kind, loving and admirable person", "He called the
        # actions lawful": no quotation, but the one called and the label
        return pos
    if lemma in OBJECT_VERBS or lemma in QUOTE_VERBS or prepositional:
        # "told Fox News: “Both" / "called her “weak”" / "says to Nevadans: “This"
        # (a lazy scan of up to 80 characters, tried only where a mark may stand after it)
        quote = _OBJECT_THEN_QUOTE.match(text, ce, se) if _mark_in(text, ce, se) else None
        if quote is not None:
            return quote.start("object") if lemma in QUOTE_VERBS else quote.start("mark")
        if lemma in QUOTE_VERBS and _single_mark_in(text, ce, se):
            # "Former Mexico leader Calderon calls Trump’s idea for border wall ‘stupid’,
            # ‘useless.’": a headline's label in single marks
            single = _OBJECT_THEN_SINGLE.match(text, ce, se)
            if single is not None:
                return single.start("object")
        return None
    if lemma in NP_OBJECT_VERBS and text.startswith("it ", pos) and _MANNER.match(text, pos, se):
        # "Singh explained it this way: ...": how it is said, not what
        return None
    if lemma in NP_OBJECT_VERBS or bare or lemma in PHRASE_CUES:
        return pos
    return None
