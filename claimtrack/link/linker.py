"""Link claims: block candidates through the index, score them, orient and type each link."""

# ruff: noqa: RUF001, RUF003  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from claimtrack.link.features import Features, features, merge, sentence_around
from claimtrack.link.index import Index
from claimtrack.link.relation import claim_relation
from claimtrack.link.score import THRESHOLD, recall, score
from claimtrack.models import Claim, Link, Relation, Stance, link_id

# stances that answer another claim rather than put something forward
RESPONSES = frozenset({Stance.DENIES, Stance.CONFIRMS, Stance.DECLINES})
# a claim's sentence counts for a little less than its own words
CONTEXT_DISCOUNT = 0.9
SET_DENIAL_SCORE = 0.9
SAME_SPEAKER_BONUS = 0.15
QUOTE_AGAIN = 0.55
# claims with fewer content words than this score lower, in proportion
FULL_EVIDENCE = 4
# an answer is linked to its best target when that scores at least this, even below THRESHOLD
ANSWER_FLOOR = 0.35

# a short quotation inside a claim: making “stupid” statements, it is “a good thing”
_QUOTATION = re.compile(r"[“\"]([^”\"]{1,60})[”\"]")
_NAME = r"((?:[A-Z][\w’'-]+\s){0,3}[A-Z][\w-]+)"
_SET_NOUN = (
    r"(?:stories|claims|allegations|assertions|accusations|reports|charges|lies|"
    r"accounts|revelations|smears|book|reporting)"
)
# the source of a denied set: "Woodward’s assertions", "Woodward's new book"
_SET_OWNER = re.compile(_NAME + r"[’']s?\s(?:[\w-]+\s){0,2}" + _SET_NOUN + r"\b")
# the source of a denied set named by its work: "the book’s claims", "the report's allegations"
_SET_WORK = re.compile(
    r"\b(?:the|this|that|his|her|their)\s(book|report|article|memoir|dossier|film|documentary|story)"
    r"[’']s\s(?:[\w-]+\s){0,2}" + _SET_NOUN + r"\b",
    re.IGNORECASE,
)
# the source of a denied set: "made-up stories by Bob Woodward", "the claims of Mr Smith"
_SET_BY = re.compile(r"\b" + _SET_NOUN + r"\s(?:[\w-]+\s){0,2}?(?:by|from|of|in)\s" + _NAME)
# a denial of a whole set: "none of these ... are true", "all of the allegations", plurals
_SET_WORDS = re.compile(
    r"\b(?:none of|all of|any of|every one of|these|those|all the|all)\b|"
    r"\b(?:assertions|allegations|stories|claims|accusations|reports|charges)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Item:
    """A claim with what linking needs: its date, article rank, sentence and features."""

    claim: Claim
    published: date | None
    rank: int  # the article's place in the store (ingest order), for claims of the same date
    sentence: tuple[int, int] | None
    context: str
    own: Features
    wide: Features  # the claim's words and those of its sentence
    quoted: tuple[frozenset[str], ...] = ()  # the stems of each short quotation in the claim

    @property
    def keys(self) -> frozenset[str]:
        """Return the keys it is indexed under: an answer's sentence names what it answers."""
        return self.wide.keys if self.responds else self.own.keys

    @property
    def responds(self) -> bool:
        """Return whether the claim answers another (denies, confirms, declines)."""
        return self.claim.stance in RESPONSES


def make_item(
    claim: Claim,
    article_text: str | None = None,
    published: date | None = None,
    rank: int = 0,
    others: Iterable[tuple[int, int, Stance]] = (),
) -> Item:
    """Return the linking item of a claim, its sentence taken from the article text when given.

    `others` are the spans and stances of the article's claims: their words are left out of
    this claim's context, so that "the book claims that A and that B" does not make A look
    like B; an answer keeps the words of answers like it in its sentence ("Peskov denied the
    allegations about the calls, stating, 'it's not true'").
    """
    own = features(claim.text)
    if article_text is None:
        return Item(claim, published, rank, None, "", own, own, quotations(claim.text))
    start, end = claim.span
    if claim.cue_span is not None:
        start, end = min(start, claim.cue_span[0]), max(end, claim.cue_span[1])
    lo, hi = sentence_around(article_text, start, end)
    context = article_text[lo:hi]
    for o_start, o_end, o_stance in others:
        if claim.stance in RESPONSES and o_stance is claim.stance:
            continue
        if o_start < hi and lo < o_end and (o_start, o_end) != claim.span:
            a, b = max(o_start, lo) - lo, min(o_end, hi) - lo
            context = context[:a] + " " * (b - a) + context[b:]
    wide = merge(own, features(context))
    return Item(claim, published, rank, (lo, hi), context, own, wide, quotations(claim.text))


def quotations(text: str) -> tuple[frozenset[str], ...]:
    """Return the stems of each short quotation inside a claim ("making “stupid” statements")."""
    out = []
    for m in _QUOTATION.finditer(text):
        stems = features(m.group(1)).stems
        if stems:
            out.append(stems)
    return tuple(out)


def quotes_other(a: Item, b: Item) -> bool:
    """Return whether some quotation of one claim is all found in the other's words."""
    return any(q <= b.own.stems for q in a.quoted) or any(q <= a.own.stems for q in b.quoted)


def later(a: Item, b: Item) -> bool:
    """Return whether a came after b: article date, then ingest order, then position."""
    if a.published and b.published and a.published != b.published:
        return a.published > b.published
    if a.claim.article != b.claim.article:
        return a.rank > b.rank
    return a.claim.span[0] > b.claim.span[0]


def orient(a: Item, b: Item) -> tuple[Item, Item] | None:
    """Return (responding, responded-to) for a pair, or None when neither answers the other."""
    if a.responds and b.responds:
        return None  # two answers to the same claim do not answer each other
    if a.responds != b.responds:
        return (a, b) if a.responds else (b, a)
    return (a, b) if later(a, b) else (b, a)


def same_sentence(a: Item, b: Item) -> bool:
    """Return whether two claims share a sentence of one article (parts of one statement)."""
    if a.claim.article != b.claim.article:
        return False
    if a.sentence is None or b.sentence is None:
        return False
    return a.sentence[0] < b.sentence[1] and b.sentence[0] < a.sentence[1]


def pair_score(
    resp: Item, target: Item, weigh: Index | None = None, threshold: float = THRESHOLD
) -> float:
    """Return how surely the responding claim is about the target, 0..1."""
    w = weigh.idf if weigh is not None else (lambda _: 1.0)
    total = weigh.total if weigh is not None else None
    value = score(resp.own, target.own, w, total)
    fewest = min(len(resp.own.stems), len(target.own.stems))
    if fewest < FULL_EVIDENCE:
        # two or three shared words ("in an interview with CNN") are thin evidence
        value *= (fewest + 1) / (FULL_EVIDENCE + 1)
    if value >= threshold:
        return value  # the words alone decide; the sentences could only add to it
    same_speaker = resp.claim.speaker is not None and resp.claim.speaker == target.claim.speaker
    if resp.responds:
        # an answer's object is often in its sentence, not its words: "Peskov denied the
        # allegations about secret phone calls between Trump and Putin: 'it's not true'"
        value = max(value, CONTEXT_DISCOUNT * recall(target.own, resp.wide, w))
    elif same_speaker and resp.claim.article != target.claim.article:
        # a speaker repeating themselves elsewhere paraphrases; their sentences (the same
        # names, the same blame) say more than the words of the claim alone. Within one
        # article the same speaker's claims share their context by nature: not there.
        wide = score(resp.wide, target.wide, w, total)
        value = max(value, CONTEXT_DISCOUNT * wide + SAME_SPEAKER_BONUS)
        if quotes_other(resp, target):
            # the same speaker's own words quoted again ("stupid", "a good thing")
            value = max(value, QUOTE_AGAIN)
    return min(1.0, value)


def make_link(resp: Item, target: Item, value: float) -> Link:
    """Return the link from the responding claim to its target."""
    relation = claim_relation(resp.claim.stance, resp.claim.text, resp.claim.cue)
    return _link(resp.claim.id, target.claim.id, relation, value)


def _link(from_: str, to: str, relation: Relation, value: float) -> Link:
    value = round(min(1.0, max(0.0, value)), 4)
    return Link(id=link_id(from_, to, relation), from_=from_, to=to, relation=relation, score=value)


def set_sources(item: Item) -> set[str]:
    """Return the last names of the sources whose whole set of claims this denial rejects."""
    if item.claim.stance is not Stance.DENIES:
        return set()
    found: set[str] = set()
    for text in (item.claim.text, item.context):
        if not _SET_WORDS.search(text):
            continue
        for m in (*_SET_OWNER.finditer(text), *_SET_BY.finditer(text), *_SET_WORK.finditer(text)):
            found.add(m.group(1).split()[-1].lower())
    return found


def set_denials(items: Sequence[Item]) -> list[Link]:
    """Return the links from each set denial to every asserted claim of its source in the article."""
    out: list[Link] = []
    for denial in items:
        for name in set_sources(denial):
            for other in items:
                c = other.claim
                if other is denial or c.article != denial.claim.article or other.responds:
                    continue
                said_by = f"{c.speaker or ''} {c.speaker_mention or ''}".lower()
                if name in said_by.split() or name in said_by:
                    out.append(_link(denial.claim.id, c.id, Relation.DENIES, SET_DENIAL_SCORE))
    return out


class Linker:
    """Claims seen so far, indexed; adding new ones returns their links to all seen."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.items: list[Item] = []
        self.index = Index()

    def preload(self, items: Iterable[Item], *, count: bool = True) -> None:
        """Index claims already linked, without linking them again (count=False: already in base counts)."""
        for item in items:
            self.index.add(len(self.items), item.keys, count=count)
            self.items.append(item)

    def add(self, items: Sequence[Item]) -> list[Link]:
        """Index new claims and return their links to the claims seen before and to each other."""
        first = len(self.items)
        self.preload(items)
        links: dict[str, Link] = {}
        seen: set[tuple[int, int]] = set()
        for pos in range(first, len(self.items)):
            item = self.items[pos]
            best: tuple[float, Item, Item] | None = None
            for other_pos in self.index.candidates(item.wide.keys, indexed=item.keys):
                if other_pos >= first and not item.responds:
                    # candidates are not symmetric (a query uses the claim's sentence, the
                    # index its words): a pair of new claims is scored once, from either side
                    pair_key = (min(pos, other_pos), max(pos, other_pos))
                    if pair_key in seen:
                        continue
                    seen.add(pair_key)
                other = self.items[other_pos]
                if other_pos == pos or same_sentence(item, other):
                    continue
                pair = orient(item, other)
                if pair is None:
                    continue
                value = pair_score(*pair, self.index, self.threshold)
                if value >= self.threshold:
                    link = make_link(*pair, value)
                    links[link.id] = link
                if pair[0] is item and (best is None or value > best[0]):
                    best = (value, *pair)
            if best is not None and ANSWER_FLOOR <= best[0] < self.threshold and item.responds:
                # an answer answers something: its best target, even when the words differ
                link = make_link(best[1], best[2], best[0])
                links[link.id] = link
        for link in set_denials(items):
            links.setdefault(link.id, link)
        return list(links.values())


def link_claims(
    claims: Sequence[Claim],
    texts: Mapping[str, str] | None = None,
    dates: Mapping[str, date | None] | None = None,
    threshold: float = THRESHOLD,
) -> list[Link]:
    """Return the links among claims (article texts and dates by article id, both optional)."""
    texts = texts or {}
    dates = dates or {}
    ranks: dict[str, int] = {}
    for c in claims:
        ranks.setdefault(c.article, len(ranks))
    spans: dict[str, list[tuple[int, int, Stance]]] = {}
    for c in claims:
        spans.setdefault(c.article, []).append((*c.span, c.stance))
    items = [
        make_item(c, texts.get(c.article), dates.get(c.article), ranks[c.article], spans[c.article])
        for c in claims
    ]
    return Linker(threshold).add(items)
