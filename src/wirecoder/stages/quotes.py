"""The quotes stage: who said what, as direct, indirect and mixed quotations with speaker and cue.

Two readings are combined. The parse gives attributions carried by cue words (the cue table,
lexicon/data/quote_cues.tsv): "X said (that) ...", "..., X said", "according to X, ...", "X told
reporters ...", "X revealed in a report that ...". The text gives quoted passages
(:mod:`wirecoder.stages.quote_marks`); a passage not already the content of a cue is attributed by
what stands around it: a cue after it ("“...,” she said"), a cue or a colon before it ("He said:
“...”", "PENCE: ..."), a dash and a name after it ("“...” ― Name"), or the verb of the sentence it
sits in (a quoted fragment: mixed). A passage with none of these continues the quotation before it
(the same paragraph, or a paragraph that opens with a quote); "it was added" takes the previous
speaker. Content fully inside quotation marks is direct, partly quoted content is mixed.

A speaker is linked to the entity whose mention covers the speaker's head word, else to an entity
named inside the speaker's words ("the spokesperson of the US Department of State").
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from wirecoder.config import Settings
from wirecoder.model import Document, Quote, Span, Speaker
from wirecoder.stages.quote_cues import cue_lexicon
from wirecoder.stages.quote_layout import (
    Para,
    drop_nested,
    merge,
    para_of,
    paragraph_spans,
    quote_kind,
    snap,
    trim,
    within_paragraph,
)
from wirecoder.stages.quote_marks import Quotation, find_quotations
from wirecoder.stages.quote_syntax import (
    Found,
    introduces,
    nearby_speaker,
    speaker_phrase,
    subject,
    token_span,
    verb_attributions,
)

log = logging.getLogger(__name__)

_FINAL = frozenset({".", "!", "?"})
_OPEN_ENDED = re.compile(r"[,?!—–\-…:;]\s*$")
_DASH_NAME = re.compile(r"[ \t\u00a0]*[―—–]{1,2}[ \t\u00a0]*([A-Z][^\n.,;()“”\"]{1,60})")
# a speaker label: one to four capitalised words and a colon ("PENCE:", "Pat Caddell:")
_NAME_COLON = re.compile(
    r"[ \t\u00a0]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})[ \t\u00a0]*:(?:[ \t\u00a0]+|$)"
)
_LABELS = frozenset(
    "update note editor's note editor’s note photo video related read more source watch listen "
    "caption credit warning breaking exclusive analysis opinion editorial correction "
    "clarification transcript q a question answer live updates".split(" ")
)
_TITLE_BEFORE = re.compile(r"(?:\b(?:on|in|at)|['’]s)\s*$", re.IGNORECASE)


class Quotes:
    """Find the quotations of one article with their speakers and cues."""

    name = "quotes.v1"
    requires = ("parsed", "entities")
    produces = ("quotes",)

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def __call__(self, doc: Document) -> Document:
        """Return the document with its quotations (and warnings about unmatched marks)."""
        text = doc.article.text
        parsed = doc.parsed
        quotations, warnings = find_quotations(text)
        lexicon = cue_lexicon(self.settings.lexicon_dirs)
        inside = _tokens_inside(parsed, quotations)
        found = verb_attributions(parsed, lexicon, inside)
        found = within_paragraph(found, text)
        found = drop_nested(found, quotations)
        paragraphs = paragraph_spans(text)
        found = _attribute_quotations(parsed, text, quotations, found, paragraphs, lexicon)
        found = merge(found, quotations, paragraphs, text)
        quotes = _records(doc, found, quotations)
        for message in warnings:
            doc = doc.warn(message)
        return doc.with_(quotes=quotes)


def _tokens_inside(parsed: Any, quotations: list[Quotation]) -> set[int]:
    """Indices of tokens inside quotation marks: cues there belong to the quoted speaker."""
    inside: set[int] = set()
    for quote in quotations:
        span = parsed.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def _covered(quote: Quotation, found: list[Found]) -> bool:
    size = max(1, quote.inner_end - quote.inner_start)
    return any(
        min(f.end, quote.inner_end) - max(f.start, quote.inner_start) >= 0.5 * size for f in found
    )


def _run_on(quotations: list[Quotation], found: list[Found]) -> list[Found]:
    """Carry a cue's content to the end of the quotation it runs into.

    The parse ends a sentence inside a quotation of several sentences, so "According to X, “A.
    B.”" reports only "A"; the quotation the cue before it opened goes on to its closing mark.
    """
    result = []
    for item in found:
        for quote in quotations:
            if (
                item.cue is not None
                and item.cue[1] <= min(item.start, quote.start)
                and item.start < quote.inner_end
                and quote.inner_start < item.end < quote.inner_end
            ):
                item = replace(item, end=quote.inner_end)
        result.append(item)
    return result


def _attribute_quotations(
    parsed: Any,
    text: str,
    quotations: list[Quotation],
    found: list[Found],
    paragraphs: list[Para],
    lexicon: Any,
) -> list[Found]:
    """Add an attribution for every quoted passage that no cue's content already holds."""
    found = _run_on(quotations, found)
    result = list(found)
    for number, quote in enumerate(quotations):
        if _covered(quote, found):
            continue
        words = text[quote.inner_start : quote.inner_end]
        if not any(ch.isalpha() for ch in words) or "=" in words:
            continue  # numbers, markup attributes: nothing said
        prev_end = quotations[number - 1].end if number else 0
        next_start = next(  # a nickname in quotes ("Cia") does not end the attribution
            (
                q.start
                for q in quotations[number + 1 :]
                if _statement(text[q.inner_start : q.inner_end])
            ),
            len(text),
        )
        para = paragraphs[para_of(paragraphs, quote.start)]
        item = _cue_after(parsed, text, quote, min(next_start, para.end), lexicon) or _dash_after(
            text, quote, para
        )
        if item is None and _title(words, text[max(0, quote.start - 12) : quote.start]):
            continue  # “Fox News Sunday”, “The Apprentice”: a name in quotes, not a statement
        # a quoted word or two after a cue is its object only right after it: in "Ruto said,
        # using the Swahili word “harambee”", the word is not what Ruto said
        adjacent = not _statement(words)
        item = (
            item
            or _label_line(text, quote, para)
            or _cue_before(
                parsed, text, quote, max(prev_end, para.start), lexicon, adjacent=adjacent
            )
            or _colon_before(parsed, text, quote, paragraphs, lexicon)
            or _governing_verb(parsed, quote, lexicon)
        )
        if item is not None and any((f.start, f.end) == (item.start, item.end) for f in result):
            continue  # a second quoted phrase of a line already attributed whole
        if item is None:
            if not _statement(words):
                continue  # a short quoted phrase with no verb or cue around it
            item = Found(quote.inner_start, quote.inner_end, "quotes.continuation.v1", carry=True)
        same = next(  # one cue, one attribution: a fragment its content missed joins it
            (
                n
                for n, f in enumerate(result)
                if item.cue_head is not None and f.cue_head == item.cue_head and f in found
            ),
            None,
        )
        if item.rule == "quotes.fragment_verb.v1" and same is not None:
            same = None if result[same].end < item.start else same  # a phrase used later on
        if same is not None:
            owner = result[same]
            result[same] = replace(
                owner, start=min(owner.start, item.start), end=max(owner.end, item.end)
            )
            continue
        result.append(item)
    result += _colon_lines(text, paragraphs, quotations, result)
    return sorted(result, key=lambda f: (f.start, -f.end))


def _title(words: str, before: str = "") -> bool:
    """Whether a quoted passage reads as a title: a few capitalised words, no sentence end.

    A full stop inside the closing mark is the American comma-and-period style, not a sentence
    end, when two to four capitalised words follow "on", "in", "at" or a possessive: said on
    NBC's “Morning Report.”
    """
    parts = words.strip().rstrip(",").split()
    if words.rstrip()[-1:] == "." and 2 <= len(parts) <= 4 and _TITLE_BEFORE.search(before):
        parts[-1] = parts[-1].rstrip(".")
    elif not parts or len(parts) > 7 or words.rstrip()[-1:] in ".!?":
        return False
    content = [w for w in parts if len(w) > 3 or w[:1].isupper()]
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _statement(words: str) -> bool:
    """Whether a quoted passage is a statement rather than a scare-quoted word or two."""
    return len(words.split()) >= 4 or words.rstrip()[-1:] in ".!?"


def _tokens(parsed: Any, start: int, end: int) -> list[Any]:
    span = parsed.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _speaker_of(
    verb: Any, exclude: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    head, expletive = subject(verb)
    if head is None or expletive or exclude[0] <= head.idx < exclude[1]:
        return None
    inside = {t.i for t in head.subtree if exclude[0] <= t.idx < exclude[1]}
    return speaker_phrase(head, verb, inside)


def _found_for(quote: Quotation, verb: Any, match: Any, rule: str) -> Found:
    phrase = _speaker_of(verb, (quote.start, quote.end))
    if phrase is not None and verb.idx >= quote.end and phrase[0][0] < quote.start:
        phrase = None  # "X are “...,” The Hill reported": a cue after the quote names who after it
    if phrase is None and verb.idx >= quote.end and not subject(verb)[1]:
        after = verb.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if after is not None:
            phrase = nearby_speaker(verb, after.end)
    elif phrase is None and verb.idx < quote.start and verb.is_sent_start:
        phrase = nearby_speaker(verb, verb.i)  # "Said Ellis: “...”": the name after the cue
    speaker, head = phrase if phrase else (None, None)
    last = verb.doc[match.last]
    return Found(
        start=quote.inner_start,
        end=quote.inner_end,
        rule=rule,
        cue=(verb.idx, last.idx + len(last.text)),
        cue_head=verb.i,
        speaker=speaker,
        speaker_head=head,
        carry=speaker is None,
        cue_ref=match.cue.ref,
    )


def _cue_after(parsed: Any, text: str, quote: Quotation, limit: int, lexicon: Any) -> Found | None:
    """ "“...,” she said" / "“...,” said the minister": a cue in the clause after the quote."""
    tokens = _tokens(parsed, quote.end, limit)
    clause: list[Any] = []
    for token in tokens:
        if token.text in _FINAL:
            break
        clause.append(token)
    if not clause or len(clause) > 30:
        return None
    inner = text[quote.inner_start : quote.inner_end]
    open_ended = bool(_OPEN_ENDED.search(inner)) or clause[0].text in (",", "—", "–")
    for token in clause:
        match = lexicon.match(token)
        if match is None or match.cue.pos != "verb" or "quote" not in match.cue.frames:
            continue
        if introduces(token.doc, match):
            break  # "“Allahu akbar,” ..., adding: “...”": the cue reports what follows it
        bare = not any(c.dep_ in ("ccomp", "xcomp") and c.i > token.i for c in token.children)
        if open_ended or (bare and len(clause) <= 10):
            return _found_for(quote, token, match, "quotes.cue_after.v1")
    return None


def _dash_after(text: str, quote: Quotation, para: Para) -> Found | None:
    """ "“...” ― Sonya Herridge": a dash and a name after the quote."""
    found = _DASH_NAME.match(text, quote.end, para.end)
    if found is None:
        return None
    name = found.group(1).rstrip()
    start = found.start(1)
    dash = text.index(found.group(0).strip()[0], quote.end)
    return Found(
        quote.inner_start,
        quote.inner_end,
        "quotes.dash_name.v1",
        cue=(dash, dash + 1),
        speaker=(start, start + len(name)),
        speaker_head=(start, start + len(name)),
    )


def _cue_before(
    parsed: Any,
    text: str,
    quote: Quotation,
    limit: int,
    lexicon: Any,
    *,
    stop: int | None = None,
    adjacent: bool = False,
) -> Found | None:
    """ "He said: “...”" / "In an interview Trump declared “...”": a cue before the quote.

    With ``adjacent``, only punctuation may stand between the cue and the quote.
    """
    tokens = _tokens(parsed, limit, quote.start if stop is None else stop)
    cut = max((n + 1 for n, t in enumerate(tokens) if t.text in _FINAL), default=0)
    for token in reversed(tokens[cut:]):
        match = lexicon.match(token)
        if match is None or match.cue.pos != "verb":
            continue
        last = token.doc[match.last]
        if adjacent and text[last.idx + len(last.text) : quote.start].strip(" ,:;—–-\n"):
            return None
        return _found_for(quote, token, match, "quotes.cue_before.v1")
    return None


def _colon_before(
    parsed: Any, text: str, quote: Quotation, paragraphs: list[Para], lexicon: Any
) -> Found | None:
    """ "PENCE: ..." / "Caddell: “...”" / a paragraph ending "... reports:" before the quote."""
    number = para_of(paragraphs, quote.start)
    para = paragraphs[number]
    named = _NAME_COLON.fullmatch(text, para.start, quote.start)
    if named is None:  # a transcript turn: the label opens the quoted paragraph
        named = _NAME_COLON.match(text, quote.inner_start, quote.inner_end)
    if named is not None and _label(named.group(1)):
        start, end = named.span(1)
        content = trim(text, named.end(), quote.inner_end)
        return Found(
            max(content[0], quote.inner_start),
            quote.inner_end,
            "quotes.colon_name.v1",
            cue=(end, text.index(":", end) + 1),
            speaker=(start, end),
            speaker_head=(start, end),
        )
    if text[para.start : quote.start].strip():
        return None
    before = next((p for p in reversed(paragraphs[:number]) if p.end > p.start), None)
    if before is None or not text[before.start : before.end].rstrip().endswith(":"):
        return None
    fake = Quotation(quote.start, quote.end, quote.inner_start, quote.inner_end, quote.style)
    found = _cue_before(parsed, text, fake, before.start, lexicon, stop=before.end)
    return replace(found, rule="quotes.cue_colon_before.v1") if found else None


def _label_line(text: str, quote: Quotation, para: Para) -> Found | None:
    """ "Sanders: Clinton needs to ‘get away from’ the feuding": a headline or transcript line
    opened by a speaker label says all that follows the colon, quoted phrases included."""
    named = _NAME_COLON.match(text, para.start, quote.start)
    if named is None or named.end() >= quote.start or not _label(named.group(1)):
        return None
    start, end = named.span(1)
    content = trim(text, named.end(), para.end)
    return Found(
        content[0],
        content[1],
        "quotes.colon_name.v1",
        cue=(end, text.index(":", end) + 1),
        speaker=(start, end),
        speaker_head=(start, end),
    )


def _label(name: str) -> bool:
    """Whether ``name`` before a colon can be a speaker rather than a label ("Update:")."""
    return name.strip().lower() not in _LABELS


def _colon_lines(
    text: str, paragraphs: list[Para], quotations: list[Quotation], found: list[Found]
) -> list[Found]:
    """Lines of the form "Pence: Flowers won't be at the debate" (headlines, transcripts)."""
    taken = [(q.start, q.end) for q in quotations] + [(f.start, f.end) for f in found]
    result = []
    for para in paragraphs:
        named = _NAME_COLON.match(text, para.start, para.end)
        if named is None or not _label(named.group(1)):
            continue
        start, end = trim(text, named.end(), para.end)
        if end - start < 10 or any(a < end and start < b for a, b in taken):
            continue
        s, e = named.span(1)
        result.append(
            Found(
                start,
                end,
                "quotes.colon_name.v1",
                cue=(e, text.index(":", e) + 1),
                speaker=(s, e),
                speaker_head=(s, e),
            )
        )
    return result


def _governing_verb(parsed: Any, quote: Quotation, lexicon: Any) -> Found | None:
    """A quoted fragment inside a sentence: its speaker is the subject of the verb it hangs on.

    Climbing from the fragment, the first cue verb with a subject wins ("X called Y a “liar”");
    failing that, the highest verb with one ("Trump admires Putin as a “strong leader”").
    """
    span = parsed.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    chain = []
    token = span.root
    for _ in range(40):  # up the tree to the root
        if token.head.i == token.i:
            break
        if token.dep_ == "appos" and token.i != span.root.i:
            return None  # "“Allahu akbar”, the Arabic phrase for “God is great”": a gloss
        token = token.head
        if token.pos_ in ("VERB", "AUX") and not span.start <= token.i < span.end:
            chain.append(token)
    best = None
    for verb in chain:
        if verb.i > span.start:  # the fragment stands before its verb: a subject, not a report
            continue
        phrase = _speaker_of(verb, (quote.start, quote.end))
        if phrase is None or phrase[1][0] > quote.start:
            continue
        best = (verb, phrase)
        if lexicon.match(verb) is not None:
            break
    if best is None:
        return None
    verb, (speaker, head) = best
    content = [t for t in verb.subtree if t.i > verb.i and t.i <= span.end]
    bounds = token_span(content) or (quote.inner_start, quote.inner_end)
    return Found(
        bounds[0],
        max(bounds[1], quote.inner_end),
        "quotes.fragment_verb.v1",
        cue=(verb.idx, verb.idx + len(verb.text)),
        cue_head=verb.i,
        speaker=speaker,
        speaker_head=head,
    )


def _closing_mark(text: str, start: int, end: int, quotations: list[Quotation]) -> int:
    """Return the end of a partial quotation's text with the closing mark of a quotation that
    opens inside it and closes just after it: 'would retake the cities "within days"'."""
    for quotation in quotations:
        if start <= quotation.start < end < quotation.end and quotation.closed:
            tail = text[end : quotation.end]
            if len(tail) <= 3 and not any(ch.isalnum() or ch.isspace() for ch in tail):
                return quotation.end
    return end


def _records(doc: Document, found: list[Found], quotations: list[Quotation]) -> tuple[Quote, ...]:
    text = doc.article.text
    mentions = [
        (m.start, m.end, entity.id, entity.type, m.kind)
        for entity in doc.entities
        for m in entity.mentions
    ]
    quotes: list[Quote] = []
    previous: Speaker | None = None
    for item in found:
        kind = quote_kind(item, quotations)
        if kind == "direct" and item.rule != "quotes.colon_name.v1":  # what the marks hold
            item = snap(item, quotations)
        start, end = trim(text, item.start, item.end)
        if end <= start:
            continue
        if kind == "mixed":
            end = _closing_mark(text, start, end, quotations)
        speaker: Speaker | None = None
        rule = item.rule
        if item.speaker is not None:
            s, e = item.speaker
            entity = _entity_for(mentions, item.speaker_head or item.speaker, item.speaker)
            speaker = Speaker(text=text[s:e], start=s, end=e, entity=entity)
            if entity is None and previous is not None and _pronoun(text[s:e]):
                speaker = replace(speaker, entity=previous.entity)
                rule += "+speaker.pronoun_previous.v1"
        elif item.carry and previous is not None:
            speaker = previous
            rule += "+speaker.carry_over.v1"
        cue = Span(item.cue[0], item.cue[1], text[item.cue[0] : item.cue[1]]) if item.cue else None
        if item.cue_ref:
            rule += f"+{item.cue_ref}"
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,  # type: ignore[arg-type]
                speaker=speaker,
                cue=cue,
                rule=rule,
            )
        )
        if speaker is not None:
            previous = speaker
    return tuple(quotes)


_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _pronoun(words: str) -> bool:
    return words.lower() in _PRONOUNS


def _entity_for(
    mentions: list[tuple[int, int, str, str, str]], head: tuple[int, int], span: tuple[int, int]
) -> str | None:
    """The entity whose mention covers the speaker's head word, else one named inside it."""
    for start, end, entity, _type, _kind in mentions:
        if start <= head[0] and head[1] <= end:
            return entity
    for start, end, entity, _type, _kind in mentions:
        if start < head[1] and head[0] < end:
            return entity
    inside = [m for m in mentions if span[0] <= m[0] and m[1] <= span[1]]
    actors = [m for m in inside if m[3] in ("PERSON", "ORG", "GPE", "NORP")]
    chosen = (actors or inside)[:1]
    return chosen[0][2] if chosen else None
