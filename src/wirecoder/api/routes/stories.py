"""GET /api/stories: stored articles that report the same happening, grouped into stories.

The store keeps no story ids yet, so stories are worked out on request (wirecoder.stories) over
a bounded window of stored articles, oldest first.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from wirecoder.api.deps import ApiConfig, get_config, reader
from wirecoder.api.errors import ERROR_RESPONSES
from wirecoder.store import queries_web
from wirecoder.store.queries_web import CodedArticle
from wirecoder.stories import StoryAssignment, assign_stories, event_clusters

router = APIRouter(tags=["stories"], responses=ERROR_RESPONSES)
_DAY = r"^\d{4}-\d{2}-\d{2}$"


class StoryArticle(BaseModel):
    """One article of a story."""

    id: str
    hash: str
    title: str | None = None
    date: str | None = None
    duplicate_of: str | None = Field(None, description="the earlier article it near-duplicates")


class Story(BaseModel):
    """Articles reporting one happening, and the distinct events they tell."""

    id: str
    articles: list[StoryArticle]
    events: int = Field(description="distinct events: each reported event counted once")
    reports: int = Field(description="stored events, counting every report")
    first: str | None = None
    last: str | None = None


class StoryList(BaseModel):
    """The stories among the articles of the window, largest first."""

    articles: int = Field(description="how many stored articles were grouped")
    items: list[Story]


def group(articles: list[CodedArticle], assigned: list[StoryAssignment]) -> StoryList:
    """Gather the articles of each story and count the story's distinct events."""
    by_id = {article.id: article for article in articles}
    members: dict[str, list[StoryAssignment]] = {}
    for assignment in assigned:
        members.setdefault(assignment.story, []).append(assignment)
    stories = []
    for story, found in members.items():
        told = [by_id[a.id] for a in found]
        clusters = event_clusters(
            [a.result for a in told], sources={a.id: a.source or a.id for a in told}
        )
        dates = sorted(a.date for a in told if a.date)
        stories.append(
            Story(
                id=story,
                articles=[
                    StoryArticle(
                        id=a.id,
                        hash=by_id[a.id].hash,
                        title=by_id[a.id].title,
                        date=by_id[a.id].date,
                        duplicate_of=a.duplicate_of,
                    )
                    for a in found
                ],
                events=len(clusters),
                reports=sum(cluster.reports for cluster in clusters),
                first=dates[0] if dates else None,
                last=dates[-1] if dates else None,
            )
        )
    stories.sort(key=lambda s: (-len(s.articles), -s.reports, s.first or ""))
    return StoryList(articles=len(articles), items=stories)


@router.get("/stories", response_model=StoryList, summary="Stories: articles grouped")
def list_stories(
    config: Annotated[ApiConfig, Depends(get_config)],
    since: Annotated[str | None, Query(pattern=_DAY, description="first day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(pattern=_DAY, description="last day, YYYY-MM-DD")] = None,
    text: Annotated[str | None, Query(max_length=200, description="words articles contain")] = None,
    limit: Annotated[int, Query(ge=1, le=500, description="articles to group at most")] = 200,
) -> StoryList:
    """Group the stored articles of a window into stories, largest first."""
    articles = queries_web.coded_articles(
        reader(config), since=since, until=until, text=text, limit=limit
    )
    return group(articles, assign_stories((a.result, a.text) for a in articles))
