"""Whether all two claims share is one topic phrase ("the real estate mogul", "comprehensive
immigration reform", "the federal minimum wage"), or an event one of them only dates or
explains its own predicate by ("the week after his controversial proposal to ...").

A noun phrase names what claims are about, not what they say of it: "the real estate mogul
still has time to step up" and "they are set on voting for the real estate mogul" are two
propositions. A shared verb form ("hacked", "born"), a shared quotation ("an “artful smear”")
or words spread over the claim are a predicate, and stay evidence.

So two people's claims sharing two words ("a threat to public health and safety" / "he saw
Fields as a threat to Trump's safety"), or only things and names and no word of a predicate,
share a topic; and two polls' findings reporting other shares of a group ("About 4 in 10 say
..." / "about half ... said ...") are two polls.
"""

# ruff: noqa: RUF001  (curly apostrophes and quotes are real news text)

from __future__ import annotations

import re
from functools import lru_cache

from claimtrack.lexicon import MODALS, QUESTION_WORDS, common_words
from claimtrack.link.answers import CONTRACTED_VERB, predicates
from claimtrack.link.features import CONCEPTS, NUMBER_WORDS, TOKEN, Features, features, token_key
from claimtrack.link.lemmas import VERB_FORMS
from claimtrack.link.quotes import shared_quotation
from claimtrack.link.sentences import split

# each claim says at least this many content words besides the shared phrase (this many when
# the phrase holds no name both capitalise)
OTHER_WORDS = 2
UNNAMED_OTHER_WORDS = 1
# words that may stand inside a shared phrase: "the concentration of wealth"
_JOINERS = frozenset({"of", "and"})
# a copula before a phrase makes it a predicate: "he's the founder of ISIS"
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_ARTICLES = frozenset({"the", "a", "an"})
# a phrase whose names stand apart has at least this many words of its own
PHRASE_WORDS = 2
# two people's claims sharing at most this many content stems (names' included; no stop word,
# no "~" concept) share a phrase
FEW_WORDS = 2
# a claim of at most this many content stems, saying nothing of anyone named, is a stock phrase
# when two people say it
STOCK_WORDS = 3
# a word after these is a predicate: a verb ("to pay for the wall", "he will fight on", "does
# not clinch") or a graded adjective ("policies to be more liberal")
_BEFORE_PREDICATE = MODALS | {"to", "not", "never", "cannot", "more", "less", "most", "least"}
# ... and after a contracted modal or negation: "he'd force Mexico", "won't"
_CONTRACTED_BEFORE_PREDICATE = re.compile(r"[’'](?:d|ll)$|n[’']t$", re.IGNORECASE)
# a share in words, as the range of percents it says ("a majority" is any share above half);
# a word's "-" stands for a hyphen or a space: "two-thirds", "two thirds"
_SHARE_WORDS = {
    "half": (50, 50),
    "a-third": (33, 33),
    "one-third": (33, 33),
    "two-thirds": (67, 67),
    "a-quarter": (25, 25),
    "one-quarter": (25, 25),
    "three-quarters": (75, 75),
    "majority": (51, 100),
    "majorities": (51, 100),
}
# the counts of "N in M" in words: "four in 10", "one in five"
_COUNTS = {**NUMBER_WORDS, "one": "1"}
# a share of a group as a poll reports it: "65 percent", "85%", "four in 10", "one in five",
# "3 out of 4", "about two-thirds", "half", "a majority of", "large majorities" (not "the second
# half", "the majority leader")
_COUNT = "|".join((r"\d+", *_COUNTS))
_SHARE = re.compile(
    rf"\b(\d[\d.]*)\s?(?:percent\b|%)|\b({_COUNT})\s(?:in|out of)\s({_COUNT})\b|"
    r"(?<!first )(?<!second )(?<!other )(?<!back )(?<!front )\b("
    + "|".join(w.replace("-", r"[\s-]") for w in _SHARE_WORDS if w != "majority")
    + r"|majority(?= of))\b(?!-)",
    re.IGNORECASE,
)
# a speaker that is a poll: "Reuters/Ipsos poll", "New York Times/CBS News survey"
_POLL_SPEAKER = re.compile(r"\b(?:polls?|survey|pollsters?)\b", re.IGNORECASE)
# two shares this many points apart may be one finding rounded two ways ("two-thirds" / "65
# percent")
SHARE_SLACK = 3
# a word that is a verb form by its ending ("hacked", "sexting"), or "born", which the lemma
# table leaves out (its irregular pasts, "paid", "won", are lemmas.VERB_FORMS)
_VERB_FORM = re.compile(r"(?:ed|ing|en)$|^born$", re.IGNORECASE)
# a short quotation: a shared quoted phrase is a claim's own words ("“textbook definition”")
_QUOTED = re.compile(r"[“\"]([^”\"]{1,60})[”\"]|‘([^’]{1,60})’")
# a question: a sentence opening on a question word and ending on a question mark (a yes-or-no
# question is often a statement: "Is President Obama going to finally mention the words
# radical Islamic terrorism? If he doesn't he should immediately resign in disgrace!")
_WH_QUESTION = re.compile(
    rf"[\s\"“‘']*(?:{'|'.join(QUESTION_WORDS)})\b[^!?]*\?[\"”’'\s]*$", re.IGNORECASE
)
# ... but a statement asked to be agreed with is stated: "When I am president Mexico will pay
# for the wall, OK?", "Which is why Mexico is going to pay for the wall, right?"
_TAG = re.compile(
    r",\s*(?:ok(?:ay)?|right|correct|true|yes|no|isn[’']t (?:it|that)|you know|believe me)"
    r"\s*\?[\"”’'\s]*$",
    re.IGNORECASE,
)
# ... and so is a clause opened by "when" or "where" with no auxiliary after it (a question
# inverts: "When will Mexico pay?"): "When I am president, Mexico will pay for the wall?"
_SUBORDINATE = re.compile(
    r"[\s\"“‘']*(?:when|where)\s+(?!(?:is|are|was|were|do|does|did|has|have|had|"
    + "|".join(sorted(MODALS))
    + r")\b)",
    re.IGNORECASE,
)
# a quotation mark: a claim holding one quotes (its quotation may be longer than _QUOTED reads)
_QUOTE_MARK = re.compile("[“”\"‘]|''")
# what opens a phrase that dates or explains a predicate by another event: "Trump generated the
# most interactions ... the week after his controversial proposal to temporarily ban ...",
# "the judge would treat him unfairly because of his plans to build a wall" (not "goes after
# people when they go after him": a verb's "after" is no date); what a judgement is passed for
# ("cast ... as “divisive, stupid and wrong” for proposing a temporary ban"), what is talked
# about ("Trump's first TV ad talking about building a wall"), what stands against it ("a
# closer-than-expected primary despite his double-digit lead in polls")
_BACKGROUND = re.compile(
    r"(?<!\bgo\s)(?<!\bgoes\s)(?<!\bwent\s)(?<!\bgoing\s)(?<!\bcome\s)(?<!\bcame\s)"
    r"\b(?:after|following|since|amid|ahead of|because of|in the wake of|in the aftermath of|"
    r"during|despite|"
    r"in response to|for (?:proposing|suggesting|saying|calling for|advocating|his|her|their)|"
    r"(?:talking|talked|speaking|spoke|asked|questioned) about)\s",
    re.IGNORECASE,
)
# what someone calls for, named as what a claim says something else of: "Donald Trump's offer to
# make an “exception” to his call for a temporary ban on Muslims entering the United States"
_CALL_FOR = re.compile(
    r"\b(?:his|her|their|its|the|[A-Z][\w-]+[’']s?)\s(?:[\w-]+\s)?"
    r"(?:calls?|proposals?|plans?|pledges?|promises?|idea)\s(?:for|to)\s"
)
# ... but support of it or opposition to it says what the call says ("65 percent of Republicans
# supported his call for a temporary ban")
_SUPPORT = re.compile(
    r"\b(?:support|supports|supported|back|backs|backed|favor|favors|favored|oppose|opposes|"
    r"opposed|endorse|endorses|endorsed|agree|agrees|agreed)\b",
    re.IGNORECASE,
)
# the end of a background phrase: its sentence's ("... San Bernardino. I would ..."), or its
# clause's, where a main clause goes on ("to secure the nomination during the primary
# elections, but it will be difficult")
_PHRASE_END = re.compile(r"[.!?][\"”’]?\s|\s[—–]\s|[,;]\s+(?:and|but)\s|;\s")
# background phrases are looked for in a claim's first characters only: each costs the
# features of all before it, and no claim of PolNeAR is longer than 1,600 characters
BACKGROUND_REACH = 2_000
# the words of a claim's own predicate before a background phrase: "generated", "interactions"
PREDICATE_WORDS = 2


@lru_cache(maxsize=100_000)
def _keyed(text: str) -> tuple[tuple[str, str | None], ...]:
    """Return a text's tokens with their index keys (None for a stopword)."""
    return tuple((t, token_key(t)) for t in TOKEN.findall(text))


def _phrase(text: str, shared: frozenset[str]) -> list[str] | None:
    """Return the words of the shared keys where they stand side by side in the text, each
    once, else None ("zero military experience. He has zero foreign policy experience")."""
    tokens = _keyed(text)
    run: list[int] = []
    for i, (word, key) in enumerate((*tokens, ("", ""))):
        if key in shared and key not in {tokens[j][1] for j in run}:
            run.append(i)
            continue
        if key is None and run and i == run[-1] + 1 and word.lower() in _JOINERS:
            continue
        if len(run) == len(shared):
            return None if _after_copula(tokens, run[0]) else [tokens[j][0] for j in run]
        run = [i] if key in shared else []
    return None


def _after_copula(tokens: tuple[tuple[str, str | None], ...], at: int) -> bool:
    """Return whether the phrase at a token is what a copula predicates ("he's the founder
    of ISIS", "Obama was the founder of ISIS"): a predicate, not a topic."""
    before = [t.lower() for t, _ in tokens[max(0, at - 2) : at]]
    if before and before[-1] in _ARTICLES:
        before.pop()
    return bool(before) and (
        before[-1] in _COPULAS or CONTRACTED_VERB.fullmatch(before[-1]) is not None
    )


def shared_stems(fa: Features, fb: Features) -> frozenset[str]:
    """Return the content stems two claims (features) share: their stems, not their "~"
    concepts."""
    return frozenset(s for s in fa.stems & fb.stems if not s.startswith("~"))


def content_count(stems: frozenset[str]) -> int:
    """Return how many of `stems` are content stems, not "~" concepts."""
    return sum(not s.startswith("~") for s in stems)


@lru_cache(maxsize=100_000)
def capitalised(text: str) -> frozenset[str]:
    """Return the index keys of a text's capitalised words ("Sen. Ted Cruz" -> sen, ted, cruz).

    Cached: a claim is scored against each of its candidates.
    """
    return frozenset(k for t, k in _keyed(text) if k is not None and t[0].isupper())


def _side_by_side(a: str, b: str, shared: frozenset[str]) -> list[str] | None:
    """Return the words of the shared keys in both texts when they stand side by side in each."""
    pa = _phrase(a, shared)
    if pa is None:
        return None
    pb = _phrase(b, shared)
    return None if pb is None else pa + pb


def _is_verb(word: str) -> bool:
    return _VERB_FORM.search(word) is not None or word.lower() in VERB_FORMS


def verb_form(text: str, keys: frozenset[str]) -> bool:
    """Return whether a word of the text with one of these keys is a verb form ("hacked",
    "hacking", "paid")."""
    return any(_is_verb(t) for t, k in _keyed(text) if k in keys)


def _quoted(text: str) -> frozenset[str]:
    return frozenset().union(
        *(features(m.group(1) or m.group(2)).stems for m in _QUOTED.finditer(text))
    )


def paraphrased(fa: Features, fb: Features, shared: frozenset[str]) -> bool:
    """Return whether two claims (features, and the words they share) meet a concept through
    different words: a paraphrased predicate ("would never have begun" and "would not have
    occurred")."""
    return bool(
        {s for s in fa.stems & fb.stems if s.startswith("~")} - {CONCEPTS.get(s) for s in shared}
    )


def poll_shares(sentence: str) -> frozenset[tuple[int, int]]:
    """Return the shares of a group a sentence reports, as a poll does, each as the range of
    percents it says: "65 percent" -> (65, 65), "four in 10" -> (40, 40), "one in five" ->
    (20, 20), "half" -> (50, 50), "majorities" -> (51, 100)."""
    out = set()
    for m in _SHARE.finditer(sentence):
        percent, count, whole, word = m.groups()
        if percent:
            try:
                value = round(float(percent.rstrip(".")))
            except ValueError:  # "1.2.3 percent"
                continue
            if value <= 100:  # not "in 2016.40 percent"
                out.add((value, value))
        elif word:
            out.add(_SHARE_WORDS[re.sub(r"[\s-]+", "-", word.lower())])
        else:
            n = _COUNTS.get(count.lower(), count)
            of = _COUNTS.get(whole.lower(), whole)
            if n.isdigit() and of.isdigit() and 0 < int(n) <= int(of) <= 10:
                # "one in five", "3 out of 4" (not "in 10 days", "one in 2016")
                value = round(100 * int(n) / int(of))
                out.add((value, value))
    return frozenset(out)


def other_polls(a: frozenset[tuple[int, int]], b: frozenset[tuple[int, int]]) -> bool:
    """Return whether two sentences' shares (`poll_shares`) all differ by more than
    SHARE_SLACK points: two polls ("About 4 in 10 say they want the next president to have
    more liberal policies" / "Half of Vermont Democrats said they want the next president's
    policies to be more liberal"). One finding written two ways is one poll's: "4 in 10" /
    "40 percent", "two-thirds" / "65 percent", "a majority" / "65 percent"."""
    return bool(a and b) and not any(
        lo_a - SHARE_SLACK <= hi_b and lo_b - SHARE_SLACK <= hi_a
        for lo_a, hi_a in a
        for lo_b, hi_b in b
    )


@lru_cache(maxsize=100_000)
def _asked(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the stems of a text's questions (sentences opening on a question word and ending
    on a question mark) and those of the rest; no questions, no stems (the common case)."""
    if "?" not in text:
        return frozenset(), frozenset()
    asked: set[str] = set()
    said: set[str] = set()
    for sentence in split(text):
        stems = features(sentence).stems
        if (
            _WH_QUESTION.match(sentence) is not None
            and _TAG.search(sentence) is None
            and _SUBORDINATE.match(sentence) is None
        ):
            asked |= stems
        else:
            said |= stems
    return frozenset(asked), frozenset(said)


def asked_only(fa: Features, a: str, fb: Features, b: str) -> bool:
    """Return whether all the words two claims (features and texts) share stand in one's
    questions: a question asks what it holds, it states none of it. "I have not heard anyone
    other than you ever cite that figure. Who told you that 90 to 95 percent of your e-mails
    were in the State Department system? Who told you that?" (Gowdy to Clinton) says nothing
    that "90 percent of her e-mails were 'in the system' is her camp's calculation" says."""
    shared = shared_stems(fa, fb)
    if not shared:
        return False
    for text in (a, b):
        asked, said = _asked(text)
        if shared <= asked and shared.isdisjoint(said):
            return True
    return False


def stock_phrase(
    a: str, fa: Features, cue_a: str | None, b: str, fb: Features, cue_b: str | None
) -> bool:
    """Return whether two claims (texts, features and cues) each say STOCK_WORDS content stems
    or fewer, and say nothing of anyone named: said by two named people, each says them of
    their own matter, and so few words do not say which: "We'll see" (Sanders; Clinton's
    campaign; Pence, "Well, we'll see"; PolNeAR train+dev), "The numbers don't add up"
    (Elmendorf; Rubio), "Trump by name" (Cruz never mentioned him so; Clinton did). A name
    with a predicate says whom they are about: "Mexico will not pay for the wall", "Trump is
    a con artist"."""
    return all(
        content_count(f.stems) <= STOCK_WORDS and not (names_someone(f) and predicates(t, cue))
        for t, f, cue in ((a, fa, cue_a), (b, fb, cue_b))
    )


def names_someone(f: Features) -> bool:
    """Return whether a claim (features) names someone: a name of its features that is no
    English word ("Trump", "Mexico"; not "Absolutely", opening a sentence)."""
    common = common_words()
    return any(name not in common for name in f.names)


def finding_and_claim(
    shares: frozenset[tuple[int, int]], other: frozenset[tuple[int, int]], speaker: str | None
) -> bool:
    """Return whether one claim is a poll's finding (the shares its sentence reports, when no one
    named says it: `poll_shares`) and the other a named speaker's own claim (no poll's, and
    reporting none): what a share of voters supports or believes is one checkable statement,
    what the speaker says is another. "they support a proposal to temporarily ban all
    non-citizen Muslims from entering the United States" (an exit poll: large majorities) is
    not Trump's "there should be a temporary ban on Muslims' entering the country"."""
    return (
        bool(shares) and not other and speaker is not None and _POLL_SPEAKER.search(speaker) is None
    )


def few_words(
    a: str, fa: Features, b: str, fb: Features, relays: tuple[bool, bool] = (False, False)
) -> bool:
    """Return whether two claims (texts and features, and whether each relays others' words)
    share at most FEW_WORDS words, names included, and no quotation of one statement
    (`quoted_together`), each saying more of its own: a phrase in common ("a threat to public
    health and safety" / "he saw Fields as a threat to Trump's safety"), not a proposition."""
    shared = shared_stems(fa, fb)
    if not shared or len(shared) > FEW_WORDS:
        return False
    if paraphrased(fa, fb, shared):
        return False
    for f in (fa, fb):
        if all(s in shared or s.startswith("~") for s in f.stems):
            return False
    return not quoted_together(a, b, shared, relays)


def quoted_together(
    a: str, b: str, shared: frozenset[str], relays: tuple[bool, bool] = (False, False)
) -> bool:
    """Return whether two claims share a quotation of one statement: a word of theirs (of
    `shared`) both quote, or a phrase one quotes that the other holds in the same order when
    it quotes too or relays others' words (`relays`: quotes.shared_quotation).

    A phrase only one of two people quotes is that one's own words, no tie to the other's:
    Pence calling the Khans' son "an American hero" and Felicia Sanders calling "her fallen
    son her hero"; Clinton's "honor to serve the President w you" and Bolton "honored to
    serve should the opportunity present itself" (PolNeAR train+dev).
    """
    if shared & _quoted(a) & _quoted(b):
        return True
    quoting = (
        relays[0] or _QUOTE_MARK.search(a) is not None,
        relays[1] or _QUOTE_MARK.search(b) is not None,
    )
    return shared_quotation(a, b, *quoting) is not None


def things_only(
    a: str, fa: Features, b: str, fb: Features, relays: tuple[bool, bool] = (False, False)
) -> bool:
    """Return whether all two claims (texts and features, and whether each relays others'
    words) share are things and names, no word of a predicate: no verb form ("hacked",
    "needed", "born"), no word after "to", a modal or a negation ("to pay", "will fight"), no
    quotation of one statement (`quoted_together`), none both say after a copula ("is a
    fraud"). "to punish schools that violate state and federal rules" / "a federal judge to
    block the rules in time for this school year" say two things of schools and rules."""
    shared = shared_stems(fa, fb)
    if not shared or paraphrased(fa, fb, shared):
        return False
    if verb_form(a, shared) or verb_form(b, shared) or quoted_together(a, b, shared, relays):
        return False
    if _after_predicate_word(a, shared) or _after_predicate_word(b, shared):
        return False
    return not (_predicated(a, shared) and _predicated(b, shared))


def _after_predicate_word(text: str, keys: frozenset[str]) -> bool:
    """Return whether a word of the text with one of these keys follows "to", a modal, a
    negation or a grading word: a predicate ("to pay for the wall", "he'd force Mexico to pay",
    "more liberal")."""
    tokens = _keyed(text)
    for i in range(1, len(tokens)):
        if tokens[i][1] in keys:
            before = tokens[i - 1][0].lower()
            if before in _BEFORE_PREDICATE or _CONTRACTED_BEFORE_PREDICATE.search(before):
                return True
    return False


def _predicated(text: str, keys: frozenset[str]) -> bool:
    """Return whether a word of the text with one of these keys is what a copula predicates
    ("Trump University is a fraud")."""
    tokens = _keyed(text)
    return any(k in keys and _after_copula(tokens, i) for i, (_, k) in enumerate(tokens))


def topic_only(a: str, fa: Features, b: str, fb: Features) -> bool:
    """Return whether two claims (texts and features) share only one noun phrase (and the
    names both capitalise), each saying more of their own."""
    shared = shared_stems(fa, fb)
    if not shared:
        return False
    if paraphrased(fa, fb, shared):
        return False
    names = capitalised(a) & capitalised(b)
    # one word of its own is enough when the phrase is about no one both name: "We need
    # steady hands" / "she had ''steady hands, but most of all, she has a good heart.''"
    least = OTHER_WORDS if shared & names else UNNAMED_OTHER_WORDS
    for f in (fa, fb):
        if content_count(f.stems - shared) < least:
            return False
    words = _side_by_side(a, b, shared)
    if words is None:
        # the names both capitalise may stand apart from the phrase, when it has words
        # enough of its own: "two Republican candidates would defeat Democratic presidential
        # front-runner Hillary Clinton" / "both Trump and Democratic front-runner Hillary
        # Clinton “crazy”"
        phrase = shared - names
        if len(phrase) < PHRASE_WORDS:
            return False
        words = _side_by_side(a, b, phrase)
        if words is None:
            return False
    if any(map(_is_verb, words)):
        return False
    return not shared & (_quoted(a) | _quoted(b))


@lru_cache(maxsize=100_000)
def _backgrounds(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Return, for each background phrase of a text, the keys before it (the claim's own
    predicate, when it says PREDICATE_WORDS words) and those of the phrase to its clause's end."""
    out = []
    reach = min(len(text), BACKGROUND_REACH)
    calls = (
        m for m in _CALL_FOR.finditer(text, 0, reach) if not _SUPPORT.search(text, 0, m.start())
    )
    for m in (*_BACKGROUND.finditer(text, 0, reach), *calls):
        head = features(text[: m.start()]).stems
        if not _says_enough(head):
            continue
        end = _PHRASE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if text.endswith(", ", 0, m.start()):
            # a phrase between commas ends at the second: "Ford Motor, because of my constant
            # badgering at packed events, is going to cancel their deal"
            comma = text.find(",", m.end(), stop)
            stop = comma if comma >= 0 else stop
        out.append((head, features(text[m.end() : stop]).stems))
    return tuple(out)


def background_only(a: str, fa: Features, b: str, fb: Features) -> bool:
    """Return whether all two claims (texts and features) share is an event one of them names
    only as the background of its own predicate: "Trump generated the most interactions ...
    the week after his controversial proposal to temporarily ban non-citizen Muslims from
    entering the country" says nothing of the ban that "temporarily banning non-citizen
    Muslims from entering the United States" says."""
    # (the names both capitalise may stand anywhere, when the predicate says enough besides
    # them: "Obama had too little to say about defeating the Islamic State in the wake of mass
    # attacks in Paris and San Bernardino" / "a ban on Muslims entering the United States")
    names = capitalised(a) & capitalised(b)
    shared = (fa.stems & fb.stems) - names
    if not shared:
        return False
    for text in (a, b):
        for head, phrase in _backgrounds(text):
            if shared <= phrase and shared.isdisjoint(head) and _says_enough(head - names):
                return True
    return False


def _says_enough(head: frozenset[str]) -> bool:
    return content_count(head) >= PREDICATE_WORDS
