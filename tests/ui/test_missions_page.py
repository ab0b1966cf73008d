"""The Missions page on the demo database: whole-column texts that say what each cell says,
drop-downs that keep the rows they say (as a mask the model keeps with its sort and its
searchable texts), and a filter box that makes those texts when it gets the focus."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jumelage.domain.enums import MissionStatus
from jumelage.domain.rows import MissionRow
from jumelage.services import Services
from jumelage.ui.models.rows import Column
from jumelage.ui.pages.missions import ALL, CheckedRows, MissionsPage, load_checked

TODAY = dt.date(2026, 3, 20)
ASC = Qt.SortOrder.AscendingOrder


@pytest.fixture
def rows(demo: Services) -> CheckedRows:
    """The demo's missions (with their checks), and copies that cover what the demo lacks: a
    mission across the new year, one under way, one without a budget, one cancelled."""
    loaded = load_checked(demo)
    assert isinstance(loaded, CheckedRows)
    first = loaded[0]
    top = max(r.id for r in loaded)
    more = [
        dataclasses.replace(
            first,
            id=top + 1,
            title="Winter school",
            start_date=dt.date(2026, 12, 28),
            end_date=dt.date(2027, 1, 3),
            status=MissionStatus.PLANNED,
            budget_planned_eur=Decimal("1200.00"),
            budget_actual_eur=Decimal("0.00"),
        ),
        dataclasses.replace(
            first,
            id=top + 2,
            title="Under way",
            start_date=TODAY - dt.timedelta(days=1),
            end_date=TODAY + dt.timedelta(days=2),
            status=MissionStatus.CONFIRMED,
        ),
        dataclasses.replace(
            first,
            id=top + 3,
            title="No budget",
            budget_planned_eur=None,
            budget_actual_eur=None,
        ),
        dataclasses.replace(
            first,
            id=top + 4,
            title="Called off",
            start_date=dt.date(2026, 5, 4),
            end_date=dt.date(2026, 5, 8),
            status=MissionStatus.CANCELLED,
        ),
    ]
    every = CheckedRows(list(loaded) + more)
    every.problems = loaded.problems
    return every


@pytest.fixture
def page(qtbot: QtBot, rows: CheckedRows) -> MissionsPage:
    page = MissionsPage(lambda: TODAY)
    qtbot.addWidget(page)
    page.show_rows(rows)
    return page


def titles(page: MissionsPage) -> list[str]:
    return [page.model.row_at(r).title for r in range(page.model.rowCount())]


def choose(page: MissionsPage, combo: str, data: object) -> None:
    box = getattr(page, combo)
    index = box.findData(data)
    assert index >= 0, (combo, data)
    box.setCurrentIndex(index)


def test_whole_columns_say_what_each_cell_says(page: MissionsPage, rows: CheckedRows) -> None:
    assert any(rows.problems.values())  # (the Checks column has something to say)
    for column in page.model.columns:
        assert list(column.displays_of(rows)) == [column.display(r) for r in rows], column.title
    texts = {c.title: c.displays_of(rows) for c in page.model.columns}
    assert "—" in texts["Budget used (EUR)"]
    assert "under way" in texts["Departure"]
    assert any(t.startswith("⚠") for t in texts["Checks"])


def test_dates_sort_by_start_then_end(page: MissionsPage, rows: CheckedRows) -> None:
    page.model.sort(3, ASC)
    wanted = sorted(rows, key=lambda r: (r.start_date, r.end_date))
    assert titles(page) == [r.title for r in wanted]


def test_the_drop_downs_keep_the_missions_they_say(page: MissionsPage, rows: CheckedRows) -> None:
    def wanted(keep: object) -> list[str]:
        return [r.title for r in rows if keep(r)]  # type: ignore[operator]

    total = len(rows)
    assert page.count.text().startswith(f"{total} mission")  # (English plural: no translator)
    choose(page, "year", 2027)  # a mission across the new year is in both years
    assert titles(page) == ["Winter school"]
    choose(page, "year", 2026)
    assert "Winter school" in titles(page)
    assert titles(page) == wanted(lambda r: r.start_date.year <= 2026 <= r.end_date.year)
    choose(page, "status", MissionStatus.CANCELLED.value)
    assert "Called off" in titles(page)
    assert titles(page) == wanted(
        lambda r: (
            r.status == MissionStatus.CANCELLED and r.start_date.year <= 2026 <= r.end_date.year
        )
    )
    choose(page, "year", ALL)
    partnership = page.partnership.itemData(1)
    choose(page, "partnership", partnership)
    assert titles(page) == wanted(
        lambda r: r.status == MissionStatus.CANCELLED and r.partnership_id == partnership
    )
    assert page.count.text() == f"{len(titles(page))} of {total}"
    choose(page, "status", ALL)
    choose(page, "partnership", ALL)
    assert titles(page) == [r.title for r in rows]
    assert page.count.text().startswith(f"{total} mission")


def counting(column: Column[MissionRow], calls: list[int]) -> Column[MissionRow]:
    """``column``, noting how many rows each whole-column read asks for."""
    displays_of = column.displays_of

    def displays(some: Sequence[MissionRow]) -> Sequence[str]:
        calls.append(len(some))
        return displays_of(some)

    return dataclasses.replace(column, displays=displays)


def test_a_choice_keeps_the_sort_and_the_searchable_texts(
    page: MissionsPage, rows: CheckedRows
) -> None:
    calls: list[int] = []
    page.model.columns[2] = counting(page.model.columns[2], calls)  # (Destination)
    page.model.sort(1, Qt.SortOrder.DescendingOrder)
    page.filter.setText("winter")
    assert titles(page) == ["Winter school"]
    assert calls == [len(rows)]  # every row's text made once
    choose(page, "status", MissionStatus.PLANNED.value)
    assert titles(page) == ["Winter school"]
    choose(page, "status", MissionStatus.CONFIRMED.value)
    assert titles(page) == []
    page.filter.setText("")
    assert titles(page) == sorted(
        (r.title for r in rows if r.status == MissionStatus.CONFIRMED),
        key=str.casefold,
        reverse=True,
    )
    choose(page, "status", ALL)
    page.filter.setText("under")
    assert titles(page) == ["Under way"]
    assert calls == [len(rows)]  # (not made again for a choice)


def test_the_filter_box_makes_the_searchable_texts_when_it_gets_the_focus(
    qtbot: QtBot, page: MissionsPage, rows: CheckedRows
) -> None:
    calls: list[int] = []
    page.model.columns[0] = counting(page.model.columns[0], calls)
    page.show_rows(rows)  # (new rows: the texts are made anew)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    assert calls == []
    page.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: calls == [len(rows)], timeout=5_000)
    page.table.setFocus()
    page.filter.setFocus(Qt.FocusReason.TabFocusReason)  # made already: not again
    page.filter.setText("winter")
    assert titles(page) == ["Winter school"]
    assert calls == [len(rows)]
