"""The event database: SQLite by default, queried from Python and the command line.

    >>> from wirecoder.store import open_store
    >>> with open_store(":memory:") as store:
    ...     store.migrations()[0]
    '0001_articles_and_annotations'

:func:`open_store` takes a database URL: a file path (``./wirecoder.db``), ``sqlite:///path``
or ``:memory:``. Other backends (PostgreSQL) would plug in here behind the same methods; the
stages never see the database.
"""

from __future__ import annotations

from wirecoder.store.sqlite import DEFAULT_URL, SQLiteStore, content_hash, event_uid

__all__ = ["DEFAULT_URL", "SQLiteStore", "content_hash", "event_uid", "open_store"]


def open_store(url: str = DEFAULT_URL, *, readonly: bool = False) -> SQLiteStore:
    """Open (creating and upgrading unless ``readonly``) the event database at ``url``."""
    return SQLiteStore(url, readonly=readonly)
