"""Fuzzing every reader and `match` with hypothesis: any bytes give an article or a clean
skip (never another exception), one result per line of JSON lines, and everything that
comes out can be written as UTF-8."""

from __future__ import annotations

import io
import json
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.cli.terminal import _UNSAFE, printable
from claimtrack.link.match import BadLine, Matcher, read_requests, run
from claimtrack.models import Article
from claimtrack.read import ReadError, Skipped, read_file, read_stdin
from claimtrack.read.jsontext import MAX_DEPTH, BadJSON, loads
from claimtrack.read.markdown import first_heading, split_front_matter
from claimtrack.read.records import read_json_lines

FUZZ = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Pieces that hostile input is made of, mixed with random text and bytes.
HOSTILE_PIECES = [
    '{"text": "',
    '"}',
    "\\ud800",
    "\\udfff",
    "\\ud83d\\ude00",
    "\\\\",
    "[" * 200,
    "{" * 5,
    '"a":',
    "\x1b]0;t\x07",
    "\x00",
    "\ufeff",
    "---\n",
    "# ",
    " " * 50,
    "<p>",
    "<script>",
    "<!--",
    "data:image/png;base64,AAAA",
    'He said "',
    "\r\n",
    "\n",
    "1e999",
    "-0",
    "null",
]

text_pieces = st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE_PIECES))
hostile_text = st.lists(text_pieces, max_size=25).map("".join)
raw_bytes = st.one_of(
    st.binary(max_size=300),
    hostile_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.one_of(st.binary(max_size=8), text_pieces.map(str.encode)), max_size=20).map(
        b"".join
    ),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


def writable(value: Any) -> None:
    """Fail unless the value can be written out as JSON in UTF-8 (no lone surrogates)."""
    json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")


def check_article(article: Article) -> None:
    writable(article.model_dump(mode="json"))
    assert article.text.strip()


# -- JSON ---------------------------------------------------------------------------------


@FUZZ
@given(json_values)
def test_loads_round_trips_what_json_dumps(value: Any) -> None:
    for ascii_only in (True, False):
        assert loads(json.dumps(value, ensure_ascii=ascii_only)) == value


@FUZZ
@given(hostile_text)
def test_loads_gives_a_writable_value_or_bad_json(text: str) -> None:
    try:
        value = loads(text)
    except BadJSON as exc:
        assert "\n" not in str(exc)
        return
    writable(value)


@FUZZ
@given(st.integers(min_value=1, max_value=3 * MAX_DEPTH))
def test_loads_depth_limit_is_exact(depth: int) -> None:
    text = "[" * depth + "]" * depth
    if depth <= MAX_DEPTH:
        assert loads(text) is not None
    else:
        with pytest.raises(BadJSON):
            loads(text)


@FUZZ
@given(st.lists(raw_bytes, max_size=8), st.lists(st.booleans(), max_size=8))
def test_json_lines_one_result_per_line_and_good_lines_kept(
    junk: list[bytes], good_first: list[bool]
) -> None:
    lines: list[bytes] = []
    good_at: set[int] = set()
    for i, bad in enumerate(junk):
        if i < len(good_first) and good_first[i]:
            good_at.add(len(lines))
            lines.append(json.dumps({"text": f"Peskov said the story {i} was false."}).encode())
        lines.append(bad.replace(b"\n", b" ").replace(b"\r", b" "))
    items = list(read_json_lines((line + b"\n" for line in lines), "feed.jsonl", "feed.jsonl"))
    # a byte-order mark opening the first line is no content
    non_blank = [
        i
        for i, line in enumerate(lines)
        if (line.removeprefix(b"\xef\xbb\xbf") if i == 0 else line).strip()
    ]
    if not non_blank:
        assert len(items) == 1 and isinstance(items[0], Skipped)
        return
    assert len(items) == len(non_blank)
    for index, item in zip(non_blank, items, strict=True):
        if isinstance(item, Article):
            check_article(item)
            assert item.path == f"feed.jsonl:{index + 1}"
        else:
            assert item.path == f"feed.jsonl:{index + 1}"
            assert "\n" not in item.reason
        if index in good_at:
            assert isinstance(item, Article)


@FUZZ
@given(raw_bytes)
def test_stdin_gives_articles_or_skips(data: bytes) -> None:
    for item in read_stdin(io.BytesIO(data)):
        if isinstance(item, Article):
            check_article(item)
        else:
            assert isinstance(item, Skipped)


# -- files of every kind ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json"])
@FUZZ
@given(data=raw_bytes)
def test_every_file_reader_gives_an_article_or_a_read_error(
    tmp_path: Path, suffix: str, data: bytes
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        article = read_file(path, path.name)
    except ReadError as exc:
        assert "\n" not in str(exc)
        return
    check_article(article)


HTML_PIECES = [
    "<html>",
    "<body>",
    "<article>",
    "<p>",
    "</p>",
    "<br>",
    "<div>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    '<img src="data:image/png;base64,' + "A" * 100 + '">',
    '<script type="application/ld+json">{"datePublished": "2016-03-04"}</script>',
    "<title>",
    "</title>",
    'Trump said the war would end, officials said. "We won," he said.',
    "&nbsp;",
    "\x1b[2J",
]


@pytest.mark.slow
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.lists(st.one_of(st.sampled_from(HTML_PIECES), st.text(max_size=20)), max_size=40).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    )
)
def test_html_reader_gives_an_article_or_a_read_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.html"
    path.write_bytes(data)
    try:
        article = read_file(path, path.name)
    except ReadError as exc:
        assert "\n" not in str(exc)
        return
    check_article(article)


# -- Markdown --------------------------------------------------------------------------------


@FUZZ
@given(
    st.lists(
        st.sampled_from(["---", "...", "\n", "title:", " ", "\t", "#", "a", "\r", ":"]), max_size=60
    ).map("".join)
)
def test_markdown_front_matter_and_heading_never_fail(text: str) -> None:
    fields, body = split_front_matter(text)
    assert text.endswith(body)
    assert all(v == v.rstrip(" \t") for v in fields.values())
    heading = first_heading(text)
    assert heading is None or (heading.strip() and "\n" not in heading)


# -- match -----------------------------------------------------------------------------------


def _counts(line: bytes, first: bool) -> bool:
    """Return True when a line of match input gives a result (a match or a BadLine)."""
    try:
        return bool(line.decode("utf-8-sig" if first else "utf-8").strip())
    except UnicodeDecodeError:
        return True


KNOWN = Matcher(
    [
        ("k1", "Trump spoke with Putin seven times after leaving office"),
        ("k2", "The campaign sent Covid-19 tests to Russia in 2020"),
    ]
)


@FUZZ
@given(st.lists(raw_bytes, max_size=8))
def test_match_lines_one_result_each_and_writable(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") for line in lines]
    results = list(read_requests(line + b"\n" for line in lines))
    assert len(results) == sum(_counts(line, i == 0) for i, line in enumerate(lines))
    requests = [r for r in results if not isinstance(r, BadLine)]
    for bad in results:
        if isinstance(bad, BadLine):
            assert "\n" not in bad.reason
    for match in run(requests, lambda: KNOWN):
        writable(match.record())


@FUZZ
@given(hostile_text, hostile_text)
def test_match_relates_any_texts(text: str, claim: str) -> None:
    line = json.dumps({"id": 1, "text": text, "claim": claim}).encode("utf-8", "surrogatepass")
    (request,) = read_requests([line])
    assert not isinstance(request, BadLine)
    for match in run([request], lambda: KNOWN):
        writable(match.record())


# -- terminal --------------------------------------------------------------------------------


@FUZZ
@given(
    st.text(
        alphabet=st.characters(codec="utf-8") | st.sampled_from(string.printable + "\x1b\x9b\u202e")
    )
)
def test_printable_leaves_no_control_character(text: str) -> None:
    shown = printable(text)
    assert _UNSAFE.search(shown) is None
    if _UNSAFE.search(text) is None:
        assert shown == text


# -- the commands, end to end ---------------------------------------------------------------


@pytest.mark.slow
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(raw_bytes, max_size=6))
def test_match_command_survives_any_stdin(tmp_path: Path, lines: list[bytes]) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    claims = tmp_path / "claims.jsonl"
    claims.write_text(json.dumps({"id": "k1", "text": "Trump spoke with Putin seven times"}) + "\n")
    stdin = b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n"
    result = CliRunner().invoke(app, ["match", "--claims", str(claims), "-f", "jsonl"], input=stdin)
    found = list(read_requests(stdin.splitlines(keepends=True)))
    wanted = [r for r in found if not isinstance(r, BadLine)]
    # 1 when lines were skipped, as ingest and extract say
    assert result.exit_code == (1 if len(wanted) < len(found) else 0), result.output
    out = result.stdout_bytes.decode("utf-8")  # strict: no raw byte copied through
    assert len([json.loads(line) for line in out.splitlines()]) == len(wanted)


@pytest.mark.slow
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(raw_bytes, max_size=6))
def test_extract_command_survives_any_json_lines(tmp_path: Path, lines: list[bytes]) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines) + b"\n")
    result = CliRunner().invoke(app, ["extract", "-f", "jsonl", str(feed)])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    for line in result.stdout_bytes.decode("utf-8").splitlines():
        json.loads(line)
