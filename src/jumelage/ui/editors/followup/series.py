"""Recurring follow-ups in the editor: the "this / following / all" question, the undoable
series edits and cancellations, and the drift panel (plain text) that says when the other
town sees the meeting move and which occurrences are awkward for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jumelage.domain.drift import Drift, FlagReason
from jumelage.domain.series import Scope, SeriesChanges
from jumelage.services.series import LOGGED_DETACHED, LOGGED_KEPT
from jumelage.ui import format as fmt

if TYPE_CHECKING:
    from jumelage.domain.errors import DomainWarning
    from jumelage.domain.rows import FollowUpRow, PartnershipRow
    from jumelage.domain.series import SeriesRow
    from jumelage.domain.specs import FollowUpSpec
    from jumelage.services.changes import Outcome
    from jumelage.ui.editors.base import EditorContext

WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


# --- the question --------------------------------------------------------------------------


def scope_box(parent: QWidget | None, *, cancelling: bool) -> QMessageBox:
    """The usual question about a recurring meeting; each answer button carries its
    :class:`Scope` in the ``scope`` property. Keyboard: Alt+T, Alt+F, Alt+A, Escape."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if cancelling:
        box.setWindowTitle(
            QCoreApplication.translate("FollowUpSeries", "Call off a recurring follow-up")
        )
        box.setText(
            QCoreApplication.translate(
                "FollowUpSeries", "Call off only this occurrence, or more of the series?"
            )
        )
    else:
        box.setWindowTitle(
            QCoreApplication.translate("FollowUpSeries", "Edit a recurring follow-up")
        )
        box.setText(
            QCoreApplication.translate(
                "FollowUpSeries",
                "Apply the changes to this occurrence only, or to more of the series?",
            )
        )
    box.setInformativeText(
        QCoreApplication.translate(
            "FollowUpSeries",
            "Occurrences that hold minutes, decisions or attendance stay as they are. "
            "Undo brings everything back.",
        )
    )
    buttons = [
        (QCoreApplication.translate("FollowUpSeries", "&This occurrence"), Scope.THIS),
        (QCoreApplication.translate("FollowUpSeries", "This and the &following"), Scope.FOLLOWING),
        (QCoreApplication.translate("FollowUpSeries", "&All occurrences"), Scope.ALL),
    ]
    answers = []
    for text, scope in buttons:
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setProperty("scope", scope.value)
        answers.append(button)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(answers[0])
    box.setEscapeButton(cancel)
    return box


def ask_scope(parent: QWidget | None, *, cancelling: bool = False) -> Scope | None:
    """Ask; ``None`` when the user cancels."""
    box = scope_box(parent, cancelling=cancelling)
    box.exec()
    clicked = box.clickedButton()
    value = clicked.property("scope") if clicked is not None else None
    box.deleteLater()
    return Scope(value) if value else None


# --- what changed --------------------------------------------------------------------------


def series_changes(row: FollowUpRow, spec: FollowUpSpec) -> SeriesChanges:
    """The fields of ``spec`` that a series shares, where they differ from ``row``. A new
    start is read on the occurrence's own clocks: a new wall time and a shift in days."""
    start = spec.start.astimezone(row.start.tzinfo)
    return SeriesChanges(
        start_time=start.time() if start.time() != row.start.time() else None,
        shift_days=(start.date() - row.start.date()).days,
        duration_min=spec.duration_min if spec.duration_min != row.duration_min else None,
        title=spec.title if spec.title != row.title else None,
        channel=spec.channel if spec.channel != row.channel else None,
        join_link=spec.join_link if spec.join_link != row.join_link else None,
    )


def edit_series(
    context: EditorContext,
    row: FollowUpRow,
    scope: Scope,
    changes: SeriesChanges,
    spec: FollowUpSpec,
) -> Outcome[Any]:
    """Edit following or all occurrences as one undoable step; the fields that belong to
    this occurrence alone (status, agenda, minutes...) are saved with it."""
    from jumelage.ui.editors.followup.editor import followup_spec

    services = context.services
    spec = spec.validated()
    state: dict[str, Any] = {}

    def redo() -> Outcome[Any]:
        if "after" in state:
            return services.series.restore(state["after"])
        outcome = services.series.edit(row.id, scope, changes, row.version)
        current = services.followups.get(row.id).followup
        own = replace(
            spec,
            title=current.title,
            start=current.start,
            duration_min=current.duration_min,
            channel=current.channel,
            join_link=current.join_link,
        )
        if own != followup_spec(current):
            services.followups.update(row.id, current.version, own)
        state["before"] = outcome.value.before
        state["after"] = services.series.snapshot(outcome.value.after)
        return outcome

    text = (
        QCoreApplication.translate("FollowUpSeries", "Edit “{title}” and the following occurrences")
        if scope is Scope.FOLLOWING
        else QCoreApplication.translate("FollowUpSeries", "Edit every occurrence of “{title}”")
    ).format(title=row.title)
    return context.edits.perform(text, redo, lambda: services.series.restore(state["before"]))


def cancel_series(context: EditorContext, row: FollowUpRow, scope: Scope) -> Outcome[Any]:
    """Call off this, the following or all occurrences as one undoable step."""
    services = context.services
    state: dict[str, Any] = {}

    def redo() -> Outcome[Any]:
        if "after" in state:
            return services.series.restore(state["after"])
        outcome = services.series.cancel(row.id, scope, row.version)
        state["before"] = outcome.value.before
        state["after"] = outcome.value.after
        return outcome

    if scope is Scope.THIS:
        text = QCoreApplication.translate("FollowUpSeries", "Call off “{title}” on {date}")
    elif scope is Scope.FOLLOWING:
        text = QCoreApplication.translate("FollowUpSeries", "Call off “{title}” from {date} on")
    else:
        text = QCoreApplication.translate(
            "FollowUpSeries", "Call off every occurrence of “{title}”"
        )
    text = text.format(title=row.title, date=fmt.day_month(row.start.date()))
    return context.edits.perform(text, redo, lambda: services.series.restore(state["before"]))


def warning_text(warnings: tuple[DomainWarning, ...]) -> str:
    """What a series edit left alone, in a sentence per warning."""
    lines = []
    for warning in warnings:
        count = int(warning.subject or 0)
        if warning.code == LOGGED_KEPT:
            lines.append(
                QCoreApplication.translate(
                    "FollowUpSeries",
                    "Occurrences with minutes, decisions or attendance kept as they were: {n}.",
                ).format(n=count)
            )
        elif warning.code == LOGGED_DETACHED:
            lines.append(
                QCoreApplication.translate(
                    "FollowUpSeries",
                    "Occurrences with minutes, decisions or attendance that the new rule has "
                    "no date for became single follow-ups: {n}.",
                ).format(n=count)
            )
    return "\n".join(lines)


# --- describing a series -------------------------------------------------------------------


#: "Monthly, on the first Tuesday" for BYDAY=1TU ... -1TU (the rules New Series offers).
_ORDINALS: dict[str, Callable[[], str]] = {
    "1": lambda: QCoreApplication.translate("FollowUpSeries", "Monthly, on the first {day}"),
    "2": lambda: QCoreApplication.translate("FollowUpSeries", "Monthly, on the second {day}"),
    "3": lambda: QCoreApplication.translate("FollowUpSeries", "Monthly, on the third {day}"),
    "4": lambda: QCoreApplication.translate("FollowUpSeries", "Monthly, on the fourth {day}"),
    "-1": lambda: QCoreApplication.translate("FollowUpSeries", "Monthly, on the last {day}"),
}


def describe_rule(rule: str) -> str:
    """A sentence for the rules series use (anything else: the rule itself)."""
    parts = dict(p.partition("=")[::2] for p in rule.upper().split(";") if p)
    freq, interval = parts.get("FREQ", ""), int(parts.get("INTERVAL", "1") or 1)
    by_day = parts.get("BYDAY", "")
    if freq == "DAILY" and interval == 1:
        text = QCoreApplication.translate("FollowUpSeries", "Every day")
    elif freq == "WEEKLY" and interval == 1:
        text = QCoreApplication.translate("FollowUpSeries", "Every week")
    elif freq == "WEEKLY" and interval == 2:
        text = QCoreApplication.translate("FollowUpSeries", "Every two weeks")
    elif freq == "MONTHLY" and by_day[:-2] in _ORDINALS and by_day[-2:] in WEEKDAY_CODES:
        text = _ORDINALS[by_day[:-2]]().format(
            day=fmt.weekday_in_text(WEEKDAY_CODES.index(by_day[-2:]))
        )
    elif freq == "MONTHLY" and parts.get("BYMONTHDAY", "").isdigit():
        text = QCoreApplication.translate("FollowUpSeries", "Monthly, on day {day}").format(
            day=parts["BYMONTHDAY"]
        )
    elif freq == "MONTHLY" and interval == 1 and not by_day and "BYMONTHDAY" not in parts:
        text = QCoreApplication.translate("FollowUpSeries", "Every month")
    else:
        return rule
    if "COUNT" in parts:
        text += QCoreApplication.translate("FollowUpSeries", ", {count} times").format(
            count=parts["COUNT"]
        )
    elif "UNTIL" in parts:
        raw = parts["UNTIL"]
        until = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        text += QCoreApplication.translate("FollowUpSeries", ", until {date}").format(
            date=fmt.day_month(until)
        )
    return text


def zone_names(partnership: PartnershipRow | None) -> dict[str, str]:
    if partnership is None:
        return {}
    return {
        partnership.partner_zone: partnership.partner_town,
        partnership.home_zone: partnership.home_town,
    }


def drift_text(drift: Drift, anchor: str, partnership: PartnershipRow | None) -> str:
    """The drift warnings as plain text, one line each."""
    names = zone_names(partnership)
    lines: list[str] = []
    if drift.changes:
        lines.append(
            QCoreApplication.translate(
                "FollowUpSeries", "The time in {town} changes ({anchor} keeps its time):"
            ).format(town=drift.other, anchor=anchor)
        )
        for change in drift.changes:
            line = QCoreApplication.translate(
                "FollowUpSeries", "• from {date}: {time} in {town} (before: {previous})"
            ).format(
                date=fmt.day_month(change.start.date()),
                time=fmt.time(change.other_start),
                town=drift.other,
                previous=fmt.time(change.previous),
            )
            clocks = [
                QCoreApplication.translate(
                    "FollowUpSeries", "{town} changes its clocks on {date}"
                ).format(town=names.get(c.zone, c.zone), date=fmt.day_month(c.date))
                for c in change.clock_changes
            ]
            if clocks:
                line += " – " + "; ".join(clocks)
            lines.append(line)
    if drift.flags:
        if lines:
            lines.append("")
        lines.append(
            QCoreApplication.translate("FollowUpSeries", "Awkward for {town}:").format(
                town=drift.other
            )
        )
        for flag in drift.flags:
            reasons = []
            for reason in flag.reasons:
                if reason is FlagReason.BEFORE_HOURS:
                    reasons.append(
                        QCoreApplication.translate("FollowUpSeries", "before working hours")
                    )
                elif reason is FlagReason.AFTER_HOURS:
                    reasons.append(
                        QCoreApplication.translate("FollowUpSeries", "after working hours")
                    )
                elif reason is FlagReason.WEEKEND:
                    reasons.append(QCoreApplication.translate("FollowUpSeries", "weekend"))
                else:
                    reasons.append(
                        QCoreApplication.translate("FollowUpSeries", "holiday: {name}").format(
                            name=flag.holiday
                        )
                    )
            lines.append(
                QCoreApplication.translate(
                    "FollowUpSeries", "• {date}, {start}–{end} in {town}: {reasons}"
                ).format(
                    date=fmt.day_month(flag.other_start.date()),
                    start=fmt.time(flag.other_start),
                    end=fmt.time(flag.other_end),
                    town=drift.other,
                    reasons=", ".join(reasons),
                )
            )
    if not lines:
        lines.append(
            QCoreApplication.translate(
                "FollowUpSeries",
                "{town} sees every coming occurrence at the same time, within its working "
                "hours, on working days.",
            ).format(town=drift.other)
        )
    lines += list(drift.notes)
    return "\n".join(lines)


class SeriesTab(QWidget):
    """The series an occurrence belongs to, and its drift warnings (plain text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Series"))
        self.caption = QLabel(self.tr("&Drift warnings:"))
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setObjectName("drift")
        self.warnings.setAccessibleName(self.tr("Drift warnings"))
        self.warnings.setTabChangesFocus(True)
        self.warnings.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.caption.setBuddy(self.warnings)
        #: What the last series edit left alone (logged occurrences).
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.caption)
        layout.addWidget(self.warnings, 1)

    def show_series(
        self, series: SeriesRow, drift: Drift | None, partnership: PartnershipRow | None
    ) -> None:
        held = sum(1 for o in series.occurrences if o.logged)
        cancelled = sum(1 for o in series.occurrences if o.status.value == "cancelled")
        anchor = zone_names(partnership).get(series.time_zone, series.time_zone)
        self.summary.setText(
            self.tr(
                "{rule}, at {time} in {anchor}, from {date}.\n"
                "{count} occurrences: {held} with a record of the meeting, {cancelled} called off."
            ).format(
                rule=describe_rule(series.rule),
                time=fmt.time(series.first_start),
                anchor=anchor,
                date=fmt.day_month(series.first_start.date()),
                count=len(series.occurrences),
                held=held,
                cancelled=cancelled,
            )
        )
        self.warnings.setPlainText(drift_text(drift, anchor, partnership) if drift else "")
