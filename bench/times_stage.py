"""The times stage alone: CPU seconds over corpus stories, and over long made-up stories.

Runs the times stage (no parse: the grammar and its resolution only) over the first N Reuters
stories, three times, and prints the best CPU time; with ``--long``, it times one made-up story
of each kind at 1,000 and 2,000 sentences instead, to show the time grows in step with a
story's length. To compare two versions, run it alternately with each on ``PYTHONPATH`` (a
worktree of the older commit for the baseline), on the same machine in the same session:

    python bench/times_stage.py [--limit N]
    python bench/times_stage.py --long
    PYTHONPATH=/path/to/old/src python bench/times_stage.py
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"

# sentences of our own, each with a reference told from the time before it
LONG_STORIES = (
    "He left on Tuesday. He came back the next day. ",
    "It rose 5 pct in May from 3 pct in April, against 2 pct a year earlier. ",
    "Output fell in the fourth quarter from 2 mln in the third. ",
)


def main() -> int:
    """Time the times stage and print the CPU seconds to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--long", action="store_true", help="time long made-up stories")
    args = parser.parse_args()

    from wirecoder.model import Article, Document
    from wirecoder.stages.times import Times

    stage = Times()
    if args.long:
        for sentence in LONG_STORIES:
            for count in (1000, 2000):
                article = Article(id="long", text=sentence * count, date="2023-03-08")
                started = time.process_time()
                found = stage(Document(article=article)).times
                seconds = time.process_time() - started
                print(f"{count}\t{seconds:.2f}\t{len(found)}\t{sentence.strip()}")
        return 0
    if not CORPUS.exists():
        print(f"the corpus {CORPUS} is absent: this benchmark needs ../shared", file=sys.stderr)
        return 2
    docs = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            if len(docs) >= args.limit:
                break
            record = json.loads(line)
            article = Article(id=record["id"], text=record["text"], date=record["date"][:10])
            docs.append(Document(article=article))
    stage(docs[0])  # build the grammar before timing
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for doc in docs:
            stage(doc)
        best = min(best, time.process_time() - started)
    print(f"{best:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
