"""``jumelage slots`` through its handler (the lead wires it into cli/main.py)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from jumelage.cli import slots
from jumelage.domain.errors import UserError


def run(*args: str) -> str:
    parser = argparse.ArgumentParser()
    handlers = slots.register(parser.add_subparsers(dest="command"))
    ns = parser.parse_args(["slots", *args])
    out = io.StringIO()
    assert handlers["slots"](ns, out) == 0
    return out.getvalue()


def test_text(demo_path: Path) -> None:
    # Tue 7 April 2026: Brussels UTC+2 (07-15Z), Marsassoum UTC+0 (8-16 = 08-16Z): 08-15Z;
    # best 60-minute slot 11:00Z = 13:00 Anderlecht, 11:00 Marsassoum. 6 April: Easter Monday.
    text = run(
        "--db", str(demo_path), "--partnership", "marsassoum", "--duration", "60",
        "--from", "2026-04-06", "--to", "2026-04-07", "--limit", "1",
    )  # fmt: skip
    assert "Tue 7 Apr 2026 13:00–14:00 Anderlecht · 11:00–12:00 Marsassoum" in text
    assert "2026-04-06: holiday" in text


def test_json(demo_path: Path) -> None:
    text = run(
        "--db", str(demo_path), "--partnership", "marsassoum", "--duration", "60",
        "--from", "2026-04-07", "--to", "2026-04-07", "--json", "--limit", "1",
    )  # fmt: skip
    data = json.loads(text)
    (slot,) = data["slots"]
    assert slot["home_start"] == "2026-04-07T13:00:00+02:00"
    assert slot["home_start_zone"] == "Europe/Brussels"
    assert slot["partner_start"] == "2026-04-07T11:00:00+00:00"
    assert slot["partner_start_zone"] == "Africa/Dakar"
    # 08:00-15:00Z holds 25 starts; the demo's monthly follow-up (first Tuesday, 10:00-11:00
    # Brussels = 08:00-09:00Z) removes 08:00, 08:15, 08:30 and 08:45.
    assert data["total"] == 21


def test_unknown_partnership_lists_candidates(demo_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        run("--db", str(demo_path), "--partnership", "atlantis", "--duration", "60")
    assert "Marsassoum" in str(caught.value)


def test_range_backwards_is_a_usage_error(demo_path: Path) -> None:
    from jumelage.cli.main import UsageError

    with pytest.raises(UsageError, match="before"):
        run(
            "--db", str(demo_path), "--partnership", "marsassoum", "--duration", "60",
            "--from", "2026-04-07", "--to", "2026-04-01",
        )  # fmt: skip
