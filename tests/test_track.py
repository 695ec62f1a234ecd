"""Tracked claims: clusters, first assertion, statuses, and the track command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.link.track import ASSERTS, Status, build, matches
from claimtrack.models import Claim, Link, Relation, link_id
from claimtrack.store import Store
from tests.lone_claims import claim
from tests.seed_claims import (
    BOOK_CALLS,
    BOOK_TESTS,
    CAMPAIGN,
    CLAIMS,
    LINKS,
    NEVER_BEGUN,
    NO_COMMENT,
    NOT_OCCURRED,
    PESKOV_CALLS,
)
from tests.seed_claims import build as build_store

runner = CliRunner()


def by_first() -> dict[str, Status]:
    return {t.first.id: t.status for t in build(CLAIMS, LINKS)}


def test_statuses_follow_the_answers() -> None:
    status = by_first()
    assert status[BOOK_CALLS.id] is Status.DENIED
    assert status[BOOK_TESTS.id] is Status.DISPUTED
    [war] = [t for t in build(CLAIMS, LINKS) if NOT_OCCURRED.id in {m.claim.id for m in t.members}]
    assert war.status is Status.UNCONFIRMED
    confirmed = build(CLAIMS, LINKS[:1])
    assert [t.status for t in confirmed] == [Status.CONFIRMED]


def test_a_set_denial_answers_each_cluster_but_does_not_merge_them() -> None:
    tracked = build(CLAIMS, LINKS)
    assert len(tracked) == 3
    calls = next(t for t in tracked if t.first.id == BOOK_CALLS.id)
    roles = {(m.claim.id, m.role) for m in calls.members}
    assert roles == {
        (BOOK_CALLS.id, ASSERTS),
        (PESKOV_CALLS.id, "denies"),
        (CAMPAIGN.id, "denies"),
        (NO_COMMENT.id, "declines"),
    }


def test_first_assertion_is_the_earliest() -> None:
    # without dates, the order of articles in the mapping of ranks decides
    ranks = {NOT_OCCURRED.article: 0, NEVER_BEGUN.article: 1}
    [t] = build(CLAIMS, LINKS[-1:], ranks=ranks)
    assert t.first.id == NOT_OCCURRED.id
    assert [m.role for m in t.members] == [ASSERTS, "repeats"]
    ranks = {NOT_OCCURRED.article: 1, NEVER_BEGUN.article: 0}
    [t] = build(CLAIMS, LINKS[-1:], ranks=ranks)
    assert t.first.id == NEVER_BEGUN.id


def test_query_matches_text_or_speaker() -> None:
    tracked = build(CLAIMS, LINKS)
    assert [t.first.id for t in tracked if matches(t, "peskov")] == sorted(
        [BOOK_CALLS.id, BOOK_TESTS.id], key=[t.first.id for t in tracked].index
    )
    assert [t.first.id for t in tracked if matches(t, "Covid")] == [BOOK_TESTS.id]


def test_track_command_json(tmp_path: Path) -> None:
    db = str(build_store(tmp_path / "t.db"))
    result = runner.invoke(app, ["--db", db, "track", "--format", "json"])
    assert result.exit_code == 0, result.output
    tracked = json.loads(result.stdout)
    status = {t["id"]: t["status"] for t in tracked}
    assert status[BOOK_CALLS.id] == "denied"
    assert status[BOOK_TESTS.id] == "disputed"
    calls = next(t for t in tracked if t["id"] == BOOK_CALLS.id)
    assert calls["published"] == "2024-10-16"
    members = {m["id"]: m["relation"] for m in calls["members"]}
    assert members[BOOK_CALLS.id] == "asserts"
    assert members[NO_COMMENT.id] == "declines"
    assert members[CAMPAIGN.id] == "denies"
    covid = runner.invoke(app, ["--db", db, "track", "covid", "--format", "json"])
    assert [t["id"] for t in json.loads(covid.stdout)] == [BOOK_TESTS.id]


def test_track_on_an_empty_store(tmp_path: Path) -> None:
    Store.open(tmp_path / "empty.db").close()
    result = runner.invoke(app, ["--db", str(tmp_path / "empty.db"), "track", "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    result = runner.invoke(app, ["--db", str(tmp_path / "empty.db"), "track", "--format", "table"])
    assert result.exit_code == 0


def test_track_on_a_missing_database_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "none.db"), "track", "--format", "json"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert "Error: no database at" in result.output


def test_tree_for_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    from claimtrack.cli.link_cmds import _tree

    _tree(build(CLAIMS, LINKS))
    out = capsys.readouterr().out
    assert "DENIED" in out and "DISPUTED" in out
    assert "declines" in out and "Donald Trump" in out
    _tree([])
    assert "no tracked claims" in capsys.readouterr().out


def test_track_csv_is_one_flat_row_per_tracked_claim(tmp_path: Path) -> None:
    import csv
    import io

    db = str(build_store(tmp_path / "t.db"))
    result = runner.invoke(app, ["--db", db, "track", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    calls = rows[BOOK_CALLS.id]
    assert calls["status"] == "denied"
    assert (calls["denies"], calls["declines"], calls["confirms"]) == ("2", "1", "0")


def scored(a: Claim, b: Claim, value: float) -> Link:
    """Return a repeats link from a to b with this score."""
    return Link(
        id=link_id(a.id, b.id, Relation.REPEATS),
        from_=a.id,
        to=b.id,
        relation=Relation.REPEATS,
        score=value,
    )


def test_groups_form_on_strong_links_to_their_centre_only() -> None:
    # calls ~ tests (strong), tests ~ campaign (strong, but tests is no centre), and a weak
    # calls ~ war: no chain joins them all; the strongest pair is one group
    links = [
        scored(BOOK_TESTS, BOOK_CALLS, 0.9),
        scored(CAMPAIGN, BOOK_TESTS, 0.8),
        scored(NEVER_BEGUN, BOOK_CALLS, 0.55),
    ]
    groups = [{m.claim.id for m in t.members} for t in build(CLAIMS, links)]
    assert {BOOK_TESTS.id, BOOK_CALLS.id} in groups
    assert not any(CAMPAIGN.id in g and BOOK_CALLS.id in g for g in groups)
    assert not any(NEVER_BEGUN.id in g and BOOK_CALLS.id in g for g in groups)
    # a strong link to the centre does join
    links.append(scored(NOT_OCCURRED, BOOK_CALLS, 0.7))
    groups = [{m.claim.id for m in t.members} for t in build(CLAIMS, links)]
    assert {BOOK_TESTS.id, BOOK_CALLS.id, NOT_OCCURRED.id} in groups


def test_a_claim_someone_asserts_the_opposite_of_is_disputed() -> None:
    # PolNeAR train: one article, two speakers, one predicate asserted and negated
    from claimtrack.link import link_claims
    from tests.test_link_rules import claim

    working = claim("both he and Manafort were working for Yanukovych's party", "Rick Gates")
    not_working = claim("Gates was not working for Yanukovych's political party", "Tony Podesta")
    links = link_claims([working, not_working])
    claims = {c.id: c for c in (working, not_working)}
    assert [t.status for t in build(claims, links)] == [Status.DISPUTED]


def test_a_group_is_stated_by_its_most_central_member() -> None:
    # PolNeAR train: one proposition in four articles; the first assertion is a fragment
    said = [
        ("65 percent of Republicans", "his call for a temporary ban"),
        ("Donald Trump", "there should be a temporary ban on Muslims' entering the country"),
        (
            "Super PAC poll",
            "they support a proposal to temporarily ban all non-citizen Muslims from entering"
            " the United States",
        ),
        (
            "Donald Trump",
            "a temporary ban on admitting Muslims to the USA because of concerns that terrorists"
            " might slip into the country",
        ),
    ]
    group = [claim(text, speaker) for speaker, text in said]
    links = [scored(c, group[0], 0.7) for c in group[1:]]
    [tracked] = build(
        {c.id: c for c in group}, links, ranks={c.article: i for i, c in enumerate(group)}
    )
    assert tracked.first.id == group[0].id
    # not the fragment: a member that says what is banned and for whom
    assert tracked.proposition.id != group[0].id
    assert "Muslims" in tracked.proposition.text
    record = tracked.record()
    assert (record["proposition_id"], record["proposition"]) == (
        tracked.proposition.id,
        tracked.proposition.text,
    )
    # two claims are equally central: the first assertion states them
    [pair] = build({c.id: c for c in group[:2]}, links[:1])
    assert pair.proposition.id == pair.first.id


def test_a_claim_repeating_two_members_joins_their_group() -> None:
    # PolNeAR train, Marco Rubio in two outlets: the NYT's quotation repeats the HuffPost's
    # one word for word; the shorter (the NYT's) is the group's centre. His restatement
    # repeats the other surely and the centre only weakly (the store's two scores, swapped)
    dispel = claim(
        "Let's dispel with this fiction that Barack Obama doesn't know what he's doing. He"
        ' knows exactly what he\'s doing," said Rubio. "He is trying to change this country',
        "Marco Rubio",
    )
    again = claim(
        "And let's dispel once and for all with this fiction that Barack Obama doesn't know"
        " what he's doing. He knows exactly what he's doing",
        "Marco Rubio",
    )
    notion = claim(
        "Here's the bottom line,\" Rubio added. \"This notion that Barack Obama doesn't know"
        " what he's doing is just not true. He knows exactly what he's doing",
        "Marco Rubio",
    )
    claims = {c.id: c for c in (dispel, again, notion)}
    links = [scored(again, dispel, 1.0), scored(notion, dispel, 0.7755)]
    # one strong link to a member that is no centre: a resemblance of resemblances, listed
    # alone (found by `track QUERY`), not in the group
    groups = [{m.claim.id for m in t.members} for t in build(claims, links)]
    assert not any(notion.id in g and dispel.id in g for g in groups)
    assert {notion.id} in groups
    # and a weak one to the centre as well: it says what the group says
    links.append(scored(notion, again, 0.596))
    groups = [{m.claim.id for m in t.members} for t in build(claims, links)]
    assert {dispel.id, again.id, notion.id} in groups
    # never so through two weak links
    weak = [links[0], scored(notion, dispel, 0.6), links[2]]
    groups = [{m.claim.id for m in t.members} for t in build(claims, weak)]
    assert not any(notion.id in g and dispel.id in g for g in groups)
    # a weak link alone makes no group, and its target alone is no tracked claim
    assert build(claims, [links[2]]) == []


def test_a_claim_repeating_members_of_two_groups_joins_the_one_it_repeats_most_surely() -> None:
    # PolNeAR train, Trump on Obama and ISIS in Politico and the HuffPost: two groups, and
    # his "I don't care. He was the founder" repeats two members of each (scores of the
    # train+dev store, the founder group's two swapped: its sure repeat is of the member
    # that is no centre); it joins the group of its surest repeat
    meant = claim(
        'No, I meant he\'s the founder of ISIS," Trump responded. "I do. He was the most'
        " valuable player. ... He was the founder",
        "Donald Trump",
    )
    short = claim("No, I meant he's the founder of ISIS", "Donald Trump")
    rally = claim("Obama was the founder of ISIS on Wednesday at a Florida rally", "Donald Trump")
    cofounder = claim(
        'Clinton, his Democratic presidential challenger, an ISIS "co-founder."', "Donald Trump"
    )
    care = claim(
        "I don't care. He was the founder. His, the way he got out of Iraq was that that was"
        " the founding of ISIS, OK?",
        "Donald Trump",
    )
    claims = {c.id: c for c in (meant, short, rally, cofounder, care)}
    groups = [scored(short, meant, 0.95), scored(cofounder, rally, 0.636)]

    def group_of(links: list[Link]) -> set[str]:
        found = ({m.claim.id for m in t.members} for t in build(claims, links))
        return next((ids for ids in found if care.id in ids), set())

    founder = {meant.id, short.id, care.id}
    real = [
        scored(care, meant, 0.753),
        scored(short, care, 0.569),
        scored(care, rally, 0.597),
        scored(care, cofounder, 0.551),
    ]
    assert group_of(groups + real) == founder
    # were its surest repeat the one it makes of the other group (tied more surely), it
    # would join neither, and stand alone
    tied = [groups[0], scored(cofounder, rally, 0.9)]
    assert group_of([*tied, *real[:2], scored(care, cofounder, 0.8)]) == {care.id}
    # a second repeat under the linker's threshold counts for none
    assert group_of([*groups, real[0], scored(short, care, 0.05)]) == {care.id}


def test_a_long_claim_holding_two_statements_is_no_centre() -> None:
    # PolNeAR train, Clinton on Trump and ISIS: the HuffPost's quotation of two statements
    # came first, and every later claim repeats it; the shorter claims, whichever came
    # first, are the centres, so the two statements make two groups (scores of the
    # train+dev store, each link from the later claim)
    both = claim(
        'He is becoming ISIS\'s best recruiter," she said. "They are going to people, showing'
        " videos of Donald Trump insulting Islam and Muslims in order to recruit more radical"
        " jihadists",
        "Hillary Clinton",
    )
    debate = claim(
        "We also need to make sure that the really discriminatory messages that Trump is"
        " sending around the world don't fall on receptive ears,\" Clinton said during the"
        " debate. \"He is becoming ISIS' best recruiter. They are going to people, showing"
        " videos of Donald Trump insulting Islam and Muslims in order to recruit more radical"
        " jihadists",
        "Hillary Clinton",
    )
    videos = claim(
        'without evidence, that "they are going to people, showing videos of Donald Trump'
        ' insulting Islam and Muslims in order to recruit more radical jihadists."',
        "Hillary Clinton",
    )
    ban = claim(
        "statements made by Republican front-runner Donald Trump calling for a temporary ban on"
        ' Muslim immigration makes him "ISIS\' best recruiter."',
        "Hillary Clinton",
    )
    becoming = claim("he was ''becoming ISIS' best recruiter.''", "Hillary Clinton")
    recruiter = claim('the Republican frontrunner "ISIS\' best recruiter."', "Hillary Clinton")
    claims = {c.id: c for c in (both, debate, videos, ban, becoming, recruiter)}
    links = [
        scored(debate, both, 1.0),
        scored(videos, both, 1.0),
        scored(recruiter, ban, 0.931),
        scored(videos, debate, 0.868),
        scored(recruiter, becoming, 0.791),
        scored(recruiter, both, 0.675),
        scored(ban, both, 0.663),
        scored(becoming, ban, 0.646),
        scored(recruiter, debate, 0.645),
        scored(becoming, both, 0.632),
    ]
    groups = [{m.claim.id for m in t.members} for t in build(claims, links)]
    assert {both.id, debate.id, videos.id} in groups
    assert {ban.id, becoming.id, recruiter.id} in groups
