"""Where an event sits in time and space: the time and place expressions of its clause.

A time or place expression belongs to an event when, climbing its dependency path, it reaches the
event's trigger, frame word or the verbs that govern the trigger (``set to hold ... on March 6``)
before it reaches any other verb. Failing that, a time attached to the reporting verb whose
complement the event is ("the army said on Monday that ...") dates the event. TIMEX3 values
become a start day, an end day and a precision.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_CLIMB = frozenset({"xcomp", "pcomp", "acomp"})


@dataclass(frozen=True)
class Dating:
    """An event's date, end date and how precise they are."""

    date: str | None
    date_end: str | None
    precision: str  # day | week | month | year | article


def timex_dates(value: str) -> Dating | None:
    """Turn a TIMEX3 value ("2023-03-06", "2023-03-06/2023-03-07", "2023-03") into days."""
    first, _, last = value.partition("/")
    start = _bounds(first)
    if start is None:
        return None
    if last:
        end = _bounds(last)
        if end is None:
            return None
        return Dating(start[0], end[1], "day" if start[2] == "day" else start[2])
    return Dating(start[0], start[1] if start[1] != start[0] else None, start[2])


def _bounds(value: str) -> tuple[str, str, str] | None:
    value = value.strip()
    if found := _DAY.match(value):
        day = found.group(0)
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            return None
        return day, day, "day"
    if found := _MONTH.match(value):
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", "month"
    if found := _WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
        except ValueError:
            return None
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week"
    if found := _YEAR.match(value):
        year = found.group(1)
        return f"{year}-01-01", f"{year}-12-31", "year"
    return None


def anchors(trigger: Any, frame: Any | None) -> tuple[set[int], set[int]]:
    """The token indices an event's own expressions attach to, and its reporting verb's."""
    own = {trigger.i}
    if frame is not None:
        own.add(frame.i)
    own.update(c.i for c in trigger.children if c.dep_ == "acl")  # "a warrant issued on Monday"
    token = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "attr", "nsubjpass"):
        token = trigger.head  # "held talks on Monday", "talks will be held on Monday"
        own.add(token.i)
    while token.dep_ in _CLIMB and token.head.i != token.i:
        token = token.head
        own.add(token.i)
    report: set[int] = set()
    if token.dep_ == "ccomp":
        report.add(token.head.i)
    return own, report


def before_subject(root: Any, verb: Any) -> bool:
    """Whether a phrase the parser hung on a reported clause stands between the reporting verb
    and the clause's subject, so belongs to the report: "said on Monday it will attack"."""
    if verb.dep_ != "ccomp" or not verb.head.i < root.i < verb.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and root.i < c.left_edge.i for c in verb.children)


def attach(root: Any, own: set[int], report: set[int]) -> str | None:
    """Say whether an expression whose head is ``root`` belongs to the event: own, report or no."""
    for ancestor in root.ancestors:
        if ancestor.i in own:
            if ancestor.head.i in report and before_subject(root, ancestor):
                return "report"
            return "own"
        if ancestor.i in report:
            return "report"
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("prep", "acl"):
            return None
    return None
