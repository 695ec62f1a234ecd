"""A claims dataset on disk: Parquet folders of claims, articles and errors.

    DIR/claims/*.parquet     one row per claim (claimtrack.frame.CLAIM_SCHEMA)
    DIR/articles/*.parquet   one row per article read, with its text (ARTICLE_SCHEMA)
    DIR/errors/*.parquet     one row per article that failed (ERROR_SCHEMA)

`claimtrack extract --format parquet --out DIR` writes it in one process, `--dask` on a
cluster (one part file per partition). `claimtrack ingest DIR` loads it into the store
without extracting again: the claims of each article must come in the order of the
articles (as both writers leave them), part files being read in the order of the numbers
in their names. Needs pyarrow (`pip install 'claimtrack[parquet]'`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimtrack.frame import ARTICLE_SCHEMA, CLAIM_SCHEMA, ERROR_SCHEMA, claim_row
from claimtrack.ingest import Event, IngestReport, Outcome
from claimtrack.models import Article, Claim
from claimtrack.read.dates import parse_date
from claimtrack.read.parquet import is_dataset
from claimtrack.store import Store, Written

PARTS = ("claims", "articles", "errors")
# Rows buffered before a row group is written.
ROWS_PER_GROUP = 20_000


class DatasetError(Exception):
    """A folder that is not a claims dataset, or one that cannot be written; one line for people."""


def part_files(folder: Path) -> list[Path]:
    """Return the Parquet files of a folder in the order of the numbers in their names."""

    def key(p: Path) -> list[Any]:
        return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.name)]

    return sorted((p for p in folder.glob("*.parquet") if p.is_file()), key=key)


def prepare(out: Path) -> None:
    """Create the dataset folder; refuse one that already holds a dataset."""
    if out.exists() and not out.is_dir():
        raise DatasetError(f"{out} is a file; --out takes a folder")
    for part in PARTS:
        if (out / part).is_dir() and part_files(out / part):
            raise DatasetError(f"{out} already holds a claims dataset; give another --out")
    try:
        for part in PARTS:
            (out / part).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatasetError(f"cannot create {out}: {exc.strerror or exc}") from None


class DatasetWriter:
    """Writes articles, their claims and the failures to a dataset folder, one part file each."""

    def __init__(self, out: Path, *, extractor_version: str, name: str = "part-00000") -> None:
        prepare(out)
        self.version = extractor_version
        schemas = {"claims": CLAIM_SCHEMA, "articles": ARTICLE_SCHEMA, "errors": ERROR_SCHEMA}
        self._writers = {
            part: pq.ParquetWriter(out / part / f"{name}.parquet", schemas[part]) for part in PARTS
        }
        self._rows: dict[str, list[dict[str, Any]]] = {part: [] for part in PARTS}
        self.claims = self.articles = self.errors = 0

    def add(self, article: Article, claims: list[Claim]) -> None:
        """Record one article and its claims."""
        self._rows["articles"].append(
            {
                "id": article.id,
                "title": article.title,
                "source": article.source,
                "url": article.url,
                "published": article.published,
                "path": article.path,
                "extractor": self.version,
                "text": article.text,
            }
        )
        self._rows["claims"].extend(claim_row(article, c) for c in claims)
        self.articles += 1
        self.claims += len(claims)
        self._flush(ROWS_PER_GROUP)

    def fail(self, path: str | None, error: str, article: str | None = None) -> None:
        """Record an input that gave no article or no claims."""
        self._rows["errors"].append({"article": article, "path": path, "row": None, "error": error})
        self.errors += 1

    def _flush(self, at_least: int) -> None:
        for part in PARTS:
            rows = self._rows[part]
            if rows and len(rows) >= at_least:
                writer = self._writers[part]
                writer.write_table(pa.Table.from_pylist(rows, schema=writer.schema))
                rows.clear()

    def close(self) -> None:
        """Write what is buffered and close the files."""
        self._flush(1)
        for writer in self._writers.values():
            writer.close()


@dataclass
class Loaded:
    """One article of a dataset, with its claims, ready for the store."""

    article: Article
    claims: list[Claim]
    extractor: str | None


@dataclass
class Orphans:
    """Claims whose article came earlier or never: they were not stored."""

    claims: int = 0
    articles: set[str] = field(default_factory=set)


def read_dataset(folder: Path, orphans: Orphans | None = None) -> Iterator[Loaded]:
    """Yield every article of a dataset with its claims, streaming both in step."""
    orphans = orphans if orphans is not None else Orphans()
    claims = _rows(part_files(folder / "claims"))
    pending: dict[str, Any] | None = next(claims, None)
    seen: set[str] = set()
    for row in _rows(part_files(folder / "articles")):
        article = Article(
            id=row["id"],
            text=row["text"],
            title=row["title"],
            source=row["source"],
            url=row["url"],
            published=parse_date(row["published"]),
            path=row["path"],
        )
        # A claim of an article already passed came out of order: it is an orphan. A
        # claim of a later article waits (this article may have none).
        while pending is not None and pending["article"] in seen:
            orphans.claims += 1
            orphans.articles.add(str(pending["article"]))
            pending = next(claims, None)
        seen.add(article.id)
        found: list[Claim] = []
        while pending is not None and pending["article"] == article.id:
            found.append(_claim(pending))
            pending = next(claims, None)
        yield Loaded(article, found, row.get("extractor"))
    while pending is not None:
        orphans.claims += 1
        orphans.articles.add(str(pending["article"]))
        pending = next(claims, None)


def load_dataset(
    folder: Path,
    store: Store,
    *,
    on_event: Callable[[Event], None] | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Return the report of storing a dataset's articles and claims, without extracting.

    An article stored before is left as it is when the same extractor version made its
    claims, and has them replaced when another version did, as `ingest` does. Claims that
    come after their article (out of order) or name no article of the dataset are reported
    as one failure each article, not stored. Events are counted into `report` when given.
    """
    if not is_dataset(folder):
        raise DatasetError(f"{folder} is not a claims dataset (no claims/ and articles/ folders)")
    counted = report if report is not None else IngestReport()

    def emit(event: Event, article_id: str | None = None) -> None:
        counted.add(event, article_id)
        if on_event is not None:
            on_event(event)

    orphans = Orphans()
    try:
        with store.bulk():  # a commit per few hundred articles, not per article
            for item in read_dataset(folder, orphans):
                _store(store, item, emit)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise DatasetError(f"cannot read the dataset {folder}: {exc}") from None
    for row in errors_of(folder):
        emit(Event(row["path"], Outcome.FAILED, reason=row["error"]))
    for article in sorted(orphans.articles):
        emit(
            Event(
                f"{folder}/claims",
                Outcome.FAILED,
                reason=f"claims of article {article} not stored: they come after it,"
                " or it is not among the dataset's articles",
            )
        )
    return counted


def _store(store: Store, item: Loaded, emit: Callable[[Event, str | None], None]) -> None:
    """Store one article of a dataset with its claims, unless this extractor stored it."""
    stored = store.lookup(item.article.id)
    if stored is not None and stored.extractor == item.extractor:
        emit(Event(item.article.path, Outcome.UNCHANGED), None)
        return
    written = store.store_article(
        item.article, item.claims, extractor=item.extractor, replace=stored is not None
    )
    if written is Written.UNCHANGED:
        emit(Event(item.article.path, Outcome.UNCHANGED), None)
        return
    outcome = Outcome.NEW if written is Written.NEW else Outcome.UPDATED
    emit(Event(item.article.path, outcome, len(item.claims)), item.article.id)


def _claim(row: dict[str, Any]) -> Claim:
    """Return the Claim of a CLAIM_SCHEMA row (validated: the dataset came from elsewhere)."""
    return Claim(
        id=row["id"],
        article=row["article"],
        path=row["path"],
        speaker=row["speaker"],
        speaker_mention=row["speaker_mention"],
        speaker_span=_pair(row["speaker_start"], row["speaker_end"]),
        cue=row["cue"],
        cue_span=_pair(row["cue_start"], row["cue_end"]),
        kind=row["kind"],
        stance=row["stance"],
        text=row["text"],
        span=(row["span_start"], row["span_end"]),
    )


def _pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def _rows(files: list[Path]) -> Iterator[dict[str, Any]]:
    """Yield the rows of the Parquet files, one row group at a time."""
    for file in files:
        for batch in pq.ParquetFile(file).iter_batches(batch_size=4096):
            yield from batch.to_pylist()


def errors_of(folder: Path) -> Iterator[dict[str, Any]]:
    """Yield the error rows of a dataset (the articles that gave no claims and why)."""
    if (folder / "errors").is_dir():
        yield from _rows(part_files(folder / "errors"))


__all__ = [
    "PARTS",
    "DatasetError",
    "DatasetWriter",
    "Loaded",
    "Orphans",
    "errors_of",
    "load_dataset",
    "part_files",
    "prepare",
    "read_dataset",
]
