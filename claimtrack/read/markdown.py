"""Markdown articles: an optional front-matter block of `key: value` lines, then the text."""

from __future__ import annotations

import re

# The opening line of front matter: "---" alone on the first line.
_OPEN = re.compile(r"---[ \t]*\r?\n")
# The closing line: "---" (or YAML's "...") alone on a line.
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
# One metadata line: "title: Peskov denies the calls" or 'published: "2024-10-09"'
# (the value's trailing blanks are stripped in code: a lazy group before `[ \t]*$` would
# make a value with many inner spaces cost quadratic time).
_FIELD = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")
# A level-one heading, used as the title when front matter gives none: "# Peskov denies"
# (its closing blanks and #s are stripped in code, for the same reason).
_HEADING = re.compile(r"^#[ \t]+(.*)$", re.MULTILINE)
# What a heading or value may end with that is not part of it.
_HEADING_END = " \t\r#"
_VALUE_END = " \t"


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return the front matter's fields (keys lower-cased) and the article text after it."""
    opening = _OPEN.match(text)
    if opening is None:
        return {}, text
    closing = _CLOSE.search(text, opening.end())
    if closing is None:
        return {}, text  # an opening rule with no closing one is part of the text
    fields: dict[str, str] = {}
    for line in text[opening.end() : closing.start()].splitlines():
        if m := _FIELD.match(line):
            fields.setdefault(m.group(1).lower(), _unquote(m.group(2).rstrip(_VALUE_END)))
    return fields, text[closing.end() :]


def first_heading(text: str) -> str | None:
    """Return the text of the first level-one heading, or None."""
    for m in _HEADING.finditer(text):
        if heading := m.group(1).rstrip(_HEADING_END):
            return heading
    return None


def _unquote(value: str) -> str:
    """Return a value without the quotation marks YAML allows around it."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


__all__ = ["first_heading", "split_front_matter"]
