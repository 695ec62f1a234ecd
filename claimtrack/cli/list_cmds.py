"""`claimtrack claims`, `speakers` and `articles`: listings of the store."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

import typer

from claimtrack.cli.app import command
from claimtrack.cli.common import (
    Format,
    FormatOption,
    LimitOption,
    SinceOption,
    SourceOption,
    UntilOption,
    fail,
    open_store,
    pick_format,
    warn,
    warn_no_speaker,
)
from claimtrack.cli.output import Column, write_json_texts, write_records
from claimtrack.enums import Kind, Stance
from claimtrack.store import ClaimFilter, Store, StoreError

# The claim gets the room: kind (direct or reported) is in JSON and CSV, not in the table.
CLAIM_TABLE = (
    Column("id", "id", no_wrap=True),
    Column("date", "published", no_wrap=True),
    Column("speaker", "speaker", ratio=2),
    Column("stance", "stance", no_wrap=True),
    Column("claim", "text", ratio=7),
    Column("source", "source", ratio=2),
)
SPEAKER_TABLE = (
    Column("id", "id", no_wrap=True),
    Column("name", "name", ratio=3),
    Column("kind", "kind", no_wrap=True),
    Column("aliases", "aliases", ratio=4),
    Column("claims", "claims", no_wrap=True),
    Column("articles", "articles", no_wrap=True),
)
ARTICLE_TABLE = (
    Column("id", "id", no_wrap=True),
    Column("title", "title", ratio=5),
    Column("source", "source", ratio=2),
    Column("date", "published", no_wrap=True),
    Column("path", "path", ratio=3),
    Column("claims", "claims", no_wrap=True),
)


def explain_empty(
    store: Store, *, source: str | None = None, dated: bool = False, speaker: str | None = None
) -> None:
    """Warn when a filter asks for what no article has: a source never stored, a date none has."""
    if speaker is not None and not store.resolve_speaker(speaker):
        warn_no_speaker(store, speaker)
    if source is not None and not store.has_source(source):
        warn(f"no article has the source {source!r}; see `claimtrack articles`")
    if dated and not store.has_dates():
        warn("no article has a publication date, so --since/--until match nothing")


def name_the_speakers(store: Store, speaker: str) -> None:
    """Say which speakers a name that fits several of them stands for: all of them are shown."""
    names = store.resolve_speaker(speaker)
    if len(names) > 1:
        more = f" and {len(names) - 8} more" if len(names) > 8 else ""
        warn(f"{speaker!r} fits {len(names)} speakers, all shown: {', '.join(names[:8])}{more}")


@command("claims")
def claims_command(
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            "-s",
            metavar="NAME",
            help="Name, alias, last or first name, any case: Trump, peskov, Bernie. A name"
            " that fits several speakers shows them all and names them on stderr.",
        ),
    ] = None,
    article: Annotated[
        str | None,
        typer.Option(
            "--article", "-a", metavar="ID|PATH", help="Article id, id prefix or input path."
        ),
    ] = None,
    source: SourceOption = None,
    kind: Annotated[Kind | None, typer.Option(metavar="KIND", help="direct or reported.")] = None,
    stance: Annotated[
        Stance | None,
        typer.Option(
            metavar="STANCE",
            help="What the speaker does with it: asserts, denies, confirms or declines.",
        ),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search",
            metavar="QUERY",
            help="Full-text search, stemmed (wall finds walls), with SQLite FTS5 syntax:"
            ' Mexic* (prefix), wall OR fence, Benghazi NOT Clinton, "the wall" (phrase).',
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List stored claims, filtered by speaker, article, source, kind, stance, words or date.

    \b
    Examples:
      claimtrack claims --speaker Trump --since "June 1, 2016"
      claimtrack claims --search 'wall NOT Mexic*' --limit 20
      claimtrack claims --stance denies --format csv > denials.csv
      claimtrack claims --format jsonl | jq -r .text
    """
    from claimtrack.fields import CLAIM_FIELDS

    flt = ClaimFilter(speaker, article, source, kind, stance, search, since, until, limit)
    fmt = pick_format(fmt)
    with open_store(create=False) as store:
        if article is not None and not store.resolve_articles(article):
            fail(f"no article with id or path {article!r}; see `claimtrack articles`")
        try:
            store.check_search(search)
            if fmt in (Format.JSON, Format.JSONL):
                n = write_json_texts(store.claim_json(flt), fmt)
            else:
                n = write_records(
                    store.claim_records(flt),
                    fmt,
                    CLAIM_TABLE,
                    fields=CLAIM_FIELDS,
                    empty="no claims",
                )
        except StoreError as exc:
            fail(str(exc))
        if not n:
            explain_empty(
                store, source=source, dated=since is not None or until is not None, speaker=speaker
            )
        elif speaker is not None:
            name_the_speakers(store, speaker)  # "Clinton": Hillary, Bill, Chelsea


@command("speakers")
def speakers_command(limit: LimitOption = None, fmt: FormatOption = None) -> None:
    """List speakers with their aliases, claim counts and article counts, busiest first.

    \b
    Examples:
      claimtrack speakers --limit 20
      claimtrack speakers --format jsonl | jq -r 'select(.kind == "group") | .name'
    """
    from claimtrack.fields import SPEAKER_FIELDS

    fmt = pick_format(fmt)
    with open_store(create=False) as store:
        records: Iterable[dict[str, Any]] = store.speakers(limit)
        if fmt is Format.TABLE:
            records = ({**r, "aliases": "; ".join(r["aliases"])} for r in records)
        write_records(records, fmt, SPEAKER_TABLE, fields=SPEAKER_FIELDS, empty="no speakers")


@command("articles")
def articles_command(
    source: SourceOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = None,
) -> None:
    """List stored articles with title, source, date, path and claim count, oldest first.

    \b
    Examples:
      claimtrack articles --source Reuters
      claimtrack articles --since 2016-06-01 --until 2016-06-30 --format csv
    """
    from claimtrack.fields import ARTICLE_FIELDS

    fmt = pick_format(fmt)
    with open_store(create=False) as store:
        records = store.articles(source=source, since=since, until=until, limit=limit)
        n = write_records(records, fmt, ARTICLE_TABLE, fields=ARTICLE_FIELDS, empty="no articles")
        if not n:
            explain_empty(store, source=source, dated=since is not None or until is not None)
