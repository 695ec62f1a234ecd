"""Turn files, folders and standard input into articles."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from claimtrack.models import Article

ARTICLE_SUFFIXES = frozenset({".txt", ".md"})
STDIN = "-"


@dataclass(frozen=True)
class Skipped:
    """An input that gave no article, and why."""

    path: str
    reason: str


class ReadError(Exception):
    """An input that cannot be read as an article."""


def decode(data: bytes) -> str:
    """Return the bytes as UTF-8 text with a leading byte-order mark dropped."""
    if b"\x00" in data[:8192]:
        raise ReadError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise ReadError("empty file")
    return text


def read_file(path: Path, shown: str) -> Article:
    """Return the article in one file; `shown` is the path as the user gave it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    return Article.from_text(decode(data), path=shown)


def read_stdin() -> Article:
    """Return the one article on standard input."""
    return Article.from_text(decode(sys.stdin.buffer.read()), path=None)


def _walk(folder: Path) -> Iterator[Path]:
    """Yield the article files below a folder, in a stable order."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(root) / name


def read_paths(paths: Iterable[str]) -> Iterator[Article | Skipped]:
    """Yield an article, or the reason it was skipped, for every input below the paths."""
    for given in paths:
        if given == STDIN:
            try:
                yield read_stdin()
            except ReadError as exc:
                yield Skipped("<stdin>", str(exc))
            continue
        path = Path(given)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield _read_one(file, str(file))
            if not found:
                yield Skipped(given, "no .txt or .md articles in this folder")
        elif path.exists():
            yield _read_one(path, given)
        else:
            yield Skipped(given, "no such file or folder")


def _read_one(path: Path, shown: str) -> Article | Skipped:
    """Return the article in a file, or why it was skipped."""
    try:
        return read_file(path, shown)
    except ReadError as exc:
        return Skipped(shown, str(exc))
