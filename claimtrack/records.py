"""The records the commands print, one model per record type, and their published JSON Schemas.

`claimtrack schema claim|link|track` prints these schemas; `claims` and `extract` print
claim records, `links` link records and `track` track records, exactly as described here.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from claimtrack.enums import Kind, Stance, Status
from claimtrack.models import Claim, Link, Span

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class ClaimRecord(Claim):
    """A claim as `claims` and `extract` print it: the claim and its article's metadata."""

    source: str | None = Field(description="the article's outlet or publisher")
    title: str | None = Field(description="the article's title")
    published: date | None = Field(description="the article's publication date")
    url: str | None = Field(description="the article's URL")


class LinkRecord(Link):
    """A link as `links` prints it: the link, and who said what at each end."""

    from_speaker: str | None
    from_text: str | None
    from_article: str | None
    to_speaker: str | None
    to_text: str | None
    to_article: str | None


class Role(StrEnum):
    """What a member of a tracked claim does: the first assertion, or its relation."""

    ASSERTS = "asserts"
    REPEATS = "repeats"
    CONFIRMS = "confirms"
    DENIES = "denies"
    DECLINES = "declines"
    REPORTS = "reports"


class MemberRecord(BaseModel):
    """One claim of a tracked claim, what it does, and where it was found."""

    model_config = _FROZEN

    id: str = Field(description="id of the claim")
    relation: Role
    to: str | None = Field(description="id of the claim it answers or repeats")
    score: float | None = Field(description="the link's score; null for the first assertion")
    speaker: str | None
    stance: Stance
    text: str
    span: Span
    article: str = Field(description="id of the article")
    path: str | None
    source: str | None
    title: str | None
    url: str | None
    published: date | None


class Counts(BaseModel):
    """How many members have each relation."""

    model_config = _FROZEN

    repeats: int
    confirms: int
    denies: int
    declines: int
    reports: int


class TrackRecord(BaseModel):
    """A tracked claim as `track` prints it: its first assertion, status, and every member."""

    model_config = _FROZEN

    id: str = Field(description="id of the first assertion")
    text: str
    proposition: str = Field(
        description="what the group says: the text of the member whose words are most the"
        " group's (the first assertion for groups of one or two)"
    )
    proposition_id: str = Field(description="id of the member whose text is the proposition")
    speaker: str | None
    span: Span
    status: Status
    sources: int = Field(description="distinct sources (or paths) among the members")
    articles: int = Field(description="distinct articles among the members")
    article: str = Field(description="id of the first assertion's article")
    path: str | None
    source: str | None
    title: str | None
    url: str | None
    published: date | None
    counts: Counts
    members: list[MemberRecord]


RECORDS: dict[str, type[BaseModel]] = {
    "claim": ClaimRecord,
    "link": LinkRecord,
    "track": TrackRecord,
}


def schema(kind: str) -> dict[str, Any]:
    """Return the published JSON Schema of a record type: claim, link or track."""
    return RECORDS[kind].model_json_schema(mode="serialization", by_alias=True)


def fields(kind: str) -> tuple[str, ...]:
    """Return the top-level field names of a record type, in output order."""
    model = RECORDS[kind]
    return tuple(f.alias or name for name, f in model.model_fields.items())


__all__ = [
    "RECORDS",
    "ClaimRecord",
    "Counts",
    "Kind",
    "LinkRecord",
    "MemberRecord",
    "Role",
    "Status",
    "TrackRecord",
    "fields",
    "schema",
]
