"""The data model converts to and from the JSON contract without loss."""

from __future__ import annotations

import dataclasses

import pytest

from wirecoder.model import (
    ActorRef,
    Entity,
    Event,
    Extraction,
    Mention,
    Quote,
    Span,
    Speaker,
    TimeExpr,
)


def _full() -> Extraction:
    return Extraction(
        id="a1",
        date="2023-03-05",
        entities=(
            Entity(
                "e1",
                "Christopher Landberg",
                "PERSON",
                (Mention(10, 30, "Christopher Landberg"),),
                country="USA",
                sector="GOV",
                title="Acting Coordinator",
            ),
        ),
        times=(TimeExpr(40, 49, "March 6-7", "DATE", "2023-03-06/2023-03-07"),),
        events=(
            Event(
                "v1",
                "043",
                "CONSULT",
                Span(0, 4, "hold"),
                Span(0, 60),
                source=ActorRef("Pakistan", entity="e2", country="PAK"),
                status="planned",
                confidence=0.8,
                rule="consult.hold.v1",
            ),
        ),
        quotes=(
            Quote(
                "q1",
                5,
                20,
                "the dialogue",
                "direct",
                Speaker("she", 0, 3, "e1"),
                Span(22, 26, "said"),
            ),
        ),
    )


def test_round_trip_keeps_every_field() -> None:
    record = _full()
    assert Extraction.from_dict(record.to_dict()) == record


def test_contract_shape_has_the_documented_keys() -> None:
    data = _full().to_dict()
    assert {
        "id",
        "status",
        "error",
        "date",
        "entities",
        "times",
        "places",
        "events",
        "quotes",
    } <= set(data)
    event = data["events"][0]
    assert event["trigger"] == {"start": 0, "end": 4, "text": "hold"}
    assert event["source"]["country"] == "PAK"
    assert data["entities"][0]["mentions"][0]["text"] == "Christopher Landberg"


def test_unknown_keys_are_ignored_when_reading() -> None:
    data = _full().to_dict()
    data["added_later"] = 1
    data["entities"][0]["new_field"] = "x"
    assert Extraction.from_dict(data).entities[0].name == "Christopher Landberg"


def test_records_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _full().id = "other"  # type: ignore[misc]
