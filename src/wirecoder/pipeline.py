"""The pipeline: builds the stages once and runs one article or a stream of them.

The default stages are one explicit, ordered tuple (:func:`default_stages`). Each declares what
it requires and produces; the pipeline checks the order when it is built. A stream is coded in
batches (one ``nlp.pipe`` call per batch; a spaCy memory zone around every few batches keeps
long runs flat) and results come out in input order. A stage that fails on one article marks
that article as an error with the reason and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from wirecoder import __version__
from wirecoder.config import Settings
from wirecoder.errors import ConfigError
from wirecoder.model import Document, Extraction
from wirecoder.read import from_text
from wirecoder.stages import Stage
from wirecoder.stages.actors import Actors
from wirecoder.stages.entities import Entities
from wirecoder.stages.events import Events
from wirecoder.stages.parse import Parse
from wirecoder.stages.places import Places
from wirecoder.stages.quotes import Quotes
from wirecoder.stages.times import Times

log = logging.getLogger(__name__)


def default_stages(settings: Settings) -> tuple[Stage, ...]:
    """Return the standard stages in the order they run."""
    # the order: parse, entities, actors, times, places, quotes, events (events read quotes for
    # reported_by; quotes read the actors' resolved speakers)
    kinds = (Parse, Entities, Actors, Times, Places, Quotes, Events)
    if settings.stages:
        # filter the classes, not built stages, so a left-out stage costs no start-up
        known = {kind.name.split(".")[0]: kind for kind in kinds}
        unknown = [name for name in settings.stages if name not in known]
        if unknown:
            raise ConfigError(
                f"unknown stage(s) {', '.join(unknown)} in the stages setting; known: "
                f"{', '.join(known)}"
            )
        kinds = tuple(kind for name, kind in known.items() if name in settings.stages)
    return tuple(kind(settings=settings) for kind in kinds)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ConfigError if a stage requires a field that no earlier stage produces."""
    available = {"article"}
    for stage in stages:
        missing = [need for need in stage.requires if need not in available]
        if missing:
            raise ConfigError(
                f"stage {stage.name} requires {', '.join(missing)}, which no earlier stage "
                f"produces; stages in order: {', '.join(s.name for s in stages)}"
            )
        available.update(stage.produces)


_BATCHES_PER_ZONE = 8


class Pipeline:
    """wirecoder's stages, built once, applied to one article or a stream."""

    def __init__(
        self, *, settings: Settings | None = None, stages: Sequence[Stage] | None = None
    ) -> None:
        self.settings = settings or Settings()
        self.stages: tuple[Stage, ...] = (
            tuple(stages) if stages is not None else default_stages(self.settings)
        )
        check_order(self.stages)
        self.meta: dict[str, Any] = {
            "wirecoder": __version__,
            "model": self.settings.model,
            "stages": [stage.name for stage in self.stages],
        }

    def extract(self, text: str, date: str | None = None, **meta: Any) -> Extraction:
        """Code one article given as text (with optional date, id, title, source, url)."""
        return next(self.stream([from_text(text, date=date, **meta)]))

    def stream(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """Code documents in batches and yield their extractions in input order."""
        docs = iter(docs)
        more = True
        while more:
            # one spaCy memory zone spans a few batches: the strings a zone made are freed when
            # it closes (memory stays flat), and words seen again inside it are not re-made
            with self._zone():
                for _ in range(_BATCHES_PER_ZONE):
                    batch = list(islice(docs, self.settings.batch_size))
                    if not batch:
                        more = False
                        break
                    yield from self._batch(batch)

    def _batch(self, batch: list[Document]) -> list[Extraction]:
        batch = [self._guard(doc) for doc in batch]
        for stage in self.stages:
            batch = self._apply(stage, batch)
        return [doc.to_extraction(meta=self.meta) for doc in batch]

    def _guard(self, doc: Document) -> Document:
        size = len(doc.article.text)
        if not doc.error and size > self.settings.max_chars:
            return doc.with_(
                error=f"article {doc.article.id}: {size:,} characters is over the limit of "
                f"{self.settings.max_chars:,}; split it or raise max_chars in the settings"
            )
        return doc

    def _zone(self) -> Any:
        parse = next((s for s in self.stages if isinstance(s, Parse)), None)
        if parse is None:
            import contextlib

            return contextlib.nullcontext()
        return parse.zone()

    def _apply(self, stage: Stage, batch: list[Document]) -> list[Document]:
        own_pipe = getattr(stage, "pipe", None)
        if own_pipe is not None and len(batch) > 1:
            try:
                return list(own_pipe(batch))
            except ConfigError:
                raise
            except Exception:  # noqa: BLE001 - isolate the bad article: retry one by one
                log.warning(
                    "stage %s failed on a batch; retrying its %d articles one by one",
                    stage.name,
                    len(batch),
                )
        return [self._one(stage, doc) for doc in batch]

    @staticmethod
    def _one(stage: Stage, doc: Document) -> Document:
        if doc.error:
            return doc
        try:
            return stage(doc)
        except ConfigError:
            raise  # a setting is wrong for every article: stop and say so
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the stream
            log.exception("stage %s failed on article %s", stage.name, doc.article.id)
            return doc.with_(
                error=f"stage {stage.name} failed on this article: {type(exc).__name__}: {exc}; "
                "please report it with the article"
            )
