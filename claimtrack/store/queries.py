"""Reading the store: claim filters as SQL, rows as claims and records, listings."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from claimtrack.enums import KIND_OF, STANCE_OF, Kind, Stance
from claimtrack.store.speakers import resolve

if TYPE_CHECKING:  # built only when a query returns claims, not for every command
    from claimtrack.models import Claim

# Enough under SQLite's limit on bound parameters, however old the library.
CHUNK = 500
# The largest integer SQLite takes; a larger LIMIT means no limit (and would overflow).
SQLITE_MAX_INT = 2**63 - 1

# An article id or a prefix of one: "3f2a9c", "3f2a9c41d0e7b5aa".
_HEX = re.compile(r"^[0-9a-f]{4,}$")


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about a stored article, without its text."""

    id: str
    title: str | None
    source: str | None
    url: str | None
    published: date | None
    path: str | None


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims to list; every field is optional and they all must hold."""

    speaker: str | None = None
    article: str | None = None
    source: str | None = None
    kind: Kind | None = None
    stance: Stance | None = None
    search: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None


CLAIM_FROM = """
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN speakers s ON s.id = c.speaker_id
"""

CLAIM_SELECT = (
    """
SELECT c.id, c.article_id, a.path, s.name, c.speaker_mention, c.speaker_start, c.speaker_end,
       c.cue, c.cue_start, c.cue_end, c.kind, c.stance, c.text, c.start, c.end,
       a.source, a.title, a.published, a.url"""
    + CLAIM_FROM
)

# The same record as row_record() builds, encoded by SQLite: listing thousands of claims
# as JSON is then bound by the disk, not by encoding in Python.
CLAIM_JSON_SELECT = (
    """
SELECT json_object(
  'id', c.id, 'article', c.article_id, 'path', a.path, 'speaker', s.name,
  'speaker_mention', c.speaker_mention,
  'speaker_span', CASE WHEN c.speaker_start IS NULL THEN NULL
                  ELSE json_array(c.speaker_start, c.speaker_end) END,
  'cue', c.cue,
  'cue_span', CASE WHEN c.cue_start IS NULL THEN NULL ELSE json_array(c.cue_start, c.cue_end) END,
  'kind', c.kind, 'stance', c.stance, 'text', c.text, 'span', json_array(c.start, c.end),
  'source', a.source, 'title', a.title, 'published', a.published, 'url', a.url)"""
    + CLAIM_FROM
)

# Oldest article first (undated ones last), then in the order they were stored, then by offset.
CLAIM_ORDER = " ORDER BY a.published IS NULL, a.published, a.rowid, c.start"

# The same rows, read article by article in listing order (index articles_listing) so that a
# LIMIT stops the scan early; CROSS JOIN keeps SQLite from reordering the loop.
ORDERED_FROM = """
FROM articles a INDEXED BY articles_listing
CROSS JOIN claims c ON c.article_id = a.id
LEFT JOIN speakers s ON s.id = c.speaker_id
"""

# Claims of one speaker past which a limited listing reads in article order rather than
# sorting them all: with this many, N claims are found within a few thousand rows.
BUSY_SPEAKER = 2000


_FTS_OPERATORS = frozenset({"AND", "OR", "NOT"})
# A word FTS5 takes as it is: letters, digits and underscores, maybe a prefix star, a column.
_FTS_BAREWORD = re.compile(r"^(?:\w+:)?\^?\w+\*?$")


def fts_query(text: str) -> str:
    """Return a search as an FTS5 query: FTS5 syntax kept, other punctuation made harmless.

    Prefixes (`Mexic*`), `AND`/`OR`/`NOT`, parentheses and "phrases" are FTS5's; a word
    with punctuation inside (`made-up`, `it's`) becomes a phrase; `-word` means NOT word.
    """
    out: list[str] = []
    for token in _fts_tokens(text):
        if token.startswith('"') or token in "()" or token in _FTS_OPERATORS:
            out.append(token)
            continue
        negate = token.startswith("-") and bool(out)
        term = _fts_term(token[1:] if negate else token)
        if term:
            out += ["NOT", term] if negate else [term]
    return " ".join(out)


def _fts_term(token: str) -> str:
    """Return one word as an FTS5 term: as it is when plain, else quoted; "" when only punctuation."""
    if _FTS_BAREWORD.match(token):
        return token
    word = token.rstrip("*")
    if not word.strip("\"'.,;:!?-"):
        return ""
    return '"' + word.replace('"', '""') + '"' + ("*" if token.endswith("*") else "")


def _fts_tokens(text: str) -> list[str]:
    """Split a search into "phrases" (an unclosed one runs to the end), parentheses and words."""
    tokens: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "()":
            tokens.append(c)
            i += 1
        elif c == '"':
            j = text.find('"', i + 1)
            j = n if j < 0 else j + 1
            tokens.append(text[i:j])
            i = j
        else:  # a word runs to a space or parenthesis: `it"s` is one word
            j = i
            while j < n and not text[j].isspace() and text[j] not in "()":
                j += 1
            tokens.append(text[i:j])
            i = j
    return tokens


def path_forms(ref: str) -> list[str]:
    """Return the stored forms an article path may have: as given, normalised, relative, absolute."""
    import os

    file, sep, line = ref.rpartition(":")
    if not (sep and line.isdigit() and file):
        file, sep, line = ref, "", ""
    forms = {os.path.normpath(file), os.path.abspath(file)}
    relative = os.path.relpath(os.path.abspath(file))
    forms.add(relative)
    return [ref, *sorted(f + sep + line for f in forms)]


def resolve_articles(conn: sqlite3.Connection, ref: str) -> list[str]:
    """Return the ids of the articles an id, an id prefix or an input path refers to.

    A path is found whichever way it is written: `./x.txt`, `x.txt` or its absolute path.
    """
    forms = path_forms(ref) if ref else [ref]
    marks = ",".join("?" * len(forms))
    rows = conn.execute(
        f"SELECT id FROM articles WHERE id = ? OR path IN ({marks}) ORDER BY rowid", (ref, *forms)
    ).fetchall()
    if not rows and _HEX.match(ref):
        rows = conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id", (ref, ref + "g")
        ).fetchall()
    return [str(r[0]) for r in rows]


def claim_sql(
    conn: sqlite3.Connection, flt: ClaimFilter, select: str = CLAIM_SELECT
) -> tuple[str, list[Any]] | None:
    """Return the SQL and parameters selecting the filtered claims, or None if none can match."""
    where: list[str] = []
    params: list[Any] = []
    ordered = False
    if flt.speaker is not None:
        ids = resolve(conn, flt.speaker)
        if not ids:
            return None
        where.append(f"c.speaker_id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
        # Only when no filter on articles could make the claims found in order rare.
        plain = flt.article is None and flt.source is None and flt.search is None
        plain = plain and flt.since is None and flt.until is None
        ordered = plain and flt.limit is not None and _busy(conn, ids)
    if flt.article is not None:
        articles = resolve_articles(conn, flt.article)
        if not articles:
            return None
        where.append(f"c.article_id IN ({','.join('?' * len(articles))})")
        params.extend(articles)
    if flt.source is not None:
        where.append("a.source = ? COLLATE NOCASE")
        params.append(flt.source)
    if flt.kind is not None:
        where.append("c.kind = ?")
        params.append(flt.kind.value)
    if flt.stance is not None:
        where.append("c.stance = ?")
        params.append(flt.stance.value)
    if flt.search is not None:
        query = fts_query(flt.search)
        if not query:
            return None
        where.append("c.n IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(query)
    if flt.since is not None:
        where.append("a.published >= ?")
        params.append(flt.since.isoformat())
    if flt.until is not None:
        where.append("a.published <= ?")
        params.append(flt.until.isoformat())
    if ordered and CLAIM_FROM in select:
        select = select.replace(CLAIM_FROM, ORDERED_FROM)
    sql = select + (" WHERE " + " AND ".join(where) if where else "") + CLAIM_ORDER
    if flt.limit is not None:
        sql += " LIMIT ?"
        params.append(min(flt.limit, SQLITE_MAX_INT))
    return sql, params


def _busy(conn: sqlite3.Connection, speaker_ids: Sequence[int]) -> bool:
    """Return True when these speakers have at least BUSY_SPEAKER claims (counted up to there)."""
    marks = ",".join("?" * len(speaker_ids))
    row = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM claims WHERE speaker_id IN ({marks}) LIMIT ?)",
        [*speaker_ids, BUSY_SPEAKER],
    ).fetchone()
    return int(row[0]) >= BUSY_SPEAKER


def row_claim(row: Sequence[Any]) -> Claim:
    """Return the Claim of a row selected with CLAIM_SELECT."""
    # Built without validation: every row was validated as a Claim on its way in, and
    # validating again would double the time of a large listing. Imported here: a query
    # that prints rows never builds a model, and start-up stays light.
    from claimtrack.models import built_claim

    return built_claim(
        {
            "id": row[0],
            "article": row[1],
            "path": row[2],
            "speaker": row[3],
            "speaker_mention": row[4],
            "speaker_span": None if row[5] is None else (row[5], row[6]),
            "cue": row[7],
            "cue_span": None if row[8] is None else (row[8], row[9]),
            "kind": KIND_OF[row[10]],
            "stance": STANCE_OF[row[11]],
            "text": row[12],
            "span": (row[13], row[14]),
        }
    )


def row_record(row: Sequence[Any]) -> dict[str, Any]:
    """Return a row selected with CLAIM_SELECT as a JSON-ready record: the claim and its article."""
    return {
        "id": row[0],
        "article": row[1],
        "path": row[2],
        "speaker": row[3],
        "speaker_mention": row[4],
        "speaker_span": None if row[5] is None else [row[5], row[6]],
        "cue": row[7],
        "cue_span": None if row[8] is None else [row[8], row[9]],
        "kind": row[10],
        "stance": row[11],
        "text": row[12],
        "span": [row[13], row[14]],
        "source": row[15],
        "title": row[16],
        "published": row[17],
        "url": row[18],
    }


def iter_rows(
    conn: sqlite3.Connection, flt: ClaimFilter, select: str = CLAIM_SELECT
) -> Iterator[sqlite3.Row]:
    """Yield the rows (of the `select` columns) of the claims the filter selects."""
    built = claim_sql(conn, flt, select)
    if built is None:
        return
    # A loop, not `yield from`: closing this generator early (a reader that stopped, a
    # closed pipe) must not close the cursor of a connection that may be closed already.
    for row in conn.execute(*built):  # noqa: UP028
        yield row


def rows_by_ids(conn: sqlite3.Connection, column: str, ids: Sequence[str]) -> list[sqlite3.Row]:
    """Return the CLAIM_SELECT rows whose `column` (c.id or c.article_id) is one of the ids."""
    rows: list[sqlite3.Row] = []
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        sql = CLAIM_SELECT + f" WHERE {column} IN ({','.join('?' * len(part))})" + CLAIM_ORDER
        rows.extend(conn.execute(sql, part))
    return rows


def has_source(conn: sqlite3.Connection, source: str) -> bool:
    """Return whether any article has this source (any case)."""
    sql = "SELECT 1 FROM articles WHERE source = ? COLLATE NOCASE LIMIT 1"
    return conn.execute(sql, (source,)).fetchone() is not None


def unattributed(conn: sqlite3.Connection, name: str) -> int:
    """Return how many claims name this speaker (any case) but are stored without one: the
    extractor read "Police" or "officials", which name no one in particular across articles."""
    sql = "SELECT count(*) FROM claims WHERE speaker_id IS NULL AND speaker_raw = ? COLLATE NOCASE"
    return int(conn.execute(sql, (name,)).fetchone()[0])


def has_dates(conn: sqlite3.Connection) -> bool:
    """Return whether any article has a publication date."""
    sql = "SELECT 1 FROM articles WHERE published IS NOT NULL LIMIT 1"
    return conn.execute(sql).fetchone() is not None


def articles_of_source(conn: sqlite3.Connection, source: str) -> list[str]:
    """Return the ids of the articles of a source (any case)."""
    sql = "SELECT id FROM articles WHERE source = ? COLLATE NOCASE ORDER BY rowid"
    return [str(r[0]) for r in conn.execute(sql, (source,))]


def parse_date(value: object) -> date | None:
    """Return a stored ISO date as a date (None when absent or unreadable)."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def article_meta(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, ArticleMeta]:
    """Return the metadata of the stored articles among the ids, by id."""
    found: dict[str, ArticleMeta] = {}
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        sql = (
            "SELECT id, title, source, url, published, path FROM articles"
            f" WHERE id IN ({','.join('?' * len(part))})"
        )
        for row in conn.execute(sql, part):
            found[row[0]] = ArticleMeta(row[0], row[1], row[2], row[3], parse_date(row[4]), row[5])
    return found


def speaker_records(conn: sqlite3.Connection, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Yield every speaker with its aliases, kind, claim and article counts, busiest first."""
    sql = """
        SELECT s.id, s.name, s.kind,
               (SELECT json_group_array(alias) FROM
                  (SELECT alias FROM aliases WHERE speaker_id = s.id ORDER BY alias)),
               count(c.id), count(DISTINCT c.article_id)
        FROM speakers s LEFT JOIN claims c ON c.speaker_id = s.id
        GROUP BY s.id
        HAVING count(c.id) > 0
        ORDER BY count(c.id) DESC, s.name
    """
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(min(limit, SQLITE_MAX_INT))
    for row in conn.execute(sql, params):
        yield {
            "id": row[0],
            "name": row[1],
            "kind": row[2],
            "aliases": json.loads(row[3]),
            "claims": row[4],
            "articles": row[5],
        }


def article_records(
    conn: sqlite3.Connection,
    *,
    source: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield the stored articles (no text) with their claim counts, oldest first."""
    where: list[str] = []
    params: list[Any] = []
    if source is not None:
        where.append("a.source = ? COLLATE NOCASE")
        params.append(source)
    if since is not None:
        where.append("a.published >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("a.published <= ?")
        params.append(until.isoformat())
    sql = (
        "SELECT a.id, a.title, a.source, a.published, a.path, a.url,"
        " (SELECT count(*) FROM claims c WHERE c.article_id = a.id), length(a.text)"
        " FROM articles a"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.published IS NULL, a.published, a.rowid"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(min(limit, SQLITE_MAX_INT))
    for row in conn.execute(sql, params):
        yield {
            "id": row[0],
            "title": row[1],
            "source": row[2],
            "published": row[3],
            "path": row[4],
            "url": row[5],
            "claims": row[6],
            "chars": row[7],
        }
