"""Dask codes a DataFrame of articles exactly as the pipeline does (issue 11)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from scale_articles import ARTICLES, write_jsonl
from wirecoder.cli import app
from wirecoder.model import Article, Document
from wirecoder.scale.table import COLUMNS, contract_of

dd = pytest.importorskip("dask.dataframe", reason="Dask tests need the dask extra (.[dev])")
pd = pytest.importorskip("pandas")

cli = CliRunner()


def test_dask_on_two_processes_codes_as_the_pipeline_does(pipeline) -> None:
    import dask

    from wirecoder.scale.dask import code_dataframe

    frame = dd.from_pandas(pd.DataFrame(ARTICLES), npartitions=2)
    with dask.config.set(scheduler="processes", num_workers=2):
        rows = code_dataframe(frame).compute().to_dict("records")
    docs = [Document(article=Article(**a)) for a in ARTICLES]
    expected = [r.to_dict() for r in pipeline.stream(docs)]
    assert [contract_of(row) for row in rows] == expected  # same rows, in input order
    assert list(rows[0]) == list(COLUMNS)


def test_dask_command_reads_jsonl_and_writes_parquet_like_extract(tmp_path) -> None:
    records = [*ARTICLES, {"id": "blank", "text": ""}]
    path = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "coded"
    args = ["dask", "--input", str(path), "--output", str(out), "--scheduler", "synchronous"]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "5 article(s) coded" in result.output
    rows = pd.read_parquet(out).to_dict("records")
    extracted = cli.invoke(
        app,
        ["extract", "--jsonl", "--workers", "1", str(write_jsonl(tmp_path / "ok.jsonl", ARTICLES))],
    )
    expected = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert [contract_of(row) for row in rows[:4]] == expected
    assert rows[4]["id"] == "blank" and rows[4]["status"] == "error"
