"""Speaker mentions, coreference within an article, canonical names, and the store helpers."""

# Typographic apostrophes are part of the real sentences.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import pytest

from claimtrack.extract.coref import Resolver, is_person, name_key
from claimtrack.extract.mentions import clean_mention, speaker_before

# seeds/001, shortened to the sentences that name people and works
SEED = (
    "In a recent interview, former US President Donald Trump refused to confirm or deny ongoing "
    "contact with Russian President Vladimir Putin since leaving office in 2021. These statements, "
    "coupled with fresh allegations in journalist Bob Woodward’s new book, have rekindled debate. "
    "Trump addressed allegations made in Woodward’s book titled War. The book claims that Trump "
    "secretly communicated with Putin. Kremlin spokesperson Dmitry Peskov offered partial "
    "confirmation. The former president has also attacked the Biden-Harris administration."
)


def _speaker(text: str, cue: str) -> str | None:
    """Return the speaker mention right before the first occurrence of a cue."""
    cs = text.index(cue)
    m = speaker_before(text, 0, cs)
    if m is None:
        return None
    span = clean_mention(text, *m.span("speaker"))
    return text[span[0] : span[1]] if span else None


def test_canonical_names_per_article() -> None:
    r = Resolver.build(SEED)
    assert r.canonical_name("Trump") == "Donald Trump"
    assert r.canonical_name("Peskov") == "Dmitry Peskov"
    assert r.canonical_name("Kremlin spokesperson Dmitry Peskov") == "Dmitry Peskov"
    assert r.canonical_name("Putin") == "Vladimir Putin"


def test_descriptions_and_works_resolve() -> None:
    r = Resolver.build(SEED)
    assert r.resolve("The former president", SEED.index("The former"))[0] == "Donald Trump"
    assert r.resolve("The book", SEED.index("The book"))[0] == "Bob Woodward's book War"
    assert r.resolve("Trump’s campaign", len(SEED))[0] == "Donald Trump's campaign"
    assert r.resolve("the Kremlin", len(SEED))[0] == "Kremlin"


def test_pronouns_take_the_last_speaker_of_the_right_number() -> None:
    r = Resolver.build(SEED)
    r.remember(10, "Donald Trump", plural=False)
    r.remember(20, "critics", plural=True)
    assert r.resolve("He", 30) == ("Donald Trump", False)
    assert r.resolve("They", 30) == ("critics", True)
    assert r.resolve("his", 30)[0] == "Donald Trump"


def test_speaker_before_a_cue() -> None:
    # seeds/001 and PolNeAR train
    assert _speaker("Trump’s running mate, JD Vance, echoed this sentiment", "echoed") == "JD Vance"
    assert _speaker("Trump has long argued that", "argued") == "Trump"
    assert _speaker("The former president has also attacked", "attacked") == "The former president"
    assert _speaker("However, critics warn that Trump’s approach", "warn") == "critics"
    text = "And on Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said that"
    assert _speaker(text, "said") == "Kevin Brady"
    assert _speaker("Speaker Paul D. Ryan on Tuesday called", "called") == "Speaker Paul D. Ryan"
    # "These remarks" is no speaker of "highlight"; the possessive "Trump’s" is no speaker
    assert _speaker("These remarks highlight a fundamental difference", "remarks") is None
    assert _speaker("Trump’s claim that staying in touch", "claim") is None


def test_store_helpers() -> None:
    assert name_key("Mr. Trump") == name_key("trump")
    assert name_key("Trump’s campaign") == name_key("Trump's campaign")
    assert is_person("Dmitry Peskov")
    assert not is_person("Trump's campaign")
    assert not is_person("critics")
    assert not is_person("White House press office")


def test_names_do_not_run_over_a_sentence_end_or_a_description() -> None:
    # PolNeAR train: "... on CBN. So ..." and "said undecided Republican voter Stephanie
    # Hooton of Derry, N.H."
    r = Resolver.build("He spoke on CBN. So the pastor left. Paul D. Ryan stayed.")
    assert r.canonical_name("So") == "So"
    assert r.canonical_name("Ryan") == "Paul D. Ryan"
    mention = "undecided Republican voter Stephanie Hooton of Derry, N.H."
    assert r.canonical_name(mention) == "Stephanie Hooton"


@pytest.mark.parametrize(
    "mention, plural",
    [
        ("a spokesman", False),  # "a" is an article, not a quantity
        ("A spokesman for the campaign", False),
        ("Half", True),
        ("Six in 10", True),
        ("Most", True),
    ],
)
def test_only_quantities_are_read_as_shares_of_those_polled(mention: str, plural: bool) -> None:
    r = Resolver.build("A poll of voters in Iowa was released on Tuesday by the campaign.")
    assert r.resolve(mention, 60)[1] is plural
