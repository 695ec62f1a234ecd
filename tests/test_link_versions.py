"""One speaker's shorter and longer versions of one statement are linked (linker.contained)."""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

import pytest

from claimtrack.link import linker
from claimtrack.link.index import Index
from claimtrack.link.linker import contained, make_item, make_link, one_speaker, orient, pair_score
from claimtrack.link.score import THRESHOLD
from tests.lone_claims import claim

# PolNeAR train (Breitbart 2016-03-20): Lindsey Graham's remarks, quoted whole, and the
# article's summary of them
LONGER = (
    "The answer to me in solving the immigration problem is just focusing on what it means to be"
    " an American. That’s the key to this problem An American is an idea. No group owns being an"
    " American. Nobody owns this. It’s an idea that’s unique to the planet and one of the center"
    " pieces of this idea is that you come here trying it knock it out of the park as a person…"
    " and the reason that I have gotten involved in this is because Sen. McCain started talking"
    " to me about it from an Arizona perspective and I want to than Sen. John McCain for being a"
    " leader [applause from La Raza group]. And I don’t do this much, but I want to thank Ted"
    " Kennedy because those two gentlemen got this thing started… Our immigration system is"
    " broken and we need to find a way to get people right with the law…we are going to solve"
    " this problem, we’re not going to run people down, we’re not going to scare them, we’re"
    " going to tell the bigots to shut up and we’re going to get this right"
)
SHORTER = "no group owns being an American"
# the counts of their words in a PolNeAR train+dev store of 15,754 claims
COUNTS = {
    "americ": 673, "answer": 85, "applau": 10, "arizon": 18, "bigot": 6, "break": 86,
    "center": 61, "come": 297, "find": 178, "focus": 51, "gentle": 10, "gotten": 20,
    "group": 164, "idea": 108, "immigr": 198, "involv": 73, "john": 64, "kenned": 14, "key": 42,
    "knock": 14, "la": 6, "law": 205, "leader": 217, "mccain": 17, "mean": 135, "need": 371,
    "nobody": 47, "own": 7, "park": 19, "peopl": 878, "person": 292, "perspe": 19, "piec": 23,
    "planet": 23, "proble": 159, "raza": 5, "reason": 97, "right": 346, "run": 238, "scar": 20,
    "sen": 118, "shut": 15, "solv": 20, "start": 132, "system": 156, "talk": 169, "ted": 104,
    "tell": 110, "thank": 41, "thing": 320, "trying": 133, "uniqu": 18, "want": 448, "way": 330,
    "~start": 419, "~talk": 1072,
}  # fmt: skip


def store_index() -> Index:
    """Return an index weighing words as a PolNeAR train+dev store does."""
    index = Index()
    index.base_size = 15_754
    index.base_df.update(COUNTS)
    return index


def test_the_shorter_version_is_all_in_the_longer() -> None:
    shorter, longer = (
        make_item(claim(SHORTER, "Lindsey Graham")),
        make_item(claim(LONGER, "Lindsey Graham")),
    )
    assert contained(shorter.own, longer.own, store_index().weight) == pytest.approx(1.0)
    # one speaker by full name: "Bill Clinton" is not "Hillary Clinton"
    assert one_speaker(shorter, longer)
    assert not one_speaker(
        make_item(claim(SHORTER, "Bill Clinton")), make_item(claim(LONGER, "Hillary Clinton"))
    )


def test_one_speakers_shorter_and_longer_versions_are_linked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shorter, longer = (
        make_item(claim(SHORTER, "Lindsey Graham")),
        make_item(claim(LONGER, "Lindsey Graham")),
    )
    pair = orient(shorter, longer)
    assert pair is not None
    value = pair_score(*pair, store_index())
    assert value >= THRESHOLD
    assert make_link(*pair, value) is not None
    # their words' cosine alone: the longer says much more
    monkeypatch.setattr(linker, "CONTAINED", 0.0)
    assert pair_score(*pair, store_index()) < THRESHOLD
