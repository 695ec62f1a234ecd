"""The vocabularies of claims and links: plain enums, cheap to import (no pydantic)."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """Whether a claim is or contains quoted words, or is reported speech."""

    DIRECT = "direct"
    REPORTED = "reported"


class Stance(StrEnum):
    """What the speaker does with the claim's content."""

    ASSERTS = "asserts"
    DENIES = "denies"
    CONFIRMS = "confirms"
    DECLINES = "declines"


class Relation(StrEnum):
    """How a responding claim relates to the claim it responds to."""

    REPEATS = "repeats"
    CONFIRMS = "confirms"
    DENIES = "denies"
    DECLINES = "declines"
    REPORTS = "reports"


class Status(StrEnum):
    """Where a tracked claim stands after every answer to it."""

    CONFIRMED = "confirmed"  # confirmed, never denied
    DISPUTED = "disputed"  # both confirmed and denied
    DENIED = "denied"  # denied, never confirmed
    UNCONFIRMED = "unconfirmed"  # neither


class TrackOrder(StrEnum):
    """The orders tracked claims are listed in."""

    CONTESTED = "contested"  # disputed, then denied, confirmed, unconfirmed; most answers first
    SOURCES = "sources"  # most distinct sources first
    DENIALS = "denials"  # most denials first
    NEWEST = "newest"  # latest member's date first
    OLDEST = "oldest"  # earliest first assertion first


class InputFormat(StrEnum):
    """How to read an input whatever its name: for standard input and files with odd names."""

    TXT = "txt"
    MD = "md"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"

    @property
    def suffix(self) -> str:
        """Return the file suffix that means this format."""
        return "." + self.value


# the members by value, for rows read back in bulk: a dict lookup (calling an enum runs its
# metaclass's __call__)
KIND_OF: dict[str, Kind] = {k.value: k for k in Kind}
STANCE_OF: dict[str, Stance] = {s.value: s for s in Stance}

__all__ = [
    "KIND_OF",
    "STANCE_OF",
    "InputFormat",
    "Kind",
    "Relation",
    "Stance",
    "Status",
    "TrackOrder",
]
