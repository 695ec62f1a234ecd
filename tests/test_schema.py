"""The published claim schema stays in step with the model."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cli.extract_cmd import claim_schema
from tests.conftest import ROOT

COMMITTED = ROOT / "schema" / "claim.schema.json"


def test_committed_schema_matches_the_model() -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed == claim_schema(), "run: claimtrack schema > schema/claim.schema.json"


def test_schema_command_prints_it() -> None:
    result = runner_invoke()
    assert json.loads(result) == claim_schema()


def runner_invoke() -> str:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    return result.stdout
