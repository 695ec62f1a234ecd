"""Coreference within one article: each mention to one canonical name per person.

`Resolver` maps "Trump", "former President Donald Trump" and "He" to "Donald Trump",
"the book" to "Bob Woodward's book War", and a share of those polled to itself.
"""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from claimtrack.extract.mentions import CAP, WORD, W
from claimtrack.extract.places import PLACES
from claimtrack.extract.text import alternation, paragraphs
from claimtrack.lexicon import (
    DAYS,
    DO_FORMS,
    FEMININE_WORDS,
    FIRST_NAME_GENDERS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    MASCULINE_WORDS,
    MODALS,
    MONTHS,
    OPENING_PREPOSITIONS,
    ORGANISATION_WORDS,
    PLURAL_PRONOUNS,
    PLURALS_WITHOUT_S,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    QUANTITY_WORDS,
    ROLE_NOUNS,
    SAYING_NOUNS,
    SINGULAR_PRONOUNS,
    STATE_ABBREVIATIONS,
    SUBJECT_PRONOUNS,
    TITLES,
    US_STATES,
    WORK_DATES,
    WORK_DESCRIBERS,
    WORK_NOUNS,
    common_words,
    undated,
)

# a word of a name (CAP) read at once: what follows one there (a space, a period, the end of
# the name) never starts inside it, so giving letters back could only fail again (W: \w with
# its ASCII characters named first)
_NAME_WORD = rf"[A-Z][{W}’'\-]*+\.?"
# the gap between two words of a name
_NAME_GAP = r"[^\S\n]+"
# a word of a name or a particle it may hold ("Ludwig van")
_NAME_ITEM = rf"(?:{_NAME_WORD}|de|van|von|bin|al)"
# a name in running text: "former President Donald Trump", "Dmitry Peskov", "Mr. Trump": a
# word, then words or particles, the last a word ("W(?:GAP ITEM)*GAP W"), its second word
# asked first as a choice whose branches open with a letter: after most capitalised words a
# lower-case one follows ("The president"), which re turns down there, without entering the
# repeat (its capital first and the word boundary after it as a lookbehind: a pattern that
# opens with a character class is scanned for it quickly, \b is tried everywhere)
_NAME_SEQ = re.compile(
    rf"[A-Z](?<!\w[A-Z]){_NAME_WORD.removeprefix('[A-Z]')}{_NAME_GAP}"
    rf"(?:{_NAME_ITEM}{_NAME_GAP}(?:{_NAME_ITEM}{_NAME_GAP})*{_NAME_WORD}|{_NAME_WORD})"
)

# a work and its author: "Bob Woodward's new book titled War", "the Post's report"
_WORK = re.compile(
    rf"(?P<author>(?:{CAP}\s+)*{CAP})(?:’s|'s)\s+(?:(?:{alternation(WORK_DATES)})\s+)?"
    rf"(?P<noun>{alternation(WORK_NOUNS)})\b"
    rf"(?:,?\s+(?:titled|called|entitled)?\s*[“\"]?(?P<title>(?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*)[”\"]?)?"
)

# what every _WORK match holds, looked for first: "'s new book"
_WORK_ANCHOR = re.compile(
    rf"(?:’s|'s)\s+(?:(?:{alternation(WORK_DATES)})\s+)?(?:{alternation(WORK_NOUNS)})\b"
)
# the source a work described is by or from, which speaks for it: "An average of recent polls
# by RealClearPolitics", "a report Tuesday from WKOW", "a new article in Politico", "A
# statement from Ryan’s office"
_WORK_SOURCE = re.compile(
    r"\s(?:by|from|in)\s+(?:the\s+|The\s+)?"
    r"(?P<source>(?:[A-Z][\w’'.&/-]*\s+)*[A-Z][\w’'.&/-]*?(?:(?:’s|'s)\s+[a-z]+)?)$"
)
# a person just before "in" and the work the cue's subject is: "Jeb Bush in [a Medium post]"
_AUTHOR_IN = re.compile(r"(?<![\w’'])(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+in\s+$")
# a preposition whose object a name is, no subject: "a favorable view of [Trump in a new poll]"
_OBJECT_OF = re.compile(r"\b(?:of|for|to|with|by|about|on|at|from|against)\s+$")
# the words of a work that a source may be named after: "polls", "an average of polls"
_SOURCED_WORKS = WORK_NOUNS | {"average"}
_POSSESSIVE = re.compile(r"(?:’s|'s|(?<=s)’|(?<=s)')$")
# an owner before a name, with or without the s: "CNBC's", "RealClearPolitics’"
_OWNER_ENDINGS = ("’s", "'s", "s’", "s'")
# the endings of an owner's name that follow it in the text: "Trump's"
_OWNS = _OWNER_ENDINGS[:2]
_OWNER = re.compile("(?:" + "|".join(_OWNER_ENDINGS) + ")$")
# an acronym, not a roman numeral: "CNN" in "Carson CNN" is no surname
_ACRONYM = re.compile(r"^(?![IVX]+$)[A-Z]{2,}(?:-[A-Z]+)?$")
# the name a relative "who" follows: "and Sanders, who says it's disastrous"
_NAME_BEFORE_WHO = re.compile(rf"((?:{CAP}\s+){{0,3}}{CAP}),\s*$")
# a plural noun or a body right before "who": "lawmakers who", "women who", "in Congress who",
# or a pronoun of people no name tells: "those who fear", "some who suggested"
_COMMON_BEFORE_WHO = re.compile(
    r"(?:\b[a-z]+(?:s|men|people)|\bin\s+Congress"
    r"|\b(?:[Tt]hose|[Ss]ome|[Mm]any|[Ff]ew|[Aa]nyone|[Ee]veryone|[Ss]omeone))\s+$"
)
# a share of those polled before "who": "64 percent who say", "18% who", "2.5 million who"
_SHARE_BEFORE_WHO = re.compile(r"(?:%|\bpercent|\bin\s+(?:10|ten)|\b[mb]illion)\s*[,—–-]?\s*$")
# a name before "of" and a place: "Senator Ted Cruz of " [Texas]
_NAME_OF = re.compile(rf"((?:{CAP}\s+){{0,3}}{CAP})\s+of\s+$")
# a "who" joined to one before it: "A president who authorized the raid ... and who"
_JOINED_WHO = re.compile(r"\b(?:and|but)\s+$")
# the word right before "who", with or without a comma: "a campaign surrogate who", "the
# Mexican president, who", "Republicans who"
_LAST_WORD_BEFORE_WHO = re.compile(r"(?<![\w’'\-])([A-Za-z][\w’'\-]*),?\s+$")
# a role and a preposition before a name: "a senior analyst at [Jefferies]", "a longtime adviser
# to [Trump]", "the leader of the opposition in [North-Rhine Westphalia]", "the executive
# director of the Latino Partnership for [Conservative Principles]"
_ROLE_OF = re.compile(
    rf"\b(?:{alternation(ROLE_NOUNS)}|[a-z]+(?:er|or|ist|ian)|Democrat|Republican)"
    r"(?:\s+(?:of|in|for|on|at|to)\s+(?:the\s+)?[\w’'\-]+(?:\s+[A-Z][\w’'\-]*){0,3}){0,2}"
    r"\s+(?:of|in|for|on|at|to)\s+(?:the\s+)?$"
)
# a name and its description after a comma, up to where a "who" follows: "Howard Rubel, a
# senior analyst at Jefferies", "Elizabeth Arnold, 32, a former staff member for the campaign"
_APPOSITIVE_OWNER = re.compile(
    rf"((?:{CAP}\s+){{0,3}}{CAP}),\s+(?:\d+,\s+)?(?:a|an|the|one)\s+[^,;:.!?“”\"()]*,?\s*$"
)
# a "they said" set off by commas or ending its sentence: "they said,", "they also say.",
# "they’ve suggested."
_ASIDE_CUE = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?\s+(?:[a-z]+\s+){0,2}?[a-z]+[,.]")
# two names joined by "and": "Mr. VandeHei and Mr. Allen", "Wilcox and Beruff"
_NAMES_JOINED = re.compile(
    r"((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*[a-z]),?\s+and\s+"
    r"((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*[a-z])\b"
)
# a word or a mark of a clause, read one by one for its subject
_CLAUSE_WORD = re.compile(r"[A-Za-z][\w’'\-.]*|\S")
# words that open a clause before its subject: "But", "While", "Still,"
_SUBJECT_OPENERS = frozenset(
    "in which when where as if because while although though that and but so yet still "
    "however meanwhile now then instead indeed".split()
)
# the verbs that end a plural subject: "Companies say", "Liberals got mad", "Several Democrats
# cautioned" (and any word in -ed)
_SUBJECT_VERBS = frozenset(
    """
    say says said argue argues note notes believe believes think thinks thought insist insists
    want wants were are have has had remain remains got see sees saw fear fears worry worries
    know knew hope hopes expect expects contend contends maintain maintains agree agrees warn
    warns claim claims suggest suggests feel feels felt told tell tells point points
    acknowledge acknowledges will would can could may might must should do did does cite cites
    """.split()
)
# words between a subject and its verb: "Mr. Rubio's advisers privately conceded"
_VERB_ADVERBS = frozenset("also still now often already all both privately publicly".split())
# words after the head of a subject that open what it is of: "members within both unions"
_HEAD_ENDS = frozenset(
    "of within in for at on from like with who that whose including across close familiar "
    "among about over under between".split()
)
# where a name's description starts: " of Derry", ", a Donald Trump supporter"
_POSTMODIFIER = re.compile(r"\s+of\s+|,\s|\s*\(")
# "Trump's campaign" -> "Trump", " campaign"
_POSSESSIVE_SPLIT = re.compile(r"(?:’s|'s)\b")
# words that open a question or a clause before a name: "Did Donald Trump really scam students?"
_NOT_NAME_OPENERS = frozenset(
    {"did", "does", "do", "is", "was", "will", "would", "can", "having", "absent", "alongside"}
)
# words that make a capitalised name a circle of people or a place, not one person: "Trump World"
_REALM_WORDS = frozenset({"world", "country", "nation"})
# single words that alone name no one: quantities and words that need a noun ("Several",
# "Each"), a head with nothing to tell who it is ("person", "number", "governor")
_VAGUE_ALONE = (
    QUANTITY_WORDS
    | ROLE_NOUNS
    | frozenset(
        "several each both all few any another either neither none number person someone "
        "everyone everybody anyone anybody somebody nobody wow rather name look together".split()
    )
)
# a word that names no one when it stands alone (one set: names_someone runs for every claim)
_ALONE = _VAGUE_ALONE | TITLES | FUNCTION_WORDS
# words of a time phrase, which names no one: "A few minutes later", "Hours", "One month after"
_TIME_WORDS = frozenset(
    "later earlier after ago once minutes hours days weeks months years".split()
)
# lower-case words that make a name a clause: "Syrian refugees were", "Findings show voters"
_CLAUSE_WORDS = frozenset(
    "is are was were be been has have had show shows showed that which who whom".split()
)
# verbs that make a mention a clause, never a speaker: "Mexico must rebut Trump's claims",
# "Trump was a threat to America's democracy"
_MENTION_VERBS = MODALS | frozenset("is are was were has have had does did".split())
# words that join a head to what follows it: "a spokesman for committee Democrats" (a role
# before them), "loyal to Republicans", "kind of liberal jurist" (no role: a fragment)
_LINK_WORDS = frozenset("of for to toward towards than as in on at with about like".split())
# heads that may stand before a link word: "a series of Twitter posts", "a person familiar with"
_LINKING_HEADS = frozenset(
    "series number dozen few group handful couple pair trio review average familiar close "
    "person people fellow".split()
)
# words that open a new noun phrase or clause inside a mention: "a tactic Democrats", "kind of
# liberal jurist many Republicans", "a comprehensive rebuke to what Republicans"
_CLAUSE_OPENERS = frozenset(
    "many some most several few what which whose whom where when why how that these those "
    "this".split()
)
# nouns that a clause without "that" follows, which open no name: "the place Pentagon officials
# say the United States might take a stand", "the ones Trump's campaign hopes to register"
_RELATIVE_HEADS = frozenset("place places ones way ways kind sort reason day time moment".split())
# words that bind the word after them to what stands before, so that a mention opening there
# is the end of another phrase: "for not letting voters know", "they will hold banners",
# "50,000 per day city officials estimated"
_BINDING_WORDS = MODALS | DO_FORMS | frozenset({"not", "never", "per"})
# words before a relative clause's verb: "which hits liberals where they live", "What gives
# establishment candidates reason for optimism" (but "which officials said" opens its subject)
_RELATIVE_WORDS = frozenset("which what that who".split())
# words in -s that stand before a noun, not verbs: "news outlets", "that appeals courts"
_NOUNS_IN_S = frozenset(
    "news ethics politics economics affairs sports arms rights appeals sales services "
    "communications operations savings".split()
)
# a word's characters, as `_word_before` reads them back from its end ("not", "bill's")
_WORD_RUN = re.compile(r"[\w’']+")
# the author after a quoted title: '"Perfect Enough: Carly Fiorina and the Reinvention of
# Hewlett-Packard" by George Anders'
_TITLE_BY = re.compile(r"[”\"'’],?\s+by\s+((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*[a-z])$")
# prepositions whose object a relative clause may end with ("who spoke with The Huffington
# Post"); not "by" ("which was first reported by The Associated Press": the cue's own)
_OBJECT_PREPOSITIONS = frozenset("of about with from against at for on in into over to".split())
# a stretch up to its last mark of a clause's end: what `_clause_before` holds comes after it
# (".*" runs to the end and gives back up to the last mark: one pass, where a search for the
# marks' complement up to the end tried every start)
_TO_CLAUSE_MARK = re.compile(r"(?s:.*)[,.;:!?—–()\n“”\"]")
# a relative pronoun: "who", "which"
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whom|which)\b")
# words that present whom a quotation is by: "Here’s Clinton in December 1992:"
_PRESENTING = frozenset({"Here's", "Here’s"})
# words that tell where something is or happens: "Nobody in British Columbia", "on CNN"
_PLACING_WORDS = frozenset({"in", "on", "at"})
# a work after them is a source ("in the latest NBC News/Wall Street Journal poll")
_WORK_NOUNS_IN = WORK_NOUNS | frozenset(noun + "s" for noun in WORK_NOUNS)
# heads of a possessive mention that are an event or a thing, which no one is: "Sanders's
# victory ... confirmed the strength of his iconoclastic appeal", "Trump's attacks on Curiel",
# "A look at Mr. Trump's airplanes and helicopters suggests", "Mr. Obama's diagnosis of the
# nation's political failings inevitably called to mind", "Mr. Trump's news conference offered
# a striking contrast"
_EVENT_NOUNS = frozenset(
    "victory victories win wins loss losses defeat attack attacks diagnosis airplanes "
    "helicopters candidacy nomination rise success conference rally visit trip appearance "
    "performance own".split()
)
# verbs that open an imperative, which names no one: "See live caucus results", "Look,"
_IMPERATIVES = frozenset("see look watch read click listen check follow take".split())
# words that open a sentence and never a name: "Unless further rivals", "Besides attacking"
_OPENERS = frozenset(
    {"unless", "besides", "plus", "whereas", "otherwise", "thus", "hence", "whose", "whom"}
)
# words a mention may open with among the function words: "some Democrats", "other critics"
_OPENING_DETERMINERS = frozenset(
    "the a an some many most several other others all both few such no".split()
)
# plural-looking last words that are no plural head: "a Politico-Harvard analysis", "ABC News"
_NOT_PLURAL = frozenset("news times politics affairs analysis business us".split())
# a pronoun opening a clause: "He says", "It's"
_PRONOUN_OPENING = re.compile(r"(?:he|she|it|they|we|i|you)(?:$|['’])")
# titles and roles that may stand before a name, without articles ("Nicole A. Navas")
_ROLE_WORDS = (TITLES | ROLE_NOUNS) - FUNCTION_WORDS - {"a", "an", "the"}
# the ends of contractions, which no name has: "I've", "we're", "don't"
_CONTRACTIONS = ("'ve", "’ve", "'re", "’re", "'ll", "’ll", "n't", "n’t", "'m", "’m")
# words of a share of those polled: "Almost half", "a third of them"
_SHARE_WORDS = QUANTITY_WORDS | frozenset(
    "a an of in the them those third quarter majority plurality minority percent more than "
    "less fewer dozens hundreds thousands twenty thirty forty fifty sixty seventy eighty "
    "ninety".split()
)
# numbers as words: "three helicopters", "One attendee"
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "dozens hundreds thousands".split()
)
# endings of a name of many people, which "he" or "she" never is: "Hispanics", "Democrats",
# "Republicans"
_PLURAL_ENDINGS = ("ics", "ats", "ans", "ists", "inos", "inas")
# ends of nouns of one person by what they do: "interviewer", "pastor", "journalist"
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ee")
# events, which no one is, by their last word: "New York primary", "the Iowa caucuses"
_EVENTS = frozenset("primary primaries caucus caucuses election elections debate debates".split())
# last words of a place or a day, never a person: "Atlantic City", "United States", "Election Day"
_PLACE_WORDS = frozenset("states city county island beach valley street avenue park day".split())
# words before a name that show it is a person's: "Sen.", "spokesman", "said"
_PERSON_ROLES = (TITLES | ROLE_NOUNS | frozenset({"said", "says", "told", "according"})) - {
    "the",
    "a",
    "an",
}
# the possessive pronouns a description may open with: "his campaign", "their leaders"
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})
# capitalised words that make no name: "His campaign", "The governor"
_NOT_NAMING = FUNCTION_WORDS | _OWNER_PRONOUNS | frozenset({"the", "its", "our", "my", "your"})
# words after the first that make a clause of a name ("Clinton shook her head"), and what
# names_someone asks of each word at once (a set against the words, not a loop over them)
_OWNER_OR_ARTICLE = _OWNER_PRONOUNS | frozenset({"its", "the", "a", "an"})
_TIME_OR_CLAUSE_WORDS = _TIME_WORDS | _CLAUSE_WORDS
# a word of four letters or more (a whole run of letters: a shorter run never holds one)
_LONG_LETTERS = re.compile(r"[^\W\d_]{4,}")
# a long word in lower case after a space, each the start of a _LONG_LETTERS match
_SPACED_LOWER = re.compile(r" [a-z]{4}")
# a word written in lower case: "back", "look" (the article's ordinary words)
_LOWER_WORD = re.compile(r"\b[a-z][a-z\-]+")
# the characters of a _LOWER_WORD match
_LOWER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz-")
# how many words an article looks up one by one before it gathers all its lower-case words
_LOWER_LOOKUPS = 16
# how many capitalised words an article looks up one by one before it gathers all those it
# writes inside a sentence (`Resolver._plain_word`)
_INSIDE_LOOKUPS = 16
# a whole word: "Wallace" in "Wallace's" (a name the article writes)
_WORD = re.compile(r"\w+")
# a sentence end inside a line: "office. He" (a headline has none)
# (its mark first, the three letters looked behind: a quick scan for the rare mark)
_SENTENCE_END = re.compile(r"[.!?](?<=[a-z]{3}[.!?])\s+[A-Z]")
Span = tuple[int, int]


def name_key(name: str) -> str:
    """Return a normalised key for comparing speaker names (case, apostrophes, titles)."""
    words = [w for w in WORD.findall(name.replace("’", "'").lower()) if w.rstrip(".") not in TITLES]
    return " ".join(words)


def is_person(name: str) -> bool:
    """Return whether a canonical speaker name looks like a person (two capitalised words)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or "'s" in name or "’s" in name:
        return False
    if any(w.lower() in GROUP_NOUNS or w.lower() in WORK_NOUNS for w in words):
        return False
    return all(w[:1].isupper() for w in words)


def _after_sentence_end(words: list[str]) -> list[str]:
    """Return the words after the last one that ends a sentence ("CBN. So" -> "So").

    A period after a word of three letters or more that is no abbreviation ("Election Day.
    Chris Carr"), or after an acronym ("CBN."), ends a sentence; one after an initial, a
    title or an abbreviation ("D.", "Mr.", "Sen.", "Fla.") does not.
    """
    for i in range(len(words) - 2, -1, -1):
        word = words[i]
        if word[-1] != ".":
            continue
        acronym = len(word) > 2 and word[:-1].isupper() and (len(word) > 3 or word[:-1].isalpha())
        short = len(word) == 4 and word[1:-1].islower() and word[:-1].lower() not in _ABBREVIATIONS
        if len(word) > 4 or acronym or short:  # "AP. Bill Millis": Bill Millis
            return words[i + 1 :]
    return words


@lru_cache(maxsize=8192)
def _ended_name(said: str) -> str:
    """Return the part of a capitalised sequence before its last sentence end ("Rick Perry"
    of "Rick Perry.\n\nIn"), or "" when no sentence ends inside it."""
    words = said.split()
    after = _after_sentence_end(words)
    if len(after) == len(words):
        return ""
    pos = 0
    for word in words[: len(words) - len(after)]:
        pos = said.index(word, pos) + len(word)
    return said[: pos - 1] if said[pos - 1] == "." else said[:pos]  # "Jacob J. Lew."


# three-letter words a period follows inside a name or a title: "Sen.", "Fla.", "Jan."
_ABBREVIATIONS = TITLES | frozenset(
    "jan feb mar apr jun jul aug sep oct nov dec fla ind ill tex cal ore del ala ark kan neb "
    "nev wis wyo adm cpl sgt inc ltd bros".split()
)


def _without_possessive(word: str) -> str:
    """Return `_POSSESSIVE.sub("", word)` ("Trump's" -> "Trump", "Sanders'" -> "Sanders")
    with string tests: it is asked for each word of each name."""
    if word.endswith("\n"):
        return _POSSESSIVE.sub("", word)  # "$" matches before a last newline too
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("s’", "s'")):
        return word[:-1]
    return word


def _name_words(words: list[str]) -> list[str]:
    """Return the words of a name without a possessive or a sentence's period ("Trump." -> "Trump")."""
    # (a word loses an ending only when it holds an apostrophe or a newline: most names none)
    held = "".join(words)
    if "'" in held or "’" in held or "\n" in held:
        out = [_without_possessive(w) for w in words]
    else:
        out = list(words)
    if out and len(out[-1]) > 4 and out[-1].endswith(".") and out[-1][-2].islower():
        out[-1] = out[-1][:-1]
    return out


# past tenses that do not end in -ed: "The Cruz campaign sent a fundraising email"
_IRREGULAR_PAST = frozenset(
    "sent left made gave took wrote put held ran got found kept met".split()
)


def _before_verb(words: list[str]) -> list[str]:
    """Return the words before a past-tense verb and without a trailing day name.

    "Donald Trump released a video" -> "Donald Trump"; "CNN Tuesday" -> "CNN";
    "issued a statement" -> nothing.
    """
    for i, word in enumerate(words):
        if (word[-1] == "d" and word.endswith("ed") and word.islower()) or word in _IRREGULAR_PAST:
            words = words[:i]
            break
    while words and words[-1].rstrip(",") in DAYS:
        words = words[:-1]
    return words


# a day or a month alone names no one: "July" in "In July, ... said"
_WHEN_WORDS = frozenset(DAYS) | frozenset(MONTHS)
# a month cut short, which a name cut at its period may be: "fundraising reports through Jan"
# [. 31]
_MONTHS_SHORT = frozenset(month[:3] for month in MONTHS) | {"Sept"}


def _not_a_name(words: list[str], known: dict[str, list[Person]]) -> bool:
    """Return whether a one-word mention can name no one: "Having", "Immediately", "Tuesday"."""
    if len(words) != 1 or words[0] in known:
        return False
    word = words[0].rstrip(",.")
    if _participle(word):
        return True  # "Peppered with dozens of questions, Mr. Putin"
    return (word.lower().endswith(("ing", "ly")) and len(word) > 5) or word in _WHEN_WORDS


# a word that describes the person it stands before, no part of a name: "Oscar-winner",
# "Korean-born", "look-alike" (a name's own hyphen joins capitals: "Ocasio-Cortez")
_DESCRIBER = re.compile(r"[A-Z]?[\w’']*-(?:born|winner|winning|nominated|based|backed|alike)")


# the first words _strip_titles may strip whatever follows them ("general" is stripped when no
# English word follows it)
_STRIPPED = TITLES | FUNCTION_WORDS | _NOT_NAME_OPENERS | {"general"}


def _strip_titles(words: list[str]) -> list[str]:
    """Return the words after the last title or function word ("former President X Y" -> X Y)."""
    last = -1
    for i, w in enumerate(words[:-1]):
        # (a word may be empty: the possessive of "Trump 's adviser" stands alone)
        if w and w[-1] in "'’" and not w.endswith(("s'", "s’")):
            last = i  # "'Thin-skinned' Trump": a quoted word is no part of a name
            continue
        key = w.lower().rstrip(".")
        if key not in _STRIPPED:
            # (most words of a name: of the tests below, only the describer's can make them
            # the last to strip, and no word of _STRIPPED holds a hyphen)
            if "-" in w and _DESCRIBER.fullmatch(w) is not None:
                last = i  # "Liberal Oscar-winner Sarandon", "South Korean-born Monte Haines"
            continue
        if len(w) == 2 and w[0].isupper() and w[1] == ".":
            continue  # an initial: "Nicole A. Navas" is not "a Navas"
        if key == "general" and words[i + 1].lower() in common_words():
            continue  # "General Electric", "General Mills": a body's name, no general's title
        opens = i == 0 or words[i - 1].lower() in FUNCTION_WORDS
        if key in TITLES or key in FUNCTION_WORDS or (key in _NOT_NAME_OPENERS and opens):
            last = i  # an opener only opens: "GOP Chairman Will Rogers" keeps "Will"
    return words[last + 1 :]


def _trailing_name(words: list[str]) -> list[str]:
    """Return the name that ends a description: "University political scientist Brigid Harrison"
    -> "Brigid Harrison" (two capitalised words or more after the last lower-case one)."""
    cut = [
        i
        for i, w in enumerate(words[:-2])
        if (w[:1].islower() and w not in {"de", "van", "von", "bin", "al"}) or _is_role(w)
    ]
    if cut and words[cut[-1]] in {"for", "of"} and words[cut[-1] - 1].lower() in _ORG_HEADS:
        # "the Center for Responsive Politics": the words after "for" end the body's name
        return words
    rest = words[cut[-1] + 1 :] if cut else words
    if (
        len(rest) > 2
        and word_gender(rest[-2]) is not None
        and _no_first_name(rest[-3])
        and (rest[-3].lower() in common_words() or rest[-3].endswith("s"))
    ):
        # "Supervisor of Elections Susan Bucher", "[fellow] Democrats Hillary Clinton": a
        # first name opens the name (not "Giovanni Maria Vian", whose first word is no word
        # of the language)
        return rest[-2:]
    if (
        len(rest) > 3
        and any(_names_a_body(w) for w in rest[:-2])
        and not any(_names_a_body(w) for w in rest[-2:])
        and word_gender(rest[-2]) is not None
    ):
        # the office of a body before a name: its first name and surname (and an initial)
        return rest[-3:] if len(rest[-2]) == 2 and rest[-2].endswith(".") else rest[-2:]
    return rest


def _no_first_name(word: str) -> bool:
    """Return whether a word before a first name is no part of the name: not a first name
    itself ("Donald John Trump"), nor an initial or a particle."""
    return word_gender(word) is None and len(word.rstrip(".")) > 1 and word[:1].isupper()


def _names_a_body(word: str) -> bool:
    """Return whether a word names a place or a body, which an office in front of a name
    holds: "Maricopa County Recorder Helen Purcell", "New York City Public Advocate Trish James"."""
    key = word.lower()
    return key in _PLACE_WORDS or key in ORGANISATION_WORDS or word in US_STATES


def _is_role(word: str) -> bool:
    """Return whether a word is a title or a role: "Secretary-Treasurer", "Assemblywoman"."""
    key = word.lower().rstrip(".")
    if "-" not in key:
        return key in _ROLE_WORDS or _man_of(key)  # (most words: one part)
    parts = key.split("-")
    return any(p in _ROLE_WORDS for p in parts) or _man_of(parts[-1])


def _man_of(word: str) -> bool:
    """Return whether a word names a man or a woman by what they do: a word before "man" or
    "woman" ("assemblyman", "councilwoman"), not "human", "German" or "Sherman"."""
    stem = word.removesuffix("woman") if word.endswith("woman") else word.removesuffix("man")
    return len(stem) > 3 and stem != word and (stem in common_words() or stem in _ROLE_STEMS)


# words before "man" or "woman" that common_words leaves out, as names write them too
# ("the General Assembly"): "assemblywoman", "alderman"
_ROLE_STEMS = frozenset({"assembly", "alder", "congress"})


def _owned_noun(words: list[str]) -> bool:
    """Return whether words after "his" name something a person has that speaks: "campaign",
    "own supporters", "standard campaign speech" (not "seething fury toward Cruz's campaign")."""
    last = words[-1].lower()
    stem = last[:-1] if last.endswith("s") else last
    return len(words) <= 3 and any(
        w in GROUP_NOUNS or w in ROLE_NOUNS or w in WORK_NOUNS for w in (last, stem)
    )


def names_a_place_or_time(mention: str) -> bool:
    """Return whether a mention names a state, a place or a time: "New Hampshire", "Hours"."""
    words = [w.lower().strip(",.") for w in mention.split()]
    return bool(words) and (
        is_place(mention) or words[-1] in _PLACE_WORDS or any(w in _TIME_WORDS for w in words)
    )


# pure functions of a name, asked again for each mention and claim of the same name
@lru_cache(maxsize=8192)
def is_place(name: str) -> bool:
    """Return whether a name is a place of the gazetteer or a state: "the United States",
    "San Diego", "Damascus", "Iowa", or a town named so ("Fort Pierce", "Lake Charles")."""
    words = name.split()
    if words and words[0] in {"the", "The"}:
        words = words[1:]
    core = " ".join(words)
    return core in PLACES or core in US_STATES or (len(words) == 2 and words[0] in _TOWN_WORDS)


# first words of the names of towns: "Fort Pierce", "Port Arthur", "Lake Charles"
_TOWN_WORDS = frozenset({"Fort", "Port", "Lake", "Mount", "San", "Santa", "Los", "Las"})


@lru_cache(maxsize=8192)
def names_someone(name: str) -> bool:
    """Return whether a speaker name names a person, a group, an organisation or a work.

    Not a share of those polled ("55 percent"), a time phrase ("A few minutes later"), a
    state ("Iowa"), a circle ("Trump World"), a clause ("Syrian refugees were"), a word that
    needs a noun ("Several"), nor a description with no name in it ("governor", "the 46-year-old").
    """
    words = name.split()
    lower = [w.lower().strip(",.") for w in words]
    if not words or any(map(str.isdigit, name)) or "%" in name or is_place(name):
        return False
    if _fragment(words, lower) or not _MENTION_VERBS.isdisjoint(words[1:]):
        return False
    # (a test of each word for an ending or a mark, only when the name holds it somewhere: most
    # names hold none)
    owning = "'" in name or "’" in name
    possessive = "'s" in name or "’s" in name
    if possessive and not any(w[:1].isupper() for w in words):
        return False  # "the foundation's tally": whose, it does not say
    if len(words) == 2 and lower[1] in ROLE_NOUNS and word_gender(words[0]) is None:
        return False  # "Former Clinton Pollster Says ...": a role, no name
    if not _TIME_OR_CLAUSE_WORDS.isdisjoint(lower) or lower[-1] in _REALM_WORDS:
        return False
    if "ing" in name.lower():  # ("SPEAKING to reporters")
        gerunds = [w.endswith("ing") and w.islower() and w not in WORK_NOUNS for w in words]
        if any(gerunds[:-2] + gerunds[-1:]) or (
            gerunds[-2:-1] == [True] and not _plural_head(lower[-1])
        ):
            return False  # "Latin hits including" (not "hacking specialists")
        if len(words) > 1 and lower[0].endswith("ing") and lower[1] in FUNCTION_WORDS:
            return False  # "Speaking to reporters at the White House ..., the president framed"
    if lower[-1] in TITLES or (
        owning and (any(w.endswith(_CONTRACTIONS) for w in lower) or _OWNER.search(name))
    ):
        return False  # "former Pennsylvania Gov", "Jim Eastland I've"
    if (lower[0] in {"a", "an", "one"} and len(words) <= 2) or lower[0] == "another":
        return False  # "A Libertarian", "Another person", "Another GOP Figure": one of many
    if len(words) > 1 and _work_of_no_one(lower):
        return False  # "New Poll Shows ...", "Early polls show", "a March speech denouncing"
    if len(words) == 1 and _participle(words[0]):
        return False  # "Just Leaked: Look At Hillary's Shocking Response"
    if len(words[-1]) == 1 or (
        len(words) == 1
        and (lower[0] in WORK_NOUNS or lower[0][:-1] in WORK_NOUNS)
        and lower[0].endswith(("s", "ing"))
    ):
        return False  # "a former U" of "a former U.S. official"; "Polling shows", "Reports"
    if lower[0] in _IMPERATIVES and len(words) > 1 and words[1][:1].islower():
        return False  # "See live caucus results": an imperative, no one
    if len(words) == 1 and lower[0] in _NUMBER_WORDS:
        return False  # "Thirteen", alone
    first = _POSSESSIVE_SPLIT.split(words[0])[0] if possessive else words[0]
    if first in _WHEN_WORDS or name in _MONTHS_SHORT:
        return False  # "Tuesday's results"; "Jan" of "fundraising reports through Jan. 31"
    if (len(words) == 1 and lower[0] in _ALONE) or _SHARE_WORDS.issuperset(lower):
        return False
    if len(name) < 2 or lower[-1] in FUNCTION_WORDS or "percent" in lower:
        return False  # "the U", "Atlantic City and", "Thirty percent of voters"
    if len(words) > 1 and lower[0] in _NUMBER_WORDS:
        return False  # "three helicopters", "One attendee": some of a kind, no name
    if len(words) == 1 and word_gender(words[0]) is not None:
        return False  # "Donald": a first name alone is no name across a corpus
    if not _OWNER_OR_ARTICLE.isdisjoint(lower[1:]):
        return False  # "Clinton shook her head", "an arrangement the Sanders campaign"
    if len(words) > 1 and _PRONOUN_OPENING.match(lower[0]):
        return False  # "He says if people", "It's a strategy some"
    if lower[-1] in _PLACE_WORDS or lower[-1] == "district":
        return False  # "Atlantic City", "the District"
    if lower[-1] in _EVENTS and _LINK_WORDS.isdisjoint(lower):
        return False  # "The New York primary made it clear": an event, no one who speaks
    if not possessive and words[-1][:1].islower() and len(words) > 1 and _one_of_a_kind(lower[-1]):
        return False  # "the GOP front-runner", "A White House official": whom, it does not say
    if possessive or any(
        w[:1].isupper() and k not in _NOT_NAMING for w, k in zip(words, lower, strict=True)
    ):
        return True  # not "His campaign"
    # lower case only: a group that speaks ("critics", "many analysts", "police"), not one
    # unnamed person or body ("the governor", "the campaign")
    last = lower[-1]
    plural = _plural_head(last)
    if "and" in lower[1:-1] and not _plural_head(lower[lower.index("and") - 1]):
        return False  # "the body and researchers hope"
    return len(words) <= 3 and (plural or last == "police")


# words that date or describe a work without telling whose it is: "New Poll", "Public polls",
# "Early results", "a June poll", "a February survey"
_WORK_ONLY_DESCRIBED = (
    WORK_DATES
    | WORK_DESCRIBERS
    | frozenset({"early", "public", "a", "an", "the"})
    | frozenset(month.lower() for month in MONTHS)
)


def _work_of_no_one(lower: list[str]) -> bool:
    """Return whether lower-case words are a work and words that only date or describe it:
    "new poll", "early results", "june poll" (not "fox poll", "exit polls")."""
    return lower[-1] in _WORK_NOUNS_IN and all(w in _WORK_ONLY_DESCRIBED for w in lower[:-1])


def _plural_head(word: str) -> bool:
    """Return whether a lower-case word names people in the plural: "members", "activists"
    (not a place: "headquarters")."""
    return (
        word.endswith("s")
        and not word.endswith("quarters")
        and (
            word in GROUP_NOUNS
            or word[:-1] in GROUP_NOUNS
            or word[:-1] in ROLE_NOUNS
            or (len(word) > 5 and word.endswith(("ers", "ors", "ists", "ians")))
        )
    )


def _plural(word: str) -> bool:
    """Return whether the last word of a description is a plural: "officials", "the American
    people" (whom "I" of a man's answer never is)."""
    return word.endswith("s") or word in PLURALS_WITHOUT_S


def _plural_subject_head(word: str) -> bool:
    """Return whether the last word of a subject names people in the plural: "Companies",
    "members", "People", "Liberals", "Democrats" (not "numbers")."""
    key = word.lower()
    if key in _NOT_PEOPLE:
        return False
    return (
        _plural_head(key)
        or key in PLURALS_WITHOUT_S
        or (word[:1].isupper() and key.endswith(_PLURAL_ENDINGS))
        or (key.endswith("ies") and key[:-3] + "y" in GROUP_NOUNS)
    )


# plurals that the endings of people's nouns take for people, which are not: "the numbers"
_NOT_PEOPLE = frozenset({"numbers"})


def _one_of_a_kind(word: str) -> bool:
    """Return whether a lower-case head names one person by a role: "front-runner", "official",
    "employee", "extremist" (a description, not a name)."""
    return (
        word in ROLE_NOUNS
        or word in _PERSON_NOUNS
        or (
            len(word) > 5
            and word.endswith(("er", "or", "ist", "ian", "ee"))
            and word not in WORK_NOUNS
        )
    )


# nouns for one person that no suffix shows: "the Supreme Court advocate"
_PERSON_NOUNS = frozenset("advocate candidate graduate person native citizen student".split())


def _fragment(words: list[str], lower: list[str]) -> bool:
    """Return whether a name is a piece of a sentence, not a noun phrase that names someone.

    "toward Cruz" and "same for Sanders" open with no determiner; "kind of liberal jurist
    many Republicans" and "a tactic Democrats" run into a second noun phrase; "loyal to
    Republicans" joins a head that is no role or group to what follows.
    """
    if lower[0] in _OPENERS:
        return True  # "Besides attacking the former president", "Plus Democrats are"
    if lower[0] in FUNCTION_WORDS or lower[0] in _LINK_WORDS:
        if lower[0] not in _OPENING_DETERMINERS and (len(words) > 1 or words[0][:1].islower()):
            return True  # "toward Cruz", "Unless further rivals"
    if lower[0] in _OWNER_PRONOUNS or lower[0] == "its":
        return True  # "his competitors": whose, the article did not say
    if lower[0] in _RELATIVE_HEADS and len(words) > 1 and words[0].islower():
        return True  # "place Pentagon officials" of "the place Pentagon officials say"
    if words[0] == "same" and len(words) > 1:
        return True  # "These same Republicans express sharp reservations": which, said before
    plural_head = False
    for i in range(1, len(lower)):
        word, prev = lower[i], lower[i - 1]
        if (word in SUBJECT_PRONOUNS and words[i][:1].islower()) or word == "i":
            return True  # "a sentence I never"
        if word in _CLAUSE_OPENERS and prev not in {"the", "a", "and", "of", "or"}:
            return True
        if word in _LINK_WORDS:
            if not (_head_noun(prev) or words[i - 1][:1].isupper()):
                return True
            plural_head = True
    last = lower[-1]
    if lower[0] in {"a", "an", "another"} and len(words) > 2 and not plural_head:
        # "a tactic Democrats": one of something, then a plural
        plural = last.endswith("s") and not last.endswith(("ss", "is", "us"))
        return plural and last not in _NOT_PLURAL and not _LINKING_HEADS.intersection(lower)
    return False


def _described_group(words: Sequence[str]) -> bool:
    """Return whether words end in a lower-case plural of people after a word that describes
    them: "Republican senators", "fact checkers" (not "His aides")."""
    last = words[-1]
    return (
        len(words) > 1
        and last.isalpha()
        and last.islower()
        and _plural_head(last)
        and words[0].lower() not in PRONOUNS
    )


def _head_noun(word: str) -> bool:
    """Return whether a word can head a phrase a link word continues: "spokesman for",
    "members of", "a series of", "advocates for"."""
    stem = word[:-1] if word.endswith("s") else word
    return (
        word in _LINKING_HEADS
        or word in _SHARE_WORDS
        or any(w in ROLE_NOUNS or w in GROUP_NOUNS or w in WORK_NOUNS for w in (word, stem))
        or word.endswith(("ers", "ors", "ists", "ians", "er", "or", "ist", "ian"))
    )


class Gender(StrEnum):
    """A person's grammatical gender as the text shows it: by a title, a role or a first name."""

    FEMININE = "she"
    MASCULINE = "he"


def gender_of(words: Iterable[str]) -> Gender | None:
    """Return the gender the words show ("Mrs.", "congresswoman", "Hillary"), None if none or both."""
    feminine = masculine = False
    for word in words:
        key = word.lower().strip(".,")
        feminine = feminine or key in FEMININE_WORDS
        masculine = masculine or key in MASCULINE_WORDS
    if feminine == masculine:
        return None
    return Gender.FEMININE if feminine else Gender.MASCULINE


# the gender each word shows alone (one of both lists shows none)
_WORD_GENDERS = dict.fromkeys(FEMININE_WORDS - MASCULINE_WORDS, Gender.FEMININE) | dict.fromkeys(
    MASCULINE_WORDS - FEMININE_WORDS, Gender.MASCULINE
)


def word_gender(word: str) -> Gender | None:
    """Return `gender_of([word])`, by one lookup: most rules ask of one word."""
    return _WORD_GENDERS.get(word.lower().strip(".,"))


def name_gender(words: Sequence[str]) -> Gender | None:
    """Return the gender a person's name shows by its first word ("Roy Cooper" -> he): the
    word lists first, then the census first names, for a name of two words or more only."""
    if not words:
        return None
    found = word_gender(words[0])
    if found is None and len(words) > 1:
        pronoun = FIRST_NAME_GENDERS.get(words[0].lower().strip(".,"))
        found = None if pronoun is None else Gender(pronoun)
    return found


@dataclass
class Person:
    """A person named in the article: canonical name, role words seen before it, gender."""

    name: str
    roles: set[str] = field(default_factory=set)
    count: int = 0
    # where the article names the person (start, end, words said, number of name words):
    # their roles are read from there when first asked for (Resolver.roles_of)
    named_at: list[tuple[int, int, str, int]] = field(
        default_factory=list, compare=False, repr=False
    )
    # the article's text, and where it names the person (start, words said, name words):
    # the gender is read from there when first asked for (many persons never are)
    text: str = field(default="", compare=False, repr=False)
    gendered_at: list[tuple[int, str, tuple[str, ...]]] = field(
        default_factory=list, compare=False, repr=False
    )
    shown: Gender | None = None

    @property
    def gender(self) -> Gender | None:
        """Return the gender the first of the person's names that shows one shows: by the word
        before it, its titles or its first name ("Mrs. Clinton", "Sen. Elizabeth Warren")."""
        if self.gendered_at:
            for start, said, words in self.gendered_at:
                self.shown = _gender_at(self.text, start, said, words)
                if self.shown is not None:
                    break
            self.gendered_at = []
        return self.shown

    def same_as(self, words: list[str]) -> bool:
        """Return whether a full name names this person ("Donald J. Trump", "Donald Trump").

        A name with words before this one that are no first name is this person too:
        "Vermonter Bernie Sanders" is Bernie Sanders (and the shorter name is kept).
        """
        mine = self.name.split()
        if mine[-1] != words[-1]:
            return False
        if mine[0] == words[0]:
            return True
        short, long = sorted((mine, words), key=len)
        extra = long[: len(long) - len(short)]
        if len(short) < 2 or long[len(extra) :] != short or gender_of(extra) is not None:
            return False
        self.name = " ".join(short)
        return True


def _gender_at(text: str, start: int, said: str, words: Sequence[str]) -> Gender | None:
    """Return the gender a name at start shows: the word before it, its titles and its first
    name (gender_of lowers and strips each word as _context does), else the first name's
    gender of the census."""
    before = text[max(0, start - 40) : start].split()[-1:]
    return gender_of([*before, *said.split()[: -len(words)], words[0]]) or name_gender(words)


# where a sentence starts: after ". " / '." ' / ".'' " / a line break
# (not after "Mr." or "Gov.": three small letters or a digit end a sentence's last word;
# the mark first and the letters looked behind, so that re scans for the rare marks instead
# of trying the lookbehinds at every character: four times faster over the same matches)
# (one class opens both branches: re then skips to the next mark or line break at C speed,
# where two branches made it try each at every character)
_SENTENCE_START = re.compile(
    r"[.!?\n](?:(?:(?<=[a-z]{3}[.!?])|(?<=[0-9][.!?]))(?:[”\"’']|''|)\s+|(?<=\n)\s*)"
)
# the name opening a sentence, with its titles, its last word apart: "But Sen. Marco Rubio "
# / "Minnesota Gov. Mark Dayton says" / "Dayton has" (not "Trump's handling")
# / "RNC spokesman Sean Spicer on" (role nouns among the titles)
_OPENING_NAME = re.compile(
    r"(?:(?:But|And|Now|Then|Still|Yet|So|Meanwhile|However),?\s+)?"
    rf"(?:(?:[A-Z][\w.’'\-]*|of|{alternation(ROLE_NOUNS)})\s+){{0,5}}"
    r"(?P<last>[A-Z][\w’'\-]*[a-z])(?=,|\s+[a-z(])"
)
# a person's name set off by commas after a description: "her personal lawyer[, David E.
# Kendall,]" (a name of two to four words, titles in them: ", Vermont Sen. Bernie Sanders,"),
# and where they are from: "top challenger[, Sen. Bernie Sanders of Vermont,]"
_APPOSITIVE_NAME = re.compile(
    r",\s+((?:[A-Z][\w’'\-]*\.?\s+){1,3}[A-Z][\w’'\-]*[a-z])(?:\s+of\s+[A-Z][\w.’'\-]*)?"
    r"(?:,\s\d{2},|,|\.(?:\s|$))"
)
# capitalised words right before a plural noun: "Islamic State " [fighters], "GOP " [elders]
_QUALIFIERS = re.compile(r"(?<![\w’'\-])((?:[A-Z][\w’'\-]*[ ]){1,3})$")
# words of quantity that may open the words before a plural: "Several", "Many", "Some"
_QUANTITY = QUANTITY_WORDS | frozenset({"several", "many", "some", "few", "most"})
# a person's name and what they are before "of" a body: "Holger Schmieding of ", "Greg Raiff,
# chief executive officer of "
_MEMBER_OF = re.compile(
    r"(?<![\w.’'])(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*\.?){0,2}\s+[A-Z][\w’'\-]*[a-z])"
    r"(?:,\s+(?:[a-z][\w\-]*\s+){1,5})?\s*of\s+$"
)
# the words that open a description: "the chief", "her personal lawyer", "a spokeswoman"
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# ... and those of one of a kind, which an appositive names: "One of his advisers, Tad Devine,
# told reporters", "Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC"
_APPOSITIVE_OPENERS = _DESCRIPTION_OPENERS | {"another", "one"}


# an owner inside a description: "The Podesta Group's CEO"
_OWNS_IN = re.compile(r"\w(?:’s|'s)\s")
# a role noun and a full name after a capitalised word: "[Former Obama] speechwriter Jon Favreau"
_ROLE_THEN_NAME = re.compile(
    r" (?P<role>[a-z][a-z\-]+) (?P<name>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2})\b"
)
# ends of nouns of a person's work: "speechwriter", "strategist", "pollster"
_AGENT_ENDINGS = ("writer", "ist", "ster")
# how far back a pronoun's subject is looked for, in characters
_SUBJECT_REACH = 2000
# how far back the last speaker of a pronoun may be named before a person named just before
# the pronoun is taken instead
_FAR = 1200
# a capitalised word, an owner's too: "Rubio", "Sanders" of "Sanders’ pitch"
_CAPITALISED_WORD = re.compile(r"(?<![\w’'\-])[A-Z][a-z][\w\-]*")
# how far back the sentence starts before a pronoun are looked for first
_NEAR_REACH = 300


# initials: "H.W." of "George H.W. Bush"
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _people(word: str) -> bool:
    """Return whether a lower-case word names people in the plural: "members", "activists",
    "residents", "participants", "witnesses"."""
    return _plural_head(word) or word.endswith(("ants", "ents", "nesses"))


# a capitalised word standing whole or as an owner: "Carrier", "Carrier's" (not "O'Carrier")
_CAPITALISED = re.compile(r"(?<![\w’'\-])[A-Z][\w\-]*+(?!['’](?!s\b))")


def _gender_shown(person: Person) -> Gender | None:
    """Return a person's gender as the first name shows it ("Debbie Kepler")."""
    return _name_shows(person.name)


@lru_cache(maxsize=8192)
def _name_shows(name: str) -> Gender | None:
    """Return the gender a person's name shows by its first word (name_gender of its words):
    asked for each person of a surname, at each pronoun that looks back to them."""
    return name_gender(name.split())


# what ends a subject that is a name: a comma, a party and state, or a verb in -s or -ed
# ("Naureen Jahangir, a Sanders supporter", "Rep. Devin Nunes (R-Calif.)", "Singh voted",
# "Mendoza regularly witnessed", "Ayotte isn’t"; not "Presumptive Democratic" [presidential
# nominee Hillary Clinton])
_SUBJECT_ENDS = re.compile(r",|\s+\(|\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed|n[’']t)\b")
# a noun a name before it modifies, so that the name is no subject: "[The Sanders] campaign",
# "[Clinton] aides"
_MODIFIED = re.compile(rf" (?:{alternation(GROUP_NOUNS | ORGANISATION_WORDS | WORK_NOUNS)})\b")


# a subject of a few words and a saying, before a name: "aides say [Ivanka Trump]", "Some
# officials said that [Trump]" (and "Clinton has said that [Trump]": the name opens a clause
# whoever says it)
_SAID_BY_SOME = re.compile(r"(?:[A-Za-z]+ ){0,2}[a-z]+s (?:say|said) (?:that )?(?=[A-Z])")


def _clause_starts(text: str, start: int, end: int) -> list[int]:
    """Return where a sentence's subject may start: its start and after its first commas
    ("Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush")."""
    starts = [start]
    comma = text.find(", ", start, min(end, start + 100))
    while comma >= 0 and len(starts) < 4:
        starts.append(comma + 2)
        comma = text.find(", ", comma + 2, min(end, start + 100))
    if text.find(" sa", start, min(end, start + 100)) >= 0:
        # "In addition to paid leave, aides say Ivanka Trump also advises her father": the
        # name opening what people no name tells say opens a clause too
        for i in range(len(starts) - 1, -1, -1):
            said = _SAID_BY_SOME.match(text, starts[i], end)
            if said is not None:
                starts.insert(i + 1, said.end())
    return starts


def _sentence_starts_back(text: str, low: int, pos: int) -> Iterator[int]:
    """Yield where the sentences of text[low:pos] start, last first: the ends of the
    `_SENTENCE_START` matches there, and low when it is 0.

    Most pronouns find their subject in the last sentence or two, so the last few hundred
    characters are scanned first, and the whole stretch only if the caller asks for more.
    A scan from there may differ from the whole one at its first match only (one of the
    whole scan's may run across its start): the matches after it are the whole scan's last.
    """
    near = pos - _NEAR_REACH
    tail: list[int] = []
    if near > low:
        tail = [m.end() for m in _SENTENCE_START.finditer(text, near, pos)][1:]
        yield from reversed(tail)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, low, pos)]
    if low == 0:
        starts.insert(0, 0)
    yield from reversed(starts[: len(starts) - len(tail)])


def _word_before(text: str, pos: int) -> tuple[int, str] | None:
    """Return where the word right before pos starts and the word, when one space parts it
    from pos ("not" of "for not [letting voters]"), within the 40 characters before pos; or
    before a newline there ("word \\n", as a regex's "$" would take it).

    The word is read backwards, from its end: a search for a word and a space at the end of
    the stretch would try every start in it.
    """
    low = max(0, pos - 40)
    end = pos - 1
    if end > low and text[end] == "\n":
        end -= 1
    if end <= low or text[end] != " ":
        return None
    last = text[end - 1]
    if not (last.isalnum() or last in "_’'"):
        # no word ends right before the space ("said. [Trump]", "— [Trump]"): a word
        # character of _WORD_RUN (\w is a letter, a digit or "_") must end it
        return None
    # (most words before a mention follow a space: read at once when all of it is a word)
    start = text.rfind(" ", low, end) + 1 or low
    if start < end and _WORD_RUN.fullmatch(text, start, end) is not None:
        return start, text[start:end]
    run = _WORD_RUN.match(text[low:end][::-1])
    if run is None:
        return None
    start = end - run.end()
    return start, text[start:end]


def _clause_before(text: str, low: int, end: int) -> str:
    """Return what a clause holds back from end to its last mark, after low (or before a
    newline at end): " who in recent weeks has taken over control of much of"."""
    if end > low and text[end - 1] == "\n":
        end -= 1
    mark = _TO_CLAUSE_MARK.match(text, low, end)
    return text[low if mark is None else mark.end() : end]


def _object_in_relative_clause(text: str, start: int, end: int, prep: int) -> bool:
    """Return whether a mention at text[start:end], after a preposition at prep, is the
    object of that preposition in a relative clause that runs up to it: "Others who have
    advocated a more muscular approach against [Islamic terrorist groups] expressed",
    "Supporters who have heard directly from [the Rubio campaign] say" (not "which was first
    reported by [The Associated Press]")."""
    if text.startswith(_OWNS, end):
        return False  # "as she doubled-down on her claim that": the cue is hers
    clause = _clause_before(text, max(0, start - 200), prep)
    return _RELATIVE_PRONOUN.search(clause) is not None


def _placed_after_no_one(text: str, place: int) -> bool:
    """Return whether a mention after a word of place at place ("in", "on", "at") is where
    something is or happens, after a word that names no one: "Nobody in [British Columbia]
    is talking", "was on [CNN] talking about", "a commercial running on [Iowa TV]:", "while
    at [the State Department], said" (not "Spokesmen at [the FBI]", "senior Democrats on
    [the House Judiciary Committee]")."""
    head = _word_before(text, place)
    if head is None:
        return False
    key = head[1]
    if key in {"Nobody", "nobody", "none", "None"}:
        return True
    return key.islower() and not (_head_noun(key) or _plural_head(key) or key in _SHARE_WORDS)


def _inside_quote(text: str, pos: int) -> bool:
    """Return whether pos lies inside a quotation opened earlier in its paragraph (in the
    last 2,000 characters: a huge paragraph must not make extraction quadratic)."""
    low = pos - _SUBJECT_REACH if pos > _SUBJECT_REACH else 0
    start = text.rfind("\n", low, pos) + 1
    if start < pos - _SUBJECT_REACH:
        start = pos - _SUBJECT_REACH
    # the marks read in turn, so that mixed marks pair: '"Donald Trump doesn't ...,” said
    # Daniel Benjamin ... "He is jaw-droppingly ignorant. First of all, Mateen was ...'. A
    # curly mark sets the state (“ opens, ” closes), each straight one turns it over: so the
    # state is that of the last curly mark, turned over by the straight ones after it
    opening, closing = text.rfind("“", start, pos), text.rfind("”", start, pos)
    curly = opening if opening > closing else closing
    opened = curly >= 0 and text[curly] == "“"
    inside = opened != (text.count('"', curly + 1 if curly >= start else start, pos) % 2 == 1)
    return inside or text.count("''", start, pos) % 2 == 1


# whose a group is, right after its plural noun: " of Sanders", " for Barack Obama and Clinton",
# " in the Democratic primary", " of the law" (a lower-case noun only after "the" or "both");
# not " on", which opens where one speaks ("Sanders on MSNBC")
_WHOSE_GROUP = re.compile(
    r" (?:of|for|in) (?:(?P<det>the|both) )?"
    r"(?P<caps>[A-Z][\w’'.\-]*(?: (?:and )?[A-Z][\w’'.\-]*)*)?"
    r"(?(det)(?:(?(caps) |)(?P<noun>[a-z]+))?)(?=[\s,.;:—])"
)


def _said_aloud(text: str, pos: int) -> bool:
    """Return whether pos lies in a paragraph that gives someone's words outside quotation
    marks: a transcript's line ("FALLIN: I think", "A: Because they needed help, I think")
    or what a line ending with a colon introduces ("Wallnau wrote:")."""
    start = text.rfind("\n", 0, pos) + 1
    if _LINE_LABEL.match(text, start, pos) is not None:
        return True
    before = text[max(0, start - 300) : start].rstrip()
    return before.endswith(":")


# the one asked, named right after "asked": "asked [Rubio] which states", "asked [Sen. Tim Kaine]"
_ASKED = re.compile(rf" ((?:{CAP} ){{0,3}}{CAP})")
# a transcript's speaker label in capitals opening a line: "FALLIN: ", "TAPPER: "
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z’']+):\s")
# a transcript's speaker label opening a line: "TAPPER: ", "A: ", "CLINTON: "
_LINE_LABEL = re.compile(r"[A-Z][A-Za-z.’' ]{0,30}:\s")
# the end of a sentence or a paragraph right before a word
_OPENS_SENTENCE = re.compile(r"(?:[.!?]\s|\n)\s*$")
# an organisation's name that goes on after "of" or "for", and after "and" past its first
# words: "Center for Global Development", "Organization for Economic Cooperation and
# Development", "Institute for Science and International Security"
_ORG_BEFORE = re.compile(r"([A-Z][a-z]+)\s+(for|of)\s+((?:[A-Z][\w’'\-]*\s+){1,3}and\s+)?$")
# what an organisation's name goes on with: "the American Federation" "of Teachers"
_ORG_AFTER = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})")
_ORG_HEADS = ORGANISATION_WORDS | frozenset(
    "organization coalition alliance federation league society project division chamber"
    " republic".split()
)


# the full forms of the abbreviated titles, as descriptions write them: "the senator"
_ROLE_FORMS = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "pres": "president",
    "sec": "secretary",
    "gen": "general",
    "democrat": "democratic",
}
# titles of an office, which say nothing of gender (unlike "Mrs." or "congresswoman")
_OFFICES = frozenset("president pres sen senator gov governor rep representative".split())
# a party and state after a name: "Sen. Marco Rubio (R-Fla.)", "Rep. Nancy Pelosi (D-Calif.)"
_PARTY_STATE = re.compile(r",?\s*\(([RDI])-([A-Z][A-Za-z. ]{1,14})\)")
# a state after a name: "Senator Bernie Sanders of Vermont"
_OF_STATE = re.compile(r"\s+of\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
_PARTIES = {"R": "republican", "D": "democratic", "I": "independent"}


def _roles(text: str, end: int, before: list[str], titles: list[str]) -> set[str]:
    """Return the roles a name's context gives its person, in the forms descriptions use:
    "Florida Sen. Marco Rubio" -> florida, senator; "Bernie Sanders (I-Vt.)" -> independent,
    vermont; "Senator Bernie Sanders of Vermont" -> senator, vermont."""
    words = [w.strip(",()") for w in (*before, *titles)]
    roles = {_ROLE_FORMS.get(w, w) for w in words if w}
    party = _PARTY_STATE.match(text, end)
    if party is not None:
        roles.add(_PARTIES[party.group(1)])
        state = party.group(2).strip(" .").lower()
        roles.update(STATE_ABBREVIATIONS.get(state, state).split())
    else:
        of = _OF_STATE.match(text, end)
        if of is not None and (of.group(1) in US_STATES or of.group(1) in _STATE_NAMES):
            roles.update(of.group(1).lower().split())
    return roles


# states whose names are also people's, left out of lexicon.US_STATES
_STATE_NAMES = frozenset({"Georgia", "Virginia", "Washington", "New York"})


@lru_cache(maxsize=8192)
def _opens_no_name_alone(word: str) -> bool | None:
    """Return whether the first word of a capitalised sequence is no part of a name, as the
    word alone tells it: a preposition ("Outside Carrier's plant"), a past participle
    ("Continued Stone:", "Understated Perez"); None when it depends on where the word stands:
    a word in -ing opens no name where it opens a sentence ("Following Sanders on MSNBC")."""
    key = word.lower()
    if key in _PREPOSITIONS:
        return True
    if word_gender(key) is not None:
        return False
    if key.endswith("ing") and len(key) > 5:
        return None
    return _participle(word)


def _participle(word: str) -> bool:
    """Return whether a capitalised word is a past participle, no name: "Continued",
    "Understated", "Peppered" (not "Mohammed", "Reed", "Jared")."""
    key = word.lower()
    return (
        key.endswith(_PARTICIPLE_ENDINGS)
        and len(key) > 5
        and key not in _NAMING_PARTICIPLES
        and word_gender(key) is None
    )


# participles that open the names of bodies: "United Gun Group", "Concerned Veterans for America"
_NAMING_PARTICIPLES = frozenset(
    "united limited associated allied incorporated advanced applied concerned unified reformed "
    "organized affiliated integrated consolidated federated".split()
)


# the endings of past participles that no first name has ("Alfred", "Mohammed" have none)
_PARTICIPLE_ENDINGS = (
    "ated", "ered", "ued", "ized", "ised", "ssed", "cked", "lled", "ined", "ured", "ored",
    "eled", "oted", "uted", "ited", "aked", "iked", "oked", "aled", "iled", "ayed",
)  # fmt: skip


# prepositions that open a sentence before a name: "Outside Carrier's plant", "Inside Trump Tower"
_PREPOSITIONS = frozenset(
    "outside inside beyond behind near across around along against toward towards throughout "
    "besides beside past per via".split()
)


def _org_tail(text: str, start: int, words: Sequence[str]) -> bool:
    """Return whether a name at start, after "for " or "of ", ends an organisation's name
    ("Center for Global Development", "Organization for Economic Cooperation"): no first
    name opens it."""
    before = _ORG_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and before.group(1).lower() in _ORG_HEADS
        and word_gender(words[0]) is None
    )


# pure functions of the words of a capitalised sequence, asked again for each time the
# article (or another one) names the same way: cached by the words, as is_place
@lru_cache(maxsize=8192)
def _name_in(said: str) -> tuple[str | None, tuple[str, ...] | None]:
    """Return what a capitalised sequence names before its context is read: the surname it
    gives with a title only ("President Obama" -> "Obama"), and the words of a full name
    ("former President Donald Trump" -> Donald, Trump), each None when it gives none."""
    # (most sequences hold no period and no apostrophe: no sentence ends in them, they name
    # no owner, and their words are their name's as they are)
    dotted = "." in said
    owning = "'" in said or "’" in said
    words = said.split()
    if not dotted and not owning and len(words) == 2:
        # "Donald Trump", "White House" (a third of the sequences): two words, the first no
        # title, function word or describer to strip, are the name's as they are
        first = words[0].lower()
        if first not in _STRIPPED and "-" not in first:
            return None, (words[0], words[1])
    if dotted:
        words = _after_sentence_end(words)
    # (an ending, not _OWNER.search: split words hold no newline, before which "$" matches)
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(_OWNER_ENDINGS)] if owning else []
    if owners and owners[-1] == len(words) - 2:
        # "Ted Cruz’s Iowa win", "Vladimir V. Putin's Russia", "Reagan's Gallup average": one
        # word owned is a thing of the owner's, who is the one named
        words = words[: owners.pop() + 1]
    # "CNBC's Becky Quick", "UAW Secretary-Treasurer Gary Casteel": the name at the end
    words = _trailing_name(_strip_titles(words[owners[-1] + 1 :] if owners else words))
    surname = None
    if len(words) == 1 and words[0].lower().rstrip(".") not in FUNCTION_WORDS:
        surname = words[0]
    if len(words) < 2 or words[0].lower().rstrip(".") in FUNCTION_WORDS:
        return surname, None
    return surname, tuple(_name_words(words) if dotted or owning else words)


@lru_cache(maxsize=8192)
def _is_place_words(words: tuple[str, ...]) -> bool:
    """Return whether the words of a name make a place (is_place of the words joined)."""
    return is_place(" ".join(words))


# a word of a name that makes it a body's or a circle's ("Trump National Doral", "Trump World")
_BODY_OR_REALM_WORDS = ORGANISATION_WORDS | _REALM_WORDS


@lru_cache(maxsize=8192)
def _person_words(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Return the words of a person's name, or None when they name a place, a body or a text."""
    if words[0] in US_STATES:
        words = words[1:]  # "In Wisconsin Trump attacked Walker": Trump, not "Wisconsin Trump"
        if len(words) < 2:
            return None
    for size in (1, 2):
        if len(words) > size + 1 and " ".join(words[-size:]) in US_STATES:
            # "at the Ted Cruz South Carolina victory party": Ted Cruz, not a Mr. Carolina
            words = words[:-size]
            break
    if len(words) <= 3 and _ACRONYM.match(words[0]) is not None:
        # "Former AG Mukasey", "SEAL Chris Kyle": an acronym is an office or a body, no first
        # name (not "CARA Family Detention Pro Bono Project", a body's own name)
        words = words[1:]
        if len(words) < 2:
            return None
    # the words and the parts of hyphenated ones ("Trump-Pence"), lower-cased in one piece
    parts = "-".join(words).lower().split("-")
    if not _BODY_OR_REALM_WORDS.isdisjoint(parts) or (
        words[-1].lower() in _PLACE_WORDS or _ACRONYM.match(words[-1]) is not None
    ):
        if (
            len(words) > 2
            and words[-2].lower() in FIRST_NAME_GENDERS
            and words[-3].lower() in ORGANISATION_WORDS
        ):
            # "[RNC Chief of] Staff Katie Walsh": the body's word ends an office, a first name
            # and a surname follow it
            return words[-2:]
        return (
            None  # "Trump National Doral" is a place, "North American Free Trade Agreement" a text
        )
    return words


@lru_cache(maxsize=8192)
def _titled_name(said: str, surname: str) -> tuple[tuple[str, ...], str] | None:
    """Return the titles of a surname named with a title only ("Sen. Rubio") and the name
    with its title, or None when no title or role stands before it or it is no surname."""
    words = said.split()
    titles = tuple(w.lower().rstrip(".,") for w in words[:-1])
    if not titles or not any(t in TITLES or t in ROLE_NOUNS for t in titles):
        return None
    name = _name_words([surname])[0]
    if not name[:1].isupper() or _ACRONYM.match(name) or is_place(name):
        return None
    # with its title, which tells the man from the woman: "Mr. Obama" is Barack Obama
    return titles, " ".join([*words[:-1], name])


@lru_cache(maxsize=8192)
def _name_parts(mention: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Return the words a proper-name mention says (titles included) and those of the name
    in it, as `Resolver.canonical_name` reads them before it looks at the article's people;
    None when no name is left."""
    # "Stephanie Hooton of Derry, N.H." is Stephanie Hooton
    head = mention
    if "of" in mention or "," in mention or "(" in mention:
        head = _POSTMODIFIER.split(mention, maxsplit=1)[0] or mention
    person, on, _ = head.partition(" on ")
    if on and person.split()[0].lower() in FIRST_NAME_GENDERS:
        head = person  # "Larry O’Connor on Hot Air" is Larry O’Connor
    # (a word is asked whether it ends a sentence or owns, only when the mention holds a
    # period or an apostrophe: most hold neither)
    raw = head.split()
    if "." in head:
        raw = _after_sentence_end(raw)
    if "'" in head or "’" in head:
        owners = [i for i, w in enumerate(raw[:-2]) if w.endswith(_OWNER_ENDINGS)]
        if owners:
            raw = raw[owners[-1] + 1 :]  # "CNN's Dana Bash" is Dana Bash
    said = _name_words(raw)
    words = _strip_titles(said)
    while len(words) > 1 and words[0].islower():
        words = words[1:]  # "voter Stephanie Hooton"
    if not words:
        return None
    return tuple(said), tuple(_trailing_name(words))


def _headline(text: str, start: int, end: int) -> bool:
    """Return whether a line is a headline: Title Case words and no sentence end.

    "Clinton Cash Debunks Hillary: Only 'One or Two Instances'" names no speaker and
    makes no claim of the people it names.
    """
    if end - start > 200:
        return False
    line = text[start:end].rstrip().rstrip(".")
    # (a line of n long words has at least 5n - 1 characters, so a headline has at most
    # (len(line) + 1) / 20 long words in lower case; the lower-case words after a space, read
    # by a quick scan, are enough to tell most lines of prose from one: asked first, as its
    # scan runs from space to space, where the others read each character)
    if 20 * len(_SPACED_LOWER.findall(line)) > len(line) + 1:
        return False
    if ("." in line or "!" in line or "?" in line) and _SENTENCE_END.search(line):
        return False
    long_words = _LONG_LETTERS.findall(line)
    if len(long_words) < 3:
        return False
    upper = sum(1 for w in long_words if w[0].isupper())
    return upper >= 0.75 * len(long_words)


def _writes_lower(text: str, key: str) -> bool:
    """Return whether `_LOWER_WORD.findall(text)` holds `key`, itself a whole _LOWER_WORD match,
    by finding `key` where such a match starts and ends: after no word character (or after a
    hyphen no earlier match runs through: "well-known" holds "well-known", not "known"), and
    before no character of a match."""
    n = len(key)
    at = text.find(key)
    while at >= 0:
        after = at + n
        if after == len(text) or text[after] not in _LOWER_CHARS:
            before = text[at - 1] if at else " "
            if before == "-":
                start = at - 1
                while start > 0 and text[start - 1] in _LOWER_CHARS:
                    start -= 1
                if any(m.start() == at for m in _LOWER_WORD.finditer(text, start, after)):
                    return True
            elif not (before.isalnum() or before == "_"):
                return True
        at = text.find(key, at + 1)
    return False


def _in_author(char: str) -> bool:
    """Return whether a character may stand in a _WORK match's author: a word character,
    a space, an apostrophe, a hyphen or a period (CAP and \\s)."""
    return char.isalnum() or char.isspace() or char in "_’'-."


def work_matches(text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of `_WORK.finditer(text)`, tried only before a possessive and a work
    noun (`_WORK_ANCHOR`, which every work holds right after its author).

    An author runs back from its anchor over the characters `_in_author` takes, so a work
    starts there or after; each place is tried once, in text order, as finditer tries them.
    """
    tried = 0  # no match starts before this: tried already, or inside the last match
    for anchor in _WORK_ANCHOR.finditer(text):
        end = anchor.start()
        if end < tried:
            continue
        start = end
        while start > tried and _in_author(text[start - 1]):
            start -= 1
        for at in range(start, end):
            if "A" <= text[at] <= "Z" and (m := _WORK.match(text, at)) is not None:
                yield m
                tried = m.end()
                break
        else:
            tried = end


def _context(text: str, start: int, said: str, size: int) -> tuple[list[str], list[str]]:
    """Return the last three words before a name at start, lower case, and the titles it
    says before its `size` name words ("former President Donald Trump": former, president)."""
    before = text[max(0, start - 40) : start].lower().split()[-3:]
    titles = [w.lower().rstrip(".") for w in said.split()[:-size]]
    return before, titles


@dataclass
class Resolver:
    """Per-article resolution of mentions to canonical speaker names."""

    text: str
    by_surname: dict[str, list[Person]] = field(default_factory=dict)
    # the paragraphs, their starts, and whether each one asked about is a headline (a
    # paragraph is read only when a name or a claim lies in it)
    paras: list[Span] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    headline_of: dict[int, bool] = field(default_factory=dict)
    mentions: list[tuple[int, Person]] = field(default_factory=list)
    works: list[tuple[int, str, str]] = field(default_factory=list)
    works_scanned: bool = False
    history: list[tuple[int, str, bool]] = field(default_factory=list)
    lower_words: frozenset[str] | None = None
    # the words asked of `_writes_lower` before lower_words is gathered, and the answers
    lower_asked: dict[str, bool] = field(default_factory=dict)
    words: frozenset[str] | None = None
    # surnames named with a title only ("President Obama", "Sen. Rubio"): where, the name with
    # its title, and where the name ends and its titles (whence its roles, read when a
    # description first asks for them: `_titled_roles`)
    titled: list[tuple[int, str, int, tuple[str, ...]]] = field(default_factory=list)
    titled_roles: dict[int, frozenset[str]] = field(default_factory=dict)
    # whether the surnames with a title are gathered (from pending_titled, when a description
    # first needs them); each person's roles wait in Person.named_at until a rule asks
    titled_read: bool = False
    pending_titled: list[tuple[int, int, str, str]] = field(default_factory=list)
    # the capitalised sequences of the headlines ("Hillary Clinton Accused Of Shocking Act"),
    # one a line
    headlined: str = ""
    # answers that depend on the names gathered by `build` only, kept for the next time an
    # article asks (a third of the mentions and of the pronouns' candidates come again)
    canonical: dict[str, str] = field(default_factory=dict)
    agreeing: dict[tuple[str, Gender], bool] = field(default_factory=dict)
    # the capitalised words the article writes inside a sentence (`_plain_word`), gathered
    # when more than a few words were asked, and the answers for those few
    named_inside: frozenset[str] | None = None
    inside_asked: dict[str, bool] = field(default_factory=dict)
    # the persons named family name first ("Ban Ki-moon", "Lou Jiwei"), by that name, each
    # gathered when the word, no one's surname, is first asked for
    family_first: dict[str, list[Person]] = field(default_factory=dict)
    # where the lines that part the sections of a running story start ("\n___"), found when a
    # pronoun first asks (`_section_start`), and whether a sentence start lies inside a
    # quotation, for each asked about
    section_lines: list[int] | None = None
    quoted: dict[int, bool] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str, paras: list[Span] | None = None) -> Resolver:
        """Return a resolver primed with the names found in the whole text.

        paras are the text's paragraphs when the caller has them already.
        """
        r = cls(text)
        if paras is None:
            paras = paragraphs(text)
        r.paras = paras
        r.para_starts = [s for s, _ in paras]
        headline_of = r.headline_of
        headlined: list[str] = []
        # in_headline, inlined: the paragraph of each sequence, found forward with them (by
        # one comparison for the sequences of the paragraph of the last, most of them)
        starts = r.para_starts
        i, count = -1, len(paras)
        para_end = -1
        next_start = starts[0] if paras else len(text) + 1
        for m in _NAME_SEQ.finditer(text):
            start, end = m.span()
            if start >= next_start:
                i = bisect_right(starts, start, i + 1) - 1
                para_end = paras[i][1]
                next_start = starts[i + 1] if i + 1 < count else len(text) + 1
            if start < para_end:
                headline = headline_of.get(i)
                if headline is None:
                    headline = headline_of[i] = _headline(text, *paras[i])
                if headline:
                    # "Clinton Cash Debunks Hillary" is no person, but a name it holds
                    # tells whom the article is about
                    headlined.append(text[start:end])
                    if end > para_end:
                        # "... Sext Scandal.\n\nFormer Rep. Anthony Weiner (D-N.Y.)": the
                        # sequence runs on into the first line, whose name is a person's
                        after = _NAME_SEQ.search(text, para_end, end)
                        if after is not None and not r.in_headline(after.start()):
                            r._add_name(after.start(), after.end(), after.group())
                    continue
            # (a match's span read once, its words sliced: one call where three read them)
            said = text[start:end]
            if "." in said:
                # "Rick Perry" of "former Texas governor Rick Perry.\n\nIn": a name that ends
                # a sentence, before the capitalised word that opens the next one
                ended = _ended_name(said)
                if ended:
                    r._add_name(start, start + len(ended), ended)
            r._add_name(start, end, said)
        # (one line each: a name never holds a line break, so none is found across two)
        r.headlined = "\n".join(headlined)
        return r

    def _add_name(self, start: int, end: int, said: str) -> None:
        """Record the person a capitalised sequence names, if it names one, at start."""
        surname, named = _name_in(said)
        if surname is not None:
            # "President Obama": the article's president (read with the roles)
            self.pending_titled.append((start, end, said, surname))
        if named is None:
            return
        text = self.text
        if (
            len(named[0]) == 2
            and start > 1
            and text[start - 1] == "."
            and text[start - 2].isupper()
        ):
            return  # "W. Bush" of "George H.W. Bush" is no one's whole name
        if _is_place_words(named):
            return  # "San Diego"
        if (
            # (the last letter of either word before the name's space, first: most names
            # follow neither)
            start > 2
            and text[start - 2] in "fr"
            and text.endswith(("for ", "of "), max(0, start - 4), start)
            and _org_tail(text, start, named)
        ):
            return  # "Global Development" of "Center for Global Development"
        opens = _opens_no_name_alone(named[0])
        if opens is None:
            # a word in -ing opens no name where it opens a sentence
            opens = start == 0 or _OPENS_SENTENCE.search(text, max(0, start - 3), start) is not None
        if opens or (
            # (most names stand inside a sentence, "said Trump": no word of the language opens
            # them, and _opening_word is not asked)
            (start <= 1 or text[start - 1] == "\n" or text[start - 2] in ".!?\n \t")
            and self._opening_word(said, named[0], start)
        ):
            # "Continued Stone:" is Stone; "Outside Carrier's plant" names Carrier; "Young
            # Sanders supporters" opening a line names Sanders
            named = named[1:]
            if len(named) < 2:
                return
        person_words = _person_words(named)
        if person_words is None:
            return
        joined = " ".join(person_words)
        last_word = person_words[-1]
        people = self.by_surname.get(last_word)
        if people is None:
            people = self.by_surname[last_word] = []
        for person in people:
            # (a person named again the same way, most often, is the same at once)
            if person.name == joined or person.same_as(list(person_words)):
                break
        else:
            person = Person(joined, text=text)
            people.append(person)
        # the roles and the gender wait until a rule asks for them: where the name is
        person.named_at.append((start, end, said, len(person_words)))
        person.gendered_at.append((start, said, person_words))
        person.count += 1
        self.mentions.append((start, person))

    def roles_of(self, person: Person) -> set[str]:
        """Return the roles the context of each of a person's names shows ("Florida Sen.
        Marco Rubio" -> florida, senator), read when first asked for (few persons are)."""
        if person.named_at:
            text = self.text
            for start, end, said, size in person.named_at:
                before, titles = _context(text, start, said, size)
                person.roles.update(_roles(text, end, before, titles))
            person.named_at = []
        return person.roles

    def _read_titled(self) -> None:
        """Gather the surnames named with a title only, once, when a description first needs
        them (few do)."""
        for start, end, said, surname in self.pending_titled:
            titled = _titled_name(said, surname)
            if titled is not None:
                titles, named = titled
                self.titled.append((start, named, end, titles))
        self.pending_titled = []
        self.titled_read = True

    def _titled_roles(self, index: int) -> frozenset[str]:
        """Return the roles the context of the `index`th surname named with a title gives
        ("Florida Sen. Rubio" -> florida, senator), read when first asked for."""
        roles = self.titled_roles.get(index)
        if roles is None:
            start, _, end, titles = self.titled[index]
            before = self.text[max(0, start - 40) : start].lower().split()[-3:]
            roles = frozenset(_roles(self.text, end, before, list(titles)))
            self.titled_roles[index] = roles
        return roles

    def in_headline(self, pos: int) -> bool:
        """Return whether pos lies in a headline, whose words are no one's claim."""
        i = bisect_right(self.para_starts, pos) - 1
        if i < 0 or pos >= self.paras[i][1]:
            return False
        found = self.headline_of.get(i)
        if found is None:
            found = self.headline_of[i] = _headline(self.text, *self.paras[i])
        return found

    def _person(self, words: list[str], gender: Gender | None) -> Person | None:
        """Return the person a name means: by full name, or by last name and gender.

        "Mr. Clinton" is the man; "Clinton" alone, see below.
        """
        people = self.by_surname.get(words[-1])
        if not people:
            return self._family_first(words[0]) if len(words) == 1 else None
        if len(words) > 1:
            joined = " ".join(words)
            return next((p for p in people if p.name.endswith(joined) or p.same_as(words)), None)
        if len(people) == 1:
            # one person of the surname (most are): the one the rules below choose, if that
            # person may be of the gender
            only = people[0]
            return only if gender is None or only.gender in (gender, None) else None
        fits = [p for p in people if gender is None or p.gender in (gender, None)]
        if gender is not None and any(p.gender is gender for p in fits):
            fits = [p for p in fits if p.gender is gender]
        top = max(fits, key=lambda p: p.count, default=None)
        # The one of them its headline names, or else the article's first-named, is who the
        # surname alone means when a first name or title shows who that is (not "Never
        # Trump"), however often another is named: "Clinton" after "Hillary Clinton", though
        # "Bill Clinton" comes up three times; "Trump" after "Donald Trump", though the
        # article is about Eric Trump, his son, named seven times in full to tell him apart.
        named = [p for p in fits if p.name in self.headlined]
        first = named[0] if len(named) == 1 else fits[0] if fits else None
        if first is not None and first.gender is not None:
            return first
        return top

    def _family_first(self, word: str) -> Person | None:
        """Return the one person of a two-word name whose first word is `word` and no first
        name, and whose second word is no English word: a name that gives the family name
        first, which the article then uses alone ("Ban" is Ban Ki-moon, "Mr. Lou" is Lou
        Jiwei; "Trump" is no "Trump Train")."""
        found = self.family_first.get(word)
        if found is None:
            # (the persons whose first word it is, read when first asked: most first words
            # never are, and the names are final once `build` is done)
            found = self.family_first[word] = (
                []
                if word.lower() in FIRST_NAME_GENDERS
                else [
                    person
                    for people in self.by_surname.values()
                    for person in people
                    if person.name.startswith(word)
                    and len(name := person.name.split()) == 2
                    and name[0] == word
                    and name[1].lower() not in common_words()  # not "Trump Train"
                ]
            )
        return found[0] if len(found) == 1 else None

    def gender(self, name: str) -> Gender | None:
        """Return the gender of a canonical speaker name, when the article shows it."""
        words = name.split()
        if not words or "'s" in name or "’s" in name:
            return None
        person = self._person(words, None) if len(words) > 1 else None
        if person is not None and person.gender is not None:
            return person.gender
        return name_gender(words) or (word_gender(words[-1]) if words else None)

    def _works(self) -> list[tuple[int, str, str]]:
        """Return the works named in the text with their authors, found on first use.

        Few claims come from a work, so the scan for "Bob Woodward's new book" waits
        until a description like "the book" needs it.
        """
        if self.works_scanned:
            return self.works
        self.works_scanned = True
        for m in work_matches(self.text):
            author = self.canonical_name(" ".join(_strip_titles(m.group("author").split())))
            name = f"{author}'s {m.group('noun')}"
            if m.group("title"):
                name += f" {m.group('title')}"
            self.works.append((m.start(), m.group("noun"), name))
        return self.works

    def canonical_name(self, mention: str) -> str:
        """Return the canonical name of a proper-name mention ("Mr. Trump" -> "Donald Trump")."""
        name = self.canonical.get(mention)
        if name is None:
            name = self.canonical[mention] = self._canonical_name(mention)
        return name

    def _canonical_name(self, mention: str) -> str:
        """Return `canonical_name(mention)`, read from the article's people."""
        parts = _name_parts(mention)
        if parts is None:
            return mention
        said, named = parts
        words = list(named)
        if len(words) > 1 and words[0] in US_STATES and self._person(words[1:], None) is not None:
            words = words[1:]  # "Wisconsin Trump" is Trump when the article names a Trump
        titles = said[: len(said) - len(words)]
        gender = gender_of(titles) if len(words) == 1 else None
        person = self._person(words, gender)
        if person is not None and (len(words) > 1 or not self._office_misfits(person, titles)):
            return person.name
        return " ".join(words)

    def _office_misfits(self, person: Person, titles: Sequence[str]) -> bool:
        """Return whether an office before a surname ("President Obama") cannot be this
        woman's: a woman the article names ("the first lady, Michelle Obama") holds the
        office only when the article gives it to her ("Sen. Elizabeth Warren" ... "Sen.
        Warren")."""
        if person.gender is not Gender.FEMININE:
            return False
        offices = {
            _ROLE_FORMS.get(k, k) for t in titles if (k := t.lower().rstrip(".,")) in _OFFICES
        }
        return bool(offices) and not offices <= self.roles_of(person)

    def _agrees(self, name: str, gender: Gender | None) -> bool:
        """Return whether "he" or "she" (gender) can stand for a singular speaker name."""
        if gender is None:
            return True
        agrees = self.agreeing.get((name, gender))
        if agrees is None:
            agrees = self.agreeing[name, gender] = self._agrees_with(name, gender)
        return agrees

    def _agrees_with(self, name: str, gender: Gender) -> bool:
        """Return `_agrees(name, gender)`, read from the name and the article's people."""
        last = name.split()[-1].lower()
        if "'s" in name or "’s" in name or last in GROUP_NOUNS or last in WORK_NOUNS:
            return False  # "she" is never "Trump's campaign" or "the report"
        if name.isupper() or last in _PLACE_WORDS:
            return False  # nor "CNN" or "the United States"
        if any(w.lower() in _ORG_HEADS for w in name.split()[:-1]):
            return False  # nor "Center for Responsive Politics" or "Club for Growth"
        if len(name.split()) > 4 or last.endswith((".org", ".com", ".net")):
            return False  # nor "CARA Family Detention Pro Bono Project" or "Factcheck.org"
        words = name.split()
        if len(words) == 1 and last.endswith(_PLURAL_ENDINGS):
            return False  # nor "Hispanics", "Republicans"
        shown = self.gender(name)
        if shown is None and not self._may_be_person(name, words, last):
            return False
        return shown in (gender, None)

    def _may_be_person(self, name: str, words: list[str], last: str) -> bool:
        """Return whether a name whose gender nothing shows may still be one person's."""
        if is_place(name) or last in _ORG_HEADS:
            return False  # "Iowa", "Harlem", "Associated Press", "White House"
        if name.islower():
            return _is_role(last) or last.endswith(_PERSON_ENDINGS)
        if len(words) == 1 and words[0] not in self.by_surname and last in common_words():
            return False  # "Witnesses", "Surveys"
        return True

    def _section_start(self, pos: int) -> int:
        """Return where the section of pos starts: after the last "___." line before it, which
        parts the items of a running story (AP's "The Latest"), each about its own people;
        one that starts within the 3,000 characters before pos (a section is no longer)."""
        if self.section_lines is None:
            # found once: each pronoun asks, and most articles have none
            self.section_lines = []
            found = self.text.find("\n___")
            while found >= 0:
                self.section_lines.append(found)
                found = self.text.find("\n___", found + 1)
        # the last line that ends by pos ("\n___" whole before it), if within reach
        i = bisect_right(self.section_lines, pos - len("\n___"))
        found = self.section_lines[i - 1] if i else -1
        return 0 if found < max(0, pos - 3000) else found + 1

    def _inside_quote(self, pos: int) -> bool:
        """Return `_inside_quote(text, pos)`, kept: the pronouns of a paragraph ask about the
        same sentence starts."""
        inside = self.quoted.get(pos)
        if inside is None:
            inside = self.quoted[pos] = _inside_quote(self.text, pos)
        return inside

    def _recent_at(
        self, pos: int, plural: bool, gender: Gender | None = None
    ) -> tuple[int, str] | None:
        """Return where the nearest earlier claim of the right number and gender named its
        speaker, and the speaker."""
        floor = self._section_start(pos)
        for start, name, is_plural in reversed(self.history):
            if start > pos:
                continue
            if pos - start > 3000 or start < floor:
                return None
            if is_plural == plural and (plural or self._agrees(name, gender)):
                return start, name
        return None

    def _subject_since(self, pos: int, since: int, gender: Gender) -> str | None:
        """Return the person of that gender whose name opens the last sentence begun after
        since and before pos, if the one there is no person of unknown gender.

        '"Too much hate," she said. ... Debbie Kepler, the organist at the Midway Baptist
        Church, remembered when ... Now, she said': she is Debbie Kepler, not the woman
        quoted before her. Sentences inside a quotation are passed over.
        """
        low = max(since, pos - _SUBJECT_REACH, self._section_start(pos))
        for back, start in enumerate(_sentence_starts_back(self.text, low, pos)):
            if self._inside_quote(start) or self.text.startswith(('"', "“"), start):
                continue  # a quotation's words, which name no one who speaks here
            for at in _clause_starts(self.text, start, pos):
                words = _OPENING_NAME.match(self.text, at, pos)
                if words is None:
                    continue
                if words.group().split(None, 1)[0] in OPENING_PREPOSITIONS:
                    # "With Merrick Garland, President Obama made the safe ... choice", "In
                    # West Miami, where Mr. Rubio began": a name after a preposition opens no
                    # subject (the clause after the comma may)
                    continue
                last = words.group("last")
                owner = _without_possessive(last)
                if owner != last:
                    owned = self.text[words.end() : words.end() + 40].split(",")[0].split()[:3]
                    if back < 2 and not any(map(_is_role, owned)):
                        # "Clinton’s team was all too happy to seize on Ryan’s comments. Her
                        # campaign": the owner of what opens the clause, when the surname is
                        # of one person of that gender only (not "Trump's attorney, Alan
                        # Garten")
                        people = self.by_surname.get(owner, [])
                        owners = {p.name for p in people}
                        shown = {p.name for p in people if _gender_shown(p) is gender}
                        if len(owners) == 1 and shown == owners:
                            return owners.pop()
                        if len(shown) == 1 and all(
                            _gender_shown(p) in (gender, None) for p in people
                        ):
                            # "For Trump’s part, his organization has argued": the one
                            # person of the surname whose gender shows (not "Dump Trump" of
                            # a placard)
                            return shown.pop()
                        if len(shown) == 1 and gender_of(words.group().split()[-3:-1]) is gender:
                            # "These days, Mr. Clinton's remarks can be plodding ... as he
                            # mentioned": the title shows which of the Clintons
                            return shown.pop()
                    continue
                if _MODIFIED.match(self.text, words.end()) is not None:
                    # "The Sanders campaign was the first time she had been politically
                    # involved": a name before a body or a work opens no person's clause
                    continue
                people = self.by_surname.get(last, [])
                if not people or "'s " in words.group() or "’s " in words.group():
                    # "Mrs. Clinton's Iraq war vote": no person opens this clause
                    continue
                # the title or first name right before the surname: "But Mrs. Clinton",
                # "Debbie Kepler" (not "Ms. Yellen  The Federal Reserve chairwoman")
                before = words.group().split()[-3:-1]
                named = [p for p in people if p.name.split()[0] in before] or people
                said = gender_of(before)
                if said is None:
                    known = [p for p in named if _gender_shown(p) is not None]
                else:
                    # "Mr. Trump" is Donald J. Trump, not a "Fascist Trump" of a placard;
                    # "Ms. Gil" is Arianna Gil, whose first name says nothing
                    known = [p for p in named if _gender_shown(p) is said] or [
                        p for p in named if _gender_shown(p) is None
                    ]
                likeliest = self._person([last], said)
                if len(known) > 1 and likeliest in known and not words.group().startswith("The "):
                    # "Mr. Cruz" after "Mr. Cruz's Cuba-born father ... Rafael Cruz": the one
                    # the surname alone means (not in "The Murdoch outlets")
                    known = [likeliest]
                if (
                    len({p.name for p in known}) == 1
                    and (said or _gender_shown(known[0])) is gender
                ):
                    return known[0].name
                if (
                    said is None
                    and not known
                    and len({p.name for p in named}) == 1
                    and named[0].gender in (gender, None)
                    and self._plain_name(named[0].name, gender)
                    and _SUBJECT_ENDS.match(self.text, words.end()) is not None
                ):
                    # "Naureen Jahangir, a Sanders supporter from Hemet, California, is among
                    # those who say ... and she doesn't think": one person, whose gender
                    # nothing shows, opens the sentence after the last claim
                    return named[0].name
                # "Cheney said", "Clinton put Sanders on the defensive", "The Federal Reserve
                # chairwoman": a person of the other gender, or whose gender the text does not
                # show by a title or a first name, stops the search
                return None
        return None

    def _named_near(self, pos: int, gender: Gender, last: str) -> str | None:
        """Return the person of that gender whose surname the text writes last in the few
        hundred characters before pos, outside quotations, when the last speaker's (`last`)
        is written nowhere in the `_FAR` characters before pos; else None."""
        text = self.text
        if text.find(last.split()[-1], max(0, pos - _FAR), pos) >= 0:
            return None
        low = max(0, pos - _NEAR_REACH, self._section_start(pos))
        for m in reversed(list(_CAPITALISED_WORD.finditer(text, low, pos))):
            word = m.group()
            if word not in self.by_surname or self._inside_quote(m.start()):
                continue
            person = self._person([word], gender)
            if person is not None and _gender_shown(person) is gender:
                return person.name
        return None

    def _plain_name(self, name: str, gender: Gender) -> bool:
        """Return whether a person's name may stand for "he" or "she" though nothing shows a
        gender: none of its words is an English word or one the article writes in lower case
        ("Suu Kyi", not "Young Latinos", "Liberty Baptist Church" or "Broaddrick Sunday")."""
        if not self._agrees(name, gender):
            return False
        return not any(
            w in DAYS or (key := w.lower()) in common_words() or self._writes_lower(key)
            for w in name.split()
        )

    def _named_after_role(self, mention: str, pos: int) -> str | None:
        """Return the person a role noun after a capitalised mention names, when the article
        gives the full name: "Former Obama" of "Former Obama speechwriter Jon Favreau" (a
        space and a lower-case letter follow the mention: `resolve` asks)."""
        end = pos + len(mention)
        if not mention[-1:].isalpha() or not self.text.startswith(mention, pos):
            return None
        after = _ROLE_THEN_NAME.match(self.text, end)
        if after is None:
            return None
        role = after.group("role")
        if not (_is_role(role) or role.endswith(_AGENT_ENDINGS)):
            return None
        person = self._person(after.group("name").split(), None)
        return person.name if person is not None else None

    def _qualifiers(self, pos: int) -> str:
        """Return the capitalised words right before pos that qualify a plural noun ("GOP",
        "Islamic State"), without a word that opens a clause or a sentence ("But", "Other")."""
        found = _QUALIFIERS.search(self.text, max(0, pos - 40), pos)
        if found is None:
            return ""
        words = found.group(1).split()
        while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in _QUANTITY):
            words = words[1:]
        return " ".join(words)

    def _member_named(self, mention: str, pos: int) -> str | None:
        """Return the person named right before "of" an organisation's name: "Holger
        Schmieding of [Berenberg]", "Greg Raiff, chief executive officer of [Private Jet
        Services]", whose words the claim is, not the body's (a capitalised mention after "of ":
        `resolve` asks)."""
        before = _MEMBER_OF.search(self.text, max(0, pos - 90), pos)
        if before is None:
            return None
        name = self.canonical_name(before.group("name"))
        return name if is_person(name) and self._person(name.split(), None) else None

    def _person_of(self, mention: str) -> str | None:
        """Return the person a mention names before "of" and the body or place they are of:
        "Mr. Burman of the Tax Policy Center", "Ross Eisenbrey of the Economic Policy
        Institute" (not "Early results of an entrance poll")."""
        said, _, body = mention.partition(" of ")
        if not (body[:1].isupper() or body.startswith("the ")):
            return None
        name = self.canonical_name(said)
        words = name.split()
        if not is_person(name) or self._person(words, None) is None:
            return None
        if name_gender(words) is None and gender_of(said.split()) is None:
            # no first name or title shows a person: "Communications Workers of America"
            if any(w.lower() in common_words() for w in words):
                return None
        return name

    def _appositive_name(self, mention: str, pos: int) -> str | None:
        """Return the person a description names in an appositive right after it: "her
        personal lawyer, David E. Kendall, wrote", "The chief, Paul Manafort, suggested"."""
        words = mention.split()
        first = words[0].lower()
        if len(words) < 2 or not (
            first in _APPOSITIVE_OPENERS
            or (("'s" in mention or "’s" in mention) and _OWNS_IN.search(mention))
            or mention.islower()
        ):
            return None
        end = pos + len(mention)
        if not self.text.startswith(mention, pos) or not self.text.startswith(",", end):
            return None
        if self.text[max(0, pos - 13) : pos].lower() == "according to ":
            return None  # "According to an FBI summary, Cheryl Mills sent": what it tells
        after = _APPOSITIVE_NAME.match(self.text, end)
        if after is None:
            return None
        name = self.canonical_name(after.group(1))
        return name if is_person(name) else None

    def _describe(self, words: list[str], pos: int) -> str | None:
        """Return the person a description like "the former president" most likely names.

        The one person named before it with all its words as roles ("the Florida senator":
        "Florida Sen. Marco Rubio", "Sen. Marco Rubio (R-Fla.)"), else the one with its head
        and its proper words ("the governor": the one governor named; "the Florida senator"
        never a senator of another state); none when two fit. Names with a title only count
        ("President Obama").
        """
        wanted = {_ROLE_FORMS.get(w.lower(), w.lower()) for w in words}
        proper = {w.lower() for w in words if w[:1].isupper()}
        head = _ROLE_FORMS.get(words[-1].lower(), words[-1].lower())
        if not self.titled_read:
            self._read_titled()
        i = bisect_left(self.mentions, pos, key=lambda item: item[0])
        # the people of the nearest 200 names are enough, and keep a huge article linear
        # (their roles only are read: those of the people named after pos wait); each once,
        # however often named: only whether one name fits is asked, never which came first
        people = {id(person): person for _, person in self.mentions[max(0, i - 200) : i]}
        full: dict[str, None] = {}
        by_head: dict[str, None] = {}
        for person in people.values():
            roles = self.roles_of(person)
            if head in roles and proper <= roles:
                by_head[person.name] = None
                if wanted <= roles:
                    full[person.name] = None
        k = bisect_left(self.titled, pos, key=lambda item: item[0])
        for j in range(max(0, k - 50), k):
            titled_roles = self._titled_roles(j)
            if head in titled_roles and proper <= titled_roles:
                canonical = self.canonical_name(self.titled[j][1])
                by_head[canonical] = None
                if wanted <= titled_roles:
                    full[canonical] = None
        # only one person fits: "the senator" of an article that names two senators is neither
        if (proper or len(wanted) > 1) and len(full) == 1:
            return next(iter(full))  # "the Florida senator": the one Florida senator named
        fits = full or by_head
        if len(fits) != 1:
            return None
        # "the senator": the one senator named, when no one else was named since
        name = next(iter(fits))
        return name if self._last_named(name, pos, word_gender(words[-1])) else None

    def _last_named(self, name: str, pos: int, gender: Gender | None) -> bool:
        """Return whether the person named `name` is the last person the text names before pos
        (by any of their names), and of the gender a description shows ("the woman")."""
        surname = name.split()[-1]
        last = self.text.rfind(surname, max(0, pos - 3000), pos)
        if last < 0:
            return False
        if gender is not None and self.gender(name) not in (gender, None):
            return False
        between = self.text[last + len(surname) : pos]
        titled = (said.split()[-1] for _, said, _, _ in self.titled)
        return not any(
            other != surname and other in between for other in (*self.by_surname, *titled)
        )

    def resolve(self, mention: str, pos: int) -> tuple[str | None, bool]:
        """Return the canonical speaker for a mention at pos, and whether it is plural.

        The name may be a description that names no one ("governor"): pronouns still take it
        as their antecedent, and `names_someone` keeps it out of the claim.
        """
        words = (
            mention.rstrip(")]").split()
            if ")" in mention and mention.count("(") < mention.count(")")
            else mention.split()
        )
        if not words:
            return None, False
        if len(words) > 1 and words[0] in _PRESENTING:
            # "Here’s Clinton in December 1992: “Our new direction ...”": who is shown
            skip = len(words[0]) + 1
            return self.resolve(mention[skip:], pos + skip)
        first = words[0].lower()
        if len(words) == 1 and first in POSSESSIVE_PRONOUNS:
            first = POSSESSIVE_PRONOUNS[first]
        if len(words) == 1 and first in SUBJECT_PRONOUNS:
            return self._pronoun(first, pos)
        if (
            len(words) == 1
            and (first in GROUP_NOUNS or first[:-1] in ROLE_NOUNS)
            and first not in _SHARE_WORDS
        ):
            whose = _WHOSE_GROUP.match(self.text, pos + len(mention))
            if (
                whose is not None
                and (whose.group("caps") or whose.group("noun"))
                and names_someone(mention + whose.group())
            ):
                # "Supporters of Sanders would argue", "Strategists for Barack Obama and
                # Clinton all agree": the group keeps whose it is
                return mention + whose.group(), True
        # (a role noun after a space, an appositive after a comma, a body after "of": what
        # stands around the mention tells which rule may name someone, and most mentions
        # have none of them, so the rules are called only where it does)
        text = self.text
        end = pos + len(mention)
        follows = text[end : end + 2]
        named = (
            (self._named_after_role(mention, pos) if " a" <= follows <= " z" else None)
            or (self._appositive_name(mention, pos) if follows[:1] == "," else None)
            or (
                self._member_named(mention, pos)
                if pos > 2
                and text[pos - 2] == "f"
                and text.endswith("of ", pos - 3, pos)
                and mention[:1].isupper()
                else None
            )
            or (self._person_of(mention) if " of " in mention else None)
        )
        if named is not None:
            return named, False
        titled = _TITLE_BY.search(mention) if "by" in mention else None
        if titled is not None and is_person(name := self.canonical_name(titled.group(1))):
            return name, False  # '"Perfect Enough: ... the Reinvention of HP" by George Anders'
        if first == "another" and words[-1].lower() not in _WORK_NOUNS_IN:
            # "Another GOP Figure Endorses Hillary Clinton": one of many, kept as said, for
            # `names_someone` to leave out of the claim
            return mention, False
        # the word before the mention, which three rules read (most mentions follow none of
        # the words that let the last two apply)
        before = _word_before(text, pos)
        word = before[1] if before is not None else ""
        if (
            words[0][:1].islower()
            and first not in FUNCTION_WORDS
            and first not in _OPENING_DETERMINERS
            and before is not None
            and self._bound_before(mention, word)
        ):
            return None, False  # "for not letting voters know", "the bill's chief negotiators"
        if (
            word in _PLACING_WORDS
            and _WORK_NOUNS_IN.isdisjoint(map(str.lower, words))
            and not text.startswith(_OWNS, end)
            and before is not None
            and _placed_after_no_one(text, before[0])
        ):
            return None, False  # "Nobody in British Columbia is talking about going that far"
        if (
            word in _OBJECT_PREPOSITIONS
            and first not in POSSESSIVE_PRONOUNS
            and before is not None
            and _object_in_relative_clause(text, pos, end, before[0])
        ):
            return None, False  # "Anyone who knows anything about McConnell knows"
        if (
            len(words) <= 3
            and mention.islower()
            and mention.replace(" ", "").isalpha()
            and _plural_head(words[-1])
        ):
            # "Islamic State fighters", "Several prominent GOP elders", "Chinese military
            # commentators": the group keeps the names that tell whose it is
            qualifiers = self._qualifiers(pos)
            if qualifiers:
                return f"{qualifiers} {mention}", True
        if is_place(mention) or not _MENTION_VERBS.isdisjoint(words[1:]):
            # "in San Diego have accused", "Mexico must rebut Trump's claims": kept as said,
            # for `names_someone` to leave out of the claim
            return mention, False
        words = self._plain_words(words, pos)
        whole = self._whole_organisation(words, pos, pos + len(mention))
        if len(whole) > len(words):
            return " ".join(whole), False
        mention = " ".join(words)
        first = words[0].lower()
        cut = _before_verb(words)
        if not cut:
            return None, False  # "issued a statement"
        if len(cut) < len(words):
            words, mention = cut, " ".join(cut)
            first = words[0].lower()
        if any(map(str.isdigit, mention)) or first in QUANTITY_WORDS:
            # "Six in 10", "55 percent", "half": a share of those polled, kept as said
            return mention, True
        last = words[-1].lower()
        stem = last[:-1] if last.endswith("s") and last[:-1] in ROLE_NOUNS else last
        if first in {"the", "a", "an", "his", "her", "their", "its", "one"}:
            return self._determined(words, mention, pos, stem)
        if "’s" in mention or "'s" in mention:
            return self._possessed(mention)
        if last in GROUP_NOUNS or stem in WORK_NOUNS:
            # a work without the words that date it: "new Crowdpac research", "Another recent
            # NBC/Wall Street Journal poll"
            work = " ".join(undated(words)) if stem in WORK_NOUNS else mention
            return work, _plural(last) or last in GROUP_NOUNS
        if _described_group(words):
            # "Rival Republican candidates", "Several fact checkers", "Islamic State
            # fighters": a group its words describe, no name to read ("candidates")
            return mention, True
        if _not_a_name(words, self.by_surname):
            return None, False
        name = self.canonical_name(mention)
        if (
            len(name.split()) > 2
            and self.in_headline(pos)
            and self._person(name.split(), None) is None
        ):
            return None, False  # "Clinton Cash Debunks Hillary:" opening a headline
        return name, False

    def _pronoun(self, first: str, pos: int) -> tuple[str | None, bool]:
        """Return the speaker a pronoun at pos stands for ("i", "he", "they", "who" lower-cased),
        and whether it is plural: the writer's "I" is no one, a transcript's "I" its label."""
        if first == "i" and not _inside_quote(self.text, pos) and not _said_aloud(self.text, pos):
            # "I argue that speeches ...": the writer's, who is no one the article names
            return None, False
        line = self.text.rfind("\n", 0, pos) + 1
        if first == "i" and self.text.startswith("A:", line):
            # "Q: ... A: I think his conclusory comment is correct": an interview's
            # answers are the words of the person it is with, the first it names
            return (self.mentions[0][1].name if self.mentions else None), False
        label = _SPEAKER_LABEL.match(self.text, line, pos) if first == "i" else None
        labelled = label.group(1).title() if label is not None else ""
        if labelled in self.by_surname:
            # "FALLIN: I think he is trying to campaign as a racial healer": the "I" of a
            # transcript's line is the person its label names
            return self.canonical_name(labelled), False
        if first in SINGULAR_PRONOUNS or first == "i":
            gender = word_gender(first)
            recent = self._recent_at(pos, False, gender)
            if gender is not None:
                since = recent[0] if recent is not None else pos - 2000
                subject = self._subject_since(pos, since, gender)
                if subject is not None:
                    # (named far back too: "What could start this process is a
                    # surprisingly strong finish by Rubio here Monday. He is hoping")
                    return self._named_near(pos, gender, subject) or subject, False
            if recent is not None:
                if gender is not None and pos - recent[0] > _FAR:
                    # "... a surprisingly strong finish by Rubio here Monday. He is hoping
                    # for two things": the last speaker, named far back and not since, is
                    # not the person of that gender named just before
                    near = self._named_near(pos, gender, recent[1])
                    if near is not None:
                        return near, False
                return recent[1], False
            nearest = self._nearest_person(pos, gender)
            if nearest is not None and gender is not None:
                return self._named_near(pos, gender, nearest) or nearest, False
            return nearest, False
        if first in PLURAL_PRONOUNS:
            return self._they(pos), True
        if first == "who":
            return self._who(pos)
        return None, False

    def _determined(
        self, words: list[str], mention: str, pos: int, stem: str
    ) -> tuple[str | None, bool]:
        """Return the speaker of a mention opening with a determiner or an owner ("the
        campaign", "his friend Saleh Oumar", "a new poll"), and whether it is plural; `stem`
        is its last word, a plural role noun made singular."""
        first, last = words[0].lower(), words[-1].lower()
        rest = words[1:]
        tail = _trailing_name(words)
        if len(tail) < len(words) and is_person(" ".join(tail)):
            return self.canonical_name(" ".join(tail)), False  # "his friend Saleh Oumar"
        sourced = self._by_source(mention, pos)
        if sourced is not None:
            return sourced
        author = _AUTHOR_IN.search(self.text, max(0, pos - 50), pos) if stem in WORK_NOUNS else None
        if (
            author is not None
            and self._person(author["name"].split(), None) is not None
            and _OBJECT_OF.search(self.text, max(0, author.start() - 6), author.start()) is None
        ):
            # "Jeb Bush in a Medium post said", "Trump in his announcement speech called":
            # the person whose work it is speaks
            return self.canonical_name(author["name"]), False
        if stem in WORK_NOUNS:
            for start, noun, name in reversed(self._works()):
                if start < pos and noun == stem:
                    return name, False
        if stem in ROLE_NOUNS and last == stem:
            found = self._describe([w for w in rest if w.lower() not in {"the"}], pos)
            if found:
                return found, False
        if first in _OWNER_PRONOUNS and rest:
            # "his campaign" is Donald Trump's campaign when "his" is Donald Trump
            owner, _ = self.resolve(first, pos)
            known = owner is not None and self._person(owner.split(), None) is not None
            if owner is not None and known and _owned_noun(rest):
                return f"{owner}'s {' '.join(rest)}", _plural(last)
        if stem in WORK_NOUNS and len(plain := undated(rest)) < len(rest):
            return " ".join(plain), _plural(last)  # "a new Associated Press-GfK poll"
        person = self._person(rest, None) if first == "the" and len(rest) == 1 else None
        if person is not None and name_gender(person.name.split()) is not None:
            # "the Sanders claim", "The Murphy conference call": the surname of someone
            # the article names in full, used as a modifier, is that person ("The
            # Republic" of Turkey is no "Soviet Republic")
            return person.name, False
        return " ".join(rest) if first == "the" else mention, _plural(last)

    def _possessed(self, mention: str) -> tuple[str | None, bool]:
        """Return the speaker of a mention with a possessive ("CNBC's Becky Quick", "Starr's
        remarks", "Clinton's campaign"), and whether it is plural."""
        parts = _POSSESSIVE_SPLIT.split(mention, maxsplit=1)
        owned = " ".join(_trailing_name(parts[-1].split()))
        if len(parts) == 2 and is_person(owned):
            # "CNBC's Becky Quick", "Italy's Northern League leader Matteo Salvini"
            return self.canonical_name(owned), False
        surnamed = self._person([owned], None) if owned[:1].isupper() and " " not in owned else None
        if len(parts) == 2 and surnamed is not None:
            return surnamed.name, False  # "Purple PAC's Crane said": Ed Crane, named before
        head = parts[-1].split()[-1].lower() if parts[-1].split() else ""
        if len(parts) == 2 and head in _EVENT_NOUNS:
            return None, False  # "Sanders's victory ... confirmed"
        if len(parts) == 2 and parts[0].strip() and head in SAYING_NOUNS:
            # the owner's words: "Starr's remarks, first reported by The New York Times on
            # Tuesday, suggested", "Hillary Clinton's Tuesday speech denouncing his economic
            # policies"
            return self.canonical_name(parts[0].strip()), False  # "Starr's remarks suggested"
        if len(parts) == 2 and parts[0].strip():
            return f"{self.canonical_name(parts[0])}'s {parts[1].strip()}".strip(), False
        return mention, False

    def _bound_before(self, mention: str, before: str) -> bool:
        """Return whether the word before a mention (`before`) ties it to what comes before
        it: "for not [letting voters] know", "which [hits liberals] where they live", "the
        bill's [chief negotiators]" (whose, the mention lost)."""
        word = before.lower()
        if word in _RELATIVE_WORDS:
            # "which hits liberals": a verb in -s, where a subject would stand, and its object
            # (not "which critics said")
            key = mention.split(" ", 1)[0] if " " in mention else ""
            return key.endswith("s") and not key.endswith("ss") and key not in _NOUNS_IN_S
        return word in _BINDING_WORDS or word.endswith(("'s", "’s"))

    def _by_source(self, mention: str, pos: int) -> tuple[str | None, bool] | None:
        """Return the speaker of a work described with the source it is by or from, as
        `resolve` does, or None when the mention names no source.

        "An average of recent polls by RealClearPolitics" is the RealClearPolitics average,
        as "the RealClearPolitics average" is; "A statement from Ryan's office" is Paul Ryan's
        office's; "the exit polls in New Hampshire" name no source.
        """
        source = _WORK_SOURCE.search(mention)
        if source is None or is_place(source["source"]) or source["source"] in _WHEN_WORDS:
            return None
        described = mention[: source.start()].split()
        work = next((w.lower() for w in described if w.lower() in _SOURCED_WORKS), None)
        if work is None:
            return None
        owner, _ = self.resolve(source["source"], pos + source.start("source"))
        if owner is not None and "'s " not in owner:
            return f"{owner} {work}", _plural(work)
        return owner, False

    def _they(self, pos: int) -> str | None:
        """Return the speaker "they" at pos stands for: the plural subject of a clause since
        the last plural speaker, if there is one, else that speaker."""
        recent = self._recent_at(pos, True)
        since = recent[0] if recent is not None else pos - _SUBJECT_REACH
        subject = self._plural_subject_since(pos, since)
        if subject is None:
            return recent[1] if recent is not None else None
        start, end, people = subject
        if people:
            return None  # "Wilcox and Beruff": two people, whom no one name tells
        said = self.text[start:end]
        key = said.lower()
        common = key in PLURALS_WITHOUT_S or (
            key in GROUP_NOUNS and not key.endswith(_PLURAL_ENDINGS)
        )
        if " " not in said and (common or self._writes_lower(key)):
            # "People briefed on the reshuffling were", "Liberals got mad" (not "Democrats")
            said = key
        return self.resolve(said, start)[0]

    def _plural_subject_since(self, pos: int, since: int) -> tuple[int, int, bool] | None:
        """Return where the plural subject of the nearest clause before pos starts and ends,
        and whether it joins people's names, in its sentence or the one before, after since.

        "Companies say that weakening the encryption would only make regular users more
        vulnerable. What's more, they note": they are the companies, not the last plural
        speaker. A "they said" set off by commas is in what it tells, whose clauses are
        passed over ("State departments of education can do that, they said").
        """
        text = self.text
        aside = _ASIDE_CUE.match(text, pos) is not None
        low = max(since, pos - _SUBJECT_REACH, 0)
        for back, start in enumerate(_sentence_starts_back(text, low, pos)):
            if back > 1:
                return None
            if (back == 0 and aside) or self._inside_quote(start):
                continue
            if text.startswith(('"', "“"), start):
                continue
            for at in reversed(_clause_starts(text, start, pos)):
                found = self._plural_subject_at(at, pos)
                if found is not None:
                    return found
            joined = self._people_joined(start, pos)
            if joined is not None:
                # "When I met with Mr. VandeHei and Mr. Allen, they were tight-lipped about
                # their next venture. They would only describe it": the two, whom no one
                # name tells
                return joined
        return None

    def _people_joined(self, start: int, end: int) -> tuple[int, int, bool] | None:
        """Return where two people's names joined by "and" lie between start and end:
        "Mr. VandeHei and Mr. Allen", "Wilcox and Beruff" (not "Iraq and Syria")."""
        if self.text.find("and", start, end) < 0:
            return None  # most sentences join no two names: no regex scan of them
        for m in _NAMES_JOINED.finditer(self.text, start, end):
            if all(self._names_a_person(m.group(k)) for k in (1, 2)):
                return m.start(), m.end(), True
        return None

    def _names_a_person(self, said: str) -> bool:
        """Return whether capitalised words name a person the article knows."""
        name = self.canonical_name(said)
        return is_person(name) and self._person(name.split(), None) is not None

    def _plural_subject_at(self, start: int, end: int) -> tuple[int, int, bool] | None:
        """Return the plural subject opening a clause at start, before its verb ("Several
        Democrats cautioned", "members within both unions criticized", "People briefed on the
        reshuffling were"), and whether it joins names ("Wilcox and Beruff argued")."""
        tokens: list[re.Match[str]] = []
        for m in _CLAUSE_WORD.finditer(self.text, start, min(end, start + 250)):
            if not m.group()[:1].isalpha() or len(tokens) > 25:
                break
            tokens.append(m)
        words = [m.group() for m in tokens]
        first = 0
        while first < len(words) and words[first].lower() in _SUBJECT_OPENERS:
            first += 1
        verb = next(
            (
                i
                for i in range(first + 1, len(words))
                if words[i].islower()
                and (words[i] in _SUBJECT_VERBS or (words[i].endswith("ed") and len(words[i]) > 4))
            ),
            None,
        )
        if verb is None:
            return None
        last = verb
        while last > first + 1 and words[last - 1] in _VERB_ADVERBS:
            last -= 1
        # the head ends where what it is of or who they are begins: "Friends of Mr. Clinton's"
        head = next(
            (i for i in range(first + 1, last) if words[i] in _HEAD_ENDS),
            last,
        )
        said = words[first:head]
        s, e = tokens[first].start(), tokens[head - 1].end()
        if "and" in said[1:-1] and said[-1][:1].isupper():
            joined = said.index("and")
            if said[joined - 1][:1].isupper():
                return s, e, True  # "Democratic candidates Hillary Clinton and Bernie Sanders"
        if said and said[-1] not in self.by_surname and _plural_subject_head(said[-1]):
            return s, e, False
        return None

    def _who(self, pos: int) -> tuple[str | None, bool]:
        """Return the speaker a relative "who" at pos stands for, and whether it is plural."""
        text = self.text
        if _SHARE_BEFORE_WHO.search(text, max(0, pos - 40), pos) is not None:
            return None, True  # "compared with 64 percent who say the same of Sanders"
        joined = _JOINED_WHO.search(text, max(0, pos - 5), pos)
        if joined is not None:
            # "Hannity's audience of 2.5 million who are inclined to believe ..., and who":
            # the one the "who" before it in the sentence stands for
            first = text.rfind(" who ", max(0, pos - 250), joined.start())
            if first >= 0 and _SENTENCE_START.search(text, first, pos) is None:
                return self._who(first + 1)
        before = _NAME_BEFORE_WHO.search(text, max(0, pos - 80), pos)
        if before is not None and not _not_a_name([before.group(1)], self.by_surname):
            name = before.group(1)
            if self._group_name(name):
                return None, True  # "Bolton and Gorka were critical of Republicans who"
            of = _NAME_OF.search(text, max(0, before.start() - 60), before.start())
            if of is not None and is_place(name) and self._names_a_person(of.group(1)):
                return self.canonical_name(of.group(1)), False  # "Ted Cruz of Texas, who"
            if _ROLE_OF.search(text, max(0, before.start() - 60), before.start()) is None:
                return self.canonical_name(name), False  # "Sanders, who says"
            # "said Howard Rubel, a senior analyst at Jefferies, who": the analyst, not the
            # bank; "a longtime adviser to Trump, who declined": the adviser, whom no name tells
            return self._appositive_owner(before.start()), False
        if _COMMON_BEFORE_WHO.search(text, max(0, pos - 40), pos) is not None:
            # "some Democratic lawmakers who thought", "Republicans in Congress who
            # agree": "who" is those the noun phrase names, no person of the article
            return None, True
        last = _LAST_WORD_BEFORE_WHO.search(text, max(0, pos - 40), pos)
        if last is not None and self._group_name(last.group(1)):
            return None, True  # "The party offered fresh ammunition to Republicans who say"
        named = self._person([last.group(1)], None) if last is not None else None
        if named is not None and name_gender(named.name.split()) is not None:
            # "This was the Trump we all knew, the Trump who questions the judicial
            # independence of an American-born judge": the person the surname names, whose
            # first name shows a person (not "an influential Hispanic Republican who")
            return named.name, False
        if last is not None and last.group(1).islower() and last.group(1) not in FUNCTION_WORDS:
            # "remarks made by a campaign surrogate who said", "a lecture from the Mexican
            # president, who said": a description, its person's name before it or none
            return self._appositive_owner(last.end(1)), False
        return self._appositive_owner(pos) or self._nearest_person(pos, evident=True), False

    def _group_name(self, name: str) -> bool:
        """Return whether a capitalised word before "who" names a group, not a person:
        "Republicans", "Hispanics", "Voters" (not "Sanders", a surname of the article)."""
        if " " in name or name in self.by_surname:
            return False
        key = name.lower()
        return key.endswith(_PLURAL_ENDINGS) or (_plural_head(key) and self._writes_lower(key))

    def _appositive_owner(self, end: int) -> str | None:
        """Return the person whose description ends at end: "Howard Rubel, a senior analyst at
        Jefferies", "Evan Bayh, a moderate Indiana Democrat"; none for a description alone."""
        owner = _APPOSITIVE_OWNER.search(self.text, max(0, end - 150), end)
        if owner is None or _not_a_name(owner.group(1).split(), self.by_surname):
            return None
        name = self.canonical_name(owner.group(1))
        return name if is_person(name) and self._person(name.split(), None) else None

    def _whole_organisation(self, words: list[str], start: int, end: int) -> list[str]:
        """Return the words of an organisation's whole name when the mention holds a part:
        "the American Federation" of Teachers, The Club for "Growth PAC"."""
        if not words or not words[-1][:1].isupper():
            return words
        if words[0] in {"the", "The"}:
            words = words[1:]
        if words and words[-1].lower() in _ORG_HEADS:
            after = _ORG_AFTER.match(self.text, end)
            if after is not None:
                words = [*words, "of", *after.group(1).split()]
        # (the last letter of those words two characters back first: most names follow none)
        near = (
            start > 2
            and self.text[start - 2] in "frd"
            and self.text.endswith(("for ", "of ", "and "), max(0, start - 4), start)
        )
        before = _ORG_BEFORE.search(self.text, max(0, start - 70), start) if near else None
        head = before.group(1).lower() if before is not None else ""
        if (head in _ORG_HEADS or head.removesuffix("s") in _ORG_HEADS) and words[0][:1].isupper():
            assert before is not None
            words = [before.group(1), before.group(2), *(before.group(3) or "").split(), *words]
        return words

    def _writes_lower(self, key: str) -> bool:
        """Return whether the article writes `key` as a word in lower case ("back", "look"):
        whether `_LOWER_WORD.findall(text)` holds it.

        The first few words asked are looked for with `str.find`, each far cheaper than one
        regex scan of the whole text; past them, the article's lower-case words are gathered
        once, so that a long article that asks about many words stays linear.
        """
        if self.lower_words is None:
            known = self.lower_asked.get(key)
            if known is not None:
                return known
            if len(self.lower_asked) < _LOWER_LOOKUPS:
                found = _LOWER_WORD.fullmatch(key) is not None and _writes_lower(self.text, key)
                self.lower_asked[key] = found
                return found
            self.lower_words = frozenset(_LOWER_WORD.findall(self.text))
        return key in self.lower_words

    def _writes(self, word: str) -> bool:
        """Return whether the article writes a word whole ("Wallace", "O'Reilly")."""
        if _WORD.fullmatch(word) is None:
            return re.search(rf"\b{re.escape(word)}\b", self.text) is not None
        if self.words is None:
            self.words = frozenset(_WORD.findall(self.text))
        return word in self.words

    def _plain_words(self, words: list[str], pos: int) -> list[str]:
        """Return a mention's words as a name may hold them, or none when they name no one.

        A transcript's "TRUMP:" is Trump when the article names a Trump. A capitalised word
        the article also writes in lower case is an ordinary word opening a sentence ("Back
        at the bungalow", "Look,"), unless it is a group ("Police said") or the article names
        someone by it.
        """
        if len(words) == 1 and len(words[0]) > 3 and words[0].isupper():
            title = words[0].title()
            if title in self.by_surname or self._writes(title):
                return [title]
            if self._writes_lower(title.lower()):
                return [title.lower()]  # "BOOM: Trump Just Fired ...": a word, shouted
        head = words[0]
        if head[:1].isupper() and not head.isupper() and head not in self.by_surname:
            key = head.lower()
            # (whether the word is common, written in lower case elsewhere, is asked last:
            # the article's lower-case words are gathered only when a rule needs them)
            if len(words) == 1:
                group = key in GROUP_NOUNS or (key.endswith("s") and key[:-1] in ROLE_NOUNS)
                if not group and key not in _NOT_NAMING and self._common(key):
                    # "Back at the bungalow": a word, no name ("Police said" is the police)
                    return [key]
                if not group and self._plain_word(head):
                    # "Giant screens hanging over the arena", "Concerns rose Monday": a word
                    # of the language, no name
                    return [key]
                return words
            if _participle(head) and words[1][:1].isupper():
                return words[1:]  # "Continued Stone:" is Stone
            if all(w[:1].islower() for w in words[1:]) and self._common(key):
                return [key, *words[1:]]  # "Recent polling shows": no name in it
        return words

    def _opening_word(self, said: str, word: str, start: int) -> bool:
        """Return whether the first word of a name at start is an ordinary word opening a
        sentence: "Young" of the headline line "Young Sanders supporters never had to live
        through the Cold War era", which the article writes in lower case ("young voters")
        and never capitalised inside a sentence (not "Young" of "Sen. Todd Young"). The name
        stands at a line's start or after a space and a sentence's end: `_add_name` asks."""
        text = self.text
        return (
            said.startswith(word)
            and (start == 0 or _OPENS_SENTENCE.search(text, max(0, start - 3), start) is not None)
            and self._writes_lower(word.lower())
            and self._never_named(word)
        )

    def _plain_word(self, word: str) -> bool:
        """Return whether a capitalised word is an English word the article never shows as a
        name: no first name or plural of people, and written capitalised only where a sentence
        or a headline word opens ("Giant screens", not "Hurt" of "Mr. Hurt" or "Fox News")."""
        return word.lower() in common_words() and self._never_named(word)

    def _never_named(self, word: str) -> bool:
        """Return whether a capitalised word is no first name or plural of people, and the
        article writes it capitalised only where a sentence or a headline word opens."""
        key = word.lower()
        if _people(key) or word_gender(key) is not None:
            return False
        if self.named_inside is not None:
            return word not in self.named_inside
        known = self.inside_asked.get(word)
        if known is None:
            if len(self.inside_asked) < _INSIDE_LOOKUPS:
                # the word's own places only, found with `str.find`: the first few words
                # asked cost far less than reading every capitalised word of the text
                known = self.inside_asked[word] = self._written_inside(word)
            else:
                # past them, gathered once, in one pass: an article may ask about many words
                self.named_inside = frozenset(
                    m.group() for m in _CAPITALISED.finditer(self.text) if self._named_at(m.start())
                )
                return word not in self.named_inside
        return not known

    def _written_inside(self, word: str) -> bool:
        """Return whether `word` is a `_CAPITALISED` match of the text for which `_named_at`
        holds (whether the frozenset `_plain_word` gathers holds it), read at its places:
        a match starts after no word character, so each match is the one `match` finds at
        its start."""
        text, n = self.text, len(word)
        at = text.find(word)
        while at >= 0:
            m = _CAPITALISED.match(text, at)
            if m is not None and m.end() == at + n and self._named_at(at):
                return True
            at = text.find(word, at + 1)
        return False

    def _named_at(self, pos: int) -> bool:
        """Return whether a capitalised word at pos stands inside a sentence of running text,
        where only a name is capitalised: after a word, a comma (that of a quotation too:
        '"... to Trump," Hale said'), an initial or a title ("George H.W. Bush", "Mr. Hurt"),
        not in a headline."""
        before = self.text[max(0, pos - 12) : pos].rstrip().rstrip("”\"'’")
        words = before.split()
        if not words:
            # nothing but spaces and quotation marks before it (" ’ A"): no word to follow
            return False
        last = words[-1]
        inside = (
            before[-1].isalnum()
            or before[-1] == ","
            or _INITIALS.fullmatch(last) is not None
            or last.lower().rstrip(".") in TITLES
        )
        return inside and not self.in_headline(pos)

    def _common(self, key: str) -> bool:
        """Return whether a capitalised word is a common one: the article also writes it in
        lower case, and it is no first name."""
        return self._writes_lower(key) and word_gender(key) is None

    def _nearest_person(
        self, pos: int, gender: Gender | None = None, *, evident: bool = False
    ) -> str | None:
        """Return the canonical name of the nearest person of that gender named before pos.

        With a gender, or when evident, a name whose gender is unknown must show a title or
        a role: "who" is no "Trans-Pacific Partnership", "she" no "Boca Raton".
        """
        i = bisect_left(self.mentions, pos, key=lambda item: item[0])
        floor = self._section_start(pos)
        for j in range(i - 1, max(-1, i - 21), -1):
            start, person = self.mentions[j]
            if pos - start >= 2000 or start < floor:
                break
            if gender is None and not evident:
                return person.name
            if person.gender is not None and person.gender is (gender or person.gender):
                return person.name
            if person.gender is None and self.roles_of(person) & _PERSON_ROLES:
                return person.name  # "she" is no "Boca Raton": a person shows a title or a role
        for start, name, plural in reversed(self.history):
            if start < floor:
                break
            if start < pos and not plural and self._agrees(name, gender):
                return name
        return None

    def speaker_name(self, name: str | None) -> str | None:
        """Return the name a claim's speaker gets: None when it names no one ("governor",
        "Almost half") or is a shouted word of a headline ("BUSTED")."""
        if name is None or not names_someone(name) or (name.isupper() and len(name) > 5):
            return None
        return name

    def remember(self, pos: int, name: str | None, plural: bool) -> None:
        """Record the speaker of a claim at pos, for pronouns that come later."""
        if name:
            self.history.append((pos, name, plural))

    def remember_asked(self, pos: int) -> None:
        """Record the person named right after an "asked" ending at pos, who answers, for
        pronouns that come later: "Earhardt then asked Rubio which states specifically he
        could win. / “Well, we feel great in every one of those states,” he said" (Rubio)."""
        asked = _ASKED.match(self.text, pos)
        if asked is None:
            return
        name = self.canonical_name(asked.group(1))
        if is_person(name) and self._person(name.split(), None) is not None:
            self.history.append((asked.start(1), name, False))
