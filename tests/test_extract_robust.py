"""Hostile and odd text for the extractor: never raises, never loses an article to one rule,
reads hard-wrapped copy as its paragraphs, and runs in time linear in the text (issue 11).
"""

# Typographic quotes are the point of some of these texts.
# ruff: noqa: RUF001

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extract import extract
from claimtrack.extract.guard import RuleFailed
from claimtrack.extract.wrap import hard_wrap as wrap
from claimtrack.extract.wrap import unwrap
from claimtrack.lexicon import PHRASE_CUES
from claimtrack.models import Article, Claim

# the module, not the function of the same name that claimtrack.extract exports
_EXTRACT_MODULE = sys.modules["claimtrack.extract"]

# PolNeAR train (breitbart, 2016-08): a multi-word cue, with a participle after it
_CALLED_FOR = (
    "Earlier in the week, Trump called for a special prosecutor to investigate Clinton’s use "
    "of a private email server while secretary of state, saying the Justice Department has "
    "proven through its decision not to pursue criminal charges that it is biased toward "
    "Clinton in the case."
)


def _key(claim: Claim) -> tuple[tuple[int, int], str | None, str | None]:
    """Return what must not change when only whitespace does: span, speaker and cue span."""
    return claim.span, claim.speaker, str(claim.cue_span)


def test_a_cue_split_by_a_line_break_is_read_as_one_cue() -> None:
    text = _CALLED_FOR.replace("called for", "called\nfor")
    claims = extract(Article.from_text(text))
    assert [c.speaker for c in claims] == ["Trump", "Trump"]
    assert claims[0].cue == "called\nfor"
    assert claims[0].text.startswith("a special prosecutor")
    assert claims[1].text.startswith("the Justice Department has proven")


def test_a_cue_across_a_paragraph_break_is_no_cue_and_raises_nothing() -> None:
    # a blank line is a paragraph break, not whitespace inside a cue
    text = _CALLED_FOR.replace("called for", "called\n\nfor")
    claims = extract(Article.from_text(text))
    assert all(c.cue != "called\n\nfor" for c in claims)


def test_a_hard_wrapped_article_gives_the_claims_of_its_paragraphs() -> None:
    text = "\n\n".join(
        [
            _CALLED_FOR,
            "“We are going to win this state, and we are going to win it big,” Trump told "
            "supporters at a rally in Ohio on Monday night, adding that the polls were wrong.",
        ]
    )
    wrapped = wrap(text, 40)
    assert wrapped.count("\n") > 6 and len(wrapped) == len(text)
    assert unwrap(wrapped) == text
    plain = extract(Article.from_text(text))
    claims = extract(Article.from_text(wrapped))
    assert [_key(c) for c in claims] == [_key(c) for c in plain]
    # the claims keep the article's own characters, line breaks included
    assert all(c.text == wrapped[c.span[0] : c.span[1]] for c in claims)
    assert any("\n" in c.text for c in claims)


def test_unwrap_leaves_short_lines_and_unwrapped_text_alone() -> None:
    poem = "Roses are red\nViolets are blue\nTrump said so\nAnd so did you"
    assert unwrap(poem) is poem
    assert unwrap(_CALLED_FOR) is _CALLED_FOR


def test_a_failing_rule_costs_its_own_claims_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise IndexError("a bug in the nominal rule")

    monkeypatch.setattr(_EXTRACT_MODULE, "nominal", broken)
    text = (
        "Trump repeated his claim that the election was rigged. "
        "Clinton said the economy was growing."
    )
    with pytest.warns(RuleFailed, match="nominal"):
        claims = extract(Article.from_text(text))
    assert [(c.speaker, c.text) for c in claims] == [("Clinton", "the economy was growing")]


def test_a_failing_sentence_costs_that_sentence_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = _EXTRACT_MODULE._attribute

    def broken_on_trump(state: object, sent: object, *rest: object) -> object:
        if "Trump" in state.article.text[sent.start : sent.end]:  # type: ignore[attr-defined]
            raise AssertionError("a bug")
        return real(state, sent, *rest)

    monkeypatch.setattr(_EXTRACT_MODULE, "_attribute", broken_on_trump)
    text = "Trump said the election was rigged.\n\nClinton said the economy was growing."
    with pytest.warns(RuleFailed, match="sentence"):
        claims = extract(Article.from_text(text))
    assert [c.speaker for c in claims] == ["Clinton"]


# each text of issue 11 that took super-linear time, as a unit repeated
_SLOW_BEFORE = {
    "interview": '"Yes," he said. "',
    "name and colon": 'Name: "',
    "his claim that": "his claim that ",
    "he said that": "He said that ",
    "said Trump, no punctuation": "said Trump ",
    "curly quote pairs": "“”",
    "a cue split by line breaks": "Trump called\nfor ",
    "hard-wrapped interview": '"Yes," he\nsaid. ',
    "shouted names": "WALLACE said it was over. ",
    # one long sentence of cues and no quotation mark: each cue looks for a mark after it
    "cues, no sentence end": "Trump called him a liar ",
    # acts after commas, each the subject of a clause with no verb found
    "acts after commas": ", Trump's decision to go there today ",
    # one sentence of passive stands: each looked for its subject's start from the sentence's
    "passive stands, one sentence": "the plan was supported by Bob Smith and ",
    # one sentence of poll openings: each asked whether a cue of the sentence follows it
    "poll openings, no sentence end": "In the CNN poll, Trump said ",
}


def _cpu(fn: Callable[[], object]) -> float:
    """Return the CPU time of one call of fn."""
    start = time.process_time()
    fn()
    return time.process_time() - start


@pytest.mark.slow
@pytest.mark.parametrize("name", list(_SLOW_BEFORE))
def test_extraction_time_grows_linearly(name: str) -> None:
    unit = _SLOW_BEFORE[name]
    n = 10_000
    small_article = Article.from_text(unit * (n // len(unit)))
    large_article = Article.from_text(unit * (10 * n // len(unit)))
    small = large = float("inf")
    # interleaved, the best of two each: the machine may be busy with other work
    for _ in range(2):
        small = min(small, _cpu(lambda: extract(small_article)))
        large = min(large, _cpu(lambda: extract(large_article)))
    # linear is 10x and quadratic 100x (these texts took 50x to 200x before issue 11); a
    # shared machine measures 10x to 13x for linear code, so the bound is 15x
    assert large < 15 * max(small, 0.005), (name, small, large)


# pieces that break rules: multi-word cues with any whitespace in them, quotation marks
# of every kind, names, colons, dashes, and line breaks of every kind
_PHRASES = sorted(c for c in PHRASE_CUES if " " in c)
_PIECES = st.one_of(
    st.sampled_from(
        [
            "said",
            "said ",
            " Trump ",
            "Mr. Clinton",
            "he said, ",
            "according to",
            ", saying that ",
            "called",
            "for",
            "Asked whether ",
            "his claim that ",
            "“",
            "”",
            '"',
            "''",
            "``",
            "«",
            "»",
            ": ",
            ". ",
            ", ",
            " — ",
            " - Bernie Sanders",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "\u2028",
            "\x00",
            "\ufffd",
            " ",
        ]
    ),
    st.sampled_from(_PHRASES).flatmap(
        lambda p: st.sampled_from([" ", "\n", "\r\n", "  ", "\t", " \n "]).map(
            lambda ws: p.replace(" ", ws)
        )
    ),
    st.text(max_size=10),
)
_ADVERSARIAL = st.lists(_PIECES, max_size=80).map("".join)
# a unit repeated: the shape of the texts that used to take quadratic time
_REPEATED = st.tuples(
    st.lists(_PIECES, min_size=1, max_size=6).map("".join), st.integers(1, 300)
).map(lambda t: t[0] * t[1])


def check(text: str) -> list[Claim]:
    """Extract from text and assert the claims are well formed; return them."""
    article = Article.from_text(text)
    claims = extract(article)
    for claim in claims:
        start, end = claim.span
        assert 0 <= start < end <= len(text)
        assert claim.text == text[start:end]
        if claim.speaker_span is not None:
            s, e = claim.speaker_span
            assert 0 <= s <= e <= len(text)
            assert claim.speaker_mention == text[s:e]
        if claim.cue_span is not None and claim.cue is not None:
            s, e = claim.cue_span
            assert 0 <= s <= e <= len(text)
            assert claim.cue == text[s:e]
    assert [c.span for c in claims] == sorted(c.span for c in claims)
    assert len({c.id for c in claims}) == len(claims)
    return claims


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_ADVERSARIAL, _REPEATED, st.text(max_size=300)))
def test_any_text_is_extracted_without_error_and_with_valid_spans(text: str) -> None:
    # a rule that raises is a RuleFailed warning, which the test configuration makes an error
    check(text)


@settings(max_examples=100, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(_ADVERSARIAL, st.integers(20, 90))
def test_wrapping_changes_no_offset_and_raises_nothing(text: str, width: int) -> None:
    wrapped = wrap(text, width)
    assert len(wrapped) == len(text)
    assert len(unwrap(wrapped)) == len(wrapped)
    check(wrapped)


# PolNeAR train (huff-post, 2016): the note, one paragraph, or hard-wrapped as in dev
_EDITORS_NOTE = (
    "Editor’s note: Donald Trump regularly incites political violence and is a serial liar,"
    "\xa0rampant xenophobe, racist, misogynist and birther who has repeatedly pledged to ban all "
    "Muslims — 1.6 billion members of an entire religion — from entering the U.S."
)


@pytest.mark.parametrize("text", [_EDITORS_NOTE, wrap(_EDITORS_NOTE, 40)])
def test_what_stands_before_a_relative_who_is_not_what_was_said(text: str) -> None:
    # "... birther who has repeatedly pledged to ban": the words before "who" describe him
    claims = extract(Article.from_text(text))
    assert not any(c.text.startswith("Editor’s note") for c in claims)


# a possessive standing apart from its name ("Trump 's"), as tokenised copy writes it, and a
# subject opening with a word that may follow a noun ("Close aides"): rules that read the
# first or last word of a name or a subject must not fail (each failed and lost the sentence)
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The report was false, said Trump 's adviser of the Kremlin.", ["The report was false"]),
        (
            '"The calls never happened," said Putin ’s spokesman of the Kremlin, Dmitry Peskov.',
            ["The calls never happened"],
        ),
        ("Close aides to the Clinton campaign say the report was false.", []),
    ],
)
def test_a_name_or_subject_with_an_empty_word_fails_no_rule(text: str, found: list[str]) -> None:
    assert [c.text for c in check(text)] == found


def test_a_poll_opening_with_a_tab_after_its_in_is_read() -> None:
    # "In\t...": the opening's pattern takes any space (PolNeAR train writes "In the latest
    # Washington Post-ABC News poll, ..." with a space)
    text = (
        "In\tthe latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47"
        " percent to 39 percent among voters ages 18 to 39."
    )
    (claim,) = check(text)
    assert (claim.cue, claim.speaker) == ("In", "Washington Post-ABC News poll")
