"""Social-media posts made plain text for matching: no links, no signature, words for tags.

"Crooked #HillaryClinton lied https://t.co/x — Donald J. Trump (@realDonaldTrump) July 5,
2016" is matched as "Crooked Hillary Clinton lied".
"""

# ruff: noqa: RUF001  (dashes of real posts)

from __future__ import annotations

import re

# a link: "https://t.co/abc", "www.example.com/x", "pic.twitter.com/abc"
_URL = re.compile(r"\b(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)
# an embedded post's signature: "— Name (@handle) Month D, YYYY" at the end
_SIGNATURE = re.compile(
    r"\s*[—–-]{1,2}\s*[^\n—–()]{0,80}\(@\w{1,30}\)\s*[A-Z][a-z]+\.? \d{1,2},? \d{4}\s*$"
)
# a hashtag or handle: "#CrookedHillary", "@realDonaldTrump"
_TAG = re.compile(r"(?<![\w@#])[#@](\w+)")
# where a tag's words meet: "crookedHillary" -> "crooked Hillary", "ISISrecruiter"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")


def _words(tag: re.Match[str]) -> str:
    return _CAMEL.sub(" ", tag.group(1).replace("_", " "))


def plain(text: str) -> str:
    """Return a post's text without links or signature, its hashtags and handles as words."""
    text = _SIGNATURE.sub("", text)
    text = _URL.sub(" ", text)
    return " ".join(_TAG.sub(_words, text).split())
