"""Stories in the database: each article's story and near-duplicate, and event clusters.

``update_stories`` replays the stored articles in ingest order through the incremental story
clusterer and writes the assignments in one transaction, replacing the previous ones, so running
it twice gives the same tables. ``list_stories`` and ``story_events`` read them back.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from wirecoder.errors import StoreError
from wirecoder.model import Extraction
from wirecoder.store.sqlite import SQLiteStore, explain
from wirecoder.stories import StorySettings, assign_stories, event_clusters


@dataclass(frozen=True)
class StoryRow:
    """One story as listed: its size, sources, first and last report, and a headline."""

    story: str
    articles: int
    duplicates: int
    sources: int
    first_date: str | None
    last_date: str | None
    headline: str | None
    event_clusters: int


def update_stories(store: SQLiteStore, *, settings: StorySettings | None = None) -> dict[str, int]:
    """Recompute stories and event clusters over every stored article; return counts."""
    rows = store.query(
        "SELECT pk, id, source, date, text, result FROM articles WHERE status = 'ok' ORDER BY pk"
    )
    pk_of: dict[str, int] = {}
    coded: list[tuple[Extraction, str]] = []
    source_of: dict[str, str] = {}
    for row in rows:
        key = f"{row['pk']}"  # article ids may repeat across sources; the row key does not
        data = json.loads(row["result"])
        data["id"] = key
        coded.append((Extraction.from_dict(data), row["text"]))
        pk_of[key] = row["pk"]
        source_of[key] = row["source"] or row["id"]
    assignments = assign_stories(coded, settings=settings)
    members: dict[str, list[Extraction]] = defaultdict(list)
    results = {result.id: result for result, _ in coded}
    for a in assignments:
        members[a.story].append(results[a.id])
    uids = {
        (r["article"], r["id"]): r["uid"]
        for r in store.query("SELECT uid, article, id FROM events")
    }
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn = store.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM event_cluster_members")
        conn.execute("DELETE FROM event_clusters")
        conn.execute("DELETE FROM article_stories")
        conn.executemany(
            "INSERT INTO article_stories (article, story, duplicate_of, similarity, assigned_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (pk_of[a.id], a.story, pk_of.get(a.duplicate_of or ""), a.similarity, now)
                for a in assignments
            ],
        )
        n_clusters = 0
        for story, extractions in members.items():
            for cluster in event_clusters(extractions, sources=source_of):
                n_clusters += 1
                cid = f"{story}.{cluster.id}"
                rep = uids.get((pk_of[cluster.representative[0]], cluster.representative[1]))
                conn.execute(
                    "INSERT INTO event_clusters (id, story, representative, reports, sources, "
                    "first_report, last_report) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        cid,
                        story,
                        rep,
                        cluster.reports,
                        cluster.sources,
                        cluster.first_report,
                        cluster.last_report,
                    ),
                )
                conn.executemany(
                    "INSERT INTO event_cluster_members (event, cluster) VALUES (?, ?)",
                    [
                        (uids[(pk_of[art], eid)], cid)
                        for art, eid in cluster.members
                        if (pk_of[art], eid) in uids
                    ],
                )
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.rollback()
        raise explain(exc, store.path) from exc
    return {
        "articles": len(assignments),
        "stories": len(members),
        "duplicates": sum(a.duplicate_of is not None for a in assignments),
        "event_clusters": n_clusters,
    }


def list_stories(
    store: SQLiteStore, *, limit: int | None = 50, min_articles: int = 1
) -> list[StoryRow]:
    """Return stories, largest first, with their sizes and first and last report dates."""
    if limit is not None and limit < 1:
        raise StoreError(f"limit must be at least 1, got {limit}")
    rows = store.query(
        """
        SELECT s.story, COUNT(*) AS articles, COUNT(s.duplicate_of) AS duplicates,
               COUNT(DISTINCT COALESCE(a.source, a.id)) AS sources,
               MIN(a.date) AS first_date, MAX(a.date) AS last_date,
               (SELECT a2.title FROM article_stories s2 JOIN articles a2 ON a2.pk = s2.article
                WHERE s2.story = s.story ORDER BY a2.pk LIMIT 1) AS headline,
               (SELECT COUNT(*) FROM event_clusters c WHERE c.story = s.story) AS event_clusters
        FROM article_stories s JOIN articles a ON a.pk = s.article
        GROUP BY s.story HAVING COUNT(*) >= :min
        ORDER BY articles DESC, first_date, s.story
        LIMIT :limit
        """,
        {"min": min_articles, "limit": -1 if limit is None else limit},
    )
    return [StoryRow(**dict(row)) for row in rows]
