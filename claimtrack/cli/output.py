"""Write records to stdout as a table, JSON, JSON lines or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimtrack.cli.common import Format
from claimtrack.cli.terminal import printable

Record = Mapping[str, Any]


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, the record key it shows, and how it wraps."""

    header: str
    key: str
    ratio: int | None = None
    no_wrap: bool = False


def write_records(
    records: Iterable[Record],
    fmt: Format,
    columns: Sequence[Column],
    *,
    title: str | None = None,
    fields: Sequence[str] = (),
    empty: str | None = None,
) -> int:
    """Write the records to stdout in the format; return how many were written.

    `fields` are the CSV header when there is no record (an empty CSV still has its
    header); `empty` is said on a terminal table when there is none.
    """
    if fmt is Format.JSONL:
        return _write_jsonl(records)
    if fmt is Format.JSON:
        return _write_json(records)
    if fmt is Format.CSV:
        return _write_csv(records, fields)
    n = _write_table(records, columns, title)
    if not n and empty and sys.stdout.isatty():
        from rich.console import Console

        Console(highlight=False).print(f"[dim]{empty}[/]")
    return n


# One JSON style everywhere: compact, as SQLite's json_object() writes it, non-ASCII kept.
SEPARATORS = (",", ":")


def dumps(record: Any) -> str:
    """Return one record as compact JSON, non-ASCII kept as is."""
    return json.dumps(record, ensure_ascii=False, default=str, separators=SEPARATORS)


def write_document(document: Any, fmt: Format = Format.JSON) -> None:
    """Write one JSON document: indented for json, on one line for jsonl."""
    if fmt is Format.JSONL:
        sys.stdout.write(dumps(document) + "\n")
    else:
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def write_json_texts(texts: Iterable[str], fmt: Format) -> int:
    """Write JSON objects already encoded (by SQLite, compact) as a document or as lines; return how many."""
    if fmt is Format.JSONL:
        return _write_jsonl(texts, encoded=True)
    return _write_json(texts, encoded=True)


def _write_jsonl(records: Iterable[Any], *, encoded: bool = False) -> int:
    n = 0
    for record in records:
        sys.stdout.write((record if encoded else dumps(record)) + "\n")
        n += 1
    sys.stdout.flush()
    return n


def _write_json(records: Iterable[Any], *, encoded: bool = False) -> int:
    # Streamed, so that a large listing never sits whole in memory; still one valid document.
    n = 0
    sys.stdout.write("[")
    for record in records:
        sys.stdout.write(("\n  " if n == 0 else ",\n  ") + (record if encoded else dumps(record)))
        n += 1
    sys.stdout.write("\n]\n" if n else "]\n")
    sys.stdout.flush()
    return n


def _cell(value: Any) -> str:
    """Return a value as one CSV or table cell: lists and objects as JSON, null as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def is_span(key: str, value: Any) -> bool:
    """Return whether a field is a span: `span` or `*_span`, a pair of offsets or null."""
    return (key == "span" or key.endswith("_span")) and (
        value is None or (isinstance(value, list | tuple) and len(value) == 2)
    )


def csv_row(record: Record) -> dict[str, Any]:
    """Return a record as a CSV row: each span as two columns, KEY_start and KEY_end."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if is_span(key, value):
            row[f"{key}_start"], row[f"{key}_end"] = value if value is not None else ("", "")
        else:
            row[key] = _cell(value)
    return row


def csv_fields(fields: Sequence[str]) -> list[str]:
    """Return the CSV header of records with these fields (spans as two columns)."""
    out: list[str] = []
    for key in fields:
        out += [f"{key}_start", f"{key}_end"] if key == "span" or key.endswith("_span") else [key]
    return out


def _write_csv(records: Iterable[Record], fields: Sequence[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for record in records:
        row = csv_row(record)
        if writer is None:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
        n += 1
    if writer is None and fields:
        csv.writer(sys.stdout, lineterminator="\n").writerow(csv_fields(fields))
    sys.stdout.flush()
    return n


def _write_table(records: Iterable[Record], columns: Sequence[Column], title: str | None) -> int:
    # rich is imported for tables only: JSON, JSON lines and CSV never need it.
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, expand=True)
    for column in columns:
        table.add_column(column.header, ratio=column.ratio, no_wrap=column.no_wrap, overflow="fold")
    n = 0
    for record in records:
        table.add_row(*(Text(printable(_cell(record.get(column.key)))) for column in columns))
        n += 1
    if n:
        Console(highlight=False).print(table)
    return n
