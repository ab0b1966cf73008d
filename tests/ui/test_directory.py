"""The directory: partnerships, towns and people, edited through real windows on a real
database file, checked on disk and on the page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.specs import ActionItemSpec, TownSpec
from jumelage.persistence.database import open_database
from jumelage.services import Services
from jumelage.ui.editors.directory import PartnershipEditor, PersonEditor, TownEditor
from jumelage.ui.pages.directory import DirectoryPage
from tests.conftest import fixed_clock
from tests.ui.conftest import Launcher, load_every_page

FRIDAY, SATURDAY, SUNDAY = 4, 5, 6


@pytest.fixture
def app(
    qtbot: QtBot,
    start: Launcher,
    demo_path: Path,
    answer_questions: list[str],
) -> Launch:
    """The app on the demo, its Partnerships page being the DirectoryPage. Closing with
    unsaved changes answers "Discard"."""
    state = start(demo_path)
    load_every_page(qtbot, state)
    assert isinstance(state.window.partnerships, DirectoryPage)
    return state


@pytest.fixture
def on_disk(demo_path: Path) -> Iterator[Services]:
    """A second connection to the app's database file: what was really saved."""
    database = open_database(demo_path, daily_backup=False)
    yield Services.over(database, clock=fixed_clock)
    database.close()


def page(state: Launch) -> DirectoryPage:
    directory = state.window.partnerships
    assert isinstance(directory, DirectoryPage)
    return directory


def town_id(services: Services, name: str) -> int:
    return next(t.id for t in services.towns.list() if t.name == name)


def person_id(services: Services, name: str) -> int:
    return next(p.id for p in services.people.list(include_erased=True) if p.name == name)


def open_editor(state: Launch, kind: str, key: int | None = None) -> Any:
    editor = state.window.editors.open(kind, key)
    assert editor is not None
    return editor


def save(qtbot: QtBot, state: Launch, editor: Any) -> None:
    """Ctrl+S, then wait until the pages show the result."""
    dismiss_popups()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty, editor.errors.visible()


def dismiss_popups() -> None:
    """Close completion lists left open by typing (as Escape would)."""
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()


def error_text(editor: Any, field: str) -> str:
    return editor.errors.visible().get(field, "")


def column_texts(table_page: Any, title: str) -> list[str]:
    model = table_page.model
    column = [c.title for c in model.columns].index(title)
    return [model.index(r, column).data() for r in range(model.rowCount())]


# --- towns ----------------------------------------------------------------------------------


def test_new_town_in_palestine_gets_a_friday_saturday_weekend_and_its_own_day_off(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    editor = open_editor(app, "town")
    assert isinstance(editor, TownEditor)
    assert editor.weekend.value() == {SATURDAY, SUNDAY}  # before a country is chosen

    qtbot.keyClicks(editor.name, "Nablus-area village")
    qtbot.keyClicks(editor.country, "PS")
    # Palestine rests on Friday and Saturday: the weekend follows the country.
    assert editor.weekend.value() == {FRIDAY, SATURDAY}
    assert [b.isChecked() for b in editor.weekend.boxes] == [0, 0, 0, 0, 1, 1, 0]
    qtbot.keyClicks(editor.zone, "Asia/Hebron")
    # 11:00 UTC is 13:00 in Hebron in March (UTC+2).
    assert editor.zone_now.text() == "Now 13:00 there (UTC+2)"

    editor.days_off.date.set_value(dt.date(2026, 10, 15))
    qtbot.keyClicks(editor.days_off.name, "Olive harvest day")
    qtbot.keyClick(editor.days_off.name, Qt.Key.Key_Return)  # adds; does not save the town
    assert editor.days_off.table.rowCount() == 1
    assert editor.days_off.table.item(0, 1).text() == "Olive harvest day"
    assert editor.dirty

    save(qtbot, app, editor)

    saved = next(t for t in on_disk.towns.list() if t.name == "Nablus-area village")
    assert (saved.country, saved.time_zone, saved.subdivision) == ("PS", "Asia/Hebron", None)
    assert saved.weekend == {FRIDAY, SATURDAY}
    assert [(d.date, d.name) for d in saved.days_off] == [
        (dt.date(2026, 10, 15), "Olive harvest day")
    ]
    towns = page(app).towns_tab
    row = column_texts(towns, "Town").index("Nablus-area village")
    assert column_texts(towns, "Weekend")[row] == "Friday and Saturday"
    assert column_texts(towns, "Country")[row] == "Palestinian Territories (PS)"
    assert column_texts(towns, "Time zone")[row] == "Asia/Hebron (UTC+2)"
    assert column_texts(towns, "Own days off")[row] == "1"


def test_a_weekend_chosen_by_hand_is_kept_when_the_country_changes(
    qtbot: QtBot, app: Launch
) -> None:
    editor = open_editor(app, "town")
    qtbot.mouseClick(editor.weekend.boxes[FRIDAY], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.country, "PS")
    assert editor.weekend.value() == {FRIDAY, SATURDAY, SUNDAY}


def test_days_off_are_removed_with_the_delete_key_and_saved_with_the_town(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    anderlecht = town_id(on_disk, "Anderlecht")
    editor = open_editor(app, "town", anderlecht)
    table = editor.days_off.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Iris Day"] * 2
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 1
    # A date already listed is renamed rather than listed twice (one day off per date).
    editor.days_off.date.set_value(dt.date(2026, 5, 8))
    editor.days_off.name.setText("Fête de l'Iris")  # (QTest cannot type accents)
    qtbot.keyClick(editor.days_off.name, Qt.Key.Key_Enter)
    editor.days_off.date.set_value(dt.date(2026, 9, 27))
    editor.days_off.name.setText("Fête de la Fédération Wallonie-Bruxelles")
    qtbot.mouseClick(editor.days_off.add_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2
    save(qtbot, app, editor)
    assert [(d.date, d.name) for d in on_disk.towns.get(anderlecht).days_off] == [
        (dt.date(2026, 5, 8), "Fête de l'Iris"),
        (dt.date(2026, 9, 27), "Fête de la Fédération Wallonie-Bruxelles"),
    ]
    assert column_texts(page(app).towns_tab, "Own days off")[0] == "2"


def test_working_hours_ending_before_they_start_are_refused_inline_and_nothing_is_saved(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    anderlecht = town_id(on_disk, "Anderlecht")
    editor = open_editor(app, "town", anderlecht)
    editor.work_end.setFocus()
    editor.work_end.setTime(QTime(8, 0))
    assert editor.dirty

    assert editor.save() is False
    assert "Working hours must start before they end" in error_text(editor, "working_hours")
    label = editor.findChild(QLabel, "error_working_hours")
    assert label.isVisible()
    assert on_disk.towns.get(anderlecht).work_end == dt.time(17, 0)
    assert app.window.edits.stack.count() == 0
    assert editor.dirty  # the user's input is still there to correct


def test_a_town_edit_is_undone_and_redone_from_the_main_window(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    anderlecht = town_id(on_disk, "Anderlecht")
    editor = open_editor(app, "town", anderlecht)
    editor.work_end.setTime(QTime(16, 30))
    save(qtbot, app, editor)
    assert on_disk.towns.get(anderlecht).work_end == dt.time(16, 30)
    stack = app.window.edits.stack
    assert stack.undoText() == "Edit town “Anderlecht”"

    window = app.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk.towns.get(anderlecht).work_end == dt.time(17, 0)
    assert editor.work_end.time() == QTime(17, 0)  # the open editor follows
    assert "09:00–17:00" in column_texts(page(app).towns_tab, "Working hours")

    with qtbot.waitSignal(window.refreshed, timeout=15_000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert on_disk.towns.get(anderlecht).work_end == dt.time(16, 30)
    assert editor.work_end.time() == QTime(16, 30)

    # The editor holds the current version: a further edit saves without a conflict.
    editor.work_start.setTime(QTime(8, 30))
    save(qtbot, app, editor)
    assert on_disk.towns.get(anderlecht).work_start == dt.time(8, 30)


def test_a_town_still_in_use_is_not_deleted_and_says_why(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    anderlecht = town_id(on_disk, "Anderlecht")
    editor = open_editor(app, "town", anderlecht)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.general_error.isVisible()
    assert editor.general_error.text() == "⚠ This town is still used by 4 partnerships."
    assert on_disk.towns.get(anderlecht).name == "Anderlecht"
    assert app.window.edits.stack.count() == 0


def test_deleting_an_unused_town_is_undone_by_creating_it_again(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    spare = app.window.services.towns.create(
        TownSpec("Bignona", "SN", "Africa/Dakar", work_start=dt.time(8), work_end=dt.time(16))
    ).value
    editor = open_editor(app, "town", spare.id)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("town", spare.id) not in app.window.editors.open_editors)
    names = lambda: [t.name for t in on_disk.towns.list()]  # noqa: E731
    assert "Bignona" not in names()

    stack = app.window.edits.stack
    stack.undo()
    again = next(t for t in on_disk.towns.list() if t.name == "Bignona")
    assert (again.country, again.time_zone, again.work_start) == ("SN", "Africa/Dakar", dt.time(8))
    stack.redo()  # deletes the re-created row, whatever its new id
    assert "Bignona" not in names()


def test_the_town_editor_works_from_the_keyboard_in_visual_order(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    editor = open_editor(app, "town", town_id(on_disk, "Anderlecht"))
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name)

    visited: list[QWidget] = [editor.name]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is editor.name:
            break
        if focused is not visited[-1]:  # time edits take a Tab per section (hours, minutes)
            visited.append(focused)

    close = next(b for b in editor.buttons.buttons() if b.text() == "Close")
    d = editor.days_off
    # Disabled buttons are skipped: Add (no name typed), Remove (no day selected), Save.
    assert visited == [
        editor.name,
        editor.country,
        editor.zone,
        editor.subdivision,
        editor.work_start,
        editor.work_end,
        *editor.weekend.boxes,
        d.date,
        d.name,
        d.table,
        editor.delete_button,
        close,
    ]
    # Every input has a label pointing at it (Alt+letter) or an accessible name.
    buddies = {label.buddy() for label in editor.findChildren(QLabel) if label.buddy()}
    for widget in visited:
        named = widget in buddies or widget.accessibleName()
        texted = isinstance(widget, QCheckBox | QPushButton) and widget.text()
        assert named or texted, widget


# --- partnerships ---------------------------------------------------------------------------


def test_a_new_partnership_refuses_the_same_town_inline_then_appears_on_the_page(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    editor = open_editor(app, "partnership")
    assert isinstance(editor, PartnershipEditor)
    assert editor.home_town.currentText() == "Anderlecht"  # the usual home town
    editor.home_town.setCurrentIndex(editor.home_town.findText("Marsassoum"))
    editor.partner_town.setCurrentIndex(editor.partner_town.findText("Marsassoum"))
    assert "A town cannot be its own partner" in error_text(editor, "partner_town")
    assert editor.save() is False
    assert "A town cannot be its own partner" in error_text(editor, "partner_town")

    editor.partner_town.setCurrentIndex(editor.partner_town.findText("Zagora"))
    assert error_text(editor, "partner_town") == ""
    assert editor.name.placeholderText() == "Marsassoum – Zagora (the default)"
    editor.since_unknown.setChecked(False)
    editor.since.set_value(dt.date(2026, 3, 1))
    save(qtbot, app, editor)

    saved = next(p for p in on_disk.partnerships.list() if p.name == "Marsassoum – Zagora")
    assert (saved.home_town, saved.partner_town, saved.since) == (
        "Marsassoum",
        "Zagora",
        dt.date(2026, 3, 1),
    )
    directory = page(app)
    row = column_texts(directory.partnerships_tab, "Partnership").index("Marsassoum – Zagora")
    assert column_texts(directory.partnerships_tab, "Partner time zone")[row] == (
        "Africa/Casablanca (UTC)"
    )
    assert column_texts(directory.partnerships_tab, "Since")[row] == "2026"
    assert directory.model is directory.partnerships_tab.model
    assert editor.windowTitle() == "Partnership: Marsassoum – Zagora[*]"

    # Undoing the creation deletes it (and closes its editor); redo creates it again.
    stack = app.window.edits.stack
    assert stack.undoText() == "Create partnership “Marsassoum – Zagora”"
    with qtbot.waitSignal(app.window.refreshed, timeout=15_000):
        stack.undo()
    names = lambda: [p.name for p in on_disk.partnerships.list()]  # noqa: E731
    assert "Marsassoum – Zagora" not in names()
    qtbot.waitUntil(lambda: ("partnership", None) not in app.window.editors.open_editors)
    assert "Marsassoum – Zagora" not in column_texts(directory.partnerships_tab, "Partnership")
    with qtbot.waitSignal(app.window.refreshed, timeout=15_000):
        stack.redo()
    assert "Marsassoum – Zagora" in names()


def test_the_colour_is_chosen_in_a_dialog_and_shown_as_text(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    marsassoum = next(p for p in on_disk.partnerships.list() if p.partner_town == "Marsassoum")
    editor = open_editor(app, "partnership", marsassoum.id)
    assert editor.colour.text() == "#2e7d32"
    assert editor.colour.accessibleName() == "Colour #2e7d32"
    qtbot.mouseClick(editor.colour, Qt.MouseButton.LeftButton)
    dialog = editor.colour.dialog
    assert dialog is not None
    assert dialog.isVisible()

    dialog.setCurrentColor(QColor("#b71c1c"))
    dialog.accept()
    assert editor.colour.text() == "#b71c1c"
    save(qtbot, app, editor)
    assert on_disk.partnerships.get(marsassoum.id).colour == "#b71c1c"
    assert "#b71c1c" in column_texts(page(app).partnerships_tab, "Colour")


def test_a_partnership_with_missions_is_not_deleted(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    marsassoum = next(p for p in on_disk.partnerships.list() if p.partner_town == "Marsassoum")
    editor = open_editor(app, "partnership", marsassoum.id)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert editor.general_error.text().startswith("⚠ This partnership is still used by ")
    assert on_disk.partnerships.get(marsassoum.id).name == "Anderlecht – Marsassoum"


# --- people ---------------------------------------------------------------------------------


def erase(qtbot: QtBot, state: Launch, editor: PersonEditor) -> None:
    qtbot.mouseClick(editor.erase_button, Qt.MouseButton.LeftButton)
    box = editor.erase_box
    assert box is not None
    assert box.isVisible()
    assert "This cannot be undone" in box.text()
    erase_button = next(b for b in box.buttons() if b.text() == "Erase")
    with qtbot.waitSignal(state.window.refreshed, timeout=15_000):
        qtbot.mouseClick(erase_button, Qt.MouseButton.LeftButton)


def test_a_new_person_is_checked_saved_and_erased(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    editor = open_editor(app, "person")
    assert isinstance(editor, PersonEditor)
    assert not editor.erase_button.isEnabled()  # nothing to erase yet
    qtbot.keyClicks(editor.name, "Awa Ndiaye")
    editor.town.setCurrentIndex(editor.town.findText("Marsassoum"))
    qtbot.keyClicks(editor.organisation, "Commune de Marsassoum")
    qtbot.keyClicks(editor.email, "awa@")
    qtbot.keyClicks(editor.phone, "+221 33 000 00 00")
    qtbot.keyClicks(editor.languages, "fr, wo")
    assert editor.language_names.text() == "French and Wolof"

    assert editor.save() is False
    assert "'awa@' is not an e-mail address" in error_text(editor, "email")
    qtbot.keyClicks(editor.email, "example.sn")
    save(qtbot, app, editor)

    awa = person_id(on_disk, "Awa Ndiaye")
    saved = on_disk.people.get(awa)
    assert (saved.town, saved.email, saved.languages) == (
        "Marsassoum",
        "awa@example.sn",
        ("fr", "wo"),
    )
    assert "Awa Ndiaye" in column_texts(page(app).people_tab, "Name")

    erase(qtbot, app, editor)
    gone = on_disk.people.get(awa)
    assert gone.erased
    assert (gone.name, gone.email, gone.phone, gone.organisation) == ("(erased)", "", "", "")
    assert app.window.edits.stack.count() == 0  # no undo can bring the data back
    assert not editor.name.isEnabled()
    assert editor.erased_note.isVisible()
    assert "Awa Ndiaye" not in column_texts(page(app).people_tab, "Name")


def test_creating_a_person_is_undone_and_redone(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    editor = open_editor(app, "person")
    qtbot.keyClicks(editor.name, "Moussa Diallo")
    save(qtbot, app, editor)
    listed = lambda: [p.name for p in on_disk.people.list()]  # noqa: E731
    assert "Moussa Diallo" in listed()

    stack = app.window.edits.stack
    assert stack.undoText() == "Create person “Moussa Diallo”"
    with qtbot.waitSignal(app.window.refreshed, timeout=15_000):
        stack.undo()
    assert "Moussa Diallo" not in listed()
    assert "Moussa Diallo" not in column_texts(page(app).people_tab, "Name")
    with qtbot.waitSignal(app.window.refreshed, timeout=15_000):
        stack.redo()
    assert "Moussa Diallo" in listed()
    assert "Moussa Diallo" in column_texts(page(app).people_tab, "Name")


def test_erasing_a_delegation_member_keeps_the_mission_and_the_action_item(
    qtbot: QtBot, app: Launch, on_disk: Services
) -> None:
    services = app.window.services
    thomas = person_id(on_disk, "Thomas Dubois")
    marsassoum = next(p for p in on_disk.partnerships.list() if p.partner_town == "Marsassoum")
    services.actions.create(
        ActionItemSpec(marsassoum.id, "Collect the per diem receipts", owner_person_id=thomas)
    )
    missions = [
        m.id
        for m in on_disk.missions.list()
        if thomas in {p.person_id for p in on_disk.missions.get(m.id).participants}
    ]
    assert len(missions) == 2  # the past field mission and the upcoming one

    editor = open_editor(app, "person", thomas)
    erase(qtbot, app, editor)

    row = on_disk.people.get(thomas)
    assert (row.name, row.email, row.phone, row.erased) == ("(erased)", "", "", True)
    for mission_id in missions:
        detail = on_disk.missions.get(mission_id)
        kept = [p for p in detail.participants if p.person_id == thomas]
        assert [p.person for p in kept] == ["(erased)"]
    owned = [a for a in on_disk.actions.list() if a.owner_person_id == thomas]
    assert [(a.description, a.owner) for a in owned] == [
        ("Collect the per diem receipts", "(erased)")
    ]
    assert not any(p.name == "Thomas Dubois" for p in on_disk.people.list(include_erased=True))

    people = page(app).people_tab
    assert "(erased)" not in column_texts(people, "Name")
    page(app).show_erased.setChecked(True)
    assert column_texts(people, "Name").count("(erased)") == 1


# --- the page -------------------------------------------------------------------------------


def test_the_page_opens_editors_from_the_keyboard_and_new_buttons(
    qtbot: QtBot, app: Launch
) -> None:
    directory = page(app)
    app.window.go_to(5)
    towns = directory.select_tab("town")
    row = column_texts(towns, "Town").index("Marsassoum")
    towns.table.setFocus()
    towns.table.setCurrentIndex(towns.model.index(row, 0))
    qtbot.keyClick(towns.table, Qt.Key.Key_Return)
    editor = app.window.editors.open_editors.get(("town", towns.model.row_at(row).id))
    assert isinstance(editor, TownEditor)
    assert editor.name.text() == "Marsassoum"

    qtbot.mouseClick(directory.new_person, Qt.MouseButton.LeftButton)
    assert isinstance(app.window.editors.open_editors.get(("person", None)), PersonEditor)

    with qtbot.waitSignal(directory.activated) as activated:
        partnerships = directory.select_tab("partnership")
        partnerships.table.setFocus()
        partnerships.table.setCurrentIndex(partnerships.model.index(0, 0))
        qtbot.keyClick(partnerships.table, Qt.Key.Key_Return)
    assert activated.args[0].name == "Anderlecht – Hammersmith & Fulham"
