"""Story clustering time over the Reuters corpus at 1k, 2k and all articles (near-linear?).

The articles are coded once with the default pipeline (cached under bench/results/, which git
ignores); the clustering alone (near-duplicates, features, topics, in-topic stories) is timed.
The baseline measured in the same run is the cost of reading the coded records back, so the
figures compare within one run on a shared machine.

    python bench/stories.py [--sizes 1000,2000,4739] [--db wirecoder.db]
    python bench/stories.py --add 200 [--db wirecoder.db]

With ``--add K`` it times instead what a stream costs: the last K articles joining the saved
state of the others (the state read back from compressed JSON, as the database keeps it),
against grouping all the articles from scratch in the same run.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"
CACHE = ROOT / "bench" / "results" / "reuters-coded.pickle"


def coded() -> list[tuple[object, str]]:
    """Return (extraction, text) for every corpus article, coding them once and caching."""
    from wirecoder.pipeline import Pipeline
    from wirecoder.read import read_jsonl

    lines = CORPUS.read_text("utf-8").splitlines()
    stamp = (CORPUS.stat().st_size, len(lines))
    if CACHE.is_file():
        with CACHE.open("rb") as handle:
            saved_stamp, pairs = pickle.load(handle)
        if saved_stamp == stamp:
            return pairs
    texts = {}
    for line in lines:
        record = json.loads(line)
        texts[record["id"]] = record["text"]
    started = time.perf_counter()
    pairs = [(r, texts[r.id]) for r in Pipeline().stream(read_jsonl(lines, origin="reuters"))]
    print(
        f"coded {len(pairs)} articles in {time.perf_counter() - started:.0f} s (cached)",
        file=sys.stderr,
    )
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    with CACHE.open("wb") as handle:
        pickle.dump((stamp, pairs), handle)
    return pairs


def from_database(path: str) -> list[tuple[object, str]]:
    """Return (extraction, text) for every coded article stored in a wirecoder database."""
    from wirecoder.model import Extraction
    from wirecoder.store import open_store

    with open_store(path, readonly=True) as store:
        rows = store.query("SELECT result, text FROM articles WHERE status = 'ok' ORDER BY pk")
    return [(Extraction.from_dict(json.loads(row["result"])), row["text"]) for row in rows]


def _same_groups(a: list[object], b: list[object]) -> float:
    """Return the share of articles whose story-mates are the same in two groupings."""

    def mates(assignments: list[object]) -> dict[str, frozenset[str]]:
        members: dict[str, set[str]] = {}
        for x in assignments:
            members.setdefault(x.story, set()).add(x.id)
        return {x.id: frozenset(members[x.story]) for x in assignments}

    left, right = mates(a), mates(b)
    return sum(left[key] == right[key] for key in left) / max(1, len(left))


def incremental(pairs: list[tuple[object, str]], add: int) -> dict[str, object]:
    """Time K articles joining the saved stories of the rest, and all of them from scratch."""
    import zlib

    from wirecoder.stories import StoryState

    started = time.perf_counter()
    whole = StoryState.for_batch(pairs)
    full = time.perf_counter() - started
    state = StoryState.for_batch(pairs[:-add])
    blob = zlib.compress(json.dumps(state.to_state(), separators=(",", ":")).encode(), 6)
    started = time.perf_counter()
    state = StoryState.from_state(json.loads(zlib.decompress(blob)))
    loaded = time.perf_counter() - started
    for result, text in pairs[-add:]:
        state.add(result, text)
    blob = zlib.compress(json.dumps(state.to_state(), separators=(",", ":")).encode(), 6)
    step = time.perf_counter() - started
    same = _same_groups(whole.assignments()[:-add], state.assignments()[:-add])
    return {
        "articles": len(pairs),
        "added": add,
        "full_s": round(full, 2),
        "incremental_s": round(step, 2),
        "of_which_state_load_s": round(loaded, 2),
        "ratio_incremental_to_full": round(step / full, 3),
        "state_mb": round(len(blob) / 1e6, 1),
        "earlier_articles_grouped_alike": round(same, 3),
    }


def main() -> None:
    """Time story clustering at several corpus sizes and print a JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4739")
    parser.add_argument("--db", help="take the coded articles from this wirecoder database")
    parser.add_argument("--add", type=int, default=0, help="time K articles joining saved stories")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(
            f"skipped: {CORPUS} is absent (the benchmark corpus lives in ../shared)",
            file=sys.stderr,
        )
        return
    from wirecoder.stories import assign_stories

    pairs = from_database(args.db) if args.db else coded()
    if args.add:
        print(json.dumps(incremental(pairs, args.add), indent=1))
        return
    report = {"articles": len(pairs), "runs": []}
    for size in (int(s) for s in args.sizes.split(",")):
        batch = pairs[:size]
        started = time.perf_counter()
        copy = pickle.loads(pickle.dumps(batch))  # baseline: touch every record once
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        result = assign_stories(copy)
        seconds = time.perf_counter() - started
        stories = len({a.story for a in result})
        dups = sum(a.duplicate_of is not None for a in result)
        report["runs"].append(
            {
                "articles": len(batch),
                "seconds": round(seconds, 2),
                "per_1k_s": round(1000 * seconds / len(batch), 2),
                "baseline_s": round(baseline, 3),
                "stories": stories,
                "near_duplicates": dups,
            }
        )
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
