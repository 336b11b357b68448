"""Where the pipeline's time goes: CPU seconds per stage against bare spaCy, in one process.

Loads the default pipeline (or the stages given), codes 64 other corpus articles to warm up
(loading the lexicons and gazetteer; other articles, so that no cache already holds the timed
ones), then codes the first N timing each stage's batch call with the process CPU clock, plus
turning documents into contract records and JSON. The baseline, bare ``nlp.pipe`` over the same
texts with the same model and batch size, runs in the same process before and after (the mean
is used), so the shares are comparable on a noisy machine.

    python bench/stages.py [--limit N] [--stages parse,entities,...] [--model NAME]
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


def main() -> int:
    """Time each stage over the corpus sample and print a table (Markdown) to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--stages", default=None, help="comma-separated stage names")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"the corpus {CORPUS} is absent: this benchmark needs ../shared", file=sys.stderr)
        return 2

    from wirecoder.config import Settings
    from wirecoder.model import Document
    from wirecoder.pipeline import Pipeline
    from wirecoder.read import article_from_record

    changes = {}
    if args.stages:
        changes["stages"] = tuple(args.stages.split(","))
    if args.model:
        changes["model"] = args.model
    settings = Settings(**changes)
    started = time.process_time()
    pipeline = Pipeline(settings=settings)
    load_cpu = time.process_time() - started

    with CORPUS.open(encoding="utf-8") as lines:
        records = [json.loads(line) for _, line in zip(range(args.limit + 64), lines, strict=False)]
    coded = [
        article_from_record(r, where=f"line {n}", default_id=str(n)) for n, r in enumerate(records)
    ]
    articles, warm = coded[: args.limit], coded[args.limit :]
    words = sum(len(a.text.split()) for a in articles)
    parse = next(s for s in pipeline.stages if s.name.startswith("parse"))
    nlp = parse.nlp

    def bare() -> float:
        start = time.process_time()
        for _ in nlp.pipe((a.text for a in articles), batch_size=settings.batch_size):
            pass
        return time.process_time() - start

    cpu: dict[str, float] = defaultdict(float)

    def run(timed: bool) -> None:
        size = settings.batch_size
        todo = articles if timed else warm
        for first in range(0, len(todo), size):
            batch = [Document(article=a) for a in todo[first : first + size]]
            with pipeline._zone():
                for stage in pipeline.stages:
                    start = time.process_time()
                    batch = pipeline._apply(stage, batch)
                    if timed:
                        cpu[stage.name] += time.process_time() - start
                start = time.process_time()
                out = [json.dumps(d.to_extraction(meta=pipeline.meta).to_dict()) for d in batch]
                if timed:
                    cpu["contract JSON"] += time.process_time() - start
            assert len(out) == len(batch)

    run(timed=False)  # load the lexicons and gazetteer, as the first batches of a stream would
    base_before = bare()
    run(timed=True)
    base_after = bare()
    baseline = (base_before + base_after) / 2
    total = sum(cpu.values())
    print(f"{len(articles)} articles, {words:,} words; model {settings.model}; ")
    print(f"pipeline load {load_cpu:.1f} CPU s (once per process)\n")
    print("| step | CPU s | ms/article | share of bare spaCy |")
    print("|---|---|---|---|")
    print(
        f"| bare spaCy `nlp.pipe` (baseline) | {baseline:.2f} | "
        f"{1000 * baseline / len(articles):.1f} | 1.00 |"
    )
    for name, seconds in cpu.items():
        print(
            f"| {name} | {seconds:.2f} | {1000 * seconds / len(articles):.1f} | "
            f"{seconds / baseline:.2f} |"
        )
    print(
        f"| **all steps** | {total:.2f} | {1000 * total / len(articles):.1f} | "
        f"**{total / baseline:.2f}** |"
    )
    print(
        f"\nthroughput ratio if CPU-bound: {baseline / total:.2f} "
        f"(bare runs: {base_before:.2f} s, {base_after:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
