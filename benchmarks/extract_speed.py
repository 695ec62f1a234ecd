"""Extraction speed on the PolNeAR train texts: characters and claims per second, peak memory.

usage: python benchmarks/extract_speed.py [TEXT_DIR] [--repeat N]

Articles are read and extracted one at a time (streamed, never all held at once), on one
core. Prints wall-clock and CPU rates, and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from claimtrack.extract import extract
from claimtrack.models import Article

DEFAULT = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train" / "text"
)


def articles(folder: Path) -> Iterator[Article]:
    """Yield the articles of a folder of .txt files, one at a time."""
    for path in sorted(folder.glob("*.txt")):
        yield Article.from_text(path.read_text(encoding="utf-8"), path=str(path))


def main(argv: list[str]) -> int:
    """Run the benchmark and print its numbers; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the folder")
    args = parser.parse_args(argv)
    if not args.folder.is_dir() or next(args.folder.glob("*.txt"), None) is None:
        print(
            f"Error: {args.folder} holds no .txt files (the PolNeAR texts live in ../shared)",
            file=sys.stderr,
        )
        return 1
    chars = claims = docs = 0
    extract_wall = extract_cpu = 0.0
    for _ in range(args.repeat):
        for article in articles(args.folder):
            wall, cpu = time.perf_counter(), time.process_time()
            found = extract(article)
            extract_wall += time.perf_counter() - wall
            extract_cpu += time.process_time() - cpu
            chars += len(article.text)
            claims += len(found)
            docs += 1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:            {docs}")
    print(f"characters:          {chars}")
    print(f"claims:              {claims}")
    print(f"extract time:        {extract_wall:.2f} s wall, {extract_cpu:.2f} s CPU")
    print(
        f"characters / second: {chars / extract_wall:,.0f} (wall), {chars / extract_cpu:,.0f} (CPU)"
    )
    print(
        f"claims / second:     {claims / extract_wall:,.0f} (wall), {claims / extract_cpu:,.0f} (CPU)"
    )
    print(f"peak memory:         {peak_mb:.0f} MB (max RSS of the process)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
