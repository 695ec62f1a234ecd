"""`claimtrack ingest`, `claims`, `speakers`, `articles` and `show`: the store from the shell."""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from claimtrack.cli.app import app, open_store, settings
from claimtrack.cli.common import Format, console, fail, pick_format, warn
from claimtrack.cli.output import Column, write_records
from claimtrack.cli.terminal import printable, printable_text
from claimtrack.enums import Kind, Stance
from claimtrack.store import ClaimFilter, Store, StoreError

if TYPE_CHECKING:  # the extractor is imported by ingest when it runs, not at start-up
    from claimtrack.ingest import Event, IngestReport

CLAIM_TABLE = (
    Column("speaker", "speaker", ratio=2),
    Column("stance", "stance", no_wrap=True),
    Column("kind", "kind", no_wrap=True),
    Column("claim", "text", ratio=6),
    Column("source", "source", ratio=2),
)
SPEAKER_TABLE = (
    Column("speaker", "name", ratio=3),
    Column("kind", "kind", no_wrap=True),
    Column("aliases", "aliases", ratio=4),
    Column("claims", "claims", no_wrap=True),
    Column("articles", "articles", no_wrap=True),
)
ARTICLE_TABLE = (
    Column("id", "id", no_wrap=True),
    Column("title", "title", ratio=5),
    Column("source", "source", ratio=2),
    Column("date", "published", no_wrap=True),
    Column("path", "path", ratio=3),
    Column("claims", "claims", no_wrap=True),
)

DATE_FORMATS = ["%Y-%m-%d"]

FormatOption = Annotated[
    Format | None, typer.Option("--format", "-f", help="table on a terminal, jsonl in a pipe.")
]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most this many.")]
SourceOption = Annotated[str | None, typer.Option("--source", help="Only this outlet (any case).")]
SinceOption = Annotated[
    datetime | None,
    typer.Option("--since", formats=DATE_FORMATS, help="Only articles published on or after."),
]
UntilOption = Annotated[
    datetime | None,
    typer.Option("--until", formats=DATE_FORMATS, help="Only articles published on or before."),
]


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


# -- ingest ------------------------------------------------------------------------------


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or folders, or - for standard input.", show_default=False),
    ],
    source: Annotated[
        str | None,
        typer.Option(help="Outlet of every article read (stored ones too: it replaces theirs)."),
    ] = None,
    title: Annotated[
        str | None, typer.Option(help="Title of every article read (stored ones too).")
    ] = None,
    url: Annotated[
        str | None, typer.Option(help="URL of every article read (stored ones too).")
    ] = None,
    published: Annotated[
        datetime | None,
        typer.Option(
            formats=DATE_FORMATS, help="Publication date (YYYY-MM-DD) of every article read."
        ),
    ] = None,
    reextract: Annotated[
        bool,
        typer.Option(
            "--reextract",
            help="Extract stored articles again and replace their claims, even when this"
            " extractor version stored them (after editing rules or lexicons).",
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            max=1024,
            help="Extraction processes (default: the cores; 1: none).",
        ),
    ] = None,
) -> None:
    """Read articles, extract their claims and store them.

    An article whose text is already stored is skipped when this version of claimtrack
    extracted it, and extracted again (its claims replaced, then linked) when another
    version did. --source, --title, --url and --published apply to stored articles too;
    metadata read from the files themselves only to new ones.
    """
    from claimtrack.ingest import IngestError, Outcome, default_workers, ingest
    from claimtrack.link.stored import link_store
    from claimtrack.read import read_paths

    changes: dict[str, Any] = {
        k: v
        for k, v in {
            "source": source,
            "title": title,
            "url": url,
            "published": _day(published),
        }.items()
        if v is not None
    }
    store = open_store(create=True)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn(
            "{task.completed} articles, {task.fields[new]} new, {task.fields[updated]} updated,"
            " {task.fields[claims]} claims"
        ),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=settings.quiet or not console.is_terminal,
    )
    task = progress.add_task("ingest", total=None, new=0, updated=0, claims=0)
    counts = {"new": 0, "updated": 0, "claims": 0}

    def on_event(event: Event) -> None:
        if event.outcome is Outcome.FAILED:
            warn(f"skipped {event.path or '<stdin>'}: {event.reason}")
        elif event.outcome in (Outcome.NEW, Outcome.UPDATED):
            counts[event.outcome.value] += 1
            counts["claims"] += event.claims
        progress.update(
            task,
            advance=1,
            new=counts["new"],
            updated=counts["updated"],
            claims=counts["claims"],
        )

    started = time.perf_counter()
    try:
        with progress, store:
            report = ingest(
                read_paths(paths),
                store,
                workers=workers or default_workers(),
                on_event=on_event,
                reextract=reextract,
                metadata=changes,
            )
            link_store(store)  # the new and replaced claims against each other and the store
    except (StoreError, IngestError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; the articles stored before are kept", 130)
    if not settings.quiet:
        console.print(summary(report, time.perf_counter() - started), highlight=False)
    if report.failed:
        raise typer.Exit(1)


def summary(report: IngestReport, seconds: float) -> str:
    """Return the one-line account of an ingest."""
    total = report.total
    return (
        f"{total} article{'s' if total != 1 else ''}: {report.new} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.failed} failed; "
        f"{report.claims} claim{'s' if report.claims != 1 else ''} stored ({seconds:.1f} s)"
    )


# -- listings ----------------------------------------------------------------------------


@app.command("claims")
def claims_command(
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-s", help="Canonical name or alias, any case: Trump, peskov."),
    ] = None,
    article: Annotated[
        str | None, typer.Option("--article", "-a", help="Article id, id prefix or input path.")
    ] = None,
    source: SourceOption = None,
    kind: Annotated[Kind | None, typer.Option(help="direct or reported.")] = None,
    stance: Annotated[Stance | None, typer.Option(help="What the speaker does with it.")] = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Words that must all occur in the claim.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List stored claims, filtered by speaker, article, source, kind, stance, words or date."""
    flt = ClaimFilter(
        speaker, article, source, kind, stance, search, _day(since), _day(until), limit
    )
    fmt = pick_format(fmt)
    with open_store(create=False) as store:
        if speaker is not None and not store.resolve_speaker(speaker):
            warn(f"no speaker is called {speaker!r}; see `claimtrack speakers`")
        if article is not None and not store.resolve_articles(article):
            fail(f"no article with id or path {article!r}; see `claimtrack articles`")
        try:
            if fmt in (Format.JSON, Format.JSONL):
                write_json_texts(store.claim_json(flt), fmt)
                return
            records = store.claim_records(flt)
            if fmt is Format.TABLE:
                records = ({**r, "source": r["source"] or r["path"]} for r in records)
            write_records(records, fmt, CLAIM_TABLE)
        except StoreError as exc:
            fail(str(exc))


def write_json_texts(texts: Iterable[str], fmt: Format) -> int:
    """Write JSON objects already encoded as one JSON document or as JSON lines; return how many."""
    # The same layout as output.write_records, for records that SQLite encoded.
    n = 0
    out = sys.stdout
    if fmt is Format.JSONL:
        for text in texts:
            out.write(text + "\n")
            n += 1
    else:
        out.write("[")
        for text in texts:
            out.write(("\n  " if n == 0 else ",\n  ") + text)
            n += 1
        out.write("\n]\n" if n else "]\n")
    out.flush()
    return n


@app.command("speakers")
def speakers_command(limit: LimitOption = None, fmt: FormatOption = None) -> None:
    """List speakers with their aliases, claim counts and article counts."""
    fmt = pick_format(fmt)
    with open_store(create=False) as store:
        records: Iterable[dict[str, Any]] = store.speakers(limit)
        if fmt is Format.TABLE:
            records = ({**r, "aliases": "; ".join(r["aliases"])} for r in records)
        write_records(records, fmt, SPEAKER_TABLE)


@app.command("articles")
def articles_command(
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List stored articles with title, source, date, path and claim count."""
    fmt = pick_format(fmt)
    with open_store(create=False) as store:
        records = store.articles(source=source, since=_day(since), until=_day(until), limit=limit)
        write_records(records, fmt, ARTICLE_TABLE)


# -- show --------------------------------------------------------------------------------


class ShowFormat(StrEnum):
    """How `show` prints: a highlighted view, or one JSON document."""

    TABLE = "table"
    JSON = "json"


# Where a sentence ends: "... true.” Peskov", "stupid.\n", a paragraph break.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”\u2019')\]]*\s+|\n\s*")
CONTEXT_CHARS = 600


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence(s) holding text[start:end], at most CONTEXT_CHARS around."""
    window = max(0, start - CONTEXT_CHARS)
    lo = window
    for before in _SENTENCE_BREAK.finditer(text, window, start):
        lo = before.end()
    after = _SENTENCE_BREAK.search(text, end, min(len(text), end + CONTEXT_CHARS))
    hi = (
        after.start() + len(after.group().rstrip())
        if after
        else min(len(text), end + CONTEXT_CHARS)
    )
    return lo, max(hi, end)


@app.command("show")
def show_command(
    ref: Annotated[str, typer.Argument(help="A claim or article id, or a unique prefix of one.")],
    fmt: Annotated[
        ShowFormat | None,
        typer.Option("--format", "-f", help="table (a view) on a terminal, json in a pipe."),
    ] = None,
) -> None:
    """Show one claim in full (its sentence, article and links), or one article with its claims."""
    as_json = fmt is ShowFormat.JSON or (fmt is None and not sys.stdout.isatty())
    with open_store(create=False) as store:
        found = store.find(ref)
        if not found:
            fail(f"no claim or article has an id starting with {ref!r}")
        if len(found) > 1:
            fail(
                f"{ref!r} is ambiguous: {len(found)} claims or articles match; give more of the id"
            )
        what, ident = found[0]
        if what == "claim":
            _show_claim(store, ident, as_json)
        else:
            _show_article(store, ident, as_json)


def _article_dict(store: Store, article_id: str) -> dict[str, Any]:
    meta = store.article_meta([article_id])[article_id]
    return {
        "id": meta.id,
        "title": meta.title,
        "source": meta.source,
        "url": meta.url,
        "published": meta.published.isoformat() if meta.published else None,
        "path": meta.path,
    }


def _show_claim(store: Store, claim_id: str, as_json: bool) -> None:
    record = store.claim_records_by_id([claim_id])[0]
    links = list(store.iter_links(claim=claim_id))
    others = {
        r["id"]: r
        for r in store.claim_records_by_id(
            [x.to if x.from_ == claim_id else x.from_ for x in links]
        )
    }
    link_records = []
    for link in links:
        other = others.get(link.to if link.from_ == claim_id else link.from_, {})
        link_records.append(
            {
                **link.model_dump(mode="json", by_alias=True),
                "direction": "responds to" if link.from_ == claim_id else "responded to by",
                "other": {k: other.get(k) for k in ("id", "speaker", "stance", "text", "source")},
            }
        )
    if as_json:
        document = {
            "claim": record,
            "article": _article_dict(store, record["article"]),
            "links": link_records,
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    article = store.get_article(record["article"])
    assert article is not None
    out = Console(highlight=False)
    spans = [tuple(record["span"])] + [
        tuple(s) for s in (record["speaker_span"], record["cue_span"]) if s
    ]
    lo, hi = sentence_bounds(article.text, min(s[0] for s in spans), max(s[1] for s in spans))
    marks = [
        (span[0] - lo, span[1] - lo, style)
        for span, style in (
            (record["span"], "bold green"),
            (record["speaker_span"], "bold magenta"),
            (record["cue_span"], "underline"),
        )
        if span
    ]
    sentence = printable_text(article.text[lo:hi], marks)
    out.print(
        Text.assemble(
            ("claim ", "dim"), (record["id"], "bold"), f"  {record['kind']}, {record['stance']}"
        )
    )
    out.print(
        Text.assemble(
            ("speaker ", "dim"),
            (printable(record["speaker"] or "unknown"), "magenta"),
            printable(
                f"  (mention: {record['speaker_mention'] or '-'}; cue: {record['cue'] or '-'})"
            ),
        )
    )
    out.print(
        Text.assemble(("article ", "dim"), _article_line(_article_dict(store, record["article"])))
    )
    out.print()
    out.print(sentence)
    out.print()
    if not link_records:
        out.print(Text("no links", style="dim"))
    for item in link_records:
        other = item["other"]
        out.print(
            Text.assemble(
                (f"{item['direction']} ", "dim"),
                (item["relation"], "bold"),
                f" ({item['score']:.2f}) ",
                (printable(other.get("speaker") or "unknown"), "magenta"),
                printable(f": {other.get('text')}  "),
                (str(other.get("id")), "dim"),
            )
        )


def _article_line(meta: dict[str, Any]) -> str:
    parts = [
        meta["title"] or "(no title)",
        meta["source"],
        meta["published"],
        meta["path"],
        meta["id"],
    ]
    return printable(" | ".join(str(p) for p in parts if p))


def _show_article(store: Store, article_id: str, as_json: bool) -> None:
    meta = _article_dict(store, article_id)
    records = list(store.claim_records(ClaimFilter(article=article_id)))
    if as_json:
        sys.stdout.write(
            json.dumps({"article": meta, "claims": records}, ensure_ascii=False, indent=2) + "\n"
        )
        return
    out = Console(highlight=False)
    out.print(Text.assemble(("article ", "dim"), _article_line(meta)))
    out.print(f"{len(records)} claim{'s' if len(records) != 1 else ''}")
    write_records(records, Format.TABLE, (Column("id", "id", no_wrap=True), *CLAIM_TABLE[:4]))


__all__ = ["sentence_bounds", "summary"]
