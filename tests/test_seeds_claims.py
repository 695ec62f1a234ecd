"""The seed gold (../shared/gold/seeds.json) as a test: every core claim, most extra ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimtrack.extract import extract
from claimtrack.models import Article, Claim
from tests.conftest import SEEDS, shared_path


def _gold() -> list[dict[str, Any]]:
    """Return the gold claims of the seeds."""
    data = json.loads(shared_path("gold", "seeds.json").read_text(encoding="utf-8"))
    claims: list[dict[str, Any]] = data["claims"]
    return claims


def _claims() -> dict[str, list[Claim]]:
    """Return the extracted claims of each seed file, by file name."""
    out: dict[str, list[Claim]] = {}
    for path in sorted(Path(SEEDS).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out[path.name] = extract(Article.from_text(text, path=str(path)))
    return out


def _matches(gold: dict[str, Any], claim: Claim) -> bool:
    """Return whether a claim matches a gold claim as score_seeds.py decides it."""
    if min(claim.span[1], gold["end"]) <= max(claim.span[0], gold["start"]):
        return False
    speaker = (claim.speaker or "").lower()
    return any(name.lower() in speaker for name in gold["speakers"])


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    """Map each gold claim id to the extracted claims that match it."""
    extracted = _claims()
    return {g["id"]: [c for c in extracted[g["article"]] if _matches(g, c)] for g in _gold()}


def test_every_core_claim_is_found(found: dict[str, list[Claim]]) -> None:
    missing = [g["id"] for g in _gold() if g["level"] == "core" and not found[g["id"]]]
    assert missing == []


def test_most_extra_claims_are_found(found: dict[str, list[Claim]]) -> None:
    extra = [g for g in _gold() if g["level"] == "extra"]
    rate = sum(1 for g in extra if found[g["id"]]) / len(extra)
    assert rate >= 0.8


def test_core_claims_have_the_gold_stance_and_kind(found: dict[str, list[Claim]]) -> None:
    wrong = []
    for g in _gold():
        if g["level"] != "core" or not found[g["id"]]:
            continue
        if not any(c.stance == g["stance"] and c.kind == g["kind"] for c in found[g["id"]]):
            got = [(c.stance.value, c.kind.value) for c in found[g["id"]]]
            wrong.append((g["id"], g["stance"], g["kind"], got))
    assert wrong == []


def test_speakers_are_canonical_per_article() -> None:
    claims = _claims()["001_91c3a4be4a4113fa.txt"]
    speakers = {c.speaker_mention: c.speaker for c in claims}
    # "He added" and "Trump said" name one person, by the full name the article gives
    assert speakers["He"] == "Donald Trump"
    assert speakers["Trump"] == "Donald Trump"
    assert speakers["Peskov"] == "Dmitry Peskov"
    assert speakers["The book"] == "Bob Woodward's book War"
