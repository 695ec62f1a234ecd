"""`claimtrack eval` and claimtrack.evaluate: every number, on tiny hand-made brat corpora."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.brat import Attribution
from claimtrack.cli import app
from claimtrack.evaluate import CorpusError, Report, evaluate, match, words
from claimtrack.models import Article, Claim, Kind, Stance, claim_id
from tests.conftest import shared_path

runner = CliRunner()

# Two attributions: a reported one by Trump and a direct one by Clinton, plus a sentence
# of the writer's own.
TEXT = (
    "Donald Trump said on Monday that the wall will be built and paid for by Mexico.\n\n"
    "“We will win this election, and we will win it big,” Clinton said.\n\n"
    "The rally ended at nine."
)
REPORTED = "the wall will be built and paid for by Mexico"
DIRECT = "“We will win this election, and we will win it big,”"


def at(part: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def t_line(tid: str, kind: str, spans: Sequence[tuple[int, int]], text: str = TEXT) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{kind} {offsets}\t{' '.join(text[s:e] for s, e in spans)}"


def gold_lines(text: str = TEXT) -> list[str]:
    return [
        t_line("T1", "Source", [at("Donald Trump", text)], text),
        t_line("T2", "Cue", [at("said on", text)], text),
        t_line("T3", "Content", [at(REPORTED, text)], text),
        t_line("T4", "Attribution", [at("said on", text)], text),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        t_line("T5", "Source", [at("Clinton", text)], text),
        t_line("T6", "Cue", [at("said.", text)], text),
        t_line("T7", "Content", [at(DIRECT, text)], text),
        t_line("T8", "Attribution", [at("said.", text)], text),
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    ]


def corpus(root: Path, articles: dict[str, tuple[str, list[str]]]) -> Path:
    """Write a brat corpus: name -> (text, .ann lines); return its folder."""
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, (text, lines) in articles.items():
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{name}_aaaa.ann").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    return root


def claim(
    article: Article,
    span: tuple[int, int],
    speaker: str | None = None,
    speaker_span: tuple[int, int] | None = None,
) -> Claim:
    return Claim(
        id=claim_id(article.id, span),
        article=article.id,
        path=article.path,
        speaker=speaker,
        speaker_mention=None,
        speaker_span=speaker_span,
        cue=None,
        cue_span=None,
        kind=Kind.REPORTED,
        stance=Stance.ASSERTS,
        text=article.text[span[0] : span[1]],
        span=span,
    )


Spec = tuple[tuple[int, int], str | None, tuple[int, int] | None]


def fixed(*specs: Spec) -> Callable[[Article], list[Claim]]:
    """Return an extractor that gives claims at these spans, whatever the article."""

    def run(article: Article) -> list[Claim]:
        return [claim(article, span, speaker, sspan) for span, speaker, sspan in specs]

    return run


def part(span: tuple[int, int], share: float) -> tuple[int, int]:
    """Return the first `share` of a span."""
    return span[0], span[0] + round((span[1] - span[0]) * share)


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return corpus(tmp_path / "gold", {"one": (TEXT, gold_lines())})


def test_a_perfect_extractor_scores_one_everywhere(gold: Path) -> None:
    report = evaluate(
        gold,
        fixed(
            (at(REPORTED), "Donald Trump", at("Donald Trump")),
            (at(DIRECT), "Hillary Clinton", None),
        ),
    )
    assert (report.articles, report.gold, report.claims, report.matched) == (1, 2, 2, 2)
    assert (report.gold_direct, report.gold_reported) == (1, 1)
    for value in (
        report.precision,
        report.recall,
        report.f1,
        report.precision_80,
        report.recall_80,
        report.f1_80,
        report.recall_direct,
        report.recall_reported,
        report.speaker_accuracy,
        report.inside_share,
    ):
        assert value == 1.0
    assert report.speaker_judged == 2
    assert report.speaker_no_source == 0
    assert report.span_mismatches == 0
    assert report.skipped == ()


def test_thirty_and_eighty_percent_thresholds(gold: Path) -> None:
    reported, direct = at(REPORTED), at(DIRECT)
    # 50% of the reported content counts at 30% only; 25% of the direct one counts nowhere.
    report = evaluate(
        gold, fixed((part(reported, 0.5), None, None), (part(direct, 0.25), None, None))
    )
    assert report.matched == 1
    assert report.matched_80 == 0
    assert report.recall == 0.5
    assert report.precision == 0.5
    assert report.f1 == 0.5
    assert (report.recall_80, report.precision_80, report.f1_80) == (0.0, 0.0, 0.0)
    assert (report.found_reported, report.recall_reported) == (1, 1.0)
    assert (report.found_direct, report.recall_direct) == (0, 0.0)


def test_exactly_thirty_percent_is_found() -> None:
    gold = Attribution("E1", ((0, 100),))
    article = Article.from_text("x" * 200)
    assert match([gold], [claim(article, (0, 30))], 0.3) == {0: 0}
    assert match([gold], [claim(article, (0, 29))], 0.3) == {}
    assert match([gold], [claim(article, (0, 80))], 0.8) == {0: 0}
    assert match([gold], [claim(article, (0, 79))], 0.8) == {}


def test_discontinuous_content_is_the_union_of_its_pieces(tmp_path: Path) -> None:
    text = "“Taxes are too high,” he said, “and they will go down.” That was all.\n"
    first, second = at("“Taxes are too high,”", text), at("“and they will go down.”", text)
    lines = [
        t_line("T1", "Source", [at("he", text)], text),
        t_line("T2", "Content", [first, second], text),
        "E1\tAttribution:T2 Content:T2 Source:T1",
    ]
    gold = corpus(tmp_path / "g", {"split": (text, lines)})
    # The first piece alone is under half of the union: found at 30%, not at 80%.
    report = evaluate(gold, fixed((first, None, at("he", text))))
    assert (report.matched, report.matched_80) == (1, 0)
    assert report.gold_direct == 1
    # One claim over both pieces covers the whole union; the words between do not count
    # against it, and it still lies more than half inside.
    report = evaluate(gold, fixed(((first[0], second[1]), None, None)))
    assert (report.matched, report.matched_80, report.claims_inside) == (1, 1, 1)


def test_the_best_overlap_is_matched_first() -> None:
    article = Article.from_text("x" * 200)
    big = Attribution("E1", ((0, 100),))
    small = Attribution("E2", ((0, 40),))
    # c0 covers all of `small` and 50% of `big`; c1 covers 40% of `big`. Pairing in text
    # order would give c0 to `big` and leave `small` unfound.
    c0, c1 = claim(article, (0, 50)), claim(article, (60, 100))
    assert match([big, small], [c0, c1], 0.3) == {1: 0, 0: 1}


def test_a_claim_is_matched_once(gold: Path) -> None:
    whole = (at(REPORTED)[0], at(DIRECT)[1])
    report = evaluate(gold, fixed((whole, None, None)))
    assert report.matched == 1
    assert report.recall == 0.5
    assert report.precision == 1.0


def test_speaker_accuracy_by_span_or_shared_word(tmp_path: Path) -> None:
    lines = gold_lines()
    # The second attribution loses its source: it is matched but not judged.
    lines[-1] = "E2\tAttribution-no-source:T8 Content:T7 Cue:T6"
    gold = corpus(tmp_path / "g", {"a": (TEXT, gold_lines()), "b": (TEXT, lines)})
    report = evaluate(
        gold,
        fixed(
            (at(REPORTED), "Trump's campaign", None),  # shares "trump": right
            (at(DIRECT), "the Clintons", (0, 5)),  # span off, "clintons" shares nothing
        ),
    )
    assert report.matched == 4
    assert report.speaker_judged == 3
    assert report.speaker_no_source == 1
    assert report.speaker_right == 2
    assert report.speaker_accuracy == pytest.approx(2 / 3)


def test_trivial_words_do_not_make_a_speaker_right(gold: Path) -> None:
    assert words("The Donald's campaign of the U.S.") == {"donald", "campaign", "u"}
    report = evaluate(gold, fixed((at(REPORTED), "the head of his party", None)))
    assert report.speaker_right == 0
    report = evaluate(gold, fixed((at(REPORTED), None, at("Trump"))))
    assert report.speaker_right == 1


def test_inside_share_counts_claims_at_least_half_in_a_gold_content(gold: Path) -> None:
    s, e = at(REPORTED)
    size = e - s
    inside = (s + size // 2, e + size // 2)  # exactly half inside
    outside = at("The rally ended at nine.")
    report = evaluate(gold, fixed((inside, None, None), (outside, None, None)))
    assert report.claims == 2
    assert report.claims_inside == 1
    assert report.inside_share == 0.5
    assert report.matched == 1


def test_the_first_annotator_file_in_name_order_is_used(tmp_path: Path) -> None:
    gold = corpus(tmp_path / "g", {"one": (TEXT, gold_lines()[:5])})
    (gold / "attributions" / "one_zzzz.ann").write_text("\n".join(gold_lines()) + "\n")
    (gold / "attributions" / "one_0000.ann").write_text("\n".join(gold_lines()[5:]) + "\n")
    report = evaluate(gold, fixed())
    assert report.gold == 1
    assert report.gold_direct == 1


def test_offsets_are_read_as_claimtrack_reads_text(tmp_path: Path) -> None:
    gold = corpus(tmp_path / "g", {"bom": (TEXT, gold_lines())})
    (gold / "text" / "bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    report = evaluate(gold, fixed((at(REPORTED), None, None)))
    assert report.span_mismatches == 0
    assert report.matched == 1


def test_texts_without_annotations_and_stray_files_are_left_out(gold: Path) -> None:
    (gold / "text" / "lonely.txt").write_text("Nobody annotated this.")
    (gold / "attributions" / "orphan_bbbb.ann").write_text("")
    (gold / "text" / "empty.txt").write_text("")
    (gold / "attributions" / "empty.ann").write_text("")
    report = evaluate(gold, fixed())
    assert report.articles == 1
    assert len(report.skipped) == 3
    assert any("lonely.txt: no annotation file" in s for s in report.skipped)
    assert any("orphan_bbbb.ann: no matching text" in s for s in report.skipped)
    assert any("empty.txt: empty file" in s for s in report.skipped)


def test_errors_name_the_folder_problem(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not a folder"):
        evaluate(tmp_path / "nope", fixed())
    (tmp_path / "text").mkdir()
    with pytest.raises(CorpusError, match="no attributions/ folder"):
        evaluate(tmp_path, fixed())
    (tmp_path / "attributions").mkdir()
    with pytest.raises(CorpusError, match="no annotated articles"):
        evaluate(tmp_path, fixed())


def test_errors_are_kept_when_asked(gold: Path) -> None:
    outside = at("The rally ended at nine.")
    report = evaluate(
        gold,
        fixed((at(REPORTED), "Mexico", None), (outside, "Nobody", None)),
        keep_errors=True,
    )
    kinds = sorted((e.error, e.text) for e in report.errors)
    assert kinds == [
        ("missed", DIRECT),
        ("spurious", "The rally ended at nine."),
        ("wrong speaker", REPORTED),
    ]


# -- the command ------------------------------------------------------------------------


def test_eval_json_gives_one_object_with_every_number(gold: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    numbers = json.loads(result.stdout)
    for name in Report.__dataclass_fields__:
        if name != "errors":
            assert name in numbers
    assert numbers["articles"] == 1
    assert numbers["gold"] == 2
    assert "errors" not in numbers


def test_eval_table_and_misses(gold: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold), "--format", "table", "--misses", "5"])
    assert result.exit_code == 0, result.output
    assert "F1 at 30%" in result.stdout
    assert "speaker accuracy" in result.stdout
    assert "1 articles, 2 gold attributions" in result.stdout


def test_eval_jsonl_lists_the_report_then_the_examples(
    gold: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("claimtrack.evaluate.default_extractor", lambda: fixed())
    result = runner.invoke(app, ["eval", str(gold), "-f", "jsonl", "--misses", "1"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["gold"] == 2
    assert lines[0]["recall"] == 0.0
    assert [x["error"] for x in lines[1:]] == ["missed"]
    assert lines[1]["text"] in (REPORTED, DIRECT)


def test_eval_csv_is_one_row_of_numbers(gold: Path) -> None:
    result = runner.invoke(app, ["eval", str(gold), "-f", "csv"])
    assert result.exit_code == 0, result.output
    header, row = result.stdout.splitlines()
    assert header.split(",")[:3] == ["gold_dir", "articles", "gold"]
    assert row.split(",")[1:3] == ["1", "2"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "is not a folder"),
        (lambda p: p, "has no text/ folder"),
    ],
)
def test_eval_bad_folder_is_a_one_line_error(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    result = runner.invoke(app, ["eval", str(make(tmp_path))])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_eval_other_extractor(gold: Path) -> None:
    result = runner.invoke(
        app, ["eval", str(gold), "-f", "json", "--extractor", "tests.test_evaluate:nothing"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == 0
    result = runner.invoke(app, ["eval", str(gold), "--extractor", "tests.test_evaluate:nope"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["eval", str(gold), "--extractor", "tests.test_evaluate:broken"])
    assert result.exit_code == 1
    assert "the extractor failed on one: RuntimeError: boom" in result.stderr


def nothing(article: Article) -> list[Claim]:
    """An extractor that finds nothing."""
    return []


def broken(article: Article) -> list[Claim]:
    """An extractor that raises."""
    raise RuntimeError("boom")


# -- PolNeAR dev --------------------------------------------------------------------------


def test_polnear_dev_counts_and_shares() -> None:
    dev = shared_path("data", "polnear", "dev")
    report = evaluate(dev)
    texts = sorted((dev / "text").glob("*.txt"))
    assert report.articles == len(texts) == 84
    assert report.skipped == ()
    assert report.span_mismatches == 0
    assert report.gold == report.gold_direct + report.gold_reported
    assert 2000 < report.gold < 2400
    assert report.matched <= min(report.gold, report.claims)
    assert report.matched_80 <= report.matched
    assert report.found_direct + report.found_reported == report.matched
    assert report.speaker_judged + report.speaker_no_source == report.matched
    for name, value in report.numbers().items():
        if isinstance(value, float):
            assert 0.0 <= value <= 1.0, name
