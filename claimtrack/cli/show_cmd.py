"""`claimtrack show`: one claim in its paragraph, or one article with its text and claims."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from claimtrack.cli.app import command
from claimtrack.cli.common import Format, FormatOption, fail, open_store, pick_format
from claimtrack.cli.list_cmds import CLAIM_TABLE
from claimtrack.cli.output import write_document, write_records
from claimtrack.cli.terminal import printable, printable_text

if TYPE_CHECKING:  # imported by the command itself: other commands start without it
    from claimtrack.show import ArticleView, ClaimView

# Around the claim in its paragraph, so that it stands out without colours too.
OPEN_MARK, CLOSE_MARK = "⟦", "⟧"
# The claims of an article shown alone: its date and source would repeat on every row.
ARTICLE_CLAIMS = tuple(c for c in CLAIM_TABLE if c.key not in ("published", "source"))


@command("show")
def show_command(
    ref: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A claim or article id, a unique prefix of one, or an article's path.",
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
) -> None:
    """Show one claim in its paragraph (marked ⟦so⟧) with its article and links, or one article.

    An article is shown with its metadata, its whole text and its claims. In a pipe,
    one JSON document.

    \b
    Examples:
      claimtrack show 3f2a9c                 # a claim id (or prefix): its paragraph and links
      claimtrack show seeds/trump-book.txt   # an article: its text and claims
      claimtrack show 3f2a9c | jq .context.text
    """
    from claimtrack.show import ClaimView, ShowError, show

    fmt = pick_format(fmt, Format.JSON)
    if fmt is Format.CSV:
        raise typer.BadParameter(
            "show prints one document: table, json or jsonl", param_hint="--format"
        )
    with open_store(create=False) as store:
        try:
            found = show(store, ref)
        except ShowError as exc:
            fail(str(exc))
    if fmt is not Format.TABLE:
        write_document(found.record(), fmt)
    elif isinstance(found, ClaimView):
        _claim_table(found)
    else:
        _article_table(found)


def _article_line(meta: dict[str, Any]) -> str:
    parts = [
        meta["title"] or "(no title)",
        meta["source"],
        meta["published"],
        meta["path"],
        meta["id"],
    ]
    return printable(" | ".join(str(p) for p in parts if p))


def marked(view: ClaimView) -> Text:
    """Return the claim's paragraph with the claim marked ⟦so⟧, and styled on a terminal."""
    ctx = view.context
    a, b = ctx.claim

    def shift(i: int) -> int:  # an offset in the passage, once the marks are in
        return i + (len(OPEN_MARK) if i > a else 0) + (len(CLOSE_MARK) if i >= b else 0)

    text = ctx.text[:a] + OPEN_MARK + ctx.text[a:b] + CLOSE_MARK + ctx.text[b:]
    marks = [
        (shift(span[0]), shift(span[1]), style)
        for span, style in (
            (ctx.claim, "bold green"),
            (ctx.speaker, "bold magenta"),
            (ctx.cue, "underline"),
        )
        if span
    ]
    return printable_text(text, marks)


def _claim_table(view: ClaimView) -> None:
    out = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
    record = view.claim
    out.print(
        Text.assemble(
            ("claim ", "dim"), (record["id"], "bold"), f"  {record['kind']}, {record['stance']}"
        )
    )
    out.print(
        Text.assemble(
            ("speaker ", "dim"),
            (printable(record["speaker"] or "unknown"), "magenta"),
            printable(
                f"  (mention: {record['speaker_mention'] or '-'}; cue: {record['cue'] or '-'})"
            ),
        )
    )
    out.print(Text.assemble(("article ", "dim"), _article_line(view.article)))
    out.print()
    out.print(marked(view))
    out.print()
    if not view.links:
        out.print(Text("no links", style="dim"))
    for item in view.links:
        other = item["other"]
        out.print(
            Text.assemble(
                (f"{item['direction']} ", "dim"),
                (item["relation"], "bold"),
                f" ({item['score']:.2f}) ",
                (printable(other.get("speaker") or "unknown"), "magenta"),
                printable(f": {other.get('text')}  "),
                (str(other.get("id")), "dim"),
            )
        )


def _article_table(view: ArticleView) -> None:
    out = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
    out.print(Text.assemble(("article ", "dim"), _article_line(view.article)))
    if view.article.get("url"):
        out.print(Text.assemble(("url ", "dim"), printable(view.article["url"])))
    out.print()
    out.print(printable_text(view.text.strip()))
    out.print()
    n = len(view.claims)
    out.print(f"{n} claim{'s' if n != 1 else ''}")
    write_records(view.claims, Format.TABLE, ARTICLE_CLAIMS)


__all__ = ["marked"]
