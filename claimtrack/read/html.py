"""HTML pages: the main content and metadata, through trafilatura, offline."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from typing import Any

from claimtrack.models import Article
from claimtrack.read.base import ReadError
from claimtrack.read.dates import parse_date
from claimtrack.read.prune import MAX_MARKUP, prune


class _OverBudget(BaseException):  # not Exception: trafilatura catches those
    """The extractor ran past the page's time budget."""


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise _OverBudget in the block after `seconds`, where a timer signal can (main thread, Unix)."""
    # CPU time of this process, not the clock: a loaded machine must not skip good pages.
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _OverBudget

    previous = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def read_html(data: bytes, path: str | None, source: str | None = None) -> Article:
    """Return the main content of a saved HTML page as an article, with its metadata.

    The article text is the plain text trafilatura extracts (one paragraph a line);
    offsets refer to it. The source is the page's site name, or its host name, or `source`.
    Scripts, styles, comments and data URIs are cut first; a page with no text left is
    skipped at once, and the extractor gets a time budget in proportion to the text.
    """
    pruned = prune(data)
    if pruned.text_chars == 0:
        raise ReadError("no article text found in the HTML")
    if len(pruned.markup) > MAX_MARKUP:
        raise ReadError(
            f"page too large: {len(pruned.markup) / 1e6:.1f} MB of markup without scripts,"
            f" styles and inline images (the limit is {MAX_MARKUP / 1e6:.0f} MB)"
        )
    # Imported here: trafilatura takes a while to load, and plain-text runs never need it.
    # A broken install (a missing lxml_html_clean, say) costs this file, not the whole run.
    try:
        import trafilatura
    except ImportError as exc:
        raise ReadError(f"cannot read HTML: {exc}".splitlines()[0]) from None

    try:
        with _deadline(pruned.seconds):
            document: Any = trafilatura.bare_extraction(
                pruned.markup,
                with_metadata=True,
                include_comments=False,
                include_tables=False,
                include_images=False,
                include_links=False,
            )
    except _OverBudget:
        raise ReadError(
            f"the HTML took over {pruned.seconds:.0f} s of CPU to extract ({len(pruned.markup)} bytes"
            f" of markup for about {pruned.text_chars} characters of text)"
        ) from None
    except Exception as exc:  # trafilatura and lxml raise many kinds on broken markup
        raise ReadError(f"cannot parse the HTML ({type(exc).__name__}: {exc})") from None
    meta: dict[str, Any] = document.as_dict() if document is not None else {}
    text = meta.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("no article text found in the HTML")
    return Article.from_text(
        text,
        title=_clean(meta.get("title")),
        source=_clean(meta.get("sitename")) or _clean(meta.get("hostname")) or source,
        url=_clean(meta.get("url")),
        published=parse_date(meta.get("date")),
        path=path,
    )


def _clean(value: Any) -> str | None:
    """Return a metadata string stripped, or None when it is empty or not a string."""
    return value.strip() or None if isinstance(value, str) else None


__all__ = ["read_html"]
