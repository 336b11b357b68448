"""Questions asked of the event database: events, actors, quotes, full-text search, errors.

Each query returns a list of frozen row dataclasses; pass ``frame=True`` for a pandas DataFrame
instead (pandas is needed only then).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from wirecoder.errors import StoreError
from wirecoder.model import Article, Extraction
from wirecoder.store.filters import REPORTS_SQL, EventFilters, fts_query
from wirecoder.store.sqlite import SQLiteStore


@dataclass(frozen=True)
class EventRow:
    """One stored event with its article, actors, place and evidence sentence."""

    uid: str
    article_id: str
    date: str | None
    plover: str | None
    cameo: str
    mode: str | None
    status: str
    source: str | None
    source_country: str | None
    source_sector: str | None
    target: str | None
    target_country: str | None
    target_sector: str | None
    place: str | None
    place_country: str | None
    trigger: str | None
    evidence: str | None
    confidence: float | None
    rule: str | None
    title: str | None
    url: str | None
    reports: int = 1  # how many stored events report this happening (its event cluster)


@dataclass(frozen=True)
class ActorRow:
    """An actor (entity name and codes) with how many articles and events name it."""

    name: str
    type: str
    country: str | None
    sector: str | None
    articles: int
    mentions: int
    events: int


@dataclass(frozen=True)
class QuoteRow:
    """One stored quotation with its speaker and article."""

    article_id: str
    date: str | None
    speaker: str | None
    kind: str
    cue: str | None
    text: str


@dataclass(frozen=True)
class ArticleHit:
    """An article found by full-text search, with a snippet around the match."""

    article_id: str
    hash: str
    date: str | None
    title: str | None
    snippet: str


@dataclass(frozen=True)
class ErrorRow:
    """An input that could not be coded, and why."""

    article_id: str
    hash: str
    ingested_at: str
    error: str | None


def _frame(rows: list[Any], cls: type) -> Any:
    import pandas as pd

    names = [f.name for f in dataclasses.fields(cls)]
    return pd.DataFrame([dataclasses.asdict(row) for row in rows], columns=names)


def _result(rows: list[Any], cls: type, frame: bool) -> Any:
    return _frame(rows, cls) if frame else rows


_EVENTS = f"""
SELECT e.uid, a.id AS article_id, COALESCE(e.date, a.date) AS date, e.plover, e.cameo, e.mode,
       e.status, e.source_text AS source, e.source_country, e.source_sector,
       e.target_text AS target, e.target_country, e.target_sector,
       p.name AS place, p.country AS place_country, e.trigger_text AS trigger,
       e.evidence_text AS evidence, e.confidence, e.rule, a.title, a.url,
       {REPORTS_SQL} AS reports
FROM events e
JOIN articles a ON a.pk = e.article
LEFT JOIN places p ON p.article = e.article AND p.id = e.place
"""


def events(
    store: SQLiteStore,
    *,
    actor: str | None = None,
    sector: str | None = None,
    type: str | None = None,
    cameo: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    text: str | None = None,
    dedup: bool = False,
    limit: int | None = 1000,
    frame: bool = False,
) -> Any:
    """Return the stored events matching every filter given, newest first.

    ``reports`` counts the stored events of each event's cluster (``wirecoder stories``); with
    ``dedup`` a cluster is one row, its representative event.
    """
    where, params = EventFilters(
        actor=actor,
        sector=sector,
        type=type,
        cameo=cameo,
        status=status,
        since=since,
        until=until,
        place=place,
        text=text,
        dedup=dedup,
    ).where()
    sql = _EVENTS + where
    sql += "ORDER BY date DESC, a.pk, e.position"
    if limit:
        sql += f" LIMIT {int(limit)}"
    found = _matching(store, sql, params, text) if text else store.query(sql, params)
    rows = [EventRow(**dict(row)) for row in found]
    return _result(rows, EventRow, frame)


def actors(
    store: SQLiteStore,
    *,
    name: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    type: str | None = None,
    limit: int | None = 100,
    frame: bool = False,
) -> Any:
    """Return actors (entities grouped by name, type, country, sector), most named first."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if name:
        where.append("n.name LIKE :name")
        params["name"] = f"%{name}%"
    if country:
        where.append("n.country = :country")
        params["country"] = country.upper()
    if sector:
        where.append("n.sector = :sector")
        params["sector"] = sector.upper()
    if type:
        where.append("n.type = :type")
        params["type"] = type.upper()
    sql = """
    WITH roles AS (
        SELECT article, source_entity AS entity FROM events WHERE source_entity IS NOT NULL
        UNION ALL
        SELECT article, target_entity FROM events WHERE target_entity IS NOT NULL
    ), acted AS (
        SELECT article, entity, count(*) AS events FROM roles GROUP BY article, entity
    )
    SELECT n.name, n.type, n.country, n.sector, count(DISTINCT n.article) AS articles,
           sum(n.mention_count) AS mentions, coalesce(sum(v.events), 0) AS events
    FROM entities n LEFT JOIN acted v ON v.article = n.article AND v.entity = n.id
    """
    sql += f"WHERE {' AND '.join(where)}\n" if where else ""
    sql += "GROUP BY n.name, n.type, n.country, n.sector ORDER BY articles DESC, mentions DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = [ActorRow(**dict(row)) for row in store.query(sql, params)]
    return _result(rows, ActorRow, frame)


def quotes(
    store: SQLiteStore,
    *,
    speaker: str | None = None,
    text: str | None = None,
    limit: int | None = 1000,
    frame: bool = False,
) -> Any:
    """Return stored quotations, optionally by speaker (name or words) or containing words."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if speaker:
        where.append("(q.speaker_text LIKE :speaker OR en.name LIKE :speaker)")
        params["speaker"] = f"%{speaker}%"
    if text:
        where.append("q.text LIKE :text")
        params["text"] = f"%{text}%"
    sql = """
    SELECT a.id AS article_id, a.date, COALESCE(en.name, q.speaker_text) AS speaker, q.kind,
           q.cue_text AS cue, q.text
    FROM quotes q JOIN articles a ON a.pk = q.article
    LEFT JOIN entities en ON en.article = q.article AND en.id = q.speaker_entity
    """
    sql += f"WHERE {' AND '.join(where)}\n" if where else ""
    sql += "ORDER BY a.date DESC, a.pk, q.position"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = [QuoteRow(**dict(row)) for row in store.query(sql, params)]
    return _result(rows, QuoteRow, frame)


def search(store: SQLiteStore, text: str, *, limit: int | None = 20, frame: bool = False) -> Any:
    """Return the articles whose title or text match, best match first."""
    sql = """
    SELECT a.id AS article_id, a.hash, a.date, a.title,
           snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
    FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
    WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts)
    """
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = [ArticleHit(**dict(row)) for row in _matching(store, sql, {"q": fts_query(text)}, text)]
    return _result(rows, ArticleHit, frame)


def _matching(store: SQLiteStore, sql: str, params: dict[str, Any], text: str) -> list[Any]:
    """Run a full-text query; a query SQLite cannot parse becomes an error saying so."""
    try:
        return store.query(sql, params)
    except StoreError as exc:
        cause = str(exc.__cause__ or "").lower()
        if isinstance(exc.__cause__, sqlite3.OperationalError) and not any(
            word in cause for word in ("lock", "disk", "readonly", "busy")
        ):
            raise StoreError(
                f"search text {text!r} is not a valid full-text query ({exc.__cause__}); "
                'give plain words, or a "quoted phrase"'
            ) from exc
        raise


def errors(store: SQLiteStore, *, limit: int | None = None, frame: bool = False) -> Any:
    """Return the inputs stored with status 'error', oldest first."""
    sql = (
        "SELECT id AS article_id, hash, ingested_at, error FROM articles "
        "WHERE status = 'error' ORDER BY pk"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = [ErrorRow(**dict(row)) for row in store.query(sql)]
    return _result(rows, ErrorRow, frame)


def show(store: SQLiteStore, article_id: str) -> tuple[Article, Extraction]:
    """Return one stored article and its extraction, found by its id or a prefix of its hash."""
    rows = store.query("SELECT * FROM articles WHERE id = ? ORDER BY pk LIMIT 2", (article_id,))
    prefix = article_id.lower()
    if not rows and len(prefix) >= 6 and all(c in "0123456789abcdef" for c in prefix):
        rows = store.query(  # a range over the unique hash index, not a scan
            "SELECT * FROM articles WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 2",
            (prefix, prefix + "g"),
        )
    if not rows:
        raise StoreError(
            f"no stored article has the id or hash {article_id!r}; "
            "list them with `wirecoder search` or `wirecoder events`"
        )
    if len(rows) > 1:
        raise StoreError(
            f"{article_id!r} names more than one stored article; give its hash "
            f"({rows[0]['hash'][:12]}, {rows[1]['hash'][:12]}, ...)"
        )
    row = rows[0]
    article = Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        date=row["date"],
        source=row["source"],
        url=row["url"],
    )
    return article, Extraction.from_dict(json.loads(row["result"]))


def stats(store: SQLiteStore) -> dict[str, int]:
    """Return how many articles, errors, entities, events, places, times and quotes are stored."""
    counts = {}
    for table in ("articles", "entities", "events", "places", "times", "quotes"):
        counts[table] = store.query(f"SELECT count(*) FROM {table}")[0][0]
    counts["errors"] = store.query("SELECT count(*) FROM articles WHERE status = 'error'")[0][0]
    return counts
