"""Rules that find attributed claims in an article: Article -> list[Claim].

`extract` is a pure, picklable module-level function: no global state, no network, no
model. It walks the article sentence by sentence, and only sentences holding a cue word
or a quotation mark get the expensive rules.
"""

# Typographic quotes and dashes (’ “ ” –) are matched on purpose: news text uses them.
# ruff: noqa: RUF001, RUF003

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter, methodcaller
from typing import NamedTuple

from claimtrack.extract.candidates import (
    Candidate,
    Candidates,
    Direction,
    Span,
    headed_by_work,
    that_fallback,
    verbal,
)
from claimtrack.extract.contents import content_spans, is_title, right_end, trim
from claimtrack.extract.coref import Resolver, names_a_place_or_time
from claimtrack.extract.forms import (
    COLON_REACH,
    HEADLINE_COLON_REACH,
    according,
    asked,
    colon,
    colon_quote,
    framed,
    in_view,
    names_a_work,
    nominal,
    opening_participle,
    participial,
    participle_lead,
    passive_by,
    poll_closing,
    poll_opening,
    raised,
    reported_by,
    reportedly,
    seeming_clause,
    share_support,
    signature,
    subject_speaks,
)
from claimtrack.extract.guard import rule_failed
from claimtrack.extract.mentions import SUBJECT, clean_mention, speaker_and_span_before
from claimtrack.extract.patterns import CONTRACTED_SUBJECT, CUE_FRAMES
from claimtrack.extract.quoted import (
    colon_cue,
    crying_cue,
    cue_before,
    described_end,
    describing_cue,
    governing_cue,
    introducing_clause,
    names_before,
    naming_cue,
    signing_clause,
    through_quotation,
)
from claimtrack.extract.scan import (
    cue_and_nominal_matches,
    poll_closings,
    poll_openings,
    reportedlies,
    share_supports,
    to_openings,
    views,
)
from claimtrack.extract.stance import stance
from claimtrack.extract.text import (
    BACKQUOTES,
    QUOTE_MARK,
    alternation,
    ends_with_colon,
    other_ends,
    paragraphs,
    quotes,
    sentences,
    typo_closers,
)
from claimtrack.extract.wrap import unwrap
from claimtrack.lexicon import (
    ASKING,
    ATTITUDE_CUES,
    COMPARE_FORMS,
    CUE_NOUNS,
    GROUP_NOUNS,
    HELD_AS_CUES,
    IT_SEEMS_CUES,
    OPENING_PARTICIPLES,
    PARTICIPLES,
    PASSIVE_BY_CUES,
    PURPOSE_VERBS,
    RAISING_CUES,
    RESTATING_VERBS,
    SAYING_NOUNS,
    SOURCE_CUES,
    SPEAKER_PRONOUNS,
    VERBS,
    WANT_CUES,
    CueClass,
)
from claimtrack.models import Article, Claim, Kind, claim_id
from claimtrack.models import built_claim as _new_claim

__all__ = ["extract"]

# the enum members read per cue, candidate or claim, as module names: in Python 3.11 a member
# read off its class ("Direction.RIGHT") goes through EnumType.__getattr__'s hook, several
# hundred instructions a read, where a module name costs a few
_RIGHT, _NONE = Direction.RIGHT, Direction.NONE
_QUESTIONS = (Direction.ASKED, Direction.UNSOURCED)
_DIRECT, _REPORTED = Kind.DIRECT, Kind.REPORTED
_SPEECH = CueClass.SPEECH

# the verb of a passive cue ("endorsed" of "endorsed by"), read as a cue of its own
_FIRST_WORD = re.compile(r"(?P<cue>[a-z]+)")

# capitalised words that open a sentence but are nobody: "Across town, ..."
_NOT_SUBJECTS = frozenset(
    {"it", "yes", "no", "across", "here", "there", "this", "that", "what", "why"}
)

# a verb in -ed or -ing, or a preposition, right before a name, whose object the name is:
# "misjudged [Syrian President Bashar Assad]", "dedicated to stopping [Trump]", "across"
_OBJECT_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:[a-z]+(?:ed|ing)|across|against|to|with|about|from|at|on|in|into|of)\s+$"
)

# an owner's ending and the next word: "’s latest", "'s response"
_OWNED_AFTER = re.compile(r"(?:’s|'s)\s+([a-z]+)")
# the words a name owns that are its words: "Clinton’s response was: “Is Dalton Brody ...”"
_WORDS_OWNED = CUE_NOUNS | SAYING_NOUNS

# what opens a sentence before its subject: a preposition ("In a statement released Thursday,"
# / "Throughout the 2000s," / "Shortly after the merger announcement,"), or a conjunction,
# whose clause's subject is no subject of the main clause ("When Mr. Rubio did take Mr. Trump
# on, he did it sideways, acknowledging")
_OPENER = re.compile(
    r"(?i:(?P<conjunction>when|while|if|although|though|because|once|unless|whereas|as|after|"
    r"before|since|until)|in|on|at|for|from|by|with|during|despite|upon|"
    r"through|throughout|besides|outside|inside|alongside|across|amid|among|beyond|"
    r"following|without|within|under|over|unlike|like|about|against|behind|shortly|"
    r"toward|towards|near)\b\s*"
)
# the subject of a clause and its verb, read loosely (see _clause_subject): a name, a pronoun
# or a determiner's noun phrase, then a past tense ("sued", "went") or an auxiliary and a verb
_LOOSE_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:(?:[Aa]nd|[Bb]ut|[Tt]hen|[Ee]ven|[Ss]o)\s+){0,2}"
    r"(?P<speaker>(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w\-.’']+\s+){0,6}?[\w\-’']+"
    r"|(?:[A-Z][\w.’'\-]*\s+){0,5}[A-Z][\w’'\-]+|he|she|they|we|I)"
    r"\s+(?:(?:later|also|then|even|again|first|quickly|[a-z]+ly)\s+){0,2}"
    r"(?:(?:has|have|had|would|will|could|did|was|were|is|are)\s+(?:[a-z]+ly\s+|not\s+){0,2}"
    r"[a-z]+|[a-z]{2,}ed|went|made|cut|took|gave|sent|put|ran|won|lost|spoke|wrote|told|began"
    r"|came|brought|fought|struck|held|left|met|led|set|hit|quit|sought|stood|kept)\b"
)
# conjunctions that are prepositions too: "After the Paris attacks, Trump released"
_PREPOSITION_TOO = frozenset({"as", "after", "before", "since", "until"})

# a dateline opening a sentence: "WASHINGTON — " / "New York (AFP) – " / "ORLANDO, Fla. (Reuters) - "
_DATELINE = re.compile(r"[A-Z][\w.,' ]{1,40}(?:\([A-Za-z]{2,12}\)|)\s(?:[—–]|-{1,2})\s")

# what may stand before a quotation that opens its sentence: "(" and spaces
_OPENING_ONLY = re.compile(r"[ (]*")

_NBSP = "\xa0"

# a wire dateline at the start of a paragraph: "WASHINGTON (AP) — ", "Washington (AFP) – ",
# "PASADENA, Calif., Jan. 1 (UPI) — ", "PARIS, Aug 31 (Reuters) - "
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,3}(?:,[ ][A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*|)|)"
    r"(?:,[ ][A-Z][a-z]{2,4}\.?[ ]\d{1,2}|)[ ]\((?:AP|AFP|UPI|Reuters|CNN)\)[ ]?[-–—]+[ ]?",
    re.MULTILINE,
)
# what every wire dateline holds: found at C speed, where _WIRE_DATELINE is tried at every
# position of the text
_WIRE_TAG = re.compile(r"\((?:AP|AFP|UPI|Reuters|CNN)\)")

# a word of a quotation: "Oh" in '"Oh, my God,"'
_WORD = re.compile(r"[^\W_][\w’'\-]*")
# a seeming, a going on or a likelihood before a cue verb, which opens the cue: "Cruz seemed
# to mock his vague tough talk", "Trump continued to question Cruz's temperament",
# "Caucus-goers were slightly more likely to say they preferred Clinton"
_SEEMING_LEAD = re.compile(
    r"\b(?:seem|seems|seemed|appear|appears|appeared|continue|continues|continued|"
    r"(?:more|less)\s+likely)\s+to\s+$"
)

# the forms of "continue" that are cues ('"...," he continued.'), which an act may follow
_GOING_ON = frozenset({"continued", "continues"})
# what shows words said after an act: "the notion that", "portray “illegal” immigrants"
_SAID_AFTER = re.compile(r"\bthat\b|[“\"]|''")

# what closes a quotation that ends its own clause: '“You lie!”' / "''little talks,''"
_QUOTE_END_PUNCT = ",.!?"
# a comma, a parenthesis or a dash after a closing mark: "''total political crap'' -- one"
_CLAUSE_AFTER_QUOTE = re.compile(r"\s*(?:[,;(]|--|[—–]|\s-\s)")
# a reason or condition after a closing mark, still the speaker's: '“rush to judgment,”
# because superdelegates can change their mind'
_REASON_AFTER_QUOTE = re.compile(r",?\s+(?:because|since|unless|although|though)\b")

# " that " opening a reported clause: no part of its content
_THAT = re.compile(r"\s*that\s+")
# a relative pronoun right before a cue: "who called " / "who has called "
_RELATIVE = re.compile(
    r"\b(?P<who>who)\s+(?:(?:has|have|had|was|were|is|are|once|also|often|later)\s+)"
    r"{0,2}$"
)
# a passive before a cue: "being dubbed " / "was often labeled "
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
# what ends a claim before a quoted phrase: punctuation of a clause ("blamed the law, “")
_PHRASE_GAP = re.compile(r"[,;:.!?()—–\"“”]|''|\s-\s")

# a question put to the speaker between two pieces of a quotation: "said when asked about" /
# "said, in response to a friendly question about"
_QUESTION_BETWEEN = re.compile(
    r"\b(?:when|after|before|while)\s+(?:being\s+)?asked\b"
    r"|\bin\s+response\s+to\s+(?:a|an|the)\b[^.]{0,40}?\bquestion\b"
)
# a second verb of saying after the attribution between two pieces of a quotation: '”
# Trump said, adding a plug for himself as president. “' / '," Sanders said, going on to
# contrast Clinton's proposals with those of Trump. "'
_SAYING_BETWEEN = re.compile(rf",\s+(?:also\s+)?(?:{alternation(PARTICIPLES)}|going\s+on\s+to)\b")

# a quotation this long with no cue is still someone's words (see _loose_quotes)
_LOOSE_QUOTE_WORDS = 4


# the records made per sentence and per speaker are named tuples: as frozen as a frozen
# dataclass, and built without its one object.__setattr__ call per field
class _Speaker(NamedTuple):
    """A speaker met in the text: where it was named, and the name it resolved to."""

    span: Span | None
    name: str | None


# no subject found (yet) in a sentence
_NOBODY = _Speaker(None, None)


class _LastSpeaker(NamedTuple):
    """The last speaker named in the article, which a quotation with no cue may inherit."""

    para: int
    name: str | None
    span: Span | None
    mention: str | None


class _Sentence(NamedTuple):
    """One sentence to attribute, with the cue matches and quotations that fall in it."""

    para: int
    start: int
    end: int
    cues: list[re.Match[str]]
    nominals: list[re.Match[str]]
    # quotations touching the sentence (a cue inside one belongs to the quoted words)
    quotes: list[Span]


@dataclass(slots=True)
class _State:
    """What one extraction run knows while it walks an article.

    The article's text, id and path are kept here as well: every rule reads the text, and an
    attribute of a pydantic model is read through its `__getattr__` hook, several times the
    cost of a slot's (pydantic's BaseModel defines one: the interpreter cannot specialise it).
    """

    article: Article
    text: str
    article_id: str
    path: str | None
    resolver: Resolver
    paras: list[Span] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    seen: set[Span] = field(default_factory=set)
    last_speaker: _LastSpeaker | None = None


def extract(article: Article) -> list[Claim]:
    """Return the attributed claims found in the article, in text order.

    Never raises on any text: a rule that fails costs its own claims only (with a
    `RuleFailed` warning), never the article's others.
    """
    text = article.text
    if not text.strip():
        return []
    # the rules read a copy with the same offsets: soft line breaks of hard-wrapped text as
    # spaces, each "``" as a space and “ (quotations opened by two backquotes, ``A,''), and
    # an opening mark that closes a quotation as a closing one ('her here,“ said Jim');
    # every claim then gets its words back from the article itself
    work = unwrap(text)
    if _NBSP in work:
        # a no-break space is a space to every rule: "said,\xa0“We"
        work = work.replace(_NBSP, " ")
    if _WIRE_TAG.search(work):
        # a wire dateline opening a paragraph is no part of its sentence: the rules read
        # "WASHINGTON, June 10 (UPI) — Hillary Clinton told ..." from "Hillary"
        work = _WIRE_DATELINE.sub(lambda m: " " * len(m.group()), work)
    if "`" in work and BACKQUOTES in work:
        # (one backquote is looked for first: a character C finds twenty times faster than
        # the pair, which nearly every text lacks)
        work = work.replace(BACKQUOTES, " “")
    if work.count("“") > work.count("”"):
        work = typo_closers(work)
    if work is text:
        return _extract(article, text)
    # (the copy is read as the article's text: no copy of the article itself)
    claims = _extract(article, work)
    return [_with_text(claim, text) for claim in claims]


def _with_text(claim: Claim, text: str) -> Claim:
    """Return the claim with its text, mention and cue taken from `text` at the same spans
    (the claim `claim.model_copy(update=...)` gives, built as `_add` builds claims)."""
    sp, cp = claim.speaker_span, claim.cue_span
    words = text[claim.span[0] : claim.span[1]]
    mention = text[sp[0] : sp[1]] if sp is not None else None
    cue = text[cp[0] : cp[1]] if cp is not None and claim.cue is not None else None
    if words == claim.text and mention == claim.speaker_mention and cue == claim.cue:
        return claim  # the same words (most claims): the claim is already that claim
    values = dict(claim.__dict__)
    values["text"] = words
    values["speaker_mention"] = mention
    values["cue"] = cue
    return _new_claim(values)


def _extract(article: Article, text: str) -> list[Claim]:
    """Return the claims of an article whose text the rules read as `text` (the article's, or
    a copy with the same offsets), walking it paragraph by paragraph."""
    paras = paragraphs(text)
    try:
        resolver = Resolver.build(text, paras)
    except Exception as exc:
        # names cannot be gathered: claims keep their mentions, pronouns stay unresolved
        rule_failed(article, "names", 0, exc)
        resolver = Resolver.build("")
    state = _State(article, text, article.id, article.path, resolver, paras)
    quote_spans = quotes(text, paras)
    quote_starts = [s for s, _ in quote_spans]
    # a view ("sees", "viewed") is a cue only before its object and "as" ("developers see
    # golf courses as wasted space"), an expectation before the one expected and an
    # infinitive: elsewhere they are no cue, of a quotation either
    cues, nominals = cue_and_nominal_matches(text)
    cues = [
        m for m in cues if m["cue"] not in CUE_FRAMES or CUE_FRAMES[m["cue"]].match(text, m.end())
    ]
    polls = poll_openings(text) + poll_closings(text) + to_openings(text) + views(text)
    polls += share_supports(text) + reportedlies(text)
    if polls:
        # "In a CNN poll, A" / "A in a CNN poll." / "To Ms. Gil, A" / "In Ash’s view, A": the
        # source's "In", "in", "To" or "In ... view" is a cue among the others, in text order
        cues = sorted(cues + polls, key=_match_start)
    cue_starts = [m.start() for m in cues]
    nominal_starts = [m.start() for m in nominals]
    nc, nn, nq = len(cue_starts), len(nominal_starts), len(quote_starts)
    # the paragraphs and sentences come in text order, and so do the cues, nominals and
    # quotations: each list is walked with the index of its first item not before the piece
    # of text at hand (ca, na, qa), and bisected only where an item lies before that piece
    # (a paragraph or a sentence with none of them, most, costs a comparison, not a call)
    ca = na = qa = 0
    ends = other_ends(text)
    colon = text.find(":")  # the first colon not before the paragraph, or -1
    for index, (ps, pe) in enumerate(paras):
        if qa < nq and quote_starts[qa] < ps:
            qa = bisect_left(quote_starts, ps, qa)
        qb = bisect_left(quote_starts, pe, qa) if qa < nq and quote_starts[qa] < pe else qa
        if ca < nc and cue_starts[ca] < ps:
            ca = bisect_left(cue_starts, ps, ca)
        if na < nn and nominal_starts[na] < ps:
            na = bisect_left(nominal_starts, ps, na)
        if 0 <= colon < ps:
            colon = text.find(":", ps)
        reach = HEADLINE_COLON_REACH if index == 0 else COLON_REACH
        colon_near = 0 <= colon < pe and colon < ps + reach
        if (
            qa == qb
            and not (ca < nc and cue_starts[ca] < pe)
            and not (na < nn and nominal_starts[na] < pe)
            and not colon_near
            and text[pe - 1] != ":"
        ):
            continue
        para_quotes = quote_spans[qa:qb]
        if colon_near:
            try:
                said = _colon_paragraph(state, index, ps, pe)
            except Exception as exc:
                rule_failed(article, "colon paragraph", ps, exc)
                said = False
            if said and para_quotes and para_quotes[0][0] == ps:
                # '"WALLACE: Let’s start ...': the mark opening a transcript's paragraph
                # quotes what the colon's speaker says, already claimed
                state.seen.add(trim(text, *para_quotes[0])[0])
        try:
            spans = sentences(text, ps, pe, para_quotes, ends)
        except Exception as exc:
            rule_failed(article, "sentences", ps, exc)
            spans = [(ps, pe)]
        for ss, se in spans:
            if ca < nc and cue_starts[ca] < ss:
                ca = bisect_left(cue_starts, ss, ca)
            cb = bisect_left(cue_starts, se, ca) if ca < nc and cue_starts[ca] < se else ca
            if na < nn and nominal_starts[na] < ss:
                na = bisect_left(nominal_starts, ss, na)
            nb = bisect_left(nominal_starts, se, na) if na < nn and nominal_starts[na] < se else na
            near: list[Span] = []
            if para_quotes:
                # quotations never overlap, so those touching the sentence are one slice (a
                # paragraph with no quotation has none to slice: most)
                qa2 = max(qa, bisect_right(quote_starts, ss) - 1)
                near = [
                    q
                    for q in quote_spans[qa2 : bisect_left(quote_starts, se, qa2, qb)]
                    if q[1] > ss
                ]
            sent_cues, sent_nominals = cues[ca:cb], nominals[na:nb]
            # (the next sentence starts after this one ends)
            ca, na = cb, nb
            if (
                not sent_cues
                and not sent_nominals
                and not near
                and not ends_with_colon(text, ss, se)
            ):
                continue  # no cue, no quotation, no introduction: nothing to attribute
            try:
                _sentence(state, _Sentence(index, ss, se, sent_cues, sent_nominals, near))
            except Exception as exc:
                rule_failed(article, "sentence", ss, exc)
    state.claims.sort(key=_span_of)  # spans are (start, end) tuples
    return state.claims


def _sentence(state: _State, sent: _Sentence) -> None:
    """Add the claims of one sentence to the state.

    Four steps: the candidates of its cues, the questions among them added at once,
    candidates nested in another's content dropped, then each candidate's claims, and
    what is left for the quotations no cue reached.
    """
    text = state.text
    found, questions = _candidates(state, sent)
    for question in questions:
        # the asker is most often unnamed: the question is a claim with no speaker, or with
        # the one named after "by" ("Asked by Starnes if he believed ...")
        end = question.content_to if question.content_to is not None else question.end
        span, _ = trim(text, question.content_from, end)
        asker = question.speaker
        name = (
            None
            if asker is None
            else state.resolver.resolve(text[asker[0] : asker[1]], asker[0])[0]
        )
        _add(state, question, span, False, asker, name)
    first = len(state.claims)
    if found:
        cands, ends = _outermost(text, sent, Candidates.of(text, sent.start, found), questions)
        made, subject = _attribute(state, sent, cands, ends)
    else:
        # (no candidate, no claim, no index of them: nearly a third of sentences)
        made, subject = False, _NOBODY
    if sent.quotes or not made:
        # (a sentence with a claim and no quotation leaves nothing over: most)
        _leftover_quotes(state, sent, made, subject, first)


def _candidates(state: _State, sent: _Sentence) -> tuple[list[Candidate], list[Candidate]]:
    """Return the attribution candidates of a sentence in text order, and its questions (the
    candidates are indexed by `Candidates.of` only when there are some)."""
    article = state.article
    text = state.text
    ss, se = sent.start, sent.end
    cands: list[Candidate] = []
    questions: list[Candidate] = []
    for m in _outside(sent.cues, sent.quotes):
        try:
            cand = _cue_candidate(text, sent, m)
        except Exception as exc:
            rule_failed(article, f"cue {m.group()!r}", m.start(), exc)
            continue
        if cand is None:
            continue
        if cand.direction in _QUESTIONS:
            questions.append(cand)
        else:
            cands.append(cand)
    # cue candidates come in cue order, and cues never overlap
    cue_starts = [c.cue[0] for c in cands] if sent.nominals else []
    for m in _outside(sent.nominals, sent.quotes) if sent.nominals else ():
        if (cands or sent.quotes) and m.group("link").endswith("to"):
            # "the Republican presidential candidate repeated his promise to repeal all of
            # Obama’s executive actions", "Snyder ... has denied that ... had anything to do
            # with his decision to ask for federal funds": an act named beside another
            # attribution is most often part of its content
            continue
        noun = m.start("noun")
        at = bisect_right(cue_starts, noun) - 1
        if (at >= 0 and noun < cands[at].cue[1]) or m.end() > se:
            continue
        try:
            cand = nominal(text, ss, se, m)
        except Exception as exc:
            rule_failed(article, f"nominal {m.group('noun')!r}", m.start(), exc)
            continue
        if cand is not None:
            cands.append(cand)
    if sent.quotes:
        try:
            cands.extend(_quote_candidates(state, sent, cands))
        except Exception as exc:
            rule_failed(article, "quotation", ss, exc)
    if len(cands) > 1:
        cands.sort(key=_start_of)
    return cands, questions


def _outside(matches: list[re.Match[str]], inside: list[Span]) -> list[re.Match[str]]:
    """Return the matches that start outside every quotation: a quoted cue is the quote's."""
    if not inside or not matches:
        return matches
    # quotations never overlap: only the last one opening before a match can hold it
    starts = [a for a, _ in inside]
    out = []
    for m in matches:
        at = bisect_left(starts, m.start()) - 1
        if at < 0 or m.start() >= inside[at][1]:
            out.append(m)
    return out


def _said_before(text: str, sent: _Sentence, start: int, cue: int) -> bool:
    """Return True when another cue of the sentence ends right before `start` (or before
    "that"), or stands between `start` and the cue at `cue`."""
    for c in sent.cues:
        if c.start() >= cue:
            break
        if c.start() >= start or text[c.end() : start].strip(" ,") in ("", "that"):
            return True
    return False


# the cues a form other than `verbal` reads first, or reads alone (see _cue_candidate; a view,
# "In their view", is asked by its ending)
_FORM_CUES = frozenset(
    {
        "In",
        "support",
        "To",
        "in",
        "asked",
        "Asked",
        "reported",
        "reportedly",
        "Reportedly",
        *SOURCE_CUES,
        *PASSIVE_BY_CUES,
        *RAISING_CUES,
        *ATTITUDE_CUES,
        *CUE_FRAMES,
        *OPENING_PARTICIPLES,
        *PARTICIPLES,
    }
)


def _wish_to_act(text: str, m: re.Match[str]) -> bool:
    """Return whether a cue is a wish before its act ("they do not want to alienate")."""
    return m.group("cue") in WANT_CUES and text.startswith(" to ", m.end())


def _cue_candidate(text: str, sent: _Sentence, m: re.Match[str]) -> Candidate | None:
    """Return the candidate of one cue word or phrase, by the form it takes."""
    ss, se = sent.start, sent.end
    if m.end() > se:
        # a cue across a paragraph break ("called" / "for") is two words of two paragraphs
        return None
    cue = m.group("cue")
    if cue in _FORM_CUES or cue.endswith(" view"):
        # (the other forms' cues: any other goes to `verbal` at once, after one lookup)
        if cue == "In":
            # "In the CBS poll, Trump's lead over Cruz remained in double digits": a cue after
            # the opening says its own content, nested in the poll's ("79 percent of Democrats
            # said they were satisfied"), and that claim is kept
            # (the sentence's cues come in text order: its last one is the one to ask, where
            # asking each made a sentence of many openings quadratic)
            nested = sent.cues[-1].start() > m.end()
            return None if nested else poll_opening(text, ss, se, m)
        if cue == "support":
            # "Two-thirds support reducing the prison sentences ...": a share of those polled
            return share_support(text, ss, se, m)
        if cue.endswith(" view"):
            # "In their view, A" / "A, in Bolton's view": a source phrase, as "according to X" is
            return in_view(text, ss, se, m)
        if cue in {"reportedly", "Reportedly"}:
            # "The FBI is reportedly making arrangements": what reports say, unless another cue
            # of the sentence has it ("Trump reportedly said", "reportedly argued that")
            alone = all(c is m or c.group("cue") in ATTITUDE_CUES for c in sent.cues)
            return reportedly(text, ss, se, m) if alone else None
        if cue == "To":
            # "To Ms. Gil, skateboarding represents a cry of dissent against the city's
            # gentrification": her view, opening the sentence as a poll does
            return poll_opening(text, ss, se, m)
        if cue == "in":
            # "Six in 10 say he's at least somewhat decisive, after half said so in the earlier
            # poll": a cue before the poll says the clause already
            nested = any(c is not m and c.start() < m.start() for c in sent.cues)
            return None if nested else poll_closing(text, ss, se, m)
        if cue in {"asked", "Asked"}:
            question = asked(text, ss, se, m)
            if question is not None:
                return question
        if cue in PASSIVE_BY_CUES:
            # "Trump was supported by 42 percent of the Republicans surveyed"; any other
            # "endorsed by" is the verb's alone ("a sentiment endorsed by the 10,000 people")
            cand = passive_by(text, ss, se, m)
            verb = _FIRST_WORD.match(text, m.start())
            if cand is not None or verb is None or verb.group("cue") not in VERBS:
                return cand
            m, cue = verb, verb.group("cue")
        if cue == "reported":
            # "Scully's involvement was first reported by the New York Times"
            report = reported_by(text, ss, se, m)
            if report is not None:
                return report
        if cue in SOURCE_CUES:
            return according(text, ss, se, m)
        if cue in RAISING_CUES:
            cand = raised(text, ss, se, m)
            if (
                cand is not None
                and (cue in HELD_AS_CUES or (text.startswith(" be ", m.end()) and cue[0] != "e"))
                and _said_before(text, sent, cand.content_from, m.start())
            ):
                # "Berkman said there seem to be more Republicans who ...", "Political scientists
                # say ... the GOP primaries are viewed as more competitive": what seems, or is
                # seen, is what the earlier cue's speaker says
                return None
            return cand
        if cue in IT_SEEMS_CUES:
            # "It appears that ...", or a readiness that seems: "others appeared ready to
            # abandon him"
            return seeming_clause(text, ss, se, m) or raised(text, ss, se, m)
        if cue in ATTITUDE_CUES and any(
            c is not m and not _wish_to_act(text, c) for c in sent.cues
        ):
            # "Several of the men were not pleased with her approach, Ms. Gedrich said": an
            # attitude beside another cue is most often part of its content, or holds it
            return None
        if cue in WANT_CUES and sent.cues[0] is not m:
            # "Weaver said that only people such as David and Charles Koch wanted “open
            # borders”": a wish after another cue of the sentence is most often part of its
            # content
            return None
        if cue in CUE_FRAMES:
            return framed(text, ss, se, m)
        if cue in OPENING_PARTICIPLES:
            # "Noting that A, Schlafly put ...": the main clause's subject says it
            return opening_participle(text, ss, se, m)
        if cue in PARTICIPLES and (opened := opening_participle(text, ss, se, m)) is not None:
            # "After suggesting on Wednesday that A, Mr. Rubio ...": so after a time word
            return opened
        if cue in PARTICIPLES and participle_lead(text, ss, m.start(), cue):
            # ', claiming that' and '“... party,” claiming that': a comma inside the quote counts
            return participial(text, ss, se, m) or that_fallback(text, ss, se, m)
    cs, ce = m.span("cue")
    if (
        cue in _GOING_ON
        and text.startswith(" to ", ce)
        and _SAID_AFTER.search(text, ce, min(se, ce + 200)) is None
    ):
        # "Her legal residency was still valid, so she continued to renew it": going on with
        # an act says nothing, unless a clause or a quotation follows ("continued to defend
        # the notion that"); going on with a saying is the saying's cue ("Lewandowski
        # continued to assert that", read with its lead below)
        return None
    # "Cruz seemed to mock his vague tough talk", "Trump continued to question Cruz's
    # temperament": the seeming or the going on opens the cue (most cues follow
    # no "to": the seeming is searched only after one); not before a comma ("he seemed to
    # confirm, before millions of viewers, the most pointed critiques")
    seeming = (
        _SEEMING_LEAD.search(text, max(ss, cs - 16), cs)
        if text.endswith("to ", ss, cs) and not text.startswith(",", ce)
        else None
    )
    cand = verbal(text, ss, se, m, seeming.start() if seeming is not None else None)
    if cand is not None and cue in PURPOSE_VERBS and cand.inherit and sent.cues[0] is not m:
        # "joking that it's boring to discuss politics all the time": an aim after another cue
        # of the sentence is most often part of its content
        return None
    if (
        cand is not None
        and sent.nominals
        and VERBS.get(cue, ("",))[0] in RESTATING_VERBS
        and any(
            n.start() == cand.content_from and not n.group("link").endswith("to")
            for n in sent.nominals
        )
    ):
        # "Trump reiterated his belief that Putin “respected him”": the belief says its clause
        # again, as the nominal cue reads it
        return None
    if cand is None:
        # no form read a speaker before the cue: its clause's subject may still say it
        return that_fallback(text, ss, se, m)
    if (
        cand.speaker is not None
        and cand.direction is _RIGHT
        # "a ... member who supports Trump, asking for anonymity": a participle of several
        # words too ("asking for", "taking aim at") is said by its clause's subject (its
        # first word's "ing" and the space after it: no call, no new string)
        and (cue.endswith("ing") or "ing " in cue)
        and (participle_lead(text, ss, m.start()) or names_a_work(text, ss, cand.speaker))
    ):
        return subject_speaks(cand)
    return cand


def _quote_candidates(state: _State, sent: _Sentence, cands: list[Candidate]) -> list[Candidate]:
    """Return the candidates of quotations signed with a dash or opened by "Name:"."""
    text = state.text
    ss, se = sent.start, sent.end
    ps, pe = state.paras[sent.para]
    out: list[Candidate] = []
    # a quotation right after a cue is that cue's: the candidates by cue start, swept
    # along the quotations (which come in text order) with the furthest end seen so far
    pending = [(c.cue[0], c.end) for c in cands]
    heapq.heapify(pending)
    reach = -1
    for q in sent.quotes:
        if ss <= q[1] <= se == pe:
            # a signature closes the paragraph: on its line, or as the next paragraph when
            # the quotation is the whole paragraph
            whole = q[0] == ps and sent.para + 1 < len(state.paras)
            cand = signature(text, q, pe, state.paras[sent.para + 1] if whole else None)
            if cand is not None:
                out.append(cand)
                heapq.heappush(pending, (cand.cue[0], cand.end))
        while pending and pending[0][0] < q[0]:
            reach = max(reach, heapq.heappop(pending)[1])
        if ss <= q[0] < se and reach + 3 < q[0]:
            cand = colon_quote(text, q, ss)
            if cand is not None:
                out.append(cand)
                heapq.heappush(pending, (cand.cue[0], cand.end))
    return out


def _outermost(
    text: str, sent: _Sentence, cands: Candidates, questions: list[Candidate]
) -> tuple[Candidates, dict[int, int]]:
    """Return the candidates not nested in the right content of another one or a question,
    and, when all are, the `right_end` read of each right content here, by candidate index.

    "Trump said that Clinton claimed B": Clinton's claim is part of what Trump said. A
    right content starts after its candidate does, so a candidate is nested only in
    those before it: one sweep in order of start, with the open contents on a heap.
    "Asked if she believed Putin wanted Trump to win": what she believed is the question.
    """
    if len(cands.items) < 2 and not questions:
        return cands, {}  # nothing to nest in (most sentences)
    kept: list[Candidate] = []
    # contents not yet reached: (start, end)
    waiting: list[tuple[int, int]] = [
        (q.content_from, q.content_to if q.content_to is not None else q.end) for q in questions
    ]
    heapq.heapify(waiting)
    open_ends: list[int] = []  # contents reached: their ends
    ends: dict[int, int] = {}
    last = len(cands.items) - 1
    for i, cand in enumerate(cands.items):
        while waiting and waiting[0][0] <= cand.start:
            heapq.heappush(open_ends, heapq.heappop(waiting)[1])
        while open_ends and open_ends[0] <= cand.start:
            heapq.heappop(open_ends)
        if open_ends:
            continue
        # a subject reached back over an earlier cue ("78 percent of voters ... said they
        # think she is ...") starts the candidate before that cue's content: its cue is
        # what lies in the content
        cue = cand.cue[0]
        if waiting and any(start <= cue < end for start, end in waiting):
            continue
        kept.append(cand)
        if cand.direction is _RIGHT and i < last:
            # (the last candidate's content holds no later one: its end is not asked)
            end = ends[i] = right_end(text, cand, sent.end, cands)
            quote = (
                _last_quote(text, (cand.content_from, end), sent.quotes) if sent.quotes else None
            )
            if quote is not None:
                # what follows a quotation that ends the content is no part of it: a cue
                # there makes a claim of its own
                end = quote[1]
            if cand.content_from < end:
                heapq.heappush(waiting, (cand.content_from, end))
    if len(kept) == len(cands.items):
        return cands, ends
    # (the ends were read among candidates now dropped: content_spans reads them again)
    return Candidates.of(text, sent.start, kept), {}


def _attribute(
    state: _State, sent: _Sentence, cands: Candidates, ends: dict[int, int]
) -> tuple[bool, _Speaker]:
    """Add the claims of the candidates; return whether any was made, and the subject.

    `ends` holds the right ends `_outermost` read, by candidate index (see `content_spans`).
    """
    text = state.text
    ss, se = sent.start, sent.end
    made = False
    subject = _NOBODY
    for i, cand in enumerate(cands.items):
        speaker_span = cand.speaker
        if cand.inherit or cand.subject_speaks or cand.subject_fallback:
            if subject.span is None:
                subject = _subject(state, ss, se, cand.cue[0])
            if subject.span is None and cand.inherit:
                # "Shortly after the merger announcement, the families of the company's
                # founders had mobilized, warning that": the participle's clause, read loosely
                subject = _clause_subject(state, ss, cand.cue[0])
            if subject.span is not None or cand.subject_speaks:
                # with no subject found at all, no claim
                made = (
                    _add_all(state, cand, sent, cands, subject.span, subject.name, ends.get(i))
                    or made
                )
            continue
        if speaker_span is None:
            continue
        mention = text[speaker_span[0] : speaker_span[1]]
        name, plural = state.resolver.resolve(mention, speaker_span[0])
        made = _add_all(state, cand, sent, cands, speaker_span, name, ends.get(i)) or made
        subject = _Speaker(speaker_span, name)
        state.resolver.remember(speaker_span[0], name, plural)
        if speaker_span[0] < cand.cue[0] and text[cand.cue[0] : cand.cue[1]] in ASKING:
            state.resolver.remember_asked(cand.cue[1])
        state.last_speaker = _LastSpeaker(sent.para, name, speaker_span, mention)
    return made, subject


def _add_all(
    state: _State,
    cand: Candidate,
    sent: _Sentence,
    cands: Candidates,
    speaker_span: Span | None,
    name: str | None,
    right: int | None = None,
) -> bool:
    """Add the claims of one candidate's contents; return whether any was added (`right`: the
    `right_end` of its content to the sentence's end, when already read)."""
    if cand.direction is _NONE:
        return False
    text = state.text
    try:
        spans = content_spans(text, cand, sent.start, sent.end, cands, right)
    except Exception as exc:
        rule_failed(state.article, f"content of {cand.direction.value}", cand.start, exc)
        return False
    made = False
    for span, quoted in spans:
        if sent.quotes:
            span = _quote_end(text, span, sent.quotes)
            # a boundary inside quoted words is none: the content reaches the closing mark
            others = [o[0] for o, _ in spans if o[0] != span[0]] if len(spans) > 1 else []
            span = through_quotation(text, span, sent.quotes, cands.starts, others)
        made = _add(state, cand, span, quoted, speaker_span, name) or made
    return made


def _quote_end(text: str, span: Span, inside: list[Span]) -> Span:
    """Return a content cut at the end of its last quotation when that quotation ends a clause.

    'he yelled “You lie!” at President Barack during ...' and 'the developer was a “good
    corporate citizen," who was involved in the community': the words after a quotation
    closed by its own punctuation (or followed by a comma or a dash) are the writer's,
    unless another quotation follows (a quote split by its attribution stays whole).
    """
    quote = _last_quote(text, span, inside)
    if quote is None:
        return span
    qs, qe = quote
    cut, _ = trim(text, qs, qe) if qs <= span[0] else ((span[0], qe), False)
    return cut if cut[1] - cut[0] >= 2 else span


def _last_quote(text: str, span: Span, inside: list[Span]) -> Span | None:
    """Return the quotation that ends the content at `span` before its end, if one does."""
    at = bisect_left(inside, (span[1] - 1, 0)) - 1
    if at < 0:
        return None
    qs, qe = inside[at]
    if qs < span[0] - 2 or qe >= span[1] - 1:
        return None
    mark = 2 if text.startswith("''", qe - 2) else 1
    if text[qe - mark - 1] not in _QUOTE_END_PUNCT and not _CLAUSE_AFTER_QUOTE.match(text, qe):
        return None
    if _REASON_AFTER_QUOTE.match(text, qe):
        return None
    if QUOTE_MARK.search(text, qe, span[1]):
        return None
    return qs, qe


def _leftover_quotes(
    state: _State, sent: _Sentence, made: bool, subject: _Speaker, first: int
) -> None:
    """Attribute what no cue reached: a sentence that is only a quote, an introduction with a
    colon, and long quotations inside the sentence."""
    text = state.text
    ss, se = sent.start, sent.end
    if not made and sent.quotes:
        _quote_only(state, sent.para, ss, se, sent.quotes)
    if not made and ends_with_colon(text, ss, se):
        # "Trump issued the following statement:" introduces the quotation that follows
        intro = subject if subject.span is not None else _subject(state, ss, se)
        if intro.span is not None and intro.name is not None:
            mention = text[intro.span[0] : intro.span[1]]
            state.last_speaker = _LastSpeaker(sent.para, intro.name, intro.span, mention)
    if not sent.quotes:
        return
    # the claims of the sentence and of the one before
    taken_from = first - 1 if first else 0
    if _all_taken(state.claims, taken_from, sent.quotes, ss, se):
        # each quotation lies in a claim already (most do): the rules below ask first
        # whether one does, and claims are only added or extended, never shrunk
        return
    taken = _Taken(state.claims, taken_from)
    # what the four rules share: the claims taken, the quotations inside the sentence, the
    # cues outside every quotation
    inner = [q for q in sent.quotes if ss <= q[0] < q[1] <= se]
    cues = [
        m.span("cue")
        for m in _outside(sent.cues, sent.quotes)
        if m.group("cue") not in COMPARE_FORMS
    ]
    if inner:
        _signed_quotes(state, sent, inner, taken)
    _loose_quotes(state, sent.para, ss, se, sent.quotes, taken.renew(), subject, cues)
    if inner:
        if cues:
            _cued_phrases(state, sent, inner, taken.renew(), cues, first)
        _cried_quotes(state, sent, inner, taken.renew())


def _all_taken(claims: list[Claim], first: int, quotes: list[Span], ss: int, se: int) -> bool:
    """Return whether each quotation's part in the sentence overlaps a claim from `first` on.

    A few quotations and claims (nearly every sentence) are compared pair by pair, with no
    index gathered (nor a `_Taken` built: most sentences need none); more are asked of the
    index (a sentence of thousands of quotations must stay linear).
    """
    spans = list(map(_span_of, claims[first:]))
    if len(spans) * len(quotes) > _FEW_PAIRS:
        taken = _Taken(claims, first)
        return all(taken.overlaps(max(qs, ss), min(qe, se)) for qs, qe in quotes)
    for qs, qe in quotes:
        # (conditional expressions: a call to max or min costs ten times one)
        start = qs if qs > ss else ss
        end = qe if qe < se else se
        for a, b in spans:
            if a < end and b > start:
                break
        else:
            return False
    return True


# up to this many pairs of a quotation and a claim are compared one by one (_all_taken)
_FEW_PAIRS = 16


class _Taken:
    """The claims from `first` on (those of a sentence and of the one before) when a rule
    starts, by start, with the furthest end so far: whether a quotation overlaps one of
    them is one bisection.

    They are gathered at the first question, which each rule asks before it adds or
    changes a claim: a sentence whose quotations no rule asks about costs nothing. The
    rules of a sentence share them: each calls `renew` as it starts, which gathers them
    again only when a claim was added or changed (`changed`) since.
    """

    __slots__ = ("changed", "claims", "count", "first", "reach", "starts")

    def __init__(self, claims: list[Claim], first: int) -> None:
        self.claims = claims
        self.first = first
        self.starts: list[int] | None = None
        self.reach: list[int] = []
        self.count = 0
        self.changed = False

    def renew(self) -> _Taken:
        """Return these claims as a rule starts: gathered again if any was added or changed."""
        if self.changed or len(self.claims) != self.count:
            self.starts = None
            self.changed = False
        return self

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether a claim taken overlaps text[start:end]."""
        if self.starts is None:
            self.count = len(self.claims)
            taken = sorted(c.span for c in self.claims[self.first :])
            self.starts = [a for a, _ in taken]
            self.reach = list(accumulate((b for _, b in taken), max))
        before = bisect_left(self.starts, end) - 1
        return before >= 0 and self.reach[before] > start


def _cried_quotes(state: _State, sent: _Sentence, inner: list[Span], taken: _Taken) -> None:
    """Attribute a quotation no claim holds to the clause crying it out, reading it, giving
    it as a name ('a memo titled "The Facts on Where the Race Stands."') or introducing it
    with a colon at the end of the sentence ('had one message: "Dump Trump."').

    'Outside the sports arena ..., about 200 protesters congregated in three clusters,
    holding anti-Trump signs and chanting "Dump Trump."': the chant is the protesters'
    words; the speaker is the clause's subject, or nobody named.
    """
    text = state.text
    ss, se = sent.start, sent.end
    for qs, qe in inner:
        if taken.overlaps(qs, qe):
            continue
        cried = crying_cue(text, ss, qs)
        cue = cried if cried is not None else naming_cue(text, ss, qs)
        described = None
        if cue is None:
            cue = described = describing_cue(text, ss, qs)
        if cue is None:
            cue = colon_cue(text, ss, qs, qe, se)
            if cue is None:
                continue
        # "heralded the European Union’s deal with Turkey as a “breakthrough.”": the words
        # from the object on are the subject's
        if described is not None:
            span, _ = trim(text, described[1], described_end(text, qe, se))
        else:
            span, _ = trim(text, qs, qe)
        if span[1] - span[0] < 2:
            continue
        if cried is not None:
            # "chants of" names the words, not who chants them; "chanting" is its subject's
            speaker = _NOBODY if text.startswith(" of", cue[1]) else _subject(state, ss, se, cue[0])
            if not speaker.name:
                # no name ("The day before, ... Aubrey Pelletier hoisted a sign that read"): nobody
                speaker = _NOBODY
        elif _PASSIVE_BEFORE.search(text, max(ss, cue[0] - 30), cue[0]):
            # "The new project will informally be dubbed the": named by nobody named
            speaker = _NOBODY
        elif described is not None and (named := _named_right_before(state, ss, cue[0])):
            # "Germany’s Chancellor Angela Merkel heralded": the noun phrase before the verb
            speaker = named
        else:
            # "Robby Mook released a memo titled", "a lot of people didn't like the phrase"
            speaker = _subject(state, ss, se, cue[0])
            if speaker.name is None:
                # "there were two words that a choked-up Jeb Bush could not bring himself to
                # utter: ''Donald Trump.''": the one named before the words says them
                speaker = _named_before(state, ss, cue[0]) or speaker
        cand = _cued(cue, speaker.span, span[0])
        _add(state, cand, span, True, speaker.span, speaker.name)


def _named_right_before(state: _State, ss: int, at: int) -> _Speaker | None:
    """Return the speaker named right before the verb at `at` ("Trump openly admires"), if
    one is (not an appositive's: its head is the sentence's subject)."""
    text = state.text
    found = speaker_and_span_before(text, ss, at)
    if found is None or found[0].group("appos"):
        return None
    span = found[1]
    name, _ = state.resolver.resolve(text[span[0] : span[1]], span[0])
    return _Speaker(span, name)


def _named_before(state: _State, ss: int, at: int) -> _Speaker | None:
    """Return the last name of the sentence before `at` that names someone, if one does."""
    text = state.text
    for span in names_before(text, ss, at):
        if _OBJECT_BEFORE.search(text, max(ss, span[0] - 20), span[0]) is not None:
            # "That Clinton also misjudged Syrian President Bashar Assad, having referred to
            # him as a "reformer."": the object of a verb or a preposition says nothing
            continue
        owned = _OWNED_AFTER.match(text, span[1])
        if owned is not None and owned.group(1).lower() not in _WORDS_OWNED:
            # "Donald Trump's latest victories ... unleashed a wave of ... comments": the
            # owner of a thing (not of "response", "remarks") says nothing, nor does any name
            # before what it owns
            return None
        name, _ = state.resolver.resolve(text[span[0] : span[1]], span[0])
        if state.resolver.speaker_name(name) is not None:
            return _Speaker(span, name)
    return None


def _signed_quotes(state: _State, sent: _Sentence, inner: list[Span], taken: _Taken) -> None:
    """Attribute a quotation no cue reached to the clause signing it with any verb.

    '“OK, for a start, ...,” Oliver barked.': "barked" is in no cue list, but a speaker
    and a verb right after a quotation ending with a comma sign it.
    """
    text = state.text
    ss, se = sent.start, sent.end
    # (the claims taken are those when it starts: the claims added here lie inside their
    # own quotations, which never overlap)
    for qs, qe in inner:
        if taken.overlaps(qs, qe):
            continue
        opening = _OPENING_ONLY.match(text, ss, qs)
        # capitals make a title ('“A Very Clinton Christmas,” the 30-second video pans'), but
        # not the first word of a quotation opening its sentence ('"Oh, my God," a young
        # woman exclaimed'); a cry or a question is someone's, capitals or not ('“Mexico!”
        # the audience screamed back')
        titled = qs
        if opening is None or opening.end() < qs:
            # a quotation inside a sentence is most often a phrase of the writer's
            # ('Mr. Cruz changed from a ''geeky kid,'' ...'), unless a clause introduces it
            # ('stars on the Netflix serial thriller, “Bloodline,”': one word names a thing)
            signed = introducing_clause(text, ss, qs) if text.find(" ", qs, qe) >= 0 else None
        else:
            signed = signing_clause(text, qs, qe, se) if qe < se else None
            first_word = _WORD.search(text, qs, qe)
            if first_word is not None and _WORD.search(text, first_word.end(), qe):
                titled = first_word.end()
        if signed is None or (text[qe - 2] not in "!?" and is_title(text, titled, qe)):
            continue
        speaker_span, verb = signed
        span, _ = trim(text, max(qs, ss), qe)
        if span[1] - span[0] < 2:
            continue
        mention = text[speaker_span[0] : speaker_span[1]]
        name, plural = state.resolver.resolve(mention, speaker_span[0])
        cand = Candidate(
            start=span[0],
            end=verb[1],
            speaker=speaker_span,
            cue=verb,
            cls=CueClass.SPEECH,
            direction=Direction.LEFT,
            content_from=span[0],
            content_to=span[1],
        )
        if _add(state, cand, span, True, speaker_span, name):
            state.resolver.remember(speaker_span[0], name, plural)
            state.last_speaker = _LastSpeaker(sent.para, name, speaker_span, mention)


def _loose_quotes(
    state: _State,
    para: int,
    ss: int,
    se: int,
    inside: list[Span],
    taken: _Taken,
    subject: _Speaker,
    cue_spans: list[Span],
) -> None:
    """Attribute a long quotation no cue reached to the sentence's subject or the last speaker.

    News quotes a person's words with a cue almost always; a quotation of six words or
    more that no rule attributed ("Trump recalled Anita as “a great woman, and passed away
    ...”") still belongs to someone, most often the subject of its sentence.
    """
    text = state.text
    found: _Speaker | None = None
    for qs, qe in inside:
        qs, qe = max(qs, ss), min(qe, se)
        if text.count(" ", qs, qe) < _LOOSE_QUOTE_WORDS - 1:
            continue
        if taken.overlaps(qs, qe) or is_title(text, qs, qe):
            # a claim of the sentence overlaps the quotation already
            continue
        if found is None:
            # (a work says no quotation: "offering “a deep and sincere apology” to Sen. Bernie
            # Sanders after leaked emails showed" is the sentence subject's)
            found = (
                subject
                if subject.span is not None
                and not headed_by_work(text[subject.span[0] : subject.span[1]])
                else _subject(state, ss, se)
            )
        speaker = found
        speaker_span, name = speaker.span, speaker.name
        if speaker_span is None:
            last = state.last_speaker
            if last is None or para - last.para > 1 or last.name is None:
                continue
            speaker_span, name = last.span, last.name
        span, _ = trim(text, qs, qe)
        if span[1] - span[0] < 2:
            continue
        start = _object_start(text, speaker, qs, qe, cue_spans)
        if start is not None:
            span, _ = trim(text, start, qe)
        _add(state, _cueless(span), span, True, speaker_span, name, cue_text=None)


def _cued_phrases(
    state: _State, sent: _Sentence, inner: list[Span], taken: _Taken, cues: list[Span], first: int
) -> None:
    """Attribute a short quoted phrase that a cue before it governs to that cue's speaker.

    'Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”': a
    lower-case quotation of a few words, with no punctuation between it and a cue before
    it, is part of what the cue reports (PolNeAR train: 129 of 142 such quotations lie in
    a gold content). The cue's claim, when it stops short of the quotation, reaches it;
    with no claim, one runs from the cue to the quotation's end.
    """
    text = state.text
    ss, se = sent.start, sent.end
    # a claim added or extended here ends with its quotation, before the next one
    by_cue: dict[Span, int] | None = None
    for qs, qe in inner:
        if taken.overlaps(qs, qe):
            continue
        cue = governing_cue(text, qs, qe, cues)
        if cue is None:
            continue
        if by_cue is None:
            # (no claim changes before the first cue found)
            by_cue = {
                c.cue_span: i
                for i, c in enumerate(state.claims[first:], first)
                if c.cue_span is not None
            }
        index = by_cue.get(cue)
        if index is not None:
            claim = state.claims[index]
            if (
                claim.speaker_span is not None
                and claim.span[0] < qs
                and not _PHRASE_GAP.search(text, claim.span[1], qs)
            ):
                new = (claim.span[0], trim(text, claim.span[0], qe)[0][1])
                state.claims[index] = _new_claim(
                    {
                        **claim.__dict__,
                        "id": claim_id(state.article_id, new),
                        "span": new,
                        "text": text[new[0] : new[1]],
                        "kind": Kind.DIRECT,
                    }
                )
                state.seen.add(new)
                taken.changed = True
            continue
        if _PASSIVE_BEFORE.search(text, max(ss, cue[0] - 30), cue[0]):
            # "who could be celebrating being dubbed the “presumptive nominee”": by whom?
            continue
        relative = _RELATIVE.search(text, max(ss, cue[0] - 40), cue[0])
        if relative is not None:
            # "Mike Pence, who called their son “an American hero.”": the pronoun names him
            speaker = _Speaker(relative.span("who"), None)
        else:
            speaker = _subject(state, ss, se, cue[0])
            if speaker.name is None:
                continue
        start = _THAT.match(text, cue[1], qs)
        span, _ = trim(text, start.end() if start else cue[1], qe)
        cand = _cued(cue, speaker.span, span[0])
        if _add(state, cand, span, True, speaker.span, speaker.name):
            by_cue[cue] = len(state.claims) - 1


# a preposition opening the words after a verb: an adjunct ("said during an interview")
_PREPOSITION = re.compile(r"\s*(?:in|on|at|during|after|before|with|to|for|from|by|as|of)\b")
_AUX_OR_ADVERB = re.compile(
    r"(?:(?:has|have|had|is|was|will|would|also|further|then|often|again|once|[a-z]+ly)\s+)*"
    r"(?P<verb>[a-z]+)(?:\s+(?:up|off|out|back|down))?\s+"
)


def _object_start(text: str, speaker: _Speaker, qs: int, qe: int, cues: list[Span]) -> int | None:
    """Return where the words a quotation ends begin: after the cue or verb governing it.

    'Rubio also bemoaned the current political climate in which people “literally hate
    each other”': the object of "bemoaned" leads to the quotation, and is part of what
    Rubio said. None with no cue, or punctuation or a preposition between.
    """
    cue = cue_before(text, qs, cues) if cues else None
    if cue is None and speaker.span is not None and speaker.span[1] < qs:
        verb = _AUX_OR_ADVERB.match(text, speaker.span[1] + 1, qs)
        if verb is not None:
            cue = cue_before(text, qs, [(verb.end(), verb.end())])
    if cue is None or _PREPOSITION.match(text, cue[1], qs):
        return None
    that = _THAT.match(text, cue[1], qs)
    return trim(text, that.end() if that else cue[1], qe)[0][0]


def _colon_paragraph(state: _State, para: int, ps: int, pe: int) -> bool:
    """Add the claim of a paragraph like "Sanders: Endorsements prove ...", if it is one;
    return whether it is."""
    text = state.text
    # the first paragraph is the headline, when the text has one
    cand = colon(text, ps, pe, headline=para == 0)
    if cand is None or cand.speaker is None:
        return False
    mention = text[cand.speaker[0] : cand.speaker[1]]
    # a transcript's "WALLACE:" is a name, not a shouted headline word
    said_by = mention.title() if mention.isupper() else mention
    name, plural = state.resolver.resolve(said_by, cand.speaker[0])
    for span, quoted in content_spans(text, cand, ps, pe, Candidates.of(text, ps, [cand])):
        _add(state, cand, span, quoted, cand.speaker, name)
    state.resolver.remember(cand.speaker[0], name, plural)
    state.last_speaker = _LastSpeaker(para, name, cand.speaker, mention)
    return True


def _subject_starts(text: str, ss: int, se: int) -> list[int]:
    """Return where a sentence's subject may start: its start and after its first commas."""
    starts = [ss]
    dateline = _DATELINE.match(text, ss, se)
    if dateline is not None:
        # "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors ..."
        starts.append(dateline.end())
    comma = text.find(", ", ss, min(se, ss + 80))
    while comma >= 0 and len(starts) < 4:
        starts.append(comma + 1)
        comma = text.find(", ", comma + 2, min(se, ss + 120))
    return starts


def _subject(state: _State, ss: int, se: int, cue: int | None = None) -> _Speaker:
    """Return the subject opening the sentence and its canonical name, if there is one.

    With the position of a cue, the subject of the clause that holds it: "When Mr. Rubio
    did take Mr. Trump on, he did it sideways, acknowledging ...": "he" acknowledges.
    """
    text = state.text
    # at the start, or after an opening phrase: "Here in Columbia, Sanders stepped up ...",
    # "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush"
    starts = _subject_starts(text, ss, se)
    for i, at in enumerate(starts):
        m = SUBJECT.match(text, at, se)
        span = clean_mention(text, *m.span("speaker")) if m is not None else None
        opener = _OPENER.match(text, m.start("speaker")) if m is not None else None
        if opener is not None:
            conjunction = opener.group("conjunction")
            if cue is None:
                # as before the conjunction rule: "When Trump finally wrapped up — “...”"
                if conjunction is None or conjunction.lower() in _PREPOSITION_TOO:
                    span = None
            elif conjunction is None or (i + 1 < len(starts) and starts[i + 1] < cue):
                # "In a statement released Thursday, Rep. Hakeem Jeffries ...": a phrase, and
                # the subject follows its comma
                span = None
            else:
                # the cue is in the clause the conjunction opens: "As President Barack Obama
                # lectured the nation about Muslims and defended his record ..."
                inner = SUBJECT.match(text, opener.end(), se)
                span = clean_mention(text, *inner.span("speaker")) if inner is not None else None
        if span is not None and (
            not _plausible_subject(state, text[span[0] : span[1]])
            or names_a_place_or_time(text[span[0] : span[1]])
        ):
            # "Capitalizing on this new formula, ..." / "Across town, ..." / "It wasn't ..."
            span = None
        if span is not None:
            name, _ = state.resolver.resolve(text[span[0] : span[1]], span[0])
            return _Speaker(span, name)
    m = CONTRACTED_SUBJECT.match(text, ss, se)
    if m is not None:
        # "He’s comparing the gun actions ... and says Obama is flouting ..."
        span = m.span("speaker")
        name, _ = state.resolver.resolve(text[span[0] : span[1]], span[0])
        return _Speaker(span, name)
    return _NOBODY


def _clause_subject(state: _State, ss: int, cs: int) -> _Speaker:
    """Return the subject of the clause a participle follows, read loosely when `_subject`
    found none: "The nurse later sued, claiming", "U.S. District Judge James C. Cacheris
    imposed a 52-month sentence, saying", "the families of the company's founders had
    mobilized, warning" (a noun phrase, then a past tense or an auxiliary)."""
    text = state.text
    for at in _subject_starts(text, ss, cs):
        m = _LOOSE_CLAUSE_SUBJECT.match(text, at, cs)
        if m is None:
            continue
        span = clean_mention(text, *m.span("speaker"))
        if span is None or names_a_place_or_time(text[span[0] : span[1]]):
            continue
        name, _ = state.resolver.resolve(text[span[0] : span[1]], span[0])
        return _Speaker(span, name)
    return _NOBODY


def _plausible_subject(state: _State, mention: str) -> bool:
    """Return whether a sentence's first noun phrase can be the speaker of a quotation."""
    words = mention.split()
    if len(words) != 1:
        return True
    word = words[0]
    if word.lower() in SPEAKER_PRONOUNS:
        return True
    if not word[:1].isupper():
        return word.lower() in GROUP_NOUNS
    return not (word.endswith("ing") or word.lower() in _NOT_SUBJECTS)


def _quote_only(state: _State, para: int, ss: int, se: int, para_quotes: list[Span]) -> None:
    """Give a sentence that is only a quote the speaker of the claim just before it."""
    text = state.text
    last = state.last_speaker
    if last is None or para - last.para > 1 or (last.name is None and last.span is None):
        # an unresolved "she" still names the speaker of '"A," she said. "B."'
        return
    for qs, qe in para_quotes:
        if (qs <= ss + 1 and qe >= se - 2) or (qs <= ss and qe >= se):
            span, _ = trim(text, max(qs, ss), min(qe, se))
            if span[1] - span[0] < 2 or is_title(text, qs, qe):
                return
            if _extend_last(state, span):
                return
            # the words that named the speaker are the last claim's: '"A," she said. "B."'
            _add(state, _cueless(span), span, True, last.span, last.name, cue_text=None)
            # a quotation running over several paragraphs keeps its speaker
            state.last_speaker = _LastSpeaker(para, last.name, last.span, last.mention)
            return


def _cued(cue: Span, speaker: Span | None, content_from: int) -> Candidate:
    """Return the candidate of a quotation after a cue of speech ("chanting", "called")."""
    return Candidate(
        start=cue[0],
        end=cue[1],
        speaker=speaker,
        cue=cue,
        cls=_SPEECH,
        direction=_RIGHT,
        content_from=content_from,
    )


def _cueless(span: Span) -> Candidate:
    """Return the candidate of a quotation attributed with no cue of its own."""
    return Candidate(
        start=span[0],
        end=span[0],
        speaker=None,
        cue=(span[0], span[0]),
        cls=_SPEECH,
        direction=_RIGHT,
        content_from=span[0],
    )


def _extend_last(state: _State, span: Span) -> bool:
    """Extend the last claim over a quote that goes on right after it ('"A," he said. "B."')."""
    if not state.claims:
        return False
    last = state.claims[-1]
    text = state.text
    if last.kind is not _DIRECT or span[0] - last.span[1] > 120:
        return False
    between = text[last.span[1] : span[0]]
    if "\n" in between:
        return False
    if _QUESTION_BETWEEN.search(between):
        # '“A,” Lopez-Cantera said when asked about the Florida Standards, ... “B.”': the
        # question is the writer's words between two answers, each a claim of its own
        return False
    if _SAYING_BETWEEN.search(between):
        # what follows "adding" or "going on to" is what the speaker added: a statement of its
        # own (PolNeAR train and dev: 2 of 2 such pieces are two attributions)
        return False
    if len(between) * 5 > (span[1] - last.span[0]) * 2:
        # a long attribution between the two quotations would make most of the claim
        # someone else's words: keep them as two claims
        return False
    if any(mark in between for mark in '"“”') and between.count('"') + between.count("”") > 2:
        return False
    new = (last.span[0], span[1])
    # the claim `last.model_copy(update=...)` gives, built as `_add` builds claims
    state.claims[-1] = _new_claim(
        {
            **last.__dict__,
            "id": claim_id(state.article_id, new),
            "span": new,
            "text": text[new[0] : new[1]],
        }
    )
    state.seen.add(new)
    return True


def _add(
    state: _State,
    cand: Candidate,
    span: Span,
    quoted: bool,
    speaker_span: Span | None,
    name: str | None,
    cue_text: str | None = "",
) -> bool:
    """Append one claim unless its span was already taken; return whether it was added."""
    if span in state.seen or span[1] <= span[0]:
        return False
    state.seen.add(span)
    text = state.text
    content = text[span[0] : span[1]]
    cue = text[cand.cue[0] : cand.cue[1]] if cue_text is not None else None
    # the values are built here with their final types: no validation to pay per claim
    # (tests/test_extract_speed.py checks every claim of the seeds validates as it is)
    state.claims.append(
        _new_claim(
            {
                "id": claim_id(state.article_id, span),
                "article": state.article_id,
                "path": state.path,
                "speaker": state.resolver.speaker_name(name),
                "speaker_mention": text[speaker_span[0] : speaker_span[1]]
                if speaker_span
                else None,
                "speaker_span": speaker_span,
                "cue": cue,
                "cue_span": cand.cue if cue is not None else None,
                "kind": _DIRECT if quoted else _REPORTED,
                "stance": stance(cand.cls, cand.negated, content),
                "text": content,
                "span": span,
            }
        )
    )
    return True


_span_of = attrgetter("span")
_match_start = methodcaller("start")
_start_of = attrgetter("start")
