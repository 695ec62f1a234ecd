"""How alike two claims are, from 0 to 1: rapidfuzz on normalised text, shared names and numbers."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz import fuzz

from claimtrack.link.features import Features, names_differ

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


class Shape(NamedTuple):
    """What a pair's score takes from their features whatever the weights."""

    fuzzy: float  # rapidfuzz's token set ratio of their stems, 0..1
    names: float  # the factor for naming different people or places (1.0: none)
    numbers: float  # the factor for their numbers (1.0: one states none)


def shape(a: Features, b: Features) -> Shape | None:
    """Return the weightless part of two feature sets' score, None when they share no stem
    (their score is 0 whatever the weights)."""
    if not a.stems or not b.stems or a.stems.isdisjoint(b.stems):
        return None  # no shared word: spelling alone does not make two claims alike
    fuzzy = fuzz.token_set_ratio(a.norm, b.norm, processor=None) / 100.0
    # two claims naming different people or places are rarely about the same thing
    names = NAMES_APART if names_differ(a.names, b.names) else 1.0
    numbers = 1.0
    if a.numbers and b.numbers:
        # "seven times" against "seven occasions" is a good sign; 500 against 4,000 a bad one
        numbers = 1.1 if a.numbers & b.numbers else 0.9
    return Shape(fuzzy, names, numbers)


def weighed(
    a: Features, b: Features, parts: Shape, weigh: Weigher = _flat, total: Totaller | None = None
) -> float:
    """Return the score of two feature sets sharing a stem, from their shape and the weights."""
    words = overlap(a.stems, b.stems, weigh, total)
    value = FUZZY_WEIGHT * parts.fuzzy + (1.0 - FUZZY_WEIGHT) * words
    # (a factor of 1.0 leaves the float as it is)
    value *= parts.names
    value *= parts.numbers
    return min(1.0, value)


def score(a: Features, b: Features, weigh: Weigher = _flat, total: Totaller | None = None) -> float:
    """Return the similarity of two feature sets, 0..1."""
    parts = shape(a, b)
    return 0.0 if parts is None else weighed(a, b, parts, weigh, total)
