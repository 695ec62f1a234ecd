"""Why the cross-source gold's same-proposition pairs are not linked, and how far text can reach.

For each cross-article pair of mentions of one proposition in ../shared/gold/links whose two
mentions some claim stands for (as ../shared/tools/score_links.py matches them), tells the
first step of linking that keeps its best pair of claims apart:

    linked          linked directly
    both answers    two answers are never linked to each other
    not candidates  the index never proposes the pair (blocking) ...
    candidates      ... or it does; then, for either, why the score is what it is:
      different facts   names only different people or places (across articles, neither
                        claim's sentence naming the other's), or different numbers
      condition         one says only on a condition what the other asserts
      no shared word    no content word in common
      gate              too little in common (own words and spelling) to look further
      names only        only names in common
      topic only        one noun phrase in common, each saying more
      below             scored under the threshold
      no link           scored enough, but the relation vetoes it (contradiction, ...)
      would link        scored and typed: only blocking kept it out

Then the ceiling of the pair score itself: ranking every cross-article pair of claims that
stand for gold items of one story by `pair_score`, the most distinct gold pairs reached at
precision 0.9, 0.8 and 0.7 (a perfect threshold on today's score).

usage: python benchmarks/link_reach.py [--db STORE] [--examples N]
(without --db, the gold's 53 articles are ingested into a temporary store first)
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from links_gold import ARTICLES, GOLD, scorer

from claimtrack.link import linker as L
from claimtrack.link.polarity import only_in_condition
from claimtrack.link.score import THRESHOLD, score
from claimtrack.link.stored import items_of
from claimtrack.link.topic import topic_only
from claimtrack.models import Claim
from claimtrack.store import Store

PRECISIONS = (0.9, 0.8, 0.7)


def gold_store(folder: Path, gold: list[dict[str, Any]], articles: dict[str, str]) -> Path:
    """Ingest the gold's articles into a new store in `folder`; return its path."""
    pool = folder / "pool"
    pool.mkdir()
    where = {n: Path(r) / n for r, _, names in os.walk(ARTICLES) for n in names}
    for name in articles:
        (pool / name).write_bytes(where[name].read_bytes())
    db = folder / "gold.db"
    cmd = [sys.executable, "-m", "claimtrack", "--db", str(db), "-q", "ingest", str(pool)]
    subprocess.run(cmd, check=True, capture_output=True)
    return db


def stands_for(
    claims: list[Claim], gold: list[dict[str, Any]], articles: dict[str, str], overlap: Any
) -> dict[str, dict[str, Any]]:
    """Return the gold item each claim stands for, by claim id, as the scorer matches them."""
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in gold:
        by_article[item["article"]].append(item)
    out: dict[str, dict[str, Any]] = {}
    for c in claims:
        name = os.path.basename(c.path or "")
        if name not in articles:
            continue
        best, most = None, 0
        for item in by_article[name]:
            shared = overlap(c.span, item["span"])
            size = item["span"][1] - item["span"][0]
            if shared and (shared / size >= 0.3 or shared / max(1, c.span[1] - c.span[0]) >= 0.5):
                if shared > most:
                    best, most = item, shared
        if best is not None:
            out[c.id] = best
    return out


class Diagnosis:
    """The linker's view of pairs of claims (all of a store indexed, as linking did)."""

    def __init__(self, store: Store, claims: list[Claim], linked: set[frozenset[str]]) -> None:
        self.linker = L.Linker()
        self.linker.preload(items_of(store, sorted(claims, key=lambda c: (c.article, c.span))))
        self.items = {i.claim.id: i for i in self.linker.items}
        self.linked = linked
        self._candidates: dict[str, set[str]] = {}

    def candidates(self, cid: str) -> set[str]:
        """Return the ids of the claims the index proposes for a claim."""
        if cid not in self._candidates:
            item, every = self.items[cid], self.linker.items
            found = self.linker.index.candidates(item.wide.keys, indexed=item.keys)
            self._candidates[cid] = {every[p].claim.id for p in found}
        return self._candidates[cid]

    def value(self, a: str, b: str) -> float:
        """Return the pair score of two claims (0 for two answers)."""
        pair = L.orient(self.items[a], self.items[b])
        return L.pair_score(*pair, self.linker.index) if pair else 0.0

    def reason(self, a: str, b: str) -> tuple[str, float]:
        """Return why two claims are (not) linked, and their pair score."""
        if frozenset((a, b)) in self.linked:
            return "linked", 1.0
        pair = L.orient(self.items[a], self.items[b])
        if pair is None:
            return "both answers", 0.0
        resp, target = pair
        index = self.linker.index
        blocked = (
            "candidates" if b in self.candidates(a) or a in self.candidates(b) else "not candidates"
        )
        value = L.pair_score(resp, target, index)
        fewest = min(len(resp.own.stems), len(target.own.stems))
        thin = (fewest + 1) / (L.FULL_EVIDENCE + 1) if fewest < L.FULL_EVIDENCE else 1.0
        if L.names_apart(resp, target) or L.different_numbers(resp.own, target.own):
            why = "different facts"
        elif only_in_condition(
            resp.claim.text, target.claim.text, resp.claim.cue, target.claim.cue
        ):
            why = "condition"
        elif not resp.own.stems & target.own.stems:
            why = "no shared word"
        elif (
            score(resp.own, target.own, index.weight, index.total) * thin < L.GATE
            and not resp.responds
        ):
            why = "gate"
        elif L.names_only(resp, target):
            why = "names only"
        elif topic_only(resp.claim.text, resp.own, target.claim.text, target.own):
            why = "topic only"
        elif value < THRESHOLD:
            why = "below"
        elif L.make_link(resp, target, value) is None:
            why = "no link"
        else:
            why = "would link"
        return f"{blocked}: {why}", value


def ceiling(rows: list[tuple[bool, frozenset[str], float]]) -> dict[float, int]:
    """Return, for each precision, the most distinct gold pairs a threshold on the score reaches."""
    best = dict.fromkeys(PRECISIONS, 0)
    right: set[frozenset[str]] = set()
    seen = wrong = 0
    for same, key, _ in sorted(rows, key=lambda r: -r[2]):
        seen += 1
        if same:
            right.add(key)
        else:
            wrong += 1
        for p in PRECISIONS:
            if (seen - wrong) / seen >= p:
                best[p] = max(best[p], len(right))
    return best


def main(argv: list[str]) -> int:
    """Print the reasons and the ceiling; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a store that ingested the gold's articles")
    parser.add_argument("--examples", type=int, default=0, help="print N pairs of each reason")
    args = parser.parse_args(argv)
    sl = scorer()
    gold, articles, _, _ = sl.load_gold(str(GOLD), str(ARTICLES))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or gold_store(Path(tmp), gold, articles)
        store = Store.open(db)
        claims = list(store.iter_claims())
        linked = {frozenset((x.from_, x.to)) for x in store.iter_links()}
        item_of = stands_for(claims, gold, articles, sl.overlap)
        seen = Diagnosis(store, claims, linked)
        store.close()
    standing: dict[str, list[str]] = defaultdict(list)
    for cid, item in item_of.items():
        standing[item["key"]].append(cid)
    props: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in gold:
        if item["prop"] is not None:
            props[item["prop"]].append(item)
    reasons: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    pairs = 0
    for mentions in props.values():
        for m1, m2 in itertools.combinations(mentions, 2):
            if m1["article"] == m2["article"]:
                continue
            pairs += 1
            if not (standing[m1["key"]] and standing[m2["key"]]):
                continue
            found = [
                (*seen.reason(a, b), a, b) for a in standing[m1["key"]] for b in standing[m2["key"]]
            ]
            why, value, a, b = max(found, key=lambda f: (f[0] == "linked", f[1]))
            reasons[why] += 1
            texts = (seen.items[a].claim.text[:70], seen.items[b].claim.text[:70])
            examples[why].append(f"    {value:.2f} {m1['prop']}: {texts[0]!r} || {texts[1]!r}")
    extracted = sum(reasons.values())
    print(f"cross-article gold pairs {pairs}, both extracted {extracted}")
    for why, n in sorted(reasons.items(), key=lambda r: (-r[1], r[0])):
        print(f"  {n:4}  {why}")
        for line in examples[why][: args.examples]:
            print(line)
    rows = []
    ids = sorted(item_of)
    for a, b in itertools.combinations(ids, 2):
        ia, ib = item_of[a], item_of[b]
        if ia["article"] == ib["article"] or ia["story"] != ib["story"] or ia["key"] == ib["key"]:
            continue
        same = ia["prop"] is not None and ia["prop"] == ib["prop"]
        rows.append((same, frozenset((ia["key"], ib["key"])), seen.value(a, b)))
    reach = ", ".join(f"{n} at {p}" for p, n in ceiling(rows).items())
    print(f"pair score ceiling (distinct gold pairs at precision): {reach}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
