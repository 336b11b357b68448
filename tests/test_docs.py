"""The docs stay true: README commands, every setting documented."""

from __future__ import annotations

import dataclasses

from conftest import ROOT
from wirecoder.config import Settings


def test_readme_first_screen_shows_the_two_commands() -> None:
    first_screen = "\n".join((ROOT / "README.md").read_text().splitlines()[:15])
    assert "make run" in first_screen and "make test" in first_screen


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "settings.md").read_text()
    for f in dataclasses.fields(Settings):
        assert f"`{f.name}`" in doc, f"docs/settings.md does not document {f.name}"


def test_makefile_has_the_documented_targets() -> None:
    makefile = (ROOT / "Makefile").read_text()
    for target in ("run:", "test:", "bench:"):
        assert f"\n{target}" in makefile
