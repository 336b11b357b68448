"""The event filters that ``wirecoder events``, the REST API and the dashboard share.

One :class:`EventFilters` turns the filters a user gives into one SQL condition over ``events e``,
``articles a`` and ``places p``, so the command line and the web mean the same by each filter.
Every value reaches SQLite as a bound parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wirecoder.errors import StoreError

_FTS_SYNTAX = re.compile(r'["*()^:]|\b(?:AND|OR|NOT|NEAR)\b')
_WORD = re.compile(r"\w+")

# the day an event happened, else the day its article was published
DAY_SQL = "COALESCE(e.date, a.date)"
# how many stored events report the same happening as this one (1 outside any event cluster)
REPORTS_SQL = "COALESCE((SELECT c.reports FROM event_clusters c WHERE c.representative = e.uid), 1)"
# with dedup, an event cluster stands as its representative; events outside clusters stand alone
_ONCE_SQL = (
    "(e.uid NOT IN (SELECT event FROM event_cluster_members) "
    "OR e.uid IN (SELECT representative FROM event_clusters))"
)


def fts_query(text: str) -> str:
    """Return an FTS5 query for user text: plain words must all match; FTS syntax passes."""
    if _FTS_SYNTAX.search(text):
        return text
    words = _WORD.findall(text)
    if not words:
        raise StoreError(f"search text {text!r} has no words to look for")
    return " ".join(f'"{word}"' for word in words)


@dataclass(frozen=True)
class EventFilters:
    """The filters of ``wirecoder events``; unset ones do not filter."""

    actor: str | None = None
    sector: str | None = None
    type: str | None = None
    cameo: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None
    article: str | None = None  # an article id: only its events
    dedup: bool = False  # one row per event cluster (`wirecoder stories` stores them)

    def source(self) -> str:
        """Return the FROM clause the filters need (places only when filtering by place)."""
        places = "LEFT JOIN places p ON p.article = e.article AND p.id = e.place\n"
        return "FROM events e\nJOIN articles a ON a.pk = e.article\n" + (
            places if self.place else ""
        )

    def where(self) -> tuple[str, dict[str, Any]]:
        """Return the SQL condition (over events e, articles a, places p) and its parameters."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if self.dedup:
            where.append(_ONCE_SQL)
        if self.actor:
            where.append(
                "(e.source_country = :actor_code OR e.target_country = :actor_code "
                "OR e.source_code LIKE :actor_prefix OR e.target_code LIKE :actor_prefix "
                "OR e.source_text LIKE :actor_like OR e.target_text LIKE :actor_like)"
            )
            params |= {
                "actor_code": self.actor.upper(),
                "actor_prefix": self.actor.upper() + "%",
                "actor_like": f"%{self.actor}%",
            }
        if self.sector:
            where.append("(e.source_sector = :sector OR e.target_sector = :sector)")
            params["sector"] = self.sector.upper()
        if self.type:
            where.append("e.plover = :type")
            params["type"] = self.type.upper()
        if self.cameo:
            where.append("e.cameo LIKE :cameo")
            params["cameo"] = self.cameo + "%"
        if self.status:
            where.append("e.status = :status")
            params["status"] = self.status.lower()
        if self.since:
            where.append(f"{DAY_SQL} >= :since")
            params["since"] = self.since
        if self.until:
            where.append(f"substr({DAY_SQL}, 1, 10) <= :until")
            params["until"] = self.until
        if self.place:
            where.append(
                "(p.name LIKE :place_like OR p.text LIKE :place_like OR p.country = :place_code)"
            )
            params |= {"place_like": f"%{self.place}%", "place_code": self.place.upper()}
        if self.text:
            where.append(
                "e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q)"
            )
            params["q"] = fts_query(self.text)
        if self.article:
            where.append("a.id = :article")
            params["article"] = self.article
        return ("WHERE " + " AND ".join(where) + "\n" if where else ""), params
