"""Reading RSS and Atom feeds (files or URLs, with feedparser): one document per entry.

An entry's text is its full content when the feed carries it, else its summary, with the HTML
markup removed. A feed that cannot be parsed, or an entry with no text, becomes an error
document saying so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import logging
import re
from collections.abc import Iterator
from typing import Any

from wirecoder.errors import InputError
from wirecoder.model import Article, Document
from wirecoder.read import failed

log = logging.getLogger(__name__)

_BLOCK_END = re.compile(r"(?i)(</(?:p|div|li|h[1-6]|blockquote|tr)\s*>|<br\s*/?>)")
_SPACE = re.compile(r"[ \t\r\f\v]+")


def html_to_text(fragment: str) -> str:
    """Return the plain text of an HTML fragment, one line per paragraph."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fragment_fromstring(_BLOCK_END.sub(r"\1\n", fragment), create_parent="div")
    except (ParserError, ValueError):
        return ""
    lines = (_SPACE.sub(" ", line).strip() for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if stamp:
            return dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC).date().isoformat()
    return None


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or ():
        text = html_to_text(content.get("value") or "")
        if text:
            return text
    return html_to_text(entry.get("summary") or "")


def read_feed(source: str | bytes, *, origin: str | None = None) -> Iterator[Document]:
    """Yield one document per entry of an RSS/Atom feed given as a path, URL or bytes."""
    import feedparser

    where = origin or (source if isinstance(source, str) else "feed")
    parsed = feedparser.parse(source)
    if parsed.bozo and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no entries"
        yield failed(
            where,
            f"{where}: not a readable RSS/Atom feed ({reason}); check the file or the URL",
        )
        return
    site = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        entry_id = entry.get("id") or entry.get("link") or f"{where}#{number}"
        label = f"{where} entry {number}"
        try:
            text = _entry_text(entry)
            if not text:
                raise InputError(
                    f"{label}: the entry has no text (no content or summary); "
                    "save the linked article page and ingest it as HTML"
                )
            yield Document(
                article=Article(
                    id=str(entry_id),
                    text=text,
                    title=entry.get("title") or None,
                    date=_entry_date(entry),
                    source=site,
                    url=entry.get("link") or None,
                )
            )
        except InputError as exc:
            yield failed(str(entry_id), str(exc))
