"""Word forms that suffix rules cannot reach, kept as data: irregular verbs and plurals, and
words derived from another ("staffers" from "staff", "defrauded" from "fraud").

A stemmer that strips "-ed" and "-ing" never brings "began" to "begin", "spoke" to "speak"
or "fought" to "fight"; news reports the same act in the past ("he spoke with Putin") and
the present ("they speak every week"). Each inflected form maps to its base form, which
the stemmer then treats like any other word. Forms that are also common other words
("left", "felt", "saw", "lay") are left out: a wrong lemma would merge two words.
"""

from __future__ import annotations

# base form: past tense and past participle
_FORMS: dict[str, tuple[str, ...]] = {
    "arise": ("arose", "arisen"),
    "beat": ("beaten",),
    "become": ("became",),
    "begin": ("began", "begun"),
    "bite": ("bitten",),
    "blow": ("blew", "blown"),
    "break": ("broke", "broken"),
    "bring": ("brought",),
    "build": ("built",),
    "buy": ("bought",),
    "catch": ("caught",),
    "choose": ("chose", "chosen"),
    "come": ("came",),
    "deal": ("dealt",),
    "draw": ("drew", "drawn"),
    "drink": ("drank", "drunk"),
    "drive": ("drove", "driven"),
    "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"),
    "fight": ("fought",),
    "find": ("found",),
    "flee": ("fled",),
    "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"),
    "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"),
    "give": ("gave", "given"),
    "grow": ("grew", "grown"),
    "hang": ("hung",),
    "hear": ("heard",),
    "hide": ("hid", "hidden"),
    "hold": ("held",),
    "keep": ("kept",),
    "know": ("knew", "known"),
    "lead": ("led",),
    "lend": ("lent",),
    "lose": ("lost",),
    "mean": ("meant",),
    "meet": ("met",),
    "pay": ("paid",),
    "ride": ("rode", "ridden"),
    "ring": ("rang", "rung"),
    "rise": ("rose", "risen"),
    "run": ("ran",),
    "seek": ("sought",),
    "sell": ("sold",),
    "send": ("sent",),
    "shake": ("shook", "shaken"),
    "shoot": ("shot",),
    "sing": ("sang", "sung"),
    "sink": ("sank", "sunk"),
    "sit": ("sat",),
    "sleep": ("slept",),
    "speak": ("spoke", "spoken"),
    "spend": ("spent",),
    "stand": ("stood",),
    "steal": ("stole", "stolen"),
    "stick": ("stuck",),
    "strike": ("struck", "stricken"),
    "swear": ("swore", "sworn"),
    "take": ("took", "taken"),
    "teach": ("taught",),
    "tear": ("tore", "torn"),
    "think": ("thought",),
    "throw": ("threw", "thrown"),
    "understand": ("understood",),
    "wake": ("woke", "woken"),
    "wear": ("wore", "worn"),
    "win": ("won",),
    "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"),
}
# base form: irregular plural
_PLURALS: dict[str, tuple[str, ...]] = {
    "child": ("children",),
    "man": ("men",),
    "woman": ("women",),
    "person": ("persons",),
}

# base word: words derived from it that the stemmer's suffixes and truncation do not bring
# to it ("staffers" stems to "staffe", "defrauded" to "defrau"): one report says "some DNC
# staffers had favored Clinton", another "DNC staff favoring Hillary Clinton"; "Trump had
# defrauded more than 5,000 individuals", "Trump University is a fraud"
_DERIVED: dict[str, tuple[str, ...]] = {
    "staff": ("staffer", "staffers"),
    "fraud": ("defraud", "defrauded", "defrauding"),
}

IRREGULAR: dict[str, str] = {
    form: base for base, forms in (_FORMS | _PLURALS | _DERIVED).items() for form in forms
}
# the past tenses and participles of the irregular verbs ("rose", "grown")
VERB_FORMS: frozenset[str] = frozenset(form for forms in _FORMS.values() for form in forms)

# consonants doubled before "-ed" and "-ing" ("banned", "planning", "grabbed"), undone
# after the suffix goes; l, s, z and f double in base forms too ("called", "passed")
_DOUBLED = frozenset("bdgmnprt")


# endings of short words whose final "s" is no plural ("bias", "plus", "this", "less")
_NOT_PLURAL = ("ss", "us", "is", "as")
# a sibilant before a plural "-es" ("taxes", "boxes", "fixes"): the "-es" goes, whatever
# the length of what is left
_SIBILANT_PLURAL = ("xes", "zes", "ches", "shes", "sses")


def singular(word: str) -> str:
    """Return a plural of a short or sibilant word made singular ("guns" -> "gun",
    "taxes" -> "tax"); other words unchanged (longer plurals are the stemmer's).

    Stemming leaves words of four letters as they are and keeps four letters of a stem:
    without this, "gun" never met "guns", nor "ban" "bans", "job" "jobs" or "tax" "taxes".
    """
    if word.endswith(_SIBILANT_PLURAL) and len(word) >= 5:
        return word[:-2]
    if len(word) == 4 and word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def base_form(word: str) -> str:
    """Return the base form of an irregular inflection ("spoke" -> "speak"), else the word."""
    return IRREGULAR.get(word, word)


def undouble(word: str) -> str:
    """Return the word with a doubled final consonant made single ("bann" -> "ban")."""
    if len(word) >= 4 and word[-1] == word[-2] and word[-1] in _DOUBLED:
        return word[:-1]
    return word
