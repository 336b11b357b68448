"""GET /api/events (paged, filtered, deduplicated), its CSV download, and its timeline."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from wirecoder.api.deps import ApiConfig, get_config, page_size, reader
from wirecoder.api.errors import ERROR_RESPONSES
from wirecoder.api.filters import event_filters
from wirecoder.api.resources import CSV_COLUMNS, EventItem, Page, Timeline, csv_row
from wirecoder.store import queries_web
from wirecoder.store.filters import EventFilters

router = APIRouter(tags=["events"], responses=ERROR_RESPONSES)
Config = Annotated[ApiConfig, Depends(get_config)]
Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", response_model=Page[EventItem], summary="List events")
def list_events(
    config: Config,
    filters: Filters,
    limit: Annotated[
        int, Query(ge=1, description="events per page (at most the server's cap)")
    ] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Page[EventItem]:
    """Return one page of the events matching the filters, newest first."""
    limit = page_size(limit, config)
    page = queries_web.event_page(reader(config), filters, limit=limit, offset=offset)
    items = [EventItem.from_row(row) for row in page.rows]
    return Page[EventItem](total=page.total, limit=limit, offset=offset, items=items)


@router.get(
    "/events.csv",
    summary="Download events as CSV",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}, "description": "one row per event"}},
)
def events_csv(
    config: Config,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=100_000, description="rows at most")] = 10_000,
) -> StreamingResponse:
    """Return the events matching the filters as CSV, newest first."""
    rows = queries_web.event_rows(reader(config), filters, limit=limit)
    headers = {"Content-Disposition": 'attachment; filename="wirecoder-events.csv"'}
    return StreamingResponse(_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/events/timeline", response_model=Timeline, summary="Event counts over time")
def event_timeline(
    config: Config,
    filters: Filters,
    bucket: Annotated[Literal["year", "month", "day"], Query()] = "month",
) -> Timeline:
    """Return matching event counts per period and CAMEO quad class."""
    return Timeline.from_rows(bucket, queries_web.timeline(reader(config), filters, bucket=bucket))


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    # article text is untrusted: a cell starting like a formula is quoted for spreadsheets
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return "" if value is None else value


def _csv(rows: list[queries_web.WebEvent]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for number, row in enumerate(rows, start=1):
        writer.writerow([_cell(value) for value in csv_row(row)])
        if number % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
