"""Extraction on Dask against one process: the PolNeAR train texts repeated 4 times.

Writes the texts (each copy with its own path) to a Parquet file of small row groups,
extracts them in this process with claimtrack.frame (the one-process reference), then on
the LocalCluster `claimtrack extract --dask` starts (claimtrack.dask.client_for: processes,
one thread each), and prints: wall time and CPU time of both (the Dask CPU counts the
client, the scheduler, the nannies and the workers, from their start to their exit), the
CPU overhead (Dask CPU / one-process CPU), the peak memory of the whole process tree
(resident, sampled every 50 ms), whether the claims are identical, and the load average.
The sampling thread's own CPU is left out of both counts: it measures, it is not measured.

With --commands it then runs the two commands a user runs, each as a new process, start-up
and Parquet output included: `claimtrack extract CORPUS --format parquet --out DIR` (one
core) and the same with `--dask`, and prints the same figures for them, and whether the
claims they wrote are identical.

usage: .venv/bin/python benchmarks/dask_extract.py [TEXT_DIR] [--copies 4] [--workers 2] [--commands]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from unittest import mock

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimtrack import frame  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
ROWS_PER_GROUP = 64  # articles per Parquet row group, hence per Dask partition


class Tree:
    """CPU seconds and peak resident memory of this process and all its descendants."""

    def __init__(self) -> None:
        self.me = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._seen: dict[int, float] = {}  # CPU of descendants that have exited, last seen
        self._own = 0.0  # CPU of the sampling thread itself
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _procs(self) -> list[psutil.Process]:
        return [self.me, *self.me.children(recursive=True)]

    def _sample(self) -> None:
        start = time.thread_time()
        while not self._stop.is_set():
            rss = 0
            for p in self._procs():
                try:
                    rss += p.memory_info().rss
                    t = p.cpu_times()
                    if p.pid != self.me.pid:
                        self._seen[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, rss)
            self._own = time.thread_time() - start
            self._stop.wait(0.05)

    def __enter__(self) -> Tree:
        t = self.me.cpu_times()
        self.cpu0 = t.user + t.system
        self.wall0 = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        t = self.me.cpu_times()
        self.wall = time.perf_counter() - self.wall0
        self.here = t.user + t.system - self.cpu0 - self._own
        self.children = sum(self._seen.values())
        self.cpu = self.here + self.children


def corpus(folder: Path, copies: int) -> pa.Table:
    """Return the texts of the folder `copies` times, each copy with its own path."""
    files = sorted(folder.glob("*.txt"))
    rows = [
        {"text": f.read_text(encoding="utf-8"), "path": f"{f.name}#{c}"}
        for c in range(copies)
        for f in files
    ]
    return pa.Table.from_pylist(rows)


def written(out: Path) -> list[dict[str, object]]:
    """Return the claims a `claimtrack extract --format parquet --out` run wrote, by id."""
    claims = pq.read_table(out / "claims").to_pylist()
    return sorted(claims, key=lambda claim: str(claim["id"]))


def commands(source: Path, tmp: Path) -> bool:
    """Run the one-core and the Dask extract commands as new processes; print; say if same."""
    base = [sys.executable, "-m", "claimtrack", "extract", str(source), "--format", "parquet"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = {}
    for name, extra in (("one core", []), ("--dask", ["--dask"])):
        out = tmp / name.strip("-").replace(" ", "_")
        with Tree() as run:
            subprocess.run([*base, "--out", str(out), *extra], env=env, check=True)
        runs[name] = run
        print(
            f"command, {name}: {run.wall:.1f} s wall, {run.cpu:.1f} CPU-s,"
            f" peak {run.peak / 2**20:.0f} MB (all processes)"
        )
    one, many = runs["one core"], runs["--dask"]
    same = written(tmp / "one_core") == written(tmp / "dask")
    print(
        f"commands: wall {many.wall / one.wall:.2f}x, CPU overhead {many.cpu / one.cpu:.2f}x;"
        f" claims identical: {same}"
    )
    return same


def main() -> int:
    """Run both, print the numbers; return an exit code (1 when the claims differ)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--dask-defaults",
        action="store_true",
        help="start the cluster as Dask would by default (spawned workers, its periodic"
        " bookkeeping), not as claimtrack does (to compare)",
    )
    parser.add_argument(
        "--commands",
        action="store_true",
        help="then run `claimtrack extract --format parquet` and the same with --dask,"
        " each as a new process, and compare them",
    )
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} is absent (run beside a checkout of ../shared)")
        return 0
    load = os.getloadavg()[0]
    table = corpus(args.folder, args.copies)
    chars = sum(len(t) for t in table.column("text").to_pylist())
    print(f"{table.num_rows} articles, {chars / 1e6:.1f} million characters")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.parquet"
        pq.write_table(table, source, row_group_size=ROWS_PER_GROUP)

        with Tree() as one:
            reference = frame.extract_table(pq.read_table(source)).claims
        print(
            f"one process: {one.wall:.1f} s wall, {one.cpu:.1f} CPU-s,"
            f" peak {one.peak / 2**20:.0f} MB, {reference.num_rows} claims"
        )

        import dask
        import dask.dataframe as dd
        import distributed  # noqa: F401  (its settings are known to dask.config once imported)

        import claimtrack.dask
        from claimtrack.dask import (
            LOCAL_CLUSTER_CONFIG,
            client_for,
            extract_dataframe,
            split_result,
        )

        settings = {key: dask.config.get(key) for key in LOCAL_CLUSTER_CONFIG}
        with Tree() as many:
            with (
                mock.patch.dict(LOCAL_CLUSTER_CONFIG, settings if args.dask_defaults else {}),
                mock.patch.object(
                    claimtrack.dask,
                    "_forked_workers",
                    dict if args.dask_defaults else claimtrack.dask._forked_workers,
                ),
                client_for(None, workers=args.workers) as client,
            ):
                started = time.perf_counter()
                ddf = dd.read_parquet(str(source), split_row_groups=True)
                claims, errors = split_result(extract_dataframe(ddf))
                got, failed = client.compute([claims, errors], sync=True)
                compute = time.perf_counter() - started
        got_table = pa.Table.from_pandas(got, preserve_index=False).cast(frame.CLAIM_SCHEMA)
        same = got_table.to_pylist() == reference.to_pylist()
        print(
            f"dask, LocalCluster of {args.workers}"
            f"{' (Dask default settings)' if args.dask_defaults else ''}: {many.wall:.1f} s wall"
            f" ({compute:.1f} s computing, the rest starting and stopping the cluster),"
            f" {many.cpu:.1f} CPU-s ({many.here:.1f} client, scheduler and nannies,"
            f" {many.children:.1f} workers), peak {many.peak / 2**20:.0f} MB (all processes),"
            f" {got_table.num_rows} claims, {len(failed)} errors"
        )
        print(
            f"wall {many.wall / one.wall:.2f}x, CPU overhead {many.cpu / one.cpu:.2f}x"
            f" against one process; claims identical: {same};"
            f" load average {load:.2f} before, {os.getloadavg()[0]:.2f} after"
        )
        if args.commands:
            same = commands(source, Path(tmp)) and same
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
