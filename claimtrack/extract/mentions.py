"""Speaker mentions: the words that name a speaker at a claim.

A mention is a noun phrase right before a cue ("Kremlin spokesperson Dmitry Peskov",
"The former president has also", "Trump's campaign", "He") or opening a sentence.
`coref.py` maps each mention to a canonical name.
"""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.extract.text import alternation, caseless_alternation, holds_any
from claimtrack.lexicon import (
    AUXILIARIES_BEFORE_CUE,
    DAYS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    OPENING_PREPOSITIONS,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    SUBJECT_PRONOUNS,
    WORK_NOUNS,
)

Span = tuple[int, int]

# \w inside a class, its ASCII letters, digits and "_" named first: re tests the named
# characters on one bitmap and \w through up to four calls into the Unicode tables, so each
# letter of a name costs a bit test, not a call (the class is the same: \w holds them all)
W = r"0-9A-Z_a-z\w"
CAP = rf"[A-Z][{W}’'\-]*\.?"  # "Trump", "Mr.", "O'Rourke", "Editor-in-Chief"
_AUX = alternation(AUXILIARIES_BEFORE_CUE)
# a time phrase between a speaker and a cue: "on Tuesday", "last week", "earlier this month"
_PERIODS = ("week", "month", "year", "night", "spring", "summer", "fall", "winter")
# (each "?" of a group written as a branch, "(?:X|)", as _optional below says why: the tail
# that holds this phrase is tried at each end of a noun phrase SPEAKER_BEFORE reads)
_TIME = (
    rf"(?:on\s+|)(?:{'|'.join(DAYS)})"
    rf"|(?:earlier\s+|later\s+|)(?:last|this|next)\s+(?:{'|'.join(_PERIODS)})"
)
# the words a _TIME phrase ends with (the last token of a _TIME_TAIL match ends with one),
# and with its comma: the endings of that token, asked by one `str.endswith`
_TIME_LAST_WORDS = (*DAYS, *_PERIODS)
_TIME_ENDINGS = (*_TIME_LAST_WORDS, *(word + "," for word in _TIME_LAST_WORDS))
_TIME_TAIL = re.compile(rf"(?:\s+(?:{_TIME}))+,?\s*$")

# a capitalised word read at once ("Trump", "Mr.", "Clinton's"), as _NP reads its words (a
# lower-case one before a space too: "[a-z][\w\-]*+\s+"): what follows one there (a space,
# an optional "’s", the end of the phrase) never starts inside it, so giving letters back
# could only fail again, or repeat an "’s" already read (a fifth of SPEAKER_BEFORE's work;
# CAP stays where an "’s" is required: "Trump's campaign")
_CAP_ONCE = rf"[A-Z][{W}’'\-]*+\.?"
_LOWER_ONCE = rf"[a-z][{W}\-]*+"
_OWNS = r"(?:’s|'s)"


def _optional(pattern: str) -> str:
    """Return `(?:pattern)?` written as a branch, `(?:pattern|)`.

    Both try the same matches in the same order, but re runs a quantified group through
    its repeat machinery (a context allocated at each try), and a branch without it:
    SPEAKER_BEFORE, which tries its optional groups at every word start, does 9% less work.
    """
    return f"(?:{pattern}|)"


def _up_to(pattern: str, n: int, lazy: bool = False) -> str:
    """Return `(?:pattern){0,n}` (`{0,n}?` when lazy) as nested branches, as `_optional` does.

    The pattern must not match the empty string: "(?:X(?:X|)|)" is "(?:X){0,2}", and
    "(?:|X(?:|X))" is "(?:X){0,2}?".
    """
    if n == 0:
        return ""
    rest = _up_to(pattern, n - 1, lazy)
    return f"(?:|{pattern}{rest})" if lazy else f"(?:{pattern}{rest}|)"


def _either_case(words: tuple[str, ...]) -> str:
    """Return a regex of the words, each as written and with a capital first ("the|The").

    The same choice as "[Tt]he|[Aa]n?|..." in the same order (each word's lower case first,
    "an" before "a"), but each branch opens with a letter, which re compares at once to turn
    the branch down, where a class costs it a call: _NP tries its determiners at each word.
    """
    return "(?:" + "|".join(f"{word}|{word[:1].upper()}{word[1:]}" for word in words) + ")"


_DETERMINER = _either_case(
    ("the", "his", "her", "their", "its", "an", "a", "one", "many", "some", "other", "most", "both")
)


def _noun_phrase(start: str) -> str:
    """Return the regex of a speaker noun phrase: "Kremlin spokesperson Dmitry Peskov", "The
    former president", "Trump's campaign", "critics", "He".

    Each branch opens with `start`: a word boundary where nothing before the phrase ensures
    one (SUBJECT), or nothing where the pattern has asked already (SPEAKER_BEFORE's lookbehind
    and lookahead): a branch that opens with a letter or a class is skipped at a test where it
    cannot match, and one that opens with a boundary is entered to test it (a twentieth of
    SPEAKER_BEFORE's work).
    """
    return (
        "(?:"
        + "|".join(
            (
                # "Kremlin spokesperson Dmitry Peskov", "The former president", "Trump's campaign":
                # a role, group or work noun, what may stand before it and names after it
                _optional(
                    rf"{start}{_DETERMINER}\s+"
                    + _up_to(rf"(?:{_CAP_ONCE}|{_LOWER_ONCE})\s+", 3, lazy=True)
                )
                + _optional(
                    rf"{_CAP_ONCE}{_optional(_OWNS)}\s+"
                    + _up_to(rf"{_CAP_ONCE}{_optional(_OWNS)}\s+", 4)
                )
                + "(?:"
                + _up_to(rf"{_LOWER_ONCE}\s+", 2, lazy=True)
                + caseless_alternation(ROLE_NOUNS | GROUP_NOUNS | WORK_NOUNS)
                + r"(?:s|es|)\b"
                + _optional(rf"\s+{_CAP_ONCE}" + _up_to(rf"\s+{_CAP_ONCE}", 3))
                + ")",
                # "45 percent of voters", "one in five", "those surveyed" (each number and word
                # read whole: a space or a "%" follows it, none of which it holds)
                rf"(?:{start}\d[\d.,]*+\s?(?:%|percent)|{start}(?:[A-Za-z]++|\d++)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)|"
                rf"{start}(?:[Tt]hose|[Tt]he\s+people)\s+(?:surveyed|polled|asked|interviewed|questioned))"
                + _optional(r"\s+of\s+" + _up_to(rf"[{W}\-]+\s+", 2, lazy=True) + rf"[{W}\-]+"),
                # "Trump's supporters"
                rf"{start}{CAP}{_OWNS}\s+"
                + _up_to(rf"{_LOWER_ONCE}\s+", 2, lazy=True)
                + rf"[a-z][{W}\-]*s\b",
                # "The Republican front-runner", "his supporters"
                start
                + _either_case(("the", "an", "a", "another", "one", "his", "her", "their"))
                + r"\s+"
                + _up_to(rf"[{W}\-]+\s+", 3, lazy=True)
                + rf"[a-z][{W}\-]*(?:ers?|ors?|ists?|ants?|ents?|ians?|man|men|person|people|papers?)\b",
                # "critics", "Republican lawmakers"
                start
                + _optional(rf"{_LOWER_ONCE}\s+")
                + rf"[a-z][{W}\-]*(?:ers|ors|ists|ants|ents|ians|men|people)\b",
                # "The Donald", "Kremlin spokesperson Dmitry Peskov" (names only), "Trump"
                start
                + _either_case(("the", "a"))
                + r"\s+"
                + _up_to(rf"{_CAP_ONCE}\s+", 3)
                + rf"{_CAP_ONCE}(?<![.])",
                start + _up_to(rf"{_CAP_ONCE}\s+", 5) + rf"{_CAP_ONCE}(?<![.])",
                rf"{start}(?:he|she|they|we|I|it|who|He|She|They|We|It|Who|You|you)\b",
            )
        )
        + ")"
    )


_NP = _noun_phrase(r"\b")
# (where a word starts already)
_NP_AT_WORD = _noun_phrase("")

# what stands between a speaker (and its appositive) and the cue: auxiliaries, adverbs, a
# time ("has also", "on Tuesday,"), and the cue's comma
_TAIL_WORD = rf"\s+(?:{_AUX}|[a-z]+ly|{_TIME})"
_AUX_TAIL = rf"(?P<aux>(?:{_TAIL_WORD})*),?\s*$"
# the same with the repeat's first turn written as a branch, as _optional writes "?":
# SPEAKER_BEFORE tries its tail at each end of a noun phrase it reads, most of which no such
# word follows, and re enters a repeat through its allocating machinery to find none (the
# longer pattern costs more to compile than it saves where the tail is tried once)
_AUX_TAIL_BRANCHED = rf"(?P<aux>(?:{_TAIL_WORD}(?:{_TAIL_WORD})*|)),?\s*$"

# the speaker right before a cue, at the end of the left context, with an appositive and
# auxiliaries: "Trump's running mate, JD Vance," / "The former president has also" (the
# search tries every position of the window; an ASCII word boundary, which the lookbehind and
# the lookahead after it imply, turns away each position inside a word by a table lookup,
# where the lookbehind costs a nested match)
SPEAKER_BEFORE = re.compile(
    rf"""(?a:\b)(?<![{W}’'\-.])(?=[A-Za-z0-9])(?P<speaker>{_NP_AT_WORD})
    (?:(?P<appos>,\s[^;“”"()]{{2,120}}?,|\s*\([^()]{{1,30}}\)|\s[—–]\s?[^—–;“”"]{{2,90}}[—–]|
       \s--\s[^;“”"]{{2,120}}?\s--|\s+(?:with|familiar\s+with|close\s+to|of)\s+[^,;:“”"]{{2,60}}?)|)
    {_AUX_TAIL_BRANCHED}""",
    re.VERBOSE,
)
# what SPEAKER_BEFORE reads after the closing comma of an appositive ("Trump, the president,
# has also said"): the same tail as the pattern's own
_AFTER_APPOSITIVE = re.compile(_AUX_TAIL, re.VERBOSE)

# the subject opening a sentence: "But Trump", "Kremlin spokesperson Dmitry Peskov", with an
# appositive or a parenthesis ("Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed")
SUBJECT = re.compile(
    rf"""\s*(?:(?:[Bb]ut|[Aa]nd|[Hh]owever|[Ss]till|[Yy]et|[Mm]eanwhile|[Nn]ow|[Ss]o)\s*,?\s+)?
    (?P<speaker>{_NP})(?:,\s[^,;“”"()]{{2,90}},|\s*\([^()]{{1,30}}\))?
    \s+(?:(?:{_AUX}|[a-z]+ly)\s+)*[a-z]""",
    re.VERBOSE,
)

# the endings of an agent noun, which may end a speaker: "commenter", "officials", "spokesman"
_AGENT_ENDINGS = "ers?|ors?|ists?|ants?|ents?|ians?|man|men|person|people|papers?"
# the last word of a speaker: a name, a pronoun, an agent noun ("commenter", "officials")
_SPEAKER_LAST = re.compile(
    rf"(?:[A-Z][\w’'\-.]*|he|she|they|we|I|it|who|you|[a-z][\w\-]*(?:{_AGENT_ENDINGS}|s|ed)"
    r"|\d+%?|--|two|three|four|five|six|seven|eight|nine|ten|overall)[,)]?$|.*\)[,]?$"
)
_SPEAKER_NOUNS = frozenset(ROLE_NOUNS | GROUP_NOUNS | WORK_NOUNS)
_TAIL_WORDS = AUXILIARIES_BEFORE_CUE
# what SPEAKER_BEFORE holds nowhere but inside a parenthesis ("(R-Fla.)")
_NEVER_IN_SPEAKER = ("“", "”", '"', ";")
# the last of them in a stretch: one search, where an `rfind` for each mark took a call each
_LAST_NEVER_IN_SPEAKER = re.compile(r'[“”";][^“”";]*\Z')
# a participle alone after "those" ("those surveyed", "those polled")
_PARTICIPLE_REST = re.compile(r"\s+[a-z]+ed")
# adverbs that a headline capitalises between its speaker and its cue, no part of the name:
# "Rick Perry Just Announced His Official Endorsement Of A BIG Name Candidate"
_HEADLINE_ADVERBS = (" Just", " Now", " Finally", " Also", " Still")
# words that make the words before them a speaker's head: "supporters of reform"
_POSTMODIFIERS = frozenset({"of", "with", "from"})
# the pronouns in lower case that a speaker may be alone ("when he said"): no longer match ends
# with one (no name ends with "he"; a phrase "of" opens may: "about half of them said"), but
# "I", a capital, may end a run of names
_LONE_PRONOUNS = SUBJECT_PRONOUNS - {"i"}
# what a match starting before such a pronoun must hold before it, to run on through it: an
# owner ("Trump's he has"), "of" ("45 percent of those who") or the words that open an
# appositive running to the cue ("a lawyer with the firm who"); one set off by marks closes
# with one after its words, which none of the words after the pronoun holds ("Sanders, who")
_BEFORE_PRONOUN_MARKS = ("’s", "'s")
_BEFORE_PRONOUN_WORDS = frozenset({"of", "with", "close"})
# ... or the words after it that may end a noun phrase holding it: a name, a role, group or work
# noun, an agent noun ("the one he later said": "later" ends like "reporter")
_AGENT_NOUN = re.compile(rf"[a-z][{W}\-]*(?:{_AGENT_ENDINGS})")
_ENDS_PHRASE_PAST_PRONOUN = _SPEAKER_NOUNS | frozenset(
    word for word in _TAIL_WORDS if word[:1].isupper() or _AGENT_NOUN.fullmatch(word)
)


def _token_start(text: str, low: int, end: int, toks: list[str], k: int) -> int:
    """Return where the k-th of the tokens `text[low:end].split()` starts.

    Splitting off the tokens after it from the right leaves text[low:] up to the end of
    that token (one call, where finding each token again took one per token).
    """
    if k == 0:
        return text.find(toks[0], low, end)
    head = text[low:end].rsplit(None, len(toks) - k - 1)[0]
    return low + len(head) - len(toks[k])


@lru_cache(maxsize=8192)
def _last_token(token: str) -> tuple[bool, bool]:
    """Return whether the last token before a cue's auxiliaries closes an appositive, and
    whether its word may end a speaker (a name, a pronoun, an agent or a role noun): read
    once per token, as the same ones come again and again ("he", "Trump", "officials")."""
    last = token.lstrip("“\"'‘(—[")
    # (a dash standing alone closes an appositive too: "Democrats — and some Republicans —
    # say", whose last token the strip above leaves empty)
    appositive = token.endswith((",", ")", "—", "–", "--"))
    return appositive, (
        _SPEAKER_LAST.match(last) is not None or last.rstrip(",)").lower() in _SPEAKER_NOUNS
    )


def speaker_before(text: str, ss: int, cs: int) -> re.Match[str] | None:
    """Return the SPEAKER_BEFORE match ending at cs, looking at a few words only."""
    found = speaker_and_span_before(text, ss, cs)
    return found[0] if found is not None else None


# the marks that let a SPEAKER_BEFORE match hold a comma or a colon: a parenthesis, a dash
_APPOSITIVE_MARKS = ("(", ")", "—", "–", "--")
# a preposition and a name, opening a phrase of place or time: "At Boca West", "In Iowa"
_PLACED = re.compile(rf"(?:{alternation(OPENING_PREPOSITIONS)})\s+[A-Z]")


def speaker_and_span_before(text: str, ss: int, cs: int) -> tuple[re.Match[str], Span] | None:
    """Return the SPEAKER_BEFORE match ending at cs and its speaker as `clean_mention` cuts it
    (which the search asks already: a cue's candidate need not ask again).

    A cheap walk over the last tokens rejects most cue words at once ("the plan would
    state") and bounds the window the full regex has to search, which keeps it fast.
    """
    # the tokens (runs of non-space) of the last 170 characters, as strings: where one of
    # them starts is asked once, below
    low = cs - 170 if cs - 170 > ss else ss
    window = text[low:cs]
    toks = window.split()
    end = cs
    if toks and toks[-1].endswith(_TIME_ENDINGS):
        # "Trump on Tuesday said": the time is no part of the speaker (a _TIME_TAIL match
        # ends with its word and a comma, which its last token shows at once)
        tail = _TIME_TAIL.search(text, max(ss, cs - 60), cs)
        if tail is not None:
            end = tail.start()
            toks = text[low:end].split()
    i = len(toks)
    while i and (
        (word := toks[i - 1]) in _TAIL_WORDS
        # (its last letter by index first: few tokens end in "y")
        or (word[-1] == "y" and word.endswith("ly") and word.islower())
    ):
        i -= 1
    if i == 0:
        return None
    appositive, speaker_last = _last_token(toks[i - 1])
    if not (
        appositive
        or speaker_last
        # "Several supporters of reform said"
        or not _POSTMODIFIERS.isdisjoint(toks[max(0, i - 4) : i - 1])
    ):
        return None
    back = 22 if appositive else 12
    pos = _token_start(text, low, end, toks, i - back if i > back else 0)
    # (the marks below asked of the whole window first, which holds text[pos:cs]: a test
    # of a string for a character costs a tenth of a call with positions, and most windows
    # hold none of them)
    if "(" not in window or text.find("(", pos, cs) < 0:
        # no match holds a quotation mark or a semicolon, but in a parenthesis: none starts
        # before the last one ('"...," Trump said' is tried from "Trump" on)
        if '"' in window or "“" in window or "”" in window or ";" in window:
            mark = _LAST_NEVER_IN_SPEAKER.search(text, pos, cs)
            if mark is not None:
                pos = mark.start() + 1
    if "," in window or ":" in window:
        pos = _past_barriers(text, pos, cs)
    if end == cs and not appositive and toks[i - 1] in _LONE_PRONOUNS:
        # "... at a rally in South Carolina Friday night when he said": the search starts at
        # the pronoun, where it ends, when no match can start before it (each word before it
        # tried costs as much as the match)
        pos = _past_words_before_pronoun(
            text, pos, _token_start(text, low, end, toks, i - 1), toks[i:]
        )
    while True:
        m = SPEAKER_BEFORE.search(text, pos, cs)
        if m is None:
            return None
        # "on Tuesday, Kevin Brady, chairman of ...," : skip a speaker made of function words
        speaker = clean_mention(text, *m.span("speaker"))
        if speaker is not None and not (
            m.group("appos") and _PLACED.match(text, m.start("speaker"), speaker[1])
        ):
            return m, speaker
        # "At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the
        # club's 78-year-old president, said": a place with its clause, no speaker
        pos = m.end("speaker")


def _past_words_before_pronoun(text: str, pos: int, at: int, tail: list[str]) -> int:
    """Return where a SPEAKER_BEFORE match whose last word but its tail (auxiliaries and
    adverbs, tokens of `_TAIL_WORDS`) is a lone pronoun at `at` may start: at, when nothing
    between pos and it can take it into a longer match, else pos.

    Before the cue, a lone pronoun is a speaker alone ("they", "who"): a noun phrase with it
    inside ends with a noun, a name or an agent noun after it (none in the tail), with words
    after "of", or with a word in -s after an owner; an appositive with it inside closes with a
    mark after it (none in the tail: its tokens end with the letters of their words) or opens
    with "with" before it.
    """
    if at <= pos or not _ENDS_PHRASE_PAST_PRONOUN.isdisjoint(tail):
        return pos
    if holds_any(text, _BEFORE_PRONOUN_MARKS, pos, at):
        return pos
    return pos if not _BEFORE_PRONOUN_WORDS.isdisjoint(text[pos:at].split()) else at


def _past_barriers(text: str, pos: int, cs: int) -> int:
    """Return where a SPEAKER_BEFORE match ending at cs may start: pos, or after a barrier.

    A noun phrase, the words after it and an appositive "of ..." or "with ..." hold no colon
    and no comma (but in a number: "1,000"); only an appositive set off by commas, a
    parenthesis or dashes does. With none of those, no match starts at or before the last
    comma or colon: in "public colleges, as Sanders said" the search starts after the comma.
    A comma closes an appositive only when what follows it may end the match ("Trump, the
    president, has also said").
    """
    last = text.rfind(",", pos, cs)
    colon = text.rfind(":", pos, cs)
    if last < 0 and colon < 0:
        return pos  # (no barrier to pass: most windows)
    if last >= 0 and _AFTER_APPOSITIVE.match(text, last + 1, cs) is not None:
        return pos
    # what lets a match hold any comma or colon: a parenthesis, a dash
    if holds_any(text, _APPOSITIVE_MARKS, pos, cs):
        return pos
    comma = last
    while comma > pos and (text[comma - 1].isdigit() or text[comma - 1] in ".,"):
        comma = text.rfind(",", pos, comma)  # may be a number's: "1,000" / "5.,"
    return max(pos, comma + 1, colon + 1)


# a word of a mention: "Trump", "Mr.", "O'Rourke"
WORD = re.compile(r"[\w’'.\-]+")


def can_speak(mention: str) -> bool:
    """Return whether a speaker mention names one who can speak: a name, a pronoun of a
    speaker, or a head that is a role, a group or an agent noun ("one group", "a narrator",
    "they"), not a thing or a work ("The scene", "the ad")."""
    last = mention.rsplit(None, 1)[-1].rstrip(",)")
    if last[:1].isupper():
        return True
    low = last.lower()
    stem = low[:-1] if low.endswith("s") else low
    return (
        low in SPEAKER_PRONOUNS
        or low in ROLE_NOUNS
        or low in GROUP_NOUNS
        or stem in ROLE_NOUNS
        or (_AGENT_NOUN.fullmatch(low) is not None and stem not in WORK_NOUNS)
    )


def clean_mention(text: str, start: int, end: int) -> Span | None:
    """Return the mention span without leading function words ("But Trump" -> "Trump").

    None when nothing but function words is left ("These"), or when the mention is a
    possessive ("Trump's" before "claim" is a noun phrase, not a speaker).
    """
    # (what is cut depends on the mention's words alone, and the same mentions come again
    # and again, "he", "Trump": each wording is read once)
    cut = _mention_cut(text[start:end])
    return None if cut is None else (start + cut[0], start + cut[1])


@lru_cache(maxsize=8192)
def _mention_cut(mention: str) -> Span | None:
    """Return `clean_mention` of a whole mention, as offsets into it."""
    start, end = 0, len(mention)
    if mention.endswith(("’s", "'s")):
        return None
    if mention.endswith(_HEADLINE_ADVERBS):
        end = mention.rindex(" ")
    while True:
        m = WORD.match(mention, start, end)
        if m is None:
            return start, end
        if m.end() >= end:
            word = m.group().lower().rstrip(".")
            if word in FUNCTION_WORDS and word not in {"many", "some", "others", "most"}:
                return None
            return start, end
        word = m.group().lower().rstrip(".")
        if word in {"those", "these"} and _PARTICIPLE_REST.fullmatch(mention, m.end(), end):
            # "those surveyed": the determiner is the head the participle follows
            return start, end
        if word in FUNCTION_WORDS and word not in {"the", "a", "an"}:
            start = m.end()
            while start < end and mention[start] == " ":
                start += 1
            continue
        return start, end
