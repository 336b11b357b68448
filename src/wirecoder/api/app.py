"""The web app: the REST API under /api, its docs pages, and the dashboard, in one process.

The docs pages (Swagger UI at /docs, ReDoc at /redoc) load their scripts from this server (the
files ship in the fastapi-standalone-docs package), so they work on a closed network. The
dashboard's pages set a Content-Security-Policy that runs only this server's scripts.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wirecoder import __version__
from wirecoder.api.deps import ApiConfig
from wirecoder.api.errors import BodyLimit, install_error_handlers
from wirecoder.api.routes import (
    actors,
    articles,
    events,
    extract,
    ingest,
    places,
    quotes,
    stories,
)
from wirecoder.store import open_store

STATIC = Path(str(files("wirecoder.web") / "static"))
# the dashboard runs only its own scripts; data is drawn with the DOM, never parsed as HTML
DASHBOARD_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


def _docs_assets() -> Path:
    import fastapi_standalone_docs

    return Path(fastapi_standalone_docs.__path__[0]) / "static"


def create_app(config: ApiConfig | None = None) -> FastAPI:
    """Build the app over the database in ``config`` (created empty if it does not exist)."""
    config = config or ApiConfig.from_env("wirecoder.db")
    open_store(str(config.db)).close()  # create or upgrade the schema once, before serving
    app = FastAPI(
        title="wirecoder",
        version=__version__,
        summary="Events, actors, places and quotes coded from news articles.",
        description="Every error has the shape "
        '`{"error": {"status", "code", "message", "details"}}`. Write endpoints need '
        "`Authorization: Bearer <token>` when the server has a WIRECODER_TOKEN.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.config = config
    app.state.pipeline = None
    install_error_handlers(app)
    for module in (articles, events, actors, places, quotes, stories, extract, ingest):
        app.include_router(module.router, prefix="/api")
    _docs(app)
    _dashboard(app)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _docs(app: FastAPI) -> None:
    assets = _docs_assets()
    app.mount("/assets/swagger", StaticFiles(directory=assets / "swagger"), name="swagger")
    app.mount("/assets/redoc", StaticFiles(directory=assets / "redoc"), name="redoc")
    app.mount("/assets/fastapi", StaticFiles(directory=assets / "fastapi"), name="fastapi")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/api/openapi.json",
            title="wirecoder API",
            swagger_js_url="/assets/swagger/swagger-ui-bundle.js",
            swagger_css_url="/assets/swagger/swagger-ui.css",
            swagger_favicon_url="/assets/fastapi/favicon.png",
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url="/api/openapi.json",
            title="wirecoder API",
            redoc_js_url="/assets/redoc/redoc.standalone.js",
            redoc_favicon_url="/assets/fastapi/favicon.png",
            with_google_fonts=False,
        )


def _dashboard(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(
            STATIC / "index.html", headers={"Content-Security-Policy": DASHBOARD_CSP}
        )

    @app.get("/article", include_in_schema=False)
    def article() -> FileResponse:
        return FileResponse(
            STATIC / "article.html", headers={"Content-Security-Policy": DASHBOARD_CSP}
        )

    @app.get("/api", include_in_schema=False)
    def api_root(request: Request) -> RedirectResponse:
        return RedirectResponse("/docs")


class SecurityHeaders:
    """ASGI middleware adding headers that stop content sniffing and framing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, adding the headers to the response."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
