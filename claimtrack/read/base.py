"""What every reader shares: the Skipped record, the read error, and decoding bytes."""

from __future__ import annotations

from dataclasses import dataclass

# How many leading bytes are looked at to tell a binary file from text.
SNIFF = 8192


@dataclass(frozen=True)
class Skipped:
    """An input that gave no article, and why."""

    path: str
    reason: str


class ReadError(Exception):
    """An input that cannot be read as an article."""


def check_binary(data: bytes) -> None:
    """Raise ReadError when the bytes look binary (a NUL byte near the start)."""
    if b"\x00" in data[:SNIFF]:
        raise ReadError("binary file (contains NUL bytes)")


def decode(data: bytes) -> str:
    """Return the bytes as UTF-8 text with a leading byte-order mark dropped."""
    check_binary(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            f"not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise ReadError("empty file")
    return text


def shown_name(name: str) -> str:
    """Return a path as given, with bytes that are not UTF-8 shown as `\\xNN`.

    A file name with such bytes reaches Python as lone surrogates, which cannot be written
    to a terminal, a pipe or SQLite.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


__all__ = ["SNIFF", "ReadError", "Skipped", "check_binary", "decode", "shown_name"]
