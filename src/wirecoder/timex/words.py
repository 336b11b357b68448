"""The time-word table (lexicon/data/times.tsv): loaded, validated and indexed for the grammar.

Each row gives a kind (month, weekday, number, unit, ...), a value and the surface forms that
mean it. A user file of the same name in ``Settings.lexicon_dirs`` adds or replaces rows, so a
newsroom can teach the stage its own abbreviations or holidays without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from wirecoder.lexicon import Spec, load_table, register_spec
from wirecoder.timex import dates

KINDS = frozenset(
    "month weekday number ordinal unit part_of_day season day_offset vague set holiday "
    "modifier approx name_after thing_after event_day taking_verb span_lead early_verb "
    "month_cue figures_topic figures_head kind_after nowadays_after fixture_after "
    "level_verb name_before paper_before age_noun award_noun habit_word agreement_noun "
    "paid_noun season_noun country_day contract_noun".split()
)
UNITS = frozenset("S MIN H D W 2W M Q Y DE CE".split())
MODS = frozenset(
    "START MID END APPROX LESS_THAN MORE_THAN EQUAL_OR_LESS EQUAL_OR_MORE BEFORE AFTER".split()
)

# a day of the Chinese lunar or the Hijri calendar, perhaps some days off: 'H:10-01', 'L:01-01-1'
_CALENDAR_DAY = r"[LH]:(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)([+-]\d{1,2})?"

_CHECKS: dict[str, re.Pattern[str]] = {
    "month": re.compile(r"^(0[1-9]|1[0-2])$"),
    "weekday": re.compile(r"^[1-7]$"),
    "number": re.compile(r"^(\d+|X)$"),
    "ordinal": re.compile(r"^-?\d+$"),
    "unit": re.compile(r"^(" + "|".join(sorted(UNITS)) + r")$"),
    "part_of_day": re.compile(r"^(MO|AF|EV|NI|DT)$"),
    "season": re.compile(r"^(SP|SU|FA|WI)$"),
    "day_offset": re.compile(r"^-?\d+$"),
    "vague": re.compile(r"^(PAST_REF|PRESENT_REF|FUTURE_REF)$"),
    "set": re.compile(r"^P(T?\d+[A-Z])$"),
    "holiday": re.compile(
        r"^(0[1-9]|1[0-2])-((0[1-9]|[12]\d|3[01])|#[1-5L]-[1-7](\+[1-6])?)$|^E[+-]\d{1,2}$"
        rf"|^{_CALENDAR_DAY}(\.\.{_CALENDAR_DAY})?$"
        r"|^" + dates.TABLE_HOLIDAY.pattern + "$"
    ),
    "modifier": re.compile(r"^(" + "|".join(sorted(MODS)) + r")$"),
    "approx": re.compile(r"^(" + "|".join(sorted(MODS)) + r")$"),
    "name_after": re.compile(r"^NAME$"),
    "name_before": re.compile(r"^NAME$"),
    "paper_before": re.compile(r"^PAPER$"),
    "age_noun": re.compile(r"^AGE$"),
    "award_noun": re.compile(r"^AWARD$"),
    "habit_word": re.compile(r"^HABIT$"),
    "agreement_noun": re.compile(r"^AGREED$"),
    "paid_noun": re.compile(r"^PAID$"),
    "thing_after": re.compile(r"^THING$"),
    "event_day": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
    "taking_verb": re.compile(r"^TAKE$"),
    "span_lead": re.compile(r"^SPAN$"),
    "early_verb": re.compile(r"^VERB$"),
    "month_cue": re.compile(r"^CUE$"),
    "figures_topic": re.compile(r"^TOPIC$"),
    "figures_head": re.compile(r"^FIGURES$"),
    "kind_after": re.compile(r"^KIND$"),
    "nowadays_after": re.compile(r"^NOW$"),
    "fixture_after": re.compile(r"^FIXTURE$"),
    "level_verb": re.compile(r"^LEVEL$"),
    "season_noun": re.compile(r"^SEASON$"),
    "contract_noun": re.compile(r"^CONTRACT$"),
    "country_day": re.compile(
        r"^(independence|national|thanksgiving)=(0[1-9]|1[0-2])-((0[1-9]|[12]\d|3[01])|#[1-5L]-[1-7])$"
    ),
}


def _check(row: dict[str, str]) -> str | None:
    kind = row["kind"]
    if kind not in KINDS:
        return f"kind {kind!r} is not one of {' '.join(sorted(KINDS))}"
    if not _CHECKS[kind].match(row["value"]):
        return f"value {row['value']!r} is not valid for kind {kind} ({_CHECKS[kind].pattern})"
    table = dates.TABLE_HOLIDAY.fullmatch(row["value"]) if kind == "holiday" else None
    if table and not dates.table_holiday_known(*table.groups()[:2]):
        return f"value {row['value']!r}: no calendar table holds that holiday (hebrew, hindu)"
    if not row["words"].strip(" |"):
        return "words is empty; give at least one surface form"
    return None


register_spec("times", Spec(("id", "kind", "value", "words"), "id", _check))


@dataclass(frozen=True)
class Word:
    """One surface form of a time word: its kind, value and the table row it came from."""

    form: str
    kind: str
    value: str
    ref: str


@dataclass(frozen=True)
class Words:
    """The time words by kind, with regex alternations the grammar is built from."""

    by_form: dict[tuple[str, str], Word]  # (kind, normalised form) -> word
    forms: dict[str, tuple[str, ...]]  # kind -> surface forms, longest first
    version: int

    def lookup(self, kind: str, text: str) -> Word | None:
        """Return the word of ``kind`` written as ``text`` (any case, optional final dot)."""
        return self.by_form.get((kind, norm(text)))

    def alternation(self, kind: str, *, strict_dots: bool = False) -> str:
        """Return a regex alternation (no group) matching any surface form of ``kind``.

        A form's final dot is optional ("Sept" for "Sept.") unless ``strict_dots``, for words
        whose undotted short form is another word ("sun", "wed"); tokenised copy may space it
        off ("Feb . 1").
        """
        parts = []
        for form in self.forms.get(kind, ()):
            body = r"\s+".join(re.escape(piece) for piece in form.rstrip(".").split())
            dot = r"(?:\.|\s\.(?=\s\d))" if strict_dots else r"(?:\.|\s\.(?=\s\d))?"
            parts.append(body + (dot if form.endswith(".") else ""))
        return "|".join(parts) if parts else r"(?!x)x"


def norm(text: str) -> str:
    """Return the lookup key of a time word: lower case, single spaces, no final dot."""
    return re.sub(r"\s+", " ", text.strip().lower()).rstrip(".").rstrip()  # 'Feb .' too


@cache
def load_words(extra_dirs: tuple[str, ...] = ()) -> Words:
    """Load and index the time-word table (packaged rows plus user rows)."""
    table = load_table("times", extra_dirs)
    by_form: dict[tuple[str, str], Word] = {}
    forms: dict[str, list[str]] = {}
    for row in table:
        for form in row.items("words"):
            form = form.lower()
            key = (row["kind"], norm(form))
            if key not in by_form:
                by_form[key] = Word(form, row["kind"], row["value"], row.ref)
                forms.setdefault(row["kind"], []).append(form)
    ordered = {kind: tuple(sorted(fs, key=len, reverse=True)) for kind, fs in forms.items()}
    return Words(by_form, ordered, table.version)
