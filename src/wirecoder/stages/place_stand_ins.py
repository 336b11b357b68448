"""Stand-ins for places the gazetteer lacks: an unknown name the text gives as a place is coded
at the place the text puts it beside, the way an analyst codes an unknown village at the nearest
known place (ACLED's geo-precision 2 and 3). The rule is ``places.near_named.v1``."""

from __future__ import annotations

import math
from typing import Any

from wirecoder.geo.gazetteer import TOWN_FEATURES, Entry
from wirecoder.geo.names import list_members
from wirecoder.geo.readings import BROAD, LOCAL_FEATURES, contains
from wirecoder.geo.resolve import Choice, Toponym
from wirecoder.model import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NEAR_NAMED = "places.near_named.v1"
NAMESAKE = "places.namesake_town.v1"
IN_PROVINCE = "places.in_province.v1"
_NEAR_CONFIDENCE = 0.3
# readings too broad to stand in for a place inside them (a country may, as a last resort)
_BROAD = BROAD - {"PCLI"}
# kinds of place that take a nearby town's name ("the Salinas Valley"); parks, streets and
# buildings are named after people as often ("Victoria Park")
_NAMED_AFTER_TOWNS = frozenset(
    "valley township district county area region harbour harbor bay basin plain plains".split()
)
# an island or a region: a stand-in of last resort where an administrative unit is named
_LOOSE = frozenset({"ISL", "RGN"})
# before a name the model calls a place, a preposition that puts something there ("in Pangandaran")
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "into"})


def stand_ins(
    parsed: Any,
    toponyms: list[Toponym],
    choices: list[Choice | None],
    kinds: frozenset[str],
    holdings: frozenset[str],
) -> dict[str, int]:
    """Return, for each unknown name the text gives as a place, the toponym whose reading
    stands in for all its mentions: a place one mention is named in ("Kibera, Nairobi"), else
    the stand-in of its first mention that has one."""
    unknown = [n for n, choice in enumerate(choices) if choice is None]
    placed = {
        toponyms[n].key
        for n in unknown
        if _looks_placed(parsed, n, toponyms, choices, kinds, holdings)
    }
    anchors: dict[str, int] = {}
    for number in unknown:
        toponym = toponyms[number]
        if toponym.key not in placed:
            continue
        anchor = _stand_in(number, toponyms, choices)
        if anchor is not None and anchor == toponym.container:
            anchors[toponym.key] = anchor
            placed.discard(toponym.key)  # a named container beats later mentions' guesses
        elif anchor is not None:
            anchors.setdefault(toponym.key, anchor)
    return anchors


def _looks_placed(
    parsed: Any,
    number: int,
    toponyms: list[Toponym],
    choices: list[Choice | None],
    kinds: frozenset[str],
    holdings: frozenset[str],
) -> bool:
    """Return whether the text says an unknown name is a place: a word of a place's kind in it
    or beside it ("Silver Street", "Cairo's Abbasiya neighbourhood", "the town of Pangandaran"),
    a place it is in ("Kibera, Nairobi") or listed with ("Nakuru and Bunyala"), or a locative
    preposition before a name the model calls a place ("in Balintawak")."""
    toponym = toponyms[number]
    span = parsed.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or not span.text[:1].isalpha():
        return False  # "shares were down at 524p"
    words = [t.lower_ in kinds or t.lower_.rstrip(".") in kinds for t in span]
    if len(words) == 1 and words[0]:
        return False  # "St." alone is a name cut short, not a street
    # a kind word begins or ends a place's name ("Mount Kenya", "Silver Street"); inside a
    # longer name it names something else ("West Coast Traders Inc")
    if words[0] or words[-1]:
        return True
    after = parsed[span.end] if span.end < len(parsed) else None
    if after is not None and after.is_lower and after.lower_ in kinds:
        return True
    # "the Central Plateau and Artibonite regions": a kind word after the list it ends
    i = _past_names(parsed, span.end, 1, (",", "and"))
    if i > span.end + 1 and i < len(parsed) and parsed[i].is_lower and parsed[i].lower_ in kinds:
        return True
    # "the slum Kibera", "the villages of Foua and Kfraya", "four villages: Kampungu and Mombo":
    # a kind word before, maybe with "of"
    i = _past_names(parsed, span.start - 1, -1, (",", "and", ":"))
    if i >= 0 and parsed[i].lower_ == "of":
        i -= 1
    if i >= 0 and parsed[i].is_lower and parsed[i].lower_ in kinds:
        return True

    container = None if toponym.container is None else choices[toponym.container]
    if container is not None and container.entry.feature not in _BROAD:
        return True
    # listed with towns, not with countries ("Kenya and Velmoria" may be two countries), and
    # with two or more ("Iberia and Aviaco airlines" are two companies, whatever Iberia is)
    towns = [
        c
        for i in list_members(toponyms, number)
        if (c := choices[i]) is not None and c.entry.feature in LOCAL_FEATURES
    ]
    if len(towns) >= 2:
        return True
    # "in Balintawak", but not "a stake in Novo Astro", "turnover in Degussa's drugs unit" nor
    # "an article in Progressive magazine", where the name only qualifies what is there
    before = parsed[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.lower_ in LOCATIVE
        and span[0].ent_type_ in PLACE_LABELS
        and not qualifies(after)
        and not (span.start > 1 and parsed[span.start - 2].lower_ in holdings)
    )


def _past_names(parsed: Any, i: int, step: int, glue: tuple[str, ...]) -> int:
    """Return the first token from ``i`` on, ``step`` at a time, that is neither a capitalised
    word nor a word that joins a list's names."""
    while 0 <= i < len(parsed) and (parsed[i].text in glue or parsed[i].text[:1].isupper()):
        i += step
    return i


def qualifies(after: Any) -> bool:
    """Return whether the word after a name makes the name only qualify what is there: a
    possessive or a lower-case noun ("in Degussa's drugs unit", "in Progressive magazine")."""
    return after is not None and (
        after.text in ("'s", "’s") or (after.is_lower and after.pos_ == "NOUN")
    )


def _stand_in(number: int, toponyms: list[Toponym], choices: list[Choice | None]) -> int | None:
    """Return the toponym whose reading best stands in for an unknown one, if any does: the
    place named after it ("Kibera, Nairobi"), the nearest town or region named in its sentence
    and then in its paragraph (each before it, then after it), the nearest place named in the
    article."""

    def usable(i: int) -> bool:
        choice = choices[i]
        if choice is None or choice.metonym or choice.entry.lat is None:
            return False
        # a region inside one country ("the Swat Valley") is small enough; "the Sahel" is not
        entry = choice.entry
        return entry.feature not in _BROAD or (entry.feature == "RGN" and bool(entry.country))

    def finer(i: int) -> bool:
        choice = choices[i]
        return usable(i) and choice is not None and choice.entry.feature != "PCLI"

    def loose(i: int) -> bool:
        choice = choices[i]
        return choice is not None and choice.entry.feature in _LOOSE

    toponym = toponyms[number]
    if toponym.container is not None and usable(toponym.container):
        return toponym.container
    paragraph = toponym.paragraph or (-1, math.inf)
    before = range(number - 1, -1, -1)
    after = range(number + 1, len(toponyms))
    # "Fraser Valley, a farming community near Vancouver": the sentence's own place first
    sentence = toponym.sentence
    for start, end in (sentence, paragraph) if sentence is not None else (paragraph,):
        inside = [
            i for i in (*before, *after) if start <= toponyms[i].start and toponyms[i].end <= end
        ]
        # "Santa Maria, Davao del Sur, in Mindanao": a province before the island holding it
        for i in (*[i for i in inside if not loose(i)], *inside):
            if finer(i):
                return i
    return next((i for i in (*before, *after) if usable(i)), None)


def namesake_town(text: str, region: Entry, gaz: Any) -> Entry | None:
    """Return the town inside the province or region standing in for an unknown valley, bay,
    district or the like that it is named after ("the Salinas Valley" in California lies
    around Salinas), if there is one."""
    if region.feature == "PCLI":
        return None  # a country holds too many namesakes ("Victoria Park" is no Victoria's)
    words = text.split()
    head = list(words)
    while head and head[-1].lower() in _NAMED_AFTER_TOWNS:
        head.pop()
    if not head or len(head) == len(words):
        return None
    towns = [
        e
        for e in gaz.lookup(" ".join(head))
        if not e.alternate and e.feature in TOWN_FEATURES and contains(region, e)
    ]
    return max(towns, key=lambda e: e.population, default=None)


def placed_near(
    number: str,
    toponym: Toponym,
    near: Place,
    town: Entry | None = None,
    settled: tuple[float, float] | None = None,
) -> Place:
    """Return an unknown place in the country and region of the place standing in: at the
    point of the town in it that the place is named after, else, in a province, at the middle
    of the province's towns (``settled``), else at the place's own point."""
    point = town if town is not None else near
    lat, lon = (point.lat, point.lon) if town is not None or settled is None else settled
    rule = NAMESAKE if town is not None else NEAR_NAMED if settled is None else IN_PROVINCE
    return Place(
        start=toponym.start,
        end=toponym.end,
        text=toponym.text,
        name=toponym.text,
        country=point.country,
        admin1=point.admin1 or near.admin1,
        lat=lat,
        lon=lon,
        id=number,
        entity=toponym.entity,
        confidence=_NEAR_CONFIDENCE,
        rule=rule,
        near=near.id,
    )
