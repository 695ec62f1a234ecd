"""Linking inside a store: incremental by default, `--all` to redo; the link and links commands."""

from __future__ import annotations

import json
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
    from claimtrack.link.stored import _record, items_of

    with Store.open(build(tmp_path / "twice.db")) as store:
        items = items_of(store, store.claims_of_articles([NOT_OCCURRED.article]))
        before = store.conn.execute("SELECT sum(n), count(*) FROM link_postings").fetchone()
        _record(store, items)
        after = store.conn.execute("SELECT sum(n), count(*) FROM link_postings").fetchone()
        assert before == after
