"""Stories: duplicates and reports of one happening grouped, similar happenings kept apart."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest

from conftest import ROOT
from wirecoder.model import ActorRef, Event, Extraction, Span
from wirecoder.read import read_jsonl
from wirecoder.stories import (
    NearDuplicates,
    StoryClusterer,
    assign_stories,
    event_clusters,
)
from wirecoder.stories.features import Features, article_features

FIXTURE = ROOT / "tests" / "fixtures" / "stories.jsonl"


@pytest.fixture(scope="module")
def coded(pipeline) -> list[tuple[Extraction, str]]:
    lines = FIXTURE.read_text("utf-8").splitlines()
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in lines}
    return [(r, texts[r.id]) for r in pipeline.stream(read_jsonl(lines))]


def _groups(assignments) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for a in assignments:
        out[a.story].add(a.id)
    return out


REPORT = (
    "Police in Lagos fired tear gas on Sunday to disperse thousands of people who marched "
    "against a sharp rise in fuel prices, witnesses said. The Nigeria Labour Congress, which "
    "organised the march, demanded that the government reverse the increase within seven days "
    "and threatened a nationwide strike if it did not. Police said 30 protesters were detained "
    "and that two officers were injured when the crowd threw stones near the governor's office. "
    "The governor's spokesman said the state would meet union leaders on Monday to discuss "
    "transport subsidies for workers hit by the higher prices."
)


def test_exact_and_light_rewrites_are_near_duplicates() -> None:
    index = NearDuplicates()
    assert index.add("a", REPORT) == (None, 0.0)
    same, sim = index.add("b", REPORT)
    assert same == "a" and sim == 1.0
    rewrite = "LAGOS (Wirecoder Wire) - " + REPORT.replace("witnesses said", "witnesses told us")
    assert index.add("c", rewrite)[0] in ("a", "b")
    other = "A court in Nairobi sentenced a former governor to eight years in prison on Friday."
    assert index.add("d", other) == (None, 0.0)


def test_reports_of_one_quake_share_a_story_and_another_quake_stays_apart(coded) -> None:
    groups = _groups(assign_stories(coded))
    peru = next(g for g in groups.values() if "quake-a1" in g)
    turkey = next(g for g in groups.values() if "quake-b1" in g)
    assert {"quake-a1", "quake-a2", "quake-a3"} <= peru
    assert {"quake-b1", "quake-b2"} <= turkey
    assert peru.isdisjoint(turkey)
    for lone in ("protest-1", "court-1", "talks-1"):
        assert groups[next(s for s, g in groups.items() if lone in g)] == {lone}


def test_a_republished_article_points_to_its_original(coded) -> None:
    first, text = coded[0]
    copy = Extraction(id="copy", date=first.date, entities=first.entities, times=first.times)
    result = assign_stories([*coded, (copy, text)])
    dup = next(a for a in result if a.id == "copy")
    assert dup.duplicate_of == first.id
    assert dup.story == next(a.story for a in result if a.id == first.id)


def test_incremental_arrival_joins_existing_stories_with_stable_ids(coded) -> None:
    clusterer = StoryClusterer()
    ids = {}
    for result, text in coded:
        ids[result.id] = clusterer.add(article_features(result, text))
    assert clusterer.story["quake-a1"] == clusterer.story["quake-a3"]
    assert clusterer.story["quake-b1"] != clusterer.story["quake-a1"]
    # an article that has been seen already keeps its story
    again = article_features(*coded[1])
    assert clusterer.add(again) == clusterer.story["quake-a2"]


def _event(eid: str, cameo: str, src: str, tgt: str, date: str, conf: float) -> Event:
    return Event(
        eid,
        cameo,
        None,
        Span(0, 4, "held"),
        Span(0, 20),
        source=ActorRef(src, country=src),
        target=ActorRef(tgt, country=tgt),
        date=date,
        confidence=conf,
    )


def test_event_clusters_count_reports_once_per_interaction() -> None:
    a = Extraction(
        id="a",
        date="2024-03-16",
        events=(
            _event("v1", "043", "ETH", "SOM", "2024-03-16", 0.6),
            _event("v2", "190", "SOM", "ETH", "2024-03-10", 0.5),
        ),
    )
    b = Extraction(
        id="b", date="2024-03-17", events=(_event("v1", "042", "SOM", "ETH", "2024-03-16", 0.9),)
    )
    c = Extraction(
        id="c", date="2024-03-30", events=(_event("v1", "043", "ETH", "SOM", "2024-03-29", 0.7),)
    )
    clusters = event_clusters([a, b, c], sources={"a": "Wire A", "b": "Wire B", "c": "Wire A"})
    talks = next(cl for cl in clusters if ("a", "v1") in cl.members)
    assert talks.members == (("a", "v1"), ("b", "v1"))
    assert talks.reports == 2 and talks.sources == 2
    assert talks.representative == ("b", "v1")
    assert (talks.first_report, talks.last_report) == ("2024-03-16", "2024-03-17")
    assert len(clusters) == 3  # the fight and the later talks are interactions of their own


def test_an_event_dated_only_to_a_month_is_clustered_without_failing() -> None:
    a = Extraction(id="a", events=(_event("v1", "043", "ETH", "SOM", "2024-03", 0.6),))
    b = Extraction(id="b", events=(_event("v1", "042", "SOM", "ETH", "2024-03-16", 0.9),))
    (talks,) = event_clusters([a, b])
    assert talks.members == (("a", "v1"), ("b", "v1"))


def _item(doc_id: str, particulars: str) -> Features:
    topic = Counter({"w:earthquake": 2, "w:magnitude": 1, "w:killed": 1, "w:rescue": 1})
    return Features(doc_id, topic, Counter(particulars.split()))


def test_two_quakes_of_one_topic_split_by_their_particulars() -> None:
    arrivals = [
        _item("a1", "e:arequipa e:peru n:6.1 n:12 t:2024-03-12"),
        _item("b1", "e:malatya e:turkey n:5.4 n:3 t:2024-03-20"),
        _item("a2", "e:arequipa e:peru e:boluarte n:6.1 n:12"),
        _item("b2", "e:malatya e:turkey e:afad n:5.4 t:2024-03-20"),
        _item("a3", "e:arequipa e:peru n:14 t:2024-03-13"),
        _item("b3", "e:malatya e:afad e:battalgazi n:3"),
    ]
    background = [
        Features(f"x{i}", Counter({f"w:other{i}": 3}), Counter({f"e:x{i}": 1})) for i in range(30)
    ]
    clusterer = StoryClusterer.for_batch(arrivals + background)
    for item in arrivals:
        clusterer.add(item)
    assert len({clusterer.topic_of[i.id] for i in arrivals}) == 1  # one topic: earthquakes
    story = clusterer.story
    assert story["a1"] == story["a2"] == story["a3"]
    assert story["b1"] == story["b2"] == story["b3"]
    assert story["a1"] != story["b1"]
    assert story["a1"] == "s1"  # the first story keeps its id as the split appears
