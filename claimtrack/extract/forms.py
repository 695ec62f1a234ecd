"""Attribution forms other than a verb cue: "according to", participles, nominal cues,
a speaker with a colon, questions, unsourced expectations ("X is expected to").
"""

# Typographic quotes and dashes are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.extract.candidates import (
    Candidate,
    Direction,
    Span,
    content_start,
    cue_lemma,
    has_words,
    infinitive_end,
    plain_subject,
    target_end,
    words_in,
)
from claimtrack.extract.mentions import clean_mention, speaker_before
from claimtrack.extract.patterns import (
    ACCORDING_SOURCE,
    CUE_FRAMES,
    FINITE_VERB,
    IT_SEEMS,
    MAIN_VERB,
    PREDICATE_NEXT,
    SEEMING_STATE,
    SEEN_AS_CLAUSE,
)
from claimtrack.extract.text import alternation, ends_with_colon, quotes_closed
from claimtrack.lexicon import (
    AS_CUES,
    AUTHORED_WORKS,
    COLON_NON_SPEAKERS,
    COMMA_PARTICIPLES,
    DAYS,
    DO_FORMS,
    GROUP_NOUNS,
    HELD_AS_CUES,
    IT_SEEMS_CUES,
    KNOWN_AS_CUES,
    MODALS,
    NOUN_CLASSES,
    OTHER_SENSE_OBJECTS,
    PARTICIPLES,
    US_STATES,
    VERBS,
    WANT_CUES,
    WORK_NOUNS,
    CueClass,
)

_PASSIVE = frozenset({"is", "was", "are", "were", "been", "being", "be"})
# words after the head of a noun phrase: "a letter to Attorney General Loretta E. Lynch"
_AFTER_HEAD = frozenset("to of for in at from with on by about".split())
# a part of a sentence this short before "according to X," is no clause of its own
_SHORT_LEFT_WORDS = 5
# nor is a longer phrase with no verb: "About 10:03 p.m., " / "One Sunday in late 2001, " (a
# verb: "is", "moved", the "leads" of "Trump leads by 15 points in Indiana")
_PHRASE_LEFT_WORDS = 8
_VERB_IN_PHRASE = re.compile(rf"{FINITE_VERB.pattern}|\b[a-z]+ed\b|\b[A-Z][\w’']*\s+[a-z]+s\b")
# a sentence opening that is no content: "But", "And so,"
_ONLY_CONNECTORS = re.compile(
    r"[\s,]*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Hh]owever|[Mm]eanwhile|[Tt]hen|[Nn]ow|[Aa]lso|[Ii]ndeed)[\s,]*)*$"
)
# what stands before the owner of an act's noun that is its clause's subject, after the
# sentence's start or a comma: "Maybe the " in "Maybe the DNC’s decision to", "Mr. " in "Mr.
# Trump's decision to", "While " in "While his promises to end the Ukraine conflict quickly
# if re-elected resonate with ..." (seeds: its verb is none _ACT_VERB knows, so no claim)
_SUBJECT_LEAD = re.compile(
    r"(?:\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Mm]aybe|[Pp]erhaps|[Tt]he|[Ww]hile|"
    r"[Aa]lthough|[Tt]hough|[Ii]f|[Ww]hen|[Bb]ecause|[Ss]ince|[Uu]nless|[Ww]hereas)\b|"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.))*\s*"
)
# the verb of a clause after its subject: " has showed" / " is good policy" / " reflects a
# shift" / " helped Republicans" (a past before its object: not "undocumented people")
_ACT_VERB = re.compile(
    rf"{FINITE_VERB.pattern}|{MAIN_VERB.pattern}|\s[a-z]{{3,}}ed\s+(?=[A-Z]|(?:the|a|an|his|her|"
    r"their|its|him|them|it|us)\b)"
)
# how far an act's infinitive may run before its clause's verb or its end is looked for no
# more (a sentence of endless acts costs each a bounded search), and how far back its owner's
# lead may start
_ACT_REACH = 300
_LEAD_REACH = 40
# what ends a phrase besides a comma: a dash, a parenthesis or a semicolon: " - " / " — " /
# "—" / " (" / ";"
_PHRASE_END = re.compile(r"\s[-–—]\s|—|\s\(|;")
# the verb before a nominal cue: "reiterated " in "Trump reiterated his belief that"
_VERB_BEFORE = re.compile(r"\s*(?P<verb>[a-z]+)\s*$")
# a connector before a mid-sentence "according to": "because, " / " that "
_CONNECTOR_BEFORE = re.compile(r"\b(?:because|that|but|and|while|since|so|if|when|as)[\s,]*$")
# a speaker and a colon opening a paragraph: "Sanders: " / "JAKE TAPPER: " / "OK Gov Fallin: "
# (a transcript may open each of its paragraphs with a quotation mark: '"WALLACE: Let’s start')
_COLON_SPEAKER = re.compile(
    r"[\"“]?(?P<speaker>(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-.]*):\s+(?=\S)"
)
# a headline's speaker, a preposition and what it speaks about or to, and a colon: "Clinton to
# Planned Parenthood: " / "CNN President On Trump: " / "Former AG Mukasey at RNC: " (in a
# paragraph of an article's body it is rather "Follow AWR Hawkins on Twitter: ")
_HEADLINE_COLON = re.compile(
    r"(?P<speaker>(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z][\w’'\-.]*)\s+(?:[Oo]n|[Tt]o|[Aa]t)\s+"
    r"[^:\n“”\"]{2,80}?:\s+(?=\S)"
)
# a headline's source named by a group or a work after a name: "IG report: " / "WSJ editorial: "
_HEADLINE_SOURCE = re.compile(
    r"(?P<speaker>(?:[A-Z][\w’'\-.]*\s+){1,3}"
    rf"(?:{alternation(GROUP_NOUNS | WORK_NOUNS)})):\s+(?=\S)"
)
_HEADLINE_COLONS = (_COLON_SPEAKER, _HEADLINE_COLON, _HEADLINE_SOURCE)
# how far into its paragraph a colon may follow a speaker; in a headline, past a topic too
COLON_REACH = 40
HEADLINE_COLON_REACH = 120
# a name and a colon right before a quotation: "Jeffrey M. Jones: " / "More from Jones: "
_NAME_COLON = re.compile(
    r"(?P<speaker>(?:[A-Z][\w’'\-.]*\s+(?:and\s+)?){0,3}[A-Z][\w’'\-.]*)\s*:\s*$"
)

# a dash and a name signing a quotation, to the end of its paragraph: " - Bernie Sanders." /
# "-President Obama, tweeting after Clinton's speech." / "― Maria Lopez"
_SIGNATURE = re.compile(
    r"[ \t]*(?P<dash>--|[―—–-])[ \t]*"
    r"(?P<speaker>[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z]\.|[A-Z][\w’'\-]*)){0,3})"
    r"[ \t]*(?:,[^\n“”\"]{1,80}?)?[ \t.]*$"
)

# the verb "be" before "expected to": " is" / " are not" / "’s also" / " were widely"
_EXPECTED_AUX = re.compile(
    r"(?:\s+(?:is|are|was|were|be|been|being)|[’']s|[’']re|\s+isn[’']t|\s+aren[’']t|\s+wasn[’']t|"
    r"\s+weren[’']t)(?:\s+(?:not|also|still|now|widely|largely|generally|originally|initially|"
    r"long|already|increasingly|both|often|broadly|mostly|perhaps|best|better|well))*\s+$"
)
# a word: "Sanders'"
_WORD = re.compile(r"[\w’']+")
# "that" after a cue: " that "
_THAT_AFTER = re.compile(r"\s+that\s+")
# what follows "seemed to" when no act seems done: "to have", "to me", "to be" before a
# gerund ("to be slipping"); "to be" before a state seems ("appear to be fabricated")
_SEEM_ACT = re.compile(r"\s+(?!(?:have|me|us|him|her|them)\b)(?!be\s+\w+ing\b)(?P<verb>[a-z]+)\b")
# a relative subject before a view held, or a "whose" opening it: "who ", "which ", "what ",
# "that have", "whose narrow third-place finish"; or "can", a view one may take ("The
# travails of his presidential campaign can be seen as perhaps the last, wheezing gasp")
_HELD_BY_WHOM = re.compile(
    r"\b(?:(?:who|which|what|that)(?:\s+(?:has|have|had))?\s*$|whose\s[^,;:]*$|can$)"
)
# the last word of a cue and the space before it: " to" of "expected to", " for" of "known for"
_LAST_WORD = re.compile(r"\s+\S+$")
# a time after "known for", which makes no fame: " some time that", " years"
_KNOWN_HOW_LONG = re.compile(
    r"\s+(?:some\s+time|a\s+(?:long\s+)?while|years|decades|months|long)\b"
)
# a second predicate of the subject, after what it is known as or for: " and is celebrated"
_KNOWN_END = re.compile(r"\s(?:and|but)\s+(?:is|was|are|were|has|had)\s")
# a relative or demonstrative subject before a seeming: "what ", "which ", "that "
_DESCRIBED = re.compile(r"\b(?:[Ww]hat|which|that)\s+$")
# the "it" of a seeming, and what may stand before its cue: "it would", "It now", "it also"
_IT_BEFORE = re.compile(
    r"\b[Ii]t\s+(?:(?:would|may|might|now|also|still|certainly|increasingly|often)\s+)*$"
)
# a relative pronoun as the subject of an expectation: "delegates who are expected to"
_RELATIVE_SUBJECT = re.compile(r"\b(?:who|which|that)$")

# a question put to the speaker, opening the sentence: "Asked whether he would ..., " /
# "When asked if it would be possible ..., " / "Asked about Cruz's charges, " / "When asked
# whom she supported, "; the one named after "by" asks ("Asked by Starnes if he believed ...")
# a day or a time between "asked" and its question: " Tuesday" / " last month"
_WHEN = r"\s+(?:" + "|".join(DAYS) + r"|(?:last|this)\s+(?:week|month|year))"
# what is asked, opening with its question word or "about"
_ASKED_WHAT = r"(?:whether|if|what|why|how|when|where|who|whom|which|about)\b"
_ASKED = re.compile(
    r"(?:(?:[Ww]hen|[Ww]henever|[Aa]fter|[Bb]ut|[Aa]nd)\s+)?(?:later\s+)?(?P<cue>[Aa]sked)"
    rf"(?:\s+by\s+(?P<by>[^,]{{2,60}}?))?"
    rf"(?:\s+[a-z]+ly|\s+(?:on|in|at|during)\s+[^,]{{2,40}}?|{_WHEN})?"
    rf"\s+(?P<what>{_ASKED_WHAT}[^;:“”\"]{{0,200}}?),\s"
)

# "Asked" this close to its sentence's start opens it ("When asked if it would be possible")
_ASKED_OPENING = 20
# what makes "asked" a question put to someone inside a sentence: " when " / " was " /
# " were later "
_ASKED_LEAD = re.compile(
    r"\b(?:when|whenever|after|before|while|once|(?:was|were|is|are|been|being|be)"
    r"(?:\s+(?:also|again|later|first|then|repeatedly|once|[a-z]+ly))?)\s+$"
)
# the question after "asked", to its clause's end: " about the “not there yet” comment" /
# " by a caller why young Syrian men are coming to the U.S. as refugees"
_ASKED_TAIL = re.compile(
    rf"(?:\s+by\s+(?P<by>[^,;:“”\"]{{2,60}}?))?"
    rf"(?:\s+(?:on|in|at|during)\s+[^,;:“”\"]{{2,40}}?|{_WHEN})?"
    rf"\s+(?P<what>{_ASKED_WHAT}[^;:]{{2,200}}?)"
    r"(?=\s*(?:[,;:]|[.?!]?[”\"]?\s*$|\s[—–-]\s|—))"
)


def according(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "according to X, A" or "A, according to X"."""
    src = ACCORDING_SOURCE.match(text, m.end("cue"), se)
    if src is None:
        return None
    speaker = clean_mention(text, *src.span("speaker"))
    if speaker is None:
        return None
    return _sourced(text, ss, se, m.span("cue"), speaker, src.end())


# a preposition left open before an interrupting phrase: "motives for, "
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|to|in|on|by|with|about|from|at)\s*,\s*$")


def in_view(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "In their view, A", "A, in Bolton's view" or "The only other
    necessary action, in Professor Knittel's view, would be ...": the owner's view, its
    content placed as an "according to" source places it."""
    if _PREPOSITION_BEFORE.search(text, max(ss, m.start() - 12), m.start()):
        # "speculate about Comey's motives for, in his view, dropping a slam-dunk case": the
        # view is of a phrase inside the clause, no clause of its own
        return None
    start, end = m.span("speaker")
    if text.endswith(("’s", "'s"), start, end):
        end -= 2  # "Bolton's": Bolton
    elif text.endswith(("s’", "s'"), start, end):
        end -= 1
    speaker = clean_mention(text, start, end)
    if speaker is None:
        return None
    return _sourced(text, ss, se, m.span("cue"), speaker, m.end("cue"))


def _sourced(
    text: str, ss: int, se: int, cue: Span, speaker: Span, src_end: int
) -> Candidate | None:
    """Return the candidate of a source phrase (the cue, its speaker, ending at `src_end`):
    its content is the clause after it when it opens the sentence, the whole sentence when
    it interrupts one clause, or else the clause before it."""
    cs, ce = cue
    # "And it hasn't gone unnoticed: According to recent polls, A": a colon opens a clause
    colon = text.rfind(": ", ss, cs)
    lead = colon + 2 if colon >= 0 else ss
    if _ONLY_CONNECTORS.match(text, lead, cs) or (
        _CONNECTOR_BEFORE.search(text, max(ss, cs - 12), cs) and words_in(text, src_end, se) >= 4
    ):
        # "According to Woodward, A" / "because, according to Trump, A"
        after = src_end
        while after < se and text[after] in " ,":
            after += 1
        if after >= se:
            return None
        return Candidate(
            start=cs,
            end=src_end,
            speaker=speaker,
            cue=(cs, ce),
            cls=CueClass.SPEECH,
            direction=Direction.RIGHT,
            content_from=after,
        )
    start = cs
    while start > ss and text[start - 1] in " ,—(":
        start -= 1
    if text.startswith(",", src_end) and (
        (_short_phrase(text, ss, start) and words_in(text, src_end, se) >= _SHORT_LEFT_WORDS)
        or PREDICATE_NEXT.match(text, src_end + 1, se) is not None
    ):
        # "Other major cleavages, according to the poll, include ideology ...", "At the heart
        # of the trouble, according to Dennis B. Ross, ..., was a decision": the source
        # interrupts one clause, which is the content, all of it
        return Candidate(
            start=start,
            end=src_end,
            speaker=speaker,
            cue=(cs, ce),
            cls=CueClass.SPEECH,
            direction=Direction.WHOLE,
            content_from=ss,
        )
    return Candidate(
        start=start,
        end=src_end,
        speaker=speaker,
        cue=(cs, ce),
        cls=CueClass.SPEECH,
        direction=Direction.LEFT,
        content_from=lead,
    )


def _short_phrase(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] is too short to be a clause of its own: a few words, or
    a phrase with no verb ("One Sunday in late 2001")."""
    words = words_in(text, start, end)
    return words < _SHORT_LEFT_WORDS or (
        words < _PHRASE_LEFT_WORDS and _VERB_IN_PHRASE.search(text, start, end) is None
    )


# what stands before a participial cue: ", saying" / ",” claiming" / ", falsely suggesting" /
# " by saying" / " before adding"
_PARTICIPLE_LEAD = re.compile(
    r"(?:(?:[,;—]|\s-)[\s”\"']*|\s(?:(?P<by>by)|before|after|while)\s+)(?:[a-z]+ly\s+)?$"
)


def participle_lead(text: str, ss: int, cs: int, cue: str = "") -> bool:
    """Return whether a participle at cs follows a comma or "by", so that it has a subject
    ("by" is no lead of the participles of COMMA_PARTICIPLES)."""
    lead = _PARTICIPLE_LEAD.search(text, max(ss, cs - 20), cs)
    return lead is not None and (lead.group("by") is None or cue not in COMMA_PARTICIPLES)


def participial(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of ", saying that A", whose speaker is the clause's subject."""
    cs, ce = m.span("cue")
    cue = re.sub(r"\s+", " ", m.group("cue"))
    if cue not in PARTICIPLES:
        return None
    lemma, cls = cue_lemma(cue)
    right = content_start(text, ce, se, lemma)
    if right is None:
        return None
    start = cs
    while start > ss and text[start - 1] in " ,;—-":
        start -= 1
    return Candidate(
        start=start,
        end=ce,
        speaker=None,
        cue=(cs, ce),
        cls=cls,
        direction=Direction.RIGHT,
        content_from=right,
        inherit=True,
        # ", referring to the party's July convention, where ...": the target only
        content_to=target_end(text, lemma, ce, right, se),
    )


# what may stand before a participle opening its sentence: "Noting that" / "After suggesting"
_OPENING_LEAD = re.compile(r"[\s“\"]*(?:(?:After|Before|While|And|But)\s+)?$")
# a time word opening the sentence before a participle in lower case: "After suggesting" /
# "Since announcing in October" / "After initially saying"
_TIMED_LEAD = re.compile(
    r"[\s“\"]*(?:(?:And|But)\s+)?(?:After|Before|While|Since)\s+(?:[a-z]+ly\s+)?"
)
# the subject of the main clause after an opening participle's clause: ", Schlafly put" /
# ", Mr. Rubio only occasionally disagreed" / " he warned" (a name or a pronoun only)
_MAIN_SUBJECT = re.compile(
    r"\s+(?P<speaker>he|she|they|we|I|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.\s+)?[A-Z][\w’'\-]*"
    r"(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]*)){0,3})\s+(?:[a-z]+ly\s+|only\s+|also\s+|then\s+)*"
    r"(?!and\b|or\b|who\b|which\b)[a-z]"
)


def opening_participle(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of a participle opening its sentence ("Noting that A, Schlafly put").

    The content is the participle's clause, to the comma before the main clause; its speaker
    is that clause's subject, a name or a pronoun (PolNeAR train: 15 of 19 such participles
    are gold cues). A participle in lower case opens its sentence after a time word ("After
    suggesting on Wednesday that A, Mr. Rubio ..."; train: 8 of 9, dev 1 of 1 such
    participles are gold cues whose source is the main clause's subject).
    """
    cs, ce = m.span("cue")
    cue = re.sub(r"\s+", " ", m.group("cue"))
    if cue.lower() not in PARTICIPLES:
        return None
    if not (_TIMED_LEAD if cue[:1].islower() else _OPENING_LEAD).fullmatch(text, ss, cs):
        return None
    lemma, cls = cue_lemma(cue.lower())
    right = content_start(text, ce, se, lemma)
    if right is None:
        return None
    comma = right
    while True:
        comma = text.find(",", comma, se)
        if comma < 0:
            return None
        # "... an entry-level job,” Will urged": the comma inside a closing quotation mark
        after = comma + 2 if text.startswith(("”", '"'), comma + 1) else comma + 1
        if quotes_closed(text, right, after):
            break
        comma += 1
    subject = _MAIN_SUBJECT.match(text, after, se)
    if subject is None or comma - right < 2:
        return None
    speaker = clean_mention(text, *subject.span("speaker"))
    if speaker is None:
        return None
    return Candidate(
        start=cs,
        end=ce,
        speaker=speaker,
        cue=(cs, ce),
        cls=cls,
        direction=Direction.RIGHT,
        content_from=right,
        content_to=after,
    )


# the fewest words of a clause after a poll opening: "In the latest polls, he doesn't"
_POLL_CLAUSE_WORDS = 2
# what opens a sentence before the clause a closing poll found: a dateline ("CHARLESTON, S.C.
# — "), a phrase of time or reason and its comma ("In March, " / "By Jan. 18, 10 days after
# the New Hampshire primary, " / "As a result, " / "In his highest percentage to date, "), a
# link word before a pronoun ("But he fell to 10 percent")
_POLL_LEAD = re.compile(
    r"(?:[A-Z][A-Z.,' ]{1,40}\s[—–-]\s)?"
    r"(?:(?:In|As|By|On|At|During|Since|After|Before|Still|Yet|Now)\s[^,;:“”\"()]{1,60},\s+"
    r"(?:[^,;:“”\"()]{1,60}(?<![a-z]ed)(?<![a-z]s),\s+)?)?"
    r"(?:(?:But|And|Yet|So)\s+(?=[a-z]))?"
)
# and before a poll closing one, however short it is: "But he fell to 10 percent in the latest
# CNN/ORC poll released Wednesday"
_POLL_LEFT_WORDS = 3


def poll_opening(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "In a CBS News poll, A", a sentence opened by its source.

    PolNeAR marks the poll as the source and "In" as the cue; the content is the clause
    after the opening, to the sentence's end.
    """
    if not _OPENING_LEAD.fullmatch(text, ss, m.start()):
        return None
    if not has_words(text, m.end(), se, _POLL_CLAUSE_WORDS):
        return None
    speaker = clean_mention(text, *m.span("speaker"))
    if speaker is None:
        return None
    return Candidate(
        start=m.start(),
        end=m.end("speaker"),
        speaker=speaker,
        cue=m.span("cue"),
        cls=CueClass.SPEECH,
        direction=Direction.RIGHT,
        content_from=m.end(),
    )


# what may stand before "reportedly" and make it no clause's own: a relative pronoun ("who
# reportedly has been itching") or a comma before a participle (", reportedly winning over")
_REPORTEDLY_BOUND = re.compile(r"(?:\b(?:who|whom|which|that)|,)\s+$")
# what closes a reported clause: a participle after a comma (", leaving progressives
# fearful"), a clause of time opened by "as" and its subject (" as it nears the end")
_REPORT_CLOSE = re.compile(
    r",\s+[a-z]+ing\b|,?\s+(?:even\s+)?as\s+(?:it|he|she|they|his|her|its|their)\s"
)
# a predicate joined to the clause's first before "reportedly": " and was " / ", but has "
_CONJOINED_PREDICATE = re.compile(
    r"\s(?:and|but)\s+(?P<predicate>(?:was|were|is|are|has|have|had|will|would)\s+)$"
)
# how far back a tweet's opening tag is looked for
_TWEET_REACH = 400


def reportedly(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the unsourced candidate of "The FBI is reportedly making arrangements to
    interview Hillary Clinton" or "Reportedly, he made ISIS-sympathetic comments to
    co-workers": PolNeAR gives what is reported its clause as content, with no source; the
    content runs from the sentence's start (after "Reportedly,") to its end or a semicolon."""
    cs, ce = m.span("cue")
    if text[cs] == "R":
        if cs != ss:
            return None
        start = ce + 1
        while start < se and text[start] == " ":
            start += 1
    else:
        if _REPORTEDLY_BOUND.search(text, max(ss, cs - 8), cs) is not None:
            return None
        # "In total, the hackers have reportedly infiltrated": a phrase of time or reason, or
        # a link word, opening the sentence is no part of what is reported
        lead = _POLL_LEAD.match(text, ss, cs)
        start = ss if lead is None else lead.end()
        conjoined = _CONJOINED_PREDICATE.search(text, max(start, cs - 24), cs)
        if conjoined is not None:
            # "He gained acclaim prosecuting drug traffickers ... and was reportedly targeted
            # for assassination": the report is of its own predicate only
            start = conjoined.start("predicate")
        opened = text.rfind("(", start, cs)
        if opened > text.rfind(")", start, cs):
            # "(her team has reportedly consulted shrinks ...)": the aside alone
            start = opened + 1
            closed = text.find(")", ce, se)
            se = se if closed < 0 else closed
    near = max(0, cs - _TWEET_REACH)
    # a tweet closes as "<tweet id=...><tweet/>" or as "<tweet id=...>...</tweet>"
    tweet_end = max(text.rfind("tweet/>", near, cs), text.rfind("</tweet>", near, cs))
    if text.rfind("<tweet", near, cs) > tweet_end:
        return None  # "Team Trump reportedly wants Mike Tyson": a tweet's own report
    semicolon = text.find(";", ce, se)
    end = se if semicolon < 0 else semicolon
    close = _REPORT_CLOSE.search(text, ce, end)
    if close is not None:
        # ", leaving progressives fearful that ...": what follows the report, no part of it
        end = close.start()
    if words_in(text, ce, end) < 2:
        return None
    return Candidate(
        start=cs,
        end=ce,
        speaker=None,
        cue=(cs, ce),
        cls=CueClass.SPEECH,
        direction=Direction.UNSOURCED,
        content_from=start,
        content_to=end,
    )


def poll_closing(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "A in a new Fox News poll.", a clause closed by its source.

    PolNeAR marks the poll as the source and "in" as the cue; the content is the clause
    before it, from the sentence's start (or a colon's: "He needs one: He finished a distant
    sixth in Iowa ... in the RealClearPolitics average of New Hampshire surveys").
    """
    cs = m.start()
    colon = text.rfind(": ", ss, cs)
    lead = colon + 2 if colon >= 0 else ss
    # "In March, Cruz had 38 percent support in a Fox poll": the time, the dateline or the
    # link word before the clause is no part of what the poll found
    opening = _POLL_LEAD.match(text, lead, cs)
    if opening is not None:
        lead = opening.end()
    start = cs
    while start > lead and text[start - 1] in " ,":
        start -= 1
    if words_in(text, lead, start) < _POLL_LEFT_WORDS:
        return None
    speaker = clean_mention(text, *m.span("speaker"))
    if speaker is None:
        return None
    return Candidate(
        start=start,
        end=m.end("speaker"),
        speaker=speaker,
        cue=m.span("cue"),
        cls=CueClass.SPEECH,
        direction=Direction.LEFT,
        content_from=lead,
    )


def share_support(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "About three-quarters support a temporary ban on Muslims who
    are not American citizens from entering the United States": the share supports what
    follows, to its comma or a dash, as "endorsed Cruz" is content."""
    ce = m.end("cue")
    begin = ce + 1
    if not has_words(text, begin, se, 1):
        return None
    speaker = clean_mention(text, *m.span("speaker"))
    if speaker is None:
        return None
    return Candidate(
        start=m.start("speaker"),
        end=ce,
        speaker=speaker,
        cue=m.span("cue"),
        cls=CueClass.SPEECH,
        direction=Direction.RIGHT,
        content_from=begin,
        content_to=_act_end(text, begin, se),
    )


def names_a_work(text: str, ss: int, speaker: Span) -> bool:
    """Return whether a mention inside a sentence names a work: "a press release" in
    "Rubio's campaign sent out a press release saying ..." (the campaign says it)."""
    if speaker[0] == ss:
        return False
    before = ""
    for word in text[speaker[0] : speaker[1]].split():
        low = word.lower()
        if low in _AFTER_HEAD or low.endswith(("'s", "’s")):
            # "Hillary Clinton’s Tuesday speech": the mention names the author already
            return False
        if low in AUTHORED_WORKS or (low.endswith("s") and low[:-1] in AUTHORED_WORKS):
            # "the Trump release" names its author too
            return not before[:1].isupper()
        before = word
    return False


def subject_speaks(cand: Candidate) -> Candidate:
    """Return a participle's candidate with its clause's subject as the speaker.

    "Chaffetz and Goodlatte sent the referral to the U.S. attorney for the District of
    Columbia, asking him to probe ...": who asks is who sent, not the noun before the comma.
    """
    return replace(cand, subject_speaks=True)


def nominal(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "his long-standing claim that A" or "Trump's assertion that A"."""
    owner = m.span("owner")
    noun = m.group("noun")
    cls = NOUN_CLASSES.get(noun, CueClass.SPEECH)
    act = m.group("link").endswith("to")
    # "her decision to open Germany's borders": PolNeAR's content is the infinitive, "to" on
    content_from = m.start("link") if act else m.end("link") + 1
    if content_from >= se:
        return None
    speaker: Span | None = None
    if m.group("owner").lower() in {"his", "her", "their", "its"} and not act:
        before = _VERB_BEFORE.search(text, max(ss, owner[0] - 40), owner[0])
        if before is not None and before.group("verb") not in _PASSIVE:
            verb_start = before.start()
            sm = speaker_before(text, ss, verb_start)
            if sm is not None:
                speaker = clean_mention(text, *sm.span("speaker"))
        if speaker is None:
            speaker = owner
    elif m.group("owner").lower() in {"his", "her", "their", "its"}:
        speaker = owner  # "including his promises to ...": the owner promises
    else:
        speaker = (owner[0], owner[1] - 2)
    start = min(speaker[0], owner[0])
    cue = (m.start("noun"), m.end("link"))
    content_to = None
    if act and _subject_lead(text, ss, owner[0]):
        # "Mr. Trump's decision to seize on immigration as his signature issue has showed
        # ...", "Maybe the DNC’s decision to bury the party’s debates on weekends and holidays
        # helped Republicans ...": the act ends before its clause's verb
        verb = _ACT_VERB.search(text, content_from, min(se, content_from + _ACT_REACH))
        if verb is None:
            return None
        content_to = verb.start()
    elif act:
        content_to = _act_end(text, content_from, se)
    elif _ONLY_CONNECTORS.match(text, ss, owner[0]):
        # "Trump's insistence that A is the smart approach has divided analysts": the noun
        # is the sentence's subject, and its clause ends where the sentence's verb comes
        content_to = _subject_clause_end(text, content_from, se)
    return Candidate(
        start=start,
        end=m.end("noun"),
        speaker=speaker,
        cue=cue,
        cls=cls,
        direction=Direction.RIGHT,
        content_from=content_from,
        content_to=content_to,
    )


def _subject_clause_end(text: str, start: int, se: int) -> int | None:
    """Return where a that-clause opening a sentence ends: before the sentence's own verb."""
    first = FINITE_VERB.search(text, start, se)
    if first is None:
        return None
    main = MAIN_VERB.search(text, first.end(), se)
    return main.start() if main is not None else None


def _subject_lead(text: str, ss: int, owner: int) -> bool:
    """Return whether the owner at `owner` opens its clause (after the sentence's start or a
    comma, and connectives, "the" or a title only): "Maybe the DNC's decision"."""
    # (a lead is a few words: past them, no need to look for the comma)
    floor = max(ss, owner - _LEAD_REACH)
    comma = text.rfind(", ", floor, owner)
    lead = comma + 1 if comma >= 0 else floor
    return (lead == ss or comma >= 0) and _SUBJECT_LEAD.fullmatch(text, lead, owner) is not None


def _act_end(text: str, start: int, se: int) -> int | None:
    """Return where the infinitive of "her decision to A" ends inside its sentence: at a
    comma, a dash or a semicolon ("the Supreme Court's 2015 decision to legalize same-sex
    marriage - as being in violation of ..."), or None (the sentence's end)."""
    end = infinitive_end(text, start, se)
    stop = _PHRASE_END.search(text, start, min(se, start + _ACT_REACH) if end is None else end)
    return stop.start() if stop is not None else end


def colon(text: str, ps: int, pe: int, headline: bool = False) -> Candidate | None:
    """Return the candidate of a paragraph that opens with a speaker and a colon.

    "Sanders: Endorsements prove Clinton 'candidate of the establishment.'" (a headline)
    and "TAPPER: And obviously, you're supporting Donald Trump" (a transcript); in a
    headline, the speaker may say to whom or of what: "Clinton to Planned Parenthood: Trump
    will reverse Roe v. Wade."
    """
    for pattern in _HEADLINE_COLONS if headline else (_COLON_SPEAKER,):
        m = pattern.match(text, ps, pe)
        if m is not None and _colon_speaks(text, m, pe):
            speaker = m.span("speaker")
            colon_at = text.rindex(":", ps, m.end())
            return Candidate(
                start=ps,
                end=m.end(),
                speaker=speaker,
                cue=(colon_at, colon_at + 1),
                cls=CueClass.SPEECH,
                direction=Direction.RIGHT,
                content_from=m.end(),
            )
    return None


def _colon_speaks(text: str, m: re.Match[str], pe: int) -> bool:
    """Return whether the words before a paragraph's colon name someone who says what follows."""
    words = m.group("speaker").replace("’", "'").split()
    if any(w.lower() in COLON_NON_SPEAKERS for w in words) or (
        len(words) > 1 and m.group("speaker").isupper()
    ):
        # "Editor's Note:", "Delegate Update:", "FIX IS IN:" open no one's words
        return False
    if m.group("speaker") in US_STATES or m.group("speaker").lower() in {"email", "e-mail"}:
        # "Iowa: Tim Albrecht, Brad Anderson, ..." heads a list; "EMAIL: fitcity@..." an address
        return False
    return words_in(text, m.end(), pe) >= 3


def signature(text: str, quote: Span, pe: int, next_para: Span | None) -> Candidate | None:
    """Return the candidate of a quotation signed with a dash and a name.

    The signature ends the quotation's paragraph ('“...”― Name'), or, when the quotation is
    the whole paragraph, it is the next paragraph: '"[Americans are] worried about ..."'
    then '- Bernie Sanders.' (the fact-checkers' layout in the PolNeAR train split).
    """
    m = _SIGNATURE.match(text, quote[1], pe) if quote[1] < pe else None
    if m is None and next_para is not None and quote[1] >= pe:
        m = _SIGNATURE.match(text, next_para[0], next_para[1])
    if m is None:
        return None
    return Candidate(
        start=quote[0],
        end=m.end("speaker"),
        speaker=m.span("speaker"),
        cue=m.span("dash"),
        cls=CueClass.SPEECH,
        direction=Direction.LEFT,
        content_from=quote[0],
        content_to=quote[1],
    )


def asked(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of the question in "Asked whether A, X said B", with no speaker.

    PolNeAR attributes the question to whoever asked it, who is most often unnamed; the
    claim keeps the question's words and leaves its speaker empty. Inside a sentence the
    question follows "when asked" or a passive ("Pence was asked about the comment").
    """
    q = _ASKED.match(text, ss, se) if m.start() - ss < _ASKED_OPENING else None
    if q is not None and q.start("cue") == m.start("cue"):
        first, last, cue = ss, q.end("cue"), q.span("cue")
    else:
        lead = _ASKED_LEAD.search(text, max(ss, m.start() - 30), m.start())
        if lead is None:
            return None
        q = _ASKED_TAIL.match(text, m.end(), se)
        if q is None:
            return None
        first, last, cue = lead.start(), m.end(), m.span("cue")
    start, end = q.span("what")
    if text.startswith("about", start):
        start += len("about ")
    # "Asked by Starnes if he believed ...": the one named asks
    asker = clean_mention(text, *q.span("by")) if q.group("by") else None
    return Candidate(
        start=first,
        end=last,
        speaker=asker,
        cue=cue,
        cls=CueClass.SPEECH,
        direction=Direction.ASKED,
        content_from=start,
        content_to=end,
    )


# what makes the name before a quotation's colon the one spoken to, or a language: "a
# blunt message to [Trump]:", "to the Dutch newspaper [NRC Handelsblad]:", "with [Clinton]:",
# "quoting Leonardo da Vinci in [Italian]:"
_ADDRESSED = re.compile(
    r"(?<![\w’'\-])(?:to|with|in)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w’'\-]+\s+){0,2}$"
)


def colon_quote(text: str, quote: Span, ss: int) -> Candidate | None:
    """Return the candidate of a quotation introduced by a name and a colon.

    "... - Jeffrey M. Jones: “Gallup's analysis of political party affiliation ...”"
    """
    start = max(ss, quote[0] - 60)
    if not ends_with_colon(text, start, quote[0]):
        return None  # (what _NAME_COLON ends with, asked first: most quotations have none)
    m = _NAME_COLON.search(text, start, quote[0])
    if m is None:
        return None
    words = m.group("speaker").replace("’", "'").split()
    if any(w.lower() in COLON_NON_SPEAKERS for w in words if w != "and"):
        return None
    if _ADDRESSED.search(text, max(ss, m.start("speaker") - 40), m.start("speaker")):
        # "Mitch McConnell ... delivered a blunt message to Trump: “It's time to quit ...”",
        # "broke down ... to the Dutch newspaper NRC Handelsblad: “What Trump did ...”": the
        # one spoken to, or the language, is no speaker (the sentence's subject is)
        return None
    speaker = m.span("speaker")
    colon_at = m.end("speaker")
    return Candidate(
        start=speaker[0],
        end=m.end(),
        speaker=speaker,
        cue=(colon_at, colon_at + 1),
        cls=CueClass.SPEECH,
        direction=Direction.LEFT,
        content_from=quote[0],
        content_to=quote[1],
    )


def seeming_clause(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the unsourced candidate of "It appears that Trump and Lewandowski had helped
    bring on this criminal investigation": the clause after the seeming is its content, to
    the end of the sentence, and no one is its source."""
    cs, ce = m.span("cue")
    frame = IT_SEEMS.match(text, ce, se)
    it = _IT_BEFORE.search(text, max(ss, cs - 40), cs) if frame is not None else None
    if frame is None or it is None:
        return None
    return Candidate(
        start=it.start(),
        end=ce,
        speaker=None,
        cue=(cs, ce),
        cls=CueClass.HEDGE,
        direction=Direction.UNSOURCED,
        content_from=frame.start("object"),
        content_to=se,
    )


def raised(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the unsourced candidate of "Trump is expected to deliver a victory speech".

    The content is the clause, from its subject to the end of the infinitive (its first
    comma), as PolNeAR marks it ("Trump … to deliver a victory speech later tonight").
    "Sanders seemed to reap the benefits" is the same, said by the subject when one is
    read; "Indiana appears to be a break from the norm" is the same, said by no one, and
    "Twitter is increasingly seen as a source of news" too, "as" for "to";
    "seemed to have" and "appeared to imply that" (a cue of its own) make none.
    """
    cs, ce = m.span("cue")
    verb_at = cs
    seeming = m.group("cue").startswith(("seem", "appear"))
    known = m.group("cue") in KNOWN_AS_CUES
    if known and _KNOWN_HOW_LONG.match(text, ce, se):
        # "While it has been known for some time that this book was in the works"
        return None
    # "Indiana appears to be a break from the norm": a state seems, no one acts
    state = False
    ready = m.group("cue") in IT_SEEMS_CUES
    if ready:
        # "the court's conservatives seemed ready to say that ...", "Ms. Kelly seemed certain
        # to leave": a readiness or a likelihood seems, as a state does
        if SEEMING_STATE.match(text, ce, se) is None:
            return None
        state = True
    elif seeming:
        act = _SEEM_ACT.match(text, ce, se)
        if act is None or act.group("verb") in VERBS:
            # "seemed to have", "seems to me": no act; "appeared to imply that": the cue's own
            return None
        state = act.group("verb") == "be"
        if state and _DESCRIBED.search(text, max(ss, cs - 8), cs):
            # "in what appeared to be a tit-for-tat play on words", "which appeared to be
            # directed at Clinton": a thing described, not a seeming PolNeAR marks
            return None
    else:
        aux = _EXPECTED_AUX.search(text, max(ss, cs - 30), cs)
        if aux is None:
            # "he expected me to read", "as expected": no expectation of the clause's subject
            return None
        verb_at = aux.start()
        if m.group("cue") in HELD_AS_CUES and (
            aux.group().split()[0] == "being"
            or text[max(ss, verb_at - 2) : verb_at] == "to"
            or _HELD_BY_WHOM.search(text, max(ss, verb_at - 80), verb_at)
        ):
            # "on being viewed as competent", "loath to be seen as taking a victory lap":
            # no view held of the subject; "Trump, who is regarded as something of a
            # germaphobe", "whose state is seen as": a thing described (train: 3 of 10 gold);
            # "can be seen as": 0 of 3
            return None
    while verb_at < cs and text[verb_at].isspace():
        verb_at += 1
    before = text[max(ss, verb_at - 7) : verb_at].rstrip()
    speaker: Span | None = None
    if _RELATIVE_SUBJECT.search(before):
        subject_at = verb_at - 1 - len(before.split()[-1])
    else:
        # the subject: the noun phrase before the verb, or the whole opening when no comma
        # stands between ("The silencing of Justice Scalia's voice seemed to", "The Republican front-runner,
        # Donald Trump, a regular in recent years, isn’t expected to")
        sm = speaker_before(text, ss, verb_at)
        if sm is None and (known or ready):
            # "... at a time when the island was known as", "... campaigned door-to-door for
            # Barack Obama in 2008 and was known as": what is known is no plain subject's
            return None
        subject_at = sm.start("speaker") if sm is not None else ss
        if sm is not None and seeming and not state:
            # "Sanders seemed to reap the benefits": when PolNeAR gives a seeming a source,
            # it is the one who seems to act (a state's seeming it leaves unsourced)
            speaker = clean_mention(text, *sm.span("speaker"))
        if text.find(",", ss, subject_at) < 0:
            subject_at = ss
        # not over a cue: "Sanders' team said the committee appears to skirt" (what
        # appears is what the team said)
        for w in _WORD.finditer(text, subject_at, verb_at) if seeming else ():
            if VERBS.get(w.group(), (w.group(),))[0] != w.group():
                that = _THAT_AFTER.match(text, w.end(), verb_at)
                subject_at = that.end() if that is not None else w.end() + 1
    if subject_at >= verb_at:
        return None
    end = infinitive_end(text, ce, se)
    if end is None:
        end = se
    if known:
        # "Ginsburg is known for speaking her mind on other issues and is celebrated as a
        # liberal icon": the fame ends before the subject's next predicate
        stop = _KNOWN_END.search(text, ce, end)
        if stop is not None:
            end = stop.start()
    if words_in(text, ce, end) < 2:
        return None
    # (the cue is the verb without its last word: "is expected", "is best known")
    last = _LAST_WORD.search(text, cs, ce)
    return Candidate(
        start=subject_at,
        end=ce,
        speaker=speaker,
        cue=(verb_at, last.start() if last is not None else ce),
        cls=CueClass.HEDGE,
        direction=Direction.UNSOURCED if speaker is None else Direction.RIGHT,
        content_from=subject_at,
        content_to=end,
    )


_AS_CUES = frozenset(AS_CUES)
# the cues of AS_CUES that are verbs only ("The offensive views include ...", "in that regard")
_SEEING_VERBS = _AS_CUES - {"view", "views", "regard", "regards"}
# subjects whose wish is no one's to attribute: the writer, the reader, a bare "they" (train: 2 of 6
# "they want" wishes matching gold)
_WRITERS = frozenset({"I", "we", "We", "you", "You", "they", "They"})


# what stands before the subject of a wish whose act follows, where the subject opens its
# clause (after the sentence's start): a comma, a colon, a dash, a conjunction or an adverb
_WISH_LEAD = re.compile(
    r"(?:[,;:—(]|\s-|\b(?:and|but|or|because|so|now|also|while|when|if|since|though|then|"
    r"Now|And|But|So|Still|Instead|Meanwhile|However))\s*$"
)


def _wish_opens(text: str, ss: int, se: int, speaker: Span, aux: list[str]) -> bool:
    """Return whether the subject of a wish to act opens its clause, in a statement.

    "Hillary Clinton wants to bring back the 1990s", "And he wants to avoid giving any grist":
    not a relative ("a rich supporter who wants to give more could shell out"), nor the subject
    of a relative whose object is the gap ("The things he wants to accomplish appeal to the
    people"), nor a question ("will reporters want to pursue those smaller stories?"), nor a
    wish stressed against what the writer says ("He did want to make me sweat, however").
    """
    if text[speaker[0] : speaker[1]].lower() in {"who", "that", "which"}:
        return False
    if not DO_FORMS.isdisjoint(aux) and "not" not in aux:
        return False
    if text[ss:se].rstrip().endswith("?"):
        return False
    return (
        not text[ss : speaker[0]].strip(" “\"'")
        or _WISH_LEAD.search(text, max(ss, speaker[0] - 12), speaker[0]) is not None
    )


def _other_sense(text: str, cue: str, seen: re.Match[str], se: int) -> bool:
    """Return whether a cue of AS_CUES and its object and "as" are no view or depiction: "as"
    opens a clause ("Mr. Kaine cast the deciding vote as the Senate adjourned"), or the object
    is one of the cue's other sense ("Comey's letter cast doubt on her candidacy", "He framed
    the photo as a gift for his mother").
    """
    if SEEN_AS_CLAUSE.match(text, seen.end("object"), se) is not None:
        return True
    others = OTHER_SENSE_OBJECTS.get(cue)
    return others is not None and not others.isdisjoint(
        word.strip(".’'").lower() for word in seen.group("object").split()
    )


def framed(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of a view or an expectation in its frame: "Mr. Obama sees Mr.
    Netanyahu as captured by a hard-line philosophy" (the one who sees says the object is
    what it is seen as), "Officials expect it to raise rates" (they say it will).

    The content runs from the object to the first comma ("various rivals see him as a
    threat, running more than $22 million in negative ads against him"), or is the clause
    after "that".
    """
    cs, ce = m.span("cue")
    seen = CUE_FRAMES[m.group("cue")].match(text, ce, se)
    if seen is None:
        return None
    if m.group("cue") in _AS_CUES and _other_sense(text, m.group("cue"), seen, se):
        return None
    sm = speaker_before(text, ss, cs)
    if sm is None and m.group("cue") in _SEEING_VERBS:
        # "Majorities in many European countries see immigrants as an economic burden",
        # "However, some saw Beck’s comments as simply part of his long opposition to Trump":
        # the frame is sure enough for a subject no speaker rule reads, the sentence's opening
        # or a quantity of people
        sm = plain_subject(text, ss, cs)
    # a modal makes the view or expectation no one's yet: "voters will see her choice as"
    if sm is None or not MODALS.isdisjoint(sm.group("aux").lower().split()):
        return None
    speaker = clean_mention(text, *sm.span("speaker"))
    if speaker is None:
        return None
    if m.group("cue") in WANT_CUES and (
        text[slice(*speaker)] in _WRITERS or text.find("</tweet>", ce, se) >= 0
    ):
        # "I wanted my vote to “mean” something": the writer's own wish is no attribution,
        # and a tweet's wish is the tweet's words
        return None
    start = seen.start("object")
    if (
        m.group("cue") in WANT_CUES
        and text.startswith(("to ", "to\n"), start)
        and not _wish_opens(text, ss, se, speaker, sm.group("aux").lower().split())
    ):
        return None
    # (a clause after "that" runs as any clause does: "expect that if Mr. Trump prevails, Mr.
    # Ryan will avoid directly helping him")
    end = None if seen.groupdict().get("that") else infinitive_end(text, start, se)
    return Candidate(
        start=speaker[0],
        end=ce,
        speaker=speaker,
        cue=(cs, ce),
        cls=CueClass.HEDGE,
        direction=Direction.RIGHT,
        content_from=start,
        content_to=end,
    )


# a passive report and its reporter: " was first reported by" / " had been reported by"
_REPORTED_BY_AUX = re.compile(
    r"\s(?:was|were|is|are|had\s+been|has\s+been|have\s+been)"
    r"(?:\s+(?:first|originally|previously|also|initially))?\s+$"
)
# where the subject of a passive report starts: after a comma, a colon or a clause word
_REPORT_SUBJECT_START = re.compile(r"(?:[,;:]|\b(?:and|but|while|after|when|because))\s+")


# the auxiliary of a stand or a judgement in the passive: " was supported by", " has long been
# backed by", " also was backed by", " were overwhelmingly rejected by" (not "will be backed by
# research": a stand to come is no stand taken)
_PASSIVE_BY_AUX = re.compile(
    r"(?:\s+(?:also|still|[a-z]+ly))?"
    r"\s(?:was|were|is|are|(?:has|have|had)(?:\s+(?:long|also|not|never|[a-z]+ly))?\s+been)"
    r"(?:\s+(?:also|not|never|long|since|already|even|[a-z]+ly))?\s+$"
)
# where the agent of a passive ends: at a preposition, an adverb or a clause word after it
# ("was attacked by Hillary Clinton for suggesting", "has been mocked by Trump already as")
_AGENT_END = re.compile(
    r"\s(?:for|as|over|during|after|before|because|when|while|since|in|on|at|to|last|"
    r"earlier|already|again|also|recently)\s"
)
# where the subject of a passive stand starts: after a comma, a dash, a colon or a clause word;
# after a relative pronoun there is none ("a deal that was rejected by"), and a passive that
# opens its clause is no stand's ("Janet Yellen, seated on the dais, has been criticized by")
_PASSIVE_SUBJECT_START = re.compile(
    r"(?:[,;:—–(]|\s-|\b(?:and|but|while|after|when|where|because|if|though|that|who|which|whom))\s+"
)
# how far back a passive stand's subject may start, in characters: a subject longer than
# this has no clause word near enough to tell where it starts, and makes no claim
_SUBJECT_REACH = 300
_PASSIVE_SUBJECT = re.compile(
    r"(?!(?:[a-z]+ed|[a-z]+ing|in|on|at|by|for|to|of|with|from|as|about)\b)[\w“\"‘'$]"
)


def passive_by(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "Trump was supported by 42 percent of the Republicans surveyed".

    The subject is what the agent stands for or against (PolNeAR: content "Trump", source "42
    percent of the Republicans surveyed"), from the comma or the clause word before it ("In
    Iowa, Trump was supported by"); a passive right after a comma or a dash ("Mr. Bush, the
    former governor of Florida, had been soundly rejected by"), a subject after a relative
    pronoun, or one opening with a participle or a preposition is none.
    """
    cs, ce = m.span("cue")
    aux = _PASSIVE_BY_AUX.search(text, max(ss, cs - 40), cs)
    if aux is None or text[aux.start() - 1 : aux.start()] in {",", "—", "-", "–"}:
        return None
    # (the clause word is looked for in the subject's reach only: a search from the
    # sentence's start at each cue took time quadratic in a sentence of many passives)
    low = max(ss, aux.start() - _SUBJECT_REACH)
    start = ss if low == ss else None
    for opener in _PASSIVE_SUBJECT_START.finditer(text, low, aux.start() + 1):
        start = opener.end()
    if start is None or start >= aux.start() or not _PASSIVE_SUBJECT.match(text, start):
        return None
    src = ACCORDING_SOURCE.match(text, ce, se)
    if src is None:
        return None
    end = src.end("speaker")
    cut = _AGENT_END.search(text, src.start("speaker"), end)
    if cut is not None:
        end = cut.start()
    speaker = clean_mention(text, src.start("speaker"), end)
    if speaker is None:
        return None
    return Candidate(
        start=start,
        end=speaker[1],
        speaker=speaker,
        cue=(aux.start() + 1, ce),
        cls=cue_lemma(m.group("cue").split()[0])[1],
        direction=Direction.LEFT,
        content_from=start,
        negated=any(w in {"not", "never"} for w in text[aux.start() : cs].split()),
        content_to=aux.start(),
    )


def reported_by(text: str, ss: int, se: int, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of "Scully's involvement was first reported by the New York Times".

    The subject is what was reported (PolNeAR: content "Scully's involvement", source "the
    New York Times"); a relative pronoun stands for its noun ("which was first reported by").
    """
    cs, ce = m.span("cue")
    aux = _REPORTED_BY_AUX.search(text, max(ss, cs - 30), cs)
    if aux is None or not text.startswith(" by ", ce):
        return None
    src = ACCORDING_SOURCE.match(text, ce + len(" by"), se)
    if src is None:
        return None
    speaker = clean_mention(text, *src.span("speaker"))
    if speaker is None:
        return None
    start = ss
    for opener in _REPORT_SUBJECT_START.finditer(text, ss, aux.start()):
        start = opener.end()
    if words_in(text, start, aux.start()) < 1:
        return None
    return Candidate(
        start=start,
        end=src.end(),
        speaker=speaker,
        cue=(aux.start() + 1, ce + len(" by")),
        cls=CueClass.SPEECH,
        direction=Direction.LEFT,
        content_from=start,
        content_to=aux.start(),
    )
