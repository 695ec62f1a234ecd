"""Content spans: where an attributed content starts and ends, trimmed and split."""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from string import ascii_letters

from claimtrack.extract.candidates import Candidate, Candidates, Direction, Span, cue_lemma
from claimtrack.extract.patterns import (
    AND_THAT,
    AS_BOUND,
    AS_CLAUSE,
    CLAUSE_AFTER_COMMA,
    COPULA_BEFORE_QUOTE,
    OBJECT_ACT,
    OBJECT_SECOND_PREDICATE,
    PREDICATE_AFTER_RELATIVE,
    PRONOUN_OBJECT,
    QUOTE_INTRODUCED,
    RELATIVE_WORD,
    SECOND_PREDICATE,
    SPEECH_AGENT,
    TRAILING_JUNK,
)
from claimtrack.extract.text import holds_any, quotes_closed
from claimtrack.lexicon import FILLER_CONTENTS, INVERTED_VERBS, NP_OBJECT_VERBS

_OPEN = '"“«'
_CLOSE = '"”»'
_TRIM = " \t\r\n,.;:—–-…"
_MIN_WORDS_BEFORE_PREDICATE = 4
# a clause of the writer's after ", with" and a name ends a content of two words already:
# "has denied it happened, with Lewandowski taking to Twitter"
_MIN_WORDS_BEFORE_ABSOLUTE = 2
# a quotation introduced this far into a left content is all the content
_MIN_CHARS_BEFORE_QUOTE = 8
_JUNK_WINDOW = 40
# the pronouns that PRONOUN_OBJECT reads as a whole object
_PRONOUNS = ("him ", "her ", "it ", "them ", "me ", "us ", "this ")
# cues whose pronoun object is followed by what it is called: "referred to her by a
# nickname, “Gert”"
_NAMING_CUES = frozenset({"refer to"})
# what TRAILING_JUNK can end with: its marks, and its words ("and", "but")
_JUNK_MARKS = ",;:—-("
_JUNK_WORDS = tuple(re.findall(r"\\b(\w+)\\b", TRAILING_JUNK.pattern))
_JUNK_WORD_SET = frozenset(_JUNK_WORDS)
_JUNK_WORD_CHARS = max(map(len, _JUNK_WORDS))
# the longest of FILLER_CONTENTS
_FILLER_CHARS = max(map(len, FILLER_CONTENTS))
# the marks that may open a quotation, and those that may introduce one (QUOTE_INTRODUCED)
_OPENING_MARKS = ("“", '"', "''")
_INTRODUCING = ("-", "—", ":", "(", "–")
# how far a content reaches from its attribution, in characters: the longest content
# annotated in PolNeAR train is 1,289 characters (the train claims are the same with or
# without this bound)
_REACH = 1500
# a word for telling titles from quotes
_TITLE_WORD = re.compile(r"[^\W_][\w’'\-]*")
# a quotation of more words is no title by its capitals; its words are counted in this many
# characters first
_TITLE_WORDS = 12
_TITLE_CHARS = 160
# more words than that, as findall reads them: what it skips ([\W_]), then a word read whole
# (possessive, as findall never splits one)
_MORE_THAN_TITLE_WORDS = re.compile(rf"(?:[\W_]*+[^\W_][\w’'\-]*+){{{_TITLE_WORDS + 1}}}")
# what stands before a title: "his book “", "the show ''", "titled "'
_TITLE_CUE = re.compile(
    r"\b(?:book|books|novel|memoir|movie|film|show|program|programme|series|song|album|segment|"
    r"documentary|podcast|pageant|play|musical|titled|entitled|dubbed|headlined|episode|column|"
    r"magazine|newspaper|article|essay|video|ad|slogan|hashtag|program's|show's)\s*,?\s*(?:''|[\"“])?$",
    re.IGNORECASE,
)
# _TITLE_CUE is looked for in this many characters before the quotation
_TITLE_CUE_CHARS = 30
# what may stand between its word and the quotation (the marks of _TITLE_CUE's tail)
_AFTER_TITLE_CUE = ",'\"“"


# a subordinate clause or a phrase opening a content, up to its comma: "although Lazar
# confessed, " / "while he was adamantly opposed to Trump, " / "after the rape, "
_OPENER = re.compile(
    r"(?:while|although|though|even\s+though|even\s+if|if|when|whenever|once|after|before|"
    r"because|since|unless|until|as|in|on|at|during|despite|for|under|with|without)\s"
    r"[^,;:.!?“”\"()]{1,120},\s*"
)
# what stands before the "and" or "but" of every SECOND_PREDICATE match: a comma or a closing
# mark ( ” " '' ) and spaces (", but did not", '” and mishandled'); the mark may be the character
# before the content, as the pattern's lookbehind reads it
_SECOND_PREDICATE_LEAD = re.compile(r"[,”\"']\s+(?:and|but)\s")


def _may_join_predicate(text: str, start: int, end: int) -> bool:
    """Return whether SECOND_PREDICATE may match from `start` to `end`: an "and" or a "but"
    stands there after a comma or a closing mark (tests/test_extract_speed holds the two)."""
    return (
        text.find("and", start, end) >= 0 or text.find("but", start, end) >= 0
    ) and _SECOND_PREDICATE_LEAD.search(text, start - 1 if start else 0, end) is not None


def _may_join_that(text: str, start: int, end: int) -> bool:
    """Return whether AND_THAT may match from `start` to `end`: "that" stands after an "and"."""
    at = text.find("and", start, end)
    return at >= 0 and text.find("that", at + 3, end) >= 0


# a reason's conjunction right before an attribution: " because " / " since "
_REASON_BEFORE = re.compile(r"\s(?:because|since)\s+$")
_REASON_WINDOW = 10
# an object given as an illustration of what its sentence said before, and no more: "citing
# the Ukraine conflict as a prime example." (seeds) states nothing of its own; one followed by
# what it illustrates does ("cited it as evidence that she couldn't have cared less")
_ILLUSTRATION = re.compile(
    r"[^,;:“”\"]{1,80}?\s+as\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?"
    r"(?:example|examples|illustration|evidence|proof)[\s.!]*"
)
# how many attributions a content may hold past its opening or its reasons
_NESTED_STEPS = 4
# a phrase of occasion opening a sentence, with no comma or quotation in it: "In a 1963
# speech", "In an interview with The Huffington Post in late May", "To reflect this new
# thrifty environment"
_OCCASION = re.compile(r"(?:In|On|At|During|Later|To|For|From|Among)\s[^,;:.!?\"“”'()]+")
_OCCASION_CHARS = 80
# "On espère" (a garbled quotation), "In other words" are too short to tell
_OCCASION_MIN_WORDS = 4
# words that make a clause of the phrase: "To bring them here ... is a suspension of
# intellect", "In any other year they would definitely be short-listed"
_VERB_WORDS = frozenset(
    "is are was were be been being am has have had will would can could should shall may "
    "might must do does did says said".split()
)


def _may_end_in_junk(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] ends as TRAILING_JUNK does (a cheap test before it)."""
    if end <= start:
        return False
    last = text[end - 1]
    if last.isspace() or last in _JUNK_MARKS:
        return True
    if not text.endswith(_JUNK_WORDS, start, end):
        return False  # (most contents: one call)
    # a word ends a match whole (\bword\b): the run of ASCII letters the text ends with is
    # the word itself, where "that", "was" or "for" ends with one only in part (three in four
    # contents ending with a junk word's letters, each of which cost a search of 27 us)
    tail = text[max(start, end - _JUNK_WORD_CHARS - 1) : end]
    return tail[len(tail.rstrip(ascii_letters)) :] in _JUNK_WORD_SET


def _marks_inside(text: str, start: int, end: int, opens: int, closes: int) -> bool:
    """Return whether a quotation mark stands inside text[start:end] between its outer marks."""
    a, b = start + opens, max(start + opens, end - closes)
    return (
        text.find('"', a, b) >= 0
        or text.find("“", a, b) >= 0
        or text.find("”", a, b) >= 0
        or text.find("''", a, b) >= 0
    )


def trim(text: str, start: int, end: int) -> tuple[Span, bool]:
    """Return the span without outer spaces and punctuation, and whether it opens with a quote.

    A content that is exactly one quotation becomes the inside of its marks.
    """
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if start >= end:
        return (start, start), False
    # direct when the content opens with quoted words ("“none of these ... are true”");
    # a partial quote inside reported speech ("Putin “respected him”") stays reported,
    # as in the seed gold (the marks are looked for in place: no copy of the content)
    # (a straight quote first, by index: most contents open and end with none)
    doubled = text[start] == "'" and text.startswith("''", start, end)
    opens = 2 if doubled else 1 if text[start] in _OPEN else 0
    quoted = opens > 0
    closes = (
        2 if end - start > 3 and text[end - 1] == "'" and text.startswith("''", end - 2, end)
        else 1 if text[end - 1] in _CLOSE
        else 0
    )  # fmt: skip
    if (opens and closes) or (
        (opens or closes) and not _marks_inside(text, start, end, opens, closes)
    ):
        # one quotation, or a split quote ('"The risk," said X, "is that ... jobs."'), or a
        # quotation whose other mark lies outside the content: the marks at the ends go
        start, end = start + opens, end - closes
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
    # trailing junk (", and", " but") is a few characters: looking at the tail keeps trim
    # linear in the number of claims, not in the length of their contents
    junk = (
        TRAILING_JUNK.search(text, max(start, end - _JUNK_WINDOW), end)
        if _may_end_in_junk(text, start, end)
        else None
    )
    if junk is not None and junk.start() > start:
        end = junk.start()
    return (start, end), quoted


def _words(text: str, start: int, end: int) -> int:
    """Return a rough word count of text[start:end]."""
    return text.count(" ", start, end) + 1 if end > start else 0


def _copula_quote(text: str, start: int, close: int) -> bool:
    """Return whether the quotation closing at close (its mark, then a space) follows a
    copula: '“extremely careless” and mishandled' after "Clinton was" goes on with Clinton."""
    while close > start and text[close - 1].isspace():
        close -= 1
    if close - start < 2:
        return False
    if text[close - 1] == "”":
        opening = text.rfind("“", start, close - 1)
    elif text.startswith("''", close - 2):
        opening = text.rfind("''", start, close - 2)
    else:
        opening = text.rfind('"', start, close - 1)
    if opening < 0:
        return False
    mark = 2 if text.startswith("''", opening) else 1
    return COPULA_BEFORE_QUOTE.search(text, max(start, opening - 24), opening + mark) is not None


def right_end(text: str, cand: Candidate, se: int, others: Candidates) -> int:
    """Return where the content right of a cue ends: at the next attribution that opens a clause,
    and, after a verb whose content may be a noun phrase, where that object ends.

    "Trump said A, while Clinton said B" cuts A before "while"; "Trump said that Clinton
    claimed B" does not cut: the inner attribution is nested in the content.
    """
    start = cand.content_from
    end = _clause_end(text, cand, se, others)
    # (most contents hold no "and", "but", "through" or "as" and open with no pronoun)
    joined = text.find(" and ", start, end) >= 0 or text.find(" but ", start, end) >= 0
    if (
        joined
        or text.find(" through ", start, end) >= 0
        or text.find(" as ", start, end) >= 0
        or text.startswith(_PRONOUNS, start)
    ) and (lemma := _object_lemma(text, cand)) is not None:
        return _object_end(text, start, end, joined, lemma)
    return end


def _clause_end(text: str, cand: Candidate, se: int, others: Candidates) -> int:
    """Return where the content right of a cue ends by the clauses and attributions after it."""
    start = cand.content_from
    if cand.content_to is not None and cand.content_to > start:
        se = min(se, cand.content_to)
    cut = others.first_cut(text, start, se)
    cut_from = start
    # "argued that although Lazar confessed, he showed no remorse": what opens the clause is
    # no clause of its own; the attribution after it is nested in the content, as one after
    # "because" is ("saying she hadn’t yet called for the governor’s resignation because she
    # believed ...", "not only because he supports Trump but also because he denied ...")
    for _ in range(_NESTED_STEPS):
        if not (
            cut < se
            and (
                (cut_from == start and _OPENER.fullmatch(text, start, cut))
                or _REASON_BEFORE.search(text, max(start, cut - _REASON_WINDOW), cut)
            )
            and _nested(text, others.at(cut))
        ):
            break
        cut_from = cut
        cut = others.first_cut(text, cut + 1, se)
    if cut < se:
        return cut
    # (no "and", no "but": most contents are not scanned; nor those where no comma or closing
    # mark stands before one, which SECOND_PREDICATE tries at each space)
    joined = _may_join_predicate(text, start, se)
    for m in SECOND_PREDICATE.finditer(text, start, se) if joined else ():
        # "said Clinton had been “extremely careless” ..., but did not recommend that":
        # the speaker's second verb ends what was said
        if _words(text, start, m.start()) >= _MIN_WORDS_BEFORE_PREDICATE and not _copula_quote(
            text, start, m.start()
        ):
            se = m.start()
            break
    # within reach of the content's start: a sentence that never ends costs its reach only
    limit = start + _REACH if start + _REACH < se else se
    if text.find(",", start, limit) >= 0:
        for m in CLAUSE_AFTER_COMMA.finditer(text, start, limit):
            # "said all staffers sign NDAs, though she did not discuss their terms": a clause
            # of the writer's; a comma inside a quotation ends nothing
            if (
                _words(text, start, m.start())
                >= (
                    _MIN_WORDS_BEFORE_ABSOLUTE
                    if m.group("absolute")
                    else _MIN_WORDS_BEFORE_PREDICATE
                )
                and quotes_closed(text, start, m.start())
                and not (
                    m.group("relative") and PREDICATE_AFTER_RELATIVE.search(text, m.end(), limit)
                )
            ):
                return m.start()
    return se


# attributions that may stand inside another's content: not ", he said" nor '"A," he said'
# (a tuple, compared by identity: a set hashes each member by Enum.__hash__, a Python call)
_NESTABLE = (Direction.RIGHT, Direction.NONE, Direction.UNSOURCED)


def _object_lemma(text: str, cand: Candidate) -> str | None:
    """Return the lemma of the candidate's cue when its content may be a noun phrase."""
    lemma, _ = cue_lemma(" ".join(text[cand.cue[0] : cand.cue[1]].split()))
    return lemma if lemma in NP_OBJECT_VERBS else None


def _object_end(text: str, start: int, se: int, joined: bool, lemma: str) -> int:
    """Return where the object of a cue ends, before what the speaker did besides.

    "attacked her Spanish-language skills and even questioned the star's Latino identity":
    the speaker's second verb (not one in a relative clause of the object, nor one inside a
    quotation); "Rubio opposed it as he positioned himself for his presidential run": an
    adverbial after a pronoun, which is all the object (not before a colon that lists what the
    pronoun stands for); "Mr. Ailes denied the charges through his lawyer": whom the speaker
    spoke through.
    """
    second = OBJECT_SECOND_PREDICATE.search(text, start, se) if joined else None
    if (
        second is not None
        and quotes_closed(text, start, second.start())
        and RELATIVE_WORD.search(text, start, second.start()) is None
    ):
        se = second.start()
    pronoun = PRONOUN_OBJECT.match(text, start, se) if lemma not in _NAMING_CUES else None
    if pronoun is not None and text.find(":", pronoun.end(), se) < 0:
        return pronoun.end()
    agent = SPEECH_AGENT.search(text, start, se)
    if agent is not None:
        se = agent.start()
    clause = AS_CLAUSE.search(text, start, se) if text.find(" as ", start, se) >= 0 else None
    if (
        clause is not None
        and AS_BOUND.search(text, start, clause.start()) is None
        and OBJECT_ACT.search(text, start, clause.start()) is None
        and quotes_closed(text, start, clause.start())
    ):
        se = clause.start()
    return se


def _nested(text: str, cand: Candidate | None) -> bool:
    """Return whether an attribution can be nested in a content: one whose content follows it,
    by a verb that is not one of saying ("he showed no remorse", not "he argued the probe")."""
    if cand is None or cand.direction not in _NESTABLE:
        return False
    lemma, _ = cue_lemma(" ".join(text[cand.cue[0] : cand.cue[1]].split()))
    return lemma not in INVERTED_VERBS


def _introduced_quote(text: str, start: int, end: int) -> int:
    """Return where a left content starts when it ends with a quotation introduced in it.

    "Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon in her
    mouth,'' Mr. Elkins said": the content is the quotation, not what comes before it.
    """
    if not holds_any(text, _OPENING_MARKS, start, end):
        return start  # no mark, no quotation introduced (most left contents)
    if not holds_any(text, _INTRODUCING, start, end):
        # no mark that introduces one (QUOTE_INTRODUCED's colon, parenthesis or dash): most
        # left contents with a mark are a quotation whole ('"...," he said'), and scanning
        # them costs ten times these five tests
        return start
    last = None
    for m in QUOTE_INTRODUCED.finditer(text, start, end):
        last = m
    if last is None or last.end() - start < _MIN_CHARS_BEFORE_QUOTE:
        return start
    inside = text[last.end() : end]
    marks = sum(inside.count(mark) for mark in '"“”') + 2 * inside.count("''")
    return last.end() if marks <= 2 else start


# the directions content_spans tells apart, as module names (it runs once per candidate): in
# Python 3.11 a member read off its class, "Direction.RIGHT", goes through EnumType.__getattr__'s
# hook, several hundred instructions a read, where a module name costs a few
_RIGHT, _WHOLE, _QUOTE = Direction.RIGHT, Direction.WHOLE, Direction.QUOTE


def content_spans(
    text: str, cand: Candidate, ss: int, se: int, others: Candidates, right: int | None = None
) -> list[tuple[Span, bool]]:
    """Return the content spans of a candidate (two for "A and that B"), with their quotedness.

    `right` is `right_end(text, cand, se, others)` when the caller read it already (a pure
    function of those: `_outermost` reads it of each right content but the last).
    """
    # a content lies within reach of its cue: in a sentence that never ends (no stop in
    # 100 kB) each attribution costs its reach, not the length of the sentence
    # (conditional expressions: a call to max or min costs ten times one)
    if cand.start - _REACH > ss:
        ss = cand.start - _REACH
    if cand.end + _REACH < se:
        se = cand.end + _REACH
        right = None  # (read to the sentence's end)
    # a left content trimmed whole, which _occasion asks for (and the content is, unsplit)
    whole: tuple[Span, bool] | None = None
    direction = cand.direction
    if direction is _RIGHT:
        start = cand.content_from
        end = right if right is not None else right_end(text, cand, se, others)
        if _illustration(text, start, end):
            return []
    elif direction is _WHOLE:
        start, end = ss, se
    elif direction is _QUOTE:
        start, end = _split_quote(text, cand, ss, se)
    else:
        end = min(se, cand.content_to if cand.content_to is not None else cand.start)
        # a left content starts after the attribution before it that looks right
        start = max(ss, others.last_right_end(cand.content_from, end))
        start = _introduced_quote(text, start, end)
        whole = trim(text, start, end)
        if _occasion(text, *whole[0]):
            return []
    parts: list[tuple[int, int]] = []
    cut = start
    # (no "and" with "that" after it, no "and that": most contents are not scanned; a content
    # holding "that" alone, three in four of those with one, cost a scan trying each space)
    joined = _may_join_that(text, start, end)
    for m in AND_THAT.finditer(text, start, end) if joined else ():
        parts.append((cut, m.start()))
        cut = m.end()
    parts.append((cut, end))
    out: list[tuple[Span, bool]] = []
    for a, b in parts:
        span, quoted = whole if whole is not None and len(parts) == 1 else trim(text, a, b)
        # "The full poll can be found here.", "As I mentioned above": a lone adverb says nothing
        # (a content longer than any is not lowered to be looked up: lower() never shortens)
        n = span[1] - span[0]
        if n >= 2 and (n > _FILLER_CHARS or text[span[0] : span[1]].lower() not in FILLER_CONTENTS):
            out.append((span, quoted))
    return out


def _illustration(text: str, start: int, end: int) -> bool:
    """Return whether a content, to its sentence's end, is only an object given as an
    illustration ("the Ukraine conflict as a prime example."): it says nothing of its own. One
    that goes on to what it illustrates ("the crowds themselves as an example: He says news
    outlets undercount his supporters") is a claim, as PolNeAR annotates it."""
    return (
        text.find(" as ", start, end) >= 0 and _ILLUSTRATION.fullmatch(text, start, end) is not None
    )


def _occasion(text: str, start: int, end: int) -> bool:
    """Return whether a left content, trimmed, is one phrase of occasion, with no verb: what
    opens the attribution's sentence, not what was said.

    "In a 1963 speech, he declared:", "In an interview with CNN, Trump continued to question
    Cruz's temperament": the speech follows the cue, or is not quoted at all.
    """
    if end - start > _OCCASION_CHARS:
        return False
    m = _OCCASION.fullmatch(text, start, end)
    if m is None:
        return False
    words = _TITLE_WORD.findall(text, start, end)
    return len(words) >= _OCCASION_MIN_WORDS and not any(w.lower() in _VERB_WORDS for w in words)


def is_title(text: str, qs: int, qe: int) -> bool:
    """Return whether a quotation is a title, not someone's words.

    '“The Lead with Jake Tapper”', "''Secret Lives of the Super Rich''": most words
    capitalised, or right after "book", "show", "titled" and the like.
    """
    # only a quotation of 12 words or fewer is read word by word: the words of its first
    # characters are enough to tell a longer one (a word cut at their end is still a word),
    # counted by one match that stops at the thirteenth, not gathered in a list
    if _MORE_THAN_TITLE_WORDS.match(text, qs, min(qe, qs + _TITLE_CHARS)) is None:
        words = _TITLE_WORD.findall(text, qs, qe)
        if not words:
            return True
        if len(words) <= _TITLE_WORDS:
            # "I" is a capital in any sentence: '“I would, Donald.”' is no title
            caps = sum(1 for w in words if (w[0].isupper() or w[0].isdigit()) and w != "I")
            if caps * 5 >= len(words) * 3 and caps >= 2:
                return True
    # _TITLE_CUE's word ends in a letter, and only spaces, a comma and a quotation mark stand
    # after it: skipped back over, they leave a letter before them, or the search (30
    # characters, tried at each) cannot match; most quotations follow "said. " or "said: "
    low = max(0, qs - _TITLE_CUE_CHARS)
    at = qs
    while at > low and (text[at - 1].isspace() or text[at - 1] in _AFTER_TITLE_CUE):
        at -= 1
    return at > low and text[at - 1].isalpha() and _TITLE_CUE.search(text, low, qs) is not None


def _split_quote(text: str, cand: Candidate, ss: int, se: int) -> Span:
    """Return the span of a quote split around its cue ('"A," he said, "B."').

    Both parts and the attribution between them, unless the attribution is long
    ('"The risk," said Edward Leamer, an economist who is ..., "is that ..."'): then the
    longer part alone, so that the claim stays the speaker's words.
    """
    first_end = cand.start
    second_start = cand.end
    while first_end > ss and text[first_end - 1] not in _CLOSE and text[first_end - 1] != "'":
        first_end -= 1
    opener = text.find("“", second_start, se)
    straight = text.find('"', second_start, se)
    doubled = text.find("''", second_start, se)
    starts = [p for p in (opener, straight, doubled) if p >= 0]
    if first_end <= ss or not starts:
        return ss, se
    second_start = min(starts)
    middle = second_start - first_end
    if middle * 5 <= (se - ss) * 2:
        return ss, se
    return (ss, first_end) if first_end - ss >= se - second_start else (second_start, se)
