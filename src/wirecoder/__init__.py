"""wirecoder turns news articles into event data: who did what to whom, when, where, who said so.

    >>> import wirecoder
    >>> result = wirecoder.extract("Pakistan and the United States held talks.", date="2023-03-05")
    >>> result.to_dict()["entities"][0]["name"]
    'Pakistan'

``extract`` builds a default :class:`Pipeline` once and reuses it; build your own ``Pipeline``
(with :class:`Settings`) to choose the model or code a stream of articles.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from wirecoder.model import Extraction
    from wirecoder.pipeline import Pipeline

__all__ = ["Pipeline", "Settings", "extract", "__version__"]


@cache
def _default_pipeline() -> Pipeline:
    from wirecoder.pipeline import Pipeline

    return Pipeline()


def extract(text: str, date: str | None = None, **meta: Any) -> Extraction:
    """Code one article with the default pipeline and return its extraction."""
    return _default_pipeline().extract(text, date=date, **meta)


def __getattr__(name: str) -> Any:
    if name == "Pipeline":
        from wirecoder.pipeline import Pipeline

        return Pipeline
    if name == "Settings":
        from wirecoder.config import Settings

        return Settings
    raise AttributeError(f"module 'wirecoder' has no attribute {name!r}")
