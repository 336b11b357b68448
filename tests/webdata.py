"""Hand-written articles and their extractions, stored through the store's ingest for web tests.

The texts are the team's own. Each extraction is what a perfect coder would emit, so the API
and dashboard tests do not depend on how well the stages code today.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from wirecoder.model import (
    ActorRef,
    Article,
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
from wirecoder.read import from_text
from wirecoder.store import open_store
from wirecoder.store.ingest import ingest
from wirecoder.store.stories import update_stories

ACCUSE = (
    "ISLAMABAD, March 12 - Pakistan accused India on Thursday of massing troops near the "
    "border, the foreign ministry said.\n\n"
    '"India is preparing for war," a ministry spokesman told reporters in Islamabad.'
)
ACCUSE_AGAIN = (
    "Pakistan on Thursday accused India of moving troops to the frontier, officials in "
    "Islamabad said, raising fears of a new crisis."
)
TALKS = (
    "NAIROBI, April 2 - Kenya and Ethiopia held talks in Nairobi on Tuesday on border "
    "security. Kenya agreed to reopen the crossing at Moyale next month."
)
SCRIPT = (
    "LAGOS, March 20 - Protesters marched on the parliament on Friday carrying signs that "
    "read <script>alert('owned')</script> and <img src=x onerror=alert(1)>, police said."
)
SCRIPT_TITLE = "<b>Protest</b> in Lagos <script>alert('title')</script>"


def _at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _sentence(text: str, words: str) -> Span:
    start, end = _at(text, words)
    head = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stop = text.find(".", end)
    stop = len(text) if stop < 0 else stop + 1
    return Span(head if head > 1 else 0, stop, text[head if head > 1 else 0 : stop])


def _span(text: str, words: str, nth: int = 0) -> Span:
    start, end = _at(text, words, nth)
    return Span(start, end, words)


def _mention(text: str, words: str, nth: int = 0) -> Mention:
    start, end = _at(text, words, nth)
    return Mention(start, end, words)


def _actor(text: str, words: str, entity: str, country: str, sector: str | None) -> ActorRef:
    start, end = _at(text, words)
    return ActorRef(words, entity, country, sector, None, start, end)


def _accuse() -> tuple[Article, Extraction]:
    t = ACCUSE
    article = Article("web-accuse", t, "Pakistan accuses India over troops", "1987-03-12", "wire")
    quote_start, quote_end = _at(t, "India is preparing for war,")
    return article, Extraction(
        id=article.id,
        date=article.date,
        title=article.title,
        entities=(
            Entity("e1", "Pakistan", "GPE", (_mention(t, "Pakistan"),), "PAK", "GOV"),
            Entity("e2", "India", "GPE", (_mention(t, "India"), _mention(t, "India", 1)), "IND"),
            Entity(
                "e3",
                "ministry spokesman",
                "PERSON",
                (_mention(t, "a ministry spokesman"),),
                "PAK",
                "GOV",
            ),
        ),
        times=(TimeExpr(*_at(t, "Thursday"), "Thursday", "DATE", "1987-03-12", rule="weekday"),),
        places=(
            Place(
                *_at(t, "Islamabad"),
                text="Islamabad",
                name="Islamabad",
                country="PAK",
                lat=33.72,
                lon=73.04,
                geonameid=1176615,
                feature="PPLC",
                id="p1",
            ),
        ),
        events=(
            Event(
                id="v1",
                cameo="112",
                plover="ACCUSE",
                trigger=_span(t, "accused"),
                evidence=_sentence(t, "accused"),
                source=_actor(t, "Pakistan", "e1", "PAK", "GOV"),
                target=_actor(t, "India", "e2", "IND", None),
                date="1987-03-12",
                date_precision="day",
                place="p1",
                reported_by="q1",
                confidence=0.8,
                rule="accuse.accuse_of.v1",
            ),
        ),
        quotes=(
            Quote(
                "q1",
                quote_start,
                quote_end,
                "India is preparing for war,",
                "direct",
                Speaker("a ministry spokesman", *_at(t, "a ministry spokesman"), "e3"),
                _span(t, "told"),
                rule="cue.told.v1",
            ),
        ),
    )


def _accuse_again() -> tuple[Article, Extraction]:
    t = ACCUSE_AGAIN
    article = Article("web-accuse-2", t, "Fears of a new crisis", "1987-03-12", "wire")
    return article, Extraction(
        id=article.id,
        date=article.date,
        title=article.title,
        entities=(
            Entity("e1", "Pakistan", "GPE", (_mention(t, "Pakistan"),), "PAK", "GOV"),
            Entity("e2", "India", "GPE", (_mention(t, "India"),), "IND"),
        ),
        events=(
            Event(
                id="v1",
                cameo="112",
                plover="ACCUSE",
                trigger=_span(t, "accused"),
                evidence=_sentence(t, "accused"),
                source=_actor(t, "Pakistan", "e1", "PAK", "GOV"),
                target=_actor(t, "India", "e2", "IND", None),
                date="1987-03-12",
                confidence=0.7,
                rule="accuse.accuse_of.v1",
            ),
        ),
    )


def _talks() -> tuple[Article, Extraction]:
    t = TALKS
    article = Article("web-talks", t, "Kenya and Ethiopia hold border talks", "1987-04-02", "wire")
    nairobi = Place(
        *_at(t, "Nairobi"),
        text="Nairobi",
        name="Nairobi",
        country="KEN",
        lat=-1.28,
        lon=36.82,
        geonameid=184745,
        id="p1",
    )
    return article, Extraction(
        id=article.id,
        date=article.date,
        title=article.title,
        entities=(
            Entity("e1", "Kenya", "GPE", (_mention(t, "Kenya"), _mention(t, "Kenya", 1)), "KEN"),
            Entity("e2", "Ethiopia", "GPE", (_mention(t, "Ethiopia"),), "ETH"),
        ),
        places=(nairobi,),
        events=(
            Event(
                id="v1",
                cameo="043",
                plover="CONSULT",
                trigger=_span(t, "held talks"),
                evidence=_sentence(t, "held talks"),
                source=_actor(t, "Kenya", "e1", "KEN", None),
                target=_actor(t, "Ethiopia", "e2", "ETH", None),
                date="1987-03-31",
                place="p1",
                rule="consult.hold_talks.v1",
                repeats=(_sentence(t, "agreed"),),  # told again where the pact is told
            ),
            Event(
                id="v2",
                cameo="057",
                plover="AGREE",
                trigger=_span(t, "agreed"),
                evidence=_sentence(t, "agreed"),
                source=_actor(t, "Kenya", "e1", "KEN", None),
                date="1987-05",
                status="planned",
                rule="agree.agree_to.v1",
            ),
        ),
    )


def _script() -> tuple[Article, Extraction]:
    t = SCRIPT
    article = Article("web-script", t, SCRIPT_TITLE, "1987-03-20", "wire")
    return article, Extraction(
        id=article.id,
        date=article.date,
        title=article.title,
        entities=(Entity("e1", "Protesters", "NORP", (_mention(t, "Protesters"),), "NGA", "CVL"),),
        events=(
            Event(
                id="v1",
                cameo="141",
                plover="PROTEST",
                trigger=_span(t, "marched"),
                evidence=_sentence(t, "marched"),
                source=ActorRef('=HYPERLINK("x")', "e1", "NGA", "CVL"),
                date="1987-03-20",
                rule="protest.march_on.v1",
            ),
        ),
    )


ARTICLES: tuple[tuple[Article, Extraction], ...] = (
    _accuse(),
    _accuse_again(),
    _talks(),
    _script(),
)


class FakePipeline:
    """Stands in for the pipeline: returns the hand-written extraction of each article."""

    def __init__(self, records: Iterable[tuple[Article, Extraction]]) -> None:
        self.results = {article.id: extraction for article, extraction in records}

    def extract(self, text: str, date: str | None = None, **meta: str) -> Extraction:
        """Code one article given as text, as Pipeline.extract does."""
        return next(self.stream([from_text(text, date=date, **meta)]))

    def stream(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Yield each document's hand-written extraction (or its error record)."""
        for doc in docs:
            if doc.error or doc.article.id not in self.results:
                yield doc.to_extraction()
            else:
                yield self.results[doc.article.id]


def build_database(path: Path, extra: Iterable[tuple[Article, Extraction]] = ()) -> Path:
    """Store the hand-written articles (and one unreadable input), then group them into stories."""
    records = [*ARTICLES, *extra]
    docs = [Document(article=article) for article, _ in records]
    docs.append(
        Document(
            article=Article("web-broken", ""),
            error="web-broken: not UTF-8 (byte 0xff at offset 3); re-encode the input as UTF-8",
        )
    )
    with open_store(str(path)) as store:
        ingest(store, docs, FakePipeline(records))
        update_stories(store)
    return path
