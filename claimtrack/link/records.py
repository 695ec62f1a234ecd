"""Links as records for output: the link fields plus who said what at each end."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimtrack.models import Link
from claimtrack.store import Store


def link_records(store: Store, links: Sequence[Link]) -> list[dict[str, Any]]:
    """Return one record per link: id, from, to, relation, score, and each end's speaker and text."""
    ids = list(dict.fromkeys([x.from_ for x in links] + [x.to for x in links]))
    claims = {c.id: c for c in store.get_claims(ids)}
    out: list[dict[str, Any]] = []
    for x in links:
        a, b = claims.get(x.from_), claims.get(x.to)
        out.append(
            {
                "id": x.id,
                "from": x.from_,
                "to": x.to,
                "relation": x.relation.value,
                "score": x.score,
                "from_speaker": a.speaker if a else None,
                "from_text": a.text if a else None,
                "from_article": a.article if a else None,
                "to_speaker": b.speaker if b else None,
                "to_text": b.text if b else None,
                "to_article": b.article if b else None,
            }
        )
    return out
