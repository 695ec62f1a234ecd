"""The Typer application: its global options, the order of its commands, their help.

A command's module is imported only when that command runs (or its help is shown): the
table below names each command's module and first help line, so `claimtrack --help` lists
them all without importing any, and `claimtrack claims` imports neither the extractor nor
the linking commands. A test keeps the table's help in step with the commands' own.
"""

from __future__ import annotations

import importlib
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Annotated, Any, NamedTuple, TypeVar

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from claimtrack.cli.common import DEFAULT_DB, env_db, fail, print_version, settings


class Entry(NamedTuple):
    """Where a command is defined (a module of claimtrack.cli), and its first help line."""

    module: str
    help: str


# The commands in the order `claimtrack --help` lists them: the flow of the data.
COMMANDS = {
    "extract": Entry("extract_cmd", "Print the claims found in articles, without a database."),
    "ingest": Entry("ingest_cmd", "Read articles, extract their claims, store them and link them."),
    "claims": Entry(
        "list_cmds",
        "List stored claims, filtered by speaker, article, source, kind, stance, words or date.",
    ),
    "speakers": Entry(
        "list_cmds",
        "List speakers with their aliases, claim counts and article counts, busiest first.",
    ),
    "articles": Entry(
        "list_cmds",
        "List stored articles with title, source, date, path and claim count, oldest first.",
    ),
    "show": Entry(
        "show_cmd",
        "Show one claim in its paragraph (marked ⟦so⟧) with its article and links, or one article.",
    ),
    "delete": Entry(
        "ingest_cmd", "Delete articles with their claims and every link of those claims."
    ),
    "link": Entry(
        "link_cmds",
        "Link the stored claims not linked yet (all of them with --all) across articles.",
    ),
    "links": Entry(
        "link_cmds",
        "List the links between claims: who repeats, confirms, denies or declines what.",
    ),
    "track": Entry(
        "link_cmds",
        "Show each tracked claim: first assertion, who repeats, confirms, denies or declines it,"
        " and its status.",
    ),
    "match": Entry(
        "link_cmds",
        'Match JSON lines ({"id", "text"[, "claim"]}) on stdin to known claims,'
        " with each text's relation.",
    ),
    "export": Entry(
        "link_cmds",
        "Write the tracked claims as ClaimReview JSON-LD, or the link graph for Graphviz.",
    ),
    "schema": Entry("meta_cmds", "Print the JSON Schema of one record type: claim, link or track."),
    "datasette-metadata": Entry(
        "meta_cmds",
        "Print datasette metadata for the store: search on claims, bookkeeping tables hidden.",
    ),
    "eval": Entry(
        "eval_cmd",
        "Score the claim extractor against a folder of brat attribution annotations.",
    ),
}
ORDER = tuple(COMMANDS)


def load_command(name: str) -> Any:
    """Return the click command of this name, importing the module that defines it."""
    importlib.import_module(f"claimtrack.cli.{COMMANDS[name].module}")
    for info in app.registered_commands:
        if info.name == name:
            return typer.main.get_command_from_info(
                info,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
    raise LookupError(f"claimtrack.cli.{COMMANDS[name].module} defines no command {name!r}")


class LazyCommands(MutableMapping[str, Any]):
    """The group's commands by name: all names known, each command built when first asked for."""

    def __init__(self, built: MutableMapping[str, Any]) -> None:
        self.built = dict(built)

    def __getitem__(self, name: str) -> Any:
        if name not in self.built:
            if name not in COMMANDS:
                raise KeyError(name)
            self.built[name] = load_command(name)
        return self.built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self.built[name] = command

    def __delitem__(self, name: str) -> None:
        del self.built[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self.built if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(1 for name in self.built if name not in COMMANDS)

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS or name in self.built


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

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.commands = LazyCommands(self.commands)

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a store error or a damaged page met by a query is one line."""
        try:
            return super().invoke(ctx)
        except sqlite3.Error as exc:  # a damaged page met by a query, after the open
            from claimtrack.store import explain

            fail(str(explain(str(settings.db), exc)))
        except UnicodeEncodeError as exc:  # an argument with bytes that are not UTF-8
            if exc.reason != "surrogates not allowed":
                raise
            from claimtrack.read.base import shown_name

            bad = exc.object[max(0, exc.start - 30) : exc.end + 30]
            fail(f"not valid UTF-8: '{shown_name(bad)}'; give text options in UTF-8")
        except Exception as exc:
            # The store's own error, one line. The store is imported by the commands that use
            # it, not here: when it is not loaded, no store error can have been raised.
            store = sys.modules.get("claimtrack.store.db")
            if store is None or not isinstance(exc, store.StoreError):
                raise
            fail(str(exc))

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
        return list(self.commands)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """List the commands with their whole first help line, never cut with '...'.

        The lines come from the table, so listing the commands imports none of them.
        """
        rows = []
        for name in self.list_commands(ctx):
            if name in COMMANDS:
                rows.append((name, COMMANDS[name].help))
                continue
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
