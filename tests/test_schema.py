"""The published schemas stay in step with the models, and describe what the commands print."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.records import RECORDS, schema

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_committed_schema_matches_the_model(kind: str) -> None:
    committed = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert committed == schema(kind), f"run: claimtrack schema {kind} > schema/{kind}.schema.json"


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_schema_command_prints_it(kind: str) -> None:
    result = runner.invoke(app, ["schema", kind])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == schema(kind)


def test_schema_defaults_to_the_claim_and_rejects_other_records() -> None:
    assert json.loads(runner.invoke(app, ["schema"]).stdout) == schema("claim")
    assert runner.invoke(app, ["schema", "article-ish"]).exit_code == 2


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_the_cheap_field_lists_follow_the_models(kind: str) -> None:
    from claimtrack.fields import FIELDS
    from claimtrack.records import fields

    assert FIELDS[kind] == fields(kind)
