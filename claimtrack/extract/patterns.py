"""Compiled regexes of the extractor, built once at import from the lexicon tables."""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

# An optional group of more than one character is written "(?:X|)", not "(?:X)?": the same
# match (X first, then nothing), but sre runs "?" on such a group through its repeat machinery,
# which allocates a context at each try, and a branch allocates nothing (patterns tried at
# each character of a window, or in a lazy loop, pay it at each step).

from __future__ import annotations

import re

from claimtrack.extract.text import alternation, word_alternation
from claimtrack.lexicon import (
    AS_CUES,
    AUXILIARIES_BEFORE_CUE,
    CUE_NOUNS,
    DAYS,
    DECLINE_CONTENT,
    DENIAL_CONTENT,
    EXPECT_CUES,
    HEADLINE_VERBS,
    INTENT_NOUNS,
    IT_SEEMS_CUES,
    OPENING_PARTICIPLES,
    PASSIVE_BY_CUES,
    PHRASE_CUES,
    POLL_NOUNS,
    RAISING_CUES,
    SOURCE_CUES,
    TITLE_CUES,
    VERBS,
    WANT_CUES,
)

_DAYS = "|".join(DAYS)
_AUXILIARY = alternation(AUXILIARIES_BEFORE_CUE)

# every cue word and phrase, as written: "said", "refused to confirm or deny", "according to"
CUE_WORDS = (
    *PHRASE_CUES,
    *VERBS,
    *TITLE_CUES,
    *HEADLINE_VERBS,
    *OPENING_PARTICIPLES,
    *RAISING_CUES,
    *AS_CUES,
    *EXPECT_CUES,
    *IT_SEEMS_CUES,
    *WANT_CUES,
    *SOURCE_CUES,
    *PASSIVE_BY_CUES,
    "Asked",
)
_CUE_BODY = rf"(?P<cue>{alternation(CUE_WORDS)})(?![\w\-])"

# any cue word or phrase: "said", "argued", "refused to confirm or deny", "according to"
CUE = re.compile(rf"(?<![\w\-]){_CUE_BODY}")
# a cue or a nominal cue's noun ("claim"), with the character before it (scan._scan): a
# pattern opening with a character class is scanned for that class at C speed, one opening
# with a lookbehind is tried at every position. The class is every ASCII character no word
# holds (not a letter, digit, "_" or "-") and every other character, written negated: re
# tests it on one bitmap of 256 bits, where `[^\w\-]` asks the Unicode tables of each
# character of the text and the same set written as ranges a table of 256 blocks and a range
# after it; a cue after a non-ASCII letter ("ésaid") is left to CUE's own lookbehind. Cues
# and nouns are one trie, tried once at each word, and given up at its first letter
CUE_OR_NOUN_AFTER = re.compile(
    rf"[^0-9A-Z_a-z\-]{word_alternation((*CUE_WORDS, *CUE_NOUNS, *INTENT_NOUNS))}"
)

# what links a nominal cue to its content: "that" / "in" / "about", or an infinitive's "to"
# or "not to" before a verb ("decision not to cooperate", not "her promise to the voters")
NOUN_LINK = (
    r"(?:that|in|about|(?:not\s+)?to(?=\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|"
    r"these|those|him|them|me|us|it|be\s+(?:the|a|an)\b)\b)[a-z]))\b"
)
# a noun and the link it takes: a clause's noun "that", "in" or "about" ("claim that"), an
# act's noun "to" or "not to" ("decision not to"), looked for ahead of the noun so that NOMINAL
# matches no other pairing ("Obama’s decision about" is none)
_NOUN_TAKES_LINK = (
    rf"(?=(?:{alternation(CUE_NOUNS)})\s+(?:that|in|about)\b"
    rf"|(?:{alternation(INTENT_NOUNS)})\s+(?:not\s+)?to\b)"
)
# a nominal cue: "his long-standing claim that", "Trump's assertion that", "his belief in",
# "her decision to open Germany's borders"
NOMINAL = re.compile(
    rf"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:’s|'s))\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?{_NOUN_TAKES_LINK}"
    rf"(?P<noun>{alternation(CUE_NOUNS | INTENT_NOUNS)})\s+(?P<link>{NOUN_LINK})"
)

# what may stand between a cue and its "that": "told reporters on Tuesday that"
BRIDGE_TO_THAT = re.compile(r"(?:\s+(?![Tt]hat\b)[\w’'\-.]+){0,12}?\s+that\b")

# an adverbial after a cue that ends the attribution: " on Tuesday" / " in an interview"
TRAILING_ADVERBIAL = re.compile(
    r"(?:\s+(?:on|in|at(?!\s+(?:least|most)\b)|during|last|earlier|later|late|recently|yesterday|"
    r"today|to|from|"
    rf"via|through|before|after|again|also|(?:{_DAYS})(?![’']s\b)|"
    r"afterward|afterwards|then|too|[a-z]+ly)\b[^,.;:!?“”\"]{0,60}|)"
    r"\s*(?:[,.;:!?—]|”|(?:\"|'')(?!\w)|$)"
)

# the start of content right after a cue: optional punctuation and "that"
OPENING_GAP = r"[\s,:—\-]*"
THAT_OPENING = r"(?P<that>that|whether|if)\b[\s,]*"
CONTENT_OPENING = re.compile(rf"{OPENING_GAP}(?:{THAT_OPENING}|)")

# an opening quotation mark after a comma or colon: ', “If I did' / ': "We' / " ''We"
QUOTE_NEXT = re.compile(r"[\s,:—]*(?P<mark>[\"“]|'')")

# content that is itself an infinitive: "promised to leverage it", "vowed to use"; after an
# object verb, the one urged or asked and the act: " the rest of the party to coalesce" (up to
# six words before "to", none of them a clause's word: "asked workers if they planned to
# attend" asks a question, no act)
INFINITIVE = re.compile(
    r"\s+(?:(?!(?:if|whether|that|who|what|how|why|when|where)\s)[\w’']+\s+){0,6}?"
    r"to\s+(?:[“\"]|'')?[a-z]"
)

# a speaker after an inverted cue: "said Trump" / "said Kremlin spokesman Dmitry Peskov"
# (bounded, as every repeat here: "said Trump said Trump ..." must not scan to the end; not a
# preposition or a conjunction opening the content: "says despite being a Stanford alumna")
INVERTED_SPEAKER = re.compile(
    r"\s+(?P<speaker>(?:he|she|they|I|we)\b"
    r"|(?!(?:that|which|who|whether|if|it|this|there|than|as|so|about|on|in|at|for|with|to|of|"
    r"from|by|into|over|after|before|during|despite|although|though|while|because|unless|since|"
    r"when|once|until|amid|against|through|without|under|among)\b)(?:[a-z][\w\-]*\s+){0,3}[A-Z]"
    r"(?:[^,;:!?“”\".]|\.(?=\s?[A-Z])){0,200}?"
    r"|(?!the\s+same\b)(?:the|a|an|one|another|his|her|their)\s(?:[^,;:!?“”\".]|\.(?=\s?[A-Z])){0,100}?)"
    r"(?P<rest>,\s[^,.;“”\"]{2,90}|)\s*(?:[,;:!?]|\.(?!\s?[A-Z][a-z])|[”\"]|''|$)"
)

# the end of an initial or a title before its period: "E. J. Fleming", "Mr. Smith" (the period
# is looked for first: the ten lookbehinds are tried only before one, not at each character
# of a source, which took two thirds of ACCORDING_SOURCE's instructions)
_ABBREVIATED = r"(?=\.)(?:(?<=\b[A-Z])|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSen)|(?<=\bRep)|(?<=\bGov)|(?<=\bGen)|(?<=\bSt))"

# an "according to" source: "according to Woodward," / "according to a source familiar"
# (up to 160 characters: "according to early results of the exit poll conducted by Edison
# Research for the Associated Press and Television Networks,"; a dash ends it too:
# "according to the RealClearPolitics polling average in New Hampshire - despite"; so does a
# parenthesis: "according to exit polls (a sizable margin, ...)")
# (a title in quotation marks is part of it: 'according to the "Medicare for all" document')
ACCORDING_SOURCE = re.compile(
    r"\s+(?P<speaker>(?:“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"|''[^'\n]{1,80}''|"
    rf"[^,.;:!?“”\"()—–]|\.(?=\w)|{_ABBREVIATED}\.(?=\s[A-Z])|-(?!\s)){{2,160}}?)"
    rf"(?=\s*(?:[,;:!?()—–]|\s-\s|(?!{_ABBREVIATED}\.\s[A-Z])\.(?!\w)|$))"
)

# a poll opening a sentence as the source of its clause: "In a national CNN/ORC poll released
# Monday, " / "In the latest Washington Post-ABC News poll, conducted in May, " / "In May's
# Washington Post-ABC News poll, " (the poll is the head: "In a memo released as polls closed"
# is no poll; a participle after it, "conducted in May", belongs to it)
POLL_OPENING = re.compile(
    r"(?P<cue>In)\s+(?P<speaker>(?:the|a|an|this|that|its|his|her|their|[A-Z][\w\-]*[’']s)\s"
    rf"[^,;:“”\"\n]{{0,80}}?\b(?:{alternation(POLL_NOUNS)})\b"
    r"(?:\s(?:released|conducted|taken|published|out|of|from|by|last|this|earlier)\b"
    r"[^,;:“”\"\n]{0,50}?)?)"
    r",\s+(?:(?:conducted|released|taken|published)\s[^,;:“”\"\n]{1,40},\s+)?"
)

# what reports say, unsourced: "The FBI is reportedly making arrangements to interview
# Hillary Clinton" / "Reportedly, he made ISIS-sympathetic comments to co-workers" (lower case
# inside the clause, capitalised only before the comma of a sentence's opening; a headline's
# "Anthony Weiner Reportedly Caught" is left alone)
REPORTEDLY = re.compile(r"(?P<cue>reportedly(?=\s+[a-z])|Reportedly(?=,\s))")

# one whose view a sentence gives, opening it: "To Ms. Gil, " / "To them, " / "To many, " /
# "To Sexton, who has made something of a study of Trump rallies, " / "To anyone who has
# been following the 2016 Republican nomination process, " (a name or a pronoun: "To date, "
# / "To be sure, " are no one)
TO_OPENING = re.compile(
    r"(?P<cue>To)\s+(?P<speaker>them|him|her|me|us|many|some|others|"
    r"(?:anyone|those)\s+(?:who|whose|of)\s[^,;:.“”\"\n]{1,80}?|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
    r"(?:,\s+(?:who|whose|a|an|the)\s[^,;:.“”\"\n]{1,80}?)?),\s+"
)

# one's view as a source, like "according to X": "In their view, " / ", in Bolton's view." /
# ", in Professor Knittel's view, " (its owner a name or a possessive; "in my view" inside a
# quotation is the quotation's)
IN_VIEW = re.compile(
    r"(?<![\w\-])(?P<cue>[Ii]n\s+(?P<speaker>his|her|their|my|our|"
    r"(?:[A-Z][\w.’'\-]*\s+){0,2}[A-Z][\w.\-]*(?:’s|'s|s’|s'))\s+(?:own\s+)?view)(?=[,.;])"
)

# a share of those polled who support someone or something, opening its clause: "About
# two-thirds of Republican primary voters in all five states voting Tuesday support " / "a 69%
# majority of Republicans support " / "19 percent of college students polled support " (not
# "who support", not a noun: "almost half of her support (44 percent)")
SHARE_SUPPORT = re.compile(
    r"(?:(?<=^)|(?<=[.;:]\s)|(?<=\.\s\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s))"
    r"(?P<speaker>(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ff]ewer\s+than|[Ll]ess\s+than|"
    r"[Jj]ust|[Oo]nly|[Rr]oughly)\s+)?"
    r"(?:(?:[Aa]|[Tt]he)\s+(?:\d+%\s+|slim\s+|narrow\s+|clear\s+|large\s+|vast\s+|strong\s+)?"
    r"majority|[Hh]alf|(?:[Oo]ne|[Tt]wo|[Tt]hree)-(?:thirds?|quarters?|fourths?)|"
    r"\d+(?:\.\d+)?\s*(?:%|percent))"
    r"(?:\s+of\s+(?!whom\b|his\b|her\b|their\b|its\b)"
    r"(?:(?!\b(?:who|that|which|said|say|says)\b)[^,;:.“”\"\n]){1,90}?)?)"
    r"\s+(?:also\s+|still\s+|now\s+|strongly\s+)?(?P<cue>support)\s+(?!(?:for|of|in|to|from|among)\b|\()"
)

# a named poll closing a sentence as the source of the clause before it: " in a new Fox News
# poll released Thursday." / " in the CBS poll, a four-point dip from March" / " in the
# RealClearPolitics average of recent Hoosier polls." / " in the same poll, a 52-point swing" /
# " in Monday’s poll." / " in the 50-state poll." (a name before its
# head: "plummeted in the polls", "in an average of polls" are phrases of the clause; so is a
# poll the subject runs on after: "lead ... in a CBS News poll last month has evaporated")
POLL_CLOSING = re.compile(
    r"(?P<cue>in)\s+(?P<speaker>(?:(?:the|a|an)\s+(?:(?:new|latest|most\s+recent|recent)\s+)?"
    r"(?:[A-Z][\w./’'\-]*\s+)+(?:(?:national|statewide)\s+)?(?:poll|survey)"
    r"|(?:the|a|an)\s+(?:[A-Z][\w./’'\-]*\s+)+average\s+of\s+[^,;:“”\"\n]{0,40}?(?:polls|surveys)"
    r"|the\s+same\s+(?:poll|survey)|the\s+\d+-state\s+(?:poll|survey)"
    r"|[A-Z][a-z]+(?:’s|'s)\s+(?:poll|survey))"
    r"(?:\s+(?:released|conducted|taken|published|out)\b[^,;:“”\"\n]{0,40}?)?)"
    r"(?=,\s|\.(?!\w)|$)"
)

# "and that" joining two assertions of one cue: "claims that A and that B" (`,?\s+and\s+that\s+`
# opening with its first character as a class, which re scans for: the comma, or a space not
# after one)
AND_THAT = re.compile(r"[,\s](?:(?<=,)\s|(?<!,))\s*and\s+that\s+")

# the end of a clause before another attribution: ", " / "; " / " while " / " and " (and the
# function word a speaker mention drops: ", while other voters said"), up to three words of a
# quantity it drops too (", and more than 4 in 10 said", ", while only 49 percent of
# Republicans say", ", at least 21,000 said"), or a relative pronoun whose clause attributes
# words of its own (", which he called “a cartel for higher education.”", ", whom he
# described as "peaceful,"")
CLAUSE_BOUNDARY = re.compile(
    r"(?:[,;:—(]|\s-|\b(?:and|but|while|whereas|or|then|as|though|although|because)"
    r"|,\s*(?:which|whom))\s*"
    r"(?:(?:other|all|both|such)\s+)?"
    r"(?:(?:only|nearly|almost|about|roughly|just|more|fewer|less|than|at|least)\s+){0,3}$"
)

# trailing connectors left at the end of a cut content: ", and" / " but" / "," / ", though" /
# " (" (a parenthesis opened by what comes next: "250,000 Syrian refugees (Obama has proposed"),
# and the quantity words CLAUSE_BOUNDARY passes over (", and more than" / ", while only")
# (each word stands between two \b: contents.py reads the words it may end with from here)
TRAILING_JUNK = re.compile(
    r"(?:[\s,;:—\-(]|\band\b|\bbut\b|\bwhile\b|\bas\b|\bor\b|\bwho\b|\bwhom\b|\bwhich\b|\bthough\b"
    r"|\balthough\b"
    r"|(?:(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\bwhereas\s))"
    r"(?:\bother\b|\ball\b|\bboth\b|\bsuch\b)"
    r"|(?:(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=,\s))"
    r"(?:\bonly\b|\bnearly\b|\balmost\b|\babout\b|\broughly\b|\bjust\b|\bat\b"
    r"|(?:\bmore\b|\bfewer\b|\bless\b)(?=\s+than\b))"
    r"|(?:(?<=\bmore\s)|(?<=\bfewer\s)|(?<=\bless\s))\bthan\b|(?<=\bat\s)\bleast\b)+$"
)

DENIAL_TEXT = re.compile("|".join(DENIAL_CONTENT), re.IGNORECASE)
DECLINE_TEXT = re.compile("|".join(DECLINE_CONTENT), re.IGNORECASE)

# a word that can open a clause after a bare cue: "said the", not "said in" or "said of"
NOT_CLAUSE_WORD = (
    r"(?:in|on|at(?!\s+(?:least|most)\b)|of|for|by|with|from|into|during|before|after|up|out|"
    r"so|and|or|but|"
    # (a quantity is no topic: "said about half of the higher adjustment ... reflected")
    r"about(?!\s+(?:half\b|a\s+(?:third|quarter|dozen)|one|two|three|four|five|\d))|"
    # (a quantity opening a clause is no adverb: "said much of his discussion with Trump was
    # about Israel", "said more than 1,300 Clinton emails contained", "said nearly every
    # conversation he has had with donors lately centers on")
    r"than|as|to|goodbye|hello|yes|no|nothing|something|anything|little|much(?!\s+of\b)|"
    r"more(?!\s+than\s+[\d$])|less|"
    # (not a day's possession: "said Monday's decision will make the choice ... more stark")
    rf"(?:{_DAYS})(?![’']s\b)|today|yesterday|(?:late|early)\s+(?:{_DAYS}|last|this|next)|"
    r"(?:last|this|next)\s+(?:week|month|year|morning|afternoon|evening|night|spring|summer|fall)|"
    r"earlier|later|recently|privately|publicly|repeatedly|afterward|when|while|after|"
    r"before|because|sarcastically|[a-z]+ly\b(?!\s+(?:every|all|half|\d))|"
    # (a participle in lower case: a name in -ing opens a clause, "said Beijing has decreased")
    r"[a-z]+ing|(?:Some|No|Any|Every)thing)\b"
)
NOT_CLAUSE_START = re.compile(rf"\s*{NOT_CLAUSE_WORD}")

# a plain noun phrase opening a sentence, right before its cue, for a cue whose content is
# a "that" clause or a clause: "The witness said", "the suit claims that", "Another ranking
# says", "The SVP counterproposal argued that", "..., most of them said" (a speaker no name
# or role word makes; each word read whole, "++" and "*+": only a space or the end may follow a
# word here, so a word given back letter by letter never makes a match, and sre would try each)
LOOSE_SUBJECT = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Ss]till|[Yy]et|[Hh]owever|[Mm]eanwhile|[Nn]ow|[Ss]o|[Aa]lso)\s*,?\s+)?"
    r"(?P<speaker>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|"
    r"[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Bb]oth|[Ff]ew|[Ss]everal|[Hh]alf|[Nn]one|[Ee]ach|"
    r"[A-Z][\w\-]*(?:’s|'s))\s+(?:[\w\-’'.]++\s+){0,3}?[A-Za-z][\w\-]*+)"
    rf"(?P<aux>(?:\s+(?:{_AUXILIARY}|[a-z]+ly))*)\s*$"
)

# a subordinate clause opening before a speaker: "while he said", "though she praised Garland
# and said", "what many analysts said", "which she has repeatedly said"
SUBORDINATE_BEFORE = re.compile(
    r"(?<!\S)(?:[Ww]hile|[Tt]hough|[Aa]lthough|[Ii]f|[Bb]ecause|[Ww]hen|[Ww]hereas|[Ss]ince|"
    r"[Oo]nce|[Uu]nless|[Ww]hich|[Ww]ho|[Ww]hom)\s*,?\s*$"
)

# where a subordinate clause gives way to its main clause, whose subject follows: ", it is
# unlikely" / ", Trump"
SUBORDINATE_END = re.compile(
    r",\s+(?=(?:he|she|it|they|we|I|there|the|this|that|his|her|its|their|[A-Z][a-z][\w’'\-]*)"
    r"(?:’s|'s)?\s+(?!or\b|and\b|who\b|which\b)[a-z])"
)
# where a relative clause gives way to its sentence's verb: ", was a major factor" / " - said"
RELATIVE_END = re.compile(
    r"(?:,|\s[—–-]|\s--)\s+(?=(?:is|was|are|were|has|had|have|will|would|can|could|did|does|"
    r"said|says|told|[a-z]+ed)\b)"
)

# the act of speaking a refusal refuses: " to comment" / " to say how much" / " comment"
# (an act with no object, "comment" or "elaborate", is the whole content)
DECLINED_ACT = re.compile(
    r"\s+(?P<to>(?:to\s+)?(?:(?P<short>comment|elaborate|respond|be\s+interviewed|be\s+identified)"
    r"(?:\s+(?:further|publicly|directly|specifically))?(?!\s+(?:on|about)\b)"
    r"|(?<=to\s)(?:say|discuss|confirm|specify|disclose|provide|give|release|identify|name|"
    r"speculate|reveal|address|answer|detail|describe|explain|share)))\b"
)

# a quotation introduced inside a left content: "Mrs. Clinton - ''Born with" / "fundraising:
# “There's" / "(''We've": the content is the quotation
QUOTE_INTRODUCED = re.compile(r"(?:[:(]|\s[-—–]|—)\s*(?=[“\"]|'')")

# a second predicate of the sentence's subject after a content and a comma or a closing mark:
# ", but did not recommend" / '"a terrible deal" and ranked Fiorina' (the content's own verbs
# come before); the comma or the first space as a class, which re scans for, and the closing
# mark before that space looked behind (as `(?:,|(?<=[”"])|(?<=''))\s+` reads it)
SECOND_PREDICATE = re.compile(
    r"[,\s](?:(?<=,)\s|(?<=[”\"]\s)|(?<=''\s))\s*(?:and|but)\s+(?:(?:also|then|later|quickly|repeatedly)\s+)*"
    r"(?:(?:did|does|would|will|could)\s+(?:not|never)\s+[a-z]+"
    r"|(?:(?:has|have|had)\s+(?:not\s+|never\s+)?)?(?:[a-z]+ed|said|told|made|went|took|gave|sent|spent))\b"
)
# the same with no comma, after the object of a verb whose content may be a noun phrase: " and
# even questioned the star's Latino identity" ("attacked her Spanish-language skills and even
# questioned ..."), " but stopped short of calling", " but would not offer details"; the verb
# is read by what follows it (an object, "to", a particle), so that a participle in the object
# ("biodiesel and advanced cellulosic fuels") is no verb
OBJECT_SECOND_PREDICATE = re.compile(
    r"\s(?:and|but)\s+(?:(?:also|then|later|even|quickly|repeatedly|ultimately|again|[a-z]+ly)\s+)*"
    r"(?:(?:did|does|would|will|could)\s+(?:not|never)\s+[a-z]+|(?:was|is|were|are)\s"
    r"|(?:(?:has|have|had)\s+(?:not\s+|never\s+)?)?(?:[a-z]{3,}ed|made|said|told|took|gave|sent|"
    r"spent|went|cast|goes)\s+(?:the|a|an|his|her|their|its|him|them|himself|herself|themselves|"
    r"itself|it|to|up|back|short|out|that|through|right|of|about|on|no|any)\b)"
)
# a pronoun that is all of a cue's object, before an adverbial of the speaker's act: "it as he
# positioned himself", "him in almost every speech", "her by a smaller 40 percentage point
# margin", "it on those grounds" (not "it was", where the pronoun opens a clause, nor "her
# plan", where it is a possessive)
PRONOUN_OBJECT = re.compile(
    r"(?:him|her|it|them|me|us|this)(?=\s+(?:by|in|on|at|from|during|after|before|since|until|"
    r"when|while|because|as\s+(?:he|she|it|they|we|I)|this|last|early|late|earlier|later|"
    r"constantly|directly|repeatedly|publicly|privately)\b)"
)
# whom a speaker spoke through, after what was said: " through his lawyer", " through a
# spokeswoman"
SPEECH_AGENT = re.compile(
    r"\sthrough\s+(?:a|an|his|her|their|its)\s+(?:lawyers?|spokes(?:man|woman|person)|"
    r"attorneys?|representatives?)\b"
)
# a clause of the time of the speaker's act after its object: " as he lined up with other
# attendees outside" ("tweeted his observations of the rally as he lined up ..."), " even as he
# alluded to her failings"
AS_CLAUSE = re.compile(r"\s(?:even\s+)?as\s+(?:he|she|it|they|we)\s")
# what makes an "as" before that clause a comparison or an idiom, not a conjunction: an "as"
# before it ("as concerned about inequality as they were"), a comma or "as long", "just as"
AS_BOUND = re.compile(r"\bas\b|(?:,|\b(?:long|just|soon|well|much|same|such))\s*$")
# an act the object names, whose time the clause may be ("accused Trump University of using
# deceptive practices as it brought in millions of dollars")
OBJECT_ACT = re.compile(r"\s(?:of|for)\s+[a-z]+ing\s")
# a relative pronoun in a noun phrase: its clause may go on past an "and" ("the man who
# considered challenging her ... but ultimately stepped aside")
RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b")
# a copula right before a quotation: 'Clinton was “' / "is ''" / 'were "': the quotation is a
# predicate of the content's own subject, and an "and" after it goes on with that subject
# ('said Clinton was “extremely careless” and mishandled classified information')
COPULA_BEFORE_QUOTE = re.compile(
    r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:[“\"]|'')$"
)

# the verb of a clause: "is", "would", "has"
FINITE_VERB = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did)\b"
)
# a predicate right after an interrupting attribution: " was a decision" in "At the heart of
# the trouble, according to X, was a decision" / " are 16 involving business activity" (past
# the source's appositive: "according to Dennis B. Ross, another former envoy, was")
PREDICATE_NEXT = re.compile(
    r"\s*(?:[^,;:“”\"]{2,90}?,\s*)?(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|"
    r"remains|remained|includes|included|include)\s"
)
# the verb of a sentence after a subject clause: " has divided analysts" / " highlights the"
MAIN_VERB = re.compile(
    r"\s(?:(?:has|have|had|is|was|are|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
    r"|[a-z]+[^s\W]s(?=\s+(?:the|a|an|his|her|their|its|that|this|how|why)\b))"
)

# a gerund clause after a cue, up to its verb: " running for president is" / " legalizing it
# could" (not a preposition in -ing: "said during the debate", "including")
GERUND_CLAUSE = re.compile(
    r"\s+(?!(?:during|including|according|regarding|concerning|following|considering|"
    r"nothing|something|anything|everything)\b)[a-z]+ing\s+"
    # (an abbreviation's period may stand inside: "said having Mr. Putin treat him with respect
    # is a positive development")
    r"(?:(?:[^,.;:!?“”\"]|\.(?=\s?[A-Z])){0,80}?\s)?"
    r"(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|"
    r"[a-z]+ed|[a-z]+[^s\W]s)"
    r"(?:n’t|n't)?\b"
)

# a whole sentence opening before its cue, when no speaker rule reads it: "People briefed on
# the move said that" / "Aides to Clinton say she's" (the subject is everything before; each
# word read whole, as in LOOSE_SUBJECT: half the instructions of letting sre split them)
OPENING_SUBJECT = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Ss]till|[Yy]et|[Hh]owever|[Mm]eanwhile|[Nn]ow|[Ss]o|[Aa]lso)\s*,?\s+)?"
    r"(?P<speaker>[A-Z][\w’'\-.]*+(?:\s+[^\s,;:“”\"()—]++){0,11}?)"
    rf"(?P<aux>(?:\s+(?:{_AUXILIARY}|[a-z]+ly))*)\s*$"
)

# the same opening in lower case, after a connective or an opening clause's comma: "Yet many
# officials on and off the island believe", "..., people who have battled other online
# threats say", or after a subordinating conjunction: "Though executives who have worked with
# Lachlan Murdoch say they assume he shares some of his father's conservatism, ..." (each word
# read whole)
LOWER_OPENING_SUBJECT = re.compile(
    r"(?:(?:[Bb]ut|[Aa]nd|[Ss]till|[Yy]et|[Ii]ndeed|[Hh]owever|[Mm]eanwhile|[Nn]ow|[Ss]o|[Aa]lso)\s*,?\s+"
    r"|(?:[Ee]ven\s+)?(?:[Tt]hough|[Aa]lthough|[Ww]hile|[Bb]ecause|[Ss]ince|[Ww]hen|[Ii]f)\s+)?"
    r"(?P<speaker>[a-z][\w’'\-]*+(?:\s+[^\s,;:“”\"()—]++){0,15}?)"
    rf"(?P<aux>(?:\s+(?:{_AUXILIARY}|[a-z]+ly))*)\s*$"
)

# the subject of a sentence that opens with a pronoun and a contraction: "He’s comparing"
CONTRACTED_SUBJECT = re.compile(
    r"(?P<speaker>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?=[’'](?:s|d|ll|re|ve)\s)"
)

# a new clause after a comma, which ends a reported content: ", though she did not discuss" /
# ", while Republican candidates went after" / ", but Republicans"; a relative clause or a
# comparison of the writer's: ", who also held a rally" / ", compared with 41 percent" (not
# ", which he believed had ...": a relative with its own subject holds an attribution); a
# named subject's participle after "with", the writer's absolute clause: ", with Lewandowski
# taking to Twitter", ", with Sen. John McCain calling it"
CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:(?:though|although|while|whereas|even\s+though|even\s+as)\s+"
    r"(?=(?:he|she|they|we|I|it|there|the|a|an|his|her|their|its|this|that|these|those|some|many|"
    r"most|other|others|no|[A-Z])\b)|(?P<relative>who|which)\s+"
    r"(?!(?:he|she|they|we|I|it|you|the|a|an|his|her|their|its|this|that)\b)|compared\s+(?:with|to)\s"
    r"|and\s+(?:he|she|they|we|I|when)\s"
    r"|(?P<absolute>with)\s+(?:[A-Z][\w.’'\-]*\s+){1,4}(?:[a-z]+ly\s+)?[a-z]+ing\b)"
)
# the predicate of the content's own subject after a relative clause: ", is a wise move" in
# "a global leader like Putin, who oversees ..., is a wise move" (the relative ends nothing)
PREDICATE_AFTER_RELATIVE = re.compile(
    r",\s+(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|remains|"
    r"remained)\s"
)

# what is seen and what as, after a cue of AS_CUES: " golf courses as wasted", " him as a"
# (not a conjunction, "as they left", an idiom, "as well", nor a passive's agent, "by some";
# no dash for a word: "himself on Twitter -- as a ''climate change skeptic''; as a fan of" is
# a list of descriptions, no depiction)
SEEN_AS = re.compile(
    r"\s+(?P<object>(?!(?:as|by|for|to|that|this|what|how|if|whether|in|on|at|of|with|from)\b)"
    r"[\w’'\-.]+(?:\s+(?!(?:as|by|for|to|that|which|who|when|if|whether|and|or|but)\b)"
    r"[\w’'.][\w’'\-.]*){0,7}?)\s+as\s+"
    r"(?!(?:he|she|they|it|we|I|you|well|long|soon|much|far|if|though|of|to|for|part|such)\b)"
    r"[\w“\"']"
)

# a clause opened by the "as" after a seen object, its subject and its verb: " as the polls
# opened", " as the Senate adjourned", " as early voting began" (no description of the object:
# " as the most qualified", " as the candidate favored by", " as a man obsessed", " as unqualified
# and accused her")
SEEN_AS_CLAUSE = re.compile(
    r"\s+as\s+(?:(?!(?:an?|of|for|in|on|at|with|by|from|to|who|which|that|and|or|but)\b)"
    r"[\w’'\-.]+\s+){0,2}"
    r"(?!(?:the|an?|his|her|their|its|this|that|these|those|most|more|less|least|very|so|too|"
    r"of|for|in|on|at|with|by|from|to|who|which|and|or|but|[a-z]+ly)\s)[\w’'\-.]+\s+"
    r"(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|does|did|"
    r"[a-z]{2,}ed|went|made|took|gave|sent|ran|won|lost|spoke|wrote|told|began|came|brought|"
    r"fought|struck|held|met|stood|kept)\b(?!\s+by\b)"
)

# what is expected, after a cue of EXPECT_CUES: a clause after "that" (" that U.S. output
# will"), or the one expected and its act (" it to raise", " the Environmental Protection
# Agency to dial"); the content opens with the "object" group
EXPECTED_ACT = re.compile(
    r"\s+(?:(?P<that>that)\s+(?=[A-Za-z“\"])"
    r"|(?=(?!(?:to|that|this|what|how|if|whether|in|on|at|of|with|from|for|by)\b)[\w’'\-.]+"
    r"(?:\s+(?!(?:to|that|which|who|when|if|and|or|but)\b)[\w’'\-.]+){0,4}?\s+to\s+[a-z]))"
    r"(?P<object>[\w“\"’'])"
)

# the clause of a seeming after "it", after a cue of IT_SEEMS_CUES: " that Trump", " like no"
# (its "it" is asked by forms.seeming_clause)
IT_SEEMS = re.compile(r"\s+(?:that|like|as\s+if|as\s+though)\s+(?P<object>[\w“\"’'])")
# a readiness or a likelihood that seems, after a cue of IT_SEEMS_CUES: " ready to", " poised
# to", " more likely to", " intent on", " headed for" (its subject is read by forms.raised)
SEEMING_STATE = re.compile(
    r"\s+(?:(?:more|less|increasingly|all\s+but|very|quite|so)\s+)?(?:ready|poised|likely|"
    r"unlikely|certain|set|headed|willing|unwilling|eager|determined|intent|prepared|reluctant|"
    r"able|unable)\s+(?:to|for|on)\s"
)

# what is wanted, after a cue of WANT_CUES: a noun phrase (" more funding", " Obama to push")
# or an act (" to bring back the 1990s": forms.framed asks who wishes it), not a pronoun, a
# relative's gap (" most", " after being") or a verb
WANTED = re.compile(
    r"\s+(?P<object>to\s+(?=[a-z])"
    r"|(?!(?:to|it|them|him|her|me|us|you|what|that|this|in|on|at|for|from|by|with|"
    r"and|or|but|as|so|most|first|after|without|was|is|were|are|more\s+than)\b)[\w“\"’'])"
)

# cue words that are cues only in a frame of their own, with the frame that follows them
CUE_FRAMES: dict[str, re.Pattern[str]] = (
    dict.fromkeys(AS_CUES, SEEN_AS)
    | dict.fromkeys(EXPECT_CUES, EXPECTED_ACT)
    | dict.fromkeys(IT_SEEMS_CUES, re.compile(f"{IT_SEEMS.pattern}|{SEEMING_STATE.pattern}"))
    | dict.fromkeys(WANT_CUES, WANTED)
)
