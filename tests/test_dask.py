"""claimtrack.dask on a LocalCluster of one worker: the claims of one process, errors as rows,
and the CLI path `extract --format parquet --out DIR --dask ADDRESS`."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

pa = pytest.importorskip("pyarrow", reason="pyarrow is absent: pip install 'claimtrack[dask]'")
pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is absent")
dd = pytest.importorskip("dask.dataframe", reason="dask is absent: pip install 'claimtrack[dask]'")
distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is absent: pip install 'claimtrack[dask]'"
)

from claimtrack import frame  # noqa: E402
from claimtrack.cli import app  # noqa: E402
from claimtrack.dask import (  # noqa: E402
    LOCAL_CLUSTER_CONFIG,
    client_for,
    extract_dataframe,
    split_result,
)

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Return the LocalCluster the CLI starts, of one worker process with one thread, and its client."""
    with client_for(None, workers=1) as client:
        yield client.cluster, client


def test_the_local_cluster_runs_without_the_bookkeeping_of_a_long_lived_one(cluster: Any) -> None:
    # The workers' profiler and monitors cost CPU while a short job runs: they are slowed
    # down in the worker processes themselves (the config travels through the nanny).
    import dask

    def settings() -> list[Any]:
        return [dask.config.get(key) for key in LOCAL_CLUSTER_CONFIG]

    (seen,) = cluster[1].run(settings).values()
    assert seen == list(LOCAL_CLUSTER_CONFIG.values())


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here"
)
def test_the_local_workers_are_forked_from_a_process_that_imported_the_extractor(
    cluster: Any,
) -> None:
    def parent() -> str:
        import psutil

        return " ".join(psutil.Process().parent().cmdline())

    (command,) = cluster[1].run(parent).values()
    assert "multiprocessing.forkserver" in command


def records() -> list[dict[str, Any]]:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    if TRAIN.is_dir():
        files += sorted(TRAIN.glob("*.txt"))[:10]
    return [{"text": f.read_text(encoding="utf-8"), "path": f.name} for f in files]


def test_extract_dataframe_gives_the_claims_of_one_process(cluster: Any) -> None:
    import pandas as pd

    rows = [*records(), {"text": None, "path": "empty"}]
    ddf = dd.from_pandas(pd.DataFrame(rows).rename(columns={"text": "body"}), npartitions=3)
    claims, errors = split_result(extract_dataframe(ddf, text="body"))
    got_claims, got_errors = cluster[1].compute([claims, errors], sync=True)
    expected = frame.extract_table(pa.Table.from_pylist(rows))
    got = pa.Table.from_pandas(got_claims, preserve_index=False).cast(frame.CLAIM_SCHEMA)
    assert got.to_pylist() == expected.claims.to_pylist()
    assert list(got_errors["path"]) == ["empty"]
    assert list(got_errors["error"]) == ['no "text" field holding a string']


def test_the_cli_writes_the_dataset_one_process_writes(cluster: Any, tmp_path: Path) -> None:
    feed = tmp_path / "feed.parquet"
    pq.write_table(pa.Table.from_pylist(records()), feed)
    runner = CliRunner()
    here, there = tmp_path / "here", tmp_path / "there"
    one = runner.invoke(app, ["extract", str(feed), "-f", "parquet", "--out", str(here)])
    assert one.exit_code == 0, one.output
    address = cluster[0].scheduler_address
    many = runner.invoke(
        app, ["extract", str(feed), "-f", "parquet", "--out", str(there), "--dask", address]
    )
    assert many.exit_code == 0, many.output
    for part in ("claims", "articles"):
        assert pq.read_table(there / part).to_pylist() == pq.read_table(here / part).to_pylist()
    first = json.dumps(pq.read_table(there / "claims").slice(0, 1).to_pylist()[0], default=str)
    assert '"path": "000_' in first
