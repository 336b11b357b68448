"""The quality gate: score the dev sets in ../shared/eval and hold each figure above its floor.

Floors live in tests/eval_baseline.json with a hash of the gold file they were measured on. The
test (tests/test_eval_gate.py) fails when a figure drops below its floor. This script measures
the figures and, with ``--update``, raises floors to the new figures less a small margin; it
lowers a floor only with ``--allow-lower``.

    python tests/eval_gate.py              # print the figures next to the floors
    python tests/eval_gate.py --update     # raise floors that the figures now exceed
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
BASELINE = ROOT / "tests" / "eval_baseline.json"
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MARGIN = 0.01  # floors sit this far under the measured figure: runs vary a little across machines


def file_hash(path: Path) -> str:
    """Return the sha256 of a gold file, so a floor is only held against the data it came from."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dig(figures: dict, path: str) -> float:
    """Return the figure at a dotted path such as 'micro.f1'."""
    value: object = figures
    for part in path.split("."):
        value = value[part]  # type: ignore[index]
    return float(value)  # type: ignore[arg-type]


def predict(pipeline: object, gold_path: Path) -> Path:
    """Code every gold text with ``pipeline`` and write the contract lines to a temp file."""
    from wirecoder.read import read_jsonl

    rows = []
    for line in gold_path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        day = ISO_DAY.match(g.get("date") or g.get("dct") or "")  # as score.py sends it
        record = {"id": g["id"], "text": g["text"], "title": g.get("title")}
        rows.append(json.dumps(record | {"date": day.group(0) if day else None}))
    out = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as sink:
        for result in pipeline.stream(read_jsonl(rows, origin=gold_path.name)):  # type: ignore[attr-defined]
            sink.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    return out


def score(task: str, gold_path: Path, pred_path: Path) -> dict:
    """Run the shared scorer on saved predictions and return its figures."""
    done = subprocess.run(
        [sys.executable, str(SCORER), task, str(gold_path), "--pred", str(pred_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    text = done.stdout
    return json.loads(text[: text.rindex("}") + 1])


def load_baseline() -> dict:
    """Return the pinned floors: {name: {task, file, sha256, floors: {path: value}}}."""
    return json.loads(BASELINE.read_text("utf-8"))


def measure(pipeline: object, entries: Iterable[tuple[str, dict]]) -> dict[str, dict]:
    """Score each baseline entry and return its figures by name."""
    results = {}
    for name, entry in entries:
        gold = SHARED / "eval" / entry["file"]
        pred = predict(pipeline, gold)
        try:
            results[name] = score(entry["task"], gold, pred)
        finally:
            pred.unlink()
    return results


def main() -> None:
    """Print figures against floors; optionally move the floors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="raise floors to figures - margin")
    parser.add_argument("--allow-lower", action="store_true", help="also lower floors")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from wirecoder.pipeline import Pipeline

    baseline = load_baseline()
    figures = measure(Pipeline(), baseline.items())
    for name, entry in baseline.items():
        for path, floor in entry["floors"].items():
            now = dig(figures[name], path)
            target = round(now - MARGIN, 3)
            mark = "ok " if now >= floor else "LOW"
            print(f"{mark} {name:24} {path:22} {now:.3f} (floor {floor:.3f})", file=sys.stderr)
            if args.update and (target > floor or args.allow_lower):
                entry["floors"][path] = target
        entry["sha256"] = file_hash(SHARED / "eval" / entry["file"])
    if args.update:
        BASELINE.write_text(json.dumps(baseline, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
