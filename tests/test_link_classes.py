"""Exact classes: a text repeated word for word is listed CLASS_KEPT times, later copies link to those."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack.link import Linker, link_claims, make_item
from claimtrack.link.linker import CLASS_KEPT, Item
from claimtrack.link.stored import link_store
from claimtrack.models import Article, Claim, Kind, Relation, Stance, article_id
from claimtrack.store import Store
from tests.lone_claims import claim, reported_claim

# PolNeAR train: one quotation carried word for word by two Washington Post articles
# (2015-12-12 and 2015-12-13); here by ten outlets, one a day (each its own sentence around
# it: one sentence in several articles of one outlet would be boilerplate)
JARRING = (
    "It's really jarring because he's defying the rules of evidence that we have come to"
    " expect of people in leadership"
)
SAID = (
    ", said Kathleen Hall Jamieson, a professor of communication at the University of Pennsylvania."
)
COPIES = 10


def outlet_articles() -> list[Article]:
    """Return the quotation's articles: each by another outlet, on another day."""
    return [
        Article.from_text(
            f'"{JARRING}," Kathleen Hall Jamieson told outlet {n}.\n',
            source=f"outlet-{n}",
            published=date(2015, 12, 12 + n),
            path=f"outlet-{n}.txt",
        )
        for n in range(COPIES)
    ]


def quoted(article: Article) -> Claim:
    """Return the quotation of an article as the extractor reads it."""
    start = article.text.index(JARRING)
    span = (start, start + len(JARRING))
    return reported_claim(
        article.id, span, JARRING, "Kathleen Hall Jamieson", cue="said"
    ).model_copy(update={"kind": Kind.DIRECT})


def test_each_copy_of_a_text_links_to_its_first_listed_copies() -> None:
    articles = outlet_articles()
    claims = [quoted(a) for a in articles]
    texts = {a.id: a.text for a in articles}
    dates = {a.id: a.published for a in articles}
    links = link_claims(claims, texts, dates)
    first = {c.id for c in claims[:CLASS_KEPT]}
    # the listed copies link to each other; every later copy to them, and only to them
    targets: dict[str, set[str]] = {}
    for x in links:
        targets.setdefault(x.from_, set()).add(x.to)
    for n, c in enumerate(claims):
        expected = {d.id for d in claims[: min(n, CLASS_KEPT)]}
        assert targets.get(c.id, set()) == expected
    assert len(links) == sum(range(CLASS_KEPT)) + (COPIES - CLASS_KEPT) * CLASS_KEPT
    assert {x.to for x in links} == first
    # without classes the tenth copy would have linked to all nine before it
    assert len(targets[claims[-1].id]) < COPIES - 1


def test_an_answer_repeated_word_for_word_still_finds_what_it_answers() -> None:
    # an answer is not linked to the other answers like it: each copy keeps its own search
    target = claim(JARRING, "Kathleen Hall Jamieson")
    denial = claim(
        "it is not true that he is defying the rules of evidence that we have come to expect"
        " of people in leadership",
        "Hope Hicks",
        Stance.DENIES,
        cue="denied",
    )
    copies = [denial.model_copy(update={"article": f"a{n}", "id": f"c{n}"}) for n in range(COPIES)]
    links = link_claims([target, *copies])
    assert sorted(x.from_ for x in links) == [c.id for c in copies]
    assert {(x.to, x.relation) for x in links} == {(target.id, Relation.DENIES)}


def test_a_store_counts_the_copies_and_lists_the_first(tmp_path: Path) -> None:
    with Store.open(tmp_path / "c.db") as store:
        for article in outlet_articles():
            store.ingest_article(article, [quoted(article)])
        report = link_store(store)
        assert report.claims == COPIES
        assert report.links == sum(range(CLASS_KEPT)) + (COPIES - CLASS_KEPT) * CLASS_KEPT
        rows = store.conn.execute(
            "SELECT n, claims FROM link_postings WHERE key LIKE '=%'"
        ).fetchall()
        assert [(n, len(listed.split())) for n, listed in rows] == [(COPIES, CLASS_KEPT)]


# PolNeAR train (Politico, 2016-02-19): three claims of a story about Rep. Peter Welch
PLANNED = "he planned to vote for Sanders in the state's March 1 primary"
DELEGATE = (
    "to vote for Sanders as a superdelegate at the Democratic National Convention this summer"
)
FOLLOW = (
    "as a superdelegate, I'll follow through and vote for him when we get to the convention in July"
)


def article_items(text: str, said: list[str], outlet: str, day: int) -> list[Item]:
    """Return the linking items of an article's claims (one per sentence said)."""
    aid = article_id(text)
    claims = [
        reported_claim(aid, (text.index(s), text.index(s) + len(s)), s, "Peter Welch", cue="said")
        for s in said
    ]
    spans = [(*c.span, c.stance) for c in claims]
    return [make_item(c, text, date(2016, 2, day), day, spans, outlet) for c in claims]


def test_copies_of_a_story_are_one_article_whichever_copies_were_scored() -> None:
    # four stories quote one of its claims first: that claim's class is listed there, and a
    # copy of the story scores it against those four only, never against the other copies
    linker = Linker()
    links = []
    for n in range(CLASS_KEPT):
        text = f"Welch told reporter {n} that {PLANNED}. It was news to reporter {n}.\n"
        links += linker.add(article_items(text, [PLANNED], f"paper-{n}", 1 + n))
    story = f"Rep. Peter Welch said {PLANNED}. He said he plans {DELEGATE}. He said: {FOLLOW}."
    for n in range(COPIES):
        text = f"{story} (Copy {n})\n"
        links += linker.add(article_items(text, [PLANNED, DELEGATE, FOLLOW], f"wire-{n}", 10 + n))
    # the copies share their three claims: no link between two of them; each copy's first
    # claim repeats the quoting stories' (not copies: one claim in common)
    copies = {x.from_ for x in links} - {x.to for x in links}
    assert len(links) == sum(range(CLASS_KEPT)) + COPIES * CLASS_KEPT
    assert len(copies) == COPIES
