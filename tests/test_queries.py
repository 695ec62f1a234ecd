"""`claimtrack claims`, `speakers`, `articles` and `show` over a store."""

# Real sentences keep their curly quotation marks and apostrophes.
# ruff: noqa: RUF001

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.models import Article, Claim, Kind, Link, Relation, Stance, link_id
from claimtrack.show import sentence_bounds
from claimtrack.store import ClaimFilter, Store
from claimtrack.store.queries import claim_sql, row_claim, rows_by_ids
from tests.conftest import SEEDS
from tests.texts import CAMPAIGN_TEXT, FULL_TEXT, PESKOV_TEXT, TRUMP_TEXT, claim

runner = CliRunner()

CONTRACT_FIELDS = [
    "id", "article", "path", "speaker", "speaker_mention", "speaker_span", "cue",
    "cue_span", "kind", "stance", "text", "span",
]  # fmt: skip


def build(db: Path) -> dict[str, Claim]:
    """Fill a store with four articles from two outlets; return their claims by name."""
    bloomberg = Article.from_text(
        TRUMP_TEXT, path="in/bloomberg.txt", source="Bloomberg", published=date(2024, 10, 15)
    )
    musk = Article.from_text(
        FULL_TEXT, path="in/musk.txt", source="Fox", published=date(2024, 8, 12)
    )
    kremlin = Article.from_text(
        PESKOV_TEXT, path="in/kremlin.txt", source="Reuters", published=date(2024, 10, 16)
    )
    camp = Article.from_text(CAMPAIGN_TEXT, path="in/camp.txt", source="Reuters")
    made = {
        "decline": claim(bloomberg, "I don’t comment on that,", "Trump", stance=Stance.DECLINES),
        "smart": claim(
            musk, "If I did, it’s a smart thing,", "Donald Trump", "former President Donald Trump"
        ),
        "denial": claim(
            kremlin,
            "about the phone calls-it’s not true.",
            "Dmitry Peskov",
            "Peskov",
            stance=Stance.DENIES,
        ),
        "campaign": claim(
            camp,
            "none of these made-up stories by Bob Woodward are true.",
            "Trump's campaign",
            "Trump’s campaign",
            kind=Kind.REPORTED,
            stance=Stance.DENIES,
        ),
    }
    with Store.open(db) as store:
        for article in (bloomberg, musk, kremlin, camp):
            store.ingest_article(article, [c for c in made.values() if c.article == article.id])
        store.add_links(
            [
                Link(
                    id=link_id(made["denial"].id, made["smart"].id, Relation.DENIES),
                    from_=made["denial"].id,
                    to=made["smart"].id,
                    relation=Relation.DENIES,
                    score=0.8,
                )
            ]
        )
    return made


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    build(path)
    return path


def claims(db: Path, *args: str) -> list[dict[str, Any]]:
    """Return the records `claimtrack claims ARGS --format json` prints."""
    result = runner.invoke(app, ["--db", str(db), "claims", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    records: list[dict[str, Any]] = json.loads(result.stdout)
    return records


@pytest.mark.parametrize(
    "name", ["trump", "Trump", "Donald Trump", "DONALD TRUMP", "President Trump"]
)
def test_speaker_matches_names_and_aliases_in_any_case(db: Path, name: str) -> None:
    found = claims(db, "--speaker", name)
    assert [r["text"] for r in found] == [
        "If I did, it’s a smart thing,",
        "I don’t comment on that,",
    ]
    assert {r["speaker"] for r in found} == {"Donald Trump"}


def test_a_last_name_finds_the_full_name(db: Path) -> None:
    assert [r["speaker"] for r in claims(db, "--speaker", "Peskov")] == ["Dmitry Peskov"]
    assert [r["speaker"] for r in claims(db, "--speaker", "peskov")] == ["Dmitry Peskov"]


def test_a_group_named_after_a_person_is_not_that_person(db: Path) -> None:
    assert "Donald Trump's campaign" not in {r["speaker"] for r in claims(db, "--speaker", "Trump")}
    assert [r["speaker"] for r in claims(db, "--speaker", "Trump's campaign")] == [
        "Donald Trump's campaign"
    ]


def test_an_unknown_speaker_gives_nothing_and_says_so(db: Path) -> None:
    result = runner.invoke(app, ["--db", str(db), "claims", "--speaker", "Nobody", "-f", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no speaker" in result.stderr


def test_records_are_the_claim_contract_plus_the_article(db: Path) -> None:
    (record,) = claims(db, "--speaker", "Peskov")
    assert list(record)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS
    assert Claim.model_validate({k: record[k] for k in CONTRACT_FIELDS}).stance is Stance.DENIES
    assert (record["source"], record["published"], record["path"]) == (
        "Reuters",
        "2024-10-16",
        "in/kremlin.txt",
    )
    assert "title" in record


def test_stored_claims_are_built_as_model_construct_builds_them(db: Path) -> None:
    # row_claim skips model_construct's walk over aliases and defaults: the same claims
    with Store.open(db) as store:
        stored = list(store.iter_claims())
        rows = list(rows_by_ids(store.conn, "c.id", [c.id for c in stored]))
    assert len(rows) >= 4
    # and a claim with no speaker or cue found
    bare = (*rows[0][:3], None, None, None, None, None, None, None, *rows[0][10:])
    for row in [*rows, bare]:
        made = row_claim(row)
        plain = Claim.model_construct(
            id=row[0],
            article=row[1],
            path=row[2],
            speaker=row[3],
            speaker_mention=row[4],
            speaker_span=None if row[5] is None else (row[5], row[6]),
            cue=row[7],
            cue_span=None if row[8] is None else (row[8], row[9]),
            kind=Kind(row[10]),
            stance=Stance(row[11]),
            text=row[12],
            span=(row[13], row[14]),
        )
        assert list(made.__dict__) == list(Claim.model_fields)
        for attr in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__"):
            assert getattr(made, attr) == getattr(plain, attr)
        assert made.__pydantic_private__ == plain.__pydantic_private__
        assert made == plain
        assert made.model_dump_json() == plain.model_dump_json()
        assert Claim.model_validate(made.model_dump()) == made


def test_filters_combine(db: Path) -> None:
    assert [r["speaker"] for r in claims(db, "--source", "reuters", "--stance", "denies")] == [
        "Dmitry Peskov",
        "Donald Trump's campaign",
    ]
    assert [r["speaker"] for r in claims(db, "--kind", "reported")] == ["Donald Trump's campaign"]
    assert [r["speaker"] for r in claims(db, "--since", "2024-10-01")] == [
        "Donald Trump",
        "Dmitry Peskov",
    ]
    assert [r["published"] for r in claims(db, "--until", "2024-09-01")] == ["2024-08-12"]
    assert len(claims(db, "--limit", "2")) == 2
    assert claims(db, "--limit", "0") == []


def test_claims_come_oldest_first_with_undated_last(db: Path) -> None:
    assert [r["published"] for r in claims(db)] == ["2024-08-12", "2024-10-15", "2024-10-16", None]


def test_search_uses_full_text_and_escapes_user_text(db: Path) -> None:
    assert [r["speaker"] for r in claims(db, "--search", "phone calls")] == ["Dmitry Peskov"]
    assert [r["speaker"] for r in claims(db, "--search", "WOODWARD")] == ["Donald Trump's campaign"]
    for text in ['it"s', "it's", "-", "", "made-up", "U.S."]:
        claims(db, "--search", text)  # punctuation inside words is not syntax
    for text in ["(", "NOT", "a AND", '"phone']:
        result = runner.invoke(app, ["--db", str(db), "claims", "--search", text])
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: bad search") and result.stderr.count("\n") == 1


def test_article_filter_takes_a_path_an_id_or_a_prefix(db: Path) -> None:
    by_path = claims(db, "--article", "in/kremlin.txt")
    assert [r["speaker"] for r in by_path] == ["Dmitry Peskov"]
    article = by_path[0]["article"]
    assert claims(db, "--article", article) == by_path
    assert claims(db, "--article", article[:8]) == by_path
    result = runner.invoke(app, ["--db", str(db), "claims", "--article", "nowhere.txt"])
    assert result.exit_code == 1
    assert "nowhere.txt" in result.stderr


def test_every_format_carries_the_same_claims(db: Path) -> None:
    base = ["--db", str(db), "claims", "--speaker", "trump", "--format"]
    jsonl = runner.invoke(app, [*base, "jsonl"]).stdout
    assert [json.loads(line)["text"] for line in jsonl.splitlines()] == [
        r["text"] for r in claims(db, "--speaker", "trump")
    ]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, [*base, "csv"]).stdout)))
    assert [r["speaker"] for r in rows] == ["Donald Trump", "Donald Trump"]
    first = claims(db, "--speaker", "trump")[0]
    assert [int(rows[0]["span_start"]), int(rows[0]["span_end"])] == first["span"]
    assert rows[0]["id"] == first["id"] and rows[0]["published"] == first["published"]
    table = runner.invoke(app, [*base, "table"], env={"COLUMNS": "200"}).stdout
    assert "Donald Trump" in table and "declines" in table and "Bloomberg" in table
    assert "Peskov" not in table


def test_speakers_lists_aliases_and_counts(db: Path) -> None:
    result = runner.invoke(app, ["--db", str(db), "speakers", "--format", "json"])
    assert result.exit_code == 0
    speakers = {r["name"]: r for r in json.loads(result.stdout)}
    assert set(speakers) == {"Donald Trump", "Dmitry Peskov", "Donald Trump's campaign"}
    assert (speakers["Donald Trump"]["claims"], speakers["Donald Trump"]["articles"]) == (2, 2)
    assert "Trump" in speakers["Donald Trump"]["aliases"]
    assert "Peskov" in speakers["Dmitry Peskov"]["aliases"]
    assert speakers["Donald Trump's campaign"]["kind"] == "group"
    assert speakers["Donald Trump's campaign"]["aliases"] == ["Trump's campaign"]
    table = runner.invoke(app, ["--db", str(db), "speakers", "--format", "table"]).stdout
    assert "Dmitry Peskov" in table


def test_articles_lists_metadata_and_claim_counts(db: Path) -> None:
    result = runner.invoke(app, ["--db", str(db), "articles", "--format", "json"])
    records = json.loads(result.stdout)
    assert [(r["source"], r["published"], r["claims"]) for r in records] == [
        ("Fox", "2024-08-12", 1),
        ("Bloomberg", "2024-10-15", 1),
        ("Reuters", "2024-10-16", 1),
        ("Reuters", None, 1),
    ]
    assert "text" not in records[0]
    only = json.loads(
        runner.invoke(app, ["--db", str(db), "articles", "--source", "fox", "-f", "json"]).stdout
    )
    assert [r["path"] for r in only] == ["in/musk.txt"]


def test_show_a_claim_with_its_article_and_links(db: Path, tmp_path: Path) -> None:
    made = build(tmp_path / "again.db")
    denial = made["denial"]
    result = runner.invoke(app, ["--db", str(db), "show", denial.id[:7], "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["claim"]["id"] == denial.id
    assert shown["article"]["source"] == "Reuters"
    (link,) = shown["links"]
    assert (link["from"], link["to"], link["relation"]) == (denial.id, made["smart"].id, "denies")
    assert link["other"]["speaker"] == "Donald Trump"
    view = runner.invoke(app, ["--db", str(db), "show", denial.id, "--format", "table"]).stdout
    marked = " ".join(view.split())
    assert "⟦about the phone calls-it’s not true.⟧" in marked
    assert PESKOV_TEXT in marked.replace("⟦", "").replace("⟧", "")
    assert "Dmitry Peskov" in view and "denies" in view


def test_show_an_article_with_its_claims(db: Path) -> None:
    article = claims(db, "--article", "in/bloomberg.txt")[0]["article"]
    shown = json.loads(runner.invoke(app, ["--db", str(db), "show", article, "-f", "json"]).stdout)
    assert shown["article"]["path"] == "in/bloomberg.txt"
    assert [c["speaker"] for c in shown["claims"]] == ["Donald Trump"]


def test_show_an_unknown_or_ambiguous_id_is_an_error(db: Path) -> None:
    unknown = runner.invoke(app, ["--db", str(db), "show", "zzzz"])
    assert unknown.exit_code == 1 and "Error:" in unknown.stderr
    ambiguous = runner.invoke(app, ["--db", str(db), "show", ""])
    assert ambiguous.exit_code == 1 and "ambiguous" in ambiguous.stderr


def test_sentence_bounds_hold_the_whole_sentence() -> None:
    text = "He spoke. " + PESKOV_TEXT + " Then he left."
    start = text.index("about the phone")
    lo, hi = sentence_bounds(
        text, text.index("Peskov"), start + len("about the phone calls-it’s not true")
    )
    assert text[lo:hi] == PESKOV_TEXT


def test_speaker_queries_use_the_index(db: Path) -> None:
    with Store.open(db) as store:
        built = claim_sql(store.conn, ClaimFilter(speaker="Trump"))
        assert built is not None
        plan = " ".join(
            str(row[3]) for row in store.conn.execute("EXPLAIN QUERY PLAN " + built[0], built[1])
        )
        assert "USING INDEX claims_speaker" in plan
        assert "SCAN c" not in plan


def test_the_seeds_main_flow(tmp_path: Path) -> None:
    db = str(tmp_path / "seeds.db")
    assert runner.invoke(app, ["--db", db, "ingest", str(SEEDS)]).exit_code == 0
    found = claims(Path(db), "--speaker", "Trump")
    assert found, "no claim by Trump in the seeds"
    assert len({r["speaker"] for r in found}) == 1
    assert {Path(r["path"]).name for r in found} == {p.name for p in SEEDS.glob("*.txt")}
    again = runner.invoke(app, ["--db", db, "ingest", str(SEEDS)])
    assert "0 new, 0 updated, 2 unchanged" in again.stderr


def test_json_from_sqlite_equals_the_python_records(db: Path) -> None:
    with Store.open(db) as store:
        flt = ClaimFilter()
        assert [json.loads(t) for t in store.claim_json(flt)] == list(store.claim_records(flt))
        assert next(iter(store.claim_records(flt)))["speaker_span"] is not None


def test_a_name_that_fits_several_people_lists_them_and_shows_all(tmp_path: Path) -> None:
    # PolNeAR train, nyt 2016: two Clintons speak in one article
    db = tmp_path / "clintons.db"
    with Store.open(db) as store:
        for text, speaker in [
            ("“We are with her,” Bill Clinton said.", "Bill Clinton"),
            ("“I am with him,” Hillary Clinton said.", "Hillary Clinton"),
            ("“I am ready,” Hillary Clinton said.", "Hillary Clinton"),
            ("“I'm a progressive,” Bernie Sanders said.", "Bernie Sanders"),
        ]:
            article = Article.from_text(text)
            said = text[1 : text.index("”")]
            store.ingest_article(article, [claim(article, said, speaker)])
    result = runner.invoke(app, ["--db", str(db), "claims", "--speaker", "Clinton", "-f", "json"])
    assert result.exit_code == 0
    assert {r["speaker"] for r in json.loads(result.stdout)} == {"Hillary Clinton", "Bill Clinton"}
    assert "'Clinton' fits 2 speakers, all shown: Hillary Clinton, Bill Clinton" in result.stderr
    bernie = runner.invoke(app, ["--db", str(db), "claims", "--speaker", "Bernie", "-f", "json"])
    assert [r["speaker"] for r in json.loads(bernie.stdout)] == ["Bernie Sanders"]
    assert "fits" not in bernie.stderr
    # a title with a gender tells the Clintons apart
    for asked, speaker in [("Mr. Clinton", "Bill Clinton"), ("Mrs. Clinton", "Hillary Clinton")]:
        one = runner.invoke(app, ["--db", str(db), "claims", "--speaker", asked, "-f", "json"])
        assert {r["speaker"] for r in json.loads(one.stdout)} == {speaker}
        assert "fits" not in one.stderr


def test_a_name_stored_without_a_speaker_is_counted_in_the_warning(tmp_path: Path) -> None:
    # PolNeAR train, usa-today_2016-03-30: "Police" names no one in particular across
    # articles, so the store keeps the claim without a speaker; asking for it says so
    db = tmp_path / "police.db"
    text = "Police said the girl was peppered-sprayed in the crowd by a non-law enforcement person."
    article = Article.from_text(text)
    said = "the girl was peppered-sprayed in the crowd by a non-law enforcement person"
    with Store.open(db) as store:
        store.ingest_article(article, [claim(article, said, "Police", kind=Kind.REPORTED)])
    for command in ("claims", "track"):
        result = runner.invoke(app, ["--db", str(db), command, "--speaker", "police"])
        assert result.exit_code == 0, result.output
        assert "no speaker is called 'police'" in result.stderr
        assert "1 claim names 'police'" in result.stderr, result.stderr
    unknown = runner.invoke(app, ["--db", str(db), "claims", "--speaker", "Sheriff"])
    assert "no speaker is called 'Sheriff'; see `claimtrack speakers`" in unknown.stderr
    assert "name 'Sheriff'" not in unknown.stderr


def test_a_busy_speaker_limited_listing_reads_in_order_and_agrees_with_the_full_sort(
    tmp_path: Path,
) -> None:
    from claimtrack.models import Article, Claim, Kind, Stance, claim_id
    from claimtrack.store import ClaimFilter, Store
    from claimtrack.store import queries as q

    sentence = "Peskov said the tests were sent. "
    with Store.open(tmp_path / "busy.db") as store:
        for day in (5, 3, None, 1, 4, 2):
            text = sentence * 3 + f"[{day}]"
            article = Article.from_text(
                text, published=None if day is None else date(2016, 3, day), path=f"{day}.txt"
            )
            claims = [
                Claim(
                    id=claim_id(article.id, (i * 33 + 12, i * 33 + 31)),
                    article=article.id,
                    path=article.path,
                    speaker="Dmitry Peskov",
                    speaker_mention="Peskov",
                    speaker_span=(i * 33, i * 33 + 6),
                    cue="said",
                    cue_span=(i * 33 + 7, i * 33 + 11),
                    kind=Kind.REPORTED,
                    stance=Stance.ASSERTS,
                    text="the tests were sent",
                    span=(i * 33 + 12, i * 33 + 31),
                )
                for i in (2, 0, 1)
            ]
            store.ingest_article(article, claims)
        flt = ClaimFilter(speaker="Peskov", limit=7)
        sql = q.claim_sql(store.conn, flt)
        assert sql is not None and "articles_listing" not in sql[0]  # few claims: sorted
        expected = [r["id"] for r in store.claim_records(flt)]
        original = q.BUSY_SPEAKER
        try:
            q.BUSY_SPEAKER = 3
            sql = q.claim_sql(store.conn, flt)
            assert sql is not None and "articles_listing" in sql[0]
            assert [r["id"] for r in store.claim_records(flt)] == expected
            assert len(list(store.claim_json(flt))) == 7
        finally:
            q.BUSY_SPEAKER = original
        assert [r["path"] for r in store.claim_records(flt)][::3] == ["1.txt", "2.txt", "3.txt"]
