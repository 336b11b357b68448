"""What a gazetteer reading is worth before context, and how two readings relate: its prior
(feature class, population, name kind), whether one holds another, and whether a small town
is overshadowed by a far bigger namesake abroad."""

from __future__ import annotations

import math

from wirecoder.geo.build import fold
from wirecoder.geo.gazetteer import TOWN_FEATURES, Entry, km

PRIOR_BY_FEATURE = {
    "PCLI": 13.0,
    "CONT": 12.0,
    "RGN": 10.0,
    "SEA": 10.0,
    "ISL": 9.0,
    "AREA": 8.0,
    "ADM1": 8.5,
    "ADM2": 6.0,
}
CONTAINERS = frozenset({"PCLI", "ADM1", "ADM2"})
BROAD = frozenset({"PCLI", "CONT", "RGN", "SEA"})
# readings whose point says nothing of where a place near them lies: a province's centre is
# hundreds of kilometres from most of the province
POINTLESS = BROAD | {"ADM1"}
CAPITAL_BONUS = 1.5
ALTERNATE_PENALTY = 1.5
DISTRICT_KM = 25.0
LOCAL_FEATURES = TOWN_FEATURES | {"ADM2"}  # a town or a county
LIST_FEATURES = frozenset({"PCLI", "ADM1"})
# a city of millions: it has districts that make the news by name ("Queens, New York"), and it
# overshadows its small namesakes abroad ("Toronto" is not Toronto, Ohio)
BIG_CITY = 1_000_000
# the region and proximity cues choose between namesakes of like prominence; they do not make a
# small town's name ("Rome", Georgia) outweigh a capital or a big city abroad without a pattern,
# unless the town is in the country the article is most about
CONTEXT_GAP = 3.0


def prior(entry: Entry) -> float:
    """Return how likely a reading is before context: feature class, population, name kind."""
    if entry.feature in PRIOR_BY_FEATURE:
        score = PRIOR_BY_FEATURE[entry.feature]
    else:
        score = 2.0 + math.log10(entry.population + 10)
        if entry.feature == "PPLC":
            score += CAPITAL_BONUS
    if entry.alternate:
        score -= ALTERNATE_PENALTY
    return score


def same_kind(a: Entry, b: Entry) -> bool:
    """Return whether two readings are places of one kind: two countries, or two regions of
    one country (the members of a list, never a place and its container)."""
    if a.feature != b.feature or a.feature not in LIST_FEATURES:
        return False
    return a.feature == "PCLI" or a.country == b.country


def contains(outer: Entry, inner: Entry) -> bool:
    """Return whether one reading holds another: a country its places, a region its towns."""
    if outer.id == inner.id or outer.feature not in CONTAINERS:
        return False
    if outer.feature == "PCLI":
        return inner.country == outer.country and inner.feature != "PCLI"
    if inner.feature in ("PCLI", "CONT") or inner.country != outer.country:
        return False
    if outer.region and inner.region:
        return outer.region == inner.region
    return bool(inner.admin1) and fold(inner.admin1) == fold(outer.name)


def district_of(inner: Entry, city: Entry) -> bool:
    """Return whether a reading is a district of a big city ("Queens, New York" is in the
    city, not only in the state)."""
    return (
        city.feature in TOWN_FEATURES
        and city.population >= BIG_CITY
        and inner.feature in TOWN_FEATURES
        and inner.id != city.id
        and inner.lat is not None
        and city.lat is not None
        and km(inner, city) <= DISTRICT_KM
    )


def in_town_area(inner: Entry, town: Entry) -> bool:
    """Return whether a reading lies in a town's area ("the Cincinnati suburb of West
    Chester"): a place within twice a district's reach of it."""
    return (
        town.feature in TOWN_FEATURES
        and inner.id != town.id
        and inner.feature in LOCAL_FEATURES
        and inner.lat is not None
        and town.lat is not None
        and km(inner, town) <= 2 * DISTRICT_KM
    )


def under_a_capital(entry: Entry, candidates: list[Entry]) -> bool:
    """Whether a town shares its name with a national capital far more prominent than itself:
    "Vienna" in an American story about an OPEC meeting is still Austria's capital (the
    chooser lifts this where the name's paragraph names the town's own region: "London" among
    Kentucky towns)."""
    if entry.feature not in TOWN_FEATURES or entry.feature == "PPLC":
        return False
    capitals = [e for e in candidates if e.feature == "PPLC" and not e.alternate]
    if any(c.country != entry.country and prior(c) - prior(entry) > CONTEXT_GAP for c in capitals):
        return True
    # a city of millions abroad overshadows a namesake a hundred times smaller ("Toronto" in a
    # story that also names New York is not Toronto, Ohio)
    cities = [
        e for e in candidates if e.feature == "PPL" and e.population >= BIG_CITY and not e.alternate
    ]
    return any(c.country != entry.country and prior(c) - prior(entry) > 2.0 for c in cities)


def city_and_province(readings: list[Entry]) -> bool:
    """Return whether a name is first a city and also a province of its country ("Giza")."""
    if not readings:
        return False
    top = max(readings, key=prior)
    return top.feature in TOWN_FEATURES and any(
        e.feature == "ADM1" and e.country == top.country for e in readings
    )


def proximity(entry: Entry, others: list[Entry]) -> float:
    """Return the closeness cue of a town or county reading to the nearest of ``others``."""
    if entry.feature in POINTLESS or entry.lat is None:
        return 0.0
    nearest = min((km(entry, other) for other in others if other.id != entry.id), default=math.inf)
    if nearest < 50:
        return 2.0
    if nearest < 200:
        return 1.5
    if nearest < 500:
        return 0.75
    return 0.0
