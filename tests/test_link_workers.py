"""Issue 11: the same files give the same links whatever the worker count or ingest order."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


def _links(db: Path) -> list[tuple[str, str, str, str, float]]:
    with Store.open(db) as store:
        return sorted(
            (x.id, x.from_, x.to, x.relation.value, x.score or 0.0) for x in store.iter_links()
        )


@pytest.mark.slow
def test_one_or_two_workers_give_the_same_links(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    for db, workers in ((one, "1"), (two, "2")):
        result = runner.invoke(
            app, ["--db", str(db), "-q", "ingest", str(SEEDS), "--workers", workers]
        )
        assert result.exit_code == 0, result.output
    assert _links(one)
    assert _links(one) == _links(two)
