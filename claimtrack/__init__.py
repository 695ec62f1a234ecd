"""claimtrack: extract who said what from news articles and track each claim across sources.

The names below are imported when first used (PEP 562), so that a command that only
queries the store never compiles the extractor's patterns nor builds the pydantic models.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimtrack.extract import extract
    from claimtrack.models import Article, Claim, Kind, Link, Relation, Stance
    from claimtrack.read import Skipped, read_paths

    __version__: str

# Public name -> the module that defines it.
_LAZY = {
    "Article": "claimtrack.models",
    "Claim": "claimtrack.models",
    "Kind": "claimtrack.models",
    "Link": "claimtrack.models",
    "Relation": "claimtrack.models",
    "Stance": "claimtrack.models",
    "Skipped": "claimtrack.read",
    "extract": "claimtrack.extract",
    "read_paths": "claimtrack.read",
}


class _Package(types.ModuleType):
    """The package module: `claimtrack.extract` stays the function once the submodule is loaded."""

    def __setattr__(self, name: str, value: Any) -> None:
        # Importing the submodule claimtrack.extract sets it as an attribute of the package,
        # which would hide the function of the same name that `from claimtrack import
        # extract` must give.
        if name == "extract" and isinstance(value, types.ModuleType):
            value = value.extract
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    """Return a public name, importing its module on first use."""
    if name == "__version__":
        from claimtrack._version import __version__ as value
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "Article",
    "Claim",
    "Kind",
    "Link",
    "Relation",
    "Skipped",
    "Stance",
    "__version__",
    "extract",
    "read_paths",
]
