"""POST /api/ingest: code articles and store them (needs the server's token when it has one)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from wirecoder.api.deps import RUN_LOCK, ApiConfig, get_config, get_pipeline, require_token
from wirecoder.api.errors import ERROR_RESPONSES
from wirecoder.api.resources import IngestRequest, IngestResult
from wirecoder.errors import InputError
from wirecoder.model import Document
from wirecoder.pipeline import Pipeline
from wirecoder.read import article_from_record, failed
from wirecoder.store import open_store
from wirecoder.store.ingest import ingest

router = APIRouter(tags=["ingest"], responses=ERROR_RESPONSES)


@router.post(
    "/ingest",
    response_model=IngestResult,
    summary="Code and store articles",
    dependencies=[Depends(require_token)],
    responses={401: ERROR_RESPONSES[400], 403: ERROR_RESPONSES[400]},
)
def ingest_articles(
    body: IngestRequest,
    config: Annotated[ApiConfig, Depends(get_config)],
    pipeline: Annotated[Pipeline, Depends(get_pipeline)],
) -> IngestResult:
    """Code the articles and store the new ones; an article already stored is not stored twice."""
    docs = [_document(number, item.model_dump()) for number, item in enumerate(body.articles)]
    with RUN_LOCK, open_store(str(config.db)) as store:
        report = ingest(store, docs, pipeline, batch_size=config.settings.batch_size)
    return IngestResult(
        read=report.read, added=report.added, skipped=report.skipped, errors=report.errors
    )


def _document(number: int, record: dict[str, object]) -> Document:
    where = f"articles[{number}]"
    default_id = str(record.get("id") or f"api:{number + 1}")
    try:
        return Document(article=article_from_record(record, where=where, default_id=default_id))
    except InputError as exc:
        return failed(default_id, str(exc), text=str(record.get("text") or ""))
