"""Mutated real-world calendars fed to the importer (Hypothesis): never an unhandled
exception, always an answer within the deadline, and a refused file changes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jumelage.domain.messages import describe
from jumelage.ics.errors import CalendarError
from jumelage.services import Services
from jumelage.services.exchange_import import ImportService
from tests.conftest import fixed_clock
from tests.ics.conftest import CORPUS, World

SEEDS = [p.read_bytes() for p in sorted(CORPUS.rglob("*.ics"))] if CORPUS.is_dir() else []
#: Bytes that matter to a calendar parser, spliced in at random places.
TOKENS = [
    b"\r\n", b"\r\n ", b"\n", b"\r", b":", b";", b",", b'"', b"\\", b"=", b"\x00", b"\xff",
    b"\xc3", b"\xef\xbb\xbf", b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"END:VCALENDAR\r\n",
    b"BEGIN:VCALENDAR\r\n", b"BEGIN:VTIMEZONE\r\n", b"RRULE:FREQ=SECONDLY\r\n",
    b"RRULE:FREQ=YEARLY;BYWEEKNO=1;COUNT=99999\r\n", b"DTSTART;TZID=Nowhere:19700101T000000\r\n",
    b"DTSTART:00000000T000000Z\r\n", b"DURATION:P99999W\r\n", b"TZOFFSETTO:+9999\r\n",
    b"SEQUENCE:99999999999999999999\r\n", b"RECURRENCE-ID;RANGE=THISANDFUTURE:20260101\r\n",
    b"EXDATE:2026", b"UID:", b"X-WR-TIMEZONE:Europe/Brussels\r\n", b"VALUE=DATE",
]  # fmt: skip

mutation = st.tuples(
    st.sampled_from(["insert", "delete", "duplicate", "replace"]),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=0, max_value=400),
    st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=12)),
)


def mutate(seed: bytes, mutations: list[tuple[str, float, int, bytes]]) -> bytes:
    data = bytearray(seed)
    for kind, where, length, token in mutations:
        at = int(where * len(data))
        if kind == "insert":
            data[at:at] = token
        elif kind == "delete":
            del data[at : at + length]
        elif kind == "duplicate":
            data[at:at] = data[at : at + length]
        else:
            data[at : at + len(token)] = token
    return bytes(data)


def snapshot(services: Services) -> list[str]:
    """Every row of the database file, as SQL (what "nothing changed" compares)."""
    conn = sqlite3.connect(services.db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.skipif(not SEEDS, reason=f"the shared corpus is not there ({CORPUS})")
@settings(
    max_examples=200,
    deadline=dt.timedelta(seconds=10),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)
@given(
    seed=st.sampled_from(SEEDS or [b""]),
    mutations=st.lists(mutation, min_size=1, max_size=6),
)
def test_mutated_calendars(
    services: Services, world: World, seed: bytes, mutations: list[tuple[str, float, int, bytes]]
) -> None:
    data = mutate(seed, mutations)
    importer = ImportService(services.db, fixed_clock)
    before = snapshot(services)
    try:
        outcome = importer.apply(data, "mutant.ics", world.partnership)
    except CalendarError as error:
        text = describe(error)
        assert "\n" not in text
        assert text.endswith(".")
        assert snapshot(services) == before
        return
    again = importer.preview(data, "mutant.ics", world.partnership)
    assert not again.has_changes, outcome.value
