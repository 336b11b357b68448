"""``wirecoder stories``: group articles that report the same happening into stories.

With input (``--jsonl -`` or files) it codes the batch and prints ``{"id", "story",
"duplicate_of"}`` per article. Without input it works on the event database: the articles
stored since the last run join the saved stories (``--full`` regroups every stored article),
event clusters follow, and the stories are listed, largest first.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wirecoder.commands.store import ConfigOption, DbOption, fail, open_db, settings_for
from wirecoder.errors import WirecoderError
from wirecoder.model import Document
from wirecoder.read.folders import read_paths

if TYPE_CHECKING:
    from wirecoder.stories import StorySettings


def stories_cmd(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            help="files or folders of articles, - for JSON Lines on stdin; none: the database",
            show_default=False,
        ),
    ] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="read JSON Lines from stdin when no file is given")
    ] = False,
    topic_threshold: Annotated[
        float | None, typer.Option(help="least mean similarity for an article to join a topic")
    ] = None,
    story_threshold: Annotated[
        float | None, typer.Option(help="least mean particulars similarity inside a topic")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="stories to list (database mode)")] = 30,
    full: Annotated[
        bool,
        typer.Option("--full", help="regroup every stored article, not only the new ones"),
    ] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Group articles into stories: a batch given as input, or the database's articles."""
    from wirecoder.stories import StorySettings

    changes = {
        k: v
        for k, v in (("topic_threshold", topic_threshold), ("story_threshold", story_threshold))
        if v is not None
    }
    story_settings = StorySettings(**changes)
    if files or jsonl:
        _batch(files or ["-"], story_settings, config)
    else:
        _database(db, config, story_settings, limit, full=full)


def _batch(files: list[str], story_settings: StorySettings, config: Path | None) -> None:
    from wirecoder.pipeline import Pipeline
    from wirecoder.stories import assign_stories

    texts: dict[str, str] = {}

    def remember(docs: Iterator[Document]) -> Iterator[Document]:
        for doc in docs:
            texts[doc.article.id] = doc.article.text
            yield doc

    try:
        pipeline = Pipeline(settings=settings_for(config))
        docs = remember(read_paths(files, stdin=sys.stdin.buffer))
        coded = [(r, texts.pop(r.id, "")) for r in pipeline.stream(docs)]
    except WirecoderError as exc:
        raise fail(exc) from exc
    for assignment in assign_stories(coded, settings=story_settings):
        sys.stdout.write(json.dumps(assignment.to_dict()) + "\n")
    failures = sum(r.status == "error" for r, _ in coded)
    if failures:
        typer.echo(
            f"wirecoder: {failures} article(s) could not be coded; each is a story of its own",
            err=True,
        )
        raise typer.Exit(1)


def _database(
    db: str | None, config: Path | None, story_settings: StorySettings, limit: int, *, full: bool
) -> None:
    from wirecoder.store.stories import how_updated, list_stories, update_stories

    try:
        with open_db(db, config) as store:
            counts = update_stories(store, settings=story_settings, full=full)
            rows = list_stories(store, limit=limit)
    except WirecoderError as exc:
        raise fail(exc) from exc
    typer.echo(
        f"{counts['articles']} articles in {counts['stories']} stories ({how_updated(counts)}; "
        f"{counts['duplicates']} near-duplicates, {counts['event_clusters']} event clusters)",
        err=True,
    )
    for row in rows:
        sys.stdout.write(json.dumps(row.__dict__, ensure_ascii=False) + "\n")
