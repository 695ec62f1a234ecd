"""The Store: one SQLite file, opened with migrations applied, written one article at a time."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from claimtrack.enums import Kind, Relation, Stance
from claimtrack.lexicon import SOURCE_CUES
from claimtrack.store import queries, schema
from claimtrack.store.aliases import describe
from claimtrack.store.names import WORDS_BEFORE, speaker_name
from claimtrack.store.queries import ArticleMeta, ClaimFilter
from claimtrack.store.speakers import (
    drop_unused,
    forget_aliases,
    forget_initials,
    join_initials,
    name_by_spellings,
    record_aliases,
    resolve,
    settle,
    speaker_id,
)

if TYPE_CHECKING:  # the pydantic models are built only when a method returns them
    from claimtrack.models import Article, Claim, Link

T = TypeVar("T")

# How long one statement waits for another process's lock before SQLITE_BUSY.
BUSY_TIMEOUT_S = 30.0
# Busy errors the timeout does not cover (a WAL snapshot gone stale) are retried this often.
RETRIES = 8
# A file up to this size gets `PRAGMA quick_check` on every open (about 20 ms at 4 MB): a
# damaged page is found before a command trusts it. A larger store is checked where its
# damage is read (every sqlite3.DatabaseError is reported as damage).
QUICK_CHECK_BYTES = 4 << 20


# The article fields a user may set from the command line, stored as they are named here.
METADATA = ("title", "source", "url", "published")


class Written(StrEnum):
    """What storing one article did."""

    NEW = "new"
    UPDATED = "updated"  # stored before; its claims were replaced
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class StoredArticle:
    """What the store records of an article besides its text: the extractor version of its claims."""

    extractor: str | None


@dataclass(frozen=True)
class Deleted:
    """What deleting articles removed."""

    articles: int
    claims: int
    links: int


class StoreError(Exception):
    """A database claimtrack cannot open, read or write; the message is one line for people."""


class ReadOnlyStore(StoreError):
    """A database that cannot be written: the file or its folder is read-only."""


def damaged(path: str, detail: str) -> StoreError:
    """Return the StoreError of a damaged database file, saying how to recover."""
    return StoreError(
        f"the database {path} is damaged ({detail}); restore it from a backup, or copy out"
        f" what is readable with `sqlite3 {path} .recover | sqlite3 recovered.db`, or ingest"
        " the articles again into a new --db"
    )


def _cannot_write(exc: StoreError) -> bool:
    """Return True when opening failed only because the file or its folder cannot be written."""
    return isinstance(exc, ReadOnlyStore) or "unable to open" in str(exc).lower()


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def explain(path: str, exc: sqlite3.Error) -> StoreError:
    """Return the StoreError that says in plain words what went wrong with the database."""
    return _explain(path, exc)


def _explain(path: str, exc: sqlite3.Error) -> StoreError:
    """Return the StoreError that says in plain words what went wrong with the database."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return ReadOnlyStore(f"cannot write to {path}: the database is read-only")
    if "malformed" in lowered or "corrupt" in lowered:
        return damaged(path, text)
    if "not a database" in lowered or "encrypted" in lowered:
        return StoreError(f"{path} is not a valid claimtrack database ({text})")
    if _is_busy(exc):
        return StoreError(f"{path} stayed locked by another process; try again ({text})")
    if "unable to open" in lowered:
        return StoreError(f"cannot open the database {path} ({text})")
    return StoreError(f"database error in {path}: {text}")


class Store:
    """A claimtrack database: articles, claims, speakers and aliases, links."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self.read_only = False
        self._tuned = False
        self._bulk: _Bulk | None = None

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, read_only: bool = False) -> Store:
        """Return the store in this file, created if absent (unless create=False), migrated.

        A store that cannot be written (the file or its folder is read-only) is opened
        read-only when create=False, so that it can still be queried; `read_only` asks for
        that from the start. A small file is checked for damage (`PRAGMA quick_check`).
        """
        shown = str(path)
        memory = shown == ":memory:"
        if not memory and not create and not Path(path).exists():
            raise StoreError(f"no database at {shown}; run `claimtrack ingest` first, or give --db")
        if not memory and Path(path).is_dir():
            raise StoreError(f"{shown} is a folder, not a database file")
        if read_only and not memory:
            return cls._open_read_only(path)
        try:
            return cls._open(shown)
        except StoreError as exc:
            if create or memory or not _cannot_write(exc):
                raise
        return cls._open_read_only(path)

    @classmethod
    def _open_read_only(cls, path: Path | str) -> Store:
        """Return the store opened read-only; immutable when even its WAL index cannot be made."""
        uri = "file:" + quote(str(Path(path).absolute())) + "?mode=ro"
        try:
            return cls._open(str(path), uri)
        except StoreError as exc:
            if not _cannot_write(exc):
                raise
        # A WAL store in a read-only folder with no -shm file beside it: nobody can be
        # writing it there, so it is read as it is on disk.
        return cls._open(str(path), uri + "&immutable=1")

    @classmethod
    def _open(cls, shown: str, uri: str | None = None) -> Store:
        try:
            conn = sqlite3.connect(
                uri or shown,
                timeout=BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
                uri=uri is not None,
            )
        except sqlite3.Error as exc:
            raise _explain(shown, exc) from None
        store = cls(conn, shown)
        store.read_only = uri is not None
        try:
            store._setup_retrying()
        except schema.SchemaError as exc:
            conn.close()
            raise StoreError(f"{shown}: {exc}") from None
        except sqlite3.Error as exc:
            conn.close()
            raise _explain(shown, exc) from None
        except BaseException:
            conn.close()
            raise
        return store

    def _setup_retrying(self) -> None:
        """Set the connection up, retrying while another process holds a lock the busy timeout skips."""
        # Two processes opening a new file at once race on its creation and on the switch to
        # WAL; SQLite answers some of those moments with SQLITE_BUSY at once, without calling
        # the busy handler, so the timeout alone does not cover them.
        delay = 0.05
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._setup()
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() + delay > deadline:
                    raise
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    def _setup(self) -> None:
        # Read first: a file that is not SQLite, or another program's database, is left
        # untouched (switching to WAL would write to its header).
        todo = schema.pending(self.conn)
        self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self._check()
        if self.read_only:
            if todo:
                raise ReadOnlyStore(
                    f"{self.path} was written by an older claimtrack and is read-only;"
                    " open it once where it can be written, to upgrade it"
                )
            return
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
            # In WAL, NORMAL loses nothing when the process dies; only a power cut may
            # drop the last commits, never corrupt the file.
            self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.OperationalError as exc:
            if not todo and "readonly" in str(exc).lower():
                return  # a read-only file still answers queries
            raise
        if todo:
            self.write(schema.apply)

    def _check(self) -> None:
        """Raise a StoreError when a small file fails SQLite's quick check (damaged pages)."""
        if self.path == ":memory:":
            return
        try:
            size = Path(self.path).stat().st_size
        except OSError:
            return
        if size > QUICK_CHECK_BYTES:
            return
        found = self.conn.execute("PRAGMA quick_check(1)").fetchone()
        if found is None or found[0] != "ok":
            detail = " ".join(str(found[0] if found else "no answer").split())
            raise damaged(self.path, f"quick_check: {detail}")

    def close(self) -> None:
        """Close the connection (committed data is already on disk)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def bulk(self, writes_per_commit: int = 500) -> Iterator[None]:
        """Group the writes made inside into transactions of `writes_per_commit` each.

        For loading many articles: each write stays all-or-nothing (a savepoint), but the
        commit is paid once per group instead of once per article. What was written before
        an error is committed; a write that raised is rolled back.
        """
        if self._bulk is not None:  # already grouping
            yield
            return
        self._bulk = _Bulk(writes_per_commit)
        try:
            yield
        finally:
            self._bulk = None
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    def _grouped(self, work: Callable[[sqlite3.Connection], T], bulk: _Bulk) -> T:
        """Return work(conn) run in a savepoint of the open group transaction."""
        if not self.conn.in_transaction:
            try:
                self.conn.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout
            except sqlite3.Error as exc:
                raise _explain(self.path, exc) from None
            bulk.writes = 0
        self.conn.execute("SAVEPOINT claimtrack_write")
        try:
            result = work(self.conn)
        except BaseException as exc:
            self.conn.execute("ROLLBACK TO claimtrack_write")
            self.conn.execute("RELEASE claimtrack_write")
            if isinstance(exc, sqlite3.Error):
                raise _explain(self.path, exc) from None
            raise
        self.conn.execute("RELEASE claimtrack_write")
        bulk.writes += 1
        if bulk.writes >= bulk.per_commit:
            self.conn.execute("COMMIT")
        return result

    def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Return work(conn) run in one IMMEDIATE transaction, retried while another writer holds the lock."""
        if self._bulk is not None:
            return self._grouped(work, self._bulk)
        delay = 0.05
        for attempt in range(RETRIES + 1):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if _is_busy(exc) and attempt < RETRIES:
                    time.sleep(delay)
                    delay *= 2
                    continue
                raise _explain(self.path, exc) from None
            try:
                result = work(self.conn)
                self.conn.execute("COMMIT")
                return result
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if (
                    isinstance(exc, sqlite3.OperationalError)
                    and _is_busy(exc)
                    and attempt < RETRIES
                ):
                    time.sleep(delay)
                    delay *= 2
                    continue
                if isinstance(exc, sqlite3.Error):
                    raise _explain(self.path, exc) from None
                raise
        raise StoreError(f"{self.path} stayed locked by another process; try again")

    def has_article(self, article_id: str) -> bool:
        """Return True when an article with this id (this exact text) is stored."""
        return self.lookup(article_id) is not None

    def lookup(self, article_id: str) -> StoredArticle | None:
        """Return what is recorded of the stored article with this id (its extractor), or None."""
        # The covering index (migration 3): the row itself would be read through the
        # overflow pages of its text to reach the extractor column, added after it.
        row = self.conn.execute(
            "SELECT extractor FROM articles INDEXED BY articles_extractor WHERE id = ?",
            (article_id,),
        ).fetchone()
        return None if row is None else StoredArticle(row[0])

    def ingest_article(
        self, article: Article, claims: Sequence[Claim], *, extractor: str | None = None
    ) -> bool:
        """Store the article and its claims in one transaction; return False when already stored."""
        return self.store_article(article, claims, extractor=extractor) is Written.NEW

    def store_article(
        self,
        article: Article,
        claims: Sequence[Claim],
        *,
        extractor: str | None = None,
        replace: bool = False,
    ) -> Written:
        """Return what storing the article and its claims did, in one transaction.

        An article already stored is left as it is, unless `replace`: then its claims are
        replaced by these and `extractor` is recorded as their producer. Claims found again
        keep their ids, and their links when nothing in them changed; claims that changed or
        vanished lose their links; all are linked again by the next linking run. The stored
        metadata (title, source, ...) is kept: see update_metadata.
        """
        for claim in claims:
            if claim.article != article.id:
                raise ValueError(
                    f"claim {claim.id} belongs to article {claim.article}, not {article.id}"
                )
        published = article.published.isoformat() if article.published else None

        def work(conn: sqlite3.Connection) -> Written:
            added = conn.execute(
                "INSERT INTO articles(id, text, title, source, url, published, path, extractor)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
                (
                    article.id,
                    article.text,
                    article.title,
                    article.source,
                    article.url,
                    published,
                    article.path,
                    extractor,
                ),
            )
            if added.rowcount == 1:
                _add_claims(conn, claims, article.text)
                return Written.NEW
            if not replace:
                return Written.UNCHANGED  # stored meanwhile by another process, or earlier
            _replace_claims(conn, article, claims)
            conn.execute("UPDATE articles SET extractor = ? WHERE id = ?", (extractor, article.id))
            return Written.UPDATED

        return self.write(work)

    def update_metadata(self, article_id: str, **fields: str | date | None) -> bool:
        """Set these metadata fields (title, source, url, published) of a stored article; return True when any changed."""
        unknown = set(fields) - set(METADATA)
        if unknown:
            raise ValueError(f"not article metadata: {', '.join(sorted(unknown))}")
        given = {
            k: v.isoformat() if isinstance(v, date) else v
            for k, v in fields.items()
            if v is not None
        }
        if not given:
            return False
        sets = ", ".join(f"{k} = ?" for k in given)
        differs = " OR ".join(f"{k} IS NOT ?" for k in given)
        values = list(given.values())

        def work(conn: sqlite3.Connection) -> bool:
            cursor = conn.execute(
                f"UPDATE articles SET {sets} WHERE id = ? AND ({differs})",
                [*values, article_id, *values],
            )
            return cursor.rowcount > 0

        return self.write(work)

    def delete_articles(self, article_ids: Collection[str]) -> Deleted:
        """Delete these articles with their claims and every link of those claims, in one transaction."""
        ids = list(dict.fromkeys(article_ids))

        def work(conn: sqlite3.Connection) -> Deleted:
            articles = claims = links = 0
            for i in range(0, len(ids), queries.CHUNK):
                part = ids[i : i + queries.CHUNK]
                marks = ",".join("?" * len(part))
                rows = conn.execute(
                    "SELECT id, speaker_id, speaker_raw, speaker_mention FROM claims"
                    f" WHERE article_id IN ({marks})",
                    part,
                ).fetchall()
                for article in part:
                    _forget_initials(conn, article)
                claim_ids = [(str(r[0]),) for r in rows]
                mine = f"SELECT id FROM claims WHERE article_id IN ({marks})"
                links += int(
                    conn.execute(
                        f"SELECT count(*) FROM links WHERE from_claim IN ({mine})"
                        f" OR to_claim IN ({mine})",
                        [*part, *part],
                    ).fetchone()[0]
                )
                # The aliases these claims counted are taken back, as when claims are replaced.
                forget_aliases(conn, [(r[1], r[2], r[3]) for r in rows if r[1] is not None])
                conn.executemany("DELETE FROM link_done WHERE claim = ?", claim_ids)
                # Claims go with their article, links with their claims (foreign keys cascade).
                articles += conn.execute(
                    f"DELETE FROM articles WHERE id IN ({marks})", part
                ).rowcount
                claims += len(rows)
                drop_unused(conn, {int(r[1]) for r in rows if r[1] is not None})
            return Deleted(articles, claims, links)

        return self.write(work)

    def add_links(self, links: Iterable[Link]) -> int:
        """Store the links, replacing those with the same id; return how many were written."""
        rows = [(x.id, x.from_, x.to, x.relation.value, x.score) for x in links]
        if not rows:
            return 0

        def work(conn: sqlite3.Connection) -> int:
            conn.executemany(
                "INSERT INTO links(id, from_claim, to_claim, relation, score) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET from_claim = excluded.from_claim,"
                " to_claim = excluded.to_claim, relation = excluded.relation, score = excluded.score",
                rows,
            )
            return len(rows)

        return self.write(work)

    # -- reading -------------------------------------------------------------------------

    def iter_claims(
        self,
        *,
        speaker: str | None = None,
        article: str | None = None,
        source: str | None = None,
        kind: Kind | None = None,
        stance: Stance | None = None,
        search: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> Iterator[Claim]:
        """Yield the claims that pass every filter given, oldest article first."""
        flt = ClaimFilter(speaker, article, source, kind, stance, search, since, until, limit)
        for row in self._rows(flt):
            yield queries.row_claim(row)

    def claim_records(self, flt: ClaimFilter) -> Iterator[dict[str, Any]]:
        """Yield the filtered claims as records: the claim fields plus source, title, published, url."""
        for row in self._rows(flt):
            yield queries.row_record(row)

    def claim_json(self, flt: ClaimFilter) -> Iterator[str]:
        """Yield the filtered claims as compact JSON objects, the same records as claim_records."""
        for row in self._rows(flt, queries.CLAIM_JSON_SELECT):
            yield str(row[0])

    def _rows(self, flt: ClaimFilter, select: str = queries.CLAIM_SELECT) -> Iterator[sqlite3.Row]:
        self._tune_for_listings()
        self.check_search(flt.search)
        try:
            yield from queries.iter_rows(self.conn, flt, select)
        except sqlite3.Error as exc:
            raise _explain(self.path, exc) from None

    def _tune_for_listings(self) -> None:
        """Map the file and keep more pages: listings read claims scattered over the file."""
        # Only for listings: a long ingest would see its resident memory grow with the
        # file (mapped pages count as resident), though nothing it holds grows.
        if not self._tuned:
            self.conn.execute("PRAGMA mmap_size = 268435456")
            self.conn.execute("PRAGMA cache_size = -65536")
            self._tuned = True

    def get_claims(self, ids: Sequence[str]) -> list[Claim]:
        """Return the stored claims with these ids, in the order of the ids (unknown ids left out)."""
        by_id = {
            row[0]: queries.row_claim(row)
            for row in queries.rows_by_ids(self.conn, "c.id", list(ids))
        }
        return [by_id[i] for i in ids if i in by_id]

    def claims_of_articles(self, article_ids: Collection[str]) -> list[Claim]:
        """Return the claims of these articles, oldest article first, in text order."""
        return [
            queries.row_claim(r)
            for r in queries.rows_by_ids(self.conn, "c.article_id", list(article_ids))
        ]

    def claim_records_by_id(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Return the records (claim plus article fields) of the claims with these ids."""
        return [queries.row_record(r) for r in queries.rows_by_ids(self.conn, "c.id", list(ids))]

    def article_meta(self, article_ids: Collection[str]) -> dict[str, ArticleMeta]:
        """Return the metadata of the stored articles among these ids, by id."""
        return queries.article_meta(self.conn, list(article_ids))

    def get_article(self, article_id: str) -> Article | None:
        """Return the stored article with its text, or None."""
        from claimtrack.models import Article

        row = self.conn.execute(
            "SELECT id, text, title, source, url, published, path FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return Article(
            id=row[0],
            text=row[1],
            title=row[2],
            source=row[3],
            url=row[4],
            published=queries.parse_date(row[5]),
            path=row[6],
        )

    def has_source(self, source: str) -> bool:
        """Return whether any stored article has this source (any case)."""
        return queries.has_source(self.conn, source)

    def unattributed(self, name: str) -> int:
        """Return how many claims name this speaker but are stored without one ("Police")."""
        return queries.unattributed(self.conn, name)

    def has_dates(self) -> bool:
        """Return whether any stored article has a publication date."""
        return queries.has_dates(self.conn)

    def articles_of_source(self, source: str) -> list[str]:
        """Return the ids of the stored articles of this source (any case)."""
        return queries.articles_of_source(self.conn, source)

    def check_search(self, search: str | None) -> None:
        """Raise StoreError, in one line, when a search is not a valid full-text query."""
        if search is None:
            return
        try:
            self.conn.execute(
                "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? LIMIT 1",
                (queries.fts_query(search) or '""',),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f'bad search {search!r}: {exc} (words, Mexic*, OR, NOT, "a phrase", parentheses)'
            ) from None

    def resolve_articles(self, ref: str) -> list[str]:
        """Return the ids of the articles an id, a unique id prefix or an input path names."""
        return queries.resolve_articles(self.conn, ref)

    def find(self, ref: str) -> list[tuple[str, str]]:
        """Return ("claim" | "article", id) for every claim or article this id or prefix names."""
        found = [
            ("claim", str(r[0]))
            for r in self.conn.execute(
                "SELECT id FROM claims WHERE id >= ? AND id < ? ORDER BY id LIMIT 20",
                (ref, ref + "\uffff"),
            )
        ]
        exact = [f for f in found if f[1] == ref]
        articles = [("article", i) for i in self.resolve_articles(ref)]
        return exact or [f for f in articles if f[1] == ref] or found + articles

    def resolve_speaker(self, name: str) -> list[str]:
        """Return the canonical names `--speaker NAME` stands for, the busiest first."""
        ids = resolve(self.conn, name)
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT name FROM speakers s WHERE id IN ({marks}) ORDER BY"
            " (SELECT count(*) FROM claims WHERE speaker_id = s.id) DESC, name",
            ids,
        )
        return [str(row[0]) for row in rows]

    def speakers(self, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Yield the speakers with their kind, aliases and claim and article counts."""
        return queries.speaker_records(self.conn, limit)

    def articles(
        self,
        *,
        source: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Yield the stored articles (without text) with their claim counts."""
        return queries.article_records(
            self.conn, source=source, since=since, until=until, limit=limit
        )

    def iter_links(
        self,
        *,
        relation: Relation | None = None,
        speaker: str | None = None,
        article: str | None = None,
        claim: str | None = None,
    ) -> Iterator[Link]:
        """Yield the links that pass the filters (speaker, article, claim: at either end)."""
        from claimtrack.models import Link

        where: list[str] = []
        params: list[Any] = []
        if relation is not None:
            where.append("l.relation = ?")
            params.append(relation.value)
        if claim is not None:
            where.append("(l.from_claim = ? OR l.to_claim = ?)")
            params += [claim, claim]
        for column, values in (
            ("speaker_id", resolve(self.conn, speaker) if speaker is not None else None),
            ("article_id", self.resolve_articles(article) if article is not None else None),
        ):
            if values is None:
                continue
            if not values:
                return
            marks = ",".join("?" * len(values))
            where.append(f"(cf.{column} IN ({marks}) OR ct.{column} IN ({marks}))")
            params += [*values, *values]
        sql = (
            "SELECT l.id, l.from_claim, l.to_claim, l.relation, l.score FROM links l"
            " JOIN claims cf ON cf.id = l.from_claim JOIN claims ct ON ct.id = l.to_claim"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY l.rowid"
        )
        for row in self.conn.execute(sql, params):
            yield Link(id=row[0], from_=row[1], to=row[2], relation=Relation(row[3]), score=row[4])

    def counts(self) -> dict[str, int]:
        """Return how many articles, claims, speakers and links are stored."""
        return {
            table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "claims", "speakers", "links")
        }


@dataclass
class _Bulk:
    """The state of Store.bulk: writes per commit, and writes in the open transaction."""

    per_commit: int
    writes: int = 0


def _add_claims(
    conn: sqlite3.Connection, claims: Sequence[Claim], text: str, *, update: bool = False
) -> None:
    """Insert one article's claims (updating those stored, when `update`) and register their speakers."""
    # Each claim's speaker is filed under its cleaned name ("many Democrats" -> "Democrats"),
    # or under none when nothing is left that names someone ("Proponents"); the words before
    # its mention tell a name cut from a longer one ("National Nurses [United]").
    cleaned = [
        speaker_name(c.speaker, c.speaker_mention, _words_before(text, _mention_start(c)))
        if c.speaker
        else None
        for c in claims
    ]
    names = {n for n in cleaned if n}
    # Full names first, so that a last name in the same article merges into them.
    order = sorted(names, key=lambda n: (-len(n.split()), n))
    # names a claim cites as its source ("according to Politico"): bodies, when one word
    cited = {n for c, n in zip(claims, cleaned, strict=True) if n and c.cue in _SOURCES}
    ids = _speaker_ids(conn, order, cited)
    join_initials(conn, ids, text)
    base = int(conn.execute("SELECT coalesce(max(n), 0) FROM claims").fetchone()[0])
    # A claim found again keeps its `n`, hence its place in the full-text index.
    conflict = (
        "DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _MUTABLE)
        + ", speaker_id = excluded.speaker_id"
        if update
        else "DO NOTHING"
    )
    conn.executemany(
        "INSERT INTO claims(id, n, article_id, speaker_id, speaker_raw, speaker_mention,"
        " speaker_start, speaker_end, cue, cue_start, cue_end, kind, stance, text, start, end)"
        f" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) {conflict}",
        [
            _claim_row(c, base + i + 1, ids.get(n or ""))
            for i, (c, n) in enumerate(zip(claims, cleaned, strict=True))
        ],
    )
    # With this article's claims counted, each speaker takes the spelling most of them use.
    said: dict[int, set[str]] = {}
    for c, n in zip(claims, cleaned, strict=True):
        if n and c.speaker:
            said.setdefault(ids[n], set()).add(c.speaker)
    name_by_spellings(conn, said)
    stored = {
        sid: str(conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0])
        for sid in set(ids.values())
    }
    # The extracted names merged into another, and the mentions that are names.
    pairs: list[tuple[int, str, str | None]] = [(sid, stored[sid], n) for n, sid in ids.items()]
    pairs += [
        (ids[n], stored[ids[n]], c.speaker_mention)
        for c, n in zip(claims, cleaned, strict=True)
        if n
    ]
    record_aliases(conn, pairs)
    # With this article's claims counted, a last name may now point to one person.
    for last in {describe(n).last for n in stored.values()}:
        if last is not None:
            settle(conn, last)


def _speaker_ids(
    conn: sqlite3.Connection, names: Sequence[str], cited: Collection[str] = ()
) -> dict[str, int]:
    """Return the speaker id of each of an article's names, registered in this order.

    A name's arrival may merge a speaker registered for a name before it away: in a fresh
    store, "Hillary Clinton" settles the "Clinton team" just registered (no Clinton was known)
    into Hillary Clinton's team (PolNeAR train, wash-post 2016-04-10). A name whose speaker
    is gone is registered again, and finds the speaker it was merged into.
    """
    ids = {name: speaker_id(conn, name, source=name in cited) for name in names}
    for _ in names:
        known = ",".join(str(i) for i in set(ids.values()))
        kept = {int(r[0]) for r in conn.execute(f"SELECT id FROM speakers WHERE id IN ({known})")}
        gone = [name for name, sid in ids.items() if sid not in kept]
        if not gone:
            break
        ids.update({name: speaker_id(conn, name, source=name in cited) for name in gone})
    return ids


# the cues that cite a source: "according to Politico", "as first reported by BuzzFeed"
_SOURCES = frozenset(SOURCE_CUES) | {cue.lower() for cue in SOURCE_CUES}

# The claim columns a new extraction may change for a claim it finds again (same span).
_MUTABLE = (
    "speaker_raw",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "kind",
    "stance",
)


def _words_before(text: str, start: int | None) -> str:
    """Return the article's last few words before a claim's speaker mention starting at `start`."""
    if start is None:
        return ""
    return text[max(0, start - WORDS_BEFORE) : start]


def _mention_start(claim: Claim) -> int | None:
    """Return where a claim's speaker mention starts, if it has one."""
    return claim.speaker_span[0] if claim.speaker_span is not None else None


def _replace_claims(conn: sqlite3.Connection, article: Article, claims: Sequence[Claim]) -> None:
    """Replace the stored claims of an article by these, inside the caller's transaction."""
    columns = ", ".join(_MUTABLE)
    old = {
        str(row[0]): (row[1], tuple(row[2:]))
        for row in conn.execute(
            f"SELECT id, speaker_id, {columns} FROM claims WHERE article_id = ?", (article.id,)
        )
    }
    new = {c.id: tuple(_claim_row(c, 0, None)[4:13]) for c in claims}
    # The aliases the old claims counted are taken back; the new claims count theirs.
    _forget_initials(conn, article.id)
    forget_aliases(
        conn, [(sid, fields[0], fields[1]) for sid, fields in old.values() if sid is not None]
    )
    gone = sorted(i for i in old if i not in new)
    changed = sorted(i for i in old if i in new and new[i] != old[i][1])
    # A changed claim may now link differently: its links go. Every claim of the article is
    # linked again by the next linking run, with the others of the article (a denial of "these
    # stories" links to the stories only when they are linked together); the links of the
    # claims that did not change stay meanwhile, and come back with the same ids.
    conn.executemany(
        "DELETE FROM links WHERE from_claim = ? OR to_claim = ?", [(i, i) for i in changed]
    )
    conn.executemany("DELETE FROM link_done WHERE claim = ?", [(i,) for i in old])
    conn.executemany("DELETE FROM claims WHERE id = ?", [(i,) for i in gone])  # links cascade
    _add_claims(conn, claims, article.text, update=True)
    drop_unused(conn, {sid for sid, _ in old.values() if sid is not None})


def _forget_initials(conn: sqlite3.Connection, article: str) -> None:
    """Take back the initials' uses join_initials counted on a stored article's text alone."""
    found = conn.execute("SELECT text FROM articles WHERE id = ?", (article,)).fetchone()
    if found is None:
        return
    text = str(found[0])
    ids: dict[str, int] = {}
    for sid, raw, mention, start in conn.execute(
        "SELECT speaker_id, speaker_raw, speaker_mention, speaker_start FROM claims"
        " WHERE article_id = ? AND speaker_id IS NOT NULL",
        (article,),
    ):
        name = speaker_name(str(raw), mention, _words_before(text, start)) if raw else None
        if name:
            ids[name] = int(sid)
    forget_initials(conn, ids, text)


def _claim_row(claim: Claim, n: int, sid: int | None) -> tuple[object, ...]:
    """Return the claims-table row of a claim."""
    sp = claim.speaker_span or (None, None)
    cs = claim.cue_span or (None, None)
    return (
        claim.id,
        n,
        claim.article,
        sid,
        claim.speaker,
        claim.speaker_mention,
        sp[0],
        sp[1],
        claim.cue,
        cs[0],
        cs[1],
        claim.kind.value,
        claim.stance.value,
        claim.text,
        claim.span[0],
        claim.span[1],
    )
