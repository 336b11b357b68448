"""Latency of the REST API's /api/events (with filters) over the Reuters database.

Each request goes through the whole app (routing, validation, the query, the response model,
JSON) in process with FastAPI's test client; each is repeated and its p50/p95 reported. The
baseline, measured in the same run, is the same query called straight on the store
(``queries_web.event_page``): the ratio is what the HTTP layer adds. Target: p95 under 100 ms.

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


def times(call: Callable[[], Any], rounds: int) -> list[float]:
    """Call once to warm up, then ``rounds`` times; return the wall times in milliseconds."""
    call()
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


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
    from wirecoder.store.queries_web import EventFilters, event_page

    client = TestClient(create_app(ApiConfig(db=str(db))))
    store = open_store(str(db), readonly=True)
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    articles = client.get("/api/articles", params={"limit": 1}).json()["total"]
    print(f"database: {db} ({articles} articles, {total} events); {args.rounds} rounds each")
    print(
        f"{'/api/events with':<24} {'rows':>6} {'p50 ms':>8} {'p95 ms':>8} {'store p95':>10} ratio"
    )
    results = []
    for name, params in QUERIES.items():
        query = {"limit": 50, **params}
        response = client.get("/api/events", params=query)
        response.raise_for_status()
        api = times(lambda query=query: client.get("/api/events", params=query), args.rounds)
        offset = int(params.get("offset", 0))
        dedup = bool(params.get("dedup", False))
        keys = {k: v for k, v in params.items() if k not in ("offset", "dedup")}
        filters = EventFilters(**keys)
        direct = times(
            lambda f=filters, o=offset, d=dedup: event_page(store, f, limit=50, offset=o, dedup=d),
            args.rounds,
        )
        row = {
            "query": name,
            "params": params,
            "matches": response.json()["total"],
            "p50_ms": round(statistics.median(api), 2),
            "p95_ms": round(p95(api), 2),
            "store_p95_ms": round(p95(direct), 2),
        }
        row["ratio"] = round(row["p95_ms"] / max(row["store_p95_ms"], 0.01), 2)
        results.append(row)
        print(
            f"{name:<24} {row['matches']:>6} {row['p50_ms']:>8.1f} {row['p95_ms']:>8.1f} "
            f"{row['store_p95_ms']:>10.1f} {row['ratio']:>5.2f}"
        )
    worst = max(results, key=lambda r: r["p95_ms"])
    verdict = "under" if worst["p95_ms"] < 100 else "OVER"
    print(f"slowest p95: {worst['p95_ms']:.1f} ms ({worst['query']}), {verdict} the 100 ms target")
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
