"""An HTML page made cheap to extract: what never holds article text is cut out first.

Scripts, styles, comments and inline images (data URIs) can be most of a saved page (a
4 MB page may be a 3 MB base64 image); the main-content extractor would walk them all.
They are cut here in one linear pass over the bytes, and the page is then measured: how
much markup is left, and about how much text it holds, set its budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Elements whose content is never article text, cut with their content: the opening tag
# "<script src=x>", "<STYLE>", "<svg viewBox=...>" (bytes, matched on a lower-cased copy).
_CUT_OPEN = re.compile(rb"<(script|style|noscript|svg|template|iframe|object)\b[^<>]*>")
# Structured metadata, kept when small: <script type="application/ld+json">{...}</script>
_LD_JSON = b"ld+json"
LD_JSON_MAX = 64_000
# An inline resource in an attribute or a style: src="data:image/png;base64,iVBOR..."
_DATA_URI = re.compile(rb"data:[^\"'\s)>]{64,}")
# A run of empty paragraphs and line breaks, kept as one: "<p><p><p>", "<br/> <br/>", "<p></p>"
# (at most 500 a match: a longer one grows the matcher's stack, costing more than linear).
_EMPTY_RUN = re.compile(rb"(?:<(?:p|br)\b[^<>]*>\s*(?:</p\s*>\s*)?){8,500}", re.IGNORECASE)
# Any tag, to estimate the text: "<p class=x>", "</div>"
_TAG = re.compile(rb"<[^<>]*>")
# Runs of blanks and character references that are blanks: "  \n", "&nbsp;"
_BLANK = re.compile(rb"(?:\s|&nbsp;|&#160;)+")

# A page with more markup than this, once pruned, is not a news article.
MAX_MARKUP = 4_000_000
# Seconds the extractor may take on a page: a base, plus a share for each 10,000 characters
# of text (normal pages take well under a second).
BASE_SECONDS = 3.0
SECONDS_PER_10K_CHARS = 1.0
MAX_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Pruned:
    """A page with its never-text parts cut, the size of its text, and its time budget."""

    markup: bytes
    text_chars: int
    seconds: float


def prune(data: bytes) -> Pruned:
    """Return the page without scripts, styles, comments, data URIs and runs of empty paragraphs, measured."""
    markup = _DATA_URI.sub(b"data:,", _cut_elements(_cut_comments(data)))
    markup = _EMPTY_RUN.sub(b"<p>", markup)
    text_chars = len(_BLANK.sub(b" ", _TAG.sub(b" ", markup)).strip())
    seconds = min(MAX_SECONDS, BASE_SECONDS + SECONDS_PER_10K_CHARS * text_chars / 10_000)
    return Pruned(markup, text_chars, seconds)


def _cut_comments(data: bytes) -> bytes:
    """Return the bytes without <!-- comments --> (an unclosed one runs to the end)."""
    parts: list[bytes] = []
    pos = 0
    while (start := data.find(b"<!--", pos)) >= 0:
        parts.append(data[pos:start])
        end = data.find(b"-->", start + 4)
        pos = len(data) if end < 0 else end + 3
    parts.append(data[pos:])
    return b"".join(parts)


def _cut_elements(data: bytes) -> bytes:
    """Return the bytes without the never-text elements and their content."""
    lower = data.lower()  # ASCII only: the same length, so offsets hold in both
    parts: list[bytes] = []
    pos = 0
    while (m := _CUT_OPEN.search(lower, pos)) is not None:
        name = m.group(1)
        close = lower.find(b"</" + name, m.end())
        end = len(data) if close < 0 else lower.find(b">", close)
        end = len(data) if end < 0 else end + 1
        keep = (
            name == b"script"
            and _LD_JSON in m.group(0)
            and close >= 0
            and close - m.end() <= LD_JSON_MAX
        )
        parts.append(data[pos : end if keep else m.start()])
        pos = end
    parts.append(data[pos:])
    return b"".join(parts)


__all__ = ["MAX_MARKUP", "Pruned", "prune"]
