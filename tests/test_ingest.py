"""The ingest pipeline and `claimtrack ingest`: workers, order, skips, re-ingest, two writers."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimtrack
import claimtrack.ingest
from claimtrack.cli import app
from claimtrack.extract import extract
from claimtrack.ingest import Outcome, ingest
from claimtrack.link.stored import link_store, unlinked_articles
from claimtrack.models import Article, Claim, Stance
from claimtrack.read import Skipped, read_paths
from claimtrack.store import Store
from claimtrack.store import db as store_db
from tests.conftest import ROOT, SEEDS
from tests.texts import article_text, write_articles

runner = CliRunner()


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
    assert re.search(
        r"2 articles: 2 new, 0 updated, 0 unchanged, 0 failed; \d+ claims? stored", result.stderr
    )
    again = runner.invoke(app, ["--db", db, "ingest", str(SEEDS)])
    assert again.exit_code == 0
    assert "0 new, 0 updated, 2 unchanged, 0 failed; 0 claims stored" in again.stderr
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
    assert "2 new, 0 updated, 0 unchanged, 2 failed" in result.stderr
    assert db_counts(Path(db))[0] == 2


def test_cli_ingest_rejects_a_bad_date_or_worker_count(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    assert (
        runner.invoke(app, ["--db", db, "ingest", str(SEEDS), "--published", "soon"]).exit_code == 2
    )
    assert runner.invoke(app, ["--db", db, "ingest", str(SEEDS), "--workers", "0"]).exit_code == 2


@pytest.mark.slow
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


# -- refreshing articles stored by another extractor version ---------------------------------


def seed_claims() -> dict[str, Claim]:
    """Return the claims the extractor finds in the seeds, by id."""
    return {c.id: c for a in read_paths([str(SEEDS)]) if isinstance(a, Article) for c in extract(a)}


def linked_claims(store: Store) -> list[str]:
    """Return the ids of the claims at either end of a stored link, sorted."""
    return sorted({c for x in store.iter_links() for c in (x.from_, x.to)})


def stored_state(store: Store) -> tuple[object, ...]:
    """Return everything a refresh may touch: claims, links, linking marks, versions, speakers."""
    conn = store.conn
    return (
        conn.execute("SELECT * FROM claims ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM links ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM link_done ORDER BY claim").fetchall(),
        conn.execute("SELECT id, extractor FROM articles ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM speakers ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM aliases ORDER BY key, speaker_id").fetchall(),
        conn.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'Putin'").fetchall(),
        conn.execute("SELECT * FROM link_postings ORDER BY key").fetchall(),
    )


@pytest.fixture
def version(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return a one-item list holding the extractor version ingest records; change it at will."""
    current = [claimtrack.ingest.extractor_version()]
    monkeypatch.setattr(claimtrack.ingest, "extractor_version", lambda: current[0])
    return current


def test_the_version_recorded_is_the_package_version(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        ingest(read_paths([str(SEEDS)]), store)
        versions = {r[0] for r in store.conn.execute("SELECT extractor FROM articles")}
        assert versions == {claimtrack.__version__}


def test_a_newer_extractor_refreshes_stored_articles_and_keeps_their_links(
    tmp_path: Path, version: list[str]
) -> None:
    full = seed_claims()
    with Store.open(tmp_path / "fresh.db") as fresh:
        ingest(read_paths([str(SEEDS)]), fresh)
        link_store(fresh)
        ends = linked_claims(fresh)
    missing, changed = ends[0], ends[1]  # two linked claims: one the old version missed
    flipped = Stance.ASSERTS if full[changed].stance is not Stance.ASSERTS else Stance.DENIES

    def older(article: Article) -> list[Claim]:
        return [
            c.model_copy(update={"stance": flipped}) if c.id == changed else c
            for c in extract(article)
            if c.id != missing
        ]

    version[0] = "0.0.1"
    with Store.open(tmp_path / "t.db") as store:
        ingest(read_paths([str(SEEDS)]), store, extractor=older)
        link_store(store)
        before = list(store.iter_links())
        n_before = dict(store.conn.execute("SELECT id, n FROM claims").fetchall())
        version[0] = "0.0.2"
        report = ingest(read_paths([str(SEEDS)]), store)
        assert (report.new, report.updated, report.unchanged, report.failed) == (0, 2, 0, 0)
        assert report.claims == len(full)
        assert {c.id: c.stance for c in store.iter_claims()} == {
            i: c.stance for i, c in full.items()
        }
        # Claims found again keep their place in the full-text index; so do unchanged links.
        n_after = dict(store.conn.execute("SELECT id, n FROM claims").fetchall())
        assert all(n_after[i] == n for i, n in n_before.items())
        kept = {x.id for x in store.iter_links()}
        assert kept == {x.id for x in before if changed not in (x.from_, x.to)}
        assert kept, "no link survived"
        # the refreshed articles' claims are linked again by the next run
        assert set(unlinked_articles(store)) == {c.article for c in full.values()}
        link_store(store)
        assert unlinked_articles(store) == []
        assert linked_claims(store) == ends
        assert store.conn.execute("SELECT count(*) FROM link_done").fetchone()[0] == len(full)
        assert {r[0] for r in store.conn.execute("SELECT extractor FROM articles")} == {"0.0.2"}
        again = ingest(read_paths([str(SEEDS)]), store)
        assert (again.updated, again.unchanged) == (0, 2)


def test_a_refresh_that_finds_the_same_claims_keeps_everything(
    tmp_path: Path, version: list[str]
) -> None:
    version[0] = "0.0.1"
    with Store.open(tmp_path / "t.db") as store:
        ingest(read_paths([str(SEEDS)]), store)
        link_store(store)
        before = stored_state(store)
        version[0] = "0.0.2"
        assert ingest(read_paths([str(SEEDS)]), store).updated == 2
        link_store(store)
        after = stored_state(store)
        assert after[:3] == before[:3] and after[4:] == before[4:]


def test_an_interrupted_refresh_leaves_the_old_claims(
    tmp_path: Path, version: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    version[0] = "0.0.1"
    with Store.open(tmp_path / "t.db") as store:
        ingest(read_paths([str(SEEDS)]), store, extractor=lambda a: extract(a)[1:])
        link_store(store)
        before = stored_state(store)

        def broken(conn: sqlite3.Connection, ids: object) -> None:
            raise KeyboardInterrupt  # the last step of a replacement: all else is written

        real = store_db.drop_unused
        monkeypatch.setattr(store_db, "drop_unused", broken)
        version[0] = "0.0.2"
        with pytest.raises(KeyboardInterrupt):
            ingest(read_paths([str(SEEDS)]), store)
        assert stored_state(store) == before
        monkeypatch.setattr(store_db, "drop_unused", real)
        report = ingest(read_paths([str(SEEDS)]), store)
        assert report.updated == 2 and len(list(store.iter_claims())) == len(seed_claims())
        assert {r[0] for r in store.conn.execute("SELECT extractor FROM articles")} == {"0.0.2"}


def test_reextract_redoes_articles_of_the_same_version(tmp_path: Path) -> None:
    calls: list[str] = []

    def counting(article: Article) -> list[Claim]:
        calls.append(article.id)
        return extract(article)

    one = Article.from_text(article_text(1), path="a.txt")
    copy = one.model_copy(update={"path": "copy.txt"})
    with Store.open(tmp_path / "t.db") as store:
        ingest([one], store, extractor=counting)
        assert ingest([one], store, extractor=counting).unchanged == 1
        assert len(calls) == 1
        report = ingest([one, copy], store, extractor=counting, reextract=True)
        assert (report.new, report.updated, report.unchanged) == (0, 1, 1)
        assert report.updated_articles == [one.id] and len(calls) == 2


def test_a_failed_reextraction_keeps_the_stored_claims(tmp_path: Path) -> None:
    one = Article.from_text(article_text(1), path="a.txt")

    def failing(article: Article) -> list[Claim]:
        raise ValueError("cannot cope")

    with Store.open(tmp_path / "t.db") as store:
        ingest([one], store)
        before = stored_state(store)
        report = ingest([one], store, extractor=failing, reextract=True)
        assert (report.updated, report.failed) == (0, 1)
        assert stored_state(store) == before


def test_metadata_given_is_set_on_stored_articles_too(tmp_path: Path) -> None:
    one = Article.from_text(article_text(1), path="a.txt", source="in")
    with Store.open(tmp_path / "t.db") as store:
        ingest([one], store)
        report = ingest([one], store, metadata={"source": "Reuters", "title": None})
        assert report.unchanged == 1
        (record,) = store.articles()
        assert (record["source"], record["path"]) == ("Reuters", "a.txt")
        # metadata read anew from a file (a feed, front matter) replaces the stored one
        ingest([one.model_copy(update={"source": "elsewhere"})], store)
        assert next(iter(store.articles()))["source"] == "elsewhere"


def test_cli_ingest_reports_updated_articles_and_reextract(
    tmp_path: Path, version: list[str]
) -> None:
    db = str(tmp_path / "t.db")
    version[0] = "0.0.1"
    assert runner.invoke(app, ["--db", db, "ingest", str(SEEDS)]).exit_code == 0
    version[0] = "0.0.2"
    upgraded = runner.invoke(app, ["--db", db, "ingest", str(SEEDS)])
    assert upgraded.exit_code == 0, upgraded.output
    assert re.search(
        r"2 articles: 0 new, 2 updated, 0 unchanged, 0 failed; \d+ claims stored", upgraded.stderr
    )
    same = runner.invoke(app, ["--db", db, "ingest", str(SEEDS), "--source", "Wire"])
    assert (
        "0 new, 0 updated, 2 unchanged, 0 failed; metadata updated for 2; 0 claims" in same.stderr
    )
    forced = runner.invoke(app, ["--db", db, "ingest", "--reextract", str(SEEDS)])
    assert forced.exit_code == 0
    assert "0 new, 2 updated, 0 unchanged" in forced.stderr
    with Store.open(db) as store:
        assert {r["source"] for r in store.articles()} == {"Wire"}
        assert unlinked_articles(store) == []
    assert "--reextract" in runner.invoke(app, ["ingest", "--help"]).stdout


def test_articles_stored_before_versions_were_recorded_are_refreshed(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as store:
        ingest(read_paths([str(SEEDS)]), store)
        store.write(lambda conn: conn.execute("UPDATE articles SET extractor = NULL"))
        report = ingest(read_paths([str(SEEDS)]), store)
        assert (report.new, report.updated, report.unchanged) == (0, 2, 0)
        assert ingest(read_paths([str(SEEDS)]), store).unchanged == 2
