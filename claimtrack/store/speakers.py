"""Speakers in the database: register the names of a new article, and resolve `--speaker`."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import replace

from claimtrack.lexicon import FEMININE_WORDS, MASCULINE_WORDS
from claimtrack.store.acronyms import initials, initials_in, is_initials, letters, spelt_out
from claimtrack.store.aliases import (
    DOMINANCE,
    MIN_CLAIMS,
    NameInfo,
    SpeakerKind,
    alias_worthy,
    describe,
    is_name,
    key,
    kin_names,
    merge_target,
    owned_by,
    possessive,
    same_person,
)
from claimtrack.store.names import WORDS_BEFORE, speaker_name


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


def _by_key(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM speakers WHERE key = ?", (key(name),)).fetchone()
    return None if row is None else int(row[0])


def speaker_id(conn: sqlite3.Connection, name: str, *, source: bool = False) -> int:
    """Return the id of the speaker this extracted name belongs to, registering it if new.

    `source`: a claim of the article cites the name as its source ("according to Politico"),
    which makes a one-word name a body's, not a person's; a person who holds it as a last name
    still takes it, in any ingest order ("according to Bloomberg": Michael Bloomberg's).
    Runs inside the article's write transaction, so merges are serialised between writers.
    """
    found = _by_key(conn, name)
    if found is not None:
        if source:
            _cited_as_body(conn, found)
        return _spelt_as_body(conn, found, name)
    words = name.split()
    held = _held(name)
    if held is not None and _known_holder(conn, held[0]):
        # "Trump campaign" is "Trump's campaign" when the store knows a Trump; "Jeb Bush
        # campaign" is Jeb Bush's when it knows a Jeb Bush ("Human Rights Campaign" is no
        # Human Rights's, "Kurdish allies" no Kurdish's)
        name = owned_by(*held)
        found = _by_key(conn, name)
        if found is not None:
            return found
    elif len(words) > 2 and words[0].lower() in _OWNED_NOUNS and words[1] == "of":
        whose = describe(" ".join(words[2:]))
        if whose.kind is SpeakerKind.PERSON:
            # "Supporters of Sanders" are Sanders's supporters; "supporters of Democrat
            # Hillary Clinton", Hillary Clinton's
            name = owned_by(whose.core, words[0].lower())
            found = _by_key(conn, name)
            if found is not None:
                return found
    if len(words) == 1 and not is_initials(name) and is_initials(name.upper()):
        # "Ap" (a headline's "AP:", recased by the extractor) is the one body an article
        # showed "AP" to be, as "AP" is, whichever came first; no body holds "BUSH"
        spelt = _spelt_out_known(conn, name.upper())
        if spelt is not None:
            return spelt
    info = describe(name)
    owned = possessive(name)
    if owned is not None:
        # "Trump's campaign" is "Donald Trump's campaign" when "Trump" is Donald Trump.
        owner = _merged_person(conn, describe(owned[0]))
        if owner is not None:
            full = owned_by(owner[1].name, owned[1])
            return _by_key(conn, full) or _insert(conn, describe(full))
    # Every name merged into another is recorded as its alias by record_aliases, once per article.
    if info.kind is SpeakerKind.PERSON and info.last is not None:
        if info.core != info.name:
            # "President Trump": the name without its title may already be known.
            core = _by_key(conn, info.core)
            if core is not None:
                return core
        if info.words == 1:
            target = _merged_person(conn, info)
            if target is not None:
                return target[0]
        else:
            same = next(
                ((i, p) for i, p in _persons_named(conn, info.last) if same_person(p, info)), None
            )
            if same is not None:
                # "Donald J. Trump" is Donald Trump; "Democrat Hillary Clinton" is Hillary Clinton
                if len(same[1].name.split()) > len(info.name.split()):
                    _rename(conn, same[0], same[1].name, info.name)
                return same[0]
    if info.kind is SpeakerKind.GROUP:
        # "Real Clear Politics average" is the "RealClearPolitics average" known, and back
        for variant in _spellings(name):
            found = _by_key(conn, variant)
            if found is not None:
                return _spelt_as_body(conn, found, name)
        if is_initials(name):
            # "AP", once an article has shown whose initials they are: the Associated Press
            spelt = _spelt_out_known(conn, name)
            if spelt is not None:
                return spelt
    if source and info.kind is SpeakerKind.PERSON and info.words == 1:
        # "according to Politico": filed under its word, so that settle() gives it to a
        # namesake who comes to hold the word, as it would have been given in another order
        info = replace(info, kind=SpeakerKind.GROUP)
    new_id = _insert(conn, info)
    if info.kind is SpeakerKind.PERSON and info.words > 1 and info.last is not None:
        _take_back_last_names(conn, info.last, new_id)
        # (not kin yet: a kin this article has named may hold none of its claims so far)
        settle(conn, info.last, kin=False)
    return new_id


def _cited_as_body(conn: sqlite3.Connection, sid: int) -> None:
    """Make a speaker of one word a group when a claim cites it as a source ("according to
    Politico"), whichever of its claims came first ("Politico said" makes a person). It stays
    filed under its word: settle() gives it to the one namesake who holds that last name, as
    it would have gone to him in an order where he came first (the "Bloomberg" of "according
    to Bloomberg" to Michael Bloomberg)."""
    conn.execute(
        "UPDATE speakers SET kind = 'group' WHERE id = ? AND kind = 'person' AND words = 1",
        (sid,),
    )


def _take_back_last_names(conn: sqlite3.Connection, last: str, new_id: int) -> None:
    """Give the claims said under this last name alone back to a speaker of that name, when a
    namesake arrives: merged into the one person who held it, they are judged again among two.

    "Wallace" (a Fox News interviewer, PolNeAR train) went to George Wallace when he came
    first and to Chris Wallace when he did: which of them, it is the namesakes' claims that
    say (merge_target), in any ingest order. Where the namesake holding them would take them
    back at once ("Trump" stays Donald Trump's when Eric Trump arrives), they are not moved:
    a popular last name's claims are read only when their speaker may change, so that the
    arrival of a namesake costs what its article holds, not what the store holds.
    """
    others = [(i, p) for i, p in _persons_named(conn, last) if p.words > 1 and i != new_id]
    bare: dict[int, int] = {}  # holder: claims said under the last name alone
    raws: set[str] = set()
    for sid, _ in others:
        for raw, n in _said_under(conn, sid):
            if _last_name_alone(describe(raw), last):
                bare[sid] = bare.get(sid, 0) + n
                raws.add(raw)
    if not bare or _kept_by_holder(conn, last, new_id, others, bare, raws):
        return
    holders = sorted(bare)
    marks = ",".join("?" * len(holders))
    rows = conn.execute(
        "SELECT n, speaker_id, speaker_raw, speaker_mention, speaker_start, article_id FROM claims"
        f" WHERE speaker_id IN ({marks}) AND speaker_raw IN ({','.join('?' * len(raws))})",
        [*holders, *sorted(raws)],
    ).fetchall()
    said: dict[str, list[_Said]] = {}
    for n, held, raw, mention, start, article in rows:
        # the name it was stored under, which the words before its mention may lengthen
        # ("George H.W. [Bush]")
        cleaned = speaker_name(str(raw), mention, _words_before(conn, article, start))
        info = describe(cleaned) if cleaned else None
        if info is not None and _last_name_alone(info, last) and cleaned:
            said.setdefault(info.core, []).append(
                (int(n), int(held), str(article), cleaned, mention)
            )
    for name, claims in sorted(said.items()):
        sid = _by_key(conn, name) or _insert(conn, describe(name))
        conn.executemany(
            "UPDATE claims SET speaker_id = ? WHERE n = ?", [(sid, c[0]) for c in claims]
        )
        _move_aliases(conn, sid, claims)


def _kept_by_holder(
    conn: sqlite3.Connection,
    last: str,
    new_id: int,
    others: list[tuple[int, NameInfo]],
    bare: Mapping[int, int],
    raws: Iterable[str],
) -> bool:
    """Return whether the one namesake holding the last name alone would be given it again by
    settle() once it is taken back, the new namesake known: its claims but those (fewer, if
    the words before some lengthened them) still dominate. Then taking back changes nothing."""
    if len(bare) != 1:
        return False
    ((holder, taken),) = bare.items()
    cores = {describe(raw).core for raw in raws}
    if any(_by_key(conn, core) is not None for core in cores):
        return False  # a speaker of the name alone already holds some: judged the long way
    persons = [*others, (new_id, describe(_name_of(conn, new_id)))]
    counts = _claim_counts(conn, (i for i, _ in persons))
    counts[holder] = counts.get(holder, 0) - taken
    named = {p.name: counts.get(i, 0) for i, p in persons}
    info = dict(persons)[holder]
    return all(
        merge_target(describe(core), (p for _, p in persons), named) is info for core in cores
    )


def _name_of(conn: sqlite3.Connection, sid: int) -> str:
    """Return a speaker's name."""
    return str(conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0])


# a claim taken back: (n, speaker id it held, article id, name stored under, mention)
_Said = tuple[int, int, str, str, str | None]


def _move_aliases(conn: sqlite3.Connection, sid: int, claims: list[_Said]) -> None:
    """Move the alias uses these claims, taken back to speaker sid, recorded on the speakers
    they held, article by article as they were counted ("Representative Brooks" leaves the
    columnist David Brooks with the congressman's claims), but for the names the claims left
    there in that article still use."""
    name = _name_of(conn, sid)
    articles: dict[tuple[int, str], list[_Said]] = {}
    for claim in claims:
        articles.setdefault((claim[1], claim[2]), []).append(claim)
    for (held, article), taken in sorted(articles.items()):
        left = conn.execute(
            "SELECT speaker_raw, speaker_mention FROM claims WHERE article_id = ? AND speaker_id = ?",
            (article, held),
        ).fetchall()
        kept = {key(str(m)) for row in left for m in row if m}
        forget_aliases(
            conn,
            [(held, m, None) for c in taken for m in (c[3], c[4]) if m and key(m) not in kept],
        )
        record_aliases(conn, [(sid, name, m) for c in taken for m in (c[3], c[4])])


def _last_name_alone(info: NameInfo, last: str) -> bool:
    """Return whether a name is this last name alone, as a person's: "Wallace", "De Blasio"."""
    return info.kind is SpeakerKind.PERSON and info.words == 1 and info.last == last


def _words_before(conn: sqlite3.Connection, article: str, start: int | None) -> str:
    """Return an article's last few words before a claim's speaker mention (as db's do)."""
    if start is None:
        return ""
    first = max(0, start - WORDS_BEFORE)
    row = conn.execute(
        "SELECT substr(text, ?, ?) FROM articles WHERE id = ?", (first + 1, start - first, article)
    ).fetchone()
    return str(row[0]) if row else ""


def _spelt_as_body(conn: sqlite3.Connection, sid: int, name: str) -> int:
    """Return the speaker's id, renamed to this spelling when it is shaped as a body's name,
    which makes the speaker a group ("PolitiFact" for "Politifact"), whichever came first.
    Spellings of one kind are weighed by name_by_spellings once the article's claims are in."""
    stored = _name_of(conn, sid)
    if name == stored:
        return sid
    new, old = describe(name), describe(stored)
    if new.kind is old.kind or new.kind is SpeakerKind.PERSON or not is_name(name.split()):
        return sid  # (not "de Blasio", no proper name, for Bill de Blasio's "De Blasio")
    conn.execute(
        "UPDATE speakers SET name = ?, key = ?, kind = 'group', last = NULL WHERE id = ?",
        (name, key(name), sid),
    )
    if key(name) != key(stored):
        _add_alias(conn, sid, stored)  # "Real Clear Politics average": found by either
    return sid


def name_by_spellings(conn: sqlite3.Connection, said: Mapping[int, Iterable[str]]) -> None:
    """Name each of these speakers by the spelling of its name most of its claims were said
    under, of two as often the first in code order: "Kellyanne Conway" (8 claims) over
    "KellyAnne Conway" (2), "Reince Priebus" over a one-off "Rence Priebus", whichever came
    first. Recomputed from the claims after each article, so in any ingest order.

    `said` holds each speaker's extracted names in the article just stored. An article that
    spells a speaker only as it is named adds votes to the name alone, so its count is not
    read again (it is read from speaker_spellings, a row a spelling, since it once read every
    claim of the speaker and made each article cost as much as the store: ffcc24b)."""
    for sid in sorted(said):
        row = conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()
        if row is None:
            continue
        name = str(row[0])
        current = describe(name)
        if any(_spelling_of(current, raw) not in (None, name) for raw in said[sid]):
            name = _most_used_spelling(conn, sid, name, current)
        # (an alias of the spelling it has, which _spelt_as_body may have left, is its name)
        conn.execute("DELETE FROM aliases WHERE speaker_id = ? AND key = ?", (sid, key(name)))


def _most_used_spelling(conn: sqlite3.Connection, sid: int, name: str, current: NameInfo) -> str:
    """Name a speaker by the spelling most of its claims use (see name_by_spellings); return it."""
    uses = {name: 0}
    for raw, n in _said_under(conn, sid):
        spelling = _spelling_of(current, raw)
        if spelling is not None:
            uses[spelling] = uses.get(spelling, 0) + n
    best = min(uses, key=lambda spelling: (-uses[spelling], spelling))
    if best != name and _by_key(conn, best) in (None, sid):
        conn.execute("UPDATE speakers SET name = ?, key = ? WHERE id = ?", (best, key(best), sid))
        if key(best) != key(name):
            _add_alias(conn, sid, name)
        name = best
    return name


def _spelling_of(current: NameInfo, raw: str) -> str | None:
    """Return the name an extracted name spells as the speaker's other spelling, or None:
    "KellyAnne Conway" of Kellyanne Conway, "Rence Priebus" of Reince Priebus (same_person,
    as many words), "Real Clear Politics average" of the RealClearPolitics average."""
    if key(raw) == key(current.name):
        return raw
    info = describe(raw)
    spelling = info.core if info.kind is SpeakerKind.PERSON else info.name
    if info.kind is not current.kind:
        return None
    if key(spelling) == key(current.name):
        return spelling
    if info.kind is SpeakerKind.GROUP:
        return spelling if spelling in _spellings(current.name) else None
    if len(spelling.split()) == len(current.name.split()) and same_person(info, current):
        return spelling
    return None


def _spelt_out_known(conn: sqlite3.Connection, short: str) -> int | None:
    """Return the one body whose initials these are that holds them as an alias, or None."""
    bodies = _bodies_holding(conn, short)
    return next(iter(bodies)) if len(bodies) == 1 else None


def _bodies_holding(conn: sqlite3.Connection, short: str) -> dict[int, str]:
    """Return the bodies (id: name) whose initials these are that hold them as an alias."""
    rows = conn.execute(
        "SELECT s.id, s.name FROM aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.key = ? AND s.kind = 'group'",
        (key(short),),
    ).fetchall()
    return {int(sid): str(name) for sid, name in rows if initials(str(name)) == short}


def join_initials(conn: sqlite3.Connection, ids: dict[str, int], text: str) -> None:
    """Make one speaker of a body's initials and its name where this article writes both.

    ids maps the article's speaker names to their ids and is updated. Either the name is a
    speaker ("Associated Press") and its initials stand in the text, or the initials are a
    speaker ("RNC") and the text spells them out beside them ("the Republican National
    Committee (RNC)"). The name is kept and the initials become its alias; this article's
    claims under the initials go to the body it spells out, whatever body an alias gave them
    ("RNC" may be the Convention elsewhere), and a speaker of the initials alone, known
    before, is merged in. A speaker is never renamed on one article's text.
    """
    shorts = initials_in(text, {letters(name) for name in ids})
    pairs = {(initials(name), name) for name in ids if letters(name) in shorts}
    for name in ids:
        if is_initials(name) and (spelt := spelt_out(text, name)) is not None:
            pairs.add((name, spelt))
    for short in {n for n in ids if is_initials(n)} - {s for s, _ in pairs}:
        # initials this article does not spell out, held as a speaker of their own ("Ap" came
        # first under a reader's capitals): the one body an article showed them to be
        known, body = _by_key(conn, short), _spelt_out_known(conn, short)
        if body is not None and known == ids[short] and known != body:
            _move(conn, known, body, short)
            ids.update({n: body for n, i in ids.items() if i == known})
    for short, full in sorted((s, f) for s, f in pairs if s is not None):
        full_id = ids[full] if full in ids else speaker_id(conn, full)
        holders = _bodies_holding(conn, short)
        short_id = _by_key(conn, short)
        if short_id is not None and short_id != full_id and not set(holders) - {full_id}:
            # (held by another body too, a speaker of the initials alone is neither's); one
            # registered for this article's claims alone has its alias counted with them
            earlier = _claim_counts(conn, [short_id])
            _move(conn, short_id, full_id, short if earlier or short not in ids else None)
            ids.update({n: full_id for n, i in ids.items() if i == short_id})
        if short in ids:
            ids[short] = full_id  # (as a speaker here, record_aliases counts it)
        else:
            _add_alias(conn, full_id, short)
        if short_id is not None and short_id not in ids.values():
            drop_unused(conn, [short_id])  # (registered for this article's claims, all the body's)
        if holders and full_id not in holders:
            _take_back_initials(conn, short, {**holders, full_id: full})


def _take_back_initials(conn: sqlite3.Connection, short: str, bodies: Mapping[int, str]) -> None:
    """Give the claims said under initials alone back to a speaker of the initials when a
    second body comes to hold them, unless the claim's own article spells its body out or
    names it: "The RNC said" with no name in its article is the Committee's or the
    Convention's, whichever came first, until both are known. After that no such claim goes
    to a body (_spelt_out_known), so this runs once for each body that comes to hold them,
    and reads only the claims said under the initials alone and their articles."""
    said: list[tuple[int, int, str]] = []
    for sid in sorted(bodies):
        spelt = [raw for raw, _ in _said_under(conn, sid) if key(raw) == key(short)]
        for raw in spelt:
            said += [
                (int(n), sid, str(a))
                for n, a in conn.execute(
                    "SELECT n, article_id FROM claims WHERE speaker_id = ? AND speaker_raw = ?",
                    (sid, raw),
                )
            ]
    alone = []
    for n, sid, article in said:
        row = conn.execute(
            "SELECT text, EXISTS (SELECT 1 FROM claims WHERE article_id = articles.id"
            " AND speaker_id = ? AND lower(speaker_raw) != lower(?))"
            " FROM articles WHERE id = ?",
            (sid, short, article),
        ).fetchone()
        if not row[1] and spelt_out(str(row[0]), short) != bodies[sid]:
            alone.append(n)
    if alone:
        sid = _by_key(conn, short) or _insert(conn, describe(short))
        conn.executemany("UPDATE claims SET speaker_id = ? WHERE n = ?", [(sid, n) for n in alone])


# a run of capitalised words ("Real Clear Politics"), and the capitals inside a word
# ("RealClearPolitics")
_CAPITALS_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")
_INNER_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _spellings(name: str) -> set[str]:
    """Return the other spellings of a body's name, its capitalised words run together or
    apart: "Real Clear Politics average" <-> "RealClearPolitics average"."""
    joined = _CAPITALS_RUN.sub(lambda m: "".join(m.group().split()), name)
    apart = _INNER_CAPITAL.sub(" ", name)
    return {joined, apart} - {name}


# nouns that a person's name before them makes that person's: "Trump campaign", "Sanders
# supporters" (Bernie Sanders's supporters), "Clinton aides", "the Clinton team"
_OWNED_NOUNS = frozenset(
    "campaign administration team aides advisers advisors allies supporters backers".split()
)


def _held(name: str) -> tuple[str, str] | None:
    """Return (holder, noun) of a name that may be a person's people without the possessive
    ("Sanders supporters" -> ("Sanders", "supporters")), or None."""
    words = name.split()
    if len(words) not in (2, 3) or words[-1].lower() not in _OWNED_NOUNS:
        return None
    holder = " ".join(words[:-1])
    if describe(holder).kind is not SpeakerKind.PERSON:
        return None
    return holder, words[-1].lower()


def _known_holder(conn: sqlite3.Connection, holder: str) -> bool:
    """Return whether the store knows a person this holder names: a person of that last name
    for one word ("Sanders"), that very person for a full name ("Jeb Bush")."""
    if len(holder.split()) > 1:
        return _by_key(conn, holder) is not None
    return bool(_persons_named(conn, key(holder)))


def _rename(conn: sqlite3.Connection, sid: int, old: str, new: str) -> None:
    """Give a speaker a shorter name of the same person, keeping the old one as an alias."""
    conn.execute(
        "UPDATE speakers SET name = ?, key = ?, words = ? WHERE id = ?",
        (new, key(new), len(new.split()), sid),
    )
    _add_alias(conn, sid, old)


def _claim_counts(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, int]:
    """Return how many claims each of these speakers has."""
    wanted = list(ids)
    marks = ",".join("?" * len(wanted))
    sql = (
        "SELECT speaker_id, sum(claims) FROM speaker_spellings"
        f" WHERE speaker_id IN ({marks}) GROUP BY speaker_id"
    )
    return {int(sid): int(n) for sid, n in conn.execute(sql, wanted) if n}


def _said_under(conn: sqlite3.Connection, sid: int) -> list[tuple[str, int]]:
    """Return how many of a speaker's claims each extracted name was said under ("Trump": 412),
    read from the counts the claims' triggers keep (one row a spelling, not a claim)."""
    rows = conn.execute(
        "SELECT raw, claims FROM speaker_spellings WHERE speaker_id = ? AND claims > 0 AND raw != ''",
        (sid,),
    ).fetchall()
    return [(str(raw), int(n)) for raw, n in rows]


def _merged_person(conn: sqlite3.Connection, info: NameInfo) -> tuple[int, NameInfo] | None:
    """Return (id, name) of the full-name person a single-word name stands for, or None."""
    if info.kind is not SpeakerKind.PERSON or info.last is None or info.words != 1:
        return None
    full = [(i, p) for i, p in _persons_named(conn, info.last) if p.words > 1]
    counts = _claim_counts(conn, (i for i, _ in full))
    target = merge_target(info, (p for _, p in full), {p.name: counts.get(i, 0) for i, p in full})
    return next(((i, p) for i, p in full if p is target), None)


def _insert(conn: sqlite3.Connection, info: NameInfo) -> int:
    last = info.last
    owned = possessive(info.name) or _held(info.name)
    if owned is not None:
        # A group owned by a person is filed under the owner's last name, so that settle()
        # finds "Trump's campaign" through the index when Trump turns out to be Donald Trump,
        # and "Sanders supporters" when a Sanders comes to be known.
        last = key(owned[0].split()[-1])
    cursor = conn.execute(
        "INSERT INTO speakers(name, key, kind, last, words) VALUES (?, ?, ?, ?, ?)",
        (info.name, key(info.name), info.kind.value, last, info.words),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _settle_kin(conn: sqlite3.Connection, last: str) -> None:
    """Merge each full name of this last name into a person whose first name is its formal or
    familiar form ("Edward G. Rendell" into Ed Rendell), the busier keeping its name.

    As a last name alone goes to the person who holds it by far most often, only into one
    quoted by far more (MIN_CLAIMS claims and DOMINANCE times this one's): two people each
    quoted a few times may be two, as Bob Mason, a retired letter carrier, and Robert Mason,
    a professor, or Steve Rosenthal (a labor strategist) and Steven M. Rosenthal (a tax
    lawyer), each quoted in one article of PolNeAR train.
    """
    persons = [(i, p) for i, p in _persons_named(conn, last) if p.words > 1]
    counts = _claim_counts(conn, (i for i, _ in persons))
    # the busier first, and of two as busy the first by name: the same in any ingest order
    persons.sort(key=lambda item: (-counts.get(item[0], 0), key(item[1].name)))
    kept: list[tuple[int, NameInfo]] = []
    merged: dict[int, list[NameInfo]] = {}
    for sid, person in persons:
        into = next(
            (
                i
                for i, p in kept
                if counts.get(i, 0) >= max(MIN_CLAIMS, DOMINANCE * counts.get(sid, 0))
                and kin_names(p, person)
            ),
            None,
        )
        if into is None:
            kept.append((sid, person))
        else:
            _move(conn, sid, into, person.name)
            counts[into] = counts.get(into, 0) + counts.get(sid, 0)
            merged.setdefault(into, []).append(person)
    for sid, person in kept:
        if sid in merged:
            _name_by_claims(conn, sid, person, merged[sid])


def _name_by_claims(
    conn: sqlite3.Connection, sid: int, current: NameInfo, names: list[NameInfo]
) -> None:
    """Name a person by whichever of its kin names its claims were said under most often (of
    two as often, the first by name), whatever name it held when they met: Joe Biden's claims
    stay under "Joe Biden" though "Joseph R. Biden Jr." came first."""
    said = [(describe(raw), n) for raw, n in _said_under(conn, sid)]

    def uses(name: NameInfo) -> int:
        return sum(n for info, n in said if same_person(info, name))

    best = min([current, *names], key=lambda name: (-uses(name), key(name.name)))
    if best.name != current.name:
        _rename(conn, sid, current.name, best.name)


def settle(conn: sqlite3.Connection, last: str, *, kin: bool = True) -> None:
    """Merge what is known only by this last name ("Trump", "Trump's campaign") into the person it means.

    Called when a full name with this last name appears, and after each article, since a
    person may come to dominate a last name only as their claims accumulate. With `kin`, the
    full names of one person by a formal and a familiar first name are merged first.
    """
    if kin:
        _settle_kin(conn, last)
    filed = conn.execute(
        "SELECT id, name, kind, words FROM speakers WHERE last = ?", (last,)
    ).fetchall()
    for old_id, old_name, kind, words in filed:
        if words == 1 and (kind == "person" or key(old_name) == last):
            # (a group of the one word is a body cited as a source: "according to Politico")
            old = describe(old_name)
            target = _merged_person(conn, old)
            if target is not None:
                _move(conn, old_id, target[0], old.name)
    groups = [(i, name) for i, name, kind, _ in filed if kind == "group"]
    for group_id, group_name in groups:
        owned = possessive(group_name)
        held = _held(group_name) if owned is None else None
        if held is not None and key(held[0]) == last and _known_holder(conn, held[0]):
            owned = held  # "Sanders supporters" stored before any Sanders was known
        if owned is None or key(owned[0]) != last:
            continue
        owner = _merged_person(conn, describe(owned[0]))
        full = owned_by(owner[1].name, owned[1]) if owner else owned_by(*owned)
        if full == group_name:
            continue
        existing = _by_key(conn, full)
        if existing is not None:
            _move(conn, group_id, existing, group_name)
        else:
            conn.execute(
                "UPDATE speakers SET name = ?, key = ? WHERE id = ?", (full, key(full), group_id)
            )
            _add_alias(conn, group_id, group_name)


def _move(conn: sqlite3.Connection, old_id: int, new_id: int, old_name: str | None) -> None:
    """Give the old speaker's claims and aliases to the new one, keep its name (unless None) as
    an alias, drop it."""
    conn.execute("UPDATE claims SET speaker_id = ? WHERE speaker_id = ?", (new_id, old_id))
    conn.execute(
        "INSERT INTO aliases(key, speaker_id, alias, uses)"
        " SELECT key, ?, alias, uses FROM aliases WHERE speaker_id = ?"
        " ON CONFLICT(key, speaker_id) DO UPDATE SET uses = uses + excluded.uses",
        (new_id, old_id),
    )
    if old_name is not None:
        _add_alias(conn, new_id, old_name)
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
    """Return the ids of the speakers a `--speaker NAME` means (empty when none).

    A full name or a group's name means that speaker. A single word means every person
    it fits, never silently one of them: the speaker of that name, the people it is an
    alias of, the people with that last name ("Clinton": Hillary, Bill, Chelsea) and
    those with that first name ("Bernie": Bernie Sanders).
    """
    k = key(name)
    found: set[int] = set()
    row = conn.execute("SELECT id, name FROM speakers WHERE key = ?", (k,)).fetchone()
    if row:
        exact = describe(str(row[1]))
        if exact.kind is not SpeakerKind.PERSON or exact.words > 1:
            return [int(row[0])]
        found.add(int(row[0]))
    rows = conn.execute("SELECT speaker_id FROM aliases WHERE key = ?", (k,)).fetchall()
    found.update(int(r[0]) for r in rows)
    # People type names in lower case ("peskov"); capitalise to judge what kind of name it is.
    info = describe(" ".join(word[:1].upper() + word[1:] for word in name.split()))
    owned = possessive(info.name)
    if owned is not None and not found:
        # "Trump's campaign" finds "Donald Trump's campaign".
        ids = []
        for owner_id in resolve(conn, owned[0]):
            owner = conn.execute("SELECT name FROM speakers WHERE id = ?", (owner_id,)).fetchone()
            full = owned_by(str(owner[0]), owned[1])
            row = conn.execute("SELECT id FROM speakers WHERE key = ?", (key(full),)).fetchone()
            if row:
                ids.append(int(row[0]))
        return sorted(ids)
    if info.kind is SpeakerKind.PERSON and info.words == 1 and info.last is not None:
        # "Peskov" finds Dmitry Peskov even when no article called him by his last name alone.
        found.update(i for i, p in _persons_named(conn, info.last) if p.words > 1)
        found.update(_first_named(conn, info.last))
        gender = _gender(name.split()[:-1])
        if gender is not None:
            # "Mr. Clinton" is Bill Clinton, "Mrs. Clinton" Hillary: a title tells them apart
            found = {i for i in found if _gender(_first_name(conn, i)) in (gender, None)}
    elif not found and info.kind is SpeakerKind.PERSON and info.core != info.name:
        return resolve(conn, info.core)
    return sorted(found)


def _gender(words: Iterable[str]) -> str | None:
    """Return "she" or "he" when titles or a first name show a gender ("Mrs.", "Bill"), else None."""
    keys = {w.lower().strip(".,") for w in words}
    feminine, masculine = bool(keys & FEMININE_WORDS), bool(keys & MASCULINE_WORDS)
    if feminine == masculine:
        return None
    return "she" if feminine else "he"


def _first_name(conn: sqlite3.Connection, sid: int) -> list[str]:
    """Return the first word of a person speaker's name without titles ("Bill" of Bill Clinton)."""
    row = conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()
    core = describe(str(row[0])).core.split() if row else []
    return core[:1] if len(core) > 1 else []


def _first_named(conn: sqlite3.Connection, first: str) -> list[int]:
    """Return the people whose first name is this (key form): "bernie" -> Bernie Sanders."""
    # "bernie " <= key < "bernie!": the index on key finds them ("!" sorts right after " ")
    rows = conn.execute(
        "SELECT id, name FROM speakers WHERE key >= ? AND key < ? AND kind = 'person' AND words > 1",
        (first + " ", first + "!"),
    ).fetchall()
    return [int(r[0]) for r in rows if key(describe(str(r[1])).core).startswith(first + " ")]


def forget_aliases(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str | None]]) -> None:
    """Take back the alias uses one article's claims recorded: (speaker id, extracted name, mention).

    The inverse of record_aliases for an article whose claims are being replaced: each
    alias it counted loses one use, and an alias no article uses any more is dropped.
    """
    infos: dict[int, NameInfo | None] = {}
    gone: set[tuple[int, str]] = set()
    for sid, raw, mention in rows:
        if sid not in infos:
            found = conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()
            infos[sid] = None if found is None else describe(str(found[0]))
        info = infos[sid]
        if info is not None:
            gone.update((sid, key(m)) for m in (raw, mention) if m and alias_worthy(info, m))
    pairs = sorted(gone)
    conn.executemany("UPDATE aliases SET uses = uses - 1 WHERE speaker_id = ? AND key = ?", pairs)
    conn.executemany("DELETE FROM aliases WHERE speaker_id = ? AND key = ? AND uses <= 0", pairs)


def forget_initials(conn: sqlite3.Connection, ids: Mapping[str, int], text: str) -> None:
    """Take back the uses of initials that join_initials counted on an article's text alone
    ("AP" written beside the Associated Press, a speaker of it): the article is being deleted
    or its claims replaced. ids maps the article's speaker names to their speakers' ids."""
    shorts = initials_in(text, {letters(name) for name in ids})
    pairs = {(initials(name), sid) for name, sid in ids.items() if letters(name) in shorts}
    gone = sorted({(sid, key(s)) for s, sid in pairs if s is not None and s not in ids})
    conn.executemany("UPDATE aliases SET uses = uses - 1 WHERE speaker_id = ? AND key = ?", gone)
    conn.executemany("DELETE FROM aliases WHERE speaker_id = ? AND key = ? AND uses <= 0", gone)


def drop_unused(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Delete those of these speakers that no claim names any more (their aliases go with them)."""
    conn.executemany(
        "DELETE FROM speakers WHERE id = ? AND NOT EXISTS"
        " (SELECT 1 FROM claims WHERE speaker_id = speakers.id)",
        [(sid,) for sid in set(ids)],
    )
