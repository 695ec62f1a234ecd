"""Whether all two claims share is one topic phrase: "the real estate mogul", "comprehensive
immigration reform", "the federal minimum wage".

A noun phrase names what claims are about, not what they say of it: "the real estate mogul
still has time to step up" and "they are set on voting for the real estate mogul" are two
propositions. A shared verb form ("hacked", "born"), a shared quotation ("an “artful smear”")
or words spread over the claim are a predicate, and stay evidence.
"""

# ruff: noqa: RUF001  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.link.features import CONCEPTS, TOKEN, Features, features, token_key

# each claim says at least this many content words besides the shared phrase
OTHER_WORDS = 2
# a word that is a verb form by its ending: "hacked", "sexting", "born" is in the lemma table
_VERB_FORM = re.compile(r"(?:ed|ing|en)$", re.IGNORECASE)
# a short quotation: a shared quoted phrase is a claim's own words ("“textbook definition”")
_QUOTED = re.compile(r"[“\"]([^”\"]{1,60})[”\"]|‘([^’]{1,60})’")


@lru_cache(maxsize=100_000)
def _keyed(text: str) -> tuple[tuple[str, str | None], ...]:
    """Return a text's tokens with their index keys (None for a stopword)."""
    return tuple((t, token_key(t)) for t in TOKEN.findall(text))


def _phrase(text: str, shared: frozenset[str]) -> list[str] | None:
    """Return the words of the shared keys when they stand side by side in the text, else None."""
    first: dict[str, int] = {}
    tokens = _keyed(text)
    for i, (_, key) in enumerate(tokens):
        if key in shared and key not in first:
            first[key] = i
    if len(first) != len(shared):
        return None
    where = sorted(first.values())
    if where[-1] - where[0] + 1 != len(where):
        return None
    return [tokens[i][0] for i in where]


def _quoted(text: str) -> frozenset[str]:
    return frozenset().union(
        *(features(m.group(1) or m.group(2)).stems for m in _QUOTED.finditer(text))
    )


def topic_only(a: str, fa: Features, b: str, fb: Features) -> bool:
    """Return whether two claims (texts and features) share only one noun phrase, each
    saying more of their own."""
    shared = frozenset(s for s in fa.stems & fb.stems if not s.startswith("~"))
    if not shared:
        return False
    # a concept met through different words is a paraphrased predicate: "would never have
    # begun" and "would not have occurred"
    if {s for s in fa.stems & fb.stems if s.startswith("~")} - {CONCEPTS.get(s) for s in shared}:
        return False
    for f in (fa, fb):
        if sum(not s.startswith("~") for s in f.stems - shared) < OTHER_WORDS:
            return False
    pa, pb = _phrase(a, shared), _phrase(b, shared)
    if pa is None or pb is None:
        return False
    if any(_VERB_FORM.search(w) for w in (*pa, *pb)):
        return False
    return not shared & (_quoted(a) | _quoted(b))
