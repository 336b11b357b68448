"""The places stage's share of the pipeline's time per article, measured in one run.

Codes the first N Reuters-21578 corpus articles with the default pipeline and times every
stage (CPU time of this process, fair on a loaded machine; wall time beside it). The places
stage's share is its time over the whole pipeline's. The one-time gazetteer load (from the
on-disk cache) is timed apart, before the run.

    python bench/places.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


class Timed:
    """A stage wrapper that adds up the CPU and wall time spent in it."""

    def __init__(self, stage, totals) -> None:
        self.stage = stage
        self.name = stage.name
        self.requires = stage.requires
        self.produces = stage.produces
        self.totals = totals
        if hasattr(stage, "pipe"):  # keep the parse's nlp.pipe batching
            self.pipe = self._pipe

    def _pipe(self, docs):
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return list(self.stage.pipe(docs))
        finally:
            self.totals[self.name][0] += time.process_time() - cpu
            self.totals[self.name][1] += time.perf_counter() - wall

    def __call__(self, doc):
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return self.stage(doc)
        finally:
            self.totals[self.name][0] += time.process_time() - cpu
            self.totals[self.name][1] += time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"{CORPUS} is absent: the benchmark reads the Reuters corpus from ../shared")

    from wirecoder.config import Settings
    from wirecoder.geo import get_gazetteer
    from wirecoder.pipeline import Pipeline, default_stages
    from wirecoder.read import from_text

    settings = Settings()
    cpu, wall = time.process_time(), time.perf_counter()
    get_gazetteer(settings.cache_dir, settings.lexicon_dirs)
    load = (time.process_time() - cpu, time.perf_counter() - wall)

    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    stages = [Timed(stage, totals) for stage in default_stages(settings)]
    pipeline = Pipeline(settings=settings, stages=stages)
    with CORPUS.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(args.limit), handle, strict=False)]
    docs = (
        from_text(r["text"], date=(r.get("date") or "")[:10] or None, id=str(r["id"])) for r in rows
    )
    places = 0
    for extraction in pipeline.stream(docs):
        places += len(extraction.places)
    whole = [sum(v[i] for v in totals.values()) for i in (0, 1)]
    report = {
        "articles": len(rows),
        "places": places,
        "gazetteer_load_s": {"cpu": round(load[0], 3), "wall": round(load[1], 3)},
        "stages_s": {k: {"cpu": round(v[0], 3), "wall": round(v[1], 3)} for k, v in totals.items()},
        "places_share_cpu": round(totals["places.v1"][0] / whole[0], 4),
        "places_share_wall": round(totals["places.v1"][1] / whole[1], 4),
        "places_ms_per_article_cpu": round(1000 * totals["places.v1"][0] / len(rows), 2),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
