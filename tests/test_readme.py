"""The README's `track` and `match` examples are what the commands print on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
runner = CliRunner()


def block_after(marker: str) -> list[str]:
    """Return the lines of the first code block after the marker in the README."""
    text = README.read_text(encoding="utf-8")
    after = text[text.index(marker) :]
    found = re.search(r"```[a-z]*\n(.*?)```", after, re.DOTALL)
    assert found is not None
    return found.group(1).splitlines()


def test_the_track_example_is_what_track_prints(seeds_db: Path) -> None:
    shown = block_after("On the seeds, `claimtrack track --status denied --limit 1`:")
    result = runner.invoke(
        app,
        ["--db", str(seeds_db), "track", "--status", "denied", "--limit", "1", "-f", "tree"],
        env={"COLUMNS": "400"},
    )
    assert result.exit_code == 0, result.output
    printed = [line.rstrip() for line in result.stdout.splitlines()]
    assert printed == shown, "update the README's track example with this output"


def test_the_match_example_is_what_match_prints(seeds_db: Path) -> None:
    lines = block_after("### Match incoming texts")
    given = [re.sub(r"^printf '%s\\n' |^ +|\s*\\$", "", line) for line in lines[:2]]
    requests = [line.strip("'") for line in given]
    expected = lines[3:]
    result = runner.invoke(app, ["--db", str(seeds_db), "match"], input="\n".join(requests))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == expected, "update the README's match example"
