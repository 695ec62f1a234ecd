"""The command-line interface: a thin Typer layer over the library."""

from __future__ import annotations

from claimtrack.cli import eval_cmd as eval_cmd
from claimtrack.cli import extract_cmd as extract_cmd
from claimtrack.cli import ingest_cmd as ingest_cmd
from claimtrack.cli import link_cmds as link_cmds
from claimtrack.cli import list_cmds as list_cmds
from claimtrack.cli import meta_cmds as meta_cmds
from claimtrack.cli import show_cmd as show_cmd
from claimtrack.cli.app import app


def main() -> None:
    """Run the claimtrack command line."""
    app()


__all__ = ["app", "main"]
