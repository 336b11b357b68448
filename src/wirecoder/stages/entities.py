"""The entities stage: the parse's named-entity mentions grouped into one entity per real actor.

Mentions are grouped when they name the same thing: the same name up to articles, dots, case and
possessives ("the U.S." / "US"); names of one country or organisation in the lexicon ("United
States" / "America"; "State Department" / "US Department of State"); a person's full name and a
part of it ("Christopher Landberg" / "Landberg"); and an organisation and its acronym ("United
Nations" / "UN"); a people's name in a hyphenated adjective counts as that people ("Syrian-backed"
is of Syria). Each entity names the rule or lexicon row that grouped it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wirecoder.config import Settings
from wirecoder.lexicon import NameEntry, name_index, name_key
from wirecoder.model import Document, Entity, Mention

# OntoNotes labels that name actors, places or things; numbers and times are other stages' work
ENTITY_LABELS = frozenset(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split()
)
_LEADING = frozenset({"the", "The", "THE"})
_TRAILING = frozenset({"'s", "’s", "'", "’", ".", ",", ";", ":", "-", "—", "–"})
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "&"})


@dataclass
class _Group:
    key: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    entry: NameEntry | None = None
    rule: str = "entities.same_name.v1"


def trim_span(span: Any) -> tuple[int, int] | None:
    """Return the token bounds of ``span`` without a leading article or trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    # "by the\nSoviet Union": the article, then the line break after it
    while start < end and (doc[start].text in _LEADING or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _TRAILING or doc[end - 1].is_space):
        end -= 1
    return (start, end) if start < end else None


def initials(name: str) -> str:
    """Return the acronym a name would have: 'United Nations' -> 'UN'."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _CONNECTORS]
    return "".join(w[0] for w in words if w[:1].isupper()).upper()


def _is_acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


class Entities:
    """Group the named-entity mentions of one article into entities."""

    name = "entities.v1"
    requires = ("parsed",)
    produces = ("entities",)

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def __call__(self, doc: Document) -> Document:
        """Return the document with its entities and their grouped mentions."""
        index = name_index(self.settings.lexicon_dirs)
        groups: list[_Group] = []
        by_key: dict[str, _Group] = {}
        text = doc.article.text
        for span in doc.parsed.ents:
            if span.label_ not in ENTITY_LABELS:
                continue
            bounds = trim_span(span)
            if bounds is None:
                continue
            tokens = span.doc[bounds[0] : bounds[1]]
            start, end = tokens.start_char, tokens.end_char
            surface = text[start:end]
            key = name_key(surface)
            if span.label_ == "NORP" and key not in index and "-" in surface:
                key = name_key(surface.split("-", 1)[0]) or key  # "Syrian-backed": of Syria
            if not key:
                continue
            group = self._find(key, surface, span.label_, index, groups, by_key)
            if group is None:
                entry = index.get(key)
                if entry is not None and entry.kind == "capital":
                    entry = None  # a capital is a place of its own; metonymy is the actors' call
                named = entry is not None and entry.type != "NORP"  # a demonym keeps its word
                group = _Group(
                    key=key,
                    name=entry.canonical if named else surface,
                    type=span.label_,
                    entry=entry,
                    rule=entry.ref if entry else "entities.same_name.v1",
                )
                groups.append(group)
            by_key.setdefault(key, group)
            if group.entry is not None:
                by_key.setdefault(f"lex:{group.entry.canonical}:{group.entry.type}", group)
            kind = self._kind(key, group)
            group.mentions.append(Mention(start, end, surface, kind=kind))
            group.types.append(span.label_)
        return doc.with_(entities=tuple(self._entity(i, g) for i, g in enumerate(groups, 1)))

    def _find(
        self,
        key: str,
        surface: str,
        label: str,
        index: dict[str, NameEntry],
        groups: list[_Group],
        by_key: dict[str, _Group],
    ) -> _Group | None:
        entry = index.get(key)
        if entry is not None and entry.kind != "capital":
            found = by_key.get(f"lex:{entry.canonical}:{entry.type}")
            if found is not None:
                return found
        if key in by_key:
            return by_key[key]
        # a lone surname is often mislabelled ORG or GPE: it still joins the person it names
        if label == "PERSON" or (entry is None and " " not in key):
            parts = set(key.split())
            for group in reversed(groups):
                if group.type != "PERSON":
                    continue
                known = set(group.key.split())
                if parts < known:
                    group.rule = "entities.name_part.v1"
                    return group
                if known < parts and label == "PERSON":  # "Landberg", later "Christopher Landberg"
                    group.rule = "entities.name_part.v1"
                    group.key, group.name = key, surface
                    by_key[key] = group
                    return group
        if _is_acronym(surface):
            bare = surface.replace(".", "")
            for group in reversed(groups):
                if group.type in ("ORG", "GPE", "FAC", "LOC") and initials(group.name) == bare:
                    group.rule = "entities.acronym.v1"
                    return group
        return None

    @staticmethod
    def _kind(key: str, group: _Group) -> str:
        if group.entry is not None and group.entry.type == "NORP":
            return "demonym"
        if key == name_key(group.name):
            return "name"
        if group.rule == "entities.acronym.v1":
            return "acronym"
        return "alias"

    @staticmethod
    def _entity(number: int, group: _Group) -> Entity:
        entry = group.entry
        if entry is not None:
            etype = entry.type
        else:  # the model's most frequent label for the group; the first on a tie
            etype = max(dict.fromkeys(group.types), key=group.types.count)
        return Entity(
            id=f"e{number}",
            name=group.name,
            type=etype,
            mentions=tuple(group.mentions),
            country=entry.country if entry else None,
            sector=entry.sector if entry else None,
            rule=group.rule,
        )
