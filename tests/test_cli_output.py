"""One JSON style, `id` everywhere, CSV spans as two columns, headers on empty CSV, output valid against `claimtrack schema`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

runner = CliRunner()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def out(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def schema(kind: str) -> dict[str, Any]:
    return dict(json.loads(runner.invoke(app, ["schema", kind]).stdout))


@pytest.mark.parametrize(
    ("kind", "command"),
    [
        ("claim", ["claims"]),
        ("claim", ["claims", "--speaker", "Trump"]),
        ("link", ["links"]),
        ("track", ["track"]),
    ],
)
def test_output_validates_against_the_published_schema(
    seeds_db: Path, kind: str, command: list[str]
) -> None:
    validator = jsonschema.Draft202012Validator(schema(kind))
    lines = out(seeds_db, *command, "--format", "jsonl").splitlines()
    assert lines
    for line in lines:
        validator.validate(json.loads(line))
    for record in json.loads(out(seeds_db, *command, "--format", "json")):
        validator.validate(record)


def test_extract_prints_claim_records_too() -> None:
    result = runner.invoke(app, ["extract", str(SEEDS), "--format", "jsonl"])
    validator = jsonschema.Draft202012Validator(schema("claim"))
    for line in result.stdout.splitlines():
        validator.validate(json.loads(line))


def test_the_schema_rejects_what_is_not_printed() -> None:
    validator = jsonschema.Draft202012Validator(schema("track"))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"claim": "abc"})


@pytest.mark.parametrize("command", [["claims"], ["links"], ["track"], ["speakers"], ["articles"]])
def test_one_json_style_and_an_id_everywhere(seeds_db: Path, command: list[str]) -> None:
    for line in out(seeds_db, *command, "--format", "jsonl").splitlines():
        record = json.loads(line)
        assert "id" in record
        assert line == json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def test_csv_spans_are_two_columns(seeds_db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(out(seeds_db, "claims", "--format", "csv"))))
    first = json.loads(out(seeds_db, "claims", "--format", "jsonl").splitlines()[0])
    assert "span" not in rows[0]
    assert [int(rows[0]["span_start"]), int(rows[0]["span_end"])] == first["span"]
    track_rows = list(csv.DictReader(io.StringIO(out(seeds_db, "track", "--format", "csv"))))
    assert {"id", "span_start", "span_end", "denies"} <= set(track_rows[0])


@pytest.mark.parametrize(
    ("command", "first"),
    [
        (["claims", "--speaker", "Nobody Atall"], "id,article,path"),
        (["links", "--relation", "reports", "--speaker", "Nobody Atall"], "id,from,to"),
        (["track", "nothing like this"], "id,text,proposition,proposition_id,speaker"),
        (["articles", "--source", "none"], "id,title"),
    ],
)
def test_an_empty_csv_has_its_header(seeds_db: Path, command: list[str], first: str) -> None:
    text = out(seeds_db, *command, "--format", "csv")
    assert text.startswith(first) and text.count("\n") == 1
