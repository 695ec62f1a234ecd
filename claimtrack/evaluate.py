"""Score an extractor against a folder of brat attribution annotations (PolNeAR layout).

The folder holds `text/NAME.txt` (the articles) and `attributions/NAME_ANNOTATOR.ann`
or `attributions/NAME.ann` (brat standoff); with several annotator files for one text,
the first in name order is used. A gold attribution (one with a content) is found when
one claim's span covers at least 30% of the gold content's characters; each claim and
each gold attribution is matched at most once, best overlap share first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.brat import Annotation, Attribution, length, overlap, read_ann
from claimtrack.enums import Kind

if TYPE_CHECKING:  # `claimtrack eval --help` needs neither pydantic nor the readers
    from claimtrack.models import Article, Claim

Extractor = Callable[["Article"], Sequence["Claim"]]

LOW = 0.3
HIGH = 0.8
INSIDE = 0.5

# Words that say nothing about who a speaker is, left out when names are compared.
TRIVIAL_WORDS = frozenset(
    "the a an of his her its their our my your s 's and or to in on at for by from with "
    "mr mrs ms dr".split()
)
# Word pieces of a name: "Trump's" -> "trump", "s"
_WORD = re.compile(r"[^\W_]+")


class CorpusError(Exception):
    """A gold folder that cannot be scored."""


class ExtractorError(Exception):
    """The extractor under test raised on an article."""


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its text as claimtrack reads it, and its gold attributions."""

    name: str
    article: Article
    annotation: Annotation


@dataclass(frozen=True)
class Miss:
    """A gold attribution no claim found, a claim matching no gold, or a wrong speaker."""

    error: str  # "missed", "spurious" or "wrong speaker"
    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    gold_source: str | None = None
    direct: bool | None = None


@dataclass(frozen=True)
class Report:
    """Every number of one evaluation run; shares are in [0, 1] (0 when undefined)."""

    gold_dir: str
    articles: int
    gold: int
    gold_direct: int
    gold_reported: int
    claims: int
    matched: int
    precision: float
    recall: float
    f1: float
    matched_80: int
    precision_80: float
    recall_80: float
    f1_80: float
    found_direct: int
    recall_direct: float
    found_reported: int
    recall_reported: float
    speaker_judged: int
    speaker_right: int
    speaker_accuracy: float
    speaker_no_source: int
    claims_inside: int
    inside_share: float
    span_mismatches: int
    skipped: tuple[str, ...] = ()
    errors: tuple[Miss, ...] = field(default=(), repr=False)

    def numbers(self) -> dict[str, Any]:
        """Return the report as a flat JSON-ready dict, without the error examples."""
        out = asdict(self)
        out.pop("errors")
        out["skipped"] = list(self.skipped)
        return out


def default_extractor() -> Extractor:
    """Return claimtrack's own extractor."""
    from claimtrack.extract import extract

    return extract


def _key(ann: Path, texts: set[str]) -> str | None:
    """Return the name of the text a .ann file annotates: NAME.ann or NAME_ANNOTATOR.ann."""
    if ann.stem in texts:
        return ann.stem
    head = ann.stem.rsplit("_", 1)[0]
    return head if "_" in ann.stem and head in texts else None


def pair_files(gold_dir: Path) -> tuple[list[tuple[str, Path, Path]], list[str]]:
    """Return (name, text file, first .ann file) for every annotated text, and what was left out."""
    text_dir, ann_dir = gold_dir / "text", gold_dir / "attributions"
    if not gold_dir.is_dir():
        raise CorpusError(f"{gold_dir} is not a folder")
    for sub in (text_dir, ann_dir):
        if not sub.is_dir():
            raise CorpusError(
                f"{gold_dir} has no {sub.name}/ folder (expected text/ and attributions/)"
            )
    texts = {p.stem: p for p in text_dir.glob("*.txt") if not p.name.startswith(".")}
    anns: dict[str, Path] = {}
    left: list[str] = []
    for ann in sorted(ann_dir.glob("*.ann")):
        key = _key(ann, set(texts))
        if key is None:
            left.append(f"{ann}: no matching text in {text_dir}")
        else:
            anns.setdefault(key, ann)
    left.extend(f"{texts[n]}: no annotation file" for n in sorted(set(texts) - set(anns)))
    pairs = [(name, texts[name], anns[name]) for name in sorted(anns)]
    if not pairs:
        raise CorpusError(
            f"{gold_dir} holds no annotated articles (text/NAME.txt with attributions/NAME*.ann)"
        )
    return pairs, left


def load_corpus(gold_dir: Path | str) -> Iterator[GoldArticle | str]:
    """Yield each annotated article in name order, or a line saying why one was left out."""
    from claimtrack.read import ReadError, read_file

    pairs, left = pair_files(Path(gold_dir))
    yield from left
    for name, text_path, ann_path in pairs:
        try:
            article = read_file(text_path, str(text_path))
            annotation = read_ann(ann_path, article.text)
        except ReadError as exc:
            yield f"{text_path}: {exc}"
            continue
        except (OSError, UnicodeDecodeError) as exc:
            yield f"{ann_path}: {exc}"
            continue
        yield GoldArticle(name, article, annotation)


def match(
    golds: Sequence[Attribution], claims: Sequence[Claim], threshold: float
) -> dict[int, int]:
    """Return gold index -> claim index, greedily pairing the best overlap shares first."""
    pairs: list[tuple[float, int, int]] = []
    for gi, gold in enumerate(golds):
        size = length(gold.content)
        if size == 0:
            continue
        for ci, claim in enumerate(claims):
            share = overlap(gold.content, *claim.span) / size
            if share >= threshold and share > 0:
                pairs.append((share, gi, ci))
    # Ties fall to text order, so that the result never depends on the sort's whims.
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    taken: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, ci in pairs:
        if gi not in out and ci not in taken:
            out[gi] = ci
            taken.add(ci)
    return out


def words(name: str) -> set[str]:
    """Return the telling words of a name, lower-cased, trivial words left out."""
    return {w for w in _WORD.findall(name.lower()) if w not in TRIVIAL_WORDS}


def speaker_right(claim: Claim, gold: Attribution, text: str) -> bool:
    """Return True when the claim's speaker span overlaps the gold source or shares a word."""
    if claim.speaker_span is not None and overlap(gold.source, *claim.speaker_span) > 0:
        return True
    return claim.speaker is not None and bool(words(claim.speaker) & words(gold.source_text(text)))


def _inside(claim: Claim, golds: Sequence[Attribution]) -> bool:
    """Return True when at least half of the claim lies inside one gold content."""
    start, end = claim.span
    size = end - start
    return size > 0 and any(overlap(g.content, start, end) >= INSIDE * size for g in golds)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class _Tally:
    """The running counts of one evaluation."""

    articles: int = 0
    gold: int = 0
    gold_direct: int = 0
    claims: int = 0
    matched: int = 0
    matched_80: int = 0
    found_direct: int = 0
    speaker_judged: int = 0
    speaker_right: int = 0
    speaker_no_source: int = 0
    claims_inside: int = 0
    span_mismatches: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[Miss] = field(default_factory=list)


def _score_article(
    item: GoldArticle, claims: Sequence[Claim], tally: _Tally, keep_errors: bool
) -> None:
    """Add one article's counts (and, when asked, its errors) to the tally."""
    text = item.article.text
    golds = item.annotation.attributions
    direct = [g.is_direct(text) for g in golds]
    low = match(golds, claims, LOW)
    tally.articles += 1
    tally.gold += len(golds)
    tally.gold_direct += sum(direct)
    tally.claims += len(claims)
    tally.matched += len(low)
    tally.matched_80 += len(match(golds, claims, HIGH))
    tally.found_direct += sum(1 for gi in low if direct[gi])
    tally.claims_inside += sum(1 for c in claims if _inside(c, golds))
    tally.span_mismatches += len(item.annotation.mismatches)
    for gi, ci in low.items():
        gold, claim = golds[gi], claims[ci]
        if not gold.source:
            tally.speaker_no_source += 1
            continue
        tally.speaker_judged += 1
        if speaker_right(claim, gold, text):
            tally.speaker_right += 1
        elif keep_errors:
            tally.errors.append(
                Miss(
                    error="wrong speaker",
                    article=item.name,
                    start=claim.span[0],
                    end=claim.span[1],
                    text=claim.text,
                    speaker=claim.speaker,
                    gold_source=gold.source_text(text),
                    direct=direct[gi],
                )
            )
    if not keep_errors:
        return
    for gi, gold in enumerate(golds):
        if gi not in low:
            start, end = gold.content[0][0], gold.content[-1][1]
            tally.errors.append(
                Miss(
                    error="missed",
                    article=item.name,
                    start=start,
                    end=end,
                    text=gold.content_text(text),
                    gold_source=gold.source_text(text) or None,
                    direct=direct[gi],
                )
            )
    used = set(low.values())
    for ci, claim in enumerate(claims):
        if ci not in used:
            tally.errors.append(
                Miss(
                    error="spurious",
                    article=item.name,
                    start=claim.span[0],
                    end=claim.span[1],
                    text=claim.text,
                    speaker=claim.speaker,
                    direct=claim.kind is Kind.DIRECT,
                )
            )


def evaluate(
    gold_dir: Path | str,
    extractor: Extractor | None = None,
    *,
    keep_errors: bool = False,
    on_article: Callable[[GoldArticle], None] | None = None,
) -> Report:
    """Return the scores of the extractor (claimtrack's own by default) on a brat gold folder."""
    run = extractor if extractor is not None else default_extractor()
    tally = _Tally()
    for item in load_corpus(gold_dir):
        if isinstance(item, str):
            tally.skipped.append(item)
            continue
        try:
            claims = run(item.article)
        except Exception as exc:
            # A broken extractor is the user's to fix; say on which article it broke.
            raise ExtractorError(
                f"the extractor failed on {item.name}: {type(exc).__name__}: {exc}"
            ) from exc
        _score_article(item, claims, tally, keep_errors)
        if on_article is not None:
            on_article(item)
    return _report(str(gold_dir), tally)


def _report(gold_dir: str, t: _Tally) -> Report:
    p, r = _share(t.matched, t.claims), _share(t.matched, t.gold)
    p80, r80 = _share(t.matched_80, t.claims), _share(t.matched_80, t.gold)
    reported = t.gold - t.gold_direct
    found_reported = t.matched - t.found_direct
    return Report(
        gold_dir=gold_dir,
        articles=t.articles,
        gold=t.gold,
        gold_direct=t.gold_direct,
        gold_reported=reported,
        claims=t.claims,
        matched=t.matched,
        precision=p,
        recall=r,
        f1=_f1(p, r),
        matched_80=t.matched_80,
        precision_80=p80,
        recall_80=r80,
        f1_80=_f1(p80, r80),
        found_direct=t.found_direct,
        recall_direct=_share(t.found_direct, t.gold_direct),
        found_reported=found_reported,
        recall_reported=_share(found_reported, reported),
        speaker_judged=t.speaker_judged,
        speaker_right=t.speaker_right,
        speaker_accuracy=_share(t.speaker_right, t.speaker_judged),
        speaker_no_source=t.speaker_no_source,
        claims_inside=t.claims_inside,
        inside_share=_share(t.claims_inside, t.claims),
        span_mismatches=t.span_mismatches,
        skipped=tuple(t.skipped),
        errors=tuple(t.errors),
    )


__all__ = [
    "HIGH",
    "LOW",
    "CorpusError",
    "Extractor",
    "ExtractorError",
    "GoldArticle",
    "Miss",
    "Report",
    "evaluate",
    "load_corpus",
    "match",
    "pair_files",
    "speaker_right",
    "words",
]
