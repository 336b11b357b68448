"""``wirecoder serve``: the REST API and the dashboard from one process (uvicorn)."""

from __future__ import annotations

import ipaddress
import logging
import os
from typing import Annotated

import typer

from wirecoder.commands.store import ConfigOption, DbOption, fail, settings_for
from wirecoder.errors import WirecoderError

log = logging.getLogger("wirecoder.cli")


def is_loopback(host: str) -> bool:
    """Return True when ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve_cmd(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="address to listen on; 0.0.0.0 opens it to the network")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 8000,
    max_body: Annotated[
        int, typer.Option(min=1_000, help="largest request body accepted, in bytes")
    ] = 2_000_000,
    max_page: Annotated[int, typer.Option(min=1, help="largest page size accepted")] = 500,
    config: ConfigOption = None,
) -> None:
    """Serve the REST API (docs at /docs) and the dashboard at http://HOST:PORT/."""
    import uvicorn

    from wirecoder.api.app import create_app
    from wirecoder.api.deps import TOKEN_ENV, ApiConfig

    try:
        settings = settings_for(config)
        url = db or settings.db
        api = ApiConfig.from_env(url, max_body_bytes=max_body, max_page=max_page, settings=settings)
        app = create_app(api)
    except WirecoderError as exc:
        raise fail(exc) from exc
    if not is_loopback(host) and not os.environ.get(TOKEN_ENV):
        typer.echo(
            f"warning: serving on {host} with no {TOKEN_ENV}: anyone who can reach this "
            f"machine can write to {url}; set {TOKEN_ENV} to require a token for POST /api/ingest",
            err=True,
        )
    shown = f"[{host}]" if ":" in host else host
    typer.echo(
        f"wirecoder: serving {url} on http://{shown}:{port}/ (API docs at /docs; Ctrl-C stops)"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")
