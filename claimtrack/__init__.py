"""claimtrack: extract who said what from news articles and track each claim across sources."""

from importlib.metadata import PackageNotFoundError, version

from claimtrack.extract import extract
from claimtrack.models import Article, Claim, Kind, Link, Relation, Stance
from claimtrack.read import Skipped, read_paths

try:
    __version__ = version("claimtrack")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

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
