"""`claimtrack track` triage: status, sort, limit, speaker, min score, ids, tree in a pipe."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from claimtrack.cli import app

runner = CliRunner()
STATUS_ORDER = ["disputed", "denied", "confirmed", "unconfirmed"]


def track(db: Path, *args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["--db", str(db), "track", *args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_most_contested_come_first_by_default(seeds_db: Path) -> None:
    found = track(seeds_db)
    ranks = [STATUS_ORDER.index(t["status"]) for t in found]
    assert ranks == sorted(ranks)
    assert found[0]["status"] == "disputed"
    assert "Covid-19" in found[0]["text"]


def test_status_and_limit_select(seeds_db: Path) -> None:
    denied = track(seeds_db, "--status", "denied")
    assert denied and {t["status"] for t in denied} == {"denied"}
    assert "seven times" in denied[0]["text"]
    assert len(track(seeds_db, "--limit", "2")) == 2
    assert runner.invoke(app, ["--db", str(seeds_db), "track", "--status", "maybe"]).exit_code == 2


def test_sort_by_denials_and_by_sources(seeds_db: Path) -> None:
    by_denials = track(seeds_db, "--sort", "denials")
    denials = [t["counts"]["denies"] for t in by_denials]
    assert denials == sorted(denials, reverse=True) and denials[0] >= 4
    by_sources = track(seeds_db, "--sort", "sources")
    sources = [t["sources"] for t in by_sources]
    assert sources == sorted(sources, reverse=True)
    for t in by_sources:
        assert t["articles"] == len({m["article"] for m in t["members"]}) >= t["sources"]
    ties = [t["articles"] for t in by_sources if t["sources"] == sources[-1]]
    assert ties == sorted(ties, reverse=True)  # a corpus naming no sources still ranks
    assert track(seeds_db, "--sort", "newest")  # accepted; the seeds have no dates


def test_speaker_keeps_the_claims_someone_took_part_in(seeds_db: Path) -> None:
    peskov = track(seeds_db, "--speaker", "peskov")
    assert peskov
    for t in peskov:
        assert any(m["speaker"] == "Dmitry Peskov" for m in t["members"])
    assert len(peskov) < len(track(seeds_db))


def test_min_score_leaves_weak_links_out(seeds_db: Path) -> None:
    everything = track(seeds_db)
    strong = track(seeds_db, "--min-score", "0.9")
    members = sum(len(t["members"]) for t in everything)
    assert sum(len(t["members"]) for t in strong) < members
    for t in strong:
        assert all(m["score"] is None or m["score"] >= 0.9 for m in t["members"])


def test_the_tree_shows_ids_and_works_in_a_pipe(seeds_db: Path) -> None:
    result = runner.invoke(
        app, ["--db", str(seeds_db), "track", "--format", "tree", "--status", "denied"]
    )
    assert result.exit_code == 0, result.output
    first = track(seeds_db, "--status", "denied")[0]
    assert result.stdout.startswith("DENIED ")
    assert first["id"] in result.stdout
    assert all(m["id"] in result.stdout for m in first["members"])
    shown = runner.invoke(app, ["--db", str(seeds_db), "show", first["id"], "-f", "json"])
    assert json.loads(shown.stdout)["claim"]["text"] == first["text"]


def test_every_record_says_id(seeds_db: Path) -> None:
    for t in track(seeds_db):
        assert "claim" not in t and len(t["id"]) == 16
        assert all("id" in m for m in t["members"])


def test_claimreview_has_no_local_path_and_the_author_given(seeds_db: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["--db", str(seeds_db), "export", "--author", "Daily Checker",
         "--author-url", "https://checker.example"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    assert reviews
    for review in reviews:
        assert review["author"] == {
            "@type": "Organization",
            "name": "Daily Checker",
            "url": "https://checker.example",
        }
        for work in review["itemReviewed"]["appearance"]:
            assert "url" not in work or work["url"].startswith("http")
    assert "seeds/" not in result.stdout  # the seeds have no URL: no path stands in for one
    plain = json.loads(runner.invoke(app, ["--db", str(seeds_db), "export"]).stdout)
    assert plain[0]["author"]["name"] == "claimtrack"
