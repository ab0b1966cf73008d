"""The remembered Overview: the cards of the last load show at the next start before the
database is open, only while they still hold, and the real load confirms them.

"Now" is FIXED_NOW (Friday 20 March 2026, 11:00Z). The demo's next follow-ups: Tuesday
7 April 2026 10:00 in Brussels for Marsassoum, the earliest being Zagora's on 2 April 11:00
in Casablanca (10:00Z).
"""

from __future__ import annotations

import datetime as dt
import json
import stat
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jumelage.app import backend, snapshot
from jumelage.domain.specs import ActionItemSpec
from jumelage.persistence.database import open_database
from jumelage.services import Services
from tests.conftest import FIXED_NOW
from tests.ui.conftest import Launcher, wait_refreshed


def remembered(demo_path: Path) -> Services:
    """The demo's Overview remembered, as the app does after a load."""
    services = Services.over(open_database(demo_path, daily_backup=False), clock=lambda: FIXED_NOW)
    snapshot.remember(demo_path, services.overview.state())
    return services


def test_recall_gives_the_rows_back_while_they_hold(demo_path: Path) -> None:
    services = remembered(demo_path)
    try:
        expected = services.overview.overview()
        assert snapshot.recall(demo_path, FIXED_NOW) == expected
        # Later the same day in every home town: still the same rows.
        assert snapshot.recall(demo_path, FIXED_NOW + dt.timedelta(hours=10)) == expected
        # Midnight in Brussels (23:00Z in March): the overdue items may change.
        assert snapshot.recall(demo_path, dt.datetime(2026, 3, 20, 23, 0, tzinfo=dt.UTC)) is None
        # A write: another generation.
        partnership = services.partnerships.list()[0]
        services.actions.create(ActionItemSpec(partnership.id, "Call the school"))
        assert snapshot.recall(demo_path, FIXED_NOW) is None
    finally:
        services.db.close()


def test_a_next_followup_that_has_started_voids_it(demo_path: Path) -> None:
    """Rows remembered with a next follow-up at 10:30Z on 20 March: at 10:15Z they hold, at
    11:00Z the call has begun and is no longer the next one."""
    remembered(demo_path).db.close()
    file = snapshot.snapshot_file(demo_path)
    document = json.loads(file.read_text(encoding="utf-8"))
    row = next(r for r in document["state"]["rows"] if r["next_followup"] is not None)
    row["next_followup"]["start"] = "2026-03-20T10:30:00+00:00"
    file.write_text(json.dumps(document), encoding="utf-8")
    assert snapshot.recall(demo_path, dt.datetime(2026, 3, 20, 10, 15, tzinfo=dt.UTC))
    assert snapshot.recall(demo_path, FIXED_NOW) is None


def test_the_file_is_private_and_anything_odd_means_no_recall(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remembered(demo_path).db.close()
    file = snapshot.snapshot_file(demo_path)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    good = file.read_text(encoding="utf-8")
    assert snapshot.recall(demo_path, FIXED_NOW)

    for damaged in (good[: len(good) // 2], "[]", "null", good.replace('"format":1', '"format":9')):
        file.write_text(damaged, encoding="utf-8")
        assert snapshot.recall(demo_path, FIXED_NOW) is None
    file.write_text(good, encoding="utf-8")
    monkeypatch.setattr(snapshot, "__version__", "99.0")  # another version of Jumelage
    assert snapshot.recall(demo_path, FIXED_NOW) is None
    monkeypatch.undo()
    # Another database file at the same place (restored, copied over): another generation.
    other = demo_path.with_name("other.sqlite")
    open_database(other, create=True, daily_backup=False).close()
    other.replace(demo_path)
    assert snapshot.recall(demo_path, FIXED_NOW) is None
    # No database at all.
    demo_path.unlink()
    assert snapshot.recall(demo_path, FIXED_NOW) is None


def test_the_app_shows_the_remembered_cards_before_the_database_opens(
    qtbot: QtBot, start: Launcher, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = start(demo_path)
    wait_refreshed(qtbot, first)
    titles = [card.title.text() for card in first.window.overview.cards]
    assert snapshot.snapshot_file(demo_path).exists()
    first.window.close()
    first.runner.wait()
    assert first.backend is not None
    first.backend.services.db.close()

    # The second start: the database's opening waits until the test lets it go.
    release = threading.Event()
    real_open = backend.open_backend

    def slow_open(*args: object, **kwargs: object) -> backend.Backend:
        assert release.wait(timeout=15)
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backend, "open_backend", slow_open)
    second = start(demo_path)
    overview = second.window.overview
    qtbot.waitUntil(lambda: len(overview.cards) == len(titles), timeout=10_000)
    assert second.backend is None
    assert [card.title.text() for card in overview.cards] == titles
    assert {card.checks.text() for card in overview.cards} == {"Checking the missions to come…"}
    cards = list(overview.cards)

    release.set()
    wait_refreshed(qtbot, second)
    assert second.backend is not None
    assert overview.cards == cards  # confirmed by the real load: the same widgets, no flicker
    marsassoum = next(c for c in overview.cards if c.row.partnership.partner_town == "Marsassoum")
    assert marsassoum.checks.text() == "⚠ 1 problem in the missions to come"
