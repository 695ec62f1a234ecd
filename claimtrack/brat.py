"""Read brat standoff annotations of attributions, as laid out in PolNeAR.

A `.ann` file holds `T` lines (text-bound spans) and `E` lines (events tying spans
together). In PolNeAR one attribution is an event whose trigger is an `Attribution`
(or `Attribution-no-source`) span and whose arguments are its `Source`, `Cue` and
`Content` spans (a second piece of content is `Content2`):

    T1<TAB>Source 89 106<TAB>The New York Post
    T3<TAB>Content 115 150;160 211<TAB>that Hillary ... wraps.
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1

Offsets are character offsets into the article text read as UTF-8.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

Segment = tuple[int, int]

# A text-bound line: "T3\tContent 120 150;160 211\tthe text"
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$")
# An event line: "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
# One event argument: "Content2:T22"
_ARG = re.compile(r"^([^:\s]+):([TE]\d+)$")
# The start of any brat annotation line: "T3\t", "E1\t", "#1\t", "*\t"
_ANY_LINE = re.compile(r"^(?:[TEARNM#]\d*|\*)\t")
# Role names with an optional number: "Content", "Content2", "Source"
_ROLE = re.compile(r"^(Content|Source|Cue)\d*$")
# Characters that mark quoted words: straight and curly double quotation marks, guillemets.
QUOTE_MARKS = frozenset('"“”«»„')
# The doubled apostrophe some papers (the New York Times) write for both quotation marks,
# and the two backquotes others open a quotation with.
DOUBLED_QUOTE = "''"
BACKQUOTES = "``"


@dataclass(frozen=True)
class TextBound:
    """One `T` line: a typed span, possibly in several segments, and the text brat stored."""

    id: str
    type: str
    segments: tuple[Segment, ...]
    text: str


@dataclass(frozen=True)
class Attribution:
    """One attribution: the segments of its content, source and cue (empty when absent)."""

    id: str
    content: tuple[Segment, ...]
    source: tuple[Segment, ...] = ()
    cue: tuple[Segment, ...] = ()

    def content_text(self, article: str, joiner: str = " … ") -> str:
        """Return the content's words from the article, segments joined by `joiner`."""
        return joiner.join(article[s:e] for s, e in merge(self.content))

    def source_text(self, article: str) -> str:
        """Return the source's words from the article (empty when there is no source)."""
        return " ".join(article[s:e] for s, e in merge(self.source))

    def is_direct(self, article: str) -> bool:
        """Return True when the content holds a double quotation mark (or a doubled '')."""
        return any(
            DOUBLED_QUOTE in article[s:e]
            or BACKQUOTES in article[s:e]
            or any(ch in QUOTE_MARKS for ch in article[s:e])
            for s, e in self.content
        )


@dataclass(frozen=True)
class Annotation:
    """The attributions of one `.ann` file, with a count of what did not fit the article."""

    path: str
    attributions: tuple[Attribution, ...]
    textbounds: int = 0
    mismatches: tuple[str, ...] = field(default=())
    problems: tuple[str, ...] = field(default=())


def merge(segments: Iterable[Segment]) -> list[Segment]:
    """Return the segments sorted, with overlapping or touching ones merged."""
    out: list[Segment] = []
    for s, e in sorted(segments):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def length(segments: Sequence[Segment]) -> int:
    """Return how many characters merged segments cover."""
    return sum(e - s for s, e in segments)


def overlap(segments: Sequence[Segment], start: int, end: int) -> int:
    """Return how many characters of merged segments lie inside [start, end)."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in segments)


def parse_ann(ann: str, article: str, path: str = "") -> Annotation:
    """Return the attributions in the text of a `.ann` file, checked against the article."""
    bounds: dict[str, TextBound] = {}
    problems: list[str] = []
    events: list[tuple[int, str, str]] = []
    last: TextBound | None = None
    for number, line in enumerate(ann.splitlines(), 1):
        if last is not None and not _ANY_LINE.match(line):
            # The stored text of a span that crosses a newline runs on over the next lines.
            last = bounds[last.id] = replace(last, text=f"{last.text}\n{line}")
            continue
        last = None
        if not line.strip() or line[0] in "#ARNM*":
            # Notes, attributes, relations and normalisations say nothing about spans.
            continue
        if m := _T_LINE.match(line):
            segments = tuple(
                (int(a), int(b)) for a, b in (pair.split() for pair in m.group(3).split(";"))
            )
            last = bounds[m.group(1)] = TextBound(m.group(1), m.group(2), segments, m.group(4))
        elif m := _E_LINE.match(line):
            events.append((number, m.group(1), m.group(2)))
        else:
            problems.append(f"line {number}: not a brat T or E line")
    mismatches = [
        f"{b.id} {b.type} {';'.join(f'{s} {e}' for s, e in b.segments)}"
        for b in bounds.values()
        if not _fits(b, article)
    ]
    attributions: list[Attribution] = []
    for number, eid, body in events:
        roles: dict[str, list[Segment]] = {"Content": [], "Source": [], "Cue": []}
        ok = True
        for arg in body.split()[1:]:
            am = _ARG.match(arg)
            role = _ROLE.match(am.group(1)) if am else None
            if am is None:
                problems.append(f"line {number}: bad event argument {arg!r}")
                ok = False
            elif role is None:
                continue  # a role this scoring does not use
            elif am.group(2) not in bounds:
                problems.append(f"line {number}: {eid} refers to unknown {am.group(2)}")
                ok = False
            else:
                roles[role.group(1)].extend(bounds[am.group(2)].segments)
        if ok and roles["Content"]:
            attributions.append(
                Attribution(
                    eid,
                    tuple(merge(roles["Content"])),
                    tuple(merge(roles["Source"])),
                    tuple(merge(roles["Cue"])),
                )
            )
    return Annotation(path, tuple(attributions), len(bounds), tuple(mismatches), tuple(problems))


def _fits(bound: TextBound, article: str) -> bool:
    """Return True when the span lies in the article and its stored text matches it."""
    if any(not 0 <= s <= e <= len(article) for s, e in bound.segments):
        return False
    # brat joins the pieces of a discontinuous span with one space, and a .ann line
    # cannot hold a newline, so whitespace is compared loosely.
    actual = " ".join(article[s:e] for s, e in bound.segments)
    return " ".join(actual.split()) == " ".join(bound.text.split())


def read_ann(path: Path, article: str) -> Annotation:
    """Return the attributions of a `.ann` file (read as UTF-8), checked against the article."""
    return parse_ann(path.read_text(encoding="utf-8-sig"), article, str(path))


__all__ = [
    "QUOTE_MARKS",
    "Annotation",
    "Attribution",
    "Segment",
    "TextBound",
    "length",
    "merge",
    "overlap",
    "parse_ann",
    "read_ann",
]
