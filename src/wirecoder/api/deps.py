"""What the routes depend on: the server's configuration, the pipeline, the write token.

Each is a FastAPI dependency, so tests can swap any of them with ``app.dependency_overrides``.
"""

from __future__ import annotations

import os
import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Header, Request

from wirecoder.api.errors import ApiError
from wirecoder.config import Settings
from wirecoder.pipeline import Pipeline
from wirecoder.store import SQLiteStore, open_store

TOKEN_ENV = "WIRECODER_TOKEN"


@dataclass(frozen=True)
class ApiConfig:
    """How one API server runs: its database, write token and input limits."""

    db: str = "wirecoder.db"  # a SQLite file path or sqlite:///path
    token: str | None = None  # when set, write endpoints need it (Authorization: Bearer ...)
    max_body_bytes: int = 2_000_000
    max_page: int = 500
    settings: Settings = field(default_factory=Settings)

    @classmethod
    def from_env(cls, db: str | Path, **changes: Any) -> ApiConfig:
        """Return a config for ``db`` with the write token read from WIRECODER_TOKEN."""
        token = os.environ.get(TOKEN_ENV) or None
        return cls(db=str(db), token=token, **changes)


def get_config(request: Request) -> ApiConfig:
    """The running app's configuration."""
    return request.app.state.config


_PIPELINE_LOCK = threading.Lock()


def get_pipeline(request: Request) -> Pipeline:
    """The app's pipeline, built on first use (loading the spaCy model takes a few seconds)."""
    state = request.app.state
    if getattr(state, "pipeline", None) is None:
        with _PIPELINE_LOCK:
            if getattr(state, "pipeline", None) is None:
                state.pipeline = Pipeline(settings=state.config.settings)
    return state.pipeline


def require_token(
    config: Annotated[ApiConfig, Depends(get_config)],
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> None:
    """Refuse a write request without the server's token, when the server has one."""
    if not config.token:
        return
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(
            401,
            f"this endpoint writes to the database and needs the server's token: send the "
            f"header 'Authorization: Bearer <token>' (the token is the server's {TOKEN_ENV})",
        )
    if not secrets.compare_digest(given.strip().encode(), config.token.encode()):
        raise ApiError(403, "the token does not match the server's; check WIRECODER_TOKEN")


_LOCAL = threading.local()


def reader(config: ApiConfig) -> SQLiteStore:
    """This thread's read-only connection to the database (SQLite connections stay in a thread)."""
    stores: dict[str, SQLiteStore] = _LOCAL.__dict__.setdefault("stores", {})
    key = str(config.db)
    if key not in stores:
        stores[key] = open_store(key, readonly=True)
    return stores[key]


RUN_LOCK = threading.Lock()  # one pipeline run (and so one writer) at a time: spaCy zones


def page_size(limit: int, config: ApiConfig) -> int:
    """Return the page size asked for, or refuse one over the server's cap."""
    if limit > config.max_page:
        problem = f"{limit} is over the page size cap of {config.max_page}"
        raise ApiError(
            422,
            f"query parameter 'limit': {problem}; ask for fewer and page with 'offset'",
            details=[{"where": "query parameter 'limit'", "message": problem}],
        )
    return limit
