"""The Typer application: its global options, the order of its commands, their help."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from claimtrack.cli.common import DEFAULT_DB, env_db, fail, print_version, settings
from claimtrack.store import StoreError, explain

# The order `claimtrack --help` lists the commands in: the flow of the data.
ORDER = (
    "extract",
    "ingest",
    "claims",
    "speakers",
    "articles",
    "show",
    "delete",
    "link",
    "links",
    "track",
    "match",
    "export",
    "schema",
    "datasette-metadata",
    "eval",
)

# The options of the app itself, which may also come after the command: (name, takes a value).
GLOBAL_OPTIONS = {"--db": True, "-q": False, "--quiet": False}


def split_global_options(args: list[str], command: Any) -> tuple[list[str], list[str]]:
    """Return the global options among a command's arguments, and the command's own."""
    # `claimtrack claims --db x.db` means `claimtrack --db x.db claims`. The values of the
    # command's own options are stepped over, so `--search -q` still searches for "-q".
    takes_value: set[str] = set()
    for param in getattr(command, "params", []):
        # Options (not arguments) that are neither flags nor counters take a value.
        if getattr(param, "param_type_name", "") == "option":
            if not param.is_flag and not param.count:
                takes_value.update(param.opts)
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS:
            front.append(arg)
            if GLOBAL_OPTIONS[name] and "=" not in arg and i + 1 < len(args):
                front.append(args[i + 1])
                i += 1
        else:
            rest.append(arg)
            if arg in takes_value and i + 1 < len(args):
                rest.append(args[i + 1])
                i += 1
        i += 1
    return front, rest


class Group(TyperGroup):
    """The claimtrack command group: global options anywhere, commands in the data's order.

    A database error in any command is one line naming the file.
    """

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a store error or a damaged page met by a query is one line."""
        try:
            return super().invoke(ctx)
        except StoreError as exc:
            fail(str(exc))
        except sqlite3.Error as exc:  # a damaged page met by a query, after the open
            fail(str(explain(str(settings.db), exc)))
        except UnicodeEncodeError as exc:  # an argument with bytes that are not UTF-8
            if exc.reason != "surrogates not allowed":
                raise
            from claimtrack.read.base import shown_name

            bad = exc.object[max(0, exc.start - 30) : exc.end + 30]
            fail(f"not valid UTF-8: '{shown_name(bad)}'; give text options in UTF-8")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Parse the arguments after moving the global options given after the command."""
        i = 0
        while i < len(args):
            arg = args[i]
            if arg in self.commands:
                front, rest = split_global_options(args[i + 1 :], self.commands[arg])
                args = [*args[:i], *front, arg, *rest]
                break
            if arg == "--":
                break
            if GLOBAL_OPTIONS.get(arg):
                i += 1  # step over the option's value
            i += 1
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: Any) -> list[str]:
        """Return the command names in the order of the data's flow."""
        names = list(self.commands)
        rank = {name: i for i, name in enumerate(ORDER)}
        return sorted(names, key=lambda n: (rank.get(n, len(ORDER)), n))

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """List the commands with their whole first help line, never cut with '...'."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            rows.append((name, command.get_short_help_str(limit=10_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


# Braces Typer puts around a required argument in the usage line: "{PATH}..." -> "PATH...".
_BRACES = re.compile(r"\{([A-Z][A-Z|.:]*)\}")


def _no_type(ctx: Any) -> str:
    return ""


class Command(TyperCommand):
    """A claimtrack command: its help with plain metavariables, no internal type names."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """Write the help without the type labels Typer adds to arguments ("PATH <list[str]>")."""
        for param in self.params:
            if getattr(param, "param_type_name", "") == "argument":
                setattr(param, "display_type_rich", _no_type)  # noqa: B010
        super().format_help(ctx, formatter)
        text = "".join(formatter.buffer)
        formatter.buffer[:] = [_BRACES.sub(r"\1", text)]


app = typer.Typer(
    name="claimtrack",
    cls=Group,
    help="Extract who said what from news articles and track each claim across sources.",
    epilog="Global options (--db, -q) may also come after the command.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        print_version()
        raise typer.Exit()


@app.callback()
def callback(
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            envvar="CLAIMTRACK_DB",
            metavar="PATH",
            help="SQLite database file.",
            show_default=DEFAULT_DB,
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
    settings.db = db if db is not None else env_db()
    settings.quiet = quiet


F = TypeVar("F", bound=Callable[..., Any])


def command(name: str, **options: Any) -> Callable[[F], F]:
    """Return the decorator that adds a command under this name (with plain help)."""
    return app.command(name, cls=Command, **options)
