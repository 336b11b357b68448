"""The ``wirecoder`` command: thin wrappers over library functions.

Results go to stdout; progress, warnings and errors go to stderr. The exit code is 1 when any
article failed, 2 for a usage or configuration error.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from wirecoder.commands.serve import serve_cmd
from wirecoder.commands.store import register as register_store_commands
from wirecoder.commands.stories import stories_cmd
from wirecoder.config import Settings
from wirecoder.errors import InputError, WirecoderError
from wirecoder.model import Document, Extraction
from wirecoder.read import failed, parse_date, read_jsonl, read_text
from wirecoder.scale.commands import dask_cli, spark_cli

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="wirecoder turns news articles into event data: who did what to whom, when, where, "
    "and who said so.",
)
log = logging.getLogger("wirecoder.cli")


@app.callback()
def _root() -> None:
    """wirecoder turns news articles into event data."""


class Format(str, Enum):
    """How results are written to stdout."""

    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def _settings(config: Path | None, model: str | None, batch_size: int | None) -> Settings:
    settings = Settings.from_file(config) if config else Settings()
    changes: dict[str, Any] = {}
    if model:
        changes["model"] = model
    if batch_size:
        changes["batch_size"] = batch_size
    return settings.replace(**changes) if changes else settings


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("wirecoder")
    root.handlers[:] = [handler]
    root.setLevel(level)


def _inputs(files: list[str], *, jsonl: bool, date: str | None) -> Iterator[Document]:
    for name in files:
        if name == "-":
            if jsonl:
                yield from _override(read_jsonl(sys.stdin.buffer, origin="stdin"), date)
            else:
                yield _stdin_text(date)
        elif jsonl:
            path = Path(name)
            try:
                handle = path.open("rb")
            except OSError as exc:
                yield failed(name, f"{name}: cannot read the file ({exc.strerror})")
                continue
            with handle:
                yield from _override(read_jsonl(handle, origin=path.name), date)
        elif _structured(name):
            # web pages, feeds, JSON and folders are read as `ingest` reads them
            from wirecoder.read.folders import read_paths

            yield from _override(read_paths([name]), date)
        else:
            yield read_text(name, date=date)


def _structured(name: str) -> bool:
    """Return whether an input is read by its kind rather than as one plain-text article."""
    from wirecoder.read.folders import KNOWN, TEXT, is_url

    path = Path(name)
    return is_url(name) or path.is_dir() or path.suffix.lower() in KNOWN - TEXT


def _override(docs: Iterator[Document], date: str | None) -> Iterator[Document]:
    """Apply --date to records that carry no date of their own."""
    for doc in docs:
        if date and not doc.error and not doc.article.date:
            doc = doc.with_(
                article=doc.article.__class__(**{**doc.article.to_dict(), "date": date})
            )
        yield doc


def _stdin_text(date: str | None) -> Document:
    from wirecoder.read import decode, from_text

    try:
        text = decode(sys.stdin.buffer.read(), where="stdin")
    except InputError as exc:
        return failed("stdin", str(exc))
    return from_text(text, date=date, id="stdin")


def _write(result: Extraction, fmt: Format, out: TextIO, texts: dict[str, str]) -> None:
    if fmt is Format.pretty:
        from wirecoder.render import render

        render(result, out, text=texts.pop(result.id, None))
        return
    data = result.to_dict()
    if fmt is Format.jsonl:
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    out.flush()


@app.command()
def extract(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="article files to code; - reads standard input", show_default=False),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(help="publication date YYYY-MM-DD for inputs that carry none"),
    ] = None,
    jsonl: Annotated[
        bool,
        typer.Option("--jsonl", help='read JSON Lines {"id","text","date","title",...}'),
    ] = False,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            help="json (indented), jsonl (one line each) or pretty; "
            "default: jsonl with --jsonl, else json",
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model package to use")] = None,
    batch_size: Annotated[int | None, typer.Option(help="articles per parse batch")] = None,
    config: Annotated[
        Path | None, typer.Option(help="TOML settings file ([wirecoder] table)")
    ] = None,
    lexicon: Annotated[
        list[Path] | None,
        typer.Option(
            "--lexicon",
            help="folder of your own lexicon tables (e.g. event_patterns.tsv) that extend or "
            "override the packaged ones; repeatable",
            show_default=False,
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="show progress on stderr " "(default: when stderr is a terminal)",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            help="worker processes, one model each; default: all cores for inputs of more than "
            "4 batches, else 1",
            show_default=False,
        ),
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            "--actors",
            help="YAML file of your own actors (name, aliases, country, sector); repeatable",
            show_default=False,
        ),
    ] = None,
    verbose: Annotated[int, typer.Option("-v", count=True, help="more log output on stderr")] = 0,
) -> None:
    """Code articles and print one contract JSON object per article."""
    _setup_logging(verbose)
    files = files or ["-"]
    try:
        date = parse_date(date, where="--date")
        settings = _settings(config, model, batch_size)
        if lexicon:
            extra = tuple(str(p) for p in lexicon)
            settings = settings.replace(lexicon_dirs=(*settings.lexicon_dirs, *extra))
        if actors:
            settings = settings.replace(actor_files=tuple(str(p) for p in actors))
    except WirecoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    from wirecoder.scale import Runner

    fmt = fmt or (Format.jsonl if jsonl else Format.json)
    try:
        with Runner(settings=settings, workers=workers) as pipeline:
            failures = _run(pipeline, _inputs(files, jsonl=jsonl, date=date), fmt, progress)
    except WirecoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if failures:
        typer.echo(f'wirecoder: {failures} article(s) failed; see their "error" fields', err=True)
        raise typer.Exit(1)


def _run(pipeline: Any, docs: Iterator[Document], fmt: Format, progress: bool | None) -> int:
    show = sys.stderr.isatty() if progress is None else progress
    failures = 0
    out = sys.stdout
    texts: dict[str, str] = {}
    if fmt is Format.pretty:  # the terminal view shows the text, which results do not carry
        docs = _remember(docs, texts)
    if not show:
        for result in pipeline.stream(docs):
            failures += result.status == "error"
            _write(result, fmt, out, texts)
        return failures
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("coding", total=None, rate="")
        for result in pipeline.stream(docs):
            failures += result.status == "error"
            _write(result, fmt, out, texts)
            bar.advance(task)
            elapsed = bar.tasks[0].elapsed or 0
            done = bar.tasks[0].completed
            bar.update(task, rate=f"{done / elapsed:.1f}/s" if elapsed else "")
    return failures


def _remember(docs: Iterator[Document], texts: dict[str, str]) -> Iterator[Document]:
    for doc in docs:
        texts[doc.article.id] = doc.article.text
        yield doc


register_store_commands(app)  # ingest, events, search, export ... (wirecoder.commands)
app.command("serve")(serve_cmd)  # the REST API and dashboard (wirecoder.commands.serve)
app.command("stories")(stories_cmd)  # near-duplicates and stories (wirecoder.commands.stories)


app.command("spark")(spark_cli)
app.command("dask")(dask_cli)


def main() -> None:
    """Run the wirecoder command line."""
    app()


if __name__ == "__main__":
    main()
