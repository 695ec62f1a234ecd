"""Linking inside a store: new claims linked against each other and the store's index.

`claimtrack.store.linking` keeps the index (link_postings, link_done) and the links; this
module decides what to link, in chunks, so that new claims are linked without redoing the store.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from claimtrack.link.features import EXACT
from claimtrack.link.index import LOOKUP_BUDGET, MAX_CANDIDATES, MAX_POSTING
from claimtrack.link.linker import Item, Linker, make_item
from claimtrack.models import Claim
from claimtrack.store import Store
from claimtrack.store import linking as kept
from claimtrack.store.linking import unlinked_articles

__all__ = [
    "CHUNK",
    "Report",
    "items_of",
    "link_articles",
    "link_new",
    "link_store",
    "unlinked_articles",
]

# how many articles are linked at once: bounds memory on a large store
CHUNK = 400


@dataclass(frozen=True, slots=True)
class Report:
    """What a linking run did."""

    claims: int
    links: int


def items_of(store: Store, claims: Sequence[Claim]) -> list[Item]:
    """Return the linking items of stored claims, with their sentences and article dates."""
    article_ids = {c.article for c in claims}
    meta = kept.article_texts(store, article_ids)
    spans = kept.claim_spans(store, article_ids)
    out = []
    for c in claims:
        text, day, rank, source = meta.get(c.article, (None, None, 0, None))
        out.append(make_item(c, text, day, rank, spans.get(c.article, ()), source))
    return out


def _old_candidates(store: Store, items: Sequence[Item], df: dict[str, int]) -> list[str]:
    """Return the ids of linked claims sharing informative keys with the new items."""
    wanted: list[list[str]] = []
    keys: set[str] = set()
    for item in items:
        usable = [
            k
            for k in item.wide.keys
            if 0 < df.get(k, 0) and (df[k] <= MAX_POSTING or k[0] == EXACT)
        ]
        usable.sort(key=lambda k: df[k])
        budget = LOOKUP_BUDGET
        mine: list[str] = []
        for key in usable:
            budget -= df[key]
            if budget < 0:
                break
            mine.append(key)
        wanted.append(mine)
        keys.update(mine)
    postings = {k: set(v) for k, v in kept.postings(store.conn, keys).items()}
    chosen: set[str] = set()
    for mine in wanted:
        shared: Counter[str] = Counter()
        for key in mine:
            shared.update(postings.get(key, ()))
            if key[0] == EXACT:  # an exact repeat is a candidate whatever else it shares
                shared.update(postings.get(key, ()))
        good = sorted(((n, c) for c, n in shared.items() if n >= 2), reverse=True)
        chosen.update(c for _, c in good[:MAX_CANDIDATES])
    return sorted(chosen)


class _Run:
    """One linking run: new claims linked in chunks against each other and the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.linker = Linker()
        self.known: set[str] = set()
        # the ids and index keys of the claims linked in this run, stored at the end
        self.new: list[tuple[str, frozenset[str]]] = []
        # the store's counts as they were before this run (its keys are stored at the end)
        self.total = kept.linked_count(store)
        self.linker.index.base_size = self.total

    def link(self, claims: Sequence[Claim]) -> int:
        """Link these new claims; store their links; return how many."""
        items = items_of(self.store, claims)
        if self.total:
            keys = set().union(*(i.wide.keys for i in items))
            df = kept.key_counts(self.store, keys)
            self.linker.index.base_df.update(df)
            self.linker.index.forget()
            # a claim linked again (its article re-extracted) is still in the postings: it
            # is among the new items, not a candidate from the store
            mine = {i.claim.id for i in items}
            old = [
                c
                for c in _old_candidates(self.store, items, df)
                if c not in self.known and c not in mine
            ]
            olds = items_of(self.store, self.store.get_claims(old))
            self.linker.preload(olds, count=False)
            self.known.update(old)
        links = self.linker.add(items)
        self.known.update(i.claim.id for i in items)
        self.new.extend((i.claim.id, i.keys) for i in items)
        self.store.add_links(links)
        return len(links)

    def finish(self) -> None:
        """Store the index keys of the claims linked in this run; drop boilerplate's links.

        A passage is known for boilerplate once its third article is seen: the links its
        first copies made earlier in the run (or in an earlier run) go.
        """
        if self.new:
            kept.record_linked(self.store, self.new, MAX_POSTING, self.linker.repeats)
        kept.drop_links_of(self.store, self.linker.boilerplate())


def link_articles(
    store: Store, article_ids: Sequence[str], progress: Callable[[int], None] | None = None
) -> Report:
    """Link the not-yet-linked claims of these articles to each other and to the store; store the links.

    `progress` is called after each chunk with the number of claims it linked.
    """
    run = _Run(store)
    made = 0
    with _no_cycle_collection():
        for part in kept.chunks(list(article_ids), CHUNK):
            claims = store.claims_of_articles(part)
            linked = kept.linked(store, [c.id for c in claims])
            claims = [c for c in claims if c.id not in linked and c.id not in run.known]
            if claims:
                made += run.link(claims)
            if progress is not None:
                progress(len(claims))
        run.finish()
    return Report(len(run.new), made)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector: linking makes millions of objects and no cycles, and
    each collection walked all the claims held so far (about 10% of the CPU at 35k claims)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def link_new(store: Store, article_ids: Sequence[str]) -> int:
    """Link the claims of newly ingested articles against the store; return how many links were made."""
    return link_articles(store, article_ids).links


def link_store(
    store: Store, *, redo: bool = False, progress: Callable[[int], None] | None = None
) -> Report:
    """Link every claim not linked yet (every claim, links rebuilt, when redo); return what was done."""
    if redo:
        kept.wipe_links(store)
    return link_articles(store, unlinked_articles(store), progress)
