"""The mission dossier, driven through its widgets on a copy of the demo database.

Expected values are worked out by hand: 27 April 2026 is in Brussels summer time (UTC+2) and
Dakar is on UTC all year, so an 11:05 departure from Brussels is 09:05 UTC, and a 16:20
arrival in Dakar is 16:20 UTC: 7 h 15 min in the air. XOF is pegged at 655.957 per euro.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.enums import Currency, MissionStatus, ParticipantRole
from jumelage.persistence.database import open_database
from jumelage.services import Services
from jumelage.ui import format as fmt
from jumelage.ui.editors.mission import MissionEditor
from jumelage.ui.editors.mission.common import ChildDialog, ChildTab
from jumelage.ui.pages.missions import MissionsPage
from tests.conftest import fixed_clock
from tests.ui.conftest import Launcher

UTC_QT = QDateTime.currentDateTimeUtc().timeZone()
CTRL = Qt.KeyboardModifier.ControlModifier


# --- helpers ------------------------------------------------------------------------------


@contextmanager
def on_disk(path: Path) -> Iterator[Services]:
    """The database file as another program would see it now."""
    db = open_database(path, daily_backup=False)
    try:
        yield Services.over(db, clock=fixed_clock)
    finally:
        db.close()


def open_editor(state: Launch, key: int | None, **options: object) -> MissionEditor:
    editor = state.window.editors.open("mission", key, **options)
    assert isinstance(editor, MissionEditor)
    editor.activateWindow()
    return editor


def partnership_id(state: Launch, partner: str) -> int:
    services = state.window.services
    assert services is not None
    return next(p.id for p in services.partnerships.list() if p.partner_town == partner)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def set_wall(edit: QDateTimeEdit, day: dt.date, hour: int, minute: int) -> None:
    edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute), UTC_QT))


def click_ok(qtbot: QtBot, dialog: ChildDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def press(qtbot: QtBot, tab: ChildTab, button_text: str) -> ChildDialog:
    """Click the tab's button whose text starts with ``button_text``; return its dialog."""
    from PySide6.QtWidgets import QPushButton

    button = next(
        b for b in tab.findChildren(QPushButton) if b.text().replace("&", "") == button_text
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert tab.dialog is not None
    return tab.dialog


def cell(tab: ChildTab, row: int, column: int) -> str:
    assert tab.table is not None
    return str(tab.table.model().index(row, column).data())


def save(qtbot: QtBot, editor: MissionEditor) -> None:
    """Ctrl+S, as a person would (the shortcut needs the editor to be the active window)."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)


def show_tab(qtbot: QtBot, editor: MissionEditor, tab: QWidget) -> None:
    """Bring ``tab`` to the front in the active editor (shortcuts work only there)."""
    editor.tabs.setCurrentWidget(tab)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)


def visible_errors(widget: QWidget) -> dict[str, str]:
    errors = widget.errors  # type: ignore[attr-defined]
    return errors.visible()  # type: ignore[no-any-return]


# --- the whole dossier ---------------------------------------------------------------------


def build_dossier(qtbot: QtBot, state: Launch) -> MissionEditor:
    marsassoum = partnership_id(state, "Marsassoum")
    editor = open_editor(state, None, partnership_id=marsassoum)
    overview = editor.overview
    assert editor.windowTitle() == "New mission[*]"
    assert not editor.tabs.isTabEnabled(1)
    assert overview.notice.isVisible()
    # An outbound mission of Anderlecht – Marsassoum goes to Marsassoum by default.
    assert overview.destination.currentText() == "Marsassoum"

    qtbot.keyClicks(overview.title, "Spring field mission")
    overview.start.set_value(dt.date(2026, 4, 27))
    overview.end.set_value(dt.date(2026, 5, 3))
    qtbot.keyClicks(overview.objectives, "Train the tax agents.")
    qtbot.keyClicks(overview.internal_notes, "Budget is tight.")
    overview.sdgs.setFocus()
    overview.sdgs.setCurrentRow(4)  # 5 · Gender Equality
    qtbot.keyClick(overview.sdgs, Qt.Key.Key_Space)
    overview.sdgs.setCurrentRow(15)  # 16 · Peace, Justice and Strong Institutions
    qtbot.keyClick(overview.sdgs, Qt.Key.Key_Space)
    qtbot.mouseClick(overview.shared, Qt.MouseButton.LeftButton)
    assert editor.dirty
    save(qtbot, editor)

    assert not editor.dirty, visible_errors(editor)
    assert editor.key is not None
    assert editor.windowTitle() == "Mission — Spring field mission[*]"
    assert all(editor.tabs.isTabEnabled(i) for i in range(editor.tabs.count()))
    assert not overview.notice.isVisible()

    # Delegation: two people, one with a complete checklist.
    tab = editor.delegation
    for person, role in (
        ("Sophie Vandermeulen", ParticipantRole.HEAD_OF_DELEGATION),
        ("Lotte Peeters", ParticipantRole.VIDEO_CREW),
    ):
        dialog = press(qtbot, tab, "Add Member…")
        choose(dialog.person, person)  # type: ignore[attr-defined]
        dialog.role.set_value(role)  # type: ignore[attr-defined]
        click_ok(qtbot, dialog)
        assert tab.dialog is None
    assert tab.model.rowCount() == 2
    assert tab.missing.text() == "⚠ 10 checklist items missing"
    sophie = next(r for r in range(2) if cell(tab, r, 0) == "Sophie Vandermeulen")
    assert tab.table is not None
    show_tab(qtbot, editor, tab)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(sophie, 2))
    for _ in range(5):  # the five checklist entries: Space ticks, Right moves on
        qtbot.keyClick(tab.table, Qt.Key.Key_Space)
        qtbot.keyClick(tab.table, Qt.Key.Key_Right)
    assert tab.table.currentIndex().column() == 7  # the cursor stayed on Sophie's row
    assert tab.missing.text() == "⚠ 5 checklist items missing"
    lotte = 1 - sophie
    assert cell(tab, lotte, 3) == "✗ missing"
    visa = tab.model.index(lotte, 3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert visa == "Visa: missing"
    assert cell(tab, sophie, 3) == "✓ in order"
    assert cell(tab, lotte, 7) == "Passport, Visa, Vaccination, Insurance, Signed mission order"

    # Itinerary: Brussels → Dakar across zones, then a local flight.
    tab_i = editor.itinerary
    dialog = press(qtbot, tab_i, "Add Leg…")
    assert dialog.depart.zone.value() == "Europe/Brussels"  # type: ignore[attr-defined]
    assert dialog.arrive.zone.value() == "Africa/Dakar"  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.origin, "Brussels Airport")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.destination, "Dakar Blaise Diagne")  # type: ignore[attr-defined]
    set_wall(dialog.depart.edit, dt.date(2026, 4, 27), 11, 5)  # type: ignore[attr-defined]
    set_wall(dialog.arrive.edit, dt.date(2026, 4, 27), 16, 20)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.reference, "SN 201")  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    dialog = press(qtbot, tab_i, "Add Leg…")
    qtbot.keyClicks(dialog.origin, "Dakar")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.destination, "Ziguinchor")  # type: ignore[attr-defined]
    dialog.depart.zone.set_value("Africa/Dakar")  # type: ignore[attr-defined]
    set_wall(dialog.depart.edit, dt.date(2026, 4, 28), 7, 0)  # type: ignore[attr-defined]
    set_wall(dialog.arrive.edit, dt.date(2026, 4, 28), 8, 5)  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    assert tab_i.model.rowCount() == 2
    assert cell(tab_i, 0, 0) == "Brussels Airport\n→ Dakar Blaise Diagne"
    assert cell(tab_i, 0, 1) == "Air\nSN 201"
    departure, arrival = cell(tab_i, 0, 2), cell(tab_i, 0, 3)
    assert "11:05 Brussels (UTC+2)" in departure
    assert "= 11:05 in Anderlecht" in departure
    assert "16:20 Dakar (UTC)" in arrival
    assert "= 18:20 in Anderlecht" in arrival
    assert cell(tab_i, 0, 4) == "7 h 15 min"
    assert "= 09:00 in Anderlecht" in cell(tab_i, 1, 2)
    assert cell(tab_i, 1, 4) == "1 h 5 min"

    # Agenda: one activity within the mission, one the day before it starts.
    tab_a = editor.agenda
    dialog = press(qtbot, tab_a, "Add Activity…")
    assert dialog.start.zone.value() == "Africa/Dakar"  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.title, "Steering committee")  # type: ignore[attr-defined]
    set_wall(dialog.start.edit, dt.date(2026, 4, 28), 10, 0)  # type: ignore[attr-defined]
    set_wall(dialog.end, dt.date(2026, 4, 28), 12, 0)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.location, "Town hall")  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    assert tab_a.warnings.isHidden()
    dialog = press(qtbot, tab_a, "Add Activity…")
    qtbot.keyClicks(dialog.title, "Briefing in Dakar")  # type: ignore[attr-defined]
    set_wall(dialog.start.edit, dt.date(2026, 4, 26), 15, 0)  # type: ignore[attr-defined]
    set_wall(dialog.end, dt.date(2026, 4, 26), 16, 0)  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    assert not tab_a.warnings.isHidden()
    assert [tab_a.warnings.item(i).text() for i in range(tab_a.warnings.count())] == [
        "⚠ “Briefing in Dakar” falls outside the mission dates "
        f"({fmt.date_range(dt.date(2026, 4, 27), dt.date(2026, 5, 3))})."
    ]
    days = [tab_a.tree.topLevelItem(i) for i in range(tab_a.tree.topLevelItemCount())]
    assert [d.text(0) for d in days] == [
        f"Outside the mission · {fmt.day_month(dt.date(2026, 4, 26))}",
        f"Day 2 · {fmt.day_month(dt.date(2026, 4, 28))}",
    ]
    # 10:00 in Marsassoum (UTC) is 12:00 in Anderlecht (UTC+2).
    assert days[1].child(0).text(0) == "10:00–12:00 Marsassoum · 12:00–14:00 Anderlecht"
    assert days[1].child(0).text(1) == "Steering committee"

    # Budget: a line in euros and one in CFA francs; junk is refused next to its field.
    tab_b = editor.budget
    dialog = press(qtbot, tab_b, "Add Line…")
    choose(dialog.source, "Federal municipal")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.planned, "4 2OO")  # type: ignore[attr-defined]  # letters O
    click_ok(qtbot, dialog)
    assert tab_b.dialog is dialog, "a refused amount keeps the dialog open"
    assert "is not a number" in visible_errors(dialog)["planned"]
    dialog.planned.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.planned, "4 200,50")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.actual, "-3")  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    assert "negative" in visible_errors(dialog)["actual"]
    dialog.actual.clear()  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    assert tab_b.dialog is None
    dialog = press(qtbot, tab_b, "Add Line…")
    choose(dialog.category, "Accommodation")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.planned, "590000")  # type: ignore[attr-defined]
    dialog.currency.set_value(Currency.XOF)  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    assert tab_b.model.rowCount() == 2
    assert cell(tab_b, 1, 4) == "XOF"
    # 590,000 XOF / 655.957 = 899.45 EUR; with 4,200.50 EUR: 5,099.95 EUR planned.
    assert tab_b.totals.text() == (
        f"Total in euros: planned {fmt.money(Decimal('5099.95'), 'EUR')}, "
        f"spent {fmt.money(Decimal(0), 'EUR')}."
    )
    bars = [w.text() for w in tab_b.sources.findChildren(type(tab_b.totals))]
    assert "Federal municipal cooperation programme 2022–2026" in bars
    assert f"Planned {fmt.money(Decimal('4200.50'), 'EUR')} · spent " in "\n".join(bars)
    return editor


def test_a_new_mission_with_its_whole_dossier_is_saved_and_reopened(
    qtbot: QtBot, app_on_demo: Launch, answer_questions: list[str]
) -> None:
    editor = build_dossier(qtbot, app_on_demo)
    key = editor.key
    assert key is not None
    editor.close()
    assert answer_questions == []  # nothing unsaved

    with on_disk(app_on_demo.path) as disk:
        detail = disk.missions.get(key)
        mission = detail.mission
        assert mission.title == "Spring field mission"
        assert mission.partnership == "Anderlecht – Marsassoum"
        assert mission.destination == "Marsassoum"
        assert (mission.start_date, mission.end_date) == (dt.date(2026, 4, 27), dt.date(2026, 5, 3))
        assert mission.status is MissionStatus.IDEA
        assert mission.objectives == "Train the tax agents."
        assert mission.internal_notes == "Budget is tight."
        assert mission.sdgs == (5, 16)
        assert mission.shared
        members = {p.person: p for p in detail.participants}
        assert set(members) == {"Sophie Vandermeulen", "Lotte Peeters"}
        assert members["Sophie Vandermeulen"].missing == ()
        assert members["Lotte Peeters"].role is ParticipantRole.VIDEO_CREW
        assert len(members["Lotte Peeters"].missing) == 5
        first = detail.legs[0]
        assert (first.origin, first.reference) == ("Brussels Airport", "SN 201")
        assert first.depart.astimezone(dt.UTC) == dt.datetime(2026, 4, 27, 9, 5, tzinfo=dt.UTC)
        assert str(first.arrive.tzinfo) == "Africa/Dakar"
        assert first.duration == dt.timedelta(hours=7, minutes=15)
        assert [a.title for a in detail.agenda] == ["Briefing in Dakar", "Steering committee"]
        assert [w.code for w in detail.warnings] == ["agenda_outside_mission"]
        lines = sorted((b.planned, b.actual, b.currency) for b in detail.budget)
        assert lines == [
            (Decimal("4200.50"), Decimal("0.00"), Currency.EUR),
            (Decimal("590000.00"), Decimal("0.00"), Currency.XOF),
        ]

    again = open_editor(app_on_demo, key)
    assert again is not editor
    assert again.windowTitle() == "Mission — Spring field mission[*]"
    assert again.overview.title.text() == "Spring field mission"
    assert again.overview.destination.currentText() == "Marsassoum"
    assert again.overview.start.value() == dt.date(2026, 4, 27)
    assert again.overview.spec().sdgs == (5, 16)
    assert again.overview.internal_notes.toPlainText() == "Budget is tight."
    assert again.delegation.missing.text() == "⚠ 5 checklist items missing"
    assert cell(again.itinerary, 0, 4) == "7 h 15 min"
    assert again.agenda.warnings.count() == 1
    assert again.budget.model.rowCount() == 2
    assert not again.dirty


# --- workflow, undo, closing ---------------------------------------------------------------


def test_an_invalid_status_jump_is_shown_next_to_the_status_and_saves_nothing(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    from PySide6.QtGui import QStandardItemModel

    services = app_on_demo.window.services
    assert services is not None
    zagora = next(m for m in services.missions.list() if m.title.endswith("to Zagora"))
    assert zagora.status is MissionStatus.IDEA
    editor = open_editor(app_on_demo, zagora.id)
    status = editor.overview.status
    model = status.model()
    assert isinstance(model, QStandardItemModel)

    def offered() -> dict[str, tuple[bool, str]]:
        return {
            status.itemData(i): (model.item(i).isEnabled(), model.item(i).toolTip())
            for i in range(status.count())
        }

    # Every status is listed; the workflow's next steps only can be chosen, the others say
    # why not, and a hint under the list names the allowed steps.
    assert offered() == {
        "idea": (True, ""),
        "planned": (True, ""),
        "approved": (False, "A mission must be planned before it is approved."),
        "confirmed": (False, "A mission must be approved before it is confirmed."),
        "completed": (False, "A mission must be confirmed before it is completed."),
        "cancelled": (True, ""),
    }
    assert editor.overview.status_hint.isVisible()
    assert editor.overview.status_hint.text() == (
        "From idea, the status can go to: planned, cancelled."
    )
    # From the keyboard, the disabled ones are skipped.
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert status.currentData() == "planned"
    qtbot.keyClick(status, Qt.Key.Key_Down)
    assert status.currentData() == "cancelled"
    status.setCurrentIndex(status.findData("idea"))

    # Should a forbidden step reach the service anyway (a list gone stale), the service
    # refuses it and the editor says why, next to the status.
    status.setCurrentIndex(status.findData("confirmed"))
    qtbot.keyClicks(editor.overview.title, " (revised)")
    save(qtbot, editor)
    assert editor.dirty
    error = visible_errors(editor)
    assert set(error) == {"status"}
    assert "cannot go from idea to confirmed" in error["status"]
    with on_disk(app_on_demo.path) as disk:
        stored = disk.missions.get(zagora.id).mission
        assert (stored.title, stored.status, stored.version) == (
            zagora.title,
            MissionStatus.IDEA,
            zagora.version,
        )

    choose(status, "Planned")
    save(qtbot, editor)
    assert not editor.dirty
    assert {k for k, (enabled, _) in offered().items() if enabled} == {
        "idea",
        "planned",
        "approved",
        "cancelled",
    }
    assert offered()["idea"] == (True, "")
    assert offered()["confirmed"] == (
        False,
        "A mission must be approved before it is confirmed.",
    )
    assert editor.overview.status_hint.text() == (
        "From planned, the status can go to: idea, approved, cancelled."
    )


def test_title_change_is_undone_and_redone_from_the_main_window(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    window = app_on_demo.window
    services = window.services
    assert services is not None
    row = next(m for m in services.missions.list() if m.title.endswith("to Zagora"))
    editor = open_editor(app_on_demo, row.id)
    editor.overview.title.selectAll()
    qtbot.keyClicks(editor.overview.title, "Zagora: water and youth")
    save(qtbot, editor)

    def stored_title() -> str:
        with on_disk(app_on_demo.path) as disk:
            return disk.missions.get(row.id).mission.title

    assert stored_title() == "Zagora: water and youth"
    assert window.edits.stack.undoText() == "Edit the mission “Zagora: water and youth”"

    window.edits.stack.undo()
    assert stored_title() == "Exploratory mission to Zagora"
    assert editor.overview.title.text() == "Exploratory mission to Zagora"
    assert editor.windowTitle() == "Mission — Exploratory mission to Zagora[*]"
    window.edits.stack.redo()
    assert stored_title() == "Zagora: water and youth"
    assert editor.overview.title.text() == "Zagora: water and youth"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert stored_title() == "Exploratory mission to Zagora"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored_title() == "Zagora: water and youth"
    # The editor keeps working after undo/redo: its version follows the record.
    editor.overview.title.selectAll()
    qtbot.keyClicks(editor.overview.title, "Zagora")
    save(qtbot, editor)
    assert stored_title() == "Zagora"


def test_child_edits_are_undoable_and_follow_the_stack(qtbot: QtBot, app_on_demo: Launch) -> None:
    window = app_on_demo.window
    services = window.services
    assert services is not None
    row = next(m for m in services.missions.list() if m.title.startswith("Local tax"))
    editor = open_editor(app_on_demo, row.id)
    legs_before = [leg.id for leg in services.missions.get(row.id).legs]
    tab = editor.itinerary
    show_tab(qtbot, editor, tab)
    assert tab.table is not None
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == len(legs_before) - 1
    window.edits.stack.undo()  # the same leg comes back (same id, so the same UID)
    assert [leg.id for leg in services.missions.get(row.id).legs] == legs_before
    assert tab.model.rowCount() == len(legs_before)

    members = editor.delegation
    show_tab(qtbot, editor, members)
    count = members.model.rowCount()
    assert members.table is not None
    members.table.setCurrentIndex(members.model.index(0, 0))
    qtbot.keyClick(members.table, Qt.Key.Key_Delete)
    assert members.model.rowCount() == count - 1
    window.edits.stack.undo()
    assert members.model.rowCount() == count
    window.edits.stack.redo()  # removes the re-created row
    assert members.model.rowCount() == count - 1
    window.edits.stack.undo()
    assert members.model.rowCount() == count


def test_ctrl_z_in_the_editor_undoes_a_checklist_tick_and_ctrl_shift_z_redoes_it(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = app_on_demo.window.services
    assert services is not None
    row = next(m for m in services.missions.list() if m.title.startswith("Local tax"))
    editor = open_editor(app_on_demo, row.id)
    members = editor.delegation
    show_tab(qtbot, editor, members)
    assert members.table is not None
    first = members.model.row_at(0)

    def visa() -> bool:
        with on_disk(app_on_demo.path) as disk:
            return next(p.visa for p in disk.missions.get(row.id).participants if p.id == first.id)

    before = visa()
    members.table.setFocus()
    members.table.setCurrentIndex(members.model.index(0, 3))  # the visa of the first member
    qtbot.keyClick(members.table.viewport(), Qt.Key.Key_Space)  # saved at once
    assert visa() is not before

    # The editor is a window of its own: its Ctrl+Z undoes the tick, with the focus on the
    # table (no text field claims the key), and Ctrl+Shift+Z redoes it.
    qtbot.keyClick(members.table, Qt.Key.Key_Z, CTRL)
    assert visa() is before
    qtbot.waitUntil(lambda: members.model.row_at(0).visa is before)
    qtbot.keyClick(members.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert visa() is not before
    qtbot.waitUntil(lambda: members.model.row_at(0).visa is not before)

    # In a text field, Ctrl+Z undoes the typing, not the last saved edit.
    title = editor.overview.title
    show_tab(qtbot, editor, editor.overview)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "!")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert title.text() == row.title
    assert visa() is not before


def test_closing_with_an_unsaved_change_asks_and_discard_loses_only_that_change(
    qtbot: QtBot, app_on_demo: Launch, answer_questions: list[str]
) -> None:
    services = app_on_demo.window.services
    assert services is not None
    row = next(m for m in services.missions.list() if m.title.startswith("Local tax"))
    editor = open_editor(app_on_demo, row.id)
    members = editor.delegation
    assert members.table is not None
    before = {p.id: p.visa for p in services.missions.get(row.id).participants}
    first = members.model.row_at(0)
    members.table.setFocus()
    members.table.setCurrentIndex(members.model.index(0, 3))  # the visa of the first member
    qtbot.keyClick(members.table.viewport(), Qt.Key.Key_Space)  # saved at once
    qtbot.keyClicks(editor.overview.title, " (draft)")  # not saved
    assert editor.dirty

    editor.close()
    assert answer_questions == [
        "Save the changes to “Mission — Local tax collection: "
        "training and IT tools” before closing?"
    ]
    with on_disk(app_on_demo.path) as disk:
        detail = disk.missions.get(row.id)
        assert detail.mission.title == row.title
        visa = next(p.visa for p in detail.participants if p.id == first.id)
        assert visa is not before[first.id]


# --- the Missions page ---------------------------------------------------------------------


def test_missions_page_filters_by_partnership_status_and_year(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = app_on_demo.window.services
    assert services is not None
    page = MissionsPage(lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(page)
    page.show_rows(services.missions.list())
    assert page.model.rowCount() == 5
    assert page.count.text() == "5 missions"

    def titles() -> list[str]:
        return [r.title for r in page.model.visible_rows()]

    choose(page.partnership, "Anderlecht – Marsassoum")
    assert len(titles()) == 3
    assert page.count.text() == "3 of 5"
    choose(page.status, "Planned")
    assert titles() == ["Marsassoum delegation in Anderlecht"]
    choose(page.partnership, "All partnerships")
    choose(page.status, "Completed")
    assert sorted(titles()) == [
        "Local development office: field mission",
        "Twinning anniversary visit",
    ]
    assert [page.year.itemText(i) for i in range(page.year.count())] == [
        "All years",
        "2026",
        "2025",
    ]
    choose(page.year, "2025")
    assert titles() == ["Local development office: field mission"]
    # The text filter works on what the combos let through.
    qtbot.keyClicks(page.filter, "twinning")
    assert titles() == []

    page.filter.clear()
    choose(page.status, "All statuses")
    choose(page.year, "All years")
    columns = [c.title for c in page.model.columns]
    budget = columns.index("Budget used (EUR)")
    texts = {
        r.title: page.model.index(i, budget).data() for i, r in enumerate(page.model.visible_rows())
    }
    # EUR 4,385 + 1,650 + 2,730 and XOF 575,000 (= EUR 876.58) spent of EUR 9,399.45 planned.
    assert texts["Local development office: field mission"] == (
        f"{fmt.money(Decimal('9641.58'), 'EUR')} / {fmt.money(Decimal('9399.45'), 'EUR')}"
    )
    departure = columns.index("Departure")
    by_title = {r.title: i for i, r in enumerate(page.model.visible_rows())}
    assert page.model.index(by_title["Exploratory mission to Zagora"], departure).data() == (
        "in 75 days"  # 20 March → 3 June 2026
    )

    # A reload keeps the filters.
    choose(page.partnership, "Anderlecht – Zagora")
    page.show_rows(services.missions.list())
    assert titles() == ["Exploratory mission to Zagora"]
    with qtbot.waitSignal(page.new_requested) as signal:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert signal.args == [partnership_id(app_on_demo, "Zagora")]


# --- keyboard and accessibility ---------------------------------------------------------------


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs with neither a buddy label nor an accessible name (Qt's own inner widgets of
    combos, spin boxes and views excepted)."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QCheckBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
    )

    named: set[int] = set()
    for label in root.findChildren(QLabel):
        target = label.buddy()
        while target is not None:
            named.add(id(target))
            target = target.focusProxy()
    inputs = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView, QCheckBox)
    inner = (QComboBox, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, inputs):
            continue
        parent, is_inner = widget.parentWidget(), False
        while parent is not None and parent is not root:
            is_inner = is_inner or isinstance(parent, inner)
            parent = parent.parentWidget()
        if is_inner:
            continue
        has_text = isinstance(widget, QCheckBox) and bool(widget.text())
        if id(widget) not in named and not widget.accessibleName() and not has_text:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_input_of_the_dossier_and_its_dialogs_is_named(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = app_on_demo.window.services
    assert services is not None
    row = next(m for m in services.missions.list() if m.title.startswith("Local development"))
    editor = open_editor(app_on_demo, row.id)
    assert unnamed_inputs(editor) == []
    for tab in (editor.delegation, editor.itinerary, editor.agenda, editor.budget):
        editor.tabs.setCurrentWidget(tab)
        tab.add()
        assert tab.dialog is not None
        assert unnamed_inputs(tab.dialog) == [], type(tab.dialog).__name__
        tab.dialog.reject()
    page = MissionsPage(lambda: dt.date(2026, 3, 20))
    qtbot.addWidget(page)
    assert unnamed_inputs(page) == []


def test_enter_edits_a_leg_and_the_change_can_be_undone(qtbot: QtBot, app_on_demo: Launch) -> None:
    window = app_on_demo.window
    services = window.services
    assert services is not None
    row = next(m for m in services.missions.list() if m.title.startswith("Local development"))
    editor = open_editor(app_on_demo, row.id)
    tab = editor.itinerary
    show_tab(qtbot, editor, tab)
    assert tab.table is not None
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    assert cell(tab, 0, 4) == "7 h 15 min"  # the demo's SN 201, 11:05 Brussels → 16:20 Dakar
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.reference.text() == "SN 201"  # type: ignore[attr-defined]
    assert dialog.arrive.zone.value() == "Africa/Dakar"  # type: ignore[attr-defined]
    set_wall(dialog.arrive.edit, dt.date(2025, 10, 1), 17, 50)  # type: ignore[attr-defined]
    click_ok(qtbot, dialog)
    assert cell(tab, 0, 4) == "8 h 45 min"
    assert "= 19:50 in Anderlecht" in cell(tab, 0, 3)
    window.edits.stack.undo()
    assert cell(tab, 0, 4) == "7 h 15 min"
    with on_disk(app_on_demo.path) as disk:
        leg = disk.missions.get(row.id).legs[0]
        assert leg.arrive.astimezone(dt.UTC) == dt.datetime(2025, 10, 1, 16, 20, tzinfo=dt.UTC)


def test_a_mission_without_any_partnership_is_refused_next_to_the_field(
    qtbot: QtBot, start: Launcher, tmp_path: Path, answer_questions: list[str]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    state = start(tmp_path / "empty.sqlite")
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        pass
    offer = state.window.findChild(QMessageBox, "offer_demo")  # "Load the demo?": no
    if offer is not None:
        offer.reject()
    editor = open_editor(state, None)
    qtbot.keyClicks(editor.overview.title, "A first mission")
    save(qtbot, editor)
    assert editor.dirty
    assert list(visible_errors(editor)) == ["partnership"]
    assert "required" in visible_errors(editor)["partnership"]
