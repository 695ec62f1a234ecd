"""The name a speaker is stored under: an extracted name cleaned of what is no part of it.

The extractor names a claim's speaker from the words of one article. Across a corpus some
of those words are no name: an adverb or a time phrase the mention ran into ("an
anti-Trump PAC recently"), the verb of a clause ("Trump primes supporters"), the
organisation a person belongs to glued before the name ("Navy SEALS Tyrone Woods"), a
quantifier ("many Democrats" are Democrats), an outlet read as a surname ("the Guardian" is
no Guardian), a relative described through someone else ("Alastair Osman's colleague"). The
store keeps the claim's extracted name (`speaker_raw`) and files it under the cleaned name,
or under no speaker when nothing that names someone is left.
"""

# Typographic apostrophes are matched on purpose: news text uses them.
# ruff: noqa: RUF001

from __future__ import annotations

import re

from claimtrack.lexicon import (
    AUXILIARIES,
    FIRST_NAME_GENDERS,
    MONTHS,
    ORGANISATION_WORDS,
    PLURALS_WITHOUT_S,
    PRONOUNS,
    ROLE_NOUNS,
    STATE_ABBREVIATIONS,
    TITLES,
    US_STATES,
    WORK_NOUNS,
    common_words,
    undated,
)
from claimtrack.store.aliases import SpeakerKind, describe, key

# Months, which a time phrase at the end of a name holds: "A Bloomberg poll in June".
_MONTHS = frozenset(MONTHS)
_PERIODS = frozenset({"week", "month", "year"})
# nouns ending in -ly, which may end a name: "a CNN tally", "the Kennedy family"
_LY_NOUNS = frozenset(
    "ally tally rally family assembly anomaly monopoly supply daily weekly monthly quarterly"
    " bully homily".split()
)

# plural-looking words that stand before a noun as modifiers, not as verbs: "House ethics
# investigators", "A German news organization"
_NOT_VERBS = frozenset("news ethics politics economics affairs sports arms".split())

# Nouns of a relation between two people: "X's colleague" names someone described through
# X, who is not X and whom the text does not name there ("his colleague wrote").
_RELATIONS = frozenset(
    "colleague colleagues friend friends son sons daughter daughters wife husband father"
    " mother brother brothers sister sisters cousin uncle aunt nephew niece grandson"
    " granddaughter grandfather grandmother partner girlfriend boyfriend spouse".split()
)

# Plural nouns of people that say nothing of whom without their complement: "Proponents"
# (of the new bill), "many opponents" (of the rule), "members" (of what?), "Allies" (whose?
# the Texas senator's in one article, Bill Clinton's in another), "Aides", "Other defenders"
# (of Melania Trump's speech), "The heads" (of both lobbying firms), "the brothers". Not
# "Supporters", whom the seeds' gold takes as a speaker ("Supporters argue his ability ...").
_RELATIONAL_PLURALS = frozenset(
    "proponents opponents members friends allies aides advisers advisors associates defenders"
    " backers heads brothers sisters parents authors fans followers colleagues".split()
)

# Plural nouns of people that, alone, name no one in particular across a corpus: "Police"
# (of Jupiter, Florida, in one article, of a German town in another), "officials", "Voters",
# "hardliners" (the platform committee's), "terrorists", "Participants". Such a noun is an
# English word (`common_words`), as "Democrats" and "Hispanics" are not. The seeds' gold
# keeps two as speakers: "Supporters argue that his ...", "critics warn that Trump's ...".
_GOLD_PLURALS = frozenset({"supporters", "critics"})


def _generic_plural(word: str) -> bool:
    """Return whether a word alone is a common plural noun of people: "Voters", "police"
    (not "Democrats", "Times", "Census")."""
    key = word.lower()
    plural = key in PLURALS_WITHOUT_S or (
        key.endswith("s") and not key.endswith(("ss", "us")) and key not in ORGANISATION_WORDS
    )
    # common_words lacks some: a word written in lower case ("forecasters", "unions") and a
    # role's plural ("presidents", "strategists"); not an agent's ending alone, which
    # surnames and names have too ("Sanders", "Reuters", "the Rainmakers")
    common = word.islower() or key in common_words() or key[:-1] in ROLE_NOUNS
    return plural and key not in _GOLD_PLURALS and common


# Words before such a plural that still say nothing of which: "former officials", "outside
# experts", "Top advisers", "various rivals", "local officials", "politicians and activists"
_VAGUE_WORDS = frozenset("former outside senior top various more other local and".split())


def _generic_group(words: list[str]) -> bool:
    """Return whether words are a common plural noun of people with at most vague words
    before it: "Voters", "former prosecutors", "politicians and activists" (not "legal
    experts")."""
    *before, last = words
    return _generic_plural(last) and all(
        w.lower() in _VAGUE_WORDS or _generic_plural(w) for w in before
    )


# pronouns that stress the name they follow: "Ford itself"
_REFLEXIVES = frozenset("itself himself herself themselves".split())

# Heads of a description of one person or body that the article does not name: "a person
# familiar with Johnson's views", "a longtime adviser to Trump", "A major Muslim civil rights
# group", "an anti-Trump PAC", and a paper not named: "a New Hampshire paper"
_ONE_UNNAMED = ROLE_NOUNS | ORGANISATION_WORDS | frozenset({"person", "source", "pac"})
# words after such a head that tell whose it is, not which: "adviser to", "familiar with"
_DESCRIBING = frozenset({"of", "to", "for", "with", "from", "in", "at", "familiar", "close"})


def _one_unnamed(words: list[str]) -> bool:
    """Return whether words describe one person or body without naming them: "a person
    familiar with Johnson's views", "a spokesman for committee Democrats" (not "a recent poll
    of Indiana voters", a work)."""
    lower = [w.lower() for w in words]
    if lower[-1] == "paper":
        return True  # "a New Hampshire paper" (its article dropped before): which, it does not say
    if lower[0] not in _ARTICLES or len(words) < 2:
        return False
    ends = [i for i, w in enumerate(lower) if w in _DESCRIBING]
    head = lower[(ends[0] if ends else len(lower)) - 1]
    return head in _ONE_UNNAMED


# Common nouns for a kind of body or of text, which alone name none of them: "PAC" (of "a
# super PAC supporting John Faso"), "Campaign", "Court", "Transcript" (of "Transcript as
# follows:"). Bodies that are one of a kind where the news is written keep their name:
# "Congress", "the Pentagon", "the Post".
_KINDS = (ORGANISATION_WORDS | WORK_NOUNS | {"pac", "pacs", "super", "newspaper"}) - {
    "army",
    "cabinet",
    "congress",
    "house",
    "international",
    "kremlin",
    "media",
    "national",
    "news",
    "pentagon",
    "police",
    "post",
    "press",
    "senate",
    "times",
}

# Things that say nothing, which a sentence may still open with: "The Democratic plan
# rejected on Monday was similar to ...", "Adoptee Citizenship Act", "Second Amendment"
_THINGS = frozenset("plan plans proposal act amendment bill law".split())

# Offices, which end a name that has lost its holder's: "Palm Beach County Supervisor"
_OFFICES = TITLES | frozenset(
    "supervisor commissioner director chairman chairwoman secretary spokesman spokeswoman"
    " governor mayor senator president attorney judge sheriff chief".split()
)

# Quantifiers that make a group some of a group: "many Democrats", "Some GOP strategists".
_QUANTIFIERS = frozenset("many some several numerous multiple".split())
# "some of Clinton's allies", "some on Twitter": a part, kept as it is said
_PARTITIVES = frozenset({"of", "on", "in", "at", "from"})
# Quantities of a group, which across articles is the group: "a dozen Senate Republicans",
# "A few other prominent Republicans", "a significant number of Democrats", "Virtually all
# analysts", "most Republicans"
_SOME_OF = re.compile(
    r"(?:(?:[Oo]nly|[Vv]irtually|[Nn]early|[Aa]lmost|[Aa]bout)\s+)?(?:[Hh]alf\s+)?"
    r"(?:[Aa]\s+(?:dozen|few|handful\s+of|couple\s+of|(?:significant\s+)?number\s+of|majority\s+of)"
    r"|[Dd]ozens\s+of|[Mm]ost|all(?!\s+the\b))\s+(?:other\s+)?",
)
# Articles dropped before a name: "A CBS poll" is the CBS poll, "a Medium post" ...
_ARTICLES = frozenset({"a", "an"})

# An acronym, the organisation a person's name may be glued to: "PAC", "SEALS", "NFL".
_ACRONYM = re.compile(r"^(?![IVX]+$)[A-Z]{2,}$")


# how many characters before a mention speaker_name is given to read
WORDS_BEFORE = 60


def speaker_name(name: str, mention: str | None = None, before: str = "") -> str | None:
    """Return the name to store an extracted speaker name under, or None when it names no one.

    mention is the claim's speaker mention: "the Guardian" for the extracted "Guardian"; before,
    the article's words just before the mention.
    """
    words = name.split()
    if not words:
        return None
    if words[-1].endswith("''"):
        words[-1] = words[-1][:-2]  # "Donald Trump''": a closing quotation mark of the NYT
    if (
        len(words) == 1
        and mention is not None
        and key(mention) == "the " + key(words[0])
        and describe(words[0]).kind is SpeakerKind.PERSON
        and not words[0].endswith(("s", "ese", "."))  # "the Saudis", "the Chinese", "the F.A.A."
    ):
        return "The " + words[0]  # "the Guardian", "The Murphy [conference call]": no surname
    words = _with_initials_before(words, mention, before)
    words = _without_tail(words)
    if not words or words[-1].endswith(("'", "’")):
        return None  # "the Philippines' recently [elected president]"
    words = _before_verb(words)
    if not words:
        return None
    words = _without_determiner(_undated_work(_average(words)))
    words = _without_organisation(_undescribed_body(words))
    words = _without_owner(_without_plural_before(words))
    words = _after_role(words)
    lower = [w.lower() for w in words]
    if lower[-1] in _RELATIONAL_PLURALS and (len(words) == 1 or _SOME_OF.match(" ".join(words))):
        return None  # "Proponents", "many opponents", "a dozen members": of what?
    if len(words) == 1 and _cut_from_name(words[0], mention):
        return None  # "Presidential" of "Republican Presidential hopeful Sen. Ted Cruz"
    if _cut_from_body(words, mention, before):
        return None  # "United" of "executive director of National Nurses United, a union"
    if mention is not None and key(mention) == key(name) and _NAMED_KIND.search(before):
        return None  # "ABC's TV show [Scandal] showing an on-air abortion": a show says nothing
    if len(words) > 1 and lower[-1] in _REFLEXIVES:
        return None  # "Ford itself said the deal was on": Ford alone would be Robert S. Ford's
    if len(words) > 2 and lower[-1] in {"one", "ones"}:
        return None  # "Sarah Palin's pugnacious posts about ISIS include one"
    if len(words) == 1 and lower[0] in PRONOUNS:
        return None  # "It" of a headline's "And It Says A LOT"
    if _one_unnamed(words) or _one_unnamed_in(words, mention):
        return None  # "a person familiar with Johnson's views": who, it does not say
    if _generic_group(words):
        return None  # "Voters", "Police", "former officials": which ones, the name does not say
    if lower[-1] in _THINGS and (words[-1].islower() or lower[-1] in {"act", "amendment"}):
        return None  # "The Democratic plan rejected on Monday ...", not "Steven Law"
    if words == ["Dems"]:
        return "Democrats"  # a headline's "Dems hope Trump's behavior will help them"
    if len(words) > 1 and all(w[:1].isupper() for w in words) and lower[-1] in _OFFICES:
        return None  # "Palm Beach County Supervisor" [of Elections Susan Bucher]: whose office
    if all(w.rstrip(".") in _KINDS for w in lower):
        return None  # "PAC", "Super PAC", "Campaign": which one, the name does not say
    if _RELATION.search(" ".join(words)):
        return None  # "Alastair Osman's colleague", "Donald Trump's son"
    return " ".join(words)


# "X's colleague", "Donald Trump's eldest daughter", "Joseph R. Biden Jr.'s late son", and
# in a headline's capitals, "Eric Trump's Son"
_RELATION = re.compile(
    r"['’]s?\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(_RELATIONS)) + r")$", re.IGNORECASE
)


# A first name and its initials right before a mention: "from George H.W. [Bush] calling
# Ronald Reagan's policies “voodoo economics”"
_FIRST_AND_INITIALS = re.compile(r"(?:^|\s)(?P<first>[A-Z][a-z]+) (?P<initials>(?:[A-Z]\.){1,3}) $")
# Initials that are a place's or a body's, no middle name, lower case without the last dot:
# "in Charlotte N.C. [Trump]", "the Virginia G.O.P. [Obama]" (and the states', STATE_ABBREVIATIONS)
_NO_PERSON_INITIALS = frozenset({"u.s", "u.k", "u.n", "d.c", "e.u", "g.o.p"})


def _with_initials_before(words: list[str], mention: str | None, before: str) -> list[str]:
    """Return a one-word person's name with the first name and initials the article writes
    right before its mention, where the name was cut at the initials' dots: "Bush" after
    "George H.W. " is George H.W. Bush, no Jeb Bush."""
    if len(words) != 1 or mention is None or key(mention) != key(words[0]):
        return words
    found = _FIRST_AND_INITIALS.search(before)
    if (
        found is None
        or found["first"].casefold() not in FIRST_NAME_GENDERS
        or _place_initials(found["initials"])
        or describe(words[0]).kind is not SpeakerKind.PERSON
    ):
        return words
    return [found["first"], found["initials"], *words]


def _place_initials(initials: str) -> bool:
    """Return whether the initials after a first name are a place's or a body's, not a
    person's middle name: "Charlotte N.C.", "Virginia G.O.P." (a word before them tells
    nothing: "in Matthew M. Chingos's analysis", "at William F. Buckley's residence", train)."""
    letters = initials.lower().rstrip(".")
    return letters in STATE_ABBREVIATIONS or letters in _NO_PERSON_INITIALS


def _cut_from_name(word: str, mention: str | None) -> bool:
    """Return whether a one-word name is an English word that its mention shows cut from a
    longer capitalised phrase: "Presidential" of "Republican Presidential" [hopeful Sen. Ted
    Cruz], "Guardian" of "Ben Jacobs in The Guardian" (not "Mr. Hurt", "the Census")."""
    key = word.lower()
    if mention is None or key.endswith("s") or key not in common_words():
        return False  # (not "Many critics", "Several supporters")
    before = mention[: mention.rfind(word)].split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith(".")


# A capitalised word, alone or with "of", "for" or "and", that a body's name goes on after:
# "National Nurses [United]", "National Nurses United for [Patient Protection]", "the
# National Academies of Sciences, Engineering and [Medicine]" (not "The [Associated Press]")
_NAME_GOES_ON = re.compile(
    r"(?<![.!?:\n]) (?!The |An? )[A-Z][\w&-]* (?:(?:of|for|and) (?:the )?)?$"
)


# The kind of a work or a place that its name follows: "ABC's TV show [Scandal]", "the city of
# [Nice] urged people to seek shelter": a title or a place, not who said it
_NAMED_KIND = re.compile(
    r"\b(?:show|series|film|movie|book|novel|song|album|(?:city|town|village) of)\s+$",
    re.IGNORECASE,
)


# An organisation word and "of", "for" or "on" before a name in its mention: "a study by the
# Council of the [Great City Schools]", "the U.S. Senate Committee on [Homeland Security]"
_BODY_GOES_ON = re.compile(r"\b([A-Z][a-z]+) (?:of|for|on) (?:the )?$")


def _one_unnamed_in(words: list[str], mention: str | None) -> bool:
    """Return whether the mention is the name after "a"/"an", one body described and not named,
    whose head is in lower case: "A German news organization" [called “The Local”], "a
    Republican administration" (not "A State Department" [inspector general's report])."""
    if mention is None or not words[-1].islower() or words[-1] == "campaign":
        return False  # (not "A Clinton campaign" [official]: a candidate names the campaign)
    first, _, rest = mention.partition(" ")
    return (
        first.lower() in _ARTICLES
        and key(rest) == key(" ".join(words))
        and _one_unnamed(["a", *words])
    )


def _cut_from_body(words: list[str], mention: str | None, before: str) -> bool:
    """Return whether a name of English words is the end of a body's longer name that the
    words before its mention begin: "United" of "National Nurses United" (not the persons of
    "co-Anchor DeMarco Morgan", whose names are no English words)."""
    name = " ".join(words)
    if mention is None or not mention.endswith(name):
        return False
    body = _BODY_GOES_ON.search(mention[: -len(name)])
    if body is not None and body.group(1).lower() in ORGANISATION_WORDS:
        return True  # "the Council of the [Great City Schools]", whatever the words
    if not all(w.lower() in common_words() or w.lower()[:-1] in common_words() for w in words):
        return False
    return _NAME_GOES_ON.search(before + mention[: -len(name)]) is not None


def _without_tail(words: list[str]) -> list[str]:
    """Return the words without the adverbs and time phrases a name never ends with: "an
    anti-Trump PAC recently", "Clinton repeatedly", "A CNN/ORC poll last month", "A Bloomberg
    poll in June", "A Monmouth poll out"."""
    words = list(words)
    while len(words) > 1:
        last, before = words[-1], words[-2]
        adverb = last.islower() and len(last) > 4 and last.endswith("ly")
        if (adverb and last not in _LY_NOUNS) or last == "out":
            words.pop()
        elif last in _PERIODS and before in {"last", "this", "next"}:
            del words[-2:]
            if words and words[-1] == "earlier":
                words.pop()
        elif last in _MONTHS and before == "in":
            del words[-2:]
        elif _participle(last) and (before[:1].isupper() or before.lower() in WORK_NOUNS):
            words.pop()  # "a national Gallup Poll taken [last week]"
        else:
            break
    return words


# words that go on a noun phrase, never a verb's object: "Democratic chairs from Jefferson"
_LINKS = frozenset({"and", "or", "of", "from", "for", "in", "at", "with"})


# past participles that do not end in -ed: "a national Gallup Poll taken last week"
_IRREGULAR_PARTICIPLES = frozenset("taken given shown written done seen made held".split())


def _participle(word: str) -> bool:
    """Return whether a lower-case word is a past participle: "released", "taken"."""
    return word.islower() and (
        (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PARTICIPLES
    )


# kinds of outlet, which describe the outlet named after them: "Israeli newspaper Haaretz"
_OUTLETS = frozenset("newspaper magazine website tabloid broadcaster".split())


def _after_role(words: list[str]) -> list[str]:
    """Return the name after a lower-case role noun inside a name: "Band member Flea" ->
    "Flea", "most able candidate Viguerie" -> "Viguerie", "Israeli newspaper Haaretz" ->
    "Haaretz" (the role describes, the name names)."""
    for i in range(len(words) - 2, 0, -1):
        word = words[i]
        if word.islower() and (word in ROLE_NOUNS or word in TITLES or word in _OUTLETS):
            rest = words[i + 1 :]
            if all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in rest):
                return rest
            return words
    return words


def _before_verb(words: list[str]) -> list[str]:
    """Return the words before a verb a name ran into: "Trump primes supporters" -> "Trump",
    "Washington Times reports Beck" -> "Washington Times"; [] for "would require Republicans"."""
    if words[0] in AUXILIARIES:
        return []
    for i in range(1, len(words) - 1):
        word = words[i]
        if not (word.islower() and word.isalpha()):
            continue
        # a name, then a lower-case word of the third person and its object: a clause
        names, after = words[:i], words[i + 1]
        third = word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))
        if (
            third
            and word not in _NOT_VERBS
            and all(w[:1].isupper() and not w.endswith(("'s", "’s", "'", "’")) for w in names)
            and after not in _LINKS  # "RNC members and officials"
            and not names[-1].endswith(("ic", "an"))  # "Democratic chairs", "American officials"
            and " ".join(names) not in US_STATES  # "Iowa biofuels advocates"
        ):
            return names
        return words
    return words


def _without_determiner(words: list[str]) -> list[str]:
    """Return the words without a quantifier ("many Democrats", "a dozen Senate Republicans")
    or an article before a name ("A CBS poll"): what the speaker is across articles."""
    first = words[0].lower()
    if len(words) > 1 and (
        (first in _QUANTIFIERS and words[1] not in _PARTITIVES)
        or (first in _ARTICLES and words[1][:1].isupper())
    ):
        return words[1:]
    some = _SOME_OF.match(" ".join(words))
    if some is not None:
        rest = " ".join(words)[some.end() :].split()
        # (a capitalised "Most" may open a headline: "The Most Powerful Things Latinos Said")
        if (
            0 < len(rest) <= (2 if some.group().startswith("Most") else 3)
            and rest[-1].endswith("s")
            and rest[-1].lower() not in _RELATIONAL_PLURALS
        ):
            return rest  # "a few Republican lawmakers" are Republican lawmakers
    return words


# an average of polls, named by whose it is: "RealClearPolitics average of recent polls",
# "Real Clear Politics polling average", "RealClearPolitics average of national polls",
# "RealClearPolitics average of recent Hoosier polls", "... of New Hampshire surveys"
_AVERAGE = re.compile(r"\s(?:polling\s+)?average(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:polls|surveys))?$")


def _average(words: list[str]) -> list[str]:
    """Return an average of polls as its owner's average: "RealClearPolitics average of
    recent polls" -> "RealClearPolitics average", so that one average is one speaker."""
    name = " ".join(words)
    found = _AVERAGE.search(name)
    if found is None or not name[: found.start()].split()[-1][:1].isupper():
        return words
    return [*name[: found.start()].split(), "average"]


def _undated_work(words: list[str]) -> list[str]:
    """Return a work's name without the article and the words that date or describe it: "a
    national Gallup Poll" [taken last week] -> "Gallup Poll", "an online University of
    Texas/Texas Tribune poll" [out Thursday] (the extractor's name keeps the time phrase that
    hid its work noun)."""
    if len(words) < 3 or words[-1].lower() not in WORK_NOUNS:
        return words
    rest = words[1:] if words[0].lower() in _ARTICLES else words
    named = undated(rest)
    return named if len(named) < len(rest) else words


# words that describe a body before its name: "the nonpartisan Congressional Budget Office"
_BODY_DESCRIBERS = frozenset("nonpartisan bipartisan independent".split())


def _undescribed_body(words: list[str]) -> list[str]:
    """Return a body's name without a lower-case word describing it: "nonpartisan
    Congressional Budget Office" -> "Congressional Budget Office"."""
    if (
        len(words) > 2
        and words[0] in _BODY_DESCRIBERS
        and all(w[:1].isupper() for w in words[1:])
        and words[-1].lower() in ORGANISATION_WORDS
    ):
        return words[1:]
    return words


def _without_plural_before(words: list[str]) -> list[str]:
    """Return a person's name without a common plural noun glued before it: "Celebrities
    Julianne Moore" -> "Julianne Moore" (of a list: "Celebrities Julianne Moore, Kerry
    Washington ..."), not "Priorities USA Action"."""
    first, rest = words[0], words[1:]
    if (
        2 <= len(rest) <= 3
        and first[:1].isupper()
        and _generic_plural(first)
        and not any(w.isupper() for w in rest)
        and describe(" ".join(rest)).kind is SpeakerKind.PERSON
    ):
        return rest
    return words


def _without_owner(words: list[str]) -> list[str]:
    """Return a person's name without the outlet or body it is said to belong to: "Post's
    Dana Milbank" -> "Dana Milbank", "The New Republic's Jeet Heer"."""
    for i, word in enumerate(words[:-2]):
        if not word.endswith(("'s", "’s")):
            continue
        rest = words[i + 1 :]
        person = describe(" ".join(rest)).kind is SpeakerKind.PERSON
        if person and len(rest) <= 3 and all(w[:1].isupper() for w in rest):
            return rest
        return words
    return words


def _without_organisation(words: list[str]) -> list[str]:
    """Return a person's name without the acronym of a body glued before it: "PAC Priorities
    USA Action" -> "Priorities USA Action", "Navy SEALS Tyrone Woods" -> "Tyrone Woods"."""
    for i, word in enumerate(words[:-2]):
        if not _ACRONYM.match(word):
            continue
        if not all(w[:1].isupper() and w.lower().rstrip(".") not in TITLES for w in words[:i]):
            return words
        rest = words[i + 1 :]
        person = describe(" ".join(rest)).kind is SpeakerKind.PERSON
        if person and len(rest) <= 3 and rest[0].lower() not in TITLES:
            return rest
        return words
    return words
