"""Text from articles and file names made safe to show on a terminal.

An article, or a file name, may hold escape sequences that set the window title, clear the
screen or colour what follows, and bidirectional controls that reorder what is shown. In
tables, warnings and `show`, each such character is shown as its escape (`\\x1b`,
`\\u202e`), so that what is on screen is what is in the text; JSON output keeps the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported when a styled text is made, not for plain escaping
    from rich.text import Text

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a CSI on some terminals), and
# the bidirectional controls of "Trojan source" text: "\x1b]0;title\x07", "\x1b[2J", "\u202e".
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """Return the text with every terminal control character shown as its escape."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape, text)


def printable_text(text: str, marks: Sequence[tuple[int, int, str]] = ()) -> Text:
    """Return a rich Text of the text made printable, with styles on (start, end) spans of the original."""
    from rich.text import Text

    cuts = sorted({0, len(text), *(i for s, e, _ in marks for i in (s, e) if 0 <= i <= len(text))})
    moved: dict[int, int] = {0: 0}
    pieces: list[str] = []
    for lo, hi in pairwise(cuts):
        pieces.append(printable(text[lo:hi]))
        moved[hi] = moved[lo] + len(pieces[-1])
    shown = Text("".join(pieces))
    for start, end, style in marks:
        if start in moved and end in moved:
            shown.stylize(style, moved[start], moved[end])
    return shown


__all__ = ["printable", "printable_text"]
