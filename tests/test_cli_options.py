"""Options: global ones after the command, dates as articles write them, help, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cli.app import ORDER

runner = CliRunner()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_global_options_may_follow_the_command(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    quiet = runner.invoke(app, ["ingest", str(SEEDS), "-q", "--db", db])
    assert quiet.exit_code == 0, quiet.output
    assert quiet.stderr == ""
    after = runner.invoke(app, ["claims", "--db", db, "--format", "json"])
    before = runner.invoke(app, ["--db", db, "claims", "--format", "json"])
    assert after.exit_code == 0 and json.loads(after.stdout) == json.loads(before.stdout) != []
    assert runner.invoke(app, ["claims", f"--db={db}", "-f", "json"]).stdout == before.stdout
    # an option's value is never taken for a global option
    searched = runner.invoke(app, ["--db", db, "claims", "--search", "-q", "-f", "json"])
    assert searched.exit_code == 0


@pytest.mark.parametrize(
    "day", ["2024-10-16", "October 16, 2024", "16 Oct 2024", "Oct. 16th, 2024"]
)
def test_dates_take_the_forms_input_dates_take(tmp_path: Path, day: str) -> None:
    db = str(tmp_path / "t.db")
    runner.invoke(app, ["--db", db, "ingest", str(SEEDS), "--published", day])
    found = runner.invoke(app, ["--db", db, "claims", "--since", day, "--until", day, "-f", "json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout) and all(
        c["published"] == "2024-10-16" for c in json.loads(found.stdout)
    )
    assert runner.invoke(app, ["--db", db, "claims", "--since", "someday"]).exit_code == 2


def test_help_lists_commands_in_order_without_cuts() -> None:
    text = runner.invoke(app, ["--help"]).stdout
    listed = re.findall(r"^  ([a-z-]+)  ", text.split("Commands:")[1], re.MULTILINE)
    assert listed == [name for name in ORDER if name in listed]
    assert set(listed) >= {"extract", "ingest", "claims", "track", "show", "delete"}
    assert "..." not in text.split("Commands:")[1]


@pytest.mark.parametrize("command", list(ORDER))
def test_each_command_has_an_example_and_plain_metavariables(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Example" in text and f"claimtrack {command}" in text
    for internal in ("<str>", "<int", "list[str]", "{paths}", "%Y", "<float", "<path>"):
        assert internal not in text, internal


def test_match_exits_1_after_skipping_lines_as_ingest_does() -> None:
    good = json.dumps({"id": "a", "text": "Banksy arrested?", "claim": "Banksy was arrested"})
    clean = runner.invoke(app, ["match"], input=good + "\n")
    assert clean.exit_code == 0
    skipped = runner.invoke(app, ["match"], input=good + "\n{oops\n")
    assert skipped.exit_code == 1 and "line 2 skipped" in skipped.stderr
    assert len(skipped.stdout.splitlines()) == 1
