"""The extractor's shortcuts give what the plain way gives (issue 10: extraction speed).

Each shortcut skips work the plain way does (a regex tried everywhere, a model validated
again); these tests hold it to the plain way's results on the seeds and PolNeAR train.
"""

# Typographic quotes are the point of some of these texts.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimtrack.extract import _all_taken, _new_claim, _Taken, _with_text, extract, mentions
from claimtrack.extract.candidates import (
    _AFTER_CUE,
    _CUE_FORMS,
    _PRONOUN_CLAUSE,
    _QUANTITY_SUBJECT,
    Candidate,
    Candidates,
    Direction,
    _ends_with_quantity,
    cue_form,
    has_words,
    verbal,
    words_in,
)
from claimtrack.extract.contents import (
    _AFTER_TITLE_CUE,
    _INTRODUCING,
    _JUNK_WORDS,
    _NESTABLE,
    _OPENING_MARKS,
    _TITLE_CUE,
    _TITLE_WORD,
    _introduced_quote,
    _may_end_in_junk,
    _may_join_predicate,
    _may_join_that,
    content_spans,
    is_title,
)
from claimtrack.extract.coref import (
    _CAPITALISED,
    _INSIDE_LOOKUPS,
    _LOWER_LOOKUPS,
    _LOWER_WORD,
    _NAME_SEQ,
    _POSSESSIVE,
    _SENTENCE_START,
    _WORK,
    Resolver,
    _clause_before,
    _inside_quote,
    _sentence_starts_back,
    _without_possessive,
    _word_before,
    _writes_lower,
    gender_of,
    word_gender,
    work_matches,
)
from claimtrack.extract.mentions import (
    _AUX_TAIL,
    _AUX_TAIL_BRANCHED,
    _LAST_NEVER_IN_SPEAKER,
    _NEVER_IN_SPEAKER,
    _NP,
    _NP_AT_WORD,
    _TIME_LAST_WORDS,
    _TIME_TAIL,
    SPEAKER_BEFORE,
    SUBJECT,
    W,
    _either_case,
    _past_barriers,
    _token_start,
    speaker_and_span_before,
    speaker_before,
)
from claimtrack.extract.patterns import (
    AND_THAT,
    CONTENT_OPENING,
    CUE,
    NOMINAL,
    NOT_CLAUSE_START,
    QUOTE_INTRODUCED,
    QUOTE_NEXT,
    SECOND_PREDICATE,
    TRAILING_JUNK,
)
from claimtrack.extract.scan import cue_and_nominal_matches, nominal_matches
from claimtrack.extract.stance import stance
from claimtrack.extract.text import (
    _BOUNDARY,
    _CASELESS,
    _PERIOD_BOUNDARY,
    alternation,
    caseless_alternation,
    other_ends,
    sentences,
)
from claimtrack.extract.wrap import _unwrap_lines, unwrap
from claimtrack.lexicon import CueClass, common_words
from claimtrack.models import Article, Claim, claim_id, content_hash
from tests.conftest import shared_path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# the package's module (claimtrack.extract is also the name of its function)
extract_module = sys.modules["claimtrack.extract"]

# PolNeAR train sentences with a nominal cue, and text built to trip a shortcut
_NOMINAL_TEXTS = [
    "Trump's assertion that he opposed the war has been disputed.",
    "Clinton repeated her long-standing claim that she never sent classified email.",
    "Donald Trump’s belief in a rigged election",
    "his claim that\nhis view  about taxes",  # spaces and a line break between the words
    "Mr. O'Rourke's claim that, Sanders-Warren's pledge in",
    "interview that; review about; (his claim) that; his_claim that; Its fear\tthat",
    "claim that",
    "a claim thatch, the notion inside, his view about—it, their belief\xa0in, fears that",
    "",
    "his claim that " * 50,  # one run of words: each noun walks back to the last one only
    # a cue that is a noun too, or holds one (the scan finds the cue, and asks for the noun)
    "his claim that; Trump's warning that; Clinton's expressed concern that",
    "claim that his vow in",  # a cue-noun at the start of the text
    "Trump's “claim that” his éclaim that; his assertion that",
]


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NOMINAL.finditer(text)]


@pytest.mark.parametrize("text", _NOMINAL_TEXTS)
def test_nominal_matches_are_the_finditer_matches(text: str) -> None:
    assert [m.span() for m in nominal_matches(text)] == _spans(text)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "his",
                "Trump's",
                "claim",
                "claims",
                "assertion",
                "expressed concern",
                "warning",
                "said",
                "that",
                "in",
                " ",
                "\n",
                ",",
                "“",
                "é",
                "\xa0",
            ]
        )
    )
)
def test_cue_and_nominal_matches_hold_on_any_sequence_of_words(pieces: list[str]) -> None:
    # one scan finds the cues and the nominal cues' nouns: both as their own scans find them
    text = "".join(pieces)
    cues, nominals = cue_and_nominal_matches(text)
    assert [(m.span(), m.groupdict()) for m in cues] == [
        (m.span(), m.groupdict()) for m in CUE.finditer(text)
    ]
    assert [m.span() for m in nominals] == _spans(text)


@pytest.mark.slow
def test_nominal_matches_equal_finditer_on_polnear_train() -> None:
    files = sorted(shared_path("data", "polnear", "train", "text").glob("*.txt"))
    found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = [(m.span(), m.groupdict()) for m in nominal_matches(text)]
        assert fast == [(m.span(), m.groupdict()) for m in NOMINAL.finditer(text)], path.name
        found += len(fast)
    assert found > 20  # the texts do have nominal cues


def test_claims_built_without_validation_are_valid() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        claims = extract(Article.from_text(path.read_text(encoding="utf-8"), path=str(path)))
        assert claims
        for claim in claims:
            again = Claim.model_validate(claim.model_dump())
            assert again == claim
            assert again.model_dump_json() == claim.model_dump_json()


def test_claims_are_built_as_model_construct_builds_them() -> None:
    path = sorted(SEEDS.glob("*.txt"))[0]
    claims = extract(Article.from_text(path.read_text(encoding="utf-8"), path=str(path)))
    assert claims
    for claim in claims:
        plain = Claim.model_construct(**dict(claim))
        made = _new_claim(dict(claim))
        assert list(made.__dict__) == list(Claim.model_fields)
        for attr in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__"):
            assert getattr(made, attr) == getattr(plain, attr)
        assert made.__pydantic_private__ == plain.__pydantic_private__
        assert made == plain == claim
        assert made.model_dump_json() == plain.model_dump_json()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="sS'’\nab .", max_size=7))
def test_a_possessive_is_cut_as_the_regex_cuts_it(word: str) -> None:
    assert _without_possessive(word) == _POSSESSIVE.sub("", word)


# words and marks the speaker shortcuts must hold up against
_PIECES = [
    "Trump", "Sen.", "Marco", "Rubio", "the", "former", "president", "spokesman", "of", "with",
    "officials", "has", "also", "on", "Tuesday", "last", "week", "said", ",", ";", "“", "”",
    '"', "''", "(R-Fla.)", "(", ")", "—", "--", ".", "'s", "\n", "  ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_a_speaker_before_a_cue_holds_no_quotation_mark_outside_a_parenthesis(
    pieces: list[str],
) -> None:
    text = " ".join(pieces) + " "
    m = SPEAKER_BEFORE.search(text, 0, len(text))
    if m is not None and "(" not in text[m.start() :]:
        assert not any(mark in text[m.start() :] for mark in _NEVER_IN_SPEAKER)


# PolNeAR train left contexts whose speaker follows a comma or a colon no match crosses, and
# appositives that do hold one
_BARRIER_TEXTS = [
    "transactions tax dedicated to paying for tuition at public colleges, as Sanders ",
    "Ambassador Chris Stevens and the others killed in the Benghazi attacks, Groberg ",
    "Carlos Guerrero, 55, ",
    "Bamberg, who is 28, ",
    "The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr., recently ",
    "Ashley Yago, 33, a supporter of Republican Donald Trump who lives across the country "
    "in Greeley, Colo., ",
    "Speaking later on the same show, Sen. Claire McCaskill (D-Mo.), ",
    "According to a Washington Post-ABC News survey, 51 percent of respondents ",
    "His answer: Trump ",
    # built: a number's comma is no barrier
    "Among the voters polled, 1,240 percent of respondents ",
]


@pytest.mark.parametrize("text", _BARRIER_TEXTS)
def test_speaker_search_past_a_barrier_finds_what_the_whole_search_finds(text: str) -> None:
    whole = SPEAKER_BEFORE.search(text, 0, len(text))
    past = SPEAKER_BEFORE.search(text, _past_barriers(text, 0, len(text)), len(text))
    assert whole is not None
    assert (whole.span(), whole.groupdict()) == (past and (past.span(), past.groupdict()))


def test_the_speaker_search_starts_after_a_comma_no_match_crosses() -> None:
    text = _BARRIER_TEXTS[0]
    assert _past_barriers(text, 0, len(text)) == text.index(" as Sanders")
    text = _BARRIER_TEXTS[2]  # an appositive closes at the last comma: no shortcut
    assert _past_barriers(text, 0, len(text)) == 0


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*_PIECES, ":", "69,", "1,000", "U.S.,", "45", "percent", "voters", "who", "as", "–"]
        ),
        max_size=24,
    ),
    st.integers(0, 40),
)
def test_speaker_search_past_barriers_finds_what_the_whole_search_finds(
    pieces: list[str], pos: int
) -> None:
    text = " ".join(pieces) + " "
    pos = min(pos, len(text))
    whole = SPEAKER_BEFORE.search(text, pos, len(text))
    past = SPEAKER_BEFORE.search(text, _past_barriers(text, pos, len(text)), len(text))
    assert (whole and (whole.span(), whole.groupdict())) == (
        past and (past.span(), past.groupdict())
    )


# PolNeAR train: "... at a rally in South Carolina Friday night when he told the largely
# unsubstantiated tale"; the rest built to run a longer match through the pronoun
_PRONOUN_TEXTS = [
    "enhanced interrogation techniques at a rally in South Carolina Friday night when he ",
    "the one he later ",  # "later" ends a noun phrase as "reporter" does
    "about half of them said they ",
    "Trump's he has ",
    "a lawyer with the firm who ",
    "the thing he never ",
    "Sanders, who ",  # an appositive's marks close after what they hold
    "the outliers -- he ",
]


def _whole_speaker_search(text: str, ss: int, cs: int) -> object:
    found = speaker_and_span_before(text, ss, cs)
    return found and (found[0].span(), found[0].groupdict(), found[1])


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *_PIECES,
                "he",
                "who",
                "they",
                "it",
                "I",
                "later",
                "never",
                "whether",
                "when",
                "ally",
                "close",
                "to",
                "percent",
                "45",
                "reporter",
                "A",
                "The",
                "his",
                "claims",
            ]
        ),
        max_size=24,
    ),
)
@example(_PRONOUN_TEXTS[0].split())
def test_the_speaker_search_starts_at_a_lone_pronoun_where_the_whole_search_finds(
    pieces: list[str],
) -> None:
    texts = [" ".join(pieces) + " ", *_PRONOUN_TEXTS]
    for text in texts:
        fast = _whole_speaker_search(text, 0, len(text))
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(mentions, "_past_words_before_pronoun", lambda _t, pos, _a, _w: pos)
            assert _whole_speaker_search(text, 0, len(text)) == fast


@pytest.mark.parametrize("text", _PRONOUN_TEXTS)
def test_the_speaker_search_starts_at_a_lone_pronoun_only_where_nothing_takes_it_in(
    text: str,
) -> None:
    words = text.split()
    k = max(i for i, w in enumerate(words) if w in {"he", "who", "they"})
    at = _token_start(text, 0, len(text), words, k)
    start = mentions._past_words_before_pronoun(text, 0, at, words[k + 1 :])
    skips = text in {_PRONOUN_TEXTS[0], "Sanders, who ", "the outliers -- he "}
    assert start == (at if skips else 0)


@pytest.mark.parametrize(
    "text",
    [
        "Trump's running mate, JD Vance, echoed",  # train: three words before the comma
        "“Absolutely,” he said.",
        "U.S. officials don't say so — and won't",  # "U", "S", "don't" and "won't" are words
        "",
    ],
)
def test_has_words_says_whether_words_in_counts_that_many(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            count = words_in(text, start, end)
            assert [has_words(text, start, end, n) for n in range(17)] == [
                count >= n for n in range(17)
            ]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab’' ,.\n-", max_size=60),
    st.integers(0, 70),
    st.integers(0, 70),
    st.integers(0, 16),
)
def test_has_words_agrees_with_words_in(text: str, start: int, end: int, n: int) -> None:
    assert has_words(text, start, end, n) == (words_in(text, start, end) >= n)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_a_time_tail_ends_with_a_time_word(pieces: list[str]) -> None:
    text = " ".join(pieces) + " "
    if _TIME_TAIL.search(text, max(0, len(text) - 60), len(text)) is not None:
        assert text.split()[-1].removesuffix(",").endswith(_TIME_LAST_WORDS)


def test_speakers_after_quotations_and_in_parentheses() -> None:
    # PolNeAR train-like attributions: the speaker after a quotation, and an appositive in
    # parentheses holding a quotation mark
    for text, speaker in [
        ("“We will win,” Trump said", "Trump"),
        ('"It is not true"; Peskov said', "Peskov"),
        ("Sen. Marco Rubio (R-Fla.; “Little Marco”) said", "Sen. Marco Rubio"),
        ("“Absolutely,” former Florida governor Jeb Bush said", "Florida governor Jeb Bush"),
    ]:
        m = speaker_before(text, 0, text.rindex(" said") + 1)
        assert m is not None
        assert m.group("speaker") == speaker, text


# junk words, words that end with one's letters ("that", "was"), and letters that are word
# characters without being ASCII ones
_JUNK_PIECES = [*_JUNK_WORDS, ",", "that"]
_JUNK_PIECES += ["was", "for", "band", "whereas", "more", "at", "_", "é", "ſ", "1", "(", "\t"]


def _joined(pieces: list[str], max_size: int) -> st.SearchStrategy[tuple[str, int]]:
    """Texts of the pieces joined by spaces or glued, with a start in the first characters."""
    return st.tuples(
        st.lists(st.sampled_from(pieces), max_size=max_size),
        st.sampled_from([" ", ""]),
        st.integers(0, 12),
    ).map(lambda t: (t[1].join(t[0]), t[2]))


@settings(max_examples=400, deadline=None)
@given(_joined([*_PIECES, *_JUNK_PIECES], 12))
def test_trailing_junk_is_only_looked_for_where_it_can_end(text_start: tuple[str, int]) -> None:
    text, start = text_start
    for end in range(start, len(text) + 1):
        if TRAILING_JUNK.search(text, max(start, end - 40), end) is not None:
            assert _may_end_in_junk(text, start, end)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab-A_1é .\n", max_size=24), st.text(alphabet="ab-", min_size=2, max_size=4)
)
def test_a_lower_case_word_is_found_where_findall_finds_it(text: str, key: str) -> None:
    # "well-known" holds "well-known", not "known"; "Anti-war" holds "war"; "_war" nothing
    found = _LOWER_WORD.fullmatch(key) is not None and _writes_lower(text, key)
    assert found == (key in _LOWER_WORD.findall(text))


def test_lower_case_words_are_looked_up_then_gathered() -> None:
    # PolNeAR train-like: "Back at the bungalow" opens with a word the article writes in
    # lower case; past _LOWER_LOOKUPS words the article's lower-case words are gathered
    text = "Back at the bungalow, he came back. The well-known anti-war group said no. " * 3
    keys = ["back", "known", "well-known", "war", "anti-war", "bungalow", "said", "the", "x"]
    keys += [f"w{i}" for i in range(_LOWER_LOOKUPS)]
    words = set(_LOWER_WORD.findall(text))
    resolver = Resolver.build(text)
    for key in [*keys, *keys]:
        assert resolver._writes_lower(key) == (key in words), key
    assert resolver.lower_words == frozenset(words)


def _written_inside(text: str) -> frozenset[str]:
    """The capitalised words a text writes inside a sentence, gathered in one pass."""
    resolver = Resolver.build(text)
    return frozenset(
        m.group() for m in _CAPITALISED.finditer(text) if resolver._named_at(m.start())
    )


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="Ab-’'s .,\n", max_size=30),
    st.text(alphabet="Ab-’'s,", min_size=1, max_size=4),
)
@example(text=" ’ A", word="A")  # a quotation mark and spaces alone before the word
def test_a_capitalised_word_is_found_inside_where_the_whole_scan_finds_it(
    text: str, word: str
) -> None:
    # a word's own places, read with str.find, tell what the scan of every capitalised word
    # tells: "Ab" of "Ab-b" or "b'Ab" is no match there; "Ab’s" holds "Ab"
    assert Resolver.build(text)._written_inside(word) == (word in _written_inside(text))


def test_capitalised_words_are_looked_up_then_gathered() -> None:
    # PolNeAR train-like: "Giant screens hanging over the arena" opens with a word of the
    # language, "Hurt" of "Mr. Hurt" is a name; past _INSIDE_LOOKUPS words the capitalised
    # words the article writes inside a sentence are gathered
    text = "Giant screens hung there. Mr. Hurt said the Giant was back. Concerns rose. " * 2
    words = ["Giant", "Concerns", "Hurt", "Screens", "Back"]
    # (words of the language, which are looked up: a name or a plural of people is not)
    words += [w.title() for w in sorted(common_words())[: 4 * _INSIDE_LOOKUPS]]
    inside = _written_inside(text)
    assert "Giant" in inside
    assert "Concerns" not in inside
    plain = Resolver.build(text)
    plain.named_inside = inside  # as gathered at the first word asked, before
    resolver = Resolver.build(text)
    for word in [*words, *words]:
        assert resolver._plain_word(word) == plain._plain_word(word), word
    assert resolver._plain_word("Giant") is False
    assert resolver._plain_word("Concerns") is True
    assert resolver.named_inside == inside


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab ,\n\t\xa0\x1c", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_a_token_starts_where_the_regex_finds_it(text: str, low: int, end: int) -> None:
    # speaker_before reads the tokens of its window by str.split: the \S+ matches there
    low = min(low, len(text))
    end = min(max(low, end), len(text))
    starts = [m.start() for m in re.compile(r"\S+").finditer(text, low, end)]
    toks = text[low:end].split()
    assert [_token_start(text, low, end, toks, k) for k in range(len(toks))] == starts


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='ab “”";(\n', max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_the_last_mark_no_speaker_holds_is_the_last_of_their_rfinds(
    text: str, pos: int, end: int
) -> None:
    # speaker_and_span_before finds it by one search, where it asked each mark's rfind
    pos = min(pos, len(text))
    end = min(max(pos, end), len(text))
    last = max(text.rfind(mark, pos, end) for mark in _NEVER_IN_SPEAKER)
    found = _LAST_NEVER_IN_SPEAKER.search(text, pos, end)
    assert (found.start() if found is not None else -1) == last


@pytest.mark.parametrize(
    "word", ["Mrs.", "mr", "Congresswoman", "spokesman,", "he", "Hillary", "Donald", "Trump", ""]
)
def test_the_gender_of_one_word_is_that_of_the_word_alone(word: str) -> None:
    assert word_gender(word) == gender_of([word])


def test_a_claim_takes_its_words_back_as_model_copy_gives_them() -> None:
    path = sorted(SEEDS.glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    claims = extract(Article.from_text(text, path=str(path)))
    assert claims
    shouted = text.upper()  # other words at the same spans
    for claim in claims:
        sp, cp = claim.speaker_span, claim.cue_span
        plain = claim.model_copy(
            update={
                "text": shouted[claim.span[0] : claim.span[1]],
                "speaker_mention": shouted[sp[0] : sp[1]] if sp is not None else None,
                "cue": shouted[cp[0] : cp[1]] if cp is not None and claim.cue is not None else None,
            }
        )
        made = _with_text(claim, shouted)
        assert made == plain
        assert made.model_fields_set == plain.model_fields_set
        assert made.model_dump_json() == plain.model_dump_json()
        # the same words: the claim as it is
        same = _with_text(claim, text)
        assert same == claim.model_copy(update={"text": claim.text})
        assert same.model_dump_json() == claim.model_dump_json()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abc. \n\"”'?1A", max_size=900), st.integers(0, 900), st.integers(0, 900))
def test_sentence_starts_are_found_last_first_as_the_whole_scan_finds_them(
    text: str, low: int, pos: int
) -> None:
    # whitespace runs across the point where the near scan starts are the case to hold
    pos = min(pos, len(text))
    low = min(low, pos)
    whole = [m.end() for m in _SENTENCE_START.finditer(text, low, pos)]
    if low == 0:
        whole.insert(0, 0)
    assert list(_sentence_starts_back(text, low, pos)) == whole[::-1]


# _BOUNDARY with its closing marks' repeat and opening mark's "?" as first written
_PLAIN_BOUNDARY = re.compile(
    r"[.!?…][.!?…]*(?:''|[\"”’)\]])*(?=(?P<space>\s+)(?:''|[\"“‘(\[])?[A-Z0-9])"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab. \n\"“”’‘'?!…)]([1A", max_size=200), st.integers(0, 200))
def test_sentence_ends_are_found_as_the_boundary_first_written_finds_them(
    text: str, low: int
) -> None:
    # "lifestyles.” The", "doing?’ And" (train), '(I.) ''We'
    found = [(m.span(), m.span("space")) for m in _BOUNDARY.finditer(text, low)]
    assert found == [(m.span(), m.span("space")) for m in _PLAIN_BOUNDARY.finditer(text, low)]


# _SENTENCE_START as it was written with two branches, each opening with its own mark
_SENTENCE_START_TWO_BRANCHES = re.compile(
    r"[.!?](?:(?<=[a-z]{3}[.!?])|(?<=[0-9][.!?]))(?:[”\"’']|'')?\s+|\n\s*"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcz. \n\t\"”’'?!1A", max_size=300), st.integers(0, 300))
def test_sentence_starts_opened_by_one_class_are_those_of_two_branches(text: str, low: int) -> None:
    # "office. He", 'win." The', "2016.\n\nIn", "Mr. Trump" (no start after "Mr.")
    text = "He left office. He said 2016.\n\nIn 'Mr. Trump.'' won!” " + text
    plain = [m.span() for m in _SENTENCE_START_TWO_BRANCHES.finditer(text, low)]
    assert [m.span() for m in _SENTENCE_START.finditer(text, low)] == plain


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_PIECES, "Clinton's", "Sanders’", "’s", "Jr.", "aides", "d'Estaing"]),
        max_size=16,
    )
)
def test_noun_phrase_words_read_at_once_match_as_before(pieces: list[str]) -> None:
    # _NP reads each word at once ("*+"); giving letters back, as "*" does, finds nothing more
    text = " ".join(pieces) + " "
    for new in (SPEAKER_BEFORE, SUBJECT):
        plain = re.compile(new.pattern.replace("*+", "*"), new.flags)
        assert plain.pattern != new.pattern
        for at in range(len(text)):
            a, b = new.match(text, at), plain.match(text, at)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*_PIECES, "45", "percent", "one", "in", "five", "those", "surveyed", "he", "who",
             "critics", "Clinton's", "aides", "Éric", "économiste", "İstanbul", "naïve", "_x"]
        ),
        max_size=20,
    ),
    st.integers(0, 30),
)  # fmt: skip
def test_the_speaker_search_finds_what_it_found_with_boundaries_and_plain_word_classes(
    pieces: list[str], pos: int
) -> None:
    # SPEAKER_BEFORE's noun phrase opens with no \b (its lookbehind and lookahead hold one
    # already), and its classes name the ASCII word characters before \w: the same pattern
    text = " ".join(pieces) + " "
    pos = min(pos, len(text))
    plain = re.compile(SPEAKER_BEFORE.pattern.replace(_NP_AT_WORD, _NP).replace(W, r"\w"), re.X)
    assert plain.pattern != SPEAKER_BEFORE.pattern
    for at in range(pos, len(text) + 1):
        a, b = SPEAKER_BEFORE.search(text, at, len(text)), plain.search(text, at, len(text))
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_subject_opens_its_noun_phrase_at_a_word_boundary() -> None:
    # SUBJECT may be tried where no word starts: its noun phrase keeps its \b
    assert _NP in SUBJECT.pattern
    assert SUBJECT.match("xTrump said", 1) is None


# the determiners of _NP as first written, each first letter a class
_DETERMINERS_AS_CLASSES = [
    (
        ("the", "his", "her", "their", "its", "an", "a", "one", "many", "some", "other", "most", "both"),
        r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|[Oo]ne|[Mm]any|[Ss]ome|[Oo]ther|[Mm]ost|[Bb]oth)",
    ),
    (("the", "an", "a", "another", "one", "his", "her", "their"), r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir)"),
    (("the", "a"), r"(?:[Tt]he|[Aa])"),
]  # fmt: skip


def _without_shortcuts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return the pattern with no word read at once, no ASCII boundary and its tail's repeat
    written as a repeat."""
    plain = pattern.pattern.replace("(?a:\\b)", "")
    plain = plain.replace(_AUX_TAIL_BRANCHED, _AUX_TAIL)
    for words, written in _DETERMINERS_AS_CLASSES:
        assert _either_case(words) in plain
        plain = plain.replace(_either_case(words), written)
    plain = plain.replace(r"(?:on\s+|)", r"(?:on\s+)?")
    plain = plain.replace(r"(?:earlier\s+|later\s+|)", r"(?:earlier\s+|later\s+)?")
    return re.compile(plain.replace("++", "+").replace("*+", "*"), pattern.flags)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*_PIECES, "officials", "voters", "45", "1,000", "1.5", "%", "percent", "one", "in",
             "five", "ten", "x5", "Éric", "é", "_x"]
        ),
        max_size=16,
    ),
    st.integers(0, 30),
)  # fmt: skip
def test_the_speaker_search_finds_what_it_found_without_its_shortcuts(
    pieces: list[str], pos: int
) -> None:
    # a number or a quantity's word read whole ("45 percent of voters", "one in five"), and
    # the positions inside a word turned away at once
    text = " ".join(pieces) + " "
    pos = min(pos, len(text))
    for new in (SPEAKER_BEFORE, SUBJECT):
        plain = _without_shortcuts(new)
        assert "(?a:\\b)" in SPEAKER_BEFORE.pattern
        assert plain.pattern != new.pattern
        for at in range(pos, len(text) + 1):
            a, b = new.search(text, at, len(text)), plain.search(text, at, len(text))
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@pytest.mark.parametrize(
    ("written", "cue", "lemma", "flags"),
    [
        ("said", "said", "say", {"bare", "inverted", "speaker_after"}),
        ("say", "say", "say", {"bare", "inverted", "speaker_after", "base"}),
        ("saying", "saying", "say", {"bare", "inverted", "participle", "clause_only"}),
        ("plans", "plans", "plan", {"infinitive", "infinitive_only", "clause_only"}),
        ("shows", "shows", "show", {"finding"}),
        ("declined", "declined", "decline", {"infinitive", "decline"}),
        ("knows", "knows", "know", {"that_only", "clause_only"}),
        ("refused  to\ncomment on", "refused to comment on", "refused to comment on", {"phrase", "clause_only"}),
    ],
)  # fmt: skip
def test_a_cue_form_answers_what_verbal_asked_the_lexicon(
    written: str, cue: str, lemma: str, flags: set[str]
) -> None:
    form = cue_form(written)
    assert (form.cue, form.lemma) == (cue, lemma)
    asked = {"bare", "bare_form", "finding", "inverted", "told", "participle", "base", "phrase",
             "infinitive", "infinitive_only", "decline", "that_only", "who_target",
             "speaker_after", "clause_only"}  # fmt: skip
    assert {name for name in asked if getattr(form, name)} == flags


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["the", "his", "Trump", "officials", "a", "poll", "plan", "plans", "report",
             "question", "said", "says", "to", "that", "he", "would", "win", ",", "“", "”",
             "—", "declined", "shows", "leading", "reported", "raising", "showed", "no", "sign",
             "told", "CNN", "Tuesday", "on", "many", "believe", "who", "endorsed", "Cruz"]
        ),
        max_size=16,
    ),
)  # fmt: skip
def test_a_cue_with_no_speaker_and_no_content_is_given_up_as_the_whole_reading_gives_it_up(
    pieces: list[str],
) -> None:
    # verbal gives up a clause_only cue with nothing before it and nothing after it at once,
    # before the subject searches: what they find would make no claim of it either
    text = " ".join(pieces) + "."
    early = {w: cue_form(w) for w in ("plan", "plans", "report", "question", "said", "says",
                                       "declined", "shows", "reported", "showed", "told",
                                       "believe", "endorsed")}  # fmt: skip
    for m in CUE.finditer(text):
        fast = verbal(text, 0, len(text), m)
        try:
            for w, form in early.items():
                _CUE_FORMS[w] = dataclasses.replace(form, clause_only=False)
            slow = verbal(text, 0, len(text), m)
        finally:
            _CUE_FORMS.update(early)
        assert fast == slow


def test_caseless_alternation_matches_what_re_matches_ignoring_case() -> None:
    # the first letters spelled out in each case, the rest ignoring case: the same words
    words = ["spokesman", "spokeswoman", "senator", "aide", "aides", "kremlin", "is", "i"]
    fast = re.compile(caseless_alternation(words))
    plain = re.compile(f"(?i:{alternation(words)})")
    texts = [
        *words,
        "SPOKESMAN",
        "Spokeswoman",
        "sPOKESMAN",
        "ſenator",
        "Senatorſ",
        "AİDE",
        "aıdes",
        "\u212aremlin",
        "KREMLIN",
        "Is",
        "İ",
        "ı",
        "spokes",
        "senators",
        "aid",
        "",
    ]
    for text in texts:
        a, b = fast.match(text), plain.match(text)
        assert (a and a.span()) == (b and b.span()), text


@pytest.mark.slow
def test_caseless_letters_are_those_re_takes_ignoring_case() -> None:
    # the noun trie's letters as classes match what "(?i:...)" matches, over all of Unicode
    chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF]
    for letter, cls in _CASELESS.items():
        caseless = re.compile(f"(?i:{letter})")
        assert {ch for ch in chars if caseless.fullmatch(ch)} == set(cls), letter


def test_an_office_reads_the_roles_of_the_woman_asked_about_only() -> None:
    # PolNeAR train, wash-post 2016-08-26: "Governor Hassan" reads Maggie Hassan's roles
    # (she is given the office), and Mike Pence's wait until a rule asks for them
    text = (
        "At a rally here last week, Mike Pence showed the crowd a clip of Gov. Maggie Hassan "
        "awkwardly trying to defend Hillary Clinton's honesty.\n\n\"Governor Hassan, let me "
        "help you out - the answer's no,\" the Republican vice-presidential nominee riffed."
    )
    r = Resolver.build(text)
    assert r.canonical_name("Governor Hassan") == "Maggie Hassan"
    pence, hassan = r.by_surname["Pence"][0], r.by_surname["Hassan"][0]
    assert not hassan.named_at and "governor" in hassan.roles
    assert pence.named_at and not pence.roles and not r.titled_read
    assert r.roles_of(pence) == {"here", "last", "week"} and not pence.named_at


def test_a_description_reads_the_roles_of_the_people_named_before_it_only() -> None:
    # PolNeAR train-like: "the Florida senator" is the one Florida senator named before it;
    # the roles of Gov. Scott, named after it, and of Sen. Nelson's title wait
    text = (
        "Florida Sen. Marco Rubio spoke first, and Sen. Nelson came. The Florida senator said "
        "he would run. Florida Gov. Rick Scott said nothing."
    )
    r = Resolver.build(text)
    rubio, scott = r.by_surname["Rubio"][0], r.by_surname["Scott"][0]
    pos = text.index("The Florida senator")
    assert r.resolve("The Florida senator", pos) == ("Marco Rubio", False)
    assert not rubio.named_at and {"florida", "senator"} <= rubio.roles
    assert scott.named_at and not scott.roles
    assert r.titled_read and [named for _, named, _, _ in r.titled] == ["Sen. Nelson"]
    assert list(r.titled_roles) == [0] and "senator" in r.titled_roles[0]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.tuples(st.integers(0, 10**9), st.integers(0, 10**9)))
def test_a_claim_id_is_the_content_hash_of_its_article_and_span(
    article: str, span: tuple[int, int]
) -> None:
    assert claim_id(article, span) == content_hash(article, str(span[0]), str(span[1]))


def _is_title_plain(text: str, qs: int, qe: int) -> bool:
    words = _TITLE_WORD.findall(text, qs, qe)
    if not words:
        return True
    caps = sum(1 for w in words if (w[0].isupper() or w[0].isdigit()) and w != "I")
    if len(words) <= 12 and caps * 5 >= len(words) * 3 and caps >= 2:
        return True
    return _TITLE_CUE.search(text, max(0, qs - 30), qs) is not None


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["The", "book", "I", "said", "no-one", "’s", "1999", "_", "", "Lead"]),
        max_size=60,
    ),
    st.sampled_from([" ", "  ", ", ", "-", "\n"]),
    st.integers(0, 400),
)
@example(["Lead"] * 10, " ", 400)  # twelve words from the start, ten capitalised: a title
def test_a_title_is_told_as_by_all_the_words_of_its_quotation(
    words: list[str], gap: str, cut: int
) -> None:
    # PolNeAR train: '“The Lead with Jake Tapper”' is a title; a quotation of more than 12
    # words is one only after a title cue ("his book “"), however many characters it has
    text = "his book “" + gap.join(words) + "”"
    for qs in (0, 9, 10):
        for qe in (len(text), min(len(text), qs + cut)):
            assert is_title(text, qs, qe) == _is_title_plain(text, qs, qe)


# what may stand before a quotation: title cues in any case (re matches "ſ" for "s" and the
# Kelvin sign for "k" ignoring case), what may follow one, and what follows a cue of speech
_BEFORE_TITLE_PIECES = [
    "his", "book", "BOOK", "bookſ", "boo\u212a", "Show's", "titled", "ad", ",", "''", '"', "“",
    "said.", "said:", "\n", "  ", "_", "1",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_BEFORE_TITLE_PIECES), max_size=10),
    st.sampled_from([" ", ""]),
    st.sampled_from(["“the plan is bad”", "the plan is bad, he said"]),
)
def test_a_title_cue_is_found_before_a_quotation_as_the_search_finds_it(
    pieces: list[str], sep: str, quotation: str
) -> None:
    before = sep.join(pieces)
    text = before + quotation
    for qs in range(len(before) + 1):
        assert is_title(text, qs, len(text)) == _is_title_plain(text, qs, len(text))


def _introduced_quote_plain(text: str, start: int, end: int) -> int:
    last = None
    for m in QUOTE_INTRODUCED.finditer(text, start, end):
        last = m
    if last is None or last.end() - start < 8:
        return start
    inside = text[last.end() : end]
    marks = sum(inside.count(mark) for mark in '"“”') + 2 * inside.count("''")
    return last.end() if marks <= 2 else start


# PolNeAR train: "Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon in her
# mouth,'' Mr. Elkins said"; and the marks that introduce a quotation, or do not
_NAME_PIECES = [
    "Bill", "Osama", "Mr.", "Trump", "Ludwig", "van", "von", "de", "al", "bin", "deal", "the", "U.S.",
    "O'Rourke", "Éric", "é", "xY", "_", ",", ".", "\n", "  ", "\t",
]  # fmt: skip
# _NAME_SEQ as first written: a word, then words or particles, the last a word
_PLAIN_NAME_SEQ = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w’'\-]*+\.?(?:[^\S\n]+(?:[A-Z][\w’'\-]*+\.?|de|van|von|bin|al))*"
    r"[^\S\n]+[A-Z][\w’'\-]*+\.?"
)


@settings(max_examples=1000, deadline=None)
@given(_joined(_NAME_PIECES, 10))
def test_names_are_found_as_the_name_pattern_first_written_finds_them(
    text_start: tuple[str, int],
) -> None:
    # "Mayor Bill de Blasio", "Osama bin Laden" (train): the second word a choice of branches
    text, start = text_start
    found = [m.span() for m in _NAME_SEQ.finditer(text, start)]
    assert found == [m.span() for m in _PLAIN_NAME_SEQ.finditer(text, start)]


_INTRODUCED_PIECES = [
    "Neither", "man", "was", "impressed", "-", "—", "–", ":", "(", ")", "''", "“", "”", '"',
    "well-known", "\n", "  ", "said",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_joined(_INTRODUCED_PIECES, 16))
def test_a_quotation_is_found_introduced_as_the_whole_scan_finds_it(
    text_start: tuple[str, int],
) -> None:
    text, start = text_start
    for end in range(min(start, len(text)), len(text) + 1):
        assert _introduced_quote(text, start, end) == _introduced_quote_plain(text, start, end)


_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted).map(tuple)


@settings(max_examples=500, deadline=None)
@given(st.lists(_SPAN, max_size=9), st.integers(0, 6), st.lists(_SPAN, max_size=5), _SPAN)
def test_quotations_all_taken_as_the_taken_claims_say(
    spans: list[tuple[int, int]],
    first: int,
    quotes: list[tuple[int, int]],
    sentence: tuple[int, int],
) -> None:
    # the early return of _leftover_quotes asks the claims directly what _Taken would say
    claims = [SimpleNamespace(span=span) for span in spans]
    ss, se = sentence
    taken = _Taken(claims, first)  # type: ignore[arg-type]
    plain = all(taken.overlaps(max(qs, ss), min(qe, se)) for qs, qe in quotes)
    assert _all_taken(claims, first, quotes, ss, se) == plain  # type: ignore[arg-type]


# the quantity pattern is searched only where _ends_with_quantity lets it: PolNeAR train
# openings ("But few believe", ", 39 have said", "One is") and pieces that trip the test
_QUANTITY_PIECES = [
    "But", "few", "Few", "many", "Many", "Germany", "some", "Others", "several", "both", "none",
    "One", "one", "once", "39", "1,800", "2012", "at", "least", "have", "don't", "recently",
    "most", "also", "said", "Monday", ",", ";", "“", "\n", "  ",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_QUANTITY_PIECES), max_size=12), st.integers(0, 30))
def test_the_quantity_pattern_matches_only_where_its_cheap_test_lets_it(
    pieces: list[str], low: int
) -> None:
    text = " ".join(pieces) + " "
    low = min(low, len(text))
    if _QUANTITY_SUBJECT.search(text, low, len(text)) is not None:
        assert _ends_with_quantity(text, low, len(text))


# the patterns as first written, before their first character became a class
_PLAIN_AND_THAT = re.compile(r",?\s+and\s+that\s+")
_PLAIN_SECOND_PREDICATE = re.compile(
    r"(?:,|(?<=[”\"])|(?<=''))\s+(?:and|but)\s+(?:(?:also|then|later|quickly|repeatedly)\s+)*"
    r"(?:(?:did|does|would|will|could)\s+(?:not|never)\s+[a-z]+"
    r"|(?:(?:has|have|had)\s+(?:not\s+|never\s+)?)?(?:[a-z]+ed|said|told|made|went|took|gave|sent|spent))\b"
)
_JOINING_PIECES = [
    "and", "but", "that", "also", "did", "not", "said", "ranked", ",", "”", '"', "''", "'", "\n",
    "  ", "Trump", "deal",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_JOINING_PIECES), max_size=14), st.integers(0, 20))
def test_patterns_opening_with_a_class_match_as_first_written(pieces: list[str], pos: int) -> None:
    # '"a terrible deal" and ranked Fiorina' (train), "claims that A and that B"
    text = " ".join(pieces)
    for pattern, plain in (
        (AND_THAT, _PLAIN_AND_THAT),
        (SECOND_PREDICATE, _PLAIN_SECOND_PREDICATE),
    ):
        found = [(m.span(), m.group()) for m in pattern.finditer(text, pos)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text, pos)]


@settings(max_examples=1000, deadline=None)
@given(
    _joined(
        [*_JOINING_PIECES, "’", "“", ";", "sand", "thatch", "and said", "but did not", "and that"],
        14,
    ),
    st.integers(0, 60),
)
def test_the_joining_patterns_match_only_where_their_cheap_tests_let_them(
    text_start: tuple[str, int], end: int
) -> None:
    # '"a terrible deal" and ranked Fiorina' (train): the content scans of SECOND_PREDICATE and
    # AND_THAT are asked only where contents._may_join_predicate / _may_join_that let them
    text, start = text_start
    start = min(start, len(text))
    end = max(start, min(end, len(text)))
    if SECOND_PREDICATE.search(text, start, end) is not None:
        assert _may_join_predicate(text, start, end)
    if AND_THAT.search(text, start, end) is not None:
        assert _may_join_that(text, start, end)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Bob",
                "Woodward",
                "O'Brien",
                "Jr.",
                "eBay",
                "the",
                "'s",
                "’s",
                "s",
                "new",
                "book",
                "books",
                "report",
                "poll",
                " ",
                "  ",
                "\n",
                ",",
                ".",
                "-",
                "“",
                "titled",
                "War",
            ]
        ),
        max_size=16,
    )
)
def test_works_are_the_finditer_matches(pieces: list[str]) -> None:
    # "Bob Woodward's new book titled War", "eBay's report": tried only before an anchor
    text = "".join(pieces)
    expected = [(m.span(), m.groupdict()) for m in _WORK.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in work_matches(text)] == expected


@settings(max_examples=400, deadline=None)
@example("for not letting", 8)
@example("the bill's \n", 12)
@given(st.text(alphabet="ab ’'\n,_9é-", max_size=50), st.integers(0, 50))
def test_the_word_before_is_the_search_for_it(text: str, pos: int) -> None:
    # "for not [letting voters] know": read back from pos, as the regex finds it
    pos = min(pos, len(text))
    m = re.search(r"([\w’']+) $", text[max(0, pos - 40) : pos])
    expected = None if m is None else (max(0, pos - 40) + m.start(), m.group(1))
    assert _word_before(text, pos) == expected


@settings(max_examples=400, deadline=None)
@example("Others who have advocated a tougher line against ", 0, 49)
@given(st.text(alphabet='ab ,.;—(“"\n', max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_the_clause_before_is_the_search_for_it(text: str, low: int, end: int) -> None:
    # " who in recent weeks has taken over control of much of": back to the last mark
    end = min(end, len(text))
    low = min(low, end)
    m = re.compile(r"[^,.;:!?—–()\n“”\"]*$").search(text, low, end)
    assert m is not None
    assert _clause_before(text, low, end) == m.group()


def _inside_quote_marks_in_turn(text: str, pos: int) -> bool:
    """`_inside_quote` as it was written: each mark of the paragraph read in turn."""
    start = text.rfind("\n", max(0, pos - 2000), pos) + 1
    start = max(start, pos - 2000)
    inside = False
    for mark in re.findall('["“”]', text[start:pos]):
        inside = mark != "”" and (mark == "“" or not inside)
    return inside or text.count("''", start, pos) % 2 == 1


@settings(max_examples=400, deadline=None)
@example('"Donald Trump doesn\'t ...,” said Daniel Benjamin ... "He is ignorant. He', 70)
@given(st.text(alphabet="ab \"“”'\n", max_size=60), st.integers(0, 60))
def test_inside_a_quote_is_the_marks_read_in_turn(text: str, pos: int) -> None:
    # a curly mark sets the state, each straight one after it turns it over
    pos = min(pos, len(text))
    assert _inside_quote(text, pos) == _inside_quote_marks_in_turn(text, pos)


def test_the_marks_of_the_contents_prefilters_are_those_of_their_patterns() -> None:
    # _introduced_quote and is_title skip their regex when none of these marks stands in
    # the text: a mark added to a pattern and not to its tuple would never fire
    chars = [chr(c) for c in range(0x3000) if not chr(c).isspace()]
    assert {c for c in chars if QUOTE_INTRODUCED.search(f"x {c} “")} <= set(_INTRODUCING)
    assert {c for c in chars if QUOTE_INTRODUCED.search(f"x: {c}")} <= set("".join(_OPENING_MARKS))
    assert {c for c in chars if _TITLE_CUE.search(f"book {c}")} <= set(_AFTER_TITLE_CUE)


_AFTER_CUE_PIECES = [
    "that", "whether", "if", "he", "it", "I", "they’re", "was", "in", "at", "least", "about", "half",
    "Monday", "Monday's", "late", "walking", "quickly", "no", "Nothing", "said", "x",
    " ", "  ", "\n", ",", ":", "—", "-", "–", '"', "“", "''", "'",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_joined(_AFTER_CUE_PIECES, 8), st.integers(0, 40))
def test_what_follows_a_cue_is_read_by_one_match_as_by_the_four_patterns(
    text_start: tuple[str, int], cut: int
) -> None:
    text, ce = text_start
    ce = min(ce, len(text))
    se = min(len(text), ce + cut)
    m = _AFTER_CUE.match(text, ce, se)
    opening = CONTENT_OPENING.match(text, ce, se)
    assert m is not None and opening is not None
    assert (m.end(), m.group("that")) == (opening.end(), opening.group("that"))
    quote = QUOTE_NEXT.match(text, ce, se)
    assert (m.group("mark") is not None and "-" not in m.group()) == (quote is not None)
    if m.end() == ce + 1:
        assert (m.group("pronoun") is not None) == bool(_PRONOUN_CLAUSE.match(text, m.end(), se))
    if not any(c in m.group() for c in ",:—"):
        word = m.group("word") is not None and "-" not in m.group()
        assert word == bool(NOT_CLAUSE_START.match(text, ce, se))


class _CountingText(str):
    """A text that tallies how many characters its `count` calls read."""

    read = 0

    def count(self, sub: str, start: int | None = None, end: int | None = None) -> int:
        lo = 0 if start is None else start
        hi = len(self) if end is None else end
        _CountingText.read += max(0, hi - lo)
        return super().count(sub, start, end)


def _characters_read_cutting(clauses: int) -> int:
    """Return the characters `first_cut` counts over a sentence of `clauses` attributions
    with no stop, asked once for each attribution's content (as the extractor asks)."""
    clause = "Mr. Smith said the plan would work for the state and its people, "
    text = _CountingText(clause * clauses)
    said = [i * len(clause) + clause.index("said") for i in range(clauses)]
    items = [
        Candidate(
            start=s - 10,
            end=s + 4,
            speaker=(s - 10, s - 1),
            cue=(s, s + 4),
            cls=CueClass.SPEECH,
            direction=Direction.RIGHT,
            content_from=s + 5,
        )
        for s in said
    ]
    cands = Candidates.of(text, 0, items)
    _CountingText.read = 0
    for c in items:
        cands.first_cut(text, c.content_from, len(text))
    return _CountingText.read


def test_cutting_contents_reads_a_long_sentence_without_a_stop_once() -> None:
    # a 1 MB paragraph with no stop took 8 s when each content counted its words from the
    # sentence's start; ten times the attributions must read about ten times the text
    small, large = _characters_read_cutting(100), _characters_read_cutting(1000)
    assert large <= 12 * small


_BOUNDARY_PIECES = ["Mr", "U.S", "He", "said", "he", "3", ".", "!", "?", "…", " ", "\n", "”", "''"]
_BOUNDARY_PIECES += ['"', "’", ")", "“", "(", "A", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BOUNDARY_PIECES)), st.data())
def test_sentence_boundaries_are_found_as_the_class_scan_finds_them(
    pieces: list[str], data: st.DataObject
) -> None:
    # a paragraph with no "!", "?" or "…" is scanned for its periods alone
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    others = other_ends(text)
    assert others == [m.start() for m in re.finditer("[!?…]", text)]
    if not any(start <= at < end for at in others):
        assert [
            (m.span(), m.span("space")) for m in _PERIOD_BOUNDARY.finditer(text, start, end)
        ] == [(m.span(), m.span("space")) for m in _BOUNDARY.finditer(text, start, end)]
    assert sentences(text, start, end, [], others) == sentences(text, start, end, [])


def test_a_sentence_ends_at_a_cry_and_at_a_period_in_one_paragraph() -> None:
    # PolNeAR train (usa-today_2016-03-07): the cry ends a sentence of its own, which a scan
    # of the periods alone would miss
    text = (
        "Guess what, Washington! The people finally recognize that the king has no clothes "
        "and it's payback time."
    )
    others = other_ends(text)
    spans = sentences(text, 0, len(text), [], others)
    assert [text[a:b] for a, b in spans] == [
        "Guess what, Washington!",
        "The people finally recognize that the king has no clothes and it's payback time.",
    ]
    assert sentences(text, 0, len(text), []) == spans
    assert len(sentences(text, 0, len(text), [], [])) == 1  # with no cry known


_LINE_PIECES = ["called", "for", "Tuesday,", "\n", "\n\n", "\r\n", " ", "\t", "x" * 70, "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES)))
def test_unwrap_reads_the_lines_only_of_a_text_with_a_single_line_break(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert unwrap(text) == _unwrap_lines(text)


def test_unwrap_returns_a_text_of_doubled_line_breaks_at_once() -> None:
    # a text of paragraphs parted by blank lines, and one more break at its end
    text = "Trump said he would win.\n\nClinton said\nshe would.\n"
    assert unwrap(text) == "Trump said he would win.\n\nClinton said she would.\n"
    single = "Trump said he would win.\n\nClinton said she would.\n"
    assert unwrap(single) is single


# the functions run once per cue, candidate or claim: each reads an enum member from a module
# name, not off its class (Python 3.11 reads a class's member through EnumType.__getattr__'s
# hook, several hundred instructions a read)
_PER_CLAIM_FUNCTIONS = [
    extract_module._candidates,
    extract_module._cue_candidate,
    extract_module._outermost,
    extract_module._add_all,
    extract_module._add,
    extract_module._cued,
    extract_module._cueless,
    extract_module._extend_last,
    content_spans,
    stance,
]


@pytest.mark.parametrize("function", _PER_CLAIM_FUNCTIONS, ids=lambda f: f.__name__)
def test_the_functions_run_per_claim_read_no_enum_member_off_its_class(function: Any) -> None:
    assert not {"Direction", "Kind", "CueClass", "Stance"} & set(function.__code__.co_names)


def test_a_nestable_direction_is_one_of_the_set_of_them() -> None:
    plain = frozenset({Direction.RIGHT, Direction.NONE, Direction.UNSOURCED})
    for direction in Direction:
        assert (direction in _NESTABLE) == (direction in plain)


def test_the_state_holds_the_articles_text_id_and_path() -> None:
    # the rules read them from the state, never through the pydantic model's attribute hook
    article = Article.from_text("Trump said the wall would be built.", path="a.txt")
    state = extract_module._State(
        article, article.text, article.id, article.path, Resolver.build("")
    )
    assert (state.text, state.article_id, state.path) == (article.text, article.id, article.path)
    assert "article" not in extract_module._add.__code__.co_names
