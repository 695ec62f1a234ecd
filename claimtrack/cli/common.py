"""Console, errors and the output format switch shared by the commands."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import NoReturn

import typer
from rich.console import Console

from claimtrack.cli.terminal import printable

console = Console(stderr=True, highlight=False)


class Format(StrEnum):
    """How listing commands write their records."""

    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


def pick_format(fmt: Format | None) -> Format:
    """Return the format asked for, or table on a terminal and JSON lines in a pipe."""
    if fmt is not None:
        return fmt
    return Format.TABLE if sys.stdout.isatty() else Format.JSONL


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
    console.print(f"[bold red]Error:[/] {_one_line(message)}", soft_wrap=True, highlight=False)


def warn(message: str) -> None:
    """Print a one-line warning on stderr (shown even with --quiet: it says what was skipped)."""
    console.print(f"[yellow]Warning:[/] {_one_line(message)}", soft_wrap=True, highlight=False)


def _one_line(message: str) -> str:
    """Return the message on one line, with rich markup escaped."""
    from rich.markup import escape

    return escape(printable(" ".join(message.split())))
