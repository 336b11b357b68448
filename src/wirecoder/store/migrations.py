"""The database schema as named, ordered migrations, applied on open and never rewritten.

A database records the names of the migrations it has had in ``schema_migrations``. Opening a
database applies the ones it lacks, each in its own transaction, so an old file is upgraded in
place. A shipped migration is never edited: change the schema by appending a new one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from wirecoder.errors import StoreError


@dataclass(frozen=True)
class Migration:
    """One schema change: a stable name and the SQL that makes it."""

    name: str
    sql: str


_ARTICLES = """
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,          -- sha256 of the text (or of the failure): the identity
    id TEXT NOT NULL,                   -- the id the input gave, e.g. reuters21578:4
    title TEXT,
    date TEXT,                          -- publication date, YYYY-MM-DD
    source TEXT,
    url TEXT,
    ingested_at TEXT NOT NULL,          -- UTC, ISO 8601
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',
    meta TEXT NOT NULL DEFAULT '{}',    -- wirecoder version, model, stage names
    -- the long columns come last, so reading the short ones never walks their overflow pages
    text TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL                -- the whole contract record, as JSON
);
CREATE INDEX articles_by_id ON articles (id);
CREATE INDEX articles_by_status ON articles (status);
CREATE INDEX articles_by_date ON articles (date);

CREATE TABLE entities (
    article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,                   -- e1, e2 ... within the article
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT, sector TEXT, title TEXT, affiliation TEXT, code TEXT, rule TEXT,
    mention_count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article, position)
);
CREATE INDEX entities_by_id ON entities (article, id);
CREATE INDEX entities_by_name ON entities (name COLLATE NOCASE);
CREATE INDEX entities_by_country ON entities (country, sector);

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    entity INTEGER NOT NULL,            -- the entity's position in the article
    position INTEGER NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT, rule TEXT,
    PRIMARY KEY (article, entity, position)
);

CREATE TABLE times (
    article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT, rule TEXT,
    PRIMARY KEY (article, position)
);

CREATE TABLE places (
    article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, geonameid INTEGER, feature TEXT,
    entity TEXT, metonym INTEGER NOT NULL DEFAULT 0, confidence REAL, rule TEXT,
    PRIMARY KEY (article, position)
);
CREATE INDEX places_by_id ON places (article, id);
CREATE INDEX places_by_country ON places (country);

CREATE TABLE events (
    uid TEXT PRIMARY KEY,               -- article hash + event position: stable across ingests
    article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,                   -- v1, v2 ... within the article
    cameo TEXT NOT NULL, plover TEXT, mode TEXT,
    source_entity TEXT, source_text TEXT, source_country TEXT, source_sector TEXT,
    source_code TEXT, source_start INTEGER, source_end INTEGER,
    target_entity TEXT, target_text TEXT, target_country TEXT, target_sector TEXT,
    target_code TEXT, target_start INTEGER, target_end INTEGER,
    date TEXT, date_end TEXT, date_precision TEXT,
    place TEXT,                         -- a place id in the same article
    status TEXT NOT NULL,
    reported_by TEXT,                   -- a quote id in the same article
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT,
    evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT,
    confidence REAL, rule TEXT,
    UNIQUE (article, position)
);
CREATE INDEX events_by_date ON events (date);
CREATE INDEX events_by_plover ON events (plover);
CREATE INDEX events_by_cameo ON events (cameo);
CREATE INDEX events_by_source ON events (source_country, source_sector);
CREATE INDEX events_by_target ON events (target_country, target_sector);

CREATE TABLE quotes (
    article INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_text TEXT, speaker_entity TEXT, speaker_start INTEGER, speaker_end INTEGER,
    cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    rule TEXT,
    PRIMARY KEY (article, position)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker_text COLLATE NOCASE);
"""

_FULL_TEXT = """
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'pk', tokenize = 'unicode61'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
"""

_LINKS = """
CREATE VIEW links AS
    SELECT e.article, 'event' AS from_kind, e.id AS from_id, 'source' AS role,
           'entity' AS to_kind, e.source_entity AS to_id
    FROM events e WHERE e.source_entity IS NOT NULL
    UNION ALL
    SELECT e.article, 'event', e.id, 'target', 'entity', e.target_entity
    FROM events e WHERE e.target_entity IS NOT NULL
    UNION ALL
    SELECT e.article, 'event', e.id, 'place', 'place', e.place
    FROM events e WHERE e.place IS NOT NULL
    UNION ALL
    SELECT e.article, 'event', e.id, 'reported_by', 'quote', e.reported_by
    FROM events e WHERE e.reported_by IS NOT NULL
    UNION ALL
    SELECT q.article, 'quote', q.id, 'speaker', 'entity', q.speaker_entity
    FROM quotes q WHERE q.speaker_entity IS NOT NULL
    UNION ALL
    SELECT p.article, 'place', p.id, 'entity', 'entity', p.entity
    FROM places p WHERE p.entity IS NOT NULL;
"""

_STORIES = """
CREATE TABLE article_stories (
    article INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
    story TEXT NOT NULL,                -- s1, s2 ...: articles that report one happening
    duplicate_of INTEGER REFERENCES articles (pk) ON DELETE SET NULL,  -- near-duplicate of
    similarity REAL,                    -- estimated Jaccard similarity to that article
    assigned_at TEXT NOT NULL
);
CREATE INDEX article_stories_by_story ON article_stories (story);

CREATE TABLE event_clusters (
    id TEXT PRIMARY KEY,                -- story id + cluster number, e.g. s3.c1
    story TEXT NOT NULL,
    representative TEXT REFERENCES events (uid) ON DELETE SET NULL,
    reports INTEGER NOT NULL, sources INTEGER NOT NULL,
    first_report TEXT, last_report TEXT
);
CREATE INDEX event_clusters_by_story ON event_clusters (story);

CREATE TABLE event_cluster_members (
    event TEXT PRIMARY KEY REFERENCES events (uid) ON DELETE CASCADE,
    cluster TEXT NOT NULL REFERENCES event_clusters (id) ON DELETE CASCADE
);
CREATE INDEX event_cluster_members_by_cluster ON event_cluster_members (cluster);
"""

# every event row looks up how many reports its cluster has, by the cluster's representative
_CLUSTER_LOOKUP = """
CREATE INDEX event_clusters_by_representative ON event_clusters (representative);
"""

# what the story clusterer has learned, so that new articles join stories without a replay
_STORY_STATE = """
CREATE TABLE story_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,           -- the state's format; another one means a full replay
    settings TEXT NOT NULL,             -- the clusterer settings, as JSON
    last_article INTEGER NOT NULL,      -- the newest article (pk) the state has seen
    articles INTEGER NOT NULL,          -- how many stored articles it has seen
    saved_at TEXT NOT NULL,
    state BLOB NOT NULL                 -- zlib-compressed JSON (never pickle: databases travel)
);
"""

# how many sentences of its article tell an event (a headline and its lead are one event)
_EVENT_MENTIONS = """
ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1;
"""

# where an event's date comes from: its own time, the report's, an earlier telling, the article
_EVENT_DATED_BY = """
ALTER TABLE events ADD COLUMN dated_by TEXT;
"""

_PLACE_NEAR = """
ALTER TABLE places ADD COLUMN near TEXT;  -- a name the gazetteer lacks: the place standing in
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_articles_and_annotations", _ARTICLES),
    Migration("0002_full_text_search", _FULL_TEXT),
    Migration("0003_links_view", _LINKS),
    Migration("0004_stories", _STORIES),
    Migration("0005_cluster_lookup", _CLUSTER_LOOKUP),
    Migration("0006_story_state", _STORY_STATE),
    Migration("0007_event_mentions", _EVENT_MENTIONS),
    Migration("0008_event_dated_by", _EVENT_DATED_BY),
    Migration("0009_place_near", _PLACE_NEAR),
)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Return the names of the migrations this database has had, in order."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    rows = conn.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
    return [row[0] for row in rows]


def migrate(conn: sqlite3.Connection, *, upto: int | None = None) -> list[str]:
    """Apply the migrations the database lacks (the first ``upto`` only); return their names."""
    done = applied(conn)
    known = [m.name for m in MIGRATIONS]
    newer = sorted(set(done) - set(known))
    if newer:
        raise StoreError(
            f"the database has schema migration(s) {', '.join(newer)} that this wirecoder does "
            "not know; it was written by a newer version: upgrade wirecoder to open it"
        )
    ran = []
    for migration in MIGRATIONS[:upto]:
        if migration.name in done:
            continue
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        record = f"INSERT INTO schema_migrations VALUES ('{migration.name}', '{now}');"
        script = f"BEGIN IMMEDIATE;\n{migration.sql}\n{record}\nCOMMIT;"
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            raise StoreError(
                f"schema migration {migration.name} failed ({exc}); the database was left at "
                "its previous version"
            ) from exc
        ran.append(migration.name)
    return ran
