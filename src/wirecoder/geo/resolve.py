"""Choosing one reading for each toponym of an article, with the cues a human reader uses.

Each reading of a name is scored by adding up its cues, and the cue that set the winner apart
from the runner-up names the choice (``rule``):

- ``places.prominence.v1``: population and feature class (a country beats a region beats a
  city; a capital and a big city beat a village; a name beats another name of the place);
- ``places.article_country.v1``: the countries the article is about, counted from its other
  toponyms that read one way, its demonyms ("Afghan") and its dateline;
- ``places.article_region.v1``: the first-level regions the article names ("Kentucky" makes
  its Edmonton the Kentucky one), the region it names more among two, and above all the region
  named in the name's own sentence ("in Ohio on a marsh in Monroe County"); a national capital
  abroad gives way to a small namesake only where the name's paragraph names that namesake's
  region;
- ``places.proximity.v1``: closeness to the article's other places, and two names with
  readings within 10 km of each other ("Edmonton" and "Enfield", two places in north London);
- ``places.city_state.v1``: "Alexandria, Louisiana": the place inside the region named next
  (not when the two are of one kind, as in a list of states: "Georgia, Idaho"); after a
  district of a big city, the city ("Queens, New York");
- ``places.list.v1``: a name in a list of places reads as the kind of place its neighbours are
  ("Oregon, Washington and Utah" are three states), a town listed with towns of one country is
  in that country, and cities listed together stay cities though each is also the name of its
  province ("Cairo and Giza");
- ``places.kind_word.v1``: a word saying what kind of place the name is ("Washington state",
  "Puge county", "the City of Turkey");
- ``places.named_capital.v1``: the capital of a country the article names ("in France ...
  Paris" is Paris, France, even in a story from Kentucky);
- ``places.region_kin.v1``: a name that is a country and also a first-level region of another
  country reads as the region when the article names two or more other regions of that
  country ("Georgia" in a story naming Alabama and Texas);
- ``places.metonym.v1``: a capital standing for its government ("Washington's assurance").

A name keeps one reading through the article (the strongest cue of any of its mentions wins).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from wirecoder.geo.build import fold
from wirecoder.geo.gazetteer import Entry, km
from wirecoder.geo.readings import (
    BIG_CITY,
    BROAD,
    CONTAINERS,
    CONTEXT_GAP,
    LIST_FEATURES,
    LOCAL_FEATURES,
    POINTLESS,
    PRIOR_BY_FEATURE,
    TOWN_FEATURES,
    city_and_province,
    contains,
    district_of,
    in_town_area,
    prior,
    proximity,
    same_kind,
    under_a_capital,
)

COUNTRY_SEEN = 2.0
COUNTRY_SHARE = 3.5
REGION_SEEN = 2.5
REGION_SHARE = 0.5  # at most: the region's share of the story's regional mentions
CITY_STATE = 6.0
CONTAINER_NAMED = 3.0
VOTE_MARGIN = 3.0
LIST_SIBLING = 4.0
KIND_WORD = 6.0
NAMED_CAPITAL = 4.0
REGION_KIN = 4.0
# two names of the article with town or county readings this close are read as those
# neighbours (chance puts namesakes of two names this close together rarely)
NEIGHBOUR_KM = 10.0
NEIGHBOURS = 2.5
SMALL_TOWN = 50_000  # a town abroad this small needs a sign of its country in the story
MINOR_CAPITAL = 100_000  # a capital smaller than this inside a company's name is a surname
SENTENCE_KM = 200.0  # a town this close to a town named in the same sentence ...
SENTENCE_NEAR = 0.5  # ... gets this much more
SENTENCE_REGION = 2.5  # a reading inside a first-level region named in the same sentence
# a city this big at home keeps its name from a town this many times smaller whose region the
# story names ("the Mayor of Boston" in a story naming New York's governor)
HOME_CITY = 500_000
HOME_CITY_RATIO = 30
KIND_FEATURES = {
    "adm1": frozenset({"ADM1"}),
    "adm2": frozenset({"ADM2"}),
    "town": TOWN_FEATURES,
}

SPECIFIC_FIRST = (
    "kind",
    "pattern",
    "list",
    "kin",
    "capital",
    "region",
    "near",
    "country",
    "prior",
)
RULES = {
    "kind": "places.kind_word.v1",
    "list": "places.list.v1",
    "prior": "places.prominence.v1",
    "country": "places.article_country.v1",
    "region": "places.article_region.v1",
    "near": "places.proximity.v1",
    "pattern": "places.city_state.v1",
    "capital": "places.named_capital.v1",
    "kin": "places.region_kin.v1",
}


@dataclass
class Toponym:
    """A place name found in the text, with its readings and what the text says around it."""

    start: int
    end: int
    text: str
    candidates: list[Entry]
    entity: str | None = None
    container: int | None = None  # the toponym after ", " that may contain this one
    siblings: list[int] = field(default_factory=list)  # its neighbours in a list of places
    kind: str | None = None  # what a word beside it says it is: "adm1", "adm2" or "town"
    inner: bool = False  # the known name inside a longer name ("Far North Queensland")
    completed: bool = False  # a name the parser cut short, completed from the words after it
    joined: str | None = None  # the rule that split a name into two places ("Asia-Pacific")
    in_organisation: bool = False  # a place inside an organisation's name ("U.S. Army")
    home: str | None = None  # the country the organisation table gives that organisation
    respelt: bool = False  # an unknown name read as the place it misspells ("Morrocco")
    postal: bool = False  # a US state's postal code after one of its towns ("Columbus, GA")
    metonym: bool = False  # a grammatical cue says the name stands for a government
    dateline: bool = False
    sentence: tuple[int, int] | None = None  # where its sentence starts and ends, when known
    paragraph: tuple[int, int] | None = None  # where its paragraph starts and ends, when known
    key: str = field(init=False)

    def __post_init__(self) -> None:
        self.key = fold(self.text)


@dataclass(frozen=True)
class Choice:
    """The reading chosen for one toponym, the cue that chose it and how sure the choice is."""

    entry: Entry
    confidence: float
    rule: str
    metonym: bool = False


def _is_town(toponym: Toponym) -> bool:
    """Return whether the name's likeliest reading, before context, is a town or a county."""
    return max(toponym.candidates, key=prior).feature in LOCAL_FEATURES


class Resolver:
    """Chooses readings for one article's toponyms (a new one per article)."""

    def __init__(self, toponyms: list[Toponym], *, demonyms: Counter[str]) -> None:
        self.toponyms = toponyms
        self.demonyms = demonyms
        self.lists: dict[tuple[str, int], float] = {}
        self.nearby: dict[str, set[str]] = {}  # by name: the regions its paragraphs name
        self.containers: dict[tuple[int, int], float] = {}
        self.groups: dict[str, list[int]] = defaultdict(list)
        for number, toponym in enumerate(toponyms):
            self.groups[toponym.key].append(number)
        # the first-level regions the article names, by country ({country: {name keys}}), and
        # the countries it names as countries ("France"), not those its places suggest
        self.regions: dict[str, set[str]] = defaultdict(set)
        self.region_codes: set[str] = set()  # the same regions' admin1 keys ("US.TX")
        self.named: set[str | None] = set()
        self.neighbours = self._neighbours()
        # the toponyms found inside organisations' names that are no places after all
        self.dropped: set[int] = set()
        # the regions written as another name's container ("Georgetown, Kentucky")
        self.holding = {t.container for t in toponyms if t.container is not None}
        # each toponym's likeliest reading before context
        self.likeliest: dict[int, Entry] = {}
        for number, toponym in enumerate(toponyms):
            if not toponym.candidates:
                continue
            best = self.likeliest[number] = max(toponym.candidates, key=prior)
            states = {e.country for e in toponym.candidates if e.feature == "ADM1"}
            if best.feature == "ADM1" and len(states) == 1:
                self.regions[best.country].add(toponym.key)
                if best.region:
                    self.region_codes.add(best.region)
            elif best.feature == "PCLI" and not toponym.in_organisation:
                self.named.add(best.country)

        self.state_talk = self._state_talk()

    # --- context ------------------------------------------------------------------------------

    def _suburb(self, number: int) -> bool:
        """Return whether name ``number`` lies in the area of the town named before it as its
        container ("the Cincinnati suburb of West Chester")."""
        container = self.toponyms[number].container
        return container is not None and container < number

    def _state_talk(self) -> set[str]:
        """Return the names that are both a town and a first-level region of one country, said
        in a sentence that (with the sentence before it in the paragraph) names two or more
        other regions of that country and no town of it ("California has 13 cases, Texas three
        and Ohio one. New York has confirmed 28")."""
        talk: set[str] = set()
        for toponym in self.toponyms:
            countries = {
                e.country
                for e in toponym.candidates
                if e.feature == "ADM1"
                and any(
                    t.feature in TOWN_FEATURES and t.country == e.country
                    for t in toponym.candidates
                )
            }
            if not countries or toponym.sentence is None:
                continue
            earlier = [
                t.sentence
                for t in self.toponyms
                if t.sentence is not None
                and t.sentence[1] <= toponym.sentence[0]
                and t.paragraph == toponym.paragraph
            ]
            window = (max(earlier)[0] if earlier else toponym.sentence[0], toponym.sentence[1])
            regions: dict[str | None, set[str]] = defaultdict(set)
            towns: set[str | None] = set()
            for number, other in enumerate(self.toponyms):
                best = self.likeliest.get(number)
                if best is None or other.key == toponym.key or other.in_organisation:
                    continue
                if not (window[0] <= other.start and other.end <= window[1]):
                    continue
                if best.feature == "ADM1":
                    regions[best.country].add(other.key)
                elif best.feature in TOWN_FEATURES:
                    towns.add(best.country)
            if any(len(regions[c]) >= 2 and c not in towns for c in countries):
                talk.add(toponym.key)
        return talk

    def _neighbours(self) -> set[int]:
        """Return the town and county readings that lie close to one of another name."""
        towns: dict[str, list[Entry]] = {}
        for toponym in self.toponyms:
            if toponym.candidates and _is_town(toponym):
                towns[toponym.key] = [
                    e
                    for e in toponym.candidates
                    if e.feature in LOCAL_FEATURES and e.lat is not None
                ]
        # readings by band of latitude (0.1 degree, about 11 km), so that only readings in the
        # same or a next band are measured: a list of many town names stays fast
        bands: dict[int, list[tuple[str, Entry]]] = defaultdict(list)
        for key, entries in towns.items():
            for entry in entries:
                bands[math.floor(entry.lat / 0.1)].append((key, entry))
        close: set[int] = set()
        for band, members in bands.items():
            nearby = members + bands.get(band + 1, [])
            for key, a in members:
                for other, b in nearby:
                    if other != key and a.id != b.id and km(a, b) <= NEIGHBOUR_KM:
                        close.update((a.id, b.id))
        return close

    def _foreign_hamlets(
        self, chosen: dict[str, Choice | None], votes: dict[str, Counter[str]]
    ) -> set[str]:
        """Return the names read as a small town of a country the story gives no other sign of,
        in a story the other names put elsewhere: "St. Nicolas" in a story from Haiti is no
        Belgian village, but a place the gazetteer lacks."""
        foreign: set[str] = set()
        for key, numbers in self.groups.items():
            choice = chosen[key]
            if choice is None or any(self.toponyms[n].in_organisation for n in numbers):
                continue
            entry = choice.entry
            # a sole reading by its main name is the place meant ("Zeebrugge", "Ventspils")
            doubtful = (
                entry.alternate
                or len({e.country for e in self.toponyms[numbers[0]].candidates}) > 1
            )
            # a town of any size reached only by another spelling ("Suba" for Suva)
            minor = entry.population < SMALL_TOWN or entry.alternate
            if (
                doubtful
                and entry.feature in TOWN_FEATURES
                and minor
                and sum(votes[key].values()) >= 2
                and not votes[key].get(entry.country or "")
            ):
                foreign.add(key)
        return foreign

    def _misspelt_abroad(
        self, chosen: dict[str, Choice | None], votes: dict[str, Counter[str]]
    ) -> set[str]:
        """Return the names read as the region or city they misspell in a country the story
        gives no sign of ("Kan'an" in a story from Israel is no Kankan of Guinea); a misspelt
        country is its own sign."""
        return {
            key
            for key, numbers in self.groups.items()
            if self.toponyms[numbers[0]].respelt
            and (choice := chosen[key]) is not None
            and choice.entry.feature != "PCLI"
            and not votes[key].get(choice.entry.country or "")
        }

    def _stray_in_organisations(
        self, chosen: dict[str, Choice | None], votes: dict[str, Counter[str]]
    ) -> set[str]:
        """Return the names inside organisations' names that read as a region or a small capital
        of a country the story gives no other sign of, in a story about other countries: "Lac
        Minerals Ltd" in a Canadian story is no region of Chad, "McDonnell Douglas" no capital of
        the Isle of Man."""
        stray: set[str] = set()
        for key, numbers in self.groups.items():
            choice = chosen[key]
            if choice is None or not all(self.toponyms[n].in_organisation for n in numbers):
                continue
            entry = choice.entry
            if any(self.toponyms[n].home == entry.country for n in numbers):
                continue  # "Bank of England": the table says whose England it is
            minor = entry.feature in ("ADM1", "ADM2") or (
                entry.feature == "PPLC" and entry.population < MINOR_CAPITAL
            )
            if minor and votes[key] and not votes[key].get(entry.country or ""):
                stray.add(key)
        return stray

    def _mates(self, key: str, chosen: dict[str, Choice | None]) -> list[Entry]:
        """Return the readings chosen for the other towns, counties and first-level regions named
        in the sentences that name ``key``."""
        sentences = {self.toponyms[n].sentence for n in self.groups[key]} - {None}
        mates = []
        for number, toponym in enumerate(self.toponyms):
            choice = chosen.get(toponym.key)
            # a region that holds the town written before it ("Georgetown, Kentucky") speaks for
            # that town alone, and one inside a company's name for none
            region = not toponym.in_organisation and number not in self.holding
            if (
                toponym.key != key
                and toponym.sentence in sentences
                and choice is not None
                and (
                    choice.entry.feature in LOCAL_FEATURES
                    or (choice.entry.feature == "ADM1" and region)
                )
                and choice.entry.lat is not None
            ):
                mates.append(choice.entry)
        return mates

    def _regions_nearby(self, key: str, chosen: dict[str, Choice | None]) -> set[str]:
        """Return the first-level regions the paragraphs that name ``key`` place something in:
        a region named as such, or a town whose likeliest reading lies there. A city of
        millions says nothing of its region ("New York" is no sign of upstate New York), nor
        does a town read there only because of the story's country."""
        paragraphs = {self.toponyms[n].paragraph for n in self.groups[key]}
        found = set()
        for number, toponym in enumerate(self.toponyms):
            choice = chosen.get(toponym.key)
            if (
                toponym.key == key
                or toponym.paragraph not in paragraphs
                or toponym.in_organisation
                or choice is None
            ):
                continue
            entry = choice.entry
            # a mention may have no readings of its own though its name has ("San Francico" read
            # as misspelt, then "San Francico, California" left to its container)
            likeliest = self.likeliest.get(number)
            town = (
                entry.feature in TOWN_FEATURES
                and entry.population < BIG_CITY
                and likeliest is not None
                and entry.id == likeliest.id
            )
            if entry.region and (entry.feature == "ADM1" or town):
                found.add(entry.region)
        return found

    def _votes(self) -> dict[str, Counter[str]]:
        """Return, for each name, the country votes of the article's other names."""
        own: dict[str, Counter[str]] = defaultdict(Counter)
        for toponym in self.toponyms:
            readings = toponym.candidates
            if not readings:
                continue
            ranked = sorted(readings, key=prior, reverse=True)
            countries = {r.country for r in readings}
            margin = prior(ranked[0]) - (prior(ranked[1]) if len(ranked) > 1 else 0.0)
            if ranked[0].country and (len(countries) == 1 or margin >= VOTE_MARGIN):
                own[toponym.key][ranked[0].country] += 2 if toponym.dateline else 1
        total: Counter[str] = Counter(self.demonyms)
        for counter in own.values():
            total.update(counter)
        return {key: total - own.get(key, Counter()) for key in self.groups} | {"": total}

    def _pattern_bonus(self) -> dict[tuple[str, int], float]:
        """Return the "City, State" bonus of each (name, reading) over all the name's mentions,
        and fill ``self.containers``: the bonus of each (mention, reading) of the region named."""
        bonus: dict[tuple[str, int], float] = {}
        for number, toponym in enumerate(self.toponyms):
            if toponym.container is None:
                continue
            outer = self.toponyms[toponym.container]
            suburb = self._suburb(number)
            if not suburb and any(
                same_kind(a, b) for a in toponym.candidates for b in outer.candidates
            ):
                continue  # "Georgia, Idaho": a list of states, not a town in Idaho
            for inner in toponym.candidates:
                for container in outer.candidates:
                    if (
                        contains(container, inner)
                        or district_of(inner, container)
                        or (suburb and in_town_area(inner, container))
                    ):
                        bonus[(toponym.key, inner.id)] = CITY_STATE
                        self.containers[(toponym.container, container.id)] = CONTAINER_NAMED
        return bonus

    def _list_bonus(self) -> dict[tuple[str, int], float]:
        """Return the list bonus of each (name, reading): the kind its list neighbours share."""
        bonus: dict[tuple[str, int], float] = {}
        for number, toponym in enumerate(self.toponyms):
            neighbours = [self.toponyms[n].candidates for n in toponym.siblings]
            # a town listed with towns of one country is in that country ("San Juan,
            # Choropampa and Magdalena")
            towns = {
                self.toponyms[n].candidates[0].country
                for n in toponym.siblings
                if n != toponym.container
                and self.toponyms[n].container != number
                and (group := self.toponyms[n].candidates)
                and all(o.feature in TOWN_FEATURES for o in group)
                and len({o.country for o in group}) == 1
            }
            # unless the name is also a region there ("New York City and Florida")
            towns -= {e.country for e in toponym.candidates if e.feature in LIST_FEATURES}
            # cities listed with cities stay cities, though each is also the name of its
            # province ("Cairo and Giza" are two cities, not two governorates)
            cities = {max(g, key=prior).country for g in neighbours if city_and_province(g)}
            if not city_and_province(toponym.candidates):
                cities = set()
            for entry in toponym.candidates:
                kin = any(same_kind(entry, other) for group in neighbours for other in group)
                town = entry.feature in TOWN_FEATURES and entry.country in towns | cities
                if kin or town:
                    bonus[(toponym.key, entry.id)] = LIST_SIBLING
        return bonus

    def _named_elsewhere(self, chosen: list[Choice | None]) -> set[str]:
        """Return the town names the gazetteer lacks though it knows namesakes elsewhere: a
        town placed in a region or country that holds none of its readings ("Holliday,
        Missouri" when the gazetteer knows only Holliday, Texas), and a name a word calls a
        town that has no town reading ("the city of Turkey")."""
        lacking: set[str] = set()
        held: set[str] = set()
        # "the city of Turkey", where the gazetteer knows no town Turkey: a town it lacks (a
        # county is left alone: "the Hall County town" is a town in the county)
        for key, numbers in self.groups.items():
            candidates = self.toponyms[numbers[0]].candidates
            if any(self.toponyms[n].kind == "town" for n in numbers) and all(
                e.feature in LIST_FEATURES for e in candidates
            ):
                lacking.add(key)
        for number, toponym in enumerate(self.toponyms):
            outer = None if toponym.container is None else chosen[toponym.container]
            if outer is None:
                continue
            if self._suburb(number) and outer.entry.feature in TOWN_FEATURES:
                # "the Cincinnati suburb of West Chester" when the gazetteer knows only the
                # West Chester of Pennsylvania
                if not any(in_town_area(e, outer.entry) for e in toponym.candidates):
                    lacking.add(toponym.key)
                continue
            if outer.entry.feature not in CONTAINERS:
                continue
            # every reading a town, or none in the named province's country at all ("Bradford,
            # Ontario" when the gazetteer knows Bradfords only in England and the US); a county
            # in the right country may just lack its region link ("Dorset, England")
            all_towns = all(e.feature in TOWN_FEATURES for e in toponym.candidates)
            # only after a province: after a country the comma may end a clause ("in Paris,
            # Japan promised") or a list item ("in Paris, Britain, Canada")
            abroad = outer.entry.feature != "PCLI" and all(
                e.country != outer.entry.country and e.feature in LOCAL_FEATURES
                for e in toponym.candidates
            )
            if not (all_towns or abroad):
                continue
            container = self.toponyms[toponym.container]
            if any(same_kind(a, b) for a in toponym.candidates for b in container.candidates):
                continue
            if any(
                contains(outer.entry, e) or district_of(e, outer.entry) for e in toponym.candidates
            ):
                held.add(toponym.key)
            else:
                lacking.add(toponym.key)
        return lacking - held

    # --- scoring ------------------------------------------------------------------------------

    def _cues(
        self,
        numbers: list[int],
        entry: Entry,
        votes: Counter[str],
        pattern: dict[tuple[str, int], float],
        regions: Counter[str],
        places: list[Entry],
        mates: list[Entry],
    ) -> dict[str, float]:
        toponym = self.toponyms[numbers[0]]
        total = sum(votes.values()) or 1
        cues = {"prior": prior(entry), "country": 0.0, "region": 0.0, "near": 0.0}
        nearby = self.nearby.get(toponym.key, set())
        overshadowed = under_a_capital(entry, toponym.candidates) and entry.region not in nearby
        if entry.country and votes.get(entry.country) and not overshadowed:
            cues["country"] = COUNTRY_SEEN + COUNTRY_SHARE * votes[entry.country] / total
        # only a town's namesakes of like prominence compete on these; in the country the article
        # is most about, or in a first-level region it names, those of like prominence within
        # that country (a San Juan of Cajamarca in a story that names Cajamarca and Denver
        # against Peru's other San Juans, not Puerto Rico's capital)
        leading = votes.most_common(1)[0][0] if votes else None
        home = entry.country == leading or (
            votes.get(entry.country) and entry.region in self.region_codes
        )
        rivals = [e for e in toponym.candidates if home and e.country == entry.country]
        gap = max(prior(e) for e in rivals or toponym.candidates) - cues["prior"]
        if _is_town(toponym) and gap <= CONTEXT_GAP:
            # "the Mayor of Boston" in a story that names New York's governor: a small town
            # does not take a big city's name at home by its region being named somewhere
            big_at_home = entry.feature in TOWN_FEATURES and any(
                e.country == entry.country
                and e.feature in TOWN_FEATURES
                and e.population >= HOME_CITY
                and e.population >= HOME_CITY_RATIO * entry.population
                for e in toponym.candidates
            )
            if entry.feature not in BROAD and entry.region in regions and not big_at_home:
                share = regions[entry.region] / sum(regions.values())
                cues["region"] = REGION_SEEN + REGION_SHARE * share
            cues["near"] = max(
                proximity(entry, places), NEIGHBOURS if entry.id in self.neighbours else 0.0
            )
            # places named in one sentence lie near each other ("call the centre in Huntington
            # or the hospital in South Charleston")
            towns = [m for m in mates if m.feature in LOCAL_FEATURES and m.id != entry.id]
            if any(km(entry, m) <= SENTENCE_KM for m in towns):
                cues["near"] += SENTENCE_NEAR
            # a region named in the same sentence holds it ("in Michigan near the game area in
            # Monroe County")
            if entry.feature not in BROAD and any(
                m.feature == "ADM1" and m.region == entry.region for m in mates
            ):
                cues["region"] += SENTENCE_REGION
        # a kind word holds for every mention of the name ("New York state ... in New York"); a
        # region named after a town ("Buffalo, New York") only for that mention
        container = self.containers.get((numbers[0], entry.id), 0.0) if len(numbers) == 1 else 0.0
        cues["pattern"] = pattern.get((toponym.key, entry.id), 0.0) + container
        cues["list"] = self.lists.get((toponym.key, entry.id), 0.0)
        kinds = {self.toponyms[n].kind for n in self.groups[toponym.key]}
        said = any(entry.feature in KIND_FEATURES.get(kind or "", ()) for kind in kinds)
        cues["kind"] = KIND_WORD if said else 0.0
        # it tells countries apart; a region of the same name in that country ("Washington"
        # the state) is left to the other cues, unless the story is about another country
        # (British news naming the U.S.)
        named = (
            entry.feature == "PPLC"
            and not entry.alternate
            and entry.country in self.named
            and (
                entry.country != leading
                or not any(
                    e.country == entry.country and e.feature == "ADM1" for e in toponym.candidates
                )
            )
        )
        cues["capital"] = NAMED_CAPITAL if named else 0.0
        kin = entry.feature == "ADM1" and (
            (
                any(e.feature == "PCLI" for e in toponym.candidates)
                and len(self.regions.get(entry.country, set()) - {toponym.key}) >= 2
            )
            or toponym.key in self.state_talk
        )
        cues["kin"] = REGION_KIN if kin else 0.0
        return cues

    def _choose(
        self,
        numbers: list[int],
        votes: Counter[str],
        pattern: dict[tuple[str, int], float],
        regions: Counter[str],
        places: list[Entry],
        mates: list[Entry] | None = None,
    ) -> Choice | None:
        toponym = self.toponyms[numbers[0]]
        if not toponym.candidates:
            return None
        metonym = any(self.toponyms[n].metonym for n in numbers)
        if metonym:
            capitals = [e for e in toponym.candidates if e.feature == "PPLC" and not e.alternate]
            if capitals and max(capitals, key=prior) == max(toponym.candidates, key=prior):
                best = max(capitals, key=lambda e: e.population)
                return Choice(best, 0.9, "places.metonym.v1", metonym=True)
        scored = []
        for entry in toponym.candidates:
            cues = self._cues(numbers, entry, votes, pattern, regions, places, mates or [])
            scored.append((sum(cues.values()), entry, cues))
        scored.sort(key=lambda item: -item[0])
        score, best, cues = scored[0]
        if len(scored) == 1:
            rule = best.ref or "places.only_reading.v1"
            return Choice(best, 0.9 if best.feature in PRIOR_BY_FEATURE else 0.75, rule)
        runner_score, _runner, runner_cues = scored[1]
        margin = score - runner_score
        gains = {name: cues[name] - runner_cues.get(name, 0.0) for name in cues}
        # name the most specific cue that favoured the winner, else the strongest one
        decisive = next(
            (name for name in SPECIFIC_FIRST if gains[name] >= 1.0),
            max(gains, key=gains.__getitem__),
        )
        rule = RULES[decisive]
        if decisive == "prior" and best.ref:
            rule = best.ref
        confidence = round(1 / (1 + math.exp(-margin / 1.5)), 2)
        return Choice(best, confidence, rule)

    def resolve(self) -> list[Choice | None]:
        """Return the chosen reading of each toponym, in order (None where none is known)."""
        votes = self._votes()
        pattern = self._pattern_bonus()
        self.lists = self._list_bonus()
        chosen: dict[str, Choice | None] = {}
        context: dict[str, tuple[Counter[str], list[Entry]]] = {}
        # first pass: prominence, the article's countries and "City, State" patterns
        for key, numbers in self.groups.items():
            chosen[key] = self._choose(numbers, votes[key], pattern, Counter(), [])
        # second pass: add the regions the article names and closeness to its other places
        for key, numbers in self.groups.items():
            others = [c.entry for k, c in chosen.items() if c is not None and k != key]
            # each region counted by the mentions of the names read in it, so that between
            # namesakes in two named regions the one the story names more wins ("Monroe County"
            # in a story from Missouri that names Indiana once)
            regions: Counter[str] = Counter()
            for k, c in chosen.items():
                if c is None or k == key or not c.entry.region:
                    continue
                if c.entry.feature in ("ADM1", "PPL", "PPLC"):
                    regions[c.entry.region] += len(self.groups[k])
            places = [e for e in others if e.feature not in POINTLESS]
            context[key] = (regions, places)
            self.nearby[key] = self._regions_nearby(key, chosen)
            chosen[key] = self._choose(
                numbers, votes[key], pattern, regions, places, self._mates(key, chosen)
            )
        result = [chosen[t.key] for t in self.toponyms]
        misread = self._misspelt_abroad(chosen, votes)
        for key in self._named_elsewhere(result) | self._foreign_hamlets(chosen, votes) | misread:
            for number in self.groups[key]:
                result[number] = None
        for key in self._stray_in_organisations(chosen, votes):
            for number in self.groups[key]:
                result[number] = None
                self.dropped.add(number)
        # a region named after a town reads so there, whatever the name's other mentions are
        for number, toponym in enumerate(self.toponyms):
            if len(self.groups[toponym.key]) > 1 and any(n == number for n, _ in self.containers):
                regions, places = context[toponym.key]
                result[number] = self._choose(
                    [number], votes[toponym.key], pattern, regions, places
                )
        return result
