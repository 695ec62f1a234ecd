"""Claims that are each the whole of their own one-sentence article, for linker and track tests."""

from __future__ import annotations

from claimtrack.models import Claim, Kind, Stance, article_id, claim_id


def claim(text: str, speaker: str, stance: Stance = Stance.ASSERTS, cue: str = "said") -> Claim:
    """Return a claim that is the whole of its own one-sentence article."""
    aid = article_id(f"{speaker}: {text}")
    return Claim(
        id=claim_id(aid, (0, len(text))),
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
        span=(0, len(text)),
    )
