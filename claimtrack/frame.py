"""Claims as Arrow tables: one flat schema, and a batch of articles to a batch of claims.

The same function serves every engine: Dask's `map_partitions`, Spark's `mapInArrow`, a
plain loop over Parquet row groups. Nested objects are left out on purpose (Spark cannot
infer a type for a pydantic model, and spans as lists make Parquet awkward to query):
spans are pairs of integer columns, `span_start`/`span_end`.

An article whose row cannot be read or whose extraction fails never sinks its batch: it
becomes a row of the errors table (`ERROR_SCHEMA`), and the batch's other articles keep
their claims. Needs pyarrow: `pip install 'claimtrack[parquet]'`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from claimtrack.extract import extract
from claimtrack.models import Article, Claim
from claimtrack.read.base import ReadError
from claimtrack.read.parquet import ARTICLE_COLUMNS, rows_articles

Extractor = Callable[[Article], Sequence[Claim]]

# One row per claim: the claim's fields with spans flattened, then its article's metadata,
# so that a claims dataset answers "who said what, where, when" without a join.
CLAIM_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("article", pa.string(), nullable=False),
        pa.field("path", pa.string()),
        pa.field("speaker", pa.string()),
        pa.field("speaker_mention", pa.string()),
        pa.field("speaker_start", pa.int64()),
        pa.field("speaker_end", pa.int64()),
        pa.field("cue", pa.string()),
        pa.field("cue_start", pa.int64()),
        pa.field("cue_end", pa.int64()),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("stance", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("span_start", pa.int64(), nullable=False),
        pa.field("span_end", pa.int64(), nullable=False),
        pa.field("source", pa.string()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("published", pa.date32()),
    ]
)

# One row per article that gave no claims because it could not be read or extracted.
ERROR_SCHEMA = pa.schema(
    [
        pa.field("article", pa.string()),  # null when the row had no usable text
        pa.field("path", pa.string()),
        pa.field("row", pa.int64()),  # the row's index in its batch
        pa.field("error", pa.string(), nullable=False),
    ]
)

# One row per article read, with its text: what the store needs besides the claims.
ARTICLE_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("source", pa.string()),
        pa.field("url", pa.string()),
        pa.field("published", pa.date32()),
        pa.field("path", pa.string()),
        pa.field("extractor", pa.string()),
        pa.field("text", pa.string(), nullable=False),
    ]
)

# For engines that take one output schema (Spark's mapInArrow): the claim columns, all
# nullable, and `error`. A claim row has a null error; an error row has the article, path
# and error set and null claim fields. `split` turns such a table into claims and errors.
OUTPUT_SCHEMA = pa.schema(
    [f.with_nullable(True) for f in CLAIM_SCHEMA] + [pa.field("error", pa.string())]
)


@dataclass(frozen=True)
class Extracted:
    """What a batch of articles gave: its claims, and a row for each article that failed."""

    claims: pa.Table
    errors: pa.Table


def articles_of(batch: pa.Table | pa.RecordBatch) -> Iterator[tuple[int, Article | str]]:
    """Yield (row index, the article of that row or why it has none) for every row of a batch."""
    try:
        yield from rows_articles(batch)
    except ReadError as exc:  # no text column: a mistake in the call, not in one row
        raise ValueError(f"the articles have {exc}") from None


def extract_table(
    articles: pa.Table | pa.RecordBatch, *, extractor: Extractor = extract
) -> Extracted:
    """Return the claims of a batch of articles (CLAIM_SCHEMA) and a row for each that failed."""
    claims: list[tuple[Article, Claim]] = []
    errors: list[dict[str, Any]] = []
    paths = (
        articles.column("path").to_pylist()
        if "path" in articles.column_names
        else [None] * articles.num_rows
    )
    for i, item in articles_of(articles):
        if isinstance(item, str):
            errors.append(
                {
                    "article": None,
                    "path": None if paths[i] is None else str(paths[i]),
                    "row": i,
                    "error": item,
                }
            )
            continue
        try:
            found = extractor(item)
        except Exception as exc:  # one bad article must not sink its batch
            errors.append(
                {
                    "article": item.id,
                    "path": item.path,
                    "row": i,
                    "error": f"extraction failed: {type(exc).__name__}: {exc}",
                }
            )
            continue
        claims.extend((item, claim) for claim in found)
    return Extracted(claim_table(claims), pa.Table.from_pylist(errors, schema=ERROR_SCHEMA))


def claim_table(claims: Iterable[tuple[Article, Claim]]) -> pa.Table:
    """Return the claims, each with its article, as a table of CLAIM_SCHEMA."""
    rows = [claim_row(article, claim) for article, claim in claims]
    return pa.Table.from_pylist(rows, schema=CLAIM_SCHEMA)


def claim_row(article: Article, claim: Claim) -> dict[str, Any]:
    """Return one claim as a flat row of CLAIM_SCHEMA, its article's metadata included."""
    speaker = claim.speaker_span or (None, None)
    cue = claim.cue_span or (None, None)
    return {
        "id": claim.id,
        "article": claim.article,
        "path": claim.path,
        "speaker": claim.speaker,
        "speaker_mention": claim.speaker_mention,
        "speaker_start": speaker[0],
        "speaker_end": speaker[1],
        "cue": claim.cue,
        "cue_start": cue[0],
        "cue_end": cue[1],
        "kind": claim.kind.value,
        "stance": claim.stance.value,
        "text": claim.text,
        "span_start": claim.span[0],
        "span_end": claim.span[1],
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published,
    }


def claim_record(row: dict[str, Any]) -> dict[str, Any]:
    """Return a CLAIM_SCHEMA row as the JSON record `claimtrack extract` prints (claim, then article)."""
    return {
        "id": row["id"],
        "article": row["article"],
        "path": row["path"],
        "speaker": row["speaker"],
        "speaker_mention": row["speaker_mention"],
        "speaker_span": _pair(row["speaker_start"], row["speaker_end"]),
        "cue": row["cue"],
        "cue_span": _pair(row["cue_start"], row["cue_end"]),
        "kind": row["kind"],
        "stance": row["stance"],
        "text": row["text"],
        "span": [row["span_start"], row["span_end"]],
        "source": row["source"],
        "title": row["title"],
        "published": None if row["published"] is None else row["published"].isoformat(),
        "url": row["url"],
    }


def article_table(articles: pa.Table | pa.RecordBatch, *, extractor_version: str) -> pa.Table:
    """Return the readable articles of a batch with their ids and texts (ARTICLE_SCHEMA)."""
    rows = [
        {
            "id": a.id,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": a.published,
            "path": a.path,
            "extractor": extractor_version,
            "text": a.text,
        }
        for _, a in articles_of(articles)
        if not isinstance(a, str)
    ]
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def extract_batches(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Yield, for each batch of articles, its claims and errors as one batch of OUTPUT_SCHEMA.

    The function to give Spark's `mapInArrow(extract_batches, OUTPUT_SCHEMA)`.
    """
    for batch in batches:
        done = extract_table(batch)
        yield from combined(done).to_batches()


def article_batches(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Yield, for each batch of articles, its readable articles with ids (ARTICLE_SCHEMA).

    The function to give Spark's `mapInArrow(article_batches, ARTICLE_SCHEMA)`.
    """
    from claimtrack.ingest import extractor_version

    version = extractor_version()
    for batch in batches:
        yield from article_table(batch, extractor_version=version).to_batches()


def combined(done: Extracted) -> pa.Table:
    """Return claims and errors as one table of OUTPUT_SCHEMA (errors after the claims)."""
    claims = done.claims.append_column("error", pa.nulls(done.claims.num_rows, pa.string()))
    n = done.errors.num_rows
    errors = pa.table(
        {
            f.name: done.errors.column(f.name)
            if f.name in ("article", "path", "error")
            else pa.nulls(n, f.type)
            for f in OUTPUT_SCHEMA
        }
    )
    return pa.concat_tables([claims.cast(OUTPUT_SCHEMA), errors.cast(OUTPUT_SCHEMA)])


def split(table: pa.Table) -> Extracted:
    """Return a table of OUTPUT_SCHEMA as its claims (CLAIM_SCHEMA) and its errors."""
    import pyarrow.compute as pc

    failed = pc.is_valid(table.column("error"))
    claims = table.filter(pc.invert(failed)).drop_columns(["error"]).cast(CLAIM_SCHEMA)
    bad = table.filter(failed)
    errors = pa.table(
        {
            "article": bad.column("article"),
            "path": bad.column("path"),
            "row": pa.nulls(bad.num_rows, pa.int64()),
            "error": bad.column("error"),
        }
    ).cast(ERROR_SCHEMA)
    return Extracted(claims, errors)


def _pair(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None or end is None else [start, end]


__all__ = [
    "ARTICLE_COLUMNS",
    "ARTICLE_SCHEMA",
    "CLAIM_SCHEMA",
    "ERROR_SCHEMA",
    "OUTPUT_SCHEMA",
    "Extracted",
    "article_batches",
    "article_table",
    "articles_of",
    "claim_record",
    "claim_row",
    "claim_table",
    "combined",
    "extract_batches",
    "extract_table",
    "split",
]
