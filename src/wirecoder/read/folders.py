"""Reading whatever the user points at: files, folders, JSON Lines on stdin, feed URLs.

Each input is read by the reader its suffix names: ``.txt`` as plain text, ``.html`` as a web
page, ``.json`` as one record or a list of them, ``.jsonl`` as JSON Lines, ``.xml``/``.rss``/
``.atom`` as a feed; ``http(s)://`` addresses as feeds; ``-`` as JSON Lines on stdin. Folders are
walked in name order. Anything that cannot be read becomes an error document.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from wirecoder.errors import InputError
from wirecoder.model import Document
from wirecoder.read import article_from_record, decode, failed, read_jsonl, read_text

TEXT = {".txt", ".text"}
HTML = {".html", ".htm", ".xhtml"}
JSON = {".json"}
JSONL = {".jsonl", ".ndjson"}
FEEDS = {".xml", ".rss", ".atom"}
KNOWN = TEXT | HTML | JSON | JSONL | FEEDS


def is_url(name: str) -> bool:
    """Return whether an input name is a web address (read as a feed)."""
    return name.startswith(("http://", "https://"))


def files_in(folder: Path) -> list[Path]:
    """Return the files under a folder, in name order, hidden files and folders left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in sorted(files) if not name.startswith("."))
    return found


def read_json(path: Path, *, label: str) -> Iterator[Document]:
    """Yield the article (or list of articles) in a JSON file."""
    try:
        data = json.loads(decode(path.read_bytes(), where=label))
    except OSError as exc:
        yield failed(label, f"{label}: cannot read the file ({exc.strerror})")
        return
    except json.JSONDecodeError as exc:
        yield failed(label, f"{label}: malformed JSON ({exc.msg} at line {exc.lineno})")
        return
    except InputError as exc:
        yield failed(label, str(exc))
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        where = label if len(records) == 1 else f"{label} item {number}"
        default = label if len(records) == 1 else f"{label}:{number}"
        if isinstance(record, dict) and record.get("id") not in (None, ""):
            default = str(record["id"])
        try:
            yield Document(article=article_from_record(record, where=where, default_id=default))
        except InputError as exc:
            yield failed(default, str(exc))


def read_file(path: Path, *, label: str | None = None) -> Iterator[Document]:
    """Yield the documents in one file, chosen by its suffix."""
    label = label or str(path)
    suffix = path.suffix.lower()
    if suffix in TEXT:
        yield read_text(path, article_id=label)
    elif suffix in HTML:
        from wirecoder.read.html import read_html

        yield read_html(path, article_id=label)
    elif suffix in JSON:
        yield from read_json(path, label=label)
    elif suffix in JSONL:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield failed(label, f"{label}: cannot read the file ({exc.strerror})")
            return
        with handle:
            yield from read_jsonl(handle, origin=label)
    elif suffix in FEEDS:
        from wirecoder.read.feeds import read_feed

        yield from read_feed(str(path), origin=label)
    else:
        yield failed(
            label,
            f"{label}: unsupported file type {suffix or '(no suffix)'!r}; wirecoder reads "
            f"{', '.join(sorted(KNOWN))}",
        )


def read_paths(names: Iterable[str], *, stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Yield the documents in files, folders, feed URLs and ``-`` (JSON Lines on stdin)."""
    for name in names:
        if name == "-":
            if stdin is not None:
                yield from read_jsonl(stdin, origin="stdin")
        elif is_url(name):
            from wirecoder.read.feeds import read_feed

            yield from read_feed(name)
        else:
            path = Path(name)
            if path.is_dir():
                for file in files_in(path):
                    yield from read_file(file, label=str(file))
            elif path.exists():
                yield from read_file(path, label=str(path))
            else:
                yield failed(name, f"{name}: no such file or folder; check the path")


def count_inputs(names: Iterable[str]) -> int | None:
    """Return about how many articles these inputs hold (None when it cannot be known cheaply)."""
    total = 0
    for name in names:
        if name == "-" or is_url(name):
            return None
        path = Path(name)
        files = files_in(path) if path.is_dir() else [path]
        for file in files:
            total += _count_file(file)
    return total


def _count_file(path: Path) -> int:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL:
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        if suffix in FEEDS:
            data = path.read_bytes()
            return max(1, data.count(b"<item") + data.count(b"<entry"))
        if suffix in JSON:
            data = json.loads(path.read_bytes())
            return len(data) if isinstance(data, list) else 1
    except (OSError, ValueError):
        return 1
    return 1
