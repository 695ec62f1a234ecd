"""The Typer application and the options every command shares."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from claimtrack.cli.common import fail, print_version
from claimtrack.store import Store, StoreError, explain


class _Guarded(TyperGroup):
    """The command group: a database error in any command is one line naming the file."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            fail(str(exc))
        except sqlite3.Error as exc:  # a damaged page met by a query, after the open
            fail(str(explain(str(settings.db), exc)))


app = typer.Typer(
    cls=_Guarded,
    name="claimtrack",
    help="Extract who said what from news articles and track each claim across sources.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DEFAULT_DB = "claimtrack.db"


@dataclass
class Settings:
    """Options given on the app callback, read by the commands."""

    db: Path = Path(DEFAULT_DB)
    quiet: bool = False


settings = Settings()


def _version(value: bool) -> None:
    if value:
        print_version()
        raise typer.Exit()


@app.callback()
def callback(
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", envvar="CLAIMTRACK_DB", help="SQLite database file.", show_default=DEFAULT_DB
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("-q", "--quiet", help="No progress or summary on stderr.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Extract who said what from news articles and track each claim across sources."""
    settings.db = db if db is not None else Path(os.environ.get("CLAIMTRACK_DB") or DEFAULT_DB)
    settings.quiet = quiet


def open_store(*, create: bool = False) -> Store:
    """Return the store named by --db (created only when asked), or exit with a one-line error."""
    try:
        return Store.open(settings.db, create=create)
    except StoreError as exc:
        fail(str(exc))
