"""The database schema: named migrations, upgrade in place, WAL, and clear storage errors."""

from __future__ import annotations

import sqlite3

import pytest

from storecases import ARTICLES, HandCoder
from wirecoder.errors import StoreError
from wirecoder.read import from_text
from wirecoder.store import open_store
from wirecoder.store.ingest import ingest
from wirecoder.store.migrations import MIGRATIONS, migrate


def test_a_new_database_gets_every_migration_and_the_contract_tables(tmp_path) -> None:
    with open_store(str(tmp_path / "new.db")) as store:
        assert store.migrations() == [m.name for m in MIGRATIONS]
        tables = {r[0] for r in store.query("SELECT name FROM sqlite_master")}
        mode = store.query("PRAGMA journal_mode")[0][0]
    assert {"articles", "entities", "mentions", "times", "places", "events", "quotes"} <= tables
    assert {"articles_fts", "links"} <= tables
    assert mode == "wal"


def test_an_old_database_is_upgraded_in_place_keeping_its_rows(tmp_path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=1)  # a database written by the first schema version
    conn.execute(
        "INSERT INTO articles (hash, id, text, ingested_at, status, result) "
        "VALUES ('abc123', 'old-1', 'Kenya signed a grain deal with Ethiopia.', "
        "'2026-01-01T00:00:00+00:00', 'ok', '{\"id\": \"old-1\"}')"
    )
    conn.close()
    inode = path.stat().st_ino

    with open_store(str(path)) as store:
        assert store.migrations() == [m.name for m in MIGRATIONS]
        assert [r["id"] for r in store.query("SELECT id FROM articles")] == ["old-1"]
        hits = store.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'grain'")
    assert len(hits) == 1, "the full-text index must cover articles stored before it existed"
    assert path.stat().st_ino == inode, "the file must be upgraded, not recreated"


def test_a_database_from_a_newer_wirecoder_is_refused(tmp_path) -> None:
    path = tmp_path / "newer.db"
    open_store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(str(path))


def test_reading_a_missing_database_says_how_to_create_one(tmp_path) -> None:
    with pytest.raises(StoreError, match="wirecoder ingest"):
        open_store(str(tmp_path / "absent.db"), readonly=True)


def test_writing_through_a_read_only_connection_is_a_clear_error(tmp_path) -> None:
    path = str(tmp_path / "ro.db")
    open_store(path).close()
    with open_store(path, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        ingest(store, [from_text(**ARTICLES[0])], HandCoder())


def test_a_full_disk_is_a_clear_error_and_keeps_earlier_articles(tmp_path) -> None:
    path = str(tmp_path / "full.db")
    with open_store(path) as store:
        ingest(store, [from_text(**ARTICLES[0])], HandCoder())
        pages = store.query("PRAGMA page_count")[0][0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk fills up
        big = {"id": "big", "text": "Kenya and Ethiopia met. " * 20_000}
        with pytest.raises(StoreError, match="disk is full"):
            ingest(store, [from_text(**big)], HandCoder())
        assert [r[0] for r in store.query("SELECT id FROM articles")] == ["wire-1"]


def test_other_database_backends_are_refused_with_the_alternative(tmp_path) -> None:
    with pytest.raises(StoreError, match="postgresql backend is not available"):
        open_store("postgresql://localhost/events")


def test_readers_are_not_blocked_while_an_ingest_writes(tmp_path) -> None:
    path = str(tmp_path / "wal.db")
    with open_store(path) as writer:
        ingest(writer, [from_text(**ARTICLES[0])], HandCoder())
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("UPDATE articles SET title = 'changing'")
        with open_store(path, readonly=True) as reader:  # reads the last committed state
            titles = [r[0] for r in reader.query("SELECT title FROM articles")]
        writer.conn.execute("ROLLBACK")
    assert titles == [ARTICLES[0]["title"]]
