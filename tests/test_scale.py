"""Many cores on one machine: the worker-process runner, `--workers`, and Parquet in and out."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from typer.testing import CliRunner

from scale_articles import ARTICLES, write_jsonl
from wirecoder.cli import app
from wirecoder.config import Settings
from wirecoder.model import Article, Document
from wirecoder.scale import Runner
from wirecoder.scale.table import contract_of, read_articles, read_results, to_row, write_parquet
from wirecoder.stages.parse import Parse

cli = CliRunner()


def _docs(records: list[dict]) -> list[Document]:
    return [
        Document(article=Article(id=r["id"], text=r["text"], date=r.get("date"))) for r in records
    ]


class WhoCodes:
    """A test stage that notes which process and which stage object coded each article."""

    name = "who.v1"
    requires = ("parsed",)
    produces = ("warnings",)

    def __call__(self, doc: Document) -> Document:
        return doc.warn(f"{os.getpid()}:{id(self)}")


class DiesOn:
    """A test stage whose process dies (as if killed) on an article containing a word."""

    name = "dies.v1"
    requires = ("parsed",)
    produces = ()

    def __init__(self, word: str) -> None:
        self.word = word

    def __call__(self, doc: Document) -> Document:
        if self.word in doc.article.text:
            os._exit(3)
        return doc


BLANK = Settings(model="blank:en", batch_size=1)


def _numbered(n: int) -> list[Document]:
    return [
        Document(article=Article(id=f"n{i}", text=f"Article number {i} says little."))
        for i in range(n)
    ]


def test_two_workers_print_what_one_prints_in_input_order(tmp_path) -> None:
    records = [{**r, "id": f"{r['id']}-{i}"} for i, r in enumerate(ARTICLES * 3)]
    lines = [json.dumps(r) for r in records]
    lines.insert(5, "{not json")  # a bad line stays in its place, as an error record
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = cli.invoke(app, ["extract", "--jsonl", "--workers", "1", "--batch-size", "2", str(path)])
    two = cli.invoke(app, ["extract", "--jsonl", "--workers", "2", "--batch-size", "2", str(path)])
    assert one.exit_code == 1 and two.exit_code == 1, two.output  # 1: one article failed
    rows = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in records[:5]] + ["in.jsonl:6"] + [
        r["id"] for r in records[5:]
    ]
    assert rows[5]["status"] == "error" and "malformed JSON" in rows[5]["error"]
    assert two.stdout == one.stdout
    assert any(r["entities"] for r in rows)


def test_each_worker_builds_its_stages_once_and_the_parent_codes_none() -> None:
    with Runner(settings=BLANK, workers=2, stages=(Parse(settings=BLANK), WhoCodes())) as runner:
        results = list(runner.stream(_numbered(10)))
    assert [r.id for r in results] == [f"n{i}" for i in range(10)]
    coders = {r.warnings[0] for r in results}
    pids = {coder.split(":")[0] for coder in coders}
    assert str(os.getpid()) not in pids
    assert 1 <= len(pids) <= 2
    assert len(coders) == len(pids)  # one stage object per worker process, reused batch after batch


def test_automatic_choice_codes_small_inputs_here_and_large_ones_in_workers() -> None:
    stages = (Parse(settings=BLANK), WhoCodes())
    with Runner(settings=BLANK, stages=stages, auto_after=4) as runner:
        small = list(runner.stream(_numbered(4)))
        large = list(runner.stream(_numbered(5)))
    assert {r.warnings[0].split(":")[0] for r in small} == {str(os.getpid())}
    assert str(os.getpid()) not in {r.warnings[0].split(":")[0] for r in large}
    assert [r.id for r in large] == [f"n{i}" for i in range(5)]


def test_a_worker_that_dies_costs_only_its_article() -> None:
    docs = _numbered(6)
    docs[3] = Document(article=Article(id="boom", text="This one holds the word KILLME."))
    stages = (Parse(settings=BLANK), DiesOn("KILLME"))
    with Runner(settings=BLANK, workers=2, stages=stages) as runner:
        results = list(runner.stream(docs))
    assert [r.id for r in results] == [d.article.id for d in docs]
    assert [r.status for r in results] == ["ok", "ok", "ok", "error", "ok", "ok"]
    assert "worker process" in results[3].error and "--workers 1" in results[3].error


def test_a_pool_that_broke_between_batches_codes_the_next_ones() -> None:
    stages = (Parse(settings=BLANK), DiesOn("KILLME"))
    boom = [Document(article=Article(id="boom", text="This one holds the word KILLME."))]
    with Runner(settings=BLANK, workers=2, stages=stages) as runner:
        # a worker dies while the parent is still handing out batches: the next submit finds
        # the pool broken, which must cost nothing but a retry
        assert runner._submit(boom, 2).exception(timeout=60) is not None
        results = list(runner.stream(_numbered(5)))
    assert [r.id for r in results] == [f"n{i}" for i in range(5)]
    assert [r.status for r in results] == ["ok"] * 5


def _stored(db: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


def test_ingest_with_two_workers_stores_what_one_worker_stores(tmp_path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    dbs = [str(tmp_path / "one.db"), str(tmp_path / "two.db")]
    for workers, db in zip(("1", "2"), dbs, strict=True):
        args = ["ingest", str(path), "--db", db, "--workers", workers, "--model", "blank:en"]
        result = cli.invoke(app, [*args, "--no-progress"])
        assert result.exit_code == 0, result.output
    sql = "SELECT id FROM articles ORDER BY rowid"
    assert _stored(dbs[1], sql) == _stored(dbs[0], sql) == [(r["id"],) for r in ARTICLES]
    count = "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM quotes)"
    assert _stored(dbs[1], count) == _stored(dbs[0], count)


def test_ingest_stores_parquet_results_without_coding_them_again(tmp_path, pipeline) -> None:
    docs = _docs(ARTICLES)
    results = list(pipeline.stream(docs))
    out = tmp_path / "coded"
    out.mkdir()
    write_parquet(zip(docs, results, strict=True), out / "part-0.parquet")
    db = str(tmp_path / "events.db")
    # a model that does not exist: storing must not need one
    args = ["ingest", str(out), "--db", db, "--model", "no_such_model", "--no-progress"]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert _stored(db, "SELECT id FROM articles ORDER BY rowid") == [(r["id"],) for r in ARTICLES]
    quotes = sum(len(r.quotes) for r in results)
    assert _stored(db, "SELECT count(*) FROM quotes") == [(quotes,)]
    again = cli.invoke(app, args)
    assert "skipped 4 already stored" in again.output


def test_zero_workers_is_a_usage_error(tmp_path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    result = cli.invoke(app, ["extract", "--jsonl", "--workers", "0", str(path)])
    assert result.exit_code == 2
    assert "--workers must be at least 1" in result.output


def test_parquet_results_round_trip_to_the_contract_and_the_article(tmp_path, pipeline) -> None:
    docs = _docs(ARTICLES)
    results = list(pipeline.stream(docs))
    out = tmp_path / "coded.parquet"
    assert write_parquet(zip(docs, results, strict=True), out) == len(docs)
    back = list(read_results(out))
    assert [doc.article.text for doc, _ in back] == [d.article.text for d in docs]
    assert [r.to_dict() for _, r in back] == [r.to_dict() for r in results]
    assert contract_of(to_row(docs[0], results[0])) == results[0].to_dict()


def test_parquet_articles_are_read_with_dates_and_bad_rows_kept(tmp_path) -> None:
    pa = pytest.importorskip("pyarrow")
    import datetime as dt

    import pyarrow.parquet as pq

    table = pa.table(
        {
            "id": ["a", None, "c"],
            "text": ["Kenya held talks with Ethiopia.", "Rain fell in Oslo.", ""],
            "date": [dt.datetime(2024, 5, 14, 9, 30), None, dt.datetime(2024, 5, 16)],
        }
    )
    path = tmp_path / "articles.parquet"
    pq.write_table(table, path)
    docs = list(read_articles(path))
    assert [d.article.date for d in docs[:2]] == ["2024-05-14", None]
    assert docs[1].article.id.startswith("sha1:") and not docs[1].error
    assert docs[2].error and "empty" in docs[2].error
    again = list(read_articles(path))
    assert again[1].article.id == docs[1].article.id  # the same id on every read
