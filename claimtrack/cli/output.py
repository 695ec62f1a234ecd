"""Write records to stdout as a table, JSON, JSON lines or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

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
) -> int:
    """Write the records to stdout in the format; return how many were written."""
    if fmt is Format.JSONL:
        return _write_jsonl(records)
    if fmt is Format.JSON:
        return _write_json(records)
    if fmt is Format.CSV:
        return _write_csv(records)
    return _write_table(records, columns, title)


def dumps(record: Record) -> str:
    """Return one record as compact JSON, non-ASCII kept as is."""
    return json.dumps(record, ensure_ascii=False, default=str)


def _write_jsonl(records: Iterable[Record]) -> int:
    n = 0
    for record in records:
        sys.stdout.write(dumps(record) + "\n")
        n += 1
    sys.stdout.flush()
    return n


def _write_json(records: Iterable[Record]) -> int:
    # Streamed, so that a large listing never sits whole in memory; still one valid document.
    n = 0
    sys.stdout.write("[")
    for record in records:
        sys.stdout.write(("\n  " if n == 0 else ",\n  ") + dumps(record))
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


def _write_csv(records: Iterable[Record]) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for record in records:
        if writer is None:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow({key: _cell(value) for key, value in record.items()})
        n += 1
    sys.stdout.flush()
    return n


def _write_table(records: Iterable[Record], columns: Sequence[Column], title: str | None) -> int:
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
