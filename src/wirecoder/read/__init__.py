"""Reading input into articles: plain-text files and JSON Lines records, validated.

Every reader yields :class:`~wirecoder.model.Document` objects. An input that cannot become an
article (empty text, bytes that are not UTF-8, a malformed JSON line, a bad date) still yields a
document, with ``error`` saying what was wrong and what to do, so that nothing is lost.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from wirecoder.errors import InputError
from wirecoder.model import Article, Document
from wirecoder.read.dates import parse_date

__all__ = ["blank", "decode", "failed", "from_text", "parse_date", "read_jsonl", "read_text"]

_FIELDS = ("id", "text", "title", "date", "source", "url")


def blank(text: str) -> bool:
    """Return whether a text has nothing to read: only spaces and invisible format characters."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def failed(article_id: str, reason: str, *, text: str = "") -> Document:
    """Return a document that records why an input could not be read."""
    return Document(article=Article(id=article_id, text=text), error=reason)


def article_from_record(record: Any, *, where: str, default_id: str) -> Article:
    """Build an article from a JSON record, checking its fields; raise InputError if unusable."""
    if not isinstance(record, dict):
        raise InputError(
            f'{where}: expected a JSON object with a "text" field, got {type(record).__name__}'
        )
    if "text" not in record:
        raise InputError(
            f'{where}: the record has no "text" field; each line needs '
            '{"id": ..., "text": ..., "date": ...}'
        )
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(f'{where}: "text" must be a string, got {type(text).__name__}')
    if blank(text):
        raise InputError(f"{where}: the article text is empty; there is nothing to code")
    meta = {key: record.get(key) for key in _FIELDS}
    for key in ("title", "source", "url"):
        if meta[key] is not None and not isinstance(meta[key], str):
            meta[key] = str(meta[key])
    return Article(
        id=str(record["id"]) if record.get("id") not in (None, "") else default_id,
        text=text,
        title=meta["title"],
        date=parse_date(record.get("date"), where=f"{where}: date"),
        source=meta["source"],
        url=meta["url"],
    )


def decode(data: bytes, *, where: str) -> str:
    """Decode UTF-8 bytes (a leading BOM is dropped) or raise InputError naming the bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode the input as UTF-8, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc


def read_jsonl(lines: Iterable[bytes | str], *, origin: str = "stdin") -> Iterator[Document]:
    """Yield one document per non-blank JSON line; bad lines become error documents."""
    for number, raw in enumerate(lines, start=1):
        where = f"{origin} line {number}"
        default_id = f"{origin}:{number}"
        try:
            line = decode(raw, where=where) if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{where}: malformed JSON ({exc.msg} at column {exc.colno}); "
                    "each line must be one JSON object"
                ) from exc
            if isinstance(record, dict) and record.get("id") not in (None, ""):
                default_id = str(record["id"])
            yield Document(article=article_from_record(record, where=where, default_id=default_id))
        except InputError as exc:
            yield failed(default_id, str(exc))


def read_text(
    path: str | Path, *, date: str | None = None, article_id: str | None = None
) -> Document:
    """Read one UTF-8 plain-text article file into a document."""
    path = Path(path)
    where = str(path)
    try:
        text = decode(path.read_bytes(), where=where)
        if blank(text):
            raise InputError(f"{where}: the file is empty; there is nothing to code")
        return Document(
            article=Article(
                id=article_id or path.name, text=text, date=parse_date(date, where=f"{where}: date")
            )
        )
    except OSError as exc:
        return failed(article_id or where, f"{where}: cannot read the file ({exc.strerror})")
    except InputError as exc:
        return failed(article_id or path.name, str(exc))


def from_text(text: str, *, date: str | None = None, **meta: Any) -> Document:
    """Build one document from a string and optional metadata (id, title, source, url)."""
    record = {"text": text, "date": date, **meta}
    where = f"article {meta.get('id', '')}".strip()
    try:
        return Document(
            article=article_from_record(record, where=where, default_id=meta.get("id") or "article")
        )
    except InputError as exc:
        return failed(
            str(meta.get("id") or "article"), str(exc), text=text if isinstance(text, str) else ""
        )
