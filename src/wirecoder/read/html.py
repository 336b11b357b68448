"""Reading web pages: the article's text and metadata, boilerplate removed (trafilatura).

A page with no article text in it (an index page, a broken or empty file) becomes an error
document saying so; it is never silently dropped.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from wirecoder.errors import InputError
from wirecoder.model import Article, Document
from wirecoder.read import decode, failed, parse_date

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
_MIN_WORDS = 3


def article_from_html(html: str, *, where: str, article_id: str, url: str | None = None) -> Article:
    """Return the article in an HTML page, or raise InputError when there is none."""
    import trafilatura

    if not html.strip():
        raise InputError(f"{where}: the page is empty; there is nothing to code")
    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except (ValueError, TypeError, AttributeError) as exc:  # lxml cannot build a tree
        raise InputError(f"{where}: the HTML cannot be parsed ({exc}); check the file") from exc
    text = (found.text or "") if found is not None else ""
    if len(_WORD.findall(text)) < _MIN_WORDS:  # a menu or a title is not an article
        raise InputError(
            f"{where}: no article text found in the HTML (broken, empty or not an article "
            "page); save the article page itself, or give its text as a .txt file"
        )
    try:
        date = parse_date(found.date, where=f"{where}: date")
    except InputError:
        log.info("%s: ignoring the page's unreadable date %r", where, found.date)
        date = None
    return Article(
        id=article_id,
        text=text,
        title=found.title or None,
        date=date,
        source=found.sitename or None,
        url=url or found.url or None,
    )


def read_html(path: str | Path, *, article_id: str | None = None) -> Document:
    """Read one saved web page into a document (an error document if it holds no article)."""
    path = Path(path)
    where = str(path)
    article_id = article_id or path.name
    try:
        html = decode(path.read_bytes(), where=where)
        return Document(article=article_from_html(html, where=where, article_id=article_id))
    except OSError as exc:
        return failed(article_id, f"{where}: cannot read the file ({exc.strerror})")
    except InputError as exc:
        return failed(article_id, str(exc))
