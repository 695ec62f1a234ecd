"""A long fuzz run over extract, the readers and match: inputs tried, tracebacks, hangs.

usage: python benchmarks/fuzz.py [--inputs N] [--seed S] [--hang SECONDS] [--out DIR]

Inputs are built from a seeded random generator: pieces that exercise the rules (cues
split by line breaks, quotation marks of every kind, names and colons), mutated PolNeAR
train paragraphs (hard-wrapped, cut, with marks and control characters thrown in), units
repeated thousands of times, random Unicode and random bytes. Each goes through one
target: `extract`, a reader (.txt .md .html .json .jsonl files and standard input) then
`extract` on what it read, or `match` (JSON lines as bytes, then matched). Any exception,
or a RuleFailed warning, is a traceback; an input running longer than --hang seconds is a
hang. Failing inputs are written to --out to be replayed. Exit code 1 if any.
"""

# Typographic quotes are the point of many inputs.
# ruff: noqa: RUF001

from __future__ import annotations

import argparse
import io
import json
import random
import signal
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from claimtrack.extract import extract
from claimtrack.extract.guard import RuleFailed
from claimtrack.extract.wrap import hard_wrap
from claimtrack.lexicon import PHRASE_CUES, VERBS
from claimtrack.link.match import BadLine, Matcher, read_requests, relate, run
from claimtrack.models import Article
from claimtrack.read import Skipped, read_paths, read_stdin

TRAIN = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train" / "text"
)

PIECES = [
    "said",
    " said ",
    "says",
    " Trump ",
    "Mr. Clinton",
    "he said, ",
    "she said.",
    "they said",
    "according to ",
    ", saying that ",
    "called\nfor ",
    "Asked whether ",
    "his claim that ",
    "He said that ",
    "said Trump ",
    "Name: ",
    "“",
    "”",
    '"',
    "''",
    "``",
    "«",
    "»",
    "„",
    "‘",
    "’",
    ": ",
    ". ",
    ", ",
    "; ",
    " — ",
    " -- ",
    " - Bernie Sanders",
    "(",
    ")",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u2028",
    "\u2029",
    "\x00",
    "\x1b[2J",
    "\ufffd",
    "\ud800",
    " ",
    "  ",
    "A",
    "a",
    "Yes",
    "No",
    "?",
    "!",
    "…",
    "0",
    "100%",
    "U.S.",
    "Sen.",
    "Dr.",
    "denied",
    "refused to",
    "confirmed",
    "declined to comment",
    "http://x.example/a_b?c=d",
    "#",
    "*",
    "<p>",
    "</p>",
]
UNITS = [
    '"Yes," he said. "',
    'Name: "',
    "his claim that ",
    "He said that ",
    "said Trump ",
    "“”",
    "Trump called\nfor ",
    '"Yes," he\nsaid. ',
    "according to ",
    "“A,” said B, “C",
    "''",
    ", saying ",
    "Asked whether ",
    "A: B\n",
    " said, ",
    "- ",
    "\n",
    "“",
    "...",
    "a ",
]
CUES = sorted({*PHRASE_CUES, *VERBS})


class Hang(Exception):
    """An input ran past its time budget."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang


def _train_paragraphs(limit: int = 3000) -> list[str]:
    """Return up to `limit` paragraphs of the PolNeAR train texts, if they are there."""
    out: list[str] = []
    if TRAIN.is_dir():
        for path in sorted(TRAIN.glob("*.txt")):
            out.extend(p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
            if len(out) >= limit:
                break
    return out or ["Trump said the election was rigged. “It is,” he said."]


class Inputs:
    """Random inputs of several shapes, from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.paragraphs = _train_paragraphs()

    def pieces(self) -> str:
        """Return a string of rule-exercising pieces, multi-word cues with any whitespace."""
        r = self.rng
        parts = []
        for _ in range(r.randint(0, 120)):
            roll = r.random()
            if roll < 0.6:
                parts.append(r.choice(PIECES))
            elif roll < 0.8:
                cue = r.choice(CUES)
                parts.append(cue.replace(" ", r.choice([" ", "\n", "\r\n", "  ", "\t", " \n "])))
            else:
                parts.append("".join(chr(r.randint(1, 0x2FFF)) for _ in range(r.randint(1, 8))))
        return "".join(parts)

    def news(self) -> str:
        """Return train paragraphs, mutated: wrapped, cut, marks and controls thrown in."""
        r = self.rng
        text = "\n\n".join(r.sample(self.paragraphs, r.randint(1, 8)))
        chars = list(text)
        for _ in range(r.randint(0, 12)):
            at = r.randrange(len(chars) + 1)
            chars.insert(at, r.choice(PIECES))
        text = "".join(chars)
        roll = r.random()
        if roll < 0.3:
            text = hard_wrap(text, r.randint(20, 90))
        elif roll < 0.4:
            text = text.replace(" ", "\n")
        elif roll < 0.5:
            text = text[r.randrange(len(text) + 1) :]
        return text

    def repeated(self) -> str:
        """Return a unit repeated up to 20,000 characters: the shape of the slow texts."""
        r = self.rng
        unit = r.choice(UNITS) if r.random() < 0.7 else self.pieces()[:20] or "x"
        return unit * max(1, r.randint(100, 20_000) // max(1, len(unit)))

    def unicode(self) -> str:
        """Return random code points, surrogates included."""
        r = self.rng
        return "".join(chr(r.randint(0, 0x10FFFF)) for _ in range(r.randint(0, 400)))

    def text(self) -> str:
        """Return an input text of a random shape."""
        return self.rng.choice([self.pieces, self.news, self.news, self.repeated, self.unicode])()

    def payload(self) -> bytes:
        """Return raw bytes: a text encoded (maybe badly), random bytes, or both."""
        r = self.rng
        data = self.text().encode("utf-8", "surrogatepass" if r.random() < 0.5 else "replace")
        if r.random() < 0.2:
            data += r.randbytes(r.randint(1, 64))
        if r.random() < 0.1:
            data = r.randbytes(r.randint(0, 2000))
        return data


def _wrap_as(suffix: str, text: str, rng: random.Random) -> bytes:
    """Return a file of the given kind holding the text, or broken in a random way."""
    roll = rng.random()
    if suffix == ".json":
        doc: object = {"text": text, "title": text[:40], "published": text[:10]}
        if roll < 0.2:
            doc = [[[[text]]]] if roll < 0.1 else "[" * rng.randint(1, 5000)
        return (doc if isinstance(doc, str) else json.dumps(doc)).encode("utf-8", "surrogatepass")
    if suffix == ".jsonl":
        lines = [json.dumps({"text": t}) for t in text.split("\n")[:50]]
        if roll < 0.3:
            lines.insert(rng.randrange(len(lines) + 1), "[" * rng.randint(1, 5000))
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    if suffix == ".html":
        body = "".join(f"<p>{p}</p>" for p in text.split("\n"))
        if roll < 0.2:
            body += "<script>" + "x" * rng.randint(0, 50_000) + "</script>"
        return f"<html><head><title>{text[:30]}</title></head><body>{body}</body></html>".encode(
            "utf-8", "surrogatepass"
        )
    if suffix == ".md":
        front = f"---\ntitle: {text[:30]}\ndate: {text[:12]}\n---\n" if roll < 0.5 else ""
        return (front + "# " + " " * rng.randint(0, 3000) + text).encode("utf-8", "surrogatepass")
    return text.encode("utf-8", "surrogatepass")


def main(argv: list[str]) -> int:
    """Run the fuzz campaign and print its numbers; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--hang", type=float, default=10.0, help="seconds before an input is a hang"
    )
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    inputs = Inputs(rng)
    warnings.simplefilter("error", RuleFailed)
    signal.signal(signal.SIGALRM, _alarm)
    matcher = Matcher(
        (str(i), p) for i, p in enumerate(inputs.paragraphs[:300]) if "\ud800" not in p
    )
    tried: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    hangs: Counter[str] = Counter()
    chars = 0
    slowest = (0.0, "")
    tmp = Path(tempfile.mkdtemp(prefix="claimtrack-fuzz-"))
    started = time.perf_counter()

    for number in range(args.inputs):
        roll = rng.random()
        payload: str | bytes
        if roll < 0.6:
            target, payload = "extract", inputs.text()

            def job(text: str = payload) -> int:
                return len(extract(Article.from_text(text)))

        elif roll < 0.85:
            suffix = rng.choice([".txt", ".md", ".html", ".json", ".jsonl", "-"])
            target = f"read {suffix}"
            payload = (
                _wrap_as(suffix, inputs.text(), rng) if rng.random() < 0.9 else inputs.payload()
            )

            def job(data: bytes = payload, suffix: str = suffix) -> int:
                if suffix == "-":
                    items = list(read_stdin(io.BytesIO(data)))
                else:
                    path = tmp / f"input{suffix}"
                    path.write_bytes(data)
                    items = list(read_paths([str(path)]))
                return sum(len(extract(a)) for a in items if not isinstance(a, Skipped))

        else:
            target = "match"
            lines = [
                json.dumps(
                    {"id": i, "text": inputs.text()[:500]}, ensure_ascii=rng.random() < 0.5
                ).encode("utf-8", "surrogatepass")
                if rng.random() < 0.8
                else inputs.payload()[:300]
                for i in range(rng.randint(1, 6))
            ]
            payload = b"\n".join(lines)

            def job(lines: list[bytes] = lines) -> int:
                good = [r for r in read_requests(lines) if not isinstance(r, BadLine)]
                found = list(run(good, lambda: matcher))
                found.extend(relate(n, o["text"], o["text"][::-1]) for n, o in good)
                return len(found)

        tried[target] += 1
        chars += len(payload)
        begin = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, args.hang)
        try:
            _run(job)
        except Hang:
            hangs[target] += 1
            _save(args.out, "hang", number, target, payload)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            failed[target] += 1
            _save(args.out, "traceback", number, target, payload, traceback.format_exc())
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        took = time.perf_counter() - begin
        if took > args.hang / 5:
            _save(args.out, "slow", number, target, payload, f"{took:.2f} s")
        if took > slowest[0]:
            slowest = (took, f"{target}, {len(payload)} characters/bytes")
        if (number + 1) % 1000 == 0:
            print(
                f"  {number + 1} inputs, {sum(failed.values())} tracebacks, "
                f"{sum(hangs.values())} hangs",
                file=sys.stderr,
            )

    elapsed = time.perf_counter() - started
    print(
        f"inputs tried:  {sum(tried.values())} ({', '.join(f'{k} {v}' for k, v in sorted(tried.items()))})"
    )
    print(f"characters:    {chars:,}")
    print(f"tracebacks:    {sum(failed.values())} {dict(failed) or ''}")
    print(f"hangs (> {args.hang:g} s): {sum(hangs.values())} {dict(hangs) or ''}")
    print(f"slowest input: {slowest[0]:.2f} s ({slowest[1]})")
    print(f"time:          {elapsed:.0f} s, seed {args.seed}")
    return 1 if failed or hangs else 0


def _run(job: Callable[[], int]) -> int:
    """Run one job."""
    return job()


def _save(
    out: Path, kind: str, number: int, target: str, payload: str | bytes, tb: str = ""
) -> None:
    """Write a failing input (and its traceback) to the output folder."""
    out.mkdir(parents=True, exist_ok=True)
    data = payload.encode("utf-8", "surrogatepass") if isinstance(payload, str) else payload
    (out / f"{number}-{kind}.bin").write_bytes(data)
    (out / f"{number}-{kind}.txt").write_text(f"{target}\n{tb}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
