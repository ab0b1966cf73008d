"""Golden export files of the demo partnership (Anderlecht – Marsassoum), both profiles.

The demo is built at the tests' fixed clock, so its dates, SEQUENCEs and timestamps are
stable; only its UIDs are random (uuid4), so each is replaced by a placeholder of the same
length, numbered in order of first appearance (the folding is unchanged), and DTSTAMP is
fixed. When an export changes on purpose, regenerate the files and review the diff:

    JUMELAGE_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/ics/test_golden.py
    git diff tests/ics/golden/
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from jumelage.services import Services
from jumelage.services.exchange import ExportRequest, ExportService, Profile
from tests.conftest import fixed_clock
from tests.ics.conftest import GOLDEN, Checker

_UID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@jumelage")
_DTSTAMP = re.compile(rb"DTSTAMP:\d{8}T\d{6}Z")


def normalise(data: bytes) -> bytes:
    numbers: dict[bytes, bytes] = {}

    def placeholder(match: re.Match[bytes]) -> bytes:
        uid = match.group(0)
        if uid not in numbers:
            numbers[uid] = b"00000000-0000-0000-0000-%012d@jumelage" % (len(numbers) + 1)
        return numbers[uid]

    return _DTSTAMP.sub(b"DTSTAMP:20260320T110000Z", _UID.sub(placeholder, data))


@pytest.mark.parametrize("profile", list(Profile), ids=str)
def test_golden_export(demo: Services, profile: Profile, icscheck: Checker) -> None:
    marsassoum = demo.partnerships.find("Marsassoum").id
    data = ExportService(demo.db, fixed_clock).preview(ExportRequest(marsassoum, profile)).data
    normal = normalise(data)
    golden = GOLDEN / f"marsassoum-{profile}.ics"
    if os.environ.get("JUMELAGE_REGENERATE_GOLDEN"):
        golden.write_bytes(normal)
    assert golden.exists(), f"no golden file {golden}: see this module's docstring"
    assert len(normal) == len(data)
    assert normal == golden.read_bytes(), (
        f"the export differs from {golden.name}; if the change is intended, regenerate "
        "(see this module's docstring)"
    )
    icscheck.agree(golden)


def test_normalise_keeps_lengths_and_order() -> None:
    one = b"UID:0f8fad5b-d9cb-469f-a165-70867728950e@jumelage\r\nDTSTAMP:20991231T000000Z\r\n"
    two = b"RELATED-TO:0f8fad5b-d9cb-469f-a165-70867728950e@jumelage\r\n"
    assert normalise(one + two) == (
        b"UID:00000000-0000-0000-0000-000000000001@jumelage\r\nDTSTAMP:20260320T110000Z\r\n"
        b"RELATED-TO:00000000-0000-0000-0000-000000000001@jumelage\r\n"
    )


def test_golden_files_are_checked_in() -> None:
    assert sorted(p.name for p in Path(GOLDEN).glob("*.ics")) == [
        "marsassoum-internal.ics",
        "marsassoum-partner.ics",
    ]
