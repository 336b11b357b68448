"""Query commands: events, actors, quotes, search, show (thin wrappers over store.queries)."""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Annotated

import typer

from wirecoder.commands.output import emit
from wirecoder.commands.store import ConfigOption, DbOption, fail, open_db
from wirecoder.errors import WirecoderError
from wirecoder.store import queries

JsonOption = Annotated[bool, typer.Option("--json", help="JSON Lines output")]
CsvOption = Annotated[bool, typer.Option("--csv", help="CSV output")]


def _names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def events_cmd(
    actor: Annotated[
        str | None, typer.Option(help="source or target: country (PAK), actor code or name")
    ] = None,
    sector: Annotated[str | None, typer.Option(help="source or target sector, e.g. GOV")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code or prefix, e.g. 04")] = None,
    status: Annotated[
        str | None, typer.Option(help="occurred, planned, ongoing, negated or hypothetical")
    ] = None,
    since: Annotated[str | None, typer.Option(help="on or after this day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="on or before this day, YYYY-MM-DD")] = None,
    place: Annotated[str | None, typer.Option(help="place name or country code")] = None,
    text: Annotated[str | None, typer.Option(help="words the article must contain")] = None,
    dedup: Annotated[
        bool,
        typer.Option("--dedup", help="one row per event cluster (run `wirecoder stories` first)"),
    ] = False,
    limit: Annotated[int, typer.Option(help="at most this many rows (0: all)")] = 1000,
    db: DbOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    config: ConfigOption = None,
) -> None:
    """List stored events: who did what to whom, when and where."""
    from wirecoder.read import parse_date

    try:
        since = parse_date(since, where="--since")
        until = parse_date(until, where="--until")
        with open_db(db, config, readonly=True) as store:
            rows = queries.events(
                store,
                actor=actor,
                sector=sector,
                type=type,
                cameo=cameo,
                status=status,
                since=since,
                until=until,
                place=place,
                text=text,
                dedup=dedup,
                limit=limit or None,
            )
    except WirecoderError as exc:
        raise fail(exc) from exc
    shown = ("date", "plover", "cameo", "status", "source", "target", "place", "evidence")
    emit(
        rows,
        _names(queries.EventRow),
        as_json=as_json,
        as_csv=as_csv,
        table_columns=(*shown, "article_id"),
        title="events",
    )


def actors_cmd(
    name: Annotated[str | None, typer.Option(help="part of the actor's name")] = None,
    country: Annotated[str | None, typer.Option(help="country code, e.g. PAK")] = None,
    sector: Annotated[str | None, typer.Option(help="sector code, e.g. GOV")] = None,
    type: Annotated[str | None, typer.Option("--type", help="entity type, e.g. PERSON")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows (0: all)")] = 100,
    db: DbOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    config: ConfigOption = None,
) -> None:
    """List actors, most often named first, with their codes and counts."""
    try:
        with open_db(db, config, readonly=True) as store:
            rows = queries.actors(
                store, name=name, country=country, sector=sector, type=type, limit=limit or None
            )
    except WirecoderError as exc:
        raise fail(exc) from exc
    emit(rows, _names(queries.ActorRow), as_json=as_json, as_csv=as_csv, title="actors")


def quotes_cmd(
    speaker: Annotated[str | None, typer.Option(help="part of the speaker's name")] = None,
    text: Annotated[str | None, typer.Option(help="words the quotation contains")] = None,
    limit: Annotated[int, typer.Option(help="at most this many rows (0: all)")] = 1000,
    db: DbOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    config: ConfigOption = None,
) -> None:
    """List stored quotations and who said them."""
    try:
        with open_db(db, config, readonly=True) as store:
            rows = queries.quotes(store, speaker=speaker, text=text, limit=limit or None)
    except WirecoderError as exc:
        raise fail(exc) from exc
    emit(rows, _names(queries.QuoteRow), as_json=as_json, as_csv=as_csv, title="quotes")


def search_cmd(
    text: Annotated[str, typer.Argument(help="words to find in article titles and texts")],
    limit: Annotated[int, typer.Option(help="at most this many articles (0: all)")] = 20,
    db: DbOption = None,
    as_json: JsonOption = False,
    as_csv: CsvOption = False,
    config: ConfigOption = None,
) -> None:
    """Full-text search over stored articles, best match first."""
    try:
        with open_db(db, config, readonly=True) as store:
            rows = queries.search(store, text, limit=limit or None)
    except WirecoderError as exc:
        raise fail(exc) from exc
    emit(
        rows,
        _names(queries.ArticleHit),
        as_json=as_json,
        as_csv=as_csv,
        table_columns=("article_id", "date", "title", "snippet"),
        title=f"articles matching {text!r}",
    )


def show_cmd(
    article_id: Annotated[str, typer.Argument(help="the article's id or a prefix of its hash")],
    db: DbOption = None,
    as_json: JsonOption = False,
    config: ConfigOption = None,
) -> None:
    """Show one stored article with its annotations."""
    try:
        with open_db(db, config, readonly=True) as store:
            article, result = queries.show(store, article_id)
    except WirecoderError as exc:
        raise fail(exc) from exc
    if as_json:
        record = {"article": article.to_dict(), "extraction": result.to_dict()}
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        return
    from wirecoder.render import render

    render(result, sys.stdout, text=article.text)


def register(app: typer.Typer) -> None:
    """Add the query commands to the ``wirecoder`` app."""
    app.command("events")(events_cmd)
    app.command("actors")(actors_cmd)
    app.command("quotes")(quotes_cmd)
    app.command("search")(search_cmd)
    app.command("show")(show_cmd)
