"""Shared fixtures: the seed articles and the data kept in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Return a path below ../shared, skipping the test (saying why) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: run beside a checkout of ../shared to measure on it")
    return path


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store of the two seed articles, ingested and linked once per session (read only)."""
    from typer.testing import CliRunner

    from claimtrack.cli import app

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(SEEDS), "-w", "1"])
    assert result.exit_code == 0, result.output
    return db
