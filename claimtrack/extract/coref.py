"""Coreference within one article: each mention to one canonical name per person.

`Resolver` maps "Trump", "former President Donald Trump" and "He" to "Donald Trump",
"the book" to "Bob Woodward's book War", and a share of those polled to itself.
"""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from claimtrack.extract.mentions import CAP, WORD
from claimtrack.extract.text import alternation
from claimtrack.lexicon import (
    FUNCTION_WORDS,
    GROUP_NOUNS,
    PLURAL_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    QUANTITY_WORDS,
    ROLE_NOUNS,
    SINGULAR_PRONOUNS,
    SUBJECT_PRONOUNS,
    TITLES,
    WORK_NOUNS,
)

# a name in running text: "former President Donald Trump", "Dmitry Peskov", "Mr. Trump"
_NAME_SEQ = re.compile(rf"\b{CAP}(?:\s+(?:{CAP}|de|van|von|bin|al))*\s+{CAP}")

# a work and its author: "Bob Woodward's new book titled War", "the Post's report"
_WORK = re.compile(
    rf"(?P<author>(?:{CAP}\s+)*{CAP})(?:’s|'s)\s+(?:(?:new|latest|forthcoming|recent|upcoming)\s+)?"
    rf"(?P<noun>{alternation(WORK_NOUNS)})\b"
    rf"(?:,?\s+(?:titled|called|entitled)?\s*[“\"]?(?P<title>(?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*)[”\"]?)?"
)

_POSSESSIVE = re.compile(r"(?:’s|'s)$")
# where a name's description starts: " of Derry", ", a Donald Trump supporter"
_POSTMODIFIER = re.compile(r"\s+of\s+|,\s")
# "Trump's campaign" -> "Trump", " campaign"
_POSSESSIVE_SPLIT = re.compile(r"(?:’s|'s)\b")


def name_key(name: str) -> str:
    """Return a normalised key for comparing speaker names (case, apostrophes, titles)."""
    words = [w for w in WORD.findall(name.replace("’", "'").lower()) if w.rstrip(".") not in TITLES]
    return " ".join(words)


def is_person(name: str) -> bool:
    """Return whether a canonical speaker name looks like a person (two capitalised words)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or "'s" in name or "’s" in name:
        return False
    if any(w.lower() in GROUP_NOUNS or w.lower() in WORK_NOUNS for w in words):
        return False
    return all(w[:1].isupper() for w in words)


def _after_sentence_end(words: list[str]) -> list[str]:
    """Return the words after the last one that ends a sentence ("CBN. So" -> "So").

    A period after a word of four letters or more, or after an acronym ("CBN."), ends a
    sentence; one after an initial or a title ("D.", "Mr.") does not.
    """
    for i in range(len(words) - 2, -1, -1):
        word = words[i]
        if word.endswith(".") and (len(word) > 4 or (len(word) > 3 and word[:-1].isupper())):
            return words[i + 1 :]
    return words


def _strip_titles(words: list[str]) -> list[str]:
    """Return the words after the last title or function word ("former President X Y" -> X Y)."""
    last = -1
    for i, w in enumerate(words[:-1]):
        key = w.lower().rstrip(".")
        if key in TITLES or key in FUNCTION_WORDS:
            last = i
    return words[last + 1 :]


@dataclass
class Person:
    """A person named in the article: canonical name and the role words seen before it."""

    name: str
    roles: set[str] = field(default_factory=set)


@dataclass
class Resolver:
    """Per-article resolution of mentions to canonical speaker names."""

    text: str
    by_surname: dict[str, Person] = field(default_factory=dict)
    mentions: list[tuple[int, Person]] = field(default_factory=list)
    works: list[tuple[int, str, str]] = field(default_factory=list)
    works_scanned: bool = False
    history: list[tuple[int, str, bool]] = field(default_factory=list)

    @classmethod
    def build(cls, text: str) -> Resolver:
        """Return a resolver primed with the names found in the whole text."""
        r = cls(text)
        for m in _NAME_SEQ.finditer(text):
            words = _strip_titles(_after_sentence_end(m.group().split()))
            if len(words) < 2 or words[0].lower().rstrip(".") in FUNCTION_WORDS:
                continue
            words = [_POSSESSIVE.sub("", w) for w in words]
            surname = words[-1]
            person = r.by_surname.get(surname)
            if person is None:
                person = Person(" ".join(words))
                r.by_surname[surname] = person
            before = text[max(0, m.start() - 40) : m.start()].lower().split()[-3:]
            person.roles.update(w.strip(",") for w in before)
            person.roles.update(w.lower().rstrip(".") for w in m.group().split()[: -len(words)])
            r.mentions.append((m.start(), person))
        return r

    def _works(self) -> list[tuple[int, str, str]]:
        """Return the works named in the text with their authors, found on first use.

        Few claims come from a work, so the scan for "Bob Woodward's new book" waits
        until a description like "the book" needs it.
        """
        if self.works_scanned:
            return self.works
        self.works_scanned = True
        for m in _WORK.finditer(self.text):
            author = self.canonical_name(" ".join(_strip_titles(m.group("author").split())))
            name = f"{author}'s {m.group('noun')}"
            if m.group("title"):
                name += f" {m.group('title')}"
            self.works.append((m.start(), m.group("noun"), name))
        return self.works

    def canonical_name(self, mention: str) -> str:
        """Return the canonical name of a proper-name mention ("Mr. Trump" -> "Donald Trump")."""
        # "Stephanie Hooton of Derry, N.H." is Stephanie Hooton
        head = _POSTMODIFIER.split(mention, maxsplit=1)[0] or mention
        words = _strip_titles([_POSSESSIVE.sub("", w) for w in _after_sentence_end(head.split())])
        while len(words) > 1 and words[0].islower():
            words = words[1:]  # "voter Stephanie Hooton"
        if not words:
            return mention
        person = self.by_surname.get(words[-1])
        if person is not None and (len(words) == 1 or person.name.endswith(" ".join(words))):
            return person.name
        return " ".join(words)

    def _recent(self, pos: int, plural: bool) -> str | None:
        """Return the speaker of the nearest earlier claim of the right number, if close."""
        for start, name, is_plural in reversed(self.history):
            if start > pos:
                continue
            if pos - start > 3000:
                return None
            if is_plural == plural:
                return name
        return None

    def _describe(self, words: list[str], pos: int) -> str | None:
        """Return the person a description like "the former president" most likely names."""
        wanted = {w.lower() for w in words}
        head = words[-1].lower()
        i = bisect_left(self.mentions, pos, key=lambda item: item[0])
        fallback: str | None = None
        # the nearest 200 names are enough, and keep a huge article linear
        for j in range(i - 1, max(-1, i - 201), -1):
            person = self.mentions[j][1]
            if wanted <= person.roles:
                return person.name
            if fallback is None and head in person.roles:
                fallback = person.name
        return fallback

    def resolve(self, mention: str, pos: int) -> tuple[str | None, bool]:
        """Return the canonical speaker for a mention at pos, and whether it is plural."""
        words = mention.split()
        if not words:
            return None, False
        first = words[0].lower()
        if len(words) == 1 and first in POSSESSIVE_PRONOUNS:
            first = POSSESSIVE_PRONOUNS[first]
        if len(words) == 1 and first in SUBJECT_PRONOUNS:
            if first in SINGULAR_PRONOUNS or first == "i":
                return self._recent(pos, plural=False) or self._nearest_person(pos), False
            if first in PLURAL_PRONOUNS:
                return self._recent(pos, plural=True), True
            if first == "who":
                return self._nearest_person(pos), False
            return None, False
        if any(ch.isdigit() for ch in mention) or first in QUANTITY_WORDS:
            # "Six in 10", "55 percent", "half": a share of those polled, kept as said
            return mention, True
        last = words[-1].lower()
        stem = last[:-1] if last.endswith("s") and last[:-1] in ROLE_NOUNS else last
        if first in {"the", "a", "an", "his", "her", "their", "its", "one"}:
            rest = words[1:]
            if stem in WORK_NOUNS:
                for start, noun, name in reversed(self._works()):
                    if start < pos and noun == stem:
                        return name, False
            if stem in ROLE_NOUNS and last == stem:
                found = self._describe([w for w in rest if w.lower() not in {"the"}], pos)
                if found:
                    return found, False
            return " ".join(rest) if first == "the" else mention, last.endswith("s")
        if "’s" in mention or "'s" in mention:
            parts = _POSSESSIVE_SPLIT.split(mention, maxsplit=1)
            if len(parts) == 2 and parts[0].strip():
                return f"{self.canonical_name(parts[0])}'s {parts[1].strip()}".strip(), False
            return mention, False
        if last in GROUP_NOUNS or stem in WORK_NOUNS:
            return mention, last.endswith("s") or last in GROUP_NOUNS
        return self.canonical_name(mention), False

    def _nearest_person(self, pos: int) -> str | None:
        """Return the canonical name of the nearest person named before pos."""
        i = bisect_left(self.mentions, pos, key=lambda item: item[0])
        if i and pos - self.mentions[i - 1][0] < 2000:
            return self.mentions[i - 1][1].name
        for start, name, plural in reversed(self.history):
            if start < pos and not plural:
                return name
        return None

    def remember(self, pos: int, name: str | None, plural: bool) -> None:
        """Record the speaker of a claim at pos, for pronouns that come later."""
        if name:
            self.history.append((pos, name, plural))
