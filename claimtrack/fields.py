"""The fields of each record type the commands print, in output order (no pydantic needed).

claimtrack.records builds the published schemas; a test keeps the two in step. These
name the CSV header of an empty listing and are cheap to import at start-up.
"""

from __future__ import annotations

CLAIM_FIELDS = (
    "id", "article", "path", "speaker", "speaker_mention", "speaker_span", "cue", "cue_span",
    "kind", "stance", "text", "span", "source", "title", "published", "url",
)  # fmt: skip
LINK_FIELDS = (
    "id", "from", "to", "relation", "score", "from_speaker", "from_text", "from_article",
    "to_speaker", "to_text", "to_article",
)  # fmt: skip
TRACK_FIELDS = (
    "id", "text", "proposition", "proposition_id", "speaker", "span", "status", "sources",
    "articles", "article", "path", "source", "title", "url", "published", "counts", "members",
)  # fmt: skip
SPEAKER_FIELDS = ("id", "name", "kind", "aliases", "claims", "articles")
ARTICLE_FIELDS = ("id", "title", "source", "published", "path", "url", "claims", "chars")

FIELDS = {"claim": CLAIM_FIELDS, "link": LINK_FIELDS, "track": TRACK_FIELDS}

__all__ = [
    "ARTICLE_FIELDS",
    "CLAIM_FIELDS",
    "FIELDS",
    "LINK_FIELDS",
    "SPEAKER_FIELDS",
    "TRACK_FIELDS",
]
