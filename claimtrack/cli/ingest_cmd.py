"""`claimtrack ingest` and `claimtrack delete`: articles into and out of the store."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack.cli.app import command
from claimtrack.cli.common import (
    InputFormatOption,
    fail,
    note,
    open_store,
    parse_day,
    progress,
    settings,
    stderr_console,
    warn,
)
from claimtrack.enums import InputFormat
from claimtrack.store import Store, StoreError

if TYPE_CHECKING:  # the extractor is imported by ingest when it runs, not at start-up
    from claimtrack.ingest import Event, IngestReport

# Duplicates named one by one in the summary; more are counted.
NAMED_DUPLICATES = 5


@command("ingest")
def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files or folders (.txt, .md, .html, .json, .jsonl, .parquet), or - for standard"
            " input; a claims dataset folder (extract --format parquet --out DIR) is loaded"
            " without extracting.",
            show_default=False,
        ),
    ],
    source: Annotated[
        str | None,
        typer.Option(metavar="SOURCE", help="Outlet of every article read (stored ones too)."),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(metavar="TITLE", help="Title of every article read (stored ones too)."),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(metavar="URL", help="URL of every article read (stored ones too)."),
    ] = None,
    published: Annotated[
        date | None,
        typer.Option(
            parser=parse_day,
            metavar="DATE",
            help="Publication date of every article read (2016-06-01, 'June 1, 2016', ...).",
        ),
    ] = None,
    input_format: InputFormatOption = None,
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
            metavar="N",
            help="Extraction processes (default: the cores; 1: none).",
        ),
    ] = None,
) -> None:
    """Read articles, extract their claims, store them and link them.

    An article whose text is already stored is not extracted again when this version
    of claimtrack extracted it (again when another version did, or with --reextract).
    Its metadata is updated from what is read now: a feed's or front matter's title,
    source, url and date replace the stored ones (a source guessed from the folder's
    name does not), and --source, --title, --url and --published replace both.

    \b
    Examples:
      claimtrack ingest seeds/
      claimtrack ingest feed.jsonl --source Reuters
      curl -s https://example.com/a.html | claimtrack ingest - --input-format html
      claimtrack ingest notes.txt --published "June 1, 2016" --title "Notes"
      claimtrack ingest claims/        # a claims dataset made with --dask, not extracted again
    """
    from claimtrack.ingest import IngestError, Outcome, default_workers, ingest
    from claimtrack.link.stored import link_store
    from claimtrack.read import count_inputs, read_paths
    from claimtrack.read.parquet import is_dataset

    # Claims datasets (extract --format parquet --out DIR) are loaded without extracting.
    datasets = [Path(p) for p in paths if p != "-" and is_dataset(Path(p))]
    paths = [p for p in paths if p == "-" or not is_dataset(Path(p))]

    changes: dict[str, Any] = {
        k: v
        for k, v in {"source": source, "title": title, "url": url, "published": published}.items()
        if v is not None
    }
    store = open_store(create=True)
    counted = input_format is not InputFormat.JSONL and not datasets
    total = count_inputs(paths) if counted else None
    bar = progress("{task.fields[counts]}")
    task = bar.add_task("ingest", total=total, stage="ingesting", unit="articles", counts="")
    counts = {"new": 0, "updated": 0, "claims": 0}

    def on_event(event: Event) -> None:
        if event.outcome is Outcome.FAILED:
            warn(f"skipped {event.path or '<stdin>'}: {event.reason}")
        elif event.outcome in (Outcome.NEW, Outcome.UPDATED):
            counts[event.outcome.value] += 1
            counts["claims"] += event.claims
        bar.update(
            task,
            advance=1,
            counts=f"{counts['new']} new, {counts['updated']} updated, {counts['claims']} claims",
        )

    started = time.perf_counter()
    try:
        with bar, store:
            report = ingest(
                read_paths(paths, input_format),
                store,
                workers=workers or default_workers(),
                on_event=on_event,
                reextract=reextract,
                metadata=changes,
            )
            for folder in datasets:
                _load_dataset(folder, store, report, on_event)
            bar.update(task, total=bar.tasks[0].completed)
            linking = bar.add_task("link", total=None, stage="linking", unit="claims", counts="")
            linked = link_store(store, progress=lambda n: bar.update(linking, advance=n))
    except (StoreError, IngestError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; the articles stored before are kept", 130)
    if not settings.quiet:
        stderr_console().print(
            summary(report, time.perf_counter() - started, linked.links),
            highlight=False,
            soft_wrap=True,
        )
        for line in duplicates(report):
            note(line)
    if report.failed:
        raise typer.Exit(1)


def _load_dataset(
    folder: Path, store: Store, report: IngestReport, on_event: Callable[[Event], None]
) -> None:
    """Load a claims dataset into the store, counting into the report; exit on a bad one."""
    try:
        from claimtrack.dataset import DatasetError, load_dataset
    except ImportError:
        fail(f"{folder} is a claims dataset: loading it needs pip install 'claimtrack[parquet]'")
    try:
        load_dataset(folder, store, on_event=on_event, report=report)
    except DatasetError as exc:
        fail(str(exc))


def summary(report: IngestReport, seconds: float, links: int | None = None) -> str:
    """Return the one-line account of an ingest."""
    total = report.total
    parts = [
        f"{total} article{'s' if total != 1 else ''}: {report.new} new, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.failed} failed"
    ]
    if report.duplicates:
        n = len(report.duplicates)
        parts[0] += f" ({n} duplicate text{'s' if n != 1 else ''})"
    if report.metadata:
        parts.append(f"metadata updated for {report.metadata}")
    stored = f"{report.claims} claim{'s' if report.claims != 1 else ''} stored"
    if links is not None:
        stored += f", {links} link{'s' if links != 1 else ''} made"
    parts.append(f"{stored} ({seconds:.1f} s)")
    return "; ".join(parts)


def duplicates(report: IngestReport) -> list[str]:
    """Return one line per duplicate text read (the first few), saying what it repeats."""
    lines = [f"duplicate: {path} has the same text as {first}" for path, first in report.duplicates]
    if len(lines) > NAMED_DUPLICATES:
        more = len(lines) - NAMED_DUPLICATES
        lines = [*lines[:NAMED_DUPLICATES], f"... and {more} more duplicate texts"]
    return lines


@command("delete")
def delete_command(
    refs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="ID|PATH",
            help="Article ids, unique id prefixes or input paths.",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar="SOURCE", help="Every article of this outlet (any case)."),
    ] = None,
) -> None:
    """Delete articles with their claims and every link of those claims.

    \b
    Examples:
      claimtrack delete 3f2a9c41
      claimtrack delete seeds/trump-book.txt
      claimtrack delete --source "Daily Rumour"
    """
    if not refs and source is None:
        raise typer.BadParameter("name articles to delete, or give --source", param_hint="ID|PATH")
    with open_store(create=False) as store:
        ids: list[str] = []
        for ref in refs or []:
            found = store.resolve_articles(ref)
            if not found:
                fail(f"no article with id or path {ref!r}; see `claimtrack articles`")
            if len(found) > 1 and all(f.startswith(ref) for f in found):
                fail(f"{ref!r} is ambiguous: {len(found)} articles match; give more of the id")
            ids += found
        if source is not None:
            of_source = store.articles_of_source(source)
            if not of_source:
                fail(f"no article has the source {source!r}; see `claimtrack articles`")
            ids += of_source
        try:
            done = store.delete_articles(ids)
        except StoreError as exc:
            fail(str(exc))
    note(
        f"{done.articles} article{'s' if done.articles != 1 else ''} deleted, with "
        f"{done.claims} claim{'s' if done.claims != 1 else ''} and "
        f"{done.links} link{'s' if done.links != 1 else ''}"
    )


__all__ = ["duplicates", "summary"]
