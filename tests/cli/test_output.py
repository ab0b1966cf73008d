"""The JSON and table rules, in process (fast)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from jumelage.cli.output import (
    Column,
    format_clock,
    format_time,
    render_table,
    row_to_json,
    write_json,
)
from jumelage.domain.enums import ActionStatus

BRUSSELS = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True, slots=True)
class Sample:
    start: dt.datetime
    end: dt.datetime | dt.date | None
    day: dt.date
    amount: Decimal
    status: ActionStatus
    weekend: frozenset[int]
    languages: tuple[str, ...]


def test_row_to_json_follows_the_contract() -> None:
    row = Sample(
        start=dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS),
        end=None,
        day=dt.date(2026, 4, 7),
        amount=Decimal("655.957"),
        status=ActionStatus.IN_PROGRESS,
        weekend=frozenset({6, 5}),
        languages=("fr", "nl", "en"),
    )
    assert row_to_json(row) == {
        "start": "2026-04-07T10:00:00+02:00",
        "start_zone": "Europe/Brussels",
        "end": None,
        "end_zone": None,
        "day": "2026-04-07",
        "amount": "655.957",
        "status": "in_progress",
        "weekend": [5, 6],
        "languages": ["fr", "nl", "en"],  # a preference order: kept as stored
    }
    utc = row_to_json(
        Sample(
            dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            dt.date(2026, 1, 2),
            dt.date(2026, 1, 1),
            Decimal(0),
            ActionStatus.OPEN,
            frozenset(),
            (),
        )
    )
    assert (utc["start"], utc["start_zone"]) == ("2026-01-01T00:00:00+00:00", "UTC")
    assert (utc["end"], utc["end_zone"]) == ("2026-01-02", None)


def test_a_zone_key_never_overwrites_a_field() -> None:
    @dataclass(frozen=True)
    class Clash:
        start: dt.datetime
        start_zone: str

    with pytest.raises(ValueError, match="start_zone"):
        row_to_json(Clash(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "UTC"))


def test_times_for_people() -> None:
    start = dt.datetime(2026, 4, 7, 10, 0, tzinfo=BRUSSELS)
    assert format_time(start) == "2026-04-07 10:00 Europe/Brussels"
    dakar = start.astimezone(ZoneInfo("Africa/Dakar"))
    assert format_clock(dakar, start.date()) == "08:00 Africa/Dakar"
    tokyo = dt.datetime(2026, 4, 7, 23, 0, tzinfo=BRUSSELS).astimezone(ZoneInfo("Asia/Tokyo"))
    assert format_clock(tokyo, dt.date(2026, 4, 7)) == "2026-04-08 06:00 Asia/Tokyo"


def test_tables_fit_the_width_by_shortening_flexible_columns() -> None:
    columns = (Column("WHEN"), Column("WITH", flex=True, min_width=6), Column("TITLE", flex=True))
    rows = [("2026-04-07", "Hammersmith & Fulham", "A very long title " * 8)]
    lines = render_table(columns, rows, width=60)
    assert all(len(line) <= 60 for line in lines)
    assert lines[0].startswith("WHEN        WITH")
    assert lines[1].endswith("…")
    assert "  Hamme…  A very long" in lines[1]  # WITH gives up its width first
    # Newlines inside a value never break the table.
    assert len(render_table((Column("A"),), [("one\ntwo",)])) == 2


def test_json_escapes_what_the_console_cannot_show() -> None:
    ascii_out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    write_json({"name": "Anderlecht – Marsassoum"}, ascii_out)
    ascii_out.seek(0)
    assert ascii_out.read() == '{\n  "name": "Anderlecht \\u2013 Marsassoum"\n}\n'
    utf8_out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    write_json(["é"], utf8_out)
    utf8_out.seek(0)
    assert utf8_out.read() == '[\n  "é"\n]\n'
