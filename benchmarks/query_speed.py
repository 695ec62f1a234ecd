"""`claims --speaker X` on a store of 100,000 (or 1,000,000) claims: time, and the query plan.

The store is synthesised from the PolNeAR train texts: each article is stored in several
variants (its text with a distinct last line, so a distinct id), every sentence of it
becomes a claim, and speakers are drawn with a skewed distribution from a few thousand
names (full names, last names alone, groups), so that a few speakers have thousands of
claims and most have a handful, as in news. Then it times the library query and the
command (in-process, and as a new process, start-up included) for several speakers, and
prints EXPLAIN QUERY PLAN.

usage: .venv/bin/python benchmarks/query_speed.py [TEXT_DIR] [--claims N] [--db PATH] [--repeat N]
       .venv/bin/python benchmarks/query_speed.py --claims 1000000 --db /tmp/q1m.db --repeat 1
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimtrack.cli import app
from claimtrack.models import Article, Claim, Kind, Stance, claim_id
from claimtrack.read import read_paths
from claimtrack.store import ClaimFilter, Store
from claimtrack.store.queries import claim_sql

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"

# A sentence: a run of text ending in . ! or ? (and closing quotes), e.g. `He said so.”`
_SENTENCE = re.compile(r"[^.!?\n]{20,400}[.!?][\"”\u2019]?")

FIRST = ["Donald", "Hillary", "Bernie", "Ted", "Marco", "John", "Paul", "Jeb", "Ben", "Carly",
         "Chris", "Mike", "Elizabeth", "Nancy", "Mitch", "Joe", "Tim", "Rand", "Lindsey", "Scott",
         "Maria", "Ana", "David", "Sarah", "Laura", "Robert", "James", "Linda", "Karen", "Kevin"]  # fmt: skip
LAST = ["Trump", "Clinton", "Sanders", "Cruz", "Rubio", "Kasich", "Ryan", "Bush", "Carson",
        "Fiorina", "Christie", "Pence", "Warren", "Pelosi", "McConnell", "Biden", "Kaine", "Paul",
        "Graham", "Walker", "Lopez", "Silva", "Miller", "Brown", "Jones", "Garcia", "Davis",
        "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Jackson", "White", "Harris", "Martin",
        "Thompson", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
        "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres",
        "Parker", "Collins", "Edwards", "Stewart", "Flores", "Morris", "Nguyen", "Murphy", "Rivera",
        "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez"]  # fmt: skip
GROUPS = ["critics", "supporters", "officials", "the campaign", "the White House", "Democrats",
          "Republicans", "analysts", "Trump's campaign", "Clinton's campaign", "the Kremlin"]  # fmt: skip


def speaker_pool(rng: random.Random) -> list[str]:
    """Return the speaker names, the most quoted first: full names, groups, a few last names."""
    names = ["Donald Trump", "Hillary Clinton", "Bernie Sanders", "Ted Cruz", "Marco Rubio"]
    names += [f"{f} {last}" for f in FIRST for last in LAST if f"{f} {last}" not in names]
    rng.shuffle(names[5:])
    return names[:5] + GROUPS + names[5:] + ["Sanders", "Kasich", "Pelosi"]


def build(db: Path, folder: Path, target: int, seed: int = 7) -> tuple[int, float]:
    """Fill the store with about `target` claims; return (claims, seconds)."""
    rng = random.Random(seed)
    pool = speaker_pool(rng)
    # Zipf-like: the busiest speaker gets about 12% of the claims (in PolNeAR train, "Trump"
    # names about 5% of all sources, and more through pronouns).
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    texts = [a.text for a in read_paths([str(folder)]) if isinstance(a, Article)]
    stored = 0
    started = time.perf_counter()
    with Store.open(db) as store, store.bulk():  # a commit per 500 articles
        variant = 0
        while stored < target:
            for text in texts:
                article = Article.from_text(
                    text + f"\n[variant {variant}]\n",
                    path=f"variant{variant}/{len(texts)}.txt",
                    source=rng.choice(
                        ["Breitbart", "CNN", "NYT", "WaPo", "Politico", "Fox", "Reuters"]
                    ),
                )
                claims = []
                for m in _SENTENCE.finditer(article.text):
                    if stored + len(claims) >= target:
                        break
                    name = rng.choices(pool, weights)[0]
                    span = (m.start(), m.end())
                    claims.append(
                        Claim(
                            id=claim_id(article.id, span),
                            article=article.id,
                            path=article.path,
                            speaker=name,
                            speaker_mention=name.split()[-1] if rng.random() < 0.5 else name,
                            speaker_span=None,
                            cue="said",
                            cue_span=None,
                            kind=rng.choice(list(Kind)),
                            stance=rng.choice(list(Stance)),
                            text=m.group(),
                            span=span,
                        )
                    )
                if store.ingest_article(article, claims):  # False for a duplicate text
                    stored += len(claims)
                if stored >= target:
                    break
            variant += 1
    return stored, time.perf_counter() - started


def timed(run: Callable[[], int], repeat: int = 5) -> tuple[float, int]:
    """Return (median milliseconds, result count) of running the query `repeat` times."""
    times = []
    count = 0
    for _ in range(repeat):
        started = time.perf_counter()
        count = run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), count


def main() -> int:
    """Build the store, time the queries and print the numbers and the plan."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temp file)")
    parser.add_argument(
        "--repeat", type=int, default=5, help="runs of each full listing (1 at a million)"
    )
    args = parser.parse_args()
    repeat = args.repeat
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} is absent (run beside a checkout of ../shared)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "query.db"
        if not db.exists():
            stored, seconds = build(db, args.folder, args.claims)
            print(f"built {db}: {stored} claims in {seconds:.1f} s")
        with Store.open(db) as store:
            counts = store.counts()
            print(
                f"store: {counts['articles']} articles, {counts['claims']} claims, {counts['speakers']} speakers"
            )
            busiest = [r["name"] for r in store.speakers(limit=400)]
            picks = ["Donald Trump", "trump", "sanders", busiest[len(busiest) // 2], busiest[-1]]
            # iter_claims builds Claim models; claim_json is what the command prints, as JSON.
            # --limit 20 is what a person types; all of a speaker's claims is an export.
            print(
                f"{'speaker':24} {'claims':>7} {'limit 20 ms':>12} {'iter_claims ms':>15}"
                f" {'claim_json ms':>14} {'cli ms':>8}"
            )
            for name in picks:
                first = ClaimFilter(speaker=name, limit=20)
                top_ms, _ = timed(lambda flt=first: sum(1 for _ in store.claim_json(flt)))
                lib_ms, n = timed(
                    lambda name=name: sum(1 for _ in store.iter_claims(speaker=name)), repeat
                )
                flt = ClaimFilter(speaker=name)
                json_ms, _ = timed(lambda flt=flt: sum(1 for _ in store.claim_json(flt)), repeat)
                cli_ms, _ = timed(lambda name=name: run_cli(db, name), repeat)
                print(
                    f"{name:24} {n:7} {top_ms:12.2f} {lib_ms:15.1f} {json_ms:14.1f} {cli_ms:8.1f}"
                )
            built = claim_sql(store.conn, ClaimFilter(speaker="Donald Trump", limit=20))
            assert built is not None
            print("EXPLAIN QUERY PLAN of claims --speaker 'Donald Trump' --limit 20:")
            for row in store.conn.execute("EXPLAIN QUERY PLAN " + built[0], built[1]):
                print(f"  {row[3]}")
        for extra in (["--limit", "20"], []):
            command = ["claims", "--speaker", "Trump", *extra, "--format", "jsonl"]
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "claimtrack", "--db", str(db), *command],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            wall = (time.perf_counter() - started) * 1000
            print(
                f"new process `claimtrack {' '.join(command)}`: {wall:.0f} ms (start-up included)"
            )
    return 0


def run_cli(db: Path, name: str) -> int:
    """Run `claims --speaker NAME --format jsonl` in this process; return the lines it wrote."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            app(
                ["--db", str(db), "claims", "--speaker", name, "--format", "jsonl"],
                standalone_mode=False,
            )
        except SystemExit:
            pass
    return out.getvalue().count("\n")


if __name__ == "__main__":
    sys.exit(main())
