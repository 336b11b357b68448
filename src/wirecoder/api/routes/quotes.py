"""GET /api/quotes: who said what."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from wirecoder.api.deps import ApiConfig, get_config, page_size, reader
from wirecoder.api.errors import ERROR_RESPONSES
from wirecoder.api.resources import QuoteItem, QuoteList
from wirecoder.store import queries

router = APIRouter(tags=["quotes"], responses=ERROR_RESPONSES)


@router.get("/quotes", response_model=QuoteList, summary="List quotations")
def list_quotes(
    config: Annotated[ApiConfig, Depends(get_config)],
    speaker: Annotated[
        str | None, Query(max_length=100, description="words of the speaker")
    ] = None,
    text: Annotated[
        str | None, Query(max_length=200, description="words the quote contains")
    ] = None,
    limit: Annotated[int, Query(ge=1)] = 50,
) -> QuoteList:
    """Return stored quotations, newest first, by speaker or words."""
    rows = queries.quotes(
        reader(config), speaker=speaker, text=text, limit=page_size(limit, config)
    )
    return QuoteList(items=[QuoteItem.model_validate(row) for row in rows])
