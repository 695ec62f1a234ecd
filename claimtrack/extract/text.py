"""Paragraphs, quotation pairs and sentences of a text, all as character offsets.

Everything here runs in compiled regexes over the whole text plus one Python step per
quotation mark or sentence boundary, never per character, so long texts stay linear.
"""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Any

from claimtrack.lexicon import ABBREVIATIONS

Span = tuple[int, int]

# a non-blank line: "Trump said ...\n" -> the line without its newline
_LINE = re.compile(r"[^\n]*\S")

# quotation marks that can open or close a direct quote: " “ ” « » and the doubled
# apostrophe '' some papers use for both (not a single apostrophe)
# (each mark its own branch: a pattern whose branches all open with a character gets a
# quick scan for those characters; ''|[...] is tried at every position instead)
QUOTE_MARK = re.compile(r"''|\"|“|”|«|»|„")

# a possible sentence end: "office. He" / "true.” However" / "now?\" he"
# (its first mark spelled out of the repeat: a pattern that opens with a character class,
# not a repeat, is scanned for that class quickly; the closing marks' repeat and the opening
# mark's "?" written as branches, "(?:X(?:X)*|)" and "(?:X|)": re enters a quantified group
# through its machinery, a branch without it, and most marks stand before a space)
_CLOSING = r"(?:''|[\"”’)\]])"
_BOUNDARY_REST = rf"[.!?…]*(?:{_CLOSING}{_CLOSING}*|)(?=(?P<space>\s+)(?:''|[\"“‘(\[]|)[A-Z0-9])"
_BOUNDARY = re.compile(r"[.!?…]" + _BOUNDARY_REST)
# the same, in a paragraph whose only such mark is the period (most): a pattern that opens
# with a literal character is scanned for it several times faster than for a class (re
# skips to it in a tight loop), and both match the same there
_PERIOD_BOUNDARY = re.compile(r"\." + _BOUNDARY_REST)
# the marks other than the period that open a boundary (few texts hold one)
_OTHER_ENDS = "!?…"

# an attribution right after a closing quote: " Trump said." / " said Mr. Rogan," / " he added"
# (not one that opens the next quotation: '... found.” He added, “In this case ...')
_ATTRIBUTION_NEXT = re.compile(
    r"\s+(?:(?:(?:[A-Z][\w’'\-.]*|[Hh]e|[Ss]he|[Tt]hey)\s+){1,4}(?:said|says|added|wrote|told|"
    r"asked|explained|continued|noted|tweeted|recalled|argued|insisted|declared|stated)"
    r"(?:\s+[\w’'\-]+){0,6}\s*(?:\.|,(?!\s*(?:[\"“]|'')))|"
    r"(?:said|says|added|wrote|asked|continued|explained)\s+[A-Z])"
)

# a speaker and any verb after a cry or a question: '?” Clinton asks as a maintenance guy'
# (a name: 'it?" Her critics cited it' opens a sentence)
# (after "!" or "?" only: a period ends the words, and often the sentence)
_SIGNED_NEXT = re.compile(
    r"\s+(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:The|A|An|His|Her|Their|Its|It|This|That|There|But|And|So|"
    r"Then|In|On|At|As|If|When|While|After|Before)\b)(?:[A-Z][\w’'\-.]*\s+){1,3}?)\s*"
    r"[a-z]{2,}(?:ed|[^s\W’']s)\b"
    r"[^.!?;“”\"]{0,100}?(?:\.|,(?!\s*(?:[\"“]|''))|$)"
)

# the word before a period that makes it an abbreviation, not a sentence end: "Mr." "U.S."
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{'|'.join(ABBREVIATIONS)})|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$"
)
# each abbreviation opens at a word boundary, and its letters are at most the longest
# word's: after that many letters and one more, none ends ("office.", not "Capt.")
_LETTERS_BEFORE_NO_ABBREVIATION = max(map(len, ABBREVIATIONS)) + 1
# an abbreviation of several letters ("U.S." "p.m." "D.C."), which ends a sentence when a
# word that only opens one follows: "... terrorist attacks in the U.S. He says Americans"
_LETTERS_ABBREVIATION = re.compile(r"\b(?:[A-Za-z]\.)+[A-Za-z]\.$")
_OPENS_SENTENCE = re.compile(
    r"\s+(?:He|She|They|It|We|I|The|This|That|These|Those|His|Her|Their|But|And|So|Yet|Then|"
    r"There|In|On|At|After|Before|When|While|If|As)\b"
)

# two backquotes opening a quotation closed by '' ("``A,'' he said"), a typesetting habit
# of some papers and of the Penn Treebank
BACKQUOTES = "``"

_OPENERS = frozenset("“«„")
STRAIGHT = frozenset({'"', "''"})
_CLOSERS = frozenset("”»")
_NESTING = _OPENERS | STRAIGHT
# the marks QUOTE_MARK matches ("''" first: of three apostrophes it takes the first two)
_MARKS = ("''", '"', "“", "”", "«", "»", "„")


def quote_marks(text: str) -> list[tuple[int, str]]:
    """Return the quotation marks of the text as (offset, mark), in text order.

    The matches of QUOTE_MARK.finditer, found by str.find, mark by mark: the regex tries
    its branches at every character (about a hundred instructions each), str.find skips
    to the next occurrence in C. None of the marks overlaps another kind.
    """
    found: list[tuple[int, str]] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append((at, mark))
            at = text.find(mark, at + len(mark))
    found.sort()
    return found


def paragraphs(text: str) -> list[Span]:
    """Return the spans of the non-blank lines of the text (a line is a paragraph)."""
    return [m.span() for m in _LINE.finditer(text)]


def _straight_opens(text: str, pos: int) -> bool:
    """Return whether the straight quote at pos opens a quote (space or start before it)."""
    if pos == 0:
        return True
    before = text[pos - 1]
    return before.isspace() or before in "([{—–-:/"


def _typo_closer(text: str, pos: int, end: int) -> bool:
    """Return whether the “ at pos is glued to the word before it and free after it."""
    after = text[pos + 1] if pos + 1 < end else " "
    return not text[pos - 1].isspace() and after in " \t,.;:!?)["


def quotes(text: str, paras: list[Span] | None = None) -> list[Span]:
    """Return the spans of paired quotations, marks included, in text order.

    A quotation never crosses a paragraph, except that a paragraph left open by a quote
    whose next paragraph opens with a quotation mark (the newspaper convention for a
    quote running over several paragraphs) gives a span up to the end of the paragraph.
    A quotation of the other family of marks inside an open one ('"... about “Equal
    Justice” anymore."') is part of the outer one, which alone is returned.
    """
    if paras is None:
        paras = paragraphs(text)
    out: list[Span] = []
    # (the marks of the whole text, walked paragraph by paragraph: what lies between two
    # paragraphs is blank, so a mark found in the text is one of its paragraph's)
    marks = quote_marks(text)
    count = len(marks)
    i = 0
    for index, (start, end) in enumerate(paras):
        while i < count and marks[i][0] < start:
            i += 1
        if i == count:
            break
        if marks[i][0] >= end:
            continue
        opened = outer = -1
        inner: list[Span] = []
        while i < count and marks[i][0] < end:
            pos, mark = marks[i]
            i += 1
            nested = opened >= 0 and outer < 0 and _other_family(text, opened, pos, mark)
            if mark in STRAIGHT:
                is_open = (opened < 0 or nested) and _straight_opens(text, pos)
                is_close = opened >= 0 and not (nested and is_open)
            else:
                # a closing mark opening a paragraph is a typo for an opening one, and an
                # opening mark glued to a word and followed by a space, while a quotation is
                # open, is a typo for a closing one: 'her here,“ said Jim Clyburn'
                typo = mark == "“" and opened >= 0 and _typo_closer(text, pos, end)
                is_open = (mark in _OPENERS and not typo) or (pos == start and mark in _CLOSERS)
                is_close = mark in _CLOSERS or typo
            if opened >= 0 and is_close and pos != start:
                if outer >= 0:
                    inner.append((opened, pos + len(mark)))
                    opened, outer = outer, -1
                else:
                    out.append((opened, pos + len(mark)))
                    opened = -1
                    inner = []
            elif is_open:
                if nested:
                    outer = opened
                opened = pos
        if outer >= 0:
            # the inner quotation never closed: it was the outer one's closing mark, mistyped
            opened, outer = outer, -1
        if opened >= 0 and index + 1 < len(paras):
            nxt = paras[index + 1][0]
            if text[nxt] in '"“«' or text.startswith("''", nxt):
                out.append((opened, end))
                inner = []
        out.extend(inner)
    return out


def typo_closers(text: str) -> str:
    """Return the text with each “ that closes a quotation as ” (offsets unchanged).

    'her here,“ said Jim Clyburn': the rules, and the quotation marks they trim, then read
    one closing mark whatever was typed.
    """
    marks = [qe - 1 for _, qe in quotes(text) if text[qe - 1] == "“"]
    if not marks:
        return text
    chars = list(text)
    for at in marks:
        chars[at] = "”"
    return "".join(chars)


def _other_family(text: str, opened: int, pos: int, mark: str) -> bool:
    """Return whether a mark at pos opens a quotation nested in the one opened at `opened`.

    Only a mark of the other family (straight inside typographic, or the reverse) nests,
    and not right after the outer mark ('"“You don't win ...”' is a stray straight mark).
    """
    outer_straight = text[opened] == '"' or text.startswith("''", opened)
    if (mark in STRAIGHT) == outer_straight or mark not in _NESTING:
        return False
    return pos > opened + (2 if text.startswith("''", opened) else 1)


def other_ends(text: str) -> list[int]:
    """Return the offsets of the marks other than the period that open a sentence boundary
    ("!", "?", "…"), in text order (for `sentences`)."""
    found: list[int] = []
    for mark in _OTHER_ENDS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def sentences(
    text: str, start: int, end: int, protected: list[Span], others: list[int] | None = None
) -> list[Span]:
    """Return the sentence spans of text[start:end], never splitting inside a protected span.

    `others` are the text's `other_ends`, given when many paragraphs of one text are split.
    """
    out: list[Span] = []
    begin = start
    starts = [s for s, _ in protected] if protected else []
    if others is None:
        others = [start + at for at in other_ends(text[start:end])]
    at = bisect_left(others, start)
    boundary = _BOUNDARY if at < len(others) and others[at] < end else _PERIOD_BOUNDARY
    for m in boundary.finditer(text, start, end):
        cut = m.end()
        if cut <= begin:
            continue
        dot = m.start()
        if (
            text[dot] == "."
            and not (
                dot >= _LETTERS_BEFORE_NO_ABBREVIATION
                and text[dot - _LETTERS_BEFORE_NO_ABBREVIATION : dot].isalpha()
            )
            and _ABBREVIATION.search(text, max(begin, dot - 12), dot + 1)
            and not (
                _LETTERS_ABBREVIATION.search(text, max(begin, dot - 12), dot + 1)
                and _OPENS_SENTENCE.match(text, cut, end)
            )
        ):
            continue
        if text[cut - 1] in "\"”'" and (
            _ATTRIBUTION_NEXT.match(text, cut, end)
            or (text[cut - 2] in "!?" and _SIGNED_NEXT.match(text, cut, end))
        ):
            # '“... missing.” Trump said.' is one sentence: the quote and its attribution
            continue
        i = bisect_right(starts, cut - 1) - 1
        if i >= 0 and protected[i][0] < cut < protected[i][1]:
            continue
        out.append((begin, cut))
        # the next sentence starts after the spaces the boundary reads ahead
        begin = m.end("space")
    if begin < end:
        out.append((begin, end))
    return out


def quotes_closed(text: str, start: int, end: int) -> bool:
    """Return whether every quotation opened in text[start:end] is closed there too (curly,
    straight and doubled marks, each counted apart)."""
    piece = text[start:end]
    return (
        piece.count("“") <= piece.count("”")
        and piece.count('"') % 2 == 0
        and piece.count("''") % 2 == 0
    )


def holds_any(text: str, marks: tuple[str, ...], start: int, end: int) -> bool:
    """Return whether one of the marks stands in text[start:end].

    One bounded find per mark, in turn, stopping at the first found: a cheap test before a
    regex that needs one of them (a search costs several finds at least).
    """
    for mark in marks:
        if text.find(mark, start, end) >= 0:
            return True
    return False


def ends_with_colon(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] ends with a colon, trailing whitespace aside."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] == ":"


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n") -> Span:
    """Return the span with the given characters removed from both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def alternation(words: Iterable[str]) -> str:
    """Return a regex matching any of the words, as a trie ("sa(?:id|ys)"), spaces as \\s+.

    Python's re tries the branches of a flat alternation one by one at every position;
    a trie shares prefixes, which makes a cue lexicon of hundreds of words about five
    times faster to scan.
    """
    return _trie_pattern(_trie(words))


# the lower-case letters by how often a word of running text starts with them ("the", "to",
# "a", "and", "said"): re asks a branch's choices in their order
_INITIALS = "tasoiwchpfbmrdelnguvyjkqxz"
# a whole word's end: no word character or "-" after it
_WORD_END = r"(?![\w\-])"


def word_alternation(words: Iterable[str]) -> str:
    """Return a regex matching what `(?:alternation(words))(?![\\w\\-])` matches, cheaper where
    it fails: at a word's start that starts none of the words (nearly every word of a text).

    re asks every branch of an alternation before it fails: at each word, all the trie's
    first letters (some fifty), after the one that started it failed. Here that letter's
    branch ends the choice: inside a longer word it matches nothing (`\\B`), the atomic group
    keeps re from asking the other branches, and the `\\b` after it fails. Both read ASCII
    word characters only (a Unicode one costs a lookup in its tables): after a first letter
    that a letter beyond ASCII follows ("té"), re asks the other branches as before. Words
    that end with no ASCII letter or digit, where `\\b` would not hold, get the plain pattern.
    """
    words = list(words)
    if not all(word[-1:].isascii() and word[-1:].isalnum() for word in words):
        return f"(?:{alternation(words)}){_WORD_END}"
    trie = _trie(words)
    branches = []
    for ch in sorted((ch for ch in trie if ch), key=_initial_rank):
        node = trie[ch]
        # the next characters' branches each with the word's end after it (re asks them
        # by their first character), then the first letter's own word, if it is one
        choices = [
            _trie_char(nxt) + _trie_pattern(child) + _WORD_END
            for nxt, child in sorted(node.items())
            if nxt
        ]
        if "" in node:
            choices.append(_WORD_END)
        if ch.isascii() and ch.isalnum():
            # a longer word with this first letter: the choice is over
            choices.append(r"(?a:\B)")
        body = choices[0] if len(choices) == 1 else "(?:" + "|".join(choices) + ")"
        branches.append(re.escape(ch) + body)
    return r"(?>(?:" + "|".join(branches) + r"))(?a:\b)"


def _initial_rank(ch: str) -> tuple[bool, int, str]:
    """Return where a first letter's branch stands: lower case first, by `_INITIALS`."""
    return not ch.islower(), _INITIALS.find(ch.lower()), ch


# the letters that Python's re, ignoring case, takes for each lower-case ASCII letter:
# its capital, and for three of them a Unicode letter ("ı", "ſ", the Kelvin sign K)
_CASELESS = {c: c + c.upper() for c in "abcdefghijklmnopqrstuvwxyz"} | {
    "i": "iIİı",
    "k": "kK\u212a",
    "s": "sSſ",
}
# how many letters of each word caseless_alternation spells out in each case
_CASED_LETTERS = 2


def caseless_alternation(words: Iterable[str]) -> str:
    """Return a regex matching what `(?i:alternation(words))` matches (lower-case letters in
    either case), as a trie whose first letters are spelled out in each case.

    re enters a branch that opens with a letter ignoring case to test it, at every position
    it tries the trie; one that opens with a literal or a class it skips at once where that
    does not hold. A class it tests through a call, and one of "s", "i" or "k" (with its
    Unicode letter) through a table of some seventy words: a branch per case ("s", "S", the long s,
    each with the rest of the trie after it) is the cheapest, and the first two letters are
    where re is at each word. The letters after those are `(?i:...)`.
    """
    return _trie_pattern(_trie(words), _CASED_LETTERS)


def _trie(words: Iterable[str]) -> dict[str, Any]:
    """Return the words as a trie: a dict per node, keyed by character, "" ending a word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_char(ch: str) -> str:
    """Return the regex of one character of a trie: a space as any run of spaces."""
    return r"\s+" if ch == " " else re.escape(ch)


def _trie_pattern(node: dict[str, Any], cased: int | None = None) -> str:
    """Return the regex of one trie node; with `cased`, lower-case letters match in either
    case, spelled out one branch per case for that many levels, then as (?i:...)."""
    if not node or list(node) == [""]:
        return ""
    branches: list[str] = []
    for ch, child in sorted(node.items()):
        if not ch:
            continue
        rest = _trie_pattern(child, None if cased is None else max(cased - 1, 0))
        if ch == " " or cased is None or ch not in _CASELESS:
            branches.append(_trie_char(ch) + rest)
        elif cased > 0:
            branches.extend(re.escape(variant) + rest for variant in _CASELESS[ch])
        else:
            branches.append(f"(?i:{ch})" + rest)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
