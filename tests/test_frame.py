"""claimtrack.frame and Parquet: the same claims as `claimtrack extract`, errors as rows,
Parquet in and out, and a claims dataset ingested without extracting again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

pa = pytest.importorskip("pyarrow", reason="pyarrow is absent: pip install 'claimtrack[parquet]'")
pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is absent")

from claimtrack import frame  # noqa: E402
from claimtrack.cli import app  # noqa: E402
from claimtrack.models import Article, Claim  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
runner = CliRunner()


def corpus() -> list[dict[str, Any]]:
    """Return article records: the seeds, and some PolNeAR train texts when present."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    if TRAIN.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(TRAIN.glob("*.txt"))[:12]]
    return [
        {
            "text": t,
            "title": f"title {i}",
            "source": "outlet",
            "published": "2016-03-0" + str(i % 9 + 1),
        }
        for i, t in enumerate(texts)
    ]


def cli_claims(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["extract", *args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_batch_gives_the_claims_of_claimtrack_extract(tmp_path: Path) -> None:
    records = corpus()
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected = cli_claims(str(feed))
    assert len(expected) > 50
    table = pa.Table.from_pylist([{**r, "path": f"{feed}:{i}"} for i, r in enumerate(records, 1)])
    done = frame.extract_table(table)
    assert done.errors.num_rows == 0
    assert done.claims.schema == frame.CLAIM_SCHEMA
    assert [frame.claim_record(r) for r in done.claims.to_pylist()] == expected
    first = done.claims.to_pylist()[0]
    assert (first["source"], first["title"], str(first["published"])) == (
        "outlet",
        "title 0",
        "2016-03-01",
    )


def test_a_failing_article_is_an_error_row_and_the_batch_keeps_the_others() -> None:
    from claimtrack.extract import extract

    def flaky(article: Article) -> list[Claim]:
        if "boom" in article.text:
            raise IndexError("rule out of range")
        return extract(article)

    table = pa.table(
        {
            "text": ['"It is not true," Peskov said.', None, "   ", "Peskov said boom is near."],
            "path": ["a", "b", "c", "d"],
        }
    )
    done = frame.extract_table(table, extractor=flaky)
    assert [c["path"] for c in done.claims.to_pylist()] == ["a"]
    errors = done.errors.to_pylist()
    assert [(e["path"], e["row"]) for e in errors] == [("b", 1), ("c", 2), ("d", 3)]
    assert errors[2]["error"] == "extraction failed: IndexError: rule out of range"
    assert errors[2]["article"] is not None and errors[0]["article"] is None
    # One schema for engines that take one (Spark's mapInArrow), split back into two.
    both = frame.combined(done)
    assert both.schema == frame.OUTPUT_SCHEMA
    again = frame.split(both)
    assert again.claims.to_pylist() == done.claims.to_pylist()
    assert [e["error"] for e in again.errors.to_pylist()] == [e["error"] for e in errors]


def test_extract_batches_is_a_map_in_arrow_function() -> None:
    batches = pa.Table.from_pylist(corpus()[:2]).to_batches(max_chunksize=1)
    out = list(frame.extract_batches(batches))
    assert out and all(b.schema == frame.OUTPUT_SCHEMA for b in out)
    assert (
        sum(b.num_rows for b in out)
        == frame.extract_table(pa.Table.from_pylist(corpus()[:2])).claims.num_rows
    )


def test_a_batch_without_text_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no `text` column"):
        frame.extract_table(pa.table({"body": ["x"]}))


def test_parquet_input_reads_like_json_lines(tmp_path: Path) -> None:
    records = corpus()[:3]
    (tmp_path / "j").mkdir()
    (tmp_path / "p").mkdir()
    feed = tmp_path / "j" / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    table = pa.Table.from_pylist(records)
    parquet = tmp_path / "p" / "feed.parquet"
    pq.write_table(table, parquet)
    from_json = cli_claims(str(feed))
    from_parquet = cli_claims(str(tmp_path / "p"))  # a folder of .parquet files
    assert [c["path"] for c in from_parquet][:1] == [f"{parquet}:1"]
    for c in (*from_json, *from_parquet):
        c["path"] = c["path"].rsplit(":", 1)[1]
    assert from_parquet == from_json


def test_a_parquet_file_without_text_is_skipped_with_a_warning(tmp_path: Path) -> None:
    bad = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"body": ["x"]}), bad)
    result = runner.invoke(app, ["extract", str(bad), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "no `text` column" in result.output
    assert "Traceback" not in result.output


def test_extract_to_a_dataset_then_ingest_it_without_extracting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "claims"
    seeds = str(ROOT / "seeds")
    result = runner.invoke(app, ["extract", seeds, "--format", "parquet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = pq.read_table(out / "claims").to_pylist()
    assert [frame.claim_record(r) for r in rows] == cli_claims(seeds)
    assert pq.read_table(out / "articles").num_rows == len(SEEDS)
    # Writing again into the same folder is refused, not mixed.
    again = runner.invoke(app, ["extract", seeds, "--format", "parquet", "--out", str(out)])
    assert again.exit_code == 1 and "already holds a claims dataset" in again.output

    def no_extraction(*args: object) -> list[Any]:
        raise AssertionError("a claims dataset is not extracted again")

    from_dataset, from_files = tmp_path / "a.db", tmp_path / "b.db"
    assert runner.invoke(app, ["--db", str(from_files), "ingest", seeds]).exit_code == 0
    monkeypatch.setattr("claimtrack.ingest.extract_batch", no_extraction)
    loaded = runner.invoke(app, ["--db", str(from_dataset), "ingest", str(out)])
    assert loaded.exit_code == 0, loaded.output

    def listing(db: Path, what: str) -> str:
        done = runner.invoke(app, ["--db", str(db), what, "--format", "jsonl"])
        assert done.exit_code == 0
        return done.stdout

    for what in ("claims", "links", "speakers"):
        assert listing(from_dataset, what) == listing(from_files, what)
    assert listing(from_dataset, "links")  # linked after loading


def test_parquet_format_needs_out() -> None:
    result = runner.invoke(app, ["extract", str(ROOT / "seeds"), "--format", "parquet"])
    assert result.exit_code == 2
    assert "--out" in result.output
