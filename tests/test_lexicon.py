"""The cue lexicons: verb forms, classes, and coverage of the real PolNeAR cues."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest

from claimtrack import lexicon
from claimtrack.extract.stance import stance
from claimtrack.lexicon import (
    CUE_NOUNS,
    DECLINE_CONTENT,
    DECLINE_KEYS,
    DENIAL_CONTENT,
    DENIAL_KEYS,
    GROUP_NOUNS,
    HONORIFICS,
    NOUN_CLASSES,
    ORGANISATION_WORDS,
    PARTICIPLES,
    PHRASE_CUES,
    QUANTITY_WORDS,
    SPEECH_VERBS,
    TITLES,
    VERBS,
    CueClass,
    verb_forms,
)
from claimtrack.models import Stance
from claimtrack.store import aliases


def test_regular_and_irregular_verb_forms() -> None:
    assert verb_forms("argue") == ("argue", ("argue", "argues", "argued", "arguing"))
    assert verb_forms("deny:denied:denies:denying")[1] == ("deny", "denied", "denies", "denying")
    assert verb_forms("insist")[1] == ("insist", "insists", "insisted", "insisting")
    assert verb_forms("point out")[1] == ("point out", "points out", "pointed out", "pointing out")


def test_the_most_frequent_polnear_cues_are_in_the_lexicon() -> None:
    # the most frequent Cue spans of the PolNeAR train split that are reporting verbs
    for cue in [
        "said",
        "says",
        "told",
        "say",
        "added",
        "wrote",
        "saying",
        "noted",
        "reported",
        "announced",
        "suggested",
        "tweeted",
        "argued",
        "explained",
        "acknowledged",
        "declared",
        "claimed",
        "insisted",
        "warned",
        "promised",
        "vowed",
        "denied",
    ]:
        assert cue in VERBS, cue


def test_cue_classes() -> None:
    assert VERBS["denied"][1] is CueClass.DENIAL
    assert VERBS["rejected"][1] is CueClass.DENIAL
    assert VERBS["acknowledging"][1] is CueClass.CONFIRMATION
    assert VERBS["admitted"][1] is CueClass.CONFIRMATION
    assert VERBS["said"][1] is CueClass.SPEECH
    assert PHRASE_CUES["refused to confirm or deny"] is CueClass.DECLINE
    assert PHRASE_CUES["declined to comment on"] is CueClass.DECLINE
    assert PHRASE_CUES["offered partial confirmation"] is CueClass.CONFIRMATION


def test_nouns_that_are_mostly_nouns_are_not_cues() -> None:
    # "some states", "the poll read" and "pledged delegates" are not attributions
    assert "states" not in VERBS and "state" not in VERBS
    assert "read" not in VERBS


def test_participles_are_verb_forms() -> None:
    assert {"saying", "claiming", "stating", "acknowledging"} <= PARTICIPLES
    assert all(p in VERBS for p in PARTICIPLES if " " not in p)


def test_no_lemma_is_listed_twice() -> None:
    lemmas = [verb_forms(entry)[0] for entry in SPEECH_VERBS]
    assert sorted(lemma for lemma in set(lemmas) if lemmas.count(lemma) > 1) == []


@pytest.mark.parametrize(
    "name",
    [
        "OBJECT_VERBS",
        "NP_OBJECT_VERBS",
        "TARGET_VERBS",
        "WHO_TARGET_VERBS",
        "BARE_CLAUSE_VERBS",
        "THAT_ONLY_VERBS",
        "QUOTE_VERBS",
        "INVERTED_VERBS",
        "WH_VERBS",
        "INFINITIVE_VERBS",
        "INFINITIVE_OR_OBJECT_VERBS",
        "NP_ONLY_VERBS",
        "CUE_CLASSES",
    ],
)
def test_every_verb_class_lemma_is_a_cue(name: str) -> None:
    # a class lemma that is no cue is dead: the extractor only ever sees lemmas of VERBS
    cues = {verb_forms(entry)[0] for entry in SPEECH_VERBS}
    assert sorted(set(getattr(lexicon, name)) - cues) == []


def test_every_headline_verb_reads_as_a_cue() -> None:
    cues = {verb_forms(entry)[0] for entry in SPEECH_VERBS}
    assert set(lexicon.HEADLINE_VERBS.values()) <= cues


def test_every_nominal_class_is_a_cue_noun() -> None:
    assert set(NOUN_CLASSES) <= CUE_NOUNS


def _shortest_matches(pattern: str) -> list[str]:
    """Return the shortest strings a pattern matches, one per choice of its alternatives.

    Repeats take their minimum count (".{0,80}?" adds nothing), a character class its
    first member, a word boundary a space, other anchors nothing.
    """

    def expand(items: Any) -> list[str]:
        out = [""]
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                alts = [chr(arg)]
            elif name == "SUBPATTERN":
                alts = expand(arg[-1])
            elif name == "BRANCH":
                alts = [s for branch in arg[1] for s in expand(branch)]
            elif name == "IN":
                first_op, first_arg = arg[0]
                alts = [chr(first_arg) if str(first_op) == "LITERAL" else " "]
            elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
                low, _, body = arg
                alts = ["".join(parts) for parts in itertools.product(expand(body), repeat=low)]
            elif name == "AT":
                alts = [" " if str(arg) == "AT_BOUNDARY" else ""]
            elif name in {"ASSERT", "ASSERT_NOT"}:
                alts = [""]
            elif name == "ANY":
                alts = [" "]
            else:  # pragma: no cover - a construct the patterns do not use yet
                raise AssertionError(f"unexpected regex construct {name}")
            out = [a + b for a in out for b in alts]
        return out

    return expand(re._parser.parse(pattern))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "patterns, keys",
    [(DENIAL_CONTENT, DENIAL_KEYS), (DECLINE_CONTENT, DECLINE_KEYS)],
    ids=["denial", "decline"],
)
def test_every_stance_content_pattern_contains_its_prefilter_word(
    patterns: tuple[str, ...], keys: tuple[str, ...]
) -> None:
    # stance() skips the regexes when no key is in the content: a pattern matching a
    # string without any key would never fire
    for pattern in patterns:
        for text in _shortest_matches(pattern):
            assert re.search(pattern, text, re.IGNORECASE), (pattern, text)
            assert any(k in text.lower() for k in keys), (pattern, text)


def test_the_prefilter_check_catches_a_pattern_without_its_word() -> None:
    assert any(
        not any(k in text.lower() for k in DENIAL_KEYS)
        for text in _shortest_matches(r"\b(?:not true|bogus)\b")
    )


# the shapes the word lists had when they were written inline: a day-name alternation, a
# pronoun set literal, a title list (titles with offices, not a stopword list's "mr mrs ms dr")
_WORD_LISTS = {
    "day names": re.compile(r"Monday\W+Tuesday|monday\W+tuesday"),
    "pronoun sets": re.compile(r"""\{\s*"(?:he|she|they|i|we)",\s*"(?:he|she|they|i|we|you)"\s*"""),
    "title sets": re.compile(r"\bmr\b\W+mrs\b[^)]{0,300}\b(?:sen|president)\b"),
}


@pytest.mark.parametrize("what", sorted(_WORD_LISTS))
def test_word_lists_live_in_the_lexicon_only(what: str) -> None:
    root = Path(lexicon.__file__).parent
    found = [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*.py"))
        if path.name != "lexicon.py" and _WORD_LISTS[what].search(path.read_text("utf-8"))
    ]
    assert found == []


def test_group_words_and_titles_are_shared_by_extraction_and_store() -> None:
    assert aliases.GROUP_WORDS >= ORGANISATION_WORDS | GROUP_NOUNS
    assert "a" not in QUANTITY_WORDS and "half" in QUANTITY_WORDS
    assert {"mr", "mrs", "ms"} <= HONORIFICS <= TITLES


def test_the_common_words_are_the_lines_of_their_file_after_its_comments() -> None:
    # read at once after the comments that head the file: each line holds one word, and no
    # comment or blank line comes among the words
    path = Path(lexicon.__file__).with_name("common_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    words = [line for line in lines if line and not line.startswith("#")]
    assert lexicon.common_words() == frozenset(words)
    assert all(len(word.split()) == 1 for word in words)
    assert lines[: len(lines) - len(words)] == [line for line in lines if line.startswith("#")]
    assert {"giant", "concerns"} <= lexicon.common_words()


def test_a_declining_content_declines_in_any_case_the_patterns_match() -> None:
    # re.IGNORECASE matches the long s for "s" and the Kelvin sign for "k", which lower() keeps
    # as they are: the prefilter must let such a content through to the patterns
    for text in [
        "I won't \u017fay",
        "We wouldn\u2019t \u017fay",
        "I WILL NOT \u017fAY",
        "I won't tell you",
    ]:
        assert re.search("|".join(DECLINE_CONTENT), text, re.IGNORECASE)
        assert stance(CueClass.SPEECH, False, text) is Stance.DECLINES, text
