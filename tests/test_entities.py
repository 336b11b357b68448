"""Mentions of one real actor form one entity, and the rule that grouped them is named."""

from __future__ import annotations

from wirecoder.model import Extraction


def _by_name(result: Extraction) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in result.entities}


def test_country_names_abbreviations_and_dots_form_one_entity(pipeline) -> None:
    result = pipeline.extract(
        "The United States and Pakistan agreed on a plan. US officials said the U.S. team "
        "would arrive in Pakistan on Monday.",
        date="2024-01-08",
    )
    groups = _by_name(result)
    assert sorted(groups["United States"]) == ["U.S.", "US", "United States"]
    usa = next(e for e in result.entities if e.name == "United States")
    assert usa.country == "USA" and usa.rule == "countries.v1:USA"


def test_a_surname_joins_the_full_name(pipeline) -> None:
    result = pipeline.extract(
        "Foreign Minister Amina Odhiambo arrived in Nairobi. Odhiambo said the talks went well.",
        date="2024-01-08",
    )
    person = next(e for e in result.entities if e.type == "PERSON")
    assert person.name == "Amina Odhiambo"
    assert [m.text for m in person.mentions] == ["Amina Odhiambo", "Odhiambo"]
    assert person.rule == "entities.name_part.v1"


def test_an_acronym_joins_its_expansion(pipeline) -> None:
    result = pipeline.extract(
        "The Nigeria Labour Congress called a strike on Monday. The NLC said the strike "
        "would continue until wages were raised.",
        date="2024-01-08",
    )
    congress = next(e for e in result.entities if "Labour" in e.name)
    assert [m.text for m in congress.mentions] == ["Nigeria Labour Congress", "NLC"]
    assert congress.mentions[1].kind == "acronym"


def test_lexicon_aliases_group_organisations_and_leave_other_names_apart(pipeline) -> None:
    result = pipeline.extract(
        "The State Department said on Monday it would send envoys. A spokesman for the US "
        "Department of State said the envoys would meet officials from the Kremlin.",
        date="2024-01-08",
    )
    groups = _by_name(result)
    assert "US Department of State" in groups
    assert len(groups["US Department of State"]) == 2
    assert "Kremlin" in groups


def test_mentions_drop_leading_article_and_possessive(pipeline) -> None:
    result = pipeline.extract(
        "Washington's assurance reached the United Nations on Monday.", date="2024-01-08"
    )
    texts = [m.text for e in result.entities for m in e.mentions]
    assert "Washington" in texts
    assert "United Nations" in texts
