"""Stories: one real-world happening, many articles, counted once.

``assign_stories`` takes coded articles (with their texts) in arrival order and returns, for
each, its story id and the earlier article it near-duplicates, if any. ``event_clusters`` groups
the events of one story that describe the same interaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from wirecoder.model import Event, Extraction
from wirecoder.stories.cluster import StoryClusterer, StorySettings
from wirecoder.stories.dedup import NearDuplicates
from wirecoder.stories.features import Features, article_features

__all__ = [
    "EventCluster",
    "NearDuplicates",
    "StoryAssignment",
    "StoryClusterer",
    "StorySettings",
    "StoryState",
    "assign_stories",
    "event_clusters",
    "article_features",
]


@dataclass(frozen=True)
class StoryAssignment:
    """Where one article landed: its story, and the article it near-duplicates (if any)."""

    id: str
    story: str
    duplicate_of: str | None = None
    similarity: float | None = None

    def to_dict(self) -> dict[str, object]:
        """Return the assignment as a JSON-ready dict."""
        return {
            "id": self.id,
            "story": self.story,
            "duplicate_of": self.duplicate_of,
            "similarity": None if self.similarity is None else round(self.similarity, 3),
        }


class StoryState:
    """The story grouping so far: the near-duplicate index, the clusterer and what they decided.

    ``for_batch`` groups a batch at once (idf from the whole batch); ``add`` then takes later
    articles one at a time, so that a stream is grouped without replaying what came before.
    ``to_state``/``from_state`` carry it between runs as JSON-ready data.
    """

    def __init__(self, clusterer: StoryClusterer, dedup: NearDuplicates | None = None) -> None:
        self.clusterer = clusterer
        self.dedup = dedup or NearDuplicates()
        self.duplicates: dict[str, tuple[str, float]] = {}
        self.order: list[str] = []

    @classmethod
    def for_batch(
        cls, articles: Iterable[tuple[Extraction, str]], *, settings: StorySettings | None = None
    ) -> StoryState:
        """Group a batch of coded articles (result, text), in arrival order."""
        state = cls(StoryClusterer(settings=settings))
        items = [
            item for result, text in articles if (item := state._screen(result, text)) is not None
        ]
        # the idf comes from the whole batch, so the clusterer is made once all are screened
        state.clusterer = StoryClusterer.for_batch(items, settings=settings)
        for item in items:
            state.clusterer.add(item)
        return state

    def add(self, result: Extraction, text: str) -> None:
        """Group one more coded article (an article seen before keeps its place)."""
        if result.id in self.clusterer.story or result.id in self.duplicates:
            return
        item = self._screen(result, text)
        if item is not None:
            self.clusterer.add(item)

    def _screen(self, result: Extraction, text: str) -> Features | None:
        """Note an arriving article; return its features, or None for a near-duplicate."""
        self.order.append(result.id)
        if result.status != "ok":  # an error record is a story of its own
            return article_features(result, "")
        original, sim = self.dedup.add(result.id, text)
        if original is not None:
            self.duplicates[result.id] = (original, sim)
            return None
        return article_features(result, text)

    def assignments(self) -> list[StoryAssignment]:
        """Return every article's story and original, in arrival order."""
        out = []
        story = self.clusterer.story
        for key in self.order:
            if key in self.duplicates:
                original, sim = self.duplicates[key]
                out.append(StoryAssignment(key, story[original], original, sim))
            else:
                out.append(StoryAssignment(key, story[key]))
        return out

    def to_state(self) -> dict[str, Any]:
        """Return the whole state as JSON-ready data."""
        return {
            "clusterer": self.clusterer.to_state(),
            "dedup": self.dedup.to_state(),
            "duplicates": {key: list(pair) for key, pair in self.duplicates.items()},
            "order": self.order,
        }

    @classmethod
    def from_state(
        cls, data: dict[str, Any], *, settings: StorySettings | None = None
    ) -> StoryState:
        """Return the state ``to_state`` saved, ready to take more articles."""
        state = cls(
            StoryClusterer.from_state(data["clusterer"], settings=settings),
            NearDuplicates.from_state(data["dedup"]),
        )
        state.duplicates = {
            key: (pair[0], float(pair[1])) for key, pair in data["duplicates"].items()
        }
        state.order = list(data["order"])
        return state


def assign_stories(
    articles: Iterable[tuple[Extraction, str]], *, settings: StorySettings | None = None
) -> list[StoryAssignment]:
    """Group a batch of coded articles (result, text) into stories, in arrival order."""
    return StoryState.for_batch(articles, settings=settings).assignments()


@dataclass(frozen=True)
class EventCluster:
    """Events of one story that describe the same interaction, reported once or many times."""

    id: str
    representative: tuple[str, str]  # (article id, event id)
    members: tuple[tuple[str, str], ...]
    reports: int
    sources: int
    first_report: str | None
    last_report: str | None


def _compatible(a: Event, b: Event, *, days: int) -> bool:
    if a.cameo[:2] != b.cameo[:2]:
        return False
    actors_a = {a.source.country if a.source else None, a.target.country if a.target else None}
    actors_b = {b.source.country if b.source else None, b.target.country if b.target else None}
    known_a, known_b = actors_a - {None}, actors_b - {None}
    if known_a and known_b and not (known_a <= known_b or known_b <= known_a):
        return False
    first, second = _day(a.date), _day(b.date)
    if first and second:
        return abs((first - second).days) <= days
    return True


def _day(value: str | None) -> Date | None:
    """Return an event's date as a day; None for none or a coarser one ("1987-05")."""
    try:
        return Date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def event_clusters(
    story: Sequence[Extraction], *, sources: dict[str, str] | None = None, days: int = 2
) -> list[EventCluster]:
    """Group the events of one story's articles that describe the same interaction."""
    groups: list[list[tuple[Extraction, Event]]] = []
    for result in story:
        for event in result.events:
            home = next((g for g in groups if _compatible(g[0][1], event, days=days)), None)
            if home is None:
                groups.append([(result, event)])
            else:
                home.append((result, event))
    clusters = []
    for number, group in enumerate(groups, start=1):
        best = max(group, key=lambda pair: (pair[1].confidence or 0.0, -group.index(pair)))
        days_reported = sorted(r.date for r, _ in group if r.date)
        origin = sources or {}
        clusters.append(
            EventCluster(
                id=f"c{number}",
                representative=(best[0].id, best[1].id),
                members=tuple((r.id, e.id) for r, e in group),
                reports=len(group),
                sources=len({origin.get(r.id, r.id) for r, _ in group}),
                first_report=days_reported[0] if days_reported else None,
                last_report=days_reported[-1] if days_reported else None,
            )
        )
    return clusters
