"""Linking at scale: a store of 100,000 (or 1,000,000) claims from PolNeAR train texts repeated with variations.

Builds the store (not timed): every train article of ../shared/data/polnear/train/text, then
variants of them (paragraphs in another order, some words swapped, another outlet and date,
as when a story is syndicated and rewritten), each extracted with the real extractor, until
the store holds the target number of claims. Then links the whole store in a fresh process
and prints the time and links at 10k, 25k, 50k, 100k, 250k, 500k and 1M claims (those up
to the store's size), the peak memory, and the time to link one more article incrementally.

With --db PATH the store is kept there, and an existing store at PATH is linked again
(links dropped first) without building it: build once, link as often as needed.

usage: .venv/bin/python benchmarks/link_scale.py [--claims N] [--db PATH]
       .venv/bin/python benchmarks/link_scale.py --claims 1000000 --db /tmp/link1m.db
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimtrack.extract import extract  # noqa: E402
from claimtrack.models import Article, Claim  # noqa: E402

TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"
STEPS = (10_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000)
# a file name: "breitbart_2015-11-16_o-malley-campaign-to-shift-staff.txt"
_NAME = re.compile(r"^(?P<outlet>[a-z]+)_(?P<day>\d{4}-\d{2}-\d{2})_")
# word swaps a rewriting editor makes; variant v applies those whose bit is set in v
SWAPS = (
    (r"\bsaid\b", "said on Tuesday"),
    (r"\bpresidential candidate\b", "White House hopeful"),
    (r"\bcampaign\b", "bid"),
    (r"\bvoters\b", "the electorate"),
    (r"\bRepublican\b", "GOP"),
    (r"\bpercent\b", "per cent"),
)
SWAP_RES = [(re.compile(a), b) for a, b in SWAPS]


def variant(text: str, v: int) -> str:
    """Return the v-th rewrite of an article: paragraphs rotated, some words swapped."""
    if v == 0:
        return text
    title, _, body = text.partition("\n\n")
    paras = [p for p in body.split("\n") if p.strip()]
    if len(paras) > 2:
        k = v % (len(paras) - 1)
        paras = [paras[0], *paras[1:][k:], *paras[1:][:k]]
    body = "\n\n".join(paras)
    for bit, (pattern, repl) in enumerate(SWAP_RES):
        if v >> bit & 1:
            body = pattern.sub(repl, body)
    return f"{title}\n\n{body}\n"


def _extract(job: tuple[str, str, int]) -> tuple[Article, list[Claim]]:
    name, text, v = job
    m = _NAME.match(name)
    outlet = m.group("outlet") if m else "unknown"
    day = date.fromisoformat(m.group("day")) if m else None
    article = Article.from_text(
        variant(text, v),
        source=outlet if v == 0 else f"{outlet}-rewrite-{v}",
        published=day + timedelta(days=v) if day else None,
        path=f"{name}#v{v}",
    )
    return article, extract(article)


def jobs(files: list[Path]) -> Iterator[tuple[str, str, int]]:
    """Yield (name, text, variant) for every file, variant 0 first, for ever."""
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    v = 0
    while True:
        for name, text in texts:
            yield name, text, v
        v += 1


def build(db: Path, target: int) -> tuple[int, int]:
    """Fill the store with articles until it holds at least target claims; return (articles, claims)."""
    from claimtrack.store import Store

    files = sorted(TEXTS.glob("*.txt"))
    articles = claims = 0
    with Store.open(db) as store, store.bulk(), Pool(2) as pool:
        for article, found in pool.imap(_extract, jobs(files), chunksize=16):
            if store.ingest_article(article, found):
                articles += 1
                claims += len(found)
            if claims >= target:
                pool.terminate()
                break
    return articles, claims


def link(db: Path) -> int:
    """Link the whole store, printing time and links at each step; return an exit code."""
    from claimtrack.link.stored import link_new, link_store
    from claimtrack.store import Store

    with Store.open(db) as store:
        done = 0
        steps = list(STEPS)
        start = time.perf_counter()
        cpu0 = time.process_time()

        def progress(n: int) -> None:
            nonlocal done
            done += n
            while steps and done >= steps[0]:
                links = store.conn.execute("SELECT count(*) FROM links").fetchone()[0]
                print(
                    f"  {done:>7,} claims linked: {time.perf_counter() - start:6.1f} s,"
                    f" {time.process_time() - cpu0:6.1f} CPU-s, {links:,} links",
                    flush=True,
                )
                steps.pop(0)

        report = link_store(store, redo=True, progress=progress)
        total = time.perf_counter() - start
        cpu = time.process_time() - cpu0
        print(
            f"whole store: {report.claims:,} claims, {report.links:,} links in {total:.1f} s"
            f" ({cpu:.1f} CPU-s)"
        )
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory while linking: {peak:.0f} MB")

        files = sorted(TEXTS.glob("*.txt"))
        article, found = _extract((files[0].name, files[0].read_text(encoding="utf-8"), 99))
        store.ingest_article(article, found)
        t = time.perf_counter()
        made = link_new(store, [article.id])
        print(
            f"one more article ({len(found)} claims) linked incrementally: "
            f"{(time.perf_counter() - t) * 1000:.0f} ms, {made} links"
        )
    return 0


def main(argv: list[str]) -> int:
    """Build the store, then link it in a fresh process; return an exit code."""
    if "--link" in argv:
        return link(Path(argv[argv.index("--link") + 1]))
    if not TEXTS.exists():
        print(f"{TEXTS} is absent: run beside a checkout of ../shared", file=sys.stderr)
        return 1
    target = int(argv[argv.index("--claims") + 1]) if "--claims" in argv else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(argv[argv.index("--db") + 1]) if "--db" in argv else Path(tmp) / "scale.db"
        if db.exists():
            print(f"store {db} exists: linking it again (its links dropped), not building it")
        else:
            t = time.perf_counter()
            articles, claims = build(db, target)
            print(
                f"store built: {articles:,} articles, {claims:,} claims ({time.perf_counter() - t:.0f} s, not timed below)"
            )
        done = subprocess.run([sys.executable, __file__, "--link", str(db)], check=False)
        return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
