"""``wirecoder stories``: group articles that report the same happening into stories."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Annotated

import typer

from wirecoder.commands.store import ConfigOption, fail, settings_for
from wirecoder.errors import WirecoderError
from wirecoder.model import Document
from wirecoder.read.folders import read_paths


def stories_cmd(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            help="JSON Lines files of articles; - reads standard input", show_default=False
        ),
    ] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help='input is JSON Lines {"id","text","date",...}')
    ] = True,
    topic_threshold: Annotated[
        float | None, typer.Option(help="least mean similarity for an article to join a topic")
    ] = None,
    story_threshold: Annotated[
        float | None, typer.Option(help="least mean particulars similarity inside a topic")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Code a batch of articles and print {"id", "story", "duplicate_of"} per article."""
    from wirecoder.pipeline import Pipeline
    from wirecoder.stories import StorySettings, assign_stories

    if not jsonl:
        raise typer.BadParameter("stories reads JSON Lines; pass --jsonl")
    changes = {
        k: v
        for k, v in (("topic_threshold", topic_threshold), ("story_threshold", story_threshold))
        if v is not None
    }
    story_settings = StorySettings(**changes)
    texts: dict[str, str] = {}

    def remember(docs: Iterator[Document]) -> Iterator[Document]:
        for doc in docs:
            texts[doc.article.id] = doc.article.text
            yield doc

    try:
        pipeline = Pipeline(settings=settings_for(config))
        coded = [
            (r, texts.pop(r.id, ""))
            for r in pipeline.stream(remember(read_paths(files or ["-"], stdin=sys.stdin.buffer)))
        ]
    except WirecoderError as exc:
        raise fail(exc) from exc
    for assignment in assign_stories(coded, settings=story_settings):
        sys.stdout.write(json.dumps(assignment.to_dict()) + "\n")
    failures = sum(r.status == "error" for r, _ in coded)
    if failures:
        typer.echo(
            f"wirecoder: {failures} article(s) could not be coded; each is a story " "of its own",
            err=True,
        )
        raise typer.Exit(1)
