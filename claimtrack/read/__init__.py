"""Turn files, folders and standard input into articles.

Formats, by file suffix (a folder is read recursively for all of them):

- `.txt` (and any file given by name with another suffix): the whole file is the text.
- `.md`, `.markdown`: optional front matter, a `---` block of `key: value` lines (title,
  source, url, published or date); the text is what follows it. Without a title there,
  the first `# heading` is the title.
- `.html`, `.htm`: the main content, title, site name (or host name) as source, url and
  date, extracted offline by trafilatura from the file itself; offsets refer to the
  extracted plain text.
- `.json`: one article object, `{"text": ..., "title", "source", "url", "published", "id"}`.
  A given `id` is not used: an article's id is always the hash of its text.
- `.jsonl`: one such object a line, read one line at a time; a bad line is skipped
  with the path `FILE:LINE`, and each article's path is `FILE:LINE`.
- `.parquet`: one article a row, with a `text` column and the same optional columns as
  JSON (claimtrack.read.parquet; needs the `parquet` extra); a row's path is `FILE:ROW`,
  its source only its own `source` value.
- `-`: standard input, JSON lines when it starts with `{`, Markdown when it starts with a
  `---` front matter line, HTML when with `<!doctype html` or `<html`, otherwise one
  plain-text article. `InputFormat` (`--input-format`) says the format of standard input
  and of files whose names do not.

Text is decoded as UTF-8 with a leading byte-order mark dropped and newlines untouched,
so that offsets are Python string indices into exactly what was read. A published date
that cannot be parsed is dropped, the article kept. When a file gives no date, a date in
its name ("nyt_2016-06-03_curiel.txt", "20160603-speech.md") is its date. When a file
names no source, the name of the folder holding it is the source.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from claimtrack.enums import InputFormat
from claimtrack.models import Article
from claimtrack.read.base import SNIFF, ReadError, Skipped, check_binary, decode, shown_name
from claimtrack.read.dates import name_date, parse_date
from claimtrack.read.markdown import first_heading, split_front_matter
from claimtrack.read.records import read_json, read_json_lines

TEXT_SUFFIXES = frozenset({".txt"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = frozenset(
    TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl", ".parquet"}
)
STDIN = "-"
STDIN_NAME = "<stdin>"


def read_file(
    path: Path, shown: str, *, source: str | None = None, fmt: InputFormat | None = None
) -> Article:
    """Return the one article in a file; `shown` is its path as the user gave it.

    `source` is used when the file names none; `fmt` overrides the file's suffix. A
    .jsonl file holds many articles and is read by `read_paths`, not here.
    """
    suffix = fmt.suffix if fmt is not None else path.suffix.lower()
    if suffix in (".jsonl", ".parquet"):
        raise ReadError(f"a {suffix} file holds many articles: read it with read_paths")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    return read_bytes(data, suffix, shown, source)


def read_bytes(data: bytes, suffix: str, shown: str | None, source: str | None) -> Article:
    """Return the one article in these bytes, read as a file with this suffix would be."""
    if suffix in HTML_SUFFIXES:
        from claimtrack.read.html import read_html

        check_binary(data)
        if not data.strip():
            raise ReadError("empty file")
        return read_html(data, shown, source)
    text = decode(data)
    if suffix == ".json":
        return read_json(text, shown, source)
    if suffix in MARKDOWN_SUFFIXES:
        return _markdown(text, shown, source)
    return Article.from_text(text, path=shown, source=source)


def _markdown(text: str, shown: str | None, source: str | None) -> Article:
    """Return the article in Markdown text, with its front matter as metadata."""
    fields, body = split_front_matter(text)
    if not body.strip():
        raise ReadError("no article text after the front matter")
    return Article.from_text(
        body,
        title=fields.get("title") or first_heading(body),
        source=fields.get("source") or source,
        url=fields.get("url") or None,
        published=parse_date(fields.get("published") or fields.get("date")),
        path=shown,
    )


def sniff(first_line: bytes) -> InputFormat:
    """Return the format standard input is in, from its first non-blank line."""
    line = first_line.lstrip().lower()
    if line.startswith(b"{"):
        return InputFormat.JSONL
    if line.rstrip() == b"---":
        return InputFormat.MD  # front matter
    if line.startswith((b"<!doctype html", b"<html")):
        return InputFormat.HTML
    return InputFormat.TXT


def read_stdin(
    stream: BinaryIO | None = None, fmt: InputFormat | None = None
) -> Iterator[Article | Skipped]:
    """Yield the articles on standard input, in `fmt` or in the format its start shows.

    Without `fmt`: JSON lines when it starts with `{`, Markdown when with a `---` front
    matter line, HTML when with `<!doctype html` or `<html`, else one plain text.
    """
    stream = stream if stream is not None else sys.stdin.buffer
    head: list[bytes] = []
    for raw in stream:
        head.append(raw.removeprefix(b"\xef\xbb\xbf") if not head else raw)
        if head[-1].strip():
            break
    fmt = fmt if fmt is not None else sniff(head[-1] if head else b"")
    if fmt is InputFormat.JSONL:
        yield from read_json_lines(itertools.chain(head, stream), STDIN_NAME, None)
        return
    try:
        yield read_bytes(b"".join(head) + stream.read(), fmt.suffix, None, None)
    except ReadError as exc:
        yield Skipped(STDIN_NAME, str(exc))


def _walk(folder: Path) -> Iterator[Path]:
    """Yield the article files below a folder, in a stable order, hidden ones left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(root) / name


def folder_name(path: Path) -> str | None:
    """Return the name of the folder holding a file, the fallback source of its articles."""
    return Path(os.path.abspath(path)).parent.name or None


def count_inputs(paths: Iterable[str]) -> int | None:
    """Return how many inputs read_paths will yield (a .jsonl file's lines counted), None for stdin.

    Cheap next to reading: folders are walked and .jsonl files scanned for line breaks.
    """
    total = 0
    for given in paths:
        if given == STDIN:
            return None
        path = Path(given)
        files = list(_walk(path)) if path.is_dir() else [path]
        for file in files:
            total += _count_lines(file) if file.suffix.lower() == ".jsonl" else 1
        if path.is_dir() and not files:
            total += 1  # the folder itself, skipped
    return total


def _count_lines(path: Path) -> int:
    """Return the number of non-empty lines of a file (1 when it cannot be read: one skip)."""
    try:
        n = 0
        with path.open("rb") as f:
            for line in f:
                n += bool(line.strip())
        return max(n, 1)
    except OSError:
        return 1


def read_paths(paths: Iterable[str], fmt: InputFormat | None = None) -> Iterator[Article | Skipped]:
    """Yield an article, or the reason it was skipped, for every input below the paths.

    Articles are read one at a time, so a large folder or .jsonl file is never held whole.
    `fmt` is the format of standard input and of the files named (not of folders' files,
    which go by their suffixes).
    """
    for given in paths:
        if given == STDIN:
            yield from read_stdin(fmt=fmt)
            continue
        path = Path(given)
        shown = shown_name(given)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from _read_one(file, shown_name(str(file)))
            if not found:
                kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
                yield Skipped(shown, f"no articles in this folder (looked for {kinds})")
        elif path.exists():
            yield from _read_one(path, normalise_path(shown), fmt)
        else:
            yield Skipped(shown, "no such file or folder")


def _read_one(
    path: Path, shown: str, fmt: InputFormat | None = None
) -> Iterator[Article | Skipped]:
    """Yield the article(s) in a file, or why it was skipped."""
    source = folder_name(path)
    if (fmt.suffix if fmt is not None else path.suffix.lower()) == ".jsonl":
        yield from _read_jsonl(path, shown, source)
        return
    if path.suffix.lower() == ".parquet":
        from claimtrack.read.parquet import read_parquet

        # No folder-name fallback for the source: the folder of a Parquet dataset (or a
        # partition of one) names no outlet, and Dask reads the rows without it.
        yield from read_parquet(path, shown)
        return
    try:
        article = read_file(path, shown, source=source, fmt=fmt)
    except ReadError as exc:
        yield Skipped(shown, str(exc))
        return
    if article.published is None and (day := name_date(path.name)) is not None:
        # archives name their files by date ("nyt_2016-06-03_curiel.txt") where the
        # text gives none: the order of publication that tracking reads
        article = article.model_copy(update={"published": day})
    yield article


def _read_jsonl(path: Path, shown: str, source: str | None) -> Iterator[Article | Skipped]:
    """Yield the articles of a .jsonl file, one line at a time."""
    try:
        with path.open("rb") as lines:
            try:
                check_binary(lines.read(SNIFF))
            except ReadError as exc:
                yield Skipped(shown, str(exc))
                return
            lines.seek(0)
            yield from read_json_lines(lines, shown, shown, source)
    except OSError as exc:
        yield Skipped(shown, exc.strerror or str(exc))


def file_of(path: str) -> str:
    """Return the file part of an article's path: "feed.jsonl:12" -> "feed.jsonl"."""
    head, sep, line = path.rpartition(":")
    return head if sep and line.isdigit() and head else path


def guessed_source(article: Article) -> bool:
    """Return whether an article's source is only the name of its file's folder (no source given)."""
    if article.source is None or article.path is None:
        return False
    return article.source == folder_name(Path(file_of(article.path)))


def normalise_path(given: str) -> str:
    """Return an input path as stored: "./x.txt" and "x.txt" are one ("a/../x.txt" too)."""
    return os.path.normpath(given)


def with_metadata(
    article: Article,
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: date | str | None = None,
) -> Article:
    """Return the article with the metadata given here (not None) put in place.

    A `published` string must be a date `parse_date` understands, else ValueError.
    The id hashes the text only, so it stays valid.
    """
    changes: dict[str, object] = {
        key: value
        for key, value in (("title", title), ("source", source), ("url", url))
        if value is not None
    }
    if published is not None:
        day = parse_date(published)
        if day is None:
            raise ValueError(f"not a date: {published!r}")
        changes["published"] = day
    return article.model_copy(update=changes) if changes else article


__all__ = [
    "ARTICLE_SUFFIXES",
    "STDIN",
    "InputFormat",
    "ReadError",
    "Skipped",
    "count_inputs",
    "decode",
    "file_of",
    "folder_name",
    "guessed_source",
    "normalise_path",
    "parse_date",
    "read_bytes",
    "read_file",
    "read_paths",
    "read_stdin",
    "with_metadata",
]
