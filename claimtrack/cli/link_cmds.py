"""`claimtrack link`, `links`, `track`, `match` and `export`: claims across sources."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.tree import Tree

from claimtrack.cli.app import app, open_store, settings
from claimtrack.cli.common import Format, console, fail, pick_format, warn
from claimtrack.cli.output import Column, write_records
from claimtrack.cli.terminal import printable
from claimtrack.enums import Relation
from claimtrack.store import StoreError

if TYPE_CHECKING:  # the library is imported by the command that runs, not at start-up
    from claimtrack.link.match import Matcher
    from claimtrack.link.track import Tracked
    from claimtrack.models import Claim

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


def _store_claims() -> list[tuple[str, str]]:
    """Return (id, text) of every stored claim."""
    from claimtrack.store.linking import claim_texts

    store = open_store()
    try:
        return claim_texts(store)
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
    from claimtrack.link.match import BadLine, Matcher, load_claims, read_requests, run

    if claims is not None:
        try:
            with claims.open("rb") as f:
                given, bad = load_claims(f)
        except OSError as exc:
            fail(f"cannot read {claims}: {exc}")
        for b in bad:
            warn(f"{claims}: line {b.number} skipped: {b.reason}")

    def matcher() -> Matcher | None:
        # the store is opened only when a line asks for a search
        known = given if claims is not None else _store_claims()
        return Matcher(known) if known else None

    def requests() -> Iterator[tuple[int, dict[str, Any]]]:
        for item in read_requests(sys.stdin.buffer):
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
    from claimtrack.link.stored import link_store

    store = open_store()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("linking"),
        BarColumn(),
        TextColumn("{task.completed} claims"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=settings.quiet or not console.is_terminal,
    )
    started = time.perf_counter()
    try:
        with progress:
            task = progress.add_task("link", total=None)
            report = link_store(
                store, redo=redo, progress=lambda n: progress.update(task, advance=n)
            )
    except StoreError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; the links stored before are kept", 130)
    finally:
        store.close()
    if not settings.quiet:
        seconds = time.perf_counter() - started
        console.print(f"{report.claims} claims linked; {report.links} links made ({seconds:.1f} s)")


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
    from claimtrack.link.records import link_records

    fmt = pick_format(fmt)
    store = open_store()
    try:
        links = list(store.iter_links(relation=relation, speaker=speaker, article=article))
        records = link_records(store, links)
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()
    write_records(records, fmt, LINK_TABLE)


class ExportFormat(StrEnum):
    """What `claimtrack export` writes."""

    CLAIMREVIEW = "claimreview"
    DOT = "dot"


TRACK_TABLE = (
    Column("status", "status", no_wrap=True),
    Column("speaker", "speaker", ratio=2),
    Column("claim", "text", ratio=6),
    Column("source", "source", ratio=2),
)
# By claimtrack.link.track.Status value (a StrEnum, so its members find these keys).
_STATUS_STYLE = {
    "confirmed": "green",
    "disputed": "yellow",
    "denied": "red",
    "unconfirmed": "dim",
}


def _tracked(query: str | None) -> list[Tracked]:
    """Return the tracked claims of the store."""
    from claimtrack.link.track import track

    store = open_store()
    try:
        return track(store, query)
    except StoreError as exc:
        fail(str(exc))
    finally:
        store.close()


def _where(t: Tracked, claim: Claim) -> str:
    meta = t.articles.get(claim.article)
    parts = [
        p for p in ((meta.source if meta else None) or claim.path, meta and meta.published) if p
    ]
    return f" [dim]({escape(printable(', '.join(str(p) for p in parts)))})[/]" if parts else ""


def _tree(tracked: list[Tracked]) -> None:
    """Print the tracked claims as rich trees on stdout."""
    out = Console(highlight=False)
    if not tracked:
        out.print("[dim]no tracked claims[/]")
    for t in tracked:
        style = _STATUS_STYLE[t.status]
        root = Tree(
            f"[{style} bold]{t.status.value.upper()}[/] {escape(printable(t.first.text))}"
            f" — [bold]{escape(printable(t.first.speaker or 'unnamed'))}[/]{_where(t, t.first)}"
        )
        for relation in Relation:
            members = t.by_role(relation.value)
            if not members:
                continue
            branch = root.add(f"[bold]{relation.value}[/]")
            for m in members:
                branch.add(
                    f"[bold]{escape(printable(m.claim.speaker or 'unnamed'))}[/]:"
                    f" {escape(printable(m.claim.text))}"
                    f"{_where(t, m.claim)}"
                )
        out.print(root)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """Return a tracked claim as one flat row: counts per relation instead of the members."""
    counts = record.pop("counts")
    record["members"] = len(record["members"])
    record["span"] = f"{record['span'][0]}-{record['span'][1]}"
    return {**record, **counts}


@app.command("track")
def track_command(
    query: Annotated[
        str | None, typer.Argument(help="Only claims whose text or speaker holds this.")
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """Show each tracked claim: first assertion, who repeats, confirms, denies or declines it, and its status."""
    fmt = pick_format(fmt)
    tracked = _tracked(query)
    if fmt is Format.TABLE and sys.stdout.isatty():
        _tree(tracked)
        return
    if fmt is Format.TABLE or fmt is Format.CSV:
        rows = [_flat(t.record()) for t in tracked]
        write_records(rows, fmt, TRACK_TABLE)
        return
    write_records([t.record() for t in tracked], fmt, TRACK_TABLE)


@app.command("export")
def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="claimreview (schema.org JSON-LD) or dot (Graphviz)."),
    ] = ExportFormat.CLAIMREVIEW,
    query: Annotated[
        str | None, typer.Argument(help="Only claims whose text or speaker holds this.")
    ] = None,
) -> None:
    """Write the tracked claims as ClaimReview JSON-LD, or the link graph for Graphviz."""
    from claimtrack.link.export import claim_reviews_json, dot

    tracked = _tracked(query)
    if fmt is ExportFormat.DOT:
        sys.stdout.write(dot(tracked))
    else:
        sys.stdout.write(claim_reviews_json(tracked))
