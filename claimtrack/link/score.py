"""How alike two claims are, from 0 to 1: rapidfuzz on normalised text, shared names and numbers."""

from __future__ import annotations

import math
from collections.abc import Callable

from rapidfuzz import fuzz

from claimtrack.link.features import Features

# above this a pair becomes a link; measured on the seeds and PolNeAR train (see benchmarks/)
THRESHOLD = 0.55

# How the parts combine, tuned on Emergent train (claim retrieval among 240 claims): the
# idf-weighted word overlap ranks best; rapidfuzz adds word order and near-spellings.
FUZZY_WEIGHT = 0.2
NAMES_APART = 0.9

Weigher = Callable[[str], float]
Totaller = Callable[[frozenset[str]], float]


def _flat(_: str) -> float:
    return 1.0


def overlap(
    a: frozenset[str], b: frozenset[str], weigh: Weigher = _flat, total: Totaller | None = None
) -> float:
    """Return the weighted cosine of two sets (1 when equal, 0 when disjoint).

    `total` returns the summed weight of a set (a cache of it), when the caller keeps one.
    """
    if not a or not b:
        return 0.0
    common = a & b
    if not common:
        return 0.0
    if total is None:
        norm = sum(map(weigh, a)) * sum(map(weigh, b))
    else:
        norm = total(a) * total(b)
    return sum(map(weigh, common)) / math.sqrt(norm)


def recall(part: Features, whole: Features, weigh: Weigher = _flat, least: int = 3) -> float:
    """Return the weighted share of part's words found in whole (0 when fewer than `least` are)."""
    shared = part.stems & whole.stems
    if len(shared) < least:
        return 0.0
    return sum(map(weigh, shared)) / sum(map(weigh, part.stems))


def score(a: Features, b: Features, weigh: Weigher = _flat, total: Totaller | None = None) -> float:
    """Return the similarity of two feature sets, 0..1."""
    if not a.stems or not b.stems:
        return 0.0
    words = overlap(a.stems, b.stems, weigh, total)
    if not words:
        return 0.0  # no shared word: spelling alone does not make two claims alike
    fuzzy = fuzz.token_set_ratio(a.norm, b.norm, processor=None) / 100.0
    value = FUZZY_WEIGHT * fuzzy + (1.0 - FUZZY_WEIGHT) * words
    if a.names and b.names and not a.names & b.names:
        # two claims naming different people or places are rarely about the same thing
        value *= NAMES_APART
    if a.numbers and b.numbers:
        # "seven times" against "seven occasions" is a good sign; 500 against 4,000 a bad one
        value *= 1.1 if a.numbers & b.numbers else 0.9
    return min(1.0, value)
