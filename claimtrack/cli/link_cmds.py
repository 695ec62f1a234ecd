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

from claimtrack.cli.app import command
from claimtrack.cli.common import (
    Format,
    FormatOption,
    LimitOption,
    fail,
    note,
    open_store,
    pick_format,
    progress,
    warn,
    warn_no_speaker,
)
from claimtrack.cli.output import Column, write_records
from claimtrack.cli.terminal import printable
from claimtrack.enums import Relation, Status
from claimtrack.enums import TrackOrder as Sort
from claimtrack.store import StoreError

if TYPE_CHECKING:  # the library is imported by the command that runs, not at start-up
    from claimtrack.link.match import Matcher
    from claimtrack.link.track import Tracked
    from claimtrack.models import Claim

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


@command("match")
def match_command(
    claims: Annotated[
        Path | None,
        typer.Option(
            "--claims",
            metavar="FILE",
            help='JSON lines of known claims ({"id": ..., "text": ...}) instead of the store.',
        ),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """Match JSON lines ({"id", "text"[, "claim"]}) on stdin to known claims, with each text's relation.

    Each line gets the best-matching known claim (or, when it carries "claim", that
    claim alone), the score and the text's relation to it. Malformed lines are reported
    on stderr and skipped, and the exit code is then 1, as for ingest.

    \b
    Examples:
      echo '{"id": "h1", "text": "Kremlin denies Trump calls"}' | claimtrack match
      claimtrack match --claims known.jsonl < headlines.jsonl
    """
    from claimtrack.link.match import BadLine, Matcher, load_claims, read_requests, run

    skipped = 0
    if claims is not None:
        try:
            with claims.open("rb") as f:
                given, bad = load_claims(f)
        except OSError as exc:
            fail(f"cannot read {claims}: {exc}")
        for b in bad:
            warn(f"{claims}: line {b.number} skipped: {b.reason}")
        skipped += len(bad)

    def matcher() -> Matcher | None:
        # the store is opened only when a line asks for a search
        known = given if claims is not None else _store_claims()
        return Matcher(known) if known else None

    def requests() -> Iterator[tuple[int, dict[str, Any]]]:
        nonlocal skipped
        for item in read_requests(sys.stdin.buffer):
            if isinstance(item, BadLine):
                warn(f"stdin: line {item.number} skipped: {item.reason}")
                skipped += 1
                continue
            yield item

    records = (m.record() for m in run(requests(), matcher))
    write_records(
        records, pick_format(fmt), MATCH_TABLE, fields=("id", "claim", "score", "relation")
    )
    if skipped:
        raise typer.Exit(1)


LINK_TABLE = (
    Column("relation", "relation", no_wrap=True),
    Column("from", "from_speaker", ratio=2),
    Column("responding claim", "from_text", ratio=5),
    Column("to", "to_speaker", ratio=2),
    Column("claim responded to", "to_text", ratio=5),
    Column("score", "score", no_wrap=True),
)


@command("link")
def link_command(
    redo: Annotated[
        bool, typer.Option("--all", help="Drop every link and link the whole store again.")
    ] = False,
) -> None:
    """Link the stored claims not linked yet (all of them with --all) across articles.

    Ingest links its new claims itself; this is for a store made before, or to relink.

    \b
    Examples:
      claimtrack link
      claimtrack link --all
    """
    from claimtrack.link.stored import link_store

    store = open_store()
    bar = progress()
    started = time.perf_counter()
    try:
        with bar:
            task = bar.add_task("link", total=None, stage="linking", unit="claims")
            report = link_store(store, redo=redo, progress=lambda n: bar.update(task, advance=n))
    except StoreError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; the links stored before are kept", 130)
    finally:
        store.close()
    seconds = time.perf_counter() - started
    note(f"{report.claims} claims linked; {report.links} links made ({seconds:.1f} s)")


@command("links")
def links_command(
    relation: Annotated[
        Relation | None,
        typer.Option(
            "--relation",
            "-r",
            metavar="RELATION",
            help="Only links of this relation: repeats, confirms, denies, declines or reports.",
        ),
    ] = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", "-s", metavar="NAME", help="Only links with a claim of this speaker."
        ),
    ] = None,
    article: Annotated[
        str | None,
        typer.Option(
            "--article",
            "-a",
            metavar="ID|PATH",
            help="Only links with a claim of this article (id or path).",
        ),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """List the links between claims: who repeats, confirms, denies or declines what.

    Each link is printed as `claimtrack schema link` describes.

    \b
    Examples:
      claimtrack links --relation denies --speaker Peskov
      claimtrack links --format csv > links.csv
    """
    from claimtrack.fields import LINK_FIELDS
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
    write_records(records, fmt, LINK_TABLE, fields=LINK_FIELDS, empty="no links")


class ExportFormat(StrEnum):
    """What `claimtrack export` writes."""

    CLAIMREVIEW = "claimreview"
    DOT = "dot"


TRACK_TABLE = (
    Column("id", "id", no_wrap=True),
    Column("status", "status", no_wrap=True),
    Column("speaker", "speaker", ratio=2),
    Column("claim", "text", ratio=6),
    Column("source", "source", ratio=2),
)
_STATUS_STYLE = {
    Status.CONFIRMED: "green",
    Status.DISPUTED: "yellow",
    Status.DENIED: "red",
    Status.UNCONFIRMED: "dim",
}


def _tracked(
    query: str | None,
    *,
    min_score: float = 0.0,
    status: Status | None = None,
    speaker: str | None = None,
    sort: Sort = Sort.OLDEST,
    limit: int | None = None,
) -> list[Tracked]:
    """Return the tracked claims of the store, selected and sorted."""
    from claimtrack.link.track import select, track

    store = open_store()
    try:
        speakers = None
        if speaker is not None:
            speakers = set(store.resolve_speaker(speaker))
            if not speakers:
                warn_no_speaker(store, speaker)
        found = track(store, query, min_score=min_score)
        return select(found, status=status, speakers=speakers, sort=sort, limit=limit)
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
    from rich.tree import Tree  # a terminal's tree only: other commands start without it

    out = Console(highlight=False)
    if not tracked:
        out.print("[dim]no tracked claims[/]")
    for t in tracked:
        style = _STATUS_STYLE[t.status]
        root = Tree(
            f"[{style} bold]{t.status.value.upper()}[/] {escape(printable(t.first.text))}"
            f" — [bold]{escape(printable(t.first.speaker or 'unnamed'))}[/]{_where(t, t.first)}"
            f" [dim]{t.first.id}[/]"
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
                    f"{_where(t, m.claim)} [dim]{m.claim.id}[/]"
                )
        out.print(root)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """Return a tracked claim as one flat row: counts per relation instead of the members."""
    counts = record.pop("counts")
    record["members"] = len(record["members"])
    return {**record, **counts}


class TrackFormat(StrEnum):
    """What `track` prints: the output formats, and a tree of each tracked claim."""

    TREE = "tree"
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


def track_csv_fields() -> tuple[str, ...]:
    """Return the CSV header of an empty track listing: the flat row's fields."""
    from claimtrack.fields import TRACK_FIELDS

    return (*(f for f in TRACK_FIELDS if f != "counts"), *(r.value for r in Relation))


@command("track")
def track_command(
    query: Annotated[
        str | None,
        typer.Argument(
            metavar="QUERY", help="Only claims whose text or speaker holds this (any case)."
        ),
    ] = None,
    status: Annotated[
        Status | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Only claims with this status: confirmed, disputed, denied or unconfirmed.",
        ),
    ] = None,
    sort: Annotated[
        Sort,
        typer.Option(
            "--sort",
            metavar="ORDER",
            help="contested (disputed, denied, confirmed, then unconfirmed; most answers first),"
            " sources (most sources first, then most articles), denials (most denials first), newest (latest"
            " member first) or oldest (earliest first assertion first).",
        ),
    ] = Sort.CONTESTED,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            "-s",
            metavar="NAME",
            help="Only claims with a member said by this speaker (name or alias).",
        ),
    ] = None,
    min_score: Annotated[
        float,
        typer.Option(
            "--min-score",
            min=0.0,
            max=1.0,
            metavar="SCORE",
            help="Leave out links scored under SCORE (0 to 1) before grouping.",
        ),
    ] = 0.0,
    limit: LimitOption = None,
    fmt: Annotated[
        TrackFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="tree, table, json, jsonl or csv. Default: a tree on a terminal, JSON lines"
            " in a pipe.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Show each tracked claim: first assertion, who repeats, confirms, denies or declines it, and its status.

    The most contested come first: disputed, then denied, confirmed and unconfirmed.
    Each record is printed as `claimtrack schema track` describes; the tree shows
    every claim's id, for `claimtrack show ID`.

    \b
    Examples:
      claimtrack track --status disputed --limit 5
      claimtrack track "Putin seven times"
      claimtrack track --speaker Peskov --sort newest --format tree | less -R
      claimtrack track --format json | jq '.[] | {id, text, status}'
    """
    if fmt is None:
        fmt = TrackFormat.TREE if sys.stdout.isatty() else TrackFormat.JSONL
    tracked = _tracked(
        query, min_score=min_score, status=status, speaker=speaker, sort=sort, limit=limit
    )
    if fmt is TrackFormat.TREE:
        _tree(tracked)
        return
    out = Format(fmt.value)
    if out is Format.TABLE or out is Format.CSV:
        rows = [_flat(t.record()) for t in tracked]
        write_records(rows, out, TRACK_TABLE, fields=track_csv_fields(), empty="no tracked claims")
        return
    write_records([t.record() for t in tracked], out, TRACK_TABLE)


@command("export")
def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="claimreview (schema.org JSON-LD) or dot (Graphviz).",
        ),
    ] = ExportFormat.CLAIMREVIEW,
    query: Annotated[
        str | None,
        typer.Argument(metavar="QUERY", help="Only claims whose text or speaker holds this."),
    ] = None,
    author: Annotated[
        str,
        typer.Option(
            "--author",
            envvar="CLAIMTRACK_AUTHOR",
            metavar="NAME",
            help="The organisation publishing the reviews (ClaimReview's author).",
        ),
    ] = "claimtrack",
    author_url: Annotated[
        str | None,
        typer.Option(
            "--author-url",
            envvar="CLAIMTRACK_AUTHOR_URL",
            metavar="URL",
            help="Its web site.",
        ),
    ] = None,
) -> None:
    """Write the tracked claims as ClaimReview JSON-LD, or the link graph for Graphviz.

    A ClaimReview's url is the article's web address when it has one (never a local
    path); its author is --author (or CLAIMTRACK_AUTHOR).

    \b
    Examples:
      claimtrack export --author "Daily Checker" --author-url https://checker.example > reviews.jsonld
      claimtrack export --format dot | dot -Tsvg > links.svg
    """
    from claimtrack.link.export import Reviewer, claim_reviews_json, dot

    tracked = _tracked(query, sort=Sort.OLDEST)
    if fmt is ExportFormat.DOT:
        sys.stdout.write(dot(tracked))
    else:
        sys.stdout.write(claim_reviews_json(tracked, Reviewer(author, author_url)))
