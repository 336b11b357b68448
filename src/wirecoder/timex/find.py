"""Finding time expressions: the grammar's patterns, built from the time-word table, run over a
text; overlapping matches resolved longest-first; modifiers ("early", "nearly") joined on.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import datetime as dt
import itertools
import re
from functools import cache, lru_cache

from wirecoder.timex import dates, spans
from wirecoder.timex import grammar as g
from wirecoder.timex.anchored import (
    SENTENCE_END,
    Reference,
    previous_sentence_start,
    resolve_references,
    value_from,
)
from wirecoder.timex.grammar import DAYNUM, YEAR, B, Context, Found, Rule
from wirecoder.timex.numbers import duration_value, number_class, number_value
from wirecoder.timex.words import Words, load_words

RULE_VERSION = "v1"


# the time zones a clock time may name ('1852 HKT', '0735 GMT', '1500 est'); those that are
# words too only in capitals ('1800 IST', never 'eat')
_ZONES = (
    r"(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT|BST|CET|CEST|EET|EEST|MSK|PKT|HKT|SGT|JST"
    r"|KST|AEST|AEDT|NZST|NZDT|SAST|WIB|(?-i:IST|ICT|EAT|CAT|WAT|AST|HST|WET|WEST|ACST|AWST))"
)


def _rules(w: Words) -> tuple[Rule, ...]:
    month = w.alternation("month")
    weekday = w.alternation("weekday", strict_dots=True)
    ordinal = w.alternation("ordinal")
    unit = w.alternation("unit")
    pod = w.alternation("part_of_day")
    season = w.alternation("season")
    season_noun = w.alternation("season_noun")
    holiday = w.alternation("holiday")
    counted = _number_words(w)
    num = (  # never the tail of a grouped number: '710,000' in '1,710,000'
        rf"(?:(?<!\d,)(?<!/)\d+(?:[.,]\d+)?(?:[\s-]+[13]/[24])?(?![\d/])|[13]/[24]"
        rf"|{counted}"
        r"|half\s+an?|an?)"
        rf"(?:[\s-]+and[\s-]+(?:a|one)[\s-]+half)?"
    )
    # a second day is no figure ('rose on March 23 to 3.332 billion') and no day before its
    # month ('from March 28 to 2 April' ends on April 2)
    not_day_end = (
        rf"[.,]\d|\s*(?:%|pct|percent|per\s+cent|mln|million|billion|dlrs)\b|\s+(?:{month})\b"
    )
    # ... and a day after a month belongs to it ('March 28 to 2 April' is no 28 April)
    after_no_month = "".join(
        rf"(?<!\b{re.escape(form)}\s)" for form in w.forms.get("month", ()) if " " not in form
    )
    day_word = w.alternation("day_offset")  # 'today', 'the day after tomorrow', ...
    rel_before = (
        r"this\s+coming|this\s+past|this\s+last|last|next|this|coming|each"
        r"|every(?:\s+(?:other|second|alternate))?"
    )
    unit_rel = (
        r"week|month|year|quarter|decade|century|weekend|day|fortnight|hour"
        # 'the current fiscal year', 'this crop year', 'next marketing year': the year of a trade
        r"|(?:fiscal|financial|crop|marketing|agricultural|tax|budget)\s+year"
    )
    dash = r"\s*(?:-|–|—|to|through|until|and|or)\s*"
    # a year as numerals or as spoken in broadcast transcripts: "nineteen ninety-six"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    spoken = (
        rf"(?:eighteen|nineteen|twenty)[\s-]+(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}"
        rf"|hundred|oh[\s-]+(?:{ones}))|two\s+thousand(?:\s+(?:and\s+)?(?:{ones}|{teens}))?"
    )
    # a year another follows on its line heads a table's column, not the time before it ('Sept
    # Apr-Sept\n1996 1995')
    years = rf"{YEAR}(?![ \t]+(?:19|20)\d\d\b)|{spoken}"
    hour_word = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    minute_word = rf"oh[\s-]+(?:{ones})|(?:twenty|thirty|forty|fifty)(?:[\s-]+(?:{ones}))?|{teens}"
    # a day of the month spelled out, as broadcast transcripts write it: 'March eighth'
    day_ordinal = _alternation(
        "|".join(
            f
            for f in w.forms.get("ordinal", ())
            if re.sub(r"[\s-]", "", f).isalpha() and 1 <= int(w.lookup("ordinal", f).value) <= 31
        )
    )

    # a day of the month as a number word, as Reuters copy writes it: 'payable May One', 'record
    # April eight' (never 'March one pct', 'May one day')
    day_cardinal = (
        rf"(?:twenty[\s-](?:{ones})|thirty[\s-]one|{teens}|{ones}|twenty|thirty)"
        r"(?![\w-])(?!\s+(?:pct|percent|per\s+cent|mln|million|billion|bln|thousand|hundred"
        r"|dlrs?|dollars?|points?|years?|months?|weeks?|days?|times|of\s+(?:the|its|their)\b))"
    )

    def rule(name: str, pattern: str, read: g.Reader, *, flags: int = re.IGNORECASE) -> Rule:
        return Rule(
            f"times.{name}.{RULE_VERSION}",
            re.compile(B + "(?:" + pattern + r")(?!\w)", flags),
            read,
        )

    anchored_unit = rf"day|week|month|year|{pod}"
    one_ago = r"[\s-]*(?:week|month|year|day)\s+ago\b"  # a singular unit counts one
    # 'last' after 'to' or a modal is the verb: 'expected to last several months'
    # ... and after a plural subject: 'the Games last 17 days'
    verb_last = "".join(rf"(?<!\b{w}\s)" for w in _MODALS) + r"(?<![a-z]{3}s\s)"
    return (
        rule(
            "anchored",
            # not 'that year-end prices ...' nor 'the same year-ago period'
            # 'since that date', but not 'the same date in 1992' (a day of another year)
            # ... and 'the corresponding week a year ago', as 'the same week a year ago'
            r"(?:that(?:\s+same)?|the\s+same|the\s+(?:corresponding|comparable)(?=\s+(?:week|month)"
            r"\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b))"
            rf"\s+(?P<unit>{anchored_unit}|(?<=that\s)date"
            r"|(?<=that\ssame\s)date)(?![\s-]+(?:ago|earlier)\b|-)"
            # 'the same month last year': the month the story is at, a year back
            r"(?P<year_back>(?:(?<=month)|(?<=week))\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?"
            rf"|the\s+(?:very\s+)?(?P<dir>following|previous|preceding|prior|next)\s+"
            rf"(?:(?P<wd>{weekday})|(?P<unit2>{anchored_unit}|weekend))(?!-)"
            r"|(?<=\bin\s)the\s+(?P<unit3>morning|afternoon|evening)"
            # 'Earlier in the day, the army said': the day the story is at (TimeML marks 'the
            # day', 'earlier' a signal)
            r"|(?:(?<=\bearlier\sin\s)|(?<=\blater\sin\s))the\s+(?P<unit10>day)(?![\w-])"
            r"(?!\s+(?:before|after|of)\b)"
            # 'continued into the afternoon', 'shelled through the night', 'since the morning'
            r"|(?:(?<=\binto\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\bduring\s)"
            r"|(?<=\bmost\sof\s)|(?<=\bsince\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)"
            r"|(?<=\bbefore\s)|(?<=\bcourse\sof\s)"
            # 'grain futures ended the morning firmer', as market reports write a session
            r"|(?<=\bended\s)|(?<=\bclosed\s)|(?<=\bopened\s)|(?<=\bfinished\s))"
            r"the\s+(?P<unit3b>morning|afternoon|evening|night)(?![\w-])(?!\s+(?:of|before|after)\b)"
            # 'by mid-afternoon', 'in the late evening': a part of the day the story is at;
            # the modifier before it is joined on afterwards
            r"|(?:(?<=\bmid-)|(?<=\bmid\s)|(?<=\blate\s)|(?<=\bearly\s)|(?<=\blate-)"
            r"|(?<=\bearly-))(?P<unit5>morning|afternoon|evening)"
            # ... of a day named after it: 'by late afternoon on Monday'
            rf"(?:\s+(?:on\s+)?(?P<wd5>{weekday})(?![\w-]))?"
            r"|mid(?P<unit5m>morning|afternoon|evening)"
            # 'in morning trade', 'lower morning levels', 'the sharp afternoon downturn': the
            # session of a market the story reports
            r"|(?<!\bthe\s)(?<!\bthis\s)(?P<unit5n>morning|afternoon|evening)(?=\s+(?:levels?"
            r"|downturn|rally|sell-?off|ring|kerb|fixing|highs?|lows?|gains|losses|trend|weakness"
            r"|strength|firmness)\b)"
            # ... and 'in morning trade', 'during afternoon dealings' (not 'starts evening
            # trading', 'the busiest morning trading hours': no day's session)
            r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\bafter\s)|(?<=\bbefore\s)"
            r"|(?<=\bsince\s)|(?<=\bfrom\s))(?P<unit5s>morning|afternoon|evening)"
            r"(?=\s+(?:trade|trading|dealings|session)\b(?!\s+hours))"
            # 'the year before, ...', 'the day after he left': the unit next to the story's time,
            # not 'the day before the vote', which is anchored on an event
            rf"|the\s+(?P<unit4>{anchored_unit})\s+(?P<side>before|after)"
            r"(?=\s*[,.;:)–—!?\"”]|[’'](?!s\b)|\s*--|\s*$|\s+(?:he|she|it|they|we|I|you|there)\b)"
            # 'a profit the year earlier of 308 mln dlrs': as 'a year earlier'
            r"|the\s+(?P<unit6>year|month)\s+earlier"
            r"(?![\s-]+(?:period|quarter|months?|weeks?|results?|figures?|levels?)\b)"
            # 'Prior year net includes ...', as results notes write it without 'the'
            r"|(?<!\bthe\s)(?<!corresponding\s)(?<!comparable\s)(?<!same\s)(?P<dir2>prior|previous)[\s-]+(?P<unit7>year)(?=\s+(?-i:[a-z]+)\b)"
            r"(?!\s+(?:ago|earlier|and|or|to|in|of|on|at|for|by|was|is|were|had|has|when|before"
            r"|after)\b)",
            _anchored_adapter,
        ),
        rule(
            "calendar_day",
            rf"(?:(?P<rel>last|next|this\s+coming)\s+)?"
            rf"(?:(?P<wd>{weekday})(?:\s?,)?\s+)?(?P<month>{month})\s+"
            rf"(?:(?P<d1>{DAYNUM})|(?P<d1w>{day_ordinal})(?![\w-])|(?P<d1c>{day_cardinal})"
            # 'March the fifth', closing its phrase (never 'March the first snow')
            rf"|the\s+(?P<d1t>{day_ordinal})(?=\s*[,.;:)!?]|\s*$|\s+(?:and|or|at|in|to|until"
            r"|when|with|for|from|this|next|last)\b))"
            rf"(?:{dash}(?:(?P<month2>{month})\s+)?(?P<d2>{DAYNUM})(?!{not_day_end})"
            # 'for April 14/30 delivery', as market copy writes a span of days
            rf"|/(?P<d2s>{DAYNUM})(?![\d/:]|[.,]\d))?"
            # 'January 1, 1996', and 'January 1 , 1996' as tokenised copy writes it
            rf"(?:(?:\s?,)?\s+(?P<year>{years}))?",
            _calendar_day_adapter,
        ),
        rule(
            "event_day",  # '9/11', 'post-9/11': the day an event of one year is named by
            r"(?<![\d/.,])(?P<num>\d{1,2}/\d{1,2})(?![\d/])"
            r"(?!\s*(?:%|pct\b|percent\b|per\s+cent\b|from\b|of\b|shooting\b))",
            _event_day_adapter,
        ),
        rule(
            "last_alone",  # 'twice as high a dividend this year as last': last year
            r"(?:(?<=\bas\s)|(?<=\band\s)|(?<=\bthan\s)|(?<=\bor\s))last(?=\s*[.,;:)!?])",
            _last_alone_adapter,
        ),
        rule(
            "nth_day",  # 'it is the second day of the offensive': today, the story's day
            rf"(?:the\s+)?(?P<nth>{ordinal})\s+(?:(?:straight|consecutive|successive|full)\s+)?"
            r"day(?=\s+(?:of|in|that|since)\b)",
            _nth_day_adapter,
        ),
        rule(
            "first_of",  # 'after the first of the year', 'by the first of the month'
            r"the\s+first\s+of\s+the\s+(?P<unit>year|month)\b"
            # 'the first day of the month', 'on the last day of the year'
            r"|the\s+(?P<edge>first|last|final)\s+day\s+of\s+the\s+(?P<unit2>year|month)\b"
            # (never 'the last day of the month of issuance', 'of the month in which')
            r"(?!\s+(?:of|in|when|that|during)\b)",
            _first_of_adapter,
        ),
        rule(
            "nth_weekday",  # 'the first Tuesday of November', 'the last Friday in June 2024'
            rf"(?:the\s+)?(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
            rf"(?P<wd>{weekday})\s+(?:of|in)\s+(?:(?P<month>{month})(?:,?\s+(?P<year>{years}))?"
            rf"|(?P<yonly>{YEAR})(?!\d))",  # 'the first Monday of 2000'
            _nth_weekday_adapter,
        ),
        rule(
            "week_of",
            rf"the\s+(?P<span>week|weekend)\s+of\s+(?:(?P<month>{month})\s+(?P<d1>{DAYNUM})"
            rf"(?:{dash}(?P<d2>{DAYNUM}))?"
            # ... and day first, as British copy writes it: 'the weekend of 18-19 August'
            rf"|(?P<d1b>{DAYNUM})(?:{dash}(?P<d2b>{DAYNUM}))?\s+(?P<monthb>{month}))"
            rf"(?:,?\s+(?P<year>{years}))?",
            _week_of_adapter,
        ),
        rule(
            "nth_week",  # 'the second week of January', 'the last weekend of March 2014'
            rf"the\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<span>week|weekend|month)"
            rf"\s+of\s+(?:(?P<month>{month})(?:,?\s+(?P<year>{years}))?|(?P<wyear>{YEAR})(?![\d-])"
            # 'the first week of the year', 'the last month of this year'
            r"|(?P<yrel>the|this|last|next|the\s+current)\s+year\b"
            # 'the last week of the month', 'the second week of next month'
            r"|(?<!month\sof\s)(?P<mrel>the|this|last|next|the\s+current)\s+month\b)",
            _nth_week_adapter,
        ),
        rule(
            "numbered_week",  # 'epidemiological week 12', 'week 6 of 2019', 'ISO week 3'
            r"(?:(?P<weq>epidemiological|epidemiologic|epi|ISO|calendar)\s+)?week\s+"
            r"(?:no\.\s*|number\s+)?(?P<wn>\d{1,2})(?![\d.,:/-]\d|\s*(?:%|percent|pct)|-)"
            rf"(?:,?\s+(?:of\s+|in\s+)?(?:(?P<wy>{YEAR})(?![\d-])|(?P<wyrel>this|last|next)\s+year\b))?",
            _numbered_week_adapter,
        ),
        rule(
            "nth_week",  # 'the third week in April' (not 'the first week in office')
            rf"the\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<span>week|weekend)\s+in\s+"
            rf"(?P<month>{month})(?![\w-])(?:,?\s+(?P<year>{years}))?(?P<wyear>(?!x)x)?"
            r"(?P<yrel>(?!x)x)?",
            _nth_week_adapter,
        ),
        rule(
            "calendar_day",
            rf"(?:(?P<rel>last|next|this\s+coming)\s+)?"
            # never the tail of a written date ('1996-12-05' then 'March ...' on the next line)
            rf"(?:(?P<wd>{weekday}),?\s+)?(?:(?:the\s+)?{after_no_month}(?<![\d/.-])(?P<d1>{DAYNUM})"
            # 'the first of June': a day in words only with 'the' and 'of'
            rf"|the\s+(?P<d1w>{day_ordinal})(?=\s+of\s))(?P<d1c>(?!x)x)?"
            rf"(?:{dash}(?P<d2>{DAYNUM}))?"
            rf"(?:\s+of)?\s+(?P<month>{month})(?P<month2>(?!x)x)?(?:,?\s+(?P<year>{years}))?",
            _calendar_day_adapter,
        ),
        rule(
            "numeric_day",
            # '2023-03-05', '2023/03/05', '2023-03-05T09:30:00Z'; '3/5/2023' month first as US
            # copy writes it, '24/03/2023' day first when the first number cannot be a month;
            # '05.03.2023', '5-Mar-2023' day first, as European copy writes them
            # ('2011 - 11 - 12' as tokenised copy writes it); '19/11/96' and '31/12' day first;
            # a weekday before one is the same day ('Friday 11/29/96')
            rf"(?:(?:{weekday}),?\s+(?=\d))?"
            r"(?:(?P<iso>(?P<y>\d{4})(?P<sep>[-/]|\s-\s)(?P<m>\d{2})(?P=sep)(?P<d>\d{2}))"
            r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
            r"(?:Z|[+-]\d\d:?\d\d)?(?![\w:]))?"
            r"|(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])/(?P<y2>\d{4}|\d{2})"
            # '4 / 9 / 2007' as tokenised copy writes it
            r"|(?P<m6>1[0-2]|0?[1-9])\s/\s(?P<d6>3[01]|[12]\d|0?[1-9])\s/\s(?P<y6>\d{4})"
            r"|(?P<d3>3[01]|2\d|1[3-9])/(?P<m3>1[0-2]|0[1-9])/(?P<y3>\d{4}|\d{2})"
            r"|(?<![\d/.,])(?P<d7>3[01]|2\d|1[3-9])/(?P<m7>1[0-2]|0[1-9])"
            r"|(?P<d4>3[01]|[12]\d|0[1-9])\.(?P<m4>1[0-2]|0[1-9])\.(?P<y4>\d{4})"
            rf"|(?P<d5>3[01]|[12]\d|0?[1-9])-(?P<m5>{month})-(?P<y5>\d{{4}}))(?![\d/])",
            g._read_numeric_day,
        ),
        rule(
            "month",
            rf"(?:(?P<rel>last|next|this|past|previous|coming|each|every)\s+)?(?P<month>{month})"
            # never the month of a day a name was made of ('the April 6 Youth Movement')
            r"(?!\s+(?:[12]?\d|3[01]|0\d)(?:st|nd|rd|th)?\b)"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{years})|\s+(?P<rely>last|this|next)\s+year"
            # 'March 87', as a table heads a column: a year of the last century (never 'March
            # 87 cents')
            # (never a price in a table, 'May 85 unch', nor a day mistyped, 'on March 67 at')
            r"|(?<!\bon\s)(?<!\bOn\s)(?<=[A-Za-z.])[ \t]+(?P<yy>[3-9]\d)"
            r"(?=[ \t]*(?:$|\n|[.,;:)](?!\d))|[ \t]{2,}"
            r"|\s+(?:and|to|vs|versus|from|with|against)\b)"
            r"|\s+of\s+the\s+(?P<relref>following|next|previous|preceding)\s+year"
            # 'in January a year ago': that month of the year before
            r"|\s+(?P<yago>a\s+year\s+(?:ago|earlier))(?![\w-]))?",
            g._read_month,
        ),
        rule(
            "that_month",  # 'fell silent that November': the November of the story's year
            rf"(?P<rel>that|the\s+(?:following|next|previous|preceding))\s+(?P<month>{month})"
            r"(?![\w-])(?!\s+\d)",
            g._read_that_month,
        ),
        rule(
            # 'that winter', 'the following spring': a season told from the story's reference time
            "that_season",
            rf"(?P<rel>that|the\s+(?:following|next|previous|preceding))\s+(?P<season>{season})"
            r"(?![\w-])(?!\s+(?:of\s+)?\d)",
            g.read_that_season,
        ),
        rule(
            "month_range",  # 'January-March', 'Jan-Dec 1986', 'the October-December quarter'
            rf"(?:the\s+(?=(?:{month})\s?[-–/]\s?(?:(?:{month})\s?[-–]\s?)?(?:{month})"
            r"\s+(?:period|quarter)\b))?"
            # 'June/July/Aug shipment': a chain of months runs from the first to the last
            rf"(?P<month>{month})(?:\s?[-–/]\s?(?:{month})){{0,4}}\s?[-–/]\s?(?P<month2>{month})"
            rf"(?:,?\s+(?P<year>{years})|\s+(?P<noun>period|quarter)\b)?",
            g.read_month_range,
        ),
        rule(
            "year_range",  # '1999-2001', 'the 1990-91 season', 'the 1986/87 crop year'
            rf"(?P<year>{YEAR})(?:\s?[-–]\s?(?P<year2a>{YEAR}|\d\d)|/(?P<year2b>{YEAR}|\d\d?))"
            r"(?![\d/-])",
            g.read_year_range,
        ),
        rule(
            "year",
            # never the last group of a telephone number ('+1 213 380 2014')
            rf"(?<!/)(?<!\d\d\d\s)(?<!\d\d\d-)"
            rf"(?:(?:the\s+)?(?:fiscal|financial|calendar|full|whole|entire)\s+year\s+"
            rf"|(?:the\s+)?(?:fiscal|financial|calendar)\s+|the\s+year\s+)?"
            # each year of a row heading a table's columns ('1986    1985    1984'), but no
            # figure of a row of them ('HARD RED WINTER      1639        1635')
            rf"(?P<year>{YEAR}(?![ \t]+(?:1[0-8]|2[1-9])\d\d\b)|{spoken})"
            # "1985's profit" is the year's, "the 1980's" a decade
            rf"(?!\d|,\d|%|\.\d|s\b|(?<=0)['’]s\b|-\d|/\d|\s*(?:{_ZONES}|hrs|hours|local)\b)"
            # '1600 Pennsylvania Avenue': a street number
            r"(?!\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave\.|Street|St\.|Road|Boulevard|Blvd|Drive|Lane))",
            g._read_year,
        ),
        rule(
            "deep_time",  # '66 million years ago', 'some 4.5 billion years': geological time
            r"(?<![\w.,$£€])(?P<n>\d{1,3}(?:\.\d{1,2})?)\s+(?P<scale>million|billion)\s+years"
            r"(?P<ago>\s+ago)?(?![\w-])(?!\s+old\b)",
            _deep_time_adapter,
        ),
        rule(
            "year",  # 'warming of 3C by 2100', 'by the year 2150': a year of the next century
            r"(?:(?<=\bby\s)|(?<=\bbeyond\s)|(?<=\buntil\s)|(?<=\bthrough\s)|(?<=\bbefore\s))"
            r"(?:the\s+year\s+)?(?P<year>21\d\d)(?![\d%/-]|[.,]\d|\s*(?:GMT|UTC|hrs|hours|local)\b)",
            g._read_year,
        ),
        rule(
            "decade",
            r"(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s"
            r"|['’](?P<dec2>\d0)['’]?s|(?:(?<=the\s)|(?<=the\slate\s)|(?<=the\searly\s)|(?<=the\smid[\s-]))"
            r"(?P<dec3>[1-9]0)['’]s\b"  # "the 90's", "the late 80's"
            r"|(?:(?P<cent>eighteen|nineteen)[\s-]+)?"
            r"(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
            g._read_decade,
        ),
        rule(
            "century",
            rf"(?:the\s+)?(?P<ord>{ordinal}|\d{{1,2}}th)[\s-]+century"
            r"(?!-(?-i:[A-Z]))",  # '20th Century-Fox': a name
            g._read_century,
        ),
        rule(
            # 'net zero by mid-century', 'by the end of the century', 'the turn of the century'
            "this_century",
            r"(?P<part>mid)[\s-]century\b"
            r"|the\s+(?P<part2>middle|end|close|start|beginning|turn)\s+of\s+the\s+century\b"
            r"|the\s+turn\s+of\s+the\s+(?P<millennium>millenn?ium)\b",
            _this_century_adapter,
        ),
        rule(
            "day_offset",
            # a possessive's 's stays out of the span ("today's editions"), unless a part of the
            # day follows ("yesterday's afternoon kerb")
            rf"(?:(?P<dw>{day_word}|tonight)(?:(?:['’]s)?\s+(?P<pod>{pod}))?"
            # never 'the last night of the games': the final one of something
            rf"|(?<!\bthe\s)(?P<dwx>last)\s+(?P<lastpod>night|evening)|this\s+(?P<podx>{pod})"
            # 'afternoon yesterday', as in 'at mid-afternoon yesterday'; not a greeting
            rf"|(?<!\bgood\s)(?P<podb>{pod})\s+(?P<dwb>{day_word}))",
            _day_offset_adapter,
        ),
        rule(
            "overnight",
            # 'crews restored power overnight.': the night before the story, or the one to come
            # (never 'overnight rates', 'an overnight stay', nor 'overnight Tuesday')
            r"(?<!\ban\s)overnight(?=\s*[.,;:!?)]|\s*$|\s+(?:to|in|on|at|as|after|before|from"
            r"|when|while|but|amid|despite|because|the|a|with|off|near|along|across)\b)",
            _overnight_adapter,
        ),
        rule(
            "day_edge",  # 'at dawn', 'since daybreak', 'at dawn on Sunday', 'overnight Sunday'
            rf"(?:(?P<wdb>{weekday})\s+at\s+|(?P<dwb>yesterday|today|tomorrow)\s+at\s+"
            r"|(?<=\bat\s)|(?<=\bsince\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\buntil\s)"
            r"|(?<=\btill\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\baround\s)|(?<=\btoward\s)"
            r"|(?<=\btowards\s))"
            # (never 'sunset' or 'sunrise', mostly told of every day: 'meals after sunset')
            r"(?P<edge>dawn|daybreak|first\s+light|dusk|nightfall)(?![\w-])"
            # not 'dawn raids', 'the dawn of', nor a curfew 'from dusk to dawn' (every night's)
            r"(?!\s+(?:raids?|patrols?|prayers?|of|services?|curfews?|(?:to|till|until)\s+"
            r"(?:dawn|sunrise|daybreak|first\s+light))\b)"
            rf"(?:,?\s+(?:on\s+)?(?P<wda>{weekday})(?![\w-])|\s+(?P<dwa>yesterday|today|tomorrow)\b)?"
            rf"|overnight\s+(?:on\s+)?(?P<wdo>{weekday})(?![\w-])",
            _day_edge_adapter,
        ),
        rule(
            "weekday",
            rf"(?:(?P<rel>{rel_before})\s+)?(?P<wd>{weekday})(?P<plural>s)?"
            rf"(?:\s+(?P<pod>{pod}))?(?:,?\s+(?:of\s+)?(?P<wk>last|next|this)\s+week"
            # 'Monday week': the Monday after the coming one, as British and South Asian copy
            # writes it
            r"|\s+(?P<wkon>(?-i:week))(?![\w-])(?!\s+(?:after|by|in|on|to)\b)"
            # 'on Wednesday last', 'on Friday next', as South Asian copy writes them
            r"|\s+(?P<wdafter>(?-i:last|next))(?=\s*[.,;:)]|\s*$))?",
            g._read_weekday,
        ),
        rule(
            "clock",
            # (not 'every Saturday at noon', a set joined below)
            rf"(?:(?:(?P<rel1>next|last|this\s+coming|coming)\s+)?(?<!\bevery\s)(?<!\beach\s)"
            rf"(?P<wd1>{weekday})\s+(?:at\s+)?"
            r"(?=\d|noon|midnight|mid-?day))?"
            # '10:30 a.m.', and '10 : 30 a . m .' as tokenised copy writes it
            r"(?:(?<!:)(?<!:\s)(?P<h>[01]?\d)(?:(?:[:.]|\s[:.]\s)(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?"
            r"(?:\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]\s\.\s?m\b(?:\s\.)?|[ap]\s?m\b)"
            r"|\s*in\s+the\s+(?P<inpod>morning|afternoon|evening)"
            r"|\s+(?P<oc>o['’]clock)(?:\s+in\s+the\s+(?P<inpod2>morning|afternoon|evening|night))?)"
            r"|(?P<named>noon|midnight|mid-?day)"
            # a clock time in words, as broadcast copy speaks it: 'eight p.m.', 'six o'clock',
            # 'four in the morning', 'half past seven', 'ten fifteen last night'
            rf"|(?<![\w-])(?:(?P<part>half|(?:a\s+)?quarter)\s+(?P<pastto>past|to|after)\s+)?"
            rf"(?:(?P<hw>{hour_word})(?:[\s-]+(?P<miw>{minute_word}))?(?![\w-])"
            # '2:30 this afternoon', 'at 9 tonight': figures with the part of the day after
            r"|(?<![\d.,:$])(?P<hd>1[0-2]|0?[1-9])(?::(?P<mid>[0-5]\d))?"
            r"(?=\s+(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night"
            rf"|(?:{weekday})\s+(?:morning|afternoon|evening|night))\b))"
            r"(?:\s+(?P<ampmw>[ap]\.\s?m\b\.?|[ap]m\b)"
            r"|\s+in\s+the\s+(?P<inpodw>morning|afternoon|evening|night)"
            r"|\s+at\s+(?P<atnight>night)\b"  # 'the polls close at nine at night'
            r"|\s+(?P<ocw>o['’]?clock)(?:\s+in\s+the\s+(?P<inpodw2>morning|afternoon|evening|night))?"
            r"|(?=\s+(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night"
            rf"|(?:{weekday})\s+(?:morning|afternoon|evening|night)\b))"
            r"|(?=[^\w-]|$))"  # 'at two fifteen', 'half past seven': the reader decides
            # a 24-hour time in words, as radio says it: 'sixteen hundred UTC', 'oh six hundred
            # hours'
            rf"|(?P<h24w>(?:oh[\s-]+)?(?:{ones})|{teens}|twenty(?:[\s-](?:one|two|three))?)\s+hundred"
            r"(?:\s+hours\b|(?=\s+(?:GMT|UTC)\b))"
            # a 24-hour time is one only with its zone or 'hours': '1800 GMT', '1900 hours
            # local', '1100 hrs EST' (never the year 1800, nor '2000 hours of flying')
            # (never in brackets, '(1800)', unless a run of hours: '(2300 to 0200 gmt)')
            r"|(?:(?<!\()|(?=\d{4}\s*(?:-|–|to)\s*\d{4}\s+(?:hours\b|hrs\b|" + _ZONES + r"\b)))"
            r"(?P<h24>[01]\d|2[0-3]|24(?=00))(?P<mi24>[0-5]\d)"
            # ... or 'local time': 'starting at 1700 local time' (not '1700 local workers')
            rf"(?:(?=\s+{_ZONES}\b)|(?=\s+local(?:\s+time\b|\s*[,.;:)]|\s*$))"
            # ... or opening a run of hours whose end has one: 'from 0720 to 1515 CST'
            r"|(?=\s*(?:-|–|to|and)\s*(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours\b|hrs\b|local\s+time\b"
            rf"|{_ZONES}\b))"
            # ... or a run of hours opening on one no year can be: 'from 0800 to 1415'
            r"|(?<=0\d[0-5]\d)(?=\s*(?:-|–|to|and)\s*(?:[01]\d|2[0-3])[0-5]\d\b(?![.,]\d))"
            r"|(?<=\b0\d[0-5]\d\sto\s\d\d[0-5]\d)|(?<=\b0\d[0-5]\d\sand\s\d\d[0-5]\d)"
            r"|(?<=\b0\d[0-5]\d-\d\d[0-5]\d)"
            r"|\s+(?:hours\b|hrs\b\.?)"
            # (a capital after 'hrs.' opens a sentence: 'at 0758 hrs. An official said')
            r"(?!\s+(?-i:of|a|an|per|long|later|earlier|ago|after|before|to|in|a\s+day)\b))"
            # '10:00 GMT', 'at 14:30': a colon time without a.m. or p.m. is read as written,
            # with its zone or after a word that sets a time (never '3:1' or a score)
            r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)"
            r"|(?<=\babout\s)|(?<=\baround\s)|(?<=\bapproximately\s)"
            r"|(?<=\bbefore\s)|(?<=\bafter\s)|(?=(?:[01]?\d|2[0-3])(?::|\s:\s)[0-5]\d\s+(?:GMT|UTC|hours|hrs"
            r"|local\s+time|[ECMP][SD]?T)\b)|(?<=\d\d[:.][0-5]\d\sto\s)|(?<=\d\d[:.][0-5]\d[-–])"
            # ... or heading a live report's entry: '07:45 - Shells hit the port'
            r"|(?:(?<=\n)|\A|(?<=\n[-–•*]\s))"
            r"(?=(?:[01]\d|2[0-3]):[0-5]\d[ \t]*(?:[-–—][ \t]|:[ \t]))"
            r")(?<![\d:])(?P<hc>[01]?\d|2[0-3])(?::|\s:\s)(?P<mic>[0-5]\d)(?::(?P<secc>[0-5]\d))?"
            r"(?![:.,]?\d|\s:\s\d)"
            # '14.30', '08.51 GMT': a 24-hour clock written with a full stop, as British copy
            # writes it, is one only with two figures of hour and its zone, a day after it, or
            # a word that sets a time before it and nothing that counts after it (never '17.15
            # dlrs' nor '19.25/35'); the reader turns away levels ('unchanged at 12.50')
            r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\babout\s)"
            r"|(?<=\baround\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\d\d[:.][0-5]\d\sto\s)"
            r"|(?<=\d\d[:.][0-5]\d[-–])|(?=\d\d\.[0-5]\d(?:\s+(?:GMT|UTC|BST|CET|CEST|hours|hrs"
            rf"|local\s+time|today|tonight|tomorrow|on\s+(?:{weekday})|{weekday})\b"
            r"|\s*(?:-|–|to)\s*\d\d[:.][0-5]\d))"
            # '03 . 31 BST', as tokenised copy writes it, only with its zone
            rf"|(?=\d\d\s\.\s[0-5]\d\s+{_ZONES}\b))"
            r"(?<![\d.,$£€])(?P<hdot>[01]\d|2[0-3])(?:\.|\s\.\s)(?P<midot>[0-5]\d)(?![\d.,]?\d)"
            r"(?=\s*$|[.,;:)\-–—]|\s+(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]?T\b|hours\b|hrs\b"
            rf"|local\b|on\b|today\b|tonight\b|tomorrow\b|to\s+\d|when\b|{weekday})))"
            rf"(?:\s+(?:{_ZONES}|ET|CT|PT|MT|local\s+time"
            # a US zone's bare name before the day or a stop: '8 a.m. Eastern on Tuesday'
            rf"|(?-i:{'|'.join(sorted(_US_ZONE_NAMES))})"
            rf"(?=\s+(?:on\s+)?(?:{weekday})\b|\s+on\s+(?:{month})|\s*[,.;]))"
            # a zone in words: '5:00 p.m., New York City time, on May 31', '8 p.m. Damascus time'
            rf"|,?\s+(?!(?:{weekday}|{month})\b)(?-i:(?:[A-Z][a-z]+\s+){{1,3}})[Tt]ime\b(?:,(?=\s+on\b))?"
            # ... or by its place before another zone's time: '2 p.m. in Washington (1800 GMT)'
            rf"|\s+in\s+(?!(?:{weekday}|{month})\b)(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})"
            r"(?=\s+\((?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\))"
            r"|(?<=[:.][0-5]\d)\s+(?:hours|hrs)\b)?"  # '14:00 hours', as South Asian copy writes it
            r"(?:\s+\([^()]{1,24}\))?"
            # 'at 9pm on Tuesday 4 February', '11.40pm on 14 April 1912', '5 p.m. EST, Nov. 6'
            rf"(?:,?\s+(?:on\s+)?(?:(?:{weekday}),?\s+)?"
            rf"(?:(?P<month>{month})\s+(?P<d1>{DAYNUM})|(?P<d1b>{DAYNUM})\s+(?P<monthb>{month}))"
            rf"(?:,?\s+(?P<cyear>{YEAR})(?!\d))?"
            # never the first day of a range of days ('5 p.m. Monday through Friday')
            rf"|,?\s+(?:on\s+)?(?:(?P<wd2>{weekday})(?!{dash}(?:{weekday}))"
            rf"(?:\s+(?P<wdpod>{pod})(?![\w-]))?"
            # (a capital after 'p.m.' opens a sentence: 'at 9 p.m. Tomorrow, the cabinet ...')
            rf"|(?!(?<=\.\s)(?-i:[A-Z]))(?P<dw2>{day_word}|tonight)(?:\s+(?:{pod})(?![\w-]))?"
            r"|(?P<lastnight>last\s+night)"
            r"|(?P<thispod>this\s+(?:morning|afternoon|evening))))?"
            # another zone's time after the day: '2 a.m. Sunday (0000 GMT)'
            r"(?:(?<=[a-z])\s+\((?=[^()]*\d)[^()]{1,24}\))?",
            g._read_clock,
        ),
        rule(
            "duration",
            r"(?P<n>(?!x)x)?(?P<unit>years|months|weeks|days|decades|hours|minutes|seconds"
            r"|centuries)(?!\s+(?:ago|old)\b)",
            _bare_plural_adapter,
        ),
        rule(
            "quarter",
            rf"(?P<pre>(?:the\s+)?(?:(?:this|last|next)\s+year['’]s\s+|(?P<year>{YEAR})(?:['’]s)?\s+)?"
            r"(?:(?:fiscal|financial|year[\s-]ago|year[\s-]earlier|comparable|same|latest|current"
            r"|previous|past|prior|preceding|last|final|next|coming|most\s+recent|recent|just-ended"
            r"|corresponding"
            r"|this|that|first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)*)"
            r"(?P<noun>quarter|qtr|period)"
            # 'the quarter-to-quarter change', 'a quarter-point cut' are no quarters of a year
            r"(?![-–](?!end\b)\w)"
            r"(?:\s+(?:(?:of|in)\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<yr2>(?:19|20)\d\d)(?![\d,./-]\d)"
            r"|\s+of\s+(?P<rely>next|this|last|the)\s+year"
            r"|\s+(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier)))?",
            _quarter_adapter,
        ),
        rule(
            "quarter_pair",  # 'the third and fourth quarters of 1987': two quarters, as TimeML
            # marks them ('the third' and 'fourth quarters of 1987')
            r"(?P<first>(?:the\s+)?(?P<o1>first|second|third|fourth|1st|2nd|3rd|4th))"
            r"\s+(?:and|or)\s+(?:the\s+)?(?P<o2>first|second|third|fourth|1st|2nd|3rd|4th)"
            r"[\s-]+quarters(?![\w-])"
            r"(?:\s+(?:of\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<yr2>(?:19|20)\d\d)(?![\d,./-]\d)"
            r"|\s+of\s+(?P<rely>next|this|last|the)\s+year)?",
            _quarter_pair_adapter,
        ),
        rule(
            "same_period",  # 'the same period last year' after 'the first half'
            r"the\s+(?:same|corresponding|comparable)\s+(?P<noun>period|time|months?|half|season)"
            r"\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year)"
            # 'in September from the same month in 1995': that month, in the year written
            r"|the\s+(?:same|corresponding|comparable)\s+(?P<noun2>period|months?|half|season)"
            r"\s+(?:in|of)\s+(?P<year>(?:19|20)\d\d)(?![\d,./-]\d)"
            # ... and 'from the same 1986 month', as wire copy writes it
            r"|the\s+(?:same|corresponding|comparable)\s+(?P<year2>(?:19|20)\d\d)\s+"
            r"(?P<noun3>period|months?|half|season)(?![\w-])",
            _same_period_adapter,
        ),
        rule(
            "quarter",  # 'Q3', '3Q 2012', as company reports write quarters
            rf"(?P<qc>Q[1-4]|[1-4]Q)(?:\s+(?P<year>{YEAR})|(?:(?<=Q)|['’])(?P<yy>\d\d)(?!\d))?",
            _quarter_code_adapter,
            flags=0,
        ),
        rule(
            "half",  # 'H1 2013', '1H14'
            rf"H(?P<hc>[12])\s+(?P<year>{YEAR})|(?P<hc2>[12])H['’]?(?P<yy>\d\d)(?!\d)",
            _half_code_adapter,
            flags=0,
        ),
        rule(
            "part_century",  # 'a half-century of military rule', 'a quarter century ago'
            r"an?\s+(?P<part>half|quarter)[\s-]century(?P<ago>\s+ago)?(?![\w-])",
            _part_century_adapter,
        ),
        rule(
            "year",  # "the class of '86", "in '99": a year written with its last two figures
            r"(?P<year>(?!x)x)?['’](?P<yy>\d\d)(?![\d'’%]|\w|[.,]\d|\s*(?:pct|percent)\b)",
            g._read_year,
        ),
        rule(
            "year",  # 'FY2013', 'FY 2013', "FY13", "FY'13"
            rf"FY\s?(?:(?P<year>{YEAR})|['’]?(?P<yy>\d\d))(?!\d)",
            g._read_year,
            flags=0,
        ),
        rule("vague", rf"(?P<vague>{w.alternation('vague')})", spans._read_vague),
        rule(
            "holiday_quarter",  # 'profit rose in the holiday quarter': the year's fourth
            r"(?:the|its|their)\s+(?:crucial\s+|key\s+|all-important\s+)?holiday(?:[\s-]+season)?"
            r"\s+quarter|(?<=\ba\s)(?:weak|strong|soft|solid|slow|busy)\s+holiday\s+quarter",
            _holiday_quarter_adapter,
        ),
        rule(
            "results_year",
            # 'a gain of 3,000 dlrs in year', 'figures for year are ...' ('in year one' and
            # 'year by year' are no such year)
            r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bqtr\sand\s)|(?<=\bquarter\sand\s))"
            r"year(?=\s*[.,;)]|\s*$|\s+(?:and|from|vs|versus|are|is"
            r"|were|was|reflects?|includes?|excludes?|included|excluded|ended|ending)\b)"
            # 'Year net includes ...', 'NOTE: Latest year net ...' heading a note
            r"|(?P<head>(?:(?:latest|current)\s+)?(?-i:Year|year))(?=[ \t]+(?:oper(?:ating)?\s+)?"
            r"(?:net|shr|share|per[\s-]share|figures|results|earnings|revs|revenues|sales)\b)",
            _results_year_adapter,
        ),
        rule(
            "relative",
            rf"(?:(?P<rel>(?:the\s+|this\s+(?=past))?(?:last|next|past|previous|coming|current|outgoing"
            r"|present(?=\s+(?:(?:fiscal\s+|financial\s+)?year|decade|century|quarter|month)\b))"
            rf"|this)\s+)(?P<unit>{unit_rel})(?!-end\b)|(?P<rel_>(?!x)x)?the\s+(?:(?:long|holiday)\s+)?(?P<unit2>weekend)"
            # 'responding to weekend remarks', 'after weekend talks': the weekend before a noun
            r"|(?:(?<=\bto\s)|(?<=\bafter\s)|(?<=\bfollowing\s)|(?<=\bsince\s)|(?<=\bbefore\s)"
            r"|(?<=\bahead\sof\s)|(?<=\ba\s)|(?<=\bduring\s)|(?<=\bin\s))(?P<unit3>weekend)"
            r"(?=\s+(?!(?:in|at|on|with|and|or|to|for|away|there|here|of|off|is|was|will)\b)"
            r"(?-i:[a-z]+)\b)",
            _relative_adapter,
        ),
        rule(
            "the_year",
            # never the idiom 'a round the year basis', 'open all the year round'
            r"(?<!\bround\s)the\s+(?:(?P<kind>full|fiscal|financial|calendar|whole|entire)\s+)?year"
            r"(?!\s+(?:ago|earlier|round)\b)"  # 'the year ago period' is a quarter or a year back
            r"(?P<ahead>\s+ahead)?"
            # 'the year to March', 'the year to date' is a span; 'the year to be flat' is not
            rf"(?!-)(?P<ended>(?=\s+(?:ended|ending|through|that\s+ended|to\s+(?:date|end|the\s+end"
            rf"|mid|{month}))\b))?",
            g._read_the_year,
        ),
        # 'halted for a half hour', 'in the final half hour': thirty minutes
        rule("half_hour", r"(?<!\bevery\s)(?:an?\s+)?half[\s-]hour(?![\w'’-])", _half_hour_adapter),
        # 'cash 909.50 3months 880.00': a count run into its unit, as metal reports write the
        # three-months price
        rule(
            "duration",
            r"(?<![\w.,/$-])(?P<n>[1-9]\d?)(?P<unit>months|mths|weeks|days|years)(?![\w'’-])",
            _run_together_adapter,
        ),
        rule("this_period", r"the\s+(?P<unit>week|month|decade)", _this_period_adapter),
        # 'for the half-year ended September 30', 'in its fiscal year ended February 7': a span
        rule(
            "span_ended",
            r"(?:the\s+(?P<half>half(?:[\s-]year)?)|(?:its|their)\s+(?:fiscal\s+|financial\s+)?year)"
            r"(?=\s+(?:ended|ending|to|through)\s+(?!date\b|come\b)(?:(?-i:[A-Z])|\d))",
            _span_ended_adapter,
        ),
        rule(
            "day_of_rel_month",  # 'on the 17th of next month', 'the fifth of this month'
            r"the\s+(?:(?P<dn>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)|(?P<dnw>"
            rf"{day_ordinal}))\s+of\s+(?P<mrel>this|next|last|the\s+(?:current|coming|past)"
            r"|the\s+previous)\s+month\b",
            _day_of_rel_month_adapter,
        ),
        rule(
            "day_of_month",  # 'had arrived on the 19th': that day of the month told before it
            r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bsince\s)"
            r"|(?<=\bto\s)|(?<=\bthrough\s))"  # 'from May 3rd to the 7th'
            r"the\s+(?:(?P<nth>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
            r"(?=\s*[,.;:)!?]|\s*$|\s+(?:and|or|but|when|at|in|to|with|after|before)\b)"
            # ... and spelled out, as broadcast copy writes it: 'resumes on the fifteenth.'
            # (never 'on the first', 'the third and final day')
            rf"|(?!(?:first|second|third|fourth)\b)(?P<nthw>{day_ordinal})"
            r"(?=\s*[,.;:)!?]|\s*$|\s+(?:but|when|at|to|with|after|before)\b))",
            _day_of_month_adapter,
        ),
        rule(
            "day_every_month",  # 'on the 20th of each month', 'every March 14': a day that recurs
            rf"(?:the\s+)?(?:(?P<nth>{DAYNUM})|(?P<nthw>{day_ordinal}))\s+(?:day\s+)?of\s+"
            r"(?:each|every)\s+month(?![\w-])"
            rf"|(?:every|each)\s+(?P<month>{month})\s+(?P<day>{DAYNUM})(?![\w-])"
            # 'the second Tuesday of each month': a monthly set
            rf"|(?:the\s+)?(?P<nthwd>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
            rf"(?P<wd>{weekday})\s+(?:of|in)\s+(?:each|every)\s+month(?![\w-])",
            _day_every_month_adapter,
        ),
        rule(
            "midweek",  # 'rain by midweek', 'in mid-week': the middle of the week in play
            r"(?=mid)(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)"
            r"|(?<=\bafter\s)|(?<=\baround\s)|(?<=\bthrough\s)|(?<=\bat\s)|(?<=\bsince\s))"
            r"mid-?week(?![\w-])",
            _midweek_adapter,
        ),
        rule(
            "midmonth",  # 'prices are set at mid-month': the middle of the month in play
            r"(?=mid)(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
            r"|(?<=\baround\s)|(?<=\bat\s)|(?<=\bsince\s)|(?<=\bfrom\s))"
            r"mid-?month(?![\w-])",
            _midmonth_adapter,
        ),
        rule(
            # 'will in future publish', 'In future, ...': British for 'in the future' (never
            # 'in future years', 'in future talks')
            "in_future",
            r"(?<=\bin\s)future(?=\s*[,.;:)\"'’”]|\s*$|\s+(?:the|a|an|we|he|she|it|they|you|i"
            r"|all|any|this|that|these|those|such|be|to|and|or|but|if|when|as|will|would|should"
            r"|could|must|may|might|can|there|its|their|his|her|our|was|were|is|are|about|on|at|in"
            r"|for|by|with|without|than|unless|because|so|then|we|he)\b)"
            # ... and after a modal, whatever follows: 'the bank will in future publish'
            r"|(?:(?<=\bwill\sin\s)|(?<=\bwould\sin\s)|(?<=\bshould\sin\s)|(?<=\bshall\sin\s)"
            r"|(?<=\bmust\sin\s)|(?<=\bcould\sin\s)|(?<=\bmay\sin\s)|(?<=\bcan\sin\s))future\b",
            _in_future_adapter,
        ),
        rule(
            # 'its present coverage', 'the present rules': 'present' before a noun, as 'current'
            # (not 'present at the talks', 'will present the report')
            "present_adjective",
            r"(?:(?<=['’]s\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bour\s)"
            r"|(?<=\bthe\s)|(?<=\bThe\s))(?-i:present)(?=\s+(?-i:[a-z]{3,})\b)"
            r"(?!\s+(?:and|are|was|were|its|their|his|her|our|the|for|with|from|this|that|these)\b)",
            _present_adjective_adapter,
        ),
        rule(
            "midyear",  # 'done by mid-year', 'cut its budget in midyear': the middle of a year
            r"(?=mid)(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
            r"|(?<=\baround\s)|(?<=\bat\s)|(?<=\bsince\s)|(?<=\bfrom\s))"
            r"mid-?year(?![\w-])",
            _midyear_adapter,
        ),
        # 'up 25 percent year-to-date', 'Week-to-date, the index is up': the period under way
        rule("to_date", r"(?P<unit>year|month|week)[-\s]to[-\s]date\b", _to_date_adapter),
        # 'talks resume in the new year': the year to come (in a story with capitals, where
        # 'the New Year' is the holiday)
        rule("new_year", r"[Tt]he\s+new\s+year(?![\w'’-])", _new_year_adapter, flags=0),
        rule(
            "year_end",
            rf"(?:the\s+)?(?:year(?:-|\s+|['’]s\s+|)end|end-year)(?![\w-])"
            rf"(?:,?\s+(?P<year>{YEAR})(?!\d))?",
            _year_end_adapter,
        ),
        rule(
            "year_ago",  # 'the year-ago month' is the month told before, a year back
            r"(?:the\s+)?year(?:-|\s(?=(?:ago|earlier)\s+(?:period|quarter|month|results?|figures?"
            r"|levels?|week)\b))(?:ago|earlier)(?P<month>\s+(?:month|week)(?![\w-]))?",
            g._read_year_ago,
        ),
        rule(
            "ago",
            # 'versus 294,000 week ago' in market copy: the number counts head, the week is one
            rf"(?:(?P<n>{num})(?:(?<=\ba)|(?<=\ban)|(?<=\bone)|(?<=\b1)|(?!{one_ago}))[\s-]+"
            # ... or after a table's word for no figure: 'week ago holiday year ago 14,200'
            rf"|(?:(?<=\d\s)|(?<=\bholiday\s)|(?<=\bclosed\s)|(?<=\bnil\s)|(?<=\bunch\s))"
            rf"(?={one_ago}))"
            rf"(?P<unit>{unit})(?:\s+or\s+so)?\s+(?P<dir>ago|(?:earlier|later)(?!{_OF_A_PERIOD})"
            r"|(?:prior|previously)(?=\s*(?:[.,;:)]|$|\s+(?:that|when|and|but)\b))"
            # 'before' closing a clause is part of the time ('two days before.'); before an
            # event it is a signal TimeML leaves out ('two hours | before the flight')
            rf"|before(?={spans.CLAUSE_END.pattern})"
            rf"|back|from\s+now|from\s+(?:today|tonight|tomorrow|yesterday|(?P<fromwd>{weekday}))"
            # (not 'the five days from Wednesday to Sunday': a span with its ends)
            r"(?!\s+(?:to|through|until|till|and)\b|\s*[-–])"
            r"|hence)"
            rf"(?:(?P<today>\s+(?:today|yesterday|tomorrow))"
            rf"|(?<=ago)\s+this\s+(?P<thisunit>week|month|{month}|{season})"
            r"(?![\w-]))?",
            spans._read_ago,
        ),
        rule(
            "duration",
            # 'the' is the noun's in 'the two-day conference', 'the six month rate'
            rf"(?:(?:the|each\s+of\s+the)\s+(?!(?:{counted}|\d+)(?:-plus)?-(?:{unit}))"
            r"(?!\w+\s+(?:second|minute|hour|day|week|month|year|decade)\s+[A-Za-z]))?"
            rf"(?:(?:past|{verb_last}last|next|first|coming|previous|year-earlier|year-ago|"
            # (never the tail of a span of years: 'the 2021-22 school year')
            rf"following|final|initial|latest|same|other|remaining)\s+)?(?<!\d\d\d\d[-–/])(?P<n>{num})"
            r"(?P<plus>-plus)?"  # '15-plus years': more than fifteen
            r"(?P<bound>\s+or\s+(?P<side>more|fewer|less)(?=\s+\w))?"  # '10 or more years'
            r"(?:\s+(?:more|additional|extra|further|full|straight|consecutive|successive|whole"
            r"|entire|long"
            r"|trading|business|working|selling|banking|school|previous|prior|preceding"
            r"|sitting|legislative|parliamentary|session"
            r"|calendar(?=\s+(?:days|weeks|months|years)\b)"
            r"|following"
            # how the years went: 'six successful years', 'three difficult months'
            rf"|{spans.HOW_IT_WENT}"
            # up to two: '30 consecutive trading days'
            r"|(?:fiscal|financial)(?=\s+(?:years|quarters)\b))){0,2}"
            # 'four-day', and 'four - day' as tokenised copy writes it (not '15 - year - old')
            rf"(?P<half>[\s-]+and[\s-]+(?:a|one)[\s-]+half)?(?:\s+|-|\s-\s)(?P<unit>{unit})"
            r"(?P<half2>\s+and\s+a\s+half)?(?:-long)?(?![\s-]old|-|\s-\s)"
            # a singular unit before 'ago' counts one ('294,000 week ago' is no 294,000 weeks)
            r"(?:(?<=[sS])|(?!\s+(?:ago|earlier)\b))",
            _counted_duration_adapter,
        ),
        rule(
            "duration",
            rf"(?:the\s+)?(?:past|{verb_last}last|next|coming|recent|previous|first)\s+(?P<n>(?!x)x)?"
            r"(?P<unit>years|months|weeks|days|decades|hours|quarters)",
            spans._read_duration,
        ),
        rule(
            "duration",  # 'a quarter of a century', 'three quarters of an hour'
            r"(?P<frac>an?|one|three)[\s-]+quarters?\s+of\s+an?\s+(?P<unit>century|year|day|hour)",
            _quarter_of_adapter,
        ),
        rule(
            "duration",  # a race's time, 'won in 2:17:22', 'a record 2:03:36'; 'third, 1:12 back'
            r"(?<![\d:.,])(?<!\bat\s)(?:(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)"
            r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d)(?=\s+(?:back|behind|adrift)\b))"
            r"(?:\.(?P<frac>\d{1,3}))?(?![\d:.]\d)"
            r"(?!\s*(?:[ap]\.?m\b|GMT|UTC|EST|EDT|CST|PST|ET\b|local|hours|hrs|o'clock))",
            _race_time_adapter,
        ),
        rule(
            "duration",  # 'a day-long meeting', 'their decades-long feud': no number written
            rf"(?P<n>(?!x)x)?(?P<unit>{unit})-?long(?![\w-])",  # and 'weeklong', 'hourlong'
            _long_adapter,
        ),
        rule(
            "duration",  # 'over the years': as 'for years', a span of some length
            r"(?<=\bover\s)the\s+(?P<n>(?!x)x)?(?P<unit>years|months|weeks|decades|centuries)"
            r"(?!\s+(?:of|ago|before|after|since|that|when|to|in\s+which)\b)",
            spans._read_duration,
        ),
        rule(
            "duration",  # 'the weeks ahead': as 'recent years', a span of some length
            r"the\s+(?P<n>(?!x)x)?(?P<unit>years|months|weeks|days|decades)\s+ahead",
            spans._read_duration,
        ),
        rule(
            "duration",  # 'the third strike in as many days': as many as the count before
            r"(?<=\bin\s)as\s+many\s+(?P<n>(?!x)x)?(?P<unit>years|months|weeks|days|hours)",
            _as_many_adapter,
        ),
        rule(
            "half",
            # 'the first half', "1986's first half", 'a 1987 first-half loss'
            rf"(?:(?:the\s+)?(?P<yrp>{YEAR})(?:['’]s)?\s+|the\s+)?"
            r"(?P<ord>first|second|1st|2nd|last|latter|early|later)[\s-]+half"
            # 'first-half 1986/87', 'the second half of fiscal 1985/86': a half of a split year
            r"(?:\s+(?:of\s+)?(?:(?:fiscal|financial)\s+)?(?P<split>(?:19|20)\d\d/(?:\d\d|(?:19|20)\d\d))"
            r"(?![\d/])"
            rf"|\s+of\s+(?:(?:fiscal\s+|financial\s+|calendar\s+)?(?P<year>{years})"
            r"|(?P<rely>next|this|last|the)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year)"
            r"|\s+(?P<yr3>(?:19|20)\d\d)(?![\d,./-]\d))?",  # 'first half 1986', "1986's first half"
            _half_adapter,
        ),
        rule(
            "quarter",  # 'the first three months of 1987', 'the final three months of next year'
            r"(?:the\s+)?(?P<ord>first|last|final)\s+(?:three|3)\s+months\s+of\s+"
            rf"(?:(?P<year>{years})|(?P<rely>next|this|last)\s+year)(?![\w-])",
            _three_months_adapter,
        ),
        rule(
            "half",  # 'the first two quarters of 1990', 'the last six months of next year'
            r"(?:the\s+)?(?P<ord>first|last|final)\s+(?:two\s+quarters|six\s+months)\s+of\s+"
            rf"(?:(?:fiscal\s+|financial\s+)?(?P<year>{years})"
            r"|(?P<rely>next|this|last|the)\s+(?:fiscal\s+|financial\s+)?year)",
            _half_adapter,
        ),
        rule(
            "season",
            rf"(?:(?:the\s+(?=coming|past))?(?P<rel>this|last|next|past|coming)\s+"
            # (the article of 'the spring market' is the market's)
            rf"|(?:the\s+(?!(?:{season})\s+(?:{season_noun})\b))?"
            rf"(?:(?P<part>early|late|mid)[\s-]+)?)"
            rf"(?P<season>{season})"
            # (not across a table's columns: 'HARD RED WINTER      1639')
            rf"(?:(?:[ \t]{{1,2}}|\n)(?:of\s+)?(?P<year>{years}))?",
            _season_adapter,
        ),
        rule(
            "holiday",
            rf"(?:(?<!\bthe\s)(?<!\bher\s)(?<!\bhis\s)(?<!\btheir\s)(?P<hrel>last|next|this)\s+)?"
            rf"(?P<holiday>{holiday})(?:\s+(?P<year>{YEAR}))?"
            # ... and "the New Year's weekend"
            r"(?:(?:['’]s)?(?:(?P<week>\s+week)|(?P<weekend>\s+(?:(?:long|holiday)\s+)?weekend)))?(?![\w-])",
            _holiday_adapter,
        ),
        rule(
            "set",
            # 'five-yearly', 'six-monthly': every so many of the unit
            rf"(?P<nlead>{num})-(?P<nunit>year|month|week|day|hour)ly(?![\w-])"
            # 'every quarter of an hour', 'every half hour'
            r"|every\s+(?:(?P<quarter_hour>quarter)|half)[\s-]+(?:of\s+)?(?:an\s+)?hour\b"
            rf"|(?P<setword>{w.alternation('set')})"
            # ('every night' is the night's, below)
            rf"|every\s+(?:single\s+)?(?:(?P<other>other|second|alternate)\s+|(?P<n>{num})\s+"
            rf"|(?!night\b))(?P<unit>{unit})"
            # 'each summer', 'every weekend', 'every morning', 'closed on weekends'
            rf"|(?:every|each)\s+(?:single\s+|other\s+|alternate\s+)?(?:(?P<season>{season})"
            r"|(?P<weekend>weekend)"
            rf"|(?P<hol>{holiday})(?![\w-])|(?P<pod>morning|afternoon|evening|night)(?![\w-]))"
            r"|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\bmost\s))(?P<weekends>weekends)",
            spans._read_set,
        ),
    )


_MODALS = "to will would could can may might should must".split()


def _number_words(w: Words) -> str:
    """A number in words as one phrase: 'twenty four', 'one hundred twenty', 'two thousand',
    'several'; never two numbers side by side ('two five-year issues' counts five years)."""
    kinds: dict[str, list[str]] = {"tens": [], "ones": [], "scale": [], "other": []}
    for form in w.forms.get("number", ()):
        if form in ("a", "an"):
            continue  # only before a unit, which the patterns that use them spell out
        value = w.lookup("number", form).value
        kinds[number_class(-1 if value == "X" else int(value))].append(form)
    tens, ones, scale, other = (_alternation("|".join(kinds[k]) or "(?!x)x") for k in kinds)
    # each word ends where a word ends: 'hundred' is no reading of 'hundreds of'
    simple = rf"(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{ones}|{other})(?!\w)"
    # 'a hundred', 'two thousand'; 'two hundred and twenty' as spoken, but never 'two hundred
    # and three hundred', two numbers
    scaled = rf"(?:(?:{simple}|an?)[\s-]+)?(?:{scale})(?!\w)(?:[\s-]+(?:{scale})(?!\w))*"
    tail = rf"(?:[\s-]+and[\s-]+(?:{simple})(?![\s-]+(?:{scale})(?!\w)))?"
    every = _alternation("|".join(form for forms in kinds.values() for form in forms))
    # the lookahead fails fast where no number word starts, as at most places in a text; the
    # atomic group keeps the first (longest) reading, so a phrase of many number words never
    # makes the engine try every way of splitting it ('one hundred one hundred ...')
    lead = rf"(?:{every})\b|an?\s+(?:{scale})\b"
    return rf"(?=(?:{lead}))(?>(?:(?:{scaled})[\s-]+)*(?:{scaled}{tail}|{simple}))"


def _alternation(forms: str) -> str:
    return "|".join(
        r"\s+".join(re.escape(piece) for piece in form.split()) for form in forms.split("|") if form
    )


def _calendar_day_adapter(m: re.Match[str], ctx: Context):
    if slashed := g.match_group(m, "d2s"):  # 'April 14/30': a span of days, if it runs forward
        if not m["d1"] or int(slashed) <= int(re.match(r"\d+", m["d1"]).group()):
            return None
        return g._read_calendar_day(_Shim(m, d2=slashed), ctx)
    named = _NAMED_AFTER.match(ctx.text, m.end())
    if named and ctx.words.lookup("name_after", named["word"]):
        return None  # 'the March 23 Movement', 'the April 6 Youth Movement': a name
    if m["d1w"] or g.match_group(m, "d1t"):  # 'March eighth': the day as a number for the reader
        spelled = m["d1w"] or m["d1t"]
        return g._read_calendar_day(_Shim(m, d1=ctx.words.lookup("ordinal", spelled).value), ctx)
    if m["d1c"]:  # 'May One', 'April twenty-one'; not the verbs: 'May one ask why?'
        verb = m["month"].lower() in ("may", "march") and m["d1c"].islower()
        if verb and g.opens_sentence(ctx.text, m.start()) and _LOWER_NEXT.match(ctx.text, m.end()):
            return None
        day = number_value(m["d1c"], ctx.words)
        return g._read_calendar_day(_Shim(m, d1=str(int(day))), ctx) if day else None
    return g._read_calendar_day(m, ctx)


_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_NAMED_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?P<word>[A-Z][a-z]+)\b")


_THIS_YEAR = re.compile(r"\bthis\s+year\b(?:['’]s)?[^.;]{0,50}$", re.I)


def _event_day_adapter(m: re.Match[str], ctx: Context):
    """A numeric name of an event's day ('9/11' is 2001-09-11), from the `event_day` rows."""
    month, _, day = m["num"].partition("/")
    value = g.event_day(ctx, int(month), int(day), m["num"])
    return ("DATE", value) if value else None


def _last_alone_adapter(m: re.Match[str], ctx: Context):
    """'last' standing for last year after 'this year ... as', 'this year and last'."""
    if not _THIS_YEAR.search(ctx.text[max(0, m.start() - 70) : m.start()]):
        return None
    return "DATE", f"{ctx.anchor.year - 1:04d}" if ctx.anchor else "XXXX"


_PRESENT_COPULA = re.compile(r"\b(?:today|it|this|now)(?:\s+is|['’]s)\s+$", re.I)


def _nth_day_adapter(m: re.Match[str], ctx: Context):
    """'Today is the eighth day of the blockade', "it's the second day of an offensive": the
    day the story is told; said of another day ('Monday was the third day') it is left out."""
    if not _PRESENT_COPULA.search(ctx.text[max(0, m.start() - 20) : m.start()]):
        return None
    nth = ctx.words.lookup("ordinal", m["nth"])
    if nth is None or not 1 <= int(nth.value) <= 366:
        return None
    return "DATE", dates.iso(ctx.anchor) if ctx.anchor else dates.UNRESOLVED_DAY


def _this_century_adapter(m: re.Match[str], ctx: Context):
    if m["millennium"]:  # 'the turn of the millennium': 2000, the turn nearest the story
        if ctx.anchor is None:
            return "DATE", "X000"
        return "DATE", f"{(ctx.anchor.year + 500) // 1000 * 1000:04d}"
    return g.read_this_century(_Shim(m, part=m["part"] or m["part2"]), ctx)


def _first_of_adapter(m: re.Match[str], ctx: Context):
    """'the first of the year', 'the first day of the year': the first day of the coming year
    (of this one, told as past); 'the first of the month' likewise; 'the last day of the
    year' is its December 31."""
    year_unit = (m["unit"] or m["unit2"]).lower() == "year"
    if m["edge"] and m["edge"].lower() != "first":
        return _last_day_of(year_unit, ctx.anchor, ctx.direction(m))
    if ctx.anchor is None:
        return "DATE", "XXXX-01-01" if year_unit else "XXXX-XX-01"
    this = ctx.anchor.replace(month=1, day=1) if year_unit else ctx.anchor.replace(day=1)
    if ctx.direction(m) == "past" or this == ctx.anchor:
        return "DATE", dates.iso(this)
    if year_unit:
        return "DATE", dates.iso(this.replace(year=this.year + 1))
    return "DATE", dates.iso(dates.month_end(this.year, this.month) + dt.timedelta(days=1))


def _holiday_quarter_adapter(m: re.Match[str], ctx: Context):
    """'the holiday quarter': the fourth quarter, last year's when told early in a year (when
    its results come out)."""
    if ctx.anchor is None:
        return "DATE", "XXXX-Q4"
    return "DATE", f"{ctx.anchor.year - (ctx.anchor.month <= 3):04d}-Q4"


def _last_day_of(year_unit: bool, anchor: dt.date | None, direction: dates.Direction):
    """'the last day of the year': December 31 of this year (of the last, told as past before
    it); 'the last day of the month' likewise."""
    if anchor is None:
        return "DATE", "XXXX-12-31" if year_unit else "XXXX-XX-XX"
    if year_unit:
        last = dt.date(anchor.year, 12, 31)
        if direction == "past" and last > anchor:
            last = dt.date(anchor.year - 1, 12, 31)
    else:
        last = dates.month_end(anchor.year, anchor.month)
        if direction == "past" and last > anchor:
            last = anchor.replace(day=1) - dt.timedelta(days=1)
    return "DATE", dates.iso(last)


def _nth_weekday_adapter(m: re.Match[str], ctx: Context):
    """'the first Tuesday of November': that day of the month's year (by tense, as a bare
    month is placed); 'the last Friday in June' counts from the month's end."""
    if m["yonly"]:  # 'the first Monday of 2000' counts from its January, 'the last' from December
        month = 12 if m["nth"].lower() == "last" else 1
        m = _Shim(m, year=m["yonly"], month="December" if month == 12 else "January")
    month = g._month_number(ctx, m["month"])
    if month is None or not g._capitalised(m["month"], ctx) or not g._capitalised(m["wd"], ctx):
        return None
    weekday = int(ctx.words.lookup("weekday", m["wd"]).value)
    if m["year"]:
        year = g.year_number(m["year"], ctx.words)
    elif ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    else:
        told = g.opening_year(ctx.text, m.start())
        year = told or dates.month_year(ctx.anchor, month, ctx.direction(m))
    if m["nth"].lower() == "last":
        day = dates.nth_weekday(year, month, 0, weekday)
    else:
        nth = int(ctx.words.lookup("ordinal", m["nth"]).value)
        day = dates.nth_weekday(year, month, nth, weekday)
    return "DATE", dates.iso(day)


def _nth_of_unknown_year(span: str) -> tuple[str, str]:
    """The value of a week, weekend or month of a month of no known year."""
    return "DATE", {"weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(span.lower(), "XXXX-WXX")


def _week_of_adapter(m: re.Match[str], ctx: Context):
    """'the week of March 6': the ISO week holding that day; 'the weekend of March 23': that
    week's weekend."""
    month, d1 = (m["month"], m["d1"]) if m["month"] else (m["monthb"], m["d1b"])
    read = g._read_calendar_day(
        _Shim(m, rel=None, wd=None, month=month, d1=d1, month2=None, d2=None), ctx
    )
    if isinstance(read, Reference):
        # a day of no known year, whose year a time told before may give: its week is not
        # known ('the week of March 6' in a story of unknown date had failed the story)
        return _nth_of_unknown_year(m["span"])
    if read is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", read[1]):
        return read
    day = dt.date.fromisoformat(read[1])
    if m["span"].lower() == "weekend":
        return "DATE", dates.weekend_of(day)
    return "DATE", dates.week_value(day)


def _numbered_week_adapter(m: re.Match[str], ctx: Context):
    """'epidemiological week 12': the ISO week of that number, in the year named, else the one
    the story is in (a number past the story's week, told as gone, is last year's); a bare
    'week 2' counts only in a story that has named its weeks so, or with a year."""
    number = int(m["wn"])
    if not 1 <= number <= 53:
        return None
    if m["weq"] and m["weq"] != "ISO" and m["weq"].lower() == "iso":
        return None  # 'iso' in lower case is no standard
    if not (m["weq"] or m["wy"] or m["wyrel"] or _WEEKS_NUMBERED.search(ctx.text, 0, m.start())):
        return None  # 'in week 2 of the season', 'Week 3 of the trial': no calendar week
    if m["wy"]:
        year = int(m["wy"])
    elif ctx.anchor is None:
        return "DATE", f"XXXX-W{number:02d}"
    elif m["wyrel"]:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(m["wyrel"].lower(), 0)
    else:
        year, week, _ = ctx.anchor.isocalendar()
        if number > week and ctx.direction(m) != "future":
            year -= 1  # 'week 51 saw the most cases', told in January
    if number == 53 and dt.date(year, 12, 28).isocalendar()[1] != 53:
        return None
    return "DATE", f"{year:04d}-W{number:02d}"


# a story that numbers its weeks as a calendar does: 'in epidemiological week 6 ... in week 7'
_WEEKS_NUMBERED = re.compile(
    r"\b(?:epidemiological|epidemiologic|epi|ISO|calendar)\s+weeks?\b", re.IGNORECASE
)


def _nth_week_adapter(m: re.Match[str], ctx: Context):
    """'the second week of January': the ISO week holding the middle of the month's second
    seven days; 'the last week of March': that of its last seven; 'the first week of 2018'."""
    nth = m["nth"].lower()
    last = nth in ("last", "final")
    mrel = g.match_group(m, "mrel")
    if mrel and (m["span"].lower() == "month" or ctx.anchor is None):
        # 'the first month of the month' is no such thing; in a story of unknown date the
        # month is not known
        return None if m["span"].lower() == "month" else _nth_of_unknown_year(m["span"])
    if m["span"].lower() == "month":  # 'the first month of 2018', 'the last month of the year'
        if m["month"]:
            return None  # 'the first month of March': no such thing
        month = 12 if last else _NTH[nth]
    if mrel and ctx.anchor is not None:  # 'the last week of the month': of the story's month
        shift = {"last": -1, "next": 1}.get(mrel.lower().split()[-1], 0)
        year, month = dates.shift_month(ctx.anchor.year, ctx.anchor.month, shift)
    elif m["wyear"]:  # 'the first week of 2018': of its January; 'the last week of 2017': December
        year, month = int(m["wyear"]), 12 if last else 1
    elif m["yrel"]:
        # 'the first week of the year' is told as 'the first week of January' would be; 'the
        # last month of next year' is next year's December
        if m["span"].lower() != "month":
            month = 12 if last else 1
        rel = m["yrel"].lower().split()[-1]
        if ctx.anchor is None:
            if m["span"].lower() == "week":
                return "DATE", "XXXX-W52" if last else f"XXXX-W{_NTH[nth]:02d}"
            if m["span"].lower() == "weekend":
                return "DATE", "XXXX-WXX-WE"
            return "DATE", f"XXXX-{month:02d}"
        if rel == "the":
            read = g._read_month(_Shim(m, month=_MONTH_NAMES[month], rel=None, rely=None), ctx)
            if isinstance(read, Reference):
                return _nth_of_unknown_year(m["span"])
            if read is None or not re.fullmatch(r"\d{4}-\d{2}", read[1]):
                return read
            year = int(read[1][:4])
        else:
            year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    else:
        read = g._read_month(_Shim(m, rel=None, rely=None), ctx)
        if isinstance(read, Reference):
            # a month whose year a time told before may give, in a story of unknown date:
            # its weeks are not known ('the second week of January' had failed the story)
            return _nth_of_unknown_year(m["span"])
        if read is None or not re.fullmatch(r"\d{4}-\d{2}", read[1]):
            return read
        year, month = (int(part) for part in read[1].split("-"))
    if m["span"].lower() == "month":
        return "DATE", f"{year:04d}-{month:02d}"
    if m["span"].lower() == "weekend":  # 'the first weekend of March': its first Saturday's
        saturday = dates.nth_weekday(year, month, 0 if last else _NTH[nth], 6)
        return "DATE", dates.weekend_of(saturday)
    if last:
        middle = dates.month_end(year, month) - dt.timedelta(days=3)
    else:
        middle = dt.date(year, month, 1) + dt.timedelta(days=7 * _NTH[nth] - 4)
    return "DATE", dates.week_value(middle)


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTH_NAMES = {1: "January", 2: "February", 3: "March", 4: "April", 12: "December"}
# 'met for three days earlier this month': 'earlier' opens a time of its own, no 'days earlier'
_OF_A_PERIOD = (
    r"\s+(?:this|last|that|next|in\s+the)\s+(?:day|week|month|year|morning|afternoon|evening"
    r"|decade|century|quarter|season|spring|summer|autumn|fall|winter)\b"
)


def _day_offset_adapter(m: re.Match[str], ctx: Context):
    if _OLD_NEWS.match(ctx.text, m.end()) and (m["dw"] or "").lower() == "yesterday":
        return g.NO_TIME  # 'already yesterday's news': stale, no day
    if m["dwx"]:
        return g._read_day_offset(_Shim(m, dw="last", pod=m["lastpod"]), ctx)
    if m["podx"]:
        return g._read_day_offset(_Shim(m, dw="this", pod=m["podx"]), ctx)
    if m["podb"]:
        return g._read_day_offset(_Shim(m, dw=m["dwb"], pod=m["podb"]), ctx)
    return g._read_day_offset(m, ctx)


# 'is already yesterday's news.', 'yesterday's man': stale (not 'yesterday's news of a rise')
_OLD_NEWS = re.compile(
    r"['’]s\s+(?:news|story|papers?|man|woman|men|hero|heroes)(?=\s*[.,;:!?\"”)]|\s*$)", re.I
)


_REF_SHIFT = {
    "following": 1,
    "next": 1,
    "after": 1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "before": -1,
}


def _anchored_adapter(m: re.Match[str], ctx: Context) -> Reference | None:
    """'the following year', 'that day', 'the previous Friday', 'the next morning', 'in the
    morning' (of the day the story is at)."""
    shift = _REF_SHIFT.get((m["dir"] or m["dir2"] or m["side"] or "").lower(), 0)
    if m["wd"]:
        if not g._capitalised(m["wd"], ctx):
            return None
        weekday = int(ctx.words.lookup("weekday", m["wd"]).value)
        return _with_fallback(Reference("WD", shift, weekday=weekday), ctx)
    if m["unit5"]:
        return _part_of_day(m, ctx)
    if m["unit5m"]:  # 'at midmorning'
        return _part_of_day(_Shim(m, unit5=m["unit5m"]), ctx)
    if m["unit5n"] or m["unit5s"]:  # 'in morning trade': that session of the story's day
        return _part_of_day(_Shim(m, unit5=m["unit5n"] or m["unit5s"]), ctx, session=True)
    if m["unit6"]:  # 'the year earlier': the year before the one just told, as 'a year earlier'
        return spans._read_ago(_Shim(m, n="a", unit=m["unit6"], dir="earlier", today=None), ctx)
    if m["dir2"]:  # 'Prior year net includes ...': the year before the report's, not a told one
        return ("DATE", f"{ctx.anchor.year - 1:04d}") if ctx.anchor else ("DATE", "XXXX")
    units = ("unit", "unit2", "unit3", "unit3b", "unit4", "unit7", "unit10")
    text = next(m[name] for name in units if m[name]).lower()
    pod = ctx.words.lookup("part_of_day", text)
    # 'within the next year' is counted from the publication date; 'took office in 2010 and
    # retired the next year' from the year told
    next_from_now = m["dir"] and m["dir"].lower() == "next" and text != "day" and pod is None
    if next_from_now and g.previous_word(ctx, m.start()) in _SPAN_LEADS:
        return None
    unit = {"day": "D", "week": "W", "weekend": "W", "month": "M", "year": "Y"}.get(text, "D")
    if g.match_group(m, "year_back"):
        return _with_fallback(Reference(unit, -12 if unit == "M" else -52, aside=True), ctx)
    # 'down from the previous week's sales', 'equaled the preceding week': a comparison,
    # which later ones never count back from
    compared = shift < 0 and (
        ctx.text[m.end() : m.end() + 2] in ("'s", "’s")
        or _COMPARED_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()])
    )
    ref = Reference(unit, shift, tod=pod.value if pod else None, aside=bool(compared))
    if text == "weekend":  # 'down 40 percent from the previous weekend': the week's weekend
        ref = dataclasses.replace(ref, within="-WE")
    if (m["unit3"] or m["unit3b"]) and ctx.anchor is not None and ctx.direction(m) == "past":
        # 'The board meets on Tuesday next week. Yields rose in the afternoon': no day to come
        ref = dataclasses.replace(ref, not_after=ctx.anchor)
    # 'that day' points at a day the story named; with none nearby it is some event's day
    if (
        m["unit3b"]
        and pod is not None
        and pod.value == "NI"
        and ctx.anchor is not None
        and ctx.direction(m) == "past"
    ):
        # 'battled the blaze through the night, officials said': with no day told before,
        # the night gone; never the night of the story's own day, still to come (under a
        # dateline 'JERUSALEM, March 8 -', 'fired on the settlement during the night')
        gone = ctx.anchor - dt.timedelta(days=1)
        return dataclasses.replace(ref, fallback=value_from(gone, ref), not_after=gone)
    if ctx.anchor is None or m["dir"] or m["dir2"] or m["unit3"] or m["unit3b"] or m["side"]:
        return _with_fallback(ref, ctx)
    if m["unit10"]:
        head, opens = g._sentence_so_far(ctx.text, m.start())
        if (
            ctx.text[max(0, m.start() - 9) : m.start()].lower().startswith("later")
            and ctx.direction(m) == "future"
            and not _tells_a_day(ctx, head[opens:])
            and not re.match(r"\s*\d{1,2}\b", head[opens:])  # (cut after 'Aug.' in 'Aug. 21')
        ):
            # 'France said it would put forward a draft later in the day': the day the
            # story is at, whatever day was told before
            return "DATE", dates.iso(ctx.anchor)
        return _with_fallback(dataclasses.replace(ref, reach=g.CLOCK_REACH), ctx)
    return ref


def _tells_a_day(ctx: Context, sentence: str) -> bool:
    """Whether ``sentence`` names a day, which is then the scene of its 'later in the day'."""
    told = _day_told(
        ctx.words.alternation("weekday", strict_dots=True),
        ctx.words.alternation("day_offset"),
        ctx.words.alternation("month"),
    )
    return bool(told.search(sentence))


@cache
def _day_told(weekday: str, day_word: str, month: str) -> re.Pattern[str]:
    """The pattern of a day told by name: a weekday, 'today', 'tomorrow' or a month's day."""
    return re.compile(rf"\b(?:{weekday}|{day_word}|(?=(?-i:[A-Z]))(?:{month})\s+\d)", re.I)


_SPAN_LEADS = frozenset(
    "within over in during for through throughout into by until till of".split()
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|than|over|versus|vs\.?|with|below|above|equall?ed|against)\s+$", re.IGNORECASE
)


# a part of the day with a modifier is a time when a preposition puts it in the story
_POD_PREPS = r"by|at|in|until|till|from|since|before|after|around|during|through|toward|towards"
_POD_PREP = re.compile(rf"\b(?:{_POD_PREPS})\s+(?:the\s+)?(?:mid|late|early)[\s-]$", re.I)
_POD_PREP_WHOLE = re.compile(rf"\b(?:{_POD_PREPS})\s+(?:the\s+)?$", re.I)  # 'at midmorning'


_DAY_BEFORE = re.compile(r"\b(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?\s+(?:to|through)\s+$", re.I)


def _day_of_rel_month_adapter(m: re.Match[str], ctx: Context):
    """'the 17th of next month': that day of the month before, of or after the story's."""
    number = int(m["dn"] or ctx.words.lookup("ordinal", m["dnw"]).value)
    rel = m["mrel"].lower().split()[-1]
    shift = {"next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1}.get(rel, 0)
    if ctx.anchor is None:
        return "DATE", f"XXXX-XX-{number:02d}"
    year, month = dates.shift_month(ctx.anchor.year, ctx.anchor.month, shift)
    if not dates.valid_day(year, month, number):
        return None
    return "DATE", f"{year:04d}-{month:02d}-{number:02d}"


def _day_of_month_adapter(m: re.Match[str], ctx: Context) -> Reference | None:
    """'on the 19th': that day of the month told just before; with none, of the publication
    month (of the month before when the day is still to come in a clause told as past)."""
    if g.previous_word(ctx, m.start()) in ("to", "through") and not _DAY_BEFORE.search(
        ctx.text, max(0, m.start() - 28), m.start()
    ):
        return None  # 'rose to the 7th' names a place; 'from May 3rd to the 7th' a day
    day = int(m["nth"] or ctx.words.lookup("ordinal", m["nthw"]).value)
    fallback = ("DATE", f"{dates.UNRESOLVED_DAY[:-2]}{day:02d}")
    if ctx.anchor is not None:
        year, month = ctx.anchor.year, ctx.anchor.month
        if day > ctx.anchor.day and ctx.direction(m) == "past":
            year, month = dates.shift_month(year, month, -1)
        if dates.valid_day(year, month, day):
            fallback = ("DATE", f"{year:04d}-{month:02d}-{day:02d}")
    return Reference("M", 0, within=f"-{day:02d}", fallback=fallback)


_NOT_BEFORE = re.compile(
    r"(?:\b(?:not|never|nobody|cannot)\b|\bno\s+one\b|n['’]t\b)[^.;:!?]*$", re.IGNORECASE
)


def _overnight_adapter(m: re.Match[str], ctx: Context):
    """'overnight': the night before the story told as gone, tonight told as to come; not
    'is not consummated overnight' (all at once)."""
    if _NOT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    if ctx.anchor is None:
        return "TIME", f"{dates.UNRESOLVED_DAY}TNI"
    ahead = ctx.direction(m) in ("future", "present")
    night = ctx.anchor if ahead else ctx.anchor - dt.timedelta(days=1)
    return "TIME", f"{dates.iso(night)}TNI"


def _part_of_day(m: re.Match[str], ctx: Context, *, session: bool = False) -> Reference | None:
    """'by mid-afternoon', 'in the early morning': that part of the day the story is at, like a
    bare clock time (the day named just before, else the publication day). A market's
    ``session`` ('in morning trade') needs no preposition before it."""
    prep = _POD_PREP_WHOLE if m.group().lower().startswith("mid") else _POD_PREP
    if not session and not prep.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # 'late afternoon sun', 'early morning raids': no time of their own
    pod = ctx.words.lookup("part_of_day", m["unit5"])
    if g.match_group(m, "wd5") and pod is not None:  # 'by late afternoon on Monday'
        return _weekday_part(m, ctx, m["wd5"], pod.value)
    # 'came in midafternoon', after 'before Budget Day, March 17': no day still to come
    gone = ctx.anchor if ctx.anchor is not None and ctx.direction(m) == "past" else None
    ref = Reference(
        "D",
        0,
        tod=pod.value if pod else None,
        reach=g.CLOCK_REACH,
        not_after=gone,
        # a market's session is of the day its own sentence names, else of the story's day
        # ('took effect on April 1. Shares rose in morning trading': today's)
        clock=session,
        sentence=session,
    )
    return _with_fallback(ref, ctx)


def _day_edge_adapter(m: re.Match[str], ctx: Context):
    """'at dawn' (a morning), 'by nightfall' (an evening), 'overnight Sunday' (Sunday's night):
    of the day named with it, else of the day the story is at, as 'in the morning' is."""
    if m["wdo"]:
        pod, named = "NI", m["wdo"]
    else:
        edge = re.sub(r"\s+", " ", m["edge"].lower())
        pod, named = _EDGE_POD[edge], m["wdb"] or m["wda"]
    offset = m["dwb"] or m["dwa"]
    if named:
        return _weekday_part(m, ctx, named, pod)
    if offset:
        if ctx.anchor is None:
            return "TIME", f"{dates.UNRESOLVED_DAY}T{pod}"
        shift = int(ctx.words.lookup("day_offset", offset).value)
        return "TIME", f"{dates.iso(ctx.anchor + dt.timedelta(days=shift))}T{pod}"
    gone = ctx.anchor if ctx.anchor is not None and ctx.direction(m) == "past" else None
    return _with_fallback(Reference("D", 0, tod=pod, reach=g.CLOCK_REACH, not_after=gone), ctx)


def _weekday_part(m: re.Match[str], ctx: Context, weekday_word: str, pod: str):
    """A part of the day (``pod``: MO, AF, EV, NI) of the weekday named with it, that weekday
    found by the tense of its clause, as 'Sunday morning' is."""
    if not g._capitalised(weekday_word, ctx):
        return None
    weekday = int(ctx.words.lookup("weekday", weekday_word).value)
    if ctx.anchor is None:
        return "TIME", f"XXXX-WXX-{weekday}T{pod}"
    day = dates.weekday_date(ctx.anchor, weekday, g._ahead(ctx.direction(m)))
    return "TIME", f"{dates.iso(day)}T{pod}"


_EDGE_POD = {
    "dawn": "MO",
    "daybreak": "MO",
    "first light": "MO",
    "dusk": "EV",
    "nightfall": "EV",
}


def _with_fallback(ref: Reference, ctx: Context) -> Reference:
    """The publication date is the story's first reference time: with no date before it, 'the
    following year' or 'the previous Friday' is resolved against that (when known)."""
    if ctx.anchor is None:  # 'the next day' in a story of unknown date: which day is unknown
        return dataclasses.replace(ref, fallback=_unknown_value(ref))
    return dataclasses.replace(ref, fallback=value_from(ctx.anchor, ref))


def _unknown_value(ref: Reference) -> tuple[str, str]:
    """The TIMEX3 type and value of ``ref`` with no reference time and no publication date:
    'XXXX-XX-XX' for a day, 'XXXX-WXX-5' for a Friday, 'XXXX-XX-XXTNI' for a night."""
    if ref.unit == "WD":
        value = f"XXXX-WXX-{ref.weekday or 1}"
    elif ref.unit == "D":
        value = dates.UNRESOLVED_DAY
    elif ref.unit in ("S", "MN"):
        value = f"XXXX{ref.within}" if ref.unit == "MN" else f"XXXX-{ref.within}"
    else:
        value = g.unresolved(ref.unit)
    if ref.tod:
        return "TIME", f"{value}T{ref.tod}"
    return "DATE", value


# how long after or before: 'hours later', 'days after the vote', 'weeks before', 'days ahead of'
_LATER = re.compile(
    r"\s+(?:later|earlier|after|before|ahead\s+of|prior\s+to|in\s+advance\s+of)\b", re.IGNORECASE
)
_NOT_A_LENGTH = frozenset({"the", "those", "these", "its", "their", "his", "her", "some"})
_MATTER_OF = re.compile(r"\bmatter\s+of\s+$", re.IGNORECASE)
_AWAY = re.compile(r"\s+away\b", re.IGNORECASE)  # 'the launch is just weeks away'
_RECORD_OF = re.compile(
    r"\s+of\s+(?:the|its|their|this|that|these|those|last|a|an)\b", re.IGNORECASE
)
# 'take years for' what comes 'to' pass: how long it takes, not 'take weeks for a holiday'
_TAKE_FOR_TO = re.compile(r"\s+for\s+[^.;:,]{1,40}?\bto\s+[a-z]", re.IGNORECASE)


# the taking verbs a length followed by 'to' is still taken by: 'take years to', 'need months to'
_TAKE_TO = ("tak", "took", "need", "requir")


def _bare_plural_adapter(m: re.Match[str], ctx: Context):
    before = g.previous_word(ctx, m.start())
    if m["unit"].lower() == "seconds" and before in ("for", "over"):
        return None  # 'asked for seconds' (a second helping); 'within seconds' is a length
    if _LATER.match(ctx.text, m.end()):
        # 'found dead hours later', 'came days after the vote': how long after or before, as
        # 'three days later' is ('in the days before' is a period, no length)
        return spans._read_duration(m, ctx) if before not in _NOT_A_LENGTH else None
    if (
        before in ("for", "over", "within", "in")
        or _AWAY.match(ctx.text, m.end())
        or _MATTER_OF.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return spans._read_duration(m, ctx)  # 'for weeks', 'in years', 'a matter of days'
    after = ctx.text[m.end() : m.end() + 5]
    if ctx.words.lookup("taking_verb", before) and (
        not re.match(
            r"\s+(?:of|for)\b" if before.startswith(_TAKE_TO) else r"\s+(?:of|to|for)\b",
            after,
        )
        or (before.startswith(_TAKE_TO) and _TAKE_FOR_TO.match(ctx.text, m.end()))
    ):
        # 'the talks could take weeks', 'it lasted hours', 'it may take years for prices to
        # recover', 'will need months to recover'
        return spans._read_duration(m, ctx)
    if m["unit"].lower() == "minutes" and _RECORD_OF.match(ctx.text, m.end()):
        return None  # 'Minutes of the April meeting': the record of a meeting
    if re.match(r"\s+of\s", ctx.text[m.end() : m.end() + 4]) and (
        ctx.words.lookup("span_lead", before) or g.opens_sentence(ctx.text, m.start())
    ):
        return spans._read_duration(m, ctx)  # 'Weeks of talks ended', 'after months of delay'
    return None  # a bare plural elsewhere is rarely a time


# a bare plural offered as the longer reckoning of one just told: 'weeks, perhaps months'
_OR_LONGER = re.compile(
    r",?\s+(?:perhaps|maybe|possibly|probably|or|if\s+not|or\s+even|even)\s+"
    r"(?:hours|days|weeks|months|years|decades)\b",
    re.IGNORECASE,
)


def _or_longer(found: list[Found], ctx: Context) -> list[Found]:
    """Stretch a vague duration over the longer one offered after it: 'weeks or months' and
    'weeks, perhaps months' are one approximate time, as TimeML marks them."""
    out = []
    for f in found:
        more = _OR_LONGER.match(ctx.text, f.end) if f.type == "DURATION" else None
        bound = _OR_MORE.match(ctx.text, f.end) if f.type == "DURATION" and not f.mod else None
        if more:
            f = dataclasses.replace(f, end=more.end(), mod=f.mod or "APPROX")
        elif bound:  # 'for a decade or more', 'a week or less'
            mod = (
                "EQUAL_OR_MORE" if bound["side"].lower() in ("more", "longer") else "EQUAL_OR_LESS"
            )
            f = dataclasses.replace(f, end=bound.end(), mod=mod)
        out.append(f)
    return out


_OR_MORE = re.compile(r"\s+or\s+(?P<side>more|longer|less|fewer|shorter)\b(?!\s+than)", re.I)


_QUARTER_OF = {"century": "P25Y", "year": "P3M", "day": "PT6H", "hour": "PT15M"}
_THREE_QUARTERS_OF = {"century": "P75Y", "year": "P9M", "day": "PT18H", "hour": "PT45M"}


def _quarter_of_adapter(m: re.Match[str], ctx: Context):
    """'a quarter of a century' is 25 years, 'three quarters of an hour' 45 minutes."""
    table = _THREE_QUARTERS_OF if m["frac"].lower() == "three" else _QUARTER_OF
    return "DURATION", table[m["unit"].lower()]


def _counted_duration_adapter(m: re.Match[str], ctx: Context):
    """'three years', 'two-day', 'the past two months'; '15-plus years' is more than 15,
    '10 or more years' at least ten."""
    if m["unit"].lower() in ("quarter", "quarters") and _BY_A_PART.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        return None  # 'cut costs by a quarter', 'fell by almost a quarter': a fraction
    if m["unit"].lower() == "day" and _ADJUSTED.match(ctx.text, m.end()):
        return None  # 'on a working-day adjusted basis': a statistical adjustment
    read = spans._read_duration(m, ctx)
    if read is None or read is g.NO_TIME or read[0] != "DURATION":
        return read
    if m["plus"]:
        return read[0], read[1], "MORE_THAN"
    if m["bound"]:
        return read[0], read[1], "EQUAL_OR_MORE" if m["side"].lower() == "more" else "EQUAL_OR_LESS"
    return read


_BY_A_PART = re.compile(
    r"\bby\s+(?:(?:about|nearly|almost|roughly|some|over|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_ADJUSTED = re.compile(r"\s+adjusted\b", re.IGNORECASE)


def _as_many_adapter(m: re.Match[str], ctx: Context):
    """'the third strike in as many days' is three days; with no count before it, some."""
    lead = ctx.text[max(0, m.start() - 60) : m.start()]
    words = re.findall(r"[\w-]+", SENTENCE_END.split(lead)[-1])[-7:-1]  # before 'in'
    # 'the third strike in', 'its fifth loss in', 'the third showdown on the issue in'
    for word in reversed(words):
        ordinal = ctx.words.lookup("ordinal", word.lower())
        count = int(ordinal.value) if ordinal else number_value(word, ctx.words)
        if isinstance(count, int | float) and count == int(count) and count >= 2:
            unit = g.unit_of(ctx.words, m["unit"])
            return ("DURATION", duration_value(int(count), unit)) if unit else None
    return spans._read_duration(m, ctx)


def _race_time_adapter(m: re.Match[str], ctx: Context):
    """'2:17:22' is two hours, 17 minutes and 22 seconds (PT2H17M22S); '1:12 back' a minute
    and 12 seconds."""
    frac = f".{m['frac']}" if m["frac"] else ""
    if m["h"]:
        hours, minutes, seconds = int(m["h"]), int(m["mi"]), int(m["s"])
    else:
        hours, minutes, seconds = 0, int(m["m2"]), int(m["s2"])
    parts = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    return "DURATION", f"PT{parts}{seconds}{frac}S" if seconds or frac else f"PT{parts}"


def _long_adapter(m: re.Match[str], ctx: Context):
    """'day-long' is one day, 'weeks-long' some weeks: the unit's number is its own."""
    if m["unit"].lower().endswith("s"):
        return spans._read_duration(m, ctx)
    return spans._read_duration(_Shim(m, n="one"), ctx)


_PART_OF = re.compile(
    r"(?:(?:end|beginning|start|middle|rest|close)\s+of|(?:later|earlier|early|late)\s+in)\s+$",
    re.IGNORECASE,
)


# 'the week of March 6', 'the week ended Friday', 'the week-long': another reading, or none
# a span closed by a day or a month after it: 'ended February 24', 'to Wednesday', 'ending
# March' (never 'to date', 'to come')
_SPAN_ENDED = re.compile(
    r"\s+(?:ended|ending|to|through)\s+(?!date\b|come\b)(?:(?-i:[A-Z])|\d|mid|end|early|late)"
    r"|(?=\s+(?:that\s+)?ended\b)",
    re.IGNORECASE,
)
_WEEK_NAMED_AFTER = re.compile(r"-|\s+(?:of|ended|ending|to|through|that|when|in\s+which)\b")


_YEAR_END_PREP = re.compile(
    r"\b(?:by|at|before|around|until|till|since|through|after|toward|towards|near|from)\s+$",
    re.IGNORECASE,
)


_RUN_TO_YEAR_END = re.compile(r"\b(?:between|from)\b[^.;:]+\b(?:and|to)\s+$", re.IGNORECASE)


def _year_end_adapter(m: re.Match[str], ctx: Context):
    """'by year-end', "before year's end", 'at year-end 1986': the end of this year, or of the
    last one when the clause looks back ('since year-end', 'debt fell at year end'). Not
    'year-end results', a kind of figures."""
    before = _YEAR_END_PREP.search(ctx.text, max(0, m.start() - 10), m.start())
    if before is None:
        # 'between September and end-year': the close of a run from a time before it
        before = _RUN_TO_YEAR_END.search(ctx.text, max(0, m.start() - 48), m.start())
    if before is None:
        return None
    if m["year"]:
        return "DATE", m["year"], "END"
    if ctx.anchor is None:
        return "DATE", "XXXX", "END"
    back = before.group().lower().startswith("since") or ctx.direction(m) == "past"
    return "DATE", f"{ctx.anchor.year - back:04d}", "END"


def _run_together_adapter(m: re.Match[str], ctx: Context):
    """'3months': a duration of that many units."""
    return "DURATION", f"P{int(m['n'])}{ctx.words.lookup('unit', m['unit']).value}"


def _span_ended_adapter(m: re.Match[str], _ctx: Context):
    """'the half-year ended September 30', 'its fiscal year ended February 7': how long."""
    return "DURATION", "P6M" if m["half"] else "P1Y"


def _half_hour_adapter(_m: re.Match[str], _ctx: Context):
    """'a half hour': thirty minutes."""
    return "DURATION", "PT30M"


def _to_date_adapter(m: re.Match[str], ctx: Context):
    """'year-to-date': the year under way (the week, the month), named as TimeML names it."""
    if g.previous_word(ctx, m.start()) in ("last", "the"):
        return None  # "versus last year-to-date", "the year to date": counted elsewhere
    unit = {"year": "Y", "month": "M", "week": "W"}[m["unit"].lower()]
    if ctx.anchor is None:
        return "DATE", g.unresolved(unit)
    return "DATE", g.shift_value(ctx.anchor, 0, unit, 1)


def _new_year_adapter(m: re.Match[str], ctx: Context):
    """'in the new year': the year to come, told late in a year; the year begun, early in one."""
    if not ctx.cased:
        return None
    if ctx.anchor is None:
        return "DATE", "XXXX"  # a year, not known which
    return "DATE", f"{g.year_to_come(ctx.anchor):04d}"


def _deep_time_adapter(m: re.Match[str], _ctx: Context):
    """'66 million years ago' is long past (no calendar year is meant); '20 million years'
    is a duration of that many years."""
    if m["ago"]:
        return "DATE", "PAST_REF"
    scale = 10**6 if m["scale"].lower() == "million" else 10**9
    return "DURATION", f"P{round(float(m['n']) * scale)}Y"


def _part_century_adapter(m: re.Match[str], ctx: Context):
    """'a half-century' is fifty years, 'a quarter-century ago' the year 25 years back."""
    years = 50 if m["part"].lower() == "half" else 25
    if not m["ago"]:
        return "DURATION", f"P{years}Y"
    if ctx.anchor is None:
        return "DATE", "PAST_REF"
    return "DATE", f"{ctx.anchor.year - years:04d}"


def _midyear_adapter(m: re.Match[str], ctx: Context):
    """'by midyear': the middle of the year the clause looks to; one told as gone before July
    is last year's, one ahead after July next year's."""
    if ctx.anchor is None:
        return "DATE", "XXXX", "MID"
    direction = ctx.direction(m)
    year = ctx.anchor.year
    if direction == "past" and ctx.anchor.month < 7:
        year -= 1  # 'cut its budget in midyear', said in April
    elif direction == "future" and ctx.anchor.month > 7:
        year += 1  # 'will be completed by midyear', said in October
    return "DATE", f"{year:04d}", "MID"


def _midmonth_adapter(m: re.Match[str], ctx: Context):
    """'at mid-month': the middle of the month the clause looks to; one told as gone early in
    a month is last month's, one ahead late in a month next month's."""
    if ctx.anchor is None:
        return "DATE", "XXXX-XX", "MID"
    direction = ctx.direction(m)
    months = ctx.anchor.year * 12 + ctx.anchor.month - 1
    if direction == "past" and ctx.anchor.day < 15:
        months -= 1  # 'prices were cut at mid-month', said on the 10th
    elif direction == "future" and ctx.anchor.day > 15:
        months += 1  # 'talks resume in mid-month', said on the 20th
    return "DATE", f"{months // 12:04d}-{months % 12 + 1:02d}", "MID"


def _present_adjective_adapter(m: re.Match[str], ctx: Context):
    """'its present coverage': now, as 'current' is."""
    return "DATE", ctx.words.lookup("vague", "current").value


def _in_future_adapter(m: re.Match[str], ctx: Context):
    """'in future': from now on, as 'in the future' is."""
    return "DATE", ctx.words.lookup("vague", "the future").value


def _day_every_month_adapter(m: re.Match[str], ctx: Context):
    """'the 20th of each month' (SET XXXX-XX-20), 'every March 14' (SET XXXX-03-14), 'the
    second Tuesday of each month' (SET P1M: no ISO form names the weekday)."""
    if m["nthwd"]:
        return ("SET", "P1M") if g._capitalised(m["wd"], ctx) else None
    if m["month"]:
        month = ctx.words.lookup("month", m["month"])
        if month is None or not m["month"][:1].isupper():
            return None
        day = int(re.match(r"\d+", m["day"]).group())
        if not dates.valid_day(2000, int(month.value), day):
            return None
        return "SET", f"XXXX-{month.value}-{day:02d}"
    if m["nth"]:
        day = int(re.match(r"\d+", m["nth"]).group())
    else:
        day = int(ctx.words.lookup("ordinal", m["nthw"]).value)
    return "SET", f"XXXX-XX-{day:02d}"


def _midweek_adapter(m: re.Match[str], ctx: Context):
    """'by midweek': the week of the Wednesday the clause looks to, ahead or gone."""
    if ctx.anchor is None:
        return "DATE", "XXXX-WXX", "MID"
    ahead = ctx.direction(m) in ("present", "future")
    wednesday = dates.weekday_date(ctx.anchor, 3, "future" if ahead else "past")
    return "DATE", dates.week_value(wednesday), "MID"


_SPAN_TO_YEAR = re.compile(r"\s+(?:to|through|until|ending(?:\s+in)?)\s+(?:19|20)\d\d\b", re.I)


def _decade_told(m: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """'moved to Nashville in 1963 and spent the rest of the decade there', 'by the end of
    that decade': the decade of the year told just before, not the story's."""
    lead = ctx.text[max(0, m.start() - 20) : m.start()]
    if not (_PART_OF.search(lead) or _THAT.search(lead) or _MUCH_OF.search(lead)):
        return None
    told = _year_told_near(ctx, m.start())
    if told is None or (ctx.anchor is not None and told // 10 >= ctx.anchor.year // 10):
        return None  # ('output will reach 4.5 mln tonnes by 1990 ... at the end of the decade')
    return "DATE", f"{told // 10:03d}"


_MUCH_OF = re.compile(r"\b(?:much|most|all|part|remainder)\s+of\s+$", re.IGNORECASE)


def _year_told_near(ctx: Context, at: int) -> int | None:
    """Return the last year written in full in the sentence of ``at`` or the one before ('in
    1963'), None if none is ('the 1960s', '1,963 people' are none)."""
    start = previous_sentence_start(ctx.text, at)
    years = [
        int(y["year"])
        for y in _FULL_YEAR.finditer(ctx.text, start, at)
        if not ctx.counts(y.start(), y.end())
    ]
    return years[-1] if years else None


_FULL_YEAR = re.compile(r"(?<![\w$,.-])(?P<year>1[5-9]\d\d|20\d\d)(?![\w'’,.-]\w|s\b)")
_THAT = re.compile(r"\bthat\s+$", re.IGNORECASE)


def _this_period_adapter(m: re.Match[str], ctx: Context):
    if m["unit"].lower() == "decade" and (told := _decade_told(m, ctx)):
        return told
    if _PART_OF.search(ctx.text[max(0, m.start() - 20) : m.start()]):
        return g._read_relative(_Shim(m, rel="this"), ctx)  # 'the end of the month': this one
    if m["unit"].lower() == "decade":
        if _SPAN_TO_YEAR.match(ctx.text, m.end()):
            return "DURATION", "P10Y"  # 'the decade to 2020', as 'the five years to 2010'
        return None  # 'over the decade' may be any ten years; 'the end of the decade' is above
    if _SPAN_ENDED.match(ctx.text, m.end()):
        # 'the week ended February 24', 'the month to March 31': a span of one, as 'the year
        # ended June 30' is
        return "DURATION", {"week": "P1W", "month": "P1M"}[m["unit"].lower()]
    if m["unit"].lower() == "week" and g.SUPERLATIVE_OF.search(
        ctx.text, max(0, m.start() - 50), m.start()
    ):
        return None  # 'the busiest day of the week': of any week
    if m["unit"].lower() == "week" and not _WEEK_NAMED_AFTER.match(ctx.text, m.end()):
        # 'for the week', 'the week's busiest session': a week the story is about, not pinned
        return "DATE", f"{ctx.anchor.year:04d}-WXX" if ctx.anchor else "XXXX-WXX"
    return None  # 'the month' alone may be any month


def _relative_adapter(m: re.Match[str], ctx: Context):
    if m["unit2"] or m["unit3"]:
        return g._read_relative(_Shim(m, rel=None, unit="weekend"), ctx)
    rel = re.sub(r"^(?:the|this)\s+", "", (m["rel"] or "").lower())
    if m["unit"].lower() == "day":
        # 'the next day' is anchored on another event, not on the publication date; 'the last
        # day of trading' is the final one; 'in the past day' is the day up to now
        return ("DURATION", "P1D") if rel == "past" else None
    if m["unit"].lower() == "hour":
        # 'in the past hour', 'over the next hour': the hour up to or from now; 'this hour' and
        # 'the previous hour' name no length the story gives
        return ("DURATION", "PT1H") if rel in ("last", "past", "next", "coming") else None
    return g._read_relative(m, ctx)


def _quarter_adapter(m: re.Match[str], ctx: Context):
    pre = m["pre"] or ""
    found = re.search(r"(first|second|third|fourth|1st|2nd|3rd|4th)", pre, re.IGNORECASE)
    ordinal = found.group(1) if found else None
    if not found and (m["year"] or m["yr2"]) and _LAST_OF_YEAR.search(pre):
        ordinal = "fourth"  # 'the final quarter of 1986', "1986's last quarter": its fourth
    if (
        not ordinal
        and not re.search(
            r"\b(the|this|that|year[\s-]ago|year[\s-]earlier|\d{4}|prior|previous|current|latest)\b"
            r"|year['’]s",
            pre,
            re.I,
        )
        # ... but a results table's 'for qtr' is the quarter reported, and so is its note's
        # 'gains of 3,000 dlrs in quarter' and 'NOTE: Qtr net includes ...'
        and not _results_quarter(m, ctx)
    ):
        return None  # a bare 'quarter' (a quarter of the vote) is no time
    if m["noun"].lower() == "period" and (
        ctx.quarter_at(m.start()) is None
        or not re.search(r"year|\d{4}|latest|comparable|same|corresp", pre, re.I)
    ):
        return None  # 'the period' is a quarter only in a quarterly report
    year = m["year"] or m["yr2"] or _relative_year(m, ctx)
    if not year and (shared := _AND_YEAR_AFTER.match(ctx.text, m.end())):
        year = shared[1]  # 'The qtr and year 1985 includes ...': the quarter of that year
    if m["ago"]:  # 'the corresponding period last year', 'the quarter a year ago'
        pre = f"{pre} last year"
    if (
        not (ordinal or year)
        and _NOTE_PRIOR.fullmatch(pre)
        and (
            _opens_note(ctx, m.start())
            or (_opens_line(ctx, m.start()) and _has_results_table(ctx.text))
        )
        and not _PAYOUT_NEXT.match(ctx.text, m.end())  # 'Prior-quarter dividend': the last one
    ):
        # 'NOTE: Prior qtr net includes ...': the figures compared with, the reported quarter's
        # a year before
        read = g._read_quarter(_Shim(m, ord=None, year=None, pre="the "), ctx)
        if isinstance(read, tuple) and (quarter := _QUARTER_PARTS.fullmatch(read[1])):
            return "DATE", f"{int(quarter[1]) - 1:04d}-Q{quarter[2]}"
        return read
    if (
        not year
        and (_results_quarter(m, ctx) or (ordinal and _in_results_note(m, ctx)))
        and (told := _note_year(ctx, m.start()))
    ):
        # '1985 net includes 3,000 dlrs in quarter' (or 'in 4th qtr'): that quarter in 1985;
        # 'Previous net excludes ... for qtr': the reported one a year back
        pre_read = pre if ordinal else "the "
        read = g._read_quarter(_Shim(m, ord=ordinal, year=None, pre=pre_read), ctx)
        if isinstance(read, tuple) and (quarter := _QUARTER_PARTS.fullmatch(read[1])):
            told_year = int(quarter[1]) - 1 if told == _PRIOR else told
            return "DATE", f"{told_year:04d}-Q{quarter[2]}"
    if not (ordinal or year) and _CURRENT.fullmatch(pre) and _heads_results_note(m, ctx):
        pre = "the "  # 'NOTE: Current qtr figures include ...': the quarter reported
    read = g._read_quarter(_Shim(m, ord=ordinal, year=year, pre=pre), ctx)
    if read and m["ago"] and not (ordinal or year) and re.search(r"same|corresp|compar", pre):
        # 'second-quarter profit will trail the same quarter last year': that quarter's
        return Reference("Q", -4, fallback=read, aside=True, exact=True)
    return read


def _results_quarter(m: re.Match[str], ctx: Context) -> bool:
    """True for a quarter written with no article as a results table writes the one reported:
    'for qtr', 'in quarter' (in a story with a table), 'NOTE: Qtr net includes ...'."""
    noun = m["noun"].lower()
    if noun == "period":
        return False
    if g.previous_word(ctx, m.start()) in ("for", "in"):
        return noun == "qtr" or _has_results_table(ctx.text)
    if _ENDS_NEXT.match(ctx.text, m.end()) and _opens_line(ctx, m.start()):
        return _has_results_table(ctx.text)  # 'Qtr ends Feb 28' heading a table
    return _heads_results_note(m, ctx)


def _heads_results_note(m: re.Match[str], ctx: Context) -> bool:
    """True for a period opening a results note's sentence: 'NOTE: Qtr net includes ...',
    'Current qtr figures include ...'."""
    return bool(
        _RESULTS_NOTE_NEXT.match(ctx.text, m.end())
        and (
            _opens_note(ctx, m.start())
            or (_opens_note_sentence(ctx, m.start()) and _has_results_table(ctx.text))
        )
    )


def _opens_note_sentence(ctx: Context, at: int) -> bool:
    """True when ``at`` opens a note's line, or a sentence after one ended on that line:
    'NOTE: ...', '    Year net includes ...', '... a split. Latest year net ...'."""
    return (
        _opens_note(ctx, at)
        or _opens_line(ctx, at)
        or bool(_AFTER_SENTENCE.search(ctx.text, max(0, at - 4), at))
    )


def _in_results_note(m: re.Match[str], ctx: Context) -> bool:
    """True for a period after 'in' or 'for' in a story with a results table."""
    return g.previous_word(ctx, m.start()) in ("for", "in") and _has_results_table(ctx.text)


def _results_year_adapter(m: re.Match[str], ctx: Context):
    """'gains of 3,000 dlrs in year', 'Share figures for year', 'Year net includes ...': in a
    story with a results table, the year of the quarter reported (the year just gone when a
    story of March reports a fourth quarter)."""
    if not _has_results_table(ctx.text):
        return None
    if m["head"] and not _opens_note_sentence(ctx, m.start()):
        return None  # 'the Year net': only the first words of a note or a line head it
    told = _note_year(ctx, m.start())
    if told and told != _PRIOR:
        return "DATE", f"{told:04d}"  # '1985 net includes 3,000 dlrs in year': of 1985
    if ctx.anchor is None:
        return "DATE", "XXXX"
    reported = ctx.quarter_at(m.start()) or dates.shift_quarter(*dates.quarter_of(ctx.anchor), -1)
    # 'Previous net excludes ... for year': the year compared with, one before
    return "DATE", f"{reported[0] - (told == _PRIOR):04d}"


# where a results note's sentence opens: 'NOTE:', or the end of the sentence before
_NOTE_SENTENCE = re.compile(r"\bNOTE:\s*|[.;]\s+", re.IGNORECASE)
# ... and the year that opens it: '1985 net includes', 'NOTE: 1986 oper net excludes', '1985
# 4th qtr and year include'; or the figures of the year before: 'Previous oper net excludes'
_NOTE_OPENING_YEAR = re.compile(
    r"((?:19|20)\d\d)\s+(?:[a-z\d]+\s+){0,3}?(?:net|shr|results|qtr|quarter|year)\b"
    r"|(?P<prior>(?:prior|previous|year[\s-]ago)(?:[\s-]+year)?\s+(?:oper(?:ating)?\s+)?net)\b",
    re.IGNORECASE,
)
_PRIOR = -1  # what _note_year gives for a note on the year-ago figures


def _note_year(ctx: Context, at: int) -> int | None:
    """The year opening the sentence of a results note that ``at`` is in, if one does (_PRIOR
    for a note on the figures of the year before)."""
    starts = [hit.end() for hit in _NOTE_SENTENCE.finditer(ctx.text, max(0, at - 300), at)]
    if not starts:
        return None
    opening = _NOTE_OPENING_YEAR.match(ctx.text, starts[-1])
    if opening is None:
        return None
    return _PRIOR if opening["prior"] else int(opening[1])


_AFTER_SENTENCE = re.compile(r"[.;]\s+$")
_CURRENT = re.compile(r"(?:current|latest)\s+", re.IGNORECASE)
_ENDS_NEXT = re.compile(r"\s+(?:ends|ended|ending)\b", re.IGNORECASE)
# what a results note says of the period opening it: 'Qtr net includes', 'Year shr reflects'
_RESULTS_NOTE_NEXT = re.compile(
    r"\s+(?:oper(?:ating)?\s+)?(?:net|shr|share|per[\s-]share|figures|results|earnings|revs"
    # ... or a verb of what the note explains: 'Current qtr includes a tax loss'
    r"|revenues|sales|loss|profit|income|includes?|excludes?|reflects?)\b",
    re.IGNORECASE,
)
_AND_YEAR_AFTER = re.compile(
    r"\s+and\s+(?:the\s+)?(?:(?:full\s+|fiscal\s+)?year|(?:six|nine|\d{1,2})\s+(?:mths|months))"
    r"\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a results table's line: 'Shr 10 cts vs 12 cts', 'Net 4.1 mln vs 3.2 mln'
_RESULTS_TABLE = re.compile(r"(?m)^\s*(?:Shr|Net|Revs|Sales)\b[^\n]*\bvs\b")


@lru_cache(maxsize=8)
def _has_results_table(text: str) -> bool:
    """True when ``text`` holds a results table's line (looked for once a story)."""
    return bool(_RESULTS_TABLE.search(text))


_PAYOUT_NEXT = re.compile(r"[\s-]+(?:dividends?|div|payouts?|distributions?)\b", re.IGNORECASE)
_NOTE_PRIOR = re.compile(r"(?:prior|previous)[\s-]+", re.IGNORECASE)
_LAST_OF_YEAR = re.compile(r"\b(?:last|final)[\s-]+$", re.IGNORECASE)


def _quarter_pair_adapter(m: re.Match[str], ctx: Context):
    """'the third and fourth quarters (of 1987)': both quarters of the year the second is of,
    as one range value that :func:`_split_quarter_pair` marks as two."""
    year = m["yr2"] or _relative_year(m, ctx)
    reads = [
        g._read_quarter(_Shim(m, ord=m[name], year=year, pre=f"the {m[name]} "), ctx)
        for name in ("o1", "o2")
    ]
    if not all(isinstance(read, tuple) and read[0] == "DATE" for read in reads):
        return None
    first, second = (read[1] for read in reads)
    if first[:4] != second[:4] and not first.startswith("XXXX"):
        first = second[:4] + first[4:]  # one year for both: the second's, told ahead
    return "DATE", f"{first}/{second}"


def _split_quarter_pair(found: Found, ctx: Context) -> list[Found]:
    """Mark 'the third and fourth quarters of 1987' as two dates: 'the third' and 'fourth
    quarters of 1987'."""
    if found.rule.split(".")[1] != "quarter_pair" or found.value.count("/") != 1:
        return [found]
    hit = _QUARTER_PAIR.match(ctx.text, found.start, found.end)
    if hit is None:
        return [found]
    first, second = found.value.split("/")
    return [
        dataclasses.replace(found, end=hit.end("first"), value=first),
        dataclasses.replace(found, start=hit.start("second"), value=second),
    ]


def _listed_days(found: list[Found], ctx: Context) -> list[Found]:
    """Add the bare days listed after a day of a month: 'set for April 2, 7, 8, 21 and 22' is
    five days of April (never 'on April 2, 7 people died': a number before a word counts)."""
    added: list[Found] = []
    taken = _claimed(found)
    for f in found:
        day = _DAY_VALUE.fullmatch(f.value)
        if day is None or f.rule.split(".")[1] != "calendar_day":
            continue
        listed = _DAY_LIST.match(ctx.text, f.end)
        if listed is None:
            continue
        year, month = int(day["year"]), int(day["month"])
        for number in _LISTED_DAY.finditer(ctx.text, f.end, listed.end()):
            if taken.overlaps(number.start(1), number.end(1)) or not dates.valid_day(
                year, month, int(number[1])
            ):
                continue
            value = f"{year:04d}-{month:02d}-{int(number[1]):02d}"
            added.append(Found(number.start(1), number.end(1), "DATE", value, f.rule))
    return sorted([*found, *added], key=lambda f: f.start) if added else found


_DAY_VALUE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-\d{2}")
# days after a day, each closing its place in the list: ', 7, 8, 21 and 22.'
_DAY_LIST = re.compile(
    r"(?:\s*,\s*(?:[12]\d|3[01]|0?[1-9])(?=\s*(?:,|and\b|or\b)))+"
    r"(?:\s*,?\s*(?:and|or)\s+(?:[12]\d|3[01]|0?[1-9])(?=\s*(?:[.,;:)]|$)))"
)
_LISTED_DAY = re.compile(r"(?<![\d.])([12]\d|3[01]|0?[1-9])(?![\d.])")


def _quarter_told_again(found: list[Found], ctx: Context) -> list[Found]:
    """Add a bare ordinal standing for a quarter named before it in its sentence: 'in the
    fourth quarter from 1.9 billion in the third' (the third quarter of that year; a later
    ordinal is of the year before)."""
    added = []
    taken = _claimed(found)
    for f in found:
        quarter = _QUARTER_PARTS.fullmatch(f.value)
        if quarter is None or f.rule.split(".")[1] != "quarter":
            continue
        stop = SENTENCE_END.search(ctx.text, f.end)
        for hit in _BARE_ORDINAL.finditer(ctx.text, f.end, stop.start() if stop else len(ctx.text)):
            number = _ORDINAL_NUMBER[hit["ord"].lower()]
            if number == int(quarter["q"]) or taken.overlaps(hit.start("t"), hit.end("t")):
                continue
            year = int(quarter["year"]) - (number > int(quarter["q"]))
            taken.add(hit.start("t"), hit.end("t"))
            added.append(
                Found(hit.start("t"), hit.end("t"), "DATE", f"{year:04d}-Q{number}", f.rule)
            )
    return sorted([*found, *added], key=lambda f: f.start) if added else found


_QUARTER_PARTS = re.compile(r"(?P<year>\d{4})-Q(?P<q>[1-4])")
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# 'in the third' closing a clause, with no noun after the ordinal
_BARE_ORDINAL = re.compile(
    r"\b(?:in|for|during)\s+(?P<t>the\s+(?P<ord>first|second|third|fourth))"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|but|when|while|from|against|compared)\b)",
    re.IGNORECASE,
)


_QUARTER_PAIR = re.compile(
    r"(?P<first>(?:the\s+)?\w+)\s+(?:and|or)\s+(?:the\s+)?(?P<second>\w+)", re.IGNORECASE
)


def _same_period_adapter(m: re.Match[str], ctx: Context) -> Reference:
    """'the same period last year': the part of the year told before it in the sentence, a
    year back; with none, last year ('the same time last year': the day a year back). With a
    year written ('the same month in 1995'), that part of the year in that year."""
    if year := m["year"] or m["year2"]:
        return Reference("Y", 0, fallback=("DATE", year), aside=True, same=True, year=int(year))
    if ctx.anchor is None:
        fallback = ("DATE", "XXXX")
    elif m["noun"].lower() == "time":
        fallback = ("DATE", dates.iso(g.shift_day(ctx.anchor, 1, "Y", -1)))
    else:
        fallback = ("DATE", f"{ctx.anchor.year - 1:04d}")
    unit = "D" if m["noun"].lower() == "time" else "Y"
    return Reference(unit, -1, fallback=fallback, aside=True, same=True)


_QUARTER_WORDS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
_YEAR_SHIFT = {"next": 1, "this": 0, "the": 0, "last": -1}


def _relative_year(m: re.Match[str], ctx: Context) -> str | None:
    """The year of '... of next year', '... of last year', '... of the year', if anchored."""
    rely = g.match_group(m, "rely")
    if rely is None or ctx.anchor is None:
        return None
    return str(ctx.anchor.year + _YEAR_SHIFT[rely.lower()])


def _three_months_adapter(m: re.Match[str], ctx: Context):
    """'the first three months of 1987' is its first quarter, 'the last three months' its
    fourth, as 'the first six months' of a year is its first half."""
    ordinal = "first" if m["ord"].lower() == "first" else "fourth"
    year = m["year"] or _relative_year(m, ctx)
    if year is None:
        return None
    return g._read_quarter(_Shim(m, ord=ordinal, pre="", year=year), ctx)


def _quarter_code_adapter(m: re.Match[str], ctx: Context):
    """'Q3', '3Q 2012': the quarter named by its number."""
    ordinal = _QUARTER_WORDS[m["qc"].strip("Q")]
    year = m["year"] or _two_digit_year(m["yy"], ctx)
    if m["yy"] and ctx.anchor is not None and abs(int(year) - ctx.anchor.year) > 20:
        return None  # a two-digit year far from the story's: a product code ('Q160')
    return g._read_quarter(_Shim(m, ord=ordinal, pre="", year=year), ctx)


def _half_code_adapter(m: re.Match[str], ctx: Context):
    """'H1 2013', '1H14': the half year named by its number."""
    half = m["hc"] or m["hc2"]
    year = m["year"] or _two_digit_year(m["yy"], ctx)
    return g._read_half(_Shim(m, ord="first" if half == "1" else "second", year=year), ctx)


def _two_digit_year(yy: str | None, ctx: Context) -> str | None:
    """'14' in '1Q14' as a year, or None without one."""
    return None if yy is None else str(g.two_digit_year(yy, ctx))


def _half_adapter(m: re.Match[str], ctx: Context):
    """'the second half', 'the first half of 1999', 'the second half of next year'; not 'the
    first half of March' or 'the last half of the 1980s', which are that month or decade with
    a modifier ('the first half of' is one)."""
    if not (m["year"] or m["rely"]) and re.match(r"\s+of\b", ctx.text[m.end() :]):
        return None
    if split := g.match_group(m, "split"):
        # a split year runs from the middle of its first year: its first half is mostly the
        # second half of that year, its second half the first half of the next
        first = int(split[:4])
        if m["ord"].lower() in ("first", "1st", "early"):
            return "DATE", f"{first:04d}-H2"
        return "DATE", f"{first + 1:04d}-H1"
    written = m["year"] or g.match_group(m, "yrp") or g.match_group(m, "yr3")
    return g._read_half(_Shim(m, year=written or _relative_year(m, ctx)), ctx)


def _season_adapter(m: re.Match[str], ctx: Context):
    noun = g._NEXT_NOUN.match(ctx.text, m.end())
    if (
        noun
        and not m["year"]
        and ctx.words.lookup("season_noun", noun["word"])
        and not _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        and (
            m["season"].lower() not in ("fall", "spring")
            # 'fall' and 'spring' are verbs too ('when prices fall demand rises'): only after
            # a determiner, a preposition or at a sentence's start
            or _VERB_SEASON_LEAD.search(ctx.text, max(0, m.start() - 30), m.start())
        )
    ):
        return g._read_season(m, ctx)  # 'the spring market', 'summer driving', 'a winter lull'
    if noun and not m["year"] and ctx.words.lookup("thing_after", noun["word"]):
        return g.NO_TIME  # 'winter wheat', 'the autumn statement', 'the Winter Olympics'
    if noun and not (m["year"] or m["rel"]) and ctx.words.lookup("part_of_day", noun["word"]):
        return g.NO_TIME  # 'the winter night shelter', 'on a summer evening': a kind of night
    # 'fall' and 'spring' are verbs and nouns too: need 'this', 'last', 'the', 'early'; any
    # season bare after a preposition and before no noun is one too ('took place in summer.')
    bare_season = not (m["rel"] or m["year"] or m["part"] or m.group().lower().startswith("the"))
    if bare_season and not (
        _SEASON_PREP.search(ctx.text, max(0, m.start() - 12), m.start())
        and _BARE_SEASON_END.match(ctx.text, m.end())
    ):
        joined = _JOINED_SEASON.search(ctx.text, max(0, m.start() - 40), m.start())
        verb_too = m["season"].lower() in ("fall", "spring")  # 'this year and fall sharply'
        if (
            joined
            and ctx.words.lookup("season", joined["season"])
            and not (verb_too and not _BARE_SEASON_END.match(ctx.text, m.end()))
        ):
            # 'this spring and summer': the second takes the first's 'this'
            return g._read_season(_Shim(m, rel=joined["rel"]), ctx)
        if not (_described_season(m, ctx) or _season_onset(m, ctx)):
            return None
    # 'in the spring', 'by the fall' are seasons; 'the fall in the dollar', 'the fall of the
    # wall' and 'the spring in his step' are no times
    bare = m["season"].lower() in ("fall", "spring") and not (m["rel"] or m["year"] or m["part"])
    noun_after = _SEASON_NOUN_AFTER.match(ctx.text, m.end())
    if (
        bare
        and not _season_onset(m, ctx)
        and (
            not (
                _SEASON_PREP.search(ctx.text, max(0, m.start() - 12), m.start())
                # 'will slip to the spring' (never a verb's 'to': 'expected to fall')
                or (
                    m.group()[:4].lower() == "the "
                    and _TO_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
                )
            )
            # 'migrate in spring to breed': straight after the preposition, 'to' opens a purpose
            # ... and so does it after 'in the fall' before a verb ('in the fall to meet demand')
            or (
                noun_after
                and not (bare_season and noun_after.group().strip() == "to")
                and not (
                    _TO_PURPOSE.match(ctx.text, m.end())
                    and _IN_THE.search(ctx.text, max(0, m.start() - 12), m.start())
                )
            )
        )
    ):
        return None
    return g._read_season(m, ctx)


def _described_season(m: re.Match[str], ctx: Context) -> bool:
    """True for a summer, autumn or winter told with words saying what it was like: 'the mild
    winter', 'an unusually warm summer', 'a drier than normal winter' (not 'a nuclear winter';
    'spring' and 'fall' after such words are mostly no season: 'a steep fall')."""
    if m["season"] not in ("summer", "winter", "autumn"):
        return False  # 'the outdoor Winter Classic': a name
    if not (_BARE_SEASON_END.match(ctx.text, m.end()) or _SEASON_VERB.match(ctx.text, m.end())):
        return False  # 'the peak summer months', 'a single summer edition': a kind of thing
    said = _SEASON_DESCRIBED.search(ctx.text, max(0, m.start() - 40), m.start())
    return bool(said) and not any(
        word.lower() in _NOT_SEASON_WORDS for word in re.findall(r"[A-Za-z]+", said["words"])
    )


def _season_onset(m: re.Match[str], ctx: Context) -> bool:
    """True for a season coming or going, the subject of its verb: 'as fall sets in', 'Winter
    arrived early', 'once autumn begins' ('fall' and 'spring' only before a verb no price's fall
    takes: 'the price fall began' is no season)."""
    if m["season"].lower() in ("fall", "spring"):
        return bool(_SEASON_ARRIVES.match(ctx.text, m.end()))
    return bool(_SEASON_ONSET.match(ctx.text, m.end()))


_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
# what may lead 'fall' or 'spring' before a noun as a season, not a verb: a determiner, a
# preposition, a sentence's start ('the fall season', 'Spring sales')
_VERB_SEASON_LEAD = re.compile(
    r"(?:^|[.!?:;\"“(]\s*|\n\s*|\b(?:the|a|an|this|that|its|their|his|her|our|your|my|of|in"
    r"|for|during|before|after|into|until|by|through|over)\s+)$",
    re.IGNORECASE,
)
# a capitalised word inside a sentence before a season, which makes it part of a name: 'the
# Arab Spring rally'
_NAME_BEFORE = re.compile(r"[a-z,]\s+[A-Z][a-z]+\s+$")
_SEASON_ARRIVES = re.compile(
    r"\s+(?:sets?\s+in|setting\s+in|arrives?|arrived|approaches|approaching|draws\s+near"
    r"|drawing\s+near)\b"
)
_SEASON_ONSET = re.compile(
    r"\s+(?:sets?\s+in|setting\s+in|arrives?|arrived|begins?|began|ends|ended|approaches"
    r"|approached|approaching|nears|neared|nearing|comes|came|coming|draws\s+near"
    r"|drawing\s+near)\b"
)
# a season, then 'and' or 'or' before another: 'this spring and ', 'last summer or '
_JOINED_SEASON = re.compile(
    r"\b(?:(?P<rel>this|last|next|past|coming)\s+)?(?P<season>[A-Za-z]+)\s+(?:and|or)\s+$",
    re.IGNORECASE,
)
# a determiner, then one to three lower-case words before a season: 'the mild ', 'a drier than
# normal '
_SEASON_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]hat)\s+(?P<words>(?:[a-z]+(?:-[a-z]+)?,?\s+){1,3})$"
)
# words that, between the determiner and the season, make it no time or a time of its own kind
# 'to' opening a purpose after a season told with its preposition: 'in the fall to meet demand'
# (not 'the fall to 1.5 pct', 'the fall to a low')
_TO_PURPOSE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|new|record|about)\b)"
    r"(?-i:[a-z]{2,}[^s\W])\b"
)
_IN_THE = re.compile(r"\b(?:in|by|during|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_SEASON_WORDS = frozenset(
    "of in on at to for by from with and or this that last next past coming nuclear"
    " political arab indian long-term when where while as if because since before after"
    " during until through into every each some any no not our their his her its my your".split()
)
# a verb after a season, making it the subject: 'the mild winter helped', 'a dry summer has'
_SEASON_VERB = re.compile(
    r"\s+(?:has|had|was|is|will|would|could|may|might|should|hurt|cut|left|kept|[a-z]+ed)\b"
)


# what may follow a season named without 'the': the clause goes on, no noun it qualifies
_BARE_SEASON_END = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+(?:and|or|but|when|as|before|after|while|because|until|this|last"
    r"|next|to|in|on|at|with|the|a|an)\b"
)
_SEASON_PREP = re.compile(
    r"\b(?:in|into|by|until|till|during|through|throughout|since|over|before|after|for"
    r"|ahead\s+of|in\s+advance\s+of|towards?"
    r"|as\s+(?:soon|early|late)\s+as)\s+$",  # 'premiums could rise as soon as the fall'
    re.I,
)
_SEASON_NOUN_AFTER = re.compile(
    r"\s+(?:in|of(?!\s+(?:last|next|this|that|the\s+(?:same|following|previous))\s+year\b)"
    r"|to|from|by|at)\b|\s*-",
    re.I,
)


def _holiday_adapter(m: re.Match[str], ctx: Context):
    """A holiday, of the year told just after it ('New Year's Eve in 1999')."""
    bare = not (m["year"] or m["week"] or m["weekend"])
    if bare and (told := _HOLIDAY_IN_YEAR.match(ctx.text, m.end())):
        return g._read_holiday(_Shim(m, year=told["year"]), ctx)
    return g._read_holiday(m, ctx)


_HOLIDAY_IN_YEAR = re.compile(rf"\s+(?:in|of)\s+(?P<year>{YEAR})(?![\w-])")


class _Shim:
    """A match with some groups replaced (lets one reader serve several pattern shapes)."""

    def __init__(self, match: re.Match[str], **groups: str | None) -> None:
        self._match = match
        self._groups = groups

    def __getitem__(self, name: str) -> str | None:
        if name in self._groups:
            return self._groups[name]
        try:
            return self._match[name]
        except IndexError:
            return None

    def start(self, name: str | int = 0) -> int:
        return self._match.start(name)

    def end(self) -> int:
        return self._match.end()

    def group(self) -> str:
        return self._match.group()


@cache
def rules(extra_dirs: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """Return the compiled grammar for the time-word table (packaged plus user rows)."""
    return _rules(load_words(extra_dirs))


@cache
def _prefix_pattern(extra_dirs: tuple[str, ...]) -> re.Pattern[str]:
    w = load_words(extra_dirs)
    alternation = w.alternation("modifier") + "|" + w.alternation("approx")
    # 'late on Monday', 'early on Sunday': the part of the day with 'on' between; 'the end of
    # the 2008-09 season': 'the' after 'of' before a time that does not take it
    return re.compile(
        # ... and 'about another three years': the approximation of the length added
        rf"(?:^|(?<=[^\w-]))(?:(?P<mod>{alternation})(?:[\s-]+|-)(?:(?<=of\s)the\s+)?"
        r"(?:(?:another|further)\s+)?"
        r"|(?P<modon>late|early)\s+on\s+)$",
        re.IGNORECASE,
    )


class _Taken:
    """The spans already claimed by a time or a no-time, which never overlap one another."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """True when text[start:end] overlaps a span already claimed."""
        at = bisect.bisect_left(self.starts, end)  # the claimed spans opening before ``end``
        return at > 0 and self.ends[at - 1] > start  # the last of them ends the furthest

    def add(self, start: int, end: int) -> None:
        """Claim text[start:end], which overlaps no span already claimed."""
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.ends.insert(at, end)


def _claimed(found: list[Found]) -> _Taken:
    """The spans of ``found``, for a pass that adds times in the gaps between them."""
    taken = _Taken()
    for f in found:
        taken.add(f.start, f.end)
    return taken


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def find_times(
    ctx: Context, *, extra_dirs: tuple[str, ...] = (), window: tuple[int, int] | None = None
) -> list[Found]:
    """Return the time expressions in ``ctx.text``, non-overlapping, in text order, each line
    of a chronology told from the date heading it; with ``window``, only those within
    text[start:end], told from ``ctx.anchor`` alone."""
    candidates: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    bounds = window or (0, len(ctx.text))
    for order, rule in enumerate(rules(extra_dirs)):
        for match in rule.pattern.finditer(ctx.text, *bounds):
            if blank := _BLANK_LINE.search(ctx.text, match.start(), match.end()):
                # no time runs on past a paragraph's end: 'paid June 12\n\n1987 net rose'
                match = rule.pattern.match(ctx.text, match.start(), blank.start())
            if match is not None and match.end() > match.start():
                candidates.append((match.start(), match.end(), order, rule, match))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken = _Taken()
    found: list[Found] = []
    refs: dict[int, Reference] = {}
    for start, end, _, rule, match in candidates:
        if taken.overlaps(start, end):
            continue
        try:
            read = rule.read(match, ctx)
        except (ValueError, OverflowError) as exc:  # a date off the calendar: report, go on
            ctx.problems.append(f"{match.group()!r} could not be resolved ({exc}); left out")
            continue
        if read is g.NO_TIME:
            taken.add(start, end)
            continue
        if read is None or _in_title(ctx, rule.name, start, end):
            continue
        taken.add(start, end)
        if isinstance(read, Reference):  # resolved below, once the reference times are known
            refs[end] = read
            found.append(Found(start, end, "DATE", "", rule.name))
            continue
        kind, value, *rest = read
        found.append(Found(start, end, kind, value, rule.name, rest[0] if rest else None))
    found.sort(key=lambda f: f.start)
    found = [_or_so(_with_modifier(f, ctx, extra_dirs), ctx) for f in found]
    found = _chronology_years(found, ctx)
    if refs:
        found = resolve_references(found, refs, ctx.text)
    found = [part for f in found for part in _split_parenthetical(f, ctx, extra_dirs)]
    found = [_day_beside(f, ctx) for f in found]
    found = _clock_on_holiday(_weekday_of_day(_weekday_beside(found, ctx), ctx), ctx)
    found = _clock_run_day(_glossed_weekdays(_clock_on_day(found, ctx), ctx), ctx)
    found = _clock_range_start(_year_starting(found, ctx), ctx)
    found = _clock_of_fixture(found, ctx)
    found = _ordered_range_ends(found, ctx)
    found = _shared_year(_with_year_of(found, ctx), ctx)
    found = _weekday_after_today(_ordered_weekdays(found, ctx), ctx)
    found = _owned_weekday_told_before(found, ctx)
    found = _clocks_from_day(_clock_on_set_days(_day_at_clock(found, ctx), ctx), ctx)
    found = [_evening_at_hour(f, ctx) for f in found]
    found = _apposed_day_beside(found, ctx)
    found = [_month_period(f, ctx) for f in found]
    found = _habitual_weekdays(_habitual(_shared_set(found, ctx), ctx), ctx)
    found = _day_every_year(found, ctx)
    found = [part for f in found for part in _duration_range(f, ctx)]
    found = _or_longer(_joined_durations(_counted_sets(found, ctx, extra_dirs), ctx), ctx)
    found = [part for f in found for part in _split_word_range(f, ctx)]
    found = _quarter_told_again([p for f in found for p in _split_quarter_pair(f, ctx)], ctx)
    found = _year_closing_list(_elided_periods(_listed_days(found, ctx), ctx), ctx)
    return found if window else _told_from_line_heads(found, ctx, extra_dirs)


_ALL_OF_YEAR = re.compile(r",\s*(?:all|both)\s+$", re.IGNORECASE)


def _year_closing_list(found: list[Found], ctx: Context) -> list[Found]:
    """Give the days of a list the year closing it: 'set on May 3 and Aug 4, all 1979' are
    days of 1979."""
    out = list(found)
    for i, f in enumerate(found):
        if ".year." not in f.rule or not _ALL_OF_YEAR.search(
            ctx.text, max(0, f.start - 8), f.start
        ):
            continue
        year = int(f.value)
        for j in range(i - 1, -1, -1):
            day = out[j]
            if SENTENCE_END.search(ctx.text, day.end, f.start):
                break
            one = _ONE_DAY.fullmatch(day.value)
            if (
                one is None
                or ".calendar_day." not in day.rule
                or _WRITTEN_YEAR.search(ctx.text, day.start, day.end)
                or not dates.valid_day(year, int(one.group(1)[5:7]), int(one.group(1)[8:10]))
            ):
                continue
            out[j] = dataclasses.replace(day, value=f"{year:04d}{day.value[4:]}", anchor_at=f.start)
    return out


# a period named again with its unit left out: 'this year and next', 'late this year or
# early next', 'last week and this' (never 'next to', 'next door', 'this one')
_ELIDED = re.compile(
    r"\s+(?:and|or|to|into)\s+(?:(?P<part>early|late|mid)[\s-]?)?(?P<rel>next|last|this)"
    r"(?=\s*(?:[,.;:)\"'’”]|$)|\s+(?:and|or|but|as|when|if|because|while|will|would|is|are"
    r"|was|were)\b)",
    re.IGNORECASE,
)
_CLOSES = re.compile(r"\s*(?:[,.;:)\"'’”]|$)")
_RELATIVE_WORD = re.compile(r"\b(next|last|this)\s+(?:year|month|week)$", re.IGNORECASE)
_SHIFT = {"next": 1, "last": -1, "this": 0}
_PART_MOD = {"early": "START", "late": "END", "mid": "MID"}


def _shifted(value: str, by: int) -> str | None:
    """``value`` (a year, an ISO week or a month) moved ``by`` of its own unit."""
    if re.fullmatch(r"\d{4}", value):
        return f"{int(value) + by:04d}"
    if week := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        year, number, _ = (monday + dt.timedelta(weeks=by)).isocalendar()
        return f"{year:04d}-W{number:02d}"
    if month := re.fullmatch(r"(\d{4})-(\d{2})", value):
        months = int(month[1]) * 12 + int(month[2]) - 1 + by
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return None


def _elided_periods(found: list[Found], ctx: Context) -> list[Found]:
    """Add the period named again without its unit after one named with it: 'this year and
    next' is 1987 and 1988, 'late this year or early next' ends 1987 and opens 1988."""
    out: list[Found] = []
    for at, f in enumerate(found):
        out.append(f)
        said = _RELATIVE_WORD.search(ctx.text, f.start, f.end)
        again = _ELIDED.match(ctx.text, f.end)
        if said is None or again is None or f.type != "DATE":
            continue
        if at + 1 < len(found) and found[at + 1].start < again.end():
            continue
        value = _shifted(f.value, _SHIFT[again["rel"].lower()] - _SHIFT[said[1].lower()])
        if value is None or again["rel"].lower() == said[1].lower():
            continue
        if again["rel"].lower() == "this" and not _CLOSES.match(ctx.text, again.end()):
            continue  # 'left last year and this was why': a pronoun
        part = again["part"]
        start = again.start("part") if part else again.start("rel")
        mod = _PART_MOD[part.lower()] if part else None
        out.append(Found(start, again.end(), "DATE", value, f.rule, mod, anchor_at=f.start))
    return out


# how fine a time told from a chronology line's head may be, by the head's own precision: a
# line headed '1985 - ' dates 'the end of the year', not 'on Monday'
_HEAD_GRAIN = {4: 4, 7: 7, 10: 99}
# a year, a month or a day, or a part of a year ('Spring 1990 - ...', 'Q3 1991 - ...')
_HEAD_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI|Q[1-4]|H[12]))?")
# the month a part of a year heading a line is told from: its middle
_PART_MIDDLE = {"SP": 4, "SU": 7, "FA": 10, "WI": 1, "Q1": 2, "Q2": 5, "Q3": 8, "Q4": 11}
_PART_MIDDLE |= {"H1": 4, "H2": 10}


def _head_day(value: str) -> tuple[dt.date, int]:
    """The day a chronology line's head stands for (itself, its month's first, its part's or
    its year's middle) and how fine a time told from it may be."""
    year, _, rest = value.partition("-")
    if rest in _PART_MIDDLE:
        return dt.date(int(year), _PART_MIDDLE[rest], 1), 7
    parts = [int(part) for part in value.split("-")]
    y, month, day = (parts + ([7, 1] if len(parts) == 1 else [1]))[:3]
    return dt.date(y, month, day), _HEAD_GRAIN[len(value)]


def _told_from_line_heads(
    found: list[Found], ctx: Context, extra_dirs: tuple[str, ...]
) -> list[Found]:
    """Tell the times on each line of a chronology from the date heading the line, not from
    the story's date: under 'March 16, 2008 - JPMorgan agrees to buy Bear Stearns in a
    rescue brokered over the weekend', the weekend is that of March 16, 2008; '1985 - Becomes
    party chief at the end of the year' ends 1985."""
    heads = [
        f
        for f in found
        if f.type == "DATE"
        and _HEAD_VALUE.fullmatch(f.value)
        and g.heads_line(ctx.text, f.start, f.end)
    ]
    if not heads or ctx.anchor is None:
        return found
    changed: dict[int, Found] = {}
    for head in heads:
        end = _line_end(ctx.text, head.end)
        on_line = [f for f in found if head.end <= f.start < end and f.type in ("DATE", "TIME")]
        if not on_line:
            continue
        anchor, grain = _head_day(head.value)
        line_ctx = dataclasses.replace(ctx, anchor=anchor, problems=[])
        told = {
            (f.start, f.end): f
            for f in find_times(line_ctx, extra_dirs=extra_dirs, window=(head.start, end))
        }
        for f in on_line:
            again = told.get((f.start, f.end))
            if (
                again is None
                or again.value == f.value
                or len(again.value.partition("T")[0]) > grain
            ):
                continue
            changed[f.start] = dataclasses.replace(again, anchor_at=again.anchor_at or head.start)
    return [changed.get(f.start, f) for f in found]


@cache
def _count_before(extra_dirs: tuple[str, ...]) -> re.Pattern[str]:
    """How many times a set's unit holds, written just before it: 'twice', 'six days', 'one
    day'."""
    counted = _number_words(load_words(extra_dirs))
    return re.compile(
        # (a count with its decimals: '40.1 hours a week', never its tail '1 hours')
        rf"(?:^|(?<=[^\w.,-]))(?:once|twice|thrice|(?:\d+(?:[.,]\d+)?|{counted})[\s-]+"
        r"(?:times|days|nights|hours"
        r"|weeks|months|shifts)"
        r"|(?:one|an?)\s+(?:day|night|hour|week|month|shift))[\s-]+$",  # 'one day a week'
        re.IGNORECASE,
    )


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _counted_sets(found: list[Found], ctx: Context, extra_dirs: tuple[str, ...]) -> list[Found]:
    """Stretch a set over the count written before it: 'twice a day', 'six days a week',
    'three times weekly', '24 hours a day' are each one set, not a duration beside one."""
    out: list[Found] = []
    for f in found:
        if f.type == "SET" and re.fullmatch(r"PT?1[A-Z]", f.value):
            window = ctx.text[max(0, f.start - 40) : f.start]
            count = _count_before(extra_dirs).search(window)
            start = f.start - (len(window) - count.start()) if count is not None else f.start
            lasting = bool(out) and out[-1].type == "DURATION" and out[-1].start >= start
            if count is not None and not (
                lasting and _FOR_BEFORE.search(ctx.text, max(0, start - 6), start)
            ):
                # ... but 'flooded for three months every year' is how long, then how often
                while out and out[-1].end > start:
                    out.pop()  # 'six days' in 'six days a week' is no duration
                f = dataclasses.replace(f, start=start)
        out.append(f)
    return out


_DURATION_PART = re.compile(r"P(T?)(\d+|\d+\.\d+(?=S))([YMWDHS])")  # '22.982 seconds' last
_PART_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")  # a date part's units, then a time's
_PART_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")


def _joined_durations(found: list[Found], ctx: Context) -> list[Found]:
    """Join the parts of one duration told unit by unit: '24 hours and 39 minutes' is PT24H39M,
    '2 hours 9 minutes 33 seconds' PT2H9M33S, each unit smaller than the one before."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        part = _DURATION_PART.fullmatch(f.value) if f.type == "DURATION" and not f.mod else None
        # (a modifier of the first part is the whole's: 'under 2 hours 5 minutes')
        if prev is not None and part is not None and prev.type == "DURATION":
            gap = ctx.text[prev.end : f.start]
            parts = _duration_parts(prev.value)
            unit = part[1] + part[3]
            if (
                parts
                and _PART_GAP.fullmatch(gap)
                and _PART_ORDER.index(unit) > _PART_ORDER.index(parts[-1][0])
            ):
                parts.append((unit, part[2]))
                out[-1] = dataclasses.replace(prev, end=f.end, value=_duration_of(parts))
                continue
        out.append(f)
    return out


def _duration_parts(value: str) -> list[tuple[str, str]] | None:
    """The (unit, amount) parts of a whole-number duration ('PT2H9M' -> TH 2, TM 9), else None."""
    date, _, time = value[1:].partition("T") if value.startswith("P") else ("", "", "")
    parts = [(u, n) for n, u in re.findall(r"(\d+)([YMWD])", date)]
    parts += [("T" + u, n) for n, u in re.findall(r"(\d+)([HMS])", time)]
    return parts if parts and _duration_of(parts) == value else None


def _duration_of(parts: list[tuple[str, str]]) -> str:
    """The TIMEX3 duration written by (unit, amount) parts in order: TH 2, TM 9 -> 'PT2H9M'."""
    date = "".join(n + u for u, n in parts if not u.startswith("T"))
    time = "".join(n + u[1] for u, n in parts if u.startswith("T"))
    return "P" + date + ("T" + time if time else "")


_RANGE_JOIN = re.compile(r"\s*,?\s*(?:and|or|to|through|until|till|-|–)\s*$", re.IGNORECASE)
_DAY_OWN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|['’]\d\d\b|\b(?:last|next|this|past|coming)\b", re.I)


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")
_OWN_YEAR = re.compile(r"\d|\b(?:last|next|this|past|coming)\b", re.IGNORECASE)


def _ordered_range_ends(found: list[Found], ctx: Context) -> list[Found]:
    """The second month of 'between July and September' or 'from May to August' comes after
    the first: a month without its own year takes the year that keeps the range in order."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (
            ".calendar_day." in first.rule
            and ".calendar_day." in second.rule
            and (one := _ONE_DAY.fullmatch(first.value))
            and (two := _ONE_DAY.fullmatch(second.value))
            and not (one.group(2) or two.group(2))
            and two.group(1) < one.group(1)
            and not _DAY_OWN_YEAR.search(ctx.text, second.start, second.end)
            and _RANGE_JOIN.fullmatch(ctx.text, first.end, second.start)
            and _RANGE_OPEN.search(ctx.text, max(0, first.start - 10), first.start)
        ):
            # 'an extension from September 30, 1987, to December 31': the end after the start;
            # 'from April 1 through March 13 is estimated', said on April 1: a run gone, which
            # opened the year before
            start, end = (dt.date.fromisoformat(d.group(1)) for d in (one, two))
            written = _DAY_OWN_YEAR.search(ctx.text, first.start, first.end)
            if not written and ctx.anchor is not None and end <= ctx.anchor:
                if dates.valid_day(start.year - 1, start.month, start.day):
                    value = dates.iso(start.replace(year=start.year - 1))
                    out[i - 1] = dataclasses.replace(first, value=value)
                continue
            year = start.year + ((end.month, end.day) < (start.month, start.day))
            if dates.valid_day(year, end.month, end.day):
                value = dates.iso(end.replace(year=year))
                out[i] = dataclasses.replace(second, value=value)
            continue
        one, two = _YEAR_MONTH.fullmatch(first.value), _YEAR_MONTH.fullmatch(second.value)
        if not (one and two) or _OWN_YEAR.search(ctx.text, second.start, second.end):
            continue  # 'from April 1986 to last April': the second month has its own year
        if not _RANGE_JOIN.fullmatch(ctx.text, first.end, second.start):
            continue
        if not _RANGE_OPEN.search(ctx.text, max(0, first.start - 10), first.start):
            if _LISTED.fullmatch(ctx.text, first.end, second.start) and not _OWN_YEAR.search(
                ctx.text, first.start, first.end
            ):
                out[i] = _listed_in_order(first, second, ctx.anchor)
            continue
        year, month = int(one.group(1)), int(two.group(2))
        year += month < int(one.group(2))
        if second.value < first.value or second.value > f"{year:04d}-{month:02d}":
            # 'from November to March' ends in the year after; 'receipts from July through
            # December came in above forecasts' ends in the December after that July, not a
            # year on ('through' alone looks ahead)
            out[i] = dataclasses.replace(second, value=f"{year:04d}-{month:02d}")
    return out


_LISTED = re.compile(r"\s*,?\s*(?:and|or)\s+", re.IGNORECASE)


def _listed_in_order(first: Found, second: Found, anchor: dt.date | None) -> Found:
    """The second of two months listed in the calendar's order, each of no year, when the
    first is still to come: in the first's year ('in late March and April', told in February,
    is 1987-04 even when the parse hangs 'April' on a past 'said')."""
    (y1, m1), (y2, m2) = (map(int, f.value.split("-")) for f in (first, second))
    if anchor is None or y2 >= y1 or m1 >= m2 or (y1, m1) <= (anchor.year, anchor.month):
        return second
    return dataclasses.replace(second, value=f"{y1:04d}-{m2:02d}")


_YEAR_LED = re.compile(r"(?:\d{4}|XXXX)(?P<rest>-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI))")
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_YEAR_HEADING = re.compile(r"[ \t]*(?:[•*·][ \t]*)?\d{4}[ \t]*:?[ \t]*")  # a line of its own
_CHRONOLOGY_RULES = frozenset(
    f"times.{name}.{RULE_VERSION}" for name in ("calendar_day", "month", "month_range")
)


def _chronology_years(found: list[Found], ctx: Context) -> list[Found]:
    """Give a day or month heading a chronology line with no year of its own the year of the
    heading above it: under a line holding only '2007', 'July 31 - Two funds fail' is
    2007-07-31, whatever the story's date. Without such a heading the story's date decides,
    as chronologies often leave the year of the latest lines unsaid."""
    year: int | None = None
    out: list[Found] = []
    for f in found:
        if not f.value[:4].isdigit() or not g.heads_line(ctx.text, f.start, f.end):
            out.append(f)
            continue
        if _YEAR_HEADING.fullmatch(
            ctx.text, ctx.text.rfind("\n", 0, f.start) + 1, _line_end(ctx.text, f.end)
        ):
            year = int(f.value[:4])
        elif (
            year is not None
            and f.rule in _CHRONOLOGY_RULES
            and f.value[4:5] == "-"
            and not _WRITTEN_YEAR.search(ctx.text, f.start, f.end)
        ):
            shift = year - int(f.value[:4])
            value = "/".join(f"{int(p[:4]) + shift:04d}{p[4:]}" for p in f.value.split("/"))
            f = dataclasses.replace(f, value=value)
        out.append(f)
    return out


def _line_end(text: str, at: int) -> int:
    """The offset of the end of the line holding ``at``."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _shared_year(found: list[Found], ctx: Context) -> list[Found]:
    """The months, days or seasons of a list or range take the year written or told with the
    last of them: 'between January and May 2008', 'the spring and summer of 2001', 'from Sept 9
    till September 14, 2007', 'in April, August and December last year' (a range's first month
    after its second is a year back)."""
    out = list(found)
    shared: dict[int, int] = {}  # the year each item holds from the items after it
    for i in range(len(out) - 1, 0, -1):
        first, second = out[i - 1], out[i]
        one, two = _YEAR_LED.fullmatch(first.value), _YEAR_LED.fullmatch(second.value)
        if not (one and two) or second.value.startswith("XXXX"):
            continue
        join = ctx.text[first.end : second.start]
        if not (_RANGE_JOIN.fullmatch(join) or _LIST_JOIN.fullmatch(join)):
            continue
        if _OWN_YEAR.search(ctx.text, first.start, first.end):
            continue  # the first has its own year
        if i in shared:
            year = shared[i]
        elif _WRITTEN_YEAR.search(ctx.text, second.start, second.end) or _TOLD_YEAR.search(
            ctx.text, second.start, second.end
        ):
            year = int(second.value[:4])
        else:
            continue  # the second has no year written or told to share
        months = one["rest"][1:3], two["rest"][1:3]
        if all(m.isdigit() for m in months) and int(months[0]) > int(months[1]):
            year -= 1  # 'from November to March 2009' starts in 2008
        out[i - 1] = dataclasses.replace(first, value=f"{year:04d}{one['rest']}")
        shared[i - 1] = year
    return out


_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?")
_TOLD_YEAR = re.compile(r"\b(?:last|this|next|that)\s+year\b", re.IGNORECASE)


_WEEKDAY_TO = re.compile(
    r"\s*(?:-|–|to|through|thru|until|till)\s*|\s+and\s+(?:\w+\s+){0,3}(?:through|until|till)\s+",
    re.IGNORECASE,
)


def _weekday_after_today(found: list[Found], ctx: Context) -> list[Found]:
    """A weekday offered as the other choice to today or tomorrow ('buy bills today or
    Wednesday') is the next one, never one gone."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        two = _ONE_DAY.fullmatch(second.value)
        if (
            two is None
            or first.rule != f"times.day_offset.{RULE_VERSION}"
            or second.rule != f"times.weekday.{RULE_VERSION}"
            or not _OR_AND.fullmatch(ctx.text, first.end, second.start)
            or not _ONE_DAY.fullmatch(first.value)
            or ctx.anchor is None
            or first.value < dates.iso(ctx.anchor)  # 'yesterday or Sunday' may both be gone
            or second.value >= first.value
        ):
            continue
        day = dt.date.fromisoformat(two.group(1)) + dt.timedelta(weeks=1)
        out[i] = dataclasses.replace(second, value=dates.iso(day) + (two.group(2) or ""))
    return out


_OR_AND = re.compile(r"\s+(?:or|and)\s+", re.IGNORECASE)
_OWNED = re.compile(r"['’]s\b")


def _owned_weekday_told_before(found: list[Found], ctx: Context) -> list[Found]:
    """A weekday owning a noun in a clause of no clear tense is the day that weekday named
    before in the story: 'The board Monday will discuss the bid. Monday's board meeting is a
    regular one' is the Monday ahead both times."""
    out = list(found)
    told: dict[int, str] = {}
    for i, f in enumerate(out):
        if f.rule != f"times.weekday.{RULE_VERSION}" or not _ONE_DAY.fullmatch(f.value):
            continue
        weekday = _weekday_in(ctx, f)
        bare = weekday is not None and ctx.words.lookup("weekday", ctx.text[f.start : f.end])
        if (
            bare
            and weekday in told
            and told[weekday][:10] != f.value[:10]
            and _OWNED.match(ctx.text, f.end)
            and ctx.tense(f.start, f.end) in ("present", None)
        ):
            out[i] = dataclasses.replace(f, value=told[weekday][:10] + f.value[10:])
        elif weekday is not None:
            told[weekday] = out[i].value
    return out


# what lies between two days of one list: 'on Tuesday, $24 billion of notes on Wednesday and'
_LISTED_ON = re.compile(
    r"(?:\s*,|\s)\s*(?:(?:and|or)\s+)?(?!\s*(?:and|or|on)\b)[^.;:!?\n]{1,60}?\bon\s+"
)


def _listed_after_ahead(found: list[Found], ctx: Context) -> list[Found]:
    """A weekday listed after one still to come is not the story's own day but the one after
    it: 'will sell notes on Tuesday and bonds on Wednesday', said on a Wednesday."""
    out = list(found)
    weekday_rule = f"times.weekday.{RULE_VERSION}"
    days = [i for i, f in enumerate(out) if f.rule == weekday_rule and _ONE_DAY.fullmatch(f.value)]
    for before, at in itertools.pairwise(days):
        first, second = out[before], out[at]
        if (
            ctx.anchor is not None
            and first.value > dates.iso(ctx.anchor) == second.value
            and _LISTED_ON.fullmatch(ctx.text, first.end, second.start)
            and ctx.tense(second.start, second.end) == "future"
        ):
            day = ctx.anchor + dt.timedelta(weeks=1)
            out[at] = dataclasses.replace(second, value=dates.iso(day))
    return out


def _ordered_weekdays(found: list[Found], ctx: Context) -> list[Found]:
    """The second weekday of 'from Thursday to Sunday' or 'opens Thursday and runs through
    Sunday' comes after the first, within the week that follows it."""
    out = _listed_after_ahead(found, ctx)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        one, two = _ONE_DAY.fullmatch(first.value), _ONE_DAY.fullmatch(second.value)
        weekdays = first.rule == second.rule == f"times.weekday.{RULE_VERSION}"
        if not (one and two and weekdays):
            continue
        if (
            ctx.anchor is not None
            and _OR_AND.fullmatch(ctx.text, first.end, second.start)
            and one.group(1) > dates.iso(ctx.anchor) == two.group(1)
        ):
            # 'will be followed on Wednesday and Thursday', said on a Thursday: the next one
            day = dt.date.fromisoformat(two.group(1)) + dt.timedelta(weeks=1)
            out[i] = dataclasses.replace(second, value=dates.iso(day) + (two.group(2) or ""))
            continue
        if (
            _OR_AND.fullmatch(ctx.text, first.end, second.start)
            and _NEXT_WORD_LEAD.match(ctx.text, first.start)
            and not two.group(2)
        ):
            # 'flying next Tuesday and Wednesday': the second in the week of the first
            start = dt.date.fromisoformat(one.group(1))
            end = dt.date.fromisoformat(two.group(1))
            day = start + dt.timedelta(days=(end.isoweekday() - start.isoweekday()) % 7)
            out[i] = dataclasses.replace(second, value=dates.iso(day))
            continue
        if not _WEEKDAY_TO.fullmatch(ctx.text, first.end, second.start):
            continue
        start = dt.date.fromisoformat(one.group(1))
        end = dt.date.fromisoformat(two.group(1))
        week = dt.timedelta(weeks=1)
        if end - start > week:
            # 'earned $12 million from Friday through Sunday', said on a Monday: the Sunday
            # after that Friday, not one a week on ('through' alone looks ahead)
            end = start + dt.timedelta(days=(end - start).days % 7 or 7)
            out[i] = dataclasses.replace(second, value=dates.iso(end) + (two.group(2) or ""))
            continue
        if end > start:
            continue
        try:
            if ctx.anchor is None or start > ctx.anchor or end + week <= ctx.anchor:
                value = dates.iso(end + week) + (two.group(2) or "")
                out[i] = dataclasses.replace(second, value=value)
            else:  # a range told as past ('ran from Friday to Monday', said on a Friday)
                value = dates.iso(start - week) + (one.group(2) or "")
                out[i - 1] = dataclasses.replace(first, value=value)
        except OverflowError:  # a range at the calendar's edge keeps its days as read
            continue
    return out


_NEXT_WORD_LEAD = re.compile(r"(?:next|this\s+coming)\s", re.IGNORECASE)
_DAY_BESIDE = re.compile(r"(?:(?<=\W)|^)the\s+day\s+(?P<side>before|after)\s+$", re.IGNORECASE)
_ONE_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(T\w+)?")


def _day_beside(found: Found, ctx: Context) -> Found:
    """Join 'the day before' or 'the day after' written before a day: 'the day before last
    Tuesday' is one expression, the Monday, as 'the day after tomorrow' is."""
    day = _ONE_DAY.fullmatch(found.value)
    if day is None or found.type != "DATE":
        return found
    hit = _DAY_BESIDE.search(ctx.text, max(0, found.start - 30), found.start)
    if hit is None:
        return found
    shift = 1 if hit["side"].lower() == "after" else -1
    value = dates.iso(dt.date.fromisoformat(day.group(1)) + dt.timedelta(days=shift))
    return dataclasses.replace(
        found, start=hit.start(), value=value, rule=f"times.day_beside.{RULE_VERSION}", mod=None
    )


def _clock_on_holiday(found: list[Found], ctx: Context) -> list[Found]:
    """Join a clock time to the holiday or the day told from another after it: 'at 7 p.m. on
    New Year's Eve', 'by 5 p.m. the next day', '9:45 p.m. the night before' are one time each."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        day = _ONE_DAY.fullmatch(f.value)
        joins = (
            ".holiday." in f.rule
            and not (day and day.group(2))
            and _ON_HOLIDAY.fullmatch(ctx.text, prev.end if prev else 0, f.start)
        ) or (
            ".anchored." in f.rule
            and _DAY_TOLD_AFTER.match(ctx.text, f.start)
            and prev is not None
            and ctx.text[prev.end : f.start].isspace()
        )
        if (
            prev is not None
            and joins
            and day is not None
            and ".clock." in prev.rule
            and re.search(r"T\d", prev.value)
        ):
            clock = prev.value.partition("T")[2]
            out[-1] = dataclasses.replace(
                prev, end=f.end, value=f"{day.group(1)}T{clock}", anchor_at=f.anchor_at
            )
            continue
        out.append(f)
    return out


# a day told from another, after a clock time: 'by 5 p.m. the next day', 'at 9 the night before'
_DAY_TOLD_AFTER = re.compile(
    r"the\s+(?:(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:day|night|evening)\s+before)\b",
    re.IGNORECASE,
)


_ON_HOLIDAY = re.compile(r",?\s+on\s+")


def _shared_set(found: list[Found], ctx: Context) -> list[Found]:
    """A weekday joined to a set of weekdays is one too: 'every Monday and Friday'."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "SET"
            and prev.value.startswith("XXXX-WXX-")
            and ".weekday." in f.rule
            and f.type in ("DATE", "TIME")
            and _RANGE_JOIN.fullmatch(ctx.text[prev.end : f.start])
            and (weekday := _weekday_in(ctx, f)) is not None
        ):
            tail = f.value.partition("T")[2]
            f = dataclasses.replace(
                f, type="SET", value=f"XXXX-WXX-{weekday}" + (f"T{tail}" if tail else "")
            )
        out.append(f)
    return out


_FIRST_WORD = re.compile(r"[A-Za-z]+")


def _habitual(found: list[Found], ctx: Context) -> list[Found]:
    """Unpin the clock times and months of a habit: in a sentence holding a set, a bare clock
    time or month in a clause not told as past is any day's or any year's ('open daily from
    10 a.m. to 5:45 p.m.' is XXXX-XX-XXT10:00, 'meets every year from January to April' is
    XXXX-01); 'opened at 9 a.m. and rose daily' stays that day."""
    sets = [f for f in found if f.type == "SET" and not _SET_BEFORE_NOUN.match(ctx.text, f.end)]
    if not sets:
        return found
    breaks = [hit.end() for hit in SENTENCE_END.finditer(ctx.text)]
    by_sentence: dict[int, list[Found]] = {}
    for item in sets:
        by_sentence.setdefault(bisect.bisect(breaks, item.start), []).append(item)
    out = []
    for f in found:
        clock = f.type == "TIME" and ".clock." in f.rule and not _names_day(ctx, f)
        month = (
            ".month." in f.rule
            and _BARE_MONTH.fullmatch(f.value)
            and not _HAS_DIGIT.search(ctx.text, f.start, f.end)
        )
        habit = by_sentence.get(bisect.bisect(breaks, f.start), [])
        if month:
            # 'every year', 'each year' (not 'six pct annually, first paid in April')
            habit = [s for s in habit if s.value == "P1Y" and _EVERY.match(ctx.text, s.start)]
        if not (clock or month) or not habit or ctx.tense(f.start, f.end) == "past":
            out.append(f)
            continue
        value = f"XXXX-XX-XX{f.value[10:]}" if clock else f"XXXX{f.value[4:]}"
        out.append(dataclasses.replace(f, value=value, anchor_at=None))
    return out


_EVERY_YEAR = re.compile(r"(?:every|each)\s+year", re.IGNORECASE)
_DAY_SET_JOIN = re.compile(r"\s+(?:on\s+)?", re.IGNORECASE)


def _day_every_year(found: list[Found], ctx: Context) -> list[Found]:
    """Join a day of a month to 'every year' beside it: 'payable on April 26 every year' and
    'every year on June 30' are that day of any year (SET XXXX-04-26), not this year's."""
    out: list[Found] = []
    at = 0
    while at < len(found):
        first = found[at]
        second = found[at + 1] if at + 1 < len(found) else None
        if second is not None and _day_and_year_set(first, second, ctx):
            day = first if ".calendar_day." in first.rule else second
            value = f"XXXX{day.value[4:10]}"
            out.append(
                dataclasses.replace(day, start=first.start, end=second.end, type="SET", value=value)
            )
            at += 2
            continue
        out.append(first)
        at += 1
    return out


def _day_and_year_set(first: Found, second: Found, ctx: Context) -> bool:
    """True for a day of a month and 'every year' side by side, in either order."""
    day, every = (first, second) if ".calendar_day." in first.rule else (second, first)
    one = _ONE_DAY.fullmatch(day.value)
    return bool(
        ".calendar_day." in day.rule
        and one is not None
        and not one.group(2)
        and every.type == "SET"
        and _EVERY_YEAR.fullmatch(ctx.text, every.start, every.end)
        and not _WRITTEN_YEAR.search(ctx.text, day.start, day.end)
        and _DAY_SET_JOIN.fullmatch(ctx.text, first.end, second.start)
    )


def _habitual_weekdays(found: list[Found], ctx: Context) -> list[Found]:
    """Unpin the weekdays and months of a habit told in the present: 'the bank generally holds
    its tender on Tuesday' is any Tuesday (SET XXXX-WXX-2), 'cases usually peak in August'
    any August (XXXX-08); 'generally held it on Tuesday' and 'will generally hold it on
    Tuesday' stay that day."""
    habit_word = _word_pattern(ctx.words.alternation("habit_word"))
    if not habit_word.search(ctx.text):
        return found
    breaks = [hit.end() for hit in SENTENCE_END.finditer(ctx.text)]
    out = []
    for f in found:
        day = _ONE_DAY.fullmatch(f.value)
        weekday = _weekday_in(ctx, f) if day and ".weekday." in f.rule else None
        # 'cases usually peak in August': any August (a month named bare, no year written)
        month = (
            ".month." in f.rule
            and _BARE_MONTH.fullmatch(f.value)
            and not _HAS_DIGIT.search(ctx.text, f.start, f.end)
        )
        if (weekday is None and not month) or _REL_WORD.match(ctx.text, f.start):
            out.append(f)
            continue
        at = bisect.bisect(breaks, f.start)
        opens = breaks[at - 1] if at else 0
        closes = breaks[at] if at < len(breaks) else len(ctx.text)
        habit = habit_word.search(ctx.text, opens, closes) is not None
        if month:
            # a month's habit is told in its own clause ('was authorised to buy in June,
            # although sales normally end on April 30' is this June)
            habit = any(
                not _CLAUSE_BREAK.search(ctx.text, min(h.end(), f.start), max(h.start(), f.end))
                for h in habit_word.finditer(ctx.text, opens, closes)
            )
        if not habit or ctx.tense(f.start, f.end) not in ("present", None):
            out.append(f)
            continue
        if month:
            out.append(dataclasses.replace(f, value=f"XXXX{f.value[4:]}", anchor_at=None))
            continue
        value = f"XXXX-WXX-{weekday}{day.group(2) or ''}"
        out.append(dataclasses.replace(f, type="SET", value=value, anchor_at=None))
    return out


_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:although|though|but|while|whereas|which|when|and|as)\b", re.IGNORECASE
)


@cache
def _word_pattern(alternation: str) -> re.Pattern[str]:
    """A pattern finding any of the words of ``alternation`` whole, in any case."""
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


_REL_WORD = re.compile(r"(?:last|next|this|coming|past|previous)\b", re.IGNORECASE)


# a set word before a noun qualifies the noun, no habit of the clause: 'daily updates follow'
_SET_BEFORE_NOUN = re.compile(
    r"(?<=ly)\s+(?!(?:from|at|to|until|till|in|on|and|or|but|between|except|since|during|for"
    r"|with|by|through|before|after)\b)[a-z]"
)


def _names_day(ctx: Context, f: Found) -> bool:
    """True when a clock time's own words name its day ('7 p.m. on Friday', 'noon today')."""
    for word in re.findall(r"[A-Za-z]+", ctx.text[f.start : f.end]):
        if word.lower() in ("this", "tonight") or any(
            ctx.words.lookup(kind, word) for kind in ("weekday", "month", "day_offset")
        ):
            return True
    return False


_BARE_MONTH = re.compile(r"\d{4}-\d{2}")
_HAS_DIGIT = re.compile(r"\d")
_EVERY = re.compile(r"every|each", re.IGNORECASE)


_CLOCK_DAY_JOIN = re.compile(r",?\s+(?:on\s+)?")


def _apposed_day_beside(found: list[Found], ctx: Context) -> list[Found]:
    """Add 'the day before' set off after a day and naming it again by an event ('told on Dec.
    23, the day before the shutdown'): that day."""
    out: list[Found] = []
    for at, f in enumerate(found):
        out.append(f)
        apposed = _APPOSED_DAY.match(ctx.text, f.end) if f.type == "DATE" else None
        if apposed is None or not _APPOSABLE_DAY.fullmatch(f.value):
            continue
        start = apposed.start("day")
        end = apposed.end("day")
        if at + 1 < len(found) and found[at + 1].start < end:
            continue  # already a time there
        out.append(Found(start, end, "DATE", f.value, f"times.anchored.{RULE_VERSION}"))
    return out


# ', the day before the shutdown', ', the day after the vote'
_APPOSED_DAY = re.compile(
    r",\s+(?P<day>the\s+(?:day|night)\s+(?:before|after))\s+(?:the|his|her|its|their)\s+[a-z]"
)
_APPOSABLE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}|XXXX-\d{2}-\d{2}|XXXX-WXX-[1-7]")


def _clock_on_set_days(found: list[Found], ctx: Context) -> list[Found]:
    """Join a clock time and the weekdays 'on' after it that recur into one set: 'by 6 p.m. on
    Sundays' is each Sunday's 18:00 (XXXX-WXX-7T18:00), as 'every Saturday at noon' is."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        clock = (
            _CLOCK_PART.search(prev.value) if prev is not None and ".clock." in prev.rule else None
        )
        if (
            clock is not None
            and prev.type == "TIME"
            and f.type == "SET"
            and _EVERY_WEEKDAY.fullmatch(f.value)
            and _CLOCK_DAY_JOIN.fullmatch(ctx.text, prev.end, f.start)
        ):
            out[-1] = dataclasses.replace(
                f, start=prev.start, value=f"{f.value}T{clock['hour']}{clock['rest']}"
            )
            continue
        out.append(f)
    return out


_EVERY_WEEKDAY = re.compile(r"XXXX-WXX-[1-7]")


def _day_at_clock(found: list[Found], ctx: Context) -> list[Found]:
    """Join a day and the clock time 'at' after it into one time on that day: 'Saturday,
    Jan. 2, at 8 p.m.', 'on Jan. 15 at 9 a.m.', 'yesterday at 5 p.m.', 'tonight at 9
    o'clock' (an evening's or a night's hour after noon), 'Friday morning at 8:30'."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.value.startswith("XXXX-XX-XXT")
            and prev.type == "TIME"
            and not prev.value.startswith("XXXX-XX-XX")
            and _OPENS_GLOSS.fullmatch(ctx.text, prev.end, f.start)
            and (gloss := _GLOSS_CLOCK.match(ctx.text, f.start))
        ):
            # the gloss of a clock just joined to its day, in a story of unknown date: 'on
            # Aug. 28 at 10 a.m. local time (1400 GMT)' is XXXX-08-28T14:00
            day = _partial_day_shifted(prev.value, gloss)
            f = dataclasses.replace(f, value=f"{day}T{f.value.partition('T')[2]}")
        day = _DAY_OR_PART.fullmatch(prev.value) if prev is not None else None
        clock = _CLOCK_PART.search(f.value) if ".clock." in f.rule else None
        if (
            prev is None
            or day is None
            or clock is None
            or f.type != "TIME"
            or (prev.type == "SET" and not prev.value.startswith("XXXX-"))
            or not _AT_CLOCK.fullmatch(ctx.text, prev.end, f.start)
        ):
            out.append(f)
            continue
        hour, minutes = int(clock["hour"]), clock["rest"]
        part = day["part"]
        if (
            part in ("AF", "EV", "NI")
            and hour < 12
            and not _MERIDIEM.search(ctx.text, f.start, f.end)
        ):
            hour += 12 if not (part == "NI" and hour < 5) else 0
        value = f"{day['day']}T{hour:02d}{minutes}"
        # 'every Saturday at noon' stays a set: each Saturday's noon
        kind = "SET" if prev.type == "SET" else "TIME"
        out[-1] = dataclasses.replace(
            f,
            start=prev.start,
            type=kind,
            value=value,
            anchor_at=None,
            rule=prev.rule if kind == "SET" else f.rule,
        )
    return out


def _clocks_from_day(found: list[Found], ctx: Context) -> list[Found]:
    """Set bare clock times on the day they start from, told after them: 'a curfew from 8
    p.m. to 5 a.m. starting Tuesday' is Tuesday's 8 p.m. and Wednesday's 5 a.m.; 'shops must
    close at 6 p.m. from Monday'."""
    out = list(found)
    for at, day in enumerate(out):
        lead = _STARTING_DAY.search(ctx.text, max(0, day.start - 16), day.start)
        whole = _ONE_DAY.fullmatch(day.value)
        if (
            lead is None
            or whole is None
            or whole.group(2)
            or day.type != "DATE"
            # not a day owning a thing ('up from yesterday's close'), nor the first of a run
            # of days ('from Saturday to Thursday')
            or _OWNED_OR_RUN.match(ctx.text, day.end)
        ):
            continue
        clocks = []
        for back in range(at - 1, -1, -1):
            clock = out[back]
            gap = ctx.text[clock.end : (out[back + 1].start if back + 1 < at else lead.start())]
            if (
                ".clock." not in clock.rule
                or clock.type != "TIME"
                or _names_a_day(ctx, clock)
                or len(gap) > 40
                or SENTENCE_END.search(gap + " X")
            ):
                break
            clocks.insert(0, back)
        start = dt.date.fromisoformat(whole.group(1))
        last = ""
        for back in clocks:
            clock = _CLOCK_PART.search(out[back].value)
            if clock is None:
                break
            hour = clock.group()
            if last and hour < last:
                start += dt.timedelta(days=1)  # 'from 8 p.m. to 5 a.m.': into the next day
            last = hour
            out[back] = dataclasses.replace(
                out[back], value=f"{dates.iso(start)}{hour}", anchor_at=day.start
            )
    return out


_STARTING_DAY = re.compile(
    r"(?:,\s*)?\b(?:starting|beginning|from|effective|as\s+of)\s+(?:on\s+)?$", re.IGNORECASE
)
_OWNED_OR_RUN = re.compile(r"['’]s?\b|\s*(?:-|–|to\b|through\b|until\b|thru\b)", re.I)


def _names_a_day(ctx: Context, found: Found) -> bool:
    """True when a clock time's own words name its day ('6 p.m. Friday', 'noon tomorrow',
    '9 a.m. on May 4', '10 p.m. tonight'), from the time-word table."""
    words = re.findall(r"[A-Za-z]+\.?", ctx.text[found.start : found.end])
    return any(
        word.lower() == "tonight"
        or any(ctx.words.lookup(kind, word) for kind in ("weekday", "month", "day_offset"))
        for word in words
    )


def _evening_at_hour(found: Found, ctx: Context) -> Found:
    """An evening or a night with a bare hour 'at' after it is that hour after noon: 'tonight
    at 8', 'tomorrow night at 7:30', 'Tuesday evening at 6' (not 'at 8 percent')."""
    told = _EVENING_WORD.search(ctx.text, found.start, found.end)
    part = _EVENING.search(found.value) if found.type == "TIME" and told else None
    hour = _BARE_HOUR.match(ctx.text, found.end) if part else None
    if hour is None or not 5 <= int(hour["h"]) <= 11:
        return found
    value = f"{found.value[: part.start()]}T{int(hour['h']) + 12:02d}:{hour['mi'] or '00'}"
    return dataclasses.replace(found, end=hour.end(), value=value)


_EVENING = re.compile(r"T(?:EV|NI)$")
_EVENING_WORD = re.compile(r"\b(?:tonight|night|evening)$", re.IGNORECASE)  # not 'overnight'
# a bare hour (no 'a.m.', no unit after it) 'at' after a part of the day
_BARE_HOUR = re.compile(
    r"\s+at\s+(?P<h>1[01]|0?[5-9])(?::(?P<mi>[0-5]\d))?(?![\d:.,]\d|\s*(?:%|[ap]\.?\s?m\b))"
    r"(?!\s+(?:percent|per|pct|points?|dollars?|cents?|people|years?|months?|weeks?|days?)\b)",
    re.IGNORECASE,
)


# a day, or a part of one, a clock time may be joined to ('2013-03-14', 'XXXX-WXX-2TNI')
_DAY_OR_PART = re.compile(
    r"(?P<day>(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|XX-XX|WXX-[1-7]))(?:T(?P<part>MO|AF|EV|NI))?"
)
_CLOCK_PART = re.compile(r"T(?P<hour>\d{2})(?P<rest>(?::\d{2})*)$")
_AT_CLOCK = re.compile(r"\s*,?\s+at\s+")
_MERIDIEM = re.compile(r"\b[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b", re.IGNORECASE)


def _clock_on_day(found: list[Found], ctx: Context) -> list[Found]:
    """Join a clock time to the day written right after it in words the clock pattern does
    not take ('midnight April one', as Reuters spells a day; '9 a.m. next Tuesday'): one
    time, on that day."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        day = _ONE_DAY.fullmatch(f.value)
        whole_day = day is not None and not day.group(2)
        next_weekday = ".weekday." in f.rule and _REL_WORD.match(ctx.text, f.start)
        if (
            prev is not None
            and prev.type == "TIME"
            and ".clock." in prev.rule
            # ... or a weekday the clock pattern does not take: '9 a.m. next Tuesday'
            and (
                ".calendar_day." in f.rule
                # (not 'at 9 a.m. Last Tuesday they')
                or (next_weekday and ctx.text[f.start].islower())
            )
            and whole_day
            and "T" in prev.value
            and _CLOCK_DAY_JOIN.fullmatch(ctx.text, prev.end, f.start)
        ):
            clock = prev.value.partition("T")[2]
            out[-1] = dataclasses.replace(prev, end=f.end, value=f"{day.group(1)}T{clock}")
            continue
        if (
            len(out) >= 2
            and next_weekday
            and whole_day
            and _GLOSS_THEN_DAY.fullmatch(ctx.text, prev.end, f.start)
            and all(".clock." in c.rule and "T" in c.value for c in out[-2:])
            and out[-2].value.partition("T")[0] == prev.value.partition("T")[0]
        ):
            # '11:30 a.m. (0130 GMT) next Tuesday': both clocks on that day, the day its own
            for at in (-2, -1):
                clock = out[at].value.partition("T")[2]
                out[at] = dataclasses.replace(out[at], value=f"{day.group(1)}T{clock}")
        out.append(f)
    return out


_GLOSS_THEN_DAY = re.compile(r"\)\s*")  # the close of a clock's gloss, then its day


def _year_starting(found: list[Found], ctx: Context) -> list[Found]:
    """'the fiscal year starting April 1' is the year of that April 1 (2025, told in December
    2024), as 'the fiscal year ending March 31' is counted by its end."""
    out = list(found)
    for i in range(len(out) - 1):
        year, day = out[i], out[i + 1]
        if (
            ".the_year." in year.rule
            and _WHOLE_YEAR.fullmatch(year.value)
            and _YEAR_STARTING.fullmatch(ctx.text, year.end, day.start)
            and _YEAR_LED.fullmatch(day.value)
            and day.value[:4] != year.value
        ):
            out[i] = dataclasses.replace(year, value=day.value[:4])
    return out


_WHOLE_YEAR = re.compile(r"\d{4}")
_YEAR_STARTING = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:starting|beginning|starts|begins)\s+(?:on\s+|in\s+)?",
    re.IGNORECASE,
)


def _clock_range_start(found: list[Found], ctx: Context) -> list[Found]:
    """Add the bare hour opening a range of clock times ('between 3 and 5 a.m. GMT on Sunday'):
    a time of its own, on the same day, in the same half of the day."""
    out: list[Found] = []
    for f in found:
        head = _RANGE_HOUR.search(ctx.text, max(0, f.start - 30), f.start)
        clock = _CLOCK_VALUE.fullmatch(f.value) if f.type == "TIME" else None
        if (
            head is None
            or clock is None
            or ".clock." not in f.rule
            or not _MERIDIEM.match(ctx.text, f.start, f.end)
            or (out and out[-1].end > head.start("h"))
        ):
            out.append(f)
            continue
        hour, end_hour = int(head["h"]), int(clock["hh"])
        if not 1 <= hour <= 12:
            out.append(f)
            continue
        hour = hour % 12 + (12 if end_hour >= 12 else 0)
        if hour * 60 + int(head["mi"] or 0) > end_hour * 60 + int(clock["mm"]):
            hour -= 12  # 'between 11 and 1 p.m.': from 11 a.m.
        if hour < 0:
            out.append(f)
            continue
        value = f"{clock['day']}T{hour:02d}:{head['mi'] or '00'}"
        out.append(Found(head.start("h"), head.end("hm"), "TIME", value, f.rule, None))
        out.append(f)
    return out


_RANGE_HOUR = re.compile(
    r"\b(?:between|from)\s+(?P<hm>(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?)\s*(?:and|to|until|till|-|–)\s*$",
    re.IGNORECASE,
)
_CLOCK_VALUE = re.compile(r"(?P<day>[\dX]{4}-[\dX]{2}-[\dX]{2})T(?P<hh>\d\d):(?P<mm>\d\d)")
_MERIDIEM = re.compile(r"\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b", re.IGNORECASE)


# a clock time, the event it is the hour of, and that event's day: 'the union's noon deadline
# yesterday', 'a 1500 EST cutoff on Wednesday'
_CLOCK_EVENT_DAY = re.compile(r"\s+(?:[a-z-]+\s+)?(?P<noun>(?!on\b)[a-z-]+)\s+(?:on\s+)?")


def _clock_of_fixture(found: list[Found], ctx: Context) -> list[Found]:
    """Put a clock time on the day its event is told on ('the noon deadline yesterday')."""
    out = list(found)
    for i, (clock, day) in enumerate(zip(found, found[1:], strict=False)):
        between = _CLOCK_EVENT_DAY.fullmatch(ctx.text, clock.end, day.start)
        if (
            between is None
            or clock.type != "TIME"
            or ".clock." not in clock.rule
            or "T" not in clock.value
            or _names_day(ctx, clock)
            or day.type != "DATE"
            or not _ONE_DAY.fullmatch(day.value)
            or ctx.words.lookup("fixture_after", between["noun"]) is None
        ):
            continue
        out[i] = dataclasses.replace(clock, value=f"{day.value}T{clock.value.partition('T')[2]}")
    return out


_CLOCK_RUN = re.compile(r"\s*(?:-|–|/|to|until|till|and|or)\s*", re.IGNORECASE)


def _clock_run_day(found: list[Found], ctx: Context) -> list[Found]:
    """Put the first clock time of a run of hours on the day named after the last one: 'from
    0720 to 1515 CST on Monday' opens on Monday, and 'from 10 p.m. to 2 a.m. Sunday' on the
    night before it."""
    out = list(found)
    for i, (first, last) in enumerate(zip(found, found[1:], strict=False)):
        if not (
            first.type == last.type == "TIME"
            and ".clock." in first.rule
            and ".clock." in last.rule
            and "T" in first.value
            and _CLOCK_RUN.fullmatch(ctx.text, first.end, last.start)
            and _names_day(ctx, last)
            and not _names_day(ctx, first)
        ):
            continue
        day, _, clock = last.value.partition("T")
        start = first.value.partition("T")[2]
        if start > clock and _ONE_DAY.fullmatch(day):
            day = dates.iso(dt.date.fromisoformat(day) - dt.timedelta(days=1))
        out[i] = dataclasses.replace(first, value=f"{day}T{start}")
    return out


_GLOSS_OPEN = re.compile(r"\s*\(\s*")
_GLOSS_CLOSE = re.compile(r"\s*\)")


def _glossed_weekdays(found: list[Found], ctx: Context) -> list[Found]:
    """A weekday glossed with its date, or a date with its weekday, is that one day:
    'a holiday on Wednesday (May 4)', 'polls open on May 9 (Monday)'. Both take the year, next
    to the one read, in which the date falls on that weekday."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if not (
            _GLOSS_OPEN.fullmatch(ctx.text, first.end, second.start)
            and _GLOSS_CLOSE.match(ctx.text, second.end)
        ):
            continue
        weekday_first = ".weekday." in first.rule
        named, dated = (first, second) if weekday_first else (second, first)
        day = _ONE_DAY.fullmatch(dated.value)
        if (
            weekday_first is False
            and ".day_offset." in dated.rule
            and ".weekday." in named.rule
            and day is not None
            and not day.group(2)
            and dt.date.fromisoformat(day.group(1)).isoweekday() == _weekday_in(ctx, named)
        ):
            # 'crediting funds tomorrow (Thursday)': the day the word names
            out[i] = dataclasses.replace(named, value=day.group(1), anchor_at=dated.start)
            continue
        if ".weekday." not in named.rule or ".calendar_day." not in dated.rule or day is None:
            continue
        if not _ONE_DAY.fullmatch(named.value) or day.group(2):
            continue
        weekday = _weekday_in(ctx, named)
        if weekday is None:
            continue
        read = dt.date.fromisoformat(day.group(1))
        years = (read.year, read.year - 1, read.year + 1)
        fits = [y for y in years if _on_weekday(y, read.month, read.day, weekday)]
        if not fits:
            continue
        value = dates.iso(read.replace(year=fits[0]))
        tail = named.value.partition("T")[2]
        named = dataclasses.replace(
            named,
            value=value + (f"T{tail}" if tail else ""),
            rule=f"times.weekday_gloss.{RULE_VERSION}",
        )
        dated = dataclasses.replace(dated, value=value)
        out[i - 1], out[i] = (named, dated) if weekday_first else (dated, named)
    return out


def _weekday_in(ctx: Context, found: Found) -> int | None:
    """The ISO number of the weekday named within ``found`` ('Friday' in 'last Friday')."""
    for word in _FIRST_WORD.findall(ctx.text, found.start, found.end):
        if named := ctx.words.lookup("weekday", word):
            return int(named.value)
    return None


def _on_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    """True when year-month-day is a real day falling on ISO ``weekday``."""
    return dates.valid_day(year, month, day) and dt.date(year, month, day).isoweekday() == weekday


def _weekday_beside(found: list[Found], ctx: Context) -> list[Found]:
    """Join 'the Friday before Easter', 'the Sunday after Thanksgiving' into one day: the
    nearest such weekday before or after the day named."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        day = _ONE_DAY.fullmatch(f.value)
        joined = (
            _BESIDE.fullmatch(ctx.text, prev.end, f.start)
            if prev is not None
            and ".weekday." in prev.rule
            and ctx.text[max(0, prev.start - 4) : prev.start].lower() == "the "
            else None
        )
        weekday = _weekday_in(ctx, prev) if joined is not None else None
        if weekday is None or day is None or f.type != "DATE" or day.group(2):
            out.append(f)
            continue
        side = "past" if joined["side"].lower() == "before" else "future"
        near = dates.weekday_date(dt.date.fromisoformat(day.group(1)), weekday, side, strict=True)
        out[-1] = dataclasses.replace(
            f,
            start=prev.start - 4,
            value=dates.iso(near),
            rule=f"times.day_beside.{RULE_VERSION}",
            mod=None,
        )
    return out


def _weekday_of_day(found: list[Found], ctx: Context) -> list[Found]:
    """'on April 24, 1949, a Sunday': a weekday set beside a day it falls on is that day; so is
    a holiday set beside a day ('sworn in on July 28, Independence Day', in Peru)."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        day = _DAY_OR_TIME.fullmatch(prev.value) if prev is not None else None
        if (
            prev is not None
            and day is not None
            and ".holiday." in f.rule
            and _ONE_DAY.fullmatch(f.value)
            and _HOLIDAY_APPOSED.fullmatch(ctx.text, prev.end, f.start)
            and _WRITTEN_DAY.search(ctx.text, prev.start, prev.end)
        ):
            out.append(dataclasses.replace(f, value=day.group(1), anchor_at=prev.start))
            continue
        if (
            prev is None
            or day is None
            or ".weekday." not in f.rule
            or not _APPOSED.fullmatch(ctx.text, prev.end, f.start)
        ):
            out.append(f)
            continue
        weekday = _weekday_in(ctx, f)
        told = dt.date.fromisoformat(day.group(1))
        if weekday is None or told.isoweekday() != weekday or f.value.startswith(day.group(1)):
            out.append(f)
            continue
        out.append(dataclasses.replace(f, type="DATE", value=day.group(1), anchor_at=prev.start))
    return out


_APPOSED = re.compile(r",\s+(?:a|which\s+was\s+a|then\s+a)\s+", re.IGNORECASE)
_HOLIDAY_APPOSED = re.compile(r",\s+(?:the\s+)?")
_DAY_OR_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(T[\w:]+)?")  # '2022-06-04', '2022-06-04T23:45'
_WRITTEN_DAY = re.compile(r"\d")  # a day written in figures: 'July 28'
_BESIDE = re.compile(r"\s+(?P<side>before|after)\s+", re.IGNORECASE)
_OF_YEAR = re.compile(r"\s+(?:of\s+)?", re.I)
_DAY_FIRST = re.compile(r"\b(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+$")
_RELATIVE_YEAR = re.compile(
    r"(?:last|next|this|that|the\s+(?:previous|following|same))\s+year", re.I
)


_MONTH_PERIOD = re.compile(r"\s+(quarter|half)(?![\w-])", re.IGNORECASE)
_PERIOD_OWNER = re.compile(r"(?:\b(the|its|their|this|last|that)|['’]s?)\s+$", re.IGNORECASE)
# the quarter or half a month ends, as Australian and Asian companies name their periods
_ENDING = {"quarter": {3: "Q1", 6: "Q2", 9: "Q3", 12: "Q4"}, "half": {6: "H1", 12: "H2"}}


def _month_period(found: Found, ctx: Context) -> Found:
    """A month naming the period it ends: 'the December quarter' is the fourth quarter, 'the
    June half' the first half, of the year the month is told in."""
    month = _YEAR_MONTH.fullmatch(found.value)
    after = _MONTH_PERIOD.match(ctx.text, found.end)
    owner = _PERIOD_OWNER.search(ctx.text[max(0, found.start - 8) : found.start])
    if found.rule != f"times.month.{RULE_VERSION}" or not (month and after and owner):
        return found
    part = _ENDING[after.group(1).lower()].get(int(month[2]))
    if part is None:
        return found
    start = found.start - len(owner.group()) if owner.group(1) == "the" else found.start
    return dataclasses.replace(found, start=start, end=after.end(), value=f"{month[1]}-{part}")


def _with_year_of(found: list[Found], ctx: Context) -> list[Found]:
    """Join a month, day or season to the relative year after it: 'June 16 of last year' and
    'March 5 next year' are one expression each, as 'the spring of next year' is; a day
    before 'February last year' joins it too ('25 February last year')."""
    out: list[Found] = []
    for item in found:
        before = _DAY_FIRST.search(ctx.text[max(0, item.start - 8) : item.start])
        month = _YEAR_MONTH.fullmatch(item.value)
        if before and month and item.rule == f"times.month.{RULE_VERSION}":
            year, number, day = int(month[1]), int(month[2]), int(before["day"])
            if dates.valid_day(year, number, day) and not (out and out[-1].end > item.start - 8):
                start = item.start - len(before.group())
                item = dataclasses.replace(item, start=start, value=f"{item.value}-{day:02d}")
        last = out[-1] if out else None
        if (
            last is not None
            and _RELATIVE_YEAR.fullmatch(ctx.text, item.start, item.end)
            and re.fullmatch(r"\d{4}", item.value)
            and _YEAR_LED.match(last.value)
            # a weekday's week is no part of a year: 'falls on a Saturday this year'
            and last.rule != f"times.weekday.{RULE_VERSION}"
            and _OF_YEAR.fullmatch(ctx.text, last.end, item.start)
            # (not across a sentence's end: 'starts at 9 p.m. Last year it drew 5,000')
            and not (ctx.text[last.end - 1] == "." and ctx.text[item.start].isupper())
        ):
            year = int(item.value)
            if ctx.text[item.start : item.start + 4].lower() == "that":
                # 'Nov. 24 of that year' is of the year written before, not of its own guess
                written = next(
                    (
                        f
                        for f in reversed(out[-_WRITTEN_REACH - 1 : -1])
                        if f.value[:4].isdigit() and _WRITTEN_YEAR.search(ctx.text, f.start, f.end)
                    ),
                    None,
                )
                year = int(written.value[:4]) if written is not None else year
            if not last.value[:4].isdigit():  # a day of no known year: 'July 29' undated
                last = dataclasses.replace(last, value=f"{year:04d}{last.value[4:]}")
            shift = year - int(last.value[:4])
            value = "/".join(
                f"{int(part[:4]) + shift:04d}{part[4:]}" if part[:4].isdigit() else part
                for part in last.value.split("/")
            )
            feast = ctx.words.lookup("holiday", ctx.text[last.start : last.end])
            if feast is not None and ".holiday." in last.rule and not _FIXED_DAY.match(feast.value):
                # 'Easter last year', 'Ramadan next year': the feast's own day in that year
                with contextlib.suppress(ValueError):
                    value = g.holiday_value(feast.value, year)
            out[-1] = dataclasses.replace(last, end=item.end, value=value)
            continue
        if (
            last is not None
            and _RELATIVE_YEAR.fullmatch(ctx.text, item.start, item.end)
            and re.fullmatch(r"\d{4}", item.value)
            and _QUARTER_VALUE.fullmatch(last.value)
            and (figures := _FIGURES_BETWEEN.fullmatch(ctx.text, last.end, item.start))
            and ctx.words.lookup("figures_head", figures["noun"])
        ):
            # 'had first quarter sales last year of 92.9 mln': the quarter of that year
            out[-1] = dataclasses.replace(last, value=f"{item.value}{last.value[4:]}")
        out.append(item)
    return out


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_FIXED_DAY = re.compile(r"\d\d-\d\d$")  # a holiday on one day of the month every year
_FIGURES_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+")


_WRITTEN_REACH = 20  # how many times back 'that year' looks for a year written


_LOW_END = re.compile(
    r"(?<![\w.,/$-])(?:(?P<low>\d{1,3}|[a-z]+(?:-[a-z]+)?)-?\s*(?:to|or|-|–)"
    r"|(?<=between\s)(?P<between>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+and)\s*$",
    re.I,
)
# a count of one unit, or with a part of the next ('two and a half years': P2Y6M)
_COUNT_VALUE = re.compile(r"P(?P<t>T?)(?P<n>\d+)(?P<unit>[A-Z]+)(?P<part>\d+[A-Z])?")


def _duration_range(found: Found, ctx: Context) -> list[Found]:
    """Mark the lower end of a range of durations as TimeML does, a duration of its own:
    'two to three weeks' is 'two' (`P2W`) and 'three weeks' (`P3W`), not three weeks alone."""
    count = _COUNT_VALUE.fullmatch(found.value)
    if found.type != "DURATION" or count is None:
        return [found]
    hit = _LOW_END.search(ctx.text, max(0, found.start - 20), found.start)
    if hit is None:
        return _listed_counts(found, count, ctx)
    group = "low" if hit["low"] else "between"
    low_end = _low_count(found, count, hit.start(group), hit.end(group), ctx)
    if low_end is None:
        return [found]  # 'one of three years', 'a two-year to five years': not a range
    return [low_end, found]


def _low_count(
    found: Found, count: re.Match[str], start: int, end: int, ctx: Context
) -> Found | None:
    """The count written at text[start:end] as a duration in the unit of ``found`` (whose
    value ``count`` parts), if it is a whole number below ``found``'s: 'two' in 'two to three
    weeks' is `P2W`."""
    n = number_value(ctx.text[start:end], ctx.words)
    written, scale = _written_count(found, count, ctx)
    if not isinstance(n, int | float) or n != int(n) or not 0 < n < written + bool(count["part"]):
        return None
    return dataclasses.replace(
        found,
        start=start,
        end=end,
        value=f"P{count['t']}{int(n) * scale}{count['unit']}",
        rule=f"times.range_low.{RULE_VERSION}",
        mod=None,
    )


_COUNT_WORD = re.compile(r"\d+|[a-z]+(?:-[a-z]+)?", re.IGNORECASE)


def _written_count(found: Found, count: re.Match[str], ctx: Context) -> tuple[int, int]:
    """The count written in ``found`` and how many of its value's units each counted thing
    is: 'six quarters' (`P18M`) is (6, 3), 'three weeks' (`P3W`) is (3, 1)."""
    n = int(count["n"])
    for word in _COUNT_WORD.finditer(ctx.text, found.start, found.end):
        written = number_value(word[0], ctx.words)
        if isinstance(written, int | float) and written == int(written) and written > 0:
            written = int(written)
            return (written, n // written) if n % written == 0 else (n, 1)
    return n, 1


# counts listed before the last, which alone carries the unit: 'the three and six-month
# bills', 'the two, three and six-month maturities', 'the 16 and 40-week periods'
_LISTED_COUNTS = re.compile(
    r"(?<![\w.,/$-])(?P<items>(?:(?:\d{1,3}|[a-z]+)-?\s*,\s*)*(?:\d{1,3}|[a-z]+)-?)\s+and\s+$",
    re.IGNORECASE,
)
_LISTED_ITEM = re.compile(r"(?P<n>\d{1,3}|[a-z]+)-?", re.IGNORECASE)


def _listed_counts(found: Found, count: re.Match[str], ctx: Context) -> list[Found]:
    """Mark each count listed before a duration whose unit they share as a duration of its
    own: 'three and six-month bills' is 'three' (`P3M`) and 'six-month' (`P6M`)."""
    hit = _LISTED_COUNTS.search(ctx.text, max(0, found.start - 40), found.start)
    if hit is None:
        return [found]
    listed = []
    for item in _LISTED_ITEM.finditer(ctx.text, hit.start("items"), hit.end("items")):
        low = _low_count(found, count, item.start("n"), item.end("n"), ctx)
        if low is None:
            return [found]  # 'Smith and six-month', 'one of three and five years': no list
        listed.append(low)
    return [*listed, found]


_WORD_RANGE = re.compile(
    r"(?P<first>.*?\d+(?:st|nd|rd|th)?)\s+(?:to|through|until|and|or)\s+\S", re.I | re.S
)


def _split_word_range(found: Found, ctx: Context) -> list[Found]:
    """Mark a range written with words as TimeML does, two dates: 'from Aug. 26 to Oct. 20' is
    'Aug. 26' and 'Oct. 20', 'April 24 and 25' is 'April 24' and '25'. A range written with a
    dash ('March 6-7') stays one expression with a range value."""
    if found.rule.split(".")[1] != "calendar_day" or found.value.count("/") != 1:
        return [found]
    hit = _WORD_RANGE.match(ctx.text, found.start, found.end)
    if hit is None:
        return [found]
    first, second = found.value.split("/")
    return [
        dataclasses.replace(found, end=hit.end("first"), value=first),
        dataclasses.replace(found, start=hit.end() - 1, value=second, mod=None),
    ]


def _read_clock_at(
    ctx: Context, start: int, end: int, extra_dirs: tuple[str, ...]
) -> tuple[tuple[str, str] | None, str]:
    """Read the clock time written exactly at text[start:end] on its own: its (type, value)
    if it gives a day, and its time of day ('6:45 AM GMT' -> '06:45'; '' when no clock)."""
    clock = next(r for r in rules(extra_dirs) if r.name.split(".")[1] == "clock")
    match = clock.pattern.match(ctx.text, start, end)
    read = clock.read(match, ctx) if match is not None and match.end() == end else None
    if isinstance(read, tuple):
        return (read[0], read[1]), _clock_of(read[1])
    return None, (read.tod or "") if read is not None else ""


def _clock_of(value: str) -> str:
    """Return the time of day of a TIME value ('2009-11-29T01:45' -> '01:45')."""
    return value.partition("T")[2]


_PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)[\s,]*(?:on\s+)?")
# a 12-hour clock inside: another zone's '4 a.m. EDT', read as a clock of its own
_CLOCK_INSIDE = re.compile(r"\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b|(?:midnight|noon|midday)\b", re.I)
_WEEKDAY_INSIDE = re.compile(r"\b[A-Z][a-z]+day\b")
# a 24-hour time in another zone, opening a parenthesis: '1700 GMT', '12:00 GMT', '10:00 Seoul
# time'
_GLOSS_CLOCK = re.compile(
    r"(?P<h>[01]\d|2[0-3]):?(?P<mi>[0-5]\d)\s*(?:GMT|UTC|Z\b|(?:[A-Z][a-z]+\s+){1,2}time\b)"
)
_DAY_INSIDE = re.compile(r"\b(?:[A-Z][a-z]+day|[A-Z][a-z]{2,}\.?\s+\d{1,2})\b")


def _split_parenthetical(found: Found, ctx: Context, extra_dirs: tuple[str, ...]) -> list[Found]:
    """Mark a clock time written around a parenthesis as TimeML does: '10:35 a.m. (0735 GMT)
    Friday' is '10:35 a.m.' and 'Friday' (the day alone for the day); '4 in the morning (4 a.m.
    EDT Thursday)' is two times, both with the value the fuller one inside resolves to."""
    if found.rule.split(".")[1] != "clock":
        return [found]
    hit = _PARENTHETICAL.search(ctx.text, found.start, found.end)
    if hit is None:
        return [found]
    head = dataclasses.replace(found, end=hit.start())
    parts = [head]
    inner = hit.group(1).strip()
    if inside := _CLOCK_INSIDE.match(inner):
        at = hit.start(1) + hit.group(1).index(inner)
        read, inner_clock = _read_clock_at(ctx, at, at + len(inner), extra_dirs)
        if read is None and not inner_clock:
            # a clock and a place, 'midnight in Brussels': the clock alone
            inner = inner[: inside.end()]
            read, inner_clock = _read_clock_at(ctx, at, at + len(inner), extra_dirs)
        if read is not None and _clock_of(read[1]) == _clock_of(found.value):
            # the same time told more fully inside: both take the fuller reading
            parts = [dataclasses.replace(head, type=read[0], value=read[1], anchor_at=None)]
            value = read[1]
        elif read is not None and _DAY_INSIDE.search(inner):
            # another zone's time with its own day: '11:48 p.m. (4:48 a.m. GMT Wednesday)'
            value = read[1]
        elif inner_clock and inner_clock != _clock_of(found.value):
            # another zone's time ('1:45 AM (6:45 AM GMT)'): its own clock, on the same day
            value = f"{found.value.partition('T')[0]}T{inner_clock}"
        else:
            value = found.value
        parts.append(Found(at, at + len(inner), "TIME", value, found.rule))
    elif _ONE_DAY.match(found.value):
        # another zone's 24-hour time ('(1700 GMT)', '(0000 GMT Wednesday)') is a time of its
        # own, on the clock's day or the day it names nearest that one; a day alone is a date
        at = hit.start(1) + hit.group(1).index(inner)
        gloss = _GLOSS_CLOCK.match(inner)
        weekday = _WEEKDAY_INSIDE.search(inner)
        day = dt.date.fromisoformat(found.value[:10])
        if weekday is not None:
            number = ctx.words.lookup("weekday", weekday.group())
            near = [day + dt.timedelta(days=d) for d in (0, -1, 1, -2, 2, -3, 3)]
            day = next((d for d in near if number and d.isoweekday() == int(number.value)), None)
        if gloss is not None and day is not None and weekday is None:
            day += dt.timedelta(days=_gloss_day_shift(found.value, gloss))
        if gloss is not None and day is not None:
            end = at + (max(gloss.end(), weekday.end()) if weekday else gloss.end())
            value = f"{day.isoformat()}T{gloss['h']}:{gloss['mi']}"
            parts.append(Found(at, end, "TIME", value, found.rule))
        elif weekday is not None and day is not None:
            start = at + weekday.start()
            parts.append(
                Found(start, start + len(weekday.group()), "DATE", day.isoformat(), found.rule)
            )
    elif (gloss := _GLOSS_CLOCK.match(inner)) and "T" in found.value:
        # ... and in a story of unknown date, on the clock's day as far as it is known:
        # '8 p.m. local time (0100 GMT)' is XXXX-XX-XXT01:00, '(0100 GMT Monday)' Monday's
        at = hit.start(1) + hit.group(1).index(inner)
        weekday = _WEEKDAY_INSIDE.search(inner)
        number = ctx.words.lookup("weekday", weekday.group()) if weekday else None
        day = f"XXXX-WXX-{number.value}" if number else _partial_day_shifted(found.value, gloss)
        end = at + (max(gloss.end(), weekday.end()) if weekday else gloss.end())
        parts.append(Found(at, end, "TIME", f"{day}T{gloss['h']}:{gloss['mi']}", found.rule))
    if hit.end() < found.end:
        day = found.value.partition("T")[0]
        kind = "DATE"
        if _TONIGHT.search(ctx.text, hit.end(), found.end):
            kind, day = "TIME", f"{day}TNI"  # '7 p.m. (1800 GMT) tonight': the night's
        parts.append(Found(hit.end(), found.end, kind, day, found.rule, None, found.anchor_at))
    return parts


_TONIGHT = re.compile(r"\btonight\b", re.IGNORECASE)


_LOCAL_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T(\d\d):(\d\d)")
_MAX_ZONE_MINUTES = 14 * 60  # no zone lies further than this from GMT


def _gloss_day_shift(local: str, gloss: re.Match[str]) -> int:
    """The days between a local clock time and its gloss in another zone: '12.45 a.m. (2115
    GMT)' glosses a time on the day before, '11:30 p.m. (0430 GMT)' one on the day after."""
    clock = _LOCAL_CLOCK.fullmatch(local)
    if clock is None:
        return 0
    gap = int(gloss["h"]) * 60 + int(gloss["mi"]) - (int(clock[1]) * 60 + int(clock[2]))
    if gap > _MAX_ZONE_MINUTES:
        return -1
    if gap < -_MAX_ZONE_MINUTES:
        return 1
    return 0


_OPENS_GLOSS = re.compile(r"\s*\(\s*")


def _partial_day_shifted(local: str, gloss: re.Match[str]) -> str:
    """The day of a gloss in another zone of a clock time on a day of unknown year or week
    ('XXXX-08-28T22:00' glossed '(0200 GMT)' is XXXX-08-29); a day of no known month stays
    as it is."""
    day, _, clock = local.partition("T")
    shift = _gloss_day_shift(f"2000-01-15T{clock}", gloss)
    if shift and (weekday := re.fullmatch(r"XXXX-WXX-([1-7])", day)):
        return f"XXXX-WXX-{(int(weekday[1]) - 1 + shift) % 7 + 1}"
    if shift and (month_day := re.fullmatch(r"XXXX-(\d\d)-(\d\d)", day)):
        # (a leap year, so that 'Feb. 29' of no known year moves too)
        moved = dt.date(2000, int(month_day[1]), int(month_day[2])) + dt.timedelta(days=shift)
        return f"XXXX-{moved.month:02d}-{moved.day:02d}"
    return day


# rules whose words are capitalised in running text anyway: 'Election Day', 'the Sixties'
_CAPITALISED_RULES = frozenset("holiday decade century season".split())
_NAME_KINDS = ("month", "weekday", "holiday")


# a clock's zone in words, after its figures: '8 p.m. Damascus time', 'New York City time'
_ZONE_IN_WORDS = re.compile(
    r"(?<=[\w.])[,\s]+(?:[A-Z][a-z]+\s+){1,3}[Tt]ime\b"
    r"|(?<=[\w.])\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=\s+\(\d{4}\s+(?:GMT|UTC)\))"
)


def _in_title(ctx: Context, rule: str, start: int, end: int) -> bool:
    """True when the expression is part of a title or name, not a time: a word written in
    lower case in running text is capitalised where no sentence starts ('ABC's "This Week"',
    'USA Today', 'High Noon', 'Monday Night Football'), on a line that is no title-case
    headline."""
    if rule.split(".")[1] in _CAPITALISED_RULES:
        return False
    every = re.match(r"(?:every|each)\s+", ctx.text[start:end], re.IGNORECASE)
    if every and ctx.words.lookup("holiday", ctx.text[start + every.end() : end]):
        return False  # 'every Christmas Eve'
    zone = _ZONE_IN_WORDS.search(ctx.text, start, end) if rule.split(".")[1] == "clock" else None
    for word in re.finditer(r"[A-Za-z][a-z][a-z'’]*", ctx.text[start:end]):
        text = word.group()
        if not text[0].isupper() or any(ctx.words.lookup(k, text) for k in _NAME_KINDS):
            continue
        if zone and zone.start() <= start + word.start() < zone.end():
            continue  # '8 p.m. Damascus time': the zone's place
        if rule.split(".")[1] == "clock" and text in _US_ZONE_NAMES:
            continue  # '8 a.m. Eastern on Tuesday': a zone's bare name
        if zone is not None or rule.split(".")[1] == "clock":
            opened = ctx.text.rfind("(", start, start + word.start())
            if opened >= 0 and ctx.text.find(")", opened, start + word.start()) < 0:
                continue  # '11 p.m. London time (midnight in Brussels)': the gloss's place
        if text.endswith("s") and ctx.words.lookup("weekday", text[:-1]):
            continue  # 'closed on Fridays'
        if word.start() > 0 and rule.startswith("times.calendar_day"):
            continue  # 'payable May One': the day as a capitalised number word
        if word.start() == 0 and (
            g.opens_sentence(ctx.text, start) or _opens_line(ctx, start) or _opens_note(ctx, start)
        ):
            continue  # 'Today, ...', '"Now we see', 'Last week', a table's 'Nine mths' line
        if _whole_line(ctx, start, end):
            continue  # a results table's heading line 'Nine Mths'
        return not _headline(ctx.text, start)
    return False


_US_ZONE_NAMES = frozenset({"Eastern", "Pacific", "Central", "Mountain"})
_NOTE_HEAD = re.compile(r"(?:note|notes)\s*:\s*$", re.IGNORECASE)


def _opens_note(ctx: Context, at: int) -> bool:
    """True when ``at`` opens a results table's note ('NOTE: Prior qtr net excludes ...')."""
    line_start = ctx.text.rfind("\n", 0, at) + 1
    return bool(_NOTE_HEAD.fullmatch(ctx.text[line_start:at].lstrip()))


def _whole_line(ctx: Context, start: int, end: int) -> bool:
    """True when text[start:end] is all its line holds."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", end)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return line.strip() == ctx.text[start:end]


def _opens_line(ctx: Context, at: int) -> bool:
    """True when ``at`` is the first word of its line."""
    line_start = ctx.text.rfind("\n", 0, at) + 1
    return not ctx.text[line_start:at].strip()


def _headline(text: str, at: int) -> bool:
    """True when the line holding ``at`` is written in title case ('Talks Resume Next Week')."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    words = re.findall(r"[A-Za-z]{4,}", text[line_start : line_end if line_end >= 0 else None])
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitalised >= 0.8 * len(words)


# the words that make a day or a clock time approximate: 'around Oct. 17', 'about 10 p.m.'
_AGO_END = re.compile(r"\bago$", re.IGNORECASE)
# how far back a time 'ago' lies, told with a bound on the length: the TIMEX3 mod of the point
_AGO_MOD = {
    "MORE_THAN": "BEFORE",
    "EQUAL_OR_MORE": "ON_OR_BEFORE",
    "LESS_THAN": "AFTER",
    "EQUAL_OR_LESS": "ON_OR_AFTER",
    "APPROX": "APPROX",
}
_NEAR = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost"})


def _or_so(found: Found, ctx: Context) -> Found:
    """Join an 'or so' written just after the expression: 'the next year or so', 'the last week
    or so' are about that time (mod APPROX)."""
    if found.type == "SET" or found.value.endswith("_REF") or found.mod:
        return found
    after = _OR_SO.match(ctx.text, found.end)
    if after is None:
        return found
    return dataclasses.replace(found, end=after.end(), mod="APPROX")


_OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)
_OF_THE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
_MID_PART = re.compile(r"mid(?:morning|afternoon|evening)", re.IGNORECASE)


def _with_modifier(found: Found, ctx: Context, extra_dirs: tuple[str, ...]) -> Found:
    """Join a modifier written just before the expression ('early', 'mid-', 'nearly')."""
    if found.value.endswith("_REF") or found.type == "SET":
        return found
    if _MID_PART.fullmatch(ctx.text, found.start, found.end):
        return dataclasses.replace(found, mod="MID")  # 'at midmorning'
    window = ctx.text[max(0, found.start - 30) : found.start]
    hit = _prefix_pattern(extra_dirs).search(window)
    if hit is None:
        return found
    if _OF_THE.search(hit.group()) and found.rule.split(".")[1] != "year_range":
        return found  # 'the end of the December quarter': the quarter takes 'the' itself
    words = load_words(extra_dirs)
    start = found.start - (len(window) - hit.start())
    if hit["modon"] and (
        found.type == "DURATION" or words.lookup("early_verb", g.previous_word(ctx, start))
    ):
        return found  # 'markets will close early on Tuesday': early is how they close
    mod_word = hit["mod"] or hit["modon"]
    if mod_word.lower() == "end" and not (
        hit.group().endswith("-") or g.previous_word(ctx, start) in _END_LEADS
    ):
        return found  # 'will end March talks': the verb; but 'end-June', 'by end 1986'
    word = words.lookup("modifier", mod_word) or words.lookup("approx", mod_word)
    if word is None:
        return found
    if word.kind == "approx" and ctx.text[found.start : found.start + 4].lower() == "the ":
        return found  # 'over the next five years' is a span, not 'more than' five years
    if word.kind == "approx" and _AGO_END.search(ctx.text, found.start, found.end):
        # 'more than 50 years ago' lies before the year 50 years back, 'less than a year ago'
        # after the day a year back
        mod = _AGO_MOD.get(word.value)
        return dataclasses.replace(found, start=start, mod=mod) if mod else found
    if word.kind == "approx" and found.type != "DURATION" and mod_word.lower() not in _NEAR:
        return found  # 'over the weekend', 'by Friday': no 'more than' a day
    if mod_word.lower() == "around" and _DEICTIC.match(ctx.text, found.start):
        return found  # 'turn things around this week': the verb's particle, no 'about'
    if word.kind == "approx" and (
        found.value.endswith("_REF") or ctx.text[found.end : found.end + 2] in ("'s", "’s")
    ):
        return found  # 'get around Wednesday's ruling': the day names the ruling
    if word.kind == "modifier" and found.type == "DURATION":
        return found
    if mod_word.lower() == "over" and not _over_is_more(ctx, start, found, words):
        return found  # 'recorded over two days': across them, no 'more than'
    if mod_word.lower() == "up to" and g.previous_word(ctx, start) in _MOVED_UP:
        return found  # 'the workweek ticked up to 34.6 hours': where it went, no bound
    return dataclasses.replace(found, start=start, mod=word.value)


# before 'up to', the verbs that make 'up' their particle: 'ticked up to 34.6 hours'
_MOVED_UP = frozenset(
    "ticked tick ticks inched edged moved move moves went go goes crept climbed jumped rose"
    " shot revised revises rounded".split()
)


_DEICTIC = re.compile(r"(?:this|last|next)\b", re.IGNORECASE)
# before a bare 'end' ('by end 1986', 'at end June'), the words that make it the end of a time
_END_LEADS = frozenset("at by until till from since before after in".split())


# before 'over', the words that make it 'more than': 'for over a week', 'just over an hour'
_MORE_OVER_LEADS = frozenset(
    "for in of after within than just well only slightly little by since nearly almost with".split()
)


def _over_is_more(ctx: Context, start: int, found: Found, words: Words) -> bool:
    """True when 'over' before a duration means 'more than' ('lasted over a week', 'for over
    two days', 'over 20 years ago'), not the span something is spread across ('evolved over
    several years', 'can be used over three years')."""
    lead = g.previous_word(ctx, start)
    if (
        lead in _MORE_OVER_LEADS
        or words.lookup("taking_verb", lead)
        or g.opens_sentence(ctx.text, start)
    ):
        return True
    return bool(
        re.match(
            r"\s+(?:ago|later|earlier|old|before|after)\b", ctx.text[found.end : found.end + 10]
        )
    )
