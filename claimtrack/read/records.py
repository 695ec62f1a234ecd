"""JSON articles: one object in a .json file, or one object a line in a .jsonl file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from claimtrack.models import Article
from claimtrack.read.base import ReadError, Skipped
from claimtrack.read.dates import parse_date
from claimtrack.read.jsontext import BadJSON, loads

# The metadata a record may carry besides its text; "date" is read as "published".
_FIELDS = ("title", "source", "url")


def article_from_record(record: Any, path: str | None, source: str | None = None) -> Article:
    """Return the article in a decoded JSON object; `source` is used when it names none."""
    if not isinstance(record, dict):
        raise ReadError(f"not a JSON object but a JSON {_kind(record)}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ReadError('no "text" field holding a string')
    if not text.strip():
        raise ReadError('the "text" field is empty')
    meta = {key: _string(record.get(key)) for key in _FIELDS}
    published = record.get("published", record.get("date"))
    # A given "id" is not used: the id is always the hash of the text, so that the same
    # article read from any file gets the same id.
    return Article.from_text(
        text,
        title=meta["title"],
        source=meta["source"] or source,
        url=meta["url"],
        published=parse_date(published),
        path=path,
    )


def read_json(data: str, path: str | None, source: str | None = None) -> Article:
    """Return the one article object in the text of a .json file."""
    try:
        record = loads(data)
    except BadJSON as exc:
        raise ReadError(f"not valid JSON ({exc})") from None
    if isinstance(record, list):
        raise ReadError(
            "a .json file holds one article object; put many in a .jsonl file, one a line"
        )
    return article_from_record(record, path, source)


def read_json_lines(
    lines: Iterable[bytes], shown: str, path: str | None, source: str | None = None
) -> Iterator[Article | Skipped]:
    """Yield the article on each line of JSON lines, or why that line was skipped.

    `shown` names the input in messages ("feed.jsonl", "<stdin>"); each article's path is
    `PATH:LINE`, or None when `path` is None.
    """
    any_line = False
    for number, raw in enumerate(lines, 1):
        where = f"{shown}:{number}"
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        any_line = True
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Skipped(where, f"not valid UTF-8 (byte {raw[exc.start]:#04x})")
            continue
        try:
            record = loads(line)
        except BadJSON as exc:
            yield Skipped(where, f"malformed JSON ({exc})")
            continue
        try:
            yield article_from_record(record, f"{path}:{number}" if path else None, source)
        except ReadError as exc:
            yield Skipped(where, str(exc))
    if not any_line:
        yield Skipped(shown, "empty file: no JSON lines")


def _string(value: Any) -> str | None:
    """Return a metadata value as a non-empty string, or None."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), "number"
    )


__all__ = ["article_from_record", "read_json", "read_json_lines"]
