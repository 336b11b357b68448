"""Code a Dask DataFrame of articles with ``map_partitions``: the pipeline, once per worker.

    >>> from wirecoder.scale.dask import code_dataframe             # doctest: +SKIP
    >>> coded = code_dataframe(dd.read_parquet("articles/"))        # doctest: +SKIP
    >>> coded.to_parquet("coded/", write_index=False)               # doctest: +SKIP

The same input and output columns as the Spark adapter (:mod:`wirecoder.scale.table`). Runs
on Dask's local process scheduler, or on a cluster through a ``distributed`` scheduler address.
Needs the ``dask`` extra: ``pip install 'wirecoder[dask]'``. Why Dask rather than Ray:
docs/scale.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wirecoder.config import Settings
from wirecoder.errors import ConfigError, InputError
from wirecoder.scale.table import COLUMNS, INPUT_COLUMNS, code_frame, is_jsonl
from wirecoder.scale.worker import pipeline_for


def _dask_frames() -> Any:
    try:
        import dask.dataframe
    except ImportError as exc:
        raise ConfigError(
            "Dask support needs dask; install it with `pip install 'wirecoder[dask]'`"
        ) from exc
    return dask.dataframe


def empty_output() -> Any:
    """Return an empty pandas frame with the output columns (Dask's ``meta``)."""
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=object) for name in COLUMNS})


class CodePartition:
    """The ``map_partitions`` function: codes one partition with this worker's pipeline."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, frame: Any) -> Any:
        """Return the partition's output rows, in its order."""
        if frame.empty:
            return empty_output()
        return code_frame(frame, pipeline_for(self.settings), where="dask row")


def code_dataframe(frame: Any, *, settings: Settings | None = None) -> Any:
    """Return a Dask DataFrame coding each article (row) of ``frame``, in the output columns."""
    if "text" not in frame.columns:
        raise InputError(
            f"the DataFrame has no 'text' column (columns: {', '.join(frame.columns)}); "
            "rename the article text column to 'text'"
        )
    articles = frame[[name for name in INPUT_COLUMNS if name in frame.columns]]
    return articles.map_partitions(
        CodePartition(settings or Settings()), meta=empty_output(), enforce_metadata=False
    )


def read_articles(path: str | Path, *, blocksize: str = "1MB") -> Any:
    """Read articles from Parquet (a file or folder) or JSON Lines into a Dask DataFrame."""
    dd = _dask_frames()
    if is_jsonl(str(path)):
        return dd.read_json(
            str(path), lines=True, blocksize=blocksize, dtype=False, convert_dates=False
        )
    return dd.read_parquet(str(path))


def run(
    input_path: str | Path,
    output_path: str | Path,
    *,
    settings: Settings | None = None,
    scheduler: str = "processes",
    workers: int | None = None,
) -> int:
    """Code articles from Parquet or JSONL into a Parquet folder with Dask; return the count."""
    import dask

    coded = code_dataframe(read_articles(input_path), settings=settings)
    if "://" in scheduler:  # a distributed cluster's scheduler address
        from distributed import Client

        with Client(scheduler):
            coded.to_parquet(str(output_path), write_index=False)
    else:
        with dask.config.set(scheduler=scheduler, num_workers=workers):
            coded.to_parquet(str(output_path), write_index=False)
    with dask.config.set(scheduler="synchronous"):
        return len(_dask_frames().read_parquet(str(output_path)))
