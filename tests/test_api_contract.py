"""The API's models stay true to the contract and its event filters to ``wirecoder events``."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from typer.testing import CliRunner

from webdata import ARTICLES, build_database
from wirecoder import model
from wirecoder.api.schemas import ExtractionOut, mirror
from wirecoder.commands.serve import is_loopback
from wirecoder.store import open_store, queries
from wirecoder.store.filters import EventFilters
from wirecoder.store.queries_web import event_page


@pytest.mark.parametrize("record", ARTICLES, ids=lambda pair: getattr(pair, "id", ""))
def test_the_api_returns_an_extraction_exactly_as_the_contract_writes_it(record) -> None:
    _, extraction = record
    assert ExtractionOut.model_validate(extraction).model_dump() == extraction.to_dict()


def test_the_response_models_follow_every_contract_field() -> None:
    for cls in (model.Extraction, model.Event, model.Entity, model.Place, model.Quote):
        mirrored = mirror(cls)
        assert list(mirrored.model_fields) == [f.name for f in dataclasses.fields(cls)]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    db = build_database(tmp_path_factory.mktemp("contract") / "web.db")
    with open_store(str(db), readonly=True) as opened:
        yield opened


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"actor": "PAK"},
        {"actor": "kenya"},
        {"sector": "gov"},
        {"type": "accuse"},
        {"cameo": "04"},
        {"status": "planned"},
        {"since": "1987-03-15"},
        {"until": "1987-03-20"},
        {"place": "Islamabad"},
        {"place": "KEN"},
        {"text": "troops"},
        {"type": "ACCUSE", "since": "1987-03-01", "until": "1987-03-31"},
        {"dedup": True},
        {"type": "ACCUSE", "dedup": True},
    ],
)
def test_web_event_filters_mean_what_wirecoder_events_means(store, filters) -> None:
    cli = {row.uid: row.reports for row in queries.events(store, limit=None, **filters)}
    page = event_page(store, EventFilters(**filters), limit=100)
    assert {row.uid: row.reports for row in page.rows} == cli
    assert page.total == len(cli)


@pytest.mark.parametrize(
    ("host", "local"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False)]
    + [("192.168.1.4", False), ("example.org", False)],
)
def test_which_addresses_are_loopback(host: str, local: bool) -> None:
    assert is_loopback(host) is local


def test_serve_binds_to_loopback_by_default_and_warns_when_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    from wirecoder.cli import app

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: calls.append(kw))
    monkeypatch.delenv("WIRECODER_TOKEN", raising=False)
    db = str(tmp_path / "served.db")
    result = CliRunner().invoke(app, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8000
    assert "http://127.0.0.1:8000/" in result.output and Path(db).exists()
    opened = CliRunner().invoke(app, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "9"])
    assert opened.exit_code == 0 and "WIRECODER_TOKEN" in opened.output


def test_serve_reports_a_database_it_cannot_open(tmp_path: Path) -> None:
    from wirecoder.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code == 2 and "error:" in result.output
