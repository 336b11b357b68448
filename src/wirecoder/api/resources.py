"""The API's response models for stored resources: pages of events, actors, places, articles.

Each model that is built from a store row has a ``from_row`` classmethod, so routes only call a
query and return its rows through these.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from wirecoder.api.schemas import ActorRefOut, ExtractionOut, Record, SpanOut
from wirecoder.store.queries_web import QUADS, PeriodCount, WebEvent

Item = TypeVar("Item")


class Page(BaseModel, Generic[Item]):
    """One page of a list: the items, and how many match in all."""

    total: int = Field(description="how many items match, over all pages")
    limit: int
    offset: int
    items: list[Item]


class ArticleRef(BaseModel):
    """The article an event or quote comes from."""

    id: str
    hash: str = Field(description="content hash: the article's unique key")
    title: str | None = None
    date: str | None = None


class EventPlace(BaseModel):
    """Where an event happened, as resolved in its article."""

    id: str | None = None
    name: str | None = None
    text: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventItem(BaseModel):
    """One stored event, with its article, codes, actors, place and the sentence that tells it."""

    uid: str = Field(description="stable id: article hash + event position")
    id: str = Field(description="the event's id within its article (v1, v2, ...)")
    article: ArticleRef
    cameo: str
    plover: str | None = None
    mode: str | None = None
    quad: str | None = Field(None, description="CAMEO quad class, e.g. verbal_conflict")
    status: str
    date: str | None = Field(None, description="the event's date, else the article's")
    date_end: str | None = None
    date_precision: str | None = None
    source: ActorRefOut | None = None
    target: ActorRefOut | None = None
    place: EventPlace | None = None
    reported_by: str | None = Field(None, description="the quote id that carries the event")
    reporter: str | None = Field(None, description="who that quote is attributed to")
    trigger: SpanOut
    evidence: SpanOut
    confidence: float | None = None
    rule: str | None = None
    reports: int = Field(
        1,
        description="stored events reporting this happening (its event cluster; 1 outside any)",
    )
    mentions: int = Field(1, description="sentences of its article that tell this event")
    dated_by: str | None = Field(
        None, description="where the date comes from: event, report, story or article"
    )

    @classmethod
    def from_row(cls, row: WebEvent) -> EventItem:
        """Build the API record of one stored event."""
        return cls(
            uid=row.uid,
            id=row.id,
            article=ArticleRef(
                id=row.article_id, hash=row.article_hash, title=row.title, date=row.article_date
            ),
            cameo=row.cameo,
            plover=row.plover,
            mode=row.mode,
            quad=QUADS[row.quad - 1] if row.quad else None,
            status=row.status,
            date=row.date,
            date_end=row.date_end,
            date_precision=row.date_precision,
            source=_actor(row, "source"),
            target=_actor(row, "target"),
            place=EventPlace(
                id=row.place_id,
                name=row.place_name,
                text=row.place_text,
                country=row.place_country,
                lat=row.lat,
                lon=row.lon,
            )
            if row.place_id
            else None,
            reported_by=row.reported_by,
            reporter=row.reporter,
            trigger=SpanOut(start=row.trigger_start, end=row.trigger_end, text=row.trigger_text),
            evidence=SpanOut(
                start=row.evidence_start, end=row.evidence_end, text=row.evidence_text
            ),
            confidence=row.confidence,
            rule=row.rule,
            reports=row.reports,
            mentions=row.mentions,
            dated_by=row.dated_by,
        )


def _actor(row: WebEvent, side: str) -> ActorRefOut | None:
    text = getattr(row, f"{side}_text")
    if text is None:
        return None
    return ActorRefOut(
        text=text,
        entity=getattr(row, f"{side}_entity"),
        country=getattr(row, f"{side}_country"),
        sector=getattr(row, f"{side}_sector"),
        code=getattr(row, f"{side}_code"),
        start=getattr(row, f"{side}_start"),
        end=getattr(row, f"{side}_end"),
    )


# the columns of the CSV download, in order, and how each is read from a stored event
CSV_COLUMNS: tuple[str, ...] = (
    "date",
    "source",
    "source_country",
    "source_sector",
    "plover",
    "cameo",
    "quad",
    "target",
    "target_country",
    "target_sector",
    "place",
    "place_country",
    "status",
    "trigger",
    "evidence",
    "reporter",
    "article_id",
    "title",
    "uid",
    "confidence",
    "rule",
)


def csv_row(row: WebEvent) -> list[Any]:
    """Return one stored event as the CSV download's cells."""
    values = {
        "source": row.source_text,
        "target": row.target_text,
        "quad": QUADS[row.quad - 1] if row.quad else None,
        "place": row.place_name or row.place_text,
        "trigger": row.trigger_text,
        "evidence": row.evidence_text,
    }
    return [values[name] if name in values else getattr(row, name) for name in CSV_COLUMNS]


class Period(BaseModel):
    """Event counts in one period, by quad class."""

    period: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD")
    since: str = Field(description="the first day of the period")
    until: str = Field(description="the last day of the period")
    total: int
    counts: dict[str, int] = Field(description="events per quad class; 'other' for no class")


class Timeline(BaseModel):
    """Event counts per period, oldest first."""

    bucket: str
    periods: list[Period]

    @classmethod
    def from_rows(cls, bucket: str, rows: list[PeriodCount]) -> Timeline:
        """Gather the per-(period, quad) counts into one record per period."""
        periods: dict[str, dict[str, int]] = {}
        for row in rows:
            key = QUADS[row.quad - 1] if row.quad else "other"
            counts = periods.setdefault(row.period, {})
            counts[key] = counts.get(key, 0) + row.events
        periods = _with_gaps(periods)
        return cls(
            bucket=bucket,
            periods=[
                Period(
                    period=period,
                    since=_first_day(period),
                    until=_last_day(period),
                    total=sum(counts.values()),
                    counts=counts,
                )
                for period, counts in periods.items()
            ],
        )


def _with_gaps(periods: dict[str, dict[str, int]], *, most: int = 400) -> dict[str, dict[str, int]]:
    """Add the empty periods between the first and the last, so time runs evenly (up to most)."""
    if len(periods) < 2:
        return periods
    first, last = min(periods), max(periods)
    if len(first) == 10:
        start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        span = (end - start).days
        every = [(start + dt.timedelta(days=n)).isoformat() for n in range(span + 1)]
    elif len(first) == 7:
        months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])
        year, month = int(first[:4]), int(first[5:7]) - 1
        every = [
            f"{year + (month + n) // 12:04d}-{(month + n) % 12 + 1:02d}" for n in range(months + 1)
        ]
    else:
        every = [f"{y:04d}" for y in range(int(first), int(last) + 1)]
    if len(every) > most:
        return periods  # a few stray dates far off: leave the axis sparse
    return {period: periods.get(period, {}) for period in every}


def _first_day(period: str) -> str:
    return {4: f"{period}-01-01", 7: f"{period}-01"}.get(len(period), period)


def _last_day(period: str) -> str:
    import calendar

    if len(period) == 4:
        return f"{period}-12-31"
    if len(period) == 7:
        year, month = int(period[:4]), int(period[5:7])
        return f"{period}-{calendar.monthrange(year, month)[1]:02d}"
    return period


class PlaceItem(BaseModel):
    """A place where matching events happened."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    events: int
    articles: int


class PlaceList(BaseModel):
    """The places of matching events, most events first."""

    items: list[PlaceItem]


class ActorItem(BaseModel):
    """An actor and how many events it took part in, as source (out) and as target (in)."""

    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    articles: int
    events_out: int
    events_in: int


class NetworkNode(BaseModel):
    """An actor in the network: its key (CAMEO code, country + sector, or words)."""

    id: str
    label: str
    events_out: int
    events_in: int


class NetworkEdge(BaseModel):
    """Events from one actor to another."""

    source: str
    target: str
    weight: int = Field(description="how many events")
    cooperation: int
    conflict: int


class Network(BaseModel):
    """Who acts on whom among matching events: the strongest links and their actors."""

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]

    @classmethod
    def from_links(cls, links: list[Any]) -> Network:
        """Build the nodes from the links' two ends."""
        out: dict[str, int] = {}
        into: dict[str, int] = {}
        for link in links:
            out[link.source] = out.get(link.source, 0) + link.events
            into[link.target] = into.get(link.target, 0) + link.events
        names = list(dict.fromkeys(key for link in links for key in (link.source, link.target)))
        return cls(
            nodes=[
                NetworkNode(id=n, label=n, events_out=out.get(n, 0), events_in=into.get(n, 0))
                for n in names
            ],
            edges=[
                NetworkEdge(
                    source=link.source,
                    target=link.target,
                    weight=link.events,
                    cooperation=link.cooperation,
                    conflict=link.conflict,
                )
                for link in links
            ],
        )


class ArticleItem(BaseModel):
    """A stored article without its text."""

    id: str
    hash: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    status: str
    error: str | None = None
    events: int


class SearchHit(BaseModel):
    """An article matching a full-text query; the snippet marks matches with \\u0002...\\u0003."""

    id: str
    hash: str
    title: str | None = None
    date: str | None = None
    snippet: str


class SearchResult(BaseModel):
    """Articles matching a full-text query, best first."""

    query: str
    items: list[SearchHit]


class ArticleDetail(BaseModel):
    """A stored article: its text and everything coded in it."""

    id: str
    hash: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    text: str
    extraction: ExtractionOut


class QuoteItem(Record):
    """A stored quotation with its speaker and article."""

    article_id: str
    date: str | None = None
    speaker: str | None = None
    kind: str
    cue: str | None = None
    text: str


class QuoteList(BaseModel):
    """Matching quotations, newest first."""

    items: list[QuoteItem]


class IngestArticle(BaseModel):
    """One article to store: as a line of ``wirecoder ingest``'s JSON Lines input."""

    text: str = Field(min_length=1)
    id: str | None = Field(None, max_length=200)
    date: str | None = None
    title: str | None = Field(None, max_length=2_000)
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2_000)


class IngestRequest(BaseModel):
    """Articles to code and store."""

    articles: list[IngestArticle] = Field(min_length=1, max_length=100)


class IngestResult(BaseModel):
    """What an ingest did."""

    read: int
    added: int
    skipped: int = Field(description="already stored (same text): not stored twice")
    errors: int = Field(description="stored with status 'error'; see GET /api/articles")
