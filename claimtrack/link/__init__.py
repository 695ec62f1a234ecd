"""Linking claims across sources: candidate blocking, rapidfuzz scoring, relation typing."""

from claimtrack.link.linker import Item, Linker, link_claims, make_item
from claimtrack.link.relation import text_relation
from claimtrack.link.score import THRESHOLD

__all__ = ["THRESHOLD", "Item", "Linker", "link_claims", "make_item", "text_relation"]
