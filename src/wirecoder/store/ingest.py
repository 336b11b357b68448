"""Ingest: code a stream of articles and store them, once each, resumably.

An article's content hash is its identity, so ingesting the same input twice stores it once,
and an ingest that was killed picks up where it stopped: articles already stored are skipped
before they are coded. Results are written in batches, one transaction each, so a kill leaves
whole articles or none. Inputs that could not be read are stored as articles with
``status = 'error'``.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from wirecoder.model import Document, Extraction
from wirecoder.store.sqlite import SQLiteStore, content_hash

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What an ingest did: inputs read, articles added, already-stored inputs skipped."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    errors: int = 0


def ingest(
    store: SQLiteStore,
    docs: Iterable[Document],
    coder: Any,
    *,
    batch_size: int = 64,
    retry_errors: bool = False,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Code the documents that are not stored yet and store them; return what was done.

    ``coder`` is anything with ``stream(docs) -> Extractions in input order``: a
    :class:`~wirecoder.pipeline.Pipeline` or a multi-process ``scale.Runner``. With
    ``retry_errors``, inputs stored earlier as errors are coded again.
    """
    report = IngestReport()
    waiting: deque[Document] = deque()
    new = _new(store, iter(docs), report, batch_size, waiting, retry_errors)
    results = coder.stream(new)
    while chunk := list(islice(results, batch_size)):
        coded: list[tuple[Document, Extraction]] = [(waiting.popleft(), r) for r in chunk]
        store.write(coded)
        report.added += len(coded)
        report.errors += sum(result.status == "error" for _, result in coded)
        if progress is not None:
            progress(report)
    if progress is not None:
        progress(report)
    if report.skipped:
        log.info("%d input(s) were already stored and were skipped", report.skipped)
    return report


def _new(
    store: SQLiteStore,
    docs: Iterator[Document],
    report: IngestReport,
    batch_size: int,
    waiting: deque[Document],
    retry_errors: bool,
) -> Iterator[Document]:
    """Yield the documents whose content is not stored yet (first copy only), in order.

    Each yielded document is also queued on ``waiting``, so that results, which come back in
    input order, can be paired with their articles.
    """
    seen: set[str] = set()
    while batch := list(islice(docs, batch_size)):
        report.read += len(batch)
        hashes = [content_hash(doc) for doc in batch]
        if retry_errors:
            store.forget_errors(set(hashes) - seen)
        seen |= store.known(set(hashes) - seen)
        for doc, digest in zip(batch, hashes, strict=True):
            if digest in seen:
                report.skipped += 1
                continue
            seen.add(digest)
            waiting.append(doc)
            yield doc
