"""Match incoming texts (headlines, posts) against known claims and say how each relates to its match."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from claimtrack.link.features import Features, features
from claimtrack.link.index import Index
from claimtrack.link.posts import plain
from claimtrack.link.relation import text_relation
from claimtrack.link.score import score
from claimtrack.models import Relation
from claimtrack.read.jsontext import BadJSON, loads

# a known claim with fewer content words than this is a weaker match, in proportion
FULL_EVIDENCE = 2
# in ranking, the rarest word a text shares with a claim adds this much at most (a word
# only one claim holds): "Nun gives birth to surprise baby" is about the claim that names
# the nun, not "A woman tried to eat her baby after giving birth". On Emergent train the
# right claim comes first 1,773 -> 1,784 of 2,071 times (0.1: 1,780; 0.3: 1,785).
RARE_WEIGHT = 0.2


@dataclass(frozen=True, slots=True)
class Match:
    """The claim an input text is about, how alike they are, and the text's relation to it."""

    id: Any
    claim: str | None
    score: float
    relation: Relation | None

    def record(self) -> dict[str, Any]:
        """Return the match as the JSON object `claimtrack match` prints."""
        return {
            "id": self.id,
            "claim": self.claim,
            "score": round(self.score, 4),
            "relation": self.relation.value if self.relation else None,
        }


class Matcher:
    """Known claims, indexed for matching free texts against them."""

    def __init__(self, claims: Iterable[tuple[str, str]]) -> None:
        self.ids: list[str] = []
        self.texts: list[str] = []
        self.features: list[Features] = []
        # keep every posting: the known claims are few next to a whole store, and the
        # best match must not be lost to a cap meant for linking at scale
        self.index = Index(max_posting=1 << 30)
        for claim_id, text in claims:
            f = features(text)
            self.index.add(len(self.ids), f.keys)
            self.ids.append(claim_id)
            self.texts.append(text)
            self.features.append(f)

    def best(self, text: str) -> tuple[int, float] | None:
        """Return the position and score of the known claim most like the text, or None.

        A claim of very few words scores lower in proportion (a post that mentions
        "Trump" is not about the claim "Trump"); the claim sharing the text's rarest word
        ranks higher; on a tie the claim stored first wins.
        """
        f = features(plain(text))
        found = self.index.candidates(f.keys, limit=50, min_shared=1)
        if not found:
            return None
        idf = self.index.idf
        rarest = math.log(1.0 + (self.index.size + 1) / 2)  # the idf of a word one claim holds
        scored = []
        for i in found:
            value = score(f, self.features[i], idf)
            words = len(self.features[i].stems)
            if words < FULL_EVIDENCE:
                value *= (words + 1) / (FULL_EVIDENCE + 1)
            shared = f.stems & self.features[i].stems
            rare = max(map(idf, shared), default=0.0) / rarest
            scored.append((value + RARE_WEIGHT * rare, -i, value))
        _, pos, value = max(scored)
        return -pos, value

    def match(self, key: Any, text: str) -> Match:
        """Return the best match of the text among the known claims (claim None when nothing shares a word)."""
        hit = self.best(text)
        if hit is None:
            return Match(key, None, 0.0, None)
        pos, value = hit
        return Match(key, self.ids[pos], value, text_relation(plain(text), self.texts[pos]))


def relate(key: Any, text: str, claim: str) -> Match:
    """Return the relation of the text to a claim given with it (no search)."""
    value = score(features(text), features(claim))
    return Match(key, None, value, text_relation(text, claim))


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line of input that could not be used, and why."""

    number: int
    reason: str


def read_requests(
    lines: Iterable[str | bytes],
) -> Iterator[tuple[int, dict[str, Any]] | BadLine]:
    """Yield (line number, object) for each JSON line with a string "text", or a BadLine.

    Lines given as bytes are decoded as UTF-8 one at a time: an invalid one is a BadLine.
    """
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield BadLine(number, f"not valid UTF-8 (byte {raw[exc.start]:#04x})")
                continue
        else:
            line = raw
        if not line.strip():
            continue
        try:
            obj = loads(line)
        except BadJSON as exc:
            yield BadLine(number, f"not JSON ({exc})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield BadLine(number, 'expected an object with a string "text"')
            continue
        if "claim" in obj and not isinstance(obj["claim"], str):
            yield BadLine(number, '"claim" must be a string')
            continue
        yield number, obj


def run(
    requests: Iterable[tuple[int, dict[str, Any]]], known: Callable[[], Matcher | None]
) -> Iterator[Match]:
    """Yield one match per request: related to its own "claim" when given, else searched.

    `known` is called once, at the first request that needs a search, so that a run whose
    every line carries its claim never loads the known claims.
    """
    matcher: Matcher | None = None
    loaded = False
    for _, obj in requests:
        key = obj.get("id")
        if isinstance(obj.get("claim"), str):
            yield relate(key, obj["text"], obj["claim"])
            continue
        if not loaded:
            matcher, loaded = known(), True
        if matcher is None:
            yield Match(key, None, 0.0, None)
        else:
            yield matcher.match(key, obj["text"])


def load_claims(
    lines: Iterable[str | bytes],
) -> tuple[list[tuple[str, str]], list[BadLine]]:
    """Return the (id, text) pairs of a claims file of JSON lines, and its bad lines."""
    good: list[tuple[str, str]] = []
    bad: list[BadLine] = []
    for item in read_requests(lines):
        if isinstance(item, BadLine):
            bad.append(item)
            continue
        number, obj = item
        if "id" not in obj:
            bad.append(BadLine(number, 'expected an "id"'))
            continue
        good.append((str(obj["id"]), obj["text"]))
    return good, bad
