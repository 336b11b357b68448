"""The API's response models for the output contract: Pydantic mirrors of wirecoder.model.

Each model is built from the dataclass it mirrors (same fields, types and defaults, the class
docstring as its description), so the API follows the contract as fields are added to it, and
a record from the pipeline or the store validates straight into it (``from_attributes``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from wirecoder import model


class Record(BaseModel):
    """Base of every response model: reads dataclass attributes."""

    model_config = ConfigDict(from_attributes=True)


def _annotation(hint: Any, made: dict[type, type[BaseModel]]) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = tuple(_annotation(arg, made) for arg in typing.get_args(hint))
        return typing.Union[args]  # noqa: UP007 - built from a runtime tuple
    if origin is tuple:
        return list[_annotation(typing.get_args(hint)[0], made)]  # type: ignore[misc]
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return mirror(hint, made)
    return hint


def mirror(cls: type, made: dict[type, type[BaseModel]] | None = None) -> type[BaseModel]:
    """Return the Pydantic model with the fields of the contract dataclass ``cls``."""
    made = {} if made is None else made
    if cls not in made:
        hints = typing.get_type_hints(cls)
        fields: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                default: Any = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = Field(default_factory=f.default_factory)
            else:
                default = ...
            fields[f.name] = (_annotation(hints[f.name], made), default)
        made[cls] = create_model(
            f"{cls.__name__}Out", __base__=Record, __doc__=cls.__doc__, **fields
        )
    return made[cls]


_MADE: dict[type, type[BaseModel]] = {}
SpanOut = mirror(model.Span, _MADE)
ActorRefOut = mirror(model.ActorRef, _MADE)
ExtractionOut = mirror(model.Extraction, _MADE)
