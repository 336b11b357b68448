"""Where quotations sit and how their parts join: paragraphs, nesting and continuations.

Helpers of the quotes stage (:mod:`wirecoder.stages.quotes`) that work on offsets alone: the
paragraphs of a text and the breaks that end them (a cue's content stays in its paragraph),
attributions nested inside others, the parts of one quotation joined across its cue ("“A,” she
said. “B.”"), and whether an attribution is direct (its words inside quotation marks) or mixed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from wirecoder.stages.quote_marks import Quotation
from wirecoder.stages.quote_syntax import Found

DIRECT_SHARE = 0.7  # the share of an attribution's words inside marks that makes it direct
_PARA_END = re.compile(r"[.!?:…][\"”’'»)\]]*$|[\"”»]$")


@dataclass(frozen=True)
class Para:
    """One paragraph (a line of the text) as offsets."""

    start: int
    end: int


def paragraph_spans(text: str) -> list[Para]:
    """Return every line of ``text`` as a paragraph."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append(Para(start, start + len(line)))
        start += len(line) + 1
    return spans


def para_of(paragraphs: list[Para], offset: int) -> int:
    """Return the number of the paragraph holding ``offset``."""
    for number, para in enumerate(paragraphs):
        if para.start <= offset <= para.end:
            return number
    return len(paragraphs) - 1


def paragraph_breaks(text: str) -> list[int]:
    """Return the offsets of the line breaks that end a paragraph (not those that wrap a line)."""
    breaks = []
    for found in re.finditer("\n", text):
        line = text[: found.start()].rsplit("\n", 1)[-1].rstrip()
        after = text[found.end() :].split("\n", 1)[0]
        if not line or not after.strip() or _PARA_END.search(line):
            breaks.append(found.start())
    return breaks


def within_paragraph(found: list[Found], text: str) -> list[Found]:
    """Cut each cue's content at the paragraph breaks around its cue.

    The parser sometimes runs a sentence over a paragraph break ("...wanted.”\n\nLooking ahead,
    Ham explained why ..."); what a cue reports stays in the paragraph where the cue stands.
    """
    breaks = paragraph_breaks(text)
    kept = []
    for item in found:
        if item.cue is None:
            kept.append(item)
            continue
        low = max((b for b in breaks if b < item.cue[0]), default=-1) + 1
        high = min((b for b in breaks if b >= item.cue[1]), default=len(text))
        start, end = trim(text, max(item.start, low), min(item.end, high))
        if end - start >= 2:
            kept.append(replace(item, start=start, end=end))
    return kept


def drop_nested(found: list[Found], quotations: list[Quotation]) -> list[Found]:
    """Keep the outer attribution where one cue's content holds another's cue and content.

    An inner attribution with a speaker of its own stays ("officials said she denied it"), unless
    its content holds quoted words: "X said she wanted to speak “directly to voters”" is X's
    report, and the quoted words are X's citation, not a second quotation. An inner stance or
    intention (a cue that never introduces a quotation: "X said she plans to ...", "X says the
    audit shows ...") is part of what the outer speaker reports, not a report of its own.
    """
    kept = []
    for item in found:
        outer = any(
            other is not item
            and other.start <= item.start
            and item.end <= other.end
            and other.cue is not None
            and item.cue is not None
            and other.start <= item.cue[0] < other.end
            and other.carry is False
            for other in found
        )
        if not outer or (
            item.speaker is not None and item.speech and not touches(item, quotations)
        ):
            kept.append(item)
    return kept


def merge(
    found: list[Found], quotations: list[Quotation], paragraphs: list[Para], text: str
) -> list[Found]:
    """Join the parts of one quotation: "“A,” she said. “B.”" is one quote with one cue.

    A speakerless quoted passage joins the last quotation of its paragraph (past any indirect
    attribution nested inside it: "“A,” she said, stressing X. “B.”"), also when that one is
    mixed ("X was “A,” she added. “B.”").
    """
    merged: list[Found] = []
    for item in found:
        para = para_of(paragraphs, item.start)
        owner = _owner(merged, item, quotations, paragraphs, para)
        if owner is not None:
            last = merged[owner]
            joined = last.joined or is_quoted(last, quotations)
            merged[owner] = replace(last, end=max(last.end, item.end), joined=joined)
            continue
        merged.append(item)
    return merged


def _owner(
    merged: list[Found],
    item: Found,
    quotations: list[Quotation],
    paragraphs: list[Para],
    para: int,
) -> int | None:
    """The index of the attribution in ``merged`` that ``item`` continues, if any."""
    if not is_quoted(item, quotations):
        return None
    for number in range(len(merged) - 1, -1, -1):
        last = merged[number]
        if para_of(paragraphs, last.start) != para or item.start < last.start:
            return None
        if item.cue_head is not None and item.cue_head == last.cue_head:
            return number if is_quoted(last, quotations) else None
        if item.rule != "quotes.continuation.v1":
            return None
        if is_quoted(last, quotations) or (last.cue is not None and touches(last, quotations)):
            return number
        if last.end > item.start:
            return None  # an attribution covering the passage: not a continuation of earlier
    return None


def touches(item: Found, quotations: list[Quotation]) -> bool:
    """Whether any quoted passage overlaps the attribution's content."""
    return any(q.inner_start < item.end and item.start < q.inner_end for q in quotations)


def is_quoted(item: Found, quotations: list[Quotation]) -> bool:
    """Whether most of the attribution's content stands inside quotation marks."""
    size = max(1, item.end - item.start)
    covered = sum(
        max(0, min(item.end, q.inner_end) - max(item.start, q.inner_start)) for q in quotations
    )
    return covered >= DIRECT_SHARE * size


def snap(item: Found, quotations: list[Quotation]) -> Found:
    """Return the attribution with its content set to the quoted passages it overlaps."""
    inside = [q for q in quotations if q.inner_start < item.end and item.start < q.inner_end]
    if not inside:
        return item
    start = min(q.inner_start for q in inside)
    end = max(q.inner_end for q in inside)
    return replace(item, start=start, end=end)


def quote_kind(item: Found, quotations: list[Quotation]) -> str:
    """Return "direct", "mixed" or "indirect" for an attribution."""
    if item.joined or is_quoted(item, quotations):
        return "direct"
    if any(q.inner_start < item.end and item.start < q.inner_end for q in quotations):
        return "mixed"
    return "indirect"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span without edge space and edge punctuation that belongs to no one."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–"):
        end -= 1
    return start, end
