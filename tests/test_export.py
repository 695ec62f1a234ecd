"""`claimtrack export`: ClaimReview JSON-LD and Graphviz dot of the tracked claims."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.link.export import claim_review, dot
from claimtrack.link.track import build
from claimtrack.store import Store
from tests.seed_claims import BOOK_CALLS, BOOK_TESTS, CAMPAIGN, CLAIMS, LINKS, PESKOV_TESTS
from tests.seed_claims import build as build_store

runner = CliRunner()


def test_claim_review_shape() -> None:
    tracked = {t.first.id: t for t in build(CLAIMS, LINKS)}
    review = claim_review(tracked[BOOK_TESTS.id])
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == BOOK_TESTS.text
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"] == "Bob Woodward's book War"
    assert item["appearance"] and item["appearance"][0]["text"] == BOOK_TESTS.text
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] == "Disputed"
    assert "confirmed by Dmitry Peskov" in rating["ratingExplanation"]
    assert "denied by Donald Trump's campaign" in rating["ratingExplanation"]
    assert claim_review(tracked[BOOK_CALLS.id])["reviewRating"]["alternateName"] == "Denied"


def test_dot_has_every_edge() -> None:
    graph = dot(build(CLAIMS, LINKS))
    assert graph.startswith("digraph claims {")
    assert graph.rstrip().endswith("}")
    assert f'"{PESKOV_TESTS.id}" -> "{BOOK_TESTS.id}" [label="confirms"' in graph
    assert f'"{CAMPAIGN.id}" -> "{BOOK_CALLS.id}" [label="denies"' in graph
    assert graph.count(" -> ") == len(LINKS)


def test_export_command(tmp_path: Path) -> None:
    db = str(build_store(tmp_path / "e.db"))
    result = runner.invoke(app, ["--db", db, "export", "--format", "claimreview"])
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    names = {r["claimReviewed"]: r["reviewRating"]["alternateName"] for r in reviews}
    assert names[BOOK_CALLS.text] == "Denied"
    assert names[BOOK_TESTS.text] == "Disputed"
    appearance = next(r for r in reviews if r["claimReviewed"] == BOOK_CALLS.text)["itemReviewed"]
    assert appearance["datePublished"] == "2024-10-16"
    graph = runner.invoke(app, ["--db", db, "export", "--format", "dot", "covid"])
    assert graph.exit_code == 0
    assert BOOK_TESTS.id in graph.stdout and BOOK_CALLS.id not in graph.stdout


def test_export_of_an_empty_store(tmp_path: Path) -> None:
    Store.open(tmp_path / "empty.db").close()
    result = runner.invoke(app, ["--db", str(tmp_path / "empty.db"), "export"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    assert (
        runner.invoke(app, ["--db", str(tmp_path / "none.db"), "export", "-f", "svg"]).exit_code
        == 2
    )
