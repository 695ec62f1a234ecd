"""Stance and claim matching on Emergent (../shared/data/emergent/train.csv) through `claimtrack match`.

Runs the real command twice: once with each headline's claim given (stance accuracy,
for = repeats/confirms, against = denies, observing = reports/declines) and once with the
240 claims as candidates and no claim given (share of headlines whose claim comes first).

usage: .venv/bin/python benchmarks/emergent.py [PATH/TO/train.csv] [--errors N]
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "emergent" / "train.csv"
LABELS = ("for", "against", "observing")
STANCE = {
    "repeats": "for",
    "confirms": "for",
    "denies": "against",
    "reports": "observing",
    "declines": "observing",
}


def run_match(lines: list[str], claims: Path | None) -> list[dict[str, object]]:
    """Return the output records of `claimtrack match` fed these JSON lines."""
    cmd = [sys.executable, "-m", "claimtrack", "match", "--format", "jsonl"]
    if claims is not None:
        cmd += ["--claims", str(claims)]
    done = subprocess.run(
        cmd, input="".join(lines), capture_output=True, text=True, check=True, cwd=ROOT
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def main(argv: list[str]) -> int:
    """Print stance accuracy, a confusion matrix and claim retrieval; return an exit code."""
    args = [a for a in argv if not a.startswith("--")]
    errors = int(argv[argv.index("--errors") + 1]) if "--errors" in argv else 0
    if errors:
        args = [a for a in args if a != str(errors)]
    path = Path(args[0]) if args else DEFAULT
    if not path.exists():
        print(f"{path} is absent: run beside a checkout of ../shared", file=sys.stderr)
        return 1
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))

    given = [
        json.dumps({"id": i, "text": r["articleHeadline"], "claim": r["claimHeadline"]}) + "\n"
        for i, r in enumerate(rows)
    ]
    out = run_match(given, None)
    confusion: Counter[tuple[str, str]] = Counter()
    for r, o in zip(rows, out, strict=True):
        confusion[(r["articleHeadlineStance"], STANCE.get(str(o["relation"]), "for"))] += 1
    right = sum(confusion[(x, x)] for x in LABELS)
    print(f"stance accuracy, claim given: {right / len(rows):.3f} ({right}/{len(rows)})")
    print("confusion (rows gold, columns predicted):")
    print(f"{'':>10} " + " ".join(f"{x:>10}" for x in LABELS))
    for g in LABELS:
        print(f"{g:>10} " + " ".join(f"{confusion[(g, p)]:>10}" for p in LABELS))
    if errors:
        shown = 0
        for r, o in zip(rows, out, strict=True):
            p = STANCE.get(str(o["relation"]), "for")
            if p != r["articleHeadlineStance"] and shown < errors:
                shown += 1
                print(f"  {r['articleHeadlineStance']:>9} -> {p:<9} {r['articleHeadline']}")

    claims = {r["claimId"]: r["claimHeadline"] for r in rows}
    with tempfile.TemporaryDirectory() as tmp:
        cfile = Path(tmp) / "claims.jsonl"
        cfile.write_text(
            "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in claims.items()),
            encoding="utf-8",
        )
        plain = [
            json.dumps({"id": i, "text": r["articleHeadline"]}) + "\n" for i, r in enumerate(rows)
        ]
        found = run_match(plain, cfile)
    first = sum(1 for r, o in zip(rows, found, strict=True) if o["claim"] == r["claimId"])
    print(
        f"right claim first among {len(claims)} claims, no claim given: "
        f"{first / len(rows):.3f} ({first}/{len(rows)})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
