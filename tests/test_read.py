"""Reading articles: text, Markdown front matter, HTML, JSON, JSON lines, stdin, dates."""

# Real sentences keep their curly quotation marks and apostrophes.
# ruff: noqa: RUF001

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from claimtrack.models import Article, article_id
from claimtrack.read import (
    ARTICLE_SUFFIXES,
    ReadError,
    Skipped,
    parse_date,
    read_file,
    read_paths,
    read_stdin,
    with_metadata,
)
from claimtrack.read.dates import name_date
from claimtrack.read.markdown import split_front_matter
from tests.conftest import ROOT, SEEDS

BODY = (
    "Kremlin spokesman Dmitry Peskov denied the report on Wednesday.\n\n"
    "“About the phone calls — it’s not true,” Peskov said.\n"
)

HTML = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Kremlin denies Trump-Putin calls | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Kremlin denies Trump-Putin calls">
<meta property="article:published_time" content="2024-10-09T10:00:00Z">
<link rel="canonical" href="https://news.example.com/world/kremlin-denies-calls">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article>
<h1>Kremlin denies Trump-Putin calls</h1>
<p>The Kremlin on Wednesday denied a report that former President Donald Trump had
spoken with Russian President Vladimir Putin as many as seven times since leaving office.</p>
<p>“About the phone calls — it’s not true,” Kremlin spokesman Dmitry Peskov told
reporters, adding that the tests had been sent.</p>
<p>Trump’s campaign dismissed the book as fiction.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""


def only(items: list[Article | Skipped]) -> Article:
    (item,) = items
    assert isinstance(item, Article), item
    return item


def read(*paths: str | Path) -> list[Article | Skipped]:
    return list(read_paths([str(p) for p in paths]))


# -- plain text ---------------------------------------------------------------------------


def test_text_is_read_exactly_with_the_bom_dropped(tmp_path: Path) -> None:
    path = tmp_path / "news" / "a.txt"
    path.parent.mkdir()
    path.write_bytes(b"\xef\xbb\xbf" + BODY.replace("\n", "\r\n").encode())
    article = only(read(path))
    assert article.text == BODY.replace("\n", "\r\n")
    assert article.id == article_id(article.text)
    assert article.path == str(path)
    assert article.source == "news"  # the folder's name, as the file names none
    assert article.title is None


def test_the_seeds_read_as_before() -> None:
    articles = [a for a in read(SEEDS) if isinstance(a, Article)]
    assert len(articles) == 2
    for article in articles:
        assert article.text == Path(article.path or "").read_text(encoding="utf-8-sig")
        assert article.source == "seeds"


def test_read_file_keeps_its_signature_and_names_no_source(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY)
    article = read_file(path, "a.txt")
    assert (article.text, article.path, article.source) == (BODY, "a.txt", None)
    with pytest.raises(ReadError, match="many articles"):
        read_file(tmp_path / "x.jsonl", "x.jsonl")


# -- Markdown -------------------------------------------------------------------------------


def test_markdown_front_matter_gives_metadata_and_the_text_follows(tmp_path: Path) -> None:
    front = (
        "---\n"
        'title: "Kremlin denies calls"\n'
        "source: Reuters\n"
        "url: https://example.com/a\n"
        "published: 2024-10-09\n"
        "tags: [russia, trump]\n"
        "---\n"
    )
    path = tmp_path / "a.md"
    path.write_text(front + BODY, encoding="utf-8")
    article = only(read(path))
    assert article.text == BODY
    assert article.title == "Kremlin denies calls"
    assert article.source == "Reuters"
    assert article.url == "https://example.com/a"
    assert article.published == date(2024, 10, 9)


def test_markdown_date_key_and_heading_title(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("---\ndate: March 11, 2016\n---\n# Peskov speaks\n\n" + BODY)
    article = only(read(path))
    assert article.published == date(2016, 3, 11)
    assert article.title == "Peskov speaks"
    assert article.source == tmp_path.name
    assert article.text.startswith("# Peskov speaks")


def test_markdown_without_front_matter_or_with_an_unclosed_one_is_all_text() -> None:
    assert split_front_matter(BODY) == ({}, BODY)
    unclosed = "---\ntitle: x\n" + BODY
    assert split_front_matter(unclosed) == ({}, unclosed)
    assert split_front_matter("---\n---\n" + BODY) == ({}, BODY)


def test_markdown_with_only_front_matter_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text("---\ntitle: nothing\n---\n\n")
    (item,) = read(path)
    assert isinstance(item, Skipped)
    assert item.reason == "no article text after the front matter"


# -- HTML -------------------------------------------------------------------------------------


def test_html_main_content_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    article = only(read(path))
    assert "it’s not true" in article.text
    assert "Subscribe now" not in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Kremlin denies Trump-Putin calls"
    assert article.source == "Example News"
    assert article.url == "https://news.example.com/world/kremlin-denies-calls"
    assert article.published == date(2024, 10, 9)
    assert article.id == article_id(article.text)


def test_html_without_a_site_name_takes_the_host_name(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(HTML.replace('<meta property="og:site_name" content="Example News">', ""))
    assert only(read(path)).source == "news.example.com"


def test_html_without_text_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>")
    (item,) = read(path)
    assert isinstance(item, Skipped)
    assert item.reason == "no article text found in the HTML"


def test_plain_text_runs_do_not_import_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY)
    code = (
        "import sys; from claimtrack.read import read_paths; "
        f"list(read_paths([{str(path)!r}])); print('trafilatura' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "False"


# -- JSON and JSON lines -------------------------------------------------------------------------


def test_json_article_object(tmp_path: Path) -> None:
    record = {
        "text": BODY,
        "title": "Kremlin denies",
        "source": "TASS",
        "url": "https://example.com/t",
        "published": "2024-10-09T10:00:00Z",
        "id": "my-own-id",
        "author": "ignored",
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record))
    article = only(read(path))
    assert article.text == BODY
    assert article.id == article_id(BODY)  # the given id is not used
    assert (article.title, article.source, article.url) == (
        "Kremlin denies",
        "TASS",
        "https://example.com/t",
    )
    assert article.published == date(2024, 10, 9)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[1, 2]", "one article object"),
        ('{"title": "no text"}', 'no "text" field'),
        ('{"text": "  "}', '"text" field is empty'),
        ('{"text": "cut', "not valid JSON"),
        ("42", "not a JSON object but a JSON number"),
    ],
)
def test_bad_json_files_are_skipped(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(content)
    (item,) = read(path)
    assert isinstance(item, Skipped)
    assert reason in item.reason


def test_json_lines_are_read_line_by_line_and_bad_lines_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "“It is not true,” Peskov said.", "source": "Wire"}),
        "",
        '{"text": "cut off',
        json.dumps({"text": "Trump said he would win.", "date": "not a date"}),
        json.dumps({"title": "no text"}),
        "[1, 2, 3]",
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Skipped",
        "Article",
        "Skipped",
        "Skipped",
    ]
    first, third = items[0], items[2]
    assert isinstance(first, Article) and isinstance(third, Article)
    assert (first.path, first.source) == (f"{path}:1", "Wire")
    assert (third.path, third.source, third.published) == (f"{path}:4", tmp_path.name, None)
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.path for s in skipped] == [f"{path}:3", f"{path}:5", f"{path}:6"]
    assert "malformed JSON" in skipped[0].reason
    assert "not a JSON object but a JSON array" in skipped[2].reason


def test_json_lines_stream(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        "\n".join(json.dumps({"text": f"Article {i}: Peskov said no."}) for i in range(1000))
    )
    items = read_paths([str(path)])
    first = next(items)
    assert isinstance(first, Article) and first.text.startswith("Article 0:")
    assert sum(1 for _ in items) == 999


def test_an_empty_jsonl_file_is_one_skip(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n")
    assert read(path) == [Skipped(str(path), "empty file: no JSON lines")]


# -- standard input ------------------------------------------------------------------------


def test_stdin_plain_text_is_one_article() -> None:
    (item,) = read_stdin(io.BytesIO(("\n" + BODY).encode()))
    assert isinstance(item, Article)
    assert item.text == "\n" + BODY
    assert item.path is None and item.source is None


def test_stdin_json_lines() -> None:
    data = "\n" + json.dumps({"text": BODY, "title": "T"}) + "\nnot json\n"
    items = list(read_stdin(io.BytesIO(("\ufeff" + data).encode())))
    assert isinstance(items[0], Article) and items[0].title == "T" and items[0].path is None
    assert items[1] == Skipped("<stdin>:3", items[1].reason)


def test_stdin_empty_is_skipped() -> None:
    assert list(read_stdin(io.BytesIO(b""))) == [Skipped("<stdin>", "empty file")]


# -- folders --------------------------------------------------------------------------------


def test_folders_are_read_recursively_for_every_format(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "sub" / ".hidden").mkdir(parents=True)
    (root / "a.txt").write_text(BODY)
    (root / "sub" / "b.md").write_text(BODY + "b")
    (root / "sub" / "c.html").write_text(HTML)
    (root / "sub" / "d.json").write_text(json.dumps({"text": BODY + "d"}))
    (root / "sub" / "e.jsonl").write_text(json.dumps({"text": BODY + "e"}) + "\n")
    (root / "sub" / "notes.csv").write_text("a,b\n")
    (root / "sub" / ".hidden" / "f.txt").write_text(BODY)
    articles = [i for i in read(root) if isinstance(i, Article)]
    assert [Path((a.path or "").split(":")[0]).name for a in articles] == [
        "a.txt",
        "b.md",
        "c.html",
        "d.json",
        "e.jsonl",
    ]
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl"} <= ARTICLE_SUFFIXES
    assert [a.source for a in articles] == ["corpus", "sub", "Example News", "sub", "sub"]


def test_a_folder_without_articles_and_a_missing_path_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    items = read(tmp_path, tmp_path / "missing.txt")
    assert [i.path for i in items if isinstance(i, Skipped)] == [
        str(tmp_path),
        str(tmp_path / "missing.txt"),
    ]
    assert isinstance(items[0], Skipped) and "no articles in this folder" in items[0].reason
    assert isinstance(items[1], Skipped) and items[1].reason == "no such file or folder"


# -- dates and metadata ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2016-03-11",
        "2016-03-11T10:00:00Z",
        "2016-03-11T10:00:00.123+05:00",
        "2016-03-11 10:00",
        "March 11, 2016",
        "Mar 11, 2016",
        "Friday, March 11, 2016",
        "March 11th, 2016",
        "11 March 2016",
        "Fri, 11 Mar 2016 10:00:00 GMT",
        "2016/03/11",
        date(2016, 3, 11),
    ],
)
def test_dates_in_common_forms(value: object) -> None:
    assert parse_date(value) == date(2016, 3, 11)


def test_sept_and_bad_dates() -> None:
    assert parse_date("Sept. 9, 2016") == date(2016, 9, 9)
    for bad in ("yesterday", "2016-13-45", "", None, 20160311, "March 40, 2016"):
        assert parse_date(bad) is None


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("breitbart_2015-11-11_the-ninth-circle-the-hellish-vie.txt", date(2015, 11, 11)),
        ("20160603-speech.md", date(2016, 6, 3)),
        ("nyt.2016_06_03.html", date(2016, 6, 3)),
        ("2016-13-45_then-2016-06-03.txt", date(2016, 6, 3)),  # the first real date
        ("000_07b1cfc2f07ecd18.txt", None),  # a hash's digits
        ("a20160603f.txt", None),
        ("report-201606.txt", None),
        ("1820160603.txt", None),
    ],
)
def test_dates_in_file_names(name: str, day: date | None) -> None:
    assert name_date(name) == day


def test_a_file_name_dates_an_article_its_text_does_not(tmp_path: Path) -> None:
    (tmp_path / "cnn_2016-06-03_curiel.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "wapo_2016-06-04_judge.md").write_text(
        "---\npublished: 2016-06-05\n---\n" + BODY, encoding="utf-8"
    )
    (tmp_path / "undated.txt").write_text(BODY + " More.", encoding="utf-8")
    read = [a for a in read_paths([str(tmp_path)]) if isinstance(a, Article)]
    got = {Path(a.path or "").name: a.published for a in read}
    assert got == {
        "cnn_2016-06-03_curiel.txt": date(2016, 6, 3),
        "wapo_2016-06-04_judge.md": date(2016, 6, 5),  # the front matter's date wins
        "undated.txt": None,
    }


def test_with_metadata_overrides_and_keeps_the_id() -> None:
    article = Article.from_text(BODY, title="Old", source="folder", path="a.txt")
    changed = with_metadata(article, source="Reuters", published="2024-10-09")
    assert changed.id == article.id
    assert (changed.title, changed.source, changed.published) == (
        "Old",
        "Reuters",
        date(2024, 10, 9),
    )
    assert with_metadata(article) is article
    assert with_metadata(article, published=date(2020, 1, 2)).published == date(2020, 1, 2)
    with pytest.raises(ValueError, match="not a date"):
        with_metadata(article, published="soon")


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.html"
    page = (
        '<html><head><meta charset="windows-1252"><title>Moscow</title></head><body><article>'
        "<p>“It is not true,” Peskov said about the calls Trump is said to have made, and he "
        "repeated it twice to reporters in Moscow on Wednesday.</p></article></body></html>"
    )
    path.write_bytes(page.encode("cp1252"))
    article = only(read(path))
    assert article.text.startswith("“It is not true,” Peskov said")


def test_markdown_front_matter_with_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: Calls\r\nsource: AP\r\n---\r\nPeskov said no.\r\n")
    article = only(read(path))
    assert (article.title, article.source, article.text) == ("Calls", "AP", "Peskov said no.\r\n")
