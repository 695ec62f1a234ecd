"""Hard-wrapped text (e-mail and wire copy cut at 72 columns): line breaks that are spaces.

In wrapped copy a newline inside a paragraph is only where the line ran out, and the
extractor must read "called\\nfor" as "called for". `unwrap` returns the text with those
soft line breaks turned into spaces, one character for one, so that every offset found
in the unwrapped text is an offset of the original.
"""

from __future__ import annotations

import re

# a non-blank line: "in a speech on"
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# the first word of a line: "Tuesday," in "Tuesday, that he"
_FIRST_WORD = re.compile(r"[ \t]*\S*")

# the end of a line that runs on (a word or a comma, not a full stop or a quote): "called"
_RUNS_ON = re.compile(r"[\w,;]")
# a wrapped text has lines no longer than this (wire copy is 64 to 80 columns), and no
# shorter: short lines of verse or a list are lines
_MAX_WIDTH = 160
_MIN_WIDTH = 30
# and most of its lines (those followed by another one) near the width
_FULL_SHARE = 0.6
_FULL_FRACTION = 0.7
# at least this many line breaks inside paragraphs to call a text wrapped
_MIN_BREAKS = 3
# a wrapper may leave a word a couple of columns short of the width (tabs, trailing spaces)
_SLACK = 2


def unwrap(text: str) -> str:
    """Return the text with the soft line breaks of hard-wrapped paragraphs made spaces.

    A break is soft when the line before it runs on into a lower-case word ("called" /
    "for"), or when the text is wrapped (most lines end near one width, no line far
    longer) and the first word of the next line would not have fitted on the line: a
    wrapper breaks only there. A short line ending a paragraph stays a line. A text with
    no soft break comes back as it is (the same object).
    """
    if "\n" not in text:
        return text
    last = len(text.rstrip())
    if text.count("\n", 0, last) == 2 * text.count("\n\n", 0, last):
        # each line break before the last line doubled (a blank line between paragraphs, as
        # in most texts): no two lines stand with a single break between them (two counts
        # in C, where reading the lines costs a match and a slice each)
        return text
    return _unwrap_lines(text)


def _unwrap_lines(text: str) -> str:
    """Return `unwrap(text)`, read line by line."""
    lines = [m.span() for m in _LINE.finditer(text)]
    # pairs of lines with a single line break between them ("\n" or "\r\n")
    joined = [
        i
        for i in range(len(lines) - 1)
        if text[lines[i][1] : lines[i + 1][0]].strip(" \t\r") == "\n"
    ]
    if not joined:
        return text
    width = _width(text, lines, joined)
    soft: list[int] = []
    for i in joined:
        (a, b), nxt = lines[i], lines[i + 1][0]
        if width:
            word = _FIRST_WORD.match(text, nxt)
            word_len = len(word.group().strip()) if word is not None else 0
            if (b - a) + 1 + word_len > width - _SLACK:
                soft.append(i)
                continue
        if _RUNS_ON.match(text, b - 1) and text[nxt].islower():
            soft.append(i)
    if not soft:
        return text
    chars = list(text)
    for i in soft:
        for k in range(lines[i][1], lines[i + 1][0]):
            if chars[k] in "\r\n":
                chars[k] = " "
    return "".join(chars)


def _width(text: str, lines: list[tuple[int, int]], joined: list[int]) -> int:
    """Return the width a text is wrapped at, or 0 when it does not look wrapped."""
    if len(joined) < _MIN_BREAKS:
        return 0
    lengths = sorted(b - a for a, b in lines)
    # a high percentile, so that one long unbreakable URL does not set the width
    width = lengths[(len(lengths) * 19) // 20]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH or lengths[-1] > 2 * _MAX_WIDTH:
        return 0
    full = sum(1 for i in joined if lines[i][1] - lines[i][0] >= width * _FULL_FRACTION)
    return width if full >= len(joined) * _FULL_SHARE else 0


def hard_wrap(text: str, width: int = 72) -> str:
    """Return the text hard-wrapped at `width` columns, a space made a newline at each break.

    The inverse of `unwrap`, for tests and benchmarks: unlike textwrap it neither drops nor
    adds whitespace, so the offsets of the wrapped copy are those of the text.
    """
    out = list(text)
    line_start = 0
    last_space = -1
    for i, ch in enumerate([*text, "\n"]):
        if ch not in " \n":
            continue
        if i - line_start > width and last_space > line_start:
            # the word ending here does not fit: break at the space before it
            out[last_space] = "\n"
            line_start = last_space + 1
        if ch == "\n":
            line_start, last_space = i + 1, -1
        else:
            last_space = i
    return "".join(out)
