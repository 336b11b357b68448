"""GET /api/places: where matching events happened."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from wirecoder.api.deps import ApiConfig, get_config, reader
from wirecoder.api.errors import ERROR_RESPONSES
from wirecoder.api.filters import event_filters
from wirecoder.api.resources import PlaceItem, PlaceList
from wirecoder.store import queries_web
from wirecoder.store.filters import EventFilters

router = APIRouter(tags=["places"], responses=ERROR_RESPONSES)


@router.get("/places", response_model=PlaceList, summary="Places of events")
def list_places(
    config: Annotated[ApiConfig, Depends(get_config)],
    filters: Annotated[EventFilters, Depends(event_filters)],
    limit: Annotated[int, Query(ge=1, le=2_000)] = 500,
) -> PlaceList:
    """Return the places of matching events with coordinates and counts, most events first."""
    rows = queries_web.place_counts(reader(config), filters, limit=limit)
    return PlaceList(items=[PlaceItem.model_validate(row, from_attributes=True) for row in rows])
