"""Exports: JSON Lines round-trips, CSV and Parquet hold the events, GDELT rows have 61 columns."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from storecases import ARTICLES, HandCoder
from wirecoder.errors import StoreError
from wirecoder.model import Extraction, Span
from wirecoder.read import from_text
from wirecoder.read.folders import read_paths
from wirecoder.store import open_store, queries
from wirecoder.store.analytics import sql
from wirecoder.store.export import GDELT_COLUMNS, export
from wirecoder.store.ingest import ingest


@pytest.fixture
def db_path(tmp_path) -> str:
    """A database file holding the three hand-coded articles and one bad input."""
    path = str(tmp_path / "events.db")
    bad = tmp_path / "bad.txt"
    bad.write_text("")
    with open_store(path) as store:
        ingest(store, [from_text(**a) for a in ARTICLES], HandCoder())
        ingest(store, read_paths([str(bad)]), HandCoder())
    return path


def _export(path: str, fmt: str) -> str:
    out = io.StringIO()
    with open_store(path, readonly=True) as store:
        export(store, fmt, out)
    return out.getvalue()


def test_jsonl_export_round_trips_through_ingest(db_path, tmp_path) -> None:
    lines = [json.loads(line) for line in _export(db_path, "jsonl").splitlines()]
    assert len(lines) == 4 and sum(line["status"] == "error" for line in lines) == 1
    copy = tmp_path / "export.jsonl"
    copy.write_text(_export(db_path, "jsonl"))
    with open_store(str(tmp_path / "copy.db")) as again:
        ingest(again, read_paths([str(copy)]), HandCoder())
        copied = {row["hash"] for row in again.query("SELECT hash FROM articles")}
    originals = {line["hash"] for line in lines if line["status"] == "ok"}
    assert originals <= copied, "re-ingesting the export must give the same article identities"
    with open_store(db_path, readonly=True) as store:
        for line in lines:
            if line["status"] == "ok":
                assert Extraction.from_dict(line) == queries.show(store, line["id"])[1]


def test_csv_export_has_a_header_and_one_row_per_event(db_path) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(db_path, "csv"))))
    assert sorted(row["plover"] for row in rows) == ["ACCUSE", "CONSULT"]
    consult = next(row for row in rows if row["plover"] == "CONSULT")
    assert (consult["source_country"], consult["place"], consult["status"]) == (
        "KEN",
        "Nairobi",
        "planned",
    )


def test_gdelt_rows_have_61_columns_in_gdelt_order(db_path) -> None:
    assert len(GDELT_COLUMNS) == 61
    rows = [line.split("\t") for line in _export(db_path, "gdelt").splitlines()]
    assert len(rows) == 2 and all(len(row) == 61 for row in rows)
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    accuse = next(row for row in rows if row[col["EventCode"]] == "112")
    assert accuse[col["SQLDATE"]] == "20240303" and accuse[col["Year"]] == "2024"
    assert accuse[col["Actor1Code"]] == "PAKGOV" and accuse[col["Actor1CountryCode"]] == "PAK"
    assert accuse[col["Actor2Name"]] == "INDIA" and accuse[col["Actor1Type1Code"]] == "GOV"
    assert (accuse[col["EventRootCode"]], accuse[col["QuadClass"]]) == ("11", "3")
    assert accuse[col["ActionGeo_FullName"]] == "Islamabad"
    assert accuse[col["ActionGeo_Type"]] == "4" and accuse[col["ActionGeo_Lat"]] == "33.72"
    assert accuse[col["SOURCEURL"]] == "https://news.example.org/1"
    assert accuse[col["GoldsteinScale"]] == ""  # a value we do not have stays empty
    assert len({row[col["GLOBALEVENTID"]] for row in rows}) == 2
    assert {row[col["NumMentions"]] for row in rows} == {"1"}  # each told once


def test_plover_records_name_actor_recipient_event_and_mode(db_path) -> None:
    records = [json.loads(line) for line in _export(db_path, "plover").splitlines()]
    consult = next(r for r in records if r["event"] == "CONSULT")
    assert consult["actor"]["country"] == "KEN" and consult["recipient"]["name"] == "Ethiopia"
    assert consult["mode"] == "visit" and consult["location"]["geonameid"] == 184745
    assert consult["date"] == "2024-05-20" and consult["story"]["id"] == "wire-2"


def test_parquet_export_reads_back_in_duckdb(db_path, tmp_path) -> None:
    duckdb = pytest.importorskip("duckdb")
    target = tmp_path / "events.parquet"
    with open_store(db_path, readonly=True) as store:
        assert export(store, "parquet", target) == 2
        with pytest.raises(StoreError, match="binary"):
            export(store, "parquet", io.StringIO())
    rows = duckdb.sql(f"SELECT plover, source_country FROM '{target}' ORDER BY plover").fetchall()
    assert rows == [("ACCUSE", "PAK"), ("CONSULT", "KEN")]


def test_duckdb_reads_the_same_tables(db_path) -> None:
    pytest.importorskip("duckdb")
    names, rows = sql(
        db_path, "SELECT status, count(*) AS n FROM articles GROUP BY status ORDER BY status"
    )
    assert names == ["status", "n"] and rows == [("error", 1), ("ok", 3)]
    _, joined = sql(
        db_path,
        "SELECT e.plover, p.name FROM events e JOIN places p "
        "ON p.article = e.article AND p.id = e.place ORDER BY e.plover",
    )
    assert joined == [("ACCUSE", "Islamabad"), ("CONSULT", "Nairobi")]


def test_an_unknown_format_is_refused(db_path) -> None:
    with open_store(db_path, readonly=True) as store, pytest.raises(StoreError, match="gdelt"):
        export(store, "xml", io.StringIO())


def test_an_event_its_article_tells_twice_counts_two_mentions(tmp_path) -> None:
    class Retelling(HandCoder):
        """The hand coder, with each event told again in the article's first sentence."""

        def stream(self, docs):
            for result in super().stream(docs):
                told_again = tuple(
                    replace(e, repeats=(Span(0, 10),), dated_by="report") for e in result.events
                )
                yield replace(result, events=told_again)

    path = str(tmp_path / "retold.db")
    with open_store(path) as store:
        ingest(store, [from_text(**a) for a in ARTICLES], Retelling())
        rows = store.query("SELECT mentions, dated_by FROM events")
        assert {(row["mentions"], row["dated_by"]) for row in rows} == {(2, "report")}
    col = GDELT_COLUMNS.index("NumMentions")
    rows = [line.split("\t") for line in _export(path, "gdelt").splitlines()]
    assert rows and {row[col] for row in rows} == {"2"}
