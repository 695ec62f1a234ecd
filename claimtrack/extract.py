"""Rules that find attributed claims in an article: Article -> list[Claim]."""

from __future__ import annotations

import re

from claimtrack.models import Article, Claim, Kind, Stance, claim_id

# "...," Trump said  /  "...," said Trump
_QUOTE_SAID = re.compile(r"[\"“]([^\"“”]{3,}?)[,.!?]?[\"”],? (?:([A-Z]\w+) said|said ([A-Z]\w+))")


def extract(article: Article) -> list[Claim]:
    """Return the attributed claims found in the article, in text order."""
    claims: list[Claim] = []
    for m in _QUOTE_SAID.finditer(article.text):
        group = 2 if m.group(2) else 3
        span = (m.start(1), m.end(1))
        claims.append(
            Claim(
                id=claim_id(article.id, span),
                article=article.id,
                path=article.path,
                speaker=m.group(group),
                speaker_mention=m.group(group),
                speaker_span=(m.start(group), m.end(group)),
                cue="said",
                cue_span=None,
                kind=Kind.DIRECT,
                stance=Stance.ASSERTS,
                text=m.group(1),
                span=span,
            )
        )
    return claims
