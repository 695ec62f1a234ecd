"""The claim store: SQLite with migrations, one transaction per article, queries and search."""

from claimtrack.store.db import Store, StoreError
from claimtrack.store.queries import ArticleMeta, ClaimFilter, fts_query

__all__ = ["ArticleMeta", "ClaimFilter", "Store", "StoreError", "fts_query"]
