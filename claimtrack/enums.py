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


__all__ = ["Kind", "Relation", "Stance"]
