"""Paragraphs, quotation pairs and sentences, with offsets; the trie alternation."""

# Typographic quotes are what these tests are about.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.text import (
    QUOTE_MARK,
    alternation,
    paragraphs,
    quote_marks,
    quotes,
    sentences,
    strip_span,
    word_alternation,
)
from tests.conftest import shared_path


def _quoted(text: str) -> list[str]:
    """Return the paired quotations of a text."""
    return [text[a:b] for a, b in quotes(text)]


def _sentences(text: str) -> list[str]:
    """Return the sentences of a one-paragraph text."""
    return [text[a:b] for a, b in sentences(text, 0, len(text), quotes(text))]


def test_paragraphs_are_non_blank_lines_with_offsets() -> None:
    text = "Title line\n\n  First paragraph.\nSecond one.\n\n"
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["Title line", "  First paragraph.", "Second one."]
    crlf = "One.\r\nTwo.\r\n"
    assert [crlf[a:b] for a, b in paragraphs(crlf)] == ["One.", "Two."]


def test_curly_straight_and_doubled_apostrophe_quotes() -> None:
    # seeds/001, PolNeAR train (wash-post, nyt)
    assert _quoted("“I don’t comment on that,” Trump said.") == ["“I don’t comment on that,”"]
    assert _quoted('"Elections matter," Kelly said.') == ['"Elections matter,"']
    assert _quoted("It was CNBC's ''Secret Lives of the Super Rich,'' not ''Super Lives.''") == [
        "''Secret Lives of the Super Rich,''",
        "''Super Lives.''",
    ]


def test_apostrophes_are_not_quotes() -> None:
    # seeds/001: ’ in "don’t" and "Trump’s" is no quotation mark
    assert _quoted("Trump’s campaign said it doesn’t comment.") == []


def test_unbalanced_quotes_pair_nothing_across_paragraphs() -> None:
    text = "He said “this never closes.\nAnd here “a real one” follows."
    assert _quoted(text) == ["“a real one”"]


def test_quote_running_over_paragraphs() -> None:
    # PolNeAR train, breitbart: an open quote continues when the next paragraph opens one
    text = '"In the piece I wrote last November. Here they are:\n\n"Has the candidate a record?"'
    assert _quoted(text) == [
        '"In the piece I wrote last November. Here they are:',
        '"Has the candidate a record?"',
    ]


def test_sentences_skip_abbreviations_and_quotations() -> None:
    # PolNeAR train, nyt and wash-post
    text = (
        "Mr. Trump said a smaller Gulfstream jet would have cost more. The U.S. government "
        'agreed. "It is big. It is great," he said.'
    )
    assert _sentences(text) == [
        "Mr. Trump said a smaller Gulfstream jet would have cost more.",
        "The U.S. government agreed.",
        '"It is big. It is great," he said.',
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # PolNeAR train, breitbart: a pronoun after "U.S." opens a sentence
        (
            "Cox says Obama is trying to distract from his lack of a strategy to prevent "
            "terrorist attacks in the U.S. He says Americans don’t need any more “emotional, "
            "condescending lectures that are completely devoid of facts.”",
            [
                "Cox says Obama is trying to distract from his lack of a strategy to prevent "
                "terrorist attacks in the U.S.",
                "He says Americans don’t need any more “emotional, condescending lectures that "
                "are completely devoid of facts.”",
            ],
        ),
        # PolNeAR train, breitbart: "p.m." the same
        (
            "Bush says he’s going to “work hard for the day” and await results after the polls "
            "close at 7 p.m. He says “it’s interesting that a lot of people claim they’re "
            "undecided this late.”",
            [
                "Bush says he’s going to “work hard for the day” and await results after the "
                "polls close at 7 p.m.",
                "He says “it’s interesting that a lot of people claim they’re undecided this "
                "late.”",
            ],
        ),
        # a name after "U.S." goes on with the sentence
        (
            "The U.S. Senate voted. Dr. Ben Carson agreed.",
            ["The U.S. Senate voted.", "Dr. Ben Carson agreed."],
        ),
    ],
)
def test_a_letters_abbreviation_ends_a_sentence_before_a_pronoun(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


def test_attribution_after_a_closing_quote_stays_in_the_sentence() -> None:
    # PolNeAR train
    text = "“Russia, if you’re listening, I hope you’re able to find the 30,000 emails.” Trump said. Next."
    assert _sentences(text)[0].endswith("Trump said.")


def test_strip_span() -> None:
    assert strip_span("  a b  ", 0, 7) == (2, 5)


def test_alternation_matches_the_same_as_a_plain_alternation() -> None:
    words = ["said", "says", "say", "saying", "according to", "add", "added", "a"]
    trie = re.compile(rf"\b(?:{alternation(words)})\b")
    plain = re.compile(
        r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"
    )
    text = "He said, she says; they say, saying a lot, according to Trump, added add"
    assert [m.group() for m in trie.finditer(text)] == [m.group() for m in plain.finditer(text)]
    text = "He said, she says; they say, saying a lot, according  to Trump, added add"
    assert [m.group() for m in trie.finditer(text)] == [
        "said",
        "says",
        "say",
        "saying",
        "a",
        "according  to",
        "added",
        "add",
    ]


# words sharing first letters and prefixes, a phrase, one-letter words, a word after "’"
_WORDS = ["said", "says", "say", "saying", "according to", "add", "added", "a", "I", "’s", "s"]


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train, and text built to trip the first letter's early end
        "He said, she says; they say, saying a lot, according  to Trump, added add",
        "Mr. Rubio’s saying - said-so, saidx, sa, s, a-, I, ’s, accordingly, according to",
        # a letter beyond ASCII after a first letter, or after a word
        "sé aé Ié saidé said-é said é",
        "a",
        "",
    ],
)
def test_word_alternation_matches_the_same_as_the_alternation(text: str) -> None:
    committed = re.compile(rf"(?<![\w\-]){word_alternation(_WORDS)}")
    plain = re.compile(rf"(?<![\w\-])(?:{alternation(_WORDS)})(?![\w\-])")
    assert [m.span() for m in committed.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, " ", "-", "x", ",", "’", "é", "\n", "to"])))
def test_word_alternation_holds_on_any_sequence_of_words(pieces: list[str]) -> None:
    text = "".join(pieces)
    committed = re.compile(word_alternation(_WORDS))
    plain = re.compile(rf"(?:{alternation(_WORDS)})(?![\w\-])")
    for at in range(len(text) + 1):
        fast, slow = committed.match(text, at), plain.match(text, at)
        assert (fast and fast.span()) == (slow and slow.span())


def test_opening_mark_typed_for_a_closing_one() -> None:
    # PolNeAR train, huff-post: the quotation closes on a “ glued to its last word
    text = (
        "“The reality is, if Mrs. Clinton loses Iowa and New Hampshire, that could create new "
        "and real problems for her here,“ said Jim Clyburn, a Democratic congressman."
    )
    (span,) = quotes(text)
    assert text[span[0] : span[1]].endswith("her here,“")
    # an opening mark after a space still opens (PolNeAR train, huff-post)
    text = (
        "When Trump announced his candidacy in June 2015, he infamously referred to Mexican "
        "immigrants as “criminals” and “rapists“ while calling to erect a border wall."
    )
    assert [text[a:b] for a, b in quotes(text)] == ["“criminals”", "“rapists“"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # PolNeAR train, breitbart_2016-05-14: a statement quoted over several paragraphs,
        # with a typographic quotation inside the straight one
        (
            '"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore.\n'
            '"The latest example is its “Bathroom Bill,” which allows owners to decide.',
            [
                '"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore.',
                "“Bathroom Bill,”",
            ],
        ),
        # an inner quotation of the other family inside a closed outer one
        ('"He called it “a joke” and left," she said.', ['"He called it “a joke” and left,"']),
        ('“He said "no" to me,” she said.', ['“He said "no" to me,”']),
        # a stray straight mark right before a typographic quotation (PolNeAR train, politico)
        (
            '"“You don’t win the nomination by how many states you win,” Rubio responded."',
            ["“You don’t win the nomination by how many states you win,”"],
        ),
        # mixed marks pairing across the family ("... top,” she said. “That ...")
        (
            '"This would be on top of it,” she said. “That is just the floor.”',
            ['"This would be on top of it,”', "“That is just the floor.”"],
        ),
    ],
)
def test_quotes_of_mixed_and_nested_marks(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in quotes(text)] == expected


def _regex_marks(text: str) -> list[tuple[int, str]]:
    """Return the QUOTE_MARK matches of each paragraph, the scan quotes() made per paragraph."""
    return [
        (m.start(), m.group()) for a, b in paragraphs(text) for m in QUOTE_MARK.finditer(text, a, b)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "''A,'' he said. '''B''' and ''''C'' \"D\" “E” «F» „G“ it's",
        "“A.”\n\n''B,\n'' C \"\n\"",
        "'",
        "",
        "  \n\t''\n",
    ],
)
def test_quote_marks_are_the_regex_matches_of_the_paragraphs(text: str) -> None:
    # quotes() walks the marks of the whole text paragraph by paragraph: they must be what
    # QUOTE_MARK finds in each paragraph ("''" first of three apostrophes)
    assert quote_marks(text) == _regex_marks(text)
    assert quote_marks(text) == [(m.start(), m.group()) for m in QUOTE_MARK.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["'", '"', "“", "”", "«", "»", "„", "a", " ", "\n", "\t", "."])))
def test_quote_marks_hold_on_any_sequence_of_marks(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert quote_marks(text) == _regex_marks(text)


@pytest.mark.slow
def test_quote_marks_equal_the_regex_on_polnear_train() -> None:
    files = sorted(shared_path("data", "polnear", "train", "text").glob("*.txt"))
    found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        marks = quote_marks(text)
        assert marks == _regex_marks(text), path.name
        found += len(marks)
    assert found > 10_000  # the texts do have quotations
