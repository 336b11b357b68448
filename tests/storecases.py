"""Hand-built coded articles for the store tests: every contract field filled, no spaCy.

``HandCoder`` stands in for the pipeline: it finds a few names written into the test articles
and builds entities, times, places, an event and a quote from them, so the store can be tested
with fields that the real stages may not fill yet.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecoder.model import (
    ActorRef,
    Document,
    Entity,
    Event,
    Extraction,
    Mention,
    Place,
    Quote,
    Span,
    Speaker,
    TimeExpr,
)

COUNTRIES = {"Pakistan": "PAK", "India": "IND", "Kenya": "KEN", "Ethiopia": "ETH"}
CITIES = {"Islamabad": ("PAK", 33.72, 73.04, 1176615), "Nairobi": ("KEN", -1.28, 36.82, 184745)}
VERBS = {"accused": ("112", "ACCUSE", "occurred"), "will hold talks": ("043", "CONSULT", "planned")}

ARTICLES = [
    {
        "id": "wire-1",
        "date": "2024-03-04",
        "title": "Pakistan accuses India over border shelling",
        "url": "https://news.example.org/1",
        "source": "Example Wire",
        "text": "Pakistan accused India of shelling border posts on March 3. "
        'A ministry spokesperson said: "India must stop the firing now." '
        "Officials met in Islamabad to review border security.",
    },
    {
        "id": "wire-2",
        "date": "2024-05-14",
        "title": "Kenya and Ethiopia to meet",
        "url": "https://news.example.org/2",
        "text": "Kenya will hold talks with Ethiopia in Nairobi on May 20. "
        'The foreign minister said: "We expect progress on trade."',
    },
    {
        "id": "wire-3",
        "date": "1987-02-10",
        "title": "Grain harvest",
        "text": "Farmers expect a large grain harvest this year, traders said on Tuesday.",
    },
]


def code(doc: Document) -> Extraction:
    """Return a full contract record for one of the test articles (found by plain matching)."""
    if doc.error:
        return doc.to_extraction(meta={"stages": ["hand.v1"]})
    text = doc.article.text
    entities = []
    for name, country in COUNTRIES.items():
        spans = [m.span() for m in re.finditer(name, text)]
        if spans:
            mentions = tuple(Mention(s, e, name, rule="hand.v1") for s, e in spans)
            entities.append(
                Entity(
                    f"e{len(entities) + 1}",
                    name,
                    "GPE",
                    mentions,
                    country=country,
                    sector="GOV",
                    code=country + "GOV",
                    rule="countries.v2:" + country,
                )
            )
    times = [
        TimeExpr(m.start(), m.end(), m.group(), "DATE", _day(doc, m.group()), id=f"t{i}")
        for i, m in enumerate(re.finditer(r"(March|May) \d+", text), start=1)
    ]
    places = []
    for city, (country, lat, lon, gid) in CITIES.items():
        at = text.find(city)
        if at >= 0:
            places.append(
                Place(
                    at,
                    at + len(city),
                    city,
                    name=city,
                    country=country,
                    lat=lat,
                    lon=lon,
                    geonameid=gid,
                    feature="PPLC",
                    id=f"p{len(places) + 1}",
                    confidence=0.9,
                    rule="geo.v1",
                )
            )
    quotes = []
    for i, m in enumerate(re.finditer(r'(said): "([^"]+)"', text), start=1):
        speaker_at = text.rfind(".", 0, m.start()) + 2
        quotes.append(
            Quote(
                f"q{i}",
                m.start(2) - 1,
                m.end(2) + 1,
                text[m.start(2) - 1 : m.end(2) + 1],
                "direct",
                Speaker(text[speaker_at : m.start() - 1], speaker_at, m.start() - 1),
                Span(m.start(1), m.end(1), "said"),
                rule="quotes.colon.v1",
            )
        )
    events = []
    for verb, (cameo, plover, status) in VERBS.items():
        at = text.find(verb)
        if at < 0 or len(entities) < 2:
            continue
        sentence_end = text.find(".", at) + 1
        source, target = entities[0], entities[1]
        events.append(
            Event(
                id=f"v{len(events) + 1}",
                cameo=cameo,
                plover=plover,
                trigger=Span(at, at + len(verb), verb),
                evidence=Span(0, sentence_end),
                source=_actor(source),
                target=_actor(target),
                mode="verbal" if plover == "ACCUSE" else "visit",
                date=times[0].value if times else None,
                date_precision="day" if times else "article",
                place=places[0].id if places else None,
                status=status,
                reported_by=quotes[0].id if quotes else None,
                confidence=0.8,
                rule=f"{plover.lower()}.hand.v1",
            )
        )
    return doc.with_(
        entities=tuple(entities),
        times=tuple(times),
        places=tuple(places),
        events=tuple(events),
        quotes=tuple(quotes),
    ).to_extraction(meta={"stages": ["hand.v1"]})


def _actor(entity: Entity) -> ActorRef:
    first = entity.mentions[0]
    return ActorRef(
        entity.name, entity.id, entity.country, entity.sector, entity.code, first.start, first.end
    )


def _day(doc: Document, words: str) -> str:
    month = {"March": 3, "May": 5}[words.split()[0]]
    year = (doc.article.date or "2024")[:4]
    return f"{year}-{month:02d}-{int(words.split()[1]):02d}"


class HandCoder:
    """A stand-in for the pipeline: ``stream`` yields :func:`code` results in input order."""

    def __init__(self) -> None:
        self.coded = 0

    def stream(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Code each document with :func:`code`."""
        for doc in docs:
            self.coded += 1
            yield code(doc)


def write_jsonl(path: Path, records: Iterable[dict]) -> Path:
    """Write records as JSON Lines and return the path."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def many(n: int) -> list[dict]:
    """Return ``n`` distinct small articles (every third one names two countries)."""
    out = []
    for i in range(n):
        if i % 3 == 0:
            text = f"Pakistan accused India of raid number {i} on March {1 + i % 27}."
        else:
            text = f"Traders in market {i} expected steady prices for wheat and maize."
        out.append({"id": f"n{i}", "date": "2024-03-01", "text": text})
    return out
