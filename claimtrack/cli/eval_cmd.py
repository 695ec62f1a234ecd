"""`claimtrack eval`: score the extractor against a folder of brat attribution annotations."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from claimtrack.cli.app import command
from claimtrack.cli.common import Format, FormatOption, fail, pick_format, progress, warn
from claimtrack.cli.output import Column, dumps, write_document, write_records
from claimtrack.cli.terminal import printable
from claimtrack.evaluate import (
    HIGH,
    LOW,
    CorpusError,
    Extractor,
    ExtractorError,
    Miss,
    Report,
    evaluate,
    pair_files,
)

ERROR_KINDS = ("missed", "spurious", "wrong speaker")
ERROR_COLUMNS = (
    Column("error", "error", no_wrap=True),
    Column("article", "article", ratio=2),
    Column("span", "span", no_wrap=True),
    Column("speaker", "speaker", ratio=1),
    Column("gold source", "gold_source", ratio=1),
    Column("text", "text", ratio=6),
)
# On a terminal the table's title names the error, so every column left is worth its room.
TABLE_ERROR_COLUMNS = (
    Column("article", "article", ratio=3),
    Column("span", "span", no_wrap=True),
    Column("speaker", "speaker", ratio=2),
    Column("gold source", "gold_source", ratio=2),
    Column("text", "text", ratio=8),
)

HELP = f"""Score the claim extractor against a folder of brat attribution annotations.

GOLD_DIR holds text/NAME.txt (the articles, UTF-8) and attributions/NAME.ann or
attributions/NAME_ANNOTATOR.ann (brat standoff; with several annotator files for
one text, the first in name order is used), as in PolNeAR. In the .ann files,
T lines are spans (discontinuous as "120 150;160 211") and E lines tie one
attribution together: "E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1"
(Content2 adds a piece of content; Attribution-no-source has no Source).

Scoring: a gold attribution (one with a Content) is found when one claim's span
covers at least {LOW:.0%} of the gold content's characters (discontinuous content
counts as the union of its pieces); each claim and each gold attribution is matched
at most once, best overlap share first. Precision = matched claims / claims, recall
= found / gold, F1; the same at {HIGH:.0%}. Recall is also given for direct
attributions (the content holds a " “ ” « » or '' mark) and the others. Speaker
accuracy is the share of matched claims whose speaker_span overlaps the gold Source or whose
speaker shares a word with it (the, a, of, his, 's... ignored); matched attributions
without a Source are left out and counted. Inside is the share of claims lying at
least half inside one gold content.

Output: a table on a terminal; --format json gives one object with every number
(and the examples asked for with --misses under "errors"); jsonl gives that object
on one line, then one line per example; csv gives one header row and one row of
numbers (with --misses: the examples instead, one row each).

\b
Examples:
  claimtrack eval ../shared/data/polnear/dev
  claimtrack eval corpus/ --format json | jq .f1
  claimtrack eval corpus/ --misses 20     # what the rules miss or get wrong
  claimtrack eval corpus/ --extractor mypkg.rules:extract
"""


def load_extractor(spec: str) -> Extractor:
    """Return the function named by MODULE:FUNCTION, or exit with a usage error."""
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        fail(f"--extractor wants MODULE:FUNCTION, got {spec!r}", 2)
    try:
        found = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        fail(f"cannot load the extractor {spec!r}: {exc}", 2)
    if not callable(found):
        fail(f"{spec!r} is not a function", 2)
    extractor: Extractor = found
    return extractor


@command("eval", help=HELP)
def eval_command(
    gold_dir: Annotated[
        str,
        typer.Argument(
            metavar="GOLD_DIR",
            help="Folder with text/ and attributions/ (brat standoff).",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    misses: Annotated[
        int,
        typer.Option(
            "--misses",
            "--errors",
            "-m",
            min=0,
            metavar="N",
            help="Also list up to N missed attributions, N spurious claims and N wrong speakers.",
        ),
    ] = 0,
    extractor: Annotated[
        str | None,
        typer.Option(
            "--extractor",
            metavar="MODULE:FUNCTION",
            help="Score another function Article -> list[Claim] (default: claimtrack's own).",
        ),
    ] = None,
) -> None:
    """Score the claim extractor against a folder of brat attribution annotations."""
    # eval prints one report, so a pipe gets a JSON document rather than JSON lines.
    fmt = pick_format(fmt, Format.JSON)
    run = load_extractor(extractor) if extractor else None
    try:
        total = len(pair_files(Path(gold_dir))[0])
        bar = progress()
        task = bar.add_task("eval", total=total, stage="scoring", unit="articles")
        with bar:
            report = evaluate(
                gold_dir,
                run,
                keep_errors=misses > 0,
                on_article=lambda _: bar.advance(task),
            )
    except (CorpusError, ExtractorError) as exc:
        fail(str(exc))
    for line in report.skipped:
        warn(f"left out {line}")
    if report.span_mismatches:
        warn(
            f"{report.span_mismatches} annotated spans do not match the article text "
            "(offsets may not line up with the text as read)"
        )
    examples = pick_examples(report.errors, misses)
    write_report(report, examples, fmt)


def pick_examples(errors: Sequence[Miss], n: int) -> list[dict[str, Any]]:
    """Return up to n examples of each kind of error, spread evenly over the corpus."""
    out: list[dict[str, Any]] = []
    for kind in ERROR_KINDS:
        these = [e for e in errors if e.error == kind]
        if not these or n <= 0:
            continue
        step = max(1, len(these) / n) if len(these) > n else 1
        picked = [these[int(i * step)] for i in range(min(n, len(these)))]
        out.extend(
            {
                "error": e.error,
                "article": e.article,
                "span": [e.start, e.end],
                "direct": e.direct,
                "speaker": e.speaker,
                "gold_source": e.gold_source,
                "text": e.text,
            }
            for e in picked
        )
    return out


ROWS: tuple[tuple[str, str, str | None], ...] = (
    (f"F1 at {LOW:.0%}", "f1", None),
    (f"precision at {LOW:.0%}", "precision", "{matched} of {claims} claims"),
    (f"recall at {LOW:.0%}", "recall", "{matched} of {gold} attributions"),
    (f"F1 at {HIGH:.0%}", "f1_80", None),
    (f"precision at {HIGH:.0%}", "precision_80", "{matched_80} of {claims} claims"),
    (f"recall at {HIGH:.0%}", "recall_80", "{matched_80} of {gold} attributions"),
    ("recall, direct", "recall_direct", "{found_direct} of {gold_direct} with quotation marks"),
    (
        "recall, reported",
        "recall_reported",
        "{found_reported} of {gold_reported} without quotation marks",
    ),
    (
        "speaker accuracy",
        "speaker_accuracy",
        "{speaker_right} of {speaker_judged} matched ({speaker_no_source} without a gold source left out)",
    ),
    ("claims inside gold", "inside_share", "{claims_inside} of {claims} at least half inside"),
)


def write_report(report: Report, examples: list[dict[str, Any]], fmt: Format) -> None:
    """Write the report (and the examples) to stdout in the format."""
    numbers = report.numbers()
    if fmt is Format.JSON:
        write_document({**numbers, "errors": examples} if examples else numbers)
    elif fmt is Format.JSONL:
        for record in [numbers, *examples]:
            sys.stdout.write(dumps(record) + "\n")
    elif fmt is Format.CSV:
        if examples:
            write_records(examples, fmt, ERROR_COLUMNS)
        else:
            write_records([numbers], fmt, ())
    else:
        _write_table(numbers, examples)


def _write_table(numbers: dict[str, Any], examples: list[dict[str, Any]]) -> None:
    out = Console(highlight=False)
    table = Table(
        title=f"claimtrack eval {printable(str(numbers['gold_dir']))}", title_justify="left"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("counts")
    for label, key, detail in ROWS:
        table.add_row(label, f"{numbers[key]:.3f}", detail.format(**numbers) if detail else "")
    out.print(table)
    out.print(
        f"{numbers['articles']} articles, {numbers['gold']} gold attributions "
        f"({numbers['gold_direct']} direct), {numbers['claims']} claims, "
        f"{numbers['matched']} matched",
        soft_wrap=True,
    )
    for kind in ERROR_KINDS:
        rows = [
            {**e, "span": f"{e['span'][0]}-{e['span'][1]}"} for e in examples if e["error"] == kind
        ]
        if rows:
            out.print()
            write_records(rows, Format.TABLE, TABLE_ERROR_COLUMNS, title=kind)
