"""What a careful reader compares across articles: topic words, and the happening's particulars.

An article's features come in two groups. *Topic* features are its content words; they say what
kind of happening it reports (an earthquake, an arrest). *Particular* features say which one:
the participants (entity names and their parts), places, numbers, dates and coded events. The
story clusterer finds the topic with all features, then tells happenings of one topic apart with
the particulars, weighted by how rare they are inside that topic.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from wirecoder.model import Extraction

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,.]*\d|\d)(st|nd|rd|th)?(?![\w])")
# labels of entities that name participants and places
PARTICIPANT_TYPES = frozenset("PERSON ORG GPE LOC FAC NORP EVENT WORK_OF_ART PRODUCT".split())


def _stopwords() -> frozenset[str]:
    text = resources.files("wirecoder.stories").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


STOPWORDS = _stopwords()


def stem(word: str) -> str:
    """Return a crude stem so that 'arrests', 'arrested' and 'arresting' compare equal."""
    for suffix in ("ings", "ing", "edly", "ed", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            return base + "y" if suffix == "ies" else base
    return word


@dataclass(frozen=True)
class Features:
    """One article's features for story clustering."""

    id: str
    topic: Counter[str]
    particular: Counter[str]
    date: str | None = None

    def all(self) -> Counter[str]:
        """Return topic and particular features together."""
        return self.topic + self.particular


def topic_words(text: str) -> Counter[str]:
    """Return the content-word stems of a text (no stopwords, no numbers)."""
    words = Counter()
    for match in _WORD.finditer(text):
        word = match.group(0).lower().strip("'’-")
        if len(word) > 2 and word not in STOPWORDS:
            words["w:" + stem(word)] += 1
    return words


def article_features(result: Extraction, text: str) -> Features:
    """Return the clustering features of one coded article."""
    topic = topic_words(text)
    particular: Counter[str] = Counter()
    for entity in result.entities:
        if entity.type not in PARTICIPANT_TYPES:
            continue
        name = entity.name.lower()
        count = len(entity.mentions)
        particular["e:" + name] += count
        for part in name.split():
            if len(part) > 2 and part not in STOPWORDS:
                particular["p:" + part] += count
        if entity.country:
            particular["c:" + entity.country] += 1
    for match in _NUMBER.finditer(text):
        particular["n:" + match.group(0).replace(",", "")] += 1
    for time in result.times:
        if time.type == "DATE" and time.value[:1].isdigit():
            particular["t:" + time.value] += 1
    for place in result.places:
        if place.geonameid is not None:
            particular[f"g:{place.geonameid}"] += 1
    for event in result.events:
        src = event.source.country if event.source else None
        tgt = event.target.country if event.target else None
        particular[f"v:{event.cameo[:2]}:{src}:{tgt}"] += 1
    return Features(result.id, topic, particular, result.date)
