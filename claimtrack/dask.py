"""Extraction on Dask: a dataframe of articles to a dataframe of claims, and a dataset on disk.

The per-partition function is claimtrack.frame's, the one Spark's `mapInArrow` runs too,
so a cluster gives the claims one process gives. Needs `pip install 'claimtrack[dask]'`.

    import dask
import dask.dataframe as dd
    from claimtrack.dask import extract_dataframe, split_result
    claims, errors = split_result(extract_dataframe(dd.read_parquet("corpus/"), text="text"))
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from claimtrack import frame
from claimtrack.dataset import part_files, prepare
from claimtrack.ingest import extractor_version
from claimtrack.read import Skipped, read_paths
from claimtrack.read.parquet import ARTICLE_COLUMNS, is_claims

# Articles in one partition when the input is read here (not Parquet): enough to keep
# scheduling overhead small, few enough to spread over every worker.
ARTICLES_PER_PARTITION = 128


def _table(part: pd.DataFrame, text: str) -> pa.Table:
    """Return a partition as an Arrow table of articles, its text column named `text`."""
    table = pa.Table.from_pandas(part, preserve_index=False)
    if text != "text":
        if "text" in table.column_names:
            table = table.drop_columns(["text"])
        table = table.rename_columns(["text" if n == text else n for n in table.column_names])
    return table


def _pandas(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def extract_partition(part: pd.DataFrame, text: str = "text") -> pd.DataFrame:
    """Return the claims and error rows (frame.OUTPUT_SCHEMA) of one partition of articles."""
    return _pandas(frame.combined(frame.extract_table(_table(part, text))))


def articles_partition(part: pd.DataFrame, text: str, version: str) -> pd.DataFrame:
    """Return the readable articles of one partition with their ids (frame.ARTICLE_SCHEMA)."""
    return _pandas(frame.article_table(_table(part, text), extractor_version=version))


def extract_dataframe(ddf: dd.DataFrame, text: str = "text") -> dd.DataFrame:
    """Return the claims of a dataframe of articles: frame.OUTPUT_SCHEMA columns, one row a claim.

    An article that failed is a row whose `error` is set (claim columns null), after the
    claims of its partition; `split_result` separates the two.
    """
    if text not in ddf.columns:
        raise ValueError(f"no column {text!r} among {list(ddf.columns)}")
    meta = _pandas(frame.OUTPUT_SCHEMA.empty_table())
    return ddf.map_partitions(extract_partition, text, meta=meta)


def split_result(result: dd.DataFrame) -> tuple[dd.DataFrame, dd.DataFrame]:
    """Return (claims, errors) of an extract_dataframe result."""
    failed = ~result["error"].isna()
    claims = result[~failed].drop(columns=["error"])
    errors = result[failed][["article", "path", "error"]]
    return claims, errors


@dataclass(frozen=True)
class Written:
    """What a run wrote: the number of claims, articles and errors."""

    claims: int
    articles: int
    errors: int


def input_frame(paths: list[str], skipped: list[Skipped]) -> dd.DataFrame:
    """Return a dataframe of the articles below the paths.

    Parquet files and folders are read by the workers; anything else is read here and
    sent in partitions. Inputs that cannot be read are added to `skipped`.
    """
    files = [Path(p) for p in paths]
    if files and all(_is_parquet(p) for p in files):
        first = pq.read_schema(_first_parquet(files[0]))
        if is_claims(first.names):
            raise ValueError(f"{files[0]} holds claims, not articles")
        if "text" not in first.names:
            raise ValueError(f"{files[0]} has no `text` column")
        columns = [c for c in ("text", *ARTICLE_COLUMNS) if c in first.names]
        return dd.read_parquet([str(p) for p in files], columns=columns)
    chunks = list(_chunks(read_paths(paths), skipped))
    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in ("text", *ARTICLE_COLUMNS[1:])})
    if not chunks:
        return dd.from_pandas(meta, npartitions=1)
    return dd.from_map(pd.DataFrame, chunks, meta=meta)


def _is_parquet(path: Path) -> bool:
    if path.is_dir():
        return any(path.rglob("*.parquet"))
    return path.suffix.lower() == ".parquet"


def _first_parquet(path: Path) -> Path:
    return path if path.is_file() else sorted(path.rglob("*.parquet"))[0]


def _chunks(items: Iterable[Any], skipped: list[Skipped]) -> Iterator[list[dict[str, Any]]]:
    """Yield the articles read, as rows, in partitions of ARTICLES_PER_PARTITION."""
    chunk: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        chunk.append(
            {
                "text": item.text,
                "title": item.title,
                "source": item.source,
                "url": item.url,
                "published": item.published.isoformat() if item.published else None,
                "path": item.path,
            }
        )
        if len(chunk) >= ARTICLES_PER_PARTITION:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# A LocalCluster started here runs one extraction and stops. The bookkeeping meant for a
# long-lived cluster is slowed down: every server's event-loop tick (20 ms), the workers'
# statistical profiler (10 ms, which also takes the GIL from the extracting thread), the
# system monitor (500 ms) and the memory monitor (100 ms). With the defaults, two idle
# workers and their scheduler burnt about 0.13 CPU-seconds a second; with these, 0.02.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def _forked_workers() -> dict[str, Any]:
    """Return the setting that forks the workers from one process that imported the extractor.

    Each worker started by "spawn" imports pandas, Dask and the extractor again (about
    1.5 CPU-seconds each); a fork server imports them once. Where there is no fork server
    (Windows), or Dask's hook for it is gone, the workers are spawned as by default.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return {}
    try:
        from distributed.utils import get_mp_context
    except ImportError:
        return {}
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        # Dask sets the fork server's imports on the first call and never again; this adds
        # the extractor's (if the fork server already runs, it keeps what it has).
        get_mp_context().set_forkserver_preload(["distributed", __name__])
    return {"distributed.worker.multiprocessing-method": "forkserver"}


@contextlib.contextmanager
def client_for(address: str | None, workers: int | None = None) -> Iterator[Any]:
    """Yield a Dask client of the scheduler at `address`, or of a new LocalCluster.

    A LocalCluster has `workers` processes (default: one a core) of one thread each.
    """
    from distributed import Client, LocalCluster

    if address is None or address == "local":
        # Processes, one thread each: extraction is pure Python and holds the GIL. The
        # config is set while the workers start: their nannies hand it to them.
        with (
            dask.config.set(LOCAL_CLUSTER_CONFIG),
            dask.config.set(_forked_workers()),
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
    else:
        with Client(address) as client:
            yield client


def extract_to_dataset(
    paths: list[str], out: Path, address: str | None = None, *, progress: bool = False
) -> tuple[Written, list[Skipped]]:
    """Extract the articles below the paths on Dask into a claims dataset folder.

    Return what was written, and the inputs that could not be read.
    """
    prepare(out)
    skipped: list[Skipped] = []
    version = extractor_version()
    ddf = input_frame(paths, skipped)
    claims, errors = split_result(extract_dataframe(ddf))
    articles = ddf.map_partitions(
        articles_partition, "text", version, meta=_pandas(frame.ARTICLE_SCHEMA.empty_table())
    )
    writes = [
        claims.to_parquet(
            out / "claims", schema=frame.CLAIM_SCHEMA, write_index=False, compute=False
        ),
        articles.to_parquet(
            out / "articles", schema=frame.ARTICLE_SCHEMA, write_index=False, compute=False
        ),
        errors.assign(row=pd.NA)
        .astype({"row": pd.ArrowDtype(pa.int64())})[["article", "path", "row", "error"]]
        .to_parquet(out / "errors", schema=frame.ERROR_SCHEMA, write_index=False, compute=False),
    ]
    with client_for(address) as client:
        futures = client.compute(writes)
        if progress:
            from distributed import progress as progress_bar

            with contextlib.redirect_stdout(sys.stderr):  # stdout is for data only
                progress_bar(futures)
                sys.stderr.write("\n")
        client.gather(futures)
    if skipped:
        rows = [{"article": None, "path": s.path, "row": None, "error": s.reason} for s in skipped]
        pq.write_table(
            pa.Table.from_pylist(rows, schema=frame.ERROR_SCHEMA),
            out / "errors" / "read-errors.parquet",
        )
    return Written(
        claims=_rows(out / "claims"),
        articles=_rows(out / "articles"),
        errors=_rows(out / "errors"),
    ), skipped


def _rows(folder: Path) -> int:
    return sum(pq.ParquetFile(f).metadata.num_rows for f in part_files(folder))


__all__ = [
    "Written",
    "articles_partition",
    "client_for",
    "extract_dataframe",
    "extract_partition",
    "extract_to_dataset",
    "input_frame",
    "split_result",
]
