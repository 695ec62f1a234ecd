"""Polarity: whether two claims of one proposition say it is so and not so.

A claim's polarity is negative when its content is negated ("she neither sent nor received
emails marked classified", "Lewandowski never touched the reporter") or when it is a denial;
two claims of opposite polarity contradict each other. So do two claims that predicate
opposites of one thing ("does more to hurt the economy" / "does more to help the economy").
"""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.lexicon import (
    ABBREVIATIONS,
    ACT_NOUNS,
    CONTRACTED_NEGATIVES,
    DENIAL_CONTENT,
    DO_FORMS,
    MODALS,
    QUESTION_WORDS,
    VERBS,
)
from claimtrack.link.answers import judged_false
from claimtrack.link.features import STOPWORDS, TITLE_CASE, TOKEN, features, token_key
from claimtrack.link.lemmas import VERB_FORMS
from claimtrack.models import Stance

# where one clause of a claim ends and another begins: punctuation, or a contrasting word
SHARED_WORDS = 2
# words besides the negated one that two sharply contradicting claims share
SHARP_SHARED = 2
# a negation negates a word at most this many words after it ("not been turned over")
NEGATED_REACH = 3
_SAYS_FALSE = re.compile("|".join(f"(?:{p})" for p in DENIAL_CONTENT), re.IGNORECASE)
_CLAUSE = re.compile(
    r"[,;:—–()]+|\s--\s|[.!?][\"”’]?\s"
    r"|\s(?:but|although|though|while|whereas|however|because|and that|even as)\s",
    re.IGNORECASE,
)

# a negation of the content: "not", "never", "didn't", "neither ... nor", "no longer"
_NEGATION = re.compile(
    r"\b(?:not|cannot|never|neither|nor|nobody|nothing|none|no longer|no one)\b|n[’']t\b"
    r"|\bno\s(?!doubt\b|matter\b|one\s+else\b)",
    re.IGNORECASE,
)
# a negation that does not negate the claim: "not only", "no doubt", "whether or not", and one
# that describes a group a noun names, with no comma before it: "a temporary ban on Muslims who
# are not American citizens" (the claim is of those people). Only a plural copula: "the only
# major candidate who has not released his tax returns" and "It was Clinton who did not
# delete them" say the negation; "Mr. Trump, who is not taking questions" is set off
_NOT_NEGATING = re.compile(
    r"\bnot only\b|\bwhether or not\b|\bif not\b|\bnot just\b|\bnot least\b"
    r"|(?<=[a-z])\swho\s+(?:(?:are|were)\s+not\b|(?:aren|weren)[’']t\b)",
    re.IGNORECASE,
)
# pairs of opposite predicates, as plain words (a claim holding one and not the other)
OPPOSITES: tuple[tuple[str, str], ...] = (
    ("help", "hurt"), ("helps", "hurts"), ("helped", "hurt"), ("win", "lose"), ("won", "lost"),
    ("wins", "loses"), ("increase", "decrease"), ("increased", "decreased"), ("rise", "fall"),
    ("rose", "fell"), ("true", "false"), ("legal", "illegal"), ("guilty", "innocent"),
    ("support", "oppose"), ("supports", "opposes"), ("supported", "opposed"),
    ("accept", "reject"), ("accepted", "rejected"), ("strong", "weak"), ("stronger", "weaker"),
    ("safe", "dangerous"), ("success", "failure"),
    ("succeeded", "failed"), ("better", "worse"),
    ("honest", "dishonest"), ("truthful", "untruthful"), ("fit", "unfit"),
    ("qualified", "unqualified"), ("careful", "careless"), ("able", "unable"),
    ("competent", "incompetent"), ("fair", "unfair"),
    ("biased", "impartial"), ("biased", "unbiased"), ("constitutional", "unconstitutional"),
)  # fmt: skip
_OPPOSITE_OF: dict[str, frozenset[str]] = {}
for _a, _b in OPPOSITES:
    _OPPOSITE_OF[_a] = _OPPOSITE_OF.get(_a, frozenset()) | {_b}
    _OPPOSITE_OF[_b] = _OPPOSITE_OF.get(_b, frozenset()) | {_a}


# words between a negation and what it negates: "had not been turned over", "never ever said"
_NEGATION_FILLER = frozenset(
    """be been being ever even really actually necessarily always yet in fact able going
    to get got exactly quite""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_JOIN = frozenset({"or", "nor", "and"})


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


@lru_cache(maxsize=100_000)
def negated_words(text: str) -> frozenset[str]:
    """Return the stems of the words a claim negates: "she neither sent nor received" -> send, receive.

    The first content word within NEGATED_REACH words after each negation, and those joined
    to it by "or", "nor" or "and" ("had not sent or received").
    """
    out: set[str] = set()
    # (blanked to the same length: the words are read from the text at the negation's end)
    for m in _NEGATION.finditer(_NOT_NEGATING.sub(_blank, text)):
        words = _WORD.findall(text[m.end() : m.end() + 60])
        hit = False
        for n, word in enumerate(words):
            low = word.lower()
            if hit and low in _JOIN:
                hit = False
                continue
            if low in STOPWORDS or low in _NEGATION_FILLER:
                if hit or n >= NEGATED_REACH:
                    break
                continue
            if hit or n >= NEGATED_REACH:
                break
            out.update(s for s in features(word).stems if not s.startswith("~"))
            hit = True
    return frozenset(out)


_ARTICLES = frozenset("a an the".split())


@lru_cache(maxsize=100_000)
def _negated_heads(text: str) -> frozenset[str]:
    """Return the first word after each negation, stop word or not, past the filler and an
    article: "would not go above" -> go (a stop word, which negated_words passes over),
    "am not going to release" -> release, "Is Not A Radical Idea" -> radical."""
    out: set[str] = set()
    for m in _NEGATION.finditer(_NOT_NEGATING.sub(_blank, text)):
        for word in _WORD.findall(text[m.end() : m.end() + 60]):
            low = word.lower()
            if low not in _NEGATION_FILLER and low not in _ARTICLES:
                out.add(low)
                break
    return frozenset(out)


def opposite_negated(negative: str, positive: str) -> bool:
    """Return whether a negated claim says in other words what the other asserts: its "not"
    stands on the opposite (OPPOSITES) of a word the other says, and the other says no "not"
    nor the negated word itself ("can't be impartial" / "was biased"; "isn't even fit" /
    "unfit"; not "has not won a single contest" / "won Missouri and lost to Kasich")."""
    if negated(positive) or not negated(negative):
        return False
    return opposite_predicates(" ".join(_negated_heads(negative)), positive)


def negation_said(text_a: str, text_b: str) -> bool:
    """Return whether what one claim's "not" negates stands in the other claim.

    "I will not support him" / "I support him", "she would not go above a $12 minimum wage" /
    "she would go above a $12 minimum wage": yes; "she would not go above a $12 minimum wage"
    / "she favors raising the minimum wage from the current $7.25 to $12": no, the "not" is on
    going above what both name.
    """
    for neg, other in ((text_a, text_b), (text_b, text_a)):
        heads = _negated_heads(neg)
        denied = negated_words(neg) | _stems(" ".join(sorted(heads)))
        if heads & _words(other) or any(not s.startswith("~") for s in denied & _stems(other)):
            return True
    return False


def sharp_contradiction(text_a: str, text_b: str) -> bool:
    """Return whether one claim negates the very predicate the other asserts.

    "“thousands” of emails in fact had not been turned over" against "she turned over all her
    work-related emails"; "Gates was not working for Yanukovych's party" against "both he and
    Manafort were working for Yanukovych's party". "There's a special place in hell for women
    who don't help each other" negates "help", which "women who vote for women" never says.
    """
    na, nb = negated(text_a), negated(text_b)
    if na is nb:
        return False
    neg, pos = (text_a, text_b) if na else (text_b, text_a)
    # a verb after "to" is proposed or wanted, not said to be so: "he would require senior
    # federal employees to sign nondisclosure agreements" says nothing of who did not sign
    said = features(pos).stems - _infinitives(pos)
    # nor is what an act named by a noun takes: "Clinton had been 'extremely careless' in
    # her handling of classified material via a private email server" says how she handled
    # it, not that there was any, which "there was no classified material on her email
    # account" denies; the clause's predicate is still said, before the act ("had not been
    # careless") or after it ("Her use of a private email server broke the law")
    asserted = features(_without_named_objects(pos)).stems
    names = _names(neg) | _names(pos)
    for part, stems in clauses(neg):
        denied = negated_words(part)
        if not denied & said & asserted - negated_words(pos):
            continue
        # and of the same thing: two more words shared by the negated clause, or one that
        # is no name ("they were not marked classified" / "She did receive some emails
        # with classified markings"), so that "I can't vote for Trump" does not contradict
        # "they will vote for Trump"
        shared = (stems - denied) & said
        if (
            _shared(shared, said) >= SHARP_SHARED or _shared(shared - names, said) >= 1
        ) and not _times_apart(part, pos, denied):
            return True
    return False


# a claim correcting a contrary one: an emphatic "did" or "does" before a verb ("She did
# receive some emails with classified markings"), or "in fact" ("“thousands” of emails in fact
# had not been turned over"). "did" is the verb itself before a stop word ("did it") or these
# ("did nothing wrong", "does better", "did polling"), and a name after it is a question's
# or an inversion's subject ("Not only did Trump achieve a record high")
_CORRECTING = re.compile(r"\b(?:[Dd]id|[Dd]oes)\s+(?!not\b)([a-z]+)\b(?![’']t)|\b[Ii]n\s+fact\b")
NOT_EMPHASIS = frozenset(
    """nothing something anything everything things well better best worse worst wrong
    right enough plenty little much more less away polling business""".split()
)


# the clause before an emphasis, up to it: what follows the last punctuation ("If Hillary "
# in "If Hillary does win New Hampshire"), an inset relative clause left out ("whether
# Sanders, who is Jewish, was " reads "whether Sanders was "); an abbreviation's period ends
# none ("even if Mr. Trump ")
_CLAUSE_BEFORE = re.compile(rf"(?:[^,;:.!?—–()]|(?:\b(?:{'|'.join(ABBREVIATIONS)})|\b[A-Z])\.)*$")
_INSET = re.compile(r",\s+(?:who|which|whose)\b[^,;:.!?]*,")
# a concession put as a condition: "even if Islamic State videos did surface of his calling
# for a temporary halt" (the condition reader leaves "even if" out: it asserts what follows
# when it concedes a fact; an emphasis in it still corrects nothing)
_EVEN_IF = re.compile(r"\beven\s+if\b", re.IGNORECASE)
# "does"/"did" as the verb itself after a question word: "who does national conference
# calls", "what he does next", "What China does matters"
_WH_DOES = re.compile(rf"\b(?:{'|'.join(QUESTION_WORDS)})\b(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE)


# what an emphasis stands on: its clause after it, to the next punctuation ("receive some
# emails with classified markings"; "In fact, it is the reason" reads "it is the reason")
_CLAUSE_AFTER = re.compile(r"[\s,]*([^,;:.!?—–()]*)")


@lru_cache(maxsize=100_000)
def corrects(text: str) -> frozenset[str]:
    """Return the stems of what a claim says it corrects a contrary claim on, none if it
    corrects nothing: "She did receive some emails with classified markings" -> receive,
    email, classified, marking; "“thousands” of emails in fact had not been turned over" ->
    turn.

    A question corrects nothing ("What does that have to do with taking big donations?"), nor
    an emphasis in a condition or an open question ("If Hillary does win New Hampshire",
    "even if Islamic State videos did surface", "asked whether the State Department in fact
    destroyed the emails"), nor "does" as the verb after a question word ("who does national
    conference calls").
    """
    if "?" in text:
        return frozenset()
    out: set[str] = set()
    for m in _CORRECTING.finditer(text):
        verb = m.group(1)
        if verb is not None and (verb in STOPWORDS or verb in NOT_EMPHASIS):
            continue
        before = _INSET.sub("", text[: m.start()])
        clause = _CLAUSE_BEFORE.search(before)
        part = before if clause is None else clause.group()
        if has_condition(part) or _EVEN_IF.search(part) or in_question(before):
            continue
        if verb is not None and _WH_DOES.search(part):
            continue
        after = _CLAUSE_AFTER.match(text, m.end() if verb is None else m.start(1))
        said = f"{verb or ''} {after.group(1) if after else ''}"
        out.update(s for s in features(said).stems if not s.startswith("~"))
    return frozenset(out)


def correction(text_a: str, text_b: str) -> bool:
    """Return whether one of two claims corrects the other on the predicate one negates and
    the other asserts: Comey's "She did receive some emails with classified markings" on
    "they were not marked classified" (marked); not "When Obama does speak about the economy,
    he blames Congress for the deficit" on "Obama does not blame Congress" (the emphasis is
    on speaking, the "not" on blaming)."""
    na, nb = negated(text_a), negated(text_b)
    if na is nb:
        return False
    neg, pos = (text_a, text_b) if na else (text_b, text_a)
    predicate = negated_words(neg) & _stems(pos)
    return not (corrects(text_a) | corrects(text_b)).isdisjoint(predicate)


# a predicate said of what is to come: "Clinton would inevitably release a transcript",
# "Donald Trump will be releasing his tax returns", "he won't release them"
_FUTURE = re.compile(
    r"\b(?:will|would|shall|going\s+to|gonna|plans?\s+to|planning\s+to|intends?\s+to)\b"
    r"|[’']ll\b|\b(?:won|wouldn)[’']t\b",
    re.IGNORECASE,
)


def _times_apart(negated_part: str, positive: str, denied: frozenset[str]) -> bool:
    """Return whether a negated clause and the clause of the other claim saying what it
    negates speak of different times, one of what is to come: "Clinton would inevitably
    release a transcript of a speech she had given to Goldman Sachs" does not contradict
    Sanders's attack on her "for not releasing transcripts of her paid speeches"."""
    to_come = _FUTURE.search(negated_part) is not None
    for part, stems in clauses(positive):
        if denied & stems:
            return (_FUTURE.search(part) is not None) is not to_come
    return False


# an act named by a noun, up to what it takes: "her handling of classified material via a
# private email server", "his use of a private server"
_NAMED_ACT = re.compile(
    rf"\b(?:her|his|their|its|the)\s+(?:{'|'.join(sorted(ACT_NOUNS))})\s+of\s", re.IGNORECASE
)
_OBJECT_WORD = re.compile(r"[^\s,;:.!?—–()]+")
_CLAUSE_END = re.compile(r"[,;:.!?—–()]")
# words that end what the act takes: a finite verb, the clause's own predicate ("his use of
# personal email for work-related business was a mistake", "Her use of a private email server
# broke the law"), or a relative word ("the use of an image that resembled ...")
_OBJECT_ENDS = (
    MODALS
    | DO_FORMS
    | VERB_FORMS
    | frozenset(CONTRACTED_NEGATIVES)
    | frozenset("is was are were has have had".split())
    | frozenset("that which who whom whose where when while how what why".split())
)


def _without_named_objects(text: str) -> str:
    """Return a claim with what each act named by a noun takes blanked, up to the end of its
    clause or the first finite verb: "her handling of classified material was careless" ->
    "her handling of was careless".

    A word in -ed after a word that is neither a function word nor an adverb is a finite verb
    ("her use of a private server endangered secrets"); after one it describes what the act
    takes ("her handling of classified material", "her handling of highly classified").
    """
    out = text
    for m in _NAMED_ACT.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        previous = "of"
        for w in _OBJECT_WORD.finditer(text, m.end(), stop):
            word = w.group().lower()
            if word in _OBJECT_ENDS or (
                word.endswith("ed")
                and word.isalpha()
                and previous not in STOPWORDS
                and not previous.endswith("ly")
            ):
                stop = w.start()
                break
            previous = word
        out = out[: m.end()] + " " * (stop - m.end()) + out[stop:]
    return out


_INFINITIVE = re.compile(r"\bto\s+([^\W\d_]+)", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def _infinitives(text: str) -> frozenset[str]:
    """Return the stems of the words after "to" ("to sign" -> sign; "to the" -> nothing)."""
    words = " ".join(w for w in _INFINITIVE.findall(text) if w.lower() not in STOPWORDS)
    return features(words).stems if words else frozenset()


# a predicate negating what it takes: "incapable of being impartial", "unable to pay",
# "failed to disclose"
_NEGATOR = re.compile(
    r"\b(?:incapable\s+of|unable\s+to|impossible\s+to|fail(?:s|ed|ing)?\s+to)\b", re.IGNORECASE
)
# a negation of such a predicate in one clause, which asserts what it takes: "I do not feel
# that one's heritage makes them incapable of being impartial" says one can be impartial
_DOUBLE = re.compile(
    r"(?:\b(?:not|cannot|never|no\s+one|nobody)\b|n[’']t\b)[^,;:.!?—–]{0,80}?"
    r"\b(?:incapable\s+of|unable\s+to|impossible\s+to|fail(?:s|ed|ing)?\s+to)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=100_000)
def negated(text: str) -> bool:
    """Return whether a claim's content is negated ("did not receive", "never touched",
    "incapable of being impartial"); a negated negation is not ("I do not feel that one's
    heritage makes them incapable of being impartial")."""
    plain = _DOUBLE.sub(" ", _NOT_NEGATING.sub(" ", text))
    return _NEGATION.search(plain) is not None or _NEGATOR.search(plain) is not None


@lru_cache(maxsize=100_000)
def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def opposite_predicates(a: str, b: str) -> bool:
    """Return whether one text predicates what the other predicates the opposite of."""
    wa, wb = _words(a), _words(b)
    for word in wa - wb:
        others = _OPPOSITE_OF.get(word)
        if others and any(o in wb and o not in wa for o in others):
            return True
    return False


@lru_cache(maxsize=100_000)
def clauses(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return the clauses of a claim with their stems ("X, although Y" -> X, Y)."""
    return tuple((part, features(part).stems) for part in _CLAUSE.split(text) if part.strip())


def _shared(stems: frozenset[str], other: frozenset[str]) -> int:
    return sum(not s.startswith("~") for s in stems & other)


def claim_negated(text: str, other: frozenset[str]) -> bool:
    """Return whether the part of a claim that another claim speaks of is negated.

    The clauses sharing two or more words with the other claim count; failing those, the
    one sharing the most.
    """
    parts = clauses(text)
    close = [part for part, stems in parts if _shared(stems, other) >= SHARED_WORDS]
    if close:
        return any(negated(part) for part in close)
    best, most = text, 0
    for part, stems in parts:
        n = _shared(stems, other)
        if n > most:
            best, most = part, n
    return negated(best)


# a claim calling something false: "claims Clinton made ... that have proved false"
_JUDGES_FALSE = re.compile(
    r"\b(?:false|falsely|untrue|inaccurate|incorrect|misleading|a lie|lies|lied|lying|bogus|"
    r"baseless|unfounded|fabricated|debunked)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=100_000)
def judges_false(text: str) -> bool:
    """Return whether a claim calls something false, and says no "not" of its own."""
    return _JUDGES_FALSE.search(text) is not None and not negated(text)


def contradicts(stance_a: Stance, text_a: str, stance_b: Stance, text_b: str) -> bool:
    """Return whether two claims of one proposition take opposite sides of it.

    Only the clause of each claim that the other speaks of counts: "Clinton was extremely
    careless, although we did not find clear evidence ..." is not a negation of "Clinton
    was extremely careless".
    """
    if Stance.DECLINES in (stance_a, stance_b):
        return False
    if Stance.DENIES not in (stance_a, stance_b) and (
        opposite_negated(text_a, text_b) or opposite_negated(text_b, text_a)
    ):
        # "a federal judge can't be impartial" / "the judge was biased": one side, in
        # other words
        return False
    if (stance_a is Stance.DENIES) is not (stance_b is Stance.DENIES):
        denial, said = (text_a, text_b) if stance_a is Stance.DENIES else (text_b, text_a)
        if judged_false(denial) and judges_false(said):
            # two claims calling something false are on one side: "those statements were
            # wrong" / "claims Clinton made ... that have proved false" (a rebuttal of
            # "Exxon's accusation that articles ... were misleading" still denies it)
            return False
    # a denial's "it's not true" is the denial itself, not a negated content
    if stance_a is Stance.DENIES:
        text_a = _SAYS_FALSE.sub(" ", text_a)
    if stance_b is Stance.DENIES:
        text_b = _SAYS_FALSE.sub(" ", text_b)
    if negated(text_a) is negated(text_b) and Stance.DENIES not in (stance_a, stance_b):
        # both or neither say "not" somewhere: no sign of opposite sides in their words
        return opposite_predicates(text_a, text_b)
    stems_a, stems_b = features(text_a).stems, features(text_b).stems
    positive_a = claim_negated(text_a, stems_b) is (stance_a is Stance.DENIES)
    positive_b = claim_negated(text_b, stems_a) is (stance_b is Stance.DENIES)
    if positive_a != positive_b:
        return True
    return opposite_predicates(text_a, text_b)


# a negation just before a cue, at most two adverbs between: "did not mention", "had never
# suggested", "isn't saying", "did not directly criticize", "has not yet endorsed", "has yet
# to endorse", "failed to mention"; not one of a gerund after a preposition, whose doer is
# another ("called again for President Obama to resign for not calling the Orlando nightclub
# attack an act of 'radical Islamic terrorism'": Trump calls it that), nor "not only"
_CUE_NEGATED = re.compile(
    r"(?<!\bfor\s)(?<!\bby\s)(?<!\bof\s)"
    r"(?:\b(?:not|never|yet\s+to|fail(?:s|ed)?\s+to|refrain(?:s|ed)?\s+from)|n[’']t)\s+"
    r"(?:(?:(?!only\b)[a-z]+ly|yet|even|ever|once|always|been|so\s+much\s+as)\s+){0,2}$",
    re.IGNORECASE,
)


# cues of an accusation, whose negation withholds it: "The United States has not publicly
# accused Russia of being behind the hack of Democratic Party computers" declines to say so
ACCUSING_CUES = frozenset("accuse blame".split())


def negated_cue(before: str, cue: str | None) -> str | None:
    """Return the lemma of a claim's cue when it is negated, by the words of its sentence
    before the cue ("Clinton, a Democrat, did not" mention Republican front-runner Donald
    Trump by name; "Trump isn't" saying what other interrogation techniques he would
    support), else None. Under a negated cue the speaker does not say the content."""
    if not cue or _CUE_NEGATED.search(before[-80:]) is None:
        return None
    first = cue.lower().split()[0]
    return VERBS.get(first, (first, None))[0]


def cue_stance(before: str, cue: str | None, stance: Stance) -> Stance | None:
    """Return the stance a claim takes under its cue (`before`: its sentence's words before
    the cue): a withheld accusation declines, and under another negated cue its speaker does
    not say the claim's words (None). A negated view too: "you don't think ... that all
    Muslims should be banned" holds the contrary view, but is not turned into a denial (a
    view is weaker evidence than a denial)."""
    lemma = negated_cue(before, cue)
    if lemma is None:
        return stance
    return Stance.DECLINES if lemma in ACCUSING_CUES else None


# an open question a claim stands in, at most six words before it in its sentence: "and
# whether any of the participants" (knew they were sending classified information in emails)
_IN_QUESTION = re.compile(
    r"\bwhether\s+(?!or\s+not\b)(?:(?!(?:and|but)\s)[^\s,;:.!?()“”\"]+\s+){0,6}$",
    re.IGNORECASE,
)


def in_question(before: str) -> bool:
    """Return whether a claim stands in an open question, by the words of its sentence before
    it ("whether any of the participants knew"): its speaker says neither yes nor no."""
    return _IN_QUESTION.search(before[-80:]) is not None


# a claim that is an open question takes no side: "Whether it will happen in time to head off
# dangerous climate change is really the question"
_WHETHER = re.compile(r"^\W*whether\b", re.IGNORECASE)


# a question of one sentence: "Do you think Donald Trump has campaigned as a racial healer?"
_QUESTION = re.compile(r"^[^.!?]*\?[\s\"”’']*$")


def asks_only(text_a: str, text_b: str, cue_a: str | None = None, cue_b: str | None = None) -> bool:
    """Return whether one claim is a question and the other is not: a question asks, it
    neither repeats nor relays ("Do you think Donald Trump has campaigned as a racial
    healer?" against "Trump is trying to campaign as a racial healer"; Hannity "asked if he
    would deport all illegal immigrants" against "he will assemble a 'deportation force'")."""
    return asks(text_a, cue_a) is not asks(text_b, cue_b)


# what an asking cue takes when it puts a question: "asked if ...", "asked which quality ..."
_ASKED = re.compile(rf"^\W*(?:if|whether|{'|'.join(QUESTION_WORDS)})\b", re.IGNORECASE)


def asks(text: str, cue: str | None = None) -> bool:
    """Return whether a claim is a question: one sentence ending on a question mark, or what
    an asking cue takes when it opens as a question ("asked if ...", not "asked Russia to
    find" or "asking for anonymity")."""
    if _QUESTION.match(text) is not None:
        return True
    return _asking(cue) and _ASKED.match(text) is not None


def _asking(cue: str | None) -> bool:
    """Return whether a cue puts a question: "asked", "wondered", "questioned whether"."""
    return any(w.startswith(("ask", "wonder", "question")) for w in (cue or "").lower().split())


def asks_against(text_a: str, text_b: str) -> bool:
    """Return whether one claim asks an open question of what the other says with the other
    polarity: "Whether it will happen in time ... is really the question" neither repeats nor
    denies "climate change is not happening"."""
    if (_WHETHER.match(text_a) is None) is (_WHETHER.match(text_b) is None):
        return False
    return negated(text_a) is not negated(text_b)


# a condition: what follows "if", "unless", "in the event of" up to the end of its clause is
# not asserted ("he would have fired Lewandowski if such an incident had happened"); nor is
# an open question a claim holds ("investigators are looking at whether anyone knowingly
# mishandled classified information"; "whether or not" is no question)
# ("even if" concedes, and "asked if" asks whether: neither is a condition; "know if" and "say
# if" ask too, but "did not know whether Pence would endorse him" holds an open question)
_ASKING_BEFORE = r"(?<!\bask\s)(?<!\basks\s)(?<!\basked\s)(?<!\basking\s)"
_CONDITION = re.compile(
    r"(?:(?<!\beven\s)"
    + _ASKING_BEFORE
    + r"(?<!\bknow\s)(?<!\bsee\s)(?<!\bwonder\s)(?<!\bwondered\s)"
    r"(?<!\bdecide\s)(?<!\bsay\s)"
    r"\b(?:if|unless|in the event (?:of|that)|in case of|provided that)"
    r"|" + _ASKING_BEFORE + r"\bwhether(?!\s+or\s+not\b))"
    r"\b[^,;:.!?—–]*",
    re.IGNORECASE,
)


@lru_cache(maxsize=100_000)
def _asserted_stems(text: str) -> frozenset[str]:
    """Return the stems of a claim outside its conditions, less its capitalised words (names)."""
    names = _names(text)
    return frozenset(s for s in features(_CONDITION.sub(" ", text)).stems if s not in names)


def only_in_condition(
    text_a: str, text_b: str, cue_a: str | None = None, cue_b: str | None = None
) -> bool:
    """Return whether all one claim says of what the other says is inside a condition.

    "he would make an exception in the event of a ban on Muslims for him entering the United
    States" does not propose the ban of "Trump's proposal to ban Muslims from entering the
    United States"; "he would have fired Lewandowski if such an incident had happened" says
    nothing of whether "it happened". Names shared outside the condition do not count. A
    question put with "if" ("asked if he would deport all illegal immigrants") is no condition.
    """
    for cond, other, cue in ((text_a, text_b, cue_a), (text_b, text_a, cue_b)):
        if not has_condition(cond) or _asks_if(cond, cue) or _WHETHER.match(cond):
            continue  # a question put ("questioned whether ...") is what asks judges
        said = _stems(other)
        shared = _stems(cond) & said
        if shared and not (_asserted_stems(cond) & said) - _names(other):
            return True
    return False


@lru_cache(maxsize=1 << 17)
def _stems(text: str) -> frozenset[str]:
    """Return the stems of a claim (cached: a claim is compared with each of its candidates)."""
    return features(text).stems


@lru_cache(maxsize=1 << 17)
def has_condition(text: str) -> bool:
    """Return whether a text holds a condition (cached: the pattern's look-behinds are tried
    at every character, and a claim is compared with each of its candidates)."""
    return _CONDITION.search(text) is not None


def _asks_if(text: str, cue: str | None) -> bool:
    """Return whether a claim is a question put with "if": "asked if he would deport ..."."""
    return text.lstrip().lower().startswith("if ") and _asking(cue)


@lru_cache(maxsize=100_000)
def _names(text: str) -> frozenset[str]:
    """Return the keys of a text's capitalised words; none in a Title Case headline."""
    tokens = [t for t in TOKEN.findall(text) if not t[0].isdigit()]
    capitals = [t for t in tokens if t[0].isupper()]
    if len(tokens) > 3 and len(capitals) > TITLE_CASE * len(tokens):
        return frozenset()
    return frozenset(k for t in capitals if (k := token_key(t)))
