"""`--input-format` for standard input and odd file names; the ingest's progress and summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cli.ingest_cmd import summary
from claimtrack.ingest import IngestReport

runner = CliRunner()

SAID = "“The tests were sent,” Dmitry Peskov told reporters on Friday."
HTML = (
    "<!doctype html><html><head><title>Kremlin on tests</title></head><body><article>"
    f"<h1>Kremlin on tests</h1><p>{SAID}</p><p>He gave no more detail about it.</p>"
    "</article></body></html>"
)
MARKDOWN = f"---\ntitle: Kremlin on tests\nsource: Reuters\n---\n\n{SAID}\n"


def extract(*args: str, input: str | None = None) -> list[dict[str, object]]:
    result = runner.invoke(app, ["extract", *args, "--format", "json"], input=input)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


@pytest.mark.parametrize(
    ("fmt", "text", "source"),
    [
        ("html", HTML, None),
        ("md", MARKDOWN, "Reuters"),
        ("json", json.dumps({"text": SAID, "source": "AP"}), "AP"),
        ("jsonl", json.dumps({"text": SAID, "source": "AP"}) + "\n", "AP"),
        ("txt", SAID, None),
    ],
)
def test_stdin_in_the_format_given(fmt: str, text: str, source: str | None) -> None:
    (claim,) = extract("-", "--input-format", fmt, input=text)
    assert str(claim["text"]).startswith("The tests were sent")
    assert claim["speaker"] == "Dmitry Peskov"
    assert "<" not in str(claim["text"])
    if source:
        assert claim["source"] == source


def test_stdin_html_and_front_matter_are_recognised_unasked() -> None:
    assert extract("-", input=HTML)[0]["title"] == "Kremlin on tests"
    assert extract("-", input=MARKDOWN)[0]["source"] == "Reuters"


def test_a_file_with_an_odd_name_is_read_in_the_format_given(tmp_path: Path) -> None:
    odd = tmp_path / "page.download"
    odd.write_text(HTML, encoding="utf-8")
    (claim,) = extract(str(odd), "-i", "html")
    assert claim["title"] == "Kremlin on tests" and str(claim["text"]).startswith(
        "The tests were sent"
    )


def test_the_summary_names_links_and_duplicates(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    copy = tmp_path / "copy.txt"
    first = sorted(seeds.glob("*.txt"))[0]
    copy.write_bytes(first.read_bytes())
    db = str(tmp_path / "t.db")
    result = runner.invoke(app, ["--db", db, "ingest", str(seeds), str(copy)])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert "3 articles: 2 new, 0 updated, 1 unchanged, 0 failed (1 duplicate text)" in lines[0]
    assert " links made " in lines[0]
    assert lines[1] == f"duplicate: {copy} has the same text as {first}"


def test_stderr_lines_are_not_wrapped_in_a_pipe() -> None:
    report = IngestReport(new=11652, claims=123456, duplicates=[("a" * 60, "b" * 60)])
    line = summary(report, 23.0, 98765)
    result = runner.invoke(app, ["ingest", "/nowhere/" + "x" * 120])
    assert result.stderr.count("\n") == 2  # the warning and the summary: one line each
    assert "\n" not in line and "98765 links made" in line


def test_the_progress_shows_stage_total_percentage_rate_and_time_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from rich.console import Console

    from claimtrack.cli import common

    screen = io.StringIO()
    monkeypatch.setattr(
        common, "console", Console(file=screen, force_terminal=True, width=120, color_system=None)
    )
    bar = common.progress("{task.fields[counts]}")
    task = bar.add_task("ingest", total=840, stage="ingesting", unit="articles", counts="3 new")
    for _ in range(420):
        bar.advance(task)
    common.console.print(bar.make_tasks_table(bar.tasks))
    shown = screen.getvalue()
    assert "ingesting" in shown and "420/840" in shown and "50%" in shown
    assert "articles/s" in shown and "3 new" in shown
    assert ":" in shown.split("50%")[1]  # the time left, h:mm:ss
