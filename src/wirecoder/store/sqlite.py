"""The SQLite event database: opening (WAL, migrations), writing coded articles, and errors.

One article and all its annotations are written in the same transaction as the rest of its
batch, so a killed ingest leaves whole articles or none. Reading and writing go through
:class:`SQLiteStore`; the queries live in :mod:`wirecoder.store.queries`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from wirecoder.errors import StoreError
from wirecoder.model import Document, Event, Extraction
from wirecoder.store.migrations import applied, migrate

log = logging.getLogger(__name__)

DEFAULT_URL = "wirecoder.db"


def content_hash(doc: Document) -> str:
    """Return the identity of an input: sha256 of its text, or of its failure when it has none."""
    article = doc.article
    if doc.error and not article.text.strip():
        key = f"error\n{article.id}\n{doc.error}"
    else:
        key = article.text
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def event_uid(article_hash: str, position: int) -> str:
    """Return the stable id of the event at ``position`` in the article with this hash."""
    return f"{article_hash[:16]}-{position + 1}"


def sqlite_path(url: str) -> str:
    """Return the SQLite file path a database URL names (a plain path or sqlite:///path)."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    if url.startswith("sqlite://"):
        return url[len("sqlite://") :] or ":memory:"
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise StoreError(
            f"database URL {url!r}: the {scheme} backend is not available; use a SQLite file "
            "path such as ./wirecoder.db (or sqlite:///path/to/file.db)"
        )
    return url


def explain(exc: sqlite3.Error, path: str) -> StoreError:
    """Turn a SQLite failure into a StoreError that says what to do."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        hint = "the database file (or its folder) is read-only; make it writable or use --db"
    elif "disk is full" in lowered or "disk i/o" in lowered:
        hint = "the disk is full or failing; free space or point --db at another disk"
    elif "locked" in lowered or "busy" in lowered:
        hint = "another process holds a write lock; wait for it to finish and retry"
    elif "not a database" in lowered or "malformed" in lowered:
        hint = "the file is not a wirecoder SQLite database (or is damaged); check --db"
    elif "unable to open" in lowered:
        hint = "the file cannot be opened; check that its folder exists and is writable"
    else:
        hint = "see the SQLite message above"
    return StoreError(f"database {path}: {text}: {hint}")


class SQLiteStore:
    """An event database in one SQLite file (or in memory for ':memory:')."""

    def __init__(self, url: str = DEFAULT_URL, *, readonly: bool = False) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.readonly = readonly
        self.conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        path = self.path
        if self.readonly and path != ":memory:" and not Path(path).exists():
            raise StoreError(
                f"database {path} does not exist; create it with `wirecoder ingest` "
                "or point --db / WIRECODER_DB at an existing one"
            )
        try:
            if self.readonly and path != ":memory:":
                uri = Path(path).resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
            else:
                conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if not self.readonly:
                conn.execute("PRAGMA journal_mode = WAL")  # readers go on while ingest writes
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
            else:
                self._check_schema(conn)
        except sqlite3.Error as exc:
            raise explain(exc, path) from exc
        return conn

    @staticmethod
    def _check_schema(conn: sqlite3.Connection) -> None:
        has = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if not has:
            raise StoreError("the database has no wirecoder schema; create it with ingest")
        from wirecoder.store.migrations import MIGRATIONS

        done = set(applied(conn))
        missing = [m.name for m in MIGRATIONS if m.name not in done]
        if missing:
            raise StoreError(
                f"the database lacks schema migration(s) {', '.join(missing)}; open it once for "
                "writing (e.g. `wirecoder ingest` with no input) to upgrade it"
            )

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrations(self) -> list[str]:
        """Return the names of the schema migrations this database has had."""
        return applied(self.conn)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read query and return its rows, turning SQLite failures into StoreError."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    def known(self, hashes: Iterable[str]) -> set[str]:
        """Return which of these content hashes are already stored."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.query(f"SELECT hash FROM articles WHERE hash IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def write(self, coded: Iterable[tuple[Document, Extraction]]) -> int:
        """Store coded articles in one transaction; return how many were new."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        added = 0
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for doc, result in coded:
                    added += self._write_one(doc, result, now)
            except BaseException:
                self.conn.rollback()
                raise
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise explain(exc, self.path) from exc
        return added

    def _write_one(self, doc: Document, result: Extraction, now: str) -> int:
        article = doc.article
        digest = content_hash(doc)
        record = result.to_dict()
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO articles (hash, id, title, text, date, source, url, "
            "ingested_at, status, error, warnings, meta, result) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                digest,
                article.id,
                article.title,
                article.text,
                article.date,
                article.source,
                article.url,
                now,
                result.status,
                result.error,
                json.dumps(list(result.warnings), ensure_ascii=False),
                json.dumps(result.meta, ensure_ascii=False),
                json.dumps(record, ensure_ascii=False),
            ),
        )
        if cur.rowcount == 0:
            return 0  # the same content is already stored
        self._write_annotations(cur.lastrowid, digest, article.text, result)
        if result.status == "ok":  # the input now reads: its earlier read failure is resolved
            self.conn.execute(
                "DELETE FROM articles WHERE id = ? AND status = 'error' AND text = ''",
                (article.id,),
            )
        return 1

    def forget_errors(self, hashes: Iterable[str]) -> int:
        """Delete the stored error articles among these hashes (to code them again)."""
        wanted = list(hashes)
        marks = ",".join("?" * len(wanted))
        try:
            cur = self.conn.execute(
                f"DELETE FROM articles WHERE status = 'error' AND hash IN ({marks})", wanted
            )
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc
        return cur.rowcount

    def _write_annotations(self, pk: int, digest: str, text: str, result: Extraction) -> None:
        run = self.conn.executemany
        run(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (pk, i, e.id, e.name, e.type, e.country, e.sector, e.title, e.affiliation)
                + (e.code, e.rule, len(e.mentions))
                for i, e in enumerate(result.entities)
            ],
        )
        run(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (pk, i, j, m.start, m.end, m.text, m.kind, m.rule)
                for i, e in enumerate(result.entities)
                for j, m in enumerate(e.mentions)
            ],
        )
        run(
            "INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (pk, i, t.id, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, t.rule)
                for i, t in enumerate(result.times)
            ],
        )
        run(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (pk, i, p.id, p.start, p.end, p.text, p.name, p.country, p.admin1, p.lat, p.lon)
                + (p.geonameid, p.feature, p.entity, int(p.metonym), p.confidence, p.rule, p.near)
                for i, p in enumerate(result.places)
            ],
        )
        run(
            f"INSERT INTO events VALUES ({', '.join('?' * 37)})",
            [_event_row(pk, digest, i, event, text) for i, event in enumerate(result.events)],
        )
        run(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (pk, i, q.id, q.start, q.end, q.text, q.kind)
                + _speaker(q.speaker)
                + ((q.cue.start, q.cue.end, q.cue.text) if q.cue else (None, None, None))
                + (q.rule,)
                for i, q in enumerate(result.quotes)
            ],
        )


def _speaker(speaker: Any) -> tuple[Any, ...]:
    if speaker is None:
        return (None, None, None, None)
    return (speaker.text, speaker.entity, speaker.start, speaker.end)


def _actor(actor: Any) -> tuple[Any, ...]:
    if actor is None:
        return (None,) * 7
    return (
        actor.entity,
        actor.text,
        actor.country,
        actor.sector,
        actor.code,
        actor.start,
        actor.end,
    )


def _event_row(pk: int, digest: str, position: int, event: Event, text: str) -> tuple[Any, ...]:
    trigger, evidence = event.trigger, event.evidence
    return (
        (event_uid(digest, position), pk, position, event.id, event.cameo, event.plover)
        + (event.mode,)
        + _actor(event.source)
        + _actor(event.target)
        + (event.date, event.date_end, event.date_precision, event.place, event.status)
        + (event.reported_by, trigger.start, trigger.end)
        + (trigger.text if trigger.text is not None else text[trigger.start : trigger.end],)
        + (evidence.start, evidence.end)
        + (evidence.text if evidence.text is not None else text[evidence.start : evidence.end],)
        + (event.confidence, event.rule, 1 + len(event.repeats), event.dated_by)
    )
