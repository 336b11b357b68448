"""Publication dates as feeds write them, read into ISO days.

Besides ISO 8601 and RFC 2822, news sites stamp articles in their own ways: "24 November 2016",
"Dec 16 2016", "Wed Nov 23, 2016 | 4:58pm EST", "7:58 AM ET, Sat January 3, 2015",
"2016-12-10 18:38 ET", "11/28/2016". These are read here, with month names taken from the
time-word table (lexicon/data/times.tsv), so a newsroom that adds its own month abbreviations
there is understood in dates too. A purely numeric date whose day and month could be swapped
("03/05/2016") is refused: guessing would silently move the article by months.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import cache
from typing import Any

from wirecoder.errors import InputError

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\b")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?", re.I)
_HOUR = re.compile(r"\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])", re.I)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_FIX = "give it as YYYY-MM-DD (e.g. 2023-03-05)"


@cache
def _month_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    from wirecoder.timex.words import load_words, norm

    words = load_words()
    months = {norm(form): int(words.lookup("month", form).value) for form in words.forms["month"]}
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    return re.compile(rf"(?<![a-z])({names})\.?(?![a-z])", re.I), months


def _day(year: int, month: int, day: int, value: str, where: str) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError as exc:
        raise InputError(f"{where}: {value!r} is not a valid date ({exc}); {_FIX}") from exc


def _written(text: str, value: str, where: str) -> str | None:
    """Read a date with a month name: '24 November 2016', 'Dec 16 2016', '2016 Oct 10'."""
    pattern, months = _month_pattern()
    found = pattern.search(text)
    if found is None:
        return None
    month = months[found.group(1).lower().rstrip(".")]
    rest = (text[: found.start()] + " # " + text[found.end() :]).lower()
    year = re.search(r"(?<!\d)(\d{4})(?!\d)", rest)
    if year is None:
        return None
    rest = rest[: year.start()] + " " + rest[year.end() :]
    day = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)", rest)
    if day is None:
        return None
    return _day(int(year.group(1)), month, int(day.group(1)), value, where)


def lenient_day(value: str, *, where: str = "date") -> str | None:
    """Return the ISO day a free-form publication date names, or None if it names none."""
    text = value.strip()
    iso = _ISO_PREFIX.match(text)
    if iso:
        return _day(*map(int, iso.groups()), value=value, where=where)
    numeric = _NUMERIC.match(text)
    if numeric:
        first, second, year = map(int, numeric.groups())
        if first <= 12 and second <= 12 and first != second:
            raise InputError(
                f"{where}: {value!r} could be day/month or month/day; {_FIX}, so that the "
                "article is not dated months away"
            )
        month, day = (first, second) if second > 12 or first == second else (second, first)
        return _day(year, month, day, value, where)
    bare = _HOUR.sub(" ", _CLOCK.sub(" ", text))
    bare = re.sub(r"[|,]", " ", bare)
    return _written(re.sub(r"\s+", " ", bare).strip(" -"), value, where)


def parse_date(value: Any, *, where: str = "date") -> str | None:
    """Return an ISO day (YYYY-MM-DD) for a publication date as feeds write it; None for none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: expected a date string, {_FIX}; got {value!r}")
    text = value.strip()
    found = _ISO_DAY.match(text)
    if found:
        return _day(*map(int, found.groups()), value=value, where=where)
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (ValueError, TypeError, IndexError):
        pass
    day = lenient_day(text, where=where)
    if day is None:
        raise InputError(
            f"{where}: {value!r} is not a valid date (wirecoder reads ISO 8601, RFC 2822 and "
            f"written dates such as '5 March 2023, 10:00 GMT'); {_FIX}"
        )
    return day
