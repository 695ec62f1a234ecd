"""Metadata fixed after the first ingest, articles deleted, paths normalised, filters that cannot match."""

# Real sentences keep their curly quotation marks and apostrophes.
# ruff: noqa: RUF001

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

runner = CliRunner()

TEXT = (
    "Kremlin spokesman Dmitry Peskov said on Tuesday that the reports of secret phone calls"
    " between the two leaders were not true.\n\n"
    "“About the phone calls - it’s not true,” Peskov told reporters in Moscow.\n"
)
OTHER = (
    "Former President Donald Trump said he had sent Covid-19 testing equipment to Russia"
    " in 2020.\n\n“If I did, it’s a smart thing,” Trump said in an interview.\n"
)


def invoke(db: Path, *args: str, input: str | None = None) -> Any:
    return runner.invoke(app, ["--db", str(db), *args], input=input)


def records(db: Path, *args: str) -> list[dict[str, Any]]:
    result = invoke(db, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "peskov.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "trump.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path / "in"


def test_a_feed_with_the_same_texts_updates_the_metadata(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "t.db"
    assert invoke(db, "ingest", str(folder)).exit_code == 0
    (before,) = [a for a in records(db, "articles") if a["path"].endswith("peskov.txt")]
    assert (before["source"], before["title"], before["published"]) == ("in", None, None)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {"text": TEXT, "title": "Kremlin denies", "source": "Reuters", "date": "2024-10-16"}
        )
        + "\n",
        encoding="utf-8",
    )
    again = invoke(db, "ingest", str(feed))
    assert again.exit_code == 0, again.output
    assert "metadata updated for 1" in again.stderr
    (after,) = [a for a in records(db, "articles") if a["id"] == before["id"]]
    assert (after["source"], after["title"], after["published"]) == (
        "Reuters",
        "Kremlin denies",
        "2024-10-16",
    )
    assert after["path"] == before["path"]  # where it was first read
    # The plain files read again do not put the folder's name back as the source.
    invoke(db, "ingest", str(folder))
    assert [a["source"] for a in records(db, "articles", "--source", "reuters")] == ["Reuters"]
    assert len(records(db, "claims", "--since", "2024-10-01")) >= 1


def test_front_matter_and_options_update_a_stored_article(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "t.db"
    invoke(db, "ingest", str(folder / "trump.txt"))
    md = tmp_path / "trump.md"
    md.write_text("---\ntitle: Trump on tests\nsource: Bloomberg\n---\n" + OTHER, encoding="utf-8")
    invoke(db, "ingest", str(md))
    (article,) = records(db, "articles")
    assert (article["title"], article["source"]) == ("Trump on tests", "Bloomberg")
    invoke(db, "ingest", str(md), "--published", "October 15, 2024", "--source", "BBG")
    (article,) = records(db, "articles")
    assert (article["published"], article["source"]) == ("2024-10-15", "BBG")


def test_delete_by_id_path_or_source_removes_claims_and_links(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    db = tmp_path / "t.db"
    invoke(db, "ingest", str(seeds))
    articles = records(db, "articles")
    links = records(db, "links")
    assert len(articles) == 2 and links
    first = articles[0]
    result = invoke(db, "delete", first["path"])
    assert result.exit_code == 0, result.output
    assert f"1 article deleted, with {first['claims']} claims" in result.stderr
    assert [a["id"] for a in records(db, "articles")] == [articles[1]["id"]]
    assert all(c["article"] != first["id"] for c in records(db, "claims"))
    left = {c["id"] for c in records(db, "claims")}
    assert all(x["from"] in left and x["to"] in left for x in records(db, "links"))
    assert len(records(db, "links")) < len(links)
    assert invoke(db, "delete", articles[1]["id"][:8]).exit_code == 0
    assert records(db, "claims") == [] and records(db, "speakers") == []
    assert invoke(db, "delete", "nope.txt").exit_code == 1
    assert invoke(db, "delete").exit_code == 2
    invoke(db, "ingest", str(seeds), "--source", "Wire")
    assert "2 articles deleted" in invoke(db, "delete", "--source", "wire").stderr


def test_paths_written_three_ways_are_one(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "t.db"
    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert invoke(db, "ingest", "./in/peskov.txt").exit_code == 0
        (article,) = records(db, "articles")
        assert article["path"] == "in/peskov.txt"
        for ref in ("in/peskov.txt", "./in/peskov.txt", str(tmp_path / "in" / "peskov.txt")):
            assert [c["article"] for c in records(db, "claims", "--article", ref)][:1] == [
                article["id"]
            ], ref
        shown = json.loads(invoke(db, "show", "./in/peskov.txt", "-f", "json").stdout)
        assert shown["article"]["id"] == article["id"]
    finally:
        os.chdir(here)


def test_a_filter_no_article_can_match_says_so(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "t.db"
    invoke(db, "ingest", str(folder))
    dated = invoke(db, "claims", "--since", "2016-01-01", "-f", "json")
    assert dated.exit_code == 0 and json.loads(dated.stdout) == []
    assert dated.stderr.count("\n") == 1 and "no article has a publication date" in dated.stderr
    nyt = invoke(db, "articles", "--source", "nyt", "-f", "json")
    assert json.loads(nyt.stdout) == [] and "no article has the source 'nyt'" in nyt.stderr
    ok = invoke(db, "claims", "--source", "in", "--speaker", "Peskov", "-f", "json")
    assert ok.stderr == ""


def test_show_gives_the_article_text_and_the_claim_in_its_paragraph(
    tmp_path: Path, folder: Path
) -> None:
    db = tmp_path / "t.db"
    invoke(db, "ingest", str(folder))
    article = next(a for a in records(db, "articles") if a["path"].endswith("peskov.txt"))
    view = json.loads(invoke(db, "show", article["id"], "-f", "json").stdout)
    assert view["article"]["text"] == TEXT
    table = " ".join(invoke(db, "show", article["id"], "-f", "table").stdout.split())
    assert "secret phone calls" in table and "Kremlin spokesman" in table
    claim = next(c for c in view["claims"] if "About the phone calls" in c["text"])
    shown = json.loads(invoke(db, "show", claim["id"], "-f", "json").stdout)
    context = shown["context"]
    assert context["text"] == TEXT.split("\n\n")[1].strip()
    a, b = context["claim_span"]
    assert context["text"][a:b] == claim["text"]
    marked = invoke(db, "show", claim["id"], "-f", "table").stdout
    assert f"⟦{claim['text']}⟧" in " ".join(marked.split())


def test_the_claims_table_has_id_and_date(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "t.db"
    invoke(db, "ingest", str(folder), "--published", "2024-10-16")
    table = runner.invoke(
        app, ["--db", str(db), "claims", "-f", "table"], env={"COLUMNS": "160"}
    ).stdout
    header = table.splitlines()[1]
    assert "id" in header and "date" in header
    first = records(db, "claims")[0]
    assert first["id"] in table and "2024-10-16" in table
