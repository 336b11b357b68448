"""The eval gate: every dev-set figure pinned in eval_baseline.json stays at or above its floor."""

from __future__ import annotations

import pytest

from eval_gate import SHARED, dig, file_hash, load_baseline, measure

BASELINE = load_baseline()


@pytest.fixture(scope="module")
def figures(pipeline, shared) -> dict[str, dict]:
    current = {}
    for name, entry in BASELINE.items():
        gold = SHARED / "eval" / entry["file"]
        if gold.is_file() and file_hash(gold) == entry["sha256"]:
            current[name] = entry
    return measure(pipeline, current.items())


@pytest.mark.parametrize(
    ("name", "path"),
    [(name, path) for name, entry in BASELINE.items() for path in entry["floors"]],
)
def test_figure_stays_above_its_floor(figures, name: str, path: str) -> None:
    if name not in figures:
        pytest.skip(f"{BASELINE[name]['file']} is absent or not the file the floor was set on")
    floor = BASELINE[name]["floors"][path]
    now = dig(figures[name], path)
    assert now >= floor, f"{name} {path} fell to {now:.3f}, under its floor {floor:.3f}"
