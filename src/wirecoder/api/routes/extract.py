"""POST /api/extract: code one article and return the contract JSON, storing nothing."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field, field_validator

from wirecoder.api.deps import RUN_LOCK, get_pipeline
from wirecoder.api.errors import ERROR_RESPONSES
from wirecoder.api.schemas import ExtractionOut
from wirecoder.errors import InputError
from wirecoder.model import Extraction
from wirecoder.pipeline import Pipeline
from wirecoder.read import parse_date

router = APIRouter(tags=["extract"], responses=ERROR_RESPONSES)


class ExtractRequest(BaseModel):
    """One article to code."""

    text: str = Field(min_length=1, description="the article text")
    date: str | None = Field(
        None, description="publication date YYYY-MM-DD, used to resolve relative times"
    )
    id: str | None = Field(None, max_length=200, description="an id to echo back")
    title: str | None = Field(None, max_length=2_000)

    @field_validator("date")
    @classmethod
    def _day(cls, value: str | None) -> str | None:
        try:
            return parse_date(value, where="date")
        except InputError as exc:
            raise ValueError(str(exc)) from exc

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the article text is blank; there is nothing to code")
        return value


@router.post("/extract", response_model=ExtractionOut, summary="Code one article")
async def extract(
    body: ExtractRequest, pipeline: Annotated[Pipeline, Depends(get_pipeline)]
) -> ExtractionOut:
    """Code one article and return its extraction (an error record says why it failed)."""
    meta = {key: value for key, value in (("id", body.id), ("title", body.title)) if value}
    result = await run_in_threadpool(_code, pipeline, body.text, body.date, meta)
    return ExtractionOut.model_validate(result)


def _code(pipeline: Pipeline, text: str, date: str | None, meta: dict[str, str]) -> Extraction:
    """Run the pipeline on one article, one run at a time."""
    with RUN_LOCK:
        return pipeline.extract(text, date, **meta)
