"""News-NER corrections read from the layout of a line or the form of a word.

Three spaCy components, added by :func:`wirecoder.stages.ner_fixes.add_entity_fixes`:

- ``wirecoder_demonym_compounds``: a people's name joined by a hyphen to a lower-case word is one
  adjective ("Syrian-backed", "Kenyan-owned"), tagged whole as NORP.

- ``wirecoder_topic_slugs``: a line that opens with a desk's topic word before a spaced dash
  ("SOCCER - ...", "Cricket - ..."; word class ``ner.topic_slug``) names no one with it.
- ``wirecoder_rosters``: a line that lists players after a heading ("Defenders - Ann Lee , Kim
  Oduya", "Kenya : 1 - Ann Lee , 4 - Kim Oduya", "Rovers - Ann Lee 20 , Kim Oduya 17") names
  people; the heading is their team (ORG, or GPE for a country's side) unless it names their
  position (word class ``ner.roster_head``), and the club and country in brackets after a player
  ("Ann Lee ( Rovers , Kenya )") are an organisation and a place.
"""

from __future__ import annotations

import re
from typing import Any

from wirecoder.lexicon import name_index, name_key

_SLUG = re.compile(r"^\s*(?P<slug>[A-Za-z][A-Za-z ]{1,30}?)\s+-\s+\S", re.MULTILINE)
_WORD = r"(?:[a-z]{1,3}-)?[A-Z][\w'’.\-]*"
_PARTICLE = r"(?:de|da|di|du|del|der|den|van|von|le|la|el|al|bin|dos|das)"
_NAME = rf"{_WORD}(?: (?:{_PARTICLE} )*{_WORD}){{0,3}}"
_HEAD = re.compile(rf"^\s*(?P<head>{_NAME})(?: - (?P<sub>{_NAME}))? ?[-:] +(?=\S)")
_BRACKET = re.compile(r"\( ?([^()\n]*?) ?\)")
# after a player's name, a score or time and at most two words: "84 own goal", "130 not out"
_TAIL = r"(?: [\d:.\-/]*\d[\d:.\-/]*(?: [a-z]+){0,2})*"
_ITEM = re.compile(rf"^(?:(?P<shirt>\d{{1,2}}) ?- ?)?(?P<name>{_NAME})(?P<tail>{_TAIL})$")
_MORE = re.compile(rf"^{_TAIL.replace(' ', '', 1)}$")  # "56 penalty" goes on the item before
_RANK = re.compile(rf"^\s*\d{{1,3}}[.=] +(?P<name>{_NAME}) ?\( ?(?P<country>[^()\n,]+?) ?\)")


class TopicSlugs:
    """A desk's topic word opening a line before a spaced dash is no name: "SOCCER - ..."."""

    def __init__(self, lexicon_dirs: tuple[str, ...]):
        from wirecoder.lexicon.classes import word_classes

        self.slugs = word_classes(lexicon_dirs)["ner.topic_slug"]

    def __call__(self, doc: Any) -> Any:
        spans = []
        for found in _SLUG.finditer(doc.text):
            if found["slug"].lower() in self.slugs:
                spans.append((found.start("slug"), found.end("slug")))
        if not spans:
            return doc
        original = doc.ents
        ents = [
            e for e in original if not any(s <= e.start_char and e.end_char <= t for s, t in spans)
        ]
        if len(ents) != len(original):
            doc.ents = ents
        return doc


class Rosters:
    """Lines that list players ("Defenders - Ann Lee , Kim Oduya") name people."""

    def __init__(self, lexicon_dirs: tuple[str, ...]):
        from wirecoder.lexicon.classes import word_classes

        classes = word_classes(lexicon_dirs)
        self.heads = classes["ner.roster_head"]
        self.slugs = classes["ner.topic_slug"]
        self.club_words = classes["ner.club_first"] | classes["ner.club_last"]
        self.index = name_index(lexicon_dirs)

    def _national(self, text: str) -> bool:
        entry = self.index.get(name_key(text))
        return entry is not None and entry.type == "GPE" and entry.kind != "capital"

    def _known(self, text: str) -> bool:
        return name_key(text) in self.index

    def _clubbish(self, name: str) -> bool:
        return any(w.lower() in self.club_words for w in name.split())

    def _items(self, body: str) -> list[dict[str, Any]] | None:
        """Split the body of a list line into items; None if any piece is not one."""
        brackets: list[tuple[int, int, str]] = []
        masked = _BRACKET.sub(lambda m: "\x00" * len(m.group()), body)
        for bracket in _BRACKET.finditer(body):
            brackets.append((bracket.start(1), bracket.end(1), bracket.group(1)))
        items = []
        start = 0
        for piece in re.split(r"[,;]", masked):
            end = start + len(piece)
            raw = piece.rstrip(" .:")
            lead = len(raw) - len(raw.lstrip())
            inside = [b for b in brackets if start <= b[0] < end]
            core = re.sub(r" *\x00+ *", " ", raw.strip()).strip()  # the name stands before them
            if not core or _MORE.match(core):
                start = end + 1
                continue
            found = _ITEM.match(core)
            if found is None:
                return None
            items.append(
                {
                    "start": start + lead + found.start("name"),
                    "end": start + lead + found.end("name"),
                    "name": found["name"],
                    "shirt": found["shirt"] is not None,
                    "scored": any(ch.isdigit() for ch in found["tail"]),
                    "brackets": inside,
                }
            )
            start = end + 1
        return items

    def _line(self, line: str, offset: int) -> list[tuple[int, int, str]]:
        """Return (start, end, label) for the names a list line gives, else []."""
        rank = _RANK.match(line)
        if rank is not None and self._national(rank["country"]):
            if self._known(rank["name"]) or self._clubbish(rank["name"]):
                return []
            return [
                (offset + rank.start("name"), offset + rank.end("name"), "PERSON"),
                (offset + rank.start("country"), offset + rank.end("country"), "GPE"),
            ]
        head = _HEAD.match(line)
        if head is None or line.isupper() or head["head"].lower() in self.slugs:
            return []  # a headline in capitals, or a desk's slug: "RUGBY - LEEDS BEAT HULL 2-1"
        items = self._items(line[head.end() :])
        if not items:
            return []
        heading = (head["sub"] or head["head"]).lower()
        role = heading in self.heads or heading.split()[-1] in self.heads
        numbered = sum(i["shirt"] for i in items) >= min(2, len(items))
        scored = all(i["scored"] for i in items) and all(" " in i["name"] for i in items)
        if not (role or numbered or scored):
            return []
        base = offset + head.end()
        found = []
        if head["head"].lower() not in self.heads:  # the team the players play for
            label = "GPE" if self._national(head["head"]) else "ORG"
            found.append((offset + head.start("head"), offset + head.end("head"), label))
        for item in items:
            if self._known(item["name"]) or self._clubbish(item["name"]):
                continue
            found.append((base + item["start"], base + item["end"], "PERSON"))
            for start, _, text in item["brackets"]:
                found += [(base + s, base + e, label) for s, e, label in self._clubs(start, text)]
        return found

    def _clubs(self, start: int, text: str) -> list[tuple[int, int, str]]:
        """The club and country in brackets after a player: "( Rovers , Kenya )"."""
        found = []
        at = start
        for part in text.split(","):
            word = part.strip()
            lead = len(part) - len(part.lstrip())
            if word[:1].isupper() and re.fullmatch(_NAME, word):
                label = "GPE" if self._national(word) else "ORG"
                found.append((at + lead, at + lead + len(word), label))
            at += len(part) + 1
        return found

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        text = doc.text
        if " - " not in text and " : " not in text and ":" not in text:
            return doc
        found = []
        offset = 0
        for line in text.split("\n"):
            for start, end, label in self._line(line, offset):
                span = doc.char_span(start, end, alignment_mode="contract")
                if span is not None and len(span):
                    found.append(Span(doc, span.start, span.end, label=label))
            offset += len(line) + 1
        if not found:
            return doc
        ents = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(ents + found)
        return doc


class DemonymCompounds:
    """A people's name joined by a hyphen to a word is one adjective: "Syrian-backed"."""

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        original = doc.ents
        ents = list(original)
        changed = False
        for i, ent in enumerate(original):
            end = ent.end
            if ent.label_ != "NORP" or end + 1 >= len(doc) or ent[-1].whitespace_:
                continue
            dash, word = doc[end], doc[end + 1]
            if dash.text == "-" and not dash.whitespace_ and word.is_alpha and word.is_lower:
                ents[i] = Span(doc, ent.start, end + 2, label="NORP")
                changed = True
        if changed:
            doc.ents = filter_spans(ents)
        return doc
