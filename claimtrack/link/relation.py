"""How a responding text or claim relates to the claim it answers: the cue tables and the rules.

The verb and phrase cues (deny, confirm, refuse to confirm or deny, ...) and the denial and
no-comment patterns come from claimtrack.lexicon. Headlines and claim texts carry cues the
extractor's lexicon has no use for ("hoax", "reportedly", a question mark); those few
headline-level tables are kept here.
"""

# ruff: noqa: RUF001  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.lexicon import (
    DECLINE_CONTENT,
    DENIAL_CONTENT,
    PHRASE_CUES,
    QUESTION_WORDS,
    VERBS,
    CueClass,
)
from claimtrack.link.answers import doubt_said, refers_back
from claimtrack.link.features import features
from claimtrack.link.headlines import relays
from claimtrack.link.polarity import negation_said
from claimtrack.models import Relation, Stance


def _words(cls: CueClass) -> list[str]:
    return sorted(form for form, (_, c) in VERBS.items() if c is cls and " " not in form)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# headline denial words beyond the denial verbs: "Banksy arrest a hoax", "debunked", "fake"
DENIAL_WORDS = (
    "hoax", "hoaxes", "hoaxer", "fake", "faked", "false", "falsely", "untrue", "debunk",
    "debunked", "debunks", "myth", "fabricated", "fabrication", "made-up", "satire",
    "satirical", "bogus", "baseless", "unfounded", "lie", "lies", "no evidence", "no proof",
    "not true", "isn't true", "not real", "never happened", "rumours false", "nonsense",
    "denial", "refuted", "scam", "spoof", "parody", "prank",
    # the fact-checker's vocabulary for a rumour laid to rest
    "retracts", "retracted", "retraction", "rebuffs", "rebuffed", "put to rest", "exaggerated",
    "inaccurate", "misinformation", "made it all up", "isn't real", "doctored", "photoshopped",
    "record straight", "fooled", "too good to check", "nope", "probably not", "urban legend",
    "misleading",
    # the blunt word for it, and a doubt cast: "It's rubbish that Robert Plant turned down ...",
    # "NASA Raises Doubts About Reports of ..." (a doubt said by its verb: answers.doubt_said)
    "rubbish", "bullshit", "cast doubt", "casts doubt", "doubts cast", "raises doubts",
    "raised doubts", "doubts raised",
)  # fmt: skip
# a hedge that leaves the claim itself unsure, so that a negation beside it may deny
# something else: a modal, a rumour, an allegation, a question ("Fidel Castro Rumors Sweep
# Internet, but No Sign in Cuba", "Apple May Or May Not Hold An Event")
UNSURE_WORDS = (
    "may", "might", "could", "possibly", "perhaps", "likely", "unlikely", "rumor", "rumors",
    "rumour", "rumours", "rumored", "rumoured", "alleged", "allegedly", "purported",
    "purportedly", "supposedly", "speculation",
)  # fmt: skip
# words that relay without endorsing: "reportedly", "allegedly", "report says", "rumour"
HEDGE_WORDS = (
    *UNSURE_WORDS,
    "reportedly", "apparently", "report", "reports", "reported", "claim", "claims", "claimed",
    "claiming", "possible", "unconfirmed", "unverified",
    "said to", "believed to", "thought to", "appears", "appear", "seems", "seem",
    "sources", "source", "suggests", "suggest", "predicted", "predicts", "expected",
    "according to", "speculate", "whether", "if true", "could be",
    # a thing claimed, seen or expected: "Video purports to show", "in apparent suicide",
    # "ISIS is suspected of", "Seth Rogen in talks to star", "Lenovo tipped to make a bid"
    "purports", "purport", "apparent", "seemingly", "suspected", "in talks",
    "tipped to",
    # an accusation: "Palestine accuses Israel of opening dams" (a report in the making:
    # _HEDGE)
    "accuses", "accusing",
)  # fmt: skip
# confirming words beyond the confirmation verbs: "officially", "it's true", "proof"
# ("official" only as "it's official": "Official: Houthis take U.S. vehicles" names a source)
CONFIRM_WORDS = (
    "officially", "it's official", "it is official", "now official", "made official",
    "it's true", "it is true", "proof",
    "proves", "proven", "verified", "indeed",
)  # fmt: skip

# a denial word or verb: "Met police denies reports", "Banksy arrest hoax"
_DENIAL = re.compile(
    r"\b(?:" + _alternation([*DENIAL_WORDS, *_words(CueClass.DENIAL)]) + r")\b"
    "|" + "|".join(f"(?:{p})" for p in DENIAL_CONTENT),
    re.IGNORECASE,
)
# a fact set against a rumour or a report, and what the rumour says, to the clause's end: "Kim
# Jong Un reappears in public despite rumours of ill health", "... not a nuclear weapon -
# despite Internet rumors", "did not tell boy heaven has room for pets, contrary to report"
_DESPITE = re.compile(
    r"\b(?:despite|contrary to)\s+((?:[^\W\d_]+\s+){0,2})(?:rumou?rs?|reports?|claims?)\b"
    r"([^,;:.!?]*)",
    re.IGNORECASE,
)
# a refusal to confirm or deny: "refuses to confirm or deny report", "I don't comment on that"
_DECLINE = re.compile(
    "|".join(re.escape(p) for p, c in PHRASE_CUES.items() if c is CueClass.DECLINE)
    + r"|\b(?:declined?|refused?|refuses|declines) to (?:comment|confirm|say|discuss)\b"
    + r"|\bno comment\b|"
    + "|".join(f"(?:{p})" for p in DECLINE_CONTENT),
    re.IGNORECASE,
)
# a confirmation: "Peskov acknowledges", "Apple confirms", "officially", "re-confirms"; not
# the end of a compound ("Apple Watch to Be Shower-Proof" is no proof)
_CONFIRM = re.compile(
    r"(?:(?<!-)|(?<=\bre-))\b(?:"
    + _alternation([*CONFIRM_WORDS, *_words(CueClass.CONFIRMATION)])
    + r")\b",
    re.IGNORECASE,
)
# a hedge word, or a question: "Apple Watch to reportedly cost", "Is Banksy arrested?"
_HEDGE = re.compile(
    r"\b(?:" + _alternation(list(HEDGE_WORDS)) + r")\b|\?"
    # "forecasts" as the verb, before what is forecast: "BMO forecasts 19M Apple Watch sales",
    # not the noun ("beats sales forecasts with record iPhone quarter")
    r"|\bforecasts\s+(?:[$\d]|that\b)"
    # a report in the making, not a noun's: "Veterans Today reporting Iraqi Army Downs 2 UK
    # Planes" (not "New law requires reporting of drone flights")
    r"|\breporting\b(?!\s+of\b)"
    # a trailing attribution: "Wife of Baghdadi held in Lebanon, officials say", "Islamic State
    # training pilots to fly MiG fighter planes, says monitoring group"
    r"|,\s*[\w\s.]{1,40}\bsay(?:s)?\s*$|,\s*says\s+[\w\s.]{1,40}$",
    re.IGNORECASE,
)
# the lexicon's phrases of denial and no comment inside a claim: "it's not true"
_DENIAL_CONTENT = re.compile("|".join(f"(?:{p})" for p in DENIAL_CONTENT), re.IGNORECASE)
_DECLINE_CONTENT = re.compile("|".join(f"(?:{p})" for p in DECLINE_CONTENT), re.IGNORECASE)
# an adverb that relays without endorsing: "Trump reportedly spoke with Putin"
_RELAY = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|apparently|rumou?red)\b", re.IGNORECASE
)
# a negation: "have NOT beheaded her", "isn't", "never", "no longer"
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor)\b|n[’']t\b", re.IGNORECASE
)
# a negation of knowing, which denies nothing of what is known: "Nun who gave birth had no
# idea she was pregnant", "Texas Plumber Isn't Sure How Extremists In Syria Ended Up With
# His Work Truck"; not knowing a thing or a person denies it ("Putin: I don't know Trump")
_NOT_KNOWING = re.compile(
    r"\bno (?:idea|clue)\b|(?:\bnot|n[’']t) (?:sure|know)(?:\s*$|\s+(?=(?:if|whether|"
    + "|".join(QUESTION_WORDS)
    + r")\b))",
    re.IGNORECASE,
)
_UNSURE = re.compile(r"\b(?:" + _alternation(list(UNSURE_WORDS)) + r")\b|\?", re.IGNORECASE)


def text_cue(text: str) -> CueClass:
    """Return the strongest cue in a text's own words: denial, decline, confirmation, hedge, else speech."""
    if _DECLINE.search(text):
        return CueClass.DECLINE
    if _DENIAL.search(text) or doubt_said(text):
        return CueClass.DENIAL
    if _CONFIRM.search(text):
        return CueClass.CONFIRMATION
    if _HEDGE.search(text):
        return CueClass.HEDGE
    return CueClass.SPEECH


def negated(text: str) -> bool:
    """Return whether the text holds a negation (not one of not knowing)."""
    return _NEGATION.search(_NOT_KNOWING.sub(" ", text)) is not None


# what a refusal refuses: to say something ("declined to comment", "refused to disclose
# detailed medical records", "declined to rule out") declines to answer; to do something
# ("refused to hold hearings for President Barack Obama's court pick, Merrick Garland",
# "declined to renew the offer") is an act, which the claim reports: it answers no claim.
# The reporting verbs of the lexicon, and these of giving word
REFUSED_WORDS = frozenset(
    """comment speak state elaborate specify detail identify name address weigh disavow
    define rule provide give offer""".split()
)
_REFUSED = re.compile(r"^\W*to\s+(?:[^\W\d_]+ly\s+)?([^\W\d_]+)", re.IGNORECASE)


def refusal_stance(stance: Stance, text: str) -> Stance:
    """Return the stance a claim takes in linking: a refusal to do something, not to say
    something, asserts ("refused to hold hearings for ... Merrick Garland")."""
    if stance is not Stance.DECLINES:
        return stance
    m = _REFUSED.match(text)
    if m is None:
        return stance
    verb = m.group(1).lower()
    return stance if verb in VERBS or verb in REFUSED_WORDS else Stance.ASSERTS


# what a refusal may withhold that is the refuser's own act or word, not a proposition about
# others ("refused to say that Jerusalem should be the undivided ... capital" declines what
# others say of Jerusalem)
OWN_WORDS = frozenset(
    "disclose release pledge disavow endorse apologize commit renounce repudiate retract".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def refuses_own(text: str, refuser: str | None, target: str) -> bool:
    """Return whether a refusal "to VERB ..." of the refuser's own act or word (OWN_WORDS)
    meets a claim that does not name the refuser, and so answers nothing of it: "refused to
    pledge to release his tax returns" (Trump) declines nothing of "Romney for not releasing
    his full tax returns", while "refuses to disavow the endorsement of Sen. Lindsey Graham"
    (Cruz) answers "whether Sen. Cruz disavowed Lindsey Graham's endorsement". `refuser`: the
    last name of its speaker, lower case (None: unknown, and any claim may be answered)."""
    m = _REFUSED.match(text)
    if refuser is None or m is None or m.group(1).lower() not in OWN_WORDS:
        return False
    return refuser not in _WORD.findall(target.lower())


# an answer naming its object by a pronoun or a bare claim noun, in at most this many words
# ("this", "the allegation"; not "the fraud claims", which says what it answers)
BARE_WORDS = 2


def answers_locally(text: str) -> bool:
    """Return whether an answer can answer only a claim of its own article: it names its
    object by a pronoun or a bare claim noun, whose antecedent is in its article ("Israel
    disputes this", after "... not Jerusalem, whose eastern flanks are considered occupied
    territory")."""
    return len(text.split()) <= BARE_WORDS and refers_back(text)


_CUE_RELATION = {
    CueClass.DENIAL: Relation.DENIES,
    CueClass.DECLINE: Relation.DECLINES,
    CueClass.CONFIRMATION: Relation.CONFIRMS,
    CueClass.HEDGE: Relation.REPORTS,
    CueClass.SPEECH: Relation.REPEATS,
}

_STANCE_RELATION = {
    Stance.DENIES: Relation.DENIES,
    Stance.CONFIRMS: Relation.CONFIRMS,
    Stance.DECLINES: Relation.DECLINES,
}


def _against_rumour(text: str, claim: str) -> bool:
    """Return whether a headline sets a fact against a rumour or report that is the claim: the
    rumour's words ("despite death rumours") beyond those of the fact before it say something
    the claim says. Not when the claim is the fact: "Kim Jong Un reappears in public despite
    rumours of ill health" confirms "Kim Jong Un has reappeared in public"."""
    m = _DESPITE.search(text)
    if m is None:
        return False
    rumour = features(f"{m.group(1)} {m.group(2)}").stems - features(text[: m.start()]).stems
    return bool(rumour & features(claim).stems)


def text_relation(text: str, claim: str) -> Relation:
    """Return how a free text (a headline) relates to a claim it is about."""
    cue = text_cue(text)
    if cue is not CueClass.DECLINE and _against_rumour(text, claim):
        # "Hugh Hefner is dead" against "Playboy founder makes it to film night despite death
        # rumours"
        return Relation.DENIES
    if cue is CueClass.SPEECH and negated(text) and not negated(claim):
        # "ISIS fanatics have NOT beheaded her" against "Rehana was killed by ISIS"
        return Relation.DENIES
    if cue in (CueClass.HEDGE, CueClass.CONFIRMATION) and negated(text) and not negated(claim):
        # a negation said or confirmed by someone denies when it stands on what the claim says
        # (polarity.negation_said), unless the headline leaves the claim unsure: "Managua
        # explosion not a meteorite, NASA suggests", "YPG Confirms: Gill Rosenberg Not
        # Captured in Kobani"; not a negation of something else beside the claim confirmed or
        # reported: "Police confirm Banksy arrest, name not released"
        if not _UNSURE.search(_DESPITE.sub(" ", text)) and negation_said(text, claim):
            return Relation.DENIES
    if cue is CueClass.SPEECH and relays(text):
        # "Congressman: At least 10 ISIS fighters caught trying to cross into US"
        return Relation.REPORTS
    return _CUE_RELATION[cue]


@lru_cache(maxsize=50_000)
def claim_relation(stance: Stance, text: str, cue: str | None = None) -> Relation:
    """Return how a responding claim (its stance, text and cue) relates to the claim it answers."""
    if stance in _STANCE_RELATION:
        return _STANCE_RELATION[stance]
    # The extractor has judged the stance; only the lexicon's own denial and no-comment
    # phrases ("it's not true", "I don't comment") overrule it. Headline words like "fake"
    # inside an asserted claim ("the moon landing was fake") are what it asserts.
    if _DENIAL_CONTENT.search(text):
        return Relation.DENIES
    if _DECLINE_CONTENT.search(text):
        return Relation.DECLINES
    # only a relaying adverb or a hedging cue makes an asserted claim a report; "could"
    # or "may" inside a speaker's own claim is part of what they assert
    if _RELAY.search(text) or (cue and _hedged(cue)):
        return Relation.REPORTS
    return Relation.REPEATS


def _hedged(cue: str) -> bool:
    """Return whether a cue hedges ("suggested", "speculated", "believes"), by the lexicon."""
    return any(
        VERBS.get(w, ("", CueClass.SPEECH))[1] is CueClass.HEDGE for w in cue.lower().split()
    )
