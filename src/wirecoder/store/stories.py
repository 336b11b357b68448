"""Stories in the database: each article's story and near-duplicate, and event clusters.

``update_stories`` groups the stored articles in ingest order with the incremental story
clusterer and writes the assignments in one transaction. The clusterer's state is saved with
them (table ``story_state``, compressed JSON), so the next run only adds the articles stored
since and redoes the event clusters of the stories that changed; the first run, a change of
settings or ``full=True`` replays every article. Running it twice gives the same tables.
``list_stories``, ``story_page``, ``story_detail`` and ``story_status`` read them back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import sqlite3
import zlib
from collections import defaultdict
from dataclasses import dataclass

from wirecoder.errors import StoreError
from wirecoder.model import Extraction
from wirecoder.store.sqlite import SQLiteStore, explain
from wirecoder.stories import StoryAssignment, StorySettings, StoryState, event_clusters

logger = logging.getLogger(__name__)


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


STATE_VERSION = 1


def update_stories(
    store: SQLiteStore, *, settings: StorySettings | None = None, full: bool = False
) -> dict[str, int]:
    """Group the stored articles into stories and event clusters; return counts.

    Articles stored since the last run join the stories of the saved clusterer state; all are
    replayed when there is no state, it was saved by another format or other settings, articles
    it had seen are gone, or ``full`` asks for it."""
    settings = settings or StorySettings()
    saved = None if full else _saved_state(store, settings)
    if saved is None:
        coded, sources = _coded(store, "pk > ?", (0,))
        state = StoryState.for_batch(coded, settings=settings)
    else:
        state, last = saved
        coded, sources = _coded(store, "pk > ?", (last,))
        for result, text in coded:
            state.add(result, text)
    assignments = state.assignments()
    touched = None if saved is None else _changed_stories(store, assignments)  # None: every one
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    conn = store.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM article_stories")
        conn.executemany(
            "INSERT INTO article_stories (article, story, duplicate_of, similarity, assigned_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (
                    int(a.id),
                    a.story,
                    int(a.duplicate_of) if a.duplicate_of else None,
                    a.similarity,
                    now,
                )
                for a in assignments
            ],
        )
        _write_clusters(store, assignments, touched, coded, sources)
        _save_state(store, state, settings, now)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.rollback()
        raise explain(exc, store.path) from exc
    clusters = store.query("SELECT count(*) FROM event_clusters")[0][0]
    return {
        "articles": len(assignments),
        "stories": len({a.story for a in assignments}),
        "duplicates": sum(a.duplicate_of is not None for a in assignments),
        "event_clusters": clusters,
        "new_articles": len(coded),
        "replayed": int(saved is None),
    }


def how_updated(counts: dict[str, int]) -> str:
    """Return in words what an update did: "all regrouped" or "N new"."""
    return "all regrouped" if counts["replayed"] else f"{counts['new_articles']} new"


def _changed_stories(store: SQLiteStore, assignments: list[StoryAssignment]) -> set[str]:
    """Return the stories an article joined or left since the stored assignments."""
    before = {
        r["article"]: r["story"] for r in store.query("SELECT article, story FROM article_stories")
    }
    changed: set[str] = set()
    for a in assignments:
        old = before.get(int(a.id))
        if old != a.story:
            changed.add(a.story)
            if old is not None:
                changed.add(old)
    return changed


def _coded(
    store: SQLiteStore, where: str, params: tuple[object, ...]
) -> tuple[list[tuple[Extraction, str]], dict[str, str]]:
    """Return the stored articles that match, oldest first, keyed by their row number."""
    rows = store.query(
        f"SELECT pk, id, source, text, result FROM articles WHERE status = 'ok' AND {where} "
        "ORDER BY pk",
        params,
    )
    coded: list[tuple[Extraction, str]] = []
    sources: dict[str, str] = {}
    for row in rows:
        key = f"{row['pk']}"  # article ids may repeat across sources; the row key does not
        data = json.loads(row["result"])
        data["id"] = key
        coded.append((Extraction.from_dict(data), row["text"]))
        sources[key] = row["source"] or row["id"]
    return coded, sources


def _write_clusters(
    store: SQLiteStore,
    assignments: list[StoryAssignment],
    touched: set[str] | None,
    coded: list[tuple[Extraction, str]],
    sources: dict[str, str],
) -> None:
    """Replace the event clusters of the stories that changed (of all, if ``touched`` is None)."""
    conn = store.conn
    if touched is None:
        conn.execute("DELETE FROM event_cluster_members")
        conn.execute("DELETE FROM event_clusters")
        results = {result.id: result for result, _ in coded}
    else:
        if not touched:
            return
        marks = ",".join("?" * len(touched))
        conn.execute(
            "DELETE FROM event_cluster_members WHERE cluster IN "
            f"(SELECT id FROM event_clusters WHERE story IN ({marks}))",
            tuple(touched),
        )
        conn.execute(f"DELETE FROM event_clusters WHERE story IN ({marks})", tuple(touched))
        wanted = [int(a.id) for a in assignments if a.story in touched]
        results, found = {}, {}
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk : chunk + 500]
            more, more_sources = _coded(store, f"pk IN ({','.join('?' * len(part))})", tuple(part))
            results.update({result.id: result for result, _ in more})
            found.update(more_sources)
        sources = found
    members: dict[str, list[Extraction]] = defaultdict(list)
    for a in assignments:
        if (touched is None or a.story in touched) and a.id in results:
            members[a.story].append(results[a.id])
    uids = {
        (r["article"], r["id"]): r["uid"]
        for r in store.query("SELECT uid, article, id FROM events")
    }
    for story, extractions in members.items():
        for cluster in event_clusters(extractions, sources=sources):
            cid = f"{story}.{cluster.id}"
            rep = uids.get((int(cluster.representative[0]), cluster.representative[1]))
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
                    (uids[(int(art), eid)], cid)
                    for art, eid in cluster.members
                    if (int(art), eid) in uids
                ],
            )


def _settings_key(settings: StorySettings) -> str:
    return json.dumps(dataclasses.asdict(settings), sort_keys=True)


def _saved_state(store: SQLiteStore, settings: StorySettings) -> tuple[StoryState, int] | None:
    """Return the saved clusterer state and the newest article it saw, if it can go on."""
    rows = store.query(
        "SELECT version, settings, last_article, articles, state FROM story_state WHERE id = 1"
    )
    if not rows:
        return None
    row = rows[0]
    if row["version"] != STATE_VERSION or row["settings"] != _settings_key(settings):
        return None
    seen = store.query(
        "SELECT count(*) FROM articles WHERE status = 'ok' AND pk <= ?", (row["last_article"],)
    )[0][0]
    if seen != row["articles"]:
        return None  # articles the state counts on were deleted: replay
    try:
        data = json.loads(zlib.decompress(row["state"]))
        return StoryState.from_state(data, settings=settings), int(row["last_article"])
    except (zlib.error, ValueError, KeyError, TypeError) as exc:
        logger.warning("the saved story state is unreadable (%s); replaying every article", exc)
        return None


def _save_state(store: SQLiteStore, state: StoryState, settings: StorySettings, now: str) -> None:
    last = max((int(key) for key in state.order), default=0)
    blob = zlib.compress(json.dumps(state.to_state(), separators=(",", ":")).encode(), 6)
    store.conn.execute(
        "INSERT OR REPLACE INTO story_state "
        "(id, version, settings, last_article, articles, saved_at, state) "
        "VALUES (1, ?, ?, ?, ?, ?, ?)",
        (STATE_VERSION, _settings_key(settings), last, len(state.order), now, blob),
    )


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
