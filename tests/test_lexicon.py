"""The cue lexicons: verb forms, classes, and coverage of the real PolNeAR cues."""

from __future__ import annotations

from claimtrack.lexicon import (
    PARTICIPLES,
    PHRASE_CUES,
    VERBS,
    CueClass,
    verb_forms,
)


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
