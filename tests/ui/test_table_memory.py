"""Tables that keep their rows compactly: a RowTableModel whose rows are positions in a page's
columns (read a row at a time, or a whole column at once), and the Actions page built on it
(its items column by column, an ActionItemRow made only when one is asked for)."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.enums import ActionStatus
from jumelage.domain.rows import ActionItemRow
from jumelage.persistence.database import open_database
from jumelage.services import Services
from jumelage.ui.models.rows import (
    DENSITY_SAMPLE,
    HAYSTACK_CHUNK,
    Column,
    Haystack,
    RowTableModel,
    positions,
)
from jumelage.ui.pages.actions import ActionsPage
from tests.conftest import fixed_clock
from tests.ui.test_followups import install_pages

pytestmark = pytest.mark.usefixtures("answer_questions")

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

# --- the model over positions ----------------------------------------------------------------

NAMES = ["marsassoum", "Zagora", "Marsassoum", "anderlecht"]
DAYS: list[dt.date | None] = [dt.date(2026, 5, 1), None, dt.date(2026, 3, 2), dt.date(2026, 4, 9)]


def columns(bulk: bool, calls: list[str]) -> list[Column[int]]:
    """Two columns over positions in NAMES and DAYS, with or without the whole-column reads
    (which note that they were used)."""

    def names(rows: Sequence[int]) -> list[str]:
        calls.append("names")
        return [NAMES[i] for i in rows]

    def days(rows: Sequence[int]) -> list[dt.date | None]:
        calls.append("days")
        return [DAYS[i] for i in rows]

    def day(i: int) -> str:
        found = DAYS[i]
        return found.isoformat() if found else ""

    return [
        Column("Town", lambda i: NAMES[i], displays=names if bulk else None),
        Column(
            "Day",
            day,
            sort_key=lambda i: DAYS[i],
            displays=(lambda rows: [day(i) for i in rows]) if bulk else None,
            keys=days if bulk else None,
        ),
    ]


def shown(model: RowTableModel[int], column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("bulk", [False, True])
def test_a_model_over_positions_sorts_and_filters(qtbot: QtBot, bulk: bool) -> None:
    calls: list[str] = []
    model: RowTableModel[int] = RowTableModel(columns(bulk, calls))
    model.set_rows(positions(range(len(NAMES))))
    assert shown(model) == NAMES
    assert model.row_at(1) == 1

    model.sort(0, ASC)  # case-blind (a stable sort: equal names keep their order)
    assert shown(model) == ["anderlecht", "marsassoum", "Marsassoum", "Zagora"]
    model.sort(0, DESC)
    assert shown(model) == ["Zagora", "Marsassoum", "marsassoum", "anderlecht"]
    model.sort(1, ASC)  # the row without a day stays last in both directions
    assert shown(model) == ["Marsassoum", "anderlecht", "marsassoum", "Zagora"]
    model.sort(1, DESC)
    assert shown(model) == ["marsassoum", "anderlecht", "Marsassoum", "Zagora"]

    model.set_filter("MARSASSOUM 2026-03")
    assert shown(model) == ["Marsassoum"]
    model.set_filter("2026")
    assert shown(model) == ["marsassoum", "anderlecht", "Marsassoum"]
    assert ("names" in calls) is bulk
    assert ("days" in calls) is bulk


def test_an_edited_row_is_searched_and_sorted_anew(qtbot: QtBot) -> None:
    names = ["Book the flights", "Send the quotes", "Draft the call"]
    model: RowTableModel[int] = RowTableModel(
        [Column("Item", lambda i: names[i], displays=lambda rows: [names[i] for i in rows])]
    )
    rows = positions(range(3))
    model.set_rows(rows)
    model.sort(0, ASC)
    model.set_filter("the")
    assert shown(model) == ["Book the flights", "Draft the call", "Send the quotes"]
    names[2] = "Approve the budget"
    model.replace_row(2, 2)
    model.set_filter("budget")
    assert shown(model) == ["Approve the budget"]
    model.set_filter("")
    model.sort(0, DESC)
    assert shown(model) == ["Send the quotes", "Book the flights", "Approve the budget"]


def test_a_search_covers_every_row_of_a_long_table(qtbot: QtBot) -> None:
    # The searchable texts are made a few thousand rows at a time.
    count = 3 * HAYSTACK_CHUNK + 5
    model: RowTableModel[int] = RowTableModel(
        [
            Column(
                "Item",
                lambda i: f"item {i}",
                displays=lambda rows: [f"item {i}" for i in rows],
            )
        ]
    )
    model.set_rows(positions(range(count)))
    model.set_filter(f"item {HAYSTACK_CHUNK - 1}")
    assert shown(model) == [f"item {HAYSTACK_CHUNK - 1}"]
    model.set_filter(f"item {count - 1}")
    assert shown(model) == [f"item {count - 1}"]


def test_rows_given_as_a_list_are_copied_and_positions_kept(qtbot: QtBot) -> None:
    model: RowTableModel[str] = RowTableModel([Column("Name", lambda s: s)])
    given = ["b", "a"]
    model.set_rows(given)
    given.append("c")
    assert model.total == 2
    model.replace_row(0, "z")
    assert given[0] == "b"

    packed: RowTableModel[int] = RowTableModel([Column("N", str)])
    held = array("i", [0, 1])
    packed.set_rows(held)
    packed.replace_row(1, 7)
    assert list(held) == [0, 7]
    assert packed.row_at(1) == 7


# --- the searchable texts --------------------------------------------------------------------


def haystack(texts: list[str]) -> Haystack:
    found = Haystack()
    for text in texts:
        found.append(text)
    return found


def test_words_are_found_within_a_row_only() -> None:
    rows = haystack(["book the", "flights", "réserver la salle", "⚠ 13/03/2026 (overdue)", ""])
    assert len(rows) == 5
    assert rows[2] == "réserver la salle"
    every = positions(range(5))
    assert rows.having("theflights", every) == []
    assert rows.having("eflights", every) == []
    assert rows.having("the", every) == [0]
    assert rows.having("ré", every) == [2]
    assert rows.having("⚠", every) == [3]
    assert rows.having("(overdue)", every[::-1]) == [3]
    assert rows.having("e", every[::-1]) == [3, 2, 0]


def test_words_in_other_scripts_are_found() -> None:
    rows = haystack(["تحضير الميزانية", "call 📞 the partner", "two\nlines"])
    every = positions(range(3))
    assert rows.having("الميزانية", every) == [0]
    assert rows.having("📞", every) == [1]
    assert rows.having("lines", every) == [2]
    assert rows.having("twolines", every) == []


def test_an_edited_row_is_found_by_its_new_text_only() -> None:
    rows = haystack(["book the flights", "send the quotes"])
    rows[0] = "approve the budget"
    assert rows[0] == "approve the budget"
    every = positions(range(2))
    assert rows.having("flights", every) == []
    assert rows.having("budget", every) == [0]
    assert rows.having("the", every) == [0, 1]


@pytest.mark.parametrize("common", [True, False])
def test_common_and_rare_words_find_the_same_rows(common: bool) -> None:
    # A word in most of the first rows is looked for row by row, a rare one across the
    # whole text: both must give every row that has it, in the order asked.
    count = DENSITY_SAMPLE * 2
    texts = [("zebra " if common or i % 97 == 0 else "") + f"row {i}" for i in range(count)]
    rows = haystack(texts)
    rows[5] = "zebra at five"
    rows[194] = "no more"
    wanted = [i for i in range(count - 1, -1, -1) if "zebra" in rows[i]]
    assert rows.having("zebra", positions(range(count - 1, -1, -1))) == wanted
    assert len(wanted) == (count - 1 if common else 42)


# --- the Actions page ------------------------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot, app_on_demo: Launch) -> ActionsPage:
    _, actions = install_pages(qtbot, app_on_demo)
    app_on_demo.window.go_to(4)
    actions.status.setCurrentIndex(actions.status.findData("any"))
    return actions


@pytest.fixture
def items(app_on_demo: Launch) -> list[ActionItemRow]:
    """The demo's items as the service lists them (read from the file)."""
    db = open_database(app_on_demo.path, daily_backup=False)
    try:
        return Services.over(db, clock=fixed_clock).actions.list()
    finally:
        db.close()


def descriptions(page: ActionsPage) -> list[str]:
    return [page.model.index(r, 1).data() for r in range(page.model.rowCount())]


def test_the_page_sorts_every_column_like_its_rows(
    page: ActionsPage, items: list[ActionItemRow]
) -> None:
    assert len(items) == 8
    assert page.count.text() == "8 items"
    assert page.all_rows() == items

    undated = [a.description for a in items if a.due_date is None]
    dated = sorted((a for a in items if a.due_date), key=lambda a: (a.due_date, a.id))
    page.model.sort(3, ASC)
    assert descriptions(page) == [a.description for a in dated] + undated
    page.model.sort(3, DESC)
    assert descriptions(page)[: len(dated)] == [a.description for a in dated][::-1]
    assert descriptions(page)[len(dated) :] == undated

    order = list(ActionStatus)  # open, in progress, done, dropped
    page.model.sort(4, ASC)
    by_status = sorted(items, key=lambda a: order.index(a.status))
    assert descriptions(page) == [a.description for a in by_status]

    page.model.sort(2, ASC)
    owners = [page.model.index(r, 2).data() for r in range(8)]
    assert owners == sorted((a.owner or "" for a in items), key=str.casefold)


def test_the_page_finds_words_in_every_column(
    page: ActionsPage, items: list[ActionItemRow]
) -> None:
    page.filter.setText("fatou")
    assert descriptions(page) == [a.description for a in items if a.owner == "Fatou Badji"]
    page.filter.setText("hammersmith send")
    assert descriptions(page) == ["Send the youth exchange proposal"]
    page.filter.setText("overdue")  # the Due column's words
    today = dt.date(2026, 3, 20)
    assert descriptions(page) == [a.description for a in items if a.is_overdue(today)]
    assert page.count.text() == f"{len(descriptions(page))} of 8"
    page.filter.setText("")
    assert page.count.text() == "8 items"


def test_the_selected_and_activated_item_is_a_whole_row(
    qtbot: QtBot, page: ActionsPage, items: list[ActionItemRow]
) -> None:
    wanted = items[3]
    assert page.select(wanted.id, 1)
    assert page.current_row() == wanted
    with qtbot.waitSignal(page.activated, timeout=5_000) as emitted:
        page.table.activated.emit(page.table.currentIndex())
    assert emitted.args == [wanted]


def test_a_status_changed_in_place_is_shown_and_sorted_at_once(
    qtbot: QtBot, app_on_demo: Launch, page: ActionsPage, items: list[ActionItemRow]
) -> None:
    from jumelage.ui.delegates import VALUE_ROLE

    wanted = next(a for a in items if a.status == ActionStatus.OPEN)
    page.model.sort(4, ASC)
    assert page.select(wanted.id, 4)
    index = page.model.index(page.table.currentIndex().row(), 4)
    with qtbot.waitSignal(app_on_demo.window.refreshed, timeout=15_000):
        assert page.model.setData(index, ActionStatus.DROPPED.value, VALUE_ROLE)
        row = page.current_row()
        assert row is not None
        assert (row.id, row.status, row.version) == (
            wanted.id,
            ActionStatus.DROPPED,
            1 + wanted.version,
        )
    page.model.sort(4, ASC)
    assert descriptions(page)[-1] == wanted.description
