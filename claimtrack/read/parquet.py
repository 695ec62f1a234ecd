"""Parquet articles: a `.parquet` file, or a folder of them, with a `text` column.

Each row is an article, read as a JSON-lines record is (`text`, and optional `title`,
`source`, `url`, `published`, `path`; other columns are ignored). A row without a path
gets `FILE:ROW` (from 1), as a line of a .jsonl file gets `FILE:LINE`. Files are read one
row group at a time, so a large file is never held whole. Needs pyarrow
(`pip install 'claimtrack[parquet]'`); without it the file is skipped with that message.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.read.base import ReadError, Skipped
from claimtrack.read.records import article_from_record

if TYPE_CHECKING:
    import pyarrow as pa

    from claimtrack.models import Article

# The article columns a table may have besides `text`; any other column is ignored.
ARTICLE_COLUMNS = ("id", "title", "source", "url", "published", "path")
# The columns that mark a table of claims (claimtrack.frame.CLAIM_SCHEMA), not of articles.
CLAIM_MARKERS = frozenset({"article", "span_start", "span_end"})
NEEDS_PYARROW = "reading Parquet needs pyarrow: pip install 'claimtrack[parquet]'"
ROWS_PER_BATCH = 1024


def rows_articles(
    batch: pa.Table | pa.RecordBatch,
    *,
    shown: str | None = None,
    first: int = 0,
    source: str | None = None,
) -> Iterator[tuple[int, Article | str]]:
    """Yield (row index, the article of that row or why it has none) for every row of a batch.

    A row's path is its `path` value, else `SHOWN:N` (N counted from `first` + 1) when
    `shown` is given; `source` is used for a row that names none. A given `id` is not used:
    an article's id is the hash of its text.
    """
    names = [n for n in ("text", *ARTICLE_COLUMNS) if n in batch.column_names]
    if "text" not in names:
        raise ReadError(f"no `text` column (columns: {', '.join(batch.column_names)})")
    columns = [batch.column(n).to_pylist() for n in names]
    for i, values in enumerate(zip(*columns, strict=True)):
        record: dict[str, Any] = dict(zip(names, values, strict=True))
        path = _string(record.get("path"))
        if path is None and shown is not None:
            path = f"{shown}:{first + i + 1}"
        try:
            yield i, article_from_record(record, path, source)
        except ReadError as exc:
            yield i, str(exc)
        except Exception as exc:  # a row the models refuse is one error, not a lost batch
            yield i, f"bad article row: {type(exc).__name__}: {exc}"


def is_dataset(path: Path) -> bool:
    """Return True when a folder is a claims dataset (claimtrack.dataset): claims/ and articles/."""
    return path.is_dir() and (path / "claims").is_dir() and (path / "articles").is_dir()


def is_claims(names: list[str]) -> bool:
    """Return True when a table with these columns holds claims, not articles."""
    return CLAIM_MARKERS <= set(names)


def read_parquet(path: Path, shown: str, source: str | None = None) -> Iterator[Article | Skipped]:
    """Yield the article of every row of a Parquet file, or why that row (or file) was skipped."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield Skipped(shown, NEEDS_PYARROW)
        return
    try:
        file = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several kinds for a file that is not Parquet
        yield Skipped(shown, f"not a readable Parquet file ({type(exc).__name__}: {exc})")
        return
    names = file.schema_arrow.names
    if is_claims(names):
        yield Skipped(shown, "it holds claims, not articles: `claimtrack ingest` loads it as is")
        return
    if "text" not in names:
        yield Skipped(shown, f"no `text` column (columns: {', '.join(names)})")
        return
    columns = [n for n in ("text", *ARTICLE_COLUMNS) if n in names]
    first = 0
    try:
        for batch in file.iter_batches(batch_size=ROWS_PER_BATCH, columns=columns):
            for i, item in rows_articles(batch, shown=shown, first=first, source=source):
                yield (
                    item if not isinstance(item, str) else Skipped(f"{shown}:{first + i + 1}", item)
                )
            first += batch.num_rows
    except OSError as exc:
        yield Skipped(f"{shown}:{first + 1}", f"unreadable from this row on ({exc})")


def _string(value: object) -> str | None:
    """Return a path value as a string, or None when absent or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


__all__ = [
    "ARTICLE_COLUMNS",
    "NEEDS_PYARROW",
    "is_claims",
    "is_dataset",
    "read_parquet",
    "rows_articles",
]
