"""Actors: titles, affiliations, references and country/sector codes, on our sentences (issue 5)."""

from __future__ import annotations

import pytest

from wirecoder.config import Settings
from wirecoder.errors import LexiconError
from wirecoder.lexicon import name_key
from wirecoder.lexicon.actors import user_actors
from wirecoder.model import Entity, Extraction
from wirecoder.pipeline import Pipeline
from wirecoder.read import from_text
from wirecoder.stages.actors import Actors, actor_code, actor_for_span, entity_at
from wirecoder.stages.entities import Entities
from wirecoder.stages.parse import Parse


@pytest.fixture(scope="module")
def actors_pipeline() -> Pipeline:
    """Parse, entities and actors only: the stages this file is about."""
    settings = Settings()
    return Pipeline(
        settings=settings,
        stages=(Parse(settings=settings), Entities(settings=settings), Actors(settings=settings)),
    )


def _extract(pipe: Pipeline, text: str) -> Extraction:
    return pipe.extract(text, date="2024-03-04")


def _named(result: Extraction, name: str) -> Entity:
    key = name_key(name)
    found = [e for e in result.entities if name_key(e.name) == key]
    found = found or [
        e for e in result.entities if any(name_key(m.text) == key for m in e.mentions)
    ]
    assert found, f"no entity named {name!r} in {[e.name for e in result.entities]}"
    return found[0]


# --- titles, the title lexicon and the sectors they give ------------------------------------------

TITLED = [
    (
        "Kenyan Foreign Minister Amina Odhiambo arrived in Addis Ababa on Monday.",
        "Amina Odhiambo",
        "Foreign Minister",
        "KEN",
        "GOV",
    ),
    (
        "Pakistani prime minister Imran Raza met the delegation on Monday.",
        "Imran Raza",
        "prime minister",
        "PAK",
        "GOV",
    ),
    (
        "Nigerian army chief Musa Bello inspected the base in the north.",
        "Musa Bello",
        "army chief",
        "NGA",
        "MIL",
    ),
    (
        "Egyptian judge Karim Fathy adjourned the trial until April.",
        "Karim Fathy",
        "judge",
        "EGY",
        "JUD",
    ),
    (
        "Indian police chief Rakesh Verma said the suspects were arrested.",
        "Rakesh Verma",
        "police chief",
        "IND",
        "COP",
    ),
    (
        "Colombian rebel commander Jorge Ruiz agreed to a ceasefire.",
        "Jorge Ruiz",
        "rebel commander",
        "COL",
        "REB",
    ),
    (
        "Turkish opposition leader Selin Kaya called for early elections.",
        "Selin Kaya",
        "opposition leader",
        "TUR",
        "OPP",
    ),
    (
        "French senator Claire Dubois criticised the budget on Tuesday.",
        "Claire Dubois",
        "senator",
        "FRA",
        "LEG",
    ),
    (
        "Brazilian President Lucas Ferreira visited the flooded region.",
        "Lucas Ferreira",
        "President",
        "BRA",
        "GOV",
    ),
    (
        "Japanese ambassador Kenji Sato presented his credentials in Seoul.",
        "Kenji Sato",
        "ambassador",
        "JPN",
        "GOV",
    ),
    (
        "Iranian cleric Hossein Karimi led the Friday prayers in Qom.",
        "Hossein Karimi",
        "cleric",
        "IRN",
        "REL",
    ),
    (
        "German economist Anna Vogel expects growth to slow this year.",
        "Anna Vogel",
        "economist",
        "DEU",
        "BUS",
    ),
    (
        "South African journalist Thabo Nkosi was released on bail.",
        "Thabo Nkosi",
        "journalist",
        "ZAF",
        "MED",
    ),
    (
        "Russian General Oleg Petrov said the exercises would end on Friday.",
        "Oleg Petrov",
        "General",
        "RUS",
        "MIL",
    ),
    (
        "Mexican lawmaker Rosa Jimenez introduced the bill in the chamber.",
        "Rosa Jimenez",
        "lawmaker",
        "MEX",
        "LEG",
    ),
    (
        "Acting Coordinator for Counterterrorism Dana Whitfield will lead a U.S. delegation to "
        "Kenya.",
        "Dana Whitfield",
        "Acting Coordinator for Counterterrorism",
        "USA",
        "GOV",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "country", "sector"), TITLED)
def test_a_title_before_a_name_gives_the_persons_sector_and_country(
    actors_pipeline, text, name, title, country, sector
) -> None:
    person = _named(_extract(actors_pipeline, text), name)
    assert person.type == "PERSON"
    assert person.title == title
    assert (person.country, person.sector) == (country, sector)
    assert person.code == f"{country}{sector}"
    assert person.sector_rule and person.sector_rule.startswith("titles.v1:")
    assert person.country_rule


def test_a_parenthesised_title_part_stays_in_the_title(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Talks opened in Dhaka on Monday. Additional Secretary (Americas) Farid Hossain will "
        "lead the Bangladesh delegation.",
    )
    person = _named(result, "Farid Hossain")
    assert person.title == "Additional Secretary (Americas)"
    assert (person.country, person.sector) == ("BGD", "GOV")
    assert person.country_rule.startswith("actors.leads_group.v1")


def test_the_delegation_a_person_heads_gives_their_country(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Officials from Chile and Peru met in Lima. The Chilean delegation was headed by Deputy "
        "Minister Pablo Soto.",
    )
    person = _named(result, "Pablo Soto")
    assert person.country == "CHL"
    assert person.sector == "GOV"


# --- appositions and "X of Y" affiliations ------------------------------------------------------

APPOSED = [
    (
        "Tom Wekesa, the chief economist of the Kenya Bankers Association, said rates would fall.",
        "Tom Wekesa",
        "economist",
        "KEN",
    ),
    (
        "Lina Haddad, Lebanon's energy minister, announced new tariffs on Sunday.",
        "Lina Haddad",
        "minister",
        "LBN",
    ),
    (
        "Kwame Mensah, a spokesman for the Ghana Police Service, confirmed the arrests.",
        "Kwame Mensah",
        "spokesman",
        "GHA",
    ),
    (
        "Ghana's foreign minister, Efua Boateng, flew to Abuja for the summit.",
        "Efua Boateng",
        "minister",
        "GHA",
    ),
]


@pytest.mark.parametrize(("text", "name", "role_word", "country"), APPOSED)
def test_an_apposition_gives_title_and_affiliation(
    actors_pipeline, text, name, role_word, country
) -> None:
    person = _named(_extract(actors_pipeline, text), name)
    assert role_word in (person.title or "").lower()
    assert person.country == country


def test_a_spokesman_takes_the_sector_of_the_body_he_speaks_for(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Kwame Mensah, a spokesman for the Ghana Police Service, confirmed the arrests.",
    )
    person = _named(result, "Kwame Mensah")
    assert person.sector == "COP"
    assert person.affiliation == "Ghana Police Service"
    assert person.sector_rule.startswith("actors.affiliation.v1")


# --- organisations: the table, cue words in names, the article's country --------------------------

ORGS = [
    (
        "The United Nations condemned the attack on the convoy.",
        "United Nations",
        "IGO",
        "IGO",
        "IGO",
    ),
    ("NATO said its aircraft had not entered the airspace.", "NATO", "IGO", "IGO", "IGO"),
    ("The Taliban said the border crossing would reopen.", "Taliban", "AFG", "GOV", "AFGGOV"),
    ("Boko Haram claimed the raid on the village.", "Boko Haram", "NGA", "REB", "NGAREB"),
    (
        "Amnesty International urged the release of the detainees.",
        "Amnesty International",
        "NGO",
        "NGO",
        "NGO",
    ),
    (
        "The Pentagon said the drills were routine.",
        "US Department of Defense",
        "USA",
        "MIL",
        "USAMIL",
    ),
    (
        "The Pakistan Army said two soldiers were killed in Waziristan.",
        "Pakistan Army",
        "PAK",
        "MIL",
        "PAKMIL",
    ),
    (
        "The Kenya Police Service said the road was closed.",
        "Kenya Police Service",
        "KEN",
        "COP",
        "KENCOP",
    ),
    (
        "The Islamabad High Court adjourned the hearing until Friday.",
        "Islamabad High Court",
        "PAK",
        "JUD",
        "PAKJUD",
    ),
    ("Xinhua reported that the talks had ended.", "Xinhua", "CHN", "MED", "CHNMED"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector", "code"), ORGS)
def test_organisations_are_coded_with_the_entry_that_decided(
    actors_pipeline, text, name, country, sector, code
) -> None:
    org = _named(_extract(actors_pipeline, text), name)
    assert (org.country, org.sector, org.code) == (country, sector, code)
    assert org.country_rule and org.sector_rule


@pytest.mark.parametrize(
    ("date", "sector", "until"),
    [
        ("2013-05-02", "REB", "2021-08-15"),  # an insurgency between its two governments
        ("1999-05-02", "GOV", "2001-11-13"),
        ("2023-05-02", "GOV", None),
        (None, "GOV", None),  # no date: the present sector
    ],
)
def test_an_organisation_is_coded_with_its_sector_on_the_publication_date(
    actors_pipeline, date, sector, until
) -> None:
    result = actors_pipeline.extract("The Taliban said they had seized the district.", date=date)
    taliban = _named(result, "Taliban")
    assert (taliban.country, taliban.sector, taliban.code) == ("AFG", sector, f"AFG{sector}")
    dated = f" (until {until})" if until else ""
    assert taliban.sector_rule == f"organizations.v1:Taliban{dated}"


def test_a_ministry_without_a_country_word_acts_for_the_articles_country(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Nepal and India will hold border talks in Kathmandu next week, the Foreign Ministry "
        "said. Nepal wants the talks to settle the dispute, and Nepal's envoy will attend.",
    )
    ministry = _named(result, "Foreign Ministry")
    assert (ministry.country, ministry.sector) == ("NPL", "GOV")
    assert ministry.country_rule == "actors.article_country.v1:NPL"


def test_a_country_named_just_before_an_organisation_is_its_country(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Talks between Ghana and Nigeria resumed. Nigeria's Electoral Commission published the "
        "results.",
    )
    org = _named(result, "Electoral Commission")
    assert org.country == "NGA"
    assert org.country_rule.startswith("actors.country_modifier.v1")


# --- ambiguity is stated ------------------------------------------------------------------------


def test_an_actor_without_country_evidence_gets_null_and_a_reason(actors_pipeline) -> None:
    result = _extract(actors_pipeline, "Maria Lindqvist said the report would be published soon.")
    person = _named(result, "Maria Lindqvist")
    assert person.country is None and person.code is None
    assert person.reason and "country" in person.reason


def test_a_transnational_group_has_no_country_and_says_why(actors_pipeline) -> None:
    result = _extract(actors_pipeline, "Al Qaeda claimed responsibility for the bombing.")
    group = _named(result, "Al Qaeda")
    assert group.country is None
    assert group.sector == "REB" and group.code == "REB"
    assert "no single country" in group.reason


def test_an_unknown_organisation_is_not_guessed(actors_pipeline) -> None:
    result = _extract(actors_pipeline, "Zelkova Holdings bought the port operator for $2 billion.")
    org = next(e for e in result.entities if "Zelkova" in e.name)
    assert org.country is None and org.reason


# --- acronyms and expansions ---------------------------------------------------------------------

ACRONYMS = [
    (
        "The International Atomic Energy Agency sent inspectors. The IAEA said access was granted.",
        "International Atomic Energy Agency",
        {"International Atomic Energy Agency", "IAEA"},
    ),
    (
        "The UN said aid had arrived. A United Nations convoy reached the camp on Monday.",
        "United Nations",
        {"UN", "United Nations"},
    ),
    (
        "The Kenya Revenue Authority raised its target. The KRA said collections rose.",
        "Kenya Revenue Authority",
        {"Kenya Revenue Authority", "KRA"},
    ),
    (
        "The World Food Programme warned of famine. The WFP needs more funds.",
        "World Food Programme",
        {"World Food Programme", "WFP"},
    ),
]


@pytest.mark.parametrize(("text", "name", "surfaces"), ACRONYMS)
def test_an_acronym_and_its_expansion_are_one_actor(actors_pipeline, text, name, surfaces) -> None:
    entity = _named(_extract(actors_pipeline, text), name)
    assert {m.text for m in entity.mentions if m.kind != "pronoun"} == surfaces


# --- capitals as metonyms ---------------------------------------------------------------------

METONYMS = [
    (
        "Washington's warning reached Iran on Monday. The United States wants talks.",
        "Washington",
        "United States",
    ),
    ("Moscow rejected the proposal, and Russia recalled its envoy.", "Moscow", "Russia"),
    (
        "Relations between Islamabad and Kabul have worsened, Pakistan said.",
        "Islamabad",
        "Pakistan",
    ),
    ("Beijing said it would retaliate against the tariffs imposed on China.", "Beijing", "China"),
]


@pytest.mark.parametrize(("text", "capital", "country"), METONYMS)
def test_a_capital_acting_for_its_government_is_a_metonym_of_the_country(
    actors_pipeline, text, capital, country
) -> None:
    entity = _named(_extract(actors_pipeline, text), country)
    metonyms = [m for m in entity.mentions if m.kind == "metonym"]
    assert [m.text for m in metonyms] == [capital]
    assert metonyms[0].rule.startswith("actors.capital_metonym") or metonyms[0].rule.startswith(
        "actor_cues.v1"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The talks will be held in Islamabad next week, Pakistan said.",
        "The envoy flew from Moscow to Minsk, Russia said.",
    ],
)
def test_a_capital_used_as_a_place_stays_a_place(actors_pipeline, text) -> None:
    result = _extract(actors_pipeline, text)
    capital = text.split(" in " if " in " in text else " from ")[1].split()[0]
    place = _named(result, capital)
    assert place.type == "GPE"
    assert all(m.kind == "name" for m in place.mentions)


def test_the_seeds_metonym_without_its_country_creates_the_country(actors_pipeline) -> None:
    result = _extract(actors_pipeline, "Tokyo's decision surprised the markets.")
    japan = _named(result, "Japan")
    assert [m.kind for m in japan.mentions] == ["metonym"]
    assert japan.country == "JPN"


# --- role nouns and pronouns ------------------------------------------------------------------


def test_a_role_noun_with_its_body_becomes_an_actor_of_that_body(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Kenya and Uganda signed the accord, the Kenyan Foreign Office Spokesperson said.",
    )
    speaker = next(e for e in result.entities if any(m.kind == "nominal" for m in e.mentions))
    assert speaker.type == "PERSON"
    assert speaker.title == "Spokesperson"
    assert (speaker.country, speaker.sector) == ("KEN", "GOV")


def test_a_bare_role_noun_joins_the_last_person_with_that_role(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Felix Kato, a spokesman for the Uganda People's Defence Force, denied the report. "
        "The spokesman said the troops had left the border area.",
    )
    person = _named(result, "Felix Kato")
    nominals = [m.text for m in person.mentions if m.kind == "nominal"]
    assert nominals == ["The spokesman"]


def test_the_same_role_of_two_bodies_stays_two_actors(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "According to the spokesperson of the Kenya Defence Forces, the patrol returned. The "
        "spokesperson of the Somali National Army said the patrol never crossed.",
    )
    speakers = [e for e in result.entities if e.title and "spokesperson" in e.title.lower()]
    assert len(speakers) == 2
    assert {s.affiliation for s in speakers} == {"Kenya Defence Forces", "Somali National Army"}


def test_a_role_noun_with_nobody_to_refer_to_is_left_alone(actors_pipeline) -> None:
    result = _extract(actors_pipeline, "The minister said prices would fall in spring.")
    assert not any(m.kind == "nominal" for e in result.entities for m in e.mentions)


PRONOUNS = [
    (
        "Fatima Bello arrived in Abuja on Monday. She said the talks would last two days.",
        "Fatima Bello",
        "She",
    ),
    (
        "Omar Haddad met the governor in Basra. He told reporters the deal was close.",
        "Omar Haddad",
        "He",
    ),
    (
        'Industry Minister Paulo Neves visited the plant. "We will reopen it," he added.',
        "Paulo Neves",
        "he",
    ),
    (
        "The Central Bank of Kenya raised rates on Tuesday. It said inflation was too high.",
        "Central Bank of Kenya",
        "It",
    ),
]


@pytest.mark.parametrize(("text", "name", "pronoun"), PRONOUNS)
def test_a_pronoun_subject_of_a_reporting_verb_joins_the_last_compatible_actor(
    actors_pipeline, text, name, pronoun
) -> None:
    entity = _named(_extract(actors_pipeline, text), name)
    pronouns = [m for m in entity.mentions if m.kind == "pronoun"]
    assert [m.text for m in pronouns] == [pronoun]
    assert pronouns[0].rule.startswith("actors.pronoun_subject.v1")
    assert text[pronouns[0].start : pronouns[0].end] == pronoun


def test_a_pronoun_far_from_any_person_is_not_linked(actors_pipeline) -> None:
    result = _extract(
        actors_pipeline,
        "Ana Costa opened the session. The budget was debated. Prices rose. Rain fell. "
        "Roads closed. He said nothing more.",
    )
    assert not any(m.kind == "pronoun" for e in result.entities for m in e.mentions)


def test_a_pronoun_that_is_not_a_speaker_is_not_linked(actors_pipeline) -> None:
    result = _extract(actors_pipeline, "Ana Costa opened the session before he arrived.")
    assert not any(m.kind == "pronoun" for e in result.entities for m in e.mentions)


# --- the user's own actors ------------------------------------------------------------------


def test_a_users_actors_file_tags_and_codes_its_actors(tmp_path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "actors:\n"
        "  - name: Coastal Farmers Union\n"
        "    aliases: [CFU]\n"
        "    country: KEN\n"
        "    sector: AGR\n",
        encoding="utf-8",
    )
    settings = Settings(actor_files=(str(path),))
    pipe = Pipeline(
        settings=settings,
        stages=(Parse(settings=settings), Entities(settings=settings), Actors(settings=settings)),
    )
    result = pipe.extract("The CFU blocked the road to Mombasa on Monday.", date="2024-03-04")
    union = next(e for e in result.entities if any(m.text == "CFU" for m in e.mentions))
    assert (union.country, union.sector, union.code) == ("KEN", "AGR", "KENAGR")
    assert union.country_rule == "actors.user:actors.yaml:Coastal Farmers Union"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- name: Group\n  country: Kenya\n", "ISO 3166-1"),
        ("- name: Group\n  sector: ARMY\n", "sector 'ARMY'"),
        ("- country: KEN\n", "the name is missing"),
        ("name: [unclosed\n", "not valid YAML"),
        ("just text\n", "expected a list of actors"),
    ],
)
def test_a_bad_actors_file_is_refused_with_what_to_fix(tmp_path, content, message) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        user_actors((str(path),))


# --- helpers for the quotes and events stages -------------------------------------------------


def test_entity_at_finds_the_innermost_mention(actors_pipeline) -> None:
    text = "Kenya and Uganda signed the accord, the Kenyan Foreign Office Spokesperson said."
    result = _extract(actors_pipeline, text)
    head = text.index("Spokesperson")
    assert entity_at(result.entities, head).type == "PERSON"
    assert entity_at(result.entities, text.index("Uganda")).name == "Uganda"
    assert entity_at(result.entities, text.index("accord")) is None


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Afghan troops shelled the border post near Pakistan.", "Afghan troops", "AFGMIL"),
        (
            "A court in Pakistan issued a warrant for the former minister.",
            "A court in Pakistan",
            "PAKJUD",
        ),
        ("Police in Nairobi fired tear gas. Kenya has banned the march.", "Police", "KENCOP"),
    ],
)
def test_actor_for_span_codes_common_noun_actors(actors_pipeline, text, phrase, code) -> None:
    result = _extract(actors_pipeline, text)
    doc = from_text(text, date="2024-03-04").with_(entities=result.entities)
    start = text.index(phrase)
    ref = actor_for_span(doc, start, start + len(phrase))
    assert ref is not None and ref.code == code and ref.entity is None


def test_actor_for_span_gives_a_named_actors_codes(actors_pipeline) -> None:
    text = "The Taliban rejected the proposal."
    result = _extract(actors_pipeline, text)
    doc = from_text(text, date="2024-03-04").with_(entities=result.entities)
    ref = actor_for_span(doc, text.index("Taliban"), text.index("Taliban") + 7)
    assert ref.code == "AFGGOV" and ref.entity is not None


@pytest.mark.parametrize(
    ("country", "sector", "code"),
    [
        ("USA", "GOV", "USAGOV"),
        ("IGO", "IGO", "IGO"),
        (None, "REB", "REB"),
        ("PAK", None, "PAK"),
        (None, None, None),
    ],
)
def test_actor_codes_join_country_and_sector(country, sector, code) -> None:
    assert actor_code(country, sector) == code


# --- the project's reference article: the ten gold actors -----------------------------------------


def test_the_seed_articles_actors_match_the_gold_country_sector_and_title(
    shared, actors_pipeline
) -> None:
    import json

    folder = shared / "examples" / "seed"
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    text = (folder / "article.txt").read_text("utf-8")
    result = actors_pipeline.extract(text, date=gold["document"]["date"], id="seed")
    wrong = []
    for item in gold["entities"]["must"]:
        entity = _named(result, item["name"])
        for key in ("country", "sector", "title"):
            if key in item and getattr(entity, key) != item[key]:
                wrong.append((item["name"], key, item[key], getattr(entity, key)))
    assert wrong == []


# --- known officeholders (people.tsv) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a distinctive name alone is enough; the sentence's other country is not the person's
        ("Putin offered on Monday to mediate between Armenia and Azerbaijan.", "Putin", "RUS"),
        ("President Bush threatened further steps against Russia on Tuesday.", "Bush", "USA"),
        ("Moroccan diplomats met President Obama at a lunch in Rabat.", "Obama", "USA"),
        ("Angela Merkel welcomed the Polish plan on Friday.", "Angela Merkel", "DEU"),
    ],
)
def test_known_officeholders_act_for_their_own_country(actors_pipeline, text, name, country):
    entity = _named(_extract(actors_pipeline, text), name)
    assert entity.country == country
    assert entity.country_rule.startswith("people.v1:")


def test_a_bare_surname_without_a_title_is_not_taken_for_an_officeholder(actors_pipeline):
    result = _extract(actors_pipeline, "Bush scored twice as Leeds beat Everton on Saturday.")
    bush = _named(result, "Bush")
    assert bush.country is None or not (bush.country_rule or "").startswith("people.")


def test_text_evidence_beats_the_people_table(actors_pipeline):
    # a namesake of Argentina's former president, tied to Mexico by the text itself
    result = _extract(actors_pipeline, "Mexican senator Carlos Menem spoke to reporters.")
    assert _named(result, "Carlos Menem").country == "MEX"


def test_a_users_people_table_adds_officeholders(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "# my people, version 1\n"
        "name\taliases\tsurname\tcountry\tsector\tnote\n"
        "Aldo Verity\tVerity\t\tPRY\tGOV\ta made-up minister for this test\n",
        encoding="utf-8",
    )
    settings = Settings(lexicon_dirs=(str(tmp_path),))
    pipe = Pipeline(
        settings=settings,
        stages=(Parse(settings=settings), Entities(settings=settings), Actors(settings=settings)),
    )
    text = "Aldo Verity said on Monday that the border talks with Bolivia had failed."
    verity = _named(pipe.extract(text, date="2024-03-04"), "Aldo Verity")
    assert (verity.country, verity.sector, verity.country_rule) == (
        "PRY",
        "GOV",
        "people.user:Aldo Verity",
    )


def test_a_bad_people_row_is_refused_with_what_to_fix(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "# my people, version 1\n"
        "name\taliases\tsurname\tcountry\tsector\tnote\n"
        "Aldo Verity\t\tVan Verity\tPRY\tGOV\tsurname of two words\n",
        encoding="utf-8",
    )
    from wirecoder.lexicon.actors import people

    with pytest.raises(LexiconError, match="surname 'Van Verity' must be one word"):
        people((str(tmp_path),))


def test_a_hyphenated_title_is_read_whole(pipeline) -> None:
    result = pipeline.extract(
        "UN Secretary-General Antonio Guterres urged calm.", date="2024-05-15"
    )
    person = next(e for e in result.entities if e.type == "PERSON")
    assert (person.title, person.country, person.sector) == ("Secretary-General", "IGO", "IGO")


def test_where_a_visitor_went_does_not_make_the_visitor_its_own(pipeline) -> None:
    result = pipeline.extract("General Mark Milley visited Kyiv on Monday.", date="2024-05-15")
    person = next(e for e in result.entities if e.type == "PERSON")
    assert (person.country, person.sector) == (None, "MIL")
    # a country named otherwise still sets the article's context
    result = pipeline.extract("General Mark Milley spoke in Kyiv on Monday.", date="2024-05-15")
    person = next(e for e in result.entities if e.type == "PERSON")
    assert person.country == "UKR"


def test_a_known_officeholder_makes_the_article_about_their_country(actors_pipeline) -> None:
    text = (
        "Reagan defended the Iran arms deal on Tuesday. Reagan said the Iran deal had been a "
        "mistake. The Senate will investigate the Iran deal next month, Reagan said."
    )
    senate = _named(_extract(actors_pipeline, text), "Senate")
    assert (senate.code, senate.country_rule) == ("USALEG", "actors.article_country.v1:USA")


def test_a_body_that_sanctions_the_articles_only_country_is_not_of_it(pipeline) -> None:
    text = (
        "The Senate voted on Tuesday to impose new sanctions on Iran. Iran said they were illegal."
    )
    (sanction,) = [e for e in pipeline.extract(text, date="2024-05-14").events if e.cameo == "163"]
    assert (sanction.source.code, sanction.target.code) == ("LEG", "IRN")


def test_a_capital_where_something_happened_counts_less_than_a_country_named(
    actors_pipeline,
) -> None:
    text = (
        "The Liberal Democratic Party lost seats in local elections on Sunday. Leaders pledged "
        "reforms at meetings in Paris last month. The Liberal Democratic Party's defeat will hurt "
        "Japan's economy, economists said."
    )
    party = _named(_extract(actors_pipeline, text), "Liberal Democratic Party")
    assert (party.code, party.country_rule) == ("JPNPTY", "actors.article_country.v1:JPN")


def test_a_west_german_official_is_german(actors_pipeline) -> None:
    text = "West German Foreign Minister Anna Keller met Kenyan officials in Nairobi."
    president = _named(_extract(actors_pipeline, text), "Anna Keller")
    assert president.code == "DEUGOV"


def test_canadas_prime_ministers_are_known_by_name(actors_pipeline) -> None:
    text = "President Reagan and Prime Minister Brian Mulroney will meet in Washington next month."
    assert _named(_extract(actors_pipeline, text), "Brian Mulroney").code == "CANGOV"
