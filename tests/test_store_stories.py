"""Stories in the database: recomputed idempotently, listed largest first, shown by the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from wirecoder.cli import app
from wirecoder.read import read_jsonl
from wirecoder.store import open_store
from wirecoder.store.ingest import ingest
from wirecoder.store.stories import list_stories, update_stories

FIXTURE = ROOT / "tests" / "fixtures" / "stories.jsonl"


@pytest.fixture(scope="module")
def story_db(pipeline, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("stories") / "stories.db")
    lines = FIXTURE.read_text("utf-8").splitlines()
    republished = json.loads(lines[0]) | {"id": "quake-a1-copy", "source": "Other Wire"}
    republished["text"] = "LIMA (Other Wire) - " + republished["text"]
    with open_store(path) as store:
        ingest(store, read_jsonl([*lines, json.dumps(republished)]), pipeline)
    return path


def _groups(store) -> dict[str, set[str]]:
    rows = store.query(
        "SELECT s.story, a.id FROM article_stories s JOIN articles a ON a.pk = s.article"
    )
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["story"], set()).add(row["id"])
    return out


def test_stories_are_stored_and_a_second_run_gives_the_same_tables(story_db) -> None:
    with open_store(story_db) as store:
        counts = update_stories(store, full=True)
        first = _groups(store)
        assert counts["articles"] == 9 and counts["duplicates"] == 1 and counts["replayed"]
        again = update_stories(store)
        assert (again["new_articles"], again["replayed"]) == (0, 0)
        assert {k: again[k] for k in ("articles", "stories", "duplicates", "event_clusters")} == {
            k: counts[k] for k in ("articles", "stories", "duplicates", "event_clusters")
        }
        assert _groups(store) == first
    peru = next(g for g in first.values() if "quake-a1" in g)
    assert {"quake-a1", "quake-a1-copy", "quake-a2", "quake-a3"} <= peru
    turkey = next(g for g in first.values() if "quake-b1" in g)
    assert peru.isdisjoint(turkey)


def test_list_stories_puts_the_largest_first_with_its_sources(story_db) -> None:
    with open_store(story_db) as store:
        update_stories(store)
        rows = list_stories(store, limit=2)
        dup = store.query(
            "SELECT d.id FROM article_stories s JOIN articles a ON a.pk = s.article "
            "JOIN articles d ON d.pk = s.duplicate_of WHERE a.id = 'quake-a1-copy'"
        )
    assert len(rows) == 2
    assert rows[0].articles >= 4 and rows[0].duplicates == 1 and rows[0].sources >= 2
    assert rows[0].first_date == "2024-03-12"
    assert dup[0]["id"] == "quake-a1"


def test_the_stories_command_lists_the_database_stories(story_db) -> None:
    result = CliRunner().invoke(app, ["stories", "--db", story_db, "--limit", "3"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3 and rows[0]["articles"] >= 4
    assert "stories" in result.stderr and "near-duplicates" in result.stderr


def test_dedup_lists_each_event_cluster_once_and_counts_its_reports(story_db) -> None:
    from wirecoder.store import queries

    with open_store(story_db) as store:
        update_stories(store)
        every = queries.events(store, limit=None)
        once = queries.events(store, dedup=True, limit=None)
        clustered = store.query(
            "SELECT cluster, COUNT(*) AS n FROM event_cluster_members "
            "GROUP BY cluster HAVING n > 1"
        )
    assert every, "the fixture articles should yield events"
    assert sum(row.reports for row in once) == len(every)
    assert len(once) == len(every) - sum(row["n"] - 1 for row in clustered)
    result = CliRunner().invoke(app, ["events", "--db", story_db, "--dedup", "--json"])
    assert result.exit_code == 0, result.output


def test_ingest_with_stories_groups_the_new_articles_at_once(tmp_path) -> None:
    db = str(tmp_path / "fresh.db")
    result = CliRunner().invoke(
        app, ["ingest", "--db", db, "--stories", "--workers", "1", str(FIXTURE)]
    )
    assert result.exit_code == 0, result.output
    assert "stories" in result.stderr and "event clusters" in result.stderr
    with open_store(db, readonly=True) as store:
        stored = store.query("SELECT count(*) FROM articles WHERE status = 'ok'")[0][0]
        grouped = store.query("SELECT count(*) FROM article_stories")[0][0]
    assert stored > 0 and grouped == stored  # no article waits for a later `wirecoder stories`


def test_new_articles_join_the_saved_stories_without_a_replay(pipeline, tmp_path) -> None:
    lines = FIXTURE.read_text("utf-8").splitlines()
    early = [line for line in lines if json.loads(line)["id"] in ("quake-a1", "quake-b1")]
    late = [line for line in lines if line not in early]
    with open_store(str(tmp_path / "stream.db")) as store:
        ingest(store, read_jsonl(early), pipeline)
        first = update_stories(store)
        assert (first["replayed"], first["new_articles"]) == (1, 2)
        ingest(store, read_jsonl(late), pipeline)
        later = update_stories(store)
        assert (later["replayed"], later["new_articles"]) == (0, len(late))
        groups = _groups(store)
        clustered = store.query(
            "SELECT count(*) FROM event_cluster_members m JOIN events e ON e.uid = m.event "
            "JOIN articles a ON a.pk = e.article WHERE a.id = 'quake-a2'"
        )[0][0]
    peru = next(g for g in groups.values() if "quake-a1" in g)
    assert {"quake-a2", "quake-a3"} <= peru and "quake-b1" not in peru
    assert clustered > 0  # the new article's events are in event clusters too


def test_other_settings_or_a_full_run_replay_every_article(story_db) -> None:
    from wirecoder.stories import StorySettings

    with open_store(story_db) as store:
        update_stories(store)
        assert update_stories(store, full=True)["replayed"] == 1
        assert update_stories(store)["replayed"] == 0
        other = StorySettings(story_threshold=0.2)
        assert update_stories(store, settings=other)["replayed"] == 1
        assert update_stories(store, settings=other)["replayed"] == 0
        assert update_stories(store)["replayed"] == 1  # back to the defaults: replayed again


def test_an_unreadable_saved_state_means_a_replay_not_a_failure(story_db) -> None:
    with open_store(story_db) as store:
        update_stories(store)
        store.conn.execute("UPDATE story_state SET state = ?", (b"not a state",))
        store.conn.commit()
        counts = update_stories(store)
    assert counts["replayed"] == 1 and counts["articles"] == 9
