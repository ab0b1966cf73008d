"""The Calendar page: month, week and agenda views of missions, travel, agendas, follow-ups,
action items due and partner events, with both towns' holidays and weekends.

The toolbar has Today, previous and next, the Month/Week/Agenda switch (actions with
shortcuts, active while the page has the focus), a partnership filter (all, or one: the one
chosen decides the partner town of the week view's second time scale and of the holidays
shown; with all, the first partnership's), a kind filter, and a legend of the partnerships'
colours.

The page follows the main window's page protocol (``watches``, ``loader``, ``show_rows``);
navigation and filters load through the same loader on the window's task runner. The loader
runs on a worker thread and only calls services. Double-click or Enter on one of our entries
asks for its editor (:attr:`CalendarPage.open_requested`: "mission", "followup" or "action"
and the id; legs and agenda items open their mission); a drag in the week view moves the
entry through :class:`~jumelage.ui.undo.Edits` (undoable). Partner events never move.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain import time as tz
from jumelage.domain.calendar import CalendarEntry, DayMark, EntryKind, TownWeek
from jumelage.ui import format as fmt
from jumelage.ui.models.rows import plain_tooltip
from jumelage.ui.pages.calendar import common
from jumelage.ui.pages.calendar.agenda import AgendaView
from jumelage.ui.pages.calendar.common import CalendarData, PartnershipInfo
from jumelage.ui.pages.calendar.month import MonthView, month_grid_start

if TYPE_CHECKING:
    from jumelage.services import Services
    from jumelage.services.changes import Changes
    from jumelage.ui.editors.base import EditorContext
    from jumelage.ui.pages.calendar.week import WeekView
    from jumelage.ui.tasks import TaskRunner

MONTH, WEEK, AGENDA = "month", "week", "agenda"
UTC_TOWN = TownWeek(0, "UTC", "UTC")
EDITOR_OF = {
    EntryKind.MISSION: "mission",
    EntryKind.LEG: "mission",
    EntryKind.AGENDA: "mission",
    EntryKind.FOLLOWUP: "followup",
    EntryKind.ACTION_DUE: "action",
}


def load_calendar(
    services: Services,
    first: dt.date,
    last: dt.date,
    partnership_id: int | None,
    kinds: frozenset[EntryKind],
    language: str,
    now: dt.datetime,
) -> CalendarData:
    """Everything one view of the page needs (runs on a worker thread: services only)."""
    infos = []
    for row in services.partnerships.list():
        pair = services.calendar.towns(row.id)
        infos.append(PartnershipInfo(row.id, row.name, row.colour, *pair))
    infos.sort(key=lambda p: p.name.casefold())
    chosen = next((p for p in infos if p.id == partnership_id), None)
    if chosen is None and infos:
        chosen = infos[0]
    wanted = {partnership_id} if partnership_id is not None else None
    entries = services.calendar.entries(first, last, wanted, set(kinds), language) if kinds else []
    marks: list[DayMark] = []
    home = chosen.home if chosen else None
    partner = chosen.partner if chosen else None
    if home is not None and partner is not None:
        marks = services.calendar.day_marks([home.town_id, partner.town_id], first, last, language)
    today = tz.in_zone(now, home.time_zone if home else "UTC").date()
    return CalendarData(
        first,
        last,
        tuple(entries),
        tuple(marks),
        tuple(infos),
        home,
        partner,
        today,
        (first, last, partnership_id, kinds),
    )


class Legend(QWidget):
    """The partnerships' colours, painted and wrapped over as many lines as needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Partnership colours"))

    def set_items(self, items: list[tuple[str, str]]) -> None:
        self._items = items
        self.setToolTip(plain_tooltip("\n".join(name for name, _ in items)))
        self.setAccessibleDescription(", ".join(name for name, _ in items))
        self.updateGeometry()
        self.update()

    def _positions(self, width: int) -> list[tuple[int, int, str, str]]:
        metrics = self.fontMetrics()
        x, y, found = 0, 0, []
        line = metrics.height() + 4
        for name, colour in self._items:
            w = 18 + metrics.horizontalAdvance(name) + 16
            if x and x + w > width:
                x, y = 0, y + line
            found.append((x, y, name, colour))
            x += w
        return found

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        positions = self._positions(width)
        lines = 1 + (positions[-1][1] // (self.fontMetrics().height() + 4) if positions else 0)
        return lines * (self.fontMetrics().height() + 4)

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(max(self.width(), 400)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for x, y, name, colour in self._positions(self.width()):
            swatch = common.colour(colour)
            painter.fillRect(x, y + 3, 12, metrics.height() - 4, swatch)
            painter.setPen(text)
            painter.drawText(x + 18, y + metrics.ascent() + 1, name)
        painter.end()


class CalendarPage(QWidget):
    #: An editor for (kind, id): "mission", "followup" or "action".
    open_requested = Signal(str, int)
    #: The views show a new load.
    loaded = Signal()

    def __init__(
        self,
        context: Callable[[], EditorContext | None],
        runner: TaskRunner | None,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = runner
        self._now = now
        self._mode = MONTH
        self._anchor = now().date()
        self._partnership: int | None = None
        self._kinds: set[EntryKind] = set(common.KINDS)
        self._data: CalendarData | None = None
        self._week: WeekView | None = None
        self._pending = False

        heading = QLabel(self.tr("Calendar"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.today_action = self._action(self.tr("&Today"), "Ctrl+T", self.go_today)
        self.previous_action = self._action(self.tr("&Previous"), "Ctrl+PgUp", self.go_previous)
        self.next_action = self._action(self.tr("&Next"), "Ctrl+PgDown", self.go_next)
        self.mode_group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for mode, text, key in (
            (MONTH, self.tr("&Month"), "Alt+1"),
            (WEEK, self.tr("&Week"), "Alt+2"),
            (AGENDA, self.tr("&Agenda"), "Alt+3"),
        ):
            action = self._action(text, key, functools.partial(self.set_mode, mode))
            action.setCheckable(True)
            self.mode_group.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions[MONTH].setChecked(True)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # The title gives way to the buttons when the window is narrow (a long French week
        # title once made the whole window wider than the screen).
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bold = self.title.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.title.setFont(bold)

        self.partnership = QComboBox()
        self.partnership.setAccessibleName(self.tr("Partnership"))
        self.partnership.setToolTip(
            self.tr("With all partnerships, the first one's partner town gives the second clock")
        )
        self.partnership.addItem(self.tr("All partnerships"), None)
        # Room for "Anderlecht – Marsassoum"; the list itself shows the longest names whole.
        self.partnership.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partnership.setMinimumContentsLength(24)
        self.partnership.currentIndexChanged.connect(self._on_partnership)
        partnership_label = QLabel(self.tr("&Partnership:"))
        partnership_label.setBuddy(self.partnership)

        # A push button: its menu arrow has room of its own (a tool button's is drawn over
        # the text, and "Afficher" lost its last letters).
        self.kinds_button = QPushButton(self.tr("&Show"))
        self.kinds_button.setAccessibleName(self.tr("Kinds of entries shown"))
        menu = QMenu(self.kinds_button)
        self.kind_actions: dict[EntryKind, QAction] = {}
        for kind in common.KINDS:
            action = menu.addAction(common.kind_label(kind))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(functools.partial(self._on_kind, kind))
            self.kind_actions[kind] = action
        self.kinds_button.setMenu(menu)

        bar = QHBoxLayout()
        for action in (self.today_action, self.previous_action, self.next_action):
            bar.addWidget(self._button(action))
        bar.addStretch(1)
        for action in self.mode_actions.values():
            bar.addWidget(self._button(action))
        bar.addSpacing(8)
        bar.addWidget(partnership_label)
        bar.addWidget(self.partnership)
        bar.addWidget(self.kinds_button)

        self.month = MonthView()
        self.month.entry_activated.connect(self.activate)
        self.month.day_selected.connect(self._on_day_selected)
        self.agenda = AgendaView()
        self.agenda.entry_activated.connect(self.activate)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month)
        self.week_holder = QWidget()
        QVBoxLayout(self.week_holder).setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.week_holder)
        self.stack.addWidget(self.agenda)
        self.legend = Legend()

        # The period's title beside the page's heading: the row of buttons below stays
        # within a laptop's width in French and Dutch.
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(24)
        top.addWidget(self.title, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.month)
        self._update_title()

    def _action(self, text: str, key: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            self.tr("{action} ({key})").format(
                action=text.replace("&", ""),
                key=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # --- the week view (built on first use) -------------------------------------------------

    @property
    def week(self) -> WeekView:
        if self._week is None:
            from jumelage.ui.pages.calendar.week import WeekView

            self._week = WeekView()
            self._week.entry_activated.connect(self.activate)
            self._week.entry_moved.connect(self.move_entry)
            layout = self.week_holder.layout()
            assert layout is not None
            layout.addWidget(self._week)
            self._fill_week()
        return self._week

    # --- state ------------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def anchor(self) -> dt.date:
        return self._anchor

    @property
    def data(self) -> CalendarData | None:
        return self._data

    def span(self) -> tuple[dt.date, dt.date]:
        """The dates the current view shows."""
        if self._mode == WEEK:
            monday = self._anchor - dt.timedelta(days=self._anchor.weekday())
            return monday, monday + dt.timedelta(days=6)
        if self._mode == AGENDA:
            first = self._anchor.replace(day=1)
            following = (first + dt.timedelta(days=32)).replace(day=1)
            return first, following - dt.timedelta(days=1)
        first = month_grid_start(self._anchor)
        return first, first + dt.timedelta(days=41)

    def set_mode(self, mode: str) -> None:
        self._mode = mode
        self.mode_actions[mode].setChecked(True)
        widget: QWidget = {MONTH: self.month, WEEK: self.week_holder, AGENDA: self.agenda}[mode]
        if mode == WEEK:
            widget = self.week
            self.stack.setCurrentWidget(self.week_holder)
        else:
            self.stack.setCurrentWidget(widget)
        self.setFocusProxy(widget)
        self._update_title()
        self.reload()

    def go_to_date(self, day: dt.date) -> None:
        self._anchor = day
        if self._mode == MONTH:
            self.month.select_day(day)
        self._update_title()
        self.reload()

    def go_today(self) -> None:
        self.go_to_date(self._today())

    def go_previous(self) -> None:
        self.go_to_date(self._step(-1))

    def go_next(self) -> None:
        self.go_to_date(self._step(1))

    def _step(self, direction: int) -> dt.date:
        if self._mode == WEEK:
            return self._anchor + dt.timedelta(days=7 * direction)
        first = self._anchor.replace(day=1)
        if direction > 0:
            return (first + dt.timedelta(days=32)).replace(day=1)
        return (first - dt.timedelta(days=1)).replace(day=1)

    def select_partnership(self, partnership_id: int | None) -> None:
        """Show one partnership (``None``: all). Before the page's first load the list is
        empty: the choice is kept and made when the list comes."""
        index = self.partnership.findData(partnership_id)
        if index >= 0:
            self.partnership.setCurrentIndex(index)
        elif self.partnership.count() <= 1 and partnership_id != self._partnership:
            self._partnership = partnership_id
            self.reload()

    def _today(self) -> dt.date:
        if self._data is not None:
            return tz.in_zone(self._now(), (self._data.home or UTC_TOWN).time_zone).date()
        return self._now().date()

    def _on_partnership(self, index: int) -> None:
        value = self.partnership.itemData(index)
        self._partnership = int(value) if value is not None else None
        self.reload()

    def _on_kind(self, kind: EntryKind, shown: bool) -> None:
        if shown:
            self._kinds.add(kind)
        else:
            self._kinds.discard(kind)
        self.reload()

    def _on_day_selected(self, day: dt.date) -> None:
        if day.replace(day=1) != self._anchor.replace(day=1):
            self._anchor = day
            self._update_title()
            self.reload()

    def _update_title(self) -> None:
        locale = QLocale()
        if self._mode == WEEK:
            first, last = self.span()
            week = QDate(first.year, first.month, first.day).weekNumber()[0]
            text = self.tr("Week {number}: {dates}").format(
                number=week, dates=fmt.short_range(first, last)
            )
        else:
            text = locale.toString(
                QDate(self._anchor.year, self._anchor.month, 1), "MMMM yyyy"
            ).capitalize()
        self.title.setText(text)
        self.title.setToolTip(text)

    # --- the page protocol ------------------------------------------------------------------

    def watches(self, changes: Changes) -> bool:
        from jumelage.services.changes import Entity

        return changes.touches(
            Entity.MISSION,
            Entity.FOLLOWUP,
            Entity.ACTION,
            Entity.EXTERNAL,
            Entity.PARTNERSHIP,
            Entity.TOWN,
        )

    def _request(self) -> tuple[Any, ...]:
        first, last = self.span()
        return first, last, self._partnership, frozenset(self._kinds)

    def loader(self) -> Callable[[Services], CalendarData]:
        first, last, partnership_id, kinds = self._request()
        language = QLocale().name()
        now = self._now()
        return lambda services: load_calendar(
            services, first, last, partnership_id, kinds, language, now
        )

    def reload(self) -> None:
        """Load the current view's dates on the task runner (one load at a time)."""
        context = self._context()
        if context is None or self._runner is None:
            return
        if self._pending:
            return  # show_rows loads again if the view moved on meanwhile
        self._pending = True
        load = self.loader()
        services = context.services
        self._runner.submit(lambda: load(services), self._loaded, self._failed)

    def _loaded(self, data: CalendarData) -> None:
        self._pending = False
        self.show_rows(data)

    def _failed(self, error: BaseException) -> None:
        self._pending = False
        context = self._context()
        if context is not None:
            context.show_error(error)

    def show_rows(self, data: CalendarData) -> None:
        self._data = data
        self._fill_partnerships(data.partnerships)
        self.legend.set_items([(p.name, p.colour) for p in data.partnerships])
        entries = [common.localised(e) for e in data.entries]
        marks = list(data.marks)
        first, last, _partnership, _kinds = self._request()
        if self._mode == MONTH:
            self.month.set_month(self._anchor)
            self.month.towns_of = data.towns_of
            self.month.set_data(entries, marks, data.home, data.partner, data.today)
        elif self._mode == AGENDA:
            names = {p.id: p.name for p in data.partnerships}
            self.agenda.set_data(
                entries, marks, data.home, data.towns_of, names, first, last, data.today
            )
        else:
            self._fill_week()
        if data.request != self._request():
            self.reload()  # the user moved on while this was loading
            return
        self.loaded.emit()

    def _fill_week(self) -> None:
        if self._week is None or self._data is None:
            return
        data = self._data
        first, _last = self.span()
        self._week.set_week(first)
        self._week.set_towns(data.home or UTC_TOWN, data.partner)
        self._week.set_marks(list(data.marks))
        self._week.set_entries([common.localised(e) for e in data.entries])

    def _fill_partnerships(self, infos: tuple[PartnershipInfo, ...]) -> None:
        known = [self.partnership.itemData(i) for i in range(1, self.partnership.count())]
        if known == [p.id for p in infos] and all(
            self.partnership.itemText(i + 1) == p.name for i, p in enumerate(infos)
        ):
            return
        self.partnership.blockSignals(True)
        while self.partnership.count() > 1:
            self.partnership.removeItem(1)
        for info in infos:
            self.partnership.addItem(info.name, info.id)
        index = self.partnership.findData(self._partnership)
        self.partnership.setCurrentIndex(max(0, index))
        if index < 0:
            self._partnership = None
        self.partnership.blockSignals(False)

    # --- opening and moving -----------------------------------------------------------------

    def activate(self, entry: CalendarEntry) -> None:
        """Ask for the editor of one of our entries (partner events have none)."""
        kind = EDITOR_OF.get(entry.kind)
        if kind is None or entry.read_only:
            return
        key = entry.ref_id
        if entry.kind in (EntryKind.LEG, EntryKind.AGENDA):
            context = self._context()
            if context is None:
                return
            try:
                key = context.services.calendar.mission_of(entry.kind, entry.ref_id)
            except Exception as error:
                context.show_error(error)
                return
        self.open_requested.emit(kind, key)

    def move_entry(self, entry: CalendarEntry, start: Any, end: Any) -> bool:
        """Move ``entry`` to ``start``..``end`` (a drag in the week view), undoably. Partner
        events never move; a refused move is reported and the views reload."""
        context = self._context()
        if context is None:
            return False
        if entry.read_only or entry.kind not in EDITOR_OF:
            self.reload()
            return False
        calendar = context.services.calendar
        state: dict[str, Any] = {"version": entry.version}

        def redo() -> Any:
            outcome = calendar.move(entry.kind, entry.ref_id, start, end, state["version"])
            state["version"] = outcome.value.version
            state["old"] = (outcome.value.old_start, outcome.value.old_end)
            return outcome

        def undo() -> Any:
            old_start, old_end = state["old"]
            outcome = calendar.move(entry.kind, entry.ref_id, old_start, old_end, state["version"])
            state["version"] = outcome.value.version
            return outcome

        try:
            context.edits.perform(self.tr("Move “{title}”").format(title=entry.title), redo, undo)
        except Exception as error:
            context.show_error(error)
            self.reload()
            return False
        return True
