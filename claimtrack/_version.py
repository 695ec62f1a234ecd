"""The package version, in one place: pyproject.toml reads it from here (hatch), and
`claimtrack --version` prints it without asking importlib.metadata, whose search of the
installed distributions cost a start-up as much as the rest of `--version`."""

__version__ = "0.1.0"
