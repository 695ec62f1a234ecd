"""Normalised words, names and numbers of a claim: what the index blocks on and scoring compares."""

# ruff: noqa: RUF001, RUF003  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from claimtrack.lexicon import ABBREVIATIONS
from claimtrack.link.lemmas import base_form, singular, undouble

# a word or a number: "Covid-19" -> "Covid", "19"; "2,000" -> "2,000"; "don’t" -> "don’t"
TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+(?:['’][^\W\d_]+)?")

# a capitalised word that may be (part of) a name: "Peskov", "NATO", "McDonald"
_CAPITAL = re.compile(r"^[A-Z][\w'’-]*$")

# the end of a sentence before the next one: "office. He", "true.” However"
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*\s+|\n+")
# the word before a period that makes it an abbreviation's: "Mr. Trump", "Donald J. Trump"
ABBREVIATION_END = re.compile(rf"\b(?:{'|'.join(ABBREVIATIONS)}|[A-Z])$")

# one country, four spellings: "the U.S.", "the US", "the USA", "the United States"
_UNITED_STATES = re.compile(r"\bU\.S(?:\.A)?\.?(?!\w)|\bUSA?\b")

STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not of off on once only or other
    our ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself
    yourselves s t don’t don't isn't isn’t wasn't wasn’t won't won’t didn't didn’t can't can’t
    may might must shall also said says say saying told tells according new one ones
    mr mrs ms dr image via per like even still much many well get got go goes going make made
    """.split()
)

# number words mapped to digits so "seven times" meets "7 times"
NUMBER_WORDS: dict[str, str] = {
    word: str(i)
    for i, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
    if i >= 2
}

# suffixes stripped by the light stemmer, longest first, with what replaces them
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ational", "at"),
    ("ations", "at"),
    ("ation", "at"),
    ("ential", ""),
    ("encies", ""),
    ("ency", ""),
    ("ities", ""),
    ("ity", ""),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ingly", ""),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("ed", ""),
    ("ially", ""),
    ("ial", ""),
    ("ally", ""),
    ("ly", ""),
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
)


# suffixes of inflection, before which a final consonant may have been doubled ("banned")
_INFLECTIONS = frozenset({"ings", "ing", "ed"})

# the prefix of the key of a text's exact content
EXACT = "="
STEM_LENGTH = 6
TITLE_CASE = 0.6


def stem(word: str) -> str:
    """Return a crude stem of a lower-case word ("communicated" -> "communicat")."""
    word = singular(base_form(word))
    if len(word) <= 4:
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + repl
            if suffix in _INFLECTIONS:
                word = undouble(word)
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    # truncation catches what the suffix list misses ("jihadist"/"jihadi", "castrat-ion")
    return word[:STEM_LENGTH]


# A small thesaurus of what news paraphrases most: each group of stems also yields one
# shared concept key, so "secret phone calls" meets "communicated secretly" and "would
# never have begun" meets "would not have occurred". Stems as `stem` gives them.
CONCEPT_GROUPS: dict[str, tuple[str, ...]] = {
    "~talk": ("call", "phone", "spoke", "speak", "talk", "talked", "contac", "commun", "conver",
              "messag", "chat", "meet", "met"),
    "~start": ("begun", "begin", "began", "start", "starte", "occur", "occurr", "happen",
               "outbre", "erupt", "broke"),
    "~war": ("war", "confli", "hostil", "fighti", "invasi", "invade", "offens", "attack"),
    "~die": ("kill", "killed", "dead", "death", "die", "died", "slain", "behead", "murder"),
    "~arrest": ("arrest", "detain", "captur", "held", "jail", "prison", "custod"),
    "~buy": ("buy", "bought", "acquir", "purcha", "takeov"),
    "~send": ("sent", "send", "shipp", "ship", "deliv", "suppli", "provid"),
    "~false": ("false", "untrue", "fake", "hoax", "fabric", "made-u", "lie", "lies"),
    # judgements news paraphrases from outlet to outlet: "biased" / "prejudiced", "his
    # heritage" / "his ethnicity", "extremely careless" / "negligent" / "reckless" (never a
    # word and its opposite: "impartial" is polarity.OPPOSITES' business, not a synonym)
    "~bias": ("bias", "prejud", "unfair"),
    "~origin": ("herita", "ethnic", "descen", "ancest"),
    "~careless": ("carele", "neglig", "reckle"),
}  # fmt: skip
CONCEPTS: dict[str, str] = {s: key for key, stems in CONCEPT_GROUPS.items() for s in stems}


def number(token: str) -> str | None:
    """Return the digits of a number token ("1,300" -> "1300"), or None for a word.

    A number written with a comma that would read as a year keeps its comma ("2,093" ->
    "2,093"): no year is written so, and "2,093 of Clinton's released emails" is no year to
    compare with years.
    """
    if token[0].isdigit():
        digits = token.replace(",", "")
        return token if "," in token and is_year(digits) else digits
    return NUMBER_WORDS.get(token.lower())


def is_year(digits: str) -> bool:
    """Return whether a number's digits read as a year (1900-2099)."""
    return len(digits) == 4 and digits[:2] in ("19", "20")


@dataclass(frozen=True, slots=True)
class Features:
    """The normalised content of a text: stems, names and numbers."""

    stems: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    norm: str  # the stems in text order, joined, for rapidfuzz
    keys: frozenset[str]  # the index keys: the stems (names and numbers among them)
    exact: str = ""  # the key of its exact content, among the keys ("" for a text with no words)


def make_features(
    stems: Iterable[str], names: Iterable[str], numbers: Iterable[str], norm: str
) -> Features:
    """Return features from their parts, with the index keys.

    Besides its stems, a text is indexed under one key for its exact content (EXACT and a
    digest of the stems in order), which is rare whatever its words: a cap on common words
    never hides an exact repeat.
    """
    s, n, d = frozenset(stems), frozenset(names), frozenset(numbers)
    if not norm:
        return Features(s, n, d, norm, s)
    exact = EXACT + hashlib.blake2b(norm.encode(), digest_size=8).hexdigest()
    return Features(s, n, d, norm, s | {exact}, exact)


# what a token gives: a number's digits, or a word's stem (and concept) and name
_NUMBER, _SKIP, _WORD = 0, 1, 2


@lru_cache(maxsize=200_000)
def _token(token: str) -> tuple[int, str, str | None, str | None]:
    """Return (kind, digits or stem, concept, name) of a token; cached, words repeat."""
    digits = number(token)
    if digits is not None:
        return _NUMBER, digits, None, None
    lower = token.lower().replace("’", "'")
    if lower in STOPWORDS or len(lower) < 2:
        return _SKIP, "", None, None
    base = lower.removesuffix("'s")
    name = base if _CAPITAL.match(token) and lower.split("'")[0] not in STOPWORDS else None
    stemmed = stem(base)
    return _WORD, stemmed, CONCEPTS.get(stemmed), name


def token_key(token: str) -> str | None:
    """Return the index key of a token (its digits or stem), None for a stopword."""
    kind, value, _, _ = _token(token)
    return None if kind == _SKIP else value


def features(text: str) -> Features:
    """Return the features of a text."""
    stems: list[str] = []
    names: set[str] = set()
    numbers: set[str] = set()
    capitals = words = 0
    if "U" in text:
        text = _UNITED_STATES.sub("United States", text)
    for token in TOKEN.findall(text):
        kind, value, concept, name = _token(token)
        if kind == _NUMBER:
            numbers.add(value)
            stems.append(value)
            continue
        words += 1
        capitals += token[0].isupper()
        if kind == _SKIP:
            continue
        stems.append(value)
        if concept is not None:
            stems.append(concept)
        if name is not None:
            names.add(name)
    if words > 3 and capitals > TITLE_CASE * words:
        # a Title Case Headline: capitals say nothing about names
        names.clear()
    return make_features(stems, names, numbers, " ".join(stems))


def merge(a: Features, b: Features) -> Features:
    """Return the union of two feature sets (a claim and its sentence)."""
    stems = a.stems | b.stems
    keys = a.keys | b.stems  # the claim's exact key, not its sentence's
    norm = f"{a.norm} {b.norm}"
    return Features(stems, a.names | b.names, a.numbers | b.numbers, norm, keys, a.exact)


def names_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two sets of names (`Features.names`) each name someone or somewhere, and
    none in common: "17% of New Hampshire voters" is not "17% of Delaware voters". Names are
    compared as spelled, so in either order: "Iran" is not "Iraq", nor "Mexicans" "Mexico"."""
    return bool(a and b) and a.isdisjoint(b)


def sentence_around(text: str, start: int, end: int, limit: int = 600) -> tuple[int, int]:
    """Return the span of the sentence(s) holding text[start:end], at most `limit` chars either side."""
    lo = max(0, start - limit)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        if ends_sentence(text, m.start()):
            left = m.end()
    return left, sentence_right(text, left, end, limit)


def sentence_right(text: str, left: int, end: int, limit: int = 600) -> int:
    """Return where `sentence_around` ends the sentence(s) holding text[left:end]."""
    hi = min(len(text), end + limit)
    stops = _SENTENCE_END.finditer(text, max(end - 1, left), hi)
    stop = next((m for m in stops if ends_sentence(text, m.start())), None)
    right = stop.start() + 1 if stop else hi
    return max(right, end)


def ends_sentence(text: str, at: int) -> bool:
    """Return whether the sentence-end match at `at` ends a sentence: not the period of
    "Mr." or of an initial ("Donald J. Trump")."""
    return text[at] != "." or not ABBREVIATION_END.search(text, max(0, at - 6), at)
