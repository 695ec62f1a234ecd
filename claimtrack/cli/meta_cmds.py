"""`claimtrack schema` and `claimtrack datasette-metadata`: describing the output and the store."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from claimtrack.cli.app import command
from claimtrack.cli.common import settings
from claimtrack.cli.output import write_document
from claimtrack.store.datasette import datasette_metadata


class RecordType(StrEnum):
    """The record types the commands print."""

    CLAIM = "claim"
    LINK = "link"
    TRACK = "track"


@command("schema")
def schema_command(
    record: Annotated[
        RecordType,
        typer.Argument(
            metavar="RECORD",
            help="claim (what extract and claims print), link (links) or track (track).",
        ),
    ] = RecordType.CLAIM,
) -> None:
    """Print the JSON Schema of one record type: claim, link or track.

    \b
    Examples:
      claimtrack schema > claim.schema.json
      claimtrack schema track | jq .properties.status
    """
    from claimtrack.records import schema

    write_document(schema(record.value))


@command("datasette-metadata")
def datasette_metadata_command() -> None:
    """Print datasette metadata for the store: search on claims, bookkeeping tables hidden.

    The database is named after the --db file's name without its suffix.

    \b
    Examples:
      claimtrack datasette-metadata > metadata.json
      datasette claimtrack.db --metadata metadata.json
    """
    write_document(datasette_metadata(settings.db))
