"""A damaged database is reported by every command in one line naming the file and how to
recover; a read-only store (file, folder, or both) can still be queried."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from claimtrack.cli import app
from claimtrack.store import Store, StoreError, db
from tests.conftest import SEEDS

runner = CliRunner()

NEW_ARTICLE = "Kremlin spokesman Dmitry Peskov said on Tuesday that the calls never took place.\n"

# Every command that opens the store, with arguments; {claim} is a stored claim's id.
COMMANDS = {
    "ingest": ["ingest", "-w", "1", "{new}"],
    "link": ["link"],
    "link --all": ["link", "--all"],
    "claims": ["claims", "-f", "json"],
    "claims --speaker": ["claims", "--speaker", "Peskov", "-f", "json"],
    "speakers": ["speakers", "-f", "json"],
    "articles": ["articles", "-f", "json"],
    "links": ["links", "-f", "json"],
    "track": ["track", "-f", "json"],
    "export": ["export"],
    "show": ["show", "{claim}", "-f", "json"],
    "match": ["match", "-f", "jsonl"],
}


def one_line_error(result: Result) -> None:
    """Fail unless the command failed with exactly one `Error: ...` line and no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.output)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def build(path: Path) -> str:
    """Store the seeds in a new database at path, checkpointed; return one claim id."""
    result = runner.invoke(app, ["--db", str(path), "ingest", "-w", "1", str(SEEDS)])
    assert result.exit_code == 0, result.output
    with Store.open(path) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return str(store.conn.execute("SELECT id FROM claims LIMIT 1").fetchone()[0])


def damage(path: Path, seed: int = 11) -> None:
    """Write random bytes over whole pages in the middle of a database file."""
    size = path.stat().st_size
    with sqlite3.connect(path) as conn:
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    at = (size // 2) // page * page
    with path.open("r+b") as f:
        f.seek(at)
        f.write(random.Random(seed).randbytes(2 * page))


def damage_tables(path: Path) -> None:
    """Write random bytes over the first page of every claimtrack table and index."""
    with sqlite3.connect(path) as conn:
        page = int(conn.execute("PRAGMA page_size").fetchone()[0])
        roots = [
            int(r[0])
            for r in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE rootpage > 1"
                " AND tbl_name NOT LIKE 'schema_migrations%' AND tbl_name NOT LIKE 'sqlite_%'"
            )
        ]
    conn.close()
    noise = random.Random(7)
    with path.open("r+b") as f:
        for root in roots:
            f.seek((root - 1) * page)
            f.write(noise.randbytes(page))


@pytest.fixture(scope="module")
def clean_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Return a checkpointed store of the seeds (copied by each test) and one claim id."""
    path = tmp_path_factory.mktemp("clean") / "seeds.db"
    return path, build(path)


@pytest.fixture
def damaged_store(clean_store: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """Return a copy of the seeds store with random bytes in its middle, and a claim id."""
    path = tmp_path / "damaged.db"
    shutil.copy(clean_store[0], path)
    damage(path)
    return path, clean_store[1]


def run(path: Path, name: str, claim: str, tmp_path: Path) -> Result:
    """Run one of COMMANDS against the database at path."""
    new = tmp_path / "new.txt"
    new.write_text(NEW_ARTICLE)
    args = [a.format(new=new, claim=claim) for a in COMMANDS[name]]
    stdin = json.dumps({"id": "q", "text": "Peskov said the calls never happened"}) + "\n"
    return runner.invoke(app, ["--db", str(path), *args], input=stdin)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_reports_a_damaged_store(
    damaged_store: tuple[Path, str], name: str, tmp_path: Path
) -> None:
    path, claim = damaged_store
    result = run(path, name, claim, tmp_path)
    one_line_error(result)
    assert str(path) in result.stderr
    assert "damaged" in result.stderr and ".recover" in result.stderr


@pytest.mark.parametrize("name", ["claims", "speakers", "links", "track", "export", "link"])
def test_damage_met_after_the_open_is_one_line_too(
    clean_store: tuple[Path, str],
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(db, "QUICK_CHECK_BYTES", 0)  # a store too large to check on open
    path, claim = tmp_path / "pages.db", clean_store[1]
    shutil.copy(clean_store[0], path)
    damage_tables(path)
    result = run(path, name, claim, tmp_path)
    one_line_error(result)
    assert "damaged" in result.stderr


@pytest.mark.parametrize("seed", range(5))
def test_random_damage_is_found_by_the_quick_check(
    clean_store: tuple[Path, str], tmp_path: Path, seed: int
) -> None:
    path = tmp_path / "damaged.db"
    shutil.copy(clean_store[0], path)
    damage(path, seed)
    with pytest.raises(StoreError, match="damaged"):
        Store.open(path, create=False)


def test_the_clean_store_passes_every_command(
    clean_store: tuple[Path, str], tmp_path: Path
) -> None:
    path = tmp_path / "clean.db"
    shutil.copy(clean_store[0], path)
    for name in sorted(COMMANDS):
        result = run(path, name, clean_store[1], tmp_path)
        assert result.exit_code == 0, (name, result.output)


# -- read-only stores ------------------------------------------------------------------------


def test_mode_ro_store_answers_queries_and_refuses_writes(clean_store: tuple[Path, str]) -> None:
    path = clean_store[0]
    before = path.read_bytes()
    with Store.open(path, create=False, read_only=True) as store:
        assert store.read_only
        assert store.counts()["claims"] > 0
        assert list(store.iter_claims(speaker="Peskov"))
        with pytest.raises(StoreError, match="read-only"):
            store.update_metadata(
                store.conn.execute("SELECT id FROM articles").fetchone()[0], title="x"
            )
    assert path.read_bytes() == before


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """Return a folder any user may read, removed afterwards (pytest's tmp is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="claimtrack-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


QUERIES = [
    ["claims", "-f", "json"],
    ["claims", "--speaker", "Peskov", "-f", "json"],
    ["speakers", "-f", "json"],
    ["articles", "-f", "json"],
    ["links", "-f", "json"],
    ["track", "-f", "json"],
    ["export"],
]


def as_normal_user(path: Path) -> list[tuple[int, str, str]]:
    """Return (exit code, stdout, stderr) of each query against path, run as a normal user.

    As root, the queries run in a child process that has dropped to `nobody`, since root
    ignores file modes; everything they need is imported before.
    """
    for args in QUERIES:  # import what the commands import, while the files can be read
        runner.invoke(app, ["--db", str(path), *args])
    if os.geteuid() != 0:
        return [_query(path, args) for args in QUERIES]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, run, report, leave without cleanup
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            out = json.dumps([_query(path, args) for args in QUERIES]).encode()
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(out)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, data
    return [tuple(r) for r in json.loads(data)]  # type: ignore[misc]


def _query(path: Path, args: list[str]) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(path), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("what", ["file", "folder", "both"])
def test_read_only_store_can_be_queried_by_a_normal_user(
    clean_store: tuple[Path, str], shared_folder: Path, what: str
) -> None:
    path = shared_folder / "store.db"
    shutil.copy(clean_store[0], path)
    path.chmod(0o644)
    expected = [_query(path, args)[:2] for args in QUERIES]
    before = path.read_bytes()
    if what in ("file", "both"):
        path.chmod(0o444)
    if what in ("folder", "both"):
        shared_folder.chmod(0o555)
    results = as_normal_user(path)
    for args, (code, out, err), want in zip(QUERIES, results, expected, strict=True):
        assert code == 0, (args, err)
        assert (code, out) == want, args
    assert path.read_bytes() == before
