"""The Overview: one card per partnership with both towns' clocks, the next mission, the next
follow-up, the overdue action items and the problems the mission checks found in the missions
still to come."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain import time as tz
from jumelage.ui import checks, labels, theme
from jumelage.ui import format as fmt

if TYPE_CHECKING:
    from jumelage.domain.checks import MissionProblem
    from jumelage.domain.rows import OverviewRow, OverviewState
    from jumelage.services import Services
    from jumelage.services.changes import Changes

MAX_OVERDUE_SHOWN = 4
MAX_PROBLEMS_LISTED = 12


@dataclass(frozen=True)
class Checked:
    """The mission checks for the cards of one :meth:`OverviewPage.show_rows`."""

    generation: int
    problems: dict[int, list[MissionProblem]]


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as rich text (imported text may hold HTML)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PartnershipCard(QFrame):
    def __init__(
        self,
        row: OverviewRow,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
        problems: Sequence[MissionProblem] | None = None,
    ) -> None:
        super().__init__(parent)
        self.row = row
        #: ``None`` while the mission checks are still running (they come after the cards).
        self.problems = None if problems is None else tuple(problems)
        self._now = now
        p = row.partnership
        self.setObjectName("card")
        # The card's colours come from the scheme: taken again when it changes.
        theme.follow_scheme(self, self._restyle)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(p.name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        self.title = plain_label(p.name)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.status = plain_label(labels.partnership_status(p.status), wrap=False)
        self.clocks = plain_label()
        self.clocks.setAccessibleName(self.tr("Local times"))
        self.mission = plain_label()
        self.followup = plain_label()
        self.actions_heading = plain_label()
        self.overdue_list = plain_label()
        self.checks = plain_label()

        for caption, widget in (
            (self.tr("Next mission"), self.mission),
            (self.tr("Next follow-up"), self.followup),
        ):
            widget.setAccessibleName(caption)

        grid = QGridLayout(self)
        grid.setContentsMargins(16, 10, 12, 12)
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.status, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.clocks, 1, 0, 1, 3)
        rows = [
            (self.tr("Next mission"), self.mission),
            (self.tr("Next follow-up"), self.followup),
            (self.tr("Overdue"), self.actions_heading),
        ]
        for index, (caption, widget) in enumerate(rows, start=2):
            name = plain_label(caption, wrap=False)
            name.setForegroundRole(name.foregroundRole())
            bold = name.font()
            bold.setBold(True)
            name.setFont(bold)
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(name, index, 0)
            grid.addWidget(widget, index, 1, 1, 2)
        grid.addWidget(self.overdue_list, 5, 1, 1, 2)
        checks_caption = plain_label(self.tr("Checks"), wrap=False)
        bold = checks_caption.font()
        bold.setBold(True)
        checks_caption.setFont(bold)
        checks_caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(checks_caption, 6, 0)
        grid.addWidget(self.checks, 6, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.show_problems(self.problems)
        self.fill()

    def _restyle(self) -> None:
        style = theme.card_style(self.row.partnership.colour)
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def show_problems(self, problems: Sequence[MissionProblem] | None) -> None:
        """The number of problems in the missions still to come; the sentences in the
        tooltip (and the accessible description, for screen readers). ``None``: still
        checking."""
        self.problems = None if problems is None else tuple(problems)
        if problems is None:
            self.checks.setText(self.tr("Checking the missions to come…"))
            theme.set_warning(self.checks, on=False)
            self.checks.setToolTip("")
            self.checks.setAccessibleDescription("")
            return
        if not problems:
            self.checks.setText(self.tr("Nothing to check in the missions to come"))
            theme.set_warning(self.checks, on=False)
            self.checks.setToolTip("")
            self.checks.setAccessibleDescription("")
            return
        self.checks.setText(
            checks.SIGN + " " + self.tr("%n problem(s) in the missions to come", "", len(problems))
        )
        theme.set_warning(self.checks)
        listed = checks.summary(problems, limit=MAX_PROBLEMS_LISTED)
        from jumelage.ui.models.rows import plain_tooltip

        self.checks.setToolTip(plain_tooltip(listed))
        self.checks.setAccessibleDescription(listed)

    def fill(self) -> None:
        row, p = self.row, self.row.partnership
        now = self._now()
        home_now = tz.in_zone(now, p.home_zone)
        partner_now = tz.in_zone(now, p.partner_zone)
        self.clocks.setText(
            self.tr(
                "{home} {home_time} ({home_offset}) · {partner} {partner_time} ({partner_offset})"
            ).format(
                home=p.home_town,
                home_time=fmt.time(home_now),
                home_offset=tz.utc_offset_label(home_now),
                partner=p.partner_town,
                partner_time=fmt.time(partner_now),
                partner_offset=tz.utc_offset_label(partner_now),
            )
        )
        today = home_now.date()

        mission = row.next_mission
        if mission is None:
            self.mission.setText(self.tr("None planned"))
        else:
            if mission.start_date <= today:
                when = self.tr("under way")
            else:
                when = fmt.days_from(today, mission.start_date)
            self.mission.setText(
                self.tr("{title} — {destination}, {dates} ({when}; {status})").format(
                    title=mission.title,
                    destination=mission.destination,
                    dates=fmt.date_range(mission.start_date, mission.end_date),
                    when=when,
                    status=labels.mission_status(mission.status),
                )
            )

        followup = row.next_followup
        if followup is None:
            self.followup.setText(self.tr("None scheduled"))
        else:
            home_start = tz.in_zone(followup.start, p.home_zone)
            partner_start = tz.in_zone(followup.start, p.partner_zone)
            self.followup.setText(
                self.tr(
                    "{title} — {date}: {home_time} {home} · {partner_time} {partner} ({channel})"
                ).format(
                    title=followup.title,
                    date=fmt.day_month(home_start.date()),
                    home_time=fmt.time(home_start),
                    home=p.home_town,
                    partner_time=fmt.time(partner_start),
                    partner=p.partner_town,
                    channel=labels.channel(followup.channel),
                )
            )

        overdue = row.overdue_actions
        if not overdue:
            self.actions_heading.setText(
                self.tr("Nothing overdue (%n open item(s))", "", row.open_action_count)
            )
            theme.set_warning(self.actions_heading, on=False)
            self.overdue_list.hide()
            return
        self.actions_heading.setText(
            self.tr("⚠ %n overdue action item(s)", "", row.overdue_count)
            + " "
            + self.tr("({open} open in all)").format(open=row.open_action_count)
        )
        theme.set_warning(self.actions_heading)
        lines = []
        for action in overdue[:MAX_OVERDUE_SHOWN]:
            assert action.due_date is not None
            lines.append(
                self.tr("• {text} — {owner}, due {due} ({late})").format(
                    text=action.description,
                    owner=action.owner or self.tr("no owner"),
                    due=fmt.day_month(action.due_date),
                    late=fmt.days_from(today, action.due_date),
                )
            )
        shown = min(len(overdue), MAX_OVERDUE_SHOWN)
        if row.overdue_count > shown:
            lines.append(self.tr("… and %n more", "", row.overdue_count - shown))
        self.overdue_list.setText("\n".join(lines))
        self.overdue_list.show()


class OverviewPage(QWidget):
    """Cards in a scrolling column; the clocks tick every 30 seconds."""

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.cards: list[PartnershipCard] = []
        #: Counts the card rebuilds, so late mission checks never land on newer cards.
        self._generation = 0
        #: Called on a worker thread with every state loaded (the app remembers it, to show
        #: the cards at once at the next start: see jumelage.app.snapshot).
        self.remember: Callable[[OverviewState], None] | None = None

        heading = plain_label(self.tr("Overview"), wrap=False)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.message = plain_label(self.tr("Opening the database…"))

        self._inner = QWidget()
        self._column = QVBoxLayout(self._inner)
        self._column.setSpacing(12)
        self._column.addWidget(self.message)
        self._column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._inner)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    # The same three methods as the table pages, so the window treats pages alike.
    def watches(self, changes: Changes) -> bool:
        return bool(changes)

    def loader(self) -> Callable[[Services], list[OverviewRow]]:
        remember = self.remember

        def load(services: Services) -> list[OverviewRow]:
            state = services.overview.state()
            if remember is not None:
                remember(state)
            return list(state.rows)

        return load

    def more_loader(self) -> Callable[[Services], Checked]:
        """The mission checks, loaded after the cards are shown: they read every mission to
        come with its people, legs and the destinations' holidays (0.5 s on the large
        benchmark database, most of it the ``holidays`` package loading), and the cards
        need not wait for them."""
        generation = self._generation
        language = fmt.language()

        def load(services: Services) -> Checked:
            return Checked(generation, services.checks.upcoming(language=language))

        return load

    def show_more(self, checked: Checked) -> None:
        if checked.generation != self._generation:
            return  # the cards were rebuilt since: their own checks are on the way
        for card in self.cards:
            card.show_problems(checked.problems.get(card.row.partnership.id, ()))

    def show_rows(self, rows: Sequence[OverviewRow]) -> None:
        if self.cards and [card.row for card in self.cards] == list(rows):
            return  # the same cards (the remembered ones, now confirmed): no flicker
        self._clear()
        if not rows:
            self.message.setText(
                self.tr(
                    "No partnership yet. Load the demo from the File menu, or add a partnership."
                )
            )
            self.message.show()
            return
        self.message.hide()
        for index, row in enumerate(rows):
            card = PartnershipCard(row, self._now, self._inner)
            self.cards.append(card)
            self._column.insertWidget(index + 1, card)

    def _clear(self) -> None:
        self._generation += 1
        for card in self.cards:
            self._column.removeWidget(card)
            card.deleteLater()
        self.cards = []

    def show_message(self, text: str) -> None:
        """``text`` instead of the cards (opening failed, the demo is loading...)."""
        self._clear()
        self.message.setText(text)
        self.message.show()

    def tick(self) -> None:
        for card in self.cards:
            card.fill()
