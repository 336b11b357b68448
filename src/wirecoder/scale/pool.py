"""The pipeline in several worker processes on one machine, results in input order.

Each worker process builds the pipeline (and loads its spaCy model) once, then codes batches of
articles sent to it through ``Pipeline.stream`` (``nlp.pipe`` inside a spaCy memory zone). The
parent reads ahead only a few batches per worker, so memory stays flat however long the input.
A worker that dies (killed, out of memory) costs only its batch: the batch is retried once in a
fresh pool and, if it kills that one too, its articles come back as error records.
"""

from __future__ import annotations

import logging
import math
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from multiprocessing import get_context
from typing import Any

from wirecoder.config import Settings
from wirecoder.errors import ConfigError
from wirecoder.model import Document, Extraction
from wirecoder.pipeline import Pipeline
from wirecoder.scale.worker import pipeline_for

log = logging.getLogger(__name__)

# batches waiting or running per worker: enough to keep every worker busy, few enough to stay flat
_AHEAD = 2


def cpu_count() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class Runner:
    """Code a stream of articles with the pipeline in ``workers`` processes, in input order.

    ``workers=None`` picks for the input: all cores when the stream holds more than
    ``auto_after`` articles, else one process (a pool costs a model load per worker).
    ``workers=1`` runs the pipeline in this process. Use as a context manager, or call
    :meth:`close`, to stop the worker processes.
    """

    def __init__(
        self,
        *,
        settings: Settings | None = None,
        workers: int | None = None,
        stages: Sequence[Any] | None = None,
        auto_after: int | None = None,
    ) -> None:
        if workers is not None and workers < 1:
            raise ConfigError(f"--workers must be at least 1, got {workers}")
        self.settings = settings or Settings()
        self.workers = workers
        self.stages = tuple(stages) if stages is not None else None
        self.auto_after = auto_after if auto_after is not None else 4 * self.settings.batch_size
        self._local: Pipeline | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._pool_size = 0

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes (a later :meth:`stream` starts new ones)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def stream(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Code documents and yield their extractions in input order."""
        docs = iter(docs)
        workers = self.workers
        if workers is None:
            head = list(islice(docs, self.auto_after + 1))
            workers = cpu_count() if len(head) > self.auto_after else 1
            log.info("coding with %d worker process(es)", workers)
            docs = chain(head, docs)
        if workers == 1:
            yield from self._pipeline().stream(docs)
        else:
            yield from self._parallel(docs, workers)

    def _pipeline(self) -> Pipeline:
        if self._local is None:
            self._local = Pipeline(settings=self.settings, stages=self.stages)
        return self._local

    def _batches(self, docs: Iterator[Document], workers: int) -> Iterator[list[Document]]:
        """Cut the stream into batches; a short final window is shared among the workers."""
        size = self.settings.batch_size
        while window := list(islice(docs, workers * size)):
            step = max(1, math.ceil(len(window) / workers))
            for start in range(0, len(window), step):
                yield window[start : start + step]

    def _parallel(self, docs: Iterator[Document], workers: int) -> Iterator[Extraction]:
        pending: deque[tuple[list[Document], Future[list[Extraction]]]] = deque()
        batches = self._batches(docs, workers)
        while True:
            while len(pending) < _AHEAD * workers:
                batch = next(batches, None)
                if batch is None:
                    break
                pending.append((batch, self._submit(batch, workers)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                results = self._rescue(batch, workers)
                # the batches in flight that had not finished died with the pool: send them to
                # the new one (those done before it broke keep their results)
                pending = deque(
                    (b, f if _succeeded(f) else self._submit(b, workers)) for b, f in pending
                )
            yield from results

    def _submit(self, batch: list[Document], workers: int) -> Future[list[Extraction]]:
        try:
            return self._executor(workers).submit(_code_batch, batch)
        except BrokenProcessPool as exc:
            # a worker died since the last submit: this batch fails with the others in flight
            # and is sent again with them, so the stream goes on
            future: Future[list[Extraction]] = Future()
            future.set_exception(exc)
            return future

    def _executor(self, workers: int) -> ProcessPoolExecutor:
        if self._pool is None or self._pool_size != workers:
            self.close()
            level = logging.getLogger("wirecoder").getEffectiveLevel()
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=get_context("spawn"),  # no fork under the caller's threads
                initializer=_start_worker,
                initargs=(self.settings, self.stages, level),
            )
            self._pool_size = workers
        return self._pool

    def _rescue(self, batch: list[Document], workers: int) -> list[Extraction]:
        """Retry a dead worker's batch alone in a fresh pool; error records if it dies again."""
        log.warning("a worker process died; retrying its batch of %d article(s)", len(batch))
        self._restart()
        try:
            return self._submit(batch, workers).result()
        except BrokenProcessPool:
            self._restart()
            log.error("a worker process died twice on the same batch of %d article(s)", len(batch))
            reason = (
                "the worker process coding this article's batch died twice (killed, or out of "
                "memory); code the batch alone with --workers 1 to find the article responsible"
            )
            return [doc.with_(error=doc.error or reason).to_extraction() for doc in batch]

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _succeeded(future: Future[list[Extraction]]) -> bool:
    """Tell whether a batch's future finished with results."""
    return future.done() and not future.cancelled() and future.exception() is None


# --- inside each worker process ------------------------------------------------------------------

_STAGES: dict[str, Any] = {}


def _start_worker(settings: Settings, stages: tuple[Any, ...] | None, level: int) -> None:
    """Remember what to build (the model loads with the first batch) and log to stderr."""
    _STAGES["settings"] = settings
    _STAGES["stages"] = stages
    root = logging.getLogger("wirecoder")
    root.setLevel(level)
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(
            logging.Formatter(f"%(levelname)s %(name)s [worker {os.getpid()}]: %(message)s")
        )
        root.addHandler(handler)


def _code_batch(batch: list[Document]) -> list[Extraction]:
    """Code one batch with this worker's pipeline."""
    settings: Settings = _STAGES["settings"]
    stages = _STAGES["stages"]
    if stages is None:
        return list(pipeline_for(settings).stream(batch))
    if "pipeline" not in _STAGES:
        _STAGES["pipeline"] = Pipeline(settings=settings, stages=stages)
    return list(_STAGES["pipeline"].stream(batch))
