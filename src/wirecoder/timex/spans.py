"""Readers for lengths of time and the like: durations ('three years', 'two-day'), counts from
now ('two weeks ago', 'three days later'), sets ('every week', '$5 million a year') and vague
references ('recently', 'now', 'the future'), with the cues that tell these from other words
('a quarter of the market' is a fraction, 'will one day be' is 'someday', 'Now, ...' a
discourse word).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from wirecoder.timex import dates
from wirecoder.timex.anchored import Reference
from wirecoder.timex.grammar import (
    Context,
    match_group,
    names_year_before,
    opens_sentence,
    previous_word,
    shift_day,
    shift_value,
    unit_of,
    unresolved,
)
from wirecoder.timex.numbers import duration_value, number_value
from wirecoder.timex.words import norm

# what ends a clause after a time: 'a year before.', 'one day, and ...' (the grammar also reads
# it: 'before' is part of a time only before it)
CLAUSE_END = re.compile(r"\s*(?:[.;:,)!?\"”’]|$|(?:and|but|while|whereas)\b)")


_SMALLER = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "Q": ("M", 3), "W": ("D", 7)}


def _read_ago(m: re.Match[str], ctx: Context):
    """'two weeks ago', 'a year earlier', 'three days later', 'several years ago'."""
    amount = number_value(m["n"], ctx.words) if m["n"] else 1
    unit = unit_of(ctx.words, m["unit"])
    if amount is None or unit is None:
        return None
    if amount != "X" and amount > 1 and not m["unit"].lower().endswith("s"):
        return None  # '294,000 week ago': the number is not the count
    if amount != "X" and amount != int(amount) and unit in _SMALLER:
        # 'half a century ago' is fifty years back; 'half a year ago' six months
        smaller, times = _SMALLER[unit]
        if (amount * times).is_integer():
            amount, unit = int(amount * times), smaller
    word = m["dir"].lower()
    if word in ("prior", "before", "previously"):
        # 'a year prior' ('a year prior to' is a span), 'down from 7.7 mln dlrs a year
        # before.' (the grammar takes 'before' only closing a clause), 'versus 40 mln a year
        # previously.': as 'a year earlier'
        word = "earlier"
    sign = -1 if word in ("ago", "earlier", "back") else 1
    than = re.match(r"\s+than\b", ctx.text[m.end() : m.end() + 6])  # 'a month earlier than planned'
    if word in ("later", "after") or (word == "earlier" and (unit in ("D", "W", "H") or than)):
        # anchored on another event, not the publication date: say how long, not when
        return "DURATION", duration_value(amount, unit)
    if match_group(m, "fromwd") and previous_word(ctx, m.start()) in ("for", "to", "within"):
        return None  # 'banned for up to a month from Monday': how long, then from when
    if amount == "X" or unit in ("H", "MIN", "S"):
        if amount != "X":  # 'three hours ago': how long, the story's hour unknown
            return "DURATION", duration_value(amount, unit)
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"  # 'a few hours ago'
    if ctx.anchor is None:  # 'nine years ago' in a story of unknown date: a year unknown
        return "DATE", dates.UNRESOLVED_DAY if unit == "D" else unresolved(unit)
    if match_group(m, "fromwd") and _HOURS_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return None  # 'for three hours a day from Monday': a rate, then from when
    day_word = (match_group(m, "today") or "").strip().lower() or word.removeprefix("from ")
    if day_word in ("today", "tonight", "tomorrow", "yesterday") or match_group(m, "fromwd"):
        if unit not in ("D", "W", "M", "Y"):
            return "DURATION", duration_value(amount, unit)
        # 'a year ago today', 'a week from tomorrow', 'a week from Friday': counted from the
        # day, so a day
        if match_group(m, "fromwd"):
            weekday = int(ctx.words.lookup("weekday", m["fromwd"]).value)
            base = dates.weekday_date(ctx.anchor, weekday, "future")
        else:
            base = ctx.anchor + dt.timedelta(days={"tomorrow": 1, "yesterday": -1}.get(day_word, 0))
        day = dates.iso(shift_day(base, int(amount), unit, sign))
        if day_word == "tonight":  # 'a week from tonight': that night
            return "TIME", f"{day}TNI"
        return "DATE", day
    if (this := match_group(m, "thisunit")) and sign < 0 and unit in ("Y", "M", "W"):
        # 'seven years ago this month', 'thirty years ago this June': that many years back
        base = shift_day(ctx.anchor, int(amount), unit, sign)
        if this.lower() == "week":
            return "DATE", dates.week_value(base)
        if named := ctx.words.lookup("month", this):
            return ("DATE", f"{base.year:04d}-{named.value}") if unit == "Y" else None
        if season := ctx.words.lookup("season", this):  # 'ten years ago this summer'
            return ("DATE", f"{base.year:04d}-{season.value}") if unit == "Y" else None
        return "DATE", f"{base.year:04d}-{base.month:02d}"
    quarter_in_play = ctx.quarter_at(m.start())
    in_play = quarter_in_play and not names_year_before(ctx.text, m.start())
    if unit == "Y" and int(amount) == 1 and in_play and sign < 0:
        year, quarter = quarter_in_play
        return "DATE", f"{year - 1:04d}-Q{quarter}"
    value = shift_value(ctx.anchor, int(amount), unit, sign)
    # 'in 2012, versus 3 percent a year earlier': earlier than the story's time, 2011; so is
    # 'earned 23.5 mln in 1986, down from 27.6 mln a year ago': a year before 1986
    # ... and 'rose 2.1 pct in January from a year ago' is January a year back, 'to 34.9
    # billion in January from 33.8 billion a month ago' the December before
    compared_ago = (
        word == "ago"
        and unit in ("Y", "M")
        and amount == 1
        and _COMPARED_FROM.search(ctx.text, max(0, m.start() - 60), m.start())
    )
    if word == "earlier" and unit in ("Y", "M"):
        return Reference(unit, -int(amount), fallback=("DATE", value), aside=True, exact=True)
    if compared_ago:  # (of a period gone, not 'the June 1997 tap ... a month ago')
        return Reference(
            unit,
            -int(amount),
            fallback=("DATE", value),
            aside=True,
            exact=True,
            not_after=ctx.anchor,
        )
    return "DATE", value


_HOURS_BEFORE = re.compile(r"\b(?:hours?|hrs?|minutes?|times|shifts?)\s+$", re.IGNORECASE)


# a figure compared with another before 'a year ago': 'down from 27.6 mln dlrs a year ago'
_COMPARED_FROM = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared\s+with|than)\s+(?:[^.;:]|\.\d)*$", re.IGNORECASE
)


def _an_occasion(ctx: Context, m: re.Match[str]) -> bool:
    """True for 'a day' or 'a night' named as an occasion, not a length of time: before 'like' or
    a clause ('a day they will never forget'), or after a copula ('it was a day of mourning'),
    but not 'it has been a year since', 'the strike is a week old'."""
    if _OCCASION_AFTER.match(ctx.text, m.end()):
        return True
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    return bool(_OCCASION_BEFORE.search(before) and not _LENGTH_AFTER.match(ctx.text, m.end()))


_OCCASION_BEFORE = re.compile(r"\b(?:was|is|were|be|been|such|what)\s+$", re.IGNORECASE)
# after 'was a year', what makes it a length of time: 'it has been a year since', 'a week old'
_LENGTH_AFTER = re.compile(
    r"\s+(?:since|ago|old|long|later|earlier|before|after|or|and|from|away|off|late|early"
    r"|ahead|behind|more|less|at\s+most|at\s+least)\b",
    re.IGNORECASE,
)
_OCCASION_AFTER = re.compile(
    r"\s+(?:like|to\s+remember|they|we|he|she|I|you|that\s+(?:will|would|changed)|when|which)\b"
)


# after a year ('1986 year', '1986 months') these units never count 1,986 of themselves; 'years'
# may ('2000 years ago')
_YEAR_BEFORE = frozenset(
    {"year", "month", "months", "quarter", "quarters", "week", "weeks", "second", "half"}
)


# words of how a span of time went, allowed between a count and its unit ('six successful
# years'); after 'a' they make an occasion ('a great day')
HOW_IT_WENT = (
    r"successful|difficult|painful|tumultuous|turbulent|productive|good|bad|hard|tough"
    r"|great|happy|lean|busy|eventful|fruitful|wonderful|terrible|bloody|violent"
    r"|gru?ell?ing|exhausting|stressful|challenging|glorious|golden|dark|bitter|formative"
)
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_RECENT_YEARS = re.compile(r"(?:the\s+)?recent\s+(?:years|decades)", re.IGNORECASE)
_WENT = re.compile(rf"\b(?:{HOW_IT_WENT})\b", re.IGNORECASE)
# 'aged 10 months', 'at the age of two weeks', 'until age six months', 'aged between six weeks
# and nine months'
_AGED = re.compile(
    # ... 'range in age from 18 months', 'between the ages of 18 months and 70 years'
    r"\b(?:aged(?:\s+between|\s+from)?|(?:the\s+)?age\s+of|(?:at|by|from|until|under|over)\s+age"
    r"|in\s+age\s+from|(?:the\s+)?ages\s+of)\s+"
    r"(?:(?:\d+|[a-z]+)(?:\s+(?:months?|years?|weeks?))?(?:\s*,\s*|\s+and\s+|\s+to\s+))*$",
    re.IGNORECASE,
)
# people counted by their age (the noun an `age_noun` row): 'infants under three months',
# 'children over two years'
_YOUNGER = re.compile(
    r"\b([A-Za-z]+)\s+(?:under|over|below|above|younger\s+than|older\s+than)\s+$",
    re.IGNORECASE,
)
# an age told 'of age', after the length or after the other end of a range: 'patients 65 years
# of age', 'children between six months and 18 years of age'
_OF_AGE = re.compile(
    r"(?:\s+(?:and|to|or)\s+[\w-]+\s+(?:years?|months?|weeks?|days?))?\s+of\s+age\b",
    re.IGNORECASE,
)


def _read_duration(m: re.Match[str], ctx: Context):
    """'three years', 'two-day', 'the past two months', 'a couple of years', 'weeks'."""
    unit = unit_of(ctx.words, m["unit"])
    if unit is None:
        return None
    if m["n"] is None and _RECENT_YEARS.fullmatch(m.group()):
        return "DATE", "PAST_REF"  # 'in recent years': a vague past, as TimeBank marks it
    if m["n"] is None:  # a bare plural: 'years', 'for months'
        return "DURATION", duration_value("X", unit)
    amount = number_value(m["n"], ctx.words)
    if amount is None:
        return None
    if re.search(r"\d\s?:\s?$", ctx.text[max(0, m.start() - 4) : m.start()]):
        return None  # 'at 9 : 25 hours': the minutes of a clock, no length
    if norm(m["n"]) in ("a", "an") and ctx.text[max(0, m.start() - 3) : m.start()].strip() == "/":
        return None  # 'N / A\nWeek to Date' in a table: 'not available', no article
    if norm(m["n"]) in ("a", "an") and re.match(r"[a-z]+s\b", norm(m["unit"])):
        return None  # 'a months-long standoff': the article is the standoff's, no count
    if norm(m["n"]) in ("a", "an") and _WENT.search(m.group()):
        return None  # 'a great day for Poland', 'a busy week': an occasion, no length
    counted_age = amount != "X" and unit in ("Y", "M", "W")
    if (
        _AGED.search(ctx.text, max(0, m.start() - 40), m.start())
        or _OF_AGE.match(ctx.text, m.end())
        or (
            counted_age
            and not m.group().lower().startswith(("the ", "each "))
            and (aged := _YOUNGER.search(ctx.text, max(0, m.start() - 40), m.start()))
            and ctx.words.lookup("age_noun", aged.group(1))
        )
    ):
        # 'a baby aged 10 months', '65 years of age', 'infants under three months': an age
        return None
    if re.fullmatch(r"(?:1[89]|20)\d\d", m["n"]) and norm(m["unit"]) in _YEAR_BEFORE:
        return "DATE", m["n"]  # '1986 year loss', 'the last six 1986 months' name the year
    if unit == "Q" and re.search(r"\w-quarters|\b(?:one|three)-quarter\b", m.group(), re.I):
        return None  # 'three-quarters', 'one-quarter full' are fractions
    if unit == "Q" and (_FRACTION_OF.match(ctx.text, m.end()) or _SHARE.match(ctx.text, m.end())):
        return None  # 'a quarter of the market' is a fraction, 'two quarters of 1990' a time
    if unit == "Q" and amount == 1 and _ONE_QUARTER_OF.match(ctx.text, m.end()):
        return None  # 'a quarter of college', 'one quarter of donors' (not 'of a century')
    if unit == "Q" and _SOME_QUARTERS.search(ctx.text[max(0, m.start() - 6) : m.end()]):
        return None  # 'euphoria in some quarters': among some people
    if unit == "Q" and _QUARTER_POINT.match(ctx.text, m.end()):
        return None  # 'raised its rate by a quarter point': a fraction of a point
    one_day = re.fullmatch(r"one[\s-]day", m.group(), re.IGNORECASE)
    if unit == "D" and (
        _DAY_COMPOUND.match(ctx.text, m.end())
        or (one_day and _ONE_DAY_FORMAT.match(ctx.text, m.end()))
    ):
        return None  # 'picked up from a day care center', 'a day spa': no length of time
    if norm(m["n"]) in ("a", "an") and unit in ("D", "W", "Y") and _an_occasion(ctx, m):
        return None  # 'it was a night they never expected', 'a day like no other': an occasion
    if unit == "S" and norm(m["n"]) in ("a", "an", "another", "a further"):
        return None  # 'a second' is mostly the ordinal
    if m["unit"].isupper() and _LOWER_NEXT.match(ctx.text, m.end()):
        return None  # 'another SEC filing': the agency, no seconds ('PAST 72 HOURS' is time)
    if _someday(m, ctx, unit):
        return "DATE", "FUTURE_REF"  # 'will one day be', 'hopes he one day follows': someday
    if amount == 1 and _speed(ctx, m.start()):
        return None  # '194 kilometres an hour', '30 feet a second': a speed, no time
    often = _FREQUENCY_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
    if norm(m["n"]) in ("a", "an") and often is not None and often["one"]:
        return "SET", duration_value(1, unit)  # 'one day a week', 'an hour a day'
    if norm(m["n"]) in ("a", "an") and _per_unit(ctx.text, m.start(), m.end()):
        if often is not None:
            return "SET", duration_value(1, unit)  # 'twice a week', 'three times a day'
        # '$5 million a year', '300 barrels a day': the unit of a rate, no time of anything
        # (TimeML marks the one, the gold it was measured on hardly ever the other)
        return None
    if m["half"] or match_group(m, "half2"):  # 'two and a half years', 'a minute and a half'
        amount = amount + 0.5 if amount != "X" else amount
    return "DURATION", duration_value(amount, unit)


_DAY_COMPOUND = re.compile(r"[\s-]+(?:care|spa|nursery|nurseries)\b", re.IGNORECASE)
# cricket's format after 'one-day', no length: 'the one-day series', '50 one-day internationals'
_ONE_DAY_FORMAT = re.compile(
    r"[\s-]+(?:series|internationals?|matches|match|cricket|cup|squad|side|format)\b", re.I
)
# 'one day' between a subject or modal and its verb is 'someday', not a day long
_SOMEDAY_BEFORE = frozenset(
    "will would could might may can shall should must ll d he she they we i".split()
)
_NOT_A_VERB = frozenset(
    "of a an the and or but in on at after before later earlier ago for to from with per each "
    "every this that off more less than long only left ahead".split()
)


# 'one day' closing a clause is a day long after these ('for one day', 'will last one day')
_ONE_DAY_LONG = frozenset(
    "for in within of than only just a per every each about nearly almost least over under "
    "last lasts lasting take takes taking spend spends spending wait waits stay stays remain "
    "remains run runs halted close closes closed shut suspended".split()
)


def _someday(m: re.Match[str], ctx: Context, unit: str) -> bool:
    """True when 'one day' stands for 'someday': after a modal or a subject pronoun and before
    a verb ('Islam will one day be', 'hoped she one day wins'), not 'cut to one day of talks'."""
    if unit != "D" or norm(m.group()) != "one day":
        return False
    before = previous_word(ctx, m.start())
    if before == "if":
        return True  # 'if one day the law changes'
    if (
        CLAUSE_END.match(ctx.text, m.end())
        and before not in _ONE_DAY_LONG
        and ctx.direction(m) != "past"
    ):
        return True  # 'she hopes to go to the Olympics one day.'
    after = re.match(r"\s+([a-z]+)\b", ctx.text[m.end() : m.end() + 30])
    return before in _SOMEDAY_BEFORE and after is not None and after.group(1) not in _NOT_A_VERB


# 'a quarter point', 'a quarter of a percentage point': a fraction of a rate
_QUARTER_POINT = re.compile(r"[\s-]+(?:of\s+a\s+)?(?:percentage[\s-]+)?points?\b", re.I)
# 'a quarter of the market', 'three quarters of its members': a share of something determined
# (but 'two quarters of the year' is a time, and so is 'several quarters of losses')
_FRACTION_OF = re.compile(
    r"\s+of\s+(?!the\s+(?:fiscal\s+|calendar\s+)?year\b)"
    r"(?:the|its|their|a|an|all|his|her|our|this|that|these|those|[a-z]+['’]s)\b",
    re.I,
)
# a share said another way: 'one quarter or 17.8 mln dlrs', 'a quarter as powerful', 'two and
# three-quarter times the level', 'only one quarter full', 'a quarter of which', 'of U.S. output'
_SHARE = re.compile(
    r"\s+(?:or\s+(?:about\s+|some\s+)?\d|as\s+(?!a\b|an\b|the\b|of\b|well\b)[a-z]"
    r"|times\b|full\b|empty\b|of\s+(?:which|whom|them|it|[A-Z]))"
)
_ONE_QUARTER_OF = re.compile(
    r"\s+of\s+(?!(?:a|an|the|this|that|next|last|fiscal|calendar|each|every)\b|\d)[a-z]", re.I
)
_SOME_QUARTERS = re.compile(r"\b(?:in|from)\s+(?:some|many|certain|other)\s+quarters$", re.I)


def _per_unit(text: str, start: int, end: int) -> bool:
    """True when 'a day', 'a year' at text[start:end] is a rate: after an amount ('$5 million a
    year', 'twice a week') or after counted things ('111 flights a week', '50,000 ounces a
    year'); not 'a month's holiday', nor 'comes one week after'."""
    if _POSSESSIVE_AFTER.match(text, end):
        return False
    if aside := _ASIDE_BEFORE.search(text, max(0, start - 80), start):
        start = aside.start()  # '125 naira (about 32 dlrs) a month': the amount before the aside
    before = text[max(0, start - 25) : start]
    if _RATE_BEFORE.search(before) or _FIGURE_UNIT_BEFORE.search(before):
        return True
    if _ABBREVIATED_UNIT_BEFORE.search(text, max(0, start - 45), start):
        return True  # '6 kg of plutonium a year', '15 MW a month'
    counted = _PLURAL_BEFORE.search(before) or _PLURAL_OF_BEFORE.search(
        text[max(0, start - 45) : start]
    )
    if counted is None or counted[0].rstrip(" -").lower().endswith("selves"):
        return False  # 'bought ourselves a decade'
    lead = text[max(0, start - 80) : start - len(counted[0])]
    lead = re.split(r"[.!?;]\s", lead)[-1]  # the amount counts in the same sentence
    return bool(_AMOUNT.search(lead))


# an aside between an amount and 'a month': '(about 32 dlrs)', '(CGRT)', ', or about 32 dlrs,'
_ASIDE_BEFORE = re.compile(
    r"\s*(?:\([^()]{1,40}\)|,\s*(?:or|about|some|roughly)\s[^,]{1,30}\d[^,]{0,20},)\s*$"
)
# a figure and the one word of its unit: '125 naira a month', '20 ounces a week'
# a figure in an abbreviated unit, and what it counts: '6 kg of plutonium', '300 MW', '20 km'
_ABBREVIATED_UNIT_BEFORE = re.compile(
    r"\d\s*(?:kgs?|km|mw|gw|kw|kwh|mwh|gwh|lbs?|oz|mt|bbl|bpd|mg|ml|cu\.?\s*m)\.?"
    r"(?:\s+of\s+(?:[\w.-]+\s+){0,2}[a-z]+)?[\s-]*$",
    re.I,
)
_FIGURE_UNIT_BEFORE = re.compile(
    r"(?<![\w.,])\d(?:[\d,.]*\d)?\s+"
    r"(?!(?:within|for|in|on|at|by|to|from|about|over|after|before|than|and|or|but|per|every"
    r"|each|the|a|an|of|with|was|were|is|are|has|had|have|will|would|said|ago|until|since)\b)"
    r"(?-i:[a-z]{3,})(?<!ed)[\s-]*$"
)


def _speed(ctx: Context, start: int) -> bool:
    """True when a unit of distance stands just before ``start``: a speed follows."""
    return bool(_SPEED_BEFORE.search(ctx.text[max(0, start - 20) : start]))


_SPEED_BEFORE = re.compile(
    r"(?<!cubic\s)(?<!square\s)"
    r"\b(?:miles?|kilomet(?:re|er)s?|km|metres?|meters?|feet|foot|knots?|inches|yards)\s+$",
    re.I,
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# 'flights', not 'business'; and the plurals without an s ('75,000 people a year')
_PLURAL_BEFORE = re.compile(
    r"\b(?:[a-z]{2,}[^s\W]s|people|men|women|children|cattle|sheep|livestock|staff)[\s-]*$"
)
# counted things of a kind: '4,400 tons of ore a day', '500 barrels of crude oil a day'
# ... of a kind named with capitals too: 'tonnes of non-EC maize a year', 'of U.S. beef'
_PLURAL_OF_BEFORE = re.compile(r"\b[a-z]{2,}[^s\W]s\s+of\s+(?:[\w.-]+\s+){0,2}[a-z]+[\s-]*$")
_AMOUNT = re.compile(
    r"\d|\b(?:thousands?|hundreds?|million|mln|billion|bln|several|many|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|dozens?)\b",
    re.I,
)
# what makes 'a week' after it a frequency: 'twice a week', 'four days a week', '24 hours a day'
_FREQUENCY_BEFORE = re.compile(
    r"\b(?:times|twice|once|thrice|days|nights|hours|weeks|months|shifts"
    r"|(?P<one>(?:one|an?)\s+(?:day|night|hour|week|month|shift)))[\s-]*$",
    re.I,
)
# an amount just before a set word: '8.5% annually', '10,000 units annually', '$2 mln yearly'
_AMOUNT_RATE = re.compile(
    r"(?:\d|million|billion|mln|bln|percent|pct|%|cents?|dollars?|dlrs?|(?<=\d)(?:bn|mn|m|k))"
    # '10 lbs of beef per year', '50 cubic metres of gas per day'
    r"(?:\s+(?!(?:and|or|but|on|a|an|the|in|at|to|for|by|of)\b)[a-z]+){0,2}"
    r"(?:\s+of\s+(?:(?-i:[A-Z])[\w.]*\s+)?[a-z]+)?[\s-]*$",  # 'tonnes of U.S. grain per year'
    re.I,
)
_RATE_BEFORE = re.compile(
    r"(?:\d|million|mln|billion|bln|trillion|thousands?|hundreds?|percent|pct|%|times|twice|once|cents?"
    r"|dollars?|dlrs?|stg|yen|(?<=\d)(?:bn|mn|m|k))"
    r"(?:\s+of\s+(?:them|it|those|these))?[\s-]*$",  # 'retire five pct of them a year'
    re.I,
)


_BUY_NOW = re.compile(r"\bbuy[\s-]+now\W+pay\b", re.IGNORECASE)


def _time_after(ctx: Context, at: int) -> bool:
    """Whether a time is told right after ``at``: 'in 1998', 'on Nov. 15', 'last October'."""
    words = ctx.words
    pattern = _time_after_pattern(
        words.alternation("month"),
        words.alternation("weekday", strict_dots=True),
        words.alternation("season"),
        words.alternation("day_offset"),
    )
    return bool(pattern.match(ctx.text, at))


@cache
def _time_after_pattern(month: str, weekday: str, season: str, day_word: str) -> re.Pattern[str]:
    """The pattern of a time told right after a word ('most recently in 1998')."""
    return re.compile(
        r"\s+(?:(?:in|on|at|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d"
        rf"|(?:(?:in|on|at|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?)?"
        rf"(?:(?:last|this|earlier\s+this)\s+)?(?:{month}|{weekday}|{season}|week|month|year)\b"
        rf"|(?:{day_word})\b)",
        re.IGNORECASE,
    )


def _read_vague(m: re.Match[str], ctx: Context):
    """'recently', 'now', 'the future', 'currently'; not the discourse 'Now, ...'."""
    if norm(m["vague"]) == "now" and _discourse_now(ctx.text, m.start(), m.end()):
        return None
    if norm(m["vague"]) == "now" and _BUY_NOW.search(ctx.text, max(0, m.start() - 4), m.end() + 8):
        return None  # 'buy-now-pay-later plans', 'buy now, pay later': a kind of credit
    if norm(m["vague"]).startswith("the ") and _counted_after(ctx, m.end()):
        return None  # 'the past two elections', 'the past three summers': no vague time
    if norm(m["vague"]) == "current" and (
        _CURRENT_TERM.match(ctx.text, m.end())
        or ctx.text[max(0, m.start() - 1) : m.start()] == "-"
        or _current_label(ctx.text, m.start(), m.end())
    ):
        # 'the current account deficit', 'a current of anger', 'high-current lines', 'the
        # loan is current on interest' (paid up)
        return None
    if norm(m["vague"]) == "these days" and _ON_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        return None  # 'banks may open on these days': days named before, not nowadays
    if norm(m["vague"]) == "the present" and _NOUN_NEXT.match(ctx.text, m.end()):
        return None  # 'the present rules': 'present' qualifies the noun, read on its own
    if norm(m["vague"]) == "at the time" and _TIME_OF.match(ctx.text, m.end()):
        return None  # 'at the time of its founding', 'at the time when': another event's time
    if norm(m["vague"]) == "soon" and not _soon_ahead(m, ctx):
        return None
    if (
        norm(m["vague"]) == "recently"
        and re.match(r"\s+as\b", ctx.text[m.end() :])
        and re.search(r"\bas\s+$", ctx.text[max(0, m.start() - 4) : m.start()], re.I)
    ):
        return None  # 'as recently as a week ago': the time is the one after it
    if (
        norm(m["vague"]) == "recently"
        and _time_after(ctx, m.end())
        and re.search(r"\bmost\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.I)
    ):
        return None  # 'most recently in the early 1950s': the time is the one after it
    if norm(m["vague"]).endswith("future") and _OF_AFTER.match(ctx.text, m.end()):
        return None  # 'the future of the farm policy': that thing's prospects, not a time
    if norm(m["vague"]).endswith("term") and _TERM_NOUN.match(ctx.text, m.end()):
        return None  # 'the short term money market': a kind of market, as 'short-term' is
    return "DATE", ctx.words.lookup("vague", m["vague"]).value


_ON_BEFORE = re.compile(r"\b(?:on|during|for|of)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:and|are|was|were|is|its|their|his|her|our|the|for|with|from|this|that|these|to|of"
    r"|in|on|at|by|as|or|but|day|time)\b)(?-i:[a-z]{3,})\b"
)
# a noun 'short term' or 'near term' qualifies, written without its hyphen
_TERM_NOUN = re.compile(
    r"\s+(?:money|debt|interest|rates?|loans?|paper|markets?|funds?|financing|borrowings?"
    r"|credit|deposits?|securities|bonds?|notes?|outlook|prospects?|goals?|targets?|plans?"
    r"|contracts?|measures?|solutions?|gains?|profits?|investments?|assets?|liabilities)\b",
    re.IGNORECASE,
)


def _soon_ahead(m: re.Match[str], ctx: Context) -> bool:
    """True for a 'soon' that points ahead of the story ('it will soon begin', 'may soon
    seek'); not 'as soon as', 'soon after the vote' (a time after another event) nor a past
    'was soon released' (soon after something told)."""
    if _AS_BEFORE.search(ctx.text[max(0, m.start() - 8) : m.start()]):
        return False
    if _TOO_BEFORE.search(ctx.text[max(0, m.start() - 8) : m.start()]) and _TO_AFTER.match(
        ctx.text, m.end()
    ):
        return False  # 'too soon to say', 'too soon for us to tell': too early now
    if _SOON_RELATIVE.match(ctx.text, m.end()):
        return False
    return ctx.direction(m) != "past"


_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
# the word before a time, hyphens kept ('the mass-circulation daily')
_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s+$")
# what follows a newspaper called a daily (its word before is a `paper_before` row): 'the
# business daily Gazeta Mercantil', 'Britain's largest quality daily.'
# what a paper does, after a daily that is one: 'the financial daily quoted him'
_PAPER_VERBS = "said|says|quoted|quotes|reported|reports|wrote|writes|carried|published|added|cited"
_PAPER_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?-i:[A-Z])|\s+newspaper\b"
    # ... or what a paper does, or more said of it: 'the party daily and ...'
    rf"|\s+(?:{_PAPER_VERBS}|carries|cites|and|has|had|was|is)\b"
)
_NAME_NEXT = re.compile(r"\s+(?-i:[A-Z])")
_TOO_BEFORE = re.compile(r"\b(?:too|so)\s+$", re.I)
_TO_AFTER = re.compile(r"\s+(?:to|for)\b", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_SOON_RELATIVE = re.compile(r"\s*(?:as|after|afterwards?|thereafter|before|enough\s+to)\b", re.I)
# after 'at the time', what makes it the time of another event: 'at the time of its founding',
# 'at the time the awards are made', 'at the time Howes was captured' (not 'saying at the time
# he was willing', then)
_TIME_OF = re.compile(
    r"\s+(?:of|when|that|the|a|an|his|her|its|their|these|those)\b"
    r"|\s+(?-i:[A-Z][a-z]+)\s+(?:was|were|is|are|had|has|did|made|took|came)\b",
    re.I,
)
_CURRENT_TERM = re.compile(
    r"\s+(?:accounts?|assets|liabilities|yield|ratio|of|on|with)\b|\s*[.,;:!?)](?!\d)"
    # ... or a period counted in it: 'current nine mths net', 'current first half'
    r"|\s+(?:first|second|third|fourth|final|\d+|three|six|nine|twelve)[\s-]+"
    r"(?:half|quarter|months?|mths|weeks?)\b",
    re.I,
)
_FIGURE_AFTER = re.compile(r"[ \t]+[\d$]")


def _current_label(text: str, start: int, end: int) -> bool:
    """True for 'Current' opening a line of a results table ('Current 79.30 billion vs 73.32',
    the current profit), no time."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        not text[line_start:start].strip()
        and text[start:end] == "Current"
        and bool(_FIGURE_AFTER.match(text, end))
    )


def _counted_after(ctx: Context, end: int) -> bool:
    """True when a count follows ('the past | two elections'): the words before it qualify
    what is counted."""
    after = re.match(r"\s+(\d+|[a-z]+(?:\s+[a-z]+)?)\b", ctx.text[end : end + 30], re.I)
    if after is None:
        return False
    if after.group(1).isdigit():
        return True
    words = after.group(1).split()
    if norm(words[0]) in ("a", "an", "one", "some"):
        return False  # 'in the past a man ...', 'the past one': an article, not a count
    return any(ctx.words.lookup("number", " ".join(words[:n])) for n in (2, 1))


def _discourse_now(text: str, start: int, end: int) -> bool:
    """True for a sentence-opening 'Now,' that turns the story ('Now, he says, ...'), a
    discourse word TimeML leaves unmarked, unlike 'Now the talks are stalled'."""
    return text[end : end + 1] == "," and opens_sentence(text, start)


_PAPER_DOES = re.compile(rf"\s*,?\s+(?:{_PAPER_VERBS})\b")
_PAID_NEXT = re.compile(r"[\s-]+(?:paid\s+)?(?P<word>[A-Za-z]+)\b")


def _read_set(m: re.Match[str], ctx: Context):
    """'daily', 'every week', '$5 million a year', 'every two years', 'every other day',
    'each summer', 'every morning', 'on weekends', 'five-yearly', 'every quarter of an hour'."""
    if _speed(ctx, m.start()):
        return None  # '500 miles per hour': a speed
    if m["nlead"]:
        amount = number_value(m["nlead"], ctx.words)
        unit = unit_of(ctx.words, m["nunit"])
        return None if amount is None or unit is None else ("SET", duration_value(amount, unit))
    if m.group(0).lower().startswith("every") and m.group(0).lower().endswith("hour"):
        return "SET", "PT15M" if m["quarter_hour"] else "PT30M"
    if m["setword"]:
        before = ctx.text[max(0, m.start() - 25) : m.start()]
        every = norm(m["setword"]).startswith(("every", "each"))  # 'pay $100 mln every quarter'
        if not every and _AMOUNT_RATE.search(before) and not _FREQUENCY_BEFORE.search(before):
            return None  # 'rise 8.5% annually', '10,000 units annually': a rate's unit
        paid = _PAID_NEXT.match(ctx.text, m.end())
        if norm(m["setword"]) == "hourly" and paid and ctx.words.lookup("paid_noun", paid["word"]):
            return None  # 'hourly workers': paid by the hour, no habit ('hourly earnings' is)
        if norm(m["setword"]).startswith("per ") and not _FREQUENCY_BEFORE.search(before):
            # 'doses could be produced per year', 'compensation per hour': a rate's unit,
            # however far from its amount; 'three times per day' is how often
            return None
        if (
            norm(m["setword"]) == "daily"
            and (paper := _WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()))
            and (
                (
                    ctx.words.lookup("paper_before", paper.group(1))
                    and _PAPER_AFTER.match(ctx.text, m.end())
                )
                # 'the daily reported': the paper, doing what a paper does
                or (paper.group(1).lower() in ("the", "a") and _PAPER_DOES.match(ctx.text, m.end()))
                # a city's daily named after it: 'the Madrid daily El Mundo'
                or (
                    ctx.cased
                    and paper.group(1)[:1].isupper()
                    and _NAME_NEXT.match(ctx.text, m.end())
                )
            )
        ):
            return None  # 'the Communist Party daily Granma', 'a national daily.': a newspaper
        return "SET", ctx.words.lookup("set", m["setword"]).value
    if m["season"]:
        return "SET", f"XXXX-{ctx.words.lookup('season', m['season']).value}"
    if m["hol"]:  # 'every Christmas Eve' is XXXX-12-24; 'each Thanksgiving' falls in XXXX-11
        if ctx.cased and not m["hol"][:1].isupper():
            return None  # 'each new year of the agreement': no holiday in lower case
        rule = ctx.words.lookup("holiday", m["hol"]).value
        if rule.startswith("E"):
            return "SET", "XXXX-XX-XX"  # counted from Easter: no fixed month
        month, _, day = rule.partition("-")
        return "SET", f"XXXX-{month}-{day}" if day.isdigit() else f"XXXX-{month}"
    if m["pod"]:
        return "SET", f"XXXX-XX-XXT{ctx.words.lookup('part_of_day', m['pod']).value}"
    if m["weekend"] or m["weekends"]:
        return "SET", "XXXX-WXX-WE"
    unit = unit_of(ctx.words, m["unit"])
    amount = 2 if m["other"] else number_value(m["n"], ctx.words) if m["n"] else 1
    if unit is None or amount is None:
        return None
    return "SET", duration_value(amount, unit)
