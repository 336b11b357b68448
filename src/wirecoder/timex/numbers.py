"""Numbers in time expressions: number words and phrases, years spoken aloud, and the TIMEX3
duration an amount of a unit makes ("two and a half years" -> P2Y6M)."""

from __future__ import annotations

import re

from wirecoder.timex.words import Words, norm

_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+(?:a|one)[\s-]+half$")


def number_value(text: str, words: Words) -> float | str | None:
    """Return the number a numeral or number phrase means ("twenty four" -> 24), X if vague."""
    text = norm(text).replace(",", "")
    half = 0.0
    if found := re.fullmatch(r"(?:(\d+)[\s-]+)?([13])/([24])", text):  # '7-1/2', '2 3/4', '1/2'
        return int(found[1] or 0) + int(found[2]) / int(found[3])
    if tail := _AND_A_HALF.search(text):  # 'two and a half', 'three and one-half'
        text, half = text[: tail.start()].strip(), 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    if re.fullmatch(r"half an?", text):
        return 0.5  # 'half an hour'
    word = words.lookup("number", text)
    if word is not None:
        return word.value if word.value == "X" else int(word.value) + half
    total = group = 0  # thousands done, and the group below a thousand being read
    last = None
    for piece in re.split(r"[\s-]+", text):
        if piece == "and" and last is not None and number_class(last) == "scale":
            continue  # 'two hundred and twenty'
        word = words.lookup("number", piece)
        if word is None or word.value == "X":
            return None
        value = int(word.value)
        if value == 100:
            group = (group or 1) * 100
        elif value == 1000:
            total, group = total + (group or 1) * 1000, 0
        elif not _follows(last, value):
            return None  # 'two five' is two numbers ('two five-year issues'), not seven
        else:
            group += value
        last = value
    return total + group + half


def number_class(value: int) -> str:
    """Return the part a number word plays in a spoken number: 'scale' (hundred, thousand),
    'ones' (one to nine), 'tens' (twenty to ninety) or 'other' (eleven, a dozen, several)."""
    if value in (100, 1000):
        return "scale"
    if 1 <= value <= 9:
        return "ones"
    if 20 <= value <= 90 and value % 10 == 0:
        return "tens"
    return "other"


def _follows(last: int | None, value: int) -> bool:
    """True when number word ``value`` may follow ``last`` in one number: a unit after a ten
    ('twenty four'), anything after a hundred or thousand, anything first."""
    if last is None or number_class(last) == "scale":
        return True
    return number_class(last) == "tens" and number_class(value) == "ones"


def year_number(text: str, words: Words) -> int:
    """Return the year written as numerals or spoken ("nineteen ninety-six" -> 1996)."""
    text = norm(text)
    if text.isdigit():
        return int(text)
    if text.startswith("two thousand"):
        rest = re.sub(r"^two thousand\s*(?:and\s+)?", "", text)
        return 2000 + (int(number_value(rest, words) or 0) if rest else 0)
    head, _, rest = text.replace("-", " ").partition(" ")
    century = int(number_value(head, words) or 0)
    rest = rest.strip()
    if rest == "hundred":
        return century * 100
    rest = re.sub(r"^oh\s+", "", rest)
    return century * 100 + int(number_value(rest, words) or 0)


def duration_value(amount: float | str, unit: str) -> str:
    """Return a TIMEX3 duration for an amount of a unit (X for a vague amount): P2D, PT3H, PXY."""
    if amount == "X":
        letter = {"DE": "DE", "CE": "CE", "2W": "W", "MIN": "M"}.get(unit, unit)
        return ("PT" if unit in ("H", "MIN", "S") else "P") + "X" + letter
    amount = float(amount)
    if unit in ("DE", "CE", "2W", "Q"):
        factor, unit = {"DE": (10, "Y"), "CE": (100, "Y"), "2W": (2, "W"), "Q": (3, "M")}[unit]
        amount *= factor
    if amount != int(amount):
        return _fractional(amount, unit)
    count = int(amount)
    if unit in ("H", "MIN", "S"):
        return f"PT{count}{unit[0]}"
    return f"P{count}{unit}"


_SMALLER = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}


def _fractional(amount: float, unit: str) -> str:
    """Spell a fractional amount in the next smaller unit when it comes out whole ('two and a
    half years' -> P2Y6M), else as a decimal of its own unit ('11.27 years' -> P11.27Y)."""
    timed = unit in ("H", "MIN", "S")
    whole = int(amount)
    step, small = _SMALLER.get(unit, (None, None))
    if step is not None:
        rest = round((amount - whole) * step, 6)
        if rest == int(rest):
            head = ("PT" if timed else "P") + (f"{whole}{unit[0]}" if whole else "")
            tail = ("T" if small in ("H", "MIN", "S") and "T" not in head else "") + f"{int(rest)}"
            return head + tail + small[0]
    decimal = f"{amount:.6f}".rstrip("0").rstrip(".")
    return ("PT" if timed else "P") + decimal + unit[0]
