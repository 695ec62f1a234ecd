"""The command-line interface: a thin Typer layer over the library."""

from __future__ import annotations

from claimtrack.cli import eval_cmd as eval_cmd
from claimtrack.cli import extract_cmd as extract_cmd
from claimtrack.cli import link_cmds as link_cmds
from claimtrack.cli import store_cmds as store_cmds
from claimtrack.cli.app import app


def main() -> None:
    """Run the claimtrack command line."""
    app()


__all__ = ["app", "main"]
