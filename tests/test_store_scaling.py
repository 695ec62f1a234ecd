"""The store's cost grows with its input, not with what it holds (issue 10: a store of a
million claims is built by `ingest`, one article at a time).

Work is counted, not timed, so that the test is deterministic: SQLite calls a progress
handler every PER_CALL virtual-machine instructions, which grow with the rows a statement
reads. Storing the second K articles of a corpus must cost about what the first K did: a rule
that reads a speaker's whole history for each article makes the second half cost more than
twice the first (ffcc24b mended one such rule that no test caught).
"""

from __future__ import annotations

from pathlib import Path

from claimtrack.models import Article
from claimtrack.store import Store
from tests.texts import claim

PER_CALL = 100
# articles in each half; the second half may cost this much more than the first (a store
# whose cost grows with its history gives about 2 and more at this size)
K = 60
SLACK = 1.4

# popular speakers, each quoted in full and under the last name alone, and the namesakes
# that arrive for them, one in every tenth article (first names two letters apart or more)
FAMILIES = ("Donald Trump", "Hillary Clinton", "Bernie Sanders", "Ted Cruz", "Marco Rubio")
NAMESAKES = ("Eric", "Ivanka", "Melania", "Barron", "Tiffany", "Lara", "Fred", "Mary")


def _article(i: int) -> tuple[Article, list[tuple[str, str, str | None]]]:
    """Return article i of the corpus and its claims (content, speaker, mention)."""
    text = ""
    said: list[tuple[str, str, str | None]] = []
    # the first in every article, the others in turn
    for full in {FAMILIES[0], FAMILIES[1 + i % (len(FAMILIES) - 1)]}:
        last = full.split()[-1]
        text += f"{full} said the wall in sector {i} would be paid for by {last}. "
        text += f"{last} added that sector {i} was a {last} disaster. "
        said.append((f"the wall in sector {i} would be paid for by {last}", full, None))
        said.append((f"sector {i} was a {last} disaster", last, f"{last} added"))
    if i % 10 == 9:
        # a namesake arrives: the claims said under the last name alone are judged again
        other = FAMILIES[i // 10 % len(FAMILIES)].split()[-1]
        name = f"{NAMESAKES[i // 10 // len(FAMILIES)]} {other}"
        text += f"{name} said that sector {i} was doing fine. "
        said.append((f"sector {i} was doing fine", name, None))
    # initials two bodies hold ("the Republican National Committee (RNC)" and the
    # Convention), and the initials alone, in turn
    body = ("Republican National Committee", "Republican National Convention", None)[i % 3]
    text += f"The {body} (RNC) met in hall {i}. " if body else f"Hall {i} was booked. "
    text += f"The RNC said hall {i} was full."
    said.append((f"hall {i} was full", "RNC", None))
    return Article.from_text(text), said


def _work_by_half(tmp_path: Path) -> tuple[int, int]:
    """Return the work of storing the first K articles of the corpus, and of the next K."""
    calls = [0]

    def counted() -> int:
        calls[0] += 1
        return 0

    halves = []
    with Store.open(tmp_path / "t.db") as store:
        store.conn.set_progress_handler(counted, PER_CALL)
        for i in range(2 * K):
            if i == K:
                halves.append(calls[0])
            article, said = _article(i)
            claims = [claim(article, words, who, at) for words, who, at in said]
            assert store.ingest_article(article, claims)
        halves.append(calls[0] - halves[0])
        # (the corpus does what it is for: the namesakes arrived, the initials are two bodies')
        speakers = {s["name"]: s["claims"] for s in store.speakers()}
        # and the counts the rules read are the claims' (kept by triggers through the moves)
        kept = "SELECT speaker_id, raw, claims FROM speaker_spellings WHERE claims > 0"
        counted = (
            "SELECT speaker_id, speaker_raw, count(*) FROM claims"
            " WHERE speaker_id IS NOT NULL GROUP BY 1, 2"
        )
        assert sorted(store.conn.execute(kept)) == sorted(store.conn.execute(counted))
    assert speakers["Donald Trump"] == 4 * K
    assert {"Eric Trump", "Ivanka Clinton", "Republican National Committee", "RNC"} <= set(speakers)
    return halves[0], halves[1]


def test_storing_twice_the_articles_costs_twice_the_work(tmp_path: Path) -> None:
    first, second = _work_by_half(tmp_path)
    assert second <= SLACK * first, (first, second)
