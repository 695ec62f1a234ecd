"""The database schema as numbered migrations, recorded in a table and applied on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, statements: str) -> None:
    """Run the `;`-separated statements one by one, inside the caller's transaction."""
    # executescript() would commit first; statements here hold no `;` but between them,
    # except inside trigger bodies, which end with "END;".
    buffer = ""
    for part in statements.split(";"):
        buffer += part
        if not sqlite3.complete_statement(buffer + ";"):
            buffer += ";"
            continue
        if buffer.strip():
            conn.execute(buffer)
        buffer = ""


def m001_initial(conn: sqlite3.Connection) -> None:
    """Create articles, speakers, aliases, claims, their full-text index, and links."""
    _run(
        conn,
        """
        -- The text comes last: listings read the metadata of thousands of articles, and
        -- columns stored after a long text would be reached through its overflow pages.
        CREATE TABLE articles (
          id TEXT PRIMARY KEY,
          title TEXT,
          source TEXT,
          url TEXT,
          published TEXT,
          path TEXT,
          added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
          text TEXT NOT NULL
        );
        CREATE INDEX articles_source ON articles(source COLLATE NOCASE);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_path ON articles(path);

        CREATE TABLE speakers (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          key TEXT NOT NULL UNIQUE,
          kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),
          last TEXT,
          words INTEGER NOT NULL
        );
        CREATE INDEX speakers_last ON speakers(last) WHERE last IS NOT NULL;

        CREATE TABLE aliases (
          key TEXT NOT NULL,
          speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
          alias TEXT NOT NULL,
          uses INTEGER NOT NULL DEFAULT 1,  -- articles that used it: picks the likeliest owner
          PRIMARY KEY (key, speaker_id)
        ) WITHOUT ROWID;
        CREATE INDEX aliases_speaker ON aliases(speaker_id);

        CREATE TABLE claims (
          id TEXT PRIMARY KEY,
          n INTEGER NOT NULL UNIQUE,
          article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
          speaker_raw TEXT,
          speaker_mention TEXT,
          speaker_start INTEGER,
          speaker_end INTEGER,
          cue TEXT,
          cue_start INTEGER,
          cue_end INTEGER,
          kind TEXT NOT NULL CHECK (kind IN ('direct', 'reported')),
          stance TEXT NOT NULL CHECK (stance IN ('asserts', 'denies', 'confirms', 'declines')),
          text TEXT NOT NULL,
          start INTEGER NOT NULL,
          end INTEGER NOT NULL
        );
        CREATE INDEX claims_article ON claims(article_id, start);
        CREATE INDEX claims_speaker ON claims(speaker_id);

        -- External content keyed on `n`, an explicit integer column: an implicit rowid
        -- could be renumbered by VACUUM and leave the index pointing at the wrong claims.
        CREATE VIRTUAL TABLE claims_fts USING fts5(
          text, content='claims', content_rowid='n', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
          INSERT INTO claims_fts(rowid, text) VALUES (new.n, new.text);
        END;
        CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.n, old.text);
        END;
        CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, n ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.n, old.text);
          INSERT INTO claims_fts(rowid, text) VALUES (new.n, new.text);
        END;

        CREATE TABLE links (
          id TEXT PRIMARY KEY,
          from_claim TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
          to_claim TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
          relation TEXT NOT NULL,
          score REAL NOT NULL
        );
        CREATE INDEX links_from ON links(from_claim);
        CREATE INDEX links_to ON links(to_claim);
        """,
    )


def m002_link_index(conn: sqlite3.Connection) -> None:
    """Add the linking index: the claims holding each key, and the claims already linked."""
    # One row per key, its claim ids space-separated and `n` the number of claims holding
    # it: a posting longer than claimtrack.link.index.MAX_POSTING is never read, so it stops
    # growing and only `n` counts on. A row per (key, claim) pair would be a million rows
    # for 100,000 claims. No foreign keys: a key left by a deleted claim only proposes a
    # candidate that get_claims no longer finds.
    _run(
        conn,
        """
        CREATE TABLE IF NOT EXISTS link_postings (
          key TEXT PRIMARY KEY,
          n INTEGER NOT NULL,
          claims TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS link_done (claim TEXT PRIMARY KEY) WITHOUT ROWID;
        """,
    )


def m003_extractor_version(conn: sqlite3.Connection) -> None:
    """Record which extractor version produced each article's claims (NULL: from before)."""
    # The covering index answers the re-ingest check (is this text stored, and by which
    # extractor?) without reading the row, whose text would be walked through its overflow
    # pages to reach a column added after it.
    _run(
        conn,
        """
        ALTER TABLE articles ADD COLUMN extractor TEXT;
        CREATE INDEX articles_extractor ON articles(id, extractor);
        """,
    )


def m004_stemmed_search_and_views(conn: sqlite3.Connection) -> None:
    """Search stemmed words (wall finds walls), declared so datasette finds it; browsing views."""
    # The porter tokenizer over unicode61: "walls", "walled" and "wall" are one term.
    # content="claims" in double quotes is the form datasette looks for to offer search.
    _run(
        conn,
        """
        DROP TRIGGER IF EXISTS claims_fts_insert;
        DROP TRIGGER IF EXISTS claims_fts_delete;
        DROP TRIGGER IF EXISTS claims_fts_update;
        DROP TABLE IF EXISTS claims_fts;
        CREATE VIRTUAL TABLE claims_fts USING fts5(
          text, content="claims", content_rowid="n",
          tokenize="porter unicode61 remove_diacritics 2"
        );
        INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
        CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
          INSERT INTO claims_fts(rowid, text) VALUES (new.n, new.text);
        END;
        CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.n, old.text);
        END;
        CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, n ON claims BEGIN
          INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.n, old.text);
          INSERT INTO claims_fts(rowid, text) VALUES (new.n, new.text);
        END;

        -- For browsing (datasette): claims with their speaker's name and article, links
        -- with the texts and speakers at both ends.
        CREATE VIEW claim_list AS
          SELECT c.id, c.n, a.published, s.name AS speaker, c.stance, c.kind, c.text,
                 a.source, a.title, a.url, a.path, c.article_id, c.start, c.end
          FROM claims c
          JOIN articles a ON a.id = c.article_id
          LEFT JOIN speakers s ON s.id = c.speaker_id;
        CREATE VIEW link_list AS
          SELECT l.id, l.relation, l.score,
                 sf.name AS from_speaker, cf.text AS from_text,
                 st.name AS to_speaker, ct.text AS to_text,
                 af.source AS from_source, at.source AS to_source,
                 l.from_claim, l.to_claim
          FROM links l
          JOIN claims cf ON cf.id = l.from_claim
          JOIN claims ct ON ct.id = l.to_claim
          JOIN articles af ON af.id = cf.article_id
          JOIN articles at ON at.id = ct.article_id
          LEFT JOIN speakers sf ON sf.id = cf.speaker_id
          LEFT JOIN speakers st ON st.id = ct.speaker_id;
        CREATE VIEW speaker_list AS
          SELECT s.id, s.name, s.kind,
                 (SELECT group_concat(alias, '; ') FROM aliases WHERE speaker_id = s.id) AS aliases,
                 (SELECT count(*) FROM claims WHERE speaker_id = s.id) AS claims
          FROM speakers s
        """,
    )


def m005_listing_order(conn: sqlite3.Connection) -> None:
    """Index the articles in the order claim listings use (oldest first, undated last)."""
    # With it, `claims --speaker X --limit N` for a speaker of many claims reads articles in
    # listing order and stops after N claims, instead of sorting all of X's claims.
    _run(conn, "CREATE INDEX articles_listing ON articles((published IS NULL), published)")


def m006_speaker_spellings(conn: sqlite3.Connection) -> None:
    """Count each speaker's claims by the name they were extracted under, kept by triggers."""
    # The store's speaker rules weigh a speaker's claims (a last name goes to the namesake
    # quoted by far most, a speaker takes the spelling most of its claims use): counted over
    # the claims, each article naming a speaker of many claims would cost as much as that
    # speaker's history, and ingest would grow faster than its input. Here a count is one
    # row per spelling, whatever the number of claims. Rows at zero are left (read as none).
    _run(
        conn,
        """
        CREATE TABLE speaker_spellings (
          speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
          raw TEXT NOT NULL,  -- the claims' extracted name (speaker_raw), '' for none
          claims INTEGER NOT NULL,
          PRIMARY KEY (speaker_id, raw)
        ) WITHOUT ROWID;
        INSERT INTO speaker_spellings(speaker_id, raw, claims)
          SELECT speaker_id, coalesce(speaker_raw, ''), count(*) FROM claims
          WHERE speaker_id IS NOT NULL GROUP BY 1, 2;
        CREATE TRIGGER claims_spelling_insert AFTER INSERT ON claims
        WHEN new.speaker_id IS NOT NULL BEGIN
          INSERT INTO speaker_spellings(speaker_id, raw, claims)
            VALUES (new.speaker_id, coalesce(new.speaker_raw, ''), 1)
            ON CONFLICT(speaker_id, raw) DO UPDATE SET claims = claims + 1;
        END;
        CREATE TRIGGER claims_spelling_delete AFTER DELETE ON claims
        WHEN old.speaker_id IS NOT NULL BEGIN
          UPDATE speaker_spellings SET claims = claims - 1
            WHERE speaker_id = old.speaker_id AND raw = coalesce(old.speaker_raw, '');
        END;
        CREATE TRIGGER claims_spelling_update AFTER UPDATE OF speaker_id, speaker_raw ON claims
        WHEN old.speaker_id IS NOT new.speaker_id OR old.speaker_raw IS NOT new.speaker_raw BEGIN
          UPDATE speaker_spellings SET claims = claims - 1
            WHERE speaker_id = old.speaker_id AND raw = coalesce(old.speaker_raw, '');
          INSERT INTO speaker_spellings(speaker_id, raw, claims)
            SELECT new.speaker_id, coalesce(new.speaker_raw, ''), 1 WHERE new.speaker_id IS NOT NULL
            ON CONFLICT(speaker_id, raw) DO UPDATE SET claims = claims + 1;
        END
        """,
    )


# The numbered list: migration i + 1 is MIGRATIONS[i]. Append, never edit or reorder.
MIGRATIONS: tuple[Migration, ...] = (
    m001_initial,
    m002_link_index,
    m003_extractor_version,
    m004_stemmed_search_and_views,
    m005_listing_order,
    m006_speaker_spellings,
)

# Tables that hold claimtrack's own bookkeeping, not data to browse.
INTERNAL_TABLES = ("link_postings", "link_done", "schema_migrations", "speaker_spellings")

LATEST = len(MIGRATIONS)


class SchemaError(Exception):
    """The database is not one this version of claimtrack can use."""


def user_tables(conn: sqlite3.Connection) -> set[str]:
    """Return the names of the tables in the database (reading it proves it is SQLite)."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for (name,) in rows}


def current_version(conn: sqlite3.Connection) -> int:
    """Return the schema version recorded in the database (0 for a new one)."""
    tables = user_tables(conn)
    if "schema_migrations" not in tables:
        if tables:
            raise SchemaError("it is an SQLite database, but not a claimtrack one")
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def pending(conn: sqlite3.Connection) -> list[tuple[int, Migration]]:
    """Return the migrations not applied yet, numbered; raise SchemaError for a newer schema."""
    version = current_version(conn)
    if version > LATEST:
        raise SchemaError(
            f"its schema version {version} is newer than this claimtrack knows ({LATEST}); "
            "upgrade claimtrack"
        )
    return [(i + 1, MIGRATIONS[i]) for i in range(version, LATEST)]


def apply(conn: sqlite3.Connection) -> int:
    """Apply the pending migrations inside the caller's transaction; return how many."""
    todo = pending(conn)
    if not todo:
        return 0
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
    )
    for version, migration in todo:
        migration(conn)
        conn.execute(
            "INSERT INTO schema_migrations(version, name) VALUES (?, ?)",
            (version, migration.__name__),
        )
    return len(todo)
