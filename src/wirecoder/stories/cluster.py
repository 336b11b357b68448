"""Incremental story clustering: articles that report one happening share a story id.

Each arriving article first joins the *topic* (a group of articles about one kind of happening)
whose members it resembles most on average, by tf-idf cosine over all its features, or starts a
new one. Inside its topic, the recent members are then re-grouped by average-link agglomerative
clustering over their *particulars* (participants, places, numbers, dates, events) weighted by
how rare each is inside the topic: names every member shares say nothing about which happening
an article reports, names that split the topic say everything. Story ids stay stable: a regrouped
set of articles keeps the id most of its members already had.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from wirecoder.stories.features import Features

Vector = dict[str, float]


def unit(weights: dict[str, float]) -> Vector:
    """Return the vector scaled to length one (empty stays empty)."""
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {k: w / norm for k, w in weights.items()} if norm else {}


def dot(a: Vector, b: Vector) -> float:
    """Return the dot product of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(k, 0.0) for k, w in a.items())


def average_link(sims: np.ndarray, threshold: float) -> list[int]:
    """Cluster items by average-link agglomeration, merging while the best link ≥ threshold."""
    n = len(sims)
    sizes = np.ones(n)
    active = np.ones(n, dtype=bool)
    link = sims.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    label = list(range(n))
    while active.sum() > 1:
        masked = np.where(active[:, None] & active[None, :], link, -np.inf)
        flat = int(np.argmax(masked))
        a, b = divmod(flat, n)
        if masked[a, b] < threshold:
            break
        # Lance-Williams update for average link: the merged cluster's mean similarity
        merged = (sizes[a] * link[a] + sizes[b] * link[b]) / (sizes[a] + sizes[b])
        link[a], link[:, a] = merged, merged
        link[a, a] = -np.inf
        sizes[a] += sizes[b]
        active[b] = False
        label = [a if x == b else x for x in label]
    return label


@dataclass
class _Topic:
    id: int
    centroid: Vector = field(default_factory=dict)  # sum of member unit vectors
    members: list[str] = field(default_factory=list)
    df: Counter[str] = field(default_factory=Counter)  # particulars' document counts in the topic
    last_date: str | None = None


@dataclass(frozen=True)
class StorySettings:
    """Thresholds of the clusterer, tuned on the ECB+ dev set (docs/accuracy.md)."""

    topic_threshold: float = 0.045
    story_threshold: float = 0.06
    core_share: float = 0.3  # share of a group's core a lone article needs to join it
    smoothing: float = 0.0  # added to the in-topic idf: >0 keeps features every member shares
    window: int = 80  # recent topic members regrouped on each arrival
    candidates: int = 40  # the rarest shared features find the candidate topics
    max_days: int = 30  # topics idle longer than this (by article date) take no new members


class StoryClusterer:
    """Assigns each arriving article to a story; earlier assignments may merge as evidence grows."""

    def __init__(
        self,
        *,
        settings: StorySettings | None = None,
        df: Counter[str] | None = None,
        n_docs: int = 0,
    ) -> None:
        self.settings = settings or StorySettings()
        self.df: Counter[str] = Counter(df or {})
        self.n_docs = n_docs
        self._fixed_df = df is not None
        self.features: dict[str, Features] = {}
        self.story: dict[str, str] = {}
        self.topic_of: dict[str, int] = {}
        self._topics: list[_Topic] = []
        self._index: dict[str, set[int]] = defaultdict(set)
        self._next_story = 1

    @classmethod
    def for_batch(
        cls, batch: list[Features], *, settings: StorySettings | None = None
    ) -> StoryClusterer:
        """Return a clusterer whose idf comes from the whole batch, as a corpus would give."""
        df: Counter[str] = Counter()
        for item in batch:
            df.update(item.all().keys())
        return cls(settings=settings, df=df, n_docs=len(batch))

    def to_state(self) -> dict[str, Any]:
        """Return everything the clusterer has learned, as JSON-ready data."""
        return {
            "df": dict(self.df),
            "n_docs": self.n_docs,
            "features": {
                key: [dict(f.topic), dict(f.particular), f.date] for key, f in self.features.items()
            },
            "story": self.story,
            "topic_of": self.topic_of,
            "topics": [
                [t.id, t.centroid, t.members, dict(t.df), t.last_date] for t in self._topics
            ],
            "next_story": self._next_story,
        }

    @classmethod
    def from_state(
        cls, state: dict[str, Any], *, settings: StorySettings | None = None
    ) -> StoryClusterer:
        """Return a clusterer that goes on from ``to_state``'s data, its idf growing again."""
        clusterer = cls(settings=settings)
        clusterer.df = Counter(state["df"])
        clusterer.n_docs = int(state["n_docs"])
        clusterer.features = {
            key: Features(key, Counter(topic), Counter(particular), date)
            for key, (topic, particular, date) in state["features"].items()
        }
        clusterer.story = dict(state["story"])
        clusterer.topic_of = {key: int(value) for key, value in state["topic_of"].items()}
        for number, centroid, members, df, last_date in state["topics"]:
            topic = _Topic(int(number), dict(centroid), list(members), Counter(df), last_date)
            clusterer._topics.append(topic)
            for key in topic.centroid:
                clusterer._index[key].add(topic.id)
        clusterer._next_story = int(state["next_story"])
        return clusterer

    def idf(self, feature: str) -> float:
        """Return the smoothed inverse document frequency of a feature."""
        return math.log((self.n_docs + 1) / (self.df.get(feature, 0) + 1)) + 1e-6

    def vector(self, counts: Counter[str]) -> Vector:
        """Return the tf-idf unit vector of a feature count."""
        return unit({k: (1 + math.log(c)) * self.idf(k) for k, c in counts.items() if c > 0})

    def add(self, item: Features) -> str:
        """Add one article and return its story id (other articles' ids may change by merging)."""
        if item.id in self.story:
            return self.story[item.id]
        if not self._fixed_df:
            self.df.update(item.all().keys())
            self.n_docs += 1
        self.features[item.id] = item
        vec = self.vector(item.all())
        topic = self._best_topic(vec, item.date) or self._new_topic()
        for key, weight in vec.items():
            topic.centroid[key] = topic.centroid.get(key, 0.0) + weight
            self._index[key].add(topic.id)
        topic.members.append(item.id)
        topic.df.update(item.particular.keys())
        if item.date and (topic.last_date is None or item.date > topic.last_date):
            topic.last_date = item.date
        self.topic_of[item.id] = topic.id
        self._regroup(topic)
        return self.story[item.id]

    def _new_topic(self) -> _Topic:
        topic = _Topic(id=len(self._topics))
        self._topics.append(topic)
        return topic

    def _best_topic(self, vec: Vector, date: str | None) -> _Topic | None:
        shared = [k for k in vec if self.df.get(k, 0) > 1]  # features some other article has
        rare = sorted(shared, key=vec.__getitem__, reverse=True)[: self.settings.candidates]
        candidates = set().union(*(self._index.get(k, set()) for k in rare)) if rare else set()
        best, best_sim = None, self.settings.topic_threshold
        for topic_id in candidates:
            topic = self._topics[topic_id]
            if date and topic.last_date and _days(topic.last_date, date) > self.settings.max_days:
                continue
            sim = dot(vec, topic.centroid) / len(topic.members)
            if sim >= best_sim:
                best, best_sim = topic, sim
        return best

    def _regroup(self, topic: _Topic) -> None:
        window = topic.members[-self.settings.window :]
        new_id = window[-1]
        if len(window) == 1:
            self.story[new_id] = self._mint()
            return
        n = len(topic.members)
        vectors = []
        for member in window:
            counts = self.features[member].particular
            smooth = self.settings.smoothing
            vectors.append(
                unit(
                    {
                        k: (1 + math.log(c)) * (math.log((n + 1) / (topic.df[k] + 1)) + smooth)
                        for k, c in counts.items()
                        if c > 0
                    }
                )
            )
        sims = np.array([[dot(a, b) for b in vectors] for a in vectors])
        labels = average_link(sims, self.settings.story_threshold)
        self._attach_singletons(window, labels)
        groups: dict[int, list[str]] = defaultdict(list)
        for member, label in zip(window, labels, strict=True):
            groups[label].append(member)
        taken: set[str] = set()
        for members in sorted(groups.values(), key=len, reverse=True):
            # a group keeps the id most of its members already had (the oldest on a tie), unless
            # a larger group took it: then the happening split off and gets a new id
            known = Counter(self.story[m] for m in members if m in self.story)
            free = [s for s in known if s not in taken]
            if free:
                story = min(free, key=lambda s: (-known[s], int(s.removeprefix("s"))))
            else:
                story = self._mint()
            taken.add(story)
            for member in members:
                self.story[member] = story

    def _attach_singletons(self, window: list[str], labels: list[int]) -> None:
        """Put an article left alone by the split into the group whose core it shares.

        A group's core is the particulars at least half of its members have. An article that
        shares enough of a group's core reports that group's happening with fewer details;
        one that shares little of any core reports a happening of its own.
        """
        groups: dict[int, list[int]] = defaultdict(list)
        for i, label in enumerate(labels):
            groups[label].append(i)
        for i in range(len(window)):
            if len(groups[labels[i]]) > 1:
                continue
            mine = set(self.features[window[i]].particular) - _coarse(self.features[window[i]])
            best, best_share = None, self.settings.core_share
            for label, members in groups.items():
                if label == labels[i]:
                    continue
                core = _core([self.features[window[j]] for j in members])
                share = len(mine & core) / len(core) if core else 0.0
                if share >= best_share:
                    best, best_share = label, share
            if best is not None:
                groups[labels[i]].remove(i)
                labels[i] = best
                groups[best].append(i)

    def _mint(self) -> str:
        story = f"s{self._next_story}"
        self._next_story += 1
        return story


def _coarse(item: Features) -> set[str]:
    """Return the coarse particulars (countries) that say little about which happening."""
    return {k for k in item.particular if k.startswith("c:")}


def _core(items: list[Features]) -> set[str]:
    """Return the particulars (countries aside) at least half of the items have."""
    counts: Counter[str] = Counter()
    for item in items:
        counts.update(k for k in item.particular if not k.startswith("c:"))
    return {k for k, c in counts.items() if 2 * c >= len(items)}


def _days(a: str, b: str) -> int:
    from datetime import date

    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
