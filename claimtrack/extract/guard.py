"""One failing rule costs its own claims, never the article's others.

A rule that raises is a bug, and the test suite turns the warning below into an error
(pyproject `filterwarnings`), so that each one gets a test and a fix; a user meanwhile
keeps every claim the other rules found.
"""

from __future__ import annotations

import warnings

from claimtrack.models import Article


class RuleFailed(UserWarning):
    """An extraction rule raised on some text: what it would have found is skipped."""


def rule_failed(article: Article, rule: str, at: int, exc: BaseException) -> None:
    """Warn that a rule raised at an offset of an article; the caller skips that rule's work."""
    where = article.path or article.id[:12]
    warnings.warn(
        f"extraction rule {rule!r} failed at offset {at} of {where} ({type(exc).__name__}: "
        f"{exc}); the article's other claims are kept",
        RuleFailed,
        stacklevel=3,
    )
