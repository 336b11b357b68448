"""Shared test fixtures: one loaded pipeline per session, the read-only ../shared folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.config import Settings
from wirecoder.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run the expensive tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="expensive: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, built once for the whole run."""
    return Pipeline()


@pytest.fixture(scope="session")
def blank_pipeline() -> Pipeline:
    """A pipeline over spaCy's blank English tokenizer: fast, no statistical model."""
    return Pipeline(settings=Settings(model="blank:en"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: third-party texts and gold data live there")
    return SHARED


@pytest.fixture(scope="session")
def samples() -> list[dict]:
    """The bundled sample articles (written by the wirecoder team)."""
    lines = (EXAMPLES / "samples.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
