"""A quotation's speaker named right after it by any verb: '“...,” Oliver barked.'

News signs a quotation that ends with a comma, "!" or "?" inside its closing mark with a
short clause: a speaker and a verb ('“Mexico!” the audience screamed back.'), or the verb
first ('“This is fantastic!” beamed Donald Hartley of Madison, Alabama'). The verb there
is the cue whatever it is: "barked", "scoffed", "reads", so no word list limits it.
"""

# Typographic quotes (“ ”) are matched on purpose: news text uses them.
# ruff: noqa: RUF001

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from claimtrack.extract.contents import trim
from claimtrack.extract.mentions import clean_mention, speaker_before
from claimtrack.extract.patterns import INVERTED_SPEAKER
from claimtrack.lexicon import FUNCTION_WORDS

Span = tuple[int, int]

# the end of a quotation that a clause signs: ',”' / '!"' / "?''" (the closing mark alone
# ends a title or a scare quote: '“The Walking Dead” is an AMC drama')
_SIGNED_END = re.compile(r"[,!?](?:''|[”\"“])$")

# a verb of the clause after a quotation: "barked", "reads", "shot back", "cried out"
# (a past in -ed, a present in -s, or a common irregular past)
_VERB = re.compile(
    r"(?P<verb>[a-z]{2,}(?:ed|[^s\W']s)|shot|read|wrote|began|sang|spoke|swore|rang|put|"
    r"came|went|told|said|thought|felt|kept|cut|quipped)"
    r"(?:\s+(?:back|out|up|again))?(?=[\s,.;:!?]|$)"
)

# words in -s or -ed that are no verb: "his", "this", "was" (a clause after a quotation
# with "was" or "is" describes the words: '“Anybody but Trump,” was another.')
_NOT_VERBS = frozenset(
    """
    is was has does his this its us as thus yes always perhaps news whereas besides towards
    afterwards across less unless various series species
    """.split()
)

# words opening a clause after a quotation that is the writer's, not a signature:
# '“The Walking Dead,” while the former Florida governor loves'
_NOT_OPENING = frozenset(
    """
    while and but or as which who that when where because though although if so since
    than then until before after whereas nor yet for with by in on at of to from
    """.split()
)

# a determiner and a few words before the verb signing a quotation: "the audience "
_PLAIN_NP = re.compile(
    r"(?P<speaker>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)"
    r"(?:\s+[\w’'\-]+){1,4})\s+"
)
# a quotation mark after the signing verb: the quotation goes on in the same sentence
_QUOTE_MARK = re.compile(r"''|\"|“|”")  # one branch per mark: a quick scan (see text.py)
# a word in -ing between a signature and the next quotation: a clause of its own
_PARTICIPLE = re.compile(r"\b[a-z]{2,}ing\b")

# a verb, a few words after it and a comma or colon, right before a quotation: "
# interjected, " / " sang back in the 1980s, " / " affirms: " / " jeered, "
_INTRODUCTION = re.compile(
    r"\s(?P<cue>(?P<verb>[a-z]{2,}(?:ed|[^s\W']s)|shot|read|wrote|began|sang|spoke|swore|rang|"
    r"put|came|went|told|said)(?:\s+(?:back|out|up|again)|))"
    r"(?:\s+(?:in|at|on|to|from|during|before|after|with|about)\s+[^,;:.!?“”\"]{1,60}?"
    r"|\s+[a-z]+ly|)\s*[,:]\s*(?:''|[“\"]|)$"
)

# verbs that name what a quotation is called, not who says it: 'an ad titled, “Scam.”'
_NAMING_VERBS = frozenset(
    "titled entitled called named dubbed labeled labelled known reading marked".split()
)

# what may stand before an introducing clause's speaker: the sentence start, a comma, "as"
_CLAUSE_OPENING = re.compile(r"(?:^|[,;—]|\b(?:[Aa]s|[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hen|[Tt]hen))\s*$")

# a capitalised name opening a sentence right before its verb: "Article 33 "
_NAME = re.compile(r"\s*(?P<speaker>(?:[A-Z][\w’'\-.]*\s+){0,3}[A-Z0-9][\w’'\-.]*)\s*")

# the same, ending a stretch of text: "when a young boy "
_PLAIN_NP_BEFORE = re.compile(
    r"(?<![\w’'\-])(?P<speaker>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)"
    r"(?:\s+[\w’'\-]+){1,3})\s+$"
)
# how many words may stand between a quotation and the verb signing it
_MAX_SPEAKER_WORDS = 8
# a word after a quotation: "the" / "Oliver" / "look-alike"
_WORD = re.compile(r"[\w’'\-.]+")


def signing_clause(text: str, qs: int, qe: int, se: int) -> tuple[Span, Span] | None:
    """Return (speaker, verb) of the clause signing the quotation text[qs:qe], if one does.

    '“...,” Oliver barked.' gives Oliver and "barked"; '“Nooooo!” the crowd cried out,
    booing.' the crowd and "cried out"; '“...!” scoffed Arianna Gil, 22,' Arianna Gil.
    """
    if not _SIGNED_END.search(text, max(qs, qe - 3), qe):
        return None
    at = qe
    while at < se and text[at] in " \t,":
        at += 1
    first = _WORD.match(text, at, se)
    if first is None or first.group().lower() in _NOT_OPENING:
        return None
    verb = _verb_at(text, at, se)
    if verb is not None and _goes_on(text, verb[1], se):
        # '"The risk," said Edward Leamer, an economist ..., "is that': the quotation goes on
        return None
    if verb is not None:
        # the verb first: "scoffed Arianna Gil", "reads a Wednesday editorial in ..."
        inv = INVERTED_SPEAKER.match(text, verb[1], se)
        if inv is None:
            return None
        speaker = clean_mention(text, *inv.span("speaker"))
        return (speaker, verb) if speaker is not None else None
    pos = first.end()
    for _ in range(_MAX_SPEAKER_WORDS):
        while pos < se and text[pos] == " ":
            pos += 1
        verb = _verb_at(text, pos, se)
        if verb is not None:
            break
        word = _WORD.match(text, pos, se)
        if word is None:
            return None
        pos = word.end()
    else:
        return None
    if _goes_on(text, verb[1], se):
        return None
    sm = speaker_before(text, at, verb[0])
    if sm is not None and sm.start("speaker") == at and not sm.group("appos"):
        speaker = clean_mention(text, *sm.span("speaker"))
    else:
        # a plain description no speaker rule reads: "the audience", "this Trump look-alike"
        np = _PLAIN_NP.fullmatch(text, at, verb[0])
        speaker = np.span("speaker") if np is not None and _plain(np.group("speaker")) else None
    return (speaker, verb) if speaker is not None else None


def _goes_on(text: str, at: int, se: int) -> bool:
    """Return whether the quotation signed before `at` goes on after a comma in its sentence.

    '"The risk," said Edward Leamer, an economist ..., "is that"' goes on; '“...,” Blige
    sings to Clinton before asking her, “I just want to know”' opens a second quotation.
    """
    m = _QUOTE_MARK.search(text, at, se)
    if m is None:
        return False
    between = text[at : m.start()]
    return between.rstrip().endswith(",") and _PARTICIPLE.search(between) is None


def introducing_clause(text: str, ss: int, qs: int) -> tuple[Span, Span] | None:
    """Return (speaker, verb) of a clause introducing the quotation at qs with any verb.

    'Silverman interjected, “Ladies and gentlemen, ...”', "his friends jeered, ''Do
    svidaniya!''", 'Article 33 affirms: “No Contracting State ...”': a speaker, a verb and
    a comma or colon right before the quotation, the clause opening the sentence or
    following a comma, "as" or "and".
    """
    m = _INTRODUCTION.search(text, max(ss, qs - 120), qs)
    if m is None or m.group("verb") in _NOT_VERBS or m.group("verb") in _NAMING_VERBS:
        return None
    verb = m.span("cue")
    sm = speaker_before(text, ss, verb[0])
    if sm is not None and not sm.group("appos"):
        speaker = clean_mention(text, *sm.span("speaker"))
    else:
        # a name or a description no speaker rule reads: "Article 33 affirms: " / "when a
        # young boy shouted, "
        name = _NAME.fullmatch(text, ss, verb[0])
        speaker = name.span("speaker") if name is not None else _described(text, ss, verb[0])
    if speaker is None:
        return None
    before = text[ss : speaker[0]]
    if before.strip() and not _CLAUSE_OPENING.search(before):
        # "Mr. Manafort, citing ''the unique magic''": the clause must open where it starts
        return None
    return speaker, verb


def _described(text: str, ss: int, at: int) -> Span | None:
    """Return the plain description ending right before `at` ("a young boy "), if one does."""
    np = _PLAIN_NP_BEFORE.search(text, max(ss, at - 60), at)
    return np.span("speaker") if np is not None and _plain(np.group("speaker")) else None


def _plain(words: str) -> bool:
    """Return whether no word after the determiner of a description is a function word."""
    return not any(w.lower() in FUNCTION_WORDS for w in words.split()[1:])


def _verb_at(text: str, at: int, se: int) -> Span | None:
    """Return the span of the verb that starts at `at`, if a verb does."""
    m = _VERB.match(text, at, se)
    if m is None or m.group("verb") in _NOT_VERBS:
        return None
    return m.span()


# what stands between a cue and a quoted phrase it governs: words only, no clause break
# ("urges voters in New York to “" / "blamed the anti-fracking law on “")
# (a point or comma inside a number is no break: "a $1.6 billion assembly plant")
_GOVERNED = re.compile(r"(?:[^,;:.!?()—–\"“”]|(?<=\d)[.,](?=\d))*")
# the words of a governing stretch: at most this many
_MAX_GOVERNED_WORDS = 12
# a quoted phrase of a few words: its first word is lower-case ("knuckleheaded ...")
_PHRASE_WORDS = 3
# the first word of a quoted phrase, after its opening mark: "core" in "''core Al Qaeda,''"
_PHRASE_WORD = re.compile(r"[^\W_][\w’'\-.]*")


def governing_cue(text: str, qs: int, qe: int, cues: list[Span]) -> Span | None:
    """Return the cue that governs the short quoted phrase text[qs:qe], if one does.

    '... blamed the anti-fracking law on “knuckleheaded Democratic politicians.”': the
    phrase has at most three words, opens lower-case, and only words stand between it
    and the last cue before it.
    """
    if text.count(" ", qs, qe) >= _PHRASE_WORDS:
        return None
    first = _PHRASE_WORD.search(text, qs, qe)
    if first is None or not first.group()[0].islower():
        return None
    return cue_before(text, qs, cues)


def cue_before(text: str, qs: int, cues: list[Span]) -> Span | None:
    """Return the last cue before the quotation at qs when only words stand between them."""
    # cues come in text order and never overlap: their ends are sorted
    at = bisect_right(cues, qs, key=lambda c: c[1]) - 1
    if at < 0:
        return None
    cue = cues[at]
    gap = _GOVERNED.match(text, cue[1], qs)
    if gap is None or gap.end() < qs or text.count(" ", cue[1], qs) > _MAX_GOVERNED_WORDS:
        return None
    return cue


# a word of crying out, or of a sign's reading, right before a quotation, with "of" or "to"
# and a comma: "chanting “", "chants of ''", "yelling \"", "a sign that read \""
_CRYING = re.compile(
    r"(?<![\w’'\-])(?P<cue>chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|"
    r"scream(?:s|ed|ing)?|cries|cried|crying|read|reads|reading|mouthing|echoing)"
    r"(?:\s+(?:of|to|out))?,?\s*$"
)

# what makes "reads" a noun: "his recent reads"
_NOUN_BEFORE = re.compile(r"\b(?:his|her|their|its|my|our|your|the|a|an|recent|latest)\s+$")


def crying_cue(text: str, ss: int, qs: int) -> Span | None:
    """Return the word crying out the quotation at qs, right before it, if one does.

    'about 200 protesters congregated ..., holding anti-Trump signs and chanting "Dump
    Trump."', "roused the crowd to spontaneous chants of ''Lock her up!''": what is chanted,
    shouted or read on a sign is someone's words, capitals or not (PolNeAR train: 45 of 49
    such quotations lie in a gold content).
    """
    m = _CRYING.search(text, max(ss, qs - 20), qs)
    if m is None:
        return None
    if m.group("cue").startswith("read") and _NOUN_BEFORE.search(
        text, max(ss, m.start() - 20), m.start()
    ):
        # "One of his recent reads, ''This Kind of War''": a book read, not a sign
        return None
    return m.span("cue")


# a word naming what a quotation is called, right before it: "a memo titled \"", "the
# slogan ''", "will informally be dubbed the “", "who goes by “"
# (not "called" alone, nor "known as": "a play called", "fiction known as ''chick lit''"
# name things more often than they report a name someone gives: PolNeAR train, 9 of 20)
_NAMING = re.compile(
    r"(?<![\w’'\-])(?P<cue>titled|entitled|dubbed|nicknamed|labell?ed|branded|billed\s+as|"
    r"goes\s+by|slogan|motto|phrase)(?:\s+(?:is|was))?\s*,?\s*(?:(?:the|a|an)\s+)?$"
)
# "what ... called" before a quotation: 'shaking up what is called a “debate”', 'what the New
# York Times and Los Angeles Times each called a “rough week”'
_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?:[^,;:.!?\"“”]{0,60}\s)?(?P<cue>called)\s+(?:(?:the|a|an)\s+)?$"
)


def naming_cue(text: str, ss: int, qs: int) -> Span | None:
    """Return the word naming the quotation at qs, right before it, if one does.

    'Clinton campaign manager Robby Mook released a memo titled "The Facts on Where the
    Race Stands."', "under the slogan ''Axe the tax.''", 'what is called a “debate”': a
    title, a slogan or a name given in quotation marks is what someone calls the thing
    (PolNeAR train: 25 of 30 such quotations no other rule reaches lie in a gold content).
    """
    m = _NAMING.search(text, max(ss, qs - 30), qs) or _WHAT_CALLED.search(
        text, max(ss, qs - 90), qs
    )
    return m.span("cue") if m is not None else None


# "as" (and an article) right before a quotation: "... as a “" / "... as ''"
_AS_BEFORE = re.compile(r"(?<![\w’'\-])as\s+(?:(?:a|an|the)\s+)?$")
# what stands between a verb and its "as": words only, no clause break (see _GOVERNED)
# (a dash too: "how he portrayed himself on Twitter -- as a ''climate change skeptic''")
_AS_OBJECT = re.compile(r"(?:[^,;:.!?()—–―\"“”\s]|\s(?!-))*$")
# a verb before the "as": a past, a participle or a present in -s ("heralded", "pounding",
# "characterizes"), "put", "cast", "saw", "seen"; with a particle ("summed up")
_AS_VERB = re.compile(
    r"(?<![\w’'\-])(?P<verb>[a-z]{2,}(?:ed|ing|[^s\W']s)|put|cast|saw|seen)"
    r"(?:\s+(?:up|out|off|down|to))?(?![\w’'\-])"
)
# what makes the verb before "as" a passive or a participle of a noun before it: "was
# designated as", ", often described as"
_PASSIVE_LEAD = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)|,)\s+(?:(?:[a-z]+ly|often|also|once|now)\s+)?$"
)
# how far before its "as" a verb is looked for, in characters (about eight words)
_AS_REACH = 70
# words before "as" that make no description: "such as", "so as", "as well as", "known as"
# (a name: see _NAMING), "just as", "the same as"
_NOT_DESCRIBING = frozenset("such so well known just same soon long far much many".split())


def describing_cue(text: str, ss: int, qs: int) -> Span | None:
    """Return the verb describing something as the quotation at qs, if one does.

    "Germany's Chancellor Angela Merkel heralded the European Union's deal with Turkey as a
    “breakthrough.”", 'First, Trump identified the judge as “Spanish,”': a verb, its object
    and "as" before a quotation no other rule reaches give the subject's words, from the
    object on (PolNeAR train: 23 such claims, 19 matching a gold content, 2 more inside one,
    1 more right by reading: "ridiculed that assessment as “political Stockholm Syndrome”").
    The verb is the last one before the "as": a past, a participle, a present in -s (a
    plural noun when no other verb stands there: "his credentials as").
    """
    m = _AS_BEFORE.search(text, max(ss, qs - 12), qs)
    if m is None:
        return None
    gap = _AS_OBJECT.search(text, max(ss, m.start() - _AS_REACH), m.start())
    if gap is None:
        return None
    words = text[gap.start() : m.start()].split()
    if not words or words[-1].lower() in _NOT_DESCRIBING:
        return None
    verbs = list(_AS_VERB.finditer(text, gap.start(), m.start()))
    # a past or a participle before a present in -s: "dubbing GOP candidates as"
    strong = [v for v in verbs if not v.group("verb").endswith("s")]
    if not (strong or verbs):
        return None
    found = (strong or verbs)[-1]
    if found.group("verb") in _NOT_VERBS:
        return None
    if (
        not found.group("verb").endswith("ing")
        and _PASSIVE_LEAD.search(text, max(ss, found.start() - 30), found.start())
        and not text.startswith(" by ", found.end())
    ):
        # "This approach, often described as “leader-to-leader diplomacy,”", "has been
        # described as a “political army”": described by nobody named, no one's words
        return None
    return found.span()


# the end of the noun phrase a quoted modifier opens: a clause break after it
# ('a "law and order" candidate and made', 'a “high priority” potential donor.')
_PHRASE_BREAK = re.compile(r"[,;:.!?()—–―\"“”]|''|\s-|\s(?:and|but|or|who|which|that)\s")
# how far past its quotation a described noun phrase may run, in characters
_DESCRIBED_REACH = 120


def described_end(text: str, qe: int, se: int) -> int:
    """Return where a description ending with the quotation closing at qe ends.

    'offered himself as a "law and order" candidate and made': a quotation closed with no
    punctuation of its own is a modifier, and the noun phrase goes on to the next break
    (PolNeAR marks "himself as a "law and order" candidate"); else the quotation's end.
    """
    mark = 2 if text.startswith("''", qe - 2) else 1
    if not text[qe - mark - 1].isalnum() or qe >= se or text[qe] != " ":
        return qe
    stop = _PHRASE_BREAK.search(text, qe, min(se, qe + _DESCRIBED_REACH))
    end = stop.start() if stop is not None else se
    if stop is None and se > qe + _DESCRIBED_REACH:
        return qe
    while end > qe and text[end - 1] in " \t":
        end -= 1
    return end


# what may close a sentence after the quotation ending it: '... one sentence: "THIS IS NOT OK."'
_SENTENCE_CLOSE = re.compile(r"[\s.!?)]*$")


def colon_cue(text: str, ss: int, qs: int, qe: int, se: int) -> Span | None:
    """Return the colon introducing the quotation text[qs:qe] that ends its sentence, if one does.

    'An interfaith rally by the city's political and religious leaders on Wednesday had one
    message: "Dump Trump."', "Clinton's response was: “Is Dalton Brody off Conn or
    Wisconsin?”": what a colon introduces at the end of a sentence is the words of what
    stands before it, whatever noun or verb that is (PolNeAR train: 9 of the 11 such
    quotations no other rule reaches lie in a gold content).
    """
    at = qs
    while at > ss and text[at - 1] in " \t":
        at -= 1
    if at <= ss or text[at - 1] != ":" or not _SENTENCE_CLOSE.match(text, qe, se):
        return None
    return at - 1, at


# a capitalised name: "Jeb Bush", "Clinton" of "Clinton's"
_CAPITALISED = re.compile(r"[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)*")


def names_before(text: str, ss: int, at: int) -> list[Span]:
    """Return the capitalised words and names of text[ss:at], the last first."""
    return [m.span() for m in _CAPITALISED.finditer(text, ss, at)][::-1]


# the closing mark right after a content's end: the quotation closes where the content ends
_CLOSES_HERE = re.compile(r"\s*(?:''|[”\"])")


def through_quotation(
    text: str, span: Span, inside: list[Span], starts: list[int], other: list[int]
) -> Span:
    """Return the content run on to the end of a quotation it opens and stops inside.

    'Romney fired back in March, attacking Trump for “the greed, the showing off, the
    misogyny, the absurd third grade theatrics” of his campaign': a boundary found inside
    the quoted words (a comma, a dash, "and") is none, and the content reaches the closing
    mark. `inside` holds the sentence's quotations in text order; `starts` (sorted) and
    `other` the starts of the sentence's candidates and of the candidate's other contents,
    which a content never runs over ('"... A, and that B"' stays two claims).
    """
    start, end = span
    # quotations never overlap: only the last one opening before the end can hold it
    at = bisect_right(inside, (end, end)) - 1
    if at < 0:
        return span
    qs, qe = inside[at]
    if not start < qs < end < qe - 3 or _CLOSES_HERE.match(text, end, qe):
        return span
    if bisect_left(starts, end) < bisect_left(starts, qe) or any(end <= o < qe for o in other):
        return span
    close = trim(text, qs, qe)[0][1]
    return (start, close) if close > end else span
