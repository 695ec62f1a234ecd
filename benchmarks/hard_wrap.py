"""Hard-wrapped copy: the PolNeAR train texts wrapped at 72 columns against the originals.

usage: python benchmarks/hard_wrap.py [TEXT_DIR] [--width N]

Each text is wrapped as e-mail and wire copy are (a space made a newline wherever a line
would pass the width, so offsets are unchanged), and both copies are extracted. Prints the
articles lost (extraction raised), the share of the original claims found again with the
same span, speaker and cue, and the share of articles the unwrapping restores exactly.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from claimtrack.extract import extract
from claimtrack.extract.wrap import hard_wrap, unwrap
from claimtrack.models import Article, Claim

DEFAULT = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train" / "text"
)


def _key(claim: Claim) -> tuple[object, ...]:
    """Return what whitespace must not change in a claim: span, speaker, cue span, kind."""
    return claim.span, claim.speaker, claim.cue_span, claim.kind


def main(argv: list[str]) -> int:
    """Run the comparison and print its numbers; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--width", type=int, default=72, help="columns to wrap at")
    args = parser.parse_args(argv)
    if not args.folder.is_dir() or next(args.folder.glob("*.txt"), None) is None:
        print(
            f"Error: {args.folder} holds no .txt files (the PolNeAR texts live in ../shared)",
            file=sys.stderr,
        )
        return 1
    docs = lost = restored = rule_failures = 0
    plain_total = same = wrapped_total = 0
    for path in sorted(args.folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        wrapped = hard_wrap(text, args.width)
        docs += 1
        restored += unwrap(wrapped) == text
        plain = {_key(c) for c in extract(Article.from_text(text, path=str(path)))}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                claims = extract(Article.from_text(wrapped, path=str(path)))
            except Exception:
                lost += 1
                claims = []
        rule_failures += len(caught)
        keys = {_key(c) for c in claims}
        plain_total += len(plain)
        wrapped_total += len(keys)
        same += len(plain & keys)
    print(f"articles:                      {docs}")
    print(f"articles lost when wrapped:    {lost}")
    print(f"rule failures when wrapped:    {rule_failures}")
    print(f"unwrapped back exactly:        {restored} ({restored / docs:.1%})")
    print(f"claims, original / wrapped:    {plain_total} / {wrapped_total}")
    print(
        f"original claims found again:   {same} ({same / max(plain_total, 1):.1%}, "
        "same span, speaker, cue and kind)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
