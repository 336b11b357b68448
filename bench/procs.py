"""What the benchmarks read about their child processes from /proc and getrusage.

Shared by ``run.py`` and ``scale.py``: resident memory of a process, its descendants, its program
name, and the CPU time the finished children used.
"""

from __future__ import annotations

import os
import resource
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578.jsonl"


def rss_kb(pid: int) -> int:
    """Resident memory of a process in kB, from /proc (0 when it has gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    """All descendants of a process (from /proc/PID/task/*/children)."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                kids = [int(k) for k in handle.read().split()]
        except OSError:
            continue
        for kid in kids:
            found += [kid, *children(kid)]
    return found


def command_name(pid: int) -> str:
    """The first word of a process's command line (its program's file name)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return Path(handle.read().split(b"\0")[0].decode()).name
    except (OSError, UnicodeDecodeError):
        return ""


def children_cpu() -> float:
    """User plus system CPU seconds of every child that has finished and been waited for."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime
