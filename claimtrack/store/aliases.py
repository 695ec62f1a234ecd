"""Speaker identity across articles: which names are people, and which names are one person.

The extractor gives one canonical name per person per article ("Donald Trump" in one,
maybe only "Trump" in another). Across articles the store merges a single-word name into
the one known multi-word person whose last name it is, and keeps the other spellings as
aliases. Groups, organisations and possessives ("Trump's campaign", "the Kremlin",
"critics") are never merged into a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from claimtrack.lexicon import (
    FEMININE_WORDS,
    FIRST_NAME_GENDERS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    MASCULINE_WORDS,
    NAME_SUFFIXES,
    NICKNAMES,
    ORGANISATION_WORDS,
    PRONOUNS,
    QUANTITY_WORDS,
    ROLE_NOUNS,
    TITLES,
    US_STATES,
    VERBS,
    common_words,
)


class SpeakerKind(StrEnum):
    """Whether a speaker name names one person, or a group, an organisation or a work."""

    PERSON = "person"
    GROUP = "group"


# Words that make a capitalised name a group, not a person: "White House", "Critics".
GROUP_WORDS = ORGANISATION_WORDS | GROUP_NOUNS | QUANTITY_WORDS

# Lower-case words that may sit inside a person's name ("Ludwig van Beethoven").
NAME_PARTICLES = frozenset(
    {"al", "bin", "da", "de", "del", "della", "der", "di", "du", "ibn", "la", "le", "van", "von"}
)

# A possessive inside a name, straight or curly: "Trump's campaign", "the Democrats' leaders".
_POSSESSIVE = re.compile(r"\w['\u2019]s?(?:\s|$)")

# An acronym, not a roman numeral: "CNN", "AFL-CIO" (not "III", "IV")
_ACRONYM = re.compile(r"^(?![IVX]+$)[A-Z]{2,}(?:-[A-Z]+)?$")

# One word of a proper name: "Peskov", "JD", "W.", "O'Malley", "Jong-un", "Ocasio-Cortez".
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'\u2019.-]*$")


# Last words of the names of papers, sites and bodies that no person's name ends with: "Wall
# Street Journal", "Miami Herald", "Washington Free Beacon", "Western Journalism", "Judicial
# Watch", "Holocaust Memorial Museum", "United States Elections Project", "Brookings
# Institution", "Charlotte Observer", "New Yorker", "Daily Beast", "Boston Globe", "Washington
# Examiner", "Philadelphia Inquirer", "Columbus Dispatch", "Daily Telegraph" (not "Sun" nor
# "Guardian": Wei Sun, Don Guardian) (the extractor's own ORGANISATION_WORDS are those a
# sentence tells apart by); and of the works, those that name a body or its work ("Gallup Poll",
# "Pew Research", "Geological Survey", "Drudge Report", "Rasmussen Reports", "Newly Released
# Document"), not every work noun: "Louise Story", "Aaron Book" are people
_BODY_HEADS = frozenset(
    """journal herald tribune gazette chronicle magazine beacon journalism watch museum project
    institution observer yorker beast globe examiner inquirer enquirer dispatch telegraph poll
    polls survey research report reports analysis document""".split()
)
# Last words of papers' names that are also family names: a name with a first name or an
# honorific before it is a person's ("Emily Post", "Dr. Jerrold Post", "Rebecca Caller", "Tom
# Standard"), else a paper's ("Denver Post", "Daily Caller", "Des Moines Register", "Weekly
# Standard", "Christian Science Monitor")
_FAMILY_HEADS = frozenset("post caller register standard monitor".split())

# A one-word name of a body by its shape: a capital inside after three small letters
# ("PolitiFact", "BuzzFeed", "HuffPost", "EgyptAir", "HarperCollins"; not "McCain", "DeSantis",
# "LeVell", nor "VanderSloot", whose small letters open with a particle), or a web address
# ("Factcheck.org", "Tchadinfos.com")
_INNER_CAPITAL = re.compile(r"^[A-Z](?P<small>[a-z]{3,})[A-Z]")
# what a family name with a capital inside may open with: the particles, and "Fitz" ("son
# of", as "Mc" and "Mac" are, whose small letters are too few for the shape): "FitzGerald",
# "FitzPatrick"
_SURNAME_OPENINGS = (*sorted(NAME_PARTICLES), "fitz")
_WEB_ADDRESS = re.compile(r"\w\.(?:com|org|net|gov|edu)$")


@dataclass(frozen=True)
class NameInfo:
    """What a speaker name is: its kind, the name without titles, its last word and length,
    and the generation it ends with ("jr" of "Donald Trump Jr.", else None)."""

    name: str
    kind: SpeakerKind
    core: str
    last: str | None
    words: int
    generation: str | None = None


def key(name: str) -> str:
    """Return the form names are compared in: case-folded, one space, straight apostrophes."""
    return " ".join(name.replace("\u2019", "'").split()).casefold()


def is_name(words: Sequence[str]) -> bool:
    """Return True when the words are a proper name: capitalised, no pronoun, no possessive."""
    if not words or words[0].casefold() in PRONOUNS:
        return False
    for i, word in enumerate(words):
        if _NAME_WORD.match(word):
            continue
        if 0 < i < len(words) - 1 and word in NAME_PARTICLES:
            continue
        return False
    return True


def describe(name: str) -> NameInfo:
    """Return what the name is: a person's name or a group's, its core and last word."""
    clean = " ".join(name.split())
    if _POSSESSIVE.search(clean):
        return NameInfo(clean, SpeakerKind.GROUP, clean, None, len(clean.split()))
    words = clean.split()
    core_words = _drop_titles(words)
    # "Emily Post": "post" is an organisation's word but her family name
    named = core_words[:-1] if _family_named(words, core_words) else core_words
    if (
        not is_name(words)
        or words[0] == "The"  # "The Guardian", "The Hill": no one's surname
        or not core_words
        or any(word.strip(".").casefold() in GROUP_WORDS for word in named)
        or core_words[-1].strip(".").casefold() in TITLES  # "Mr", "Texas Sen": a title, no name
        or (len(core_words) > 1 and core_words[-1].casefold() in _BODY_HEADS)  # "Miami Herald"
        or (len(named) > 1 and named[-1].casefold() in _FAMILY_HEADS)  # "Daily Caller"
        or _ACRONYM.match(core_words[-1]) is not None  # "CNN", "Carson CNN": an outlet, no person
        # "PolitiFact", "Factcheck.org"; not with an honorific or title: "Ms. FitzGerald"
        or (len(words) == 1 and _body_shaped(words[0]))
    ):
        return NameInfo(clean, SpeakerKind.GROUP, clean, None, len(words))
    core = " ".join(core_words)
    if len(core_words) == 2 and core_words[0].casefold() in _SURNAME_PARTICLES:
        # "De Blasio" (of a sentence's start) is Bill de Blasio's last name alone, no first name
        return NameInfo(clean, SpeakerKind.PERSON, core, key(core_words[-1]), 1)
    generation = _generation(core_words)
    # the last name is read past the generation: "Joseph R. Biden Jr." -> "biden"
    last = key(core_words[-2] if generation is not None else core_words[-1])
    return NameInfo(clean, SpeakerKind.PERSON, core, last, len(core_words), generation)


def _body_shaped(word: str) -> bool:
    """Return whether a one-word name is shaped as a body's: "BuzzFeed", "Factcheck.org"."""
    if _WEB_ADDRESS.search(word):
        return True
    inner = _INNER_CAPITAL.match(word)
    return inner is not None and not (word[0] + inner["small"]).lower().startswith(
        _SURNAME_OPENINGS
    )


def _family_named(words: Sequence[str], core_words: Sequence[str]) -> bool:
    """Return True when a name of two words or more ending with a paper's word that is also a
    family name has a person's first name or an honorific before it ("Emily Post", "Dr. Jerrold
    Post"), not a place ("Denver Post": Denver is a first name as well)."""
    if len(core_words) < 2 or core_words[-1].casefold() not in _FAMILY_HEADS:
        return False
    if words[0].strip(".").casefold() in HONORIFICS:
        return True
    first = core_words[0]
    if first.casefold() not in FIRST_NAME_GENDERS or first in US_STATES:
        return False
    # read here, not at import: the store asks of few names, and the gazetteer's package is
    # the extractor's, which a store's queries do not load
    from claimtrack.extract.places import PLACES

    return first not in PLACES


# the particles a last name may open with that are no first name ("Al" and "Van" are: Al Gore,
# Van Jones)
_SURNAME_PARTICLES = NAME_PARTICLES - {"al", "van"}


def _generation(words: Sequence[str]) -> str | None:
    """Return the generation a person's full name ends with, without its dot ("Donald Trump
    Jr." -> "jr", "Joe Manchin III" -> "iii"), or None ("Donald Jr." has no last name past it)."""
    if len(words) > 2 and key(words[-1]) in NAME_SUFFIXES:
        return key(words[-1]).rstrip(".")
    return None


def _drop_titles(words: Sequence[str]) -> list[str]:
    """Return the words without the titles in front ("President Donald Trump" -> "Donald Trump")."""
    i = 0
    while i < len(words) - 1 and words[i].strip(".").casefold() in TITLES:
        i += 1
    return list(words[i:])


# A possessive name, split: "Trump's campaign" -> owner "Trump", rest "campaign".
_OWNED = re.compile(r"^(?P<owner>[^'\u2019]+?)['\u2019]s?\s+(?P<rest>\S.*)$")


def possessive(name: str) -> tuple[str, str] | None:
    """Return (owner, rest) when a person owns the name ("Trump's campaign"), else None."""
    found = _OWNED.match(" ".join(name.split()))
    if found is None or describe(found["owner"]).kind is not SpeakerKind.PERSON:
        return None
    return found["owner"], found["rest"]


def owned_by(owner: str, rest: str) -> str:
    """Return the name of what the owner's `rest` is: ("Donald Trump", "campaign") -> "Donald Trump's campaign"."""
    return f"{owner}'s {rest}"


# A last name alone means the person who holds it by far most often: "Trump" in 2016 news
# is Donald Trump, though Ivanka Trump speaks too. "By far": this many times the claims of
# the next person with that name, and at least MIN_CLAIMS of them.
DOMINANCE = 3
MIN_CLAIMS = 5


def _full_names_of_one_last(a: NameInfo, b: NameInfo) -> bool:
    """Return whether two names are full names of persons (two words or more) with one last name."""
    return (
        a.kind is SpeakerKind.PERSON
        and b.kind is SpeakerKind.PERSON
        and a.words >= 2
        and b.words >= 2
        and a.last == b.last
    )


def same_person(a: NameInfo, b: NameInfo) -> bool:
    """Return True for two full names of one person: same first and last names, middle aside."""
    # "Donald J. Trump" and "Donald Trump"; "Hillary Rodham Clinton" and "Hillary Clinton".
    if not _full_names_of_one_last(a, b):
        return False
    if a.generation != b.generation:
        # father and son: "Donald Trump Jr." is not Donald Trump, nor "Duncan Hunter Sr." the
        # Duncan Hunter of one train text (huff-post 2016-02-24)
        return False
    if _other_initials(a, b):
        return False  # "George H.W. Bush" is not George W. Bush, his son
    first_a, first_b = key(a.core.split()[0]), key(b.core.split()[0])
    if first_a == first_b or (min(len(first_a), len(first_b)) >= 5 and _one_edit(first_a, first_b)):
        return True  # "Hilary Clinton" is Hillary Clinton
    # "Vermonter Bernie Sanders", "Real Donald Trump": words that are no first name before a full name
    short, long = sorted((key(a.core).split(), key(b.core).split()), key=len)
    extra = long[: len(long) - len(short)]
    return (
        extra != []
        and long[len(extra) :] == short
        and not any(w in FEMININE_WORDS or w in MASCULINE_WORDS for w in extra)
    )


# a middle name of initials: "W.", "H.W.", "J."
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _other_initials(a: NameInfo, b: NameInfo) -> bool:
    """Return whether both full names have middle initials and they differ: "George H.W.
    Bush" and "George W. Bush" (not "Paul D. Ryan" and "Paul Ryan")."""
    middles = []
    for name in (a, b):
        words = name.core.split()[1 : -2 if name.generation else -1]
        # the letters, dots and spaces aside: "H. W." and "H.W." are one man's
        middles.append("".join(w.replace(".", "") for w in words if _INITIALS.match(w)))
    return all(middles) and middles[0] != middles[1]


def kin_names(a: NameInfo, b: NameInfo) -> bool:
    """Return True for two full names whose first names are one name, formal and familiar:
    "Edward G. Rendell" and "Ed Rendell", "Joseph R. Biden Jr." and "Joe Biden".

    Two generations are two people; a name with a generation and one without may be one
    person only here, where the first names differ in form: a son named for his father
    shares his first name word ("Donald Trump Jr.", "Duncan Hunter Sr."), while the familiar
    name of "Joseph R. Biden Jr." drops the "Jr." with the formal first name.
    """
    if not _full_names_of_one_last(a, b):
        return False
    if a.generation is not None and b.generation is not None and a.generation != b.generation:
        return False
    first_a, first_b = key(a.core.split()[0]), key(b.core.split()[0])
    # through the formal names each may stand for, so that two familiar forms of one name are
    # kin too ("Ed" and "Ted" Kennedy, "Bill" and "Will": Edward, William), in any order
    forms_a = NICKNAMES.get(first_a, frozenset()) | {first_a}
    forms_b = NICKNAMES.get(first_b, frozenset()) | {first_b}
    return first_a != first_b and bool(forms_a & forms_b) and _one_gender(forms_a | forms_b)


def _one_gender(names: Iterable[str]) -> bool:
    """Return whether the first names (a familiar one and the formal ones it shortens) are
    given to one gender: "Pat" (Patrick, Patricia) is no evidence that "Pat Smith" is Patrick
    Smith."""
    return len({FIRST_NAME_GENDERS.get(name) for name in names} - {None}) <= 1


def _one_edit(a: str, b: str) -> bool:
    """Return whether two words differ by one letter added, dropped or changed inside them.

    Not in their last two letters, where a letter makes another name: "Ivana" and "Ivanka"
    Trump are mother and daughter, "Julian" and "Juliana" two people ("Hilary" Clinton and
    "Rence" Priebus are misspelt).
    """
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if i >= max(len(a), len(b)) - 2:
        return False
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return (a[i + 1 :] == b[i:]) if len(a) > len(b) else (a[i:] == b[i + 1 :])


def merge_target(
    name: NameInfo, persons: Iterable[NameInfo], claims: Mapping[str, int] | None = None
) -> NameInfo | None:
    """Return the full-name person a single-word name stands for, or None when unclear.

    That is the only person (middle names aside) with this last name, or, given the claim
    counts by name, the one that has DOMINANCE times more claims than any other. Given the
    counts (across articles), a name that is an English word ("Guardian") is no one's.
    """
    if name.kind is not SpeakerKind.PERSON or name.words != 1:
        return None
    people: list[list[NameInfo]] = []  # full names grouped by person
    surname = key(name.core).split()
    for p in persons:
        if p.kind is not SpeakerKind.PERSON or p.words < 2 or p.last != name.last:
            continue
        if len(surname) > 1 and key(p.core).split()[-len(surname) :] != surname:
            continue  # "De Blasio" is Bill de Blasio's, "Der Spiegel" no Jacob Spiegel's
        same = next((group for group in people if same_person(group[0], p)), None)
        if same is None:
            people.append([p])
        else:
            same.append(p)
    if len(people) == 1:
        # The only person with the last name; across articles (given the counts), unless
        # the name is an English word, which names a thing as often: "Guardian" (of "wrote
        # Ben Jacobs in The Guardian") is no Atlantic City mayor Don Guardian
        return people[0][0] if claims is None or name.last not in common_words() else None
    if not people or claims is None:
        return None
    totals = sorted(
        ((sum(claims.get(p.name, 0) for p in group), i) for i, group in enumerate(people)),
        reverse=True,
    )
    (top, first), (second, _) = totals[0], totals[1]
    if top >= MIN_CLAIMS and top >= DOMINANCE * second:
        return people[first][0]
    return None


# words a person's name may follow in an alias: titles and roles ("Vermont Sen.", "Defense
# Secretary", "Billionaire"), alone or hyphenated ("Secretary-Treasurer")
_BEFORE_NAME = TITLES | ROLE_NOUNS | {"pres", "alderman", "comedian"}


def _titled_only(speaker: NameInfo, words: list[str]) -> bool:
    """Return whether the words before the person's name in a mention end with a title or a
    role ("Florida Sen. Marco Rubio", "Mrs. Clinton"), or are capitalised words none of which
    is a function word or a verb, a title the lexicon lacks ("Special Counsel Robert Mueller",
    "Retired Neurosurgeon Ben Carson"); not a headline's "Biden Aims Insult At Trump", "That
    Clinton", "Despite Santilli", "Said Ellis", "Continued Stone", nor "Texas-based Matt
    Mackowiak"."""
    keys = [key(w) for w in words]
    core = key(speaker.core).split()
    first = core[0] if len(core) > 1 else None
    start = next(
        (i for i, k in enumerate(keys) if first is not None and _one_first(k, first)), None
    )
    if start is None:
        start = keys.index(speaker.last) if speaker.last in keys else len(keys) - 1
    # back over the rest of the name: "Wasserman Schultz", "de Blasio", "Mario Vargas Llosa"
    while start > 0 and _name_word(keys[start - 1], core):
        start -= 1
    if start == 0:
        return True
    if any(part in _BEFORE_NAME for part in keys[start - 1].strip(".").split("-")):
        return True
    return all(_title_like(word) for word in words[:start])


def _title_like(word: str) -> bool:
    """Return whether a word before a name may be of a title: capitalised in each part, and
    neither a function word nor a verb ("Dictator", "Front-Runner"; not "At", "Said",
    "Continued", "Texas-based")."""
    low = key(word).strip(".")
    return (
        all(part[:1].isupper() for part in word.split("-"))
        and low not in FUNCTION_WORDS
        and low not in VERBS
    )


def _name_word(word: str, core: list[str]) -> bool:
    """Return whether a word (key) before a person's name in a mention is of the name: of the
    speaker's own, a particle or a first name, and no title ("Prince" is a first name too)."""
    return word not in _BEFORE_NAME and (
        word in core or word in NAME_PARTICLES or word in FIRST_NAME_GENDERS
    )


def _shouted(word: str) -> bool:
    """Return whether a word is an English word in capitals, a headline's kicker: "DEADLY"
    of "DEADLY ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan" (not "NATO",
    "NYPD", "AFL-CIO")."""
    return len(word) > 3 and word.isupper() and word.lower() in common_words()


def _one_first(a: str, b: str) -> bool:
    """Return whether two first names (keys) are one: the same, formal and familiar ("Ed",
    "Edward") or misspelt ("Hilary")."""
    return (
        a == b
        or a in NICKNAMES.get(b, ())
        or b in NICKNAMES.get(a, ())
        or (min(len(a), len(b)) >= 5 and _one_edit(a, b))
    )


def alias_worthy(speaker: NameInfo, mention: str | None) -> bool:
    """Return True when a mention should be kept as an alias of the speaker."""
    if not mention:
        return False
    if key(mention) == key(speaker.name):
        return False
    owned, said = possessive(speaker.name), possessive(mention)
    if owned is not None and said is not None:
        # "Trump's campaign" for "Donald Trump's campaign".
        return key(owned[1]) == key(said[1]) and key(owned[0]).endswith(" " + key(said[0]))
    info = describe(mention)
    if not is_name(info.name.split()):
        return False
    if speaker.kind is SpeakerKind.PERSON:
        # "Trump" or "President Trump" for Donald Trump, never "White House" for a person.
        words = info.name.split()
        return (
            info.kind is SpeakerKind.PERSON
            and info.last == speaker.last
            and _titled_only(speaker, words)
            and not any(_shouted(w) for w in words)
        )
    # A group keeps only names that are groups too: never "Trump" for "Trump's campaign".
    return info.kind is SpeakerKind.GROUP


__all__ = [
    "GROUP_WORDS",
    "NameInfo",
    "SpeakerKind",
    "alias_worthy",
    "describe",
    "is_name",
    "key",
    "kin_names",
    "merge_target",
    "owned_by",
    "possessive",
    "same_person",
]
