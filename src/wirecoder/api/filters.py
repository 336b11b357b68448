"""The event filters every event view shares, as query parameters."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from wirecoder.store.filters import EventFilters

_DAY = r"^\d{4}-\d{2}-\d{2}$"


def event_filters(
    actor: Annotated[
        str | None,
        Query(max_length=100, description="country code (PAK), CAMEO actor code or name words"),
    ] = None,
    sector: Annotated[
        str | None, Query(max_length=20, description="actor sector: GOV, MIL, REB, ...")
    ] = None,
    type: Annotated[
        str | None, Query(max_length=40, description="PLOVER event type, e.g. ACCUSE")
    ] = None,
    cameo: Annotated[
        str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO code or prefix, e.g. 11")
    ] = None,
    status: Annotated[
        Literal["occurred", "planned", "ongoing", "negated", "hypothetical"] | None,
        Query(description="event status"),
    ] = None,
    since: Annotated[str | None, Query(pattern=_DAY, description="first day, YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(pattern=_DAY, description="last day, YYYY-MM-DD")] = None,
    place: Annotated[
        str | None, Query(max_length=100, description="place name words or country code")
    ] = None,
    text: Annotated[
        str | None,
        Query(max_length=200, description="words the article must contain (full-text search)"),
    ] = None,
    article: Annotated[str | None, Query(max_length=200, description="one article's id")] = None,
    dedup: Annotated[
        bool,
        Query(
            description="count each happening once: an event cluster (stored by `wirecoder "
            "stories`) stands as its representative event, with `reports` counting its reports"
        ),
    ] = False,
) -> EventFilters:
    """Read the event filters from the query string."""
    return EventFilters(
        actor=actor,
        sector=sector,
        type=type,
        cameo=cameo,
        status=status,
        since=since,
        until=until,
        place=place,
        text=text,
        article=article,
        dedup=dedup,
    )
