"""Whether two claims name different people or places: their names, compared as spelled.

Two claims naming only different people or places state two propositions ("17% of New
Hampshire voters" is not "17% of Delaware voters"). A name is compared as spelled, in
either order: no spelling makes two names one ("Iran" / "Iraq", "France" / "Francis",
"Rubin" / "Rubio" name two). A people's name is not its place's either ("Mexicans" /
"Mexico"): an exact table of the two (Mexico/Mexican(s), Israel/Israeli(s), ...), read on
the PolNeAR train+dev store, linked 14 more pairs, 9 right and 4 wrong (a shared country
leaves two propositions on one topic alike: "make Mexicans pay for it" / "Curiel's Hispanic
heritage made him biased due to ... a wall on the Mexican border"), below the bar of 3 to 1.
"""

from __future__ import annotations


def names_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two sets of names each name someone or somewhere, and none in common."""
    return bool(a and b) and a.isdisjoint(b)
