"""The API's one error shape, the handlers that produce it, and the request-body size limit.

Every error the API returns, whatever raised it, is ``{"error": {"status", "code", "message",
"details"}}``: a stable machine-readable ``code``, a message saying what was wrong and what to do.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wirecoder.errors import ConfigError, InputError, StoreError, WirecoderError

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "server_error",
    503: "unavailable",
}


# words in a StoreError that mean the user's search text, not the database, is at fault
_QUERY_FAULTS = ("not a valid full-text query", "has no words to look for", "bucket must be")


class ErrorDetail(BaseModel):
    """What went wrong, for people and for programs."""

    status: int
    code: str
    message: str
    details: list[dict[str, Any]] = []


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


# the OpenAPI description of the error responses every route can give
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": code.replace("_", " ")}
    for status, code in _CODES.items()
    if status in (400, 404, 413, 422, 500)
}


class ApiError(Exception):
    """An error a route raises on purpose, with its HTTP status and message."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        details: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.details = details or []


def error_response(
    status: int,
    message: str,
    *,
    code: str | None = None,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """Build a response in the one error shape."""
    body = ErrorDetail(
        status=status,
        code=code or _CODES.get(status, "error"),
        message=message,
        details=details or [],
    )
    return JSONResponse({"error": body.model_dump()}, status_code=status, headers=headers or None)


def _where(loc: tuple[Any, ...]) -> str:
    kinds = {"query": "query parameter", "path": "path parameter", "body": "body field"}
    if not loc:
        return "request"
    head, *rest = loc
    if head in kinds:
        name = ".".join(str(part) for part in rest)
        return f"{kinds[head]} '{name}'" if name else "request body"
    return ".".join(str(part) for part in loc)


def _validation(exc: RequestValidationError) -> JSONResponse:
    details = [
        {"where": _where(tuple(err.get("loc", ()))), "message": str(err.get("msg", ""))}
        for err in exc.errors()
    ]
    first = details[0] if details else {"where": "request", "message": "invalid"}
    more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
    message = f"{first['where']}: {first['message']}{more}; see the API docs at /docs"
    return error_response(422, message, details=details)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error the app returns use the one error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(
            exc.status, exc.message, code=exc.code, details=exc.details, headers=headers
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}; the API is listed at /docs"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation(exc)

    @app.exception_handler(WirecoderError)
    async def _wirecoder(request: Request, exc: WirecoderError) -> JSONResponse:
        if isinstance(exc, InputError):
            return error_response(400, str(exc), code="bad_input")
        if isinstance(exc, StoreError) and any(hint in str(exc) for hint in _QUERY_FAULTS):
            return error_response(400, str(exc), code="bad_query")
        if isinstance(exc, StoreError):
            log.error("store error on %s: %s", request.url.path, exc)
            return error_response(503, str(exc), code="store_error")
        if isinstance(exc, ConfigError):
            log.error("configuration error on %s: %s", request.url.path, exc)
            return error_response(500, str(exc), code="config_error")
        log.error("error on %s: %s", request.url.path, exc)
        return error_response(500, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(
            500,
            f"an unexpected {type(exc).__name__} on the server; the server log has the details",
        )


class BodyLimit:
    """ASGI middleware refusing request bodies over ``max_bytes`` with a 413 in the error shape."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Buffer the body up to the limit, then pass the request on (or refuse it)."""
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await self._refuse(scope, receive, send, 400, "Content-Length is not a number")
                return
            if size > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = (
            f"the request body is over the limit of {self.max_bytes:,} bytes; send less "
            "(e.g. split the articles into several requests) or raise --max-body on the server"
        )
        await self._refuse(scope, receive, send, 413, message)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, text: str) -> None:
        body = json.dumps(
            {"error": {"status": status, "code": _CODES[status], "message": text, "details": []}}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
