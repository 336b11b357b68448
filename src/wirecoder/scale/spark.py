"""Code a Spark DataFrame of articles with ``mapInPandas``: the pipeline, once per Python worker.

    >>> from wirecoder.scale.spark import code_dataframe          # doctest: +SKIP
    >>> coded = code_dataframe(spark.read.parquet("articles/"))   # doctest: +SKIP
    >>> coded.write.parquet("coded/")                             # doctest: +SKIP

The input needs a ``text`` column; ``id``, ``date``, ``title``, ``source`` and ``url`` are used
when present. The output has the columns of :mod:`wirecoder.scale.table` (nested contract
fields as JSON strings). Executors need wirecoder and the spaCy model package installed (see
docs/scale.md). Needs the ``spark`` extra: ``pip install 'wirecoder[spark]'``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wirecoder.config import Settings
from wirecoder.errors import ConfigError, InputError
from wirecoder.scale.table import COLUMNS, INPUT_COLUMNS, code_frame, is_jsonl
from wirecoder.scale.worker import pipeline_for


def _pyspark() -> Any:
    try:
        import pyspark.sql
    except ImportError as exc:
        raise ConfigError(
            "Spark support needs pyspark; install it with `pip install 'wirecoder[spark]'`"
        ) from exc
    return pyspark.sql


def output_schema() -> Any:
    """Return the Spark schema of coded rows: every column a nullable string."""
    types = _pyspark().types
    return types.StructType([types.StructField(name, types.StringType(), True) for name in COLUMNS])


class CodeBatches:
    """The ``mapInPandas`` function: codes each pandas batch with this worker's pipeline."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, frames: Iterator[Any]) -> Iterator[Any]:
        """Yield one frame of output rows per ``batch_size`` articles of the incoming frames."""
        pipeline = pipeline_for(self.settings)  # built once per Python worker, then cached
        size = self.settings.batch_size
        for frame in frames:
            for start in range(0, len(frame), size):
                yield code_frame(frame.iloc[start : start + size], pipeline, where="spark row")


def code_dataframe(frame: Any, *, settings: Settings | None = None) -> Any:
    """Return a Spark DataFrame coding each article (row) of ``frame``, in the output columns."""
    if "text" not in frame.columns:
        raise InputError(
            f"the DataFrame has no 'text' column (columns: {', '.join(frame.columns)}); "
            "rename the article text column to 'text'"
        )
    functions = _pyspark().functions
    articles = frame.select(
        *(
            (functions.col(name) if name in frame.columns else functions.lit(None))
            .cast("string")
            .alias(name)
            for name in INPUT_COLUMNS
        )
    )
    return articles.mapInPandas(CodeBatches(settings or Settings()), schema=output_schema())


def session(master: str = "local[*]", *, app_name: str = "wirecoder") -> Any:
    """Return a Spark session on ``master``, its Python workers running this interpreter."""
    sql = _pyspark()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (
        sql.SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )


def read_articles(spark: Any, path: str | Path) -> Any:
    """Read articles from Parquet (a file or folder) or JSON Lines into a Spark DataFrame."""
    if is_jsonl(str(path)):
        return spark.read.json(str(path))
    return spark.read.parquet(str(path))


def run(
    input_path: str | Path,
    output_path: str | Path,
    *,
    settings: Settings | None = None,
    master: str = "local[*]",
) -> int:
    """Code articles from Parquet or JSONL into a Parquet folder with Spark; return the count."""
    spark = session(master)
    articles = read_articles(spark, input_path)
    cores = spark.sparkContext.defaultParallelism
    if articles.rdd.getNumPartitions() < 2 * cores:  # a small file is one partition: one core
        articles = articles.repartition(2 * cores)
    coded = code_dataframe(articles, settings=settings)
    coded.write.mode("overwrite").parquet(str(output_path))
    return spark.read.parquet(str(output_path)).count()
