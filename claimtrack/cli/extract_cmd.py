"""`claimtrack extract` and `claimtrack schema`: extraction without a database."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Annotated, Any

import typer

from claimtrack.cli.app import app
from claimtrack.cli.common import Format, fail, pick_format, warn
from claimtrack.cli.output import Column, write_records

CLAIM_COLUMNS = (
    Column("speaker", "speaker", ratio=2),
    Column("stance", "stance", no_wrap=True),
    Column("kind", "kind", no_wrap=True),
    Column("claim", "text", ratio=6),
    Column("path", "path", ratio=2),
)

FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="table on a terminal, jsonl in a pipe."),
]


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders (.txt, .md, .html, .htm, .json, .jsonl), or - for standard input.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
) -> None:
    """Print the claims found in articles, without a database."""
    # Imported here, not at start-up: only this command and ingest need the extractor.
    from claimtrack.extract import extract
    from claimtrack.read import Skipped, read_paths

    failed = done = 0

    def claims() -> Iterator[dict[str, Any]]:
        nonlocal failed, done
        for item in read_paths(paths):
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
            for claim in found:
                yield claim.model_dump(mode="json")

    write_records(claims(), pick_format(fmt), CLAIM_COLUMNS)
    if failed and not done:
        fail(f"no article could be read ({failed} input{'s' if failed != 1 else ''} skipped)")
    if failed:
        raise typer.Exit(1)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of a claim as output (serialization mode)."""
    sys.stdout.write(json.dumps(claim_schema(), indent=2, ensure_ascii=False) + "\n")


def claim_schema() -> dict[str, Any]:
    """Return the published JSON Schema of a claim."""
    from claimtrack.models import Claim

    return Claim.model_json_schema(mode="serialization")


__all__ = ["CLAIM_COLUMNS", "FormatOption", "claim_schema"]
