"""Link claims: block candidates through the index, score them, orient and type each link."""

# ruff: noqa: RUF001, RUF003  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from claimtrack.lexicon import common_words
from claimtrack.link.acts import Act, act_of, event_negated, refers_to_act, same_act
from claimtrack.link.answers import (
    ANSWER_FLOOR,
    CLAIM_NOUN_STEMS,
    PROPOSAL_WORDS,
    Proposal,
    answer_stance,
    answer_words,
    answers_claim,
    answers_proposal,
    designates,
    may_name_proposal,
    names_another,
    names_by_sentence,
    predicates,
    proposal_keys,
    proposal_match,
    proposal_of,
    puts_forward,
    refers_back,
)
from claimtrack.link.features import (
    TOKEN,
    Features,
    features,
    is_year,
    merge,
    names_differ,
    token_key,
)
from claimtrack.link.grams import gram_cosine
from claimtrack.link.index import KEPT, MEMO, Index
from claimtrack.link.polarity import (
    asks_against,
    asks_only,
    contradicts,
    correction,
    cue_stance,
    in_question,
    negated,
    negation_said,
    only_in_condition,
    sharp_contradiction,
)
from claimtrack.link.quotes import quote_ties
from claimtrack.link.relation import (
    answers_locally,
    claim_relation,
    refusal_stance,
    refuses_own,
)
from claimtrack.link.score import THRESHOLD, Shape, overlap, recall, score, shape, weighed
from claimtrack.link.sentences import sentence_span
from claimtrack.link.subjects import Subject, differ, subject_of
from claimtrack.link.topic import (
    asked_only,
    background_only,
    capitalised,
    few_words,
    finding_and_claim,
    other_polls,
    poll_shares,
    stock_phrase,
    things_only,
    topic_only,
    verb_form,
)
from claimtrack.models import Claim, Kind, Link, Relation, Stance, link_id
from claimtrack.store.aliases import (
    SpeakerKind,
    describe,
    key,
    kin_names,
    possessive,
    same_person,
)

# stances that answer another claim rather than put something forward
RESPONSES = frozenset({Stance.DENIES, Stance.CONFIRMS, Stance.DECLINES})
# a claim that predicates nothing (a bare noun phrase: "Trump's temperament"), or the claims
# of two people (or of one unknown) sharing one word besides names (one_predicate_word), share
# a topic with another, not a proposition: they are linked only when this sure. Read on a
# PolNeAR train+dev store (1,252 links): of the 106 links the first removes, 79 were wrong, 1
# of a wrong relation, 26 right; of the 19 more the second removes, 17 were wrong, 2 right; of
# the 16 it removes when one speaker is unknown (1,054 links), 13 wrong, 3 right
FRAGMENT = 0.7
# two asserted claims of opposite polarity are a denial only when this sure to be one
# proposition, and said by different speakers; otherwise they are not linked at all. Read
# on PolNeAR train: at 0.65, 2 of 12 such denials were right (same speaker restating with a
# "not", different questions answered "absolutely" and "absolutely not").
CONTRADICTION = 0.9
# ... or this sure, when one negates the very predicate the other asserts ("Gates was not
# working for Yanukovych's party" / "he and Manafort were working for Yanukovych's party").
# Read on PolNeAR train: 9 of 12 such links right at 0.55 and above, 6 of 24 below.
SHARP_CONTRADICTION = 0.55
# ... or this sure, when one of two claims of different articles says it corrects the other on
# the predicate the other negates (polarity.correction: "She did receive some emails with
# classified markings" (Comey) / "they were not marked classified and were retroactively
# classified" (Clinton), 0.45). Read on a PolNeAR train+dev store: the 3 such links from 0.4
# are right.
CORRECTION = 0.4
# One speaker's two claims that read opposite only by a "not" on a word the other does not say
# (polarity.negation_said) restate one position when this sure: "she would not go above a $12
# minimum wage at this time" / "she favors raising the minimum wage from the current $7.25 to
# $12" (Clinton). Her "would go above a $12 minimum wage" against that "not go above", or
# "I oppose" against "I support" (no "not" at all), is her contrary and unlinked. Read on a
# PolNeAR train+dev store: at 0.65 and above 21 of the 25 such links are right.
RESTATED = 0.65
# a sentence found in this many articles of one outlet is boilerplate (an editor's note, a
# disclaimer): not a claim of the people it names, not linked
BOILERPLATE = 3
# two articles with this many claims repeated word for word are copies (wire copy): one article
EXACT_SCORE = 0.99
COPY_REPEATS = 3
# a claim's sentence counts for a little less than its own words
CONTEXT_DISCOUNT = 0.9
SET_DENIAL_SCORE = 0.9
# a speaker mention longer than this is no name ("Mexico must rebut Trump's claims")
SPEAKER_WORDS = 4
# a word of a speaker's name, less a possessive: "Bob Woodward's book" -> bob, woodward, book
_SPEAKER_WORD = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"[’']s\b")
# a plural acronym, a kind of thing and no one's name: "super PACs", "CEOs" (names_apart)
_PLURAL_ACRONYM = re.compile(r"\b[A-Z]{2,}s\b")
# a pair whose own words score below this is not looked at further
GATE = 0.3
SPEAKER_WEIGHT = 0.15
# a phrase both quote (link/quotes.py) adds this
QUOTE_WEIGHT = 0.1
CONTEXT_WEIGHT = 0.2
# claims with fewer content words than this score lower, in proportion
FULL_EVIDENCE = 4
# one speaker's two claims, the shorter's words (CONTAINED_WORDS or more) all in the longer,
# score this share of how much of the shorter's weight the longer holds, at least. Read on a
# PolNeAR train+dev store: the 18 links it adds are right (an outlet's summary of a speaker
# and their full quotation, a headline and its story's quotation)
CONTAINED = 0.8
CONTAINED_WORDS = 3
# an answer is linked to its best targets only: at most this many, each scoring at least
# this share of the best one (an answer answers something specific)
ANSWER_TARGETS = 2
# an answer names what it answers: its best targets may need less evidence than a repeat,
# by relation (link/answers.py); none is looked at below this
ANSWER_THRESHOLD = ANSWER_FLOOR
# an answer's sentence must hold this many of a target's words to name it
ANSWER_EVIDENCE = 3
# an answer naming its object by a pronoun or bare claim noun reads this far back in its
# paragraph for what it answers
BACK_REACH = 400
ANSWER_MARGIN = 0.9
# a condemned proposal answers its owner's claims that put it forward: up to this many, each
# holding this share of what the best holds of it
PROPOSAL_TARGETS = 8
# the claims sharing most of what it proposes that are scored for it
PROPOSAL_CANDIDATES = 30
# ... and reads this far back for a proposal named bare ("the proposal"), across paragraphs
PROPOSAL_REACH = 600
# ... and this far for one named with what it is about ("comments about Muslims")
TOPIC_REACH = 3000
PROPOSAL_MARGIN = 0.6
# two condemnations of one proposal agree: each is linked to at most this many earlier ones
AGREEING = 8
# an answer answers what its target says wherever it is said: the claims that repeat its
# target this surely (one proposition), at most GROUP_TARGETS of them, directly
GROUP_STRONG = 0.8
GROUP_TARGETS = 4
# two claims of one act (link/acts.py) are one proposition this surely, whatever their words
ACT_SCORE = 0.8
# an act referred to by a word for it ("it happened", "their account") is the act of a claim
# of its article ending at most this far before it
ACT_REACH = 600

# Claims with the same words in the same order (one exact key: wire copies, a quotation every
# outlet repeats) form a class. The index lists the first CLASS_KEPT of a class; a later one is
# a repeat: it is scored against those only (what else it would link to, they link to, and it
# is reached through them), counted for idf but not listed, and not kept once linked. The
# work per claim stays bounded however often a text recurs: the link_scale store repeats each
# text 7 times at 100k claims and about 70 times at 1M.
CLASS_KEPT = 4

# Features are made once for each text: wire copies and rewrites repeat claims and their
# sentences word for word (the link_scale store holds 14,399 distinct texts in 100,012
# claims), and the copies share one object in memory
FEATURE_CACHE = 1 << 16

_NAME = r"((?:[A-Z][\w’'-]+\s){0,3}[A-Z][\w-]+)"
_SET_NOUN = (
    r"(?:stories|claims|allegations|assertions|accusations|reports|charges|lies|"
    r"accounts|revelations|smears|book|reporting)"
)
# the source of a denied set: "Woodward’s assertions", "Woodward's new book"
_SET_OWNER = re.compile(_NAME + r"[’']s?\s(?:[\w-]+\s){0,2}" + _SET_NOUN + r"\b")
# the source of a denied set named by its work: "the book’s claims", "the report's allegations"
_SET_WORK = re.compile(
    r"\b(?:the|this|that|his|her|their)\s(book|report|article|memoir|dossier|film|documentary|story)"
    r"[’']s\s(?:[\w-]+\s){0,2}" + _SET_NOUN + r"\b",
    re.IGNORECASE,
)
# the source of a denied set: "made-up stories by Bob Woodward", "the claims of Mr Smith"
_SET_BY = re.compile(r"\b" + _SET_NOUN + r"\s(?:[\w-]+\s){0,2}?(?:by|from|of|in)\s" + _NAME)
# what follows a set's name when it names one claim of the set: "Clinton’s charges about his
# stance on Obama", "accusations by Exxon Mobil that journalists ... had produced ..."
_ONE_OF_SET = re.compile(r"\s*(?:that|about|over|regarding|concerning|on|of)\b", re.IGNORECASE)
# a denial of a whole set: "none of these ... are true", "all of the allegations", plurals
_SET_WORDS = re.compile(
    r"\b(?:none of|all of|any of|every one of|these|those|all the|all)\b|"
    r"\b(?:assertions|allegations|stories|claims|accusations|reports|charges)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Item:
    """A claim with what linking needs: its date, article rank, sentence and features."""

    claim: Claim
    stance: Stance  # the stance it takes in linking: an answer naming no proposition asserts
    published: date | None
    rank: int  # the article's place in the store (ingest order), for claims of the same date
    sentence: tuple[int, int] | None
    context: str
    own: Features
    wide: Features  # the claim's words and those of its sentence
    source: str | None = None  # the outlet of its article
    passage: str = ""  # a digest of its sentence, to find passages repeated across articles
    proposal: Proposal | None = None  # the proposal it condemns, when it names whose and what
    act: Act | None = None  # the act it states or denies: who did what to whom (link/acts.py)
    # whether its speaker says its content: not under a negated cue ("did not mention Trump
    # by name"), and then it is not linked (polarity.cue_stance)
    said: bool = True
    # the shares of a group its sentence reports, when no one named says it: a poll's finding
    # ("About 4 in 10 say ..." -> 40 percent: topic.poll_shares)
    shares: frozenset[tuple[int, int]] = frozenset()
    # the names of its sentence less its plural acronyms (names_apart: "taking aim at the
    # billionaire class, the fossil fuel industry and super PACs" names no one)
    around: frozenset[str] = frozenset()
    # whether the claim answers another (denies, confirms, declines): asked of every pair
    responds: bool = field(init=False)
    # the key of its exact words (its class: see CLASS_KEPT), "" for a text with no words
    exact: str = field(init=False)
    # who it is said of, when its first words say it (link/subjects.py): asked of every pair
    subject: Subject = field(init=False)
    # the last word of its speaker's name, lower-cased (None: no speaker): same_speaker
    speaker_last: str | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "responds", self.stance in RESPONSES)
        words = (self.claim.speaker or "").lower().split()
        object.__setattr__(self, "speaker_last", words[-1] if words else None)
        object.__setattr__(self, "subject", subject_of(self.claim))
        object.__setattr__(self, "exact", self.own.exact)

    @property
    def keys(self) -> frozenset[str]:
        """Return the keys it is indexed under: an answer's sentence names what it answers."""
        return self.wide.keys if self.responds else self.own.keys


# the fields of an item, copied as they are by without_context
_ITEM_SLOTS: tuple[str, ...] = Item.__slots__
_set = object.__setattr__


def without_context(item: Item) -> Item:
    """Return a copy of an item without its sentence's text (`replace(item, context="")`),
    its fields copied as they are: `replace` would read its subject and keys again."""
    copy = object.__new__(Item)
    for name in _ITEM_SLOTS:
        _set(copy, name, getattr(item, name))
    _set(copy, "context", "")
    return copy


def make_item(
    claim: Claim,
    article_text: str | None = None,
    published: date | None = None,
    rank: int = 0,
    others: Iterable[tuple[int, int, Stance]] = (),
    source: str | None = None,
) -> Item:
    """Return the linking item of a claim, its sentence taken from the article text when given.

    `others` are the spans and stances of the article's claims: their words are left out of
    this claim's context, so that "the book claims that A and that B" does not make A look
    like B; an answer keeps the words of answers like it in its sentence ("Peskov denied the
    allegations about the calls, stating, 'it's not true'").
    """
    stance = refusal_stance(answer_stance(claim.stance, claim.text, claim.cue), claim.text)
    # an answer's words less its bare denial or no-comment phrase (answers.answer_words)
    words = answer_words(claim.text) if stance in RESPONSES else claim.text
    own = text_features(words)
    if article_text is None:
        act = act_of(claim.text, claim.speaker, denied=stance is Stance.DENIES)
        return Item(claim, stance, published, rank, None, "", own, own, source, act=act)
    start, end = claim.span
    if claim.cue_span is not None:
        start, end = min(start, claim.cue_span[0]), max(end, claim.cue_span[1])
    lo, hi = sentence_span(article_text, start, end)
    context = article_text[lo:hi]
    passage = hashlib.blake2b(" ".join(context.split()).encode(), digest_size=8).hexdigest()
    responds, span = claim.stance in RESPONSES, claim.span
    if words is not claim.text and lo <= span[0] and span[1] <= hi:
        context = context[: span[0] - lo] + words + context[span[1] - lo :]
    for o_start, o_end, o_stance in others:
        # (the article's other claims, most outside the sentence: the spans compared first)
        if o_start < hi and lo < o_end and (o_start, o_end) != span:
            if responds and o_stance is claim.stance:
                continue
            a, b = max(o_start, lo) - lo, min(o_end, hi) - lo
            context = context[:a] + " " * (b - a) + context[b:]
    if stance in RESPONSES and refers_back(claim.text):
        # "(A campaign spokeswoman disputed their account.)": the account is the sentence before
        context = previous_sentence(article_text, lo) + " " + context
    # an open question before the claim and its cue ("whether any of the participants knew
    # they were sending classified information"; "questioned whether" is the speaker's own)
    said = not in_question(article_text[lo:start])
    if said and claim.cue_span is not None:
        # the sentence's words before the cue, and after the content when it comes first
        # ("... Not fit!” Trump tweeted")
        cue_start = claim.cue_span[0]
        opening = claim.span[1] if claim.span[1] <= cue_start else lo
        under = cue_stance(article_text[max(lo, opening) : cue_start], claim.cue, stance)
        said, stance = under is not None, under or stance
    proposal = None
    if (
        said
        and stance in (Stance.ASSERTS, Stance.DENIES)
        and may_name_proposal(claim.text, claim.cue)
    ):
        # "Clinton has forcefully condemned the GOP candidate's proposal" denies what "Trump
        # called to ban Muslims from entering the U.S." proposes, said before it
        after = article_text[claim.span[1] : hi]
        back = article_text[max(0, lo - PROPOSAL_REACH) : start]
        earlier = article_text[max(0, lo - TOPIC_REACH) : start]
        proposal = proposal_of(claim.text, claim.cue, after, back, earlier)
        if proposal is not None:
            stance = Stance.DENIES
    wide = wide_features(words, context)
    act = act_of(
        claim.text,
        claim.speaker,
        article_text[lo : claim.span[0]],
        article_text,
        denied=stance is Stance.DENIES,
    )
    return Item(
        claim,
        stance,
        published,
        rank,
        (lo, hi),
        context,
        own,
        wide,
        source,
        passage,
        proposal,
        act,
        said,
        poll_shares(context) if claim.speaker is None else frozenset(),
        _around(own, wide, context),
    )


def _around(own: Features, wide: Features, context: str) -> frozenset[str]:
    """Return the names of a claim (`own`) and of its sentence (`context`; both: `wide`), less
    the sentence's plural acronyms (`Item.around`)."""
    if _PLURAL_ACRONYM.search(context) is None:
        return wide.names
    return own.names | features(_PLURAL_ACRONYM.sub(lambda m: " " * len(m.group()), context)).names


def previous_sentence(text: str, start: int) -> str:
    """Return what its paragraph says before the sentence starting at `start`, at most
    BACK_REACH characters ("" when that sentence opens its paragraph). The paragraph, not
    the sentence end pattern: "... as she tried to ask Mr. Trump about affirmative action,
    she and another reporter said." is one sentence."""
    par = text.rfind("\n\n", 0, start) + 1
    return text[max(par, start - BACK_REACH) : start]


@lru_cache(maxsize=FEATURE_CACHE)
def text_features(text: str) -> Features:
    """Return the features of a claim's text (cached: shared by its copies, never changed)."""
    return features(text)


@lru_cache(maxsize=FEATURE_CACHE)
def wide_features(text: str, context: str) -> Features:
    """Return the features of a claim's text and its sentence (cached as `text_features`)."""
    return merge(text_features(text), features(context))


def later(a: Item, b: Item) -> bool:
    """Return whether a came after b: article date, then position in one article.

    Between articles with no dates (or one date) nothing says which came first: not the
    order they were ingested in. Their pair is ordered by article id, so that the same
    claims give the same links whatever the order or the worker count of the ingest.
    """
    if a.published and b.published and a.published != b.published:
        return a.published > b.published
    if a.claim.article != b.claim.article:
        return a.claim.article > b.claim.article
    return a.claim.span[0] > b.claim.span[0]


def orient(a: Item, b: Item) -> tuple[Item, Item] | None:
    """Return (responding, responded-to) for a pair, or None when neither answers the other."""
    if a.responds and b.responds:
        if not opposed_answers(a, b):
            return None  # two answers to the same claim do not answer each other
        return (a, b) if later(a, b) else (b, a)
    if a.responds != b.responds:
        return (a, b) if a.responds else (b, a)
    return (a, b) if later(a, b) else (b, a)


def opposed_answers(a: Item, b: Item) -> bool:
    """Return whether two answers take opposite sides of one act, and so contradict each
    other: Trump "conceded that Lewandowski had touched Fields", his campaign "has denied it
    happened" (two denials of it, or two confirmations, answer no one)."""
    x, y = a.act, b.act
    return x is not None and y is not None and same_act(x, y) and x.negated != y.negated


def same_sentence(a: Item, b: Item) -> bool:
    """Return whether two claims share a sentence of one article (parts of one statement)."""
    if a.claim.article != b.claim.article:
        return False
    if a.sentence is None or b.sentence is None:
        return False
    return a.sentence[0] < b.sentence[1] and b.sentence[0] < a.sentence[1]


def pair_score(
    resp: Item, target: Item, weigh: Index | None = None, threshold: float = THRESHOLD
) -> float:
    """Return how surely the responding claim is about the target, 0..1."""
    w = weigh.weight if weigh is not None else (lambda _: 1.0)
    total = weigh.total if weigh is not None else None
    if resp.proposal is not None:
        # a condemned proposal answers what its owner proposes, wherever it is said: "Trump's
        # proposal to ban Muslims" / "a total and complete shutdown of Muslims entering ..."
        what = resp.proposal.what
        if only_in_condition(what, target.claim.text, None, target.claim.cue):
            return 0.0
        return proposal_match(resp.proposal, target.wide.stems, w)
    if one_act(resp, target):
        # who did what to whom, in any verb of the act: "he had never touched Fields" /
        # "Trump's 41-year-old campaign manager yanked her out of the way"
        return ACT_SCORE
    if names_apart(resp, target):
        # "17 percent of New Hampshire voters" / "17 percent of Delaware voters"
        return 0.0
    if not resp.responds and differ(
        resp.subject, resp.claim.text, target.subject, target.claim.text
    ):
        # "she has released 30 years of tax returns" (Clinton) / "Donald Trump will be
        # releasing his tax returns": one thing said of two people (link/subjects.py)
        return 0.0
    if weigh is None:
        said = _said(resp, target, w, total, None)
    else:
        # what the two texts say is the same for every copy of them while the idf values
        # stay (wire copies and repeated quotations repeat pairs of texts): kept for the epoch
        memo = weigh.memo
        key = (
            resp.claim.text,
            target.claim.text,
            resp.claim.cue,
            target.claim.cue,
            resp.responds,
            one_speaker(resp, target),
        )
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO:
                memo.clear()
            found = memo[key] = _said(resp, target, w, total, weigh, key)
        said = found
    value, thin, spelled = said
    if spelled < 0:
        return value  # decided by the words alone
    around = overlap(resp.wide.stems, target.wide.stems, w, total)
    value = (value + thin * spelled) / 2 + SPEAKER_WEIGHT * same_speaker(resp, target)
    if (
        not resp.responds
        and weigh is not None
        and quote_ties(
            resp.claim.text,
            target.claim.text,
            weigh.count,
            weigh.size + weigh.base_size,
            (_relays(resp.claim), _relays(target.claim)),
        )
    ):
        # the speaker's own words, quoted by both: "her handling of highly sensitive
        # information “extremely careless,”" / "Clinton was “extremely careless” with ..."
        value += QUOTE_WEIGHT
    if resp.responds or resp.claim.article != target.claim.article:
        # two sentences of one article share its story by construction: their overlap says
        # that two claims are about one thing only across articles (an answer's sentence
        # still names what it answers)
        value += CONTEXT_WEIGHT * around
    if resp.responds and names_by_sentence(resp.claim.text):
        # an answer's object is often in its sentence, not its words: "Peskov denied the
        # allegations about secret phone calls between Trump and Putin: 'it's not true'"
        value = max(value, CONTEXT_DISCOUNT * recall(target.own, resp.wide, w, ANSWER_EVIDENCE))
    return min(1.0, value)


# `_said`'s spelling score when the words alone decide a pair's score
_DECIDED = -1.0


class _Texts(NamedTuple):
    """What a pair's texts (their words, cues, and whether one answers) give its score
    whatever the idf values: kept across epochs (`Index.kept`), as the rewrites of a story
    come back epochs apart."""

    decided: bool  # 0 whatever the words' weights: different numbers, or only on a condition
    thin: float  # how thin their evidence is (FULL_EVIDENCE)
    parts: Shape | None  # the weightless part of their words' score; None: no shared word
    empty: bool | None  # names or one topic all they share (None: not asked yet)


def _texts(resp: Item, target: Item) -> _Texts:
    """Return what a pair's texts give its score whatever the idf values (`empty` unasked)."""
    a, b = resp.claim.text, target.claim.text
    if (
        different_numbers(resp.own, target.own)
        or only_in_condition(a, b, resp.claim.cue, target.claim.cue)
        or background_only(a, resp.own, b, target.own)
        or designates(a, resp.claim.cue)
        or designates(b, target.claim.cue)
    ):
        # (one says only on a condition what the other says, or names it only as the
        # background of something else it says, or one only names someone)
        return _Texts(True, 1.0, None, None)
    fewest = min(len(resp.own.stems), len(target.own.stems))
    # two or three shared words ("in an interview with CNN", "Trump") are thin evidence
    thin = (fewest + 1) / (FULL_EVIDENCE + 1) if fewest < FULL_EVIDENCE else 1.0
    return _Texts(False, thin, shape(resp.own, target.own), None)


def _said(
    resp: Item,
    target: Item,
    w: Callable[[str], float],
    total: Callable[[frozenset[str]], float] | None,
    weigh: Index | None,
    key: tuple[str | bool | None, ...] = (),
) -> tuple[float, float, float]:
    """Return what a pair's texts (their words, cues, whether one answers and whether one speaker
    says both) give its score:
    (the words' score, how thin their evidence is, the spellings' cosine); a spelling of
    _DECIDED when the score is the words' alone. `key` is the pair's key in the index's
    memos (`weigh`), which keep what does not depend on the idf values across epochs."""
    kept = weigh.kept if weigh is not None else None
    texts = kept.get(key) if kept is not None else None
    if texts is None:
        texts = _texts(resp, target)
        if kept is not None:
            if len(kept) >= KEPT:
                kept.clear()
            kept[key] = texts
    if texts.decided:
        return 0.0, 1.0, _DECIDED
    thin = texts.thin
    parts = texts.parts
    value = 0.0 if parts is None else weighed(resp.own, target.own, parts, w, total)
    if parts is not None and one_speaker(resp, target):
        # one speaker's shorter version of a statement, all in their longer one, says no other
        # thing: "he expects an "aggressive appeal" of Reeves's ruling" / "... I am disappointed
        # Judge Reeves did not recognize that reality. I look forward to an aggressive appeal"
        # (Phil Bryant); the longer says more, which the words' cosine counts against them
        value = max(value, CONTAINED * contained(resp.own, target.own, w))
    value *= thin
    if value < GATE and not resp.responds:
        return value, thin, _DECIDED  # little in common: the rest could not make it a link
    empty = texts.empty
    if empty is None:
        # the same who, and nothing said of them in common: not one proposition, and not
        # what an answer answers ("would not say whether he would prefer that Democrats face
        # Trump or Sen. Ted Cruz" declines nothing that "Sen. Ted Cruz" says); or one noun
        # phrase in common ("the real estate mogul")
        empty = names_only(resp, target) or topic_only(
            resp.claim.text, resp.own, target.claim.text, target.own
        )
        if kept is not None:
            kept[key] = texts._replace(empty=empty)
    if empty:
        return 0.0, thin, _DECIDED
    # the words' spellings, the sentences around both, and who speaks add to the words:
    # calibrated on the links gold (pairs of one story) and read on PolNeAR train links
    a, b = resp.claim.text, target.claim.text
    spelled = weigh.gram_cosine(a, b) if weigh is not None else gram_cosine(a, b, w)
    return value, thin, spelled


def one_act(a: Item, b: Item) -> bool:
    """Return whether two claims state (or deny) one act: the same agent, patient and kind."""
    return a.act is not None and b.act is not None and same_act(a.act, b.act)


def one_speaker(a: Item, b: Item) -> bool:
    """Return whether two claims have one named speaker, by full name ("Hillary Clinton" is
    not "Bill Clinton", as `same_speaker` has them)."""
    return a.claim.speaker is not None and a.claim.speaker == b.claim.speaker


def contained(a: Features, b: Features, weigh: Callable[[str], float]) -> float:
    """Return the weighted share of the shorter text's words found in the longer (0 when they
    share fewer than CONTAINED_WORDS)."""
    short, long = (a, b) if len(a.stems) <= len(b.stems) else (b, a)
    return recall(short, long, weigh, CONTAINED_WORDS)


def same_speaker(a: Item, b: Item) -> bool:
    """Return whether two claims have one speaker (by last name: "Trump", "Mr. Trump")."""
    last = a.speaker_last
    return last is not None and last == b.speaker_last


def namesakes(a: Item, b: Item) -> bool:
    """Return whether two claims whose speakers share a last word (`same_speaker`) are said
    by two speakers all the same: two full names of persons that are not one person's
    ("Khizr Khan" / "Ghazala Khan"), or two groups ("Donald Trump's campaign" / "Mike
    Huckabee's campaign"). A last name alone ("Trump") may be either full name's."""
    x, y = a.claim.speaker, b.claim.speaker
    return x is not None and y is not None and _namesakes(x, y)


@lru_cache(maxsize=1 << 14)
def _namesakes(x: str, y: str) -> bool:
    if key(x) == key(y):
        return False
    owned = possessive(x), possessive(y)
    if owned[0] is not None and owned[1] is not None:
        # two people's own groups: their owners are two
        mine, theirs = owned[0][0], owned[1][0]
        return describe(mine).last != describe(theirs).last or _namesakes(mine, theirs)
    one, other = describe(x), describe(y)
    if one.kind is not SpeakerKind.PERSON or other.kind is not SpeakerKind.PERSON:
        return False
    if one.words < 2 or other.words < 2:
        return False  # "Trump" may be any Trump
    return not (same_person(one, other) or kin_names(one, other))


def one_predicate_word(a: Item, b: Item) -> bool:
    """Return whether two claims share at most one word besides names and numbers while
    each says more than that: one word in common is a topic ("the Orlando nightclub attack"
    / "to attack the oil"), unless it is all that one of them predicates ("Mr. Trump was
    ''ignorant'' of Islam"). A concept ("~careless") counts only through its words."""

    def words(x: Item) -> set[str]:
        names = _names(x.claim.text)
        return {s for s in x.own.stems if s[0].isalpha() and s not in names}

    mine, theirs = words(a), words(b)
    common = frozenset(mine & theirs)
    shared = len(common)
    if (
        shared == 1
        and _names(a.claim.text) & _names(b.claim.text)
        and all(verb_form(x.claim.text, common) for x in (a, b))
    ):
        # the same act on the same named party, whatever else: "credit for hacking the
        # Democratic National Committee" / "Russian intelligence services hacked into
        # Democratic National Committee computers" (but "the law violated the Constitution" /
        # "the quarantine violated her constitutional rights": other doers, other facts)
        return False
    return shared <= 1 and min(len(mine), len(theirs)) > shared


def names_only(a: Item, b: Item) -> bool:
    """Return whether all that two claims share is names and numbers (no word of a predicate).

    "Texas Sen. Ted Cruz's GOP campaign" and "Sen. Ted Cruz" name one man and say nothing
    alike about him: a proposition needs the same who and the same predicate. A name is
    a word capitalised in both claims (a claim's feature names are empty in Title Case).
    """
    shared = a.own.stems & b.own.stems
    if not shared:
        return False
    if a.responds:
        # an answer's "idea" or "claims" names what it answers, and is no word of it
        shared -= CLAIM_NOUN_STEMS
        if not shared:
            return True
    # capitalised in both: a Title Case headline's capitals alone do not make its words names
    named = capitalised(a.claim.text) & capitalised(b.claim.text)
    return all(s in named or s[0].isdigit() for s in shared)


@lru_cache(maxsize=100_000)
def _names(text: str) -> frozenset[str]:
    """Return the index keys of a claim's names: its capitalised words, but an ordinary word
    that is capitalised only because it opens the claim ("Wages are falling everywhere")."""
    names = capitalised(text)
    first = TOKEN.search(text)
    if first is not None and first.group()[0].isupper() and first.group().lower() in common_words():
        key = token_key(first.group())
        if key is not None and key not in capitalised(text[first.end() :]):
            names -= {key}
    return names


def names_apart(a: Item, b: Item) -> bool:
    """Return whether two claims name only different people or places (`features.names_differ`),
    and, of two articles, neither names the other's in its sentence (`Item.around`: a plural
    acronym, "super PACs", names no one).

    An outlet names in its sentence whom its claim's words leave to it, or names them
    otherwise: "to "bomb the hell" out of the Islamic State, also known as ISIL or ISIS" and
    "pledging to "quickly and decisively bomb the hell out of ISIS."" (Trump, in USA Today and
    Politico) name one group. Two claims of one article share its story's names by
    construction: their own names decide.
    """
    if not names_differ(a.own.names, b.own.names):
        return False
    if a.claim.article == b.claim.article:
        return True
    return a.own.names.isdisjoint(b.around) and b.own.names.isdisjoint(a.around)


def different_numbers(a: Features, b: Features) -> bool:
    """Return whether two texts state different numbers, each holding one the other does not.

    Years are compared with years, other numbers with other numbers: 500 is not 4,000,
    2015 is not 2016, but "in 2021" says nothing against "seven times"; "$7.25 an hour, to be
    raised to $15" is not "from the current $7.25 to $12".
    """
    if not a.numbers or not b.numbers:
        return False
    for mine, theirs in zip(_years(a.numbers), _years(b.numbers), strict=True):
        if mine and theirs and not (mine <= theirs or theirs <= mine):
            return True
    return False


@lru_cache(maxsize=100_000)
def _years(numbers: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the years among numbers and the other numbers (cached: asked of every pair)."""
    years = frozenset(n for n in numbers if is_year(n))
    return years, numbers - years


def make_link(resp: Item, target: Item, value: float) -> Link | None:
    """Return the link from the responding claim to its target (None when it is in doubt)."""
    if not (resp.said and target.said):
        return None  # "did not mention Republican front-runner Donald Trump by name"
    if resp.claim.article != target.claim.article and (
        other_polls(resp.shares, target.shares)
        or finding_and_claim(resp.shares, target.shares, target.claim.speaker)
        or finding_and_claim(target.shares, resp.shares, resp.claim.speaker)
    ):
        # two polls' findings, said by no one named in two articles: "About 4 in 10 say they
        # want the next president to have more liberal policies" / "Half of Vermont Democrats
        # said they want ..."; or a poll's finding and a named speaker's claim
        return None
    relation = claim_relation(resp.stance, resp.claim.text, resp.claim.cue)
    a, b = resp.claim.text, target.claim.text
    if not resp.responds and (
        asks_against(a, b)
        or asks_only(a, b, resp.claim.cue, target.claim.cue)
        or asked_only(resp.own, a, target.own, b)
    ):
        return None
    if (
        not resp.responds
        and value < FRAGMENT
        and not (predicates(a, resp.claim.cue) and predicates(b, target.claim.cue))
    ):
        return None  # a topic in common, not a proposition: "Trump by name" / "Trump by name"
    # whether each relays others' words: a phrase one quotes ties it to the other's only then
    relays = (_relays(resp.claim), _relays(target.claim))
    if (
        not resp.responds
        and value < FRAGMENT
        and not same_speaker(resp, target)
        and (
            one_predicate_word(resp, target)
            # (a correction's few words in common are the predicate it corrects: "they were
            # not marked classified" / "She did receive some emails with classified markings")
            or (few_words(a, resp.own, b, target.own, relays) and not corrected(resp, target))
            or (
                resp.claim.article != target.claim.article
                and things_only(a, resp.own, b, target.own, relays)
            )
        )
    ):
        # two people (or one unknown), one word in common besides names, or two words with
        # names: a topic, not one proposition ("he would appoint Supreme Court judges" /
        # "have a few appointments to make to the Supreme Court"; "his private meeting with
        # Pope Francis is not an endorsement" / "is not expected to meet Pope Francis", said
        # by no one named; "the governor to default on the debt" / "it could default on
        # some of its debt"); or, across articles, only things and names, no word of a
        # predicate (topic.things_only: "to punish schools that violate state and federal
        # rules" / "a federal judge to block the rules")
        return None
    if (
        not resp.responds
        and resp.claim.speaker is not None
        and target.claim.speaker is not None
        and not same_speaker(resp, target)
        and not one_act(resp, target)
        and stock_phrase(a, resp.own, resp.claim.cue, b, target.own, target.claim.cue)
        and not contradicts(resp.stance, a, target.stance, b)
    ):
        # two named people's few words: "We'll see" (Sanders) / (Pence); not when one says
        # the contrary ("The election is rigged" / "is not rigged": a denial)
        return None
    # who may make a claim an answer names with its owner, though the owner is not named as
    # saying it: a speaker seen but not resolved ("he", "the Florida senator"), or the
    # narrator of the answer's own article, who may give the owner's words ("accusations by
    # Exxon Mobil that ..." / "the two lengthy investigative reports ''inaccurate and
    # deliberately misleading''"); another article's narrator is no one's: "Rubio's claim
    # that Cruz is in favor of legalizing illegal immigrants is 'simply not true'" denies
    # nothing a narrator says elsewhere
    may_be_owner = target.claim.speaker is None and (
        target.claim.speaker_mention is not None or resp.claim.article == target.claim.article
    )
    if one_act(resp, target):
        return _act_link(resp, target, relation, value)
    if resp.proposal is not None:
        if not puts_forward(resp.proposal, b, said_by(target.claim)):
            return None  # a condemnation of Trump's proposal answers what Trump proposes
        a = resp.proposal.what
    elif resp.responds and not answers_proposal(a, b, said_by(target.claim), may_be_owner):
        return None
    elif resp.responds and resp.claim.article != target.claim.article and answers_locally(a):
        return None  # "although Israel disputes this": this is what its article says before
    elif resp.responds and target.claim.stance is Stance.DENIES and not target.responds:
        # a thing rejected is no claim to confirm or deny: Sanders "rejecting an inquiry
        # about her use of a private e-mail server" (answer_stance: it names no proposition)
        # is not what the FBI "confirmed": "it was working on matters related to ..."
        return None
    elif resp.responds and names_another(a, target.own.stems):
        return None  # "the president's claims about potential retaliation ... are unfounded"
    if relation is Relation.DECLINES and refuses_own(a, resp.speaker_last, b):
        return None  # "refused to pledge to release his tax returns" (Trump) x Romney's returns
    if (relation is Relation.DECLINES or resp.stance is Stance.DENIES) and same_speaker(
        resp, target
    ):
        # one who declines to say what they say elsewhere answers nothing ("refused to say
        # that Jerusalem should be the undivided capital" / "pledged to relocate the
        # embassy"); nor does one deny what one says oneself: Weaver "rejected the notion
        # that the campaign is calling the former secretary of state corrupt" explains his
        # own "It's not about being corrupt" (a confirmation of the contrary still answers)
        return None
    if relation is Relation.REPORTS and same_speaker(resp, target):
        # one who hedges ("thought", "suggested") what they say elsewhere repeats it: a
        # report relays another's claim without endorsing it
        relation = Relation.REPEATS
    if relation is not Relation.DECLINES:
        against = contradicts(resp.stance, a, target.stance, b)
        if resp.proposal is not None and not against:
            # its owner saying the contrary of a proposal does not put it forward
            return None
        if against and not resp.responds:
            sharply = sharp(resp, target)
            if not same_speaker(resp, target) or namesakes(resp, target):
                if value < (
                    (CORRECTION if corrected(resp, target) else SHARP_CONTRADICTION)
                    if sharply
                    else CONTRADICTION
                ):
                    return None  # opposite words, and not sure enough that it is one proposition
            elif sharply or value < RESTATED or negated(a) is negated(b) or negation_said(a, b):
                return None  # one speaker's own contrary, or too little said alike
            else:
                against = False  # one speaker's restatement (RESTATED)
        if resp.responds and same_speaker(resp, target):
            # one speaker confirming or denying a claim of their own: two statements of one
            # side, not an answer, whichever way their words turn; Huckabee's campaign
            # "acknowledged that the candidate has delivered paid speeches since announcing
            # his bid" and said "he hasn't accepted any new gigs" (old bookings, new ones)
            return None
        if against:
            relation = Relation.DENIES
        elif relation is Relation.DENIES:
            # a denial of a claim that itself says "not": it agrees with it; a speaker's own
            # "This notion that Barack Obama doesn't know what he's doing is just not true"
            # restates "Let's dispel with this fiction that ...", it confirms no one
            relation = Relation.REPEATS if same_speaker(resp, target) else Relation.CONFIRMS
    return _link(resp.claim.id, target.claim.id, relation, value)


def _act_link(resp: Item, target: Item, relation: Relation, value: float) -> Link | None:
    """Return the link between two claims of one act: a denial when one says it happened and
    the other that it did not, by different speakers ("Lewandowski had touched Fields" /
    "he never made contact with Fields"); else the relation the responding claim's own
    stance makes (a denial of a denied act agrees with it)."""
    assert resp.act is not None and target.act is not None
    if relation is Relation.DECLINES:
        return (
            None
            if same_speaker(resp, target)
            else _link(resp.claim.id, target.claim.id, relation, value)
        )
    if same_speaker(resp, target) and (resp.responds or resp.act.negated != target.act.negated):
        return None  # one speaker's own two accounts: no answer to anyone
    if resp.act.negated != target.act.negated:
        relation = Relation.DENIES
    elif relation is Relation.DENIES:
        relation = Relation.CONFIRMS
    return _link(resp.claim.id, target.claim.id, relation, value)


def same_proposal(a: Proposal, b: Proposal, weigh: Callable[[str], float]) -> float:
    """Return how surely two condemned proposals are one: same owner, and the weighted share
    of the shorter's words found in the other ("the ban on Muslims" is all in "ban Muslims
    from entering the United States"); 0 when they share fewer than PROPOSAL_WORDS words."""
    if a.owner != b.owner:
        return 0.0
    shared = a.stems & b.stems
    if len(shared) < PROPOSAL_WORDS:
        return 0.0
    common = sum(map(weigh, shared))
    return common / min(sum(map(weigh, a.stems)), sum(map(weigh, b.stems)))


def agree_link(a: Item, b: Item, value: float) -> Link | None:
    """Return the link from one condemnation of a proposal to another: it repeats it."""
    if same_speaker(a, b) and a.claim.article == b.claim.article:
        return None  # one speaker condemning twice in one article: one statement
    return _link(a.claim.id, b.claim.id, Relation.REPEATS, value)


def sharp(a: Item, b: Item) -> bool:
    """Return whether two asserted claims contradict each other on one predicate."""
    if a.responds or b.responds:
        return False
    return sharp_contradiction(a.claim.text, b.claim.text)


def corrected(a: Item, b: Item) -> bool:
    """Return whether one of two claims of different articles and speakers says it corrects
    the other on the very predicate the other negates (polarity.correction), and contradicts
    it on one predicate (the caller may have asked `sharp` already: it is asked last)."""
    return (
        a.claim.article != b.claim.article
        and not same_speaker(a, b)
        and correction(a.claim.text, b.claim.text)
        and sharp(a, b)
    )


def _link(from_: str, to: str, relation: Relation, value: float) -> Link:
    value = round(min(1.0, max(0.0, value)), 4)
    return Link(id=link_id(from_, to, relation), from_=from_, to=to, relation=relation, score=value)


def set_sources(item: Item) -> set[str]:
    """Return the last names of the sources whose whole set of claims this denial rejects."""
    if item.claim.stance is not Stance.DENIES or not item.said:
        return set()
    found: set[str] = set()
    for text in (item.claim.text, item.context):
        if not _SET_WORDS.search(text):
            continue
        for m in (*_SET_OWNER.finditer(text), *_SET_BY.finditer(text), *_SET_WORK.finditer(text)):
            if not _ONE_OF_SET.match(text, m.end()):
                found.add(m.group(1).split()[-1].lower())
    return found


def said_by(claim: Claim) -> set[str]:
    """Return the words naming who makes a claim: its speaker's, and a short mention's.

    A mention longer than a name is a misread sentence ("Mexico must rebut Trump's claims"),
    not a speaker named Trump.
    """
    words = _SPEAKER_WORD.findall(_POSSESSIVE.sub("", (claim.speaker or "").lower()))
    mention = _SPEAKER_WORD.findall(_POSSESSIVE.sub("", (claim.speaker_mention or "").lower()))
    if len(mention) <= SPEAKER_WORDS:
        words += mention
    return set(words)


def set_denials(items: Sequence[Item]) -> list[Link]:
    """Return the links from each set denial to every asserted claim of its source in the article."""
    out: list[Link] = []
    for denial in items:
        # names in order: the same links in the same order whatever the hash seed
        for name in sorted(set_sources(denial)):
            for other in items:
                c = other.claim
                if (
                    other is denial
                    or c.article != denial.claim.article
                    or other.responds
                    or not other.said
                ):
                    continue  # (an unsaid claim is no claim of its source: Item.said)
                if name in said_by(c):
                    out.append(_link(denial.claim.id, c.id, Relation.DENIES, SET_DENIAL_SCORE))
    return out


class Linker:
    """Claims seen so far, indexed; adding new ones returns their links to all seen."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        # by position in the index; a repeat (see CLASS_KEPT) is None once linked
        self.items: list[Item | None] = []
        self.index = Index()
        # the articles of each outlet holding each passage: one held by several is boilerplate
        # (one article as its id: most passages are in one, and a set costs 216 bytes)
        self.passages: dict[tuple[str | None, str], str | set[str]] = {}
        # the (outlet, passage) keys found in BOILERPLATE articles or more
        self.boiler_keys: set[tuple[str | None, str]] = set()
        # the ids and (outlet, passage) keys of the repeats not kept that were linked
        self.loose: list[tuple[str, tuple[str | None, str]]] = []
        # the ids of the claims seen that are repeats (counted in the index, not listed)
        self.repeats: set[str] = set()
        # the exact keys of each article's claims of FULL_EVIDENCE words or more: two
        # articles sharing COPY_REPEATS of them are copies, whichever pairs were scored (a
        # claim is scored against a few of its copies only)
        self.exacts: dict[str, set[str]] = {}
        # the condemned proposals seen, by what they propose: a claim saying it later, in
        # its own words, finds them here (they are few, and their words are common)
        self.proposals = Index(max_posting=1 << 30)
        # the acts seen, by agent and patient (link/acts.py): claims of one act share no word
        self.acts = Index(max_posting=1 << 30)

    def preload(self, items: Iterable[Item], *, count: bool = True) -> None:
        """Index claims already linked, without linking them again (count=False: already in base counts)."""
        for item in items:
            self._index(item, count=count)

    def _index(self, item: Item, *, count: bool = True) -> bool:
        """Index a claim; return whether it is a repeat (counted, not listed: see CLASS_KEPT)."""
        index = self.index
        repeat = (
            count
            and not item.responds
            and bool(item.exact)
            and len(index.postings.get(item.exact, ())) >= CLASS_KEPT
        )
        index.add(len(self.items), item.keys, count=count, listed=not repeat)
        if item.proposal is not None:
            self.proposals.add(len(self.items), proposal_keys(item.proposal))
        if item.act is not None:
            self.acts.add(len(self.items), item.act.keys())
        self.items.append(item)
        if item.exact and len(item.own.stems) >= FULL_EVIDENCE:
            self.exacts.setdefault(item.claim.article, set()).add(item.exact)
        if repeat:
            self.repeats.add(item.claim.id)
        if item.passage:
            key = (item.source, item.passage)
            article = item.claim.article
            held = self.passages.get(key)
            if held is None or held == article:
                self.passages[key] = article
                count_held = 1
            else:
                if isinstance(held, str):
                    held = self.passages[key] = {held}
                held.add(article)
                count_held = len(held)
            if count_held >= BOILERPLATE:
                self.boiler_keys.add(key)
        return repeat

    def add(self, items: Sequence[Item]) -> list[Link]:
        """Index new claims and return their links to the claims seen before and to each other."""
        items = acts_referred(items)
        first = len(self.items)
        repeats = {first + n for n, item in enumerate(items) if self._index(item)}
        links: dict[str, Link] = {}
        answers: dict[str, dict[str, Link]] = {}
        seen: set[tuple[int, int]] = set()
        copies: Counter[tuple[str, str]] = Counter()
        ends: dict[str, tuple[Item, Item]] = {}
        # pairs scored as repeats, made links once the copies are counted: a link between
        # wire copies or boilerplate is dropped anyway, and most pairs of a large store are
        pending: list[tuple[tuple[Item, Item], float]] = []
        opposed: list[tuple[tuple[Item, Item], float]] = []
        every, index, threshold = self.items, self.index, self.threshold
        postings = index.postings
        for pos, item in enumerate(items, first):
            if pos in repeats:
                # its class's listed claims: the same words, and the links of those words
                near = postings[item.exact][:CLASS_KEPT]
            else:
                near = index.candidates(item.wide.keys, indexed=item.keys)
                if item.proposal is not None:
                    # its owner's claims that say what it proposes, in their own words
                    keys = proposal_keys(item.proposal)
                    near += index.candidates(keys, indexed=item.keys, limit=PROPOSAL_CANDIDATES)
                elif not item.responds and self.proposals.size:
                    near += self.proposals.candidates(item.wide.keys, limit=PROPOSAL_CANDIDATES)
                if item.act is not None:
                    keys = item.act.keys()
                    near += self.acts.candidates(keys, indexed=keys, min_shared=1)
            for other_pos in near:
                if other_pos >= first:
                    # candidates are not symmetric (a query uses the claim's sentence, the
                    # index its words): a pair of new claims is scored once, from either side
                    pair_key = (min(pos, other_pos), max(pos, other_pos))
                    if pair_key in seen:
                        continue
                    seen.add(pair_key)
                other = every[other_pos]
                if other is None or other_pos == pos or same_sentence(item, other):
                    continue
                pair = orient(item, other)
                if pair is None:
                    continue
                value = pair_score(*pair, index, threshold)
                if (
                    value >= EXACT_SCORE
                    and item.claim.article != other.claim.article
                    and pair[0].proposal is None  # what a proposal proposes, not its words
                ):
                    copies[_article_pair(item, other)] += 1
                if pair[1].responds:
                    # two answers of one act, opposed: no target of either answer's
                    # (those are ranked), a link of its own
                    opposed.append((pair, value))
                elif pair[0].responds:
                    if value >= min(threshold, ANSWER_THRESHOLD):
                        link = make_link(*pair, value)
                        if link is not None and answers_claim(
                            link.relation, value, pair[0].claim.text, pair[0].stance
                        ):
                            answers.setdefault(pair[0].claim.id, {})[link.id] = link
                            ends[link.id] = pair
                elif value >= threshold or (value >= CORRECTION and corrected(*pair)):
                    pending.append((pair, value))
            if item.proposal is not None and pos not in repeats:
                pending += self.agreeing(pos, item)
        for pair, value in pending:
            if self.dropped(*pair, copies):
                continue
            link = make_link(*pair, value) if not pair[0].responds else agree_link(*pair, value)
            if link is not None:
                links[link.id] = link
                ends[link.id] = pair
        for pair, value in opposed:
            link = make_link(*pair, value)
            if link is not None:
                links[link.id] = link
                ends[link.id] = pair
        for found in answers.values():
            for ranked in answer_rankings(found.values(), ends):
                # an answer answers something specific: its best target or two, not every
                # claim that shares its words
                best = ranked[0].score
                # a proposal's owner may put it forward in several claims, in as many words;
                # an act is told by several claims in as many verbs
                first_pair = ends[ranked[0].id]
                proposal = first_pair[0].proposal is not None or one_act(*first_pair)
                margin = PROPOSAL_MARGIN if proposal else ANSWER_MARGIN
                for link in ranked[: PROPOSAL_TARGETS if proposal else ANSWER_TARGETS]:
                    if link.score >= margin * best:
                        links[link.id] = link
                        resp, target = ends[link.id]
                        for more, other in self.answer_group(resp, target, link):
                            links.setdefault(more.id, more)
                            ends[more.id] = (resp, other)
        mine = {i.claim.id: i for i in items}
        for link in set_denials(items):
            links.setdefault(link.id, link)
            ends.setdefault(link.id, (mine[link.from_], mine[link.to]))
        out = [x for x in links.values() if not self.dropped(*ends[x.id], copies)]
        linked = {x.from_ for x in out} | {x.to for x in out}
        # a claim's sentence is read only while it is linked (set denials): the claims
        # kept for later ones hold no copy of it; a repeat is not kept (its class's listed
        # claims stand for it), only what boilerplate needs of one that is linked
        for pos, item in enumerate(items, first):
            if pos not in repeats:
                every[pos] = without_context(item)
                continue
            every[pos] = None
            if item.passage and item.claim.id in linked:
                self.loose.append((item.claim.id, (item.source, item.passage)))
        return out

    def agreeing(self, pos: int, item: Item) -> list[tuple[tuple[Item, Item], float]]:
        """Return the earlier condemnations of the proposal an item condemns, each with how
        surely it is the same proposal (the later of each pair first).

        Two answers do not answer each other, but two condemnations of one proposal say one
        thing: "Marco Rubio called the statement 'offensive and outlandish'" and "Jewish
        groups condemned Trump's proposal to ban Muslims from entering the United States"
        both deny what Trump proposes, a ban on Muslims entering the United States.
        """
        mine = item.proposal
        assert mine is not None
        keys = proposal_keys(mine)
        found: list[tuple[float, int]] = []
        for other_pos in self.proposals.candidates(keys, indexed=keys, limit=PROPOSAL_CANDIDATES):
            other = self.items[other_pos]
            if other_pos >= pos or other is None or other.proposal is None:
                continue
            if same_sentence(item, other):
                continue
            value = same_proposal(mine, other.proposal, self.index.weight)
            if value >= self.threshold:
                found.append((value, other_pos))
        found.sort(key=lambda f: (-f[0], f[1]))
        out = []
        for value, other_pos in found[:AGREEING]:
            other = self.items[other_pos]
            assert other is not None
            out.append(((item, other) if later(item, other) else (other, item), value))
        return out

    def answer_group(self, resp: Item, target: Item, answer: Link) -> list[tuple[Link, Item]]:
        """Return the links from an answer to the claims that say what its target says.

        "Jewish groups condemned Trump's proposal to ban Muslims from entering the United
        States" denies "Donald J. Trump is calling for a total and complete shutdown of
        Muslims entering the United States ..." and so also the other article's "he wants 'a
        total and complete shutdown of Muslims entering the United States ...'" (1.0). Only
        claims repeating the target in its words at GROUP_STRONG or more (its speaker and
        sentence aside), the surest GROUP_TARGETS, each
        answered as its own polarity says (make_link), never one by the answer's speaker.
        """
        found: list[tuple[float, str, Item]] = []
        for pos in self.index.candidates(target.wide.keys, indexed=target.keys):
            other = self.items[pos]
            if other is None or other is target or other is resp or other.responds:
                continue  # None: a repeat, never a candidate
            if same_sentence(other, resp):
                continue
            if other.claim.article == target.claim.article or same_speaker(other, resp):
                continue
            pair = orient(target, other)
            if pair is None:
                continue
            # in so many words, and enough of them: who says both, or their sentences, do
            # not make two claims one ("Rubio is 'weak like a baby'" / "weak on illegal
            # immigration, you know that. Weak - Rubio - weak")
            if min(len(target.own.stems), len(other.own.stems)) < FULL_EVIDENCE:
                continue
            if score(target.own, other.own, self.index.weight, self.index.total) < GROUP_STRONG:
                continue
            value = pair_score(*pair, self.index, self.threshold)
            if value < GROUP_STRONG:
                continue
            same = make_link(*pair, value)
            if same is None or same.relation in (Relation.DENIES, Relation.DECLINES):
                continue
            found.append((value, other.claim.id, other))
        found.sort(key=lambda x: (-x[0], x[1]))
        out = []
        for value, _, other in found[:GROUP_TARGETS]:
            link = make_link(resp, other, min(answer.score, value))
            if link is not None and link.relation is answer.relation:
                out.append((link, other))
        return out

    def dropped(self, a: Item, b: Item, copies: Counter[tuple[str, str]]) -> bool:
        """Return whether a pair is not linked: boilerplate at either end, or wire copies."""
        if self.is_boilerplate(a) or self.is_boilerplate(b):
            return True
        # copies of one article are one
        if copies[_article_pair(a, b)] >= COPY_REPEATS:
            return True
        x, y = a.claim.article, b.claim.article
        mine, theirs = self.exacts.get(x), self.exacts.get(y)
        return x != y and bool(mine and theirs and len(mine & theirs) >= COPY_REPEATS)

    def is_boilerplate(self, item: Item) -> bool:
        """Return whether the claim's sentence recurs in several articles of its outlet."""
        return bool(item.passage) and (item.source, item.passage) in self.boiler_keys

    def boilerplate(self) -> list[str]:
        """Return the ids of the claims seen so far that are boilerplate."""
        kept = [i.claim.id for i in self.items if i is not None and self.is_boilerplate(i)]
        return kept + [cid for cid, key in self.loose if key in self.boiler_keys]


def answer_rankings(
    found: Iterable[Link], ends: Mapping[str, tuple[Item, Item]]
) -> list[list[Link]]:
    """Return an answer's candidate links ranked, best first, in the lists that are ranked apart.

    A condemned proposal's targets in its own article and in others are ranked apart: what it
    proposes is read from its own article, whose claims say it in those words (1.0), and its
    owner puts it forward elsewhere in other words. Clinton "slammed the proposal as
    'reprehensible, prejudiced and divisive'" denies Trump's "a temporary ban on admitting
    Muslims to the USA because of concerns that terrorists might slip into the country" in
    another article (0.59), though her article's "called to ban Muslims from entering the
    U.S." holds all its words. Any other answer's targets are ranked together.
    """
    ranked = sorted(found, key=lambda x: (-x.score, x.id))
    if ends[ranked[0].id][0].proposal is None:
        return [ranked]
    mine = [x for x in ranked if ends[x.id][0].claim.article == ends[x.id][1].claim.article]
    others = [x for x in ranked if ends[x.id][0].claim.article != ends[x.id][1].claim.article]
    return [r for r in (mine, others) if r]


def acts_referred(items: Sequence[Item]) -> Sequence[Item]:
    """Return the items with the act each claim referring to one only by a word for it takes
    from the claim of its article before it: "the Trump campaign has denied it happened",
    after "Fields ... say Trump's 41-year-old campaign manager yanked her out of the way"."""
    out = list(items)
    last: dict[str, Item] = {}
    for n in sorted(range(len(out)), key=lambda n: (out[n].claim.article, out[n].claim.span)):
        item = out[n]
        c = item.claim
        before = last.get(c.article)
        if item.act is None and before is not None and refers_to_act(c.text):
            act = before.act
            assert act is not None
            if c.span[0] - before.claim.span[1] <= ACT_REACH:
                negated = event_negated(c.text) is not (item.stance is Stance.DENIES)
                out[n] = item = replace(item, act=act._replace(negated=negated))
        if item.act is not None:
            last[c.article] = item
    return out


def _article_pair(a: Item, b: Item) -> tuple[str, str]:
    x, y = a.claim.article, b.claim.article
    return (x, y) if x < y else (y, x)


def link_claims(
    claims: Sequence[Claim],
    texts: Mapping[str, str] | None = None,
    dates: Mapping[str, date | None] | None = None,
    threshold: float = THRESHOLD,
) -> list[Link]:
    """Return the links among claims (article texts and dates by article id, both optional)."""
    texts = texts or {}
    dates = dates or {}
    ranks: dict[str, int] = {}
    for c in claims:
        ranks.setdefault(c.article, len(ranks))
    # each article's claims in text order, whatever order they came in (as the store gives
    # them): the index keeps the first claims of a key, and a pair of new claims is scored
    # from the earlier one's side, so another order gave other links
    claims = sorted(claims, key=lambda c: (ranks[c.article], c.span, c.id))
    spans: dict[str, list[tuple[int, int, Stance]]] = {}
    for c in claims:
        spans.setdefault(c.article, []).append((*c.span, c.stance))
    items = [
        make_item(c, texts.get(c.article), dates.get(c.article), ranks[c.article], spans[c.article])
        for c in claims
    ]
    return Linker(threshold).add(items)


def _relays(claim: Claim) -> bool:
    """Return whether a claim's words may be another's even where it does not quote them: a
    direct quotation, or a report by no one named (a headline or an outlet's summary of
    what someone said, as "Ted Cruz Is A Natural Born Citizen")."""
    return claim.kind is Kind.DIRECT or claim.speaker is None
