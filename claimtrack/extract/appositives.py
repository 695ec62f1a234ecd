"""The subject of a cue set off from it by an appositive: "Hemsley, the co-author of ..., said"."""

# Typographic apostrophes are matched on purpose: news text uses them.
# ruff: noqa: RUF001

from __future__ import annotations

import re

from claimtrack.extract.mentions import clean_mention

Span = tuple[int, int]


# a clause where an inverted speaker should stand: "said his boss was" / "said Gates described
# the work" (the words after the cue are what was said, not who said it)
_CLAUSE_AFTER_CUE = re.compile(
    r"\b(?:is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|does|did|do)\b"
    r"|\b[a-z]+ed\s+(?:the|a|an|his|her|their|its|him|them|it|that)\b"
)
# a relative pronoun opening a description: " who" / " which" ("that" after a noun most often
# opens what it reports: "a confirmed Breitbart News report that eight Syrian refugees were ...")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b")
# the first noun phrase of a sentence, up to the comma of its appositive: "Hemsley" / "One
# former Podesta employee" / "Sen. Claire McCaskill" (after "Speaking later on the same show, ")
_FIRST_PHRASE = re.compile(
    r"(?P<np>(?:[A-Z][\w’'.\-]*|[Tt]he|[Aa]n?|[Oo]ne)(?:\s+[\w’'.\-]+){0,7}?)(?=,\s|\s\()"
)
# an opening phrase before the subject: "Speaking later on the same show, " / "On Sunday, "
_LEAD_PHRASE = re.compile(r"(?:[A-Z][a-z]+ing|In|On|At|After|During|Later|Earlier)\b[^,]{0,60},\s+")


def is_clause(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] holds a verb of its own, so that it names no speaker.

    A verb after a relative pronoun is the speaker's description ("an American official who
    was briefed on the details"), not a clause.
    """
    relative = _RELATIVE.search(text, start, end)
    return _CLAUSE_AFTER_CUE.search(text, start, relative.start() if relative else end) is not None


def appositive_subject(text: str, ss: int, cs: int) -> Span | None:
    """Return the subject of "Hemsley, the co-author of “Going Viral,” about ..., said".

    The sentence's first noun phrase, when all that stands between it and the cue is an
    appositive set off by commas (or a parenthesis: "Sen. Claire McCaskill (D-Mo.), who has
    endorsed Clinton, said").
    """
    before = text[ss:cs].rstrip()
    # the appositive may end in a quotation: ',”' ',"' or the doubled apostrophes ",''"
    before = before[:-2] if before.endswith("''") else before.rstrip('”"')
    if not before.endswith(","):
        return None
    start = ss
    lead = _LEAD_PHRASE.match(text, ss, cs)
    if lead is not None:
        start = lead.end()
    m = _FIRST_PHRASE.match(text, start, cs)
    if m is None or is_clause(text, *m.span("np")) or m.end("np") + 3 > cs:
        return None
    return clean_mention(text, *m.span("np"))
