"""Ingest speed and memory: the PolNeAR train texts into a fresh store, then again.

Prints articles per second for a first ingest (read, extract in worker processes, store
one transaction per article), the time of a re-ingest (every article unchanged, found by
hash, never extracted) and the speed-up, the time of a refresh (every article stored by
another extractor version: extracted again, claims replaced), and peak memory. With --stream K it also feeds
K variants of the corpus (K x 840 new articles) to show that memory stays flat.

Peak memory: RUSAGE_SELF is this process (the writer); RUSAGE_CHILDREN covers children
that have exited and been waited for. Extraction workers are started by a forkserver, so
they are grandchildren that RUSAGE_CHILDREN never sees; their peak (VmHWM) is therefore
also sampled from /proc while they run.

usage: .venv/bin/python benchmarks/ingest_speed.py [TEXT_DIR] [--workers N] [--stream K]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from claimtrack.ingest import default_workers, ingest
from claimtrack.models import Article
from claimtrack.read import Skipped, read_paths
from claimtrack.store import Store

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"


class DescendantPeak:
    """Samples the peak resident memory (VmHWM) of this process's descendants from /proc."""

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> DescendantPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            self.sample()

    def sample(self) -> None:
        """Record the current VmHWM of every descendant, in KiB."""
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as f:
                        parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        mine = {os.getpid()}
        grew = True
        while grew:
            grew = False
            for pid, ppid in parents.items():
                if ppid in mine and pid not in mine:
                    mine.add(pid)
                    grew = True
        for pid in mine - {os.getpid()}:
            try:
                with open(f"/proc/{pid}/status") as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            self.peaks[pid] = max(self.peaks.get(pid, 0), int(line.split()[1]))
            except OSError:
                continue

    @property
    def largest_mib(self) -> float:
        """Return the largest peak of any one descendant, in MiB."""
        return max(self.peaks.values(), default=0) / 1024


def variants(folder: Path, k: int) -> Iterator[Article | Skipped]:
    """Yield k variants of every article: the same text with a distinct last line (so, new ids)."""
    for i in range(k):
        for item in read_paths([str(folder)]):
            if isinstance(item, Article):
                yield Article.from_text(item.text + f"\n[variant {i}]\n", path=item.path)
            else:
                yield item


def maxrss_mib(who: int) -> float:
    """Return ru_maxrss of RUSAGE_SELF or RUSAGE_CHILDREN in MiB (Linux reports KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--stream", type=int, default=0, help="also stream K x corpus variants")
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} is absent (run beside a checkout of ../shared)")
        return 0
    chars = sum(p.stat().st_size for p in args.folder.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store.open(db) as store, DescendantPeak() as peak:
            started = time.perf_counter()
            first = ingest(read_paths([str(args.folder)]), store, workers=args.workers)
            took = time.perf_counter() - started
            started = time.perf_counter()
            again = ingest(read_paths([str(args.folder)]), store, workers=args.workers)
            took_again = time.perf_counter() - started
            # As after an upgrade: every article stored by another extractor version.
            store.write(lambda conn: conn.execute("UPDATE articles SET extractor = 'older'"))
            started = time.perf_counter()
            refresh = ingest(read_paths([str(args.folder)]), store, workers=args.workers)
            took_refresh = time.perf_counter() - started
        total = first.total
        print(
            f"corpus: {args.folder} ({total} files, {chars / 1e6:.1f} MB), workers: {args.workers}"
        )
        print(
            f"first ingest:  {took:6.2f} s  {total / took:7.1f} articles/s  "
            f"{first.claims / took:8.0f} claims/s  ({first.new} new, {first.unchanged} unchanged "
            f"[duplicate texts], {first.failed} failed, {first.claims} claims)"
        )
        print(
            f"re-ingest:     {took_again:6.2f} s  {total / took_again:7.1f} articles/s  "
            f"({again.unchanged} unchanged, {again.new} new)  speed-up x{took / took_again:.1f}"
        )
        print(
            f"refresh:       {took_refresh:6.2f} s  {total / took_refresh:7.1f} articles/s  "
            f"({refresh.updated} updated [older extractor version], {refresh.unchanged} unchanged)"
        )
        print(
            f"peak memory: writer {maxrss_mib(resource.RUSAGE_SELF):.0f} MiB, "
            f"largest worker {peak.largest_mib:.0f} MiB (sampled), "
            f"RUSAGE_CHILDREN {maxrss_mib(resource.RUSAGE_CHILDREN):.0f} MiB"
        )

        # The same through the command, interpreter start-up included.
        cli_db = Path(tmp) / "cli.db"
        command = [sys.executable, "-m", "claimtrack", "--db", str(cli_db), "-q", "ingest"]
        command += [str(args.folder), "--workers", str(args.workers)]
        for label in ("cli ingest:   ", "cli re-ingest:"):
            started = time.perf_counter()
            subprocess.run(command, check=True)
            wall = time.perf_counter() - started
            print(f"{label} {wall:6.2f} s  {total / wall:7.1f} articles/s (process start included)")
        print(f"RUSAGE_CHILDREN after the cli runs: {maxrss_mib(resource.RUSAGE_CHILDREN):.0f} MiB")

        if args.stream:
            with Store.open(Path(tmp) / "stream.db") as store, DescendantPeak() as peak:
                started = time.perf_counter()
                report = ingest(variants(args.folder, args.stream), store, workers=args.workers)
                took = time.perf_counter() - started
            print(
                f"stream of {args.stream} x corpus: {report.new} new articles in {took:.1f} s "
                f"({report.new / took:.1f}/s); writer peak {maxrss_mib(resource.RUSAGE_SELF):.0f} MiB, "
                f"largest worker {peak.largest_mib:.0f} MiB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
