"""The sentence around a claim from an article's sentence ends found once: as the scan gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimtrack.link.features import _SENTENCE_END, sentence_around
from claimtrack.link.sentences import _END, sentence_span

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"

EDGES = [
    "",
    ".",
    "He said so. Then she left!",
    '..  \n\n x!! "y".\u201d z',
    "\n\n\n",
    "x" * 700 + ". " + "y" * 50 + "?! " + "z" * 30,
]


def _texts() -> list[str]:
    files = sorted(TRAIN.glob("*.txt"))[:40] if TRAIN.is_dir() else []
    return EDGES + [f.read_text(encoding="utf-8") for f in files]


@pytest.mark.parametrize("limit", [600, 10, 3])
def test_sentence_span_is_the_scan(limit: int) -> None:
    rng = random.Random(limit)
    for text in _texts():
        for _ in range(200):
            start = rng.randint(0, len(text))
            end = rng.randint(start, min(len(text), start + rng.choice([0, 1, 5, 60, 300])))
            assert sentence_span(text, start, end, limit) == sentence_around(
                text, start, end, limit
            ), (text[max(0, start - 20) : end + 20], start, end)


def test_sentence_span_of_a_claim() -> None:
    text = "Trump spoke on Monday. He said the wall would be built. Nobody paid."
    start = text.index("the wall")
    lo, hi = sentence_span(text, start, start + len("the wall would be built"))
    assert text[lo:hi] == "He said the wall would be built."


def test_a_title_or_an_initial_does_not_end_the_sentence() -> None:
    # PolNeAR train (nyt): the claim's sentence runs past "Mr." to its attribution
    text = (
        "And on Tuesday night, in Jupiter, Fla., the Trump campaign manager, Corey Lewandowski,"
        " roughly yanked the arm of a Breitbart reporter as she tried to ask Mr. Trump about"
        " affirmative action, she and another reporter said. (A campaign spokeswoman disputed"
        " their account.)"
    )
    start = text.index("the Trump campaign manager")
    span = sentence_span(text, start, start + 20)
    assert span == sentence_around(text, start, start + 20)
    assert text[span[0] : span[1]].endswith("she and another reporter said.")
    initial = "Donald J. Trump said the wall would be built. Nobody paid."
    lo, hi = sentence_span(initial, 20, 30)
    assert initial[lo:hi] == "Donald J. Trump said the wall would be built."


def test_the_one_pass_pattern_finds_the_sentence_ends_of_the_scan() -> None:
    # written to open with its first character, it finds the same ends in a whole text
    texts = [*EDGES, *(f.read_text(encoding="utf-8") for f in sorted(TRAIN.glob("*.txt")))]
    for text in texts:
        assert [m.span() for m in _END.finditer(text)] == [
            m.span() for m in _SENTENCE_END.finditer(text)
        ]
    assert [m.group() for m in _END.finditer("He said so.\u201d Then she left!!  \n\nOK")] == [
        ".\u201d ",
        "!!  \n\n",
    ]
