"""Hostile input to the readers and `match`: lone surrogates, deep nesting, invalid UTF-8 on
standard input, huge numbers in options, and regexes that must stay linear. Each gives a clean
skip or a one-line error, never a traceback, and a bad line never costs the good ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.link.match import BadLine, read_requests
from claimtrack.models import Article
from claimtrack.read import ReadError, Skipped, read_file, read_paths, read_stdin
from claimtrack.read.jsontext import MAX_DEPTH, BadJSON, loads
from claimtrack.read.markdown import first_heading, split_front_matter

runner = CliRunner()

GOOD = "Kremlin spokesman Dmitry Peskov said the calls never took place."
DEEP = "[" * 5000
LONE = '{"text": "Peskov said \\ud800 the calls never took place."}'


def run_cli(
    args: list[str], stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the claimtrack command in a fresh interpreter, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def assert_clean(stderr: bytes) -> None:
    """Fail when the messages on stderr hold a traceback."""
    assert b"Traceback" not in stderr, stderr.decode("utf-8", "replace")


# -- JSON: lone surrogates and nesting ------------------------------------------------------


def test_loads_replaces_lone_surrogates_one_for_one() -> None:
    value = loads('{"text": "a\\ud800b\\udfffc"}')
    assert value == {"text": "a\ufffdb\ufffdc"}
    value["text"].encode("utf-8")  # writable anywhere


def test_loads_keeps_surrogate_pairs_and_escaped_backslashes() -> None:
    assert loads('"\\ud83d\\ude00"') == "\U0001f600"
    assert loads('"\\\\ud800"') == "\\ud800"  # a backslash, then the letters
    assert loads('"\\\\\\ud800"') == "\\\ufffd"


@pytest.mark.parametrize(
    "text", ["[" * 5000, '{"a":' * 5000, "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)]
)
def test_loads_refuses_deep_nesting_with_a_reason(text: str) -> None:
    with pytest.raises(BadJSON, match="nested"):
        loads(text)


def test_loads_takes_nesting_up_to_the_limit() -> None:
    assert loads("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None


def test_json_file_with_lone_surrogate_is_read_and_stored(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(LONE)
    article = read_file(tmp_path / "a.json", "a.json")
    assert "\ufffd" in article.text
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["--db", str(db), "ingest", str(tmp_path / "a.json"), "-w", "1"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["--db", str(db), "claims", "--format", "json"])
    assert listed.exit_code == 0
    assert json.loads(listed.stdout)


def test_jsonl_deep_line_costs_no_good_line(tmp_path: Path) -> None:
    good = json.dumps({"text": GOOD})
    (tmp_path / "feed.jsonl").write_text(
        f"{good}\n{DEEP}\n{LONE}\n{good.replace('calls', 'tests')}\n"
    )
    items = list(read_paths([str(tmp_path / "feed.jsonl")]))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article", "Article"]
    skipped = items[1]
    assert isinstance(skipped, Skipped)
    assert skipped.path.endswith("feed.jsonl:2")
    assert "nested" in skipped.reason


def test_json_file_nested_too_deep_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text(DEEP)
    (tmp_path / "good.txt").write_text(GOOD)
    items = list(read_paths([str(tmp_path)]))
    assert isinstance(items[0], Skipped)
    assert "nested" in items[0].reason
    assert isinstance(items[1], Article)


def test_stdin_json_lines_deep_and_surrogate(tmp_path: Path) -> None:
    import io

    good = json.dumps({"text": GOOD}).encode()
    stream = io.BytesIO(good + b"\n" + DEEP.encode() + b"\n" + LONE.encode() + b"\n")
    items = list(read_stdin(stream))
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article"]


def test_extract_cli_writes_surrogate_input_and_skips_deep(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(f"{LONE}\n{DEEP}\n")
    done = run_cli(["extract", "--format", "jsonl", str(tmp_path / "feed.jsonl")])
    assert_clean(done.stderr)
    assert done.returncode == 1  # one line skipped
    lines = done.stdout.decode("utf-8").splitlines()
    assert lines and all(json.loads(line)["path"].endswith("feed.jsonl:1") for line in lines)
    assert b"feed.jsonl:2" in done.stderr
    assert b"nested" in done.stderr


def test_file_name_with_invalid_utf8_bytes(tmp_path: Path) -> None:
    name = os.fsdecode(b"wire\xff.txt")
    (tmp_path / name).write_text(GOOD)
    done = run_cli(["extract", "--format", "json", os.fsdecode(tmp_path / name)])
    assert_clean(done.stderr)
    assert done.returncode == 0
    claims = json.loads(done.stdout)
    assert claims and claims[0]["path"].endswith("wire\\xff.txt")


# -- match: any line may be bad, the others are matched ---------------------------------------


def test_read_requests_skips_bad_bytes_lines_keeps_the_others() -> None:
    good = json.dumps({"id": 1, "text": GOOD}).encode()
    lines = [good, b'{"text": "a\xff"}', DEEP.encode(), LONE.encode(), good]
    out = list(read_requests(lines))
    assert [type(o).__name__ for o in out] == ["tuple", "BadLine", "BadLine", "tuple", "tuple"]
    assert isinstance(out[1], BadLine) and "UTF-8" in out[1].reason
    assert isinstance(out[2], BadLine) and "nested" in out[2].reason


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "utf-8:strict", "PYTHONUTF8": "0", "LC_ALL": "C.UTF-8"},
        {"PYTHONIOENCODING": "utf-8:surrogateescape", "PYTHONUTF8": "0", "LC_ALL": "C"},
        {"PYTHONUTF8": "1"},
    ],
    ids=["strict", "lenient", "utf8-mode"],
)
def test_match_stdin_invalid_utf8_and_deep_lines(env: dict[str, str]) -> None:
    lines = [
        json.dumps({"id": "a", "text": GOOD, "claim": GOOD}).encode(),
        b'{"id": "b", "text": "Peskov \xff\xfe said no"}',
        DEEP.encode(),
        b'{"id": "c", "text": "Peskov said \\ud800 no", "claim": "Peskov said no"}',
        json.dumps({"id": "d", "text": GOOD, "claim": GOOD}).encode(),
    ]
    done = run_cli(["match", "--format", "jsonl"], b"\n".join(lines) + b"\n", env)
    assert_clean(done.stderr)
    assert done.returncode == 1  # lines were skipped, as ingest says with its exit code
    out = done.stdout.decode("utf-8")  # strict: no raw byte copied into the output
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c", "d"]
    assert b"line 2 skipped: not valid UTF-8" in done.stderr
    assert b"line 3 skipped" in done.stderr


def test_match_claims_file_with_bad_lines_keeps_good_ones(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_bytes(
        json.dumps({"id": "k1", "text": GOOD}).encode()
        + b"\n"
        + b'{"id": "k2", "text": "bad \xff"}\n'
        + DEEP.encode()
        + b"\n"
    )
    result = runner.invoke(
        app,
        ["match", "--claims", str(claims), "--format", "jsonl"],
        input=json.dumps({"id": "q", "text": GOOD}) + "\n",
    )
    assert result.exit_code == 1, result.output  # lines were skipped
    assert json.loads(result.stdout)["claim"] == "k1"


# -- huge numbers in options ---------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """Return a database holding one article with a claim."""
    (tmp_path / "a.txt").write_text(GOOD)
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["--db", str(db), "ingest", "-w", "1", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize("command", ["claims", "speakers", "articles"])
@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_huge_limit_is_no_limit(store: Path, command: str, fmt: str) -> None:
    for limit in ("9223372036854775808", "9" * 40):
        result = runner.invoke(
            app, ["--db", str(store), command, "--limit", limit, "--format", fmt]
        )
        assert result.exit_code == 0, result.output
        assert result.stdout.strip()


def test_huge_worker_count_is_a_usage_error(store: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["--db", str(store), "ingest", "-w", "9" * 30, str(tmp_path / "a.txt")]
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# -- linear regexes in the Markdown reader ---------------------------------------------------


# Ten times the text: a linear reader takes about 10 times as long, a quadratic one 100 times.
# The bound is their midpoint on a log scale, 10 ** 1.5 (about 31.6): the ratio of a linear
# reader runs 9 to 13 on a quiet machine, and cache effects at 1 MB on a loaded one pushed it
# past 12 (12.09, 12.2: the first bound) and once past 20 (the second, with five processes
# sharing two cores), while a quadratic reader is near 100.
LINEAR_BOUND = 10**1.5


def ratio(make: Callable[[int], Any], work: Callable[[Any], object], n: int) -> float:
    """Return the time of work on make(10n) over its time on make(n), each the best of three.

    Each time is per call over repeated calls lasting at least 20 ms: a single call of a linear
    reader takes well under a millisecond at n, where clock granularity alone moved the ratio
    between 6 and 14.
    """

    def per_call(text: Any) -> float:
        calls = 0
        started = time.thread_time()
        while (elapsed := time.thread_time() - started) < 0.02:
            work(text)
            calls += 1
        return elapsed / calls

    def best(size: int) -> float:
        text = make(size)
        return max(min(per_call(text) for _ in range(3)), 1e-7)

    return best(10 * n) / best(n)


# Each case: how to make a text of about n characters, and what reads it.
MARKDOWN_CASES: dict[str, tuple[Callable[[int], str], Callable[[str], object]]] = {
    "heading with inner spaces": (
        lambda n: "# a" + " " * (n // 2) + "b" + " " * (n // 2) + "\n",
        first_heading,
    ),
    "heading of spaces": (lambda n: ("#" + " " * (n // 3) + "\n") * 3, first_heading),
    "front matter value with inner spaces": (
        lambda n: "---\ntitle: a" + " " * (n // 2) + "b" + " " * (n // 2) + "\n---\nbody",
        split_front_matter,
    ),
    "front matter key and spaces, no colon": (
        lambda n: "---\ntitle" + " " * n + "x\n---\nbody",
        split_front_matter,
    ),
    "unclosed front matter": (lambda n: "---\n" + "--- x\n" * (n // 6), split_front_matter),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(MARKDOWN_CASES))
def test_markdown_reader_scales_linearly(case: str) -> None:
    assert ratio(*MARKDOWN_CASES[case], 100_000) < LINEAR_BOUND


def test_markdown_fields_and_headings_keep_their_meaning() -> None:
    fields, body = split_front_matter(
        '---\ntitle:   Peskov   denies  \t\ndate: "2024-10-09"\n---\nText'
    )
    assert fields == {"title": "Peskov   denies", "date": "2024-10-09"}
    assert body == "Text"
    assert (
        first_heading("intro\n#   Peskov denies the calls ##  \r\nText")
        == "Peskov denies the calls"
    )
    assert first_heading("# \n# Second") == "Second"
    assert first_heading("no heading") is None


# -- HTML: pruned first, then a time budget in proportion to the text ---------------------

PAGE_TEXT = "<p>Trump said the war would end soon, according to officials in Washington.</p>\n" * 5


def _page(middle: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body><article>{PAGE_TEXT}{middle}</article></body></html>".encode()


def _b64(n: int) -> str:
    return ("iVBORw0KGgoAAAANSUhEUgAA" * (n // 24 + 1))[:n]


def _html(data: bytes) -> object:
    from claimtrack.read.html import read_html

    try:
        return read_html(data, "page.html")
    except ReadError as exc:
        return str(exc)


HTML_CASES: dict[str, tuple[Callable[[int], Any], Callable[[Any], object]]] = {
    "empty paragraphs, no text": (
        lambda n: ("<html><body>" + "<p>" * (n // 3) + "</body></html>").encode(),
        _html,
    ),
    "empty paragraphs after the text": (lambda n: _page("<p>" * (n // 3)), _html),
    "base64 image": (lambda n: _page(f'<img src="data:image/png;base64,{_b64(n)}">'), _html),
    "script and style": (
        lambda n: _page(
            f"<script>var x = '{_b64(n // 2)}';</script><style>{'a{}' * (n // 8)}</style>"
        ),
        _html,
    ),
    "unclosed openings": (lambda n: _page("<script <!-- data:" * (n // 18)), _html),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(HTML_CASES))
def test_html_reader_scales_with_the_text(case: str) -> None:
    _html(_page(""))  # trafilatura loaded before timing
    assert ratio(*HTML_CASES[case], 150_000) < LINEAR_BOUND


def test_html_page_of_empty_paragraphs_is_skipped_fast() -> None:
    started = time.thread_time()
    assert _html(HTML_CASES["empty paragraphs, no text"][0](150_000)) == (
        "no article text found in the HTML"
    )
    assert time.thread_time() - started < 2


def test_html_big_inline_image_costs_nothing_and_metadata_is_kept() -> None:
    head = (
        "<title>War to end</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2016-03-04"}</script>'
    )
    data = _page(f'<img src="data:image/png;base64,{_b64(3_000_000)}">', head)
    started = time.thread_time()
    article = _html(data)
    assert time.thread_time() - started < 3
    assert isinstance(article, Article)
    assert "Trump said the war would end soon" in article.text
    assert article.title == "War to end"
    assert str(article.published) == "2016-03-04"


def test_html_over_its_time_budget_is_one_clear_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.read import prune

    monkeypatch.setattr(prune, "BASE_SECONDS", 0.001)
    monkeypatch.setattr(prune, "SECONDS_PER_10K_CHARS", 0.0)
    reason = _html(_page("<div><p>More text in a div, said the mayor.</p></div>" * 2000))
    assert isinstance(reason, str) and "took over" in reason


def test_html_too_much_markup_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimtrack.read import html

    monkeypatch.setattr(html, "MAX_MARKUP", 1000)
    assert "page too large" in str(_html(_page("<div>" * 500)))


# -- arguments that are not UTF-8 -------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["claims", "--speaker", os.fsdecode(b"Pesk\xffov")],
        ["claims", "--search", os.fsdecode(b"calls \xff")],
        ["ingest", "-w", "1", "--title", os.fsdecode(b"T\xff"), "{file}"],
    ],
    ids=["speaker", "search", "title"],
)
def test_text_option_with_invalid_utf8_is_one_line(store: Path, args: list[str]) -> None:
    file = store.parent / "a.txt"
    done = run_cli(["--db", str(store), *(a.format(file=file) for a in args)])
    assert_clean(done.stderr)
    assert done.returncode == 1
    lines = done.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: not valid UTF-8"), lines
    assert "\\xff" in lines[0]
