"""How far grouping the claims of one proposition inside each article could carry tracking.

The cross-source gold's same-proposition pairs are concentrated: a few propositions hold most
of them, and one article often holds several mentions of one proposition. If the claims of a
proposition inside an article formed one group, a single link across two articles would join
every pair between them. This measures that multiplication before anything is built:

  bound     the cross-article gold pairs whose mentions both have claims, and of them those
            linked directly today; then, with a perfect grouping inside each article, those
            whose articles hold a right link on their proposition (one link joins them all),
            and those joined through a chain of such links
  scores    the same at thresholds of today's pair score (each cross-article pair of claims
            standing for gold items of one story): gold pairs reached, and the share of right
            pairs among the gold items the links would join (as precision_grouped counts them)
  inside    how well today's pair score finds the claims of one proposition inside an article
            (pairs at each threshold, and how many are of one proposition)
  context   whether the words around two claims (their sentence, paragraph, the article's
            first 600 characters) tell pairs of one proposition from others of one story
            at equal pair scores: share of one proposition per score band, overall and
            among pairs whose context cosine reaches 0.3

usage: python benchmarks/link_groups.py [--db STORE]
(without --db, the gold's 53 articles are ingested into a temporary store first)
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from link_reach import Diagnosis, gold_store, stands_for
from links_gold import ARTICLES, GOLD, scorer

from claimtrack.link.features import features
from claimtrack.link.score import overlap
from claimtrack.models import Claim
from claimtrack.store import Store

THRESHOLDS = (0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.45, 0.4)
BANDS = ((0.0, 0.2), (0.2, 0.3), (0.3, 0.4), (0.4, 0.55), (0.55, 1.01))
LEAD = 600
CONTEXT = 0.3

Item = dict[str, Any]
Node = tuple[str, str]


def components(nodes: Iterable[Node], edges: Iterable[frozenset[Node]]) -> Callable[[Node], Node]:
    """Return the root finder of the chains that these edges make over the nodes."""
    parent = {n: n for n in nodes}

    def find(x: Node) -> Node:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for edge in edges:
        a, b = tuple(edge)
        parent[find(a)] = find(b)
    return find


def node(item: Item) -> Node:
    """Return the group a perfect grouping inside articles puts a gold item in."""
    return (item["article"], item["prop"] or item["key"])


def joined(edges: set[frozenset[Node]], members: dict[Node, list[Item]]) -> tuple[int, int]:
    """Return the right and wrong cross-article pairs of gold items that the edges join."""
    right = wrong = 0
    for edge in edges:
        if len(edge) < 2:
            continue
        x, y = tuple(edge)
        for i1, i2 in itertools.product(members[x], members[y]):
            if i1["prop"] is not None and i1["prop"] == i2["prop"]:
                right += 1
            else:
                wrong += 1
    return right, wrong


def paragraph(text: str, claim: Claim) -> str:
    """Return the paragraph holding a claim."""
    lo = text.rfind("\n\n", 0, claim.span[0]) + 1
    hi = text.find("\n\n", claim.span[1])
    return text[lo : hi if hi >= 0 else len(text)]


def main(argv: list[str]) -> int:
    """Print the bounds; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a store that ingested the gold's articles")
    args = parser.parse_args(argv)
    sl = scorer()
    gold, articles, _, _ = sl.load_gold(str(GOLD), str(ARTICLES))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or gold_store(Path(tmp), gold, articles)
        store = Store.open(db)
        claims = list(store.iter_claims())
        links = list(store.iter_links())
        item_of = stands_for(claims, gold, articles, sl.overlap)
        seen = Diagnosis(store, claims, set())
        store.close()
    by_id = {c.id: c for c in claims}
    texts = {c.article: articles[Path(c.path or "").name] for c in claims if c.id in item_of}
    found = {item["key"]: item for item in item_of.values()}
    members: dict[Node, list[Item]] = defaultdict(list)
    for item in found.values():
        members[node(item)].append(item)
    props: dict[str, list[Item]] = defaultdict(list)
    for item in gold:
        if item["prop"] is not None:
            props[item["prop"]].append(item)
    pairs = [
        (m1, m2)
        for mentions in props.values()
        for m1, m2 in itertools.combinations(mentions, 2)
        if m1["article"] != m2["article"]
    ]
    both = [(m1, m2) for m1, m2 in pairs if m1["key"] in found and m2["key"] in found]

    direct: set[frozenset[str]] = set()
    edges: set[frozenset[Node]] = set()
    for x in links:
        i1, i2 = item_of.get(x.from_), item_of.get(x.to)
        if i1 and i2 and i1["prop"] is not None and i1["prop"] == i2["prop"]:
            direct.add(frozenset((i1["key"], i2["key"])))
            if i1["article"] != i2["article"]:
                edges.add(frozenset((node(i1), node(i2))))
    find = components(members, edges)
    print(f"cross-article gold pairs {len(pairs)}, both extracted {len(both)}")
    print(
        f"  linked directly today                        {sum(frozenset((a['key'], b['key'])) in direct for a, b in both)}"
    )
    print(
        f"  perfect grouping in articles + today's links {sum(frozenset((node(a), node(b))) in edges for a, b in both)}"
    )
    print(
        f"  ... and chains of such links                 {sum(find(node(a)) == find(node(b)) for a, b in both)}"
    )

    rows: list[tuple[str, str, float]] = []
    inside: list[tuple[bool, float]] = []
    for a, b in itertools.combinations(sorted(item_of), 2):
        ia, ib = item_of[a], item_of[b]
        if ia["key"] == ib["key"]:
            continue
        if ia["article"] == ib["article"]:
            same = ia["prop"] is not None and ia["prop"] == ib["prop"]
            inside.append((same, seen.value(a, b)))
        elif ia["story"] == ib["story"]:
            rows.append((a, b, seen.value(a, b)))
    print(
        "\npair score threshold: gold pairs reached directly | with perfect grouping in articles"
        " (share of right pairs among the gold items joined)"
    )
    for t in THRESHOLDS:
        plain = {frozenset((item_of[a]["key"], item_of[b]["key"])) for a, b, v in rows if v >= t}
        grouped = {frozenset((node(item_of[a]), node(item_of[b]))) for a, b, v in rows if v >= t}
        right, wrong = joined(grouped, members)
        reach = sum(frozenset((node(a), node(b))) in grouped for a, b in both)
        plain_reach = sum(frozenset((a["key"], b["key"])) in plain for a, b in both)
        share = right / (right + wrong) if right + wrong else 0.0
        print(f"  {t:.2f}  {plain_reach:4} | {reach:4} ({share:.2f})")

    print("\ninside one article: pairs of claims at a pair score, of one proposition")
    for t in THRESHOLDS:
        at = [same for same, v in inside if v >= t]
        print(f"  {t:.2f}  {len(at):4}  {sum(at):4}")
    print(f"  all   {len(inside):4}  {sum(same for same, _ in inside):4}")

    weight = seen.linker.index.weight
    around: dict[str, tuple[frozenset[str], ...]] = {}
    for cid in item_of:
        c, text = by_id[cid], texts[by_id[cid].article]
        around[cid] = (
            seen.items[cid].wide.stems,
            features(paragraph(text, c)).stems,
            features(text[:LEAD]).stems,
        )
    print(f"\ncontext: share of one proposition by pair score band (context cosine >= {CONTEXT})")
    print("  band         all            sentence       paragraph      lead")
    for lo, hi in BANDS:
        band = [(a, b) for a, b, v in rows if lo <= v < hi]
        cells = [band] + [
            [(a, b) for a, b in band if overlap(around[a][k], around[b][k], weight) >= CONTEXT]
            for k in range(3)
        ]
        out = []
        for cell in cells:
            same = sum(
                item_of[a]["prop"] is not None and item_of[a]["prop"] == item_of[b]["prop"]
                for a, b in cell
            )
            out.append(f"{same:4}/{len(cell):<5} {same / len(cell) if cell else 0:.2f}")
        print(f"  {lo:.2f}-{min(hi, 1):.2f}  " + "  ".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
