"""The actor tables: role titles, sector cue words and a user's own actors file.

``titles.tsv`` maps a role ("prime minister", "police chief") to the sector it acts for and lists
the modifiers that stand before roles inside a title ("acting", "deputy"). ``sector_cues.tsv``
maps words that mark a body or group ("army", "court", "rebels") to a sector. Both are packaged
TSV tables, validated on load and extended like every other table (``Settings.lexicon_dirs``).
``people.tsv`` lists officeholders who recur in international news with their country and
sector. A user's actors file (YAML, ``--actors FILE``) adds named actors with their country and
sector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wirecoder.errors import LexiconError
from wirecoder.lexicon import _ISO3, SECTORS, Spec, load_table, name_key, register_spec

_KINDS = ("role", "modifier")
CUE_KINDS = (
    "reporting_verb",
    "person_pronoun",
    "org_pronoun",
    "leading_verb",
    "led_group",
    "locative_preposition",
    "metonym_preposition",
    "org_word",
    "travel_verb",
)
_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def _check_title(row: dict[str, str]) -> str | None:
    if row["title"] != row["title"].lower():
        return f"title {row['title']!r} must be written in lower case"
    if row["kind"] not in _KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(_KINDS)}"
    if row["sector"] and row["sector"] not in SECTORS:
        return f"sector {row['sector']!r} is not one of {' '.join(sorted(SECTORS))}"
    if row["kind"] == "modifier" and row["sector"]:
        return "a modifier has no sector of its own; leave the sector column empty"
    return None


def _check_cue(row: dict[str, str]) -> str | None:
    if row["cue"] != row["cue"].lower():
        return f"cue {row['cue']!r} must be written in lower case"
    if row["sector"] not in SECTORS:
        return f"sector {row['sector']!r} is not one of {' '.join(sorted(SECTORS))}"
    if row["national"] not in ("yes", "no"):
        return f"national must be yes or no, got {row['national']!r}"
    return None


def _check_actor_cue(row: dict[str, str]) -> str | None:
    if row["word"] != row["word"].lower():
        return f"word {row['word']!r} must be written in lower case"
    if row["kind"] not in CUE_KINDS:
        return f"kind {row['kind']!r} is not one of {', '.join(CUE_KINDS)}"
    return None


def _check_person(row: dict[str, str]) -> str | None:
    if not row["name"].strip():
        return "name is empty"
    if not _ISO3.match(row["country"]):
        return f"country {row['country']!r} is not an ISO 3166-1 alpha-3 code or IGO"
    if row["sector"] and row["sector"] not in SECTORS:
        return f"sector {row['sector']!r} is not one of {' '.join(sorted(SECTORS))}"
    if " " in row["surname"].strip():
        return f"surname {row['surname']!r} must be one word (the family name used after a title)"
    return None


register_spec("titles", Spec(("title", "kind", "sector", "note"), "title", _check_title))
register_spec(
    "people",
    Spec(("name", "aliases", "surname", "country", "sector", "note"), "name", _check_person),
)
register_spec("sector_cues", Spec(("cue", "sector", "national", "note"), "cue", _check_cue))
register_spec("actor_cues", Spec(("word", "kind", "note"), "word", _check_actor_cue))


@dataclass(frozen=True)
class Role:
    """A lexicon entry that decided something: its words, sector and source row."""

    phrase: str
    sector: str | None
    ref: str
    national: bool = True


@dataclass(frozen=True)
class TitleLexicon:
    """Roles and modifiers by their lower-case phrase, and every word that occurs in them."""

    roles: dict[str, Role]
    modifiers: frozenset[str]
    words: frozenset[str]
    longest: int


@cache
def titles(extra_dirs: tuple[str, ...] = ()) -> TitleLexicon:
    """Return the title lexicon (packaged rows plus the user's)."""
    roles: dict[str, Role] = {}
    modifiers: set[str] = set()
    for row in load_table("titles", extra_dirs):
        if row["kind"] == "modifier":
            modifiers.add(row["title"])
        else:
            roles[row["title"]] = Role(row["title"], row["sector"] or None, row.ref)
    words = {w for phrase in roles for w in phrase.split()} | modifiers
    longest = max((len(p.split()) for p in roles), default=1)
    return TitleLexicon(roles, frozenset(modifiers), frozenset(words), longest)


@cache
def sector_cues(extra_dirs: tuple[str, ...] = ()) -> dict[str, Role]:
    """Return the sector cue words by their lower-case phrase."""
    return {
        row["cue"]: Role(row["cue"], row["sector"], row.ref, row["national"] == "yes")
        for row in load_table("sector_cues", extra_dirs)
    }


@cache
def actor_cues(extra_dirs: tuple[str, ...] = ()) -> dict[str, dict[str, str]]:
    """Return the actor cue words by kind, each word mapped to its row's ref."""
    found: dict[str, dict[str, str]] = {kind: {} for kind in CUE_KINDS}
    for row in load_table("actor_cues", extra_dirs):
        found[row["kind"]][row["word"]] = row.ref
    return found


_WORD = re.compile(r"[\w'’.-]+")


def longest_phrase(
    words: list[str], table: dict[str, Role], *, at_end: bool = False
) -> Role | None:
    """Return the longest table entry found as whole words in ``words`` (lower case).

    With ``at_end`` the entry must end at the last word (the head of a noun phrase).
    """
    best: Role | None = None
    best_len = 0
    count = len(words)
    for size in range(min(count, 4), 0, -1):
        if size <= best_len:
            break
        starts = [count - size] if at_end else range(count - size, -1, -1)
        for start in starts:
            role = table.get(" ".join(words[start : start + size]))
            if role is not None:
                best, best_len = role, size
                break
    return best


def words_of(text: str) -> list[str]:
    """Return the lower-case words of ``text`` without dots ("U.S." -> "us")."""
    return [w.lower().replace(".", "") for w in _WORD.findall(text)]


@dataclass(frozen=True)
class Person:
    """A known officeholder: the country and sector they act for, and the table row saying so."""

    name: str
    country: str
    sector: str | None
    ref: str


@dataclass(frozen=True)
class PeopleIndex:
    """Known people by name key: full names and aliases alone, surnames only after a title."""

    names: dict[str, Person]
    surnames: dict[str, tuple[Person, ...]]

    def find(self, names: list[str], *, titled: bool) -> Person | None:
        """The person these mention texts name; a bare surname counts only when ``titled``."""
        for text in names:
            found = self.names.get(name_key(text))
            if found is not None:
                return found
        if titled:
            for text in names:
                same = self.surnames.get(name_key(text), ())
                if len({(p.country, p.sector) for p in same}) == 1:  # one reading, however many
                    return same[0]
        return None


@cache
def people(extra_dirs: tuple[str, ...] = ()) -> PeopleIndex:
    """Load the people table (and users' additions) as name and surname indexes."""
    names: dict[str, Person] = {}
    surnames: dict[str, list[Person]] = {}
    for row in load_table("people", extra_dirs).rows:
        person = Person(row["name"], row["country"], row["sector"] or None, row.ref)
        for name in (row["name"], *row["aliases"].split("|")):
            if name.strip():
                names[name_key(name)] = person
        if row["surname"].strip():
            surnames.setdefault(name_key(row["surname"]), []).append(person)
    return PeopleIndex(names, {key: tuple(found) for key, found in surnames.items()})


# --- a user's actors file ------------------------------------------------------------------------


@dataclass(frozen=True)
class UserActor:
    """One actor from a user's YAML file: its names and how it is coded."""

    name: str
    aliases: tuple[str, ...]
    type: str
    country: str | None
    sector: str | None
    title: str | None
    ref: str


def _actor(item: object, origin: str, number: int) -> UserActor:
    where = f"{origin}: actor {number}"
    if not isinstance(item, dict):
        raise LexiconError(f"{where}: expected a mapping with name, country and sector")
    name = str(item.get("name") or "").strip()
    if not name:
        raise LexiconError(f"{where}: the name is missing")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list):
        raise LexiconError(f"{where} ({name}): aliases must be a list of names")
    kind = str(item.get("type") or "ORG").upper()
    if kind not in _TYPES:
        raise LexiconError(f"{where} ({name}): type {kind!r} is not one of {', '.join(_TYPES)}")
    country = str(item.get("country") or "").upper() or None
    if country and not _ISO3.match(country):
        raise LexiconError(
            f"{where} ({name}): country {country!r} is not an ISO 3166-1 alpha-3 code or IGO"
        )
    sector = str(item.get("sector") or "").upper() or None
    if sector and sector not in SECTORS:
        raise LexiconError(
            f"{where} ({name}): sector {sector!r} is not one of {' '.join(sorted(SECTORS))}"
        )
    title = str(item["title"]).strip() if item.get("title") else None
    return UserActor(
        name=name,
        aliases=tuple(str(a).strip() for a in aliases if str(a).strip()),
        type=kind,
        country=country,
        sector=sector,
        title=title,
        ref=f"actors.user:{Path(origin).name}:{name}",
    )


@cache
def user_actors(paths: tuple[str, ...] = ()) -> tuple[UserActor, ...]:
    """Load and validate the users' actor files (YAML lists, or ``{actors: [...]}``)."""
    import yaml

    found: list[UserActor] = []
    for path in paths:
        try:
            data = yaml.safe_load(Path(path).read_text("utf-8"))
        except OSError as exc:
            raise LexiconError(f"cannot read actors file {path}: {exc.strerror}") from exc
        except yaml.YAMLError as exc:
            raise LexiconError(f"actors file {path} is not valid YAML: {exc}") from exc
        if isinstance(data, dict):
            data = data.get("actors")
        if not isinstance(data, list):
            raise LexiconError(
                f"actors file {path}: expected a list of actors (or a mapping with an 'actors' "
                "list), each with name, aliases, type, country and sector"
            )
        found.extend(_actor(item, path, number) for number, item in enumerate(data, start=1))
    return tuple(found)
