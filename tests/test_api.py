"""The REST API, through FastAPI's test client over a database of hand-written articles."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from webdata import ACCUSE, SCRIPT, SCRIPT_TITLE, FakePipeline, build_database
from wirecoder.api.app import create_app
from wirecoder.api.deps import ApiConfig, get_pipeline
from wirecoder.model import Article, Extraction


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_database(tmp_path_factory.mktemp("api") / "web.db")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(ApiConfig(db=str(db))))


def assert_error_shape(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status and error["message"]
    if code:
        assert error["code"] == code
    return error


# --- events ------------------------------------------------------------------------------------


def test_accusations_in_march_1987_name_who_accused_whom_and_the_sentence(client) -> None:
    page = client.get(
        "/api/events", params={"type": "ACCUSE", "since": "1987-03-01", "until": "1987-03-31"}
    ).json()
    assert page["total"] == 2
    first = next(item for item in page["items"] if item["article"]["id"] == "web-accuse")
    assert (first["source"]["text"], first["target"]["text"]) == ("Pakistan", "India")
    assert first["source"]["country"] == "PAK" and first["quad"] == "verbal_conflict"
    assert first["source"]["start"] == ACCUSE.index("Pakistan")
    assert first["evidence"]["text"].startswith("ISLAMABAD, March 12 - Pakistan accused India")
    assert first["trigger"]["text"] == "accused"
    assert first["place"]["name"] == "Islamabad" and first["place"]["lat"] == 33.72
    assert first["reporter"] == "a ministry spokesman"


@pytest.mark.parametrize(
    ("params", "articles"),
    [
        ({"actor": "KEN"}, {"web-talks"}),
        ({"actor": "Pakistan"}, {"web-accuse", "web-accuse-2"}),
        ({"sector": "GOV"}, {"web-accuse", "web-accuse-2"}),
        ({"cameo": "14"}, {"web-script"}),
        ({"status": "planned"}, {"web-talks"}),
        ({"place": "Nairobi"}, {"web-talks"}),
        ({"text": "frontier"}, {"web-accuse-2"}),
        ({"article": "web-script"}, {"web-script"}),
        ({"until": "1987-03-15"}, {"web-accuse", "web-accuse-2"}),
    ],
)
def test_event_filters(client, params, articles) -> None:
    items = client.get("/api/events", params=params).json()["items"]
    assert {item["article"]["id"] for item in items} == articles


def test_events_page_with_a_total(client) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert len(first["items"]) == len(second["items"]) == 2
    assert not {e["uid"] for e in first["items"]} & {e["uid"] for e in second["items"]}
    assert [e["date"] for e in first["items"]] == sorted(
        [e["date"] for e in first["items"]], reverse=True
    )


def test_dedup_counts_two_reports_of_one_accusation_once(client) -> None:
    page = client.get("/api/events", params={"type": "ACCUSE", "dedup": "true"}).json()
    assert page["total"] == 1
    assert page["items"][0]["reports"] == 2


def test_an_event_its_article_tells_twice_says_so(client) -> None:
    items = client.get("/api/events", params={"article": "web-talks"}).json()["items"]
    assert {item["cameo"]: item["mentions"] for item in items} == {"043": 2, "057": 1}


def test_csv_download_has_the_filtered_events_and_defuses_formulas(client) -> None:
    response = client.get("/api/events.csv", params={"since": "1987-03-01"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5
    protest = next(row for row in rows if row["plover"] == "PROTEST")
    assert protest["source"].startswith("'=")  # a spreadsheet shows it, does not run it
    assert "<script>" in protest["evidence"]


def test_timeline_counts_events_by_month_and_quad_class(client) -> None:
    data = client.get("/api/events/timeline").json()
    march = next(p for p in data["periods"] if p["period"] == "1987-03")
    assert march["counts"] == {
        "verbal_conflict": 2,
        "material_conflict": 1,
        "verbal_cooperation": 1,
    }
    assert (march["since"], march["until"], march["total"]) == ("1987-03-01", "1987-03-31", 4)
    months = [(p["period"], p["total"]) for p in data["periods"]]
    assert months == [("1987-03", 4), ("1987-04", 0), ("1987-05", 1)]  # time runs evenly
    by_year = client.get("/api/events/timeline", params={"bucket": "year"}).json()
    assert [p["period"] for p in by_year["periods"]] == ["1987"]
    # the event dated only to May has no day: the day axis leaves it out instead of failing
    by_day = client.get("/api/events/timeline", params={"bucket": "day"})
    assert by_day.status_code == 200
    days = [p["period"] for p in by_day.json()["periods"] if p["total"]]
    assert days and all(len(day) == 10 for day in days) and "1987-05" not in days
    assert_error_shape(client.get("/api/events/timeline", params={"bucket": "week"}), 422)


# --- actors, places, quotes ----------------------------------------------------------------------


def test_actors_have_events_out_and_in(client) -> None:
    items = client.get("/api/actors").json()["items"]
    pakistan = next(a for a in items if a["name"] == "Pakistan")
    india = next(a for a in items if a["name"] == "India")
    assert (pakistan["events_out"], pakistan["events_in"], pakistan["articles"]) == (2, 0, 2)
    assert (india["events_out"], india["events_in"]) == (0, 2)
    only = client.get("/api/actors", params={"country": "KEN"}).json()
    assert [a["name"] for a in only["items"]] == ["Kenya"] and only["total"] == 1


def test_network_links_who_acts_on_whom(client) -> None:
    data = client.get("/api/actors/network").json()
    edge = next(e for e in data["edges"] if e["source"] == "PAK GOV")
    assert (edge["target"], edge["weight"], edge["conflict"], edge["cooperation"]) == (
        "IND",
        2,
        2,
        0,
    )
    assert {n["id"] for n in data["nodes"]} == {"PAK GOV", "IND", "KEN", "ETH"}


def test_places_of_events_with_coordinates(client) -> None:
    items = client.get("/api/places").json()["items"]
    assert {(p["name"], p["events"]) for p in items} == {("Islamabad", 1), ("Nairobi", 1)}
    assert client.get("/api/places", params={"type": "CONSULT"}).json()["items"][0]["lat"] < 0


def test_quotes_by_speaker(client) -> None:
    items = client.get("/api/quotes", params={"speaker": "spokesman"}).json()["items"]
    assert [q["text"] for q in items] == ["India is preparing for war,"]
    assert client.get("/api/quotes", params={"speaker": "nobody"}).json()["items"] == []


def test_stories_list_the_stored_stories_largest_first(client) -> None:
    data = client.get("/api/stories").json()
    assert data["total"] == 3 and data["unassigned"] == 0 and data["computed_at"]
    biggest = data["items"][0]
    assert (biggest["articles"], biggest["sources"], biggest["events"]) == (2, 1, 1)
    assert biggest["first"] == "1987-03-12"
    april = client.get("/api/stories", params={"since": "1987-04-01"}).json()
    assert [s["headline"] for s in april["items"]] == ["Kenya and Ethiopia hold border talks"]
    pairs = client.get("/api/stories", params={"min_articles": 2}).json()
    assert [s["id"] for s in pairs["items"]] == [biggest["id"]]
    assert_error_shape(client.get("/api/stories", params={"limit": 501}), 422)


def test_a_story_shows_its_articles_and_the_event_both_report(client) -> None:
    listed = client.get("/api/stories", params={"min_articles": 2}).json()["items"][0]
    story = client.get(f"/api/stories/{listed['id']}").json()
    assert [a["id"] for a in story["article_list"]] == ["web-accuse", "web-accuse-2"]
    (cluster,) = story["clusters"]
    assert (cluster["reports"], cluster["sources"]) == (2, 1)  # one wire, two reports
    event = cluster["event"]
    assert (event["source"]["text"], event["plover"], event["target"]["text"]) == (
        "Pakistan",
        "ACCUSE",
        "India",
    )
    assert event["reports"] == 2
    error = assert_error_shape(client.get("/api/stories/s999"), 404)
    assert "GET /api/stories" in error["message"]


def test_dedup_applies_to_every_event_view(client) -> None:
    every = client.get("/api/events/timeline", params={"type": "ACCUSE"}).json()
    once = client.get("/api/events/timeline", params={"type": "ACCUSE", "dedup": "true"}).json()
    assert sum(p["total"] for p in every["periods"]) == 2
    assert sum(p["total"] for p in once["periods"]) == 1


# --- articles ------------------------------------------------------------------------------------


def test_articles_list_includes_failed_inputs_with_their_reason(client) -> None:
    page = client.get("/api/articles").json()
    assert page["total"] == 5
    broken = client.get("/api/articles", params={"status": "error"}).json()["items"]
    assert [a["id"] for a in broken] == ["web-broken"] and "UTF-8" in broken[0]["error"]


def test_full_text_search_marks_the_matches(client) -> None:
    data = client.get("/api/articles/search", params={"q": "troops"}).json()
    assert {hit["id"] for hit in data["items"]} == {"web-accuse", "web-accuse-2"}
    assert all("\u0002troops\u0003" in hit["snippet"] for hit in data["items"])
    assert_error_shape(client.get("/api/articles/search", params={"q": '"unbalanced'}), 400)


def test_article_with_its_annotations_by_id_or_hash(client) -> None:
    article = client.get("/api/articles/web-accuse").json()
    text = article["text"]
    event = article["extraction"]["events"][0]
    assert text[event["trigger"]["start"] : event["trigger"]["end"]] == "accused"
    assert article["extraction"]["quotes"][0]["speaker"]["text"] == "a ministry spokesman"
    again = client.get(f"/api/articles/{article['hash']}").json()
    assert again["id"] == "web-accuse"


def test_untrusted_article_text_comes_back_verbatim_as_json(client) -> None:
    article = client.get("/api/articles/web-script").json()
    assert article["text"] == SCRIPT and article["title"] == SCRIPT_TITLE
    assert client.get("/api/articles/web-script").headers["content-type"] == "application/json"


def test_unknown_and_ambiguous_articles(tmp_path) -> None:
    twin = Article("web-accuse", "Another text under the same id.", "Twin", "1987-03-13")
    db = build_database(tmp_path / "twins.db", extra=[(twin, Extraction(id="web-accuse"))])
    client = TestClient(create_app(ApiConfig(db=str(db))))
    assert_error_shape(client.get("/api/articles/no-such-article"), 404, "not_found")
    error = assert_error_shape(client.get("/api/articles/web-accuse"), 409, "ambiguous")
    assert "hash" in error["message"]


# --- errors and limits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "params", "status"),
    [
        ("get", "/api/nothing-here", {}, 404),
        ("delete", "/api/events", {}, 405),
        ("get", "/api/events", {"limit": 0}, 422),
        ("get", "/api/events", {"limit": 501}, 422),
        ("get", "/api/events", {"since": "March 1987"}, 422),
        ("get", "/api/events", {"status": "maybe"}, 422),
        ("get", "/api/events", {"offset": -1}, 422),
        ("get", "/api/actors", {"limit": 10_000}, 422),
        ("get", "/api/articles/search", {}, 422),
    ],
)
def test_every_error_has_the_one_shape(client, method, path, params, status) -> None:
    error = assert_error_shape(getattr(client, method)(path, params=params), status)
    if status == 422:
        assert error["details"] and "query parameter" in error["message"]


def test_page_cap_message_says_what_to_do(client) -> None:
    error = assert_error_shape(client.get("/api/events", params={"limit": 501}), 422)
    assert "500" in error["message"] and "offset" in error["message"]


def test_a_server_fault_still_uses_the_error_shape(db) -> None:
    app = create_app(ApiConfig(db=str(db)))

    def broken() -> None:
        raise RuntimeError("boom")

    app.dependency_overrides[get_pipeline] = broken
    client = TestClient(app, raise_server_exceptions=False)
    error = assert_error_shape(client.post("/api/extract", json={"text": "Talks."}), 500)
    assert "RuntimeError" in error["message"] and "boom" not in error["message"]


def test_a_missing_database_folder_is_a_clear_error(tmp_path) -> None:
    from wirecoder.errors import StoreError

    with pytest.raises(StoreError, match="cannot be opened|unable to open"):
        create_app(ApiConfig(db=str(tmp_path / "no" / "such" / "folder.db")))


# --- extract and ingest --------------------------------------------------------------------------


def test_extract_returns_the_contract_and_stores_nothing(client, pipeline) -> None:
    client.app.dependency_overrides[get_pipeline] = lambda: pipeline
    try:
        response = client.post(
            "/api/extract",
            json={
                "text": "Pakistan and the United States held talks in Islamabad.",
                "date": "2023-03-05",
                "id": "mine",
            },
        )
    finally:
        client.app.dependency_overrides.clear()
    assert response.status_code == 200, response.text
    record = response.json()
    assert (record["id"], record["status"], record["date"]) == ("mine", "ok", "2023-03-05")
    assert "Pakistan" in {entity["name"] for entity in record["entities"]}
    assert record["meta"]["stages"][0].startswith("parse")
    assert client.get("/api/articles/mine").status_code == 404


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "Talks.", "date": "yesterday"}, "date"),
        ({"date": "2023-03-05"}, "text"),
        ([1, 2], "body"),
    ],
)
def test_extract_refuses_bad_input_saying_where(client, body, where) -> None:
    error = assert_error_shape(client.post("/api/extract", json=body), 422)
    assert where in error["message"]


def test_extract_refuses_a_body_over_the_limit(db) -> None:
    client = TestClient(create_app(ApiConfig(db=str(db), max_body_bytes=1_000)))
    error = assert_error_shape(
        client.post("/api/extract", json={"text": "word " * 500}), 413, "payload_too_large"
    )
    assert "1,000 bytes" in error["message"]
    chunks = (b'{"text": "' + b"x" * 600, b"x" * 600 + b'"}')
    streamed = client.post(
        "/api/extract", content=iter(chunks), headers={"content-type": "application/json"}
    )
    assert_error_shape(streamed, 413)


@pytest.fixture()
def writable(tmp_path) -> TestClient:
    db = build_database(tmp_path / "ingest.db")
    app = create_app(ApiConfig(db=str(db), token="s3cret"))
    article = Article("web-new", "Kenya signed a trade deal with Uganda.", "Deal", "1987-06-01")
    extraction = Extraction(id="web-new", date="1987-06-01", title="Deal")
    app.dependency_overrides[get_pipeline] = lambda: FakePipeline([(article, extraction)])
    return TestClient(app)


NEW = {"articles": [{"id": "web-new", "text": "Kenya signed a trade deal with Uganda."}]}


def test_ingest_needs_the_token_when_the_server_has_one(writable) -> None:
    error = assert_error_shape(writable.post("/api/ingest", json=NEW), 401, "unauthorized")
    assert "Authorization: Bearer" in error["message"]
    wrong = {"Authorization": "Bearer nope"}
    assert_error_shape(writable.post("/api/ingest", json=NEW, headers=wrong), 403, "forbidden")
    assert writable.get("/api/articles/web-new").status_code == 404


def test_ingest_stores_once(writable) -> None:
    token = {"Authorization": "Bearer s3cret"}
    first = writable.post("/api/ingest", json=NEW, headers=token)
    assert first.status_code == 200, first.text
    assert first.json() == {"read": 1, "added": 1, "skipped": 0, "errors": 0}
    second = writable.post("/api/ingest", json=NEW, headers=token).json()
    assert (second["added"], second["skipped"]) == (0, 1)
    assert writable.get("/api/articles/web-new").json()["text"] == NEW["articles"][0]["text"]
    assert writable.get("/api/articles", params={"limit": 50}).json()["total"] == 6


def test_a_new_article_waits_for_a_story_until_stories_are_updated(writable) -> None:
    token = {"Authorization": "Bearer s3cret"}
    writable.post("/api/ingest", json=NEW, headers=token)
    assert writable.get("/api/stories").json()["unassigned"] == 1
    assert_error_shape(writable.post("/api/stories/update"), 401, "unauthorized")
    counts = writable.post("/api/stories/update", headers=token).json()
    assert counts["articles"] == 5 and counts["stories"] == 4
    assert (counts["new_articles"], counts["replayed"]) == (1, False)  # joined the saved state
    after = writable.get("/api/stories").json()
    assert after["unassigned"] == 0 and after["total"] == 4
    again = writable.post("/api/stories/update", params={"full": "true"}, headers=token).json()
    assert again["replayed"] is True and again["stories"] == 4


def test_ingest_refuses_too_many_articles_at_once(writable) -> None:
    body = {"articles": [{"text": f"Article {n}."} for n in range(101)]}
    token = {"Authorization": "Bearer s3cret"}
    error = assert_error_shape(writable.post("/api/ingest", json=body, headers=token), 422)
    assert "articles" in error["message"]


# --- docs and pages ------------------------------------------------------------------------------


def test_docs_pages_load_their_assets_from_this_server(client) -> None:
    for page, assets in (
        ("/docs", ("/assets/swagger/swagger-ui-bundle.js", "/assets/swagger/swagger-ui.css")),
        ("/redoc", ("/assets/redoc/redoc.standalone.js",)),
    ):
        html = client.get(page).text
        assert "cdn" not in html.lower() and "fonts.googleapis" not in html
        for asset in assets:
            assert asset in html
            response = client.get(asset)
            assert response.status_code == 200 and len(response.content) > 10_000


def test_openapi_documents_every_route_and_the_error_shape(client) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    for path in (
        "/api/events",
        "/api/events.csv",
        "/api/events/timeline",
        "/api/actors",
        "/api/actors/network",
        "/api/places",
        "/api/quotes",
        "/api/stories",
        "/api/stories/{story}",
        "/api/articles",
        "/api/articles/search",
        "/api/articles/{article_id}",
        "/api/extract",
        "/api/ingest",
    ):
        assert path in paths
        for operation in schema["paths"][path].values():
            assert "422" in operation["responses"] or "404" in operation["responses"]
    assert "ErrorResponse" in schema["components"]["schemas"]


def test_dashboard_pages_only_run_their_own_scripts(client) -> None:
    for page in ("/", "/article"):
        response = client.get(page)
        assert response.status_code == 200
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "<script>" not in response.text  # no inline script the policy would have to allow
    assert client.get("/static/vendor/world-atlas/countries-110m.json").json()["type"] == (
        "Topology"
    )


def test_dashboard_scripts_never_parse_data_as_html() -> None:
    from wirecoder.api.app import STATIC

    scripts = sorted((STATIC / "js").glob("*.js"))
    assert len(scripts) >= 8
    for script in scripts:
        code = script.read_text("utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{script.name} uses {sink}"
