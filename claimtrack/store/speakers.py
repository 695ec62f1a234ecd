"""Speakers in the database: register the names of a new article, and resolve `--speaker`."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from claimtrack.aliases import NameInfo, SpeakerKind, alias_worthy, describe, key, merge_target


def _info(row: sqlite3.Row | tuple[object, ...]) -> NameInfo:
    """Return the NameInfo of a speakers row (id, name, kind, last, words)."""
    return describe(str(row[1]))


def _persons_named(conn: sqlite3.Connection, last: str) -> list[tuple[int, NameInfo]]:
    """Return the person speakers whose last name is this (key form)."""
    rows = conn.execute(
        "SELECT id, name, kind, last, words FROM speakers WHERE last = ? AND kind = 'person'",
        (last,),
    ).fetchall()
    return [(int(row[0]), _info(row)) for row in rows]


def _add_alias(conn: sqlite3.Connection, speaker_id: int, alias: str) -> None:
    conn.execute(
        "INSERT INTO aliases(key, speaker_id, alias) VALUES (?, ?, ?)"
        " ON CONFLICT(key, speaker_id) DO UPDATE SET uses = uses + 1",
        (key(alias), speaker_id, " ".join(alias.split())),
    )


def speaker_id(conn: sqlite3.Connection, name: str) -> int:
    """Return the id of the speaker this extracted name belongs to, registering it if new.

    Runs inside the article's write transaction, so merges are serialised between writers.
    """
    found = conn.execute("SELECT id FROM speakers WHERE key = ?", (key(name),)).fetchone()
    if found:
        return int(found[0])
    info = describe(name)
    if info.kind is SpeakerKind.PERSON and info.last is not None:
        if info.core != info.name:
            # "President Trump": the name without its title may already be known.
            core = conn.execute(
                "SELECT id FROM speakers WHERE key = ?", (key(info.core),)
            ).fetchone()
            if core:
                return int(core[0])
        same_last = _persons_named(conn, info.last)
        target = merge_target(info, (p for _, p in same_last))
        if target is not None:
            # The name is recorded as an alias by record_aliases, once per article.
            return next(i for i, p in same_last if p is target)
    new_id = _insert(conn, info)
    if info.kind is SpeakerKind.PERSON and info.words > 1 and info.last is not None:
        _absorb_single_names(conn, new_id, info)
    return new_id


def _insert(conn: sqlite3.Connection, info: NameInfo) -> int:
    cursor = conn.execute(
        "INSERT INTO speakers(name, key, kind, last, words) VALUES (?, ?, ?, ?, ?)",
        (info.name, key(info.name), info.kind.value, info.last, info.words),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _absorb_single_names(conn: sqlite3.Connection, new_id: int, info: NameInfo) -> None:
    """Merge speakers known only by this person's last name ("Trump") into the new full name."""
    assert info.last is not None
    same_last = _persons_named(conn, info.last)
    if sum(1 for _, p in same_last if p.words > 1) != 1:
        return  # two full names share the last name: "Trump" alone stays ambiguous
    for old_id, old in same_last:
        if old_id == new_id or old.words != 1:
            continue
        conn.execute("UPDATE claims SET speaker_id = ? WHERE speaker_id = ?", (new_id, old_id))
        conn.execute(
            "INSERT INTO aliases(key, speaker_id, alias, uses)"
            " SELECT key, ?, alias, uses FROM aliases WHERE speaker_id = ?"
            " ON CONFLICT(key, speaker_id) DO UPDATE SET uses = uses + excluded.uses",
            (new_id, old_id),
        )
        _add_alias(conn, new_id, old.name)
        conn.execute("DELETE FROM speakers WHERE id = ?", (old_id,))


def record_aliases(conn: sqlite3.Connection, pairs: Iterable[tuple[int, str, str | None]]) -> None:
    """Record the mentions worth keeping as aliases: (speaker id, speaker name, mention)."""
    seen: set[tuple[int, str]] = set()
    infos: dict[str, NameInfo] = {}
    for sid, name, mention in pairs:
        if mention is None or (sid, key(mention)) in seen:
            continue
        seen.add((sid, key(mention)))
        info = infos.setdefault(name, describe(name))
        if alias_worthy(info, mention):
            _add_alias(conn, sid, mention)


def resolve(conn: sqlite3.Connection, name: str) -> list[int]:
    """Return the ids of the speakers a `--speaker NAME` means (empty when none)."""
    k = key(name)
    row = conn.execute("SELECT id FROM speakers WHERE key = ?", (k,)).fetchone()
    if row:
        return [int(row[0])]
    rows = conn.execute("SELECT speaker_id, uses FROM aliases WHERE key = ?", (k,)).fetchall()
    if rows:
        # "Trump" may be an alias of Donald and of Eric Trump: the one it named most often wins.
        most = max(int(r[1]) for r in rows)
        return sorted(int(r[0]) for r in rows if int(r[1]) == most)
    # People type names in lower case ("peskov"); capitalise to judge what kind of name it is.
    info = describe(" ".join(word[:1].upper() + word[1:] for word in name.split()))
    if info.kind is SpeakerKind.PERSON and info.words == 1 and info.last is not None:
        # "Peskov" finds Dmitry Peskov even when no article called him by his last name alone.
        return sorted(i for i, p in _persons_named(conn, info.last) if p.words > 1)
    if info.kind is SpeakerKind.PERSON and info.core != info.name:
        return resolve(conn, info.core)
    return []
