"""`claimtrack match`: incoming texts against known claims, with each text's relation."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.link.match import Matcher, relate
from claimtrack.models import Relation
from claimtrack.store import Store
from tests.seed_claims import BOOK_CALLS, BOOK_TESTS
from tests.seed_claims import build as build_store

runner = CliRunner()
CLAIMS = [
    {"id": "banksy", "text": "Anonymous street artist Banksy was arrested"},
    {"id": "path", "text": "Apple is buying Path"},
    {
        "id": "burger",
        "text": "Two Australian men kept a McDonald's Quarter Pounder with Cheese for 20 years",
    },
]


def lines(*objs: object) -> str:
    return "".join(json.dumps(o) + "\n" for o in objs)


def run(stdin: str, *args: str) -> tuple[int, list[dict[str, object]], str]:
    result = runner.invoke(app, ["match", "--format", "jsonl", *args], input=stdin)
    return result.exit_code, [json.loads(x) for x in result.stdout.splitlines()], result.stderr


def test_match_finds_the_claim_and_the_relation(tmp_path: Path) -> None:
    claims = tmp_path / "claims.jsonl"
    claims.write_text(lines(*CLAIMS), encoding="utf-8")
    code, out, _ = run(
        lines(
            {"id": 1, "text": "Met police denies reports of Banksy arrest"},
            {"id": 2, "text": "Apple in late stages to acquire Path, report says"},
            {"id": 3, "text": "World's oldest burger: two men kept a Quarter Pounder for 20 years"},
            {"id": 4, "text": "Kittens are cute"},
        ),
        "--claims",
        str(claims),
    )
    assert code == 0
    assert [(o["id"], o["claim"], o["relation"]) for o in out] == [
        (1, "banksy", "denies"),
        (2, "path", "reports"),
        (3, "burger", "repeats"),
        (4, None, None),
    ]
    assert all(0.0 <= float(o["score"]) <= 1.0 for o in out)  # type: ignore[arg-type]


def test_a_given_claim_is_related_without_search() -> None:
    code, out, _ = run(
        lines({"id": "h", "text": "Banksy arrest a hoax", "claim": "Banksy was arrested"})
    )
    assert code == 0
    assert out == [{"id": "h", "claim": None, "score": out[0]["score"], "relation": "denies"}]


def test_malformed_lines_are_reported_with_their_numbers() -> None:
    stdin = lines({"id": 1, "text": "Banksy arrested?", "claim": "Banksy was arrested"})
    stdin += "{not json\n" + lines({"id": 3}, [1, 2]) + lines({"id": 5, "text": "x", "claim": 7})
    stdin += lines({"id": 6, "text": "Banksy is free", "claim": "Banksy was arrested"})
    code, out, err = run(stdin)
    assert code == 1  # as ingest: lines were skipped
    assert [o["id"] for o in out] == [1, 6]
    for number in (2, 3, 4, 5):
        assert f"line {number} skipped" in err


def test_match_against_the_store(tmp_path: Path) -> None:
    db = str(build_store(tmp_path / "m.db"))
    result = runner.invoke(
        app,
        ["--db", db, "match", "--format", "jsonl"],
        input=lines(
            {"id": "a", "text": "Kremlin confirms Trump sent Covid-19 testing equipment to Russia"},
            {"id": "b", "text": "Did Trump secretly call Putin seven times after leaving office?"},
        ),
    )
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(o["claim"], o["relation"]) for o in out] == [
        (BOOK_TESTS.id, "confirms"),
        (BOOK_CALLS.id, "reports"),
    ]


def test_an_empty_store_matches_nothing(tmp_path: Path) -> None:
    Store.open(tmp_path / "empty.db").close()
    result = runner.invoke(
        app,
        ["--db", str(tmp_path / "empty.db"), "match", "--format", "jsonl"],
        input=lines({"id": 1, "text": "x y"}),
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"id": 1, "claim": None, "score": 0.0, "relation": None}
    empty = runner.invoke(
        app, ["--db", str(tmp_path / "empty.db"), "match", "--format", "json"], input=""
    )
    assert (empty.exit_code, json.loads(empty.stdout)) == (0, [])
    search = lines({"id": 1, "text": "x y"})
    missing = runner.invoke(app, ["--db", str(tmp_path / "none.db"), "match"], input=search)
    assert missing.exit_code == 1
    assert "Error: no database at" in missing.output


def test_unreadable_claims_file_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["match", "--claims", str(tmp_path / "absent.jsonl")], input="")
    assert result.exit_code == 1
    assert "Error:" in result.stderr


def test_library_matcher() -> None:
    matcher = Matcher([(c["id"], c["text"]) for c in CLAIMS])
    found = matcher.match("x", "Banksy arrested in London")
    assert (found.claim, found.relation) == ("banksy", Relation.REPEATS)
    assert relate("y", "Is Apple buying Path?", "Apple is buying Path").relation is Relation.REPORTS


def test_posts_lose_links_and_signature_and_tags_become_words() -> None:
    from claimtrack.link.posts import plain

    post = (
        "Crooked #HillaryClinton lied about her emails https://t.co/x1AbC pic.twitter.com/abc"
        " \u2014 Donald J. Trump (@realDonaldTrump) July 5, 2016"
    )
    assert plain(post) == "Crooked Hillary Clinton lied about her emails"
    assert plain("@CNN says #BuildTheWall now") == "CNN says Build The Wall now"


def test_a_post_matches_the_long_claim_not_a_short_one_and_the_older_on_a_tie() -> None:
    known = [
        ("short", "Trump"),
        ("wall", "Mexico will pay for the wall on the southern border"),
        ("wall-again", "Mexico will pay for the wall on the southern border"),
    ]
    matcher = Matcher(known)
    found = matcher.match(1, "#Trump: Mexico will pay for the wall! https://t.co/q1 #BuildTheWall")
    assert found.claim == "wall"
    # a one-word claim is a weak match even for the same word
    assert matcher.match(2, "@realDonaldTrump").score < 0.7


# Emergent train claims about women, babies and births (a realistic spread of word counts)
BIRTHS = (
    "A 600-pound Australian woman gave birth to 40-pound baby",
    "A Florida woman got a third breast",
    "A woman aborted a fetus after discovering it was male",
    "A woman tried to eat her baby after giving birth",
    "An nun in an Italian convent gave birth to a child",
    "Jess Smith of Chatham, Kent was the smiling sun baby in the Teletubbies TV show",
    "Lovesick woman stays in KFC for one week",
    "Mob Strips Adulterous Woman",
    "A child soldier with ISIS was killed in battle, making him youngest Islamic State fighter",
    "A federal judge ruled that black women do not have independent naming rights for their children",
)


def test_the_claim_sharing_the_rarest_word_ranks_first() -> None:
    matcher = Matcher([(str(n), text) for n, text in enumerate(BIRTHS)])
    found = matcher.match(1, "Nun gives birth to surprise baby after complaining of stomach pains")
    assert found.claim == "4"  # the nun, not "A woman tried to eat her baby after giving birth"
