"""The time-expression grammar: regular patterns built from the time-word table, each with a
reader that turns a match into a TIMEX3 type and value.

A :class:`Context` carries what a reader may need beyond the match: the anchor (publication)
date, the tense of the clause around a span, and the quarter a financial report is about. All
matches of all patterns are collected, and the longest win where they overlap
(:func:`find_times`). With no anchor, values that need one keep ``X`` placeholders
(``XXXX-03-06``) instead of a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from wirecoder.timex import dates
from wirecoder.timex.anchored import SENTENCE_END, Reference, previous_sentence_start
from wirecoder.timex.dates import Direction
from wirecoder.timex.numbers import duration_value, number_value, year_number
from wirecoder.timex.words import Words, norm

B = r"(?<![\w'’.])"  # a match starts at a word start
E = r"(?![\w])"  # ... and ends at a word end
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_POD = r"(?P<pod>morning|afternoon|evening|night)"
QUARTER_REACH = 1200  # how far back a named quarter sets the scene for "a year earlier"
CLOCK_REACH = 400  # how far back a date sets the day of a bare clock time ("at 10 p.m.")
# the words before a clock time that make it a deadline ('extended to midnight', 'by 5 p.m.')
_DEADLINE_WORDS = frozenset({"to", "until", "till", "through", "by", "before"})
_TAKES_EFFECT = re.compile(r"\b(?:starting|beginning|effective)\s+(?:at\s+)?$", re.I)
_DEADLINE_AFTER = re.compile(r"\s+deadlines?\b", re.IGNORECASE)  # 'a midnight deadline'


@dataclass(frozen=True)
class Found:
    """One time expression the grammar read: its span, TIMEX3 type, value and rule."""

    start: int
    end: int
    type: str
    value: str
    rule: str
    mod: str | None = None
    anchor_at: int | None = None  # start of the expression it was resolved against, if any


@dataclass
class Context:
    """What readers know besides the match: the anchor date, clause tense, the report quarter."""

    text: str
    anchor: dt.date | None
    words: Words
    tense: Callable[[int, int], Direction] = field(default=lambda _start, _end: None)
    # True when the number at [start, end) counts things ('2000 people', 'Route 2020'), read
    # from the parse; without one, every four-digit year-like number is taken as a year
    counts: Callable[[int, int], bool] = field(default=lambda _start, _end: False)
    quarters: tuple[tuple[int, int, int], ...] = ()  # (offset, year, quarter) of named quarters
    cased: bool = True  # False for a story written without capitals: lower-case names count
    problems: list[str] = field(default_factory=list)

    def quarter_at(self, offset: int) -> tuple[int, int] | None:
        """Return the quarter a financial report is about at ``offset``: the last one named in
        the QUARTER_REACH characters before it, or None when no quarter is in play there (none
        named, or a longer period named since: quarter 0)."""
        found = None
        for at, year, quarter in self.quarters:
            if at > offset:
                break
            if offset - at <= QUARTER_REACH:
                found = (year, quarter) if quarter else None
        return found

    def direction(self, match: re.Match[str]) -> Direction:
        """Return the tense direction of the clause holding ``match``."""
        tense = self.tense(match.start(), match.end())
        return "present" if tense == "nearest" else tense

    def nearest(self, match: re.Match[str]) -> bool:
        """True when the clause holding ``match`` tells of a day set and called off."""
        return self.tense(match.start(), match.end()) == "nearest"


Reader = Callable[
    [re.Match[str], Context], tuple[str, str] | tuple[str, str, str | None] | Reference | None
]


@dataclass(frozen=True)
class Rule:
    """A named pattern and the reader that turns its matches into values."""

    name: str
    pattern: re.Pattern[str]
    read: Reader


# --- small readers shared by the rules -----------------------------------------------------------


def unit_of(words: Words, text: str) -> str | None:
    """Return the TIMEX3 unit letter of a unit word ('weeks' -> 'W'), None if it is none."""
    word = words.lookup("unit", text)
    return word.value if word else None


def _day(ctx: Context, day: dt.date | None, fallback: str = dates.UNRESOLVED_DAY) -> str:
    return dates.iso(day) if day else fallback


def shift_value(anchor: dt.date, amount: int, unit: str, sign: int) -> str:
    """The value ``amount`` units before (sign -1) or after (+1) ``anchor``, at the unit's grain."""
    if unit in ("D", "H", "MIN", "S"):
        return dates.iso(anchor + dt.timedelta(days=sign * amount)) if unit == "D" else ""
    if unit in ("W", "2W"):
        weeks = amount * (2 if unit == "2W" else 1)
        return dates.week_value(anchor + dt.timedelta(weeks=sign * weeks))
    if unit == "M":
        year, month = dates.shift_month(anchor.year, anchor.month, sign * amount)
        return f"{year:04d}-{month:02d}"
    if unit == "Q":
        year, quarter = dates.shift_quarter(*dates.quarter_of(anchor), sign * amount)
        return f"{year:04d}-Q{quarter}"
    if unit == "Y":
        return f"{anchor.year + sign * amount:04d}"
    if unit == "DE":
        return f"{anchor.year + sign * 10 * amount:04d}"
    return f"{anchor.year + sign * 100 * amount:04d}"


def shift_day(anchor: dt.date, amount: int, unit: str, sign: int) -> dt.date:
    """The day ``amount`` days, weeks, months or years before (-1) or after (+1) ``anchor``."""
    if unit in ("D", "W"):
        return anchor + dt.timedelta(days=sign * amount * (7 if unit == "W" else 1))
    months = sign * amount * (12 if unit == "Y" else 1)
    year, month = dates.shift_month(anchor.year, anchor.month, months)
    day = anchor.day
    while not dates.valid_day(year, month, day):  # 'a month ago today' on March 31
        day -= 1
    return dt.date(year, month, day)


def _ahead(direction: Direction) -> Direction:
    """A weekday in a present-tense clause is a schedule ('meets Monday'): it looks ahead."""
    return "future" if direction in ("future", "present") else "past"


def _month_number(ctx: Context, text: str) -> int | None:
    word = ctx.words.lookup("month", text)
    return int(word.value) if word else None


def _capitalised(text: str, ctx: Context) -> bool:
    """True for a month or weekday written as a name: capitalised, or any full name but 'may'
    and 'march' in a story written without capitals."""
    return text[:1].isupper() or (not ctx.cased and norm(text) in _LOWER_CASE_NAMES)


_LOWER_CASE_NAMES = frozenset(
    "january february april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# the names that are no other word in lower case ('august' is; 'may' and 'march' are verbs)
_FULL_NAMES = _LOWER_CASE_NAMES - {"august"}


def written_in_capitals(text: str) -> bool:
    """True unless the text is written without capitals (a lower-cased feed): one letter in a
    hundred or more is a capital."""
    letters = sum(c.isalpha() for c in text)
    return letters < 200 or sum(c.isupper() for c in text) * 100 >= letters


# what a reader returns for words that are no time and hold none: no shorter rule may read
# a time inside them ('Friday' in 'the Good Friday agreement')
NO_TIME = ("", "")


def previous_word(ctx: Context, start: int) -> str:
    """Return the word just before ``start``, lower case ('' at the start of the text)."""
    found = re.search(r"([A-Za-z]+)\W*$", ctx.text[max(0, start - 20) : start])
    return found.group(1).lower() if found else ""


# what may come just before the first word of a sentence, a quotation or a list item, or
# after a dateline ("NEW YORK (AP) Last week ...")
_SENTENCE_OPENERS = frozenset(".!?:;\"'`“‘()\n_—–-•*·")


def opens_sentence(text: str, start: int) -> bool:
    """True when ``start`` is the first word of a sentence, a quotation or the text."""
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


# what follows a month opening a sentence as its subject: '"March will be a hard month"', 'May
# and the next two months' (the modal 'may' takes no other verb after it)
_SUBJECT_MONTH_NEXT = re.compile(
    r"\s+(?:will|would|was|is|has|had|saw|brought|should|could|and\s+(?:the\s+)?(?:next|following"
    r"|coming)\b)\b"
)
_MONTH_THEN_FIGURES = re.compile(r"(?:may|march)\s+\d")
# ... unless the sentence tells it still to be made: 'the June accord will be signed'
_STILL_TO_AGREE = re.compile(
    r"[^.;]*\b(?:will|shall|would|to\s+be\s+(?:signed|agreed|concluded|reached|approved)|due)\b",
    re.IGNORECASE,
)
# a unit after a figure, which counts it: 'march 6 miles', 'may 6 pct'
_COUNTED_NEXT = re.compile(
    r"\s*(?:%|pct\b|percent\b|per\b|mln\b|billion\b|dlrs?\b|points?\b|miles?\b|km\b"
    r"|kilomet|tonnes?\b|times\b|people\b|men\b|years?\b|months?\b|weeks?\b|days?\b)",
    re.IGNORECASE,
)


# --- the rules -----------------------------------------------------------------------------------


def _read_calendar_day(m: re.Match[str], ctx: Context):
    """'March 6, 2023', '6 March', 'March 6-7', 'Saturday, April 25'."""
    month = _month_number(ctx, m["month"])
    # a full month's name before or after its day is one in lower case too ('from april
    # 29-30'), as copy typed without the shift key writes it
    if month is None or not (
        _capitalised(m["month"], ctx)
        or norm(m["month"]) in _FULL_NAMES
        # 'may' and 'march' too, written first before figures ('payable may 6'): no verb is
        or (_MONTH_THEN_FIGURES.match(m.group()) and not _COUNTED_NEXT.match(ctx.text, m.end()))
    ):
        return None
    month2 = _month_number(ctx, m["month2"]) if m["month2"] else month
    d1 = int(re.match(r"\d+", m["d1"]).group())
    d2 = int(re.match(r"\d+", m["d2"]).group()) if m["d2"] else None
    year = year_number(m["year"], ctx.words) if m["year"] else None
    if year is None and d2 is None and (named := _event_day(ctx, month, d1, m.end())):
        return "DATE", named  # 'the Sept. 11 attacks' name the day of 2001
    if year is None and (
        split := _SPLIT_YEAR_END.search(ctx.text[max(0, m.start() - 30) : m.start()])
    ):
        year = int(split["year"]) + 1  # 'fiscal 1987/88 ending March 31' ends in 1988
    if year is None and ctx.anchor is not None:
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        direction = {"last": "past", "next": "future", "this coming": "future"}.get(rel)
        told = None if direction else opening_year(ctx.text, m.start())
        told = told or (None if direction else opening_relative_year(ctx, m.start()))
        told = told or (None if direction or m["d2"] else clause_year(ctx, m.start()))
        if told is None and direction is None and _told_as_gone(ctx, m):
            told = dates.gone_year(ctx.anchor, month, d1)  # 'has fallen since Dec. 25'
        year = told or dates.day_year(ctx.anchor, month, d1, direction or ctx.direction(m))
    if year is None:
        first = f"XXXX-{month:02d}-{d1:02d}"
        if d2 is None and not m["rel"] and dates.valid_day(2000, month, d1):
            # 'On March 1, 2006 ... and on January 23' in a story of unknown date: 2006's
            return _year_told_before(ctx, m.start(), f"-{month:02d}-{d1:02d}")
        if d2 is None:
            return "DATE", first
        return "DATE", f"{first}/XXXX-{month2:02d}-{d2:02d}"
    year2 = year
    if d2 is not None and (month2, d2) < (month, d1):  # the range runs into the next year
        if m["year"]:
            year -= 1  # 'from November 3 to March 5, 2008': the year written is the end's
        else:
            year2 = year + 1
            if (
                ctx.anchor is not None
                and dates.valid_day(year - 1, month, d1)
                and dates.valid_day(year2 - 1, month2, d2)
                and dt.date(year, month, d1) <= ctx.anchor < dt.date(year2, month2, d2)
                and ctx.direction(m) == "past"
            ):
                # 'slaughter from April 1 through March 13 totaled ...', said on April 1:
                # the run just gone, which opened a year back
                year, year2 = year - 1, year2 - 1
    if not dates.valid_day(year, month, d1) or (d2 and not dates.valid_day(year2, month2, d2)):
        if m["year"] and d2 is None:
            # 'the year ended November 31 1986': no such day, but the month and year are told
            ctx.problems.append(f"{m.group()!r} is not a calendar day; kept as its month")
            return "DATE", f"{year:04d}-{month:02d}"
        ctx.problems.append(f"{m.group()!r} is not a calendar day; left unresolved")
        return "DATE", dates.UNRESOLVED_DAY
    first = f"{year:04d}-{month:02d}-{d1:02d}"
    if d2 is None:
        return "DATE", first
    return "DATE", f"{first}/{year2:04d}-{month2:02d}-{d2:02d}"


_EVENT_NOUN = re.compile(r"[ \t]+(?P<noun>[a-z]+)\b")


def _event_day(ctx: Context, month: int, day: int, end: int) -> str | None:
    """Return the day a month and day name when a noun after them makes them an event of one
    year ('the Sept. 11 attacks' is 2001-09-11, from the `event_day` rows), if it is past."""
    noun = _EVENT_NOUN.match(ctx.text, end)
    return event_day(ctx, month, day, noun["noun"]) if noun else None


def event_day(ctx: Context, month: int, day: int, name: str) -> str | None:
    """Return the day of the `event_day` row for ``month``-``day`` named by ``name`` (a noun
    after the day, or the day's own numeric name: '9/11'), if it lies before the anchor."""
    word = ctx.words.lookup("event_day", f"{month:02d}-{day:02d} {name}")
    if word is None or (ctx.anchor is not None and word.value >= dates.iso(ctx.anchor)):
        return None
    return word.value


def _full_year(year: int) -> int:
    """Return the year a numeric date means by its last two figures ('96' 1996, '07' 2007)."""
    return year + (1900 if 30 < year < 100 else 2000 if year < 100 else 0)


def _read_numeric_day(m: re.Match[str], ctx: Context):
    """'2023-03-05', '3/5/2023' (month first, as in US wire copy), '24/03/2023', '05.03.2023',
    '5-Mar-2023' (day first), '2023-03-05T09:30:00Z' (a time)."""
    if m["iso"]:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    elif m["m2"] or m["m6"]:
        month, day = int(m["m2"] or m["m6"]), int(m["d2"] or m["d6"])
        year = _full_year(int(m["y2"] or m["y6"]))
        if day <= 12 and _writes_day_first(ctx.text):
            month, day = day, month  # '03/12/96' in a story that writes '21/11/96': 3 December
    elif m["d3"]:
        day, month, year = int(m["d3"]), int(m["m3"]), _full_year(int(m["y3"]))
    elif m["d7"]:  # '31/12' of no year: the one the clause's tense points at
        day, month = int(m["d7"]), int(m["m7"])
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}"
        year = dates.day_year(ctx.anchor, month, day, ctx.direction(m))
    elif m["d4"]:
        day, month, year = int(m["d4"]), int(m["m4"]), int(m["y4"])
    else:
        day, month, year = int(m["d5"]), _month_number(ctx, m["m5"]) or 0, int(m["y5"])
    if not dates.valid_day(year, month, day):
        ctx.problems.append(f"{m.group()!r} is not a calendar day; left unresolved")
        return "DATE", dates.UNRESOLVED_DAY
    if match_group(m, "hh"):
        return "TIME", f"{year:04d}-{month:02d}-{day:02d}T{m['hh']}:{m['mi']}"
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=64)
def _writes_day_first(text: str) -> bool:
    """True when a story writes a numeric date day first where it cannot be month first
    ('21/11/96'), and none month first where it cannot be day first ('11/21/96')."""
    pairs = [(int(a), int(b)) for a, b in _SLASH_DATE.findall(text)]
    return any(a > 12 >= b for a, b in pairs) and not any(b > 12 >= a for a, b in pairs)


_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


# 'as early as May', 'as late as March': the month is when something came or comes at the latest
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|late|recently|soon)\s+as\s+$", re.IGNORECASE)
# the words before a short month ('Sept.', 'Sep') that make it the month
_SHORT_MONTH_LEAD = re.compile(
    r"\b(?:in|since|until|till|through|from|to|by|during|end|mid|early|late|ended|ending|ends)"
    r"[\s-]+$",
    re.I,
)
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
_LOCAL_TIME = re.compile(r"\blocal\b", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+(?:I{2,3}|IV|Jr\b|Sr\b)")
# before a month a change takes effect from: 'a tax cut effective from July', told as past
_EFFECTIVE_BEFORE = re.compile(
    r"\b(?:effective|starting|beginning)\s+(?:from\s+|in\s+)?$", re.IGNORECASE
)


_LIST_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*(?:,\s*|\s+(?:and|or|to)\s+)$")
_LIST_AFTER = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to)\s+)([A-Za-z]+)")


# what makes a month the one a futures contract is for: 'May gasoil futures', 'the July
# contract', 'June delivery'
_CONTRACT_AFTER = re.compile(
    # other months listed before the noun: 'into July and September contracts'
    r"(?:\s*(?:,|/|\band\b|\bor\b)\s*(?-i:[A-Z][a-z]{2,8})\.?)*"
    r"(?:(?:\s+(?-i:[a-z][\w-]*)){0,2}\s+(?:futures|contracts?|delivery|deliveries|options|positions?)\b"
    # ... or one contract: 'the September bond future fell' (not 'in May the future looked')
    r"|(?:\s+(?!(?:the|a|an|its|their|our|his|her|near|distant|foreseeable)\b)(?-i:[a-z][\w-]*))?"
    r"\s+future\b(?!\s+of\b))"
)
# a position in a futures market named before the month: 'second position July traded up'
# ... or a crop year's: 'a steady buyer in new crop December', 'old crop May'
_POSITION_BEFORE = re.compile(r"\b(?:positions?|(?:new|old)\s+crop|nearby)\s+$", re.IGNORECASE)
_PLURAL_NEXT = re.compile(r"\s+[a-z]+[^s\W]s\b")  # a plural noun, never the verb after 'may'
_SPLIT_YEAR_ENDING = re.compile(r"\b(\d{4})/(\d{2}|\d{4})\s+(?:ending|ended|to)\s+$")


def _contract_month(ctx: Context, m: re.Match[str]) -> bool:
    """True when a month names a futures contract or position ('May gasoil futures', 'into
    July and September contracts', 'second position July', 'new crop December')."""
    return bool(
        _CONTRACT_AFTER.match(ctx.text, m.end())
        or _POSITION_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    )


def _contract_good(ctx: Context, m: re.Match[str]) -> bool:
    """True when a traded good follows the month, whose contract it names ('March corn fell',
    'May heating oil'; `contract_noun` rows)."""
    after = _NEXT_TWO_WORDS.match(ctx.text, m.end())
    if after is None:
        return False
    return bool(
        ctx.words.lookup("contract_noun", after["one"])
        or (after["two"] and ctx.words.lookup("contract_noun", f"{after['one']} {after['two']}"))
    )


_NEXT_TWO_WORDS = re.compile(r"[ \t]+(?P<one>[a-z]+)(?:[ \t]+(?P<two>[a-z]+))?")


def _listed_month(ctx: Context, m: re.Match[str]) -> bool:
    """True when a month name stands in a list with another ('April, May and June')."""
    before = _LIST_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    after = _LIST_AFTER.match(ctx.text, m.end())
    return any(
        hit is not None
        and ctx.words.lookup("month", hit.group(1))
        and _capitalised(hit.group(1), ctx)
        and norm(hit.group(1)) not in ("may", "march")
        for hit in (before, after)
    )


def _year_told_before(ctx: Context, at: int, within: str) -> Reference:
    """A month or a day of no year named in a story of unknown date ('-07' or '-07-08'): of
    the year of a month or a day told in its sentence or the one before ('began in mid-April
    2008. As of July 8' is 2008-07-08), else of no known year (XXXX-07-08)."""
    reach = at - previous_sentence_start(ctx.text, at)
    fallback = ("DATE", f"XXXX{within}")
    return Reference("Y", 0, within=within, fallback=fallback, reach=reach, fine=True)


def _read_month(m: re.Match[str], ctx: Context):
    """'March 1996', 'June last year', 'last April', 'in December'."""
    text = m["month"]
    month = _month_number(ctx, text)
    if month is None or not (
        _capitalised(text, ctx)
        # a full name typed in lower case after a word that leads a month ('in december')
        or (
            norm(text) in _FULL_NAMES
            and ctx.words.lookup("month_cue", previous_word(ctx, m.start("month"))) is not None
        )
        # 'may', 'march' or 'august' typed in lower case before a year, after a word that
        # leads a month ('in march 1986', 'between august 1984'): no verb takes a year so
        or (
            m["year"]
            and norm(text) in ("may", "march", "august")
            and ctx.words.lookup("month_cue", previous_word(ctx, m.start("month"))) is not None
        )
    ):
        return None
    rel = (m["rel"] or "").lower()
    if rel in ("each", "every"):
        return "SET", f"XXXX-{month:02d}"
    if m["year"]:
        return "DATE", f"{year_number(m['year'], ctx.words):04d}-{month:02d}"
    if match_group(m, "yy"):  # 'March 87': 1987
        return "DATE", f"19{m['yy']}-{month:02d}"
    if yago := match_group(m, "yago"):
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}"
        # 'in May a year ago' is last year's May; 'in November a year earlier' the one before
        # the November told, gone
        year = ctx.anchor.year - 1
        if yago.lower().endswith("earlier"):
            year = dates.month_year(ctx.anchor, month, "past") - 1
        return "DATE", f"{year:04d}-{month:02d}"
    if match_group(m, "relref"):  # 'March of the following year': the year after the story's
        shift = 1 if m["relref"].lower() in ("following", "next") else -1
        fallback = ("DATE", f"{ctx.anchor.year + shift:04d}-{month:02d}") if ctx.anchor else None
        return Reference("Y", shift, within=f"-{month:02d}", fallback=fallback)
    bare = not rel and not m["rely"]
    if bare and len(norm(text)) <= 4 and norm(text) not in ("may", "june", "july"):
        # 'Jan', 'Dec.' alone are names or abbreviations of other things, but not after a
        # word that leads a month ('sales rose in Sept.', 'licences to end-Sep')
        if not (
            _SHORT_MONTH_LEAD.search(ctx.text, max(0, m.start() - 12), m.start())
            or _names_figures(ctx, m.end())  # 'Indian Sept crude oil output falls'
        ):
            return None
        if _NAME_NEXT.match(ctx.text, m.end()):
            return None  # 'in Jan Smith's view': a first name
    if bare and _NAMED_AFTER.match(ctx.text, m.end()):
        return None  # 'replaced by August Busch III': a man's name
    after = _NEXT_WORD.match(ctx.text, m.end())
    if bare and after and ctx.words.lookup("name_after", after["word"]):
        return None  # 'May Energy Partners', 'May Department Stores': a company
    if (
        bare
        and norm(text) in ("may", "march")
        and not ctx.words.lookup("month_cue", previous_word(ctx, m.start("month")))
        and not _AS_EARLY_AS.search(ctx.text, max(0, m.start() - 20), m.start())
        and not _month_before_noun(ctx, m)
        and not _owned_month(ctx, m)  # "below March's gain"
        and not _listed_month(ctx, m)  # 'in April, May and June'
        and not _names_figures(ctx, m.end())  # 'May exports rose'
        and not _PLURAL_NEXT.match(ctx.text, m.end())  # 'would not receive March shipments'
        and not _contract_month(ctx, m)  # 'May gasoil futures were off'
        and not _contract_good(ctx, m)  # 'March corn fell 3 cents'
        # '"March will be a hard month"': the month is the subject
        and not (
            opens_sentence(ctx.text, m.start()) and _SUBJECT_MONTH_NEXT.match(ctx.text, m.end())
        )
    ):
        return None  # the modal verb or the walk, not the month
    if ctx.anchor is None and bare:
        return _year_told_before(ctx, m.start(), f"-{month:02d}")  # 'in April 2008. In July'
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    if m["rely"]:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[m["rely"].lower()]
    elif rel in ("last", "past", "previous"):
        year = dates.month_year(ctx.anchor, month, "past", strict=True)
        if rel == "last" and month + 1 == ctx.anchor.month:
            # 'last February' told in March is a year before: the February just gone would be
            # 'last month'. In January 'last December' is also December of last year, so it stays.
            year -= 1
    elif rel in ("next", "coming"):
        year = dates.month_year(ctx.anchor, month, "future", strict=True)
    elif rel == "this":
        year = ctx.anchor.year
    elif bare and month >= ctx.anchor.month and _contract_month(ctx, m):
        # 'July copper futures fell' in April: a contract for this July, still to come,
        # whatever the tense of the trading told
        year = ctx.anchor.year
    elif told := (
        opening_year(ctx.text, m.start())
        or opening_relative_year(ctx, m.start())
        or clause_year(ctx, m.start())
    ):
        # 'In 1986, prices peaked in March', 'Last year, output peaked in October', 'which
        # last year began in early July'
        year = told
    elif _names_figures(ctx, m.end()) or _figures_for(ctx, m.start()):
        # 'the December jobs report', 'March sales figures': a month's figures come out after
        # it, so the month is gone whatever the clause says
        year = dates.month_year(ctx.anchor, month, "past", strict=month != ctx.anchor.month)
    elif split := _SPLIT_YEAR_ENDING.search(ctx.text, max(0, m.start() - 24), m.start()):
        # 'in 1987/88 ending March': the split year ends in its second year
        first, second = int(split[1]), split[2]
        year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        year += 100 if year < first else 0  # '1999/00 ending March' ends in 2000
    elif previous_word(ctx, m.start("month")) == "since":
        # 'has not led the poll since April': since looks back, to the latest such month
        year = ctx.anchor.year - (month > ctx.anchor.month)
    else:
        direction = ctx.direction(m)
        if direction != "future" and ctx.text[m.end() : m.end() + 2] in ("'s", "’s"):
            direction = "past"  # "below March's 8.5% gain": a month whose figures are told
        agreed = _NEXT_NOUN.match(ctx.text, m.end())
        if (
            agreed
            and ctx.words.lookup("agreement_noun", agreed["word"])
            and not _STILL_TO_AGREE.match(ctx.text, m.end())
        ):
            direction = "past"  # 'the December accord remains in force': made, and standing
        if direction == "past" and _EFFECTIVE_BEFORE.search(
            ctx.text, max(0, m.start() - 24), m.start()
        ):
            direction = None  # 'announced in January a ban effective from July': the nearest
        year = dates.month_year(ctx.anchor, month, direction)
    return "DATE", f"{year:04d}-{month:02d}"


def _read_that_month(m: re.Match[str], ctx: Context):
    """'that November': the November of the year the story is in (the reference time's), not
    'said that March would be hard', where 'that' opens a clause the month is the subject of;
    'the following January' the first January after the reference time, 'the previous June'
    the last one before it."""
    month = _month_number(ctx, m["month"])
    shift = _scene_shift(m["rel"])
    if (
        month is None
        or not _capitalised(m["month"], ctx)
        or (shift == 0 and not _SCENE_AFTER.match(ctx.text, m.end()))
    ):
        return None
    if ctx.anchor is None:
        fallback = ("DATE", f"XXXX-{month:02d}")
    else:
        year = dates.month_year(
            ctx.anchor, month, _scene_direction(ctx, m, shift), strict=shift != 0
        )
        fallback = ("DATE", f"{year:04d}-{month:02d}")
    if shift == 0:
        return Reference("Y", 0, within=f"-{month:02d}", fallback=fallback)
    return Reference("MN", shift, within=f"-{month:02d}", fallback=fallback)


def read_that_season(m: re.Match[str], ctx: Context):
    """'that winter' (the winter of the reference time's year), 'the following spring' (the
    first spring after the reference time), 'the previous summer'."""
    season = ctx.words.lookup("season", m["season"]).value
    shift = _scene_shift(m["rel"])
    if ctx.anchor is None:
        fallback = ("DATE", f"XXXX-{season}")
    else:
        year = dates.season_year(ctx.anchor, season, _scene_direction(ctx, m, shift))
        fallback = ("DATE", f"{year:04d}-{season}")
    return Reference("S", shift, within=season, fallback=fallback)


def _scene_shift(rel: str) -> int:
    """How 'that', 'the following' or 'the previous' before a month or season moves it from
    the reference time: 0, 1 or -1."""
    return {"that": 0, "following": 1, "next": 1}.get(rel.split()[-1].lower(), -1)


def _scene_direction(ctx: Context, m: re.Match[str], shift: int) -> Direction:
    """Which way the month or season lies from the story when no reference time is given:
    by the clause's tense for 'that', ahead for 'the following', behind for 'the previous'."""
    if shift == 0:
        return ctx.direction(m)
    return "future" if shift > 0 else "past"


# what follows a month set as a scene ('that November, it fell silent'), unlike a subject
# ('that March would be hard') or a month naming figures ('that April durable goods orders')
_SCENE_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:it|he|she|they|we|i|you|there|the|a|an|in|on|at|when|and|but"
    r"|as|after|before|alone|itself)\b",
    re.IGNORECASE,
)


def _figures_for(ctx: Context, at: int) -> bool:
    """True when the month is what figures named before it are for ('the jobs report for
    December', 'data for March'): a month's figures come out after it."""
    before = re.search(r"([a-z]+)\s+(?:for|of|on)\s+$", ctx.text[max(0, at - 30) : at])
    return before is not None and ctx.words.lookup("figures_head", before.group(1)) is not None


def _names_figures(ctx: Context, at: int) -> bool:
    """True when the words from ``at`` name a month's figures: a noun naming figures after up to
    two words saying of what ('sales', 'the December jobs report', 'Sept crude oil output')."""
    after = _LOWER_WORDS.match(ctx.text, at)
    if after is None:
        return False
    for word in after.group().split():
        if ctx.words.lookup("figures_head", word):
            return True
        if word in _NOT_FIGURES_OF:
            return False
    return False


_LOWER_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}")
_NOT_FIGURES_OF = frozenset("said says told and or of to the a an is was has had will".split())


# before a capitalised May or March and a noun, the words that make it the month: 'a May
# interview', 'his March speech' (never before the verb 'may')
_MONTH_DETERMINERS = frozenset("the a his her its their our this that last next".split())


def _month_before_noun(ctx: Context, m: re.Match[str]) -> bool:
    """True for a capitalised month between 'the' or an owner and a lower-case word ('the March
    elections', 'The May accession', "the Fed's March meeting"): a month naming which ones, not
    the walk or the verb ('the march began', 'the March of Dimes')."""
    after = re.match(r"\s+([a-z][\w-]*)", ctx.text[m.end() : m.end() + 30])
    owner = ctx.text[max(0, m.start() - 3) : m.start()] in ("'s ", "’s ")  # "the Fed's March"
    return (
        (previous_word(ctx, m.start()) in _MONTH_DETERMINERS or owner)
        and after is not None
        and after.group(1) not in ("of", "and", "or", "to")
    )


_YEAR_MODIFIER = re.compile(
    # 'the corresponding period 1986', 'Aug 9, all 1974': a period's year, not a count
    r"\b(?:early|late|mid)[\s-]*$|\b(?:period|periods|all|both|months|mths|weeks)\s+$",
    re.IGNORECASE,
)
# a time heading a line of a chronology: at the line's start (after a bullet), then a dash,
# a colon or the line's end ('2007', 'July 31 - Two funds fail', 'April 12, 2015: ...')
_LINE_LEAD = re.compile(r"[ \t]*(?:[•*·][ \t]*)?")
_LINE_TAIL = re.compile(r"[ \t]*(?:[-–—:][ \t]|[-–—:]?[ \t]*(?:\n|$))")


def heads_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] heads a line of a chronology: only a bullet before it on its
    line, and a dash, a colon or the line's end after it."""
    line = text.rfind("\n", 0, start) + 1
    return bool(_LINE_LEAD.fullmatch(text, line, start) and _LINE_TAIL.match(text, end))


# what makes a four-figure number a count with no noun after it: 'or more' after it, 'a further'
# or 'an estimated' before it
_COUNT_AFTER = re.compile(r"\s+or\s+(?:more|fewer|less)\b", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"\b(?:a\s+further|an\s+estimated|another)\s+$", re.IGNORECASE)
# ... with a verb straight after it ('an estimated 2000 are missing'; not 'an estimated 1987
# borrowing requirement')
_COUNT_VERB_AFTER = re.compile(
    r"\s+(?:are|were|have|had|remain|remained|died|fled|of)\b", re.IGNORECASE
)


_CLOCK_RUN_BEFORE = re.compile(r"\b0\d[0-5]\d\s*(?:to|and|-|–)\s*$")
_CLOCK_RUN_AFTER = re.compile(
    r"\s*(?:to|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs|gmt|utc|local\s+time|[ecmp][sd]t)\b",
    re.IGNORECASE,
)
# the months or weeks of a year's results counted after it: '1986 nine mths net', '1987 40 weeks'
_PERIOD_COUNTED_NEXT = re.compile(
    r"\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first\s+\w+)"
    r"\s+(?:mths|months|weeks|wks)\b"
    r"|\s+crop\b"  # '1987 crop soybeans': the crop of a year
    r"|\s+(?:progresses|proceeds|advances|unfolds|wears\s+on)\b",  # 'as 1987 progresses'
    re.IGNORECASE,
)


def _read_year(m: re.Match[str], ctx: Context):
    """'1998', 'fiscal 1989', 'the year 2000'; not '2000 people' or 'Flight 1972'."""
    if _CLOCK_RUN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # 'from 0800 to 1500': the end of a run of hours
    if m.group() == m["year"] and _CLOCK_RUN_AFTER.match(ctx.text, m.end()):
        return None  # 'from 1800 to 2100 hrs': the start of one
    if (
        m.group() == m["year"]
        and ctx.counts(m.start(), m.end())
        and not _YEAR_MODIFIER.search(ctx.text[max(0, m.start() - 10) : m.start()])
        and not heads_line(ctx.text, m.start(), m.end())
        and not _PERIOD_COUNTED_NEXT.match(ctx.text, m.end())
    ):
        return None  # '2000 people'; but 'in early 2007 pigs died' and '1975 - Graduates'
        # heading a chronology's line name the year, and so does '1986 nine mths net' its year
    if (
        m.group() == m["year"]
        and _ROUND_SPOKEN.search(m["year"])
        and _SPOKEN_COUNT.match(ctx.text, m.end())
    ):
        return None  # 'under two thousand votes', 'nineteen hundred miles': a count, no year
    if m.group() == m["year"] and (
        _COUNT_AFTER.match(ctx.text, m.end())
        or (
            _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
            and _COUNT_VERB_AFTER.match(ctx.text, m.end())
        )
    ):
        return None  # 'a further 1500 or more are in hospital': a count standing alone
    if match_group(m, "yy"):  # 'FY13', "class of '86"
        if m.group()[0] in "'’" and ctx.counts(m.start("yy"), m.end("yy")):
            return None  # "he said '20 people died'": a quotation opening on a count
        return "DATE", f"{two_digit_year(m['yy'], ctx):04d}"
    return "DATE", f"{year_number(m['year'], ctx.words):04d}"


# after a round number in words, what makes it a count of things: a plural or 'of' ('two
# thousand votes', 'two thousand of them'); 'nineteen ninety-six elections' names the year
_ROUND_SPOKEN = re.compile(r"\b(?:thousand|hundred)$", re.IGNORECASE)
_SPOKEN_COUNT = re.compile(r"\s+(?:of\b|[a-z]{2,}[^s\W]s\b|people\b|men\b|women\b|children\b)")


def unresolved(unit: str) -> str:
    """The value of a period of ``unit`` ('W', 'M', ...) told with no anchor: 'XXXX-WXX'."""
    return {"W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}.get(
        unit, "XXXX"
    )


def year_to_come(anchor: dt.date) -> int:
    """The year 'the year ahead' or 'the new year' names: next year once this one is half
    gone, else this one."""
    return anchor.year + (anchor.month >= 7)


def two_digit_year(yy: str, ctx: Context) -> int:
    """The year a two-digit year ('13' in 'FY13', '86' in "class of '86") names: in the
    anchor's century unless that lies over 20 years ahead of it ("'86" told in 2005 is 1986);
    with no anchor, in the 2000s."""
    if ctx.anchor is None:
        return 2000 + int(yy)
    year = ctx.anchor.year // 100 * 100 + int(yy)
    return year - 100 if year > ctx.anchor.year + 20 else year


def read_month_range(m: re.Match[str], ctx: Context):
    """'January-March', 'Jan-Dec 1986': the months from the first to the second, as one range."""
    first, last = _month_number(ctx, m["month"]), _month_number(ctx, m["month2"])
    if first is None or last is None or first == last:
        return None
    if not (_capitalised(m["month"], ctx) and _capitalised(m["month2"], ctx)):
        return None
    wraps = first > last  # 'November-January' crosses a new year
    noun = (match_group(m, "noun") or "").lower()
    quarter = noun in ("quarter", "period") and not wraps and last - first == 2 and first % 3 == 1
    split = _SPLIT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    if m["year"]:
        start = year_number(m["year"], ctx.words) - wraps
    elif split and wraps:
        start = int(split["year"])  # 'the 1986/87 (Oct-Sept) season' starts in 1986
    elif ctx.anchor is None:
        return (
            "DATE",
            f"XXXX-Q{(first + 2) // 3}" if quarter else f"XXXX-{first:02d}/XXXX-{last:02d}",
        )
    elif not wraps and first <= ctx.anchor.month <= last:
        start = ctx.anchor.year  # a range holding the publication month is this year's
    elif (direction := ctx.direction(m)) in ("past", "future"):
        start = dates.month_year(ctx.anchor, first, direction)  # by when it began or begins
    else:
        start = dates.month_year(ctx.anchor, last, None) - wraps  # the nearest one to end
    if quarter:  # 'the October-December quarter', 'the April-June period'
        return "DATE", f"{start:04d}-Q{(first + 2) // 3}"
    return "DATE", f"{start:04d}-{first:02d}/{start + wraps:04d}-{last:02d}"


_SPLIT_YEAR_BEFORE = re.compile(r"(?P<year>(?:19|20)\d\d)/(?:\d\d){1,2}\s*\(?\s*$")
# a split year's end: 'fiscal 1987/88 ending March 31', '1986/87 ended June 30'
_SPLIT_YEAR_END = re.compile(
    r"(?P<year>(?:19|20)\d\d)/(?:\d\d){1,2},?\s+(?:ending|ended|which\s+ends|to)\s+$"
)


def read_year_range(m: re.Match[str], ctx: Context):
    """'1999-2001', '1990-91', '1986/7': the years from the first to the second, as one range."""
    first = int(m["year"])
    second = m["year2a"] or m["year2b"]
    width = len(second)
    last = int(second) if width == 4 else first // 10**width * 10**width + int(second)
    if width < 4 and last < first and last + 10**width == first + 1:
        last += 10**width  # '1999-00', '1989/0': into the next decade or century
    elif width < 4 and last <= first:
        # '2005-05', 'data for 2011-02': no range of years, but a month written the ISO way
        month = int(second)
        if width == 2 and 1 <= month <= 12 and "-" in m.group():
            return "DATE", f"{first:04d}-{month:02d}"
        return None
    if not first < last <= first + 100:
        return None
    return "DATE", f"{first:04d}/{last:04d}"


_AGE_OWNER = re.compile(
    r"\b(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]*)?$", re.IGNORECASE
)


def _read_decade(m: re.Match[str], ctx: Context):
    """'the 1990s', "the '80s", 'the nineties', 'the early 1990s' (its part as the mod)."""
    read = _read_whole_decade(m, ctx)
    part = _DECADE_PART.match(m.group())
    if read is None or part is None:
        return read
    return (*read, ctx.words.lookup("modifier", part.group(1)).value)


_DECADE_PART = re.compile(r"(?:the\s+)?(early|mid|late)\b", re.I)


def _read_whole_decade(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """The value of a decade named by ``m``, whatever part of it is meant."""
    if m["dec"]:
        if m["dec"].endswith("00") and int(m["dec"][:4]) < 2000:
            return "DATE", m["dec"][:2]  # 'the 1800s' is a century; 'the 2000s' a decade
        return "DATE", m["dec"][:3]
    if m["decw"]:
        if _AGE_OWNER.search(ctx.text[max(0, m.start() - 24) : m.start()]):
            return None  # 'a woman in her seventies': an age, no decade of the calendar
        century = "18" if (match_group(m, "cent") or "").lower() == "eighteen" else "19"
        return "DATE", f"{century}{_DECADE_WORDS[m['decw'].lower()]}"  # 'the nineteen-sixties'
    digit = int((m["dec2"] or m["dec3"])[0])
    if ctx.anchor is None:
        return "DATE", f"19{digit}"
    # the latest such decade not after the anchor's: "the '80s" in 1989 and in 2023 alike
    century = ctx.anchor.year // 100 - (1 if digit > ctx.anchor.year % 100 // 10 else 0)
    return "DATE", f"{century}{digit}"


def _read_century(m: re.Match[str], ctx: Context):
    """'the 20th century'; not '20th Century Fox', a name."""
    if m.group().endswith("Century") and _NEXT_WORD.match(ctx.text, m.end()):
        return None
    ordinal = ctx.words.lookup("ordinal", m["ord"])
    number = int(ordinal.value) if ordinal else int(re.match(r"\d+", m["ord"]).group())
    if number < 1:  # 'founded last century': the century before the story's
        return ("DATE", f"{ctx.anchor.year // 100 - 1:02d}") if ctx.anchor else ("DATE", "XX")
    return "DATE", f"{number - 1:02d}"


def _owned_month(ctx: Context, m: re.Match[str]) -> bool:
    """True for a month written as an owner ("March's gain"), not a name's ("Theresa May's")."""
    if ctx.text[m.end() : m.end() + 2] not in ("'s", "’s"):
        return False
    before = re.search(r"(\S+)\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
    return (
        before is None or not before.group(1)[:1].isupper() or opens_sentence(ctx.text, m.start())
    )


def read_this_century(m: re.Match[str], ctx: Context):
    """'by mid-century', 'the end of the century': a part of the century the story is in;
    'the turn of the century' is the turn nearest the story (2000, told in 1987 or 2015)."""
    part = (m["part"] or "").lower()
    if part == "turn":
        if ctx.anchor is None:
            return "DATE", "XX00"
        return "DATE", f"{(ctx.anchor.year + 50) // 100 * 100:04d}"
    if part == "mid" and previous_word(ctx, m.start()) not in _CENTURY_LEADS:
        return None  # 'a mid-century modern house': a style
    mod = {"mid": "MID", "middle": "MID", "end": "END", "close": "END"}.get(part, "START")
    if ctx.anchor is None:
        return "DATE", "XX", mod
    return "DATE", f"{ctx.anchor.year // 100:02d}", mod


_CENTURY_LEADS = frozenset(
    "by in until till before around from toward towards after through".split()
)


_GENERIC_DAY = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF"}
# 'the end of today' is a day; 'the people of tomorrow' is the future
_PART_OF_DAY_NOUNS = frozenset(
    "end close start beginning rest middle morning evening night".split()
)


# 'even today' is these days; 'a brighter tomorrow' is the future, a noun with its article;
# 'wetter than it is today' compares with these days
_GENERIC_BEFORE = re.compile(
    r"(?:\beven|\b(?:a|an)\s+(?:better|brighter|greener|safer|happier|fairer|kinder|cleaner"
    r"|new|different|prosperous|peaceful)"
    r"|\bthan\s+(?:it|they|we|there|this|that)\s+(?:is|are|does|do))[\s,]*$",
    re.I,
)


# the noun a possessive day owns, past one adjective: "today's (personal) computers"
_OWNED_NOUN = re.compile(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?\b")


def _generic_of(ctx: Context, start: int) -> bool:
    """True for 'of today' or 'of tomorrow' closing a noun phrase that is no part of the day."""
    before = re.search(r"([A-Za-z]+)\s+of\s+$", ctx.text[max(0, start - 30) : start])
    if before is None or before.group(1).lower() == "as":
        return False  # 'as of today' is the day
    return before.group(1).lower() not in _PART_OF_DAY_NOUNS


def _read_day_offset(m: re.Match[str], ctx: Context):
    """'today', 'yesterday', 'tomorrow morning', 'tonight', 'last night', 'this morning'."""
    word = (m["dw"] or "").lower()
    pod = ctx.words.lookup("part_of_day", m["pod"]) if m["pod"] else None
    possessive = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")
    if word == "today" and previous_word(ctx, m.start()) == "usa":
        return None  # 'a USA Today analysis': the newspaper
    if word == "today" and m.group()[:1] == "T" and _titled(ctx.text, m.start(), m.end()):
        return None  # 'on the NBC program "Today," said': a programme's title
    if word == "today" and possessive and not pod:
        owned = _OWNED_NOUN.match(ctx.text, m.end())
        if owned and any(ctx.words.lookup("nowadays_after", w) for w in owned.groups() if w):
            return None  # "today's youth", "today's personal computers": these days, no day
    if word in _GENERIC_DAY and not pod and not possessive and _generic_of(ctx, m.start()):
        return "DATE", _GENERIC_DAY[word]  # 'the people of tomorrow', 'the youth of today'
    if (
        word in _GENERIC_DAY
        and not pod
        and _GENERIC_BEFORE.search(ctx.text[max(0, m.start() - 30) : m.start()])
    ):
        return "DATE", _GENERIC_DAY[word]  # 'even today', 'hope for a brighter tomorrow'
    if word == "tonight":
        offset, pod_value = 0, "NI"
    elif word == "last":
        offset, pod_value = -1, pod.value if pod else "NI"  # 'last night', 'last evening'
    elif word == "this":
        offset, pod_value = 0, pod.value if pod else None
    else:
        offset = int(ctx.words.lookup("day_offset", word).value)
        pod_value = pod.value if pod else None
    day = ctx.anchor + dt.timedelta(days=offset) if ctx.anchor else None
    if day is None:
        if pod_value:
            return "TIME", f"{dates.UNRESOLVED_DAY}T{pod_value}"
        return "DATE", dates.UNRESOLVED_DAY
    if pod_value:
        return "TIME", f"{dates.iso(day)}T{pod_value}"
    return "DATE", dates.iso(day)


def _titled(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands alone in quotation marks, as a title does."""
    return text[start - 1 : start] in _OPEN_QUOTES and bool(_CLOSE_QUOTE.match(text, end))


_OPEN_QUOTES = frozenset('"“')
_CLOSE_QUOTE = re.compile(r',?["”]')


_PRESENT_AHEAD_DAYS = 2  # how far ahead a possessive weekday in a present clause may point


_PREVIOUS_WORD = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _read_weekday(m: re.Match[str], ctx: Context):
    """'Sunday' (by tense), 'last Friday', 'Wednesday night', 'Tuesdays', 'Friday nights'."""
    if not (_capitalised(m["wd"], ctx) or norm(m["wd"]) in _FULL_NAMES):
        return None  # 'Wed' and 'sun' in lower case are other words; 'until friday' is a day
    if m["wd"].endswith(".") and previous_word(ctx, m.start()) in ("the", "a", "an"):
        return None  # 'radiation from the Sun.', 'a Wed.': a name, not a day
    after = _NEXT_WORD.match(ctx.text, m.end())
    if after and ctx.words.lookup("name_after", after["word"]):
        return None  # 'the Sunday Times', 'the Sunday Telegraph': a newspaper
    before = _PREVIOUS_WORD.search(ctx.text, max(0, m.start() - 20), m.start())
    if before and ctx.words.lookup("name_before", before.group(1)):
        return None  # 'Sheffield Wednesday': a club
    if not m["rel"] and not m["pod"] and previous_word(ctx, m.start()) in ("a", "an"):
        kind = _NEXT_NOUN.match(ctx.text, m.end())
        if kind and ctx.words.lookup("kind_after", kind["word"]):
            return None  # 'run on a Sunday schedule': a kind of schedule, no day ('a Friday
            # close of 2.32' is Friday's)
    weekday = int(ctx.words.lookup("weekday", m["wd"]).value)
    pod = ctx.words.lookup("part_of_day", m["pod"]).value if m["pod"] else None
    suffix = f"T{pod}" if pod else ""
    rel = re.sub(r"\s+", " ", (m["rel"] or match_group(m, "wdafter") or "").lower())
    plural_pod = bool(m["pod"]) and m["pod"].lower().endswith("s")  # 'Tuesday nights'
    if m["plural"] or plural_pod or rel.split(" ")[0] in ("each", "every"):
        return "SET", f"XXXX-WXX-{weekday}{suffix}"
    if ctx.anchor is None:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{weekday}{suffix}"
    if match_group(m, "wkon"):
        if rel or m["plural"]:
            return None
        day = dates.weekday_date(ctx.anchor, weekday, "future") + dt.timedelta(weeks=1)
    elif m["wk"]:
        shift = {"last": -7, "next": 7, "this": 0}[m["wk"].lower()]
        monday = ctx.anchor - dt.timedelta(days=ctx.anchor.isoweekday() - 1 - shift)
        day = monday + dt.timedelta(days=weekday - 1)
    elif rel in ("last", "previous", "the previous", "past", "this past", "this last"):
        day = dates.weekday_date(ctx.anchor, weekday, "past", strict=True)
    elif rel in ("next", "coming", "this coming", "the next", "the following", "following"):
        day = dates.weekday_date(ctx.anchor, weekday, "future", strict=True)
    elif re.match(r"['’]s\b", ctx.text[m.end() : m.end() + 3]):
        # 'Friday's vote' is reported, unless the clause looks ahead ('ahead of Friday's
        # vote'); even then the nearer one ('ready to answer Monday's attack', said on
        # Tuesday). A present clause looks ahead only a day or two ('Saturday's slaughter is
        # put at 30,000 head', said on a Friday); 'the impact of Monday's debate is small',
        # said on a Friday, is the Monday gone
        day = dates.weekday_date(ctx.anchor, weekday, "past")
        later = dates.weekday_date(ctx.anchor, weekday, "future")
        direction = ctx.direction(m)
        nearer = direction == "future" and (
            (later - ctx.anchor) <= (ctx.anchor - day) or _owns_a_fixture(ctx, m.end())
        )
        soon = direction == "present" and (later - ctx.anchor).days <= _PRESENT_AHEAD_DAYS
        # an event set for tomorrow is tomorrow's however the clause is told: 'was ruled out of
        # Saturday's final', told on a Friday (not 'after Friday's vote', gone)
        fixture = (
            (later - ctx.anchor).days == 1
            and previous_word(ctx, m.start()) not in ("after", "since", "following")
            and _owns_a_fixture(ctx, m.end())
        )
        if nearer or soon or fixture:
            day = later
        head, opens = _sentence_so_far(ctx.text, m.start())
        if previous_word(ctx, m.start()) == "before" and _DAY_TOLD.search(head, opens):
            # 'sealed off streets on Tuesday before Thursday's signing': the first Thursday
            # after the day the sentence told
            fallback = ("DATE", dates.iso(day))
            reach = len(head) - opens
            return Reference("WD", 1, weekday=weekday, fallback=fallback, reach=reach)
    elif ctx.nearest(m):  # 'a memorial service planned for Saturday was canceled'
        day = dates.weekday_date(ctx.anchor, weekday, "nearest")
    else:
        day = dates.weekday_date(ctx.anchor, weekday, _ahead(ctx.direction(m)))
    return ("TIME" if pod else "DATE"), dates.iso(day) + suffix


# a day told in a sentence: a weekday, 'today', 'yesterday', 'tomorrow'
_DAY_TOLD = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:today|yesterday|tomorrow)\b", re.I
)


def _owns_a_fixture(ctx: Context, at: int) -> bool:
    """True when the day owns an event set in advance ("will watch Friday's U.S. jobs report",
    "ahead of Sunday's vote"): in a clause looking ahead, that day is ahead, however near the
    one gone ("any response to Monday's attack" keeps the nearer)."""
    words = re.findall(r"[A-Za-z][\w.-]*", ctx.text[at + 2 : at + 40])[:4]
    return any(ctx.words.lookup("fixture_after", w) for w in words)


_OWN_LINE = re.compile(r"[\s_*#•–-]*x[\s:.*_–-]*")


def _line_around(text: str, start: int, end: int) -> str:
    """Return what shares a line with text[start:end], the span replaced by one 'x'."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[line_start:start] + "x" + text[end:line_end]


def _read_clock(m: re.Match[str], ctx: Context):
    """'10 p.m. Wednesday', 'noon Thursday', '7:15 p.m.', 'midnight'."""
    if m["named"]:
        named = m["named"].lower()
        if named == "noon" and previous_word(ctx, m.start()) == "high":
            return None  # 'high noon has arrived': the showdown of the idiom, no clock time
        clock = "24" if named == "midnight" else "12:00"
        if named == "midnight" and previous_word(ctx, m.start()) in ("after", "past"):
            clock = "00:00"  # 'shortly after midnight' opens the day it is told of, not ends it
            bare = not (m["wd1"] or m["wd2"] or m["month"] or m["monthb"] or m["dw2"])
            if bare and _WENT_ON.search(ctx.text, max(0, m.start() - 40), m.start()):
                # 'talks on Thursday ran past midnight': to the end of the day told ('ran past
                # midnight on Thursday' is into Thursday)
                clock = "24"
    elif match_group(m, "hw") or match_group(m, "hd"):
        clock = _word_clock(m, ctx)
        if clock is None:
            return None
    elif match_group(m, "h24w"):
        hour = number_value(re.sub(r"^oh[\s-]+", "", m["h24w"].lower()), ctx.words)
        if not isinstance(hour, int | float) or hour > 23:
            return None
        clock = f"{int(hour):02d}:00"  # 'sixteen hundred UTC'
    elif match_group(m, "h24"):
        clock = "24" if m["h24"] == "24" else f"{m['h24']}:{m['mi24']}"  # '2400 EDT': midnight
    elif match_group(m, "hc"):
        clock = f"{int(m['hc']):02d}:{m['mic']}" + (f":{m['secc']}" if m["secc"] else "")
    elif match_group(m, "hdot"):
        verb = re.search(
            r"([A-Za-z]+)\W+[A-Za-z]+\W*$", ctx.text[max(0, m.start() - 40) : m.start()]
        )
        if verb and ctx.words.lookup("level_verb", verb.group(1).lower()):
            return None  # 'unchanged at 12.50', 'posted at 19.35': a level, no clock
        clock = f"{m['hdot']}:{m['midot']}"
    else:
        hour = int(m["h"])
        if hour > 12 or (match_group(m, "oc") and hour == 0):
            return None
        if match_group(m, "oc"):  # '6 o'clock' as written; 'at 6 o'clock this evening' is 18:00
            pod = (m["inpod2"] or match_group(m, "thispod") or m["dw2"] or "").lower()
            late = any(word in pod for word in ("afternoon", "evening", "night"))
            if late and hour < 12:
                hour += 12
            clock = "24" if late and hour == 12 else f"{hour:02d}:00"
        else:
            pm = m["inpod"].lower() != "morning" if m["inpod"] else m["ampm"].lower()[0] == "p"
            hour = (hour % 12) + (12 if pm else 0)
            clock = f"{hour:02d}:{m['mi'] or '00'}" + (f":{m['sec']}" if m["sec"] else "")
    day: dt.date | None = ctx.anchor
    if match_group(m, "thispod") and ctx.anchor is not None:
        return "TIME", f"{dates.iso(ctx.anchor)}T{clock}"  # '6 o'clock this afternoon'
    dated = m["month"] or m["monthb"]
    if match_group(m, "lastnight") and ctx.anchor is not None:
        # '10:15 p.m. last night' is yesterday's; '2 a.m. last night' is in today's small hours
        small_hours = clock < "06" and clock != "24"
        day = ctx.anchor - dt.timedelta(days=0 if small_hours else 1)
        return "TIME", f"{dates.iso(day)}T{clock}"
    if not (m["wd1"] or m["wd2"] or dated or m["dw2"] or match_group(m, "lastnight")) and (
        ctx.anchor is not None
    ):
        # a bare clock time is on the day the story is at: the reference time, else the anchor
        fallback = ("TIME", f"{dates.iso(ctx.anchor)}T{clock}")
        if _OWN_LINE.fullmatch(_line_around(ctx.text, m.start(), m.end())):
            return fallback  # a live report's time stamp ('2 p.m.' on a line of its own)
        entry = _entry_head(ctx.text, m.start(), m.end())
        if entry and match_group(m, "hc"):
            return fallback  # ... or heading its entry ('16:15 - Rescuers reach the village')
        # told as present or ahead, the clock is on no day gone: 'A curfew is in force from
        # 10.30pm', after a sentence about last Friday, is tonight's
        # told as past, on no day still to come: 'shares fell at 10:12 a.m.', after an offer
        # set to expire on Friday, is the story's day
        # a chronology's entry is told in the historic present ('11:48 p.m.: A friend texts
        # him'): no tense of its own
        direction = None if entry else ctx.direction(m)
        ahead = direction in ("present", "future")
        # not 'extended to midnight' nor 'a midnight deadline', a deadline that may lie ahead
        lead = previous_word(ctx, m.start())
        deadline = (
            # (but 'shares rose 2 pct by 1 p.m.', told as past, is where they had got to)
            (
                lead in _DEADLINE_WORDS
                and not (lead in ("by", "through", "before") and direction == "past")
            )
            or bool(_DEADLINE_AFTER.match(ctx.text, m.end()))
            # 'a truce starting at midnight': what takes effect then may lie ahead
            or (
                clock == "24"
                and bool(_TAKES_EFFECT.search(ctx.text, max(0, m.start() - 20), m.start()))
            )
        )
        told_past = direction == "past" and not deadline
        if clock == "24" and told_past:
            # 'the truce began at midnight': the midnight gone, which ended the day before
            fallback = ("TIME", f"{dates.iso(ctx.anchor - dt.timedelta(days=1))}T24")
        elif clock == "00:00" and m["named"] and ahead:
            # 'conditions will worsen after midnight': the small hours of the day to come
            fallback = ("TIME", f"{dates.iso(ctx.anchor + dt.timedelta(days=1))}T00:00")
        return Reference(
            "D",
            0,
            tod=clock,
            fallback=fallback,
            reach=CLOCK_REACH,
            clock=True,
            not_before=ctx.anchor if ahead else None,
            # a midnight gone ended a day before the story's: today's is still to come
            not_after=(ctx.anchor - dt.timedelta(days=clock == "24")) if told_past else None,
            # a 24-hour clock is a wire copy's time stamp ('yields fell to 9.2% at 1030 GMT'):
            # the story's day, unless its own sentence names another; never one in local
            # time, which a schedule sets ('a session on May 1 ... starting at 1700 local time')
            sentence=(
                (
                    any(match_group(m, key) for key in ("h24", "h24w", "hc", "hdot"))
                    and not _NARRATED.search(ctx.text, max(0, m.start() - 25), m.start())
                )
                # ... and so is a clock of a market's trading ('Shares fell 3 percent by the
                # midday break', after a sentence about Tuesday night)
                or _market_sentence(ctx.text, m.start(), m.end())
            )
            and not _LOCAL_TIME.search(m.group()),
        )
    if not (m["wd1"] or m["wd2"] or dated or m["dw2"] or match_group(m, "lastnight")):
        # a story of unknown date: a bare clock time is on the day told before it, if any
        # ('On March 20, 2009, the clinic opened at 6 p.m.')
        return Reference(
            "D",
            0,
            tod=clock,
            fallback=("TIME", f"{dates.UNRESOLVED_DAY}T{clock}"),
            reach=CLOCK_REACH,
            clock=True,
        )
    if (m["wd1"] or m["wd2"]) and not dated:
        weekday = int(ctx.words.lookup("weekday", m["wd1"] or m["wd2"]).value)
        if ctx.anchor is None:
            return "TIME", f"XXXX-WXX-{weekday}T{clock}"  # the weekday is known, not its week
        rel = (match_group(m, "rel1") or "").lower()
        if rel:  # 'next Wednesday at 10 a.m.', 'last Friday at noon'
            direction = "past" if rel == "last" else "future"
            day = dates.weekday_date(ctx.anchor, weekday, direction, strict=True)
        else:  # (a chronology's entry has no tense of its own: '- 4 p.m. Sunday: He reports')
            entry = _entry_head(ctx.text, m.start(), m.end())
            direction = None if entry else _ahead(ctx.direction(m))
            day = dates.weekday_date(ctx.anchor, weekday, direction)
    elif m["month"] or m["monthb"]:
        month = _month_number(ctx, m["month"] or m["monthb"])
        d1 = int(re.match(r"\d+", m["d1"] or m["d1b"]).group())
        if m["cyear"]:
            year = int(m["cyear"])
        else:
            year = dates.day_year(ctx.anchor, month, d1, ctx.direction(m)) if ctx.anchor else None
        if year is None or not dates.valid_day(year, month, d1):
            return "TIME", f"XXXX-{month:02d}-{d1:02d}T{clock}"
        day = dt.date(year, month, d1)
    elif m["dw2"]:
        word = ctx.words.lookup("day_offset", m["dw2"])
        offset = int(word.value) if word else 0  # 'midnight tonight' is today's
        day = ctx.anchor + dt.timedelta(days=offset) if ctx.anchor else None
    return "TIME", f"{_day(ctx, day)}T{clock}"


# a clock time of a happening told in order ('The app failed on Monday. Problems began at 16:10
# GMT'), which keeps the day told before, unlike a wire copy's time stamp
_NARRATED = re.compile(
    r"\b(?:began|begun|started|ended|resumed|stopped|returned|restored|struck|hit|erupted"
    r"|occurred|happened|broke\s+out|took\s+place|went\s+down|came\s+back|took\s+off"
    r"|left|departed|landed|crashed|lost\s+contact|disappeared|vanished)\s+"
    r"(?:\w+\s+)?(?:at|by|around|about|shortly\s+(?:after|before)|just\s+(?:after|before)"
    r"|after|before|until)\s+$",
    re.IGNORECASE,
)


def _market_sentence(text: str, start: int, end: int) -> bool:
    """True when the sentence around text[start:end] tells of a market's trading."""
    window = max(0, start - 400)
    opens = window
    for hit in SENTENCE_END.finditer(text, window, start):
        opens = hit.end() - 1  # (the match takes the next sentence's first letter)
    after = SENTENCE_END.search(text, end, end + 400)
    return bool(_MARKET_WORDS.search(text, opens, after.start() if after else end + 400))


_MARKET_WORDS = re.compile(
    r"\b(?:shares|stocks|trading|traded|trade|futures|bourse|the\s+index|bonds|yields"
    r"|the\s+(?:dollar|yen|euro)|midday\s+break|the\s+close)\b",
    re.IGNORECASE,
)


# what went on into the night: 'talks ran past midnight', 'the debate continued after midnight'
_WENT_ON = re.compile(
    r"\b(?:ran|run|running|runs|went\s+on|go(?:es|ing)?\s+on|continued|continuing|lasted|lasting|dragged\s+on"
    r"|stretched|carried\s+on|stayed|worked|partied|danced|raged|wore\s+on"
    # ... and 'met on Monday, ending after midnight'
    r"|ending|ended|finishing|finished|broke\s+up|breaking\s+up)"
    r"(?:\s+\w+ly)?\s+(?:well\s+|long\s+|late\s+|until\s+)?(?:after|past)\s+$",
    re.IGNORECASE,
)
_PRICE_AFTER = re.compile(
    r"\s+(?:(?:a|per)\s+(?:share|piece|head|barrel|ton|tonne|pound|gallon|unit|ounce)\b"
    r"|(?:dollars|cents|percent|pct|points?|each|pence|euros?)\b)",
    re.IGNORECASE,
)
_CLOCK_LEADS = frozenset(
    "at by until till before after around about from since to and or between past near for".split()
)


def _word_clock(m: re.Match[str], ctx: Context) -> str | None:
    """The time of day a clock in words gives ('eight p.m.' 20:00, 'half past seven' 07:30,
    'two sixteen this morning' 02:16); None for a number that only looks like one."""
    day_part = (
        match_group(m, "thispod")
        or m["dw2"]
        or match_group(m, "lastnight")
        or match_group(m, "wdpod")  # 'just after eight Sunday morning'
        or ""
    ).lower()
    if m["hd"]:  # '2:30 this afternoon': a clock only after a word that sets one
        if previous_word(ctx, m.start()) not in _CLOCK_LEADS:
            return None
        hour, minute = int(m["hd"]), int(m["mid"] or 0)
        late = "morning" not in day_part
        return f"{hour + 12 if late and hour < 12 else hour:02d}:{minute:02d}"
    hour = int(ctx.words.lookup("number", m["hw"]).value)
    minute = 0
    if m["miw"]:
        minute = int(number_value(re.sub(r"^oh[\s-]+", "", m["miw"].lower()), ctx.words) or 0)
    if minute > 59 or (m["part"] and m["miw"]):
        return None  # 'half past seven thirty' is no clock
    if m["part"]:
        minute = 30 if m["part"].lower() == "half" else 15
        if m["pastto"].lower() == "to":
            hour, minute = (hour - 2) % 12 + 1, 60 - minute  # 'a quarter to nine': 8:45
    ampm = (m["ampmw"] or "").lower()[:1]
    pod = (m["inpodw"] or m["inpodw2"] or match_group(m, "atnight") or "").lower()
    # bare, a clock only after a word that sets a time: 'tee off at two fifteen', 'at four in
    # the morning'; never 'won two in the morning session' nor 'sold at two fifty a share'
    parted = any(word in day_part for word in ("morning", "afternoon", "evening", "night"))
    if match_group(m, "wdpod") and previous_word(ctx, m.start()) not in _CLOCK_LEADS:
        parted = False  # 'won two Sunday night matches'; but 'at seven Saturday night'
    if (
        previous_word(ctx, m.start()) == "to"
        and not (ampm or m["ocw"] or m["part"] or pod)
        and not _FROM_HOUR.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        # 'the toll rose to nine on Wednesday evening': a count, unless a run of hours opens
        # before it ('from six to nine on Friday evening')
        return None
    if not (ampm or m["ocw"] or m["part"] or parted) and (
        previous_word(ctx, m.start()) not in _CLOCK_LEADS
        or not (m["miw"] or pod)
        or _PRICE_AFTER.match(ctx.text, m.end())
    ):
        return None
    if ampm:
        late = ampm == "p"
    else:
        late = any(word in pod + " " + day_part for word in ("afternoon", "evening", "night"))
    if late and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0  # 'twelve a.m.'
    return f"{hour:02d}:{minute:02d}"


def _entry_head(text: str, start: int, end: int) -> bool:
    """True for a time heading an entry of a chronology: at the start of its line or after a
    dash or bullet opening it, with a colon or a dash after it ('- 4 p.m. Sunday: His
    roommate reports him missing')."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_ENTRY_LEAD.fullmatch(text, line_start, start) and _ENTRY_AFTER.match(text, end))


_ENTRY_LEAD = re.compile(r"[ \t]*(?:[-–—•*][ \t]*)?")
_ENTRY_AFTER = re.compile(r"[ \t]*(?::|[-–—][ \t])")
_FROM_HOUR = re.compile(r"\b(?:from|between)\s+[\w:.]+\s+(?:[ap]\.?m\.?\s+)?to\s+$", re.I)
_SPAN_OVER = re.compile(r"\b(?:over|during|throughout|within|for)\s+$", re.I)


_LENGTH_LEAD = re.compile(r"\b(?:for|spen[dt]s?|spending)\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"['’]|\s+of\b")


def _spent(ctx: Context, m: re.Match[str], sign: int, unit: str) -> bool:
    """Whether 'the past week' is the length something went on for, up to the telling."""
    return (
        sign < 0
        and unit in ("W", "M", "Q", "Y")
        and re.fullmatch(r"the\s+(?:past|last)", m["rel"] or "", re.IGNORECASE)
        and not re.search(r"fiscal|financial", m["unit"], re.IGNORECASE)
        and bool(_LENGTH_LEAD.search(ctx.text[max(0, m.start() - 10) : m.start()]))
        and not _PART_OF.match(ctx.text, m.end())  # 'for the past year's loss', '... of May'
    )


def _read_relative(m: re.Match[str], ctx: Context):
    """'last week', 'this year', 'next month', 'the past year', 'the weekend'."""
    rel = re.sub(r"^(?:the|this)\s+", "", (m["rel"] or "").lower())  # 'this past weekend'
    unit_text = re.sub(r"\s+", " ", m["unit"].lower())
    sign = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
        rel, 0
    )
    if unit_text == "weekend":
        if ctx.anchor is None:
            return "DATE", "XXXX-WXX-WE"
        if rel == "coming" and ctx.anchor.isoweekday() < 6:
            # 'over the coming weekend', told on a Tuesday: this week's, the next to come
            return "DATE", dates.weekend_of(ctx.anchor)
        if sign:
            return "DATE", dates.weekend_of(ctx.anchor + dt.timedelta(weeks=sign))
        if (
            ctx.anchor.isoweekday() == 7
            and not rel
            and previous_word(ctx, m.start()) not in ("through", "until", "till", "throughout")
            and ctx.direction(m) == "future"
        ):
            # 'would hold talks over the weekend', told on a Sunday: the next one (but a curfew
            # 'extended through the weekend' runs through this one)
            return "DATE", dates.weekend_of(ctx.anchor + dt.timedelta(weeks=1))
        if ctx.anchor.isoweekday() >= 6:
            return "DATE", dates.weekend_of(ctx.anchor)  # told on a weekend: this one
        if (m["rel"] or "").lower().split() == ["this"]:
            # 'this weekend's fixtures have been called off', told on a Friday: this week's;
            # told as past early in the week, the one just gone ('reported this weekend')
            gone = ctx.anchor.isoweekday() <= 2 and ctx.direction(m) == "past"
            return "DATE", dates.weekend_of(ctx.anchor - dt.timedelta(weeks=gone))
        direction = _ahead(ctx.direction(m))
        if re.match(r"['’]s?\b", ctx.text[m.end() : m.end() + 3]) and ctx.direction(m) in (
            "past",
            None,
        ):
            direction = "past"  # 'made it through the weekend's date change': one reported
        saturday = dates.weekday_date(ctx.anchor, 6, direction)
        return "DATE", dates.weekend_of(saturday)
    unit = "Y" if "year" in unit_text else unit_of(ctx.words, unit_text)
    if unit is None:
        return None
    if unit == "2W":
        return "DURATION", duration_value(1, unit)  # 'the past fortnight': the two weeks to now
    this_past = bool(re.match(r"this\s+past", m["rel"] or "", re.I))
    if unit == "W" and ctx.anchor is not None and this_past and ctx.anchor.isoweekday() >= 5:
        sign = 0  # told at a week's end, 'this past week' is the one ending
    sunday = unit == "W" and ctx.anchor is not None and ctx.anchor.isoweekday() == 7
    if sunday and rel == "this" and not this_past and ctx.direction(m) == "future":
        sign = 1  # told on a Sunday, the ISO week ends that day: the one starting tomorrow
    if unit in ("DE", "CE") and (
        rel == "past" or (sign and _SPAN_OVER.search(ctx.text[max(0, m.start() - 12) : m.start()]))
    ):
        # 'the past decade', 'over the next decade': the ten years to or from now
        return "DURATION", duration_value(1, unit)
    if _spent(ctx, m, sign, unit):
        return "DURATION", duration_value(1, unit)  # 'searched for the past week': a length
    if ctx.anchor is None:
        return "DATE", unresolved(unit)
    if unit == "D":
        return "DATE", dates.iso(ctx.anchor + dt.timedelta(days=sign))
    if unit == "DE":
        return "DATE", f"{(ctx.anchor.year // 10 + sign):03d}"
    if unit == "CE":
        return "DATE", f"{(ctx.anchor.year // 100 + sign):02d}"
    return "DATE", shift_value(ctx.anchor, 1, unit, sign) if sign else shift_value(
        ctx.anchor, 0, unit, 1
    )


_AWARD_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+$")  # its noun an `award_noun` row


def _read_the_year(m: re.Match[str], ctx: Context):
    """'the year' ended some day is a span of one year; otherwise it is the anchor's year, or
    the year before when told as done early in a year ('results for the year were hurt')."""
    if m["ended"] is not None:
        return "DURATION", "P1Y"
    if _CHANGE_ON.search(ctx.text[max(0, m.start() - 24) : m.start()]):
        return None  # 'up 18% on the year': a change over a year, no year of the calendar
    award = _AWARD_OF.search(ctx.text[max(0, m.start() - 24) : m.start()])
    if award and ctx.words.lookup("award_noun", award.group(1)):
        return None  # 'named coach of the year': an award's name
    if ctx.anchor is None:
        return "DATE", "XXXX"
    if match_group(m, "ahead"):
        # 'the year ahead': the twelve months to come, most of them in next year's calendar
        # once the year is half gone
        return "DATE", f"{year_to_come(ctx.anchor):04d}"
    if (
        ctx.anchor.month <= _RESULTS_MONTHS
        and not _SO_FAR.search(ctx.text[max(0, m.start() - 40) : m.start()])
        and not _YEAR_AHEAD.match(ctx.text, m.end())
        and ctx.direction(m) == "past"
    ):
        # in the first months of a year, a year told in the past tense is the one just
        # reported: 'Jewelmasters said net income for the year was hurt', said in March
        return "DATE", f"{ctx.anchor.year - 1:04d}"
    return "DATE", f"{ctx.anchor.year:04d}"


_CHANGE_ON = re.compile(r"(?:\d\s*%|\bpct|\bpercent|\bper\s+cent)\s+on\s+$", re.IGNORECASE)
# how many months into a year stories still report the year before ('for the year') as done
_RESULTS_MONTHS = 3
# words that keep 'the year' the one under way: 'since the start of the year', 'so far in the
# year', 'earlier in the year'
# the nouns and verbs that end as a superlative does
_EST_NOUNS = (
    "(?:interest|harvest|request|contest|protest|forest|guest|test|rest|quest|arrest|west"
    "|chest|unrest|conquest|inquest|suggest|invest|honest|modest|earnest|digest|manifest)"
)
# a superlative of a period: 'the coldest day of', 'its biggest one-day fall of'
_SUPERLATIVE = (
    rf"\b(?:(?!{_EST_NOUNS}\b)[a-z]{{2,}}est|most\s+[a-z-]+|least\s+[a-z-]+)\s+"
    r"(?:[a-z-]+\s+){0,3}of"
)
# ... before 'the week': 'the busiest day of the week' is of any week
SUPERLATIVE_OF = re.compile(_SUPERLATIVE + r"\s+$", re.I)
_SO_FAR = re.compile(
    r"(?:since|so\s+far\s+(?:in|this)|earlier\s+in|later\s+in|rest\s+of|remainder\s+of"
    r"|(?:start|beginning|begining|turn|first\s+(?:\w+\s+)?(?:days?|weeks?|months?|half|quarter))"
    r"\s+of"
    # 'the first homicide of the year', 'its first fatal blaze of the year', told in January
    r"|\bfirst\s+(?:(?!(?:\d+|half|quarter|months?|weeks?|days?|nine|six|three)\b)[a-z-]+\s+){1,3}of"
    # ... and a superlative: 'the coldest day of the year', 'its biggest one-day fall of the year'
    rf"|{_SUPERLATIVE}"
    r")\s*$",
    re.I,
)
# ... and so do words after it: 'the year ahead', 'the year started March 1'
_YEAR_AHEAD = re.compile(r"\s+(?:ahead|to\s+come|start(?:ed|ing)|begin(?:ning)?|began)\b", re.I)


def _read_year_ago(m: re.Match[str], ctx: Context):
    """'year-earlier' and 'year-ago' as adjectives: the same quarter (or the year) a year back."""
    if ctx.anchor is None:
        return "DATE", "XXXX"
    fallback = ("DATE", f"{ctx.anchor.year - 1:04d}")
    if (noun := match_group(m, "month")) and noun.strip().lower() == "week":
        # 'bushels in the year ago week': the week told before, a year back
        week = dates.week_value(ctx.anchor - dt.timedelta(weeks=52))
        return Reference("W", -52, fallback=("DATE", week), aside=True)
    if match_group(m, "month"):  # 'rose 4 pct in January from the year-ago month': 1986-01
        return Reference("Y", -1, fallback=fallback, aside=True, same=True)
    if names_year_before(ctx.text, m.start()):  # '1986 net fell from year-ago levels': 1985
        return Reference("Y", -1, fallback=fallback, aside=True, exact=True)
    quarter_in_play = ctx.quarter_at(m.start())
    if quarter_in_play:
        return "DATE", f"{quarter_in_play[0] - 1:04d}-Q{quarter_in_play[1]}"
    return fallback


# a year named on its own: not that of a quarter or period ('the first quarter of 1987', 'the
# 1989 period'), which a comparison with a quarter in play is about
_YEAR_WORD = re.compile(
    r"(?<![\d.,$])(?<!quarter\s)(?<!quarter\sof\s)(?<!half\s)(?<!half\sof\s)"
    # (not a dateline's day, 'NEW YORK 1997-04-17')
    r"\b(?:19|20)\d\d\b(?![.,]?\d|-\d\d-\d\d)"
    r"(?!['’]?s?\s+(?:period|quarter|first|second|third|fourth))",
    re.I,
)
_SENTENCE_START = re.compile(r".*(?:[.!?][\"'’”)]*\s+|\n\s{3,}|\n\s*\n)", re.S)


# a sentence told of one year: 'In 1939, ...', '1789 - Washington ...', 'In March 1986, ...',
# a timeline's 'October 3, 1863 - Lincoln proclaims ...'
_YEAR_OPENING = re.compile(
    r"\s*(?:[\"'“‘(]\s*)?(?:(?:In|By|During|For(?:\s+all\s+of)?|Throughout)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s*,|\s+(?=(?:the|a|an|his|her|its|their|he|she|it|they"
    r"|we|I|there)\s))"  # 'In 1979 the first candidate came in October'
    r"|(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?"
    r"(?P<year2>1[5-9]\d\d|20\d\d)\s*(?:[-–—:]|\.\s))"
)
_LINE_REACH = 200  # how far into a line its opening year still reaches


def _sentence_so_far(text: str, offset: int) -> tuple[str, int]:
    """Return the text before ``offset`` (up to 300 characters) and where its last sentence
    starts in it."""
    head = text[max(0, offset - 300) : offset]
    start = _SENTENCE_START.match(head)
    return head, start.end() if start else 0


def opening_year(text: str, offset: int, *, timeline: bool = True) -> int | None:
    """Return the year a sentence opens with ('In 1939, Roosevelt moved Thanksgiving', a
    timeline's '1789 - Washington names November 26', unless ``timeline`` is False), when the
    time at ``offset`` is in it."""
    head, start = _sentence_so_far(text, offset)
    line = head.rfind("\n") + 1
    found = _YEAR_OPENING.match(head, max(start, line))
    if found is not None and found["year2"] and not timeline:
        return None
    if found is None and timeline and len(head) - line <= _LINE_REACH:
        # a timeline's line, past a full stop that may be an initial ('Franklin D. Roosevelt')
        found = _YEAR_OPENING.match(head, line)
        found = found if found is not None and found["year2"] else None
    if found is None:
        return None
    return int(found["year"] or found["year2"])


_RELATIVE_OPENING = re.compile(r"\s*(?P<rel>Last|This|Next)\s+year\s*,")
# a year told earlier in the clause of a month or season: 'which last year started in early
# July', 'in 2011 managers closed the fishery for the summer', 'A 2005 effort collapsed in
# the fall' (the last such year before the time, with no clause break after it)
_CLAUSE_YEAR = re.compile(
    r"(?:\b(?:[Ii]n|[Dd]uring)\s+(?:early\s+|late\s+|mid-?)?(?P<year>1[5-9]\d\d|20\d\d)"
    r"|(?<!\bthe\s)(?<!\bThe\s)(?<!\bfor\s)\b(?P<rel>[Ll]ast)\s+year"
    # 'Next year's Tour will start on June 29' (but 'next year's budget was approved in May')
    r"|^\s*(?P<own>Next|Last)\s+year['’]s(?=\s+\w)(?!\s+(?:budgets?|plans?|forecasts?"
    r"|targets?|estimates?|spending|tax|taxes|rules|guidance|contracts?|schedules?|outlook|goals?"
    r"|fiscal|financial)\b)"
    # (a year a plan is for is no year it was made in: 'The 2014 budget was approved in
    # October', 'rules for next year were sent out in November')
    r"|^\s*(?:An?|The|Its|Their|His|Her)\s+(?P<noun_year>1[5-9]\d\d|20\d\d)"
    r"(?=\s+[a-z])(?!\s+(?:budgets?|plans?|forecasts?|targets?|estimates?|spending|tax|taxes"
    r"|rules|guidance|contracts?|schedules?|outlook|goals?|fiscal|financial)\b))"
    r"(?![\w'’-]|\s*[-–/]\s*\d)"
)
_CLAUSE_BREAK = re.compile(
    r"[;:—–,]"  # ('hit by low prices in 1986, had reserves at the end of January')
    r"|\b(?:and|but|while|although|whereas|since|until|till|before|after)\b"
    r"|\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:this|that|next|last)\s+year\b",
    re.IGNORECASE,
)
_CLAUSE_REACH = 80  # how far before a month the year of its clause may be told
# the relative clause of the noun a year names: ' edition, which starts on '
_OWN_RELATIVE = re.compile(r"\s+[a-z]+,\s+(?:which|that)\s+[a-z]+(?:\s+(?:on|in))?\s+")


def clause_year(ctx: Context, offset: int) -> int | None:
    """Return the year told earlier in the clause of the month or season at ``offset`` ('Last
    year the peak came in mid-February': last year), None when none is or a clause break
    comes between them."""
    head, start = _sentence_so_far(ctx.text, offset)
    head = head[start:]  # (so that '^' is the sentence's opening)
    found = next(reversed(list(_CLAUSE_YEAR.finditer(head))), None)
    if found is None or len(head) - found.end() > _CLAUSE_REACH:
        return None
    between = head[found.end() :]
    if _CLAUSE_BREAK.search(head, found.end()) and not (
        found["noun_year"] and _OWN_RELATIVE.fullmatch(between)
    ):
        # 'sales rose in 2010 and will fall in June': another clause (but 'The 2019 edition,
        # which starts on June 15' tells the edition's day)
        return None
    if found["rel"]:
        return ctx.anchor.year - 1 if ctx.anchor is not None else None
    if found["own"]:
        if ctx.anchor is None:
            return None
        return ctx.anchor.year + (1 if found["own"] == "Next" else -1)
    if found["noun_year"] and ctx.anchor is not None and int(found["noun_year"]) >= ctx.anchor.year:
        return None  # 'The 2014 talks will open in June': a thing of a year still to come
    return int(found["year"] or found["noun_year"])


def opening_relative_year(ctx: Context, offset: int) -> int | None:
    """Return the year a sentence opens with in words, told from the anchor ('Last year,
    Ramadan began on June 18'), when the time at ``offset`` is in it."""
    head, start = _sentence_so_far(ctx.text, offset)
    found = _RELATIVE_OPENING.match(head, start)
    if found is None or ctx.anchor is None:
        return None
    return ctx.anchor.year + {"Last": -1, "This": 0, "Next": 1}[found["rel"]]


def names_year_before(text: str, offset: int) -> bool:
    """True when the sentence up to ``offset`` names a year ('1986 net income fell from
    year-ago levels'): a comparison there is with that year, not with a quarter in play."""
    head, start = _sentence_so_far(text, offset)
    return any(
        not _ASIDE_YEAR.search(head, max(start, year.start() - 40), year.start())
        for year in _YEAR_WORD.finditer(head, start)
    )


# a year told in an aside on the company ('Acme, which was founded in 1979, posted first-quarter
# net ... a year ago'), which is no period a figure is compared in
_ASIDE_YEAR = re.compile(
    r"\b(?:which|who|founded|established|formed|created|incorporated|went\s+public|listed)\b"
    r"[^,.;]*$",
    re.IGNORECASE,
)


def match_group(m: re.Match[str], name: str) -> str | None:
    """Return the named group of a match, None when the pattern has no such group."""
    try:
        return m[name]
    except IndexError:
        return None


ENDED = re.compile(
    r",?\s+(?:which\s+|that\s+)?(?P<verb>ended|ending|ends)\s+(?P<month>[A-Za-z]+\.?)\s+"
    r"(?P<day>\d{1,2})\b"
)


def _quarter_end(ctx: Context, m: re.Match[str]) -> tuple[int, int] | None:
    """The calendar quarter of 'the quarter ended July 31': the one holding the middle of its
    three months (May to July: the second), or None without such an end date."""
    ended = end_month(ctx.text, m.end(), ctx.anchor, ctx.words)
    if ended is None:
        return None
    middle_year, middle = dates.shift_month(*ended, -1)
    return middle_year, (middle - 1) // 3 + 1


def end_year(text: str, at: int, anchor: dt.date | None, words: Words) -> int | None:
    """The year of the day a numbered quarter named just before ``at`` is said to end on ('the
    fourth quarter ended June 30': a company numbers its quarters in the year they end), or
    None without one."""
    ended = end_month(text, at, anchor, words)
    return ended[0] if ended else None


def end_month(text: str, at: int, anchor: dt.date | None, words: Words) -> tuple[int, int] | None:
    """The (year, month) of the day a period named just before ``at`` is said to end on
    ('ended July 31', 'which ended Feb. 29', 'ending June 30'), or None without one."""
    found = ENDED.match(text, at)
    month = words.lookup("month", found["month"]) if found else None
    if found is None or month is None or anchor is None:
        return None
    direction = "past" if found["verb"] == "ended" else None
    number = int(month.value)
    return dates.day_year(anchor, number, min(int(found["day"]), 28), direction), number


# before a quarter, what puts it a year back: 'the year-ago quarter', 'the year earlier period',
# "last year's second quarter"
_YEAR_BACK = re.compile(r"last\s+year|year[\s-](?:ago|earlier)")


def _read_quarter(m: re.Match[str], ctx: Context):
    """'the third quarter', 'fourth-quarter', "last year's second quarter", 'the 1988 quarter'."""
    ordinal = ctx.words.lookup("ordinal", m["ord"]) if m["ord"] else None
    quarter = int(ordinal.value) if ordinal else None
    if quarter is not None and not 1 <= quarter <= 4:
        return None
    pre = (m["pre"] or "").lower()
    year: int | None = int(m["year"]) if m["year"] else None
    if ctx.anchor is None and year is None:
        return "DATE", f"XXXX-Q{quarter or 'X'}"
    reported = ctx.quarter_at(m.start()) or (
        dates.shift_quarter(*dates.quarter_of(ctx.anchor), -1) if ctx.anchor else None
    )
    if quarter is None and "current" in pre and ctx.anchor is not None:
        under_way = dates.quarter_of(ctx.anchor)
        told = ctx.quarter_at(m.start())
        if (
            told is not None
            and pre.startswith("the")
            and told not in (under_way, dates.shift_quarter(*under_way, -1))
        ):
            # 'posted fiscal first-quarter results and forecast weaker sales for the current
            # quarter', told in October: the quarter after the one reported, as it numbers them
            under_way = dates.shift_quarter(*told, 1)
        return "DATE", "{}-Q{}".format(*under_way)  # the one under way
    bare = quarter is None and year is None and pre.strip() in ("", "the")
    if (
        bare
        and ctx.anchor is not None
        and ctx.quarter_at(m.start()) is None
        and ctx.direction(m) == "future"
    ):
        # 'debts will weigh on banks through the quarter', no quarter reported before: the one
        # under way
        return "DATE", "{}-Q{}".format(*dates.quarter_of(ctx.anchor))
    ended = _quarter_end(ctx, m) if bare and ctx.quarter_at(m.start()) is None else None
    if ended is not None:  # no quarter named before: 'the quarter ended July 31' says which
        return "DATE", "{}-Q{}".format(*ended)
    if quarter is None:
        if reported is None:
            return "DATE", f"{year:04d}-QX"
        quarter = reported[1]
        if year is None:
            year = reported[0]
            if _YEAR_BACK.search(pre):
                year -= 1
            elif pre.startswith(("last", "previous", "past")) or (
                ctx.quarter_at(m.start()) is not None and _BACK_ONE.match(pre)
            ):
                # 'last quarter'; 'the previous quarter' after a quarter the report names is
                # the one before it ('the fourth quarter of 1986, the same as in the previous
                # quarter'); with none named, 'the prior quarter' and 'the last quarter' are the
                # latest one gone ('from 12.5 cts per share the prior quarter')
                year, quarter = dates.shift_quarter(*reported, -1)
            elif pre.startswith(("next", "coming")):
                year, quarter = dates.shift_quarter(*dates.quarter_of(ctx.anchor), 1)
        return "DATE", f"{year:04d}-Q{quarter}"
    if year is None and (end := end_year(ctx.text, m.end(), ctx.anchor, ctx.words)):
        year = end  # 'its fiscal third quarter, ended March 31', told in April: this year's
    if year is None and (told := opening_year(ctx.text, m.start(), timeline=False)):
        year = told  # 'For all of 1986, ... rises in the first quarter': of that year
    if year is None:
        anchor = ctx.anchor
        year = anchor.year
        if _YEAR_BACK.search(pre):
            year -= 1
        elif "next year" in pre:
            year += 1
        elif (ahead := quarter - dates.quarter_of(anchor)[1]) > 0:
            direction = ctx.direction(m)
            if direction == "past" or (direction != "future" and ahead == 3):
                year -= 1  # 'fourth quarter results include a charge', said in March
            elif ahead == 3 and (
                _names_figures(ctx, m.end())
                or _FIGURES_FOR.search(ctx.text, max(0, m.start() - 30), m.start())
            ):
                # 'will report fourth-quarter results on Feb. 6', said in January: the figures
                # of the quarter just ended, still to come
                year -= 1
        elif ahead < -1 and "fiscal" not in pre and ctx.direction(m) == "future":
            # 'expects to return to profit in the second quarter', said in October (but the
            # quarter just ended is still this year's: 'expects third-quarter profit to fall')
            year += 1
        if _EARLIER_ONE.search(pre):
            year -= 1  # 'the fourth quarter ... the previous fourth quarter': a year before
    return "DATE", f"{year:04d}-Q{quarter}"


# a period's figures named before it: 'expect earnings for the fourth quarter'
_FIGURES_FOR = re.compile(
    r"\b(?:results|earnings|profits?|sales|revenues?|figures|numbers)\s+(?:for|in)\s+$",
    re.IGNORECASE,
)
# the words that put a quarter one back: 'the previous quarter', 'the prior fourth quarter'
_ONE_BACK_WORDS = r"(?:previous|preceding|prior)\b"
_BACK_ONE = re.compile(rf"the\s+{_ONE_BACK_WORDS}")  # opening the words before 'quarter'
_EARLIER_ONE = re.compile(rf"\b{_ONE_BACK_WORDS}")  # anywhere before an ordinal quarter


def _read_half(m: re.Match[str], ctx: Context):
    """'the first half', 'second-half', 'the first half of 1999'."""
    half = 1 if m["ord"].lower().startswith(("first", "1", "early")) else 2
    year = year_number(m["year"], ctx.words) if m["year"] else None
    if year is None and ctx.anchor is not None:
        year = ctx.anchor.year
        lead = ctx.text[max(0, m.start() - 14) : m.start()]
        if _HALF_BACK.search(lead):
            year -= 1  # 'in the prior first half', 'the year-earlier second half'
        elif not lead.lower().endswith("current ") and ctx.direction(m) == "past":
            # a half told as gone before it could end is last year's: 'demand was weaker in
            # the second half', said in March; 'sales rose in the first half', said in April
            year -= ctx.anchor.month <= (6 if half == 2 else 4)
    return "DATE", f"{year:04d}-H{half}" if year else f"XXXX-H{half}"


_HALF_BACK = re.compile(rf"(?:\b{_ONE_BACK_WORDS}|\byear-(?:ago|earlier)\b)\s+$", re.I)


def _read_season(m: re.Match[str], ctx: Context):
    """'this summer', 'last fall', 'the spring of 1998', 'winter'."""
    season = ctx.words.lookup("season", m["season"]).value
    rel = (m["rel"] or "").lower()
    part = match_group(m, "part")
    mod = ctx.words.lookup("modifier", part).value if part else None  # 'late winter': END
    if m["year"]:
        return "DATE", f"{year_number(m['year'], ctx.words):04d}-{season}", mod
    if not rel and (
        told := opening_year(ctx.text, m.start(), timeline=False) or clause_year(ctx, m.start())
    ):
        # 'In 1988, crops failed during the summer': that year's, as a month there is
        return "DATE", f"{told:04d}-{season}", mod
    if ctx.anchor is None and not rel and mod is None:
        return _year_told_before(ctx, m.start(), f"-{season}")  # 'in March 1998 ... the summer'
    if ctx.anchor is None:
        return "DATE", f"XXXX-{season}", mod
    if rel == "this":
        year = ctx.anchor.year
        if season == "WI" and ctx.anchor.month <= 3:
            year -= 1  # 'this winter', told in January, began last December
        elif season in ("SP", "SU") and ctx.anchor.month >= 11 and ctx.direction(m) == "future":
            year += 1  # 'will finish the rules this spring', told in December: the next one
    elif rel in ("last", "past"):
        start = dates.SEASON_START[season]
        year = dates.month_year(ctx.anchor, start, "past", strict=True)
        if season != "WI" and year == ctx.anchor.year and ctx.anchor.month <= start + 2:
            year -= 1  # 'last summer' said in August is the summer before
    elif rel in ("next", "coming"):
        start = dates.SEASON_START[season]
        year = dates.month_year(ctx.anchor, start, "future", strict=True)
    else:
        year = dates.season_year(ctx.anchor, season, ctx.direction(m))
    return "DATE", f"{year:04d}-{season}", mod


def _read_holiday(m: re.Match[str], ctx: Context):
    """'Christmas', "New Year's Day 2024", 'Thanksgiving' (the fourth Thursday of November),
    'Easter week' (the week holding the day), 'the Memorial Day weekend'."""
    value = ctx.words.lookup("holiday", m["holiday"]).value
    name = re.sub(r"^the\s+", "", m["holiday"], flags=re.I)
    if ctx.cased and not name[:1].isupper():
        return None  # a holiday is a name: 'the new year of the agreement', 'on election day'
    if ctx.cased and len(name) <= 4 and name.isupper():
        return None  # a short name in capitals is a ticker or an acronym: '<TET>'
    if ctx.cased and name.lower() == "may day" and not name.endswith("Day"):
        return None  # 'on a warm May day': a day in May, not the holiday
    if value == "01-01" and previous_word(ctx, m.start()) in _OTHER_NEW_YEARS:
        return None  # 'the Lunar New Year' falls on another day each year
    orthodox = ctx.words.lookup("holiday", f"orthodox {norm(name)}")
    if orthodox and _ORTHODOX.search(*_sentence_so_far(ctx.text, m.start())):
        value = orthodox.value  # 'Orthodox Christians will celebrate Christmas on Thursday'
    if marked := _COUNTRY_DAYS.get(norm(name)):
        # 'Independence Day' in a story of Quito, 'China's National Day': that country's day
        day = _country_day(ctx, m.start(), m.end(), marked)
        if day is None and marked == "national":
            return None  # a national day of no country named: no day known
        value = day or value
    after = _NEXT_WORD.match(ctx.text, m.end())
    if after and not m["year"] and not _time_word(ctx, after["word"]):
        return None  # 'the Easter Rising', 'Christmas Island': a name holding the holiday
    noun = _NEXT_NOUN.match(ctx.text, m.end())
    if noun and not m["year"] and ctx.words.lookup("thing_after", noun["word"]):
        # 'Christmas trees', 'the Christmas market', 'the Good Friday agreement': no time, nor
        # a time inside it
        return NO_TIME
    rel = (match_group(m, "hrel") or "").lower()
    if rel and ctx.anchor is not None and not m["year"]:
        # 'last Christmas' is the latest before the story, 'next Easter' the first after it
        days = [_holiday_in(value, ctx.anchor.year + step) for step in (-1, 0, 1)]
        if rel == "last":
            day = max(d for d in days if d < ctx.anchor)
        elif rel == "next":
            day = min(d for d in days if d > ctx.anchor)
        else:
            day = days[1]
        kind, day = "DATE", dates.iso(day)
    elif ".." in value:  # 'Ramadan': a month of the Hijri calendar, its first to last day
        kind, day = _read_moveable_feast(m, ctx, value.partition("..")[0])
        if _ONE_DAY.fullmatch(day):
            day = holiday_value(value, int(day[:4]))
    elif value.startswith(("E", "L:", "H:", "C:")):
        kind, day = _read_moveable_feast(m, ctx, value)
    else:
        kind, day = _read_fixed_holiday(m, ctx, value)
    if match_group(m, "week") and _ONE_DAY.fullmatch(day):
        return kind, dates.week_value(dt.date.fromisoformat(day))
    if match_group(m, "weekend") and _ONE_DAY.fullmatch(day):
        # 'the Memorial Day weekend' ends on its Monday; 'Thanksgiving weekend' follows it
        holiday = dt.date.fromisoformat(day)
        return kind, dates.weekend_of(holiday - dt.timedelta(days=holiday.isoweekday() == 1))
    return kind, day


_ONE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNTRY_DAYS = {
    "independence day": "independence",
    "national day": "national",
    "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving",
}
# a capitalised name of one or two words, with a possessive: 'Sri Lanka's', 'U.S.', 'Quito'
_CAPITALISED_NAME = re.compile(r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?")
_DATELINE_REACH = 80  # how far into a story its dateline's place may stand


def _country_day(ctx: Context, start: int, end: int, marked: str) -> str | None:
    """Return the day ('MM-DD', 'MM-#N-D') the country named nearest a national holiday in its
    sentence, else in the story's dateline, marks as its ``marked`` ('independence', 'national',
    'thanksgiving') day, from the `country_day` rows; None when no such country is named."""
    head, opens = _sentence_so_far(ctx.text, start)
    stop = SENTENCE_END.search(ctx.text, end)
    sentence_start = start - len(head) + opens
    spans = [(sentence_start, stop.start() if stop else len(ctx.text))]
    spans.append((0, min(_DATELINE_REACH, len(ctx.text))))
    for lo, hi in spans:
        best: tuple[int, str] | None = None
        for name in _CAPITALISED_NAME.finditer(ctx.text, lo, hi):
            if start <= name.start() < end:
                continue
            words = name.group().split()
            for text in (name.group(), words[0]):
                word = ctx.words.lookup("country_day", re.sub(r"['’]s?$", "", text))
                kind, _, day = word.value.partition("=") if word else ("", "", "")
                if kind == marked:
                    distance = abs(name.start() - start)
                    if best is None or distance < best[0]:
                        best = (distance, day)
                    break
        if best is not None:
            return best[1]
    return None


def holiday_value(value: str, year: int) -> str:
    """The value of a holiday row's ``value`` in ``year``: its day, or its first to last day."""
    first, _, last = value.partition("..")
    start = _holiday_in(first, year)
    if not last:
        return dates.iso(start)
    end = _holiday_in(last, year)
    if end < start:
        end = _holiday_in(last, year + 1)
    return f"{dates.iso(start)}/{dates.iso(end)}"


def _holiday_in(value: str, year: int) -> dt.date:
    """The day a holiday row's value ('12-25', '11-#4-4', 'E-2', 'L:08-15', 'H:10-01') falls
    on in ``year``."""
    if value.startswith("E"):
        return dates.easter(year) + dt.timedelta(days=int(value[1:]))
    if value.startswith("O"):  # counted from Orthodox Easter
        return dates.orthodox_easter(year) + dt.timedelta(days=int(value[1:]))
    if table := dates.TABLE_HOLIDAY.fullmatch(value):
        # a holiday of the Hindu or Hebrew calendar, from its table of days
        name, holiday, shift = table.groups()
        return dates.table_day(name, holiday, year) + dt.timedelta(days=int(shift or 0))
    if calendar := _OTHER_CALENDAR.fullmatch(value):
        # a day of the Chinese lunar or the Hijri calendar, perhaps some days before or after
        kind, month, day, shift = calendar.groups()
        reckon = dates.lunar_day if kind == "L" else dates.hijri_day
        return reckon(year, int(month), int(day)) + dt.timedelta(days=int(shift or 0))
    month_text, _, day_text = value.partition("-")
    if day_text.isdigit():
        return dt.date(year, int(month_text), int(day_text))
    nth_text, weekday_text = day_text.lstrip("#").split("-")
    weekday, _, after = weekday_text.partition("+")
    nth = 0 if nth_text == "L" else int(nth_text)
    return dates.nth_weekday(year, int(month_text), nth, int(weekday)) + dt.timedelta(
        days=int(after or 0)
    )


def _read_fixed_holiday(m: re.Match[str], ctx: Context, value: str) -> tuple[str, str]:
    """A holiday on a day of the month ('12-25'), the Nth weekday of one ('11-#4-4'), the last
    ('05-#L-1'), or some days after one ('11-#4-4+1')."""
    month_text, _, day_text = value.partition("-")
    month = int(month_text)
    if m["year"]:
        year = year_number(m["year"], ctx.words)
    elif told := opening_year(ctx.text, m.start()) or clause_year(ctx, m.start()):
        # '1939 - Roosevelt moves Thanksgiving Day a week earlier', 'In 1914 Christmas brought'
        year = told
    elif ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day_text}" if day_text.isdigit() else f"XXXX-{month:02d}"
    elif _told_as_gone(ctx, m):  # 'talks stalled since New Year's Day'
        day = _holiday_in(value, ctx.anchor.year)
        year = dates.gone_year(ctx.anchor, day.month, day.day)
    else:
        day = int(day_text) if day_text.isdigit() else 15
        year = dates.day_year(ctx.anchor, month, day, ctx.direction(m))
    if day_text.isdigit():
        return "DATE", f"{year:04d}-{month:02d}-{int(day_text):02d}"
    return "DATE", dates.iso(_holiday_in(value, year))  # '11-#4-4+1': after the 4th Thursday


_OTHER_CALENDAR = re.compile(r"([LH]):(\d\d)-(\d\d)([+-]\d+)?")
_OTHER_NEW_YEARS = frozenset(
    "lunar chinese jewish persian iranian vietnamese tibetan islamic hindu thai".split()
)
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-Z][a-z]+)\b")
_NEXT_NOUN = re.compile(r"[ \t]+(?P<word>[A-Za-z]+)\b")


def _time_word(ctx: Context, word: str) -> bool:
    """True when ``word`` is a month, weekday or part of the day ('Christmas Eve' is in the
    table; 'Christmas Day Monday' is two times)."""
    return any(ctx.words.lookup(kind, word) for kind in ("month", "weekday", "part_of_day"))


def _read_moveable_feast(m: re.Match[str], ctx: Context, value: str) -> tuple[str, str]:
    """'Easter', 'Good Friday' (``value`` 'E+0', 'E-2'): a day counted from Western Easter
    Sunday of the year meant; 'the Spring Festival', 'Eid al-Fitr' ('L:01-01', 'H:10-01'): a
    day of the Chinese lunar or the Hijri calendar, on the day it falls in the year meant."""
    head, opens = _sentence_so_far(ctx.text, m.start())
    if value.startswith("E") and _ORTHODOX.search(head, opens):
        value = "O" + value[1:]  # 'Orthodox Christians will celebrate Easter on Sunday'
    if m["year"]:
        year = year_number(m["year"], ctx.words)
    elif told := opening_year(ctx.text, m.start()) or clause_year(ctx, m.start()):
        year = told  # 'In 2001 Easter fell in April'
    elif ctx.anchor is None:
        return "DATE", "XXXX-XX-XX"
    else:
        try:
            near = _holiday_in(value, ctx.anchor.year)
        except ValueError:
            if not value.startswith("C:"):
                raise  # a lunar or Hijri day off its calendar: reported, not guessed
            return "DATE", str(ctx.anchor.year)  # a year the holiday's table does not hold
        if _told_as_gone(ctx, m):  # 'prices have eased since Easter'
            year = dates.gone_year(ctx.anchor, near.month, near.day)
        else:
            year = dates.day_year(ctx.anchor, near.month, near.day, ctx.direction(m))
    try:
        return "DATE", dates.iso(_holiday_in(value, year))
    except ValueError:
        if value.startswith("C:"):  # a year before the table: the year, its day unknown
            return "DATE", str(year)
        raise


# an Orthodox church's Easter, named in the sentence before the feast
_ORTHODOX = re.compile(r"\bOrthodox\b")


def _told_as_gone(ctx: Context, m: re.Match[str]) -> bool:
    """True for a day after 'since': a day gone, whatever a tense allows either side of the
    report ('shares have fallen since Christmas'; not 'will pay tax on cars made after April
    30', nor 'five years after Sept. 11')."""
    return previous_word(ctx, m.start()) == "since"
