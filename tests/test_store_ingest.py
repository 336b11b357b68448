"""Ingest: every contract field stored, idempotent, resumable after a kill, bad inputs kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from storecases import ARTICLES, HandCoder, code, many, write_jsonl
from wirecoder.read import from_text
from wirecoder.read.folders import read_paths
from wirecoder.store import content_hash, event_uid, open_store, queries
from wirecoder.store.ingest import ingest

TABLES = ("articles", "entities", "mentions", "times", "places", "events", "quotes")


def _docs(records):
    return [from_text(**record) for record in records]


def dump(store) -> dict[str, list[tuple]]:
    """Every stored row, ingest times left out, in a stable order."""
    out = {}
    for table in TABLES:
        columns = [r[1] for r in store.query(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in ("ingested_at", "pk")]
        if table == "articles":
            order = "hash"
            select = ", ".join(keep)
        else:
            order = "a.hash, t.rowid"
            select = ", ".join(f"t.{c}" for c in keep if c != "article") + ", a.hash"
        sql = (
            f"SELECT {select} FROM {table} t JOIN articles a ON a.pk = t.article ORDER BY {order}"
            if table != "articles"
            else f"SELECT {select} FROM articles ORDER BY {order}"
        )
        out[table] = [tuple(row) for row in store.query(sql)]
    return out


def test_every_contract_field_comes_back_from_the_database() -> None:
    docs = _docs(ARTICLES)
    with open_store(":memory:") as store:
        ingest(store, docs, HandCoder())
        for doc in docs:
            article, result = queries.show(store, doc.article.id)
            assert article == doc.article
            assert result == code(doc)
        events = store.query("SELECT * FROM events ORDER BY uid")
    accuse = next(e for e in events if e["plover"] == "ACCUSE")
    assert accuse["source_country"] == "PAK" and accuse["target_code"] == "INDGOV"
    assert accuse["evidence_text"] == "Pakistan accused India of shelling border posts on March 3."
    assert accuse["place"] == "p1" and accuse["reported_by"] == "q1"


class _NearCoder(HandCoder):
    """Adds, to each coded article with a place, an unknown place standing at that place."""

    def stream(self, docs):
        for result in super().stream(docs):
            if result.places:
                anchor = result.places[0]
                near = replace(
                    anchor,
                    id=f"p{len(result.places) + 1}",
                    name=anchor.text,
                    geonameid=None,
                    feature=None,
                    rule="places.near_named.v1",
                    near=anchor.id,
                )
                result = replace(result, places=(*result.places, near))
            yield result


def test_a_place_standing_at_another_keeps_the_link_in_its_row() -> None:
    docs = _docs(ARTICLES)
    with open_store(":memory:") as store:
        ingest(store, docs, _NearCoder())
        rows = store.query("SELECT id, near FROM places WHERE rule = 'places.near_named.v1'")
        assert rows and all(row["near"] == "p1" for row in rows)
        _, result = queries.show(store, "wire-1")
        assert result.places[-1].near == "p1"


def test_event_ids_come_from_the_article_hash_and_event_position() -> None:
    doc = _docs(ARTICLES[:1])[0]
    with open_store(":memory:") as store:
        ingest(store, [doc], HandCoder())
        uids = [r[0] for r in store.query("SELECT uid FROM events")]
    assert uids == [event_uid(content_hash(doc), 0)]
    assert uids[0].startswith(content_hash(doc)[:16])


def test_ingesting_the_same_articles_again_stores_nothing_new(tmp_path) -> None:
    path = str(tmp_path / "twice.db")
    coder = HandCoder()
    with open_store(path) as store:
        first = ingest(store, _docs(ARTICLES), coder)
        before = dump(store)
    again = [{**ARTICLES[0], "id": "the-same-text-under-another-id"}, *ARTICLES]
    with open_store(path) as store:
        second = ingest(store, _docs(again), coder)
        after = dump(store)
    assert (first.added, second.added, second.skipped) == (3, 0, 4)
    assert coder.coded == 3, "already-stored articles must not be coded again"
    assert after == before


def test_bad_inputs_are_stored_as_errors_and_the_rest_goes_on(tmp_path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_good.txt").write_text(ARTICLES[0]["text"], encoding="utf-8")
    (folder / "b_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "c_latin1.txt").write_bytes("Caf\xe9 talks in Nairobi.".encode("latin-1"))
    (folder / "d_broken.html").write_text("<html><body><div></div></body></html>")
    (folder / "e_lines.jsonl").write_text(
        '{"id": "ok-line", "text": "Kenya met Ethiopia."}\n{bad\n'
    )
    with open_store(":memory:") as store:
        report = ingest(store, read_paths([str(folder)]), HandCoder())
        failed = {row.article_id: row.error for row in queries.errors(store)}
        good = [r[0] for r in store.query("SELECT id FROM articles WHERE status = 'ok'")]
    assert report.errors == 4 and report.added == 6
    assert sorted(good) == [str(folder / "a_good.txt"), "ok-line"]
    assert "empty" in failed[str(folder / "b_empty.txt")]
    assert "not UTF-8" in failed[str(folder / "c_latin1.txt")]
    assert "no article text" in failed[str(folder / "d_broken.html")]
    assert "malformed JSON" in failed[f"{folder / 'e_lines.jsonl'}:2"]


def test_a_stage_failure_is_stored_with_its_text_and_reason() -> None:
    class Failing(HandCoder):
        def stream(self, docs):
            for doc in docs:
                yield doc.with_(error="stage events.v1 failed: boom").to_extraction()

    with open_store(":memory:") as store:
        ingest(store, _docs(ARTICLES[:1]), Failing())
        (row,) = store.query("SELECT status, error, text FROM articles")
    assert row["status"] == "error" and "boom" in row["error"]
    assert row["text"] == ARTICLES[0]["text"]


def _interrupted(docs, after: int):
    for number, doc in enumerate(docs):
        if number == after:
            raise KeyboardInterrupt  # what Ctrl-C does in the middle of a batch
        yield doc


def test_an_interrupted_ingest_resumes_to_the_same_rows_as_a_clean_run(tmp_path) -> None:
    records = many(50)
    with open_store(str(tmp_path / "clean.db")) as store:
        ingest(store, _docs(records), HandCoder(), batch_size=8)
        clean = dump(store)
    path = str(tmp_path / "resumed.db")
    with open_store(path) as store, pytest.raises(KeyboardInterrupt):
        ingest(store, _interrupted(_docs(records), after=21), HandCoder(), batch_size=8)
    with open_store(path) as store:
        partial = dump(store)
        # whole batches only, and every stored article has all its annotations
        assert len(partial["articles"]) % 8 == 0 and 0 < len(partial["articles"]) < 50
        stored = {row[0] for row in partial["articles"]}
        assert {row[-1] for row in partial["events"]} <= stored
        coder = HandCoder()
        report = ingest(store, _docs(records), coder, batch_size=8)
        resumed = dump(store)
    assert coder.coded == 50 - len(partial["articles"]) == report.added
    assert resumed == clean


_KILLABLE = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from storecases import HandCoder
    from wirecoder.read.folders import read_paths
    from wirecoder.store import open_store
    from wirecoder.store.ingest import ingest

    class Slow(HandCoder):
        def stream(self, docs):
            for result in super().stream(docs):
                time.sleep(0.01)
                yield result

    with open_store({db!r}) as store:
        ingest(store, read_paths([{src!r}]), Slow(), batch_size=10)
    """
)


def test_a_killed_ingest_process_restarts_to_identical_rows(tmp_path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", many(300))
    tests = str(Path(__file__).parent)
    with open_store(str(tmp_path / "clean.db")) as store:
        ingest(store, read_paths([str(source)]), HandCoder(), batch_size=10)
        clean = dump(store)

    db = str(tmp_path / "killed.db")
    script = _KILLABLE.format(tests=tests, db=db, src=str(source))
    proc = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with open_store(db, readonly=True) as reader:
                stored = reader.query("SELECT count(*) FROM articles")[0][0]
        except Exception:  # noqa: BLE001 - the file may not exist yet
            continue
        if stored >= 50:
            break
    assert proc.poll() is None, "the ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    with open_store(db) as store:
        killed_at = store.query("SELECT count(*) FROM articles")[0][0]
        assert 50 <= killed_at < 300
        ingest(store, read_paths([str(source)]), HandCoder(), batch_size=10)
        assert dump(store) == clean


def test_a_fixed_input_replaces_its_error_and_failed_stages_can_be_retried(tmp_path) -> None:
    path = tmp_path / "late.txt"
    path.write_text("")
    with open_store(":memory:") as store:
        ingest(store, read_paths([str(path)]), HandCoder())
        assert [row.article_id for row in queries.errors(store)] == [str(path)]
        path.write_text(ARTICLES[0]["text"])  # the file is fixed
        ingest(store, read_paths([str(path)]), HandCoder())
        assert queries.errors(store) == []

        class Failing(HandCoder):
            def stream(self, docs):
                for doc in docs:
                    yield doc.with_(error="stage events.v1 failed: boom").to_extraction()

        doc = from_text(**ARTICLES[1])
        ingest(store, [doc], Failing())
        assert len(queries.errors(store)) == 1
        assert ingest(store, [doc], HandCoder()).skipped == 1  # stored, even as an error
        report = ingest(store, [doc], HandCoder(), retry_errors=True)
        assert report.added == 1 and queries.errors(store) == []
        assert queries.show(store, "wire-2")[1].events
