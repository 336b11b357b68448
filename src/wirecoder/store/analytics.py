"""DuckDB over the event database, for analytics and Parquet, with nothing downloaded.

DuckDB reads the SQLite file through its ``sqlite`` extension when that is installed locally;
otherwise the tables are handed to DuckDB through pandas. DuckDB is never allowed to fetch an
extension at run time.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from wirecoder.errors import StoreError

log = logging.getLogger(__name__)

TABLES = ("articles", "entities", "mentions", "times", "places", "events", "quotes", "links")


def duckdb_connect(sqlite_path: str | None) -> Any:
    """Return an in-memory DuckDB connection with the database's tables as views (if a path)."""
    try:
        import duckdb
    except ImportError as exc:
        raise StoreError(
            "DuckDB is not installed; install it with `pip install 'wirecoder[analytics]'`"
        ) from exc
    con = duckdb.connect(
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    )
    if sqlite_path is None:
        return con
    try:
        con.execute("LOAD sqlite")
        safe = sqlite_path.replace("'", "''")
        con.execute(f"ATTACH '{safe}' AS db (TYPE sqlite, READ_ONLY)")
        for table in TABLES:
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM db.{table}")
        return con
    except duckdb.Error:
        log.info("DuckDB's sqlite extension is not installed; loading the tables through pandas")
    import pandas as pd

    try:
        source = sqlite3.connect(Path(sqlite_path).resolve().as_uri() + "?mode=ro", uri=True)
        for table in TABLES:
            frame = pd.read_sql_query(f"SELECT * FROM {table}", source)
            con.register(table, frame)
        source.close()
    except (sqlite3.Error, pd.errors.DatabaseError) as exc:
        raise StoreError(f"database {sqlite_path}: cannot be read for DuckDB ({exc})") from exc
    return con


def sql(sqlite_path: str, query: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one DuckDB query over the database; return its column names and rows."""
    import duckdb

    con = duckdb_connect(sqlite_path)
    try:
        result = con.execute(query)
        names = [column[0] for column in result.description or ()]
        return names, result.fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"DuckDB could not run the query: {exc}") from exc
    finally:
        con.close()
