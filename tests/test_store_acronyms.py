"""A body's initials and its name: one speaker where an article writes both."""

# Real sentences keep their curly quotation marks and apostrophes.
# ruff: noqa: RUF001

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from claimtrack.models import Article
from claimtrack.store import Store
from claimtrack.store.acronyms import initials, spelt_out
from tests.test_store import said, said_in_order


@pytest.mark.parametrize(
    "name, short",
    [
        ("Associated Press", "AP"),
        ("The New York Times", "NYT"),
        ("Federal Bureau of Investigation", "FBI"),
        ("Democratic National Committee", "DNC"),
        ("Anna Palmer", None),  # a person (PolNeAR train: Politico's Anna Palmer)
        ("Bloomberg poll", None),
        ("AP-GfK Poll", None),  # PolNeAR train: its own initials inside, no "AP"
        ("Huffington Post-Morning Consult poll", None),
        ("Clinton's campaign", None),
        ("CNN", None),
    ],
)
def test_the_initials_of_a_body_of_several_capitalised_words(name: str, short: str | None) -> None:
    assert initials(name) == short


# PolNeAR train: breitbart 2016-02-16 spells the initials out beside them, west-journal
# 2016-07-14 writes "the RNC" as a speaker, AFP writes the Convention, not the Committee
_FEUD = (
    "Boyle’s question centered on Trump’s longstanding feud with the Republican National"
    " Committee (RNC), which has reemerged in recent days after revelations the RNC and local and"
    " state party officials stacked the audience at the most recent debate in Greenville, South"
    " Carolina, with anti-Trump activists who were also opposed to Sen. Ted Cruz (R-TX)."
)
_GOAL = (
    "However, while the RNC says they are well on their way to reaching their goal, they are not"
    " receiving help from many companies who funded the convention in years past."
)
_ROLL_CALL = (
    "Cleveland (AFP) – The Republican National Convention began the state-by-state roll call"
    " vote on Tuesday that will culminate in delegates formally nominating billionaire Donald"
    " Trump for president."
)
_GOAL_CLAIM = ("they are well on their way to reaching their goal", "RNC", "the RNC")


def test_a_name_spelt_out_is_the_one_body_with_those_initials_beside_them() -> None:
    # PolNeAR train, politico 2016-07-22 and huff-post 2016-05-19
    text = (
        "In Orlando, Clinton made an impromptu stop at the Pulse nightclub in Orlando, where 49"
        " people were killed June 12 by a lone gunman in a mass shooting, the Associated Press"
        " reported Friday. Andrea Peyser wrote it."
    )
    assert spelt_out(text, "AP") is None  # written, but not beside the initials
    assert spelt_out(_FEUD, "RNC") == "Republican National Committee"
    assert (
        spelt_out("Citing local news outlets, the AP reports that Hess almost missed.", "AP")
        is None
    )


@pytest.mark.parametrize("reverse", [False, True])
def test_initials_and_the_name_written_in_one_article_are_one_speaker(
    tmp_path: Path, reverse: bool
) -> None:
    # PolNeAR train: "AP" (11 claims) was a speaker apart from the Associated Press (17)
    memorial = (
        "first responders and community residents at the makeshift memorial outside the club,"
    )
    visit = (
        "Clinton made the brief visit after a somber meeting with community leaders and family"
        " members who were affected by the shooting,"
    )
    articles = [
        (
            "The AP said it did not include those meetings in its tally because, presumably,"
            " meetings with government officials were part of the daily duties for any secretary"
            " of state.",
            ("it did not include those meetings in its tally", "AP", "The AP"),
        ),
        (
            "Clinton met with first responders and community residents at the makeshift memorial"
            " outside the club, the Associated Press reported. Clinton made the brief visit after"
            " a somber meeting with community leaders and family members who were affected by the"
            " shooting, according to AP.",
            (memorial, "Associated Press", "the Associated Press"),
            (visit, "AP", "AP"),
        ),
    ]
    with Store.open(tmp_path / "t.db") as store:
        for text, *claims in articles[::-1] if reverse else articles:
            said(store, text, *claims)
        assert [(s["name"], s["claims"]) for s in store.speakers()] == [("Associated Press", 3)]
        assert store.resolve_speaker("AP") == ["Associated Press"]


@pytest.mark.parametrize("reverse", [False, True])
def test_initials_recased_as_a_word_go_to_the_body_they_stand_for_in_any_ingest_order(
    tmp_path: Path, reverse: bool
) -> None:
    # PolNeAR train (politico 2016-08-17): the headline "AP: Trump chair routed ..." gives the
    # extracted name "Ap" (mention "AP"); it went to the Associated Press when it came before
    # the article spelling "AP" out, and was a person "Ap" when it came after
    headline = (
        "AP: Trump chair routed Ukrainian money to D.C. lobbyists.\n\nDonald Trump's campaign"
        " chairman helped a pro-Russian governing party in Ukraine."
    )
    visit = (
        "Clinton made the brief visit after a somber meeting with community leaders and family"
        " members who were affected by the shooting,"
    )
    spelt = (
        "Clinton met with first responders, the Associated Press reported. Clinton made the"
        " brief visit after a somber meeting with community leaders and family members who were"
        " affected by the shooting, according to AP."
    )
    articles = [
        (headline, ("Trump chair routed Ukrainian money to D.C. lobbyists", "Ap", "AP")),
        (
            spelt,
            ("first responders", "Associated Press", "the Associated Press"),
            (visit, "AP", "AP"),
        ),
    ]
    with Store.open(tmp_path / "t.db") as store:
        for text, *claims in articles[::-1] if reverse else articles:
            said(store, text, *claims)
        assert [(s["name"], s["claims"]) for s in store.speakers()] == [("Associated Press", 3)]


@pytest.mark.parametrize("reverse", [False, True])
def test_initials_no_article_spells_out_stay_apart_from_a_name_they_fit(
    tmp_path: Path, reverse: bool
) -> None:
    # PolNeAR train: "HP" is Hewlett-Packard in a wash-post article, not the Huffington Post
    articles = [
        (
            "In September, a still-struggling HP announced it would slash up to 30,000 jobs, a"
            " mass layoff rivaling that of the cuts under Fiorina in the wake of the Compaq deal.",
            ("it would slash up to 30,000 jobs", "HP", "a still-struggling HP"),
        ),
        (
            "The media silence about the poll’s numbers comes two days after the Huffington Post,"
            " which originally said it would cover Trump’s campaign in its entertainment section,"
            " said it would treat the Trump campaign as news.",
            ("it would treat the Trump campaign as news", "Huffington Post", "the Huffington Post"),
        ),
    ]
    with Store.open(tmp_path / "t.db") as store:
        said_in_order(store, articles, reverse)
        assert {s["name"] for s in store.speakers()} == {"HP", "Huffington Post"}


@pytest.mark.parametrize("reverse", [False, True])
def test_a_body_the_text_only_writes_renames_no_speaker_of_its_initials(
    tmp_path: Path, reverse: bool
) -> None:
    # The Convention written in one article is no evidence of whose initials "RNC" are: the
    # RNC of another article (and of this one) was renamed the Convention, in one order
    articles = [(_GOAL, _GOAL_CLAIM), (f"{_ROLL_CALL} {_GOAL}", _GOAL_CLAIM)]
    with Store.open(tmp_path / "t.db") as store:
        said_in_order(store, articles, reverse)
        assert [(s["name"], s["claims"]) for s in store.speakers()] == [("RNC", 2)]


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_an_articles_initials_go_to_the_body_it_spells_out_whatever_an_alias_says(
    tmp_path: Path, order: tuple[int, ...]
) -> None:
    # Two bodies with one's initials, each spelt out beside them in its own article (the AFP
    # sentence with the initials added): each article's "RNC" is its own body, and the "RNC"
    # of an article that spells out neither is neither's, in any order
    convention = _ROLL_CALL.replace("Convention", "Convention (RNC)")
    articles = [(f"{convention} {_GOAL}", _GOAL_CLAIM), (f"{_FEUD} {_GOAL}", _GOAL_CLAIM)]
    articles.append((_GOAL, _GOAL_CLAIM))
    with Store.open(tmp_path / "t.db") as store:
        for i in order:
            said(store, *articles[i])
        for (text, _), body in zip(articles, ["Convention", "Committee", None], strict=True):
            (found,) = store.iter_claims(article=Article.from_text(text).id)
            assert found.speaker == (f"Republican National {body}" if body else "RNC")


def test_the_initials_an_article_showed_go_with_it_when_it_is_deleted(tmp_path: Path) -> None:
    # The Committee's "RNC" (spelt out beside it, and a speaker) and the Associated Press's
    # "AP" (written in a text where the Associated Press is a speaker) were aliases still after
    # their article was deleted, though the speakers stay with claims of other articles
    memorial = (
        "Clinton met with first responders and community residents at the makeshift memorial"
        " outside the club, the Associated Press reported. Clinton made the brief visit after"
        " a somber meeting with community leaders and family members who were affected by the"
        " shooting, according to AP."
    )
    articles = [
        (memorial, ("first responders", "Associated Press", None)),
        (f"{_FEUD} {_GOAL}", _GOAL_CLAIM),
    ]
    others = [
        (
            "The Associated Press reported the delegate count on Tuesday.",
            ("the delegate count", "Associated Press", None),
        ),
        (
            "The Republican National Committee said the debate would go on.",
            ("the debate would go on", "Republican National Committee", None),
        ),
    ]
    with Store.open(tmp_path / "t.db") as store:
        said_in_order(store, others + articles, reverse=False)
        aliases = {s["name"]: s["aliases"] for s in store.speakers()}
        assert aliases == {"Associated Press": ["AP"], "Republican National Committee": ["RNC"]}
        store.delete_articles([Article.from_text(text).id for text, _ in articles])
        aliases = {s["name"]: s["aliases"] for s in store.speakers()}
        assert aliases == {"Associated Press": [], "Republican National Committee": []}
        assert store.resolve_speaker("AP") == []
