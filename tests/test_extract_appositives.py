"""The appositive helpers, on real sentences of the PolNeAR train split."""

from __future__ import annotations

import pytest

from claimtrack.extract.appositives import is_clause

# words after a cue, and whether they hold a verb of their own (so they name no speaker)
CLAUSES: list[tuple[str, bool]] = [
    # nyt 2016-05-09 (American admiral): the verb after "who" describes the official
    ("an American official who was briefed on the details of the encounter", False),
    # politico 2015-11-19 (Trump calls for): "that" after a noun opens its content, and the
    # verb in it is a clause's ("referencing a confirmed Breitbart News report that eight
    # Syrian refugees were detained")
    ("Breitbart News report that eight Syrian refugees were detained", True),
    # a verb before any relative pronoun is a clause
    ("his boss was", True),
]


@pytest.mark.parametrize(("words", "clause"), CLAUSES)
def test_a_verb_after_a_relative_pronoun_is_a_description(words: str, clause: bool) -> None:
    assert is_clause(words, 0, len(words)) is clause
