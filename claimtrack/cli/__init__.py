"""The command-line interface: a thin Typer layer over the library.

Each command's module is imported when the command runs (see `claimtrack.cli.app`).
"""

from __future__ import annotations

import re
import sys

from claimtrack.cli.app import app


def main() -> None:
    """Run the claimtrack command line."""
    app(args=dask_default(sys.argv[1:]))


# A Dask scheduler address: "tcp://10.0.0.5:8786", "scheduler:8786", "local". Compiled
# only when --dask is given (re.match caches it), not on every start.
_ADDRESS = r"^(local|[a-z][a-z0-9+.-]*://\S+|[\w.-]+:\d+)$"


def dask_default(args: list[str]) -> list[str]:
    """Return the arguments with `--dask` given no address made `--dask local` (a LocalCluster)."""
    # Typer has no option with an optional value: the word after --dask is its value only
    # when it looks like an address.
    if "--dask" not in args:
        return args
    out: list[str] = []
    for i, arg in enumerate(args):
        out.append(arg)
        if arg == "--dask" and (i + 1 == len(args) or not re.match(_ADDRESS, args[i + 1])):
            out.append("local")
    return out


__all__ = ["app", "dask_default", "main"]
