"""HTML pages: the main content and metadata, through trafilatura, offline."""

from __future__ import annotations

from typing import Any

from claimtrack.models import Article
from claimtrack.read.base import ReadError
from claimtrack.read.dates import parse_date


def read_html(data: bytes, path: str | None, source: str | None = None) -> Article:
    """Return the main content of a saved HTML page as an article, with its metadata.

    The article text is the plain text trafilatura extracts (one paragraph a line);
    offsets refer to it. The source is the page's site name, or its host name, or `source`.
    """
    # Imported here: trafilatura takes a while to load, and plain-text runs never need it.
    # A broken install (a missing lxml_html_clean, say) costs this file, not the whole run.
    try:
        import trafilatura
    except ImportError as exc:
        raise ReadError(f"cannot read HTML: {exc}".splitlines()[0]) from None

    try:
        document: Any = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
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
