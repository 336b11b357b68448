"""Knowledge as data: the package's versioned TSV tables, validated on load, extensible by users.

A table is a tab-separated file in ``lexicon/data/`` with ``#`` comment lines (the first says its
version) and a header row. A user extends or overrides a table by putting a file of the same name
in a directory named in ``Settings.lexicon_dirs``: its rows are added, and a row whose key equals a
packaged row replaces it. Every row remembers where it came from (``ref``) so that emitted facts
can name the entry that produced them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from wirecoder.errors import LexiconError

SECTORS = frozenset(
    "GOV MIL JUD COP REB OPP LEG MED BUS CVL IGO NGO EDU REL HLH LAB AGR REF IMG SPY PTY ELI "
    "CRM UAF JUD".split()
)

_VERSION = re.compile(r"version\s+(\d+)", re.IGNORECASE)
_ISO3 = re.compile(r"^(?:[A-Z]{3}|IGO)$")


@dataclass(frozen=True)
class Row:
    """One validated table row: its values by column and where it came from."""

    values: dict[str, str]
    ref: str  # e.g. "countries.v2:PAK"

    def __getitem__(self, column: str) -> str:
        return self.values[column]

    def get(self, column: str, default: str = "") -> str:
        """Return a column's value, ``default`` when the table has no such column."""
        return self.values.get(column, default)

    def items(self, column: str) -> tuple[str, ...]:
        """Return a ``|``-separated column as a tuple of non-empty items."""
        return tuple(
            part.strip() for part in self.values.get(column, "").split("|") if part.strip()
        )


@dataclass(frozen=True)
class Table:
    """A loaded knowledge table: its name, version and rows in file order."""

    name: str
    version: int
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


Validator = Callable[[dict[str, str]], str | None]


@dataclass(frozen=True)
class Spec:
    """What a table must look like: its columns, key column and a row check."""

    columns: tuple[str, ...]
    key: str  # the column that names a row; with ``scope``, unique within the scope's value
    check: Validator | None = None
    scope: str | None = None  # e.g. modality's "kind": "no" is both a negation and a modifier

    def key_of(self, row: dict[str, str]) -> str:
        """The row's unique name: its key, after its scope's value when the table has one."""
        return f"{row[self.scope]}:{row[self.key]}" if self.scope else row[self.key]


def _check_country(row: dict[str, str]) -> str | None:
    if not _ISO3.match(row["iso3"]):
        return f"iso3 {row['iso3']!r} is not an ISO 3166-1 alpha-3 code or IGO"
    if not row["name"]:
        return "name is empty"
    return None


def _check_org(row: dict[str, str]) -> str | None:
    if row["country"] and not _ISO3.match(row["country"]):
        return f"country {row['country']!r} is not an ISO 3166-1 alpha-3 code, IGO or empty"
    if row["sector"] and row["sector"] not in SECTORS:
        return f"sector {row['sector']!r} is not one of {' '.join(sorted(SECTORS))}"
    try:
        periods = sector_periods(row.get("earlier", ""))
    except ValueError as exc:
        return str(exc)
    if periods and not row["sector"]:
        return "earlier sectors need a present one: fill the sector column"
    return None


_PERIOD = re.compile(r"(?P<sector>[A-Z]{3})<(?P<until>\d{4}-\d{2}-\d{2})")


def sector_periods(cell: str) -> tuple[tuple[str, str], ...]:
    """Read an organisation's earlier sectors, 'REB<1996-09-27|GOV<2001-11-13', oldest first."""
    periods: list[tuple[str, str]] = []
    for item in (part.strip() for part in cell.split("|")):
        if not item:
            continue
        found = _PERIOD.fullmatch(item)
        if found is None or found["sector"] not in SECTORS:
            raise ValueError(
                f"earlier sector {item!r} should read SECTOR<YYYY-MM-DD (the sector until that "
                f"day), with a sector from {' '.join(sorted(SECTORS))}"
            )
        if periods and found["until"] <= periods[-1][1]:
            raise ValueError(f"earlier sectors must run oldest first; {item!r} is out of order")
        periods.append((found["sector"], found["until"]))
    return tuple(periods)


SPECS: dict[str, Spec] = {
    "countries": Spec(("iso3", "name", "aliases", "demonyms", "capital"), "iso3", _check_country),
    "organizations": Spec(("name", "aliases", "country", "sector"), "name", _check_org),
}


def register_spec(name: str, spec: Spec) -> None:
    """Declare the shape of a further knowledge table so that it can be loaded and validated."""
    SPECS[name] = spec


def _parse(text: str, *, name: str, origin: str, spec: Spec) -> tuple[int, list[dict[str, str]]]:
    version = 0
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            found = _VERSION.search(line)
            if found and not version:
                version = int(found.group(1))
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            missing = [c for c in spec.columns if c not in header]
            if missing:
                raise LexiconError(
                    f"{origin}: header lacks column(s) {', '.join(missing)}; expected the "
                    f"tab-separated columns {', '.join(spec.columns)}"
                )
            continue
        if len(cells) > len(header):
            raise LexiconError(
                f"{origin}:{number}: {len(cells)} cells for {len(header)} columns; "
                "separate columns with one tab and items inside a column with |"
            )
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        if not row[spec.key]:
            raise LexiconError(f"{origin}:{number}: the key column {spec.key!r} is empty")
        problem = spec.check(row) if spec.check else None
        if problem:
            raise LexiconError(f"{origin}:{number}: {problem}")
        rows.append(row)
    if header is None:
        raise LexiconError(
            f"{origin}: no header row; a {name} table needs {', '.join(spec.columns)}"
        )
    return version, rows


@cache
def load_table(name: str, extra_dirs: tuple[str, ...] = ()) -> Table:
    """Load the packaged table ``name`` plus any same-named user files, validated."""
    if name not in SPECS:
        raise LexiconError(f"unknown table {name!r}; known tables: {', '.join(sorted(SPECS))}")
    spec = SPECS[name]
    packaged = resources.files("wirecoder.lexicon").joinpath("data", f"{name}.tsv")
    sources: list[tuple[str, str]] = [
        (f"wirecoder/lexicon/data/{name}.tsv", packaged.read_text("utf-8"))
    ]
    for folder in extra_dirs:
        path = Path(folder) / f"{name}.tsv"
        if path.is_file():
            sources.append((str(path), path.read_text("utf-8")))
    merged: dict[str, Row] = {}
    base_version = 0
    for index, (origin, text) in enumerate(sources):
        version, rows = _parse(text, name=name, origin=origin, spec=spec)
        if index == 0:
            base_version = version
        tag = f"{name}.v{base_version}" if index == 0 else f"{name}.user"
        seen: set[str] = set()
        for row in rows:
            key = spec.key_of(row)
            if key in seen:
                raise LexiconError(
                    f"{origin}: two rows are named {key!r}; a row's key must be unique in its file "
                    "(a user file replaces a packaged row by reusing its key)"
                )
            seen.add(key)
            merged[key] = Row(row, f"{tag}:{key}")
    return Table(name, base_version, spec.columns, tuple(merged.values()))


_DOTS = re.compile(r"(?<=\w)\.(?=\w|$)")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?$")


def name_key(text: str) -> str:
    """Return the form under which names are compared: no article, dots, possessive or case.

    Text with no capital letter at all is kept apart (a ``~`` before it): names are written with
    capitals, so "car" in "a car ferry" is not "CAR" (the Central African Republic), nor "us"
    the US.
    """
    key = _SPACE.sub(" ", text.strip())
    key = _POSSESSIVE.sub("", key)
    key = re.sub(r"^(?:the|The|THE)\s+", "", key)
    key = _DOTS.sub("", key)
    key = key.casefold().strip(" .,")
    return key if any(ch.isupper() for ch in text) else f"~{key}"


@dataclass(frozen=True)
class NameEntry:
    """What a known name stands for: a canonical entity, its kind of mention and the source row."""

    canonical: str
    type: str  # GPE, ORG, NORP
    country: str | None
    sector: str | None
    kind: str  # name | alias | demonym | capital
    ref: str
    # sectors it held before: (sector, the day it ended), oldest first ('REB' until 2021-08-15)
    earlier: tuple[tuple[str, str], ...] = ()

    def sector_on(self, day: str | None) -> tuple[str | None, str | None]:
        """Return the sector the entry had on ``day`` (YYYY-MM-DD...) and the day that sector
        ended, or the present sector and None (also when ``day`` is None)."""
        if day:
            for sector, until in self.earlier:
                if day[:10] < until:
                    return sector, until
        return self.sector, None


def _entries(extra_dirs: tuple[str, ...]) -> Iterable[tuple[str, NameEntry]]:
    for row in load_table("countries", extra_dirs):
        iso3, name = row["iso3"], row["name"]
        yield name, NameEntry(name, "GPE", iso3, None, "name", row.ref)
        for alias in row.items("aliases"):
            yield alias, NameEntry(name, "GPE", iso3, None, "alias", row.ref)
        for demonym in row.items("demonyms"):
            yield demonym, NameEntry(name, "NORP", iso3, None, "demonym", row.ref)
        for capital in row.items("capital"):
            yield capital, NameEntry(name, "GPE", iso3, "GOV", "capital", row.ref)
    for row in load_table("organizations", extra_dirs):
        entry = NameEntry(
            row["name"],
            "ORG",
            row["country"] or None,
            row["sector"] or None,
            "name",
            row.ref,
            sector_periods(row.get("earlier", "")),
        )
        yield row["name"], entry
        for alias in row.items("aliases"):
            yield alias, dataclasses.replace(entry, kind="alias")


@cache
def name_index(extra_dirs: tuple[str, ...] = ()) -> dict[str, NameEntry]:
    """Map every known country, demonym and organisation name (by :func:`name_key`) to its entry."""
    index: dict[str, NameEntry] = {}
    for surface, entry in _entries(extra_dirs):
        key = name_key(surface)
        # a name beats an alias, an alias beats a demonym or capital, first row wins ties
        if key not in index or _RANK[entry.kind] < _RANK[index[key].kind]:
            index[key] = entry
    return index


_RANK = {"name": 0, "alias": 1, "demonym": 2, "capital": 3}
