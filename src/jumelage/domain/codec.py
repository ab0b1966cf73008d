"""Frozen row dataclasses to plain JSON values and back, driven by their type hints.

For caches the app keeps beside the database (the remembered Overview: see
:mod:`jumelage.app.snapshot`), never for anything exchanged with people: the format is the
current field layout and a reader of another version must throw it away. Handles what the
rows hold: ``str``, ``int``, ``bool``, ``Decimal``, dates, aware datetimes, ``StrEnum`` /
``IntEnum`` members, ``X | None``, ``tuple[X, ...]`` and nested row dataclasses.
Anything else, or a value that does not fit its hint, raises :class:`CodecError`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

T = TypeVar("T")


class CodecError(ValueError):
    """The data does not fit the dataclass (another version wrote it, or it was damaged)."""


def encode(value: Any) -> Any:
    """A row (or any value a row field holds) as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.utcoffset() is None:
            raise CodecError(f"naive datetime {value!r}")
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    raise CodecError(f"cannot encode {type(value).__name__}")


def decode(cls: type[T], data: Any) -> T:
    """The ``cls`` instance ``data`` (from :func:`encode`) describes."""
    return typing.cast(T, _decode(cls, data))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, data: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        (real,) = [o for o in options if o is not type(None)]
        return _decode(real, data)
    if origin is tuple:
        item, *rest = typing.get_args(hint)
        if rest != [Ellipsis] or not isinstance(data, list):
            raise CodecError(f"expected a list for {hint}")
        return tuple(_decode(item, value) for value in data)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(data, dict):
            raise CodecError(f"expected an object for {hint.__name__}")
        hints = _hints(hint)
        names = [f.name for f in dataclasses.fields(hint)]
        if set(data) != set(names):
            raise CodecError(f"fields of {hint.__name__} differ")
        return hint(**{name: _decode(hints[name], data[name]) for name in names})
    return _scalar(hint, data)


def _scalar(hint: Any, data: Any) -> Any:
    try:
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return hint(data)
        if hint is bool:
            if isinstance(data, bool):
                return data
        elif hint is int:
            if isinstance(data, int) and not isinstance(data, bool):
                return data
        elif hint is str:
            if isinstance(data, str):
                return data
        elif hint is Decimal:
            if isinstance(data, str):
                return Decimal(data)
        elif hint is dt.datetime:
            if isinstance(data, str):
                value = dt.datetime.fromisoformat(data)
                if value.utcoffset() is not None:
                    return value
        elif hint is dt.date and isinstance(data, str):
            return dt.date.fromisoformat(data)
    except (ValueError, InvalidOperation) as error:
        raise CodecError(f"bad {hint}: {data!r}") from error
    raise CodecError(f"expected {hint}, got {data!r}")
