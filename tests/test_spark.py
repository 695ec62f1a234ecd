"""The README's Spark recipe on local[1]: mapInArrow with claimtrack.frame gives the claims of
one process. Skipped, saying why, when pyspark or Java is absent (neither is a dependency)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow", reason="pyarrow is absent: pip install 'claimtrack[parquet]'")
pytest.importorskip("pyspark", reason="pyspark is absent (not a dependency): pip install pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip(
        "Java is absent: Spark needs a JRE (java on PATH or JAVA_HOME)", allow_module_level=True
    )

from claimtrack import frame  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors' Python has claimtrack
    session = (
        SparkSession.builder.master("local[1]")
        .appName("claimtrack-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_map_in_arrow_gives_the_claims_of_one_process(spark: Any) -> None:
    from pyspark.sql.pandas.types import from_arrow_schema

    rows = [
        {"text": p.read_text(encoding="utf-8"), "path": p.name}
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    rows.append({"text": None, "path": "empty"})
    table = pa.Table.from_pylist(
        rows, schema=pa.schema([("text", pa.string()), ("path", pa.string())])
    )
    articles = spark.createDataFrame(table.to_pandas())
    out = articles.mapInArrow(frame.extract_batches, from_arrow_schema(frame.OUTPUT_SCHEMA))
    got = frame.split(
        pa.Table.from_batches(out._collect_as_arrow(), schema=None).cast(frame.OUTPUT_SCHEMA)
    )
    expected = frame.extract_table(table)
    assert got.claims.to_pylist() == expected.claims.to_pylist()
    assert [e["path"] for e in got.errors.to_pylist()] == ["empty"]
    stored = articles.mapInArrow(frame.article_batches, from_arrow_schema(frame.ARTICLE_SCHEMA))
    assert stored.count() == len(rows) - 1
