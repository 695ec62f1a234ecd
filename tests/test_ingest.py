"""The ingest pipeline and `claimtrack ingest`: workers, order, skips, re-ingest, two writers."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.extract import extract
from claimtrack.ingest import Outcome, ingest
from claimtrack.models import Article, Claim
from claimtrack.read import Skipped, read_paths
from claimtrack.store import Store
from tests.conftest import ROOT, SEEDS

runner = CliRunner()


def article_text(i: int) -> str:
    """Return a small news article with attributed quotes, different for every i."""
    return (
        f"Roads in district {i} will be fixed, the mayor says\n\n"
        f'"We will fix the roads in district {i} before winter," Mayor Ann Lee said on Monday. '
        f'Critics doubted it. "The budget for district {i} is not ready," said Councillor Tom Baker.\n'
        f"Lee insisted that the money for the {i} projects had been set aside in March.\n"
    )


def write_articles(folder: Path, n: int) -> list[Path]:
    """Write n article files into the folder; return their paths in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{i:05d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def expected_claims(folder: Path) -> int:
    """Return how many claims the extractor finds in the folder's articles."""
    return sum(len(extract(a)) for a in read_paths([str(folder)]) if isinstance(a, Article))


def db_counts(db: Path) -> tuple[int, int]:
    """Return (articles, claims) in a database, read with a plain connection."""
    conn = sqlite3.connect(db)
    try:
        return (
            conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            conn.execute("SELECT count(*) FROM claims").fetchone()[0],
        )
    finally:
        conn.close()


def test_ingest_stores_the_seeds_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        first = ingest(read_paths([str(SEEDS)]), store)
        again = ingest(read_paths([str(SEEDS)]), store)
        assert (first.new, first.unchanged, first.failed) == (2, 0, 0)
        assert first.claims == store.counts()["claims"]
        assert sorted(first.new_articles) == sorted(r["id"] for r in store.articles())
        assert (again.new, again.unchanged, again.claims, again.new_articles) == (0, 2, 0, [])


def test_reingest_skips_extraction_of_stored_articles(tmp_path: Path) -> None:
    calls: list[str] = []

    def counting(article: Article) -> list[Claim]:
        calls.append(article.id)
        return extract(article)

    with Store.open(tmp_path / "t.db") as store:
        ingest(read_paths([str(SEEDS)]), store, extractor=counting)
        assert len(calls) == 2
        ingest(read_paths([str(SEEDS)]), store, extractor=counting)
        assert len(calls) == 2


def test_workers_store_the_same_claims_in_input_order(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 50)  # more than one batch, so the pool really runs
    results = []
    for workers in (1, 2):
        with Store.open(tmp_path / f"w{workers}.db") as store:
            report = ingest(read_paths([str(folder)]), store, workers=workers)
            assert (report.new, report.failed) == (50, 0)
            order = [r[0] for r in store.conn.execute("SELECT path FROM articles ORDER BY rowid")]
            claims = sorted(c.model_dump_json() for c in store.iter_claims())
            results.append((order, claims, report.new_articles))
    assert results[0] == results[1]
    assert results[0][0] == sorted(results[0][0])
    assert len(results[0][1]) == expected_claims(folder)


def test_the_same_text_twice_in_one_run_is_stored_once(tmp_path: Path) -> None:
    one = Article.from_text(article_text(1), path="a.txt")
    copy = one.model_copy(update={"path": "copy.txt"})
    with Store.open(tmp_path / "t.db") as store:
        report = ingest([one, copy], store)
        assert (report.new, report.unchanged) == (1, 1)
        assert store.counts()["articles"] == 1


def test_unreadable_inputs_and_extractor_errors_are_reported_and_skipped(tmp_path: Path) -> None:
    good = Article.from_text(article_text(1), path="good.txt")
    bad = Article.from_text(article_text(2), path="bad.txt")

    def picky(article: Article) -> list[Claim]:
        if article.path == "bad.txt":
            raise ValueError("cannot cope")
        return extract(article)

    events = []
    with Store.open(tmp_path / "t.db") as store:
        report = ingest(
            [Skipped("gone.txt", "no such file"), bad, good],
            store,
            extractor=picky,
            on_event=events.append,
        )
        assert (report.new, report.failed) == (1, 2)
        assert [f.path for f in report.failures] == ["gone.txt", "bad.txt"]
        assert "cannot cope" in report.failures[1].reason
        assert [e.outcome for e in events] == [Outcome.FAILED, Outcome.FAILED, Outcome.NEW]
        assert store.has_article(good.id) and not store.has_article(bad.id)


def test_cli_ingest_summarises_on_stderr_and_reingest_adds_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    result = runner.invoke(app, ["--db", db, "ingest", str(SEEDS), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert re.search(r"2 articles: 2 new, 0 unchanged, 0 failed; \d+ claims? stored", result.stderr)
    again = runner.invoke(app, ["--db", db, "ingest", str(SEEDS)])
    assert again.exit_code == 0
    assert "0 new, 2 unchanged, 0 failed; 0 claims stored" in again.stderr
    quiet = runner.invoke(app, ["--db", db, "-q", "ingest", str(SEEDS)])
    assert quiet.exit_code == 0 and quiet.stderr == ""


def test_cli_ingest_sets_metadata_from_options(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    result = runner.invoke(
        app,
        [
            "--db",
            db,
            "ingest",
            str(SEEDS / "001_91c3a4be4a4113fa.txt"),
            "--source",
            "Bloomberg",
            "--title",
            "Trump interview",
            "--url",
            "https://example.org/t",
            "--published",
            "2024-10-16",
        ],
    )
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        (record,) = store.articles()
        assert (record["source"], record["title"], record["url"], record["published"]) == (
            "Bloomberg",
            "Trump interview",
            "https://example.org/t",
            "2024-10-16",
        )


def test_cli_ingest_reads_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    result = runner.invoke(app, ["--db", db, "ingest", "-"], input=article_text(7))
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stderr
    with Store.open(db) as store:
        assert store.counts()["articles"] == 1


def test_cli_ingest_exits_1_when_a_file_fails_and_keeps_the_rest(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(
        app,
        [
            "--db",
            db,
            "ingest",
            str(SEEDS),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "missing.txt"),
        ],
    )
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "missing.txt" in result.stderr
    assert "2 new, 0 unchanged, 2 failed" in result.stderr
    assert db_counts(Path(db))[0] == 2


def test_cli_ingest_rejects_a_bad_date_or_worker_count(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    assert (
        runner.invoke(app, ["--db", db, "ingest", str(SEEDS), "--published", "soon"]).exit_code == 2
    )
    assert runner.invoke(app, ["--db", db, "ingest", str(SEEDS), "--workers", "0"]).exit_code == 2


def test_two_ingest_processes_at_once_both_succeed(tmp_path: Path) -> None:
    n = 600
    files = [str(p) for p in write_articles(tmp_path / "in", n)]
    db = tmp_path / "shared.db"
    base = [sys.executable, "-m", "claimtrack", "--db", str(db), "ingest"]
    # Opposite orders, so that the two writers meet in the middle and race for the same ids.
    commands = [[*base, "--workers", "1", *files], [*base, "--workers", "2", *reversed(files)]]
    procs = [
        subprocess.Popen(c, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for c in commands
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out == ""
    new = [_count("new", err) for _, err in outputs]
    unchanged = [_count("unchanged", err) for _, err in outputs]
    assert sum(new) == n
    assert [a + b for a, b in zip(new, unchanged, strict=True)] == [n, n]
    assert db_counts(db) == (n, expected_claims(tmp_path / "in"))
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def _count(word: str, summary: str) -> int:
    """Return the number before `word` in an ingest summary."""
    found = re.search(rf"(\d+) {word}", summary)
    assert found is not None, summary
    return int(found.group(1))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cli_ingest_with_workers_matches_the_library(tmp_path: Path, workers: str) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 40)
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["--db", str(db), "ingest", str(folder), "--workers", workers])
    assert result.exit_code == 0, result.output
    assert db_counts(db) == (40, expected_claims(folder))
