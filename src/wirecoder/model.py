"""The records wirecoder produces: frozen dataclasses whose spans are character offsets.

Every record converts to and from the JSON output contract (shared/DESIGN.md) through the one
pair of functions at the bottom of this module, :func:`to_dict` and :func:`from_dict`; each class
also exposes them as methods.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["ok", "error"]
EventStatus = Literal["occurred", "planned", "ongoing", "negated", "hypothetical"]
QuoteKind = Literal["direct", "indirect", "mixed"]


class _Record:
    """Mixin giving every record the contract's dict conversion."""

    def to_dict(self) -> dict[str, Any]:
        """Return this record as a JSON-ready dict in the output contract's shape."""
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        """Build this record from a dict in the output contract's shape."""
        return from_dict(cls, data)


@dataclass(frozen=True)
class Article(_Record):
    """One input article: its text and what is known about it."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Span(_Record):
    """A stretch of the article text, as character offsets [start, end)."""

    start: int
    end: int
    text: str | None = None


@dataclass(frozen=True)
class Mention(_Record):
    """One place in the text where an entity is named or referred to."""

    start: int
    end: int
    text: str
    kind: str = "name"  # name | alias | acronym | demonym | metonym | pronoun | nominal
    rule: str | None = None


@dataclass(frozen=True)
class Entity(_Record):
    """A real-world actor or place named in the article, with all its mentions grouped."""

    id: str
    name: str
    type: str  # OntoNotes type: PERSON, ORG, GPE, NORP, LOC, FAC, ...
    mentions: tuple[Mention, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-3, or IGO
    sector: str | None = None  # CAMEO/PLOVER sector: GOV, MIL, JUD, ...
    title: str | None = None
    affiliation: str | None = None
    code: str | None = None  # CAMEO actor code, e.g. USAGOV
    rule: str | None = None
    country_rule: str | None = None  # the rule or lexicon row that decided the country
    sector_rule: str | None = None  # the rule or lexicon row that decided the sector
    reason: str | None = None  # why the country is unknown, when it is


@dataclass(frozen=True)
class TimeExpr(_Record):
    """A time expression with its TIMEX3 type and resolved value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    id: str | None = None
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, ...
    anchor: str | None = None  # what the value was resolved against
    rule: str | None = None


@dataclass(frozen=True)
class Place(_Record):
    """A toponym resolved to a gazetteer entry."""

    start: int
    end: int
    text: str
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    id: str | None = None
    entity: str | None = None
    metonym: bool = False
    confidence: float | None = None
    rule: str | None = None
    near: str | None = None  # a name the gazetteer lacks: the place whose point stands in


@dataclass(frozen=True)
class ActorRef(_Record):
    """The source or target of an event: an entity and the country and sector it acts for."""

    text: str
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Event(_Record):
    """Who did what to whom, when and where, with its codes, status and evidence."""

    id: str
    cameo: str
    plover: str | None
    trigger: Span
    evidence: Span
    source: ActorRef | None = None
    target: ActorRef | None = None
    mode: str | None = None
    date: str | None = None
    date_end: str | None = None
    date_precision: str | None = None  # day | month | year | article
    # where the date comes from: the event's own time expression (event), the time of the report
    # that carries it (report), an earlier telling of the same happening (story), or the
    # publication date (article)
    dated_by: str | None = None
    place: str | None = None
    status: EventStatus = "occurred"
    reported_by: str | None = None
    confidence: float | None = None
    rule: str | None = None
    # the other sentences of the article that tell this same event again (a headline, a recap)
    repeats: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Speaker(_Record):
    """Who a quotation is attributed to."""

    text: str
    start: int | None = None
    end: int | None = None
    entity: str | None = None


@dataclass(frozen=True)
class Quote(_Record):
    """An attributed statement: its content, kind, speaker and cue."""

    id: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Span | None = None
    rule: str | None = None


@dataclass(frozen=True)
class Extraction(_Record):
    """Everything wirecoder found in one article: the JSON contract's top-level object."""

    id: str
    status: Status = "ok"
    error: str | None = None
    date: str | None = None
    title: str | None = None
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Document:
    """An article on its way through the pipeline: what each stage has added so far.

    ``parsed`` holds the parse stage's spaCy ``Doc``; it is read by the stages and never leaves
    the pipeline (:meth:`to_extraction` drops it).
    """

    article: Article
    parsed: Any = field(default=None, repr=False, compare=False)
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None

    def with_(self, **changes: Any) -> Document:
        """Return a copy with the given fields replaced."""
        return dataclasses.replace(self, **changes)

    def warn(self, message: str) -> Document:
        """Return a copy with one more warning attached."""
        return dataclasses.replace(self, warnings=(*self.warnings, message))

    def to_extraction(self, *, meta: dict[str, Any] | None = None) -> Extraction:
        """Return the contract record for this document."""
        return Extraction(
            id=self.article.id,
            status="error" if self.error else "ok",
            error=self.error,
            date=self.article.date,
            title=self.article.title,
            entities=self.entities,
            times=self.times,
            places=self.places,
            events=self.events,
            quotes=self.quotes,
            warnings=self.warnings,
            meta=dict(meta or {}),
        )


# --- the one dict conversion pair ----------------------------------------------------------------

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def to_dict(record: Any) -> Any:
    """Convert a record (or a tuple or dict of records) to plain JSON-ready values."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, tuple | list):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_dict(value) for key, value in record.items()}
    return record


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        (item_hint, *_rest) = typing.get_args(hint)
        return tuple(_convert(item_hint, item) for item in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Build a record of type ``cls`` from a dict; unknown keys are ignored."""
    hints = _hints(cls)
    kwargs = {
        f.name: _convert(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)
        if f.name in data
    }
    return cls(**kwargs)
