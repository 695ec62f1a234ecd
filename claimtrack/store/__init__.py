"""The claim store: SQLite with migrations, one transaction per article, queries and search."""

from claimtrack.store.db import (
    METADATA,
    Deleted,
    Store,
    StoredArticle,
    StoreError,
    Written,
    explain,
)
from claimtrack.store.queries import ArticleMeta, ClaimFilter, fts_query

__all__ = [
    "METADATA",
    "ArticleMeta",
    "ClaimFilter",
    "Deleted",
    "Store",
    "StoreError",
    "StoredArticle",
    "Written",
    "explain",
    "fts_query",
]
