"""Queries over the event database: the filters users type, and the Python API's shapes."""

from __future__ import annotations

import pytest

from storecases import ARTICLES, HandCoder
from wirecoder.errors import StoreError
from wirecoder.read import from_text
from wirecoder.store import content_hash, open_store, queries
from wirecoder.store.ingest import ingest


@pytest.fixture
def store():
    """An in-memory database holding the three hand-coded test articles."""
    with open_store(":memory:") as db:
        ingest(db, [from_text(**a) for a in ARTICLES], HandCoder())
        yield db


def _types(rows) -> list[str]:
    return sorted(row.plover for row in rows)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["ACCUSE", "CONSULT"]),
        ({"actor": "PAK"}, ["ACCUSE"]),
        ({"actor": "ind"}, ["ACCUSE"]),  # a target, by country code, any case
        ({"actor": "KENGOV"}, ["CONSULT"]),  # an actor code
        ({"actor": "Ethiopia"}, ["CONSULT"]),  # a name
        ({"sector": "gov"}, ["ACCUSE", "CONSULT"]),
        ({"type": "consult"}, ["CONSULT"]),
        ({"cameo": "11"}, ["ACCUSE"]),
        ({"cameo": "043"}, ["CONSULT"]),
        ({"status": "planned"}, ["CONSULT"]),
        ({"since": "2024-04-01"}, ["CONSULT"]),
        ({"until": "2024-03-03"}, ["ACCUSE"]),
        ({"since": "2024-03-01", "until": "2024-03-31"}, ["ACCUSE"]),
        ({"place": "Nairobi"}, ["CONSULT"]),
        ({"place": "PAK"}, ["ACCUSE"]),
        ({"text": "border security"}, ["ACCUSE"]),
        ({"text": "trade", "type": "ACCUSE"}, []),
        ({"actor": "CHN"}, []),
    ],
)
def test_event_filters(store, filters, expected) -> None:
    assert _types(queries.events(store, **filters)) == expected


def test_an_event_row_carries_its_actors_place_and_evidence(store) -> None:
    (row,) = queries.events(store, type="ACCUSE")
    assert (row.source, row.source_country, row.target, row.target_country) == (
        "Pakistan",
        "PAK",
        "India",
        "IND",
    )
    assert (row.date, row.place, row.status, row.article_id) == (
        "2024-03-03",
        "Islamabad",
        "occurred",
        "wire-1",
    )
    assert row.evidence.startswith("Pakistan accused India") and row.trigger == "accused"


def test_queries_return_a_dataframe_on_request(store) -> None:
    frame = queries.events(store, frame=True)
    assert list(frame["plover"].sort_values()) == ["ACCUSE", "CONSULT"]
    assert "evidence" in frame.columns


def test_actors_are_counted_across_articles_and_events(store) -> None:
    rows = {row.name: row for row in queries.actors(store)}
    assert rows["Pakistan"].country == "PAK" and rows["Pakistan"].events == 1
    assert rows["India"].mentions == 2  # named twice in one article
    assert [row.name for row in queries.actors(store, country="ken")] == ["Kenya"]


def test_quotes_by_speaker(store) -> None:
    (quote,) = queries.quotes(store, speaker="foreign minister")
    assert quote.text == '"We expect progress on trade."' and quote.kind == "direct"
    assert quote.article_id == "wire-2" and quote.cue == "said"
    assert len(queries.quotes(store)) == 2


def test_search_finds_words_in_titles_and_texts_best_first(store) -> None:
    hits = queries.search(store, "harvest")
    assert [hit.article_id for hit in hits] == ["wire-3"]
    assert "[harvest]" in hits[0].snippet
    assert [hit.article_id for hit in queries.search(store, "Ethiopia meet")] == ["wire-2"]
    assert queries.search(store, '"grain harvest"')[0].article_id == "wire-3"  # FTS syntax


def test_a_broken_search_query_says_what_to_do(store) -> None:
    with pytest.raises(StoreError, match="not a valid full-text query"):
        queries.search(store, '"unbalanced')


def test_show_finds_an_article_by_id_or_hash_prefix(store) -> None:
    digest = content_hash(from_text(**ARTICLES[1]))
    by_id = queries.show(store, "wire-2")
    by_hash = queries.show(store, digest[:10])
    assert by_id == by_hash and by_id[0].title == ARTICLES[1]["title"]
    with pytest.raises(StoreError, match="no stored article"):
        queries.show(store, "wire-404")


def test_stats_count_what_is_stored(store) -> None:
    counts = queries.stats(store)
    assert (counts["articles"], counts["events"], counts["quotes"], counts["errors"]) == (
        3,
        2,
        2,
        0,
    )


def test_the_links_view_joins_events_to_their_actors_place_and_quote(store) -> None:
    rows = store.query(
        "SELECT l.role, l.to_kind, l.to_id FROM links l JOIN articles a ON a.pk = l.article "
        "WHERE a.id = 'wire-1' AND l.from_kind = 'event' ORDER BY l.role"
    )
    assert [tuple(r) for r in rows] == [
        ("place", "place", "p1"),
        ("reported_by", "quote", "q1"),
        ("source", "entity", "e1"),
        ("target", "entity", "e2"),
    ]
