"""Publication dates in the forms articles and feeds give them."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# An ISO date at the start of a longer value: "2016-03-11", "2016-03-11T10:00:00Z"
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")
# A weekday before a date, dropped: "Friday, March 11, 2016" -> "March 11, 2016"
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
# Ordinal suffixes, dropped: "March 11th, 2016" -> "March 11, 2016"
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
# The newspapers' "Sept", which strptime does not know: "Sept 11, 2016"
_SEPT = re.compile(r"\bSept\b", re.IGNORECASE)
# Dots after abbreviated months, dropped: "Sept. 11, 2016" -> "Sept 11, 2016"
_DOT = re.compile(r"(?<=[A-Za-z])\.")
# A date in a file name, set apart from letters and digits: "cnn_2016-06-03_curiel.txt",
# "20160603-speech.md" (a hash such as "a20160603f" holds none)
_NAME_DAY = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?![0-9A-Za-z])")

_FORMATS = (
    "%B %d, %Y",  # March 11, 2016
    "%B %d %Y",  # March 11 2016
    "%b %d, %Y",  # Mar 11, 2016
    "%b %d %Y",  # Mar 11 2016
    "%d %B %Y",  # 11 March 2016
    "%d %b %Y",  # 11 Mar 2016
    "%d %B, %Y",  # 11 March, 2016
    "%Y/%m/%d",  # 2016/03/11
    "%Y.%m.%d",  # 2016.03.11
    "%Y%m%d",  # 20160311
)


def parse_date(value: object) -> date | None:
    """Return the date in an ISO date or datetime, an RFC 2822 date or "March 11, 2016"; else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    if m := _ISO_DAY.match(text):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date()  # Fri, 11 Mar 2016 10:00:00 GMT
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = _DOT.sub("", _ORDINAL.sub("", _WEEKDAY.sub("", text)))
    cleaned = _SEPT.sub("Sep", cleaned)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def name_date(name: str) -> date | None:
    """Return the first real date a file name holds ("cnn_2016-06-03_curiel.txt"), else None."""
    for m in _NAME_DAY.finditer(name):
        try:
            return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue  # "2016-13-45" is no date
    return None


__all__ = ["name_date", "parse_date"]
