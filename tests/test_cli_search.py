"""`claims --search`: FTS5 syntax, stemmed words, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

runner = CliRunner()

ARTICLE = (
    "Donald Trump said Mexico would pay for the wall.\n\n"
    "Senator Jane Roe said the walls along the border were a waste of money.\n\n"
    "Governor John Doe said Benghazi was a failure of Hillary Clinton.\n\n"
    "Mayor Ann Poe said Benghazi had been investigated enough.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = folder / "t.db"
    assert runner.invoke(app, ["--db", str(db), "ingest", str(folder / "a.txt")]).exit_code == 0
    return db


def texts(db: Path, query: str) -> list[str]:
    result = runner.invoke(app, ["--db", str(db), "claims", "--search", query, "-f", "json"])
    assert result.exit_code == 0, result.output
    return [c["text"] for c in json.loads(result.stdout)]


def test_stemmed_words_match(db: Path) -> None:
    assert len(texts(db, "wall")) == 2
    assert texts(db, "wall") == texts(db, "walls")


def test_prefix_or_not_and_phrases(db: Path) -> None:
    assert list(texts(db, "Mexic*")) == ["Mexico would pay for the wall"]
    assert len(texts(db, "mexico OR border")) == 2
    assert texts(db, "Benghazi NOT Clinton") == ["Benghazi had been investigated enough"]
    assert texts(db, "Benghazi -Clinton") == texts(db, "Benghazi NOT Clinton")
    assert texts(db, '"pay for the wall"') == ["Mexico would pay for the wall"]
    assert texts(db, '"wall for the pay"') == []


def test_bad_syntax_is_a_one_line_error(db: Path) -> None:
    result = runner.invoke(app, ["--db", str(db), "claims", "--search", "wall OR"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: bad search 'wall OR'")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
