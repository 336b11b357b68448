"""The event coder: who did what to whom, with CAMEO/PLOVER codes, status, date and evidence.

Every sentence here was written for these tests. Countries are the easiest actors to check, so
most sentences name them; the actors stage codes people and organisations.
"""

from __future__ import annotations

import pytest

from wirecoder.config import Settings
from wirecoder.errors import LexiconError
from wirecoder.lexicon.classes import word_classes
from wirecoder.model import TimeExpr
from wirecoder.pipeline import Pipeline
from wirecoder.read import from_text
from wirecoder.stages.entities import Entities
from wirecoder.stages.events import Events
from wirecoder.stages.parse import Parse
from wirecoder.stages.quotes import Quotes


@pytest.fixture(scope="module")
def coder(pipeline) -> Pipeline:
    """Parse, entities and events only: the coder's own behaviour, whatever other stages do."""
    settings = pipeline.settings
    stages = [s for s in pipeline.stages if isinstance(s, Parse | Entities)]
    return Pipeline(settings=settings, stages=(*stages, Events(settings=settings)))


def _events(coder, text, date="2024-05-14"):
    result = coder.extract(text, date=date)
    assert result.status == "ok", result.error
    return result.events


def _root(events, root):
    return next((e for e in events if e.cameo[:2] == root), None)


def _country(actor):
    return actor.country if actor is not None else None


# (sentence, CAMEO root, source country, target country); None: not checked
ROOTS = [
    ("Kenya declined to comment on the report.", "01", "KEN", None),
    ("The Somali militants claimed responsibility for the blast.", "01", "SOM", None),
    ("Japan expressed condolences to Turkey after the earthquake.", "01", "JPN", "TUR"),
    ("Canada urged Ethiopia to reopen the border.", "02", "CAN", "ETH"),
    ("Chile asked Peru to return the fishing vessel.", "02", "CHL", "PER"),
    ("Norway offered to host the peace talks.", "03", "NOR", None),
    ("Japan pledged to rebuild schools in Nepal.", "03", "JPN", None),
    ("The Kenyan president met his Ugandan counterpart in Kampala.", "04", "KEN", "UGA"),
    ("Pakistan and Iran held talks on border security.", "04", "PAK", "IRN"),
    ("The Indian foreign minister visited Bangladesh on Monday.", "04", "IND", "BGD"),
    ("Ghana hosted a delegation from Togo.", "04", "GHA", None),
    ("Turkey mediated between Russia and Ukraine.", "04", "TUR", "RUS"),
    ("Sudan negotiated with the rebels in Juba.", "04", "SDN", None),
    ("Brazil praised Argentina for its decision.", "05", "BRA", "ARG"),
    ("Japan apologized to South Korea for the remarks.", "05", "JPN", "KOR"),
    ("Jordan shared intelligence with Iraq.", "06", "JOR", "IRQ"),
    ("Spain extradited the suspect to Mexico.", "06", "ESP", "MEX"),
    ("Germany cooperated with France on the investigation.", "06", "DEU", "FRA"),
    ("The European Union sent food aid to Sudan.", "07", "IGO", "SDN"),
    ("Russia supplied weapons to Venezuela.", "07", "RUS", "VEN"),
    ("Iran released two British sailors.", "08", "IRN", "GBR"),
    ("The Serbian government lifted the curfew in Kosovo.", "08", "SRB", None),
    ("The European Union lifted sanctions on Belarus.", "08", "IGO", "BLR"),
    ("Israel withdrew its troops from Lebanon.", "08", "ISR", "LBN"),
    ("The Ethiopian rebels declared a ceasefire.", "08", "ETH", None),
    ("Prosecutors in Brazil investigated the former president.", "09", "BRA", None),
    ("The United Nations opened an inquiry into the killings in Myanmar.", "09", "IGO", None),
    ("The Ukrainian government demanded the withdrawal of Russian troops.", "10", "UKR", "RUS"),
    ("Greece demanded that Turkey withdraw its ships.", "10", "GRC", "TUR"),
    ("Germany condemned Russia for the attack.", "11", "DEU", "RUS"),
    ("Ukraine accused Russia of shelling the power plant.", "11", "UKR", "RUS"),
    ("Mexico complained to the United States about the wall.", "11", "MEX", "USA"),
    ("China lodged a protest with Japan.", "11", "CHN", "JPN"),
    ("Iran rejected the American proposal.", "12", "IRN", "USA"),
    ("Serbia refused to recognize Kosovo.", "12", "SRB", None),
    ("Hamas threatened to strike Israel if the blockade continued.", "13", None, "ISR"),
    ("North Korea warned South Korea against the drills.", "13", "PRK", "KOR"),
    ("Thousands of Kenyans protested against the tax in Nairobi.", "14", "KEN", None),
    ("Nigerian students demonstrated outside the parliament.", "14", "NGA", None),
    ("Egyptian workers went on strike.", "14", "EGY", None),
    ("The Cuban prisoners began a hunger strike.", "14", "CUB", None),
    ("Armenia mobilized its army against Azerbaijan.", "15", "ARM", "AZE"),
    ("South Korea deployed troops along the border with North Korea.", "15", "KOR", None),
    ("Canada imposed sanctions on Myanmar.", "16", "CAN", "MMR"),
    ("Morocco severed ties with Iran.", "16", "MAR", "IRN"),
    ("Poland expelled three Russian diplomats.", "16", "POL", None),
    ("Sweden suspended aid to Zambia.", "16", None, "ZMB"),
    ("Turkish police arrested the opposition leader.", "17", "TUR", None),
    ("A court in Pakistan issued an arrest warrant against the former prime minister.", "17",
     "PAK", None),
    ("Thailand deported the refugees to Myanmar.", "17", "THA", "MMR"),
    ("The Egyptian army imposed a curfew on the city.", "17", "EGY", None),
    ("Gunmen killed three Nigerian soldiers in Kano.", "18", None, "NGA"),
    ("Pirates hijacked a Greek tanker off Somalia.", "18", None, "GRC"),
    ("A suicide bombing in Kabul killed ten Afghan soldiers.", "18", None, "AFG"),
    ("Russian forces attacked Ukrainian positions near Kharkiv.", "19", "RUS", "UKR"),
    ("Israeli artillery shelled the town.", "19", "ISR", None),
    ("Iraq invaded Kuwait in 1990.", "19", "IRQ", "KWT"),
    ("The militia massacred villagers in the Congolese province.", "20", None, "COD"),
    ("Syrian forces used chemical weapons against civilians.", "20", "SYR", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "root", "source", "target"), ROOTS)
def test_each_cameo_root_is_coded_with_its_actors(coder, text, root, source, target) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None, f"no {root} event in {text!r}"
    if source:
        assert _country(event.source) == source
    if target:
        assert _country(event.target) == target
    assert event.rule and event.rule.endswith(".v1")
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    assert 0 < event.confidence <= 1


def test_every_cameo_root_is_covered_at_least_twice() -> None:
    roots = [root for _, root, _, _ in ROOTS]
    assert all(roots.count(f"{n:02d}") >= 2 for n in range(1, 21))


# (sentence, CAMEO root, status)
STATUSES = [
    ("Kenya will hold talks with Uganda next week.", "04", "planned"),
    ("Kenya held talks with Uganda last week.", "04", "occurred"),
    ("Kenya and Uganda are holding talks in Nairobi.", "04", "ongoing"),
    ("The Malian army denied attacking the village.", "19", "negated"),
    ("Police did not arrest the Ugandan protesters.", "17", "negated"),
    ("Kenya never invaded Somalia.", "19", "negated"),
    ("Iran could attack Israel if the talks fail.", "19", "hypothetical"),
    ("Russia could impose sanctions on Georgia.", "16", "hypothetical"),
    ("The Indian minister is set to visit Nepal on Friday.", "04", "planned"),
    ("Brazil plans to host a summit with Argentina.", "04", "planned"),
    ("The Turkish army is expected to attack Kurdish positions.", "19", "planned"),
    ("The planned visit by the Chinese premier to Pakistan was postponed.", "04", "planned"),
    ("Syrian rebels continued to shell Aleppo.", "19", "ongoing"),
    ("Egypt and Sudan discussed the dam.", "04", "occurred"),
    ("Brazil is keen to reach an agreement with Argentina.", "05", "hypothetical"),
    ("Chad is eager to meet the Libyan rebels.", "04", "hypothetical"),
    ("Iran planned an attack on Israel.", "19", "planned"),
    ("The EU considered sanctions against Russia.", "16", "hypothetical"),
    ("Chad wants talks with Sudan.", "04", "hypothetical"),
    ("Kenyan doctors contemplated a hunger strike in Nairobi.", "14", "hypothetical"),
    ("Kenya is to hold talks with Uganda.", "04", "planned"),
    ("Kenya has to hold talks with Uganda.", "04", "hypothetical"),
    ("Kenya has yet to hold talks with Uganda.", "04", "negated"),
    ("Kenya ruled out talks with Uganda.", "04", "negated"),
    ("The talks between Kenya and Uganda were cancelled.", "04", "negated"),
    ("Kenya postponed talks with Uganda.", "04", "planned"),
    ("Kenya is likely to attack the Somali rebels.", "19", "hypothetical"),
    ("Kenya did not take part in talks with Uganda.", "04", "negated"),
    ("Kenya did not comment on the attack by Somalia.", "19", "occurred"),
    ("Kenya has yet to comment on the attack by Somalia.", "19", "occurred"),
    ("No talks between Kenya and Uganda were held.", "04", "negated"),
    ("Kenya held no talks with Uganda.", "04", "negated"),
    ("Talks between Kenya and Uganda went ahead on Monday.", "04", "occurred"),
    ("Kenya is going to attack Uganda.", "19", "planned"),
    ("Kenya went to attack Uganda.", "19", "occurred"),
    (
        "Kenyan lawmakers said they could do little and urged Uganda to hold talks.",
        "02",
        "occurred",
    ),
    ("Kenya did not attack Somalia and withdrew its troops from the border.", "19", "negated"),
    ("Kenya prefers to hold talks with Uganda.", "04", "hypothetical"),
    ("Analysts doubt that Kenya will attack Somalia.", "19", "hypothetical"),
    ("Kenya announced its decision to attack the Somali militants.", "19", "planned"),
    ("Reagan announced his willingness to negotiate with Congress.", "04", "hypothetical"),
    ("Mali's refusal to meet the rebels angered Chad.", "12", "occurred"),
    ("Kenya and Uganda are opposed to the sanctions on Sudan.", "12", "occurred"),
    ("Kenyan unions set a deadline for a strike by teachers.", "14", "planned"),
    ("Fears of an attack on Kabul by the Taliban grew.", "19", "hypothetical"),
    ("Kenya raised the possibility of talks with Uganda.", "04", "hypothetical"),
    (
        "A Kenyan official said it would be foolish for Uganda to attack Kenya.",
        "19",
        "hypothetical",
    ),
    (
        "Asked whether Kenya would attack Somalia, the Kenyan president said no.",
        "19",
        "hypothetical",
    ),
]


@pytest.mark.parametrize(("text", "root", "status"), STATUSES)
def test_status_follows_tense_modals_negation_and_conditionals(coder, text, root, status) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None, f"no {root} event in {text!r}"
    assert event.status == status


def test_threatening_to_strike_if_is_a_threat_not_a_strike(coder) -> None:
    events = _events(coder, "Hamas threatened to strike Israel if the blockade continued.")
    assert [e.plover for e in events] == ["THREATEN"]
    assert events[0].cameo == "138"  # threaten to use military force
    assert events[0].trigger.text == "threatened"


def test_countering_the_financing_of_terrorism_is_a_topic_not_violence(coder) -> None:
    text = (
        "Kenya and Somalia will discuss border security and countering the financing of "
        "terrorism. The dialogue is aimed at countering the financing of terrorism."
    )
    events = _events(coder, text)
    assert not [e for e in events if e.cameo[:2] in ("18", "19", "20")]
    talks = _root(events, "04")
    assert talks is not None and talks.status == "planned"


# (sentence, CAMEO root, source country, target country)
PASSIVES = [
    ("The opposition leader was arrested by Turkish police.", "17", "TUR", None),
    ("A Kenyan journalist was kidnapped by Somali militants.", "18", "SOM", "KEN"),
    ("The embassy was attacked by Iraqi protesters.", "19", "IRQ", None),
    ("Sanctions were imposed on Iran by the European Union.", "16", "IGO", "IRN"),
    ("The Greek tanker was seized by Iranian forces.", "17", "IRN", "GRC"),
]
COORDINATION = [
    ("Pakistan and the United States will hold talks in Islamabad.", "04", "PAK", "USA"),
    ("France and Germany signed a trade agreement.", "05", "FRA", "DEU"),
    ("Egypt and Sudan discussed the dam.", "04", "EGY", "SDN"),
    ("Kenyan and Ugandan officials agreed to reopen the border.", "03", "KEN", None),
]
NOMINAL = [
    ("American sanctions against Cuba remain in force.", "16", "USA", "CUB"),
    ("Talks between Serbia and Kosovo broke down.", "04", "SRB", None),
    ("Turkish shelling of Kurdish villages continued.", "19", "TUR", None),
    ("The Indian prime minister's visit to Nepal ended on Sunday.", "04", "IND", "NPL"),
    ("The visit of the Indian prime minister ended on Sunday.", "04", "IND", None),
    ("Israel's attack on Gaza killed dozens.", "19", "ISR", None),
    ("The Chinese invasion of Taiwan would be costly.", "19", "CHN", "TWN"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), PASSIVES + COORDINATION + NOMINAL)
def test_passives_coordination_and_nominal_events(coder, text, root, source, target) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None, f"no {root} event in {text!r}"
    assert _country(event.source) == source
    if target:
        assert _country(event.target) == target


def test_a_nominal_event_is_not_coded_again_as_an_actor(coder) -> None:
    events = _events(coder, "Israel's attack on Gaza killed dozens.")
    assert len(events) == 1 and events[0].trigger.text == "attack"


def test_a_future_act_is_also_an_announced_intent(coder) -> None:
    events = _events(coder, "Kenya will hold talks with Uganda next week.")
    intent = _root(events, "03")
    assert intent is not None and intent.rule == "derived.intent.v1"
    assert intent.plover == "AGREE" and _country(intent.source) == "KEN"


def test_a_reported_must_is_the_reporters_demand(coder) -> None:
    events = _events(coder, "Ukraine said that Russia must withdraw its troops.")
    demand = _root(events, "10")
    assert demand is not None and demand.plover == "REQUEST"
    assert _country(demand.source) == "UKR" and _country(demand.target) == "RUS"
    withdrawal = _root(events, "08")
    assert withdrawal is not None and withdrawal.status == "hypothetical"


def test_reported_speech_keeps_the_actor_of_the_reported_act(coder) -> None:
    event = _root(_events(coder, "Kenya said Somali militants attacked its soldiers."), "19")
    assert event is not None and _country(event.source) == "SOM"


def test_an_uncoded_target_in_a_one_country_sentence_is_domestic(coder) -> None:
    (event,) = _events(coder, "Turkish police detained the opposition leader.")
    assert _country(event.source) == "TUR" and _country(event.target) == "TUR"
    text = "Turkish police detained the opposition leader after a visit by Greek officials."
    event = _root(_events(coder, text), "17")
    assert event is not None and _country(event.target) is None  # two countries: unknown


def test_where_a_one_sided_act_is_done_is_its_last_resort_target(coder) -> None:
    event = _root(_events(coder, "Serbia lifted the curfew in Montenegro."), "08")
    assert event is not None and _country(event.target) == "MNE"
    talks = _root(_events(coder, "Kenya and Uganda held talks in Egypt."), "04")
    assert talks is not None and _country(talks.target) == "UGA"  # talks: the other side


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        # a named body inside a group phrase is the group; "pro-" marks a stance, not a country
        ("The pro-Syrian Amal militia declared a truce in Beirut.", "08", "LBN", None),
        # a sector word before the head makes the phrase an actor, located in its country
        ("Opposition groups in Malawi demanded that the president resign.", "10", "MWI", None),
        # a nominal event's preposition may hang on its light verb
        ("Fijian students staged rallies against Australian trade rules.", "14", "FJI", "AUS"),
    ],
)
def test_group_phrases_light_verbs_and_located_targets(coder, text, root, source, target) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None, _events(coder, text)
    assert _country(event.source) == source
    if target is not None:
        assert _country(event.target) == target


def test_a_reporter_saying_another_must_act_makes_a_demand_even_for_an_uncoded_act(coder):
    events = _events(coder, "Norway said on Monday that Sweden must return the fishing boat.")
    demand = _root(events, "10")
    assert demand is not None and demand.rule == "derived.demand.v1"
    assert (_country(demand.source), _country(demand.target)) == ("NOR", "SWE")
    assert _root(_events(coder, "Norway said that Sweden returned the boat."), "10") is None


def test_an_announced_act_with_an_unless_clause_is_a_threat(coder) -> None:
    text = "Ghana will withdraw its troops from Mali unless the junta holds elections."
    assert _root(_events(coder, text), "13") is not None
    assert _root(_events(coder, "Ghana will withdraw its troops from Mali."), "13") is None


def test_preventing_a_rally_is_coercion_not_a_protest(coder) -> None:
    events = _events(coder, "Bolivian police prevented a rally by miners in La Paz.")
    assert [e.cameo[:2] for e in events] == ["17"]


def test_coming_together_for_talks_makes_the_comers_hold_them(coder) -> None:
    event = _root(_events(coder, "Peruvian and Chilean envoys returned to Lima for talks."), "04")
    assert event is not None and _country(event.source) in ("PER", "CHL")


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        (
            "Fighters loyal to Libya's eastern commander shelled the port of Misrata.",
            "19",
            "LBY",
            None,
        ),
        (
            "The Kenyan opposition issued a statement demanding that Uganda free the activists.",
            "10",
            "KEN",
            "UGA",
        ),
        ("Sudanese troops were engaged in heavy fighting with Chadian rebels.", "19", "SDN", None),
        ("Chile and Bolivia restored diplomatic ties after a decade.", "05", "CHL", "BOL"),
        ("Hundreds of Eritreans sought asylum in Sweden last year.", "02", "ERI", "SWE"),
        ("Laos is committed to opening its border with Thailand.", "03", "LAO", None),
        ("Norway renewed its demand that Russia release the fishermen.", "10", "NOR", "RUS"),
    ],
)
def test_affiliations_statements_and_more_acts(coder, text, root, source, target) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None, _events(coder, text)
    assert _country(event.source) == source
    if target is not None:
        assert _country(event.target) == target


def test_a_thing_in_one_place_stands_for_that_places_country(pipeline) -> None:
    result = pipeline.extract("Israel will evacuate the settlements in the Gaza Strip.")
    event = _root(result.events, "07")
    assert event is not None and _country(event.target) == "PSE"  # geocoded by the places stage


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Chile threatened to expel Bolivian diplomats over the dispute.", "13", "BOL"),
        ("Kenya threatened to halt the talks if Somalia refused the offer.", "13", "SOM"),
        ("Peru rejected renewed calls by Ecuadorean officials for a new border.", "12", "ECU"),
        ("Finland demanded an apology from Norway for the remarks.", "10", "NOR"),
    ],
)
def test_a_target_named_deeper_in_the_clause_is_found(coder, text, root, target) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None and _country(event.target) == target


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Nairobi was warm on Monday.",
        "Economists expect growth to slow next year.",
        "The museum opened a new exhibition of Kenyan art.",
        "Prices rose sharply in Argentina.",
        "The ministry released its annual report on Tuesday.",
        "The team struck a balance between speed and accuracy.",
        "The dialogue is aimed at countering the financing of terrorism.",
        "Talking to reporters, the Kenyan minister said exports rose.",
        "The Nigerian president spoke to journalists in Abuja.",
        "Speaking to the Lagos Chamber of Commerce, the Nigerian minister said exports rose.",
        "The Kenyan riot police squad was in Nairobi.",
        "Canadian athletes have demonstrated incredible prowess.",
        "The Egyptian army bought attack helicopters from Russia.",
        "The Kenyan weather service warned of fog in Nairobi.",
        "The bomb failed to detonate, Kenyan police said.",
        "The Kenyan bank withdrew its offer for the Ugandan lender.",
        "A Kenyan appeals court threw out the libel award against the newspaper.",
        "Kenyan troops marched into the city.",
        "The sale was no withdrawal from Kenya's undertakings.",
        "Cuba has to meet its sugar contracts with Chile.",
        "The Japanese central bank intervened to support the dollar.",
        "Kenya told its creditors it would suspend payments on its foreign debt.",
        "The bank said liabilities executed through its Luxembourg unit would move to Frankfurt.",
        "The Bank of England said it provided 205 mln stg assistance to the market.",
        "The company said it must demonstrate compliance with the law.",
        "Kenyan opposition leaders conceded that they cannot block the budget.",
        "Twenty-seven people were killed when a Kenyan airliner flew into power lines.",
        "Twelve Ugandan pupils were killed in a bus crash near Kampala.",
        "Kenya's finance minister said lower taxes would stimulate demand.",
        "Kenyan tea was in strong demand at the Mombasa auction.",
        "The Kenyan president insisted he had done nothing wrong in the land deal.",
        "Kenyan banks warned of lower profits this year.",
        "The Kenyan central bank said its deputy governor had been dismissed.",
        "Chad's economy shrank after a failed coup last year.",
        "The Kenyan-made drug targets an enzyme that the malaria parasite needs.",
        "Traders waited for the release of Kenyan inflation data.",
        "Two Kenyan pupils were hurt and one killed in a crash of a school bus near Nakuru.",
        "Kenyan officials have stopped talking down the shilling.",
        "The Kenyan businessman's guilty plea surprised the court.",
        "Asked to explain his optimism, the Kenyan minister said exports would rise.",
        "The Kenyan firm will release its new drug in March.",
        "A Kenyan tea exporter, speaking to Reuters on Monday, said prices would rise.",
        "Kenyan farmers need more credit to meet government pledges on output.",
    ],
)
def test_sentences_without_an_interaction_have_no_events(coder, text) -> None:
    assert _events(coder, text) == ()


def test_events_carry_evidence_codes_and_the_article_date_as_fallback(coder) -> None:
    text = "Rain fell in Lima. Canada imposed sanctions on Myanmar."
    (event,) = _events(coder, text, date="2024-05-14")
    assert text[event.evidence.start : event.evidence.end] == "Canada imposed sanctions on Myanmar."
    assert (event.cameo, event.plover, event.mode) == ("163", "SANCTION", "economic")
    assert (event.date, event.date_precision) == ("2024-05-14", "article")
    assert event.source.entity is not None and event.source.code.startswith("CAN")


def test_the_time_expression_of_the_clause_dates_the_event(coder) -> None:
    text = "Kenya will hold talks with Uganda on June 3-4, officials said on Monday."
    parse, entities, events = coder.stages
    doc = entities(parse(from_text(text, date="2024-05-12")))
    start = text.index("June 3-4")
    monday = text.index("Monday")
    times = (
        TimeExpr(start, start + 8, "June 3-4", "DATE", "2024-06-03/2024-06-04", id="t1"),
        TimeExpr(monday, monday + 6, "Monday", "DATE", "2024-05-13", id="t2"),
    )
    (talks, *_) = events(doc.with_(times=times)).events
    assert (talks.date, talks.date_end, talks.date_precision) == ("2024-06-03", "2024-06-04", "day")
    assert talks.status == "planned"


def test_two_dates_joined_by_to_date_the_event_from_the_first_to_the_second(coder) -> None:
    text = "Kenya will hold talks with Uganda from June 3 to June 9, officials said."
    parse, entities, events = coder.stages
    doc = entities(parse(from_text(text, date="2024-05-12")))
    first, second = text.index("June 3"), text.index("June 9")
    times = (
        TimeExpr(first, first + 6, "June 3", "DATE", "2024-06-03", id="t1"),
        TimeExpr(second, second + 6, "June 9", "DATE", "2024-06-09", id="t2"),
    )
    (talks, *_) = events(doc.with_(times=times)).events
    assert (talks.date, talks.date_end) == ("2024-06-03", "2024-06-09")


def test_the_reporting_verbs_time_dates_an_event_without_its_own(coder) -> None:
    text = "Officials said on Monday that Kenya arrested two Ugandan fishermen."
    parse, entities, events = coder.stages
    doc = entities(parse(from_text(text, date="2024-05-14")))
    monday = text.index("Monday")
    times = (TimeExpr(monday, monday + 6, "Monday", "DATE", "2024-05-13", id="t1"),)
    (arrest,) = events(doc.with_(times=times)).events
    assert (arrest.date, arrest.date_precision) == ("2024-05-13", "day")


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, May 14 - Kenya and Ethiopia held talks in Nairobi on Tuesday.",
        "NAIROBI, May 14 (Wire) - Kenya and Ethiopia held talks in Nairobi on Tuesday.",
        "Border talks\nNAIROBI, May 14 - Kenya and Ethiopia held talks in Nairobi on Tuesday.",
    ],
)
def test_a_dateline_city_is_never_the_actor_of_the_first_sentence(pipeline, text) -> None:
    talks = [e for e in pipeline.extract(text, date="2024-05-14").events if e.plover == "CONSULT"]
    assert talks and all(
        (e.source.code, e.target.code if e.target else None) == ("KEN", "ETH") for e in talks
    )


def test_rejecting_a_demand_made_of_oneself_targets_the_one_who_demanded(pipeline) -> None:
    text = "Japan rejected U.S. demands to open its rice market, officials said."
    (reject,) = [e for e in pipeline.extract(text, date="2024-05-14").events if e.cameo[:2] == "12"]
    assert (reject.source.code, reject.target.code) == ("JPN", "USA")


def _cameos(pipeline, text: str) -> list[str]:
    """Return the CAMEO codes the default pipeline gives a sentence, in order."""
    return [e.cameo for e in pipeline.extract(text, date="2024-05-14").events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iran declined the invitation to the summit.", "120"),
        ("Syria declined to attend the talks.", "120"),
        ("The ministry declined to say when the envoy would leave.", "011"),
        ("Exports from Chile to Peru declined by 4.1 pct last year.", None),
        ("Shares of the Brazilian state oil company declined.", None),
    ],
)
def test_declining_is_a_refusal_only_with_something_declined(pipeline, text, cameo) -> None:
    assert _cameos(pipeline, text) == ([cameo] if cameo else [])


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Dock workers in Mombasa struck over unpaid wages.", "143"),
        ("Drones struck a convoy in Yemen.", "190"),
        # "according to" holds no "accord": the workers signed nothing
        ("Kenyan miners struck at 90 pits, according to a union statement.", None),
    ],
)
def test_struck_is_a_strike_an_attack_or_neither(pipeline, text, cameo) -> None:
    assert _cameos(pipeline, text) == ([cameo] if cameo else [])


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("IAEA experts inspected the reactor in Iran.", "090"),
        ("The Ecuadorean president inspected the damage in Napo on Friday.", None),
        ("The Chinese president inspected the troops in Beijing.", None),
    ],
)
def test_inspecting_damage_or_troops_is_no_investigation(pipeline, text, cameo) -> None:
    assert _cameos(pipeline, text) == ([cameo] if cameo else [])


def test_saying_one_will_reject_is_the_rejection_not_a_threat(pipeline) -> None:
    text = "Chile said it will reject the Bolivian proposal."
    codes = [e.cameo[:2] for e in pipeline.extract(text, date="2024-05-14").events]
    assert codes == ["12"]


def test_an_act_another_side_predicts_is_announced_by_nobody(pipeline) -> None:
    text = "India said Pakistan will attack the border posts."
    rules = [e.rule for e in pipeline.extract(text, date="2024-05-14").events]
    assert rules and not any(rule.startswith("derived.") for rule in rules)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iran slammed the U.N. report on its prisons.", "111"),
        ("Rebels attacked an army base near Goma.", "190"),
        ("The Senate killed the bill on Friday.", None),
        ("The company said it will fight a lawsuit filed by a rival.", None),
        ("The airline said the papers were needed to meet the new rules.", None),
        ("The Ghanaian firm faces a legal battle with its former owner.", None),
        ("The Nigerian bank targets first-year sales of 40 mln dlrs.", None),
        ("The Kenyan bank would charge a high premium to borrowers.", None),
        ("Kenyan prosecutors charged the former minister with fraud.", "112"),
        ("Israeli jets targeted Palestinian positions near Tyre.", "190"),
    ],
)
def test_words_of_force_about_things_are_no_force(pipeline, text, cameo) -> None:
    assert _cameos(pipeline, text) == ([cameo] if cameo else [])


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Chile asked Peru to return the vessel.", [("020", "CHL", "PER")]),
        ("Ghana asked for emergency food aid.", [("020", "GHA", None)]),
        ("Asked whether he would raise taxes, the Kenyan minister said no.", []),
        ("A Kenyan official, who asked not to be named, said the border was open.", []),
        ("Norway offered to host the talks.", [("036", "NOR", None)]),
        ("The Brazilian bank said it would offer new shares to investors.", []),
        ("Demand for oil in Japan fell sharply in March.", []),
        ("Prices rose on increasing Soviet demand.", []),
        ("Syria calls sugar buying tenders for June delivery.", []),
        ("The Brazilian miner is buying rivals to aid its growth.", []),
        ("Syria called for a ceasefire in Idlib.", [("020", "SYR", "SYR")]),
    ],
)
def test_business_senses_of_asking_offering_and_demand_are_no_events(
    pipeline, text, events
) -> None:
    found = pipeline.extract(text, date="2024-05-14").events
    codes = [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in found
        if not e.rule.startswith("derived.")
    ]
    assert codes == events


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("An earthquake struck the Peruvian city of Arequipa on Tuesday.", None),
        ("A wildfire attacked the hills above Athens.", None),
        ("The blast killed a Kenyan soldier in Mandera.", "180"),
        ("The dollar rallied against the yen in Tokyo.", None),
        ("A car ferry struck a pier as it left the Belgian port.", None),
        ("Because Marburg kills slowly, Ugandan doctors have more time.", None),
        ("The H1N1 virus, which has killed 16 people in Mexico, is spreading.", None),
        ("Nokia's turnover should rise to 52 billion euros this year, a spokesman said.", None),
        ("Thousands of opposition supporters rallied in Nairobi.", "141"),
    ],
)
def test_what_nature_and_markets_do_is_no_event(pipeline, text, cameo) -> None:
    assert _cameos(pipeline, text) == ([cameo] if cameo else [])


def test_a_user_table_adds_a_non_agent(tmp_path) -> None:
    (tmp_path / "non_agents.tsv").write_text(
        "# my causes, version 1\nnoun\tkind\nsandstorm\tstorm\n", encoding="utf-8"
    )
    settings = Settings().replace(lexicon_dirs=(str(tmp_path),))
    user = Pipeline(
        settings=settings,
        stages=(Parse(settings=settings), Entities(settings=settings), Events(settings=settings)),
    )
    assert user.extract("A sandstorm struck the Kuwaiti port of Shuwaikh.").events == ()


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Kenya and Uganda agreed to reopen the border.", "030"),
        ("Kenya and Uganda agreed on new border posts.", "030"),
        ("Mehdi Alavi, an oil analyst in London, agreed.", None),
    ],
)
def test_agreeing_needs_something_agreed(pipeline, text, cameo) -> None:
    assert _cameos(pipeline, text) == ([cameo] if cameo else [])


def test_an_event_inside_a_quotation_is_reported_by_it(pipeline) -> None:
    settings = pipeline.settings
    stages = [s for s in pipeline.stages if isinstance(s, Parse | Entities | Quotes)]
    quoted = Pipeline(settings=settings, stages=(*stages, Events(settings=settings)))
    text = "“Uganda will impose sanctions on Sudan,” the Ugandan foreign minister said."
    result = quoted.extract(text, date="2024-05-14")
    assert result.quotes, "the quotes stage found no quotation"
    event = _root(result.events, "16")
    assert event is not None and event.reported_by == result.quotes[0].id


def test_a_model_without_a_parser_yields_no_events_and_no_error(blank_pipeline) -> None:
    result = blank_pipeline.extract("Canada imposed sanctions on Myanmar.")
    assert result.status == "ok" and result.events == ()


def test_user_patterns_extend_the_lexicon_and_name_their_rule(tmp_path) -> None:
    (tmp_path / "event_patterns.tsv").write_text(
        "# my patterns, version 1\n"
        "rule\ttrigger\tpos\tframe\tprep\tunder\tunless\tsource\ttarget\tsymmetric\trefine\t"
        "cameo\texample\n"
        "fight.snub\tsnub\tverb\t\t\t\t\t\t\t\t\t110\tKenya snubbed Uganda.\n",
        encoding="utf-8",
    )
    settings = Settings().replace(lexicon_dirs=(str(tmp_path),))
    user = Pipeline(
        settings=settings,
        stages=(Parse(settings=settings), Entities(settings=settings), Events(settings=settings)),
    )
    (event,) = user.extract("Kenya snubbed Uganda.").events
    assert (event.cameo, event.rule) == ("110", "fight.snub.user")


def test_a_bad_user_pattern_is_refused_with_what_to_fix(tmp_path) -> None:
    (tmp_path / "event_patterns.tsv").write_text(
        "rule\ttrigger\tpos\tframe\tprep\tunder\tunless\tsource\ttarget\tsymmetric\trefine\t"
        "cameo\texample\n"
        "fight.snub\tsnub\tverb\t\t\t\t\t\t\t\t\t1X\tKenya snubbed Uganda.\n",
        encoding="utf-8",
    )
    events = Events(settings=Settings().replace(lexicon_dirs=(str(tmp_path),)))
    with pytest.raises(LexiconError, match="1X.*CAMEO code"):
        _ = events.lexicon


def test_a_user_pattern_with_an_unknown_frame_role_is_refused(tmp_path) -> None:
    (tmp_path / "event_patterns.tsv").write_text(
        "rule\ttrigger\tpos\tframe\tprep\tunder\tunless\tsource\ttarget\tsymmetric\trefine\t"
        "cameo\texample\n"
        "fight.snub\tsnub\tverb\t@object\t\t\t\t\t\t\t\t110\tKenya snubbed Uganda.\n",
        encoding="utf-8",
    )
    events = Events(settings=Settings().replace(lexicon_dirs=(str(tmp_path),)))
    with pytest.raises(LexiconError, match="@object.*@dobj"):
        _ = events.lexicon


def test_a_user_pattern_with_a_malformed_refine_group_is_refused(tmp_path) -> None:
    (tmp_path / "event_patterns.tsv").write_text(
        "rule\ttrigger\tpos\tframe\tprep\tunder\tunless\tsource\ttarget\tsymmetric\trefine\t"
        "cameo\texample\n"
        "fight.snub\tsnub\tverb\t\t\t\t\t\t\t\tLAB|19>143\t110\tKenya snubbed Uganda.\n",
        encoding="utf-8",
    )
    events = Events(settings=Settings().replace(lexicon_dirs=(str(tmp_path),)))
    with pytest.raises(LexiconError, match="LAB\\|19>143.*LAB\\|EDU>143"):
        _ = events.lexicon


# --- the project's reference article (read from ../shared at run time) ---------------------------


@pytest.fixture(scope="module")
def seed(shared, pipeline):
    import json

    folder = shared / "examples" / "seed"
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    text = (folder / "article.txt").read_text("utf-8")
    return gold, pipeline.extract(text, date=gold["document"]["date"], id="seed")


def _countries(event):
    return {_country(event.source), _country(event.target)} - {None}


def _find(result, must):
    for event in result.events:
        if event.cameo not in must["cameo_ok"] and event.cameo[:2] != must["cameo_root"]:
            continue
        if "actors" in must and _countries(event) != set(must["actors"]):
            continue
        if "source" in must and _country(event.source) != must["source"]:
            continue
        if "target" in must and _country(event.target) != must["target"]:
            continue
        return event
    return None


@pytest.mark.parametrize("number", [0, 1, 2])
def test_seed_must_events_are_found_with_roots_actors_and_status(seed, number) -> None:
    gold, result = seed
    must = gold["events"]["must"][number]
    event = _find(result, must)
    assert event is not None, must["what"]
    assert event.cameo in must["cameo_ok"], (event.cameo, must["cameo_ok"])
    assert event.status == must["status"]
    if "target_name" in must:
        assert must["target_name"] in event.target.text
    # the seed's "ARREST" is PLOVER's COERCE type in its arrest mode
    assert must["plover"] in (event.plover, (event.mode or "").upper())


def test_seed_dialogue_is_dated_by_its_own_time_and_placed(seed, pipeline) -> None:
    gold, result = seed
    if not any(stage.name.startswith("times.") for stage in pipeline.stages):
        pytest.skip("the times stage is not in the default pipeline yet")
    must = gold["events"]["must"][0]
    event = _find(result, must)
    assert event is not None, must["what"]
    assert (event.date, event.date_end) == (must["date"], must["date_end"])
    if any(stage.name.startswith("places.") for stage in pipeline.stages):
        place = next((p for p in result.places if p.id == event.place), None)
        assert place is not None and place.name == must["location"]


def test_seed_has_none_of_the_wrong_readings(seed) -> None:
    gold, result = seed
    published = gold["document"]["date"]
    assert len(gold["events"]["wrong"]) == 3  # the three checks below
    dialogue = [e for e in result.events if e.cameo[:2] == "04" and _countries(e) == {"PAK", "USA"}]
    assert dialogue, "the dialogue between Pakistan and the United States was not coded"
    dialogue += [e for e in result.events if e.cameo[:2] == "04" and _countries(e) < {"PAK", "USA"}]
    # dated to the publication date as if it were known to happen then
    assert not [e for e in dialogue if e.date == published and e.date_precision != "article"]
    # the financing of terrorism is a topic, not violence
    assert not [e for e in result.events if e.cameo[:2] in ("18", "19", "20")]
    # the talks have not happened yet, whichever mention codes them
    assert not [e for e in dialogue if e.status == "occurred"]


def test_the_command_line_takes_a_lexicon_folder(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from wirecoder.cli import app

    (tmp_path / "event_patterns.tsv").write_text(
        "rule\ttrigger\tpos\tframe\tprep\tunder\tunless\tsource\ttarget\tsymmetric\trefine\t"
        "cameo\texample\n"
        "disapprove.snub\tsnub\tverb\t\t\t\t\t\t\t\t\t110\tKenya snubbed Uganda.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        ["extract", "--date", "2024-05-14", "--lexicon", str(tmp_path), "-"],
        input="Kenya snubbed Uganda.",
    )
    assert result.exit_code == 0, result.output
    (event,) = json.loads(result.stdout)["events"]
    assert (event["cameo"], event["rule"]) == ("110", "disapprove.snub.user")


def test_each_code_yields_root_base_quadclass_and_goldstein() -> None:
    from wirecoder.coding.knowledge import event_lexicon

    lexicon = event_lexicon()
    arrest = lexicon.code("173")
    assert (arrest.root, arrest.base, arrest.plover, arrest.mode) == (
        "17",
        "173",
        "COERCE",
        "arrest",
    )
    assert (arrest.quadclass, arrest.goldstein) == (4, -5.0)
    ceasefire = lexicon.code("0871")
    assert (ceasefire.root, ceasefire.base, ceasefire.plover) == ("08", "087", "RETREAT")
    assert lexicon.code("04").base == "040" and lexicon.code("04").quadclass == 1
    assert all(lexicon.code(f"{n:02d}") for n in range(1, 21))


def test_a_headline_restating_the_lead_is_one_event_with_both_sentences(pipeline) -> None:
    text = (
        "Chile and Peru to hold border talks\n\n"
        "Chile and Peru will hold border talks on June 3-4 in Lima, officials said on Monday."
    )
    result = pipeline.extract(text, date="2024-05-14")
    talks = [e for e in result.events if e.cameo == "040"]
    assert len(talks) == 1, [(e.cameo, e.evidence) for e in result.events]
    event = talks[0]
    # the lead, which dates the talks, stands for them; the headline is a retelling
    assert text[event.evidence.start : event.evidence.end].startswith("Chile and Peru will")
    (headline,) = event.repeats
    assert (headline.start, text[headline.start : headline.end].strip()) == (0, text.split("\n")[0])
    assert (event.date, event.date_end, event.status) == ("2024-06-03", "2024-06-04", "planned")
    assert [e.id for e in result.events] == [f"v{n}" for n in range(1, len(result.events) + 1)]
    assert result.to_dict()["events"][0]["repeats"][0]["start"] == 0


def test_the_same_act_on_two_days_is_two_events(pipeline) -> None:
    text = "Israel struck Gaza on Sunday. Israel struck Gaza again on Monday."
    strikes = [e for e in _events(pipeline, text) if e.cameo[:2] == "19"]
    assert [e.date for e in strikes] == ["2024-05-12", "2024-05-13"]
    assert not any(e.repeats for e in strikes)


def test_acts_of_different_actors_or_status_are_not_folded(coder) -> None:
    text = (
        "Kenya attacked rebels in Somalia. Uganda attacked rebels in Somalia. "
        "Kenya did not attack rebels in Somalia."
    )
    events = _events(coder, text)
    assert len(events) == 3, [(e.cameo, e.source, e.status) for e in events]
    assert not any(e.repeats for e in events)


def test_a_headline_infinitive_is_a_planned_act(coder) -> None:
    (event, *_) = _events(coder, "Iran to free British sailors")
    assert (event.cameo[:2], event.status) == ("08", "planned")
    (event, *_) = _events(coder, "Iran freed British sailors")
    assert event.status == "occurred"


def test_a_plan_that_met_with_criticism_is_criticised_not_met(pipeline) -> None:
    events = _events(pipeline, "The Kenyan plan met with criticism from Uganda.")
    assert [(e.cameo[:2], _country(e.source)) for e in events] == [("11", "UGA")]


def test_a_noun_naming_a_kind_of_effort_is_still_an_event(pipeline) -> None:
    events = _events(pipeline, "Qatar launched a mediation effort between Egypt and Sudan.")
    assert [e.cameo[:2] for e in events] == ["04"]
    events = _events(pipeline, "Nigerian unions took strike action in Lagos.")
    assert [e.cameo for e in events] == ["143"]


def test_an_offer_to_come_is_coded_once_not_again_as_an_intent(pipeline) -> None:
    events = _events(pipeline, "Norway will offer aid to Haiti.")
    assert [(e.cameo[:2], e.status) for e in events] == [("03", "planned")]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Kenyan teachers struck on Monday.", "143"),
        ("Nigerian doctors will strike next week.", "143"),
        ("The Kenyan cabin crew said they would strike on Christmas Day.", "143"),
        ("Israeli jets struck Gaza on Monday.", "190"),
        ("Kenyan police struck protesters with batons.", "190"),
    ],
)
def test_workers_who_strike_are_on_strike_soldiers_who_strike_attack(pipeline, text, cameo) -> None:
    codes = [e.cameo for e in _events(pipeline, text) if not e.rule.startswith("derived.")]
    assert codes == [cameo]


def test_an_actor_is_never_its_own_target(pipeline) -> None:
    text = "The Kenyan agency says it has failed to find the cause, Kenyan officials said."
    assert not [e for e in _events(pipeline, text) if e.cameo.startswith("11")]  # owning up
    for event in _events(pipeline, text):
        assert event.target is None or (event.target.start, event.target.end) != (
            event.source.start,
            event.source.end,
        )


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Karlov's assassination by a Turkish policeman shocked Moscow.", "18", "TUR", None),
        ("The Kenyan envoy's killing by Somali gunmen was condemned.", "18", "SOM", "KEN"),
        ("The Kenyan minister's arrest by Ugandan police came days later.", "17", "UGA", "KEN"),
        ("Israeli killing of Palestinian protesters continued.", "18", "ISR", "PSE"),
    ],
)
def test_whose_killing_or_arrest_names_the_victim_not_the_doer(
    pipeline, text, root, source, target
) -> None:
    event = _root(_events(pipeline, text), root)
    assert event is not None
    assert (_country(event.source), _country(event.target)) == (source, target)


def test_its_in_reported_speech_is_the_reporters(pipeline) -> None:
    event = _root(_events(pipeline, "Ukraine said Russian troops shelled its positions."), "19")
    assert (_country(event.source), _country(event.target)) == ("RUS", "UKR")


def test_a_suicide_bomber_is_an_actor(pipeline) -> None:
    event = _root(_events(pipeline, "A suicide bomber killed 12 people in Maiduguri."), "18")
    assert event.source is not None and event.source.sector == "REB"


def test_an_announced_intent_is_dated_when_announced_the_act_when_planned(pipeline) -> None:
    text = "Kenya said on Monday it will attack the rebels on Friday."
    events = _events(pipeline, text)
    attack, threat = _root(events, "19"), _root(events, "13")
    assert (attack.date, attack.status) == ("2024-05-17", "planned")
    assert threat.date == "2024-05-13"
    text = "Talks between Kenya and Uganda will be held next month in Nairobi."
    intent = _root(_events(pipeline, text), "03")
    assert (intent.date, intent.date_precision) == ("2024-05-14", "article")


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Germany pledged to send aid to Ukraine.", "033"),
        ("Kenya promised to release the Ugandan prisoners.", "035"),
        ("Norway offered to host talks between Sudan and Chad.", "036"),
        ("Chad sent troops to Mali.", "154"),
        ("Russia and Ukraine exchanged prisoners on Sunday.", "084"),
        ("Indian and Pakistani troops exchanged fire in Kashmir.", "190"),
    ],
)
def test_what_is_promised_or_sent_sets_the_code(pipeline, text, cameo) -> None:
    assert [e.cameo for e in _events(pipeline, text)] == [cameo]


def test_a_geocoded_town_as_target_stands_for_its_country(pipeline) -> None:
    event = _root(_events(pipeline, "Russian missiles struck Kharkiv on Monday."), "19")
    assert (_country(event.source), _country(event.target)) == ("RUS", "UKR")


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Iran faced criticism from France.", "11", "FRA", "IRN"),
        ("Israel suffered a rocket attack from Gaza.", "19", "PSE", "ISR"),
        ("The Kenyan minister came under attack from Ugandan officials.", "19", "UGA", "KEN"),
        ("Kenya launched an attack on Somalia.", "19", "KEN", "SOM"),
    ],
)
def test_who_faces_or_suffers_an_event_is_its_target(pipeline, text, root, source, target) -> None:
    event = _root(_events(pipeline, text), root)
    assert (_country(event.source), _country(event.target)) == (source, target)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Russia called Britain's remarks unacceptable.", "111", "RUS", "GBR"),
        ("China called the visit a provocation.", "111", "CHN", None),
        ("Kenya and Uganda traded accusations over the border clash.", "112", "KEN", "UGA"),
        ("Iran denied US claims that it supplied drones.", "016", "IRN", "USA"),
        ("Kenya thanked Japan for the aid.", "051", "KEN", "JPN"),
        ("Kenya congratulated Uganda on its election.", "051", "KEN", "UGA"),
    ],
)
def test_verbal_acts_of_diplomacy(pipeline, text, cameo, source, target) -> None:
    event = next((e for e in _events(pipeline, text) if e.cameo == cameo), None)
    assert event is not None, [e.cameo for e in _events(pipeline, text)]
    assert (_country(event.source), _country(event.target)) == (source, target)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Kenyan police fired tear gas at protesters in Nairobi.", "175"),
        ("Georgian police used water cannon against protesters in Tbilisi.", "175"),
        ("Syrian forces used chlorine gas against rebels.", "204"),
    ],
)
def test_crowd_control_is_repression_chemical_weapons_are_not(pipeline, text, cameo) -> None:
    assert [e.cameo for e in _events(pipeline, text)] == [cameo]


def test_two_acts_joined_by_and_are_two_events(pipeline) -> None:
    text = "Kenya accused Uganda of raiding a border post and summoned the Ugandan ambassador."
    assert sorted(e.cameo for e in _events(pipeline, text)) == ["112", "114"]
    # the same act named twice is still one event
    assert [e.cameo for e in _events(pipeline, "Kenya condemned and criticised Uganda.")] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian jets bombed rebel positions near Mekele, in the second such attack this week.",
        "Three farmers were wounded in clashes with Ugandan soldiers.",
    ],
)
def test_one_assault_told_with_two_roots_is_one_event(pipeline, text) -> None:
    # a bombing (183) and "such attack" (190), wounds (182) and clashes (190): one ASSAULT
    assert [e.plover for e in _events(pipeline, text)] == ["ASSAULT"]


def test_we_and_our_in_a_quotation_are_the_speakers(pipeline) -> None:
    text = '"We will attack the rebels," the Kenyan army chief said.'
    event = _root(_events(pipeline, text), "19")
    assert (_country(event.source), event.status) == ("KEN", "planned")
    text = '"This attack on our officers is unacceptable," the Kenyan minister said.'
    event = _root(_events(pipeline, text), "19")
    assert (_country(event.target), event.status) == ("KEN", "occurred")


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("The EU froze the assets of five Russian officials.", "163", "IGO", "RUS"),
        ("Russian diplomats were expelled from Poland.", "166", "POL", "RUS"),
    ],
)
def test_sanctions_name_who_imposed_them(pipeline, text, cameo, source, target) -> None:
    event = next(e for e in _events(pipeline, text) if e.cameo == cameo)
    assert (_country(event.source), _country(event.target)) == (source, target)


def test_a_counterpart_is_a_government_actor(pipeline) -> None:
    text = "The Kenyan president met his Ugandan counterpart in Kampala."
    event = _root(_events(pipeline, text), "04")
    assert (event.source.code, event.target.code) == ("KENGOV", "UGAGOV")


def test_two_actors_who_pledge_together_are_each_others_partners(pipeline) -> None:
    event = _root(_events(pipeline, "Kenya and Ethiopia pledged to boost trade."), "03")
    assert (_country(event.source), _country(event.target)) == ("KEN", "ETH")
    event = _root(_events(pipeline, "Kenya and Uganda attacked the Somali rebels."), "19")
    assert (_country(event.source), _country(event.target)) == ("KEN", "SOM")


def test_two_national_words_on_one_phrase_are_two_sides(pipeline) -> None:
    text = "The Indian and Chinese foreign ministers met in Moscow."
    event = _root(_events(pipeline, text), "04")
    assert (event.source.code, event.target.code) == ("INDGOV", "CHNGOV")


def test_who_watches_an_event_is_not_its_doer(pipeline) -> None:
    text = "The Brazilian government was closely following the strikes by Brazilian seamen."
    for event in _events(pipeline, text):
        assert event.source is None or event.source.sector != "GOV"
    event = _root(_events(pipeline, "Kenyan police monitored the protest in Nairobi."), "14")
    assert event is None or event.source is None or event.source.sector != "COP"


def test_declining_to_estimate_is_declining_to_comment(pipeline) -> None:
    text = "The Kenyan minister declined to estimate the cost."
    assert [e.cameo for e in _events(pipeline, text)] == ["011"]


def test_an_event_says_where_its_date_comes_from(pipeline) -> None:
    text = "Kenya said on Monday it will attack the rebels on Friday."
    events = _events(pipeline, text)
    assert (_root(events, "19").dated_by, _root(events, "13").dated_by) == ("event", "report")
    text = "Kenya said on Monday it will attack the rebels."
    assert _root(_events(pipeline, text), "19").dated_by == "report"  # not its own date
    assert _root(_events(pipeline, "Kenya will attack the rebels."), "19").dated_by == "article"
    text = "Kenya and Uganda held talks on June 3. The talks between Kenya and Uganda failed."
    assert [e.dated_by for e in _events(pipeline, text) if e.cameo == "040"][:1] == ["event"]


def test_talks_told_with_their_sides_swapped_are_still_one_event(pipeline) -> None:
    text = (
        "Chile and Peru will hold talks on June 3 in Lima.\n\n"
        "Peru and Chile will discuss fishing rights at the talks, officials said."
    )
    talks = [e for e in _events(pipeline, text) if e.cameo.startswith("04")]
    assert len(talks) == 1, [(e.cameo, e.source.code, e.target.code) for e in talks]
    assert len(talks[0].repeats) == 1


def test_the_modifier_names_the_body_a_group_acts_for(pipeline) -> None:
    event = _root(_events(pipeline, "Army officers arrested 12 protesters in Khartoum."), "17")
    assert (event.source.sector, event.target.sector) == ("MIL", "CVL")


def test_a_meeting_told_in_the_present_on_a_day_to_come_is_planned(pipeline) -> None:
    text = "The foreign ministers of Kenya and Uganda meet in Kampala on May 30."
    meeting = _root(_events(pipeline, text), "04")
    assert (meeting.date, meeting.status) == ("2024-05-30", "planned")
    # what a statement asks for may lie ahead; the asking was done
    text = "Kenya asked Uganda for new offers by May 30."
    asked = _root(_events(pipeline, text), "02")
    assert asked.status == "occurred"


def test_a_planned_act_is_not_dated_by_an_earlier_act_of_its_kind(pipeline) -> None:
    text = (
        "Somali rebels seized the town of Afmadow on Monday. Somali troops will retake the "
        "town, an army spokesman said."
    )
    retake = next(e for e in _events(pipeline, text) if e.status == "planned")
    assert retake.cameo == "192"
    assert (retake.date, retake.dated_by) == ("2024-05-14", "article")  # not Monday's seizure


def test_a_headline_folds_into_a_lead_dated_by_its_report(pipeline) -> None:
    text = (
        "Chile and Peru to hold border talks\n\n"
        "Chile and Peru will hold border talks in Lima, officials said on Monday."
    )
    (talks,) = [e for e in _events(pipeline, text) if e.cameo == "040"]
    assert (talks.date, talks.dated_by) == ("2024-05-13", "report")
    assert [s.start for s in talks.repeats] == [0]


def test_a_state_body_with_no_country_is_of_the_one_country_its_sentence_names(pipeline) -> None:
    event = _root(_events(pipeline, "The army attacked rebels in Kidal, Mali."), "19")
    assert (event.source.code, event.target.code) == ("MLIMIL", "MLIREB")
    event = _root(
        _events(pipeline, "Police arrested 40 Ethiopian protesters in Khartoum, Sudan."), "17"
    )
    assert event.source.country is None  # two countries named: which police is unknown


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Italy announced a suspension of air links with Serbia.", "161", "ITA", "SRB"),
        (
            "The United States suspended part of a military aid program for Bosnia.",
            "162",
            "USA",
            "BIH",
        ),
        ("Mali kicked French troops out of the country.", "166", "MLI", "FRA"),
    ],
)
def test_cutting_links_or_part_of_an_aid_program_reduces_relations(
    pipeline, text, cameo, source, target
) -> None:
    event = next(e for e in _events(pipeline, text) if e.cameo == cameo)
    assert (_country(event.source), _country(event.target)) == (source, target)


def test_a_vow_to_fight_is_a_threat_even_when_parsed_as_an_adverbial(pipeline) -> None:
    text = "Ethnic Albanians have sworn to fight until they gain control of the villages."
    assert [e.cameo for e in _events(pipeline, text)] == ["138"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Pakistani government ordered patrols by police in Karachi.", "154"),
        ("Putin ordered Russian troops to the border with Ukraine.", "154"),
        ("The Malian general ordered his forces to attack the town.", "190"),
    ],
)
def test_ordering_patrols_mobilises_ordering_an_attack_attacks(pipeline, text, cameo) -> None:
    assert cameo in [e.cameo for e in _events(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Kenya recognized Kosovo's independence.", "054", "KEN", "XKX"),
        ("The US imposed a travel ban on Nigerian officials.", "163", "USA", "NGA"),
        ("Kenya closed its embassy in Kabul.", "161", "KEN", "AFG"),
        ("Ethiopia mobilized its reserves.", "154", "ETH", None),
        ("Hungary blocked EU aid to Ukraine.", "162", "HUN", "UKR"),
        ("Thousands of Kenyans marched against the tax bill in Nairobi.", "141", "KEN", "KEN"),
    ],
)
def test_recognition_bans_embassies_and_reserves(pipeline, text, cameo, source, target) -> None:
    event = next(e for e in _events(pipeline, text) if e.cameo == cameo)
    assert (_country(event.source), _country(event.target)) == (source, target)


def test_an_event_dropped_in_a_sentence_does_not_shift_what_the_others_embed(pipeline) -> None:
    # "I blamed myself" is dropped (owning up); the events after it keep their own hosts
    text = '"When sales fell, I did not blame the market, I blamed myself," the Kenyan farmer said.'
    result = pipeline.extract(text, date="2024-05-15")
    assert result.status == "ok", result.error
    assert not [e for e in result.events if e.cameo.startswith("11")]


def test_a_user_word_class_row_makes_a_verb_one_that_only_watches(tmp_path) -> None:
    text = "Kenya dreaded an attack on its border."
    stock = Pipeline(stages=(Parse(), Entities(), Events()))
    assert [(e.cameo, e.source.code if e.source else None) for e in stock.extract(text).events] == [
        ("190", "KEN")
    ]
    (tmp_path / "word_classes.tsv").write_text(
        "id\tclass\twords\nmy.dread\troles.watching\tdread\n", encoding="utf-8"
    )
    settings = Settings().replace(lexicon_dirs=(str(tmp_path),))
    user = Pipeline(
        settings=settings,
        stages=(Parse(settings=settings), Entities(settings=settings), Events(settings=settings)),
    )
    assert user.extract(text).events == ()  # dreading an attack is not attacking


@pytest.mark.parametrize(
    "text", ["Ghana hopes to meet Togo's leaders next week.", "Ghana hoped to meet Togo's leaders."]
)
def test_hoping_to_meet_is_no_meeting_whatever_the_lemmatizer_says(coder, text) -> None:
    # the model lemmatizes 'hopes' and 'hoped' as 'hop'; parse.lemma_fix sets 'hope'
    assert [(e.cameo, e.status) for e in _events(coder, text)] == [("040", "hypothetical")]


def test_a_lemma_fix_must_read_form_and_lemma(tmp_path) -> None:
    (tmp_path / "word_classes.tsv").write_text(
        "id\tclass\twords\nmy.fix\tparse.lemma_fix\thopes\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match="FORM>LEMMA"):
        word_classes((str(tmp_path),))


def test_a_governor_condition_the_table_does_not_know_is_refused(tmp_path) -> None:
    (tmp_path / "modality.tsv").write_text(
        "cue\tkind\tstatus\tderive\texample\twhen\n"
        "vow\tgovernor\tplanned\tintent\tKenya vowed to attack.\tsomeday\n",
        encoding="utf-8",
    )
    events = Events(settings=Settings().replace(lexicon_dirs=(str(tmp_path),)))
    with pytest.raises(
        LexiconError, match="when .someday. should be clause, ing, to or WORD>STATUS"
    ):
        _ = events.lexicon


def test_someones_doubt_derives_no_announced_intent(coder) -> None:
    events = _events(coder, "Dealers said they doubted that Kenya would attack Somalia.")
    assert [(e.cameo[:2], e.status) for e in events] == [("19", "hypothetical")]
    pledged = _events(coder, "Kenya said it would attack Somalia.")
    assert any(e.rule == "derived.threat.v1" for e in pledged)


def test_an_attack_on_policies_is_criticism_of_their_owner(coder) -> None:
    (event,) = _events(
        coder, "The Kenyan opposition led a fierce attack on the government's policies."
    )
    assert (event.cameo, event.source.code, event.target.code) == ("111", "KENOPP", "KENGOV")


def test_the_noun_a_participle_describes_is_what_it_was_done_to(coder) -> None:
    (event,) = _events(
        coder, "Two Kenyan soldiers killed by Somali militants were buried on Monday."
    )
    assert (event.cameo, event.source.code, event.target.code) == ("180", "SOMREB", "KENMIL")


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Iran's decision to attack Iraq surprised analysts.", "19", "IRN", "IRQ"),
        ("Kenya announced its decision to attack Somalia.", "19", "KEN", "SOM"),
        ("Kenya and Uganda renewed their pledge to hold talks.", "04", "KEN", "UGA"),
    ],
)
def test_the_owner_of_a_decision_or_pledge_is_who_acts(coder, text, root, source, target) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None, f"no {root} event in {text!r}"
    assert (_country(event.source), _country(event.target)) == (source, target)


def test_who_draws_criticism_is_its_target(coder) -> None:
    text = "The Kenyan army's failure to protect the village drew criticism from Uganda."
    event = _root(_events(coder, text), "11")
    assert (event.source.code, event.target.code) == ("UGA", "KENMIL")


def test_who_demonstrates_on_the_streets_protests(coder) -> None:
    event = _root(
        _events(coder, "Thousands of Kenyans demonstrated in Nairobi against the tax."), "14"
    )
    assert event is not None and event.cameo == "141"


@pytest.mark.parametrize(
    ("unless", "message"),
    [
        ("@object", "unless role.*@object.*@dobj"),  # a dependency the parser does not use
        ("#COMPANY", "#COMPANY.*#ORG"),  # an entity type the model does not tag
    ],
)
def test_an_unless_mark_must_be_known(tmp_path, unless, message) -> None:
    (tmp_path / "event_patterns.tsv").write_text(
        "rule\ttrigger\tpos\tframe\tprep\tunder\tunless\tsource\ttarget\tsymmetric\trefine\t"
        "cameo\texample\n"
        f"fight.snub\tsnub\tverb\t\t\t\t{unless}\t\t\t\t\t110\tKenya snubbed Uganda.\n",
        encoding="utf-8",
    )
    events = Events(settings=Settings().replace(lexicon_dirs=(str(tmp_path),)))
    with pytest.raises(LexiconError, match=message):
        _ = events.lexicon


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Rebels captured Benghazi on Tuesday.", "LBY"),
        ("Militants overran Ramadi.", "IRQ"),
        # the model tags no place here; the places stage geocoded it
        ("Rebels seized Aleppo.", "SYR"),
        ("Kurdish fighters took control of Kirkuk on Friday.", "IRQ"),
        # an organisation doing the taking is no takeover
        ("Hezbollah captured the town of Zabadani.", "SYR"),
    ],
)
def test_taking_a_named_town_or_control_of_it_is_an_occupation(pipeline, text, target) -> None:
    occupied = _root(_events(pipeline, text), "19")
    assert occupied.cameo == "192"
    assert occupied.target is not None and occupied.target.country == target


def test_an_actor_with_a_sector_and_no_country_is_coded_by_its_sector(coder) -> None:
    occupied = _root(_events(coder, "Unknown militants seized the town of Wadi Halfa."), "19")
    assert (occupied.source.country, occupied.source.sector, occupied.source.code) == (
        None,
        "REB",
        "REB",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme made a bid to take over Chicago-based Baxter Widget Corp last year.",
        "Regulators took control of the failed Union Trust Bank.",
        "The shareholders wrested control of Omnicorp from its founders.",
        "The talks took place in an area of disputed territory.",
        "Rebels captured two soldiers near the border.",
    ],
)
def test_a_takeover_or_a_capture_of_people_is_no_occupation(pipeline, text) -> None:
    assert [e.cameo for e in _events(pipeline, text) if e.cameo.startswith("192")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenya called off talks with Uganda.",
        "Kenya abandoned talks with Uganda.",
        "Kenya said its talks with Uganda have been terminated.",
    ],
)
def test_calling_off_or_ending_talks_halts_negotiations(coder, text) -> None:
    assert [e.cameo for e in _events(coder, text)] == ["164"]


def test_who_makes_a_visit_is_the_visitor(coder) -> None:
    text = "Japan's prime minister will make a visit to Kenya in May."
    visit = _root(_events(coder, text), "04")
    assert (visit.cameo, _country(visit.source), _country(visit.target)) == ("042", "JPN", "KEN")


def test_a_minister_warning_what_his_country_will_do_does_not_target_it(pipeline) -> None:
    text = "Iranian foreign minister Reza Tavakoli warned that Iran would resist any intervention."
    (warning,) = [
        e for e in pipeline.extract(text, date="2024-05-14").events if e.cameo[:2] == "13"
    ]
    assert warning.source.code == "IRNGOV" and warning.target is None


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Kenyan opposition insisted on the president's resignation.", "100"),
        ("Iran dismissed the charges from the United States as lies.", "120"),
    ],
)
def test_insisting_on_and_dismissing_charges_are_still_coded(coder, text, cameo) -> None:
    assert [e.cameo for e in _events(coder, text)] == [cameo]


def test_a_digest_item_after_a_rule_of_dashes_is_its_own_sentence(pipeline) -> None:
    text = (
        "Kenya said its troops repulsed an attack by Somali militants.\n    - - - -\n"
        "    KAMPALA - Ugandan police arrested ten opposition supporters."
    )
    arrest = _root(_events(pipeline, text), "17")
    assert arrest is not None and arrest.source.code == "UGACOP"
    assert text[arrest.evidence.start : arrest.evidence.end].startswith("Ugandan police")


def test_they_told_is_the_plural_addressed_not_the_speaker(coder) -> None:
    text = "The Pope told Kenyan politicians they should support the peace plan."
    demands = [e for e in _events(coder, text) if e.rule == "derived.demand.v1"]
    assert demands and all(d.target is None or d.target.text != "The Pope" for d in demands)
    assert all(d.source.text != (d.target.text if d.target else None) for d in demands)


@pytest.mark.parametrize(
    ("text", "root", "source"),
    [
        ("Kenya forced Uganda to withdraw its troops from the border.", "08", "UGA"),
        ("Kenya asked Uganda to hold talks with the Somali rebels.", "02", "KEN"),
    ],
)
def test_who_is_made_to_act_acts(coder, text, root, source) -> None:
    event = _root(_events(coder, text), root)
    assert event is not None and _country(event.source) == source


def test_an_evaluation_of_an_act_announces_no_threat(coder) -> None:
    text = "A Kenyan official said it would be foolish for Uganda to attack Kenya."
    assert not [e for e in _events(coder, text) if e.rule.startswith("derived.")]


def test_a_country_that_only_locates_a_thing_gives_no_body_its_country(coder) -> None:
    text = "The ministers discussed a film about the 1986 Chernobyl disaster in the Soviet Union."
    (talks,) = _events(coder, text)
    assert talks.source is None or talks.source.country is None


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Kenyan spokesman refused to say who had fired first.", "011"),
        ("The Kenyan ministry declined to comment on the report.", "011"),
        ("Kenya refused to hold talks with Uganda.", "120"),
    ],
)
def test_refusing_to_comment_is_declining_comment_not_a_rejection(coder, text, cameo) -> None:
    assert [e.cameo for e in _events(coder, text)] == [cameo]


def test_warplanes_that_strike_a_countrys_terminal_are_not_of_that_country(coder) -> None:
    text = "Jets bombed the oil terminal on Iran's Kharg island and hit a tanker."
    strikes = [e for e in _events(coder, text) if e.cameo[:2] in ("18", "19", "20")]
    assert strikes and all(e.source is None or e.source.country != "IRN" for e in strikes)
    (attack,) = _events(coder, "The army attacked rebels in Kidal, Mali.")
    assert (attack.source.code, attack.target.code) == ("MLIMIL", "MLIREB")


def test_an_attack_from_someone_has_them_as_its_source(coder) -> None:
    (attack,) = _events(coder, "A rocket attack from Gaza hit southern Israel.")
    assert _country(attack.source) == "PSE"


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether Kenya would attack Somalia, the Kenyan president said no.",
        "Kenya will decide whether to send troops to Somalia.",
    ],
)
def test_a_question_announces_nothing(coder, text) -> None:
    assert not [e for e in _events(coder, text) if e.rule.startswith("derived.")]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Renamo rebels attacked a train, killing ten passengers.", "MOZ", None),
        ("RUF fighters abducted dozens of children.", "SLE", None),
        ("The Bundesbank rejected calls from Washington to cut interest rates.", "DEU", "USA"),
        ("The USDA offered subsidized wheat to Egypt.", "USA", "EGY"),
        ("Shining Path guerrillas bombed a power station.", "PER", None),
        ("Tamil Tiger rebels attacked an army camp in the north.", "LKA", None),
    ],
)
def test_armed_groups_and_state_bodies_of_the_news_act_for_their_country(
    pipeline, text, source, target
) -> None:
    # organizations.tsv: bodies the news names without their country
    event = _events(pipeline, text)[0]
    assert _country(event.source) == source
    if target is not None:
        assert _country(event.target) == target


@pytest.mark.parametrize(
    ("text", "role", "country"),
    [
        ("An Indian army patrol killed three militants in Kashmir.", "source", "IND"),
        ("Gunmen fired on a Pakistani police patrol.", "target", "PAK"),
    ],
)
def test_a_patrol_that_is_no_joint_exercise_is_a_unit_that_acts(
    pipeline, text, role, country
) -> None:
    # "patrol" codes an event only as "joint patrols" (062); otherwise it names soldiers or police
    event = _root(_events(pipeline, text), "18") or _root(_events(pipeline, text), "19")
    assert _country(getattr(event, role)) == country


def test_joint_patrols_stay_an_event_and_no_actor(pipeline) -> None:
    events = _events(pipeline, "India and Bangladesh began joint patrols along the border.")
    assert [(e.cameo, _country(e.source), _country(e.target)) for e in events] == [
        ("062", "IND", "BGD")
    ]


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Ethnic Albanian rebels in Macedonia attacked a police station.", "19", "MKD", None),
        ("Serbian police arrested three ethnic Albanians near the border.", "17", "SRB", "SRB"),
        ("Estonia expelled two ethnic Russians accused of spying.", "17", "EST", "EST"),
        ("The Macedonian government held talks with ethnic Albanian leaders.", "04", "MKD", "MKD"),
        ("Albanian police arrested two Greek smugglers.", "17", "ALB", "GRC"),
    ],
)
def test_an_ethnic_minority_acts_for_the_country_it_lives_in(
    pipeline, text, cameo, source, target
) -> None:
    # resolver.minority: "ethnic Albanians" are no more Albania's than "ethnic Russians" Russia's
    event = _root(_events(pipeline, text), cameo[:2])
    assert _country(event.source) == source
    if target is not None:
        assert _country(event.target) == target
