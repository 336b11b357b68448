"""wirecoder's exceptions: one base class, a few specific ones, messages that say what to do."""

from __future__ import annotations


class WirecoderError(Exception):
    """Base class of every error wirecoder raises on purpose."""

    code = "W000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(WirecoderError, ValueError):
    """An article or input line that cannot be processed as given."""

    code = "W100"


class ConfigError(WirecoderError):
    """A setting, model name or lexicon file that is wrong or missing."""

    code = "W200"


class LexiconError(ConfigError):
    """A knowledge file (YAML/TSV) that does not validate."""

    code = "W210"


class ModelNotFoundError(ConfigError):
    """The configured spaCy model package is not installed."""

    code = "W220"


class StoreError(WirecoderError):
    """The event database cannot be opened, migrated or written."""

    code = "W300"
