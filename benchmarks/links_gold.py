"""Where the cross-source gold lives, and its own scorer as a module.

Shared by the benchmarks that read ../shared/gold/links the way
../shared/tools/score_links.py does (link_reach.py, unextracted_mentions.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = SHARED / "gold" / "links"
ARTICLES = SHARED / "data" / "polnear"
SCORER = SHARED / "tools" / "score_links.py"


def scorer() -> ModuleType:
    """Return the gold's own scorer as a module (its reading of the gold and its matching)."""
    spec = importlib.util.spec_from_file_location("score_links", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
