"""Tracked claims: clusters of linked claims, each with its first assertion, its answers and a status."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

from claimtrack.enums import Status as Status
from claimtrack.enums import TrackOrder as Sort
from claimtrack.link.central import CENTRAL, Weights, central
from claimtrack.link.score import THRESHOLD
from claimtrack.models import Claim, Link, Relation, Stance
from claimtrack.store import ArticleMeta, Store

# links that put the same assertion forward again: they grow a cluster
SAME = frozenset({Relation.REPEATS, Relation.REPORTS})
# links at least this sure make a group; weaker ones join nothing (`links` lists them)
STRONG = 0.6
ASSERTS = "asserts"
# two groups answered by the same claims of this many other articles are one proposition
SHARED_ANSWERS = 2
# a claim left alone joins the group it repeats one member of this surely, the surest of its
# repeats, when it repeats another member too (at the linker's THRESHOLD or more)
SURE = 0.7
# claims of up to this many words are equally fit to be a group's centre; a longer one may
# hold two statements ("He is becoming ISIS's best recruiter," she said. "They are going to
# people, showing videos of Donald Trump ..."), and a shorter claim it repeats is the centre
CENTRE_WORDS = 15


@dataclass(frozen=True, slots=True)
class Member:
    """One claim of a cluster and what it does: asserts (the first), repeats, confirms, ..."""

    claim: Claim
    role: str  # "asserts" for the first assertion, else a Relation value
    to: str | None  # the claim it answers or repeats
    score: float | None


@dataclass(slots=True)
class Tracked:
    """A claim followed across sources: its first assertion and every claim linked to it."""

    first: Claim
    members: list[Member] = field(default_factory=list)
    articles: dict[str, ArticleMeta] = field(default_factory=dict)
    # the member that best states what the group says (the first assertion when unset)
    representative: Claim | None = None

    @property
    def proposition(self) -> Claim:
        """Return the claim whose words best state the group's proposition."""
        return self.representative or self.first

    @property
    def status(self) -> Status:
        """Return confirmed, disputed, denied or unconfirmed from the answers.

        A claim answered by a denial ("Peskov denied the allegations") is denied; one that
        someone else asserts the opposite of ("Gates was not working for Yanukovych's
        party"), or that is both confirmed and denied, is disputed.
        """
        roles = {m.role for m in self.members}
        confirmed = Relation.CONFIRMS.value in roles
        denied = Relation.DENIES.value in roles
        countered = any(
            m.role == Relation.DENIES.value and m.claim.stance is Stance.ASSERTS
            for m in self.members
        )
        if (confirmed and denied) or countered:
            return Status.DISPUTED
        if confirmed:
            return Status.CONFIRMED
        if denied:
            return Status.DENIED
        return Status.UNCONFIRMED

    @property
    def sources(self) -> int:
        """Return how many distinct sources (or paths, for articles without one) hold a member."""
        found = set()
        for m in self.members:
            meta = self.articles.get(m.claim.article)
            found.add((meta.source if meta else None) or m.claim.path or m.claim.article)
        return len(found)

    @property
    def article_count(self) -> int:
        """Return how many distinct articles hold a member (a corpus may name no sources)."""
        return len({m.claim.article for m in self.members})

    @property
    def newest(self) -> date | None:
        """Return the latest publication date among the members' articles."""
        days = [
            meta.published
            for m in self.members
            if (meta := self.articles.get(m.claim.article)) and meta.published
        ]
        return max(days, default=None)

    def by_role(self, role: str) -> list[Member]:
        """Return the members with this role, in order."""
        return [m for m in self.members if m.role == role]

    def record(self) -> dict[str, Any]:
        """Return the tracked claim as a JSON object with every member and its relation."""
        return {
            "id": self.first.id,
            "text": self.first.text,
            "proposition": self.proposition.text,
            "proposition_id": self.proposition.id,
            "speaker": self.first.speaker,
            "span": list(self.first.span),
            "status": self.status.value,
            "sources": self.sources,
            "articles": self.article_count,
            **self._where(self.first),
            "counts": {r.value: len(self.by_role(r.value)) for r in Relation},
            "members": [
                {
                    "id": m.claim.id,
                    "relation": m.role,
                    "to": m.to,
                    "score": m.score,
                    "speaker": m.claim.speaker,
                    "stance": m.claim.stance.value,
                    "text": m.claim.text,
                    "span": list(m.claim.span),
                    **self._where(m.claim),
                }
                for m in self.members
            ],
        }

    def _where(self, claim: Claim) -> dict[str, Any]:
        meta = self.articles.get(claim.article)
        return {
            "article": claim.article,
            "path": claim.path,
            "source": meta.source if meta else None,
            "title": meta.title if meta else None,
            "url": meta.url if meta else None,
            "published": meta.published.isoformat() if meta and meta.published else None,
        }


class _Sets:
    """Union-find over claim ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        """Return the representative of x's set (x joins the sets if new)."""
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        """Merge the sets of a and b."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _when(
    claim: Claim, articles: Mapping[str, ArticleMeta], ranks: Mapping[str, int]
) -> tuple[Any, ...]:
    meta = articles.get(claim.article)
    day = meta.published if meta and meta.published else None
    # undated, or on one date: by article id, never by the order of ingest
    return (day is None, day or date.min, ranks.get(claim.article, 0), claim.article, claim.span[0])


def _joins(
    sets: _Sets, centre: dict[str, str], grown: set[str], x: Link, length: Mapping[str, int]
) -> bool:
    """Join the two ends of a strong link when one is alone and the other is a group's centre,
    or when both are centres of groups.

    No chaining: a claim joins a group only through a strong link to the claim at its centre,
    so a weak resemblance of resemblances ("the Muslim ban" ... "the Mexico wall") makes no group.
    Of two claims alone, the one of fewer words (`length`) is the centre, else the one
    repeated: a long claim may hold two statements, and would join the groups of both.
    Two groups whose centres say one thing are one ("Clinton and her team were 'extremely
    careless in their handling of very sensitive, highly classified information'" and "Clinton
    had been 'extremely careless' in her handling of classified material"): the first keeps
    its centre, so every member stays within two strong links of it.
    """
    a, b = x.from_, x.to
    ra, rb = sets.find(a), sets.find(b)
    if ra == rb:
        return True
    a_alone, b_alone = a not in grown, b not in grown
    if a_alone and b_alone:
        sets.union(b, a)
        # the shorter claim, else the one repeated (the earlier): never the order of the ends
        centre[sets.find(b)] = a if length[a] < length[b] else b
    elif a_alone and centre.get(rb) == b:
        sets.union(b, a)
    elif b_alone and centre.get(ra) == a:
        sets.union(a, b)
    elif centre.get(ra) == a and centre.get(rb) == b:
        sets.union(a, b)
        centre.pop(rb, None)
    else:
        return False
    grown.update((a, b))
    return True


def _join_twice_repeating(
    sets: _Sets, links: Iterable[Link], grown: set[str], answering: set[str]
) -> None:
    """Join a claim left alone to the group two of whose members it repeats, the surest
    of its repeats at SURE or more.

    A claim joins a group through its centre only (`_joins`), so that a resemblance of
    resemblances makes none; but one that repeats two members says what the group says, in
    words its centre may not share: the FBI's "while Clinton and her staffers were careless
    in how they handled classified information, no reasonable prosecutor would bring
    charges against them" repeats Comey's "while Clinton and her aides had been 'extremely
    careless' with her handling of classified materials ..." (0.71) and "Clinton and her
    team were 'extremely careless in their handling of very sensitive, highly classified
    information'" (0.58), not the centre. A claim that repeats members of two groups joins
    the one it repeats most surely, when it repeats two of its members; a link under the
    linker's THRESHOLD counts for none.
    """
    # a claim alone -> its surest repeat of a group's member, and that member
    surest: dict[str, tuple[float, str]] = {}
    # a claim alone and the root of a group -> the members it repeats
    near: dict[tuple[str, str], set[str]] = {}
    for x in links:
        if x.relation not in SAME or (x.from_ in answering and x.to in answering):
            continue
        score = x.score or 0.0
        if score < THRESHOLD:
            continue
        for lone, member in ((x.from_, x.to), (x.to, x.from_)):
            if lone not in grown and member in grown:
                near.setdefault((lone, sets.find(member)), set()).add(member)
                surest[lone] = max(surest.get(lone, (0.0, "")), (score, member))
    for lone, (score, member) in sorted(surest.items()):
        root = sets.find(member)
        if score >= SURE and len(near[(lone, root)]) >= 2:
            sets.union(root, lone)


def _join_answered_alike(sets: _Sets, links: Iterable[Link], claims: Mapping[str, Claim]) -> None:
    """Join groups that the same answers answer the same way, from SHARED_ANSWERS articles or
    more.

    An answer answers something specific (linker.py): when the condemnations of one proposal
    ("Jewish groups condemned Trump's proposal to ban Muslims from entering the United
    States", "Cameron ... over his call for the ban") each answer a group around "a total and
    complete shutdown of Muslims entering the United States", one around "a ban" and one
    around "a temporary halt to Muslims entering the country", the answers say the three are
    one proposition, in words the groups do not share. Answers that deny one group and confirm
    the other ("disputed their account" of Fields and Lewandowski's "he had never touched
    Fields") say the two are a claim and its denial, not one group. An answer of the target's
    own article (a set denial of "Woodward's assertions" answers each of them) joins nothing.
    """
    # an answer and how -> the roots of the groups it answers so
    answered: dict[tuple[str, Relation], set[str]] = {}
    for x in links:
        if x.relation in SAME or claims[x.from_].article == claims[x.to].article:
            continue
        answered.setdefault((x.from_, x.relation), set()).add(sets.find(x.to))
    shared: dict[tuple[str, str], set[str]] = {}  # two roots -> the articles answering both
    for (cid, _), roots in sorted(answered.items()):
        for pair in combinations(sorted(roots), 2):
            shared.setdefault(pair, set()).add(claims[cid].article)
    for (a, b), articles in sorted(shared.items()):
        ra, rb = sets.find(a), sets.find(b)
        if len(articles) >= SHARED_ANSWERS and ra != rb:
            sets.union(ra, rb)


def build(
    claims: Mapping[str, Claim],
    links: Iterable[Link],
    articles: Mapping[str, ArticleMeta] | None = None,
    ranks: Mapping[str, int] | None = None,
) -> list[Tracked]:
    """Return the tracked claims made by these links, earliest first assertion first."""
    articles = articles or {}
    ranks = ranks or {}
    links = [x for x in links if x.from_ in claims and x.to in claims]
    sets = _Sets()
    centre: dict[str, str] = {}  # a group's root -> the claim all its members link to
    grown: set[str] = set()  # claims that joined a group through a strong link
    # answers belong to the groups they answer: two that agree (two condemnations of one
    # proposal) are no group of their own
    answering = {x.from_ for x in links if x.relation not in SAME}
    length = {i: max(len(c.text.split()), CENTRE_WORDS) for i, c in claims.items()}
    # strongest first; links of one score by their two ends, whichever repeats the other
    for x in sorted(links, key=lambda x: (-(x.score or 0.0), *sorted((x.from_, x.to)))):
        if x.relation in SAME and x.from_ in answering and x.to in answering:
            continue
        if (
            x.relation in SAME
            and (x.score or 0.0) >= STRONG
            and _joins(sets, centre, grown, x, length)
        ):
            continue
        sets.find(x.to)
    _join_twice_repeating(sets, links, grown, answering)
    _join_answered_alike(sets, links, claims)
    # an end of a strong repeat that the no-chaining rule keeps out of a group still says
    # what another outlet says: listed alone, not lost to `track QUERY`
    repeated = {
        end
        for x in links
        if x.relation in SAME and (x.score or 0.0) >= STRONG
        for end in (x.from_, x.to)
    }
    groups: dict[str, list[str]] = {}
    for cid in list(sets.parent):
        groups.setdefault(sets.find(cid), []).append(cid)
    answers: dict[str, list[Link]] = {}
    same_of: dict[str, Link] = {}
    for x in links:
        if x.relation in SAME and sets.find(x.from_) == sets.find(x.to):
            same_of.setdefault(x.from_, x)
        elif x.relation not in SAME:
            answers.setdefault(sets.find(x.to), []).append(x)
    # the words' rarity among the claims of groups large enough to have a centre
    words = Weights(claims[i].text for ids in groups.values() if len(ids) >= CENTRAL for i in ids)
    out: list[Tracked] = []
    for root, ids in groups.items():
        if len(ids) == 1 and root not in answers and root not in repeated:
            continue  # no one repeats or answers it (a weak link's end): no claim tracked
        asserted = sorted((claims[i] for i in ids), key=lambda c: _when(c, articles, ranks))
        first = asserted[0]
        tracked = Tracked(
            first, representative=claims[central([(c.id, c.text) for c in asserted], words)]
        )
        tracked.members.append(Member(first, ASSERTS, None, None))
        for c in asserted[1:]:
            same = same_of.get(c.id)
            if same is not None:
                tracked.members.append(Member(c, same.relation.value, same.to, same.score))
            else:  # only repeated by later claims: it repeats the first
                tracked.members.append(Member(c, Relation.REPEATS.value, first.id, None))
        seen: set[str] = set()
        for x in sorted(
            answers.get(root, []), key=lambda x: _when(claims[x.from_], articles, ranks)
        ):
            if x.from_ not in seen:
                seen.add(x.from_)
                tracked.members.append(Member(claims[x.from_], x.relation.value, x.to, x.score))
        tracked.articles = {
            m.claim.article: articles[m.claim.article]
            for m in tracked.members
            if m.claim.article in articles
        }
        out.append(tracked)
    out.sort(key=lambda t: _when(t.first, articles, ranks))
    return out


def matches(tracked: Tracked, query: str | None) -> bool:
    """Return whether any member's text or speaker contains the query (case-insensitive)."""
    if not query:
        return True
    q = query.lower()
    return any(
        q in m.claim.text.lower() or q in (m.claim.speaker or "").lower() for m in tracked.members
    )


# How contested each status is, most first.
_CONTESTED = (Status.DISPUTED, Status.DENIED, Status.CONFIRMED, Status.UNCONFIRMED)
_ANSWERS = (Relation.DENIES.value, Relation.CONFIRMS.value, Relation.DECLINES.value)


def _answers(t: Tracked) -> int:
    return sum(1 for m in t.members if m.role in _ANSWERS)


def _sort_key(sort: Sort) -> Callable[[Tracked], tuple[Any, ...]]:
    """Return the sort key of an order (stable: ties keep the earliest first)."""
    if sort is Sort.SOURCES:
        return lambda t: (-t.sources, -t.article_count, -_answers(t))
    if sort is Sort.DENIALS:
        return lambda t: (-len(t.by_role(Relation.DENIES.value)), -_answers(t), -t.sources)
    if sort is Sort.NEWEST:
        return lambda t: (t.newest is None, -(t.newest or date.min).toordinal())
    if sort is Sort.OLDEST:
        return lambda t: ()
    return lambda t: (_CONTESTED.index(t.status), -_answers(t), -t.sources)


def select(
    tracked: Iterable[Tracked],
    *,
    status: Status | None = None,
    speakers: Collection[str] | None = None,
    sort: Sort = Sort.CONTESTED,
    limit: int | None = None,
) -> list[Tracked]:
    """Return the tracked claims with this status and a member by one of these speakers, sorted, at most `limit`."""
    out = [
        t
        for t in tracked
        if (status is None or t.status is status)
        and (speakers is None or any(m.claim.speaker in speakers for m in t.members))
    ]
    out.sort(key=_sort_key(sort))
    return out if limit is None else out[:limit]


def track(store: Store, query: str | None = None, *, min_score: float = 0.0) -> list[Tracked]:
    """Return the tracked claims of a store, those mentioning the query when one is given.

    Links scored under `min_score` are left out before the claims are grouped.
    """
    links = [x for x in store.iter_links() if x.score >= min_score]
    ids = list(dict.fromkeys([x.from_ for x in links] + [x.to for x in links]))
    claims = {c.id: c for c in store.get_claims(ids)}
    article_ids = {c.article for c in claims.values()}
    articles = store.article_meta(article_ids)
    return [t for t in build(claims, links, articles) if matches(t, query)]
