"""Latency of the REST API's /api/events (with filters) over the Reuters database.

Each request goes through the whole app (routing, validation, the query, the response model,
JSON) in process with FastAPI's test client; each is repeated and its p50/p95 reported. Wall and
CPU time are both reported (on a shared machine the CPU time is the fairer figure). The
baseline, measured in the same run, is the same query called straight on the store
(``queries_web.event_page``): the ratio of their CPU p95s is what the HTTP layer adds. Target:
p95 under 100 ms.

    python bench/web.py [--db PATH] [--rounds N] [--out FILE]

Without ``--db`` the database is built once with ``wirecoder ingest`` from
``../shared/corpus/reuters21578.jsonl`` into ~/.cache/wirecoder/bench/reuters.db (ingest skips
what is already stored, so later runs reuse it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"
CACHE = Path.home() / ".cache" / "wirecoder" / "bench" / "reuters.db"

# typical dashboard requests: the event table's filters, one page each
QUERIES: dict[str, dict[str, Any]] = {
    "no filter": {},
    "type ACCUSE": {"type": "ACCUSE"},
    "March 1987": {"since": "1987-03-01", "until": "1987-03-31"},
    "ACCUSE in March 1987": {"type": "ACCUSE", "since": "1987-03-01", "until": "1987-03-31"},
    "actor USA": {"actor": "USA"},
    "sector GOV": {"sector": "GOV"},
    "cameo 04": {"cameo": "04"},
    "place Tokyo": {"place": "Tokyo"},
    "words 'oil prices'": {"text": "oil prices"},
    "status planned": {"status": "planned"},
    "page 20 (offset 1000)": {"offset": 1000},
    "dedup": {"dedup": True},
}


def build(db: Path) -> None:
    """Ingest the Reuters corpus into ``db`` with the wirecoder command."""
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is absent: give --db with an existing database")
    db.parent.mkdir(parents=True, exist_ok=True)
    wirecoder = Path(sys.executable).parent / "wirecoder"
    print(f"building {db} from {CORPUS.name} (once; later runs reuse it)", file=sys.stderr)
    subprocess.run([str(wirecoder), "ingest", "--db", str(db), str(CORPUS)], check=True)


def times(call: Callable[[], Any], rounds: int) -> tuple[list[float], list[float]]:
    """Call once to warm up, then ``rounds`` times; return wall and CPU times in milliseconds.

    CPU time is this process's (all its threads: the test client serves from a thread), which a
    machine busy with other work disturbs far less than the wall clock.
    """
    call()
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def p95(values: list[float]) -> float:
    """The 95th percentile."""
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main() -> None:
    """Measure and print the table; write the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "web.json")
    args = parser.parse_args()
    db = args.db or CACHE
    if args.db is None:
        build(db)

    from fastapi.testclient import TestClient

    from wirecoder.api.app import create_app
    from wirecoder.api.deps import ApiConfig
    from wirecoder.store import open_store
    from wirecoder.store.filters import EventFilters
    from wirecoder.store.queries_web import event_page

    client = TestClient(create_app(ApiConfig(db=str(db))))
    store = open_store(str(db), readonly=True)
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    articles = client.get("/api/articles", params={"limit": 1}).json()["total"]
    print(f"database: {db} ({articles} articles, {total} events); {args.rounds} rounds each")
    print(
        f"{'/api/events with':<24} {'rows':>6} {'p50 ms':>7} {'p95 ms':>7} {'CPU p50':>8} "
        f"{'CPU p95':>8} {'store CPU p95':>14} ratio"
    )
    results = []
    for name, params in QUERIES.items():
        query = {"limit": 50, **params}
        response = client.get("/api/events", params=query)
        response.raise_for_status()
        api, api_cpu = times(
            lambda query=query: client.get("/api/events", params=query), args.rounds
        )
        offset = int(params.get("offset", 0))
        filters = EventFilters(**{k: v for k, v in params.items() if k != "offset"})
        _, direct = times(
            lambda f=filters, o=offset: event_page(store, f, limit=50, offset=o), args.rounds
        )
        row = {
            "query": name,
            "params": params,
            "matches": response.json()["total"],
            "p50_ms": round(statistics.median(api), 2),
            "p95_ms": round(p95(api), 2),
            "cpu_p50_ms": round(statistics.median(api_cpu), 2),
            "cpu_p95_ms": round(p95(api_cpu), 2),
            "store_cpu_p95_ms": round(p95(direct), 2),
        }
        row["ratio"] = round(row["cpu_p95_ms"] / max(row["store_cpu_p95_ms"], 0.01), 2)
        results.append(row)
        print(
            f"{name:<24} {row['matches']:>6} {row['p50_ms']:>7.1f} {row['p95_ms']:>7.1f} "
            f"{row['cpu_p50_ms']:>8.1f} {row['cpu_p95_ms']:>8.1f} {row['store_cpu_p95_ms']:>14.1f} "
            f"{row['ratio']:>5.2f}"
        )
    for clock in ("p95_ms", "cpu_p95_ms"):
        worst = max(results, key=lambda r: r[clock])
        verdict = "under" if worst[clock] < 100 else "OVER"
        print(
            f"slowest {clock}: {worst[clock]:.1f} ({worst['query']}), {verdict} the 100 ms target"
        )
    load = os.getloadavg()[0]
    print(f"load average during the run: {load:.1f} on {os.cpu_count()} cores")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "date": time.strftime("%Y-%m-%d"),
                "machine": f"{platform.machine()}, {platform.python_version()}",
                "database": {"articles": articles, "events": total},
                "rounds": args.rounds,
                "load_average": round(os.getloadavg()[0], 1),
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
