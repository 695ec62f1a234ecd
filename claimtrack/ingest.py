"""The ingest pipeline: articles in, claims extracted in worker processes, stored in order.

One writer (the calling process) owns the database. Extraction, the slow part, runs in a
pool of worker processes that receive small batches of articles and send back their claims.
The stream is bounded: at most a few batches are in flight, so memory stays flat however
many articles come in. Articles whose text is already stored, with claims from this
version of the extractor, are never sent to a worker; those stored by another version (an
upgrade improved the rules) are extracted again and their claims replaced.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain
from typing import Any

import claimtrack
from claimtrack.extract import extract
from claimtrack.models import Article, Claim
from claimtrack.read import Skipped, guessed_source, with_metadata
from claimtrack.store import Store, Written

Extractor = Callable[[Article], list[Claim]]

# Articles sent to a worker at once, and the most characters in one batch: big enough to
# make the cost of pickling small, small enough to keep every worker busy.
BATCH_ARTICLES = 16
BATCH_CHARS = 400_000
# Batches in flight per worker: one being extracted, one waiting.
IN_FLIGHT_PER_WORKER = 2


def extractor_version() -> str:
    """Return the version of the extractor, recorded with the claims it produced: the package's."""
    # The one place that says which extractor made a store's claims; an article stored by
    # another version is extracted again on the next ingest.
    return claimtrack.__version__


class Outcome(StrEnum):
    """What happened to one input."""

    NEW = "new"
    UPDATED = "updated"  # stored before by another extractor version (or --reextract)
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class Event:
    """One input dealt with: its path, what happened, and how many claims were stored."""

    path: str | None
    outcome: Outcome
    claims: int = 0
    reason: str | None = None
    same_as: str | None = None  # unchanged: the path of the same text read earlier in this run
    metadata: bool = False  # a stored article's metadata changed (read anew or given)


@dataclass
class IngestReport:
    """What an ingest did: counts, the ids of the new and updated articles, the inputs that failed."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    claims: int = 0
    metadata: int = 0  # stored articles whose metadata changed
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, same text as path)
    new_articles: list[str] = field(default_factory=list)
    updated_articles: list[str] = field(default_factory=list)
    failures: list[Skipped] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Return the number of inputs dealt with."""
        return self.new + self.updated + self.unchanged + self.failed

    def add(self, event: Event, article_id: str | None = None) -> None:
        """Count one event."""
        self.metadata += event.metadata
        if event.same_as is not None:
            self.duplicates.append((event.path or "<stdin>", event.same_as))
        if event.outcome is Outcome.NEW:
            self.new += 1
            self.claims += event.claims
            if article_id is not None:
                self.new_articles.append(article_id)
        elif event.outcome is Outcome.UPDATED:
            self.updated += 1
            self.claims += event.claims
            if article_id is not None:
                self.updated_articles.append(article_id)
        elif event.outcome is Outcome.UNCHANGED:
            self.unchanged += 1
        else:
            self.failed += 1
            self.failures.append(Skipped(event.path or "<stdin>", event.reason or "failed"))


class IngestError(Exception):
    """The pipeline itself broke (a worker process died); what was stored stays stored."""


def default_workers() -> int:
    """Return the number of worker processes to use by default: the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_batch(extractor: Extractor, articles: list[Article]) -> list[list[Claim] | str]:
    """Return, for each article, its claims or the error that stopped extraction (runs in a worker)."""
    results: list[list[Claim] | str] = []
    for article in articles:
        try:
            results.append(extractor(article))
        except Exception as exc:  # one bad article must not sink its batch
            results.append(f"extraction failed: {type(exc).__name__}: {exc}")
    return results


def _batches(articles: Iterable[Article]) -> Iterator[list[Article]]:
    """Yield the articles in small batches, bounded in count and characters."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        batch.append(article)
        chars += len(article.text)
        if len(batch) >= BATCH_ARTICLES or chars >= BATCH_CHARS:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _start_worker(ingest_pid: int) -> None:
    """Set a worker up: Ctrl-C left to the writer, and no life after the ingest's."""
    # The writer stops the pool on Ctrl-C: workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    watcher = threading.Thread(
        target=_exit_with, args=(ingest_pid, parent), name="claimtrack-watch", daemon=True
    )
    watcher.start()


def _exit_with(ingest_pid: int, parent: int) -> None:
    """Wait for the ingest process to end, then end this worker (and its orphaned forkserver).

    A pool's workers wait on their task queue forever when the ingest is killed (kill -9
    runs no clean-up), and so does the forkserver they were started from.
    """
    _wait_for(ingest_pid)
    if parent != ingest_pid and os.getppid() == parent:
        # Our parent is the forkserver of the dead ingest: nothing else can use it.
        with contextlib.suppress(OSError):
            os.kill(parent, signal.SIGKILL)
    os._exit(1)


def _wait_for(pid: int) -> None:
    """Return when the process pid has ended."""
    try:
        fd = os.pidfd_open(pid)  # Linux 5.3+: readable when the process ends
    except ProcessLookupError:
        return
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])
        return
    while True:  # elsewhere: ask every half second
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        except PermissionError:
            pass  # alive, another user's (the pid was reused): keep waiting is harmless
        time.sleep(0.5)


def _pool(workers: int) -> ProcessPoolExecutor:
    """Return a process pool whose workers start clean, whatever threads this process runs."""
    # fork would copy the state of running threads (a progress bar's, a test runner's) into
    # the children; forkserver starts them from a clean server that has already imported
    # the extractor, which also makes the start cheap.
    if "forkserver" in multiprocessing.get_all_start_methods():
        forkserver = multiprocessing.get_context("forkserver")
        forkserver.set_forkserver_preload(["claimtrack.extract"])
        return ProcessPoolExecutor(
            workers, mp_context=forkserver, initializer=_start_worker, initargs=(os.getpid(),)
        )
    spawn = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        workers, mp_context=spawn, initializer=_start_worker, initargs=(os.getpid(),)
    )


def ingest(
    items: Iterable[Article | Skipped],
    store: Store,
    *,
    workers: int = 1,
    extractor: Extractor = extract,
    on_event: Callable[[Event], None] | None = None,
    reextract: bool = False,
    metadata: Mapping[str, Any] | None = None,
) -> IngestReport:
    """Return the report of storing every article of the stream with its claims.

    An article stored before is extracted again, and its claims replaced, when another
    extractor version produced them, or always with `reextract`. `metadata` (title, source,
    url, published: what the user gave) is set on every article, those stored before too.
    """
    report = IngestReport()
    version = extractor_version()
    changes = {k: v for k, v in (metadata or {}).items() if v is not None}
    first_path: dict[str, str] = {}  # where each text was first read this run
    pending: set[str] = set()  # ids sent for extraction and not stored yet, this run
    replacing: set[str] = set()  # among them, those stored before: their claims are replaced
    # With reextract, the ids refreshed this run: a second copy of a text is not redone.
    refreshed: set[str] = set()

    def emit(event: Event, article_id: str | None = None) -> None:
        report.add(event, article_id)
        if on_event is not None:
            on_event(event)

    def store_one(article: Article, result: list[Claim] | str) -> None:
        pending.discard(article.id)
        replace = article.id in replacing
        replacing.discard(article.id)
        if isinstance(result, str):
            emit(Event(article.path, Outcome.FAILED, reason=result))
            return
        written = store.store_article(article, result, extractor=version, replace=replace)
        if written is Written.NEW:
            emit(Event(article.path, Outcome.NEW, len(result)), article.id)
            return
        relabelled = store.update_metadata(article.id, **read_metadata(article, changes))
        if written is Written.UPDATED:
            emit(Event(article.path, Outcome.UPDATED, len(result), metadata=relabelled), article.id)
        else:
            emit(Event(article.path, Outcome.UNCHANGED, metadata=relabelled))

    def to_extract() -> Iterator[Article]:
        # Hash check before any extraction: a text stored by this extractor is unchanged,
        # at the cost of one lookup.
        for item in items:
            if isinstance(item, Skipped):
                emit(Event(item.path, Outcome.FAILED, reason=item.reason))
                continue
            if changes:
                item = with_metadata(item, **changes)
            shown = item.path or "<stdin>"
            if item.id in first_path:  # the same text twice in this run
                emit(Event(item.path, Outcome.UNCHANGED, same_as=first_path[item.id]))
                continue
            first_path[item.id] = shown
            stored = store.lookup(item.id)
            if stored is not None and not reextract and stored.extractor == version:
                relabelled = store.update_metadata(item.id, **read_metadata(item, changes))
                emit(Event(item.path, Outcome.UNCHANGED, metadata=relabelled))
                continue
            pending.add(item.id)
            if stored is not None:
                replacing.add(item.id)
                if reextract:
                    refreshed.add(item.id)
            yield item

    if workers <= 1:
        for article in to_extract():
            store_one(article, extract_batch(extractor, [article])[0])
        return report

    batches = _batches(to_extract())
    first = next(batches, None)
    second = next(batches, None) if first is not None else None
    if first is None or second is None:
        # One batch or less: starting processes would cost more than it saves.
        for article in first or []:
            store_one(article, extract_batch(extractor, [article])[0])
        return report

    in_flight: deque[tuple[list[Article], Future[list[list[Claim] | str]]]] = deque()
    limit = workers * IN_FLIGHT_PER_WORKER
    pool = _pool(workers)
    try:
        for batch in chain((first, second), batches):
            in_flight.append((batch, pool.submit(extract_batch, extractor, batch)))
            while len(in_flight) >= limit:
                _store_batch(in_flight.popleft(), store_one)
        while in_flight:
            _store_batch(in_flight.popleft(), store_one)
    except BrokenProcessPool as exc:
        raise IngestError(
            f"a worker process died ({exc}); articles stored so far are kept"
        ) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return report


def read_metadata(article: Article, given: Mapping[str, Any]) -> dict[str, Any]:
    """Return the metadata an article read again brings to its stored copy, the options' first.

    What the file states (a feed's or front matter's title, source, url, date) replaces
    what is stored; a source guessed from the folder's name does not.
    """
    found: dict[str, Any] = {
        "title": article.title,
        "source": None if guessed_source(article) else article.source,
        "url": article.url,
        "published": article.published,
    }
    return {k: v for k, v in {**found, **given}.items() if v is not None}


def _store_batch(
    item: tuple[list[Article], Future[list[list[Claim] | str]]],
    store_one: Callable[[Article, list[Claim] | str], None],
) -> None:
    """Wait for one batch's claims and store its articles, in the order they came."""
    batch, future = item
    for article, result in zip(batch, future.result(), strict=True):
        store_one(article, result)


__all__ = [
    "Event",
    "IngestError",
    "IngestReport",
    "Outcome",
    "default_workers",
    "extract_batch",
    "extractor_version",
    "ingest",
]
