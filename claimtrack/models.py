"""The data claimtrack works with: articles, the claims found in them, and links."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from claimtrack.enums import Kind, Relation, Stance

Span = tuple[int, int]


def content_hash(*parts: str, size: int = 8) -> str:
    """Return a short hex blake2b digest of the parts, stable on every run and machine."""
    # one encoding of the parts each followed by the separator (the same bytes as one
    # update per part and separator, at a third of the calls: claim ids are made per claim)
    joined = "\x1f".join(parts) + "\x1f" if parts else ""
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=size).hexdigest()


_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Article(BaseModel):
    """One news article: its text exactly as read, and what is known about it."""

    model_config = _FROZEN

    id: str = Field(description="content hash of the text")
    text: str
    title: str | None = None
    source: str | None = Field(default=None, description="outlet or publisher")
    url: str | None = None
    published: date | None = None
    path: str | None = Field(default=None, description="input path as given; null for stdin")

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: date | None = None,
        path: str | None = None,
    ) -> Article:
        """Return an article whose id is the hash of its text."""
        return cls(
            id=article_id(text),
            text=text,
            title=title,
            source=source,
            url=url,
            published=published,
            path=path,
        )


def article_id(text: str) -> str:
    """Return the id of an article with this text."""
    return content_hash(text)


def claim_id(article: str, span: Span) -> str:
    """Return the id of the claim at this span of this article: `content_hash(article,
    str(span[0]), str(span[1]))`, its bytes written at once (an id is made per claim)."""
    joined = f"{article}\x1f{span[0]}\x1f{span[1]}\x1f"
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


class Claim(BaseModel):
    """Something a speaker said, as found in one article."""

    model_config = _FROZEN

    id: str = Field(description="hash of the article id and the span")
    article: str = Field(description="id of the article it came from")
    path: str | None = Field(description="input path as given; null for stdin")
    speaker: str | None = Field(description="canonical name of who makes the claim")
    speaker_mention: str | None = Field(description="the words at this claim that name the speaker")
    speaker_span: Span | None = Field(description="[start, end] of the mention in the article")
    cue: str | None = Field(description="the reporting words")
    cue_span: Span | None = Field(description="[start, end] of the cue in the article")
    kind: Kind
    stance: Stance
    text: str = Field(description="the claim's content, exactly as in the article")
    span: Span = Field(description="[start, end] of the content in the article")


_set = object.__setattr__


def built_claim(values: dict[str, Any]) -> Claim:
    """Return the claim `Claim.model_construct(**values)` returns, for values of every field
    in their order, without its walk over each field's aliases and defaults (3x faster; the
    extractor builds every claim this way and the store every claim it reads back;
    tests/test_extract_speed.py and tests/test_queries.py hold the two equal)."""
    claim = Claim.__new__(Claim)
    _set(claim, "__dict__", values)
    _set(claim, "__pydantic_fields_set__", set(values))
    _set(claim, "__pydantic_extra__", None)
    _set(claim, "__pydantic_private__", None)
    return claim


class Link(BaseModel):
    """A responding claim's relation to an earlier claim."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    id: str = Field(description="hash of from, to and relation")
    from_: str = Field(alias="from", description="id of the responding claim")
    to: str = Field(description="id of the claim it responds to")
    relation: Relation
    score: float = Field(ge=0.0, le=1.0)


def link_id(from_: str, to: str, relation: Relation) -> str:
    """Return the id of a link."""
    return content_hash(from_, to, relation.value)


__all__ = [
    "Article",
    "Claim",
    "Kind",
    "Link",
    "Relation",
    "Span",
    "Stance",
    "article_id",
    "claim_id",
    "content_hash",
    "link_id",
]
