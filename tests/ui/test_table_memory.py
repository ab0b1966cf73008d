"""Tables that keep their rows compactly: a RowTableModel whose rows are positions in a page's
columns (read a row at a time, or a whole column at once), and the Actions page built on it
(its items column by column, an ActionItemRow made only when one is asked for)."""

from __future__ import annotations

import dataclasses
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


# --- searchable texts made column by column, ahead of the first filter ------------------------


def test_texts_added_column_by_column_are_the_rows_texts_case_folded() -> None:
    towns = ["Marsassoum", "ÉPINAL", "Marsassoum", "Straße", "Marsassoum", ""]
    items = ["Book the FLIGHTS", "réserver la salle", "call 📞", "two\nlines", "⚠ 13/03", "x"]
    rows = Haystack()
    rows.append("first row")
    rows.extend([towns, items])
    rows.extend([[], []])  # nothing to add
    assert len(rows) == 7
    assert [rows[i] for i in range(7)] == [
        "first row",
        "marsassoum book the flights",
        "épinal réserver la salle",
        "marsassoum call 📞",
        "strasse two\nlines",  # casefold: ß is "ss"
        "marsassoum ⚠ 13/03",
        " x",
    ]
    every = positions(range(7))
    assert rows.having("marsassoum", every) == [1, 3, 5]
    assert rows.having("flights", every) == [1]
    assert rows.having("épinal", every) == [2]
    assert rows.having("strasse", every) == [4]
    assert rows.having("lines", every) == [4]
    assert rows.having("📞", every) == [3]
    assert rows.having("x", every) == [6]
    assert rows.having("row", every) == [0]


def counted_column(calls: list[int], count: int) -> list[Column[int]]:
    """One column over ``count`` positions ("item 0", "item 1"...) noting how many rows each
    whole-column read asked for."""

    def texts(rows: Sequence[int]) -> list[str]:
        calls.append(len(rows))
        return [f"item {i}" for i in rows]

    return [Column("Item", lambda i: f"item {i}", displays=texts)]


def test_the_search_texts_are_made_ahead_a_few_thousand_rows_per_turn(qtbot: QtBot) -> None:
    count = 2 * HAYSTACK_CHUNK + 3
    calls: list[int] = []
    model: RowTableModel[int] = RowTableModel(counted_column(calls, count))
    model.set_rows(positions(range(count)))
    model.prepare_search()
    assert calls == [HAYSTACK_CHUNK]  # the first rows now, the rest on the next turns
    qtbot.waitUntil(lambda: sum(calls) == count, timeout=5_000)
    assert calls == [HAYSTACK_CHUNK, HAYSTACK_CHUNK, 3]
    model.set_filter(f"item {count - 1}")  # nothing more to make
    assert shown(model) == [f"item {count - 1}"]
    assert sum(calls) == count

    # A filter sooner than that makes the rest at once; new rows stop the old preparation.
    calls.clear()
    model.set_rows(positions(range(count)))
    model.prepare_search()
    model.set_filter(f"item {HAYSTACK_CHUNK + 1}")
    assert shown(model) == [f"item {HAYSTACK_CHUNK + 1}"]
    assert sum(calls) == count
    model.set_filter("")
    calls.clear()
    model.set_rows(positions(range(count)))
    model.prepare_search()
    model.set_rows(positions(range(5)))
    qtbot.wait(50)
    assert calls == [HAYSTACK_CHUNK]
    model.set_filter("item")
    assert shown(model) == [f"item {i}" for i in range(5)]


def test_a_mask_keeps_its_rows_through_sorts_and_words_until_new_rows(qtbot: QtBot) -> None:
    calls: list[str] = []
    model: RowTableModel[int] = RowTableModel(columns(True, calls))
    model.set_rows(positions(range(len(NAMES))))
    model.set_mask(bytes([1, 0, 1, 1]))  # not Zagora
    assert shown(model) == ["marsassoum", "Marsassoum", "anderlecht"]
    model.sort(0, DESC)
    assert shown(model) == ["Marsassoum", "marsassoum", "anderlecht"]
    model.set_filter("2026-0")
    assert shown(model) == ["Marsassoum", "marsassoum", "anderlecht"]
    model.set_filter("marsassoum")
    assert shown(model) == ["Marsassoum", "marsassoum"]
    model.set_mask(bytes([0, 1, 1, 0]))
    assert shown(model) == ["Marsassoum"]
    model.set_mask(None)
    assert shown(model) == ["Marsassoum", "marsassoum"]
    model.set_mask(bytes([0, 0, 0, 1]))
    model.set_filter("")
    model.set_rows(positions(range(len(NAMES))))  # a mask belongs to the rows it was made for
    assert shown(model) == ["Zagora", "Marsassoum", "marsassoum", "anderlecht"]


def test_the_drop_downs_keep_the_items_they_say(
    qtbot: QtBot, page: ActionsPage, items: list[ActionItemRow]
) -> None:
    today = dt.date(2026, 3, 20)

    def choose(combo: str, data: object) -> None:
        box = getattr(page, combo)
        box.setCurrentIndex(box.findData(data))

    def wanted(keep: object) -> list[str]:
        return sorted(a.description for a in items if keep(a))  # type: ignore[operator]

    assert page.count.text() == "8 items"
    choose("status", "open_only")
    assert sorted(descriptions(page)) == wanted(lambda a: a.status.is_open)
    choose("due", "overdue")  # overdue: open and past due, whatever the status chosen
    assert sorted(descriptions(page)) == wanted(lambda a: a.is_overdue(today))
    choose("status", "any")
    assert sorted(descriptions(page)) == wanted(lambda a: a.is_overdue(today))
    assert len(descriptions(page)) == 5
    choose("status", "done")
    assert descriptions(page) == []
    choose("due", "any")
    assert sorted(descriptions(page)) == wanted(lambda a: a.status == ActionStatus.DONE)
    choose("status", "any")
    choose("owner", -1)  # nobody
    assert sorted(descriptions(page)) == wanted(lambda a: a.owner_person_id is None)
    fatou = next(a.owner_person_id for a in items if a.owner == "Fatou Badji")
    choose("owner", fatou)
    partnership = next(a.partnership_id for a in items if a.owner == "Fatou Badji")
    choose("partnership", partnership)
    assert sorted(descriptions(page)) == wanted(lambda a: a.owner_person_id == fatou)
    choose("owner", None)
    assert sorted(descriptions(page)) == wanted(lambda a: a.partnership_id == partnership)
    page.filter.setFocus()  # the searchable texts are made now, then searched
    qtbot.wait(20)
    page.filter.setText("fatou")
    assert sorted(descriptions(page)) == wanted(
        lambda a: a.owner == "Fatou Badji" and a.partnership_id == partnership
    )
    assert page.count.text() == f"{len(descriptions(page))} of 8"


def test_a_column_of_a_few_values_sorts_like_any_other(qtbot: QtBot) -> None:
    # Many rows, few values: sorted by the values' ranks. Equal once case-folded keep their
    # order (a stable sort), rows without a key stay last, both ways.
    towns = ["Zagora", "marsassoum", None, "Marsassoum", "anderlecht", "Épinal", "epinal"]
    count = 70
    model: RowTableModel[int] = RowTableModel(
        [
            Column(
                "Town",
                lambda i: towns[i % 7] or "",
                sort_key=lambda i: towns[i % 7],
                displays=lambda rows: [towns[i % 7] or "" for i in rows],
                keys=lambda rows: [towns[i % 7] for i in rows],
            ),
            Column("Weekend", lambda i: str(i), sort_key=lambda i: [i % 3, -i]),
        ]
    )
    model.set_rows(positions(range(count)))
    model.sort(0, ASC)
    rows = [model.row_at(r) for r in range(count)]
    named = [i for i in range(count) if towns[i % 7] is not None]
    order = ["anderlecht", "epinal", "marsassoum", "zagora", "épinal"]  # (code points)
    by_hand = sorted(named, key=lambda i: order.index(str(towns[i % 7]).casefold()))
    assert rows == by_hand + [i for i in range(count) if towns[i % 7] is None]
    assert rows[:10] == [4, 11, 18, 25, 32, 39, 46, 53, 60, 67]  # anderlecht
    model.sort(0, DESC)  # the ascending order reversed, the rows without a town last
    rows = [model.row_at(r) for r in range(count)]
    assert rows[:60] == by_hand[::-1]
    assert rows[:10] == [68, 61, 54, 47, 40, 33, 26, 19, 12, 5]  # Épinal
    assert rows[-10:] == [2, 9, 16, 23, 30, 37, 44, 51, 58, 65]  # no town
    model.sort(1, ASC)  # keys that are lists (no hash): sorted as they are
    assert [model.row_at(r) for r in range(4)] == [69, 66, 63, 60]


# --- whole-column texts on the other pages ----------------------------------------------------


def test_the_follow_ups_columns_say_as_a_whole_what_each_cell_says(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    followups, _ = install_pages(qtbot, app_on_demo)
    rows = followups.model.all_rows()
    assert rows
    for column in followups.model.columns:
        assert list(column.displays_of(rows)) == [column.display(f) for f in rows], column.title
    # (The times in both towns are converted row by row: every follow-up has its instant.)
    assert sum(c.displays is None for c in followups.model.columns) == 1
    followups.filter.setText(rows[0].title)
    assert rows[0] in followups.model.visible_rows()


def test_every_table_page_makes_its_searchable_texts_when_the_filter_box_gets_the_focus(
    qtbot: QtBot,
) -> None:
    from jumelage.ui.pages.table_page import TablePage

    count = 2 * HAYSTACK_CHUNK + 3
    calls: list[int] = []
    page: TablePage[int] = TablePage("Items", counted_column(calls, count), lambda _s: [], ())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    calls.clear()  # (the table sorts its no rows as it is made)
    page.show_rows(list(range(count)))
    qtbot.wait(20)
    assert calls == []  # (nobody is about to filter)
    page.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: sum(calls) == count, timeout=5_000)
    page.table.setFocus()
    page.filter.setFocus(Qt.FocusReason.TabFocusReason)  # made already: nothing more
    qtbot.wait(20)
    page.filter.setText(f"item {count - 1}")
    assert page.model.visible_rows() == [count - 1]
    assert sum(calls) == count


def test_a_column_forgets_what_it_kept_once_every_searchable_text_is_made(qtbot: QtBot) -> None:
    count = 2 * HAYSTACK_CHUNK + 3
    calls: list[int] = []
    forgotten: list[int] = []
    column = counted_column(calls, count)[0]
    model: RowTableModel[int] = RowTableModel(
        [dataclasses.replace(column, forget=lambda: forgotten.append(sum(calls)))]
    )
    model.set_rows(positions(range(count)))
    model.prepare_search()
    assert forgotten == []  # (the first rows only)
    qtbot.waitUntil(lambda: sum(calls) == count, timeout=5_000)
    assert forgotten == [count]  # after the last rows' texts
    model.set_filter("item 7")
    model.set_filter("item 8")
    assert forgotten == [count]
    model.set_rows(positions(range(5)))  # new rows, new texts: forgotten again after them
    model.set_filter("item")
    assert forgotten == [count, count + 5]
