"""Whether an answer (a denial, confirmation or decline) names a proposition it answers.

"Clinton denied that she sent classified emails" answers a claim; "London's mayor rejected
Trump's offer", "Reid dismissed Walker as an ineffective leader" and "deny Sanders the
nomination" answer no claim: they reject a thing or label a person. Such claims are linked as
plain claims, never as answers.
"""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from claimtrack.lexicon import (
    AUXILIARIES,
    DECLINE_CONTENT,
    DENIAL_CONTENT,
    MODALS,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    SUBJECT_PRONOUNS,
    TITLES,
)
from claimtrack.link.features import TITLE_CASE, features
from claimtrack.link.lemmas import VERB_FORMS
from claimtrack.models import Relation, Stance

# How sure a link must be for an answer to answer a claim, by relation. Read on PolNeAR train
# (all answer links at 0.25 and above, by relation): confirmations under 0.54 and declines
# under 0.6 were nearly all wrong ("declined to comment" -> "the comment"); so were denials
# of a clause or a thing under 0.5 (0 right of 14: "denied he would seriously consider it"
# -> "whether she would consider a woman as a running mate").
ANSWER_THRESHOLDS: dict[Relation, float] = {
    Relation.DENIES: 0.5,
    Relation.CONFIRMS: 0.54,
    Relation.DECLINES: 0.6,
}
# a denial that names the claim it denies ("denied the allegations about secret
# post-presidential phone calls", "Rubio's claim that Cruz is in favor of legalizing"):
# calibrated on the seeds' Peskov denial (0.405)
NAMED_CLAIM_DENIAL = 0.37
# an answer whose words are only a no-comment or "it's not true" answers what its sentence
# names: "I don't comment on that," Trump said, referring to whether he had communicated ...
ANSWER_FLOOR = 0.35

# nouns that stand for a claim: "denied the allegations", "rejected the notion that"
CLAIM_NOUNS = (
    "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report",
    "reports", "reporting", "rumor", "rumors", "rumour", "rumours", "charge", "charges",
    "notion", "idea", "suggestion", "suggestions", "assertion", "assertions", "story",
    "stories", "account", "accounts", "assessment", "characterization", "characterisation",
    "contention", "speculation", "theory", "premise", "statement", "statements", "remark",
    "version", "narrative", "assertion", "insinuation", "insinuations", "implication",
    "reports", "article", "depiction", "portrayal", "description", "findings", "conclusion",
)  # fmt: skip
# the words of those nouns as linking compares them: "the idea" names a claim, it does not
# say what the claim says ("rejected the idea" answers nothing that "supported the idea" does)
# (only nouns that name nothing else: "statement" shares its stem with "United States",
# "charges" with "to charge him with battery")
_ONLY_CLAIM_NOUNS = (
    "claim", "allegation", "accusation", "rumor", "rumour", "notion", "idea", "suggestion",
    "assertion", "insinuation", "implication", "characterization", "premise", "narrative",
    "theory", "speculation", "story", "stories", "assessment",
)  # fmt: skip
CLAIM_NOUN_STEMS = frozenset(s for noun in _ONLY_CLAIM_NOUNS for s in features(noun).stems)
# a claim named by a pronoun, answered from the context: "denied it", "disputes this"
_PRONOUN = re.compile(r"^(?:it|this|that|these|those|any of (?:it|this|that))\W*$", re.IGNORECASE)
_CLAIM_NOUNS_RE = "(?:" + "|".join(sorted(set(CLAIM_NOUNS))) + ")"
_CLAIM_NOUN = re.compile(
    r"^(?:[\w’'.-]+\s){0,5}?(?:" + "|".join(sorted(set(CLAIM_NOUNS))) + r")\b", re.IGNORECASE
)
# a claim noun with what it claims after it: "the allegations about secret phone calls",
# "Rubio's claim that Cruz is in favor of legalizing", "the AP report was misleading"
_CLAIM_NOUN_OF = re.compile(
    _CLAIM_NOUN.pattern
    + r"\s+(?:that|about|of|by|from|regarding|concerning|over|on|linking|suggesting|alleging|is|was|are|were)\b",
    re.IGNORECASE,
)
# a finite verb: an auxiliary or modal, a negated verb, or a past tense after the first word
_FINITE = re.compile(
    r"\b(?:is|was|were|are|am|had|has|have|did|does|do|would|will|could|can|should|may|"
    r"might|must|wo|ca)\b|n[’']t\b|[’'](?:re|ve|d|ll)\s+\w"
    r"|\b(?:it|that|he|she|there|what|who)[’']s\b"
    r"|\s(?:met|said|told|made|took|got|knew|thought|went|came|gave|saw|found|left|paid|lost|"
    r"won|sent|spent|kept|held|ran|wrote|misspoke|spoke|broke|brought|bought|began|fell|"
    r"felt|led|meant|became|stood|sought|hid|lied|(?-i:[a-z]{3,}ed))\b",
    re.IGNORECASE,
)
# a clause or phrase of time or reason to the end of the content: "... while she was secretary
# of state", "... due to Trump's support for building a wall on the Mexican border" (after a
# copula, "due to" and a verb is what is scheduled, no reason: "Trump himself is due to
# address the convention")
_SUBORDINATE = re.compile(
    r"\s(?:while|when|whenever|after|before|because|since|until|where|"
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)due\s+to|"
    r"due\s+to(?=\s+(?:(?:the|a|an|his|her|their|its)\b|(?-i:[A-Z]))))\s.*$",
    re.IGNORECASE | re.DOTALL,
)
# "dismissed X as Y", "rejected the comment as remote": a label, not a proposition
_AS_LABEL = re.compile(r"\sas\s", re.IGNORECASE)
_LABEL_CUES = frozenset({"dismiss", "dismissed", "dismisses", "dismissing", "brushed", "waved"})
# the content itself says a claim is false or will not be discussed: "Nice try, not true"
_SAYS_FALSE = re.compile("|".join(f"(?:{p})" for p in (*DENIAL_CONTENT, *DECLINE_CONTENT)), re.I)


# verbs that condemn what they take: "condemned Trump's proposal to ban Muslims", "slammed the
# proposal as 'reprehensible'", "criticised Trump ... over his call for the ban"
_CONDEMN_VERB = (
    r"(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|slam(?:s|med|ming)?"
    r"|blast(?:s|ed|ing)?|bash(?:es|ed|ing)?|critici[sz](?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)"
    r"|repudiat(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)"
    r"|disavow(?:s|ed|ing)?|lambast(?:e|es|ed|ing)?|assail(?:s|ed|ing)?)"
)
_CONDEMNS = re.compile(r"^" + _CONDEMN_VERB + r"$", re.IGNORECASE)
# cues that give what they take a label, and labels that condemn it: Rubio "called the
# statement 'offensive and outlandish'" (a proposal called "a great idea" is not condemned)
_LABELS = frozenset(
    "called calling calls call labeled labelled labeling labelling branded branding described"
    " describing termed dubbed".split()
)
_CONDEMNING_LABEL = re.compile(
    r"\b(?:offensive|outlandish|outrageous|reprehensible|dangerous|divisive|wrong|"
    r"unconstitutional|un-american|unamerican|bigoted|racist|ridiculous|absurd|shameful|"
    r"disgraceful|hateful|stupid|ludicrous|unacceptable|irresponsible|appalling|abhorrent|"
    r"repugnant|despicable|disgusting|xenophobic|discriminatory|fascist|idiotic|foolish|"
    r"misguided|inhumane|immoral|unworkable|offensive|insulting|prejudiced|hypocritical)\b",
    re.IGNORECASE,
)
# what is proposed or said, named as a thing: a condemnation of one denies what it puts forward
PROPOSAL_NOUNS = (
    "proposal", "proposals", "plan", "plans", "call", "calls", "idea", "ideas", "comments",
    "remarks", "statement", "statements", "suggestion", "suggestions", "pledge", "promise",
    "vow",
)  # fmt: skip
_PROPOSAL = "(?:" + "|".join(PROPOSAL_NOUNS) + ")"
# a possessive or a determiner before a proposal noun: "Trump's", "the GOP candidate's", "his"
_OWNER = r"(?:the|his|her|their|its|this|that|[\w.-]+[’']s?)\s(?:[\w.’'-]+\s){0,3}?"
# the proposal with what it proposes: "Trump's proposal to ban Muslims", "his call for the
# ban on Muslims", "Donald Trump's latest comments about Muslims"
_WITH_CONTENT = r"\s(?:to(?!\s+(?:the|a|an|his|her|their|its)\s)|for|that|about|on|of)\s+[\w“\"‘']"
# the proposal opening the content: "Trump's proposal ...", "the statement ..."
_PROPOSAL_FIRST = re.compile(
    r"^(?:[\w’'.-]+\s){0,5}?" + _PROPOSAL + r"\b(?P<content>" + _WITH_CONTENT + r")?",
    re.IGNORECASE,
)
# a person condemned over or for a proposal: "Trump in the British parliament over his call
# for the ban on Muslims", "Mr. Trump for the proposal"
_OVER_PROPOSAL = re.compile(
    r"\s(?:over|for)\s" + _OWNER + _PROPOSAL + r"\b(?P<content>" + _WITH_CONTENT + r")?",
    re.IGNORECASE,
)
# a content that itself condemns: he "rejects Donald Trump's latest comments about Muslims"
_CONDEMNING_CONTENT = re.compile(
    r"^\W*(?:(?:he|she|they|we|i|it)\W+)?" + _CONDEMN_VERB + r"\s(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


# the name owning a proposal: "Donald Trump's latest comments", "Mr. Trump's idea"
_OWNER_NAME = re.compile(
    r"((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]+)[’']s?\s(?:[\w-]+\s){0,2}?" + _PROPOSAL + r"\b"
)
# the person condemned over a proposal of theirs: "Trump in the British parliament over his
# call", "Mr. Trump for the proposal"; "the" only before a proposal noun, two words at most
# from it (not "Clinton placed several calls to her over the next six months")
_CONDEMNED_NAME = re.compile(
    r"^((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]+)\b[^.]*?\s(?:over|for)\s"
    r"(?:his|her|their|the(?=\s(?:[\w’'-]+\s){0,2}?" + _PROPOSAL + r"\b))\s"
)


def proposal_owner(text: str) -> str | None:
    """Return the last name of whoever owns the proposal or statement an answer names, if named.

    "Trump's proposal to ban Muslims" is Trump's: a condemnation of it denies what Trump
    says, not what another says of the ban ("the deal-breaker on Trump was his proposal to
    ban Muslims"), nor an offer that mentions it.
    """
    content = text.strip().strip("“”\"'’‘()")
    own = _CONDEMNING_CONTENT.match(content)
    if own is not None:
        content = own.group("rest").strip("“”\"'’‘() ")
    m = _OWNER_NAME.search(content) or _CONDEMNED_NAME.match(content)
    if m is None or names_proposal(content) is None:
        return None
    return m.group(1).split()[-1].lower()


def answers_proposal(
    answer: str, target: str, speakers: set[str], may_be_owner: bool = False
) -> bool:
    """Return whether an answer naming someone's proposal can answer this target (its text
    and the words naming its speaker): only a claim of the proposal's owner that puts it
    forward in its main clause. A claim named with its owner ("Exxon's accusation that ...")
    is answered where its owner says it, or a speaker who `may_be_owner` though not named as
    the owner (one not resolved, "he"; or the narrator of the answer's own article).

    "Jewish groups condemned Trump's proposal to ban Muslims" answers Trump's "there should
    be a temporary ban on Muslims' entering the country", not "the deal-breaker on Trump
    was his proposal to ban Muslims", nor a claim that only names the proposals ("He did not
    mention proposals to ban Muslims from entering the country").
    """
    owner = proposal_owner(answer)
    if owner is None:
        # a claim named by its owner is answered where its owner or someone unnamed says it:
        # Columbia "disputing accusations by Exxon Mobil that journalists from the school had
        # produced inaccurate and misleading articles" does not deny the Los Angeles Times
        # saying its editors "concluded that the articles we published ... " were sound
        claimant = claim_owner(answer)
        return claimant is None or may_be_owner or claimant in speakers
    return (
        owner in speakers
        and names_proposal(target.strip().strip("“”\"'’‘()")) is None
        and said_in_main_clause(answer, target)
    )


# the owner of a claim an answer names: "Exxon's accusation that", "accusations by Exxon Mobil
# that", "Rubio's claim that"
_CLAIMANT = re.compile(
    r"^(?:[\w’'.-]+\s){0,3}?(?:((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]+)[’']s?\s(?:[\w-]+\s){0,2}?"
    + _CLAIM_NOUNS_RE
    + r"|"
    + _CLAIM_NOUNS_RE
    + r"\s(?:by|from|of)\s((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]+))\b"
)


def claim_owner(answer: str) -> str | None:
    """Return the last name of whoever makes the claim an answer names, if it is named."""
    m = _CLAIMANT.match(answer.strip().strip("“”\"'’‘()"))
    if m is None:
        return None
    return (m.group(1) or m.group(2)).split()[-1].lower()


def said_in_main_clause(answer: str, target: str) -> bool:
    """Return whether what a named proposal proposes is said outside a clause of time or
    reason of the target: "he was unlikely to have a good relationship with David Cameron
    because the British prime minister cast [him] as 'divisive' for proposing a temporary ban
    on Muslims" says why, it does not propose the ban of "Trump's proposal to ban Muslims"."""
    main = features(_SUBORDINATE.sub("", target)).stems - CLAIM_NOUN_STEMS
    said = features(answer).stems - CLAIM_NOUN_STEMS
    return len(main & said - _names_of(target)) >= 1


def _names_of(text: str) -> frozenset[str]:
    return frozenset(s for w in re.findall(r"\b[A-Z][\w-]+", text) for s in features(w).stems)


# a content judging a claim false: "the latest polls showing him a distant second ... are
# wrong", "those statements were wrong", "Mr. Khan was wrong to say he had not sacrificed"
_JUDGED_FALSE = re.compile(
    r"^(?P<subject>.+?)\s(?:is|was|are|were|would be|will be|has been|have been)\s"
    r"(?:(?:absolutely|simply|completely|totally|entirely|just|unequivocally|plainly|flat|"
    r"dead|all|also|clearly|demonstrably),?\s){0,3}"
    r"(?:wrong|false|untrue|inaccurate|incorrect|absurd|nonsense|baseless|unfounded|"
    r"misleading|a lie|lies)\b(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# what is judged: a claim, what was said, a poll ("what you're hearing from Trump")
_SAID_SUBJECT = re.compile(
    r"^(?:[\w’'.-]+\s){0,5}?(?:" + "|".join(sorted({*CLAIM_NOUNS, *PROPOSAL_NOUNS})) + r"|polls?)\b"
    r"|^what\s(?:[\w’'-]+\s){0,4}?(?:say|says|said|saying|hear|hears|heard|hearing|claim|"
    r"claims|claimed|claiming|suggest|suggests|suggested|suggesting)\b",
    re.IGNORECASE,
)
# ... or what someone was wrong to say: "wrong to say", "wrong in their recollections that"
_WRONG_TO_SAY = re.compile(
    r"^\s(?:to\s(?:say|suggest|claim|assert|think|believe)|in\s(?:his|her|their|its)\s"
    r"(?:\w+\s){0,1}(?:recollections?|claims?|assertions?|accounts?|belief|view))\b",
    re.IGNORECASE,
)


# a clause reported inside the subject: what it judges is the clause's, not the speaker's
_REPORTED_CLAUSE = re.compile(r"\s(?:that|whether)\s", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def judged_false(text: str) -> bool:
    """Return whether a content says that a claim is false or wrong: "the families of the
    Benghazi victims were wrong in their recollections that she blamed the video", "those
    statements were wrong". A judgment of a thing or a person says nothing false of a
    claim: "Everything we're doing is wrong", "the country is on the wrong track"."""
    m = _JUDGED_FALSE.match(text.strip().strip("“”\"'’‘()"))
    if m is None or _REPORTED_CLAUSE.search(m.group("subject")):
        # "Exxon's accusation that articles ... were misleading": the accusation judges
        return False
    return bool(_SAID_SUBJECT.match(m.group("subject")) or _WRONG_TO_SAY.match(m.group("rest")))


# the words that say a doubt of what follows (answers.doubts)
DOUBT_ADJECTIVES = frozenset({"skeptical", "sceptical", "doubtful", "dubious"})
DOUBT_VERBS = frozenset({"doubt", "doubts", "doubted"})
# the things a doubt "of" or "about" can name when it doubts a claim: "skeptical of ... high
# confidence that Russia was involved"
DOUBTED_NOUNS = frozenset({*CLAIM_NOUNS, "confidence", "belief", "assurance", "assurances"})
# the words between the doubter and the doubt, a copula, auxiliary or adverb but no negation:
# "was", "has been", "remains", "privately", "increasingly"
_BEFORE_DOUBT = (AUXILIARIES - {"not", "never"}) | {
    "am", "remain", "remains", "remained", "deeply", "very", "highly", "increasingly"
}  # fmt: skip


# a content saying its subject doubts a claim: "he was skeptical of United States intelligence
# officials' high confidence that Russia was involved in hacking ...", "doubt that North Korea
# had the capability", "she doubted voters would care", "they privately doubted that he could
# sustain his momentum", "is skeptical Trump can overcome ..." (not "skeptical of free trade",
# a thing, nor "many doubted her in Nevada", a person, nor "I don't doubt that")
_DOUBTED = (
    r"(?:that|whether"
    # a doubt of a claim noun: "skeptical of ... high confidence that"
    r"|(?:of|about)\s(?:[\w’'.-]+\s){0,6}?(?:" + "|".join(sorted(DOUBTED_NOUNS)) + r")\s+that"
    # a clause without "that", known by its modal: "doubted voters would care"
    r"|(?!(?:of|about|and|or|but)\b)(?:[\w’'.-]+\s+){1,5}?(?:" + "|".join(sorted(MODALS)) + r"))\b"
)
_DOUBTS = re.compile(
    r"^(?:(?:" + "|".join(sorted(SPEAKER_PRONOUNS)) + r")\s+)?"
    r"(?:(?:" + "|".join(sorted(_BEFORE_DOUBT)) + r")\s+){0,3}"
    r"(?:" + "|".join(sorted(DOUBT_ADJECTIVES | DOUBT_VERBS)) + r")\s+" + _DOUBTED,
    re.IGNORECASE,
)
# the words before "doubt" that make it a noun or deny it: "No doubt that", "little doubt that",
# "don't have any doubt that", "without a doubt"
NOT_DOUBTING = frozenset({"no", "not", "never", "little", "any", "a", "without", "beyond"})
# a doubt said by a subject of any words, as a headline says it: "Scientists Doubt That Meteor
# Caused Crater In Nicaragua" (not "No doubt that ...", "I don't doubt that ...")
_DOUBT_SAID = re.compile(
    r"(?:^|(?<!\S)(?!(?:" + "|".join(sorted(NOT_DOUBTING)) + r")\s)(?![\w]*n[’']t\s)[\w’'.-]+\s+)"
    r"(?:" + "|".join(sorted(DOUBT_VERBS)) + r")\s+" + _DOUBTED,
    re.IGNORECASE,
)


def doubts(text: str) -> bool:
    """Return whether a content says its subject doubts what it goes on to say: "he was
    skeptical of ... high confidence that Russia was involved" disputes that Russia was."""
    return _DOUBTS.match(text.strip().strip("“”\"'’‘()")) is not None


def doubt_said(text: str) -> bool:
    """Return whether a text (a headline) says that its subject doubts what follows, with no
    negation of the doubt: "Scientists Doubt That Meteor Caused Crater In Nicaragua"."""
    return _DOUBT_SAID.search(text) is not None


@lru_cache(maxsize=1 << 16)
def condemned_proposal(text: str, cue: str | None) -> bool | None:
    """Return whether a condemnation names a proposal or statement (True when it says what
    is proposed, False when it names it bare), or None when it condemns no proposal.

    "condemned Trump's proposal to ban Muslims from entering the United States" and he
    "rejects Donald Trump's latest comments about Muslims" deny what the proposal or the
    comments put forward; "slammed the proposal as 'reprehensible'" names it bare. A
    condemnation of a person or a thing ("criticised Trump", "condemned the attack") and an
    offer rejected ("rejected Trump's offer to make an exception") condemn no proposal.
    """
    content = text.strip().strip("“”\"'’‘()")
    if _CONDEMNING_CONTENT.match(content) is None and not any(
        _CONDEMNS.match(w) for w in (cue or "").split()
    ):
        return None
    return names_proposal(content)


def labelled_proposal(text: str, cue: str | None) -> bool | None:
    """Return whether a claim gives a proposal a label that condemns it (as
    `condemned_proposal`: True when it says what is proposed, False when bare, None when it
    labels no proposal). Only a proposal found with it makes it a denial: "called Donald J.
    Trump's remarks about a Latino judge 'racist'" names no proposal said before it."""
    content = text.strip().strip("“”\"'’‘()")
    words = (cue or "").lower().split()
    if not (_LABELS.intersection(words) and _CONDEMNING_LABEL.search(content)):
        return None
    return names_proposal(content)


def _title_case(text: str) -> bool:
    """Return whether a text is a Title Case headline of more than three words, read as a
    clause whatever its capitals ("Benghazi Investigation Helped Reveal Clinton Email Scandal")."""
    words = text.split()
    return len(words) > 3 and sum(w[0].isupper() for w in words) > TITLE_CASE * len(words)


@lru_cache(maxsize=50_000)
def names_proposition(text: str, cue: str | None = None) -> bool:
    """Return whether an answer's content names a proposition (a clause or a claim)."""
    content = text.strip().strip("“”\"'’‘()")
    if _PRONOUN.match(content) or _CLAIM_NOUN.match(content) or _SAYS_FALSE.search(content):
        return True
    first = (cue or "").lower().split()
    if first and first[0] in _LABEL_CUES and _AS_LABEL.search(content):
        return False
    if _title_case(content):
        # a headline's clause, its verb capitalised: "Donald Trump Denies Mike Tyson Invited to
        # Appear at GOP Convention"
        return True
    # a verb only in a clause of time or reason says nothing of the thing itself: "an
    # inquiry about her use of a private e-mail server while she was secretary of state"
    return _FINITE.search(" " + _SUBORDINATE.sub("", content)) is not None


# determiners, which make the word after them a noun ("the meeting", "the thought")
_DETS = "the a an his her their its my our your this these those some any every no".split()
_DET = "(?:" + "|".join(_DETS) + ")"
_NOT_AFTER_DET = "".join(rf"(?<!\b{d}\s)" for d in _DETS)
# nouns ending in "-ing" that are no verb's form ("that highest, hardest glass ceiling")
_ING_NOUNS = r"(?:ceiling|morning|evening|king|ring|spring|wing|string|sibling)s?"
# a verb the finite pattern leaves out: an infinitive or a participle ("to release all of the
# emails", "Hillary Clinton leading Bernie Sanders", "being"), a present tense after its
# subject ("Clinton beats Trump", "it goes nowhere near far enough", "they welcome the
# national attention"), "I'm", an irregular past ("prices rose")
_OTHER_VERB = re.compile(
    rf"\bto\s+(?!{_DET}\b)[a-z]+\b"
    rf"|{_NOT_AFTER_DET}\b(?!(?:some|any|every|no)?things?\b|during\b|{_ING_NOUNS}\b)"
    r"\w{2,}ing\b|[’']m\b"
    rf"|(?:\b(?:he|she|it|who|that|which)|{_NOT_AFTER_DET}\b[A-Z][\w-]*+(?![’']))\s+[a-z]+[^\Wsu]s\b"
    r"|\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)\s+[a-z]{2,}\b"
    rf"|{_NOT_AFTER_DET}\b(?:{'|'.join(sorted(VERB_FORMS))})\b"
)
# quotation marks inside a claim, read as spaces: 'Clinton "caused tremendous death"'
_QUOTES = re.compile('[“”"‘]')


# cues whose content is a small clause, its predicate the cue's complement: "called her
# actions 'extremely careless'", "accused him of sexism", "blamed police shootings on bias"
_SMALL_CLAUSE_CUES = _LABELS | frozenset(
    "accused accusing accuses accuse blamed blaming blames blame".split()
)


@lru_cache(maxsize=50_000)
def predicates(text: str, cue: str | None = None) -> bool:
    """Return whether a claim predicates something: its words hold a verb, finite or not, or
    its cue makes them a small clause ("called Trump a 'con artist'"). A bare noun phrase
    ("Trump's temperament", "Trump by name", "his rivals, especially Ted Cruz and Marco
    Rubio") names what a claim is about and predicates nothing of it. A Title Case headline
    is read as a clause ("Benghazi Investigation Helped Reveal Clinton Email Scandal")."""
    if _SMALL_CLAUSE_CUES.intersection((cue or "").lower().split()):
        return True
    if _title_case(text):
        return True
    plain = " " + _QUOTES.sub(" ", text)
    return _FINITE.search(plain) is not None or _OTHER_VERB.search(plain) is not None


# the lower-case words that name someone by a role ("Democratic front-runner Hillary Clinton",
# "Trump rival Sen. Ted Cruz", "former President George W. Bush"), and those that may stand
# between them
_ROLE_WORDS = (ROLE_NOUNS | TITLES | {"presidential", "former", "rival"}) - {"the", "us", "state"}
_ROLE_FILLERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "of", "and"})
# a word with its dots and hyphens: "Sen.", "front-runner", "U.S."
_ROLE_WORD = re.compile(r"[\w’'.-]+")
# a subject with its verb contracted: "That's Hillary's husband", "I'm a voter" say who
# someone is (a possessive, "Hillary's", stays a name); with either apostrophe
CONTRACTED_VERB = re.compile(
    r"(?:" + "|".join(sorted(SUBJECT_PRONOUNS | {"that", "there", "here", "what"})) + r")"
    r"[’'](?:s|m|re)",
    re.IGNORECASE,
)


@lru_cache(maxsize=50_000)
def designates(text: str, cue: str | None = None) -> bool:
    """Return whether a claim only names someone, by a role and a name ("Republican
    presidential nominee Donald Trump"): it says nothing of them, and is no proposition. A
    cue that makes its words a small clause ("calling Trump his friend"), or a contracted
    verb ("That's Hillary's husband"), says a role of someone: a predicate, as in
    `predicates`."""
    if _SMALL_CLAUSE_CUES.intersection((cue or "").lower().split()):
        return False
    roles = 0
    for word in _ROLE_WORD.findall(text):
        if CONTRACTED_VERB.fullmatch(word):
            return False
        word = word.strip(".,").removesuffix("’s").removesuffix("'s")
        if not word or word[0].isupper():
            continue
        if word.lower() in _ROLE_WORDS:
            roles += 1
        elif word.lower() not in _ROLE_FILLERS:
            return False
    return roles > 0


# an answer whose object is only a pronoun or a bare claim noun: "disputed their account",
# "denied it happened", "rejected the allegations"
_BARE = re.compile(
    r"^(?:it|this|that|these|those)(?:\s+(?:happened|occurred|took place|is true|was true))?\W*$"
    r"|^(?:the|their|his|her|its|this|that|these|those|such)\s(?:[\w-]+\s)?"
    + _CLAIM_NOUNS_RE
    + r"\W*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=50_000)
def refers_back(text: str) -> bool:
    """Return whether an answer names what it answers only by a pronoun or a bare claim noun,
    so that the sentence before its own may say what that is: "A campaign spokeswoman
    disputed their account." after "... Corey Lewandowski, roughly yanked the arm of a
    Breitbart reporter ..., she and another reporter said"."""
    return _BARE.match(text.strip().strip("“”\"'’‘()")) is not None


# the words after a claim noun that say what it claims ("the allegations about ...", "the
# claim that ..."); the others say whose it is, when, or judge it ("the accusations by his
# former employees", "the reports over the weekend", "the allegation was false")
_ABOUT = frozenset("that about regarding concerning linking suggesting alleging".split())
_QUOTED_REST = re.compile(r"[“\"‘].*$", re.DOTALL)


@lru_cache(maxsize=50_000)
def _named_stems(text: str) -> frozenset[str]:
    """Return the stems of what a claim noun says a claim is about ("the allegations about
    secret phone calls" -> secret, phone, call), less the claim nouns and the names (whose
    claim it is, or whom it is about: "the story about Clinton's emails" -> email); empty
    when none."""
    content = text.strip().strip("“”\"'’‘()")
    m = _CLAIM_NOUN_OF.match(content)
    if m is None or m.group().split()[-1].lower() not in _ABOUT:
        return frozenset()
    # up to a quotation, which is someone's words about it: "the story about Clinton's
    # emails, “Now, you famously said, in one of the first debates ..."
    rest = _QUOTED_REST.sub("", content[m.end() :])
    stems = frozenset(s for s in features(rest).stems if not s.startswith("~"))
    return stems - _names_of(rest) - CLAIM_NOUN_STEMS


def names_another(answer: str, target: frozenset[str]) -> bool:
    """Return whether an answer names the claim it answers by what it is about, and a target's
    stems hold none of those words: "the president's claims about potential retaliation from
    other foreign governments are unfounded" answers nothing of "she and the other family
    members of 9/11 victims are tired of waiting", whose words are in its sentence only as
    the words naming who answers ("family members of 9/11 victims, many of whom say ...")."""
    named = _named_stems(answer)
    return bool(named) and named.isdisjoint(target)


@lru_cache(maxsize=50_000)
def names_by_sentence(text: str) -> bool:
    """Return whether an answer's words leave what it answers to its sentence: a pronoun
    ("denied it"), a bare "it's not true" or no-comment, or a claim noun ("denied the
    allegations about secret phone calls"). An answer whose words state a proposition is
    judged on those words: "acknowledged" a "rant" answers nothing else its sentence names."""
    content = text.strip().strip("“”\"'’‘()")
    return bool(
        _PRONOUN.match(content)
        or _CLAIM_NOUN.match(content)
        or _SAYS_FALSE.search(text)
        or names_proposal(content) is not None
    )


def names_proposal(content: str) -> bool | None:
    """Return whether a content names a proposal or statement with what it proposes ("Trump's
    proposal to ban Muslims"), bare ("the GOP candidate's proposal"), or None: no proposal."""
    own = _CONDEMNING_CONTENT.match(content)
    if own is not None:
        content = own.group("rest").strip("“”\"'’‘() ")
    m = _PROPOSAL_FIRST.match(content) or _OVER_PROPOSAL.search(content)
    if m is None:
        return None
    return m.group("content") is not None


# an answer whose words are a denial or a no-comment and at most this many words besides
# ("about the phone calls-it's not true", "I don't comment on that") leaves what it answers
# to its sentence; one saying more ("It's nonsense ... She lies like crazy about everything,
# whether it's trips ...") is judged on those words, as other answers are
BARE_ANSWER_WORDS = 3


def _little_besides(text: str) -> bool:
    """Return whether an answer says at most BARE_ANSWER_WORDS words besides its denial or
    no-comment phrases."""
    rest = features(_SAYS_FALSE.sub(" ", text)).stems
    return sum(not s.startswith("~") for s in rest) <= BARE_ANSWER_WORDS


def answer_words(text: str) -> str:
    """Return what an answer's own words say of what it answers: its text, with a denial or
    no-comment phrase blanked (spaces, offsets kept) when it says little besides. "That never
    happened" names nothing by "never happened": it confirmed Rubio's "This is the moment
    they told us would never happen" on those words alone."""
    if _SAYS_FALSE.search(text) is None or not _little_besides(text):
        return text
    return _SAYS_FALSE.sub(lambda m: " " * len(m.group()), text)


def answer_threshold(relation: Relation, text: str) -> float:
    """Return the score an answer with this relation and content needs to link to a claim."""
    content = text.strip().strip("“”\"'’‘()")
    if _PRONOUN.match(content) or (_SAYS_FALSE.search(text) and _little_besides(text)):
        return ANSWER_FLOOR
    if relation is Relation.DENIES and (_CLAIM_NOUN_OF.match(content) or names_proposal(content)):
        # "denied the allegations about ...", "condemned Trump's proposal to ban Muslims"; a
        # claim noun alone ("disputed Clinton's claim", "denied the charges and
        # counter-accused her") names no proposition of its own
        return NAMED_CLAIM_DENIAL
    return ANSWER_THRESHOLDS.get(relation, ANSWER_FLOOR)


# the relation each kind of answer makes unless its target's polarity turns it
_OWN_RELATION = {
    Stance.DENIES: Relation.DENIES,
    Stance.CONFIRMS: Relation.CONFIRMS,
    Stance.DECLINES: Relation.DECLINES,
}


def answers_claim(
    relation: Relation, value: float, text: str, stance: Stance | None = None
) -> bool:
    """Return whether an answer (its relation, content and stance) scoring `value` answers a claim.

    An answer turned by its target's polarity (a confirmation of "X" against "not X" denies
    it) needs what its own kind needs as well: read on PolNeAR train, such denials from
    confirmations under 0.54 were wrong ("concedes most of her peers love the Clintons"
    against "Nothing truly prepares you for the demands of the Oval Office", 0.515).
    """
    need = answer_threshold(relation, text)
    own = _OWN_RELATION.get(stance) if stance is not None else None
    if own is not None:
        need = max(need, answer_threshold(own, text))
    return value >= need


@lru_cache(maxsize=1 << 16)
def answer_stance(stance: Stance, text: str, cue: str | None = None) -> Stance:
    """Return the stance a claim takes in linking: a denial naming no proposition asserts.

    Only denials are judged so: they make a claim disputed. A confirmation or decline of a
    thing ("acknowledged the negligence provision", "refused to confirm or deny ongoing
    contact with Putin") names what it is about well enough. Cached: the copies of a story
    repeat its claims.
    """
    if stance is Stance.DENIES and not names_proposition(text, cue):
        # "rejected Trump's proposal to ban Muslims" still answers; "rejected an offer" not
        return Stance.DENIES if condemned_proposal(text, cue) else Stance.ASSERTS
    if stance is Stance.ASSERTS and condemned_proposal(text, cue) is not None:
        # "Jewish groups condemned Trump's proposal to ban Muslims": what the proposal puts
        # forward is denied, though the extractor reads the condemnation as speech. A bare
        # one needs its owner named: "slammed his proposal as too vague" and "denounced
        # suggestions by the GOP presidential front-runners" say neither what nor whose
        if condemned_proposal(text, cue) or proposal_owner(text) is not None:
            return Stance.DENIES
    if stance is Stance.ASSERTS and (judged_false(text) or doubts(text)):
        # "those statements were wrong" denies the statements; "he was skeptical of ...
        # high confidence that Russia was involved in hacking" disputes that it was
        return Stance.DENIES
    return stance


# What a condemned proposal proposes, and whose it is ("Trump's proposal to ban Muslims from
# entering the United States": Trump's, to ban Muslims from entering the United States). A
# bare one ("Clinton has forcefully condemned the GOP candidate's proposal", "Clinton slammed
# the proposal as 'reprehensible'") takes both from the proposal its paragraph names before
# it: "Most recently, Trump called to ban Muslims from entering the U.S."
_PROPOSER = r"(?:(?P<owner>(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]+?)(?:[’']s?)?\s(?:[\w-]+\s){0,2}?)?"
_PROPOSING = re.compile(
    r"\b" + _PROPOSER + r"(?:(?:proposal|plan|call|idea|pledge|promise|vow)s?\s(?:to|for)"
    r"|propos(?:ed|es|ing)|call(?:ed|s|ing)?\s(?:for|to)|want(?:s|ed)?\sto)\s"
    r"(?P<what>.+?)(?=[,;:!?—–()“”\"]|\.(?:\s|$)|\s(?:and|but|while|because|although|as|"
    r"which|who|if|unless)\s|$)"
)
# a proposal noun naming a claim: "the idea that Clinton had anything to prove"
_CLAIMED = re.compile(r"\b" + _PROPOSAL + r"\s+that\s", re.IGNORECASE)
# a noun naming a proposal itself, not what someone said
_PROPOSAL_NOUN = re.compile(r"\b(?:proposal|plan|call|idea|pledge|promise|vow)s?\b", re.IGNORECASE)
# a proposal's paraphrases, for matching what it proposes only: "a ban on Muslims" is "a
# total and complete shutdown of Muslims entering the United States" and "a temporary halt
# to Muslims entering the country"; "coming into the country" is entering it
PROPOSAL_CONCEPTS: dict[str, tuple[str, ...]] = {
    "~ban": ("ban", "bar", "shutdo", "halt", "block", "preven", "suspen", "exclud"),
    "~enter": ("enter", "entry", "come", "coming"),
}
_PROPOSAL_CONCEPT = {s: key for key, stems in PROPOSAL_CONCEPTS.items() for s in stems}
# the fewest of its words a proposal needs to be told from others, and a target to hold
PROPOSAL_WORDS = 2


@lru_cache(maxsize=1 << 16)
def proposal_stems(stems: frozenset[str]) -> frozenset[str]:
    """Return stems with a proposal's paraphrases made one ("shutdown" and "ban": ~ban).

    Cached: a condemned proposal is matched against the words of each of its candidates."""
    return frozenset(_PROPOSAL_CONCEPT.get(s, s) for s in stems if not s.startswith("~"))


class Proposal(NamedTuple):
    """A condemned proposal: whose it is (a last name), what it proposes, and its stems."""

    owner: str
    what: str
    stems: frozenset[str]


@lru_cache(maxsize=1 << 16)
def may_name_proposal(text: str, cue: str | None) -> bool:
    """Return whether a claim condemns, labels or judges false something that may be a
    proposal: `proposal_of` is None for every other claim, whatever its sentence says."""
    return (
        condemned_proposal(text, cue) is not None
        or labelled_proposal(text, cue) is not None
        or judged_false(text)
    )


def proposal_of(
    text: str, cue: str | None, after: str = "", before: str = "", earlier: str = ""
) -> Proposal | None:
    """Return the proposal a condemnation names: its owner and what it proposes.

    `after` is the rest of the claim's sentence ("Cameron criticised Trump ... over his call
    for the ban" + " on Muslims and suggested ..."), `before` what its paragraph says before
    it, read only when the proposal is named bare. None when the claim condemns no proposal,
    or its owner or what it proposes is not found.
    """
    named = condemned_proposal(text, cue)
    if named is None:
        named = labelled_proposal(text, cue)
    if named is None and judged_false(text):
        # "what you're hearing from Trump and other Republicans is absolutely, unequivocally
        # wrong", after "Clinton bashed Trump's proposal to ban Muslims from coming into the
        # country"
        named = False
    if named is None:
        return None
    if named and _CLAIMED.search(text):
        # "the idea that Clinton had anything to prove" is a claim, answered as one
        return None
    owner = proposal_owner(text)
    m = _PROPOSING.search(text + after) if named else None
    if m is None:
        # named bare, or with words that propose nothing ("Donald Trump's latest comments
        # about Muslims"): the proposal named last before it. What one said ("remarks",
        # "what you're hearing") is taken from its own paragraph only: "Hollande denounced
        # Trump's remarks as 'hurtful and humiliating'" are not the calls to ban Muslims
        # the paragraph before names
        if _PROPOSAL_NOUN.search(text) is None:
            before = before[before.rfind("\n") + 1 :]
        found = list(_PROPOSING.finditer(before))
        m = _last_of_noun(found, text)
    if m is None and named:
        # named with what it is about ("Donald Trump's latest comments about Muslims"): the
        # proposal about it that the article named earlier ("called for banning all Muslims
        # from entering the United States")
        m = _proposal_about(text, earlier)
    if m is None:
        return None
    if owner is None and m.group("owner"):
        owner = m.group("owner").split()[-1].lower()
    if owner is None:
        return None
    what = m.group("what")
    stems = proposal_stems(features(what).stems) - {owner}
    return Proposal(owner, what, stems) if len(stems) >= PROPOSAL_WORDS else None


def _last_of_noun(found: list[re.Match[str]], text: str) -> re.Match[str] | None:
    """Return the last proposal found that another proposal noun than the bare one's does
    not name: "the proposal" is the "longstanding proposal to ban Muslims from entering the
    United States", not the "plan for a religious test" named after it; a proposal put by a
    verb ("Trump called to ban Muslims") may be any. None when none is."""
    noun = _PROPOSAL_NOUN.search(text)
    word = noun.group().lower().rstrip("s") if noun is not None else None
    for m in reversed(found):
        named = _PROPOSAL_NOUN.search(m.group())
        if word is None or named is None or named.group().lower().rstrip("s") == word:
            return m
    return None


def _proposal_about(text: str, earlier: str) -> re.Match[str] | None:
    """Return the last proposal of `earlier` whose words hold all that a named proposal of
    the claim is about ("about Muslims"), or None."""
    content = text.strip().strip("“”\"'’‘()")
    own = _CONDEMNING_CONTENT.match(content)
    if own is not None:
        content = own.group("rest").strip("“”\"'’‘() ")
    named = _PROPOSAL_FIRST.match(content) or _OVER_PROPOSAL.search(content)
    if named is None or named.group("content") is None:
        return None
    about = proposal_stems(features(content[named.start("content") :]).stems)
    if not about:
        return None
    for m in reversed(list(_PROPOSING.finditer(earlier))):
        if about <= proposal_stems(features(m.group("what")).stems):
            return m
    return None


def proposal_match(
    proposal: Proposal, said: frozenset[str], weigh: Callable[[str], float]
) -> float:
    """Return the weighted share of what a proposal proposes found in a claim's words and
    sentence (`said`): 0 when fewer than PROPOSAL_WORDS of them are."""
    stems = proposal.stems
    shared = stems & proposal_stems(said)
    if len(shared) < PROPOSAL_WORDS:
        return 0.0
    return sum(map(weigh, shared)) / sum(map(weigh, stems))


# a claim about where its speaker stands on a proposal: "his position on banning Muslims has
# 'gotten bigger'" speaks of the position, it does not put the proposal forward
_POSITION = re.compile(
    r"^(?:[\w’'.-]+\s){0,3}?(?:position|positions|stance|views?)\s(?:on|about)\b", re.IGNORECASE
)


def puts_forward(proposal: Proposal, target: str, speakers: set[str]) -> bool:
    """Return whether a claim is its owner putting a proposal forward: said by its owner, not
    naming proposals itself, and with what it proposes outside a clause of time or reason
    (PROPOSAL_WORDS of its words, or all of a claim of fewer: Trump's "a ban" is put forward
    in its sentence, "a Muslim federal judge wouldn't treat him fairly because of his calls
    for banning Muslims from entering the country" is about a judge)."""
    if proposal.owner not in speakers:
        return False
    content = target.strip().strip("“”\"'’‘()")
    if names_proposal(content) is not None or _POSITION.match(content):
        return False
    main = proposal_stems(features(_SUBORDINATE.sub("", content)).stems)
    need = min(PROPOSAL_WORDS, len(proposal_stems(features(content).stems)))
    return len(main & proposal.stems) >= max(1, need)


def proposal_keys(proposal: Proposal) -> frozenset[str]:
    """Return the index keys to look a proposal up by: what it proposes and each paraphrase
    of it ("ban": shutdown, halt, ...). Not its owner's name: it is in too many claims."""
    keys: set[str] = set()
    for s in proposal.stems:
        keys.update(PROPOSAL_CONCEPTS.get(s, (s,)))
    return frozenset(keys)
