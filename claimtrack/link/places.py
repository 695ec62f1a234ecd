"""Names that name one place: a country's and its people's ("Mexico", "Mexican immigrants").

Two claims naming only different people or places state two propositions; a place and its
people are one: "Mexican immigrants as “criminals” and “rapists”" and "undocumented
immigrants from Mexico as "rapists"" (Trump, in two outlets) name one country. The people's
name is the place's, or the place's less its last letter, with an ending that makes a people
of it: Mexic-an(s), Israel-i(s), America-n(s), Syria-n, Iran-ian. A plural of one word
("Republicans" / "Republican") is no place's people, and says nothing more of the two claims.
"""

from __future__ import annotations

# the endings that make a people's name of a place's: Mexic-an, Israel-is, America-ns, Iran-ian
PEOPLE_ENDINGS = frozenset({"n", "ns", "an", "ans", "ian", "ians", "i", "is"})
# a place's name shorter than this tells its people's by no ending ("Eva" is no "Evan"'s place)
PLACE_LETTERS = 4


def one_place(a: str, b: str) -> bool:
    """Return whether two lower-case names are one place's: the same, or a place's and its
    people's ("mexico", "mexicans"); a word and its plural are not ("republican", "republicans")."""
    if a == b:
        return True
    place, people = (a, b) if len(a) < len(b) else (b, a)
    if len(place) < PLACE_LETTERS or people == place + "s":
        return False
    return any(
        people.startswith(root) and people[len(root) :] in PEOPLE_ENDINGS
        for root in (place, place[:-1])
    )


def names_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two sets of names each name someone or somewhere, and none in common
    (a place and its people are one: `one_place`)."""
    if not a or not b or not a.isdisjoint(b):
        return False
    return not any(one_place(x, y) for x in a for y in b)
