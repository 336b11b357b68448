"""Stories: stored articles that report one happening, and the event clusters inside them.

The stories are those `wirecoder stories` (or ``POST /api/stories/update``) last stored; each
listing says when that was and how many coded articles have come in since without a story.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from wirecoder.api.deps import RUN_LOCK, ApiConfig, get_config, reader, require_token
from wirecoder.api.errors import ERROR_RESPONSES, ApiError
from wirecoder.api.resources import EventItem
from wirecoder.store import open_store, queries_web
from wirecoder.store.stories import (
    StoryRow,
    story_detail,
    story_page,
    story_status,
    update_stories,
)

router = APIRouter(tags=["stories"], responses=ERROR_RESPONSES)
Config = Annotated[ApiConfig, Depends(get_config)]
_DAY = r"^\d{4}-\d{2}-\d{2}$"


class StoryItem(BaseModel):
    """One story as listed: its size, sources, first and last report, and a headline."""

    id: str = Field(description="story id, e.g. s3 (stable until stories are recomputed)")
    articles: int
    duplicates: int = Field(description="articles that near-duplicate an earlier one")
    sources: int = Field(description="distinct sources reporting the story")
    first: str | None = Field(None, description="date of the first report")
    last: str | None = Field(None, description="date of the last report")
    headline: str | None = Field(None, description="title of the first article stored")
    events: int = Field(description="distinct events: each happening counted once")

    @classmethod
    def from_row(cls, row: StoryRow) -> StoryItem:
        """Build the item from a stored story row."""
        return cls(
            id=row.story,
            articles=row.articles,
            duplicates=row.duplicates,
            sources=row.sources,
            first=row.first_date,
            last=row.last_date,
            headline=row.headline,
            events=row.event_clusters,
        )


class StoryList(BaseModel):
    """One page of stories, largest first, and how fresh they are."""

    total: int = Field(description="stories matching, over all pages")
    limit: int
    offset: int
    computed_at: str | None = Field(None, description="when stories were last worked out")
    unassigned: int = Field(
        description="coded articles stored since then, in no story until the next update"
    )
    items: list[StoryItem]


class StoryArticle(BaseModel):
    """One article of a story."""

    id: str
    hash: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    duplicate_of: str | None = Field(None, description="the earlier article it near-duplicates")
    similarity: float | None = Field(None, description="estimated Jaccard similarity to it")


class EventCluster(BaseModel):
    """The reports of one happening within a story, and the event that stands for them."""

    id: str
    reports: int = Field(description="stored events in the cluster")
    sources: int = Field(description="distinct sources among them")
    first_report: str | None = None
    last_report: str | None = None
    event: EventItem | None = Field(None, description="the representative event")


class Story(StoryItem):
    """One story whole: its articles and its event clusters, most reported first."""

    article_list: list[StoryArticle]
    clusters: list[EventCluster]


class StoryUpdate(BaseModel):
    """What recomputing the stories stored."""

    articles: int
    stories: int
    duplicates: int
    event_clusters: int
    new_articles: int = Field(description="articles grouped for the first time by this run")
    replayed: bool = Field(description="every stored article was grouped again, not only new ones")


@router.get("/stories", response_model=StoryList, summary="List stories")
def list_stories(
    config: Config,
    since: Annotated[
        str | None, Query(pattern=_DAY, description="stories reported on or after this day")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=_DAY, description="stories first reported by this day")
    ] = None,
    min_articles: Annotated[int, Query(ge=1, le=1_000_000, description="smallest size")] = 1,
    limit: Annotated[int, Query(ge=1, le=500, description="stories per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> StoryList:
    """Return one page of the stored stories, largest first."""
    store = reader(config)
    page = story_page(
        store, limit=limit, offset=offset, min_articles=min_articles, since=since, until=until
    )
    status = story_status(store)
    return StoryList(
        total=page.total,
        limit=limit,
        offset=offset,
        computed_at=status.computed_at,
        unassigned=status.unassigned,
        items=[StoryItem.from_row(row) for row in page.rows],
    )


@router.get("/stories/{story}", response_model=Story, summary="Get one story")
def get_story(
    config: Config,
    story: Annotated[str, Path(max_length=100, description="story id from the list")],
) -> Story:
    """Return one story with its articles and its event clusters, most reported first."""
    store = reader(config)
    found = story_detail(store, story)
    if found is None:
        raise ApiError(
            404,
            f"no story {story!r}: story ids come from GET /api/stories and change when stories "
            "are recomputed",
        )
    events = {
        event.uid: EventItem.from_row(event)
        for event in queries_web.events_by_uid(
            store, [c.representative for c in found.clusters if c.representative]
        )
    }
    return Story(
        **StoryItem.from_row(found.story).model_dump(),
        article_list=[StoryArticle(**vars(article)) for article in found.articles],
        clusters=[
            EventCluster(
                id=c.id,
                reports=c.reports,
                sources=c.sources,
                first_report=c.first_report,
                last_report=c.last_report,
                event=events.get(c.representative or ""),
            )
            for c in found.clusters
        ],
    )


@router.post(
    "/stories/update",
    response_model=StoryUpdate,
    summary="Update stories",
    dependencies=[Depends(require_token)],
    responses={401: ERROR_RESPONSES[400], 403: ERROR_RESPONSES[400]},
)
def recompute_stories(
    config: Config,
    full: Annotated[
        bool, Query(description="regroup every stored article, not only those stored since")
    ] = False,
) -> StoryUpdate:
    """Add the articles stored since the last run to the stories (or regroup them all)."""
    with RUN_LOCK, open_store(str(config.db)) as store:
        counts = update_stories(store, full=full)
    return StoryUpdate(**{**counts, "replayed": bool(counts["replayed"])})
