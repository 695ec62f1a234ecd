"""The seeds gold as a test for linking: every core link found with its relation, and the statuses.

Ingests seeds/ into a fresh database, links it, writes claims and links as JSON lines and
scores them with ../shared/tools/score_seeds.py, exactly as the project is measured.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from tests.conftest import SEEDS, shared_path

runner = CliRunner()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Return the paths of the seed claims and links as JSON lines, and the tracked claims."""
    tmp = tmp_path_factory.mktemp("seeds")
    db = str(tmp / "seeds.db")
    steps = (["ingest", str(SEEDS), "--workers", "1"], ["link"])
    for args in steps:
        result = runner.invoke(app, ["--db", db, "-q", *args])
        assert result.exit_code == 0, result.output
    out: dict[str, Any] = {}
    for name, args in (("claims", ["claims"]), ("links", ["links"])):
        result = runner.invoke(app, ["--db", db, name, *args[1:], "--format", "jsonl"])
        assert result.exit_code == 0, result.output
        path = tmp / f"{name}.jsonl"
        path.write_text(result.stdout, encoding="utf-8")
        out[name] = path
    tracked = runner.invoke(app, ["--db", db, "track", "--format", "json"])
    assert tracked.exit_code == 0, tracked.output
    out["tracked"] = json.loads(tracked.stdout)
    return out


def test_every_core_link_is_found(seeded: dict[str, Any]) -> None:
    tool = shared_path("tools", "score_seeds.py")
    gold = shared_path("gold", "seeds.json")
    done = subprocess.run(
        [
            sys.executable,
            str(tool),
            str(seeded["claims"]),
            str(seeded["links"]),
            f"--gold={gold}",
            "--verbose",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "links: " in done.stdout


def _overlaps(record: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Return whether a claim record matches a gold claim (score_seeds.py semantics)."""
    if Path(record.get("path") or "").name != gold["article"]:
        return False
    start, end = record["span"]
    speaker = (record.get("speaker") or "").lower()
    overlap = min(end, gold["end"]) > max(start, gold["start"])
    return overlap and any(name.lower() in speaker for name in gold["speakers"])


def test_calls_are_denied_and_tests_disputed(seeded: dict[str, Any]) -> None:
    gold = {
        g["id"]: g
        for g in json.loads(shared_path("gold", "seeds.json").read_text("utf-8"))["claims"]
    }

    def status_of(*gold_ids: str) -> set[str]:
        found = set()
        for t in seeded["tracked"]:
            if any(_overlaps(t, gold[g]) for g in gold_ids):
                found.add(t["status"])
        return found

    assert status_of("w-book-calls", "w-according-calls") == {"denied"}
    assert status_of("w-book-tests", "w-book-tests-2") == {"disputed"}
