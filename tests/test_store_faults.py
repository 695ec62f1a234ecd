"""Faults and bad input around the store: bad files as --db, read-only, a killed ingest."""

# Real sentences keep their curly quotation marks and apostrophes.

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.extract import extract
from claimtrack.models import Article
from claimtrack.read import ARTICLE_SUFFIXES
from claimtrack.store import Store, StoreError, schema
from tests.conftest import ROOT, SEEDS
from tests.texts import article_text, write_articles

runner = CliRunner()


def one_line_error(stderr: str) -> None:
    """Fail unless stderr is exactly one `Error: ...` line, with no traceback."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    "content",
    [
        b"this is a shopping list, not a database\n",
        bytes(range(256)) * 64,
        b"SQLite format 3\x00" + b"\xff" * 200,
    ],
    ids=["text", "binary", "bad-header"],
)
@pytest.mark.parametrize("command", [["claims"], ["speakers"], ["ingest", str(SEEDS)]])
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes, command: list[str]
) -> None:
    db = tmp_path / "notes.db"
    db.write_bytes(content)
    result = runner.invoke(app, ["--db", str(db), *command])
    assert result.exit_code == 1
    one_line_error(result.stderr)
    assert "notes.db" in result.stderr
    assert db.read_bytes() == content
    assert not (tmp_path / "notes.db-wal").exists()


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    result = runner.invoke(app, ["--db", str(db), "ingest", str(SEEDS)])
    assert result.exit_code == 1
    one_line_error(result.stderr)
    assert "not a claimtrack one" in result.stderr
    assert db.read_bytes() == before


def test_a_damaged_page_gives_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert runner.invoke(app, ["--db", str(db), "ingest", str(SEEDS), "-w", "1"]).exit_code == 0
    with Store.open(db) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = store.conn.execute("PRAGMA page_size").fetchone()[0]
        root = store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'claims'"
        ).fetchone()[0]
    data = bytearray(db.read_bytes())
    start = (root - 1) * page
    data[start : start + page] = b"\xa5" * page
    db.write_bytes(bytes(data))
    result = runner.invoke(app, ["--db", str(db), "claims", "-f", "json"])
    assert result.exit_code == 1
    one_line_error(result.stderr)


def test_a_folder_as_database_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path), "claims"])
    assert result.exit_code == 1
    one_line_error(result.stderr)


def test_queries_on_a_missing_database_do_not_create_it(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    for command in (["claims"], ["speakers"], ["articles"], ["show", "abcd"]):
        result = runner.invoke(app, ["--db", str(db), *command])
        assert result.exit_code == 1
        one_line_error(result.stderr)
        assert "claimtrack ingest" in result.stderr
    assert not db.exists()


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[Path]:
    """A claimtrack database with the seeds that this process cannot write to."""
    db = tmp_path / "ro.db"
    assert runner.invoke(app, ["--db", str(db), "ingest", str(SEEDS), "-w", "1"]).exit_code == 0
    db.chmod(0o444)
    immutable = False
    if os.access(db, os.W_OK):  # root ignores modes; the immutable attribute stops root too
        immutable = (
            subprocess.run(["chattr", "+i", str(db)], capture_output=True, check=False).returncode
            == 0
        )
    try:
        with open(db, "r+b"):
            pass
    except OSError:
        yield db
    else:
        pytest.skip("cannot make a file read-only here (root without chattr)")
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(db)], check=False)
        db.chmod(0o644)


def test_ingest_into_a_read_only_database_is_a_clear_error(
    read_only_db: Path, tmp_path: Path
) -> None:
    before = read_only_db.read_bytes()
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "a.txt").write_text(article_text(1), encoding="utf-8")
    result = runner.invoke(app, ["--db", str(read_only_db), "ingest", str(tmp_path / "new")])
    assert result.exit_code == 1
    one_line_error(result.stderr)
    assert "read-only" in result.stderr
    assert read_only_db.read_bytes() == before


def test_a_read_only_database_still_answers_queries(read_only_db: Path) -> None:
    result = runner.invoke(app, ["--db", str(read_only_db), "articles", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2
    unchanged = runner.invoke(app, ["--db", str(read_only_db), "ingest", str(SEEDS)])
    assert unchanged.exit_code == 0  # nothing to write: both seeds are there
    assert "2 unchanged" in unchanged.stderr


@pytest.mark.slow
def test_an_ingest_killed_midway_leaves_a_valid_database(tmp_path: Path) -> None:
    n = 2000
    write_articles(tmp_path / "in", n)
    db = tmp_path / "t.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "--db",
            str(db),
            "-q",
            "ingest",
            str(tmp_path / "in"),
            "-w",
            "1",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    committed: set[str] = set()
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                    committed = {r[0] for r in conn.execute("SELECT id FROM articles")}
                    conn.close()
                except sqlite3.Error:
                    committed = set()  # schema not there yet
            if len(committed) >= 100:
                break
            time.sleep(0.005)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {r[0] for r in store.conn.execute("SELECT id FROM articles")}
        assert committed <= stored
        assert len(stored) < n
        for article_id in stored:  # each article with all its claims, or not at all
            article = store.get_article(article_id)
            assert article is not None
            assert len(store.claims_of_articles([article_id])) == len(extract(article))
    again = runner.invoke(app, ["--db", str(db), "ingest", str(tmp_path / "in"), "-w", "1"])
    assert again.exit_code == 0
    assert f"{n - len(stored)} new, 0 updated, {len(stored)} unchanged" in again.stderr


def test_malformed_json_lines_are_skipped_with_their_line_numbers(tmp_path: Path) -> None:
    if ".jsonl" not in ARTICLE_SUFFIXES:
        pytest.skip("the reader does not read .jsonl yet")
    lines = [
        json.dumps({"text": article_text(1), "source": "Wire"}),
        '{"text": "cut off',
        json.dumps({"text": article_text(2), "title": "Two"}),
        "[1, 2, 3]",
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["--db", str(db), "ingest", str(feed)])
    assert result.exit_code == 1
    warnings = [line for line in result.stderr.splitlines() if "feed.jsonl" in line]
    assert any("2" in line for line in warnings) and any("4" in line for line in warnings)
    assert "Traceback" not in result.stderr
    with Store.open(db) as store:
        assert {r["source"] for r in store.articles()} >= {"Wire"}
        assert store.counts()["articles"] == 2


@pytest.mark.parametrize(
    "args",
    [
        ["claims", "--format", "xml"],
        ["claims", "--kind", "quoted"],
        ["claims", "--stance", "maybe"],
        ["claims", "--since", "yesterday"],
        ["speakers", "--format", "yaml"],
        ["articles", "--format", "html"],
        ["show", "abcd", "--format", "csv"],
        ["claims", "--limit", "-1"],
    ],
)
def test_unknown_option_values_are_usage_errors(tmp_path: Path, args: list[str]) -> None:
    Store.open(tmp_path / "t.db").close()
    result = runner.invoke(app, ["--db", str(tmp_path / "t.db"), *args])
    assert result.exit_code == 2


def test_an_empty_store_gives_empty_results(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    Store.open(db).close()
    for command in ("claims", "speakers", "articles"):
        as_json = runner.invoke(app, ["--db", db, command, "--format", "json"])
        assert as_json.exit_code == 0
        assert json.loads(as_json.stdout) == []
        for fmt in ("jsonl", "table"):
            result = runner.invoke(app, ["--db", db, command, "--format", fmt])
            assert (result.exit_code, result.stdout) == (0, "")
        as_csv = runner.invoke(app, ["--db", db, command, "--format", "csv"])
        assert as_csv.exit_code == 0
        assert as_csv.stdout.startswith("id,") and as_csv.stdout.count("\n") == 1  # the header
    assert (
        runner.invoke(
            app, ["--db", db, "claims", "--speaker", "Trump", "-f", "json"]
        ).stdout.strip()
        == "[]"
    )


def test_store_open_errors_are_store_errors(tmp_path: Path) -> None:
    (tmp_path / "x.db").write_text("hello")
    with pytest.raises(StoreError, match="not a valid claimtrack database"):
        Store.open(tmp_path / "x.db")
    with pytest.raises(StoreError, match="no database"):
        Store.open(tmp_path / "absent.db", create=False)
    with pytest.raises(StoreError):
        Store.open(tmp_path / "no" / "such" / "folder" / "t.db")


def test_articles_read_back_equal_to_what_was_ingested(tmp_path: Path) -> None:
    text = "Ünïcödé “quotes” and a BOM-free line\r\nwith CRLF kept.\n"
    article = Article.from_text(text, path="u.txt")
    with Store.open(tmp_path / "t.db") as store:
        store.ingest_article(article, extract(article))
        assert store.get_article(article.id) == article


def test_open_retries_a_lock_the_busy_timeout_does_not_cover(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two processes creating one file at once: SQLite may answer SQLITE_BUSY at once.
    real = Store._setup
    calls = []

    def flaky(self: Store) -> None:
        calls.append(1)
        if len(calls) < 3:
            raise sqlite3.OperationalError("database is locked")
        real(self)

    monkeypatch.setattr(Store, "_setup", flaky)
    with Store.open(tmp_path / "t.db") as store:
        assert schema.current_version(store.conn) == schema.LATEST
    assert len(calls) == 3


def test_open_gives_up_on_a_lock_that_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(self: Store) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Store, "_setup", locked)
    monkeypatch.setattr("claimtrack.store.db.BUSY_TIMEOUT_S", 0.3)
    with pytest.raises(StoreError, match="stayed locked by another process"):
        Store.open(tmp_path / "t.db")
