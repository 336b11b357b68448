"""GET /api/articles (list), /api/articles/search (full text), /api/articles/{id} (annotated)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from wirecoder.api.deps import ApiConfig, get_config, page_size, reader
from wirecoder.api.errors import ERROR_RESPONSES, ApiError
from wirecoder.api.resources import (
    ArticleDetail,
    ArticleItem,
    Page,
    SearchHit,
    SearchResult,
)
from wirecoder.api.schemas import ExtractionOut
from wirecoder.store import queries, queries_web

router = APIRouter(tags=["articles"], responses=ERROR_RESPONSES)
Config = Annotated[ApiConfig, Depends(get_config)]


@router.get("/articles", response_model=Page[ArticleItem], summary="List articles")
def list_articles(
    config: Config,
    status: Annotated[Literal["ok", "error"] | None, Query(description="ok or error")] = None,
    limit: Annotated[int, Query(ge=1)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Page[ArticleItem]:
    """Return stored articles (without their text), newest first."""
    limit = page_size(limit, config)
    page = queries_web.article_page(reader(config), status=status, limit=limit, offset=offset)
    items = [ArticleItem.model_validate(row, from_attributes=True) for row in page.rows]
    return Page[ArticleItem](total=page.total, limit=limit, offset=offset, items=items)


@router.get("/articles/search", response_model=SearchResult, summary="Full-text search")
def search_articles(
    config: Config,
    q: Annotated[str, Query(min_length=1, max_length=200, description="words to look for")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> SearchResult:
    """Return the articles whose title or text contain the words, best match first."""
    hits = queries_web.search_hits(reader(config), q, limit=limit)
    return SearchResult(
        query=q, items=[SearchHit.model_validate(hit, from_attributes=True) for hit in hits]
    )


@router.get("/articles/{article_id}", response_model=ArticleDetail, summary="One article")
def get_article(
    config: Config,
    article_id: Annotated[str, Path(max_length=200, description="the article's id or hash")],
) -> ArticleDetail:
    """Return one article's text and everything coded in it (offsets index into the text)."""
    store = reader(config)
    hashes = queries_web.article_hashes(store, article_id)
    if not hashes:
        raise ApiError(404, f"no stored article has the id or hash {article_id!r}")
    if len(hashes) > 1:
        raise ApiError(
            409,
            f"{len(hashes)} stored articles have the id {article_id!r}; ask for one by its hash "
            f"({', '.join(h[:12] for h in hashes[:3])}...)",
            code="ambiguous",
        )
    article, extraction = queries.show(store, hashes[0])
    return ArticleDetail(
        id=article.id,
        hash=hashes[0],
        title=article.title,
        date=article.date,
        source=article.source,
        url=article.url,
        text=article.text,
        extraction=ExtractionOut.model_validate(extraction),
    )
