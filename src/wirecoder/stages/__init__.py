"""Pipeline stages: each one module, each a callable ``Document -> Document``.

A stage has a ``name`` (with a version, e.g. ``entities.v1``) and two tuples, ``requires`` and
``produces``, naming the :class:`~wirecoder.model.Document` fields it reads and fills. A stage
that can work on many documents at once may also offer ``pipe(docs)``; the pipeline calls it for
streams and otherwise maps ``__call__``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from wirecoder.model import Document


@runtime_checkable
class Stage(Protocol):
    """What the pipeline expects of a stage."""

    name: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, doc: Document) -> Document:
        """Return the document with this stage's annotations added."""
        ...


def pipe(stage: Stage, docs: Iterable[Document]) -> Iterator[Document]:
    """Run ``stage`` over ``docs``, using its own batched ``pipe`` when it has one."""
    own = getattr(stage, "pipe", None)
    if own is not None:
        yield from own(docs)
    else:
        for doc in docs:
            yield doc if doc.error else stage(doc)
