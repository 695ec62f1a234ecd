"""A datasette metadata document for a claimtrack store: search wired, bookkeeping hidden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimtrack.store.schema import INTERNAL_TABLES

# The full-text index's rows are claims.n, not claims.rowid: datasette must be told.
_SEARCH = {"fts_table": "claims_fts", "fts_pk": "n"}


def datasette_metadata(db: Path | str) -> dict[str, Any]:
    """Return datasette's metadata for the store in this file (the database is named by its stem)."""
    name = Path(db).stem
    tables: dict[str, Any] = {table: {"hidden": True} for table in INTERNAL_TABLES}
    tables["claims_fts"] = {"hidden": True}
    tables["claims"] = {
        **_SEARCH,
        "description": "Claims: who said what, where. claim_list has the speakers and articles.",
    }
    tables["claim_list"] = {
        **_SEARCH,
        "description": "Claims with their speaker, date, source and article; search is stemmed.",
        "sort_desc": "published",
    }
    tables["link_list"] = {
        "description": "Links between claims with the texts and speakers at both ends.",
        "sort_desc": "score",
    }
    tables["speaker_list"] = {"description": "Speakers with their aliases and claim counts."}
    return {
        "title": "claimtrack",
        "description": "Claims extracted from news articles and linked across sources.",
        "databases": {name: {"tables": tables}},
    }


__all__ = ["datasette_metadata"]
