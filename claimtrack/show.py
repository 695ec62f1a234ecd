"""What `show` shows: one claim in its paragraph with its article and links, or one article.

The data is assembled here, from the store; the command line only lays it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimtrack.store import ClaimFilter, Store

# Where a sentence ends: "... true.” Peskov", "stupid.\n", a paragraph break.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”\u2019')\]]*\s+|\n\s*")
# Where a paragraph ends: a blank line (or, in a text without any, a line break).
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
# The most characters of context around a claim, on each side, when its paragraph is longer.
CONTEXT_CHARS = 600


class ShowError(LookupError):
    """No claim or article, or several, have the id given; the message is one line for people."""


@dataclass(frozen=True, slots=True)
class Context:
    """The passage around a claim: its text, where it lies in the article, and the marked spans."""

    text: str
    start: int  # offset of the passage in the article
    end: int
    claim: tuple[int, int]  # the claim's span, relative to the passage
    speaker: tuple[int, int] | None  # the speaker mention's span, relative to the passage
    cue: tuple[int, int] | None

    def record(self) -> dict[str, Any]:
        """Return the passage as a JSON object: text, span in the article, spans in the text."""
        return {
            "text": self.text,
            "span": [self.start, self.end],
            "claim_span": list(self.claim),
            "speaker_span": list(self.speaker) if self.speaker else None,
            "cue_span": list(self.cue) if self.cue else None,
        }


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One claim in full: its record, its article's metadata, its paragraph and its links."""

    claim: dict[str, Any]
    article: dict[str, Any]
    context: Context
    links: list[dict[str, Any]]

    def record(self) -> dict[str, Any]:
        """Return the view as one JSON object."""
        return {
            "claim": self.claim,
            "article": self.article,
            "context": self.context.record(),
            "links": self.links,
        }


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article in full: its metadata, its text and its claims."""

    article: dict[str, Any]
    text: str
    claims: list[dict[str, Any]]

    def record(self) -> dict[str, Any]:
        """Return the view as one JSON object (the text inside the article object)."""
        return {"article": {**self.article, "text": self.text}, "claims": self.claims}


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence(s) holding text[start:end], at most CONTEXT_CHARS around."""
    window = max(0, start - CONTEXT_CHARS)
    lo = window
    for before in _SENTENCE_BREAK.finditer(text, window, start):
        lo = before.end()
    after = _SENTENCE_BREAK.search(text, end, min(len(text), end + CONTEXT_CHARS))
    hi = (
        after.start() + len(after.group().rstrip())
        if after
        else min(len(text), end + CONTEXT_CHARS)
    )
    return lo, max(hi, end)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the paragraph(s) holding text[start:end].

    Paragraphs end at blank lines (at line breaks in a text without blank lines). A
    paragraph longer than CONTEXT_CHARS on either side is cut to the claim's sentences.
    """
    brk = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    lo = 0
    for before in brk.finditer(text, 0, start):
        lo = before.end()
    after = brk.search(text, end)
    hi = after.start() if after else len(text.rstrip())
    hi = max(hi, end)
    if start - lo > CONTEXT_CHARS or hi - end > CONTEXT_CHARS:
        s_lo, s_hi = sentence_bounds(text, start, end)
        lo, hi = max(lo, s_lo), min(hi, s_hi)
    return lo, max(hi, end)


def article_record(store: Store, article_id: str) -> dict[str, Any]:
    """Return the metadata of a stored article as a JSON object."""
    meta = store.article_meta([article_id])[article_id]
    return {
        "id": meta.id,
        "title": meta.title,
        "source": meta.source,
        "url": meta.url,
        "published": meta.published.isoformat() if meta.published else None,
        "path": meta.path,
    }


def show(store: Store, ref: str) -> ClaimView | ArticleView:
    """Return the claim or article an id, a unique id prefix or an article path names."""
    found = store.find(ref)
    if not found:
        raise ShowError(f"no claim or article has an id (or path) {ref!r}")
    if len(found) > 1:
        raise ShowError(
            f"{ref!r} is ambiguous: {len(found)} claims or articles match; give more of the id"
        )
    what, ident = found[0]
    return claim_view(store, ident) if what == "claim" else article_view(store, ident)


def claim_view(store: Store, claim_id: str) -> ClaimView:
    """Return one claim with its article, its paragraph and its links (to whom, saying what)."""
    record = store.claim_records_by_id([claim_id])[0]
    links = list(store.iter_links(claim=claim_id))
    others = {
        r["id"]: r
        for r in store.claim_records_by_id(
            [x.to if x.from_ == claim_id else x.from_ for x in links]
        )
    }
    link_records = []
    for link in links:
        other = others.get(link.to if link.from_ == claim_id else link.from_, {})
        link_records.append(
            {
                **link.model_dump(mode="json", by_alias=True),
                "direction": "responds to" if link.from_ == claim_id else "responded to by",
                "other": {
                    k: other.get(k) for k in ("id", "speaker", "stance", "text", "source", "path")
                },
            }
        )
    article = store.get_article(record["article"])
    if article is None:  # deleted meanwhile
        raise ShowError(f"the article of claim {claim_id} is gone")
    spans = [tuple(record["span"])] + [
        tuple(s) for s in (record["speaker_span"], record["cue_span"]) if s
    ]
    lo, hi = paragraph_bounds(article.text, min(s[0] for s in spans), max(s[1] for s in spans))

    def rel(span: list[int] | None) -> tuple[int, int] | None:
        return (span[0] - lo, span[1] - lo) if span else None

    claim_span = rel(record["span"])
    assert claim_span is not None
    context = Context(
        article.text[lo:hi],
        lo,
        hi,
        claim_span,
        rel(record["speaker_span"]),
        rel(record["cue_span"]),
    )
    return ClaimView(record, article_record(store, record["article"]), context, link_records)


def article_view(store: Store, article_id: str) -> ArticleView:
    """Return one article with its text and its claims in text order."""
    article = store.get_article(article_id)
    if article is None:
        raise ShowError(f"no article {article_id}")
    claims = list(store.claim_records(ClaimFilter(article=article_id)))
    return ArticleView(article_record(store, article_id), article.text, claims)


__all__ = [
    "ArticleView",
    "ClaimView",
    "Context",
    "ShowError",
    "article_view",
    "claim_view",
    "paragraph_bounds",
    "sentence_bounds",
    "show",
]
