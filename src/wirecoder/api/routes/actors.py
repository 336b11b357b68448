"""GET /api/actors (with their events out and in) and /api/actors/network (who acts on whom)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from wirecoder.api.deps import ApiConfig, get_config, page_size, reader
from wirecoder.api.errors import ERROR_RESPONSES
from wirecoder.api.filters import event_filters
from wirecoder.api.resources import ActorItem, Network, Page
from wirecoder.store import queries_web
from wirecoder.store.filters import EventFilters

router = APIRouter(tags=["actors"], responses=ERROR_RESPONSES)
Config = Annotated[ApiConfig, Depends(get_config)]


@router.get("/actors", response_model=Page[ActorItem], summary="List actors")
def list_actors(
    config: Config,
    name: Annotated[str | None, Query(max_length=100, description="words in the name")] = None,
    country: Annotated[str | None, Query(max_length=10, description="e.g. PAK")] = None,
    sector: Annotated[str | None, Query(max_length=20, description="e.g. GOV")] = None,
    limit: Annotated[int, Query(ge=1)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Page[ActorItem]:
    """Return actors, most events first, with their events as source (out) and target (in)."""
    limit = page_size(limit, config)
    page = queries_web.actor_page(
        reader(config), name=name, country=country, sector=sector, limit=limit, offset=offset
    )
    items = [ActorItem.model_validate(row, from_attributes=True) for row in page.rows]
    return Page[ActorItem](total=page.total, limit=limit, offset=offset, items=items)


@router.get("/actors/network", response_model=Network, summary="Who acts on whom")
def actor_network(
    config: Config,
    filters: Annotated[EventFilters, Depends(event_filters)],
    limit: Annotated[int, Query(ge=1, le=300, description="links at most, strongest first")] = 60,
) -> Network:
    """Return the strongest source-to-target links among matching events, and their actors."""
    return Network.from_links(queries_web.actor_links(reader(config), filters, limit=limit))
