"""The gazetteer: place names to GeoNames readings, loaded from an on-disk cache, O(1) lookups.

The index built by :mod:`wirecoder.geo.build` is pickled into the user cache directory under a
name that holds the source packages' versions, so it is built once per installation and rebuilt
when a package changes. Two packaged tables are laid over it at load time (so editing them
needs no rebuild): ``countries`` (every country's names and aliases reach the country) and
``places`` (aliases such as "Ky." or "NSW", and places GeoNames' city list lacks: regions, seas,
continents' other names, each with coordinates).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wirecoder.errors import LexiconError
from wirecoder.geo.build import BUILD_FORMAT, Index, build, fold, source_versions
from wirecoder.lexicon import Row, Spec, load_table, register_spec

log = logging.getLogger(__name__)

FEATURES = frozenset({"PCLI", "CONT", "ADM1", "ADM2", "PPLC", "PPL", "RGN", "SEA", "ISL", "AREA"})
# a shorter name lies one letter from too many other names ("Oman" and "Omar", "Chad" and "Chas")
MISSPELT_LENGTH = 6
TOWN_FEATURES = frozenset({"PPL", "PPLC"})
MISSPELT_CITY = 300_000  # a city this big is misspelt in news more often than a namesake is met


@dataclass(frozen=True)
class Entry:
    """One reading of a place name: a gazetteer record and how the name reached it."""

    id: int
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str
    population: int
    region: str | None  # GeoNames admin1 key, "US.TX"
    alternate: bool = False  # reached by one of its other names
    ref: str | None = None  # the lexicon row that named it, when one did
    written: str | None = None  # the lexicon's spelling of the name that reached it


def km(a: Entry, b: Entry) -> float:
    """Return the great-circle distance between two readings in kilometres."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def one_edit_apart(a: str, b: str) -> bool:
    """Return whether two different strings differ by one letter added, dropped, changed or
    swapped with its neighbour."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _check_place(row: dict[str, str]) -> str | None:
    if row["feature"] not in FEATURES:
        return f"feature {row['feature']!r} is not one of {' '.join(sorted(FEATURES))}"
    if row["country"] and not (len(row["country"]) == 3 and row["country"].isupper()):
        return f"country {row['country']!r} is not an ISO 3166-1 alpha-3 code or empty"
    if bool(row["lat"]) != bool(row["lon"]):
        return "give both lat and lon, or neither (an alias row names a known place)"
    if row["lat"]:
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except ValueError:
            return f"lat/lon {row['lat']!r}/{row['lon']!r} are not decimal degrees"
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return f"lat/lon {lat}/{lon} are outside the globe"
    return None


register_spec(
    "places", Spec(("name", "aliases", "country", "feature", "lat", "lon"), "name", _check_place)
)


def cache_root(cache_dir: str | None = None) -> Path:
    """Return the folder where built data is cached (``cache_dir`` or the user cache dir)."""
    if cache_dir:
        return Path(cache_dir)
    env = os.environ.get("WIRECODER_CACHE")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("wirecoder"))


def cache_path(cache_dir: str | None = None) -> Path:
    """Return the cache file of the gazetteer index for the installed source packages."""
    stamp = json.dumps({"format": BUILD_FORMAT, **source_versions()}, sort_keys=True)
    digest = hashlib.sha256(stamp.encode()).hexdigest()[:12]
    return cache_root(cache_dir) / f"gazetteer-{digest}.pickle"


def load_index(cache_dir: str | None = None) -> Index:
    """Return the built index from the cache, building and caching it on first use."""
    path = cache_path(cache_dir)
    if path.is_file():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            log.warning("gazetteer cache %s is unreadable (%s); rebuilding it", path, exc)
    log.info("building the gazetteer index (once per installation) into %s", path)
    index = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
            pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError as exc:
        log.warning(
            "cannot cache the gazetteer in %s (%s); it will be rebuilt next run. Set "
            "cache_dir in the settings or WIRECODER_CACHE to a writable folder",
            path.parent,
            exc,
        )
    return index


class Gazetteer:
    """Place names to readings: the cached GeoNames index with the packaged tables laid over."""

    def __init__(self, index: Index, *, lexicon_dirs: tuple[str, ...] = ()) -> None:
        self.index = index
        self.records = index.records
        self._extra: dict[str, list[tuple[int, bool, str, str]]] = {}
        self._country_record: dict[str, int] = {}
        for number, record in enumerate(index.records):
            if record[6] == "PCLI" and record[1] not in self._country_record:
                self._country_record[record[1]] = number
        self._overrides: dict[int, tuple[float, float]] = {}
        self._records_extra: list[tuple] = []
        self._country_names: dict[str, set[int]] = {}  # folded names and aliases, 6+ letters
        self._well_known: dict[str, set[int]] | None = None  # the same, with regions and cities
        self._settled: dict[str, tuple[float, float]] | None = None  # by admin1 key
        self._lay_places(lexicon_dirs)
        self._lay_countries(lexicon_dirs)

    # --- the tables laid over the index ------------------------------------------------------

    def _link(self, written: str, number: int, alternate: bool, ref: str) -> None:
        links = self._extra.setdefault(fold(written), [])
        if all(link[0] != number for link in links):
            links.append((number, alternate, ref, written))

    def _lay_countries(self, lexicon_dirs: tuple[str, ...]) -> None:
        for row in load_table("countries", lexicon_dirs):
            number = self._country_record.get(row["iso3"])
            if number is None:
                continue  # not a country in GeoNames (IGO rows, a user's bloc)
            for name in (row["name"], *row.items("aliases")):
                if len(fold(name)) >= MISSPELT_LENGTH:
                    self._country_names.setdefault(fold(name), set()).add(number)
            self._link(row["name"], number, False, row.ref)
            for alias in row.items("aliases"):
                # "England", "West Bank": the region, not the country it is an alias of
                if fold(alias) not in self._extra and not self._region_named(alias, row["iso3"]):
                    self._link(alias, number, False, row.ref)

    def _region_named(self, name: str, iso3: str) -> bool:
        return any(
            self.records[n][6] == "ADM1" and self.records[n][1] == iso3
            for n in self.index.names.get(fold(name), ())
        )

    def _find(self, row: Row) -> int | None:
        key = fold(row["name"])
        for number in [*self.index.names.get(key, ()), *self.index.alternates.get(key, ())]:
            record = self.records[number]
            if record[6] == row["feature"] and (record[1] == (row["country"] or None)):
                return number
        return None

    def _lay_places(self, lexicon_dirs: tuple[str, ...]) -> None:
        for row in load_table("places", lexicon_dirs):
            number = self._find(row)
            if row["lat"]:
                point = (float(row["lat"]), float(row["lon"]))
                if number is not None:
                    self._overrides[number] = point
                else:
                    number = len(self.records) + len(self._records_extra)
                    self._records_extra.append(
                        (row["name"], row["country"] or None, None, *point, None)
                        + (row["feature"], 0, None)
                    )
                self._link(row["name"], number, False, row.ref)
            elif number is None:
                raise LexiconError(
                    f"{row.ref}: no {row['feature']} named {row['name']!r} in "
                    f"{row['country'] or 'the world'} to hang the aliases on; give lat and lon to "
                    "add it as a new place"
                )
            for alias in row.items("aliases"):
                self._link(alias, number, False, row.ref)

    # --- lookups -----------------------------------------------------------------------------

    def record(
        self,
        number: int,
        *,
        alternate: bool = False,
        ref: str | None = None,
        written: str | None = None,
    ) -> Entry:
        """Return record ``number`` as an entry."""
        if number < len(self.records):
            values = self.records[number]
        else:
            values = self._records_extra[number - len(self.records)]
        name, country, admin1, lat, lon, geonameid, feature, population, region = values
        if number in self._overrides:
            lat, lon = self._overrides[number]
        return Entry(
            number,
            name,
            country,
            admin1,
            lat,
            lon,
            geonameid,
            feature,
            population,
            region,
            alternate,
            ref,
            written,
        )

    def lookup(self, text: str) -> list[Entry]:
        """Return every reading of a place name (main names first, then other names)."""
        key = fold(text)
        found: dict[int, Entry] = {}
        for number, alternate, ref, written in self._extra.get(key, ()):
            found[number] = self.record(number, alternate=alternate, ref=ref, written=written)
        for number in self.index.names.get(key, ()):
            found.setdefault(number, self.record(number))
        for number in self.index.alternates.get(key, ()):
            found.setdefault(number, self.record(number, alternate=True))
        return list(found.values())

    def misspelt(self, text: str) -> Entry | None:
        """Return the one country, first-level region or city of 300,000 people or more whose
        name ``text`` misses by a single letter ("Mauritious", "Tennesse", "San Francico"), for
        a name found nowhere else."""
        key = fold(text)
        if len(key) < MISSPELT_LENGTH or key in self:
            return None
        found = {
            number
            for name, numbers in self._misspellable().items()
            if name[0] == key[0] and one_edit_apart(key, name)
            for number in numbers
        }
        return self.record(found.pop()) if len(found) == 1 else None

    def _misspellable(self) -> dict[str, set[int]]:
        if self._well_known is None:
            self._well_known = {name: set(numbers) for name, numbers in self._country_names.items()}
            for number, record in enumerate(self.records):
                feature, population = record[6], record[7] or 0
                if feature == "ADM1" or (feature in TOWN_FEATURES and population >= MISSPELT_CITY):
                    name = fold(record[0])
                    if len(name) >= MISSPELT_LENGTH:
                        self._well_known.setdefault(name, set()).add(number)
        return self._well_known

    def settled_centre(self, code: str | None) -> tuple[float, float] | None:
        """Return the mean point of the towns of a first-level region (GeoNames admin1 key):
        where in it an unknown town most likely lies (Ontario's towns sit far south of its
        middle)."""
        if self._settled is None:
            sums: dict[str, list[float]] = {}
            for record in self.records:
                region, lat, lon = record[8], record[3], record[4]
                if record[6] in TOWN_FEATURES and region and lat is not None and lon is not None:
                    total = sums.setdefault(region, [0.0, 0.0, 0.0])
                    total[0] += lat
                    total[1] += lon
                    total[2] += 1
            self._settled = {
                key: (round(lat / n, 5), round(lon / n, 5)) for key, (lat, lon, n) in sums.items()
            }
        return self._settled.get(code or "")

    def country(self, iso3: str) -> Entry | None:
        """Return the country record for an ISO 3166-1 alpha-3 code."""
        number = self._country_record.get(iso3)
        return None if number is None else self.record(number)

    def region(self, code: str | None) -> Entry | None:
        """Return the first-level region record for a GeoNames admin1 key ("US.TX")."""
        number = self.index.regions.get(code or "")
        return None if number is None else self.record(number)

    def admin1_name(self, code: str | None) -> str | None:
        """Return the admin1 name for a GeoNames admin1 key."""
        return self.index.admin1_codes.get(code or "")

    def __contains__(self, text: str) -> bool:
        key = fold(text)
        return key in self._extra or key in self.index.names or key in self.index.alternates


@cache
def get_gazetteer(cache_dir: str | None = None, lexicon_dirs: tuple[str, ...] = ()) -> Gazetteer:
    """Return the process-wide gazetteer for these settings (loaded once per process)."""
    return Gazetteer(load_index(cache_dir), lexicon_dirs=lexicon_dirs)
