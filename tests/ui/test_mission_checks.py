"""The mission checks where people see them: the mission editor's banner and the Overview.

"Today" is 20 March 2026 (FIXED_NOW). The demo's upcoming training in Marsassoum runs from
27 April to 6 May 2026: 1 May is Labour Day in Senegal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jumelage.app.main import Launch
from jumelage.domain.enums import ParticipantRole
from jumelage.domain.specs import ParticipantSpec
from jumelage.services import Services
from jumelage.ui import format as fmt
from jumelage.ui.editors.mission import MissionEditor
from jumelage.ui.editors.mission.delegation import CHECKS, FIRST_CHECK
from jumelage.ui.editors.mission.editor import mission_spec
from jumelage.ui.models.rows import plain_tooltip
from jumelage.ui.pages.overview import OverviewPage, PartnershipCard
from tests.conftest import FIXED_NOW
from tests.ui.conftest import wait_refreshed

TRAINING = "Local tax collection: training and IT tools"


def services_of(state: Launch) -> Services:
    services = state.window.services
    assert services is not None
    return services


def open_editor(state: Launch, key: int) -> MissionEditor:
    editor = state.window.editors.open("mission", key)
    assert isinstance(editor, MissionEditor)
    return editor


def card(state: Launch, partner: str) -> PartnershipCard:
    return next(c for c in state.window.overview.cards if c.row.partnership.partner_town == partner)


def test_the_editor_shows_the_holiday_of_the_demo_mission(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    services = services_of(app_on_demo)
    training = next(m for m in services.missions.list() if m.title == TRAINING)
    editor = open_editor(app_on_demo, training.id)
    banner = editor.overview.problems
    assert banner.isVisible()
    assert banner.heading.text() == "1 thing to check before the mission"
    day = fmt.day_month(dt.date(2026, 5, 1))
    assert banner.text.text() == f"• {day} is a holiday or day off at the destination: Labor Day."
    assert not banner.icon.pixmap().isNull()  # an icon, not colour alone


def test_a_checklist_problem_disappears_once_ticked(qtbot: QtBot, app_on_demo: Launch) -> None:
    """A new mission in 20 days (9–10 April 2026, no holiday in Senegal then) with Sophie,
    whose visa is the only thing missing; ticking it in the Delegation tab clears the banner."""
    services = services_of(app_on_demo)
    training = next(m for m in services.missions.list() if m.title == TRAINING)
    spec = replace(
        mission_spec(training),
        title="Quick visit",
        start_date=dt.date(2026, 4, 9),
        end_date=dt.date(2026, 4, 10),
    )
    mission = services.missions.create(spec).value
    sophie = next(p for p in services.people.list() if p.name == "Sophie Vandermeulen")
    services.missions.add_participant(
        mission.id,
        ParticipantSpec(
            sophie.id,
            ParticipantRole.HEAD_OF_DELEGATION,
            passport=True,
            vaccination=True,
            insurance=True,
            mission_order=True,
        ),
    )
    editor = open_editor(app_on_demo, mission.id)
    banner = editor.overview.problems
    assert banner.isVisible()
    assert banner.sentences() == [
        "Departure in 20 days: the checklist of Sophie Vandermeulen still lacks Visa."
    ]

    delegation = editor.delegation
    editor.tabs.setCurrentWidget(delegation)
    assert delegation.table is not None
    delegation.table.setFocus()
    delegation.table.setCurrentIndex(delegation.model.index(0, FIRST_CHECK + CHECKS.index("visa")))
    qtbot.keyClick(delegation.table.viewport(), Qt.Key.Key_Space)  # saved at once
    qtbot.waitUntil(lambda: not banner.problems, timeout=5000)
    assert banner.isHidden()

    # Undo from the main window brings the problem back.
    app_on_demo.window.edits.stack.undo()
    qtbot.waitUntil(lambda: bool(banner.problems), timeout=5000)
    assert not banner.isHidden()


def test_overview_counts_the_problems_of_upcoming_missions(
    qtbot: QtBot, app_on_demo: Launch
) -> None:
    marsassoum = card(app_on_demo, "Marsassoum")
    assert marsassoum.checks.text() == "⚠ 1 problem in the missions to come"
    day = fmt.day_month(dt.date(2026, 5, 1))
    sentence = f"{TRAINING} — {day} is a holiday or day off at the destination: Labor Day."
    assert marsassoum.checks.accessibleDescription() == sentence
    assert marsassoum.checks.toolTip() == plain_tooltip(sentence)  # never read as HTML
    assert card(app_on_demo, "Zagora").checks.text() == "Nothing to check in the missions to come"

    # A double booking on the Zagora mission shows on both cards once the page reloads.
    services = services_of(app_on_demo)
    zagora = next(m for m in services.missions.list() if m.partnership.endswith("Zagora"))
    training = next(m for m in services.missions.list() if m.title == TRAINING)
    sophie = next(p for p in services.people.list() if p.name == "Sophie Vandermeulen")
    moved = replace(
        mission_spec(zagora), start_date=dt.date(2026, 5, 5), end_date=dt.date(2026, 5, 8)
    )
    services.missions.update(zagora.id, zagora.version, moved)
    outcome = services.missions.add_participant(zagora.id, ParticipantSpec(sophie.id))
    app_on_demo.window.refresh(outcome.changes)
    wait_refreshed(qtbot, app_on_demo)
    assert card(app_on_demo, "Zagora").checks.text() == "⚠ 1 problem in the missions to come"
    assert "Sophie Vandermeulen is also on the mission “" + TRAINING in (
        card(app_on_demo, "Zagora").checks.accessibleDescription()
    )
    assert card(app_on_demo, "Marsassoum").checks.text() == "⚠ 2 problems in the missions to come"
    assert training.id in {p.mission_id for p in card(app_on_demo, "Marsassoum").problems}


def test_missions_table_counts_the_problems(qtbot: QtBot, app_on_demo: Launch) -> None:
    page = app_on_demo.window.missions
    column = [c.title for c in page.model.columns].index("Checks")
    cells = {
        row.title: page.model.index(index, column).data()
        for index, row in enumerate(page.model.visible_rows())
    }
    assert cells[TRAINING] == "⚠ 1"
    assert cells["Exploratory mission to Zagora"] == ""
    # Finished missions are not checked.
    assert cells["Local development office: field mission"] == ""


def test_each_kind_has_its_sentence(qapp: object) -> None:
    from jumelage.domain.checks import MissionProblem, ProblemKind
    from jumelage.ui.checks import describe

    day = dt.date(2026, 6, 13)
    shown = fmt.day_month(day)
    agenda = MissionProblem(ProblemKind.AGENDA_OUTSIDE, 1, day=day, other="Debriefing")
    assert describe(agenda) == (
        f"The agenda item “Debriefing” on {shown} is outside the mission dates."
    )
    checklist = MissionProblem(
        ProblemKind.CHECKLIST, 1, day=day, person="Ana", other="visa, mission_order", days_left=1
    )
    assert describe(checklist) == (
        "Departure tomorrow: the checklist of Ana still lacks Visa, Signed mission order."
    )


def test_overview_cards_show_before_the_checks_and_late_checks_are_dropped(
    qtbot: QtBot, demo: Services
) -> None:
    """The cards come from one load and the checks from a second one, after the cards show
    (the checks are the slow part on a large database). Checks started for cards that were
    rebuilt since never land on the new ones."""
    page = OverviewPage(lambda: FIXED_NOW)
    qtbot.addWidget(page)
    rows = page.loader()(demo)
    page.show_rows(rows)
    assert [c.checks.text() for c in page.cards] == ["Checking the missions to come…"] * len(rows)
    stale = page.more_loader()(demo)

    page.show_rows(rows[1:])  # a change reloaded the cards meanwhile
    page.show_more(stale)
    assert {c.checks.text() for c in page.cards} == {"Checking the missions to come…"}
    page.show_rows(rows)

    page.show_more(page.more_loader()(demo))
    by_name = {c.row.partnership.partner_town: c.checks.text() for c in page.cards}
    assert by_name["Marsassoum"] == "⚠ 1 problem in the missions to come"
    assert by_name["Zagora"] == "Nothing to check in the missions to come"
