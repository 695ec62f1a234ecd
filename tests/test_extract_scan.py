"""The scanning shortcuts give what the plain scans give (issue 10: extraction speed).

Cue words, abbreviations before a period: each shortcut skips positions the plain regex
tries, and is held here to the plain regex's results on built texts and PolNeAR train.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.patterns import CUE
from claimtrack.extract.scan import cue_matches
from claimtrack.extract.text import _ABBREVIATION, _LETTERS_BEFORE_NO_ABBREVIATION
from claimtrack.lexicon import ABBREVIATIONS
from tests.conftest import shared_path

# PolNeAR train sentences with cues, and text built to trip the cue shortcut
_CUE_TEXTS = [
    "Trump said that he opposed the war, according to a spokesman.",
    "said the senator. Asked about it, she declined to comment.",
    "unsaid, said-so, -said, _said, said_, 2said, said2, said. said said said",
    "“We will win,” he said.\n\nSaid Clinton: “No.”",
    "He refused to confirm or deny it; according to\nreports, he told reporters",
    "said",
    "",
    "(said) [says] “said” 'said' —said— said",
    "he said " * 50,
    # a letter beyond ASCII before a cue's word: CUE_OR_NOUN_AFTER's class holds it, CUE's lookbehind not
    "Josésaid, “ésaid” éaccording to said; ñtold\xa0told",
    # ... and cues inside what CUE_OR_NOUN_AFTER took there ("confirm", "deny")
    "He érefused to confirm or deny it.",
]


def _cues(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", _CUE_TEXTS)
def test_cue_matches_are_the_finditer_matches(text: str) -> None:
    assert _cues(cue_matches(text)) == _cues(list(CUE.finditer(text)))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["said", "says", "told", "to", "according", "-", " ", "\n", "x", ",", "“", "é", "\xa0"]
        )
    )
)
def test_cue_matches_hold_on_any_sequence_of_words(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _cues(cue_matches(text)) == _cues(list(CUE.finditer(text)))


@pytest.mark.slow
def test_cue_matches_equal_finditer_on_polnear_train() -> None:
    files = sorted(shared_path("data", "polnear", "train", "text").glob("*.txt"))
    found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = _cues(cue_matches(text))
        assert fast == _cues(list(CUE.finditer(text))), path.name
        found += len(fast)
    assert found > 10_000  # the texts do have cues


def test_no_abbreviation_ends_after_enough_letters() -> None:
    # sentences() skips the abbreviation regex when this many letters stand before a period
    assert _LETTERS_BEFORE_NO_ABBREVIATION == max(map(len, ABBREVIATIONS)) + 1
    for word in [*ABBREVIATIONS, "U.S", "p.m", "A", "x"]:
        for before in ("", " ", "a", "ab", "abcd", "abcde", "Abcdefgh", " U.S.", "é"):
            text = f"{before}{word}. Next"
            dot = len(before) + len(word)
            found = _ABBREVIATION.search(text, max(0, dot - 12), dot + 1)
            letters = text[dot - _LETTERS_BEFORE_NO_ABBREVIATION : dot]
            if dot >= _LETTERS_BEFORE_NO_ABBREVIATION and letters.isalpha():
                assert found is None, text
    # and the regex does find the abbreviations it is for
    assert _ABBREVIATION.search("Mr.")
    assert _ABBREVIATION.search("the Msgr.")
    assert _ABBREVIATION.search("in the U.S.")


@pytest.mark.slow
def test_no_abbreviation_ends_after_enough_letters_on_polnear_train() -> None:
    files = sorted(shared_path("data", "polnear", "train", "text").glob("*.txt"))
    skipped = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        for dot in (m.start() for m in re.finditer(r"\.", text)):
            letters = text[dot - _LETTERS_BEFORE_NO_ABBREVIATION : dot]
            if dot >= _LETTERS_BEFORE_NO_ABBREVIATION and letters.isalpha():
                assert _ABBREVIATION.search(text, max(0, dot - 12), dot + 1) is None
                skipped += 1
    assert skipped > 10_000
