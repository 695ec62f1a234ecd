"""Acts: who did what to whom, so that claims of one act meet whatever verb they use.

"Lewandowski . . . grabbed Fields' left arm", "Trump's 41-year-old campaign manager yanked
her out of the way" (said by Fields) and "he had never touched Fields" (said by Lewandowski)
are one act: the same agent laying hands on the same person, asserted twice and denied once.
An act is its class (a set of verbs of one kind), its agent and its patient, each a named
person: a name in the claim, a pronoun resolved to the claim's speaker or to a person named
before it in its sentence, or a description ("the campaign manager") resolved to the one
name its article gives that role. A claim that only refers to an act ("the campaign has
denied it happened", "A campaign spokeswoman disputed their account") takes the act of the
claim before it in its article.
"""

# ruff: noqa: RUF001  (curly apostrophes are real news text)

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# verbs of one kind of act, by class: each form a claim may use. Physical contact with a
# person: broad verbs that are mostly figurative in political news ("hit", "struck a deal",
# "pushed Congress", "attacked Clinton") are left out.
ACT_VERBS: dict[str, tuple[str, ...]] = {
    "contact": (
        "touch", "touched", "touches", "touching", "grab", "grabbed", "grabs", "grabbing",
        "yank", "yanked", "yanks", "yanking", "shove", "shoved", "shoves", "shoving",
        "punch", "punched", "punches", "punching", "sucker-punched", "slap", "slapped",
        "slaps", "slapping", "kick", "kicked", "kicks", "kicking", "assault", "assaulted",
        "assaults", "assaulting", "choke", "choked", "chokes", "choking", "tackle",
        "tackled", "tackles", "tackling", "jostle", "jostled", "jostles", "jostling",
        "manhandle", "manhandled", "manhandles", "manhandling", "batter", "battered",
        "elbow", "elbowed", "elbowing",
    ),
}  # fmt: skip
# phrases standing for a verb of a class: "he never made contact with Fields"
ACT_PHRASES: dict[str, tuple[str, ...]] = {
    "contact": (
        r"(?:make|made|makes|making)\s+(?:physical\s+)?contact\s+with",
        r"(?:lay|laid|lays|laying|put|puts|putting)\s+(?:his|her|their|a)\s+hands?\s+on",
    ),
}
_CLASS_OF = {form: cls for cls, forms in ACT_VERBS.items() for form in forms}
_VERB = re.compile(
    r"\b(?:"
    + "|".join(p for ps in ACT_PHRASES.values() for p in ps)
    + "|"
    + "|".join(sorted(_CLASS_OF, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_PHRASE_CLASS = [(re.compile(p, re.IGNORECASE), c) for c, ps in ACT_PHRASES.items() for p in ps]

# words between an agent and its verb that say nothing of who: "had never", "roughly"
_BETWEEN = frozenset(
    """had has have having was were is are been being be did does do would will could
    might may must should then also later allegedly reportedly apparently repeatedly roughly
    forcibly physically just even ever actually""".split()
)
_NEGATIONS = frozenset("not never no".split())
_BE = frozenset("was were is are been being be get got gets getting".split())
_PRONOUN = frozenset("he him she her they them i me".split())
_FIRST_PERSON = frozenset({"i", "me"})
_SOMEONE = frozenset("someone somebody".split())
# nouns naming a person by role: "a Breitbart reporter", "the campaign manager"
PERSON_NOUNS = frozenset(
    """reporter journalist correspondent photographer protester protestor demonstrator
    heckler supporter manager aide adviser advisor spokesman spokeswoman officer agent guard
    man woman boy girl student candidate senator governor congressman congresswoman voter
    member staffer employee worker director chairman chairwoman official""".split()
)
# parts of a person: "Fields' left arm", "the arm of a Breitbart reporter"
_BODY = (
    r"(?:arm|arms|hand|hands|wrist|wrists|shoulder|shoulders|neck|throat|face|elbow|back|head|hair)"
)
_DETERMINER = frozenset("a an the another his her their this that".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*|[,.;:!?()—–\"“”]")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:[’']s?)$")
# a claim that refers to an act it does not name: "it happened", "nothing happened", "the
# contact never occurred", "their account"
_EVENT = re.compile(
    r"^\W*(?:(?:it|this|that|nothing|anything|the\s+(?:incident|contact|encounter|"
    r"altercation|assault|attack))\s+(?:\w+\s+){0,2}?(?:happened|occurred|took\s+place)\b(?!\s+to\b)"
    r"|(?:their|his|her|the)\s+(?:account|accounts|story|allegations?|accusations?|claims?|"
    r"version)\W*$)",
    re.IGNORECASE,
)
_EVENT_NEGATED = re.compile(r"^\W*(?:nothing\b|.*\bnever\b|.*\bnot\b|.*n[’']t\b)", re.I)


class Person(NamedTuple):
    """Who takes part in an act: a last name when known, and the roles it is called by (in
    the claim, or before its name in the article: "reporter Michelle Fields")."""

    name: str | None
    roles: frozenset[str]


# an agent left unsaid: "she had been yanked backward"
UNKNOWN = Person(None, frozenset())
# an agent said to be another than the one named elsewhere: "Fields was grabbed by another
# man in Trump's entourage" says it was not the man named
OTHER = Person(None, frozenset({"another"}))


class Act(NamedTuple):
    """An act a claim speaks of: its class, agent and patient, and whether it is denied."""

    cls: str
    agent: Person
    patient: Person
    negated: bool

    def keys(self) -> frozenset[str]:
        """Return the keys to look the act up by: its class with each way of naming both."""
        agents = {self.agent.name, *self.agent.roles, "?"} - {None}
        patients = {self.patient.name, *self.patient.roles} - {None}
        # "?": any agent, so that one left unsaid finds the acts done to the same person
        return frozenset(f"{self.cls}:{a}>{p}" for a in agents for p in patients)


def _same(a: Person, b: Person) -> bool | None:
    """Return whether two people are one: by name when both are named, else by role (None:
    maybe, one role and no name to tell, or an agent left unsaid)."""
    if a.name and b.name:
        return a.name == b.name
    if UNKNOWN in (a, b) or OTHER in (a, b):
        # an agent left unsaid may be one named, not one only described: "she had been
        # yanked backward" is not "Fields was grabbed by another man"
        return None if (a.name or b.name) else False
    if a.roles & b.roles:
        return None  # the same only with a named other end
    return False


def same_act(a: Act, b: Act) -> bool:
    """Return whether two acts are one: the same class, agent and patient (one of the two by
    name at least, the other by name or role)."""
    if a.cls != b.cls:
        return False
    agent, patient = _same(a.agent, b.agent), _same(a.patient, b.patient)
    if agent is False or patient is False:
        return False
    return agent is True or patient is True


class _Tok(NamedTuple):
    text: str
    low: str
    start: int


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.group().lower(), m.start()) for m in _WORD.finditer(text)]


def _capital(tok: _Tok) -> bool:
    return tok.text[0].isupper() and tok.low not in _DETERMINER and tok.low not in _PRONOUN


def _last_name(tok: _Tok) -> str:
    return _POSSESSIVE.sub("", tok.low)


class _Ref(NamedTuple):
    """A reference to a person in a claim: a name, a pronoun, or a role."""

    name: str | None
    pronoun: str | None
    role: str | None
    other: bool = False  # "another man", "someone else"


def _left_ref(toks: list[_Tok], end: int) -> _Ref | None:
    """Return the person named by the words ending before token `end` (the agent)."""
    j = end - 1
    if j >= 0 and toks[j].low == "of":  # "accused Lewandowski of grabbing her"
        j -= 1
    if j >= 0 and toks[j].low == ",":  # "the Trump campaign manager, Corey Lewandowski,"
        j -= 1
    if j < 0:
        return None
    tok = toks[j]
    if tok.low in _PRONOUN:
        return _Ref(None, tok.low, None)
    if _capital(tok):
        return _Ref(_last_name(tok), None, None)
    if tok.low == "else" and j >= 1 and toks[j - 1].low in _SOMEONE:
        return _Ref(None, None, "person", other=True)  # "someone else grabbed her"
    head = _POSSESSIVE.sub("", tok.low)
    if head in PERSON_NOUNS:
        mod = toks[j - 1].low if j >= 1 and toks[j - 1].low.isalpha() else ""
        role = f"{mod} {head}" if mod and mod not in _DETERMINER else head
        other = any(t.low == "another" for t in toks[max(0, j - 2) : j])
        return _Ref(None, None, role, other=other)
    return None


def _right_ref(toks: list[_Tok], start: int) -> _Ref | None:
    """Return the person named by the words from token `start` on (the patient)."""
    k = start
    while k < len(toks) and toks[k].low.endswith("ly") and toks[k].low not in _PRONOUN:
        k += 1  # "yanked roughly"
    if k >= len(toks):
        return None
    tok = toks[k]
    if tok.low in _PRONOUN:
        return _Ref(None, tok.low, None)
    if tok.low in _SOMEONE and k + 1 < len(toks) and toks[k + 1].low == "else":
        return _Ref(None, None, "person", other=True)
    if tok.low == "another":
        found = _right_ref(toks, k + 1)
        return found._replace(other=True) if found and found.role and not found.name else None
    # "the arm of a Breitbart reporter", "the left arm of Fields"
    if (
        tok.low in _DETERMINER
        and k + 3 < len(toks)
        and any(re.fullmatch(_BODY, t.low) for t in toks[k + 1 : k + 3])
    ):
        at = next(n for n in range(k + 1, k + 3) if re.fullmatch(_BODY, toks[n].low))
        if at + 1 < len(toks) and toks[at + 1].low == "of":
            return _right_ref(toks, at + 2)
        return None
    role = None
    if tok.low in _DETERMINER:
        k += 1
    # "a female reporter", "reporter Michelle Fields", "the reporter, Michelle Fields"
    n = k
    while n < len(toks) and n < k + 3 and not _capital(toks[n]) and toks[n].low.isalpha():
        if toks[n].low in PERSON_NOUNS:
            mod = toks[n - 1].low if n > k else ""
            role = f"{mod} {toks[n].low}" if mod and mod not in _DETERMINER else toks[n].low
            n += 1
            break
        n += 1
    if role is not None:
        if n < len(toks) and toks[n].low == ",":
            n += 1
    else:
        n = k
        # "Breitbart reporter Michelle Fields": a capitalised modifier before the role
        m = n
        while m < len(toks) and _capital(toks[m]):
            m += 1
        if m < len(toks) and toks[m].low in PERSON_NOUNS:
            role, n = f"{toks[m - 1].low} {toks[m].low}" if m > n else toks[m].low, m + 1
    run = n
    while run < len(toks) and _capital(toks[run]):
        run += 1
    if run > n:
        return _Ref(_last_name(toks[run - 1]), None, role)
    return _Ref(None, None, role) if role else None


class _Found(NamedTuple):
    cls: str
    agent: _Ref | None
    patient: _Ref | None
    negated: bool


@lru_cache(maxsize=50_000)
def _parse(text: str) -> _Found | None:
    """Return the act a claim's own words state, with its people as written, or None."""
    if _VERB.search(text) is None:
        return None  # most claims: no verb of an act
    plain = _HONORIFIC.sub("", text.replace(". . .", " "))
    m = _VERB.search(plain)
    if m is None:
        return None
    word = m.group().lower()
    cls = _CLASS_OF.get(word) or next(c for p, c in _PHRASE_CLASS if p.fullmatch(m.group()))
    toks = _tokens(plain)
    first = next(n for n, t in enumerate(toks) if t.start >= m.start())
    last = next((n for n, t in enumerate(toks) if t.start >= m.end()), len(toks))
    j, negated, passive = first, False, False
    while j > 0 and (
        toks[j - 1].low in _BETWEEN
        or toks[j - 1].low in _NEGATIONS
        or toks[j - 1].low.endswith(("n't", "n’t"))
        or (toks[j - 1].low.endswith("ly") and toks[j - 1].low not in _PRONOUN)
    ):
        j -= 1
        low = toks[j].low
        negated |= low in _NEGATIONS or low.endswith(("n't", "n’t"))
        passive |= low in _BE
    passive = passive and word.endswith("ed")
    if passive:
        # "she had been yanked backward", "Fields was grabbed by another man"
        patient = _left_ref(toks, j)
        agent = None
        if last < len(toks) and toks[last].low == "by":
            agent = _right_ref(toks, last + 1)
        return _Found(cls, agent, patient, negated)
    agent = _left_ref(toks, j) if j > 0 else None
    if agent is None and first == 0 and word.endswith("ing"):
        agent = _Ref(None, "i", None)  # "denied grabbing her": the speaker's own act
    return _Found(cls, agent, _right_ref(toks, last), negated)


_NAME_RUN = r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"


@lru_cache(maxsize=10_000)
def role_name(article: str, role: str) -> str | None:
    """Return the last name of the one person an article names with a role ("campaign
    manager Corey Lewandowski", "Corey Lewandowski, Trump's campaign manager"), or None when
    it names none or several."""
    words = r"(?i:" + r"\s+".join(re.escape(w) for w in role.split()) + ")"
    found = set()
    for m in re.finditer(r"\b" + words + r"s?,?\s+" + _NAME_RUN, article):
        found.add(_POSSESSIVE.sub("", m.group(1).split()[-1].lower()))
    for m in re.finditer(
        _NAME_RUN
        + r",\s+(?:the|a|an|his|her|their|[A-Z][\w-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?"
        + words
        + r"\b",
        article,
    ):
        found.add(_POSSESSIVE.sub("", m.group(1).split()[-1].lower()))
    found = {f for f in found if f not in {"the", "a", "an", "his", "her"}}
    return found.pop() if len(found) == 1 else None


def _resolve(
    ref: _Ref | None, speaker: str | None, named: list[str], article: str, other: str | None
) -> Person | None:
    """Return the person a reference stands for: a pronoun is the speaker, or the last person
    named before the claim in its sentence, whichever is not the act's other end."""
    if ref is None:
        return None
    name = ref.name
    if ref.pronoun:
        name = None
        if ref.pronoun in _FIRST_PERSON:
            name = speaker
        else:
            name = next((n for n in [speaker, *named[::-1]] if n and n != other), None)
        if name is None:
            return None
    roles = {ref.role.split()[-1]} if ref.role else set()
    if name is None and ref.role and article:
        name = role_name(article, ref.role)
        if name is None and " " in ref.role:
            name = role_name(article, ref.role.split()[-1])
    if name is not None and article:
        roles |= name_roles(article, name)
    return Person(name, frozenset(roles))


@lru_cache(maxsize=10_000)
def name_roles(article: str, name: str) -> frozenset[str]:
    """Return the roles an article gives a name just before it: "Breitbart reporter
    Michelle Fields", "the reporter, Michelle Fields" -> reporter."""
    found = re.finditer(
        r"\b(?i:("
        + "|".join(sorted(PERSON_NOUNS))
        + r"))s?,?\s+(?:[A-Z][\w’'-]+\s+){0,2}"
        + r"(?i:"
        + re.escape(name)
        + r")\b",
        article,
    )
    return frozenset(m.group(1).lower() for m in found)


_SENTENCE_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")


def act_of(
    text: str, speaker: str | None, before: str = "", article: str = "", denied: bool = False
) -> Act | None:
    """Return the act a claim states (`before`: its sentence up to the claim; `article`:
    the article's text, for roles; `denied`: the claim is a denial), or None.

    "he had never touched Fields", said by Corey Lewandowski: contact, Lewandowski to Fields,
    negated. "Trump's 41-year-old campaign manager yanked her out of the way", said by
    Michelle Fields in an article naming "Donald Trump campaign manager Corey Lewandowski":
    contact, Lewandowski to Fields.
    """
    found = _parse(text)
    if found is None or found.patient is None:
        return None
    last = speaker.split()[-1].lower() if speaker else None
    named = [
        _POSSESSIVE.sub("", m.group().split()[-1].lower()) for m in _SENTENCE_NAME.finditer(before)
    ]
    agent_name = found.agent.name if found.agent else None
    patient = _resolve(found.patient, last, named, article, agent_name)
    if patient is None:
        return None
    negated = found.negated is not denied
    if found.agent is not None and found.agent.other:
        # "Fields was grabbed by another man": not by the one named elsewhere
        return Act(found.cls, OTHER, patient, not negated) if patient.name else None
    if found.agent is None:
        # an agent left unsaid is one only with an act done to someone named: "she had been
        # yanked backward", said by Michelle Fields
        agent: Person | None = UNKNOWN if patient.name else None
    else:
        agent = _resolve(found.agent, last, named, article, patient.name)
    if agent is None or (agent.name and agent.name == patient.name):
        return None
    if not (agent.name or patient.name):
        return None
    return Act(found.cls, agent, patient, negated)


def refers_to_act(text: str) -> bool:
    """Return whether a claim speaks of an act only by a word for it: "it happened", "the
    contact never occurred", "their account"."""
    return _EVENT.match(text.strip().strip("“”\"'’‘()")) is not None


def event_negated(text: str) -> bool:
    """Return whether a claim referring to an act says it did not happen ("nothing happened")."""
    return _EVENT_NEGATED.match(text) is not None and bool(
        re.search(r"\b(?:nothing|never|not)\b|n[’']t\b", text, re.IGNORECASE)
    )
