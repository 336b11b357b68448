"""The project's reference article: the entities of gold.json are found, their mentions grouped."""

from __future__ import annotations

import json

import pytest

from wirecoder.lexicon import name_key


@pytest.fixture(scope="module")
def seed(shared, pipeline):
    folder = shared / "examples" / "seed"
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    text = (folder / "article.txt").read_text("utf-8")
    return gold, text, pipeline.extract(text, date=gold["document"]["date"], id="seed")


def _entity_named(result, name):
    key = name_key(name)
    return next((e for e in result.entities if name_key(e.name) == key), None)


MUST = [
    "Pakistan",
    "United States",
    "Afghanistan",
    "Foreign Office",
    "US Department of State",
    "Syed Haider Shah",
    "Christopher Landberg",
    "Imran Khan",
    "Taliban",
    "United Nations",
]


@pytest.mark.parametrize("name", MUST)
def test_every_must_entity_is_found(seed, name) -> None:
    gold, _, result = seed
    assert name in {e["name"] for e in gold["entities"]["must"]}
    assert _entity_named(result, name) is not None, name


@pytest.mark.parametrize(
    ("name", "surfaces"),
    [
        ("United States", {"United States", "US", "U.S.", "Washington"}),  # a metonym (issue 5)
        ("US Department of State", {"US Department of State", "State Department"}),
        ("Christopher Landberg", {"Christopher Landberg"}),
    ],
)
def test_mentions_of_one_actor_are_grouped(seed, name, surfaces) -> None:
    _, text, result = seed
    entity = _entity_named(result, name)
    assert {m.text for m in entity.mentions} == surfaces
    for m in entity.mentions:
        assert text[m.start : m.end] == m.text


def test_gold_countries_are_coded(seed) -> None:
    gold, _, result = seed
    for item in gold["entities"]["must"]:
        if item["type"] == "GPE":
            assert _entity_named(result, item["name"]).country == item["country"]
