"""Spark in local mode codes articles exactly as `wirecoder extract` does (issue 11)."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from scale_articles import ARTICLES, write_jsonl
from wirecoder.cli import app
from wirecoder.scale.table import COLUMNS, contract_of

pytest.importorskip("pyspark", reason="Spark tests need the spark extra: pip install -e '.[dev]'")
if shutil.which("java") is None:
    pytest.skip(
        "Spark needs Java 17 on the PATH (apt-get install openjdk-17-jre)", allow_module_level=True
    )

cli = CliRunner()


@pytest.fixture(scope="module")
def spark():
    """One local Spark session for the module, stopped at the end."""
    from wirecoder.scale.spark import session

    started = session("local[2]")
    started.conf.set("spark.sql.shuffle.partitions", "2")
    yield started
    started.stop()


def test_spark_command_writes_what_extract_prints(tmp_path, spark) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "coded"
    result = cli.invoke(
        app, ["spark", "--input", str(path), "--output", str(out), "--master", "local[2]"]
    )
    assert result.exit_code == 0, result.output
    rows = spark.read.parquet(str(out)).toPandas().to_dict("records")
    extracted = cli.invoke(app, ["extract", "--jsonl", "--workers", "1", str(path)])
    expected = {row["id"]: row for row in map(json.loads, extracted.stdout.splitlines())}
    assert sorted(row["id"] for row in rows) == sorted(expected)
    for row in rows:
        assert contract_of(row) == expected[row["id"]]
    assert {row["id"]: row["text"] for row in rows} == {a["id"]: a["text"] for a in ARTICLES}


def test_rows_that_are_not_articles_come_back_as_errors(spark) -> None:
    from wirecoder.scale.spark import code_dataframe

    frame = spark.createDataFrame(
        [
            ("ok-1", "Kenya held talks with Ethiopia in Nairobi.", "2024-05-14"),
            (None, "Rain fell in Oslo on Monday.", None),
            ("empty", "   ", "2024-05-14"),
            ("bad-date", "Chile signed a deal.", "not a date"),
        ],
        schema="id string, text string, date string",
    )
    rows = {r["id"]: r for r in code_dataframe(frame).collect()}
    assert len(rows) == 4
    assert list(code_dataframe(frame).columns) == list(COLUMNS)
    assert rows["ok-1"]["status"] == "ok" and rows["ok-1"]["date"] == "2024-05-14"
    assert rows["empty"]["status"] == "error" and "empty" in rows["empty"]["error"]
    assert rows["bad-date"]["status"] == "error" and "not a valid date" in rows["bad-date"]["error"]
    unnamed = [r for key, r in rows.items() if key.startswith("sha1:")]
    assert len(unnamed) == 1 and unnamed[0]["status"] == "ok"


def test_a_frame_without_text_is_refused_with_the_columns_it_has(spark) -> None:
    from wirecoder.errors import InputError
    from wirecoder.scale.spark import code_dataframe

    frame = spark.createDataFrame([("a", "words")], schema="id string, body string")
    with pytest.raises(InputError, match="no 'text' column.*id, body"):
        code_dataframe(frame)
