"""What every command shares: the console, settings, the store, options, progress and errors.

One `--format` option, one progress factory and one way to open the store, as
sqlite-utils applies one `output_options` to all its listing commands.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from claimtrack.cli.terminal import printable
from claimtrack.enums import InputFormat

if TYPE_CHECKING:  # rich and the store are imported when first used, not at start-up
    from rich.console import Console
    from rich.progress import Progress, ProgressColumn

    from claimtrack.store import Store


def make_console() -> Console:
    """Return the console of messages, warnings and progress: stderr, unwrapped in a pipe.

    In a pipe a line is one line, for grep.
    """
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=not sys.stderr.isatty())


def __getattr__(name: str) -> Console:
    # `console` is made on first use, so that a command that prints nothing on stderr
    # never imports rich.
    if name == "console":
        made = globals()["console"] = make_console()
        return made
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def stderr_console() -> Console:
    """Return the console of messages (made now if none was printed yet)."""
    made = globals().get("console")
    return made if made is not None else __getattr__("console")


DEFAULT_DB = "claimtrack.db"


@dataclass
class Settings:
    """Options given on the app callback (or after the command), read by the commands."""

    db: Path = Path(DEFAULT_DB)
    quiet: bool = False


settings = Settings()


def open_store(*, create: bool = False) -> Store:
    """Return the store named by --db (created only when asked), or exit with a one-line error."""
    from claimtrack.store import Store, StoreError

    try:
        return Store.open(settings.db, create=create)
    except StoreError as exc:
        fail(str(exc))


class Format(StrEnum):
    """How commands write their records."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


FORMAT_HELP = (
    "table, json, jsonl or csv. Default: a table on a terminal, JSON lines in a pipe"
    " (one JSON document for the commands that print one)."
)

FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", metavar="FORMAT", help=FORMAT_HELP, show_default=False),
]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", min=0, metavar="N", help="At most N records.")
]


def pick_format(fmt: Format | None, piped: Format = Format.JSONL) -> Format:
    """Return the format asked for, or table on a terminal and `piped` in a pipe."""
    if fmt is not None:
        return fmt
    return Format.TABLE if sys.stdout.isatty() else piped


def parse_day(value: str | date | None) -> date | None:
    """Return the date in an option value, in any form an article's date may take, or a usage error."""
    from claimtrack.read.dates import parse_date

    if value is None or isinstance(value, date):
        return value
    day = parse_date(value)
    if day is None:
        raise typer.BadParameter(
            f"not a date: {value!r} (e.g. 2016-06-01, 'June 1, 2016', '1 Jun 2016')"
        )
    return day


SinceOption = Annotated[
    date | None,
    typer.Option(
        "--since",
        parser=parse_day,
        metavar="DATE",
        help="Only articles published on or after DATE (2016-06-01, 'June 1, 2016', ...).",
    ),
]
UntilOption = Annotated[
    date | None,
    typer.Option(
        "--until",
        parser=parse_day,
        metavar="DATE",
        help="Only articles published on or before DATE.",
    ),
]
InputFormatOption = Annotated[
    InputFormat | None,
    typer.Option(
        "--input-format",
        "-i",
        metavar="FORMAT",
        help="txt, md, html, json or jsonl: the format of standard input and of the files"
        " named (default: by suffix; on stdin, guessed from its start).",
        show_default=False,
    ),
]
SourceOption = Annotated[
    str | None, typer.Option("--source", metavar="SOURCE", help="Only this outlet (any case).")
]


def progress(*columns: str | ProgressColumn) -> Progress:
    """Return the progress display of a long command: on stderr, gone when done, off when quiet.

    Each task shows its `stage` field, a bar, done/total and percentage (when it has a
    total), its rate in `unit`s a second, the time left (or spent, without a total), then
    the extra columns, which may use {task.fields[...]}.
    """
    from claimtrack.cli.bars import progress_display

    shown = stderr_console()
    return progress_display(shown, *columns, disable=settings.quiet or not shown.is_terminal)


def print_version() -> None:
    """Print the package version on stdout."""
    from claimtrack import __version__

    sys.stdout.write(f"claimtrack {__version__}\n")


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error on stderr and exit with the code."""
    error(message)
    raise typer.Exit(code)


def error(message: str) -> None:
    """Print a one-line error on stderr."""
    stderr_console().print(
        f"[bold red]Error:[/] {_one_line(message)}", soft_wrap=True, highlight=False
    )


def warn(message: str) -> None:
    """Print a one-line warning on stderr (shown even with --quiet: it says what was skipped)."""
    stderr_console().print(
        f"[yellow]Warning:[/] {_one_line(message)}", soft_wrap=True, highlight=False
    )


def warn_no_speaker(store: Store, speaker: str) -> None:
    """Warn that no speaker is called NAME, and say how many claims name it without one."""
    message = f"no speaker is called {speaker!r}; see `claimtrack speakers`"
    count = store.unattributed(speaker)
    if count:  # "Police", "officials": a name that is no one in particular across articles
        claims, are = ("claim names", "is") if count == 1 else ("claims name", "are")
        message += (
            f" ({count} {claims} {speaker!r}, which says no one in particular, and {are} stored"
            " without a speaker; the name stays in speaker_mention)"
        )
    warn(message)


def note(message: str) -> None:
    """Print a one-line message on stderr, unless --quiet."""
    if not settings.quiet:
        stderr_console().print(_one_line(message), soft_wrap=True, highlight=False)


def _one_line(message: str) -> str:
    """Return the message on one line, with rich markup escaped."""
    from rich.markup import escape

    return escape(printable(" ".join(message.split())))


def env_db() -> Path:
    """Return the database named by CLAIMTRACK_DB, or the default."""
    return Path(os.environ.get("CLAIMTRACK_DB") or DEFAULT_DB)
