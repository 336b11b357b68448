"""Settings: defaults in the package, a user file overrides only what it sets."""

from __future__ import annotations

import pytest

from wirecoder.config import DEFAULT_MODEL, Settings
from wirecoder.errors import ConfigError


def test_a_settings_file_overrides_only_its_keys(tmp_path) -> None:
    path = tmp_path / "wirecoder.toml"
    path.write_text('[wirecoder]\nbatch_size = 8\nlexicon_dirs = ["my/lexicon"]\n')
    settings = Settings.from_file(path)
    assert settings.batch_size == 8
    assert settings.lexicon_dirs == ("my/lexicon",)
    assert settings.model == DEFAULT_MODEL


def test_unknown_and_invalid_settings_are_refused(tmp_path) -> None:
    path = tmp_path / "wirecoder.toml"
    path.write_text("[wirecoder]\nmodle = 'x'\n")
    with pytest.raises(ConfigError, match="unknown setting.*modle.*known: .*batch_size"):
        Settings.from_file(path)
    with pytest.raises(ConfigError, match="batch_size must be at least 1"):
        Settings(batch_size=0)
    with pytest.raises(ConfigError, match="cannot read settings file"):
        Settings.from_file(tmp_path / "absent.toml")


def test_every_setting_has_help() -> None:
    import dataclasses

    for f in dataclasses.fields(Settings):
        assert f.metadata.get("help"), f"setting {f.name} has no help string"
