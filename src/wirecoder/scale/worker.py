"""The pipeline of one worker process, built on first use and kept for the process's life.

Process pools, Spark's Python workers and Dask's workers all call :func:`pipeline_for` from the
process that does the coding, so each loads its spaCy model once, however many batches it codes.
"""

from __future__ import annotations

from wirecoder.config import Settings
from wirecoder.pipeline import Pipeline

# one entry per distinct Settings in this process: the per-worker cache the adapters rely on
_BUILT: dict[Settings, Pipeline] = {}


def pipeline_for(settings: Settings) -> Pipeline:
    """Return this process's pipeline for ``settings``, building it the first time."""
    built = _BUILT.get(settings)
    if built is None:
        built = _BUILT[settings] = Pipeline(settings=settings)
    return built
