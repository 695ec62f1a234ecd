"""Whether a headline relays its content from a source rather than stating it.

News headlines name a source in three set forms: before a colon ("Analyst: Apple Watch
Edition to Cost 950"), after a colon or dash at the end ("Microsoft nears deal to buy
Minecraft maker Mojang : WSJ", "High-end Apple Watch to start at 5,000 -- analyst"), or as
the subject of "says" ("Lawmaker Says At Least 10 Islamic State Fighters Have Been
Captured"). A source named by its role ("analyst", "officials", "lawmaker"), by a news
word ("report", "paper", "monitor") or, at the end, by a news outlet's initials ("CNN",
"WSJ") relays: the headline reports what the source says without taking it as true. A
named person or body ("Pentagon: ...", "...: Pentagon") is left alone, Emergent's
annotators often reading an authority's word as confirming, unless first-person words follow
its opening colon: "Tim Cook: I wear my Apple Watch in the shower" quotes the speaker, and
relays (case-sensitive: "ISIS: WE HAVE ..." in capitals is not read).
"""

# ruff: noqa: RUF001  (dashes of real headlines)

from __future__ import annotations

import re

from claimtrack.lexicon import COLON_NON_SPEAKERS, GROUP_NOUNS, MEDIA_WORDS, ROLE_NOUNS

# news words that name a source of what a headline relays: "...: Reports", "South Korea
# paper", "Islamic State flying three jets in Syria: monitor", "US Intel: ..." (and
# "newspaper", a GROUP_NOUNS word, and MEDIA_WORDS)
NEWS_SOURCES = (
    frozenset("report reports paper papers monitor watchdog intel intelligence".split())
    | MEDIA_WORDS
)
# the initials of news outlets and wires, which relay what they report when they close a
# headline ("Microsoft nears deal to buy Minecraft maker Mojang : WSJ", "... -CNBC", "...: DJ",
# Dow Jones), and SITE, the monitor of jihadist media; not a named body's ("...: FBI", "...
# -- UN"): a named body is left alone, as "...: Pentagon" is
NEWS_OUTLETS = frozenset(
    """
    AP AFP UPI BBC CNN CNBC MSNBC ABC CBS NBC NPR PBS NYT WSJ FT DJ TMZ SITE
    """.split()
)

# a word of a source's name: "Rep.", "GOP", "South", "officials"
_W = r"[^\W\d_][\w.'’-]*"
# a short source before a colon opening the headline: "GOP Rep: At Least Ten ISIS Fighters"
_LEAD = re.compile(rf"^((?:{_W}\s+){{0,4}}{_W})\s*:\s")
# a short source after a colon or a spaced dash closing the headline: "...: South Korea
# paper", "... -- analyst", "... site -CNBC"
_TRAIL = re.compile(rf"(?::|\s[-–—]{{1,2}})\s*((?:{_W}\s+){{0,2}}{_W})\s*$")
# the subject of "says" opening the headline: "Two GOP Congressmen Say Suspected Terrorists"
_SAYS = re.compile(rf"^((?:{_W}\s+){{0,5}}{_W})\s+(?:says|say|said)\b", re.IGNORECASE)
# words in the first person after the opening colon, a speaker's own: "Tim Cook: I wear my
# Apple Watch in the shower", "ISIS: We have our hands on weapons"
_FIRST_PERSON = re.compile(r"(?:I|We)(?:['’](?:m|re|ve|ll|d))?\s")


def _source_noun(word: str) -> bool:
    """Return whether a word names a source by role, group or news word ("Congressmen")."""
    low = word.lower().removesuffix("'s").removesuffix("’s")
    single = low.removesuffix("s")
    return any(w in ROLE_NOUNS or w in GROUP_NOUNS or w in NEWS_SOURCES for w in (low, single))


def _names_source(words: str) -> bool:
    """Return whether a headline's short phrase names a source: its last word is a source noun."""
    return words.lower() not in COLON_NON_SPEAKERS and _source_noun(words.split()[-1])


def relays(headline: str) -> bool:
    """Return whether a headline attributes its content to a source named by role, news word
    or (at its end) an outlet's initials, or to a speaker whose first-person words follow
    the opening colon."""
    lead = _LEAD.match(headline)
    if lead and lead.group(1).lower() not in COLON_NON_SPEAKERS:
        if _source_noun(lead.group(1).split()[-1]) or _FIRST_PERSON.match(headline, lead.end()):
            return True
    trail = _TRAIL.search(headline)
    if trail and (_names_source(trail.group(1)) or trail.group(1) in NEWS_OUTLETS):
        return True
    says = _SAYS.match(headline)
    return says is not None and _source_noun(says.group(1).split()[-1])
