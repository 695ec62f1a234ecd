"""Claims built without the extractor: one field list for the tests that need them."""

from __future__ import annotations

from claimtrack.models import Claim, Kind, Stance, article_id, claim_id


def reported_claim(
    aid: str,
    span: tuple[int, int],
    text: str,
    speaker: str | None,
    stance: Stance = Stance.ASSERTS,
    cue: str | None = None,
) -> Claim:
    """Return a reported claim of this article, span and text."""
    return Claim(
        id=claim_id(aid, span),
        article=aid,
        path=None,
        speaker=speaker,
        speaker_mention=speaker,
        speaker_span=None,
        cue=cue,
        cue_span=None,
        kind=Kind.REPORTED,
        stance=stance,
        text=text,
        span=span,
    )


def claim(text: str, speaker: str, stance: Stance = Stance.ASSERTS, cue: str = "said") -> Claim:
    """Return a claim that is the whole of its own one-sentence article."""
    return reported_claim(
        article_id(f"{speaker}: {text}"), (0, len(text)), text, speaker, stance, cue
    )
