"""sha256 over every claim the extractor finds in a set of text folders (a behaviour check).

usage: python benchmarks/claims_digest.py [TEXT_DIR ...] [--every N]

The article path goes into each claim, so give the same folder paths when comparing
(e.g. /work/shared/data/polnear/train/text /work/shared/data/polnear/dev/text).

Extracts every .txt file of each folder in sorted order and hashes each claim's
``model_dump_json`` in order. A change meant only for speed must keep the digest.
Defaults to the PolNeAR train and dev texts.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from claimtrack.extract import extract
from claimtrack.models import Article

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear"
DEFAULT = [POLNEAR / "train" / "text", POLNEAR / "dev" / "text"]


def main(argv: list[str]) -> int:
    """Print the number of claims and their digest; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--every", type=int, default=1, help="only every Nth file")
    args = parser.parse_args(argv)
    digest = hashlib.sha256()
    count = 0
    for folder in args.folders:
        paths = sorted(folder.glob("*.txt"))[:: args.every]
        for path in paths:
            article = Article.from_text(path.read_text(encoding="utf-8"), path=str(path))
            for claim in extract(article):
                digest.update(claim.model_dump_json().encode())
                digest.update(b"\n")
                count += 1
    print(f"claims: {count}")
    print(f"sha256: {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
