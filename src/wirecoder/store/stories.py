"""Stories in the database: each article's story and near-duplicate, and event clusters.

``update_stories`` replays the stored articles in ingest order through the incremental story
clusterer and writes the assignments in one transaction, replacing the previous ones, so running
it twice gives the same tables. ``list_stories``, ``story_page``, ``story_detail`` and
``story_status`` read them back.
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
    every = -1 if limit is None else limit  # SQLite reads LIMIT -1 as no limit
    return story_page(store, limit=every, min_articles=min_articles).rows


_STORY_ROWS = """
    SELECT s.story, COUNT(*) AS articles, COUNT(s.duplicate_of) AS duplicates,
           COUNT(DISTINCT COALESCE(a.source, a.id)) AS sources,
           MIN(a.date) AS first_date, MAX(a.date) AS last_date,
           (SELECT a2.title FROM article_stories s2 JOIN articles a2 ON a2.pk = s2.article
            WHERE s2.story = s.story ORDER BY a2.pk LIMIT 1) AS headline,
           (SELECT COUNT(*) FROM event_clusters c WHERE c.story = s.story) AS event_clusters
    FROM article_stories s JOIN articles a ON a.pk = s.article
"""


@dataclass(frozen=True)
class StoryPage:
    """One page of stories and how many stories match in all."""

    total: int
    rows: list[StoryRow]


def story_page(
    store: SQLiteStore,
    *,
    limit: int = 50,
    offset: int = 0,
    min_articles: int = 1,
    since: str | None = None,
    until: str | None = None,
) -> StoryPage:
    """Return one page of stored stories (largest first) reported within the given days.

    ``limit=-1`` returns every story from ``offset`` on.
    """
    if limit == 0 or limit < -1 or offset < 0 or min_articles < 1:
        raise StoreError(
            f"limit and min_articles must be at least 1 and offset at least 0, got limit={limit}, "
            f"offset={offset}, min_articles={min_articles}"
        )
    having = ["COUNT(*) >= :min"]
    params: dict[str, object] = {"min": min_articles, "limit": limit, "offset": offset}
    if since:  # a story overlaps the window when its last report is on or after its first day
        having.append("MAX(a.date) >= :since")
        params["since"] = since
    if until:
        having.append("substr(MIN(a.date), 1, 10) <= :until")
        params["until"] = until
    grouped = f"{_STORY_ROWS}GROUP BY s.story HAVING {' AND '.join(having)}"
    total = store.query(f"SELECT count(*) FROM ({grouped})", params)[0][0]
    rows = store.query(
        f"{grouped}\nORDER BY articles DESC, first_date, s.story LIMIT :limit OFFSET :offset",
        params,
    )
    return StoryPage(total=total, rows=[StoryRow(**dict(row)) for row in rows])


@dataclass(frozen=True)
class StoryArticleRow:
    """An article of a story, and the earlier article it near-duplicates, if any."""

    id: str
    hash: str
    title: str | None
    date: str | None
    source: str | None
    duplicate_of: str | None
    similarity: float | None


@dataclass(frozen=True)
class ClusterRow:
    """An event cluster: the reports of one happening, and the event that stands for them."""

    id: str
    representative: str | None
    reports: int
    sources: int
    first_report: str | None
    last_report: str | None


@dataclass(frozen=True)
class StoryDetail:
    """One story whole: its articles in order of storing, and its event clusters."""

    story: StoryRow
    articles: list[StoryArticleRow]
    clusters: list[ClusterRow]


def story_detail(store: SQLiteStore, story: str) -> StoryDetail | None:
    """Return one stored story with its articles and event clusters (None if unknown)."""
    rows = store.query(f"{_STORY_ROWS}WHERE s.story = :story GROUP BY s.story", {"story": story})
    if not rows:
        return None
    articles = store.query(
        """
        SELECT a.id, a.hash, a.title, a.date, a.source, d.id AS duplicate_of, s.similarity
        FROM article_stories s JOIN articles a ON a.pk = s.article
        LEFT JOIN articles d ON d.pk = s.duplicate_of
        WHERE s.story = :story ORDER BY a.pk
        """,
        {"story": story},
    )
    clusters = store.query(
        "SELECT id, representative, reports, sources, first_report, last_report "
        "FROM event_clusters WHERE story = :story ORDER BY reports DESC, first_report, rowid",
        {"story": story},
    )
    return StoryDetail(
        story=StoryRow(**dict(rows[0])),
        articles=[StoryArticleRow(**dict(row)) for row in articles],
        clusters=[ClusterRow(**dict(row)) for row in clusters],
    )


@dataclass(frozen=True)
class StoryStatus:
    """When stories were last worked out, and how many coded articles have none yet."""

    computed_at: str | None
    stories: int
    unassigned: int


def story_status(store: SQLiteStore) -> StoryStatus:
    """Return when stories were last stored and how many coded articles came after."""
    row = store.query(
        """
        SELECT (SELECT MAX(assigned_at) FROM article_stories) AS computed_at,
               (SELECT COUNT(DISTINCT story) FROM article_stories) AS stories,
               (SELECT COUNT(*) FROM articles a WHERE a.status = 'ok'
                AND a.pk NOT IN (SELECT article FROM article_stories)) AS unassigned
        """
    )[0]
    return StoryStatus(**dict(row))
