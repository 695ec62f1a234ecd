"""Texts and small articles shared by the store, query, ingest and fault tests."""

# Real sentences keep their curly quotation marks and apostrophes.
# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path

from claimtrack.models import Article, Claim, Kind, Stance, claim_id

PESKOV_TEXT = (
    "However, Peskov firmly denied the allegations about secret post-presidential phone calls "
    "between Trump and Putin, stating, “about the phone calls-it’s not true.”"
)
TRUMP_TEXT = (
    "“I don’t comment on that,” Trump said, referring to whether he had communicated with Putin."
)
FULL_TEXT = "“If I did, it’s a smart thing,” former President Donald Trump said in an interview."
CAMPAIGN_TEXT = (
    "Trump’s campaign declared that “none of these made-up stories by Bob Woodward are true.”"
)


def claim(
    article: Article,
    text: str,
    speaker: str | None,
    mention: str | None = None,
    *,
    kind: Kind = Kind.DIRECT,
    stance: Stance = Stance.ASSERTS,
) -> Claim:
    """Return a claim of the article whose content is `text` and whose speaker is mentioned as `mention`."""
    start = article.text.index(text)
    span = (start, start + len(text))
    mention = mention if mention is not None else speaker
    speaker_span = None
    if mention is not None and mention in article.text:
        at = article.text.index(mention)
        speaker_span = (at, at + len(mention))
    return Claim(
        id=claim_id(article.id, span),
        article=article.id,
        path=article.path,
        speaker=speaker,
        speaker_mention=mention,
        speaker_span=speaker_span,
        cue="said",
        cue_span=None,
        kind=kind,
        stance=stance,
        text=text,
        span=span,
    )


def article_text(i: int) -> str:
    """Return a small news article with attributed quotes, different for every i."""
    return (
        f"Roads in district {i} will be fixed, the mayor says\n\n"
        f'"We will fix the roads in district {i} before winter," Mayor Ann Lee said on Monday. '
        f'Critics doubted it. "The budget for district {i} is not ready," said Councillor Tom Baker.\n'
        f"Lee insisted that the money for the {i} projects had been set aside in March.\n"
    )


def write_articles(folder: Path, n: int) -> list[Path]:
    """Write n article files into the folder; return their paths in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"{i:05d}.txt"
        path.write_text(article_text(i), encoding="utf-8")
        paths.append(path)
    return paths
