"""Expressions anchored on the story's reference time, not on the publication date.

"The following year", "the previous Friday", "that day", "later that month", "the next
morning": TimeML resolves these against the reference time, the most recent date the article
has resolved before them ("On May 22, 1995 he was promoted, and the following year ..." is
1996). Their readers return a :class:`Reference` instead of a value; once every expression of
the article is found, :func:`resolve_references` walks them in text order and resolves each
against the nearest earlier resolved date fine enough for its unit. With no such date in reach,
"the following year" and "the previous Friday" take the publication date (the story's first
reference time); "that day", which points back at a day the story named, is left out. When
the publication date is unknown too, each stays unresolved ("the next day" is XXXX-XX-XX,
"the previous Friday" XXXX-WXX-5): nothing is guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecoder.timex import dates

if TYPE_CHECKING:  # the grammar imports this module: no runtime import back
    from wirecoder.timex.grammar import Found

log = logging.getLogger(__name__)

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?!\d)")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_SPLIT_YEAR = re.compile(r"(\d{4})/(\d{4})")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})(?!\d)")  # any value that names its year: 1995, 1995-Q3, 1995-SU
# how far back a reference time may lie (about a dozen sentences of news copy)
REFERENCE_REACH = 2000


@dataclass(frozen=True)
class Reference:
    """What an anchored expression means: ``shift`` units of ``unit`` from the reference time
    (``weekday`` set: the nearest such weekday before or after it; ``tod``: a part of day or
    a clock time, making it a TIME). With no reference time, ``fallback`` (type, value) is
    used if given, else the expression is left out."""

    unit: str  # D W M Q Y, "WD" for a weekday, "S" for a season, "MN" for a named month (the
    # season or month in ``within``)
    shift: int
    weekday: int | None = None
    tod: str | None = None
    fallback: tuple[str, str] | None = None
    reach: int = REFERENCE_REACH  # how many characters back the reference time may lie
    aside: bool = False  # a comparison ('the same month last year'): no reference time itself
    clock: bool = False  # a bare clock time: a day that only qualifies a noun sets no scene
    exact: bool = False  # only a time named at the unit's own grain (years, months: in the
    # same sentence)
    not_before: dt.date | None = None  # no reference time before this day (a clock time
    # told as present or ahead sets on no day gone)
    not_after: dt.date | None = None  # no reference time after this day (a clock time told
    # as past sets on no day still to come)
    within: str = ""  # the part of the year meant ('-11' for 'that November': the November
    # of the reference time's year)
    sentence: bool = False  # only a time named in the same sentence sets the day (a clock
    # time told as a wire copy's time stamp)
    fine: bool = False  # only a time naming its month sets the year (a month or a day of no
    # year told after 'September 15, 2008', not after 'the 2004 final' or 'until 2031')
    same: bool = False  # the same part of another year ('the same period last year' after
    # 'the first half' is the first half a year back): a period told in the same sentence, or
    # a day too when ``unit`` is D ('the same time last year')
    year: int | None = None  # the year a ``same`` part of the year is in ('the same month in
    # 1995'), in place of ``shift``


# before a period a figure is compared in: 'from 2.57 mln in ', 'against 35 in the ', 'after
# 1.33 billion in '
_COMPARED_IN = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+with|after|following)\s+(?:an?\s+)?[$£¥]?\d"
    r"(?:[^.;:]|\.\d){0,40}?\b(?:in|for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# ... or right after the figure, a period counted back: 'from 1,816 tonnes the previous month'
_COMPARED_BARE = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+with|than)\s+[$£¥]?\d(?:[^.;:]|\.\d){0,40}?\s$",
    re.IGNORECASE,
)
_BACK_FROM_NOW = re.compile(
    r"(?:the\s+(?:previous|preceding|prior)|an?\s+(?:week|month|quarter)\s+(?:ago|earlier|before)"
    r"|last\s+(?:week|month|quarter))\b",
    re.IGNORECASE,
)
_COMPARED_WORD = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+with|after|following|than)\s+$", re.IGNORECASE
)
_OWNED_FIGURE = re.compile(r"[A-Za-z]+\.?['’]s?\s+(?:revised\s+)?[$£¥]?\d")


# a figure compared from, just before a day: 'rose to 7.93% from 7.86% late Friday'
_FIGURE_FROM = re.compile(
    r"\bfrom\s+[$£¥]?\d[\d.,]*\s*(?:%|pct|percent|per\s+cent|cents?|points?)?\s+"
    r"(?:(?:on|at|in|late|early)\s+)*$",
    re.IGNORECASE,
)


def _compared_from(text: str, day: Found) -> bool:
    """True for a day a figure is compared from ('rose to 7.93% from 7.86% late Friday'),
    which sets no scene for a clock time or a part of the day after it."""
    return bool(_FIGURE_FROM.search(text, max(0, day.start - 40), day.start))


def compared_in(text: str, start: int) -> bool:
    """True when the time at ``start`` is the period a figure is compared in ('from 2.57 mln in
    December', 'against 35 in the first quarter'), not the period reported."""
    if _COMPARED_WORD.search(text, max(0, start - 16), start) and _OWNED_FIGURE.match(text, start):
        return True  # "after December's 109.4": a month's figure compared with
    if _BACK_FROM_NOW.match(text, start) and _COMPARED_BARE.search(text, max(0, start - 60), start):
        return True  # 'down from 1,816 tonnes the previous month', 'from 33.8 bln a month ago'
    return bool(_COMPARED_IN.search(text, max(0, start - 60), start))


def needed(ref: Reference) -> str:
    """Return the coarsest precision a reference time must have to resolve ``ref``."""
    return {
        "D": "day",
        "WD": "day",
        "W": "week",
        "M": "month",
        "Q": "quarter",
        "Y": "year",
        "S": "year",  # a season is told from a year
        "MN": "year",  # so is a named month ('the following January')
    }[ref.unit]


def _point(value: str, grain: str) -> dt.date | None:
    """Return a day standing for ``value`` at ``grain`` (its first day), None if too coarse."""
    head = value.partition("/")[0]
    if found := _DAY.match(head):
        return dt.date(*map(int, found.groups()))
    if grain in ("week", "month", "year") and (found := _WEEK.match(head)):
        if grain == "month":
            return None  # a week may straddle two months
        return dt.date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
    if grain in ("month", "quarter", "year") and (found := _MONTH.match(head)):
        return dt.date(int(found.group(1)), int(found.group(2)), 1)
    if grain in ("quarter", "year") and (found := _QUARTER.match(head)):
        return dt.date(int(found.group(1)), 3 * int(found.group(2)) - 2, 1)
    if grain == "year" and (found := _SEASON.match(head)):  # a season stands for its first month
        return dt.date(int(found.group(1)), dates.SEASON_START[found.group(2)], 1)
    if grain == "year" and (found := _YEAR.match(head)):
        return dt.date(int(found.group(1)), 1, 1)
    return None


def value_from(point: dt.date, ref: Reference) -> tuple[str, str]:
    """Return the TIMEX3 type and value ``ref`` means from the reference day ``point``."""
    if ref.unit == "WD":
        direction = "future" if ref.shift > 0 else "past"
        day = dates.weekday_date(point, ref.weekday or 1, direction, strict=True)
        value = dates.iso(day)
    elif ref.unit == "D":
        value = dates.iso(point + dt.timedelta(days=ref.shift))
    elif ref.unit == "W":
        shift = ref.shift
        if ref.within == "-WE" and shift > 0 and point.isoweekday() < 6:
            shift -= 1  # 'opened on Friday and fell the following weekend': that week's
        value = dates.week_value(point + dt.timedelta(weeks=shift)) + ref.within
    elif ref.unit == "M":
        year, month = dates.shift_month(point.year, point.month, ref.shift)
        value = f"{year:04d}-{month:02d}"
        if ref.within and dates.valid_day(year, month, int(ref.within[1:])):
            value += ref.within  # 'on the 19th', of the month told
    elif ref.unit in ("S", "MN"):
        # the season of the reference year, or the first season or named month after or
        # before it ('the following spring', 'the following January')
        named = ref.unit == "MN"
        start = int(ref.within[1:]) if named else dates.SEASON_START[ref.within]
        year = point.year
        if ref.shift > 0 and point.month >= start:
            year += 1
        elif ref.shift < 0 and point.month <= start:
            year -= 1
        value = f"{year:04d}{ref.within}" if named else f"{year:04d}-{ref.within}"
    elif ref.unit == "Q":
        year, quarter = dates.shift_quarter(*dates.quarter_of(point), ref.shift)
        value = f"{year:04d}-Q{quarter}"
    else:
        value = f"{point.year + ref.shift:04d}{ref.within}"
    if ref.tod:
        return "TIME", f"{value}T{ref.tod}"
    return "DATE", value


def resolve_references(found: list[Found], refs: dict[int, Reference], text: str) -> list[Found]:
    """Resolve the anchored expressions of ``found`` (text order) against the reference time.

    ``refs`` maps the end offset of each anchored expression to what it means. Each resolved
    one records the start of its reference expression in ``anchor_at`` and may itself serve as
    the reference of later ones, unless it is a comparison ('the same month last year'). Those
    with no reference time before them take their fallback, or are dropped.
    """
    out: list[Found] = []
    # the times a later one may anchor on: not comparisons, not a day dating something else
    # ('the outbreak that began in mid-April 2008'), which still tells a year (``told``)
    pool: list[Found] = []
    told: list[Found] = []
    month_told: dict[str, Found] = {}  # the latest day told in each month ('12'), by month

    def tell(told_time: Found) -> None:
        """Let later references anchor on ``told_time``."""
        told.append(told_time)
        if day := _DAY.match(told_time.value):
            month_told[day.group(2)] = told_time
        if not _background(text, told_time):
            pool.append(told_time)

    for item in found:
        ref = refs.get(item.end)
        if ref is None:
            out.append(item)
            if not _INDEX_BASE.search(text, max(0, item.start - 12), item.start):
                tell(item)  # not 'the index, base 1980, fell ... a year earlier': a label
            continue
        earlier = _in_reach(told if ref.fine else pool, item.start - ref.reach)
        if ref.clock:  # 'after yesterday's rally. At 1141 GMT ...': today's
            opens = _sentence_start(text, item.start, ref.reach) if ref.sentence else 0
            # a day that only qualifies a noun moves the story on from the days before it:
            # 'arrested on Nov. 23 last year. "Today's sentence sends a message," the
            # attorney said in a statement at 4 p.m.' is today's
            moved_on = [f.end for f in earlier if _qualifies_elsewhere(text, f, item)]
            opens = max(opens, *moved_on) if moved_on else opens
            earlier = [
                f
                for f in earlier
                if f.end > opens
                and not _qualifies_elsewhere(text, f, item)
                and not _SINCE.search(text[max(0, f.start - 16) : f.start])
                # nor the day a span is counted from: 'held since his arrest on Nov. 5'
                and not _SINCE_EVENT.search(text, max(0, f.start - 40), f.start)
                # nor the day a period ended: 'in the week ended March 15. At 2:15 p.m.'
                and not _ends_a_period(text, f)
                # nor the day a figure stands at: 'as of August 7 ... a meeting at 11:00'
                and not _AS_OF.search(text, max(0, f.start - 8), f.start)
                # nor the day a figure is compared from: 'rose to 7.93% from 7.86% late Friday'
                and not _compared_from(text, f)
                # nor a day something was due by, told before: 'by the deadline of June 1,
                # 1991. The ministry said in a statement at 10:15 a.m.'
                and not (
                    _DUE_BY.search(text, max(0, f.start - 20), f.start)
                    and SENTENCE_END.search(text, f.end, item.start)
                )
            ]
            # 'A ceremony will be held on Tuesday, officials said on Monday. A minute of
            # silence at 4.17 a.m.': the day of the report after another day sets no scene;
            # the day its sentence told first does, however far back the sentence opens
            scene: list[Found] = []
            for at, f in enumerate(earlier):
                if not _reports_before(text, f):
                    scene.append(f)
                elif at and not SENTENCE_END.search(text, earlier[at - 1].end, f.start):
                    if not _DAY.match(earlier[at - 1].value) and (
                        first := _day_told_before(pool, f, text)
                    ):
                        # '... strike on Thursday in protest at a pay offer described last
                        # month as final, unions said on Monday': in reach as the report is
                        scene.append(dataclasses.replace(first, end=f.end))
                else:
                    scene.append(f)
            earlier = sorted(scene, key=lambda f: f.start)
        if ref.shift == 0 and ref.unit in ("D", "W", "M") and not ref.clock:
            # 'on March 9, the first change since January 2. Rates fell the same week': the
            # day a span began sets no scene for 'that day', 'the same week'
            scene = [f for f in earlier if not _SINCE.search(text[max(0, f.start - 16) : f.start])]
            if ref.unit == "D":
                # 'The bomb went off on Tuesday. Police said today the man fled that night':
                # the day a report is made sets no scene for what it reports
                scene = [f for f in scene if not _reports_before(text, f, item)]
            if ref.unit == "D" and ref.tod in _PARTS:
                # 'profit for the year to Dec. 31 ... a briefing in the morning': the day a
                # period ends sets no scene for a part of the day, nor one a figure is
                # compared from
                scene = [
                    f for f in scene if not _ends_a_period(text, f) and not _compared_from(text, f)
                ]
            earlier = scene or earlier
        if ref.same:  # 'fell 9% in the first half from the same period last year'
            earlier = [
                f
                for at, f in enumerate(earlier)
                # (not the month a span is counted from: 'since March, double the number in
                # the same period of 2014')
                if not _SINCE.search(text[max(0, f.start - 16) : f.start])
                and (part := _PART_OF_YEAR.fullmatch(f.value))
                # a day for 'the same time last year', a part of the year for the rest
                and (ref.unit == "D") == (len(part.group(2)) >= 5)
                and not SENTENCE_END.search(text, f.end, item.start)
                and not _in_range(earlier, at, text)
            ]
        if ref.exact:  # 'rose 2.2 pct in 1986 after a 3.3 pct rise a year earlier': 1985
            grain = _GRAIN[ref.unit]
            earlier = [
                f
                for f in earlier
                # a month is compared with the month a year before: 'in June 1986, up 4.4
                # pct from a year earlier' is June 1985
                if (
                    grain.fullmatch(f.value)
                    or (ref.unit == "Y" and _MONTH_OR_HALF.fullmatch(f.value))
                    # 'in the third quarter from three months earlier': the quarter before
                    or (ref.unit == "M" and not ref.shift % 3 and _QUARTER_TOLD.fullmatch(f.value))
                    # 'the year ended November 30 1985, down from a year earlier': 1984 (but
                    # 'the first half ended November 30' is told from the half)
                    or (
                        ref.unit == "Y"
                        and _WHOLE_DAY.fullmatch(f.value)
                        and not (
                            _PERIOD_ENDED.search(text, max(0, f.start - 10), f.start)
                            and any(
                                0 <= f.start - g.end <= 16 and g.type == "DATE" for g in earlier
                            )
                        )
                    )
                )
                # a quarter is only ever compared with a quarter, told before in any sentence
                and (ref.unit == "Q" or not SENTENCE_END.search(text, f.end, item.start))
                # never the time of the report ('said earlier this month that prices are
                # higher than a year ago' is a year before the story)
                and not (
                    _REPORT_BEFORE.search(text, max(0, f.start - 30), f.start)
                    and _REPORTED_CLAUSE.match(text, f.end)
                )
            ]
        if ref.unit in ("Y", "Q", "M") and ref.shift < 0 and not ref.same:
            # 'fell in January from 2.57 mln in December, against 2.04 mln a year earlier',
            # 'in 1986 from 313.7 mln in 1985, double the previous year's': told back from
            # the period reported, not the one it is compared with ('from 69 in 1984 to 298
            # the following year' looks on from the first)
            reported = [f for f in earlier if not compared_in(text, f.start)]
            if reported or ref.exact:
                # with every period told in the sentence one compared with, the period
                # reported is not told there: 'rose to 87 bln from 86 bln in January and 72
                # bln a year earlier' (of February, told before) is no January a year back
                earlier = reported
        if ref.fine:
            # (not the month a span is counted from: 'their highest since January 2016' is
            # long before a story that tells it)
            earlier = [f for f in earlier if _MONTH.match(f.value) and not _since(text, f)]
        if ref.unit == "S":  # 'that winter' is told of an era the story named by its year
            earlier = [f for f in earlier if _TOLD_YEAR.search(text, f.start, f.end)]
        if ref.tod in _PARTS and ref.unit == "D" and not ref.shift:
            # 'that night', after 'Friday night' and then a Sunday: the night told of
            same = [f for f in earlier if f.value.endswith("T" + ref.tod)]
            if (
                same
                and text[item.start : item.start + 5].lower() == "that "
                and item.start - same[-1].end <= ref.reach
                and not _day_in_sentence(text, earlier, same[-1], item)
            ):
                earlier = same
        try:
            resolved = _against_reference(item, ref, earlier, text)
        except (ValueError, OverflowError):  # a reference time at the calendar's edge
            log.debug("reference time out of range before offset %d", item.start)
            resolved = None
        same = month_told.get(ref.within[1:3]) if resolved is None and ref.fine else None
        if same is None and resolved is None and ref.fine:
            # 'On August 28, 2006, ... (sentences on) ... On September 12': a later month of
            # the year last told, as a story of unknown date goes on through it
            last = next(
                (f for f in reversed(told) if _MONTH.match(f.value) and not _since(text, f)), None
            )
            if last is not None and ref.within[1:3] > last.value[5:7]:
                same = last
        if same is not None:
            # 'on December 15, 2006 ... (sentences on) ... late December 15': the year of a
            # day of that month told anywhere before, in a story of unknown date
            value = f"{same.value[:4]}{ref.within}"
            resolved = dataclasses.replace(item, type="DATE", value=value, anchor_at=same.start)
        if resolved is None and ref.fallback is not None:
            resolved = dataclasses.replace(item, type=ref.fallback[0], value=ref.fallback[1])
        if resolved is None:
            log.debug("no reference time before offset %d; left out", item.start)
        else:
            out.append(resolved)
            if not ref.aside:
                tell(resolved)
    return out


def _since(text: str, time: Found) -> bool:
    """True for the time a span is counted from ('since January 2016')."""
    return bool(_SINCE.search(text[max(0, time.start - 16) : time.start]))


def _ends_a_period(text: str, day: Found) -> bool:
    """True for the day a period is told to end on ('the week ended March 15', 'the year to
    Dec. 31'), which sets no scene for a clock time or a part of the day after it."""
    return bool(
        _PERIOD_ENDED.search(text, max(0, day.start - 10), day.start)
        or _PERIOD_TO.search(text, max(0, day.start - 24), day.start)
    )


def _in_reach(pool: list[Found], cut: int) -> list[Found]:
    """Return the tail of ``pool`` that ends at or after ``cut``, with the one time before it
    (which tells whether the first is one end of a range): no reference time lies further
    back, so a story's references resolve in time linear in its length."""
    at = len(pool)
    while at and pool[at - 1].end >= cut:
        at -= 1
    return pool[max(0, at - 1) :]


# a year written out, as in 'in the summer of 1968'
_TOLD_YEAR = re.compile(r"\b1\d{3}\b|\b20\d\d\b")
_PARTS = frozenset({"MO", "AF", "EV", "NI"})  # parts of the day a reference may name
# a day told of something else in a relative clause: 'the grains agreement, which began
# October 1', 'the 1987/88 season, which begins June 1' (no time the story is at)
_BACKGROUND = re.compile(
    r"\b(?:which|that)\s+(?:began|begins|started|starts|ends|ended|runs|ran|expires|expired)"
    r"\s+(?:on\s+|in\s+)?$"
    # ... or dating what a span is counted from: 'three weeks after the bombing began on March
    # 24', 'since the strike started on Monday'
    r"|\b(?:after|since)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,2}"
    r"(?:began|started|erupted|broke\s+out)\s+(?:on\s+|in\s+)?$"
    # ... or told of something else in a relative clause: 'the yield, which touched 3.00
    # percent on Thursday, slipped by 10:30 a.m.'
    r"|\b(?:which|who)\s+(?-i:[a-z]+ed)\s+(?:[\w.,%$-]+\s+){0,4}on\s+$"
    # ... or opening one: 'the union, which yesterday shut down the plant, resumed talks'
    r"|,\s+(?:which|who)\s+$",
    re.IGNORECASE,
)
# an index's base year, a label: 'the index, base 1980, fell ... a year earlier' (no scene)
_INDEX_BASE = re.compile(r"\bbase\s+(?:year\s+)?$", re.IGNORECASE)


def _day_in_sentence(text: str, earlier: list[Found], after: Found, item: Found) -> bool:
    """True when a day told after ``after`` stands in the sentence of ``item``: 'through
    Sunday, when the team plays that afternoon' is Sunday's afternoon, whatever afternoon
    the story told before."""
    return any(
        f.start > after.end
        and f.type == "DATE"  # a day, not a clock time told from the night itself
        and _DAY.match(f.value)
        and not SENTENCE_END.search(text, f.end, item.start)
        for f in earlier
    )


def _sentence_start(text: str, at: int, reach: int) -> int:
    """Return where the sentence holding ``at`` starts, looking back at most ``reach``
    characters (the last sentence end before it; 0 when none is in reach)."""
    ends = [m.start() for m in SENTENCE_END.finditer(text, max(0, at - reach), at)]
    return ends[-1] + 1 if ends else 0


def previous_sentence_start(text: str, at: int, reach: int = REFERENCE_REACH) -> int:
    """Return where the sentence before the one holding ``at`` starts (``at`` may open its
    own), looking back at most ``reach`` characters (their start when fewer sentences end in
    reach)."""
    ends = [m.start() for m in SENTENCE_END.finditer(text, max(0, at - reach), at + 1)]
    return ends[-2] + 1 if len(ends) >= 2 else max(0, at - reach)


def _day_told_before(pool: list[Found], report: Found, text: str) -> Found | None:
    """Return the first day told in the sentence of the report day ``report``, before it."""
    opens = _sentence_start(text, report.start, REFERENCE_REACH)
    told = _in_reach(pool, opens)
    return next((f for f in told if opens <= f.start < report.start and _DAY.match(f.value)), None)


def _reports_before(text: str, found: Found, item: Found | None = None) -> bool:
    """True when ``found`` dates a report ('said today'), that ``item`` (if given) follows in
    its sentence."""
    if item is not None and SENTENCE_END.search(text, found.end, item.start):
        return False
    before = _REPORT_BEFORE.search(text, max(0, found.start - 30), found.start)
    return bool(before or _REPORT_AFTER.match(text, found.end))


# 'police said today', 'told reporters on Monday', 'Police today said'
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists)|announced|reported)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# what follows the time of a report, not the period it reports ('said earlier this month that',
# never 'said February sales')
_REPORTED_CLAUSE = re.compile(r"\s+that\b|\s*,")
_REPORT_AFTER = re.compile(r"\s+(?:said|says|told|announced|reported)\b", re.IGNORECASE)


def _background(text: str, found: Found) -> bool:
    """True for a time that only dates something else in a relative clause."""
    return bool(_BACKGROUND.search(text[max(0, found.start - 45) : found.start]))


def _in_range(found: list[Found], at: int, text: str) -> bool:
    """True when ``found[at]`` is one end of a range ('from January to March'): no period of
    its own."""
    after = at + 1 < len(found) and _RANGE_JOIN.fullmatch(text, found[at].end, found[at + 1].start)
    return bool(after or (at and _RANGE_JOIN.fullmatch(text, found[at - 1].end, found[at].start)))


_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|and|-|–)\s*", re.IGNORECASE)
# a part of a year: a half, quarter, season, month or day ('2014-H1', '2014-Q3', '2014-05-20'),
# or a run of months ('1987-01/1987-03', 'January-March')
_PART_OF_YEAR = re.compile(
    r"(\d{4})(-(?:H[12]|Q[1-4]|SP|SU|FA|WI|\d{2}(?:-\d{2})?))(?:/\d{4}-\d{2})?"
)
# 'the best run since June 30': the day a span began sets no scene for a clock time after it
_WHOLE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PERIOD_ENDED = re.compile(r"\b(?:ended|ending)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_DUE_BY = re.compile(r"\bby\s+(?:the\s+deadline\s+of\s+)?$", re.IGNORECASE)
# ... nor the day a period runs to: 'the week to March 2', 'the year through Dec. 31'
_PERIOD_TO = re.compile(
    r"\b(?:week|weeks|month|months|year|quarter|half|period|days)\s+(?:to|through)\s+$",
    re.IGNORECASE,
)
_AS_OF = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:(?:the|his|her|its|their|a|an)\s+)?(?:[\w-]+\s+){1,3}(?:on|in)\s+$"
    # ... or the day of what another happening came after: 'refloated early today, five days
    # after she ran aground on Christmas Day', 'resumed after a pause for Christmas'
    r"|\b(?:hours|days|weeks|months|day|week|month)\s+after\s+(?:[\w'’-]+\s+){1,6}on\s+$"
    r"|\bafter\s+(?:she|he|it|they|we)\s+(?:[\w'’-]+\s+){1,5}on\s+$"
    r"|\bafter\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:pause|lull|break|truce|halt"
    r"|holiday|holidays|recess)\s+(?:for|over)\s+$"
    # ... or a day another is counted from: 'three days after the Fourth of July', 'just
    # after Christmas'
    r"|\b(?:hours|days|weeks|day|week|just|shortly|soon|right|only|a\s+day|the\s+day)\s+"
    r"(?:after|before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GRAIN = {
    "Y": re.compile(r"\d{4}(?:/\d{4})?"),
    "M": re.compile(r"\d{4}-\d{2}"),
    "Q": re.compile(r"\d{4}-Q[1-4]"),
}
# a month or a half is compared with the same a year before: 'first-half net fell from 17
# mln a year earlier'
_MONTH_OR_HALF = re.compile(r"\d{4}-(?:\d{2}|H[12])")
_POSSESSIVE = re.compile(r"\w['’]s?(?:\W|$)")  # "yesterday's rally", "the workers' strike"
# where a sentence or a paragraph ends (the grammar also reads it)
# (never after a title before a name: 'at 9 a.m. Friday, Lt. Dana Ruiz said')
# (the checks follow the stop, so the search still scans for a stop first)
_TITLE_DOT = "".join(
    rf"(?<!\b{title}\.)"
    for title in "Mr Mrs Ms Dr Lt Sgt Gen Col Capt Gov Sen Rep Rev Prof Maj Cpl Adm Det".split()
)
SENTENCE_END = re.compile(rf"[.!?]{_TITLE_DOT}[\"'’”)]*\s+[\"'‘“(]*[A-Z]|\n\s*\n|\n\s{{3,}}")


def _qualifies_elsewhere(text: str, day: Found, clock: Found) -> bool:
    """True when ``day`` only qualifies a noun ("yesterday's rally") in a sentence before the
    one holding ``clock``: 'Monday's attack came at 10 p.m.' is Monday's, 'after yesterday's
    rally. At 1141 GMT the index ...' is today's."""
    return bool(_POSSESSIVE.search(text, day.start, day.end + 2)) and bool(
        SENTENCE_END.search(text, day.end, clock.start)
    )


_WEEKDAY_ONLY = re.compile(r"XXXX-WXX-([1-7])(?:T\w+)?")
_MONTH_ONLY = re.compile(r"XXXX-(\d{2})(?:-\d{2})?")


def _partial_value(value: str, ref: Reference) -> tuple[str, str] | None:
    """The value of ``ref`` told from a reference time known only in part: a weekday of no
    known week ('the next day' after Tuesday is XXXX-WXX-3) or a month of no known year
    ('later that month' after March is XXXX-03); None for any other reference time."""
    if ref.unit == "D" and (weekday := _WEEKDAY_ONLY.fullmatch(value)):
        day = (int(weekday.group(1)) - 1 + ref.shift) % 7 + 1
        base = f"XXXX-WXX-{day}"
    elif ref.unit == "M" and (month := _MONTH_ONLY.fullmatch(value)):
        base = f"XXXX-{(int(month.group(1)) - 1 + ref.shift) % 12 + 1:02d}{ref.within}"
    else:
        return None
    return ("TIME", f"{base}T{ref.tod}") if ref.tod else ("DATE", base)


def _against_reference(
    item: Found, ref: Reference, earlier_found: list[Found], text: str
) -> Found | None:
    """Return ``item`` resolved against the nearest earlier date fine enough for ``ref`` within
    its reach, or None when there is none."""
    grain = needed(ref)
    for earlier in reversed(earlier_found):
        if item.start - earlier.end > ref.reach:
            return None
        if earlier.type not in ("DATE", "TIME"):
            continue
        if ref.exact and ref.unit == "Y" and (part := _period_part(text, earlier)):
            # 'in the three months to June 30, from 346 mln a year earlier': that quarter a
            # year back ('the six months to June 30': that half)
            value = f"{int(part[:4]) + ref.shift:04d}{part[4:]}"
            return dataclasses.replace(item, type="DATE", value=value, anchor_at=earlier.start)
        if ref.exact and ref.unit == "Y" and _MONTH_OR_HALF.fullmatch(earlier.value):
            value = f"{int(earlier.value[:4]) + ref.shift:04d}{earlier.value[4:]}"
            if _PERIOD_ENDED.search(text, max(0, earlier.start - 10), earlier.start):
                value = value[:4]  # 'the year ended November 1986 ... a year earlier': 1985
            return dataclasses.replace(item, type="DATE", value=value, anchor_at=earlier.start)
        if ref.same and (part := _PART_OF_YEAR.fullmatch(earlier.value)):
            shift = ref.shift if ref.year is None else ref.year - int(part.group(1))
            value = "/".join(f"{int(p[:4]) + shift:04d}{p[4:]}" for p in earlier.value.split("/"))
            return dataclasses.replace(item, type="DATE", value=value, anchor_at=earlier.start)
        quarter = _QUARTER_TOLD.fullmatch(earlier.value)
        if quarter and ref.unit == "M" and ref.shift and not ref.shift % 3 and not ref.tod:
            # 'grew in the third quarter from three months earlier': the quarter before
            year, number = dates.shift_quarter(
                int(quarter.group(1)), int(quarter.group(2)), ref.shift // 3
            )
            value = f"{year:04d}-Q{number}"
            return dataclasses.replace(item, type="DATE", value=value, anchor_at=earlier.start)
        if (partial := _partial_value(earlier.value, ref)) is not None:
            # 'on Sunday ... that night' in a story of unknown date: Sunday's night, whichever
            return dataclasses.replace(
                item, type=partial[0], value=partial[1], anchor_at=earlier.start
            )
        point = _point(earlier.value, grain)
        if point is not None and ref.not_before is not None and point < ref.not_before:
            continue  # 'A curfew is in force from 10.30pm', after last Friday's news
        if point is not None and ref.not_after is not None and point > ref.not_after:
            continue  # 'shares fell at 10:12 a.m.', after an offer set to expire on Friday
        if point is not None:
            morning = (ref.clock and _MORNING.fullmatch(ref.tod or "")) or (
                ref.tod == "MO" and not ref.shift
            )
            small_hours = ref.clock and _SMALL_HOURS.fullmatch(ref.tod or "")
            if (
                (
                    (morning and _LATE.search(earlier.value))
                    # 'took hostages at 1 p.m. on Tuesday and surrendered at 6 a.m.'
                    or (small_hours and _AFTERNOON.search(earlier.value))
                )
                and not _EARLIER_BEFORE.search(text, max(0, item.start - 30), item.start)
                # (told as gone, no day still to come: 'a dinner tonight ... his plane
                # landed at 7:40 a.m.' is this morning)
                and (ref.not_after is None or point < ref.not_after)
            ):
                # 'a storm hit at 9 p.m. Monday. Crews found two bodies about 3 a.m.', 'sank
                # on Wednesday night, and by 7 a.m. divers ...': the morning after an evening
                # or a night told is the next day's (not 'Earlier, at 10 a.m.')
                point += dt.timedelta(days=1)
            kind, value = value_from(point, ref)
            if ref.unit == "Y" and (split := _SPLIT_YEAR.fullmatch(earlier.value)):
                # a split year ('1986/87 sales') a year earlier is the split year before
                value = "/".join(f"{int(y) + ref.shift:04d}" for y in split.groups())
            if (
                ref.fine
                and _before(value, earlier.value)
                and SENTENCE_END.search(text, earlier.end, item.start + 1)  # its capital too
            ):
                # 'in December 2003. On March 3': 2003 or 2004, no telling which; in one
                # sentence the year holds ('On March 1, 2006, ... and on January 23')
                return None
            return dataclasses.replace(item, type=kind, value=value, anchor_at=earlier.start)
    return None


def _period_part(text: str, day: Found) -> str | None:
    """The quarter or half of the year that 'the three months' or 'the six months' told to end
    on ``day`` make ('the three months to June 30' is 'YYYY-Q2', 'the six months ended Dec. 31'
    'YYYY-H2'), else None."""
    told = _WHOLE_DAY.fullmatch(day.value)
    length = _MONTHS_ENDING.search(text, max(0, day.start - 30), day.start)
    if told is None or length is None:
        return None
    year, month = int(day.value[:4]), int(day.value[5:7])
    if length.group(1).lower() in ("six", "6"):
        return f"{year:04d}-H{month // 6}" if month in (6, 12) else None
    middle_year, middle = dates.shift_month(year, month, -1)  # the quarter of the middle month
    return f"{middle_year:04d}-Q{(middle - 1) // 3 + 1}"


# 'the three months to', 'the six months ended': a quarter or a half told by its last day
_MONTHS_ENDING = re.compile(
    r"\b(three|3|six|6)[\s-]+months?\s+(?:to|ended|ending|through)\s+$", re.IGNORECASE
)
_MORNING = re.compile(r"0\d:\d\d|1[01]:\d\d")  # a clock time before noon
_SMALL_HOURS = re.compile(r"0[0-6]:\d\d")  # a clock time before seven in the morning
_AFTERNOON = re.compile(r"T1[2-7]:\d\d$")  # an afternoon clock time told (not 'this afternoon')
_EARLIER_BEFORE = re.compile(r"\b(?:earlier|before\s+that|previously)\b", re.IGNORECASE)
_QUARTER_TOLD = re.compile(r"(\d{4})-Q([1-4])")
_LATE = re.compile(r"T(?:1[89]|2[0-3]):\d\d$|T(?:EV|NI)$")  # an evening or night told


def _before(value: str, told: str) -> bool:
    """True when a day or month ``value`` lies in a month before that of the time ``told`` it
    took its year from ('2003-03-03' after '2003-12'); a day earlier in the same month is told
    looking back ('September 18, 2013 ... on the night of Sept. 13')."""
    grain = min(len(value), len(told.partition("/")[0]), 7)
    return value[:grain] < told[:grain]
