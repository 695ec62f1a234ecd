"""Linking inside a store: incremental by default, `--all` to redo; the link and links commands."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.link.stored import link_new, link_store
from claimtrack.models import Relation
from claimtrack.store import Store
from tests.conftest import SEEDS
from tests.seed_claims import (
    BOOK_CALLS,
    BOOK_TESTS,
    CAMPAIGN,
    NEVER_BEGUN,
    NOT_OCCURRED,
    ONE,
    ONE_CLAIMS,
    PESKOV_TESTS,
    ZERO,
    ZERO_CLAIMS,
    add,
    build,
)

runner = CliRunner()


def triples(store: Store) -> set[tuple[str, str, Relation]]:
    """Return (from, to, relation) of the stored links."""
    return {(x.from_, x.to, x.relation) for x in store.iter_links()}


def test_new_articles_are_linked_against_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        add(store, ZERO, ZERO_CLAIMS, date(2024, 9, 1))
        assert link_store(store).links == 0
        one = add(store, ONE, ONE_CLAIMS, date(2024, 10, 16))
        made = link_new(store, [one])
        found = triples(store)
        assert made == len(found)
        assert (NEVER_BEGUN.id, NOT_OCCURRED.id, Relation.REPEATS) in found
        assert (PESKOV_TESTS.id, BOOK_TESTS.id, Relation.CONFIRMS) in found
        assert (CAMPAIGN.id, BOOK_CALLS.id, Relation.DENIES) in found
        # nothing new: an incremental run links nothing and keeps every link
        again = link_store(store)
        assert (again.claims, again.links) == (0, 0)
        assert triples(store) == found
        # --all drops the links and finds the same ones again
        redo = link_store(store, redo=True)
        assert redo.claims == len(ZERO_CLAIMS) + len(ONE_CLAIMS)
        assert triples(store) == found


def test_incremental_equals_whole_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as a:
        add(a, ZERO, ZERO_CLAIMS, date(2024, 9, 1))
        link_store(a)
        link_new(a, [add(a, ONE, ONE_CLAIMS, date(2024, 10, 16))])
        step = triples(a)
    with Store.open(build(tmp_path / "b.db")) as b:
        assert triples(b) == step


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(build(tmp_path / "seeds.db"))


def test_links_command_filters(db: str) -> None:
    result = runner.invoke(app, ["--db", db, "links", "--format", "json"])
    assert result.exit_code == 0, result.output
    every = json.loads(result.stdout)
    assert {"id", "from", "to", "relation", "score"} <= set(every[0])
    assert all(0.0 <= x["score"] <= 1.0 for x in every)
    denies = json.loads(
        runner.invoke(app, ["--db", db, "links", "-r", "denies", "--format", "json"]).stdout
    )
    assert denies and {x["relation"] for x in denies} == {"denies"}
    peskov = runner.invoke(app, ["--db", db, "links", "--speaker", "Peskov", "--format", "jsonl"])
    rows = [json.loads(line) for line in peskov.stdout.splitlines()]
    assert rows and all("Dmitry Peskov" in (r["from_speaker"], r["to_speaker"]) for r in rows)
    assert {r["relation"] for r in rows} == {"confirms", "denies"}


def test_links_on_an_empty_or_missing_store(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.db")
    result = runner.invoke(app, ["--db", missing, "links", "--format", "json"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert "Error: no database at" in result.output
    assert not (tmp_path / "none.db").exists()
    Store.open(tmp_path / "empty.db").close()
    empty = str(tmp_path / "empty.db")
    result = runner.invoke(app, ["--db", empty, "links", "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    assert runner.invoke(app, ["--db", empty, "link"]).exit_code == 0
    result = runner.invoke(app, ["--db", empty, "links", "--format", "jsonl"])
    assert (result.exit_code, result.stdout) == (0, "")


def test_link_command_is_incremental(db: str) -> None:
    result = runner.invoke(app, ["--db", db, "link"])
    assert result.exit_code == 0
    assert "0 claims linked" in result.output
    result = runner.invoke(app, ["--db", db, "link", "--all"])
    assert result.exit_code == 0
    assert f"{len(ZERO_CLAIMS) + len(ONE_CLAIMS)} claims linked" in result.output


def test_link_without_a_database_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(tmp_path / "none.db"), "link"])
    assert result.exit_code == 1
    assert "Error:" in result.output


def test_ingest_links_what_it_stores(tmp_path: Path) -> None:
    db = str(tmp_path / "i.db")
    assert (
        runner.invoke(app, ["--db", db, "-q", "ingest", str(SEEDS), "--workers", "1"]).exit_code
        == 0
    )
    with Store.open(db) as store:
        assert store.counts()["links"] > 0
        assert link_store(store).claims == 0  # nothing left to link


def test_claims_linked_twice_are_indexed_once(tmp_path: Path) -> None:
    # two processes may link the same new claims at once (parallel ingests)
    from claimtrack.link.index import MAX_POSTING
    from claimtrack.link.stored import items_of
    from claimtrack.store.linking import record_linked

    with Store.open(build(tmp_path / "twice.db")) as store:
        items = items_of(store, store.claims_of_articles([NOT_OCCURRED.article]))
        before = store.conn.execute("SELECT sum(n), count(*) FROM link_postings").fetchone()
        record_linked(store, [(i.claim.id, i.keys) for i in items], MAX_POSTING)
        after = store.conn.execute("SELECT sum(n), count(*) FROM link_postings").fetchone()
        assert before == after


def _record_as_before(
    conn: sqlite3.Connection,
    keyed: list[tuple[str, frozenset[str]]],
    max_posting: int,
    unlisted: set[str],
) -> None:
    """record_linked as it was written first: every (key, claim) pair listed, then cut."""
    from claimtrack.store.linking import linked_in, postings

    done = linked_in(conn, [cid for cid, _ in keyed])
    mine = [(cid, keys) for cid, keys in keyed if cid not in done]
    lists: dict[str, list[str]] = {}
    for cid, keys in mine:
        for key in keys:
            lists.setdefault(key, []).append(cid)
    for key, claims in postings(conn, list(lists)).items():
        ids = [i for i in lists[key] if i not in set(claims)]
        if ids:
            lists[key] = ids
        else:
            del lists[key]
    rows = []
    for key, ids in lists.items():
        listed = [i for i in ids if i not in unlisted]
        rows.append((key, len(ids), " ".join(listed[:max_posting])))
    conn.executemany(
        "INSERT INTO link_postings(key, n, claims) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE"
        f" SET claims = CASE WHEN n >= {max_posting} OR excluded.claims = '' THEN claims"
        " ELSE ltrim(claims || ' ' || excluded.claims) END, n = n + excluded.n",
        rows,
    )
    conn.executemany("INSERT OR IGNORE INTO link_done(claim) VALUES (?)", [(c,) for c, _ in mine])


@pytest.mark.parametrize("seed", range(6))
def test_the_stored_index_is_what_listing_every_pair_gave(tmp_path: Path, seed: int) -> None:
    # record_linked lists a key's first claims only and counts in C: the same rows, also
    # for claims linked again (their article re-extracted) and claims another process linked
    import random

    from claimtrack.store.linking import record_linked

    rng = random.Random(seed)
    words = [f"k{i}" for i in range(14)]
    claims = {
        f"c{n:02}": frozenset(rng.sample(words, rng.randint(1, 6), counts=range(14, 0, -1)))
        for n in range(60)
    }
    ids = list(claims)
    new, old = Store.open(tmp_path / "new.db"), Store.open(tmp_path / "old.db")
    for _ in range(4):
        batch = rng.sample(ids, rng.randint(1, 30))
        unlisted = set(rng.sample(batch, len(batch) // 3))
        redo = rng.sample(ids, 8)  # articles re-extracted: linked again, postings kept
        for store in (new, old):
            store.write(
                lambda conn, redo=redo: conn.executemany(
                    "DELETE FROM link_done WHERE claim = ?", [(c,) for c in redo]
                )
            )
        keyed = [(c, claims[c]) for c in batch]
        record_linked(new, keyed, 3, unlisted)
        old.write(lambda conn, keyed=keyed, u=unlisted: _record_as_before(conn, keyed, 3, u))
        dumps = [
            [
                store.conn.execute("SELECT * FROM link_postings ORDER BY key").fetchall(),
                store.conn.execute("SELECT * FROM link_done ORDER BY claim").fetchall(),
            ]
            for store in (new, old)
        ]
        assert dumps[0] == dumps[1]
        assert dumps[0][0]
    new.close()
    old.close()
