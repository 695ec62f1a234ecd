"""Bad input for `claimtrack extract`: each is a one-line warning and a skip, or a one-line
error, never a traceback; the good files of the same run are still processed."""

# Real sentences keep their curly quotation marks and apostrophes.
# ruff: noqa: RUF001

from __future__ import annotations

import importlib
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from claimtrack.cli import app
from claimtrack.models import Article, Claim
from claimtrack.read import Skipped, read_paths
from tests.conftest import ROOT, SEEDS

runner = CliRunner()

GOOD = "“About the phone calls — it’s not true,” Kremlin spokesman Dmitry Peskov told reporters.\n"

# Sentences in the manner of the seeds and PolNeAR: quotes, cues, and the writer's own.
SENTENCES = (
    "“About the phone calls — it’s not true,” Kremlin spokesman Dmitry Peskov told reporters.",
    "Trump said on Monday that the wall would be built and paid for by Mexico.",
    "According to the campaign, the rally drew more than 10,000 people.",
    "Clinton’s spokesman, Brian Fallon, denied that she had been hospitalised.",
    '"We are going to win this state," he said, "and we are going to win it big."',
    "The senator declined to comment on the report.",
    "The rally ended shortly after nine in the evening.",
    "Pence insisted that the ticket was united, saying, “We have never been stronger.”",
    "The book claims that Trump spoke with Putin seven times after leaving office.",
    "Polls closed at eight, and the count went on through the night.",
    "Voters in the county have backed the winner in every race since 1960.",
    "The governor’s office did not respond to a request for comment.",
)


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return runner.invoke(app, ["extract", "--format", "jsonl", *args], input=stdin)


def claims(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def warnings(result: Result) -> list[str]:
    return result.stderr.strip().splitlines()


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def good_file(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("latin1.txt", "Le président a déclaré: « non ».".encode("latin-1"), "not valid UTF-8"),
        ("broken.json", b'{"text": "Peskov said', "not valid JSON"),
        ("page.html", b"<html><body><script>var x = 1;</script></body></html>", "no article text"),
    ],
)
def test_a_bad_file_is_one_warning_and_the_good_file_is_still_read(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run(str(bad), str(good_file(tmp_path)))
    no_traceback(result)
    assert result.exit_code == 1
    assert warnings(result) == [f"Warning: skipped {bad}: {warnings(result)[0].split(': ', 2)[2]}"]
    assert reason in result.stderr
    found = claims(result)
    assert found and {c["path"] for c in found} == {str(tmp_path / "good.txt")}


def test_a_folder_without_articles_and_a_missing_path(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.csv").write_text("a,b\n")
    missing = tmp_path / "missing.txt"
    result = run(str(empty), str(missing), str(good_file(tmp_path)))
    no_traceback(result)
    assert result.exit_code == 1
    lines = warnings(result)
    assert len(lines) == 2
    assert lines[0].startswith(f"Warning: skipped {empty}: no articles in this folder")
    assert lines[1] == f"Warning: skipped {missing}: no such file or folder"
    assert len(claims(result)) >= 1


@pytest.mark.parametrize("make", ["missing", "empty folder", "empty file"])
def test_when_nothing_can_be_read_the_run_ends_with_one_error(tmp_path: Path, make: str) -> None:
    path = tmp_path / "input"
    if make == "empty folder":
        path.mkdir()
    elif make == "empty file":
        path.write_text("")
    result = run(str(path))
    no_traceback(result)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = warnings(result)
    assert len(lines) == 2
    assert lines[0].startswith(f"Warning: skipped {path}: ")
    assert lines[1] == "Error: no article could be read (1 input skipped)"


def test_json_output_stays_a_valid_document_when_nothing_is_read(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "json", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_malformed_json_lines_are_skipped_with_their_line_numbers(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(
            [
                json.dumps({"text": GOOD, "source": "Wire"}),
                '{"text": "cut off',
                "not json at all",
                json.dumps({"title": "a record without text"}),
                json.dumps({"text": "Trump said that the wall would be paid for by Mexico."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = run(str(feed))
    no_traceback(result)
    assert result.exit_code == 1
    lines = warnings(result)
    assert len(lines) == 3
    for line, number in zip(lines, (2, 3, 4), strict=True):
        assert line.startswith(f"Warning: skipped {feed}:{number}: ")
    assert {c["path"] for c in claims(result)} == {f"{feed}:1", f"{feed}:5"}


def test_bad_bytes_on_standard_input(tmp_path: Path) -> None:
    result = run("-", str(good_file(tmp_path)), stdin=b"\x00\x01\x02binary")
    no_traceback(result)
    assert result.exit_code == 1
    assert warnings(result)[0] == "Warning: skipped <stdin>: binary file (contains NUL bytes)"
    assert claims(result)


def test_unbalanced_quotation_marks_give_valid_spans(tmp_path: Path) -> None:
    text = (
        "“This never closes, Trump said on Monday.\n\n"
        'He said "again and again that the deal was dead.\n\n'
        "The senator added” that nothing had changed, “and he said it twice.\n\n"
        "“A quote,” he said, “another that does not close.\n"
    )
    path = tmp_path / "unbalanced.txt"
    path.write_text(text, encoding="utf-8")
    result = run(str(path))
    no_traceback(result)
    assert result.exit_code == 0
    assert result.stderr == ""
    for claim in claims(result):
        start, end = claim["span"]
        assert 0 <= start <= end <= len(text)
        assert claim["text"] == text[start:end]


def test_an_extractor_bug_skips_that_article_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.extract import extract as real

    # The module, not the package attribute of the same name (the function).
    extractor = importlib.import_module("claimtrack.extract")

    def flaky(article: Article) -> list[Claim]:
        if "boom" in article.text:
            raise IndexError("rule out of range")
        return real(article)

    monkeypatch.setattr(extractor, "extract", flaky)
    bad = tmp_path / "boom.txt"
    bad.write_text("Peskov said boom.")
    result = run(str(bad), str(good_file(tmp_path)))
    no_traceback(result)
    assert result.exit_code == 1
    assert warnings(result) == [
        f"Warning: skipped {bad}: extraction failed (IndexError: rule out of range)"
    ]
    assert claims(result)


def big_article(size: int, seed: int = 11) -> str:
    """Return about `size` characters of news-like paragraphs, quotes and cues among them."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n"


@pytest.mark.slow
def test_a_ten_megabyte_article_is_read_and_extracted(tmp_path: Path) -> None:
    text = big_article(10_000_000)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size >= 10_000_000
    result = run(str(path))
    no_traceback(result)
    assert result.exit_code == 0
    found = claims(result)
    assert len(found) > 10_000
    for claim in found[:: max(1, len(found) // 500)]:
        start, end = claim["span"]
        assert claim["text"] == text[start:end]


def test_no_traceback_in_a_real_process(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 100)
    (tmp_path / "latin1.txt").write_bytes("déjà".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text('{"text": \n[]\n')
    (tmp_path / "page.html").write_bytes(b"<html><p>unclosed <b>tags")
    good = good_file(tmp_path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "extract",
            "--format",
            "jsonl",
            str(tmp_path),
            str(tmp_path / "gone"),
            "-",
        ],
        input=b"",
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 1
    assert "Traceback" not in stderr
    assert all(line.startswith(("Warning: ", "Error: ")) for line in stderr.splitlines()), stderr
    assert f"{tmp_path / 'feed.jsonl'}:1" in stderr and f"{tmp_path / 'feed.jsonl'}:2" in stderr
    paths = {json.loads(line)["path"] for line in done.stdout.decode().splitlines()}
    assert str(good) in paths


def test_the_seeds_still_extract_cleanly() -> None:
    result = run(str(SEEDS))
    no_traceback(result)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert len(claims(result)) >= 10


# Bytes that look a little like each format, so that the readers get past their first check.
_PREFIXES = st.sampled_from([b"", b"---\ntitle: x\n", b'{"text": ', b"<html><p>", b"\xef\xbb\xbf"])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json", ".jsonl", ".html"])
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(prefix=_PREFIXES, data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_no_bytes_make_a_reader_raise(
    tmp_path: Path, suffix: str, prefix: bytes, data: bytes
) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(prefix + data)
    for item in read_paths([str(path)]):
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Article):
            assert item.text.strip()


def test_a_broken_html_library_costs_only_the_html_file(tmp_path: Path) -> None:
    """A venv without lxml_html_clean once made every HTML read a 66-line traceback and the
    whole ingest store nothing: now the page is skipped with one line, the rest is stored."""
    (tmp_path / "page.html").write_text(
        "<html><body><article><p>“It is not true,” Peskov said.</p></article></body></html>"
    )
    good = good_file(tmp_path)
    db = tmp_path / "x.db"
    # None in sys.modules makes `import trafilatura` raise ImportError, as the broken install did.
    script = (
        "import sys; sys.modules['trafilatura'] = None; sys.argv[0] = 'claimtrack'; "
        "from claimtrack.cli import main; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--db", str(db), "ingest", "--workers", "1", str(tmp_path)],
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    stderr = done.stderr.decode()
    assert done.returncode == 1, stderr
    assert "Traceback" not in stderr
    warnings = [line for line in stderr.splitlines() if "page.html" in line]
    assert len(warnings) == 1 and "cannot read HTML" in warnings[0], stderr
    listed = subprocess.run(
        [sys.executable, "-m", "claimtrack", "--db", str(db), "claims", "--format", "jsonl"],
        capture_output=True,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    paths = {json.loads(line)["path"] for line in listed.stdout.decode().splitlines()}
    assert paths == {str(good)}
