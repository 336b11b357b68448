"""Calendar arithmetic for TIMEX3 values: anchoring partial dates, and reading values back.

Everything here is plain date arithmetic on ``datetime.date``; nothing reads text. The grammar
(:mod:`wirecoder.timex.grammar`) decides what an expression means and calls these functions to
turn that meaning into a value; the events stage calls :func:`day_range` to turn a value back
into the days it covers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import re
from functools import cache
from typing import Literal

# 'nearest' is 'present' told of a day set and then called off, either side of the report
# ('a memorial service planned for Saturday was canceled'): a weekday takes the nearer one
Direction = Literal["past", "present", "future", "nearest"] | None

UNRESOLVED_DAY = "XXXX-XX-XX"
# a tense points back or ahead, but news writes "was extended to Nov. 20" of a date still to
# come: a partial date this many days on the other side of the anchor keeps the anchor's year
SLACK_DAYS = 60
NEW_YEAR_SLACK_DAYS = 14
# a past clause naming a month two or more after the anchor's ("changed in December", said in
# late October) means last year's; one month ahead may still be a date to come
MONTH_SLACK = 1
# a present clause names a month at most this many months back (else the one to come)
PRESENT_BACK = 3
PRESENT_BACK_DAYS = 92


def iso(day: dt.date) -> str:
    """Return a day as a TIMEX3 value, YYYY-MM-DD."""
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """Return the ISO week holding ``day`` as a TIMEX3 value, e.g. 1998-W05."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> tuple[int, int]:
    """Return (year, quarter 1-4) of a day."""
    return day.year, (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    """Return the quarter ``by`` quarters after (year, quarter)."""
    index = year * 4 + (quarter - 1) + by
    return index // 4, index % 4 + 1


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """Return the (year, month) ``by`` months after (year, month)."""
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def shift_years(day: dt.date, by: int) -> dt.date:
    """Return the same day ``by`` years later (29 February falls back to the 28th)."""
    try:
        return day.replace(year=day.year + by)
    except ValueError:
        return day.replace(year=day.year + by, day=28)


def valid_day(year: int, month: int, day: int) -> bool:
    """Return True when year-month-day is a real calendar day."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def weekday_date(anchor: dt.date, weekday: int, direction: Direction, *, strict: bool = False):
    """Return the day with ISO ``weekday`` nearest ``anchor`` in ``direction`` (past if None;
    the nearer either side for 'nearest').

    The anchor itself counts unless ``strict`` ("last Friday", "next Monday").
    """
    delta = (anchor.isoweekday() - weekday) % 7
    if direction == "nearest":  # the nearer of the one gone and the one to come
        ahead = (weekday - anchor.isoweekday()) % 7
        return (
            anchor + dt.timedelta(days=ahead)
            if ahead < delta
            else anchor - dt.timedelta(days=delta)
        )
    if direction == "future":
        ahead = (weekday - anchor.isoweekday()) % 7
        if strict and ahead == 0:
            ahead = 7
        return anchor + dt.timedelta(days=ahead)
    if strict and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def month_year(anchor: dt.date, month: int, direction: Direction, *, strict: bool = False) -> int:
    """Return the year of the month ``month`` meant from ``anchor`` in ``direction``.

    Past: the anchor's year unless the month lies well after the anchor's (then the year
    before); future likewise ahead; no direction: the nearest such month. ``strict`` ("last
    April") takes the nearest such month strictly before (past) or after (future).
    """
    if strict:
        if direction == "past":
            return anchor.year if month < anchor.month else anchor.year - 1
        return anchor.year if month > anchor.month else anchor.year + 1
    if direction == "past" and month > anchor.month + MONTH_SLACK:
        return anchor.year - 1
    if direction == "future" and month < anchor.month - SLACK_DAYS // 30:
        return anchor.year + 1
    if direction == "present":
        # a present told of a month looks ahead more than back: 'the governor leaves office in
        # January', said in June, is next January; 'sales are up in April', said in June, April
        if month < anchor.month - PRESENT_BACK:
            return anchor.year + 1
        return anchor.year - 1 if month > anchor.month + 12 - PRESENT_BACK - 1 else anchor.year
    if direction not in ("past", "future") and abs(month - anchor.month) > 6:  # the nearest
        return anchor.year + (1 if month < anchor.month else -1)
    return anchor.year


def gone_year(anchor: dt.date, month: int, day: int) -> int:
    """Return the year of the latest month/day on or before ``anchor`` ('since Dec. 25')."""
    return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1


def day_year(anchor: dt.date, month: int, day: int, direction: Direction) -> int:
    """Return the year of month/day meant from ``anchor``: by tense, else the nearest one.

    A tense moves the date to the year before (past) or after (future) only when it would
    otherwise lie more than SLACK_DAYS on the wrong side of the anchor.
    """
    gaps = {
        year: (dt.date(year, month, day) - anchor).days
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if valid_day(year, month, day)
    }
    if direction in ("past", "future") and anchor.year in gaps:
        if direction == "past":
            # the latest not more than the slack ahead; across the new year, a fortnight
            # ('shipped rice on January 5', told in November, is the January gone)
            return max(
                year
                for year, gap in gaps.items()
                if gap <= (SLACK_DAYS if year <= anchor.year else NEW_YEAR_SLACK_DAYS)
            )
        return min(year for year, gap in gaps.items() if gap >= -SLACK_DAYS)
    if direction == "present" and anchor.year in gaps:
        # a present names a day at most about three months back, else one to come ('The tour
        # ends on Nov. 30', told in April, is this November's), as it names a month
        near = [year for year, gap in gaps.items() if gap >= -PRESENT_BACK_DAYS]
        if near:
            return min(near, key=lambda year: abs(gaps[year]))
    # no tense, or a present one ('is payable Jan. 2', 'becomes effective Feb. 1'): the nearest
    return min(gaps, key=lambda year: abs(gaps[year]), default=anchor.year)


def nth_weekday(year: int, month: int, nth: int, weekday: int) -> dt.date:
    """Return the ``nth`` ISO ``weekday`` of a month (the 4th Thursday of November 2023); an
    ``nth`` of 0 is the last one (the last Monday of May)."""
    if nth == 0:
        last = month_end(year, month)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


def easter(year: int) -> dt.date:
    """Return Western Easter Sunday of ``year`` (the Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    moon = (19 * golden + century - century // 4 - (8 * century + 13) // 25 + 15) % 30
    weekday = (32 + 2 * (century % 4) + 2 * (rest // 4) - moon - rest % 4) % 7
    shift = (golden + 11 * moon + 22 * weekday) // 451
    month, day = divmod(moon + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Return Orthodox Easter Sunday of ``year`` (the Julian computus, as a Gregorian day)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = dt.date(year, month, day + 1)
    return julian + dt.timedelta(days=year // 100 - year // 400 - 2)


def lunar_day(year: int, month: int, day: int) -> dt.date:
    """Return the Gregorian day of ``month``/``day`` of the Chinese lunar year that begins in
    ``year`` (1/1 is the Spring Festival, 8/15 the Mid-Autumn Festival); ValueError outside
    the years 1900-2100 the calendar tables cover."""
    from lunarcalendar import Converter, Lunar  # noqa: PLC0415 - tables load on first use

    if not 1900 <= year <= 2100:
        raise ValueError(f"no lunar calendar for {year}")
    solar = Converter.Lunar2Solar(Lunar(year, month, day, isleap=False))
    return dt.date(solar.year, solar.month, solar.day)


def hijri_day(year: int, month: int, day: int) -> dt.date:
    """Return the first Gregorian day in ``year`` that is ``month``/``day`` of the Hijri
    calendar (Umm al-Qura: 10/1 is Eid al-Fitr); ValueError outside 1924-2076 or when that
    Hijri day falls in no day of ``year``."""
    from hijridate import Gregorian, Hijri  # noqa: PLC0415 - tables load on first use

    first = Gregorian(year, 1, 1).to_hijri().year
    for hijri_year in (first, first + 1):
        gregorian = Hijri(hijri_year, month, day).to_gregorian()
        if gregorian.year == year:
            return dt.date(gregorian.year, gregorian.month, gregorian.day)
    raise ValueError(f"Hijri {month}/{day} falls in no day of {year}")


# a holiday value read from a calendar's table: 'C:hindu.diwali_india', 'C:hebrew.passover-1'
TABLE_HOLIDAY = re.compile(r"C:([a-z]+)\.([a-z_]+)([+-]\d{1,2})?")
# the calendars whose holidays wirecoder reads from the tables of the `holidays` package
# (value 'C:hindu.diwali_india' in times.tsv): no formula gives the days of the Hindu
# lunisolar calendar, and the tables hold the Hebrew one's for 1947-2100
_TABLE_CALENDARS = {
    "hebrew": ("holidays.calendars.hebrew", "_HebrewLunisolar"),
    "hindu": ("holidays.calendars.hindu", "_HinduLunisolar"),
}


@cache
def _table_calendar(name: str) -> object:
    module, cls = _TABLE_CALENDARS[name]
    return getattr(importlib.import_module(module), cls)()


def table_holiday_known(name: str, holiday: str) -> bool:
    """True when the calendar ``name`` ('hebrew', 'hindu') has a table of ``holiday``'s days."""
    return name in _TABLE_CALENDARS and hasattr(_table_calendar(name), f"{holiday}_date")


def table_day(name: str, holiday: str, year: int) -> dt.date:
    """Return the day ``holiday`` of the calendar ``name`` falls on in ``year`` (its first, when
    it falls twice, as Hanukkah may); ValueError for a year the calendar's table does not hold."""
    read = getattr(_table_calendar(name), f"{holiday}_date")(year)
    day = read[0] if isinstance(read, tuple) else read
    if isinstance(day, set | frozenset | list):
        day = min((d for d in day if d.year == year), default=None)
    if day is None:
        raise ValueError(f"no table of the {name} {holiday} holds {year}")
    return day


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the first month of each season


def season_year(anchor: dt.date, season: str, direction: Direction) -> int:
    """Return the year of the season meant from ``anchor`` (winter is named by its start year)."""
    start = SEASON_START[season]
    if direction is None:
        return anchor.year
    return month_year(anchor, start, direction)


def weekend_of(day: dt.date) -> str:
    """Return the TIMEX3 value of the weekend of the ISO week holding ``day``."""
    return week_value(day) + "-WE"


# --- reading values back -------------------------------------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def month_end(year: int, month: int) -> dt.date:
    """Return the last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """Return the first and last day a TIMEX3 DATE/TIME value covers, or None if it has none.

    Understands days (with or without a time of day), day ranges ``A/B``, months, years, ISO
    weeks and weekends, quarters, halves, seasons, decades (``199``) and centuries (``19``).
    Durations, sets, ``X`` placeholders and ``*_REF`` values cover no fixed days: None.
    """
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = day_range(first), day_range(last)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    try:
        return _range(value)
    except ValueError:  # a well-formed value naming no real day, e.g. 2023-02-30
        return None


def _range(value: str) -> tuple[dt.date, dt.date] | None:
    if found := _DAY.match(value):
        day = dt.date(*map(int, found.groups()))
        return day, day
    if found := _MONTH.match(value):
        year, month = map(int, found.groups())
        return dt.date(year, month, 1), month_end(year, month)
    if found := _YEAR.match(value):
        year = int(found.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if found := _WEEK.match(value):
        year, week = map(int, found.groups())
        monday = dt.date.fromisocalendar(year, week, 1)
        if value.endswith("-WE"):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if found := _QUARTER.match(value):
        year, quarter = map(int, found.groups())
        return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)
    if found := _HALF.match(value):
        year, half = map(int, found.groups())
        return dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half)
    if found := _SEASON.match(value):
        year, first, last = int(found.group(1)), *_SEASON_MONTHS[found.group(2)]
        end_year, end_month = shift_month(year, first, last - first)
        return dt.date(year, first, 1), month_end(end_year, end_month)
    if found := _DECADE.match(value):
        year = int(found.group(1)) * 10
        return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
    if found := _CENTURY.match(value):
        year = max(1, int(found.group(1)) * 100)
        return dt.date(year, 1, 1), dt.date(int(found.group(1)) * 100 + 99, 12, 31)
    return None


def precision(value: str | None) -> str | None:
    """Return how fine a DATE value is: day, week, month, quarter, season, year, or None."""
    if not value:
        return None
    head = value.partition("/")[0]
    for name, pattern in (
        ("day", _DAY),
        ("week", _WEEK),
        ("month", _MONTH),
        ("quarter", _QUARTER),
        ("quarter", _HALF),
        ("season", _SEASON),
        ("year", _YEAR),
        ("decade", _DECADE),
        ("century", _CENTURY),
    ):
        if pattern.match(head):
            return name
    return None
