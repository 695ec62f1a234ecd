"""Rules of the linker mended after review: background phrases (link/topic.py), claims that
only name someone (link/answers.designates)."""
# ruff: noqa: RUF001, RUF003  (curly apostrophes are real news text)

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from claimtrack.extract import extract
from claimtrack.link import link_claims, linker, topic
from claimtrack.link.answers import answer_stance, designates, names_proposition
from claimtrack.link.features import Features, features
from claimtrack.link.linker import make_item, one_predicate_word
from claimtrack.models import Article, Link, Stance
from tests.lone_claims import claim


def _phrases(text: str) -> list[frozenset[str]]:
    return [phrase for _, phrase in topic._backgrounds(text)]


def test_a_background_phrase_ends_where_a_main_clause_goes_on() -> None:
    # PolNeAR train (Hannity and Kasich, March 2016): "but it will be difficult" is Kasich's
    # own predicate, not part of the primaries the nomination would be secured during
    kasich = (
        "it is possible for him to secure the nomination during the primary elections, but it"
        " will be difficult"
    )
    (phrase,) = _phrases(kasich)
    assert features("the primary elections").stems <= phrase
    assert not features("difficult").stems & phrase
    # a phrase still runs to its sentence's end past a comma that opens no clause
    facebook = (
        "Trump generated the most interactions the week after his controversial proposal,"
        " to temporarily ban non-citizen Muslims from entering the country"
    )
    (phrase,) = _phrases(facebook)
    assert features("ban Muslims").stems <= phrase


def test_finding_background_phrases_costs_no_more_in_a_longer_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each phrase costs the features of all before it: a claim made of many sentences with
    # "after" must not cost the square of its length (a 148,000-character claim took 80 s)
    sentence = (
        "Trump generated the most interactions across the social media network the week after"
        " his controversial proposal to temporarily ban non-citizen Muslims. "
    )
    read: list[int] = []

    def counted(text: str) -> Features:
        read.append(len(text))
        return features(text)

    monkeypatch.setattr(topic, "features", counted)
    costs = []
    for times in (200, 400):
        read.clear()
        topic._backgrounds(sentence * times)
        costs.append(sum(read))
    assert costs[1] <= 1.2 * costs[0]


def test_a_role_said_of_someone_by_a_small_clause_cue_or_a_contracted_verb_is_a_predicate() -> None:
    # PolNeAR train: Huffington Post, June 2016 ("Another child responded, “That’s Hillary’s
    # husband.”"); USA Today, January 2016 ("“I'm a voter,” declares Stephanie Acs"); Washington
    # Post, January 2016 ("with Cruz repeatedly calling Trump his friend")
    assert not designates("That’s Hillary’s husband", "responded")
    assert not designates("I'm a voter", "declares")
    assert designates("Trump his friend")  # the words alone read as a name and a role
    assert not designates("Trump his friend", "calling")
    # a possessive stays part of a name: what names someone by a role still designates
    assert designates("Trump’s rival Sen. Ted Cruz", "said")


def test_one_verb_in_common_is_the_same_act_only_on_the_same_named_party() -> None:
    # PolNeAR train (Western Journalism, August 2016; Huffington Post, February 2016): two
    # laws "violated" two rights; the only word in common is the verb (a repeat at 0.68 in a
    # train+dev store)
    law = make_item(
        claim("the law violated the Constitution and the Voting Rights Act", "Democrats")
    )
    quarantine = make_item(claim("the quarantine violated her constitutional rights", "Hickox"))
    assert one_predicate_word(law, quarantine)
    # the same act done to the same named party stays evidence (Washington Post, September
    # 2016; a right link of the links gold)
    credit = make_item(claim("credit for hacking the Democratic National Committee this year", "X"))
    hacked = make_item(
        claim(
            "Russian intelligence services hacked into Democratic National Committee computers",
            "Y",
        )
    )
    assert not one_predicate_word(credit, hacked)


def test_claims_are_linked_in_text_order_whatever_order_they_are_given_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the linker scores a pair of new claims from the earlier one's side and keeps the first
    # claims of a key: each article's claims reach it in text order (the seeds, reversed)
    seeds = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    claims, texts = [], {}
    for path in seeds:
        article = Article.from_text(path.read_text(encoding="utf-8"), path=str(path))
        claims += extract(article)
        texts[article.id] = article.text
    given: list[tuple[str, tuple[int, int]]] = []
    add = linker.Linker.add

    def recorded(self: linker.Linker, items: Sequence[linker.Item]) -> list[Link]:
        given.extend((i.claim.article, i.claim.span) for i in items)
        return add(self, items)

    monkeypatch.setattr(linker.Linker, "add", recorded)
    links = link_claims(claims, texts)
    in_order = list(given)
    given.clear()
    backwards = link_claims(claims[::-1], texts)
    assert links and sorted(x.id for x in backwards) == sorted(x.id for x in links)
    articles = list(dict.fromkeys(a for a, _ in given))
    assert given == sorted(given, key=lambda x: (articles.index(x[0]), x[1]))
    assert sorted(given) == sorted(in_order)


def test_a_denial_of_a_title_case_headline_names_what_it_denies() -> None:
    # PolNeAR train (Breitbart, June 2016): the headline's content is a clause with its verb
    # capitalised; it denies the report it names (a repeat at 0.73 in a train+dev store)
    headline = "Mike Tyson Invited to Appear at GOP Convention"
    assert names_proposition(headline, "Denies")
    assert answer_stance(Stance.DENIES, headline, "Denies") is Stance.DENIES
    # an answer of three words or fewer still names nothing
    assert not names_proposition("the GOP Convention", "Denies")
