"""The database commands, run as a user would: ingest, errors, events, search, show, export."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storecases import ARTICLES, HandCoder, write_jsonl
from wirecoder.cli import app
from wirecoder.read import from_text
from wirecoder.store import open_store
from wirecoder.store.ingest import ingest

runner = CliRunner()


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def coded_db(tmp_path) -> str:
    """A database holding the hand-coded test articles (events the stages may not find yet)."""
    path = str(tmp_path / "coded.db")
    with open_store(path) as store:
        ingest(store, [from_text(**a) for a in ARTICLES], HandCoder())
    return path


def test_ingest_stores_a_folder_lists_bad_inputs_and_skips_them_next_time(tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_jsonl(inbox / "wire.jsonl", ARTICLES)
    (inbox / "empty.txt").write_text("")
    db = str(tmp_path / "cli.db")
    first = runner.invoke(app, ["ingest", str(inbox), "--db", db])
    assert first.exit_code == 1, first.output
    assert "stored 4 new article(s) (1 with errors)" in first.stderr
    assert "wirecoder errors" in first.stderr

    errors = runner.invoke(app, ["errors", "--db", db, "--json"])
    (bad,) = _lines(errors.stdout)
    assert bad["article_id"].endswith("empty.txt") and "empty" in bad["error"]

    again = runner.invoke(app, ["ingest", str(inbox), "--db", db])
    assert again.exit_code == 0, again.output
    assert "stored 0 new article(s)" in again.stderr and "skipped 4" in again.stderr


def test_ingest_shows_progress_with_rate_and_eta_on_stderr(tmp_path) -> None:
    source = write_jsonl(tmp_path / "wire.jsonl", ARTICLES)
    db = str(tmp_path / "bar.db")
    result = runner.invoke(app, ["ingest", str(source), "--db", db, "--progress"])
    assert result.exit_code == 0, result.output
    assert "3/3" in result.stderr and "articles/s" in result.stderr and "ETA" in result.stderr
    assert result.stdout == ""


def test_ingest_reads_json_lines_on_stdin_and_the_db_from_the_environment(tmp_path) -> None:
    db = str(tmp_path / "env.db")
    stdin = "".join(json.dumps(a) + "\n" for a in ARTICLES[:2])
    result = runner.invoke(app, ["ingest", "-"], input=stdin, env={"WIRECODER_DB": db})
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["show", "wire-2", "--json"], env={"WIRECODER_DB": db})
    record = json.loads(shown.stdout)
    assert record["article"]["title"] == ARTICLES[1]["title"]
    assert record["extraction"]["id"] == "wire-2"


def test_events_answers_the_readme_question(coded_db) -> None:
    result = runner.invoke(
        app, ["events", "--db", coded_db, "--since", "2024-03-01", "--type", "ACCUSE", "--json"]
    )
    assert result.exit_code == 0, result.output
    (event,) = _lines(result.stdout)
    assert (event["source_country"], event["target_country"], event["cameo"]) == (
        "PAK",
        "IND",
        "112",
    )
    table = runner.invoke(app, ["events", "--db", coded_db, "--status", "planned"])
    assert "CONSULT" in table.stdout and "ACCUSE" not in table.stdout
    assert "1 row(s)" in table.stdout


def test_events_as_csv(coded_db) -> None:
    result = runner.invoke(app, ["events", "--db", coded_db, "--cameo", "04", "--csv"])
    header, row, *rest = result.stdout.splitlines()
    assert header.startswith("uid,article_id,date,plover") and not rest
    assert ",CONSULT,043," in row


def test_actors_quotes_and_search(coded_db) -> None:
    actors = _lines(runner.invoke(app, ["actors", "--db", coded_db, "--json"]).stdout)
    assert {a["name"] for a in actors} == {"Pakistan", "India", "Kenya", "Ethiopia"}
    quotes = runner.invoke(app, ["quotes", "--db", coded_db, "--speaker", "spokesperson", "--json"])
    (quote,) = _lines(quotes.stdout)
    assert quote["text"] == '"India must stop the firing now."'
    search = runner.invoke(app, ["search", "grain harvest", "--db", coded_db, "--json"])
    assert [hit["article_id"] for hit in _lines(search.stdout)] == ["wire-3"]


def test_show_prints_the_article_with_its_annotations(coded_db) -> None:
    result = runner.invoke(app, ["show", "wire-1", "--db", coded_db])
    assert result.exit_code == 0, result.output
    assert "Pakistan accused India" in result.stdout and "ACCUSE" in result.stdout


def test_export_writes_gdelt_rows_to_a_file(coded_db, tmp_path) -> None:
    target = tmp_path / "events.tsv"
    result = runner.invoke(
        app, ["export", "--db", coded_db, "--format", "gdelt", "--output", str(target)]
    )
    assert result.exit_code == 0, result.output
    rows = target.read_text().splitlines()
    assert len(rows) == 2 and all(len(r.split("\t")) == 61 for r in rows)
    assert "exported 2 gdelt record(s)" in result.stderr


def test_sql_runs_duckdb_over_the_database(coded_db) -> None:
    pytest.importorskip("duckdb")
    result = runner.invoke(
        app, ["sql", "SELECT plover FROM events ORDER BY plover", "--db", coded_db, "--csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["plover", "ACCUSE", "CONSULT"]


def test_migrate_creates_and_lists_the_schema(tmp_path) -> None:
    result = runner.invoke(app, ["migrate", "--db", str(tmp_path / "m.db")])
    assert result.stdout.splitlines()[0] == "0001_articles_and_annotations"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--db", "{missing}"], "does not exist"),
        (["events", "--db", "{db}", "--since", "March"], "--since"),
        (["search", '"open', "--db", "{db}"], "not a valid full-text query"),
        (["show", "nothing-like-this", "--db", "{db}"], "no stored article"),
        (["events", "--db", "postgresql://host/db"], "not available"),
    ],
)
def test_problems_exit_2_with_a_clear_message(coded_db, tmp_path, args, message) -> None:
    filled = [a.format(db=coded_db, missing=str(tmp_path / "missing.db")) for a in args]
    result = runner.invoke(app, filled)
    assert result.exit_code == 2 and message in result.stderr, result.output
