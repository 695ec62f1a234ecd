"""List the cross-source gold's mentions that no extracted claim stands for.

A claim stands for the gold item of its article it overlaps most, when it covers at least 30%
of that item or lies at least half inside it (../shared/tools/score_links.py's own rule, read
from that file). Each mention no claim stands for is printed with its paragraph context and
the claims of its paragraph; a mention that some claim covers while standing for another item
(one long claim over two mentions, or a distractor with the same words) is marked "taken".

usage: python benchmarks/unextracted_mentions.py [--summary]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from typing import Any

from links_gold import ARTICLES, GOLD, scorer

from claimtrack.extract import extract
from claimtrack.models import Article, Claim


def covers(span: tuple[int, int], item: dict[str, Any], overlap: Any) -> int:
    """Return the overlap of a claim span with a gold item when the scorer's rule holds, or 0."""
    common = int(overlap(span, item["span"]))
    size = item["span"][1] - item["span"][0]
    if common and (common / size >= 0.3 or common / max(1, span[1] - span[0]) >= 0.5):
        return common
    return 0


def main() -> None:
    """Print the unextracted mentions (or only their count with --summary)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summary", action="store_true", help="print the counts only")
    args = parser.parse_args()
    score_links = scorer()
    items, articles, _, _ = score_links.load_gold(str(GOLD), str(ARTICLES))
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_article[item["article"]].append(item)
    claims: dict[str, list[Claim]] = {}
    found: set[str] = set()
    for name, text in articles.items():
        claims[name] = extract(Article.from_text(text))
        for c in claims[name]:
            best = max(by_article[name], key=lambda it: covers(c.span, it, score_links.overlap))
            if covers(c.span, best, score_links.overlap):
                found.add(best["key"])
    mentions = [it for it in items if it["prop"] is not None]
    missed = [m for m in mentions if m["key"] not in found]
    taken = 0
    for m in missed:
        text = articles[m["article"]]
        start, end = m["span"]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        near = [c for c in claims[m["article"]] if c.span[1] > line_start and c.span[0] < line_end]
        is_taken = any(covers(c.span, m, score_links.overlap) for c in near)
        taken += is_taken
        if args.summary:
            continue
        print(f"## {m['key']} {m['article']}{' (taken)' if is_taken else ''}")
        print(f"{text[max(line_start, start - 200) : start]}[[{text[start:end]}]]", end="")
        print(text[end : min(line_end, end + 120)])
        for c in near:
            print(f"  claim {c.cue!r} {c.speaker!r}: {c.text[:150]!r}")
        print()
    print(
        f"{len(mentions) - len(missed)} of {len(mentions)} mentions extracted; "
        f"{len(missed)} not, {taken} of them covered by a claim that stands for another item"
    )


if __name__ == "__main__":
    main()
