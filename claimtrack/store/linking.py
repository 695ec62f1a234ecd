"""Link storage: the SQL over `links`, `link_postings` and `link_done`.

`claimtrack.link` computes links; this module keeps them. The tables are created by the
store's migration 2. When ingest replaces an article's claims (a new extractor version), the
store drops the link_done rows of all its claims, so the next run links them again, together.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from itertools import chain

from claimtrack.enums import STANCE_OF, Stance
from claimtrack.store.db import Store

_BATCH = 500  # SQLite host parameters per query


def chunks(values: Sequence[str], size: int = _BATCH) -> Iterable[Sequence[str]]:
    """Yield the values in slices of at most `size`."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def article_texts(
    store: Store, ids: Collection[str]
) -> dict[str, tuple[str, date | None, int, str | None]]:
    """Return text, published date, rank (rowid, the ingest order) and source of these articles."""
    out: dict[str, tuple[str, date | None, int, str | None]] = {}
    for part in chunks(list(ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT id, text, published, rowid, source FROM articles WHERE id IN ({marks})"
        for aid, text, published, rank, source in store.conn.execute(sql, list(part)):
            day = None
            if published:
                try:
                    day = date.fromisoformat(str(published)[:10])
                except ValueError:
                    day = None
            out[aid] = (text, day, int(rank), source)
    return out


def claim_spans(
    store: Store, article_ids: Collection[str]
) -> dict[str, list[tuple[int, int, Stance]]]:
    """Return the claim spans and stances of these articles, by article."""
    out: dict[str, list[tuple[int, int, Stance]]] = {}
    for part in chunks(list(article_ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT article_id, start, end, stance FROM claims WHERE article_id IN ({marks})"
        for aid, start, end, stance in store.conn.execute(sql, list(part)):
            out.setdefault(aid, []).append((int(start), int(end), STANCE_OF[stance]))
    return out


def claim_texts(store: Store) -> list[tuple[str, str]]:
    """Return (id, text) of every stored claim."""
    return [(str(r[0]), str(r[1])) for r in store.conn.execute("SELECT id, text FROM claims")]


def unlinked_articles(store: Store) -> list[str]:
    """Return the ids of the articles holding claims not linked yet, by id.

    By id, not in ingest order: the same articles are linked in the same chunks and order
    whatever the order they were ingested in (workers finish in any order).
    """
    sql = (
        "SELECT DISTINCT c.article_id FROM claims c"
        " WHERE NOT EXISTS (SELECT 1 FROM link_done d WHERE d.claim = c.id)"
        " ORDER BY c.article_id"
    )
    return [str(r[0]) for r in store.conn.execute(sql)]


def key_counts(store: Store, keys: Collection[str]) -> dict[str, int]:
    """Return how many linked claims hold each of these index keys (keys held by none left out)."""
    out: dict[str, int] = {}
    for part in chunks(list(keys)):
        marks = ",".join("?" * len(part))
        for key, n in store.conn.execute(
            f"SELECT key, n FROM link_postings WHERE key IN ({marks})", list(part)
        ):
            out[key] = int(n)
    return out


def postings(conn: sqlite3.Connection, keys: Collection[str]) -> dict[str, list[str]]:
    """Return the stored posting list (claim ids) of each of these keys."""
    out: dict[str, list[str]] = {}
    for part in chunks(sorted(keys)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT key, claims FROM link_postings WHERE key IN ({marks})"
        for key, claims in conn.execute(sql, list(part)):
            out[key] = claims.split()
    return out


def record_linked(
    store: Store,
    keyed: Sequence[tuple[str, AbstractSet[str]]],
    max_posting: int,
    unlisted: Collection[str] = frozenset(),
) -> None:
    """Store the index keys of newly linked claims ((id, keys) pairs), and mark them linked.

    One transaction. Posting lists stop growing at `max_posting` claims; counts go on. The
    `unlisted` claims (repeats of a text listed enough) are counted, never listed.
    """

    def work(conn: sqlite3.Connection) -> None:
        # another process (a parallel ingest) may have linked some of them meanwhile:
        # their keys are stored once, by whoever marks them linked first
        done = linked_in(conn, [cid for cid, _ in keyed])
        mine = [(cid, keys) for cid, keys in keyed if cid not in done]
        # each key's count, counted in C, the keys in the order they first come
        counts = Counter(chain.from_iterable(keys for _, keys in mine))
        stored = postings(conn, list(counts))
        kept = _kept_lists(mine, stored)
        heads = _heads(mine, stored.keys(), max_posting, unlisted)
        rows = []
        for key, n in counts.items():
            if key in stored:
                ids = kept.get(key)
                if ids is None:
                    continue  # every claim of it listed already
                listed = [i for i in ids if i not in unlisted] if unlisted else ids
                rows.append((key, len(ids), " ".join(listed[:max_posting])))
            else:
                rows.append((key, n, " ".join(heads.get(key, ()))))
        conn.executemany(
            "INSERT INTO link_postings(key, n, claims) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE"
            f" SET claims = CASE WHEN n >= {int(max_posting)} OR excluded.claims = '' THEN claims"
            " ELSE ltrim(claims || ' ' || excluded.claims) END, n = n + excluded.n",
            rows,
        )
        conn.executemany(
            "INSERT OR IGNORE INTO link_done(claim) VALUES (?)", [(cid,) for cid, _ in mine]
        )

    store.write(work)


def _heads(
    keyed: Sequence[tuple[str, AbstractSet[str]]],
    skipped: AbstractSet[str],
    max_posting: int,
    unlisted: Collection[str],
) -> dict[str, list[str]]:
    """Return the first `max_posting` claims listed under each key, in order (not the
    `skipped` keys, nor the unlisted claims). A key's list full, it is left out in C: a
    store's common words hold most of its pairs of a claim and a key."""
    heads: dict[str, list[str]] = {}
    if max_posting <= 0:
        return heads
    full = set(skipped)
    for cid, keys in keyed:
        if cid in unlisted:
            continue
        for key in keys - full:
            head = heads.get(key)
            if head is None:
                heads[key] = [cid]
            else:
                head.append(cid)
                if len(head) >= max_posting:
                    full.add(key)
    return heads


def _kept_lists(
    keyed: Sequence[tuple[str, AbstractSet[str]]], stored: dict[str, list[str]]
) -> dict[str, list[str]]:
    """Return the claims holding each key with a stored posting list, less those it lists."""
    # A claim linked again after its article was re-extracted was recorded before: it is
    # neither listed nor counted twice.
    lists: dict[str, list[str]] = {}
    if not stored:
        return lists
    for cid, keys in keyed:
        for key in keys & stored.keys():
            lists.setdefault(key, []).append(cid)
    for key, claims in stored.items():
        listed = set(claims)
        ids = [i for i in lists.get(key, ()) if i not in listed]
        if ids:
            lists[key] = ids
        else:
            lists.pop(key, None)
    return lists


def linked(store: Store, ids: Sequence[str]) -> set[str]:
    """Return those of the claim ids already linked."""
    return linked_in(store.conn, ids)


def linked_in(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """Return those of the claim ids already linked, on a connection (inside a transaction)."""
    out: set[str] = set()
    for part in chunks(list(ids)):
        marks = ",".join("?" * len(part))
        sql = f"SELECT claim FROM link_done WHERE claim IN ({marks})"
        out.update(str(r[0]) for r in conn.execute(sql, list(part)))
    return out


def linked_count(store: Store) -> int:
    """Return how many claims are linked (their keys are in the postings)."""
    row = store.conn.execute("SELECT count(*) FROM link_done").fetchone()
    return int(row[0]) if row else 0


def drop_links_of(store: Store, claim_ids: Sequence[str]) -> None:
    """Delete every link from or to these claims."""
    if not claim_ids:
        return

    def work(conn: sqlite3.Connection) -> None:
        for part in chunks(list(claim_ids)):
            marks = ",".join("?" * len(part))
            conn.execute(
                f"DELETE FROM links WHERE from_claim IN ({marks}) OR to_claim IN ({marks})",
                [*part, *part],
            )

    store.write(work)


def wipe_links(store: Store) -> None:
    """Drop every link and the linking index, so that the whole store is linked again."""

    def work(conn: sqlite3.Connection) -> None:
        for table in ("links", "link_postings", "link_done"):
            conn.execute(f"DELETE FROM {table}")

    store.write(work)
