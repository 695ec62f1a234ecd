"""`claimtrack link`, `links`, `track`, `match` and `export`: claims across sources."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from claimtrack.cli.app import app, settings
from claimtrack.cli.common import Format, console, fail, pick_format, warn
from claimtrack.cli.output import Column, write_records
from claimtrack.link.records import link_records
from claimtrack.link.stored import link_store
from claimtrack.match import BadLine, Matcher, load_claims, read_requests, run
from claimtrack.models import Relation
from claimtrack.store import Store, StoreError

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="table, json, jsonl or csv (default: table on a terminal, else jsonl).",
    ),
]

MATCH_TABLE = (
    Column("id", "id", no_wrap=True),
    Column("claim", "claim", ratio=3),
    Column("score", "score", no_wrap=True),
    Column("relation", "relation", no_wrap=True),
)


def _open(*, create: bool = False) -> Store:
    """Return the store named by --db, or exit with a one-line error."""
    try:
        return Store.open(settings.db, create=create)
    except StoreError as exc:
        fail(str(exc))


def _store_claims() -> list[tuple[str, str]]:
    """Return (id, text) of every stored claim; none when there is no database yet."""
    if not Path(settings.db).exists():
        return []
    store = _open()
    try:
        return [(str(r[0]), str(r[1])) for r in store.conn.execute("SELECT id, text FROM claims")]
    finally:
        store.close()


@app.command("match")
def match_command(
    claims: Annotated[
        Path | None,
        typer.Option(
            "--claims", help="JSON lines of known claims ({id, text}) instead of the store."
        ),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """Match JSON lines ({id, text[, claim]}) on stdin to known claims, with each text's relation."""
    if claims is not None:
        try:
            with claims.open(encoding="utf-8") as f:
                known, bad = load_claims(f)
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read {claims}: {exc}")
        for b in bad:
            warn(f"{claims}: line {b.number} skipped: {b.reason}")
    else:
        known = _store_claims()
    matcher = Matcher(known) if known else None

    def requests() -> Iterator[tuple[int, dict[str, Any]]]:
        for item in read_requests(sys.stdin):
            if isinstance(item, BadLine):
                warn(f"stdin: line {item.number} skipped: {item.reason}")
                continue
            yield item

    records = (m.record() for m in run(requests(), matcher))
    write_records(records, pick_format(fmt), MATCH_TABLE)


LINK_TABLE = (
    Column("relation", "relation", no_wrap=True),
    Column("from", "from_speaker", ratio=2),
    Column("responding claim", "from_text", ratio=5),
    Column("to", "to_speaker", ratio=2),
    Column("claim responded to", "to_text", ratio=5),
    Column("score", "score", no_wrap=True),
)


@app.command("link")
def link_command(
    redo: Annotated[
        bool, typer.Option("--all", help="Drop every link and link the whole store again.")
    ] = False,
) -> None:
    """Link the stored claims not linked yet (all of them with --all) across articles."""
    store = _open()
    try:
        report = link_store(store, redo=redo)
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()
    if not settings.quiet:
        console.print(f"{report.claims} claims linked; {report.links} links made")


@app.command("links")
def links_command(
    relation: Annotated[
        Relation | None, typer.Option("--relation", "-r", help="Only links of this relation.")
    ] = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", "-s", help="Only links with a claim of this speaker.")
    ] = None,
    article: Annotated[
        str | None,
        typer.Option(
            "--article", "-a", help="Only links with a claim of this article (id or path)."
        ),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """List the links between claims: who repeats, confirms, denies or declines what."""
    fmt = pick_format(fmt)
    if not Path(settings.db).exists():
        write_records([], fmt, LINK_TABLE)
        return
    store = _open()
    try:
        links = list(store.iter_links(relation=relation, speaker=speaker, article=article))
        records = link_records(store, links)
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()
    write_records(records, fmt, LINK_TABLE)
