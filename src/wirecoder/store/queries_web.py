"""Questions the web app asks of the event database: pages with totals, and aggregates.

:func:`wirecoder.store.queries.events` answers the command line; the dashboard also needs paging
with a total, the full event record (offsets, ids, reporter), and counts by period, place and
pair of actors, all under the same filters: ``wirecoder.store.filters.EventFilters``, which the
command line uses too. Every value reaches SQLite as a bound parameter.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from wirecoder.errors import StoreError
from wirecoder.store.filters import DAY_SQL, REPORTS_SQL, EventFilters, fts_query
from wirecoder.store.sqlite import SQLiteStore

# CAMEO quad class of a two-digit root code: 01-05 verbal cooperation, 06-08 material
# cooperation, 09-13 verbal conflict, 14-20 material conflict (the CAMEO codebook's grouping)
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_QUAD_SQL = """CASE
    WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 1 AND 5 THEN 1
    WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 6 AND 8 THEN 2
    WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 9 AND 13 THEN 3
    WHEN CAST(substr(e.cameo, 1, 2) AS INTEGER) BETWEEN 14 AND 20 THEN 4
END"""
_DAY = DAY_SQL
_JOINS = """JOIN articles a ON a.pk = e.article
LEFT JOIN places p ON p.article = e.article AND p.id = e.place
"""
_FROM = "FROM events e\n" + _JOINS
# the actor an event side stands for: its CAMEO code, else country + sector, else its words
_SOURCE_KEY = (
    "COALESCE(e.source_code, NULLIF(trim(COALESCE(e.source_country, '') || ' ' || "
    "COALESCE(e.source_sector, '')), ''), e.source_text)"
)
_TARGET_KEY = _SOURCE_KEY.replace("source_", "target_")


def _rows(store: SQLiteStore, sql: str, params: dict[str, Any], text: str | None) -> list[Any]:
    """Run a query; with search text, a query SQLite cannot parse becomes an error saying so."""
    try:
        return store.query(sql, params)
    except StoreError as exc:
        cause = exc.__cause__
        if not text or not isinstance(cause, sqlite3.OperationalError):
            raise
        if any(word in str(cause).lower() for word in ("lock", "disk", "readonly", "busy")):
            raise
        raise StoreError(
            f"search text {text!r} is not a valid full-text query ({cause}); "
            'give plain words, or a "quoted phrase"'
        ) from exc


@dataclass(frozen=True)
class WebEvent:
    """One stored event, whole: its article, codes, actors, place, reporter and offsets."""

    uid: str
    article_id: str
    article_hash: str
    title: str | None
    article_date: str | None
    id: str
    cameo: str
    plover: str | None
    mode: str | None
    quad: int | None
    status: str
    date: str | None
    date_end: str | None
    date_precision: str | None
    source_text: str | None
    source_entity: str | None
    source_country: str | None
    source_sector: str | None
    source_code: str | None
    source_start: int | None
    source_end: int | None
    target_text: str | None
    target_entity: str | None
    target_country: str | None
    target_sector: str | None
    target_code: str | None
    target_start: int | None
    target_end: int | None
    place_id: str | None
    place_name: str | None
    place_text: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    reported_by: str | None
    reporter: str | None
    trigger_start: int
    trigger_end: int
    trigger_text: str | None
    evidence_start: int
    evidence_end: int
    evidence_text: str | None
    confidence: float | None
    rule: str | None
    reports: int = 1  # how many stored events report this happening (its event cluster)
    mentions: int = 1  # how many sentences of its article tell it
    dated_by: str | None = None  # where its date comes from: event, report, story, article


_COLUMNS = f"""e.uid, a.id AS article_id, a.hash AS article_hash, a.title, a.date AS article_date,
e.id, e.cameo, e.plover, e.mode, {_QUAD_SQL} AS quad, e.status, {_DAY} AS date, e.date_end,
e.date_precision, e.source_text, e.source_entity, e.source_country, e.source_sector,
e.source_code, e.source_start, e.source_end, e.target_text, e.target_entity, e.target_country,
e.target_sector, e.target_code, e.target_start, e.target_end,
e.place AS place_id, p.name AS place_name, p.text AS place_text, p.country AS place_country,
p.lat, p.lon, e.reported_by,
(SELECT q.speaker_text FROM quotes q
 WHERE q.article = e.article AND q.id = e.reported_by) AS reporter,
e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end,
e.evidence_text, e.confidence, e.rule, e.mentions, e.dated_by
"""


@dataclass(frozen=True)
class Page:
    """One page of rows and how many rows match in all."""

    total: int
    rows: list[Any]


def event_page(
    store: SQLiteStore,
    filters: EventFilters,
    *,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Return one page of matching events (newest first) and their total."""
    where, params = filters.where()
    params = {**params, "limit": int(limit), "offset": int(offset)}
    source = filters.source()
    total_sql = f"SELECT count(*) {source}{where}"
    # pick the page's rows first, then read their columns: the sort handles ids, not whole rows
    page = (
        f"SELECT e.rowid AS rid, {_DAY} AS day, a.pk AS apk, e.position AS pos {source}{where}"
        "ORDER BY day DESC, apk, pos LIMIT :limit OFFSET :offset"
    )
    sql = (
        f"WITH page AS MATERIALIZED ({page})\n"
        f"SELECT {_COLUMNS}, {REPORTS_SQL} AS reports FROM page "
        f"JOIN events e ON e.rowid = page.rid\n{_JOINS}ORDER BY page.day DESC, page.apk, page.pos"
    )
    total = _rows(store, total_sql, params, filters.text)[0][0]
    rows = _rows(store, sql, params, filters.text)
    return Page(total=total, rows=[WebEvent(**dict(row)) for row in rows])


def events_by_uid(store: SQLiteStore, uids: list[str]) -> list[WebEvent]:
    """Return the stored events with these uids, in the order given (unknown ones left out)."""
    if not uids:
        return []
    marks = ", ".join("?" for _ in uids)
    sql = f"SELECT {_COLUMNS}, {REPORTS_SQL} AS reports {_FROM}WHERE e.uid IN ({marks})"
    found = {row["uid"]: WebEvent(**dict(row)) for row in store.query(sql, tuple(uids))}
    return [found[uid] for uid in uids if uid in found]


def event_rows(store: SQLiteStore, filters: EventFilters, *, limit: int) -> list[WebEvent]:
    """Return up to ``limit`` matching events, newest first (for CSV downloads)."""
    return event_page(store, filters, limit=limit, offset=0).rows


@dataclass(frozen=True)
class PeriodCount:
    """How many matching events of one quad class fall in one period."""

    period: str
    quad: int | None
    events: int


_PERIODS = {"year": 4, "month": 7, "day": 10}
_PERIOD_SHAPES = {
    "year": "[0-9][0-9][0-9][0-9]",
    "month": "[0-9][0-9][0-9][0-9]-[0-9][0-9]",
    "day": "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]",
}


def timeline(store: SQLiteStore, filters: EventFilters, *, bucket: str = "month") -> list[Any]:
    """Return event counts per period (year, month or day) and quad class, oldest first."""
    if bucket not in _PERIODS:
        raise StoreError(f"bucket must be one of {', '.join(_PERIODS)}, got {bucket!r}")
    where, params = filters.where()
    # an event dated only to a month has no place on a day axis; it still counts by month
    dated = f"{_DAY} GLOB '{_PERIOD_SHAPES[bucket]}*'"
    where = f"{where}AND {dated}\n" if where else f"WHERE {dated}\n"
    sql = (
        f"SELECT substr({_DAY}, 1, {_PERIODS[bucket]}) AS period, {_QUAD_SQL} AS quad, "
        f"count(*) AS events {filters.source()}{where}GROUP BY period, quad ORDER BY period, quad"
    )
    return [PeriodCount(**dict(row)) for row in _rows(store, sql, params, filters.text)]


@dataclass(frozen=True)
class PlaceCount:
    """A place where matching events happened, with its coordinates and counts."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    events: int
    articles: int


def place_counts(store: SQLiteStore, filters: EventFilters, *, limit: int = 500) -> list[Any]:
    """Return the places of matching events, most events first."""
    where, params = filters.where()
    placed = "p.name IS NOT NULL"
    where = f"{where}AND {placed}\n" if where else f"WHERE {placed}\n"
    sql = (
        "SELECT p.name, p.country, avg(p.lat) AS lat, avg(p.lon) AS lon, "
        "max(p.geonameid) AS geonameid, count(*) AS events, count(DISTINCT e.article) AS articles "
        f"{_FROM}{where}GROUP BY p.name, p.country, COALESCE(p.geonameid, p.name) "
        "ORDER BY events DESC, p.name LIMIT :limit"
    )
    rows = _rows(store, sql, {**params, "limit": int(limit)}, filters.text)
    return [PlaceCount(**dict(row)) for row in rows]


@dataclass(frozen=True)
class ActorLink:
    """How often one actor acted on another in the matching events, by cooperation or conflict."""

    source: str
    target: str
    events: int
    cooperation: int
    conflict: int


def actor_links(store: SQLiteStore, filters: EventFilters, *, limit: int = 60) -> list[Any]:
    """Return the strongest source-to-target links among matching events."""
    where, params = filters.where()
    both = "e.source_text IS NOT NULL AND e.target_text IS NOT NULL"
    where = f"{where}AND {both}\n" if where else f"WHERE {both}\n"
    sql = (
        f"SELECT {_SOURCE_KEY} AS source, {_TARGET_KEY} AS target, count(*) AS events, "
        f"sum(({_QUAD_SQL}) IN (1, 2)) AS cooperation, sum(({_QUAD_SQL}) IN (3, 4)) AS conflict "
        f"{filters.source()}{where}GROUP BY source, target ORDER BY events DESC, source, target "
        "LIMIT :limit"
    )
    rows = _rows(store, sql, {**params, "limit": int(limit)}, filters.text)
    return [ActorLink(**dict(row)) for row in rows]


@dataclass(frozen=True)
class ActorCount:
    """An actor (entity grouped by name, type, country, sector) and its events out and in."""

    name: str
    type: str
    country: str | None
    sector: str | None
    articles: int
    events_out: int
    events_in: int


def actor_page(
    store: SQLiteStore,
    *,
    name: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Return one page of actors, most events first, with events as source (out) and target."""
    where: list[str] = []
    params: dict[str, Any] = {"limit": int(limit), "offset": int(offset)}
    if name:
        where.append("en.name LIKE :name")
        params["name"] = f"%{name}%"
    if country:
        where.append("en.country = :country")
        params["country"] = country.upper()
    if sector:
        where.append("en.sector = :sector")
        params["sector"] = sector.upper()
    cond = "WHERE " + " AND ".join(where) + "\n" if where else ""
    grouped = f"""
    SELECT en.name, en.type, en.country, en.sector, count(DISTINCT en.article) AS articles,
        COALESCE(sum(ev.source_entity = en.id), 0) AS events_out,
        COALESCE(sum(ev.target_entity = en.id), 0) AS events_in
    FROM entities en
    LEFT JOIN events ev ON ev.article = en.article
        AND (ev.source_entity = en.id OR ev.target_entity = en.id)
    {cond}GROUP BY en.name, en.type, en.country, en.sector
    """
    total = store.query(f"SELECT count(*) FROM ({grouped})", params)[0][0]
    sql = (
        f"SELECT * FROM ({grouped}) ORDER BY events_out + events_in DESC, articles DESC, name "
        "LIMIT :limit OFFSET :offset"
    )
    return Page(total=total, rows=[ActorCount(**dict(row)) for row in store.query(sql, params)])


@dataclass(frozen=True)
class ArticleSummary:
    """A stored article without its text: what a list shows."""

    id: str
    hash: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    status: str
    error: str | None
    events: int


def article_page(
    store: SQLiteStore, *, status: str | None = None, limit: int = 50, offset: int = 0
) -> Page:
    """Return one page of stored articles, newest publication date first."""
    params: dict[str, Any] = {"limit": int(limit), "offset": int(offset)}
    cond = ""
    if status:
        cond = "WHERE a.status = :status "
        params["status"] = status
    total = store.query(f"SELECT count(*) FROM articles a {cond}", params)[0][0]
    sql = (
        "SELECT a.id, a.hash, a.title, a.date, a.source, a.url, a.status, a.error, "
        "(SELECT count(*) FROM events e WHERE e.article = a.pk) AS events "
        f"FROM articles a {cond}ORDER BY a.date DESC, a.pk DESC LIMIT :limit OFFSET :offset"
    )
    return Page(total=total, rows=[ArticleSummary(**dict(row)) for row in store.query(sql, params)])


def article_hashes(store: SQLiteStore, article_id: str) -> list[str]:
    """Return the content hashes of the stored articles with this id (or hash), oldest first."""
    rows = store.query(
        "SELECT hash FROM articles WHERE id = :id OR hash = :id ORDER BY pk", {"id": article_id}
    )
    return [row[0] for row in rows]


@dataclass(frozen=True)
class SearchHit:
    """An article matching a full-text query; matches in the snippet are marked."""

    id: str
    hash: str
    title: str | None
    date: str | None
    snippet: str


MATCH_OPEN, MATCH_CLOSE = "\u0002", "\u0003"  # snippet marks no article text contains


def search_hits(store: SQLiteStore, text: str, *, limit: int = 20) -> list[SearchHit]:
    """Return articles whose title or text match, best first, matches marked in the snippet."""
    sql = (
        "SELECT a.id, a.hash, a.title, a.date, "
        "snippet(articles_fts, 1, :open, :close, '…', 16) AS snippet "
        "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
        "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts) LIMIT :limit"
    )
    params = {"q": fts_query(text), "open": MATCH_OPEN, "close": MATCH_CLOSE, "limit": limit}
    return [SearchHit(**dict(row)) for row in _rows(store, sql, params, text)]
