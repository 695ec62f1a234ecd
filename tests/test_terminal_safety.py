"""Escape sequences in article text and file names: shown escaped in tables, warnings and
`show`, never sent raw to the terminal; JSON output keeps the exact text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cli.terminal import printable, printable_text

runner = CliRunner(env={"COLUMNS": "500"})  # wide tables: no escape folded in two

# Window title, clear screen, colour, a C1 CSI and a right-to-left override.
HOSTILE = "the \x1b]0;pwned\x07 war \x1b[2J is \x1b[31m over\x9b and \u202eevil"
ARTICLE = f'Trump said "{HOSTILE}" on Monday.\n'
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def assert_safe(shown: str) -> None:
    """Fail when a control character of the hostile text reaches the output raw."""
    for char in RAW:
        assert char not in shown, repr(shown)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "plain text, “quotes” and tabs\tand\nnewlines",
            "plain text, “quotes” and tabs\tand\nnewlines",
        ),
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
        ("a\rb\x00c\x7f", "a\\x0db\\x00c\\x7f"),
        ("\x9b2J \u202eabc\u2066", "\\x9b2J \\u202eabc\\u2066"),
    ],
)
def test_printable_escapes_controls_only(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_printable_text_keeps_styles_on_their_words() -> None:
    text = "A\x1b[2J said B"
    shown = printable_text(text, [(0, 1, "bold"), (6, 10, "underline")])
    assert shown.plain == "A\\x1b[2J said B"
    styled = {shown.plain[s.start : s.end]: str(s.style) for s in shown.spans}
    assert styled == {"A": "bold", "said": "underline"}


@pytest.fixture
def hostile_store(tmp_path: Path) -> tuple[Path, Path]:
    """Return a database holding the hostile article, and the file it came from."""
    path = tmp_path / "wire\x1b[31m.txt"
    path.write_text(ARTICLE)
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["--db", str(db), "ingest", "-w", "1", str(path)])
    assert result.exit_code == 0, result.output
    return db, path


@pytest.mark.parametrize("command", ["claims", "articles", "speakers"])
def test_tables_show_controls_escaped(hostile_store: tuple[Path, Path], command: str) -> None:
    db, _ = hostile_store
    # Wide enough that no cell folds inside an escape, whatever the length of tmp_path.
    result = runner.invoke(
        app, ["--db", str(db), command, "--format", "table"], env={"COLUMNS": "300"}
    )
    assert result.exit_code == 0, result.output
    assert_safe(result.stdout)
    if command == "claims":
        assert "\\x1b]0;pwned\\x07" in result.stdout
    if command == "articles":
        assert "\\x1b" in result.stdout


def test_extract_table_escapes_and_json_keeps_the_text(hostile_store: tuple[Path, Path]) -> None:
    _, path = hostile_store
    table = runner.invoke(app, ["extract", "--format", "table", str(path)])
    assert table.exit_code == 0
    assert_safe(table.stdout)
    assert "\\x1b[2J" in table.stdout
    for fmt in ("json", "jsonl"):
        out = runner.invoke(app, ["extract", "--format", fmt, str(path)])
        claims = json.loads(out.stdout) if fmt == "json" else [json.loads(out.stdout)]
        assert HOSTILE in claims[0]["text"]
        assert claims[0]["path"] == str(path)


def test_claims_json_keeps_the_exact_text(hostile_store: tuple[Path, Path]) -> None:
    db, path = hostile_store
    result = runner.invoke(app, ["--db", str(db), "claims", "--format", "json"])
    (claim,) = json.loads(result.stdout)
    assert HOSTILE in claim["text"]
    assert claim["text"] == ARTICLE[claim["span"][0] : claim["span"][1]]
    assert claim["path"] == str(path)


def test_show_claim_view_escapes(hostile_store: tuple[Path, Path]) -> None:
    db, _ = hostile_store
    (claim,) = json.loads(runner.invoke(app, ["--db", str(db), "claims", "-f", "json"]).stdout)
    for ref in (claim["id"], claim["article"]):
        result = runner.invoke(app, ["--db", str(db), "show", ref, "--format", "table"])
        assert result.exit_code == 0, result.output
        assert_safe(result.stdout)
        assert "\\x1b" in result.stdout


def test_warning_names_a_hostile_file_escaped(tmp_path: Path) -> None:
    bad = tmp_path / "bad\x1b]0;pwned\x07.json"
    bad.write_text("{not json")
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(bad)])
    assert result.exit_code == 1
    assert_safe(result.stderr)
    assert "bad\\x1b]0;pwned\\x07.json" in result.stderr


def test_error_message_escapes(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b[2J.db"
    result = runner.invoke(app, ["--db", str(missing), "claims"])
    assert result.exit_code == 1
    assert_safe(result.stderr)
    assert "gone\\x1b[2J.db" in result.stderr
