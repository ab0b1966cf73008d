"""Turning rows into text: aligned tables for people, JSON for scripts.

JSON rules (a stable contract, see DESIGN.md section 7): keys are the row dataclasses' field
names; every datetime is ISO 8601 with its UTC offset (``2026-04-07T10:00:00+02:00``) and comes
with a ``<name>_zone`` key holding the IANA zone name; dates are ``YYYY-MM-DD``; decimals are
strings (no float rounding of money); enums are their stored value; sets become sorted lists.
Tuples keep their stored order (a person's languages are listed by preference).
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import enum
import json
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TextIO

from jumelage.domain import time as tz

#: Width the text tables are laid out for.
TABLE_WIDTH = 100
ELLIPSIS = "…"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# --- values --------------------------------------------------------------------------------


def zone_name(value: dt.datetime) -> str | None:
    """The IANA name of an aware datetime's zone (``"UTC"`` for UTC), ``None`` for a bare
    offset or a naive value."""
    tzinfo = value.tzinfo
    key = getattr(tzinfo, "key", None)
    if isinstance(key, str) and key:
        return key
    if tzinfo is not None and value.utcoffset() == dt.timedelta(0) and tzinfo == dt.UTC:
        return "UTC"
    return None


def json_value(value: Any) -> Any:
    """A JSON-ready form of one field value (datetimes without their zone key: see
    :func:`row_to_json`)."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted((json_value(v) for v in value), key=_sort_key)
    if isinstance(value, tuple | list):
        return [json_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return row_to_json(value)
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items()}
    return str(value)


def _sort_key(value: Any) -> tuple[str, str]:
    return (type(value).__name__, json.dumps(value, sort_keys=True, ensure_ascii=False))


def row_to_json(row: Any) -> dict[str, Any]:
    """One row dataclass as a JSON object. A field typed as a datetime gets a ``_zone``
    companion key, ``null`` when the value is a date (all day) or missing."""
    out: dict[str, Any] = {}
    names = {f.name for f in dataclasses.fields(row)}
    for f in dataclasses.fields(row):
        value = getattr(row, f.name)
        out[f.name] = json_value(value)
        zone_key = f"{f.name}_zone"
        if isinstance(value, dt.datetime):
            add_zones(out, {zone_key: zone_name(value)}, reserved=names)
        elif "datetime" in str(f.type):
            add_zones(out, {zone_key: None}, reserved=names)
    return out


def add_datetime(out: dict[str, Any], key: str, value: dt.datetime | None) -> None:
    """Add ``key`` and ``key_zone`` for an extra (computed) datetime."""
    out[key] = None if value is None else value.isoformat()
    add_zones(out, {f"{key}_zone": None if value is None else zone_name(value)})


def add_zones(
    out: dict[str, Any], zones: Mapping[str, str | None], reserved: Iterable[str] = ()
) -> None:
    taken = set(out) | set(reserved)
    for key, value in zones.items():
        if key in taken:  # a row field of that name: never silently overwrite it
            raise ValueError(f"JSON key {key!r} would be written twice")
        out[key] = value


def wants_ascii(stream: TextIO) -> bool:
    """Whether JSON for ``stream`` must escape non-ASCII characters (a non-UTF-8 console)."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name != "utf-8"
    except LookupError:
        return True


def write_json(data: Any, stream: TextIO) -> None:
    stream.write(json.dumps(data, indent=2, ensure_ascii=wants_ascii(stream)))
    stream.write("\n")


# --- human text ----------------------------------------------------------------------------


def format_time(value: dt.datetime) -> str:
    """``2026-04-07 10:00 Europe/Brussels`` (seconds only when there are some)."""
    pattern = "%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M"
    return f"{value.strftime(pattern)} {zone_name(value) or tz.utc_offset_label(value)}"


def format_clock(value: dt.datetime, reference: dt.date) -> str:
    """``09:00 Africa/Dakar``; the date is added when it is not ``reference``."""
    if value.date() != reference:
        return format_time(value)
    return f"{value:%H:%M} {zone_name(value) or tz.utc_offset_label(value)}"


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def format_when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_time(value)
    return f"{value.isoformat()} (all day)"


def format_enum(value: enum.Enum | None) -> str:
    return "" if value is None else str(value.value).replace("_", " ")


def format_weekdays(days: Iterable[int]) -> str:
    return ", ".join(WEEKDAYS[d] for d in sorted(days) if 0 <= d < len(WEEKDAYS))


@dataclass(frozen=True)
class Column:
    """One table column. A ``flex`` column gives up width when the table is too wide."""

    header: str
    flex: bool = False
    max_width: int = 34
    min_width: int = 8


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())  # no newlines or tabs inside a cell
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)] + ELLIPSIS


def render_table(
    columns: Sequence[Column], rows: Iterable[Sequence[str]], width: int = TABLE_WIDTH
) -> list[str]:
    """Lines of an aligned plain-text table with a header line, at most ``width`` wide when
    the fixed columns allow it."""
    cells = [[" ".join(str(c).split()) for c in row] for row in rows]
    widths = []
    for i, column in enumerate(columns):
        natural = max([len(column.header)] + [len(r[i]) for r in cells])
        limit = natural if column.flex else min(natural, max(column.max_width, len(column.header)))
        widths.append(limit)
    gap = 2
    excess = sum(widths) + gap * (len(columns) - 1) - width
    # Flex columns give up width in order, each down to its minimum.
    for i, column in enumerate(columns):
        if excess <= 0:
            break
        if column.flex:
            floor = max(column.min_width, len(column.header))
            give = min(excess, max(widths[i] - floor, 0))
            widths[i] -= give
            excess -= give
    lines = []
    for row in [[c.header for c in columns], *cells]:
        parts = [_clip(text, widths[i]).ljust(widths[i]) for i, text in enumerate(row)]
        lines.append((" " * gap).join(parts).rstrip())
    return lines


def table_width(stream: TextIO) -> int:
    """:data:`TABLE_WIDTH`, or the terminal's width when it is wider."""
    try:
        if stream.isatty():
            return max(TABLE_WIDTH, shutil.get_terminal_size((TABLE_WIDTH, 24)).columns)
    except (OSError, ValueError):
        pass
    return TABLE_WIDTH


def write_lines(lines: Iterable[str], stream: TextIO) -> None:
    for line in lines:
        stream.write(line)
        stream.write("\n")
