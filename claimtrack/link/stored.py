"""Linking inside a store: the index kept in SQLite, so new claims are linked without redoing the store.

The tables (link_postings, link_done) are created by the store's migration 2. When ingest
replaces an article's claims (a new extractor version), the store drops the link_done rows
of all its claims, so the next run links them again, together.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from claimtrack.link.index import LOOKUP_BUDGET, MAX_CANDIDATES, MAX_POSTING
from claimtrack.link.linker import Item, Linker, make_item
from claimtrack.models import Claim, Stance
from claimtrack.store import Store

# how many articles are linked at once: bounds memory on a large store
CHUNK = 400
_BATCH = 500  # SQLite host parameters per query


@dataclass(frozen=True, slots=True)
class Report:
    """What a linking run did."""

    claims: int
    links: int


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
    sql = (
        "SELECT DISTINCT c.article_id, a.rowid FROM claims c JOIN articles a ON a.id = c.article_id"
        " WHERE NOT EXISTS (SELECT 1 FROM link_done d WHERE d.claim = c.id)"
        " ORDER BY a.rowid"
    )
    return [str(r[0]) for r in store.conn.execute(sql)]


def _df(store: Store, keys: Collection[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in _chunks(list(keys)):
        marks = ",".join("?" * len(part))
        for key, n in store.conn.execute(
            f"SELECT key, n FROM link_postings WHERE key IN ({marks})", list(part)
        ):
            out[key] = int(n)
    return out


def _old_candidates(store: Store, items: Sequence[Item], df: dict[str, int]) -> list[str]:
    """Return the ids of linked claims sharing informative keys with the new items."""
    wanted: list[list[str]] = []
    keys: set[str] = set()
    for item in items:
        usable = [k for k in item.wide.keys if 0 < df.get(k, 0) <= MAX_POSTING]
        usable.sort(key=lambda k: df[k])
        budget = LOOKUP_BUDGET
        mine: list[str] = []
        for key in usable:
            budget -= df[key]
            if budget < 0:
                break
            mine.append(key)
        wanted.append(mine)
        keys.update(mine)
    postings: dict[str, set[str]] = {}
    for part in _chunks(sorted(keys)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT key, claims FROM link_postings WHERE key IN ({marks})"
        for key, claims in store.conn.execute(sql, list(part)):
            postings[key] = set(claims.split())
    chosen: set[str] = set()
    for mine in wanted:
        shared: Counter[str] = Counter()
        for key in mine:
            shared.update(postings.get(key, ()))
        good = sorted(((n, c) for c, n in shared.items() if n >= 2), reverse=True)
        chosen.update(c for _, c in good[:MAX_CANDIDATES])
    return sorted(chosen)


def _record(store: Store, items: Sequence[Item]) -> None:
    """Store the index keys of newly linked claims, and mark them linked, in one transaction."""

    def work(conn: sqlite3.Connection) -> None:
        # another process (a parallel ingest) may have linked some of them meanwhile:
        # their keys are stored once, by whoever marks them linked first
        done = _linked_in(conn, [i.claim.id for i in items])
        mine = [i for i in items if i.claim.id not in done]
        postings: dict[str, list[str]] = {}
        for item in mine:
            for key in item.keys:
                postings.setdefault(key, []).append(item.claim.id)
        _drop_listed(conn, postings)
        conn.executemany(
            "INSERT INTO link_postings(key, n, claims) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE"
            f" SET claims = CASE WHEN n >= {MAX_POSTING} THEN claims"
            " ELSE claims || ' ' || excluded.claims END, n = n + excluded.n",
            [(key, len(ids), " ".join(ids[:MAX_POSTING])) for key, ids in postings.items()],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO link_done(claim) VALUES (?)", [(i.claim.id,) for i in mine]
        )

    store.write(work)


def _drop_listed(conn: sqlite3.Connection, postings: dict[str, list[str]]) -> None:
    """Remove from these postings the claims the stored postings already list."""
    # A claim linked again after its article was re-extracted was recorded before: it is
    # neither listed nor counted twice.
    for part in _chunks(sorted(postings)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT key, claims FROM link_postings WHERE key IN ({marks})"
        for key, claims in conn.execute(sql, list(part)):
            listed = set(claims.split())
            ids = [i for i in postings[key] if i not in listed]
            if ids:
                postings[key] = ids
            else:
                del postings[key]


class _Run:
    """One linking run: new claims linked in chunks against each other and the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.linker = Linker()
        self.known: set[str] = set()
        self.new: list[Item] = []
        # the store's counts as they were before this run (its keys are stored at the end)
        self.total = _total(store)
        self.linker.index.base_size = self.total

    def link(self, claims: Sequence[Claim]) -> int:
        """Link these new claims; store their links; return how many."""
        items = items_of(self.store, claims)
        if self.total:
            keys = set().union(*(i.wide.keys for i in items))
            df = _df(self.store, keys)
            self.linker.index.base_df.update(df)
            self.linker.index.forget()
            # a claim linked again (its article re-extracted) is still in the postings: it
            # is among the new items, not a candidate from the store
            mine = {i.claim.id for i in items}
            old = [
                c
                for c in _old_candidates(self.store, items, df)
                if c not in self.known and c not in mine
            ]
            olds = items_of(self.store, self.store.get_claims(old))
            self.linker.preload(olds, count=False)
            self.known.update(old)
        links = self.linker.add(items)
        self.known.update(i.claim.id for i in items)
        self.new.extend(items)
        self.store.add_links(links)
        return len(links)

    def finish(self) -> None:
        """Store the index keys of the claims linked in this run."""
        if self.new:
            _record(self.store, self.new)


def link_articles(
    store: Store, article_ids: Sequence[str], progress: Callable[[int], None] | None = None
) -> Report:
    """Link the not-yet-linked claims of these articles to each other and to the store; store the links.

    `progress` is called after each chunk with the number of claims it linked.
    """
    run = _Run(store)
    made = 0
    for part in _chunks(list(article_ids), CHUNK):
        claims = store.claims_of_articles(part)
        linked = _linked(store, [c.id for c in claims])
        claims = [c for c in claims if c.id not in linked and c.id not in run.known]
        if claims:
            made += run.link(claims)
        if progress is not None:
            progress(len(claims))
    run.finish()
    return Report(len(run.new), made)


def _linked(store: Store, ids: Sequence[str]) -> set[str]:
    """Return those of the claim ids already linked."""
    return _linked_in(store.conn, ids)


def _linked_in(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    out: set[str] = set()
    for part in _chunks(list(ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT claim FROM link_done WHERE claim IN ({marks})"
        out.update(str(r[0]) for r in conn.execute(sql, list(part)))
    return out


def _total(store: Store) -> int:
    row = store.conn.execute("SELECT count(*) FROM link_done").fetchone()
    return int(row[0]) if row else 0


def link_new(store: Store, article_ids: Sequence[str]) -> int:
    """Link the claims of newly ingested articles against the store; return how many links were made."""
    return link_articles(store, article_ids).links


def link_store(
    store: Store, *, redo: bool = False, progress: Callable[[int], None] | None = None
) -> Report:
    """Link every claim not linked yet (every claim, links rebuilt, when redo); return what was done."""
    if redo:

        def wipe(conn: sqlite3.Connection) -> None:
            for table in ("links", "link_postings", "link_done"):
                conn.execute(f"DELETE FROM {table}")

        store.write(wipe)
    return link_articles(store, unlinked_articles(store), progress)
