"""Exports of the event database: JSON Lines, CSV, Parquet, GDELT 2.0 event rows, PLOVER JSON.

``jsonl`` writes one contract record per article (with its text and metadata, so it can be
ingested again); the other formats write one row per event.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from wirecoder.errors import StoreError
from wirecoder.store.queries import EventRow, events
from wirecoder.store.sqlite import SQLiteStore

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")

GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode "
    "Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode "
    "Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions "
    "NumSources NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code "
    "Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code "
    "Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code "
    "ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()

_FULL_EVENTS = """
SELECT e.*, a.id AS article_id, a.hash, a.date AS article_date, a.url, a.title, a.source,
       a.ingested_at, p.name AS place_name, p.country AS place_country, p.admin1 AS place_admin1,
       p.lat AS place_lat, p.lon AS place_lon, p.geonameid AS place_geonameid,
       p.feature AS place_feature
FROM events e
JOIN articles a ON a.pk = e.article
LEFT JOIN places p ON p.article = e.article AND p.id = e.place
ORDER BY a.pk, e.position
"""


def export(store: SQLiteStore, fmt: str, out: TextIO | str | Path) -> int:
    """Write the database in ``fmt`` to a text stream (or, for parquet, a file); return rows."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, str | Path):
            raise StoreError("parquet is a binary format: give an output file with --output")
        return write_parquet(store, Path(out))
    if isinstance(out, str | Path):
        with Path(out).open("w", encoding="utf-8", newline="") as handle:
            return export(store, fmt, handle)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "gdelt": write_gdelt, "plover": write_plover}
    return writer[fmt](store, out)


def write_jsonl(store: SQLiteStore, out: TextIO) -> int:
    """Write one contract record per article, with text and metadata so it can be re-ingested."""
    count = 0
    for row in store.query("SELECT * FROM articles ORDER BY pk"):
        record = json.loads(row["result"])
        record.update(
            text=row["text"],
            title=row["title"],
            date=row["date"],
            source=row["source"],
            url=row["url"],
            hash=row["hash"],
            ingested_at=row["ingested_at"],
        )
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(store: SQLiteStore, out: TextIO) -> int:
    """Write one CSV row per event, with a header row."""
    rows = events(store, limit=None)
    names = [f.name for f in dataclasses.fields(EventRow)]
    writer = csv.writer(out)
    writer.writerow(names)
    for row in rows:
        writer.writerow(["" if v is None else v for v in dataclasses.astuple(row)])
    return len(rows)


def write_parquet(store: SQLiteStore, path: Path) -> int:
    """Write one Parquet row per event (through DuckDB)."""
    from wirecoder.store.analytics import duckdb_connect

    frame = events(store, limit=None, frame=True)
    con = duckdb_connect(None)
    con.register("events_frame", frame)
    target = str(path).replace("'", "''")
    con.execute(f"COPY (SELECT * FROM events_frame) TO '{target}' (FORMAT parquet)")
    con.close()
    return len(frame)


def _gdelt_geo(row: Any) -> list[Any]:
    if row["place_name"] is None and row["place_country"] is None:
        return [""] * 8
    feature = row["place_feature"] or ""
    if feature.startswith("PCL"):
        kind = 1
    elif feature.startswith("ADM"):
        kind = 2 if row["place_country"] == "USA" else 5
    else:
        kind = 3 if row["place_country"] == "USA" else 4
    return [
        kind,
        row["place_name"] or "",
        row["place_country"] or "",
        row["place_admin1"] or "",
        "",
        row["place_lat"] if row["place_lat"] is not None else "",
        row["place_lon"] if row["place_lon"] is not None else "",
        row["place_geonameid"] or "",
    ]


def _quad(cameo: str) -> Any:
    """GDELT QuadClass of a CAMEO code: 01-05 verbal cooperation, 06-08 material cooperation,
    09-13 verbal conflict, 14-20 material conflict."""
    root = cameo[:2]
    if not root.isdigit():
        return ""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def _gdelt_actor(row: Any, side: str) -> list[Any]:
    country, sector = row[f"{side}_country"], row[f"{side}_sector"]
    code = row[f"{side}_code"] or ((country or "") + (sector or ""))
    return [code, (row[f"{side}_text"] or "").upper(), country or "", "", "", "", ""] + [
        sector or "",
        "",
        "",
    ]


def gdelt_id(uid: str) -> int:
    """Return a stable integer GLOBALEVENTID for an event uid (article hash + position)."""
    prefix, position = uid.rsplit("-", 1)
    return int(prefix[:12], 16) * 1000 + int(position)


def gdelt_rows(store: SQLiteStore) -> Iterator[list[Any]]:
    """Yield one GDELT 2.0 event row (61 values, empty where we have none) per stored event."""
    for row in store.query(_FULL_EVENTS):
        day = (row["date"] or row["article_date"] or "")[:10]
        ymd = day.replace("-", "")
        year = ymd[:4]
        fraction = ""
        if len(ymd) == 8:
            fraction = f"{int(year) + (int(ymd[4:6]) - 1) / 12 + (int(ymd[6:8]) - 1) / 365:.4f}"
        cameo = row["cameo"] or ""
        geo = _gdelt_geo(row)
        added = (row["ingested_at"] or "").replace("-", "").replace("T", "").replace(":", "")
        values = (
            [gdelt_id(row["uid"]), ymd, ymd[:6], year, fraction]
            + _gdelt_actor(row, "source")
            + _gdelt_actor(row, "target")
            + ["", cameo, cameo[:3], cameo[:2], _quad(cameo), "", row["mentions"], 1, 1, ""]
            + [""] * 8  # Actor1Geo: we locate the event, not each actor
            + [""] * 8
            + geo
            + [added[:14], row["url"] or ""]
        )
        yield values


def write_gdelt(store: SQLiteStore, out: TextIO) -> int:
    """Write GDELT 2.0 event rows: 61 tab-separated columns in GDELT's order, no header."""
    count = 0
    for values in gdelt_rows(store):
        cells = [str(v).replace("\t", " ").replace("\n", " ") for v in values]
        out.write("\t".join(cells) + "\n")
        count += 1
    return count


def plover_records(store: SQLiteStore) -> Iterator[dict[str, Any]]:
    """Yield one PLOVER-style JSON record per stored event."""
    for row in store.query(_FULL_EVENTS):

        def actor(side: str, row: Any = row) -> dict[str, Any] | None:
            if row[f"{side}_text"] is None and row[f"{side}_country"] is None:
                return None
            return {
                "name": row[f"{side}_text"],
                "country": row[f"{side}_country"],
                "sector": row[f"{side}_sector"],
                "code": row[f"{side}_code"],
            }

        location = None
        if row["place_name"] or row["place_country"]:
            location = {
                "name": row["place_name"],
                "country": row["place_country"],
                "admin1": row["place_admin1"],
                "lat": row["place_lat"],
                "lon": row["place_lon"],
                "geonameid": row["place_geonameid"],
            }
        yield {
            "id": row["uid"],
            "date": row["date"] or row["article_date"],
            "date_end": row["date_end"],
            "event": row["plover"],
            "mode": row["mode"],
            "context": [],
            "actor": actor("source"),
            "recipient": actor("target"),
            "location": location,
            "status": row["status"],
            "cameo": row["cameo"],
            "text": row["evidence_text"],
            "confidence": row["confidence"],
            "rule": row["rule"],
            "story": {
                "id": row["article_id"],
                "date": row["article_date"],
                "title": row["title"],
                "source": row["source"],
                "url": row["url"],
            },
        }


def write_plover(store: SQLiteStore, out: TextIO) -> int:
    """Write PLOVER-style JSON records, one per line."""
    count = 0
    for record in plover_records(store):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
