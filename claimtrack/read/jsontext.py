"""JSON from untrusted input: bounded nesting, no lone surrogates, a one-line reason on failure.

`json.loads` raises RecursionError on thousands of nested `[`, and turns a lone surrogate
escape (`"\\ud800"`) into a string that cannot be written as UTF-8 (to a terminal, a pipe or
SQLite). `loads` here gives a `BadJSON` for the first and U+FFFD for the second, one
character for one, so offsets into the text are those of the escaped original.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Deeper values are refused: no article, request or claim needs more, and a deeper value
# would crash the recursive code that writes it out again (json.dumps, pydantic).
MAX_DEPTH = 64

# A \uXXXX escape of a surrogate, or an escaped backslash (skipped, so that "\\ud800", a
# backslash then "ud800", is left alone): "\ud83d\ude00" (a pair, kept), "\ud800" (lone).
_SURROGATE_ESCAPE = re.compile(
    r"\\\\|(\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2})|\\u[dD][89a-fA-F][0-9a-fA-F]{2}"
)


class BadJSON(ValueError):
    """Text that is not usable JSON; the message is one line for people."""


def loads(text: str) -> Any:
    """Return the JSON value in the text, lone surrogates replaced by U+FFFD; raise BadJSON."""
    if "\\u" in text:
        text = _SURROGATE_ESCAPE.sub(_keep_pairs, text)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadJSON(f"{exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise BadJSON(f"nested more than {MAX_DEPTH} levels deep") from None
    if not _shallow(value):
        raise BadJSON(f"nested more than {MAX_DEPTH} levels deep")
    return value


def _keep_pairs(m: re.Match[str]) -> str:
    """Return an escaped backslash or a surrogate pair as it is, a lone surrogate as U+FFFD."""
    text = m.group(0)
    if text == "\\\\" or m.group(1) is not None:
        return text
    return "\\ufffd"


def _shallow(value: Any) -> bool:
    """Return True when no array or object in the value is nested deeper than MAX_DEPTH."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        elif not isinstance(item, list):
            continue
        if depth > MAX_DEPTH:
            return False
        stack.extend((child, depth + 1) for child in item)
    return True


__all__ = ["MAX_DEPTH", "BadJSON", "loads"]
