"""Quotation marks paired into quoted passages, from the text alone.

Double marks (straight, curly, low-9, guillemets) are paired first; a mark's direction comes from
what stands either side of it, so a closing glyph used as an opening (``”Fear.”`` at a paragraph
start) still opens. Single marks (straight and curly) are paired only outside double-quoted text
and only where they cannot be apostrophes, for the British style ``'The dialogue', she said``.

A quote left open at a paragraph's end continues into the next paragraph when that paragraph opens
with a mark (the multi-paragraph convention) or when the line break only wraps a sentence;
otherwise it is closed at the paragraph's end and a warning says where the unmatched mark is. A
quotation therefore never runs past its paragraph silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE = '"' + DOUBLE_OPEN + DOUBLE_CLOSE + "‟"
SINGLE_OPEN = "‘‚‹'"
SINGLE_CLOSE = "’›'"
_OPEN_BEFORE = "([{<—–-/:;" + DOUBLE + SINGLE_OPEN
_CLOSE_AFTER = ".,;:!?)]}>—–-…" + DOUBLE + SINGLE_CLOSE
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’'»)]*\s*$")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_TWO_APOSTROPHES = re.compile(r"''|``")
# a transcript turn: a paragraph opening with a speaker label ("PENCE: ...") starts a new quote
_TURN = re.compile(r"[A-Z][A-Z.'’ -]{1,30}:\s")


@dataclass(frozen=True)
class Quotation:
    """A passage between quotation marks: the marks' offsets and the text inside them."""

    start: int  # the opening mark
    end: int  # just after the closing mark, or the end of the text it was closed at
    inner_start: int
    inner_end: int
    style: str  # double | single
    closed: bool = True
    paragraphs: int = 1


def _as_double(found: re.Match[str]) -> str:
    """Read two apostrophes (or backticks) as one double mark, keeping every offset."""
    text, i = found.string, found.start()
    before = text[i - 1] if i > 0 else "\n"
    return ' "' if before.isspace() or before in _OPEN_BEFORE else '" '


def _flanks(text: str, i: int) -> tuple[bool, bool]:
    """Return whether the mark at ``i`` can open and whether it can close, by its neighbours."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    can_open = not after.isspace() and (before.isspace() or before in _OPEN_BEFORE)
    can_close = not before.isspace() and (after.isspace() or after in _CLOSE_AFTER)
    return can_open, can_close


def _lines(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every line, without its newline."""
    spans = []
    for found in _LINE.finditer(text):
        if found.start() == len(text) and found.group() == "":
            break
        end = found.end() - (1 if found.group().endswith("\n") else 0)
        spans.append((found.start(), end))
    return spans


def _first_mark(text: str, start: int, end: int) -> int | None:
    """Return the offset of a double mark that opens the line [start, end), if one does."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i if i < end and text[i] in DOUBLE else None


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quotations(text: str) -> tuple[list[Quotation], list[str]]:
    """Return the quoted passages of ``text`` in order, and warnings about unmatched marks."""
    warnings: list[str] = []
    text = _TWO_APOSTROPHES.sub(_as_double, text)
    doubles = _pair_doubles(text, warnings)
    singles = _pair_singles(text, doubles)
    found = sorted(doubles + singles, key=lambda q: (q.start, -q.end))
    kept: list[Quotation] = []
    for quote in found:  # a passage inside another is part of it (nested quotation)
        if kept and quote.start < kept[-1].end:
            continue
        kept.append(quote)
    return kept, warnings


def _pair_doubles(text: str, warnings: list[str]) -> list[Quotation]:
    lines = _lines(text)
    quotes: list[Quotation] = []
    opened: int | None = None  # offset of the outermost open mark
    depth = 0
    paragraphs = 1
    skip: int | None = None  # a continuation mark already consumed
    for number, (lstart, lend) in enumerate(lines):
        for i in range(lstart, lend):
            ch = text[i]
            if ch not in DOUBLE or i == skip:
                continue
            can_open, can_close = _flanks(text, i)
            if can_open == can_close:  # no help from the neighbours: trust the glyph
                if ch in DOUBLE_OPEN:
                    can_open, can_close = True, False
                elif ch in DOUBLE_CLOSE:
                    can_open, can_close = False, True
                else:
                    can_open, can_close = depth == 0, depth > 0
            if depth and can_close:
                depth -= 1
                if depth == 0 and opened is not None:
                    quotes.append(
                        Quotation(opened, i + 1, opened + 1, i, "double", True, paragraphs)
                    )
                    opened, paragraphs = None, 1
            elif can_open:
                if depth == 0:
                    opened = i
                depth += 1
            # a closing mark with nothing open is a stray: it quotes nothing
        if depth == 0 or opened is None or lstart == lend:
            continue
        following = lines[number + 1] if number + 1 < len(lines) else None
        if following is not None:
            mark = _first_mark(text, *following)
            blank = following[0] == following[1]
            if blank and number + 2 < len(lines):  # a blank line: the paragraph after it
                mark = _first_mark(text, *lines[number + 2])
            turn = mark is not None and _TURN.match(text, mark + 1)
            if mark is not None and not turn and _same_style(text[opened], text[mark]):
                # the multi-paragraph convention: the next paragraph reopens the same quotation
                skip, depth, paragraphs = mark, 1, paragraphs + 1
                continue
            if turn:  # a transcript: each turn is its own quotation
                quotes.append(
                    Quotation(opened, lend, opened + 1, _strip_end(text, opened, lend), "double")
                )
                opened, depth, paragraphs = None, 0, 1
                continue
            if not blank and not _SENTENCE_END.search(text[lstart:lend]):
                continue  # the line break only wraps a sentence
        end = _strip_end(text, opened, lend)
        warnings.append(
            f"unbalanced quotation marks: the mark at offset {opened} is not closed before the "
            f"end of its paragraph (offset {end}); the quotation was ended there"
        )
        quotes.append(Quotation(opened, end, opened + 1, end, "double", False, paragraphs))
        opened, depth, paragraphs = None, 0, 1
    return quotes


def _single_open(text: str, i: int) -> bool:
    if text[i] not in SINGLE_OPEN:
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return (before.isspace() or before in "([{—–:" + DOUBLE) and (after.isalnum() or after in '“"')


def _single_close(text: str, i: int) -> bool:
    if text[i] not in SINGLE_CLOSE:
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before.isspace() or (before.isalnum() and after.isalnum()):
        return False  # an apostrophe inside a word: don't, Xi'an
    return after.isspace() or after in _CLOSE_AFTER


def _same_style(first: str, second: str) -> bool:
    """Whether two double marks are of one typography (straight, or curly and angled).

    A quotation opened with a straight mark does not go on in a paragraph that opens with a
    curly one: pages that mark block quotes with a bare straight mark at each paragraph hold
    their own curly quotations inside.
    """
    return (first == '"') == (second == '"')


def _pair_singles(text: str, doubles: list[Quotation]) -> list[Quotation]:
    inside = [(q.start, q.end) for q in doubles]

    def quoted(i: int) -> bool:
        return any(a <= i < b for a, b in inside)

    quotes: list[Quotation] = []
    for lstart, lend in _lines(text):
        i = lstart
        while i < lend:
            if quoted(i) or not _single_open(text, i):
                i += 1
                continue
            closes = [j for j in range(i + 2, lend) if not quoted(j) and _single_close(text, j)]
            # a plural possessive (the countries' leaders) looks like a closing mark; prefer a
            # later candidate when this one is followed by a lower-case word
            choice = next(
                (j for j in closes if not _possessive(text, j) or j == closes[-1]),
                None,
            )
            if choice is None:
                i += 1
                continue
            quotes.append(Quotation(i, choice + 1, i + 1, choice, "single"))
            i = choice + 1
    return quotes


def _possessive(text: str, j: int) -> bool:
    rest = text[j + 1 : j + 3]
    return text[j - 1] == "s" and len(rest) == 2 and rest[0] == " " and rest[1].islower()
