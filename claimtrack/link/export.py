"""Tracked claims for other tools: schema.org ClaimReview JSON-LD, and the link graph for Graphviz."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from claimtrack.lexicon import GROUP_NOUNS, ORGANISATION_WORDS, WORK_NOUNS
from claimtrack.link.track import ASSERTS, Status, Tracked
from claimtrack.models import Claim, Relation

# the textual rating of each status (ClaimReview's reviewRating.alternateName)
RATING_NAMES: dict[Status, str] = {
    Status.CONFIRMED: "Confirmed",
    Status.DISPUTED: "Disputed",
    Status.DENIED: "Denied",
    Status.UNCONFIRMED: "Unconfirmed",
}
# a claim's speaker is an organisation when its name says so
_GROUP_WORDS = ORGANISATION_WORDS | GROUP_NOUNS | WORK_NOUNS


def _agent(name: str | None) -> dict[str, Any] | None:
    if not name:
        return None
    words = set(name.lower().replace("'s", " ").split())
    kind = "Organization" if words & _GROUP_WORDS else "Person"
    return {"@type": kind, "name": name}


def _appearance(tracked: Tracked, claim: Claim) -> dict[str, Any]:
    meta = tracked.articles.get(claim.article)
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if meta is not None:
        if meta.url and is_web_url(meta.url):
            work["url"] = meta.url
        if meta.title:
            work["headline"] = meta.title
        if meta.source:
            work["publisher"] = {"@type": "Organization", "name": meta.source}
        if meta.published:
            work["datePublished"] = meta.published.isoformat()
    work["text"] = claim.text
    author = _agent(claim.speaker)
    if author:
        work["author"] = author
    return work


_DONE_BY = {
    Relation.CONFIRMS: "confirmed by",
    Relation.DENIES: "denied by",
    Relation.DECLINES: "neither confirmed nor denied by",
}


def _explanation(tracked: Tracked) -> str:
    parts = []
    for relation, words in _DONE_BY.items():
        who = sorted({m.claim.speaker or "unnamed" for m in tracked.by_role(relation.value)})
        if who:
            parts.append(f"{words} {', '.join(who)}")
    return "; ".join(parts) or "no one has confirmed or denied it"


def is_web_url(value: str) -> bool:
    """Return whether a value is a web address (a ClaimReview url), not a local path."""
    return value.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who publishes the reviews: ClaimReview's author (the fact-checking organisation)."""

    name: str = "claimtrack"
    url: str | None = None
    kind: str = "Organization"

    def record(self) -> dict[str, Any]:
        """Return the reviewer as a schema.org Organization (or Person)."""
        out: dict[str, Any] = {"@type": self.kind, "name": self.name}
        if self.url:
            out["url"] = self.url
        return out


def claim_review(tracked: Tracked, reviewer: Reviewer | None = None) -> dict[str, Any]:
    """Return one tracked claim as a schema.org ClaimReview object, published by `reviewer`."""
    asserted = [m.claim for m in tracked.members if m.role in (ASSERTS, "repeats", "reports")]
    seen: set[str] = set()
    appearances = []
    for claim in asserted:
        if claim.article not in seen:
            seen.add(claim.article)
            appearances.append(_appearance(tracked, claim))
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
    author = _agent(tracked.first.speaker)
    if author:
        item["author"] = author
    if appearances:
        item["firstAppearance"] = appearances[0]
        if "datePublished" in appearances[0]:
            item["datePublished"] = appearances[0]["datePublished"]
    status = tracked.status
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": tracked.first.id,
        "claimReviewed": tracked.first.text,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "alternateName": RATING_NAMES[status],
            "ratingExplanation": _explanation(tracked),
        },
        "author": (reviewer or Reviewer()).record(),
    }


def claim_reviews_json(tracked: Iterable[Tracked], reviewer: Reviewer | None = None) -> str:
    """Return the ClaimReview JSON-LD document (a JSON array) for the tracked claims."""
    reviews = [claim_review(t, reviewer) for t in tracked]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


# edge colours by relation in the Graphviz output
_COLOURS = {
    Relation.REPEATS: "gray40",
    Relation.CONFIRMS: "darkgreen",
    Relation.DENIES: "red3",
    Relation.DECLINES: "orange3",
    Relation.REPORTS: "steelblue",
}


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _label(claim: Claim, width: int = 60) -> str:
    text = claim.text if len(claim.text) <= width else claim.text[: width - 1] + "…"
    return f"{claim.speaker or 'unnamed'}:\n{text}"


def dot(tracked: Sequence[Tracked]) -> str:
    """Return the link graph of the tracked claims in Graphviz dot."""
    lines = [
        "digraph claims {",
        "  rankdir=LR;",
        '  node [shape=box, fontsize=10, fontname="Helvetica"];',
    ]
    nodes: dict[str, Claim] = {}
    edges: set[tuple[str, str, str]] = set()
    for t in tracked:
        for m in t.members:
            nodes[m.claim.id] = m.claim
            if m.to is not None and m.role != ASSERTS:
                edges.add((m.claim.id, m.to, m.role))
    firsts = {t.first.id: t.status for t in tracked}
    for cid, claim in nodes.items():
        extra = ", style=bold" if cid in firsts else ""
        label = _label(claim)
        if cid in firsts:
            label = f"[{firsts[cid].value}] {label}"
        lines.append(f"  {_quote(cid)} [label={_quote(label)}{extra}];")
    for a, b, role in sorted(edges):
        colour = _COLOURS.get(Relation(role), "black")
        lines.append(f"  {_quote(a)} -> {_quote(b)} [label={_quote(role)}, color={colour}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
