"""The ``wirecoder spark`` and ``wirecoder dask`` commands: Parquet or JSONL in, Parquet out.

Thin wrappers over :func:`wirecoder.scale.spark.run` and :func:`wirecoder.scale.dask.run`;
cli.py registers them on the ``wirecoder`` app.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wirecoder.errors import WirecoderError

InputOpt = Annotated[
    Path,
    typer.Option("--input", help="articles: a Parquet file or folder, or a JSON Lines file"),
]
OutputOpt = Annotated[
    Path, typer.Option("--output", help="folder to write the coded rows to, as Parquet")
]
ModelOpt = Annotated[str | None, typer.Option(help="spaCy model package to use")]
BatchOpt = Annotated[int | None, typer.Option(help="articles per parse batch")]
ConfigOpt = Annotated[Path | None, typer.Option(help="TOML settings file ([wirecoder] table)")]
VerboseOpt = Annotated[int, typer.Option("-v", count=True, help="more log output on stderr")]


def spark_cli(
    input_path: InputOpt,
    output_path: OutputOpt,
    master: Annotated[
        str, typer.Option(help="Spark master: local[*], local[2], spark://host:7077, yarn, ...")
    ] = "local[*]",
    model: ModelOpt = None,
    batch_size: BatchOpt = None,
    config: ConfigOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Code articles with Spark (mapInPandas) and write the results as Parquet."""
    from wirecoder.cli import _settings, _setup_logging

    _setup_logging(verbose)
    try:
        settings = _settings(config, model, batch_size)
        from wirecoder.scale import spark

        count = spark.run(input_path, output_path, settings=settings, master=master)
    except WirecoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"wirecoder: {count} article(s) coded into {output_path}", err=True)


def dask_cli(
    input_path: InputOpt,
    output_path: OutputOpt,
    scheduler: Annotated[
        str,
        typer.Option(
            help="processes (local), threads, synchronous, or a cluster's address "
            "tcp://host:8786"
        ),
    ] = "processes",
    workers: Annotated[
        int | None,
        typer.Option(help="local worker processes (default: all cores)", show_default=False),
    ] = None,
    model: ModelOpt = None,
    batch_size: BatchOpt = None,
    config: ConfigOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Code articles with Dask (map_partitions) and write the results as Parquet."""
    from wirecoder.cli import _settings, _setup_logging

    _setup_logging(verbose)
    try:
        settings = _settings(config, model, batch_size)
        from wirecoder.scale import dask

        count = dask.run(
            input_path, output_path, settings=settings, scheduler=scheduler, workers=workers
        )
    except WirecoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"wirecoder: {count} article(s) coded into {output_path}", err=True)
