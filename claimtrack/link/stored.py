"""Linking inside a store: the index kept in SQLite, so new claims are linked without redoing the store.

The store owns its migrations; the tables here belong to linking and are created on first
use (`CREATE TABLE IF NOT EXISTS`), so a store made before linking existed gains them.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from claimtrack.link.index import LOOKUP_BUDGET, MAX_CANDIDATES, MAX_POSTING
from claimtrack.link.linker import Item, Linker, make_item
from claimtrack.models import Claim, Stance
from claimtrack.store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS link_keys (
  key TEXT NOT NULL,
  claim TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  PRIMARY KEY (key, claim)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS link_keys_claim ON link_keys(claim);
CREATE TABLE IF NOT EXISTS link_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
"""
# every linked claim holds this key: "which claims are linked" is one index lookup
DONE = "*"
# how many articles are linked at once: bounds memory on a large store
CHUNK = 400
_BATCH = 500  # SQLite host parameters per query


@dataclass(frozen=True, slots=True)
class Report:
    """What a linking run did."""

    claims: int
    links: int


def ensure_schema(store: Store) -> None:
    """Create the linking tables when the store lacks them."""
    if store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'link_df'").fetchone():
        return

    def work(conn: sqlite3.Connection) -> None:
        # one statement at a time: executescript would commit the store's transaction
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)

    store.write(work)


def _chunks(values: Sequence[str], size: int = _BATCH) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _articles(store: Store, ids: Collection[str]) -> dict[str, tuple[str, date | None, int]]:
    """Return text, published date and rank (rowid) of these articles."""
    out: dict[str, tuple[str, date | None, int]] = {}
    for part in _chunks(list(ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT id, text, published, rowid FROM articles WHERE id IN ({marks})"
        for aid, text, published, rank in store.conn.execute(sql, list(part)):
            day = None
            if published:
                try:
                    day = date.fromisoformat(str(published)[:10])
                except ValueError:
                    day = None
            out[aid] = (text, day, int(rank))
    return out


def _spans(store: Store, article_ids: Collection[str]) -> dict[str, list[tuple[int, int, Stance]]]:
    """Return the claim spans and stances of these articles, by article."""
    out: dict[str, list[tuple[int, int, Stance]]] = {}
    for part in _chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT article_id, start, end, stance FROM claims WHERE article_id IN ({marks})"
        for aid, start, end, stance in store.conn.execute(sql, list(part)):
            out.setdefault(aid, []).append((int(start), int(end), Stance(stance)))
    return out


def items_of(store: Store, claims: Sequence[Claim]) -> list[Item]:
    """Return the linking items of stored claims, with their sentences and article dates."""
    article_ids = {c.article for c in claims}
    meta = _articles(store, article_ids)
    spans = _spans(store, article_ids)
    out = []
    for c in claims:
        text, day, rank = meta.get(c.article, (None, None, 0))
        out.append(make_item(c, text, day, rank, spans.get(c.article, ())))
    return out


def unlinked_articles(store: Store) -> list[str]:
    """Return the ids of the articles holding claims not linked yet, in ingest order."""
    ensure_schema(store)
    sql = (
        "SELECT DISTINCT c.article_id, a.rowid FROM claims c JOIN articles a ON a.id = c.article_id"
        " WHERE NOT EXISTS (SELECT 1 FROM link_keys k WHERE k.key = ? AND k.claim = c.id)"
        " ORDER BY a.rowid"
    )
    return [str(r[0]) for r in store.conn.execute(sql, (DONE,))]


def _df(store: Store, keys: Collection[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in _chunks(list(keys)):
        marks = ",".join("?" * len(part))
        for key, n in store.conn.execute(
            f"SELECT key, n FROM link_df WHERE key IN ({marks})", list(part)
        ):
            out[key] = int(n)
    return out


def _old_candidates(
    store: Store, items: Sequence[Item], df: dict[str, int], total: int
) -> list[str]:
    """Return the ids of linked claims sharing informative keys with the new items."""
    wanted: dict[Item, list[str]] = {}
    keys: set[str] = set()
    for item in items:
        usable = [k for k in item.wide.keys() if 0 < df.get(k, 0) <= MAX_POSTING]
        usable.sort(key=lambda k: df[k])
        budget = LOOKUP_BUDGET
        mine = []
        for key in usable:
            budget -= df[key]
            if budget < 0:
                break
            mine.append(key)
        wanted[item] = mine
        keys.update(wanted[item])
    postings: dict[str, list[str]] = {}
    for part in _chunks(sorted(keys)):
        marks = ",".join("?" * len(part))
        for key, claim in store.conn.execute(
            f"SELECT key, claim FROM link_keys WHERE key IN ({marks})", list(part)
        ):
            postings.setdefault(key, []).append(claim)
    chosen: set[str] = set()
    for mine in wanted.values():
        weight: dict[str, float] = {}
        shared: Counter[str] = Counter()
        for key in mine:
            w = math.log(1.0 + (total + 1) / (df[key] + 1))
            for claim in postings.get(key, ()):
                weight[claim] = weight.get(claim, 0.0) + w
                shared[claim] += 1
        good = sorted((c for c, n in shared.items() if n >= 2), key=lambda c: -weight[c])
        chosen.update(good[:MAX_CANDIDATES])
    return sorted(chosen)


def _record(store: Store, items: Sequence[Item]) -> None:
    """Store the index keys of newly linked claims (inside the caller's transaction)."""
    rows: list[tuple[str, str]] = []
    counts: Counter[str] = Counter()
    for item in items:
        keys = item.wide.keys()
        rows.extend((k, item.claim.id) for k in keys)
        rows.append((DONE, item.claim.id))
        counts.update(keys)
        counts[DONE] += 1
    conn = store.conn
    conn.executemany("INSERT OR IGNORE INTO link_keys(key, claim) VALUES (?, ?)", rows)
    conn.executemany(
        "INSERT INTO link_df(key, n) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET n = n + excluded.n",
        list(counts.items()),
    )


def link_articles(store: Store, article_ids: Sequence[str]) -> Report:
    """Link the not-yet-linked claims of these articles to each other and to the store; store the links."""
    ensure_schema(store)
    done = 0
    made = 0
    for part in _chunks(list(article_ids), CHUNK):
        claims = store.claims_of_articles(part)
        linked = _linked(store, [c.id for c in claims])
        claims = [c for c in claims if c.id not in linked]
        if not claims:
            continue
        items = items_of(store, claims)
        keys = set().union(*(i.wide.keys() for i in items))
        df = _df(store, keys)
        total = _total(store)
        old = store.get_claims(_old_candidates(store, items, df, total))
        linker = Linker()
        linker.preload(items_of(store, old))
        linker.index.reset_counts(df, total)
        links = linker.add(items)

        def work(_: object, items: Sequence[Item] = items) -> None:
            _record(store, items)

        store.add_links(links)
        store.write(work)
        done += len(items)
        made += len(links)
    return Report(done, made)


def _linked(store: Store, ids: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for part in _chunks(list(ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT claim FROM link_keys WHERE key = ? AND claim IN ({marks})"
        out.update(str(r[0]) for r in store.conn.execute(sql, [DONE, *part]))
    return out


def _total(store: Store) -> int:
    row = store.conn.execute("SELECT n FROM link_df WHERE key = ?", (DONE,)).fetchone()
    return int(row[0]) if row else 0


def link_new(store: Store, article_ids: Sequence[str]) -> int:
    """Link the claims of newly ingested articles against the store; return how many links were made."""
    return link_articles(store, article_ids).links


def link_store(store: Store, *, redo: bool = False) -> Report:
    """Link every claim not linked yet (every claim, links rebuilt, when redo); return what was done."""
    ensure_schema(store)
    if redo:

        def wipe(conn: object) -> None:
            store.conn.execute("DELETE FROM links")
            store.conn.execute("DELETE FROM link_keys")
            store.conn.execute("DELETE FROM link_df")

        store.write(wipe)
    return link_articles(store, unlinked_articles(store))
