"""`claimtrack extract`: extraction without a database."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from claimtrack.cli.app import command
from claimtrack.cli.common import (
    Format,
    InputFormatOption,
    fail,
    pick_format,
    warn,
)
from claimtrack.cli.output import Column, write_records

CLAIM_COLUMNS = (
    Column("speaker", "speaker", ratio=2),
    Column("stance", "stance", no_wrap=True),
    Column("kind", "kind", no_wrap=True),
    Column("claim", "text", ratio=6),
    Column("path", "path", ratio=2),
)


class ExtractFormat(StrEnum):
    """What `extract` writes: the listing formats, or a Parquet dataset (with --out)."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"


@command("extract")
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH",
            help="Files or folders (.txt, .md, .html, .htm, .json, .jsonl, .parquet), or - for standard input.",
            show_default=False,
        ),
    ],
    input_format: InputFormatOption = None,
    fmt: Annotated[
        ExtractFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table, json, jsonl or csv (table on a terminal, jsonl in a pipe);"
            " parquet with --out.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="With --format parquet: the folder for claims/, articles/, errors/.",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="[ADDRESS]",
            help="With --format parquet: extract on Dask, at this scheduler address or on a"
            " LocalCluster when none is given (needs claimtrack[dask]).",
        ),
    ] = None,
) -> None:
    """Print the claims found in articles, without a database.

    Each claim is printed as `claimtrack schema claim` describes, with its article's
    metadata (source, title, published, url) as read.

    \b
    Examples:
      claimtrack extract seeds/
      claimtrack extract article.html --format json
      pbpaste | claimtrack extract - --input-format md
      claimtrack extract corpus.parquet --format parquet --out claims/ --dask
    """
    if fmt is ExtractFormat.PARQUET or out is not None or dask is not None:
        from claimtrack.cli.parquet_out import write_dataset

        if fmt is not ExtractFormat.PARQUET or out is None:
            fail("--out and --dask go with --format parquet, and --format parquet needs --out", 2)
        write_dataset(paths, out, dask)
        return
    # Imported here, not at start-up: only this command and ingest need the extractor.
    from claimtrack.extract import extract
    from claimtrack.fields import CLAIM_FIELDS
    from claimtrack.read import Skipped, read_paths

    failed = done = 0

    def claims() -> Iterator[dict[str, Any]]:
        nonlocal failed, done
        for item in read_paths(paths, input_format):
            if isinstance(item, Skipped):
                warn(f"skipped {item.path}: {item.reason}")
                failed += 1
                continue
            try:
                found = extract(item)
            except Exception as exc:  # a bug in one rule must not lose the rest of the run
                warn(
                    f"skipped {item.path or '<stdin>'}: extraction failed ({type(exc).__name__}: {exc})"
                )
                failed += 1
                continue
            done += 1
            article = {
                "source": item.source,
                "title": item.title,
                "published": item.published.isoformat() if item.published else None,
                "url": item.url,
            }
            for claim in found:
                yield {**claim.model_dump(mode="json"), **article}

    listing = pick_format(None if fmt is None else Format(fmt.value))
    write_records(claims(), listing, CLAIM_COLUMNS, fields=CLAIM_FIELDS, empty="no claims")
    if failed and not done:
        fail(f"no article could be read ({failed} input{'s' if failed != 1 else ''} skipped)")
    if failed:
        raise typer.Exit(1)


__all__ = ["CLAIM_COLUMNS"]
