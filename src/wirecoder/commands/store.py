"""Database commands: ingest, migrate, errors, export, sql (thin wrappers over wirecoder.store).

Query commands (events, actors, quotes, search, show) live in :mod:`wirecoder.commands.query`.
Every command takes ``--db`` (or ``WIRECODER_DB``; default: the ``db`` setting).
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from wirecoder.config import Settings
from wirecoder.errors import WirecoderError
from wirecoder.model import Document

log = logging.getLogger("wirecoder.cli")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="WIRECODER_DB",
        help="event database: a SQLite file path or sqlite:///path [default: ./wirecoder.db]",
        show_default=False,
    ),
]
ConfigOption = Annotated[Path | None, typer.Option(help="TOML settings file ([wirecoder] table)")]
VerboseOption = Annotated[int, typer.Option("-v", count=True, help="more log output on stderr")]


class ExportFormat(str, Enum):
    """The export formats."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"


def fail(exc: Exception, code: int = 2) -> typer.Exit:
    """Report a library error on stderr and return the exit to raise."""
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(code)


def settings_for(config: Path | None, **changes: Any) -> Settings:
    """Return the settings from an optional TOML file with the given non-empty changes."""
    settings = Settings.from_file(config) if config else Settings()
    changes = {key: value for key, value in changes.items() if value}
    return settings.replace(**changes) if changes else settings


def open_db(db: str | None, config: Path | None = None, *, readonly: bool = False) -> Any:
    """Open the database named by --db / WIRECODER_DB / the db setting."""
    from wirecoder.store import open_store

    url = db or settings_for(config).db
    return open_store(url, readonly=readonly)


def _with_date(docs: Iterator[Document], date: str | None) -> Iterator[Document]:
    for doc in docs:
        if date and not doc.error and not doc.article.date:
            doc = doc.with_(article=dataclasses.replace(doc.article, date=date))
        yield doc


def ingest_cmd(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="files, folders (.txt .html .json .jsonl .xml/.rss/.atom), feed URLs; "
            "- reads JSON Lines on stdin",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
    date: Annotated[
        str | None, typer.Option(help="publication date YYYY-MM-DD for inputs that carry none")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model package to use")] = None,
    batch_size: Annotated[int | None, typer.Option(help="articles per batch")] = None,
    config: ConfigOption = None,
    retry_errors: Annotated[
        bool, typer.Option("--retry-errors", help="code inputs stored as errors again")
    ] = False,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="show a progress bar on stderr (default: when stderr is a terminal)",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            help="worker processes coding, one model each (one writer); default: all cores for "
            "inputs of more than 4 batches, else 1",
            show_default=False,
        ),
    ] = None,
    stories: Annotated[
        bool,
        typer.Option(
            "--stories",
            help="then group every stored article into stories and event clusters again "
            "(what `wirecoder stories` does), so dedup and the stories view include the new ones",
        ),
    ] = False,
    verbose: VerboseOption = 0,
) -> None:
    """Code articles and store them in the event database (already-stored ones are skipped)."""
    from wirecoder.cli import _setup_logging
    from wirecoder.read import parse_date
    from wirecoder.read.folders import count_inputs, read_paths
    from wirecoder.store.ingest import ingest

    _setup_logging(verbose)
    names = paths or ["-"]
    try:
        date = parse_date(date, where="--date")
        settings = settings_for(config, model=model, batch_size=batch_size)
        store = open_db(db, config)
    except WirecoderError as exc:
        raise fail(exc) from exc
    from wirecoder.scale import Runner
    from wirecoder.scale.table import Precoded, is_results

    docs = _with_date(read_paths(names, stdin=sys.stdin.buffer), date)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        pipeline: Any = Runner(settings=settings, workers=workers)
        if is_results(names):  # `wirecoder spark`/`dask` output: store it without coding again
            pipeline = Precoded(names)
            docs = pipeline.documents()
        with pipeline, _ProgressBar(show, count_inputs(names)) as update:
            report = ingest(
                store,
                docs,
                pipeline,
                batch_size=settings.batch_size,
                retry_errors=retry_errors,
                progress=update,
            )
        if stories:
            from wirecoder.store.stories import how_updated, update_stories

            counts = update_stories(store)
            typer.echo(
                f"wirecoder: {counts['articles']} articles in {counts['stories']} stories "
                f"({how_updated(counts)}; {counts['event_clusters']} event clusters)",
                err=True,
            )
    except KeyboardInterrupt as exc:
        typer.echo(
            "interrupted: every batch written so far is stored; run the same command again "
            "to resume",
            err=True,
        )
        raise typer.Exit(130) from exc
    except WirecoderError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    typer.echo(
        f"wirecoder: read {report.read}, stored {report.added} new article(s) "
        f"({report.errors} with errors), skipped {report.skipped} already stored; "
        f"database {store.path}",
        err=True,
    )
    if report.errors:
        typer.echo("wirecoder: list the failed inputs with `wirecoder errors`", err=True)
        raise typer.Exit(1)


class _ProgressBar:
    """A rich progress bar on stderr (rate and ETA), or nothing when not shown."""

    def __init__(self, show: bool, total: int | None) -> None:
        self.show, self.total, self.bar = show, total, None

    def __enter__(self) -> Any:
        if not self.show:
            return None
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self.bar.__enter__()
        task = self.bar.add_task("ingest", total=self.total, rate="")

        def update(report: Any) -> None:
            elapsed = self.bar.tasks[0].elapsed or 0
            done = report.added + report.skipped
            rate = f"{done / elapsed:.1f} articles/s" if elapsed else ""
            self.bar.update(task, completed=done, rate=rate)

        return update

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def migrate_cmd(db: DbOption = None, config: ConfigOption = None) -> None:
    """Create the database or upgrade its schema in place, and list its migrations."""
    try:
        with open_db(db, config) as store:
            for name in store.migrations():
                typer.echo(name)
    except WirecoderError as exc:
        raise fail(exc) from exc


def errors_cmd(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines output")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV output")] = False,
    config: ConfigOption = None,
) -> None:
    """List the inputs that could not be coded, and why."""
    from wirecoder.commands.output import emit
    from wirecoder.store import queries

    try:
        with open_db(db, config, readonly=True) as store:
            rows = queries.errors(store)
    except WirecoderError as exc:
        raise fail(exc) from exc
    names = [f.name for f in dataclasses.fields(queries.ErrorRow)]
    emit(rows, names, as_json=as_json, as_csv=as_csv, title="inputs with errors")


def export_cmd(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="jsonl, csv, parquet, gdelt or plover")
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="file to write (default: stdout; parquet needs one)"),
    ] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Export the database: articles as JSON Lines, or events as CSV/Parquet/GDELT/PLOVER."""
    from wirecoder.store.export import export

    try:
        with open_db(db, config, readonly=True) as store:
            count = export(store, fmt.value, output if output else sys.stdout)
    except WirecoderError as exc:
        raise fail(exc) from exc
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror}") from exc
    typer.echo(f"wirecoder: exported {count} {fmt.value} record(s)", err=True)


def sql_cmd(
    query: Annotated[str, typer.Argument(help="a DuckDB SQL query over the database's tables")],
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines output")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV output")] = False,
    config: ConfigOption = None,
) -> None:
    """Run DuckDB SQL over the database (tables: articles, entities, events, places, ...)."""
    from wirecoder.commands.output import emit
    from wirecoder.store.analytics import sql

    try:
        with open_db(db, config, readonly=True) as store:
            path = store.path
        names, rows = sql(path, query)
    except WirecoderError as exc:
        raise fail(exc) from exc
    emit(rows, names, as_json=as_json, as_csv=as_csv)


def register(app: typer.Typer) -> None:
    """Add the database commands to the ``wirecoder`` app."""
    from wirecoder.commands import query

    app.command("ingest")(ingest_cmd)
    app.command("migrate")(migrate_cmd)
    app.command("errors")(errors_cmd)
    app.command("export")(export_cmd)
    app.command("sql")(sql_cmd)
    query.register(app)
