"""Reading brat standoff attributions: spans, discontinuous spans, events, mismatches."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.brat import Attribution, length, merge, overlap, parse_ann, read_ann

TEXT = (
    "Trump said the wall will be built. "
    "“We will win,” Clinton said, “and soon.” "
    "The plan, officials said, is on hold."
)


def span(part: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def t_line(tid: str, kind: str, *parts: str) -> str:
    spans = [span(p) for p in parts]
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{kind} {offsets}\t{' '.join(parts)}"


def test_a_simple_attribution_gets_its_content_source_and_cue() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Source", "Trump"),
            t_line("T2", "Cue", "said"),
            t_line("T3", "Content", "the wall will be built"),
            t_line("T4", "Attribution", "said"),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        ]
    )
    result = parse_ann(ann, TEXT)
    assert result.textbounds == 4
    assert result.mismatches == ()
    assert result.problems == ()
    (attribution,) = result.attributions
    assert attribution.id == "E1"
    assert attribution.content == (span("the wall will be built"),)
    assert attribution.source == (span("Trump"),)
    assert attribution.cue == (span("said"),)
    assert attribution.content_text(TEXT) == "the wall will be built"
    assert attribution.source_text(TEXT) == "Trump"
    assert not attribution.is_direct(TEXT)


def test_discontinuous_content_and_content2_are_one_union() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Source", "Clinton"),
            t_line("T2", "Cue", "said"),
            t_line("T3", "Content", "“We will win,”", "“and soon.”"),
            t_line("T4", "Attribution", "said"),
            t_line("T5", "Content", "The plan"),
            "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T3 Content2:T5",
        ]
    )
    (attribution,) = parse_ann(ann, TEXT).attributions
    assert attribution.content == tuple(
        sorted([span("“We will win,”"), span("“and soon.”"), span("The plan")])
    )
    assert attribution.is_direct(TEXT)
    assert attribution.content_text(TEXT) == "“We will win,” … “and soon.” … The plan"


def test_a_stored_text_that_differs_from_the_article_is_a_mismatch() -> None:
    start, end = span("Trump")
    ann = "\n".join(
        [
            f"T1\tSource {start} {end}\tTrumpf",
            f"T2\tContent 0 {len(TEXT) + 5}\tbeyond the end",
            t_line("T3", "Cue", "said"),
        ]
    )
    result = parse_ann(ann, TEXT)
    assert len(result.mismatches) == 2
    assert result.mismatches[0].startswith("T1 Source")


def test_whitespace_inside_a_span_is_compared_loosely() -> None:
    text = "He said\nthat it rained."
    ann = f"T1\tContent {text.index('said')} {len(text) - 1}\tsaid that it rained"
    assert parse_ann(ann, text).mismatches == ()


def test_events_without_content_or_with_unknown_spans_give_no_attribution() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Source", "officials"),
            t_line("T2", "Cue", "said"),
            "E1\tAttribution:T2 Cue:T2 Source:T1",
            "E2\tAttribution:T2 Content:T99",
            "garbage line",
            "#1\tAnnotatorNotes T1\ta note",
        ]
    )
    result = parse_ann(ann, TEXT)
    assert result.attributions == ()
    assert len(result.problems) == 2
    assert sorted(result.problems) == [
        "line 4: E2 refers to unknown T99",
        "line 5: not a brat T or E line",
    ]


def test_an_attribution_without_a_source_keeps_its_content() -> None:
    ann = "\n".join(
        [
            t_line("T1", "Content", "The plan"),
            t_line("T2", "Cue", "said"),
            t_line("T3", "Attribution-no-source", "said"),
            "E1\tAttribution-no-source:T3 Content:T1 Cue:T2",
        ]
    )
    (attribution,) = parse_ann(ann, TEXT).attributions
    assert attribution.source == ()
    assert attribution.source_text(TEXT) == ""


def test_interval_helpers() -> None:
    assert merge([(10, 20), (0, 5), (4, 8), (20, 25)]) == [(0, 8), (10, 25)]
    assert length([(0, 8), (10, 25)]) == 23
    assert overlap([(0, 8), (10, 25)], 5, 12) == 5
    assert overlap([(0, 8)], 8, 12) == 0


def test_read_ann_drops_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "a.ann"
    path.write_bytes(("\ufeff" + t_line("T1", "Content", "The plan") + "\n").encode())
    ann = path.read_text(encoding="utf-8")
    assert ann.startswith("\ufeff")
    result = read_ann(path, TEXT)
    assert result.textbounds == 1
    assert result.problems == ()
    assert result.path == str(path)


def test_a_stored_text_that_crosses_a_newline_runs_on_over_the_next_lines() -> None:
    text = "He said it was over.\n\nThen he left, officials said.\n"
    start, end = text.index("it was"), text.index(", officials")
    ann = (
        f"T1\tContent {start} {end}\tit was over.\n"
        "\n"
        "Then he left\n"
        f"T2\tCue {text.index('said.')} {text.index('said.') + 4}\tsaid\n"
        "E1\tAttribution:T2 Content:T1 Cue:T2\n"
    )
    result = parse_ann(ann, text)
    assert result.problems == ()
    assert result.mismatches == ()
    assert result.attributions[0].content == ((start, end),)


@pytest.mark.parametrize(
    "article, direct",
    [
        # PolNeAR train, nyt_2015-11-09: the New York Times doubles the apostrophe
        ("''We finally may be seeing some wage acceleration,'' Jared Bernstein wrote.", True),
        ('"We are building a wall," he said.', True),
        ("“We will win,” Clinton said.", True),
        ("«Nous gagnerons», a dit Macron.", True),
        ("``We finally may be seeing some wage acceleration,'' Jared Bernstein wrote.", True),
        ("Trump's aides said it was the candidate's call.", False),
        ("He said he'd call: 'maybe' was the word.", False),
    ],
)
def test_a_content_is_direct_when_it_holds_any_quotation_mark(article: str, direct: bool) -> None:
    attribution = Attribution("E1", ((0, len(article)),))
    assert attribution.is_direct(article) is direct
