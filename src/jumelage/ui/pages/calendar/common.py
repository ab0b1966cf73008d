"""What the month and agenda views share: the loaded data, entry texts in both towns' local
times, colours. Every text goes through ``QCoreApplication.translate("calendar", ...)``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget

from jumelage.domain import time as tz
from jumelage.domain.calendar import CalendarEntry, DayMark, EntryKind, TownWeek
from jumelage.ui import checks, labels
from jumelage.ui import format as fmt
from jumelage.ui.models.rows import plain_tooltip

#: The kinds in the order the filter lists them.
KINDS = (
    EntryKind.MISSION,
    EntryKind.LEG,
    EntryKind.AGENDA,
    EntryKind.FOLLOWUP,
    EntryKind.ACTION_DUE,
    EntryKind.PARTNER_EVENT,
)


def kind_label(kind: EntryKind) -> str:
    texts = {
        EntryKind.MISSION: QCoreApplication.translate("calendar", "Missions"),
        EntryKind.LEG: QCoreApplication.translate("calendar", "Travel"),
        EntryKind.AGENDA: QCoreApplication.translate("calendar", "Mission agendas"),
        EntryKind.FOLLOWUP: QCoreApplication.translate("calendar", "Follow-ups"),
        EntryKind.ACTION_DUE: QCoreApplication.translate("calendar", "Action items due"),
        EntryKind.PARTNER_EVENT: QCoreApplication.translate("calendar", "Partner events"),
    }
    return texts[kind]


def entry_kind(kind: EntryKind) -> str:
    """What one entry is, for its tooltip and the agenda's details: "Mission", "Travel"..."""
    texts = {
        EntryKind.MISSION: QCoreApplication.translate("calendar", "Mission"),
        EntryKind.LEG: QCoreApplication.translate("calendar", "Travel"),
        EntryKind.AGENDA: QCoreApplication.translate("calendar", "Mission agenda item"),
        EntryKind.FOLLOWUP: QCoreApplication.translate("calendar", "Follow-up"),
        EntryKind.ACTION_DUE: QCoreApplication.translate("calendar", "Action item due"),
        EntryKind.PARTNER_EVENT: QCoreApplication.translate("calendar", "Partner event"),
    }
    return texts[kind]


@dataclass(frozen=True)
class PartnershipInfo:
    id: int
    name: str
    colour: str
    home: TownWeek
    partner: TownWeek


@dataclass(frozen=True)
class CalendarData:
    """What one load brings to the views (built on a worker thread from services only)."""

    first: dt.date
    last: dt.date
    entries: tuple[CalendarEntry, ...] = ()
    marks: tuple[DayMark, ...] = ()
    partnerships: tuple[PartnershipInfo, ...] = ()
    #: The pair of towns the views show (the chosen partnership, or the first one).
    home: TownWeek | None = None
    partner: TownWeek | None = None
    today: dt.date = dt.date(1970, 1, 1)
    #: What was asked: (first, last, partnership id or None, kinds).
    request: tuple[object, ...] = ()

    def towns_of(self, partnership_id: int) -> tuple[TownWeek | None, TownWeek | None]:
        for info in self.partnerships:
            if info.id == partnership_id:
                return info.home, info.partner
        return self.home, self.partner


def localised(entry: CalendarEntry) -> CalendarEntry:
    """The entry with its detail in the user's language (a follow-up's channel)."""
    if entry.kind is EntryKind.FOLLOWUP and entry.detail:
        return replace(entry, detail=labels.channel(entry.detail))
    return entry


def zone_of(town: TownWeek | None) -> ZoneInfo:
    return tz.zone(town.time_zone) if town is not None else tz.zone("UTC")


def short_day(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def local_time(moment: dt.datetime, town: TownWeek, on: dt.date | None = None) -> str:
    """ "10:00 Anderlecht", with the date when it is not ``on`` ("Tue 7 Apr 01:00 Dakar")."""
    local = moment.astimezone(zone_of(town))
    text = fmt.time(local)
    if on is not None and local.date() != on:
        text = QCoreApplication.translate("calendar", "{day} {time}").format(
            day=short_day(local.date()), time=text
        )
    return QCoreApplication.translate("calendar", "{time} {town}").format(time=text, town=town.name)


def both_times(
    moment: dt.datetime, home: TownWeek | None, partner: TownWeek | None, on: dt.date | None
) -> str:
    """ "10:00 Anderlecht · 08:00 Marsassoum" (the partner's time only when it has one)."""
    parts = [local_time(moment, town, on) for town in (home, partner) if town is not None]
    if not parts:
        return fmt.time(moment)
    return QCoreApplication.translate("calendar", " · ").join(parts)


def when_text(entry: CalendarEntry, home: TownWeek | None, partner: TownWeek | None) -> str:
    """When the entry happens, for a list or a tooltip: the dates of an all-day entry, else
    its start (and end) in both towns' local times."""
    if entry.all_day:
        assert entry.first_day is not None
        last = entry.last_day or entry.first_day
        if last == entry.first_day:
            return QCoreApplication.translate("calendar", "All day")
        return fmt.date_range(entry.first_day, last)
    assert entry.start is not None
    on = entry.start.astimezone(zone_of(home)).date()
    text = both_times(entry.start, home, partner, on)
    if entry.end is not None and entry.end > entry.start:
        text = QCoreApplication.translate("calendar", "{start} → {end}").format(
            start=text, end=both_times(entry.end, home, partner, on)
        )
    return text


def start_text(entry: CalendarEntry, home: TownWeek | None, partner: TownWeek | None) -> str:
    """When the entry starts, in both towns ("10:00 Anderlecht · 08:00 Marsassoum"); the
    dates of an all-day entry."""
    if entry.all_day or entry.start is None:
        return when_text(entry, home, partner)
    return both_times(entry.start, home, partner, entry.start.astimezone(zone_of(home)).date())


def tooltip(entry: CalendarEntry, home: TownWeek | None, partner: TownWeek | None) -> str:
    """Title, kind, both local times, detail and state: plain text, one fact a line."""
    lines = [entry.title, entry_kind(entry.kind)]
    if entry.all_day:
        assert entry.first_day is not None
        lines.append(fmt.date_range(entry.first_day, entry.last_day or entry.first_day))
    else:
        lines.append(when_text(entry, home, partner))
        if entry.start is not None and entry.time_zone:
            lines.append(
                QCoreApplication.translate("calendar", "Planned in {zone}").format(
                    zone=entry.time_zone
                )
            )
    if entry.detail:
        lines.append(entry.detail)
    lines += problem_lines(entry)
    if entry.cancelled:
        lines.append(QCoreApplication.translate("calendar", "Cancelled"))
    if entry.read_only:
        lines.append(
            QCoreApplication.translate("calendar", "From the partner's calendar (read-only)")
        )
    return "\n".join(lines)


def show_tooltip(widget: QWidget, event: QHelpEvent, text: str) -> None:
    """Show ``text`` (titles typed or imported: plain text, one fact a line) as the tooltip
    of ``widget`` at the help event's place; no text, no tooltip.

    Qt shows a tooltip that looks like HTML as rich text, and an imported
    ``<img src=...>`` would load a file: the text is escaped first (:func:`plain_tooltip`)."""
    if text:
        QToolTip.showText(event.globalPos(), plain_tooltip(text), widget)
    else:
        QToolTip.hideText()
        event.ignore()


def problem_lines(entry: CalendarEntry) -> list[str]:
    """One "⚠ sentence" a line for each of a mission's problems (see :mod:`jumelage.ui.checks`)."""
    return [f"{checks.SIGN} {checks.describe(problem)}" for problem in entry.problems]


def mark_text(mark: DayMark) -> str:
    """ "Marsassoum: Korité (estimated)"."""
    name = mark.name
    if mark.estimated:
        name = QCoreApplication.translate("calendar", "{holiday} (estimated)").format(holiday=name)
    return QCoreApplication.translate("calendar", "{town}: {holiday}").format(
        town=mark.town_name, holiday=name
    )


def weekend_text(town: TownWeek) -> str:
    return QCoreApplication.translate("calendar", "Weekend in {town}").format(town=town.name)


def initials(name: str) -> str:
    """A town's badge in a day cell: "A" for Anderlecht, "VN" for Village near Nablus."""
    words = [w for w in name.replace("&", " ").split() if w[:1].isupper()]
    letters = "".join(w[0] for w in words[:2]) or name[:1].upper()
    return letters


def badges(home: TownWeek | None, partner: TownWeek | None) -> dict[int, str]:
    """Distinct short badges for the two towns."""
    found: dict[int, str] = {}
    if home is not None:
        found[home.town_id] = initials(home.name)
    if partner is not None:
        badge = initials(partner.name)
        if badge in found.values():
            badge = partner.name[:2]
        found[partner.town_id] = badge
    return found


def colour(hex_colour: str) -> QColor:
    found = QColor(hex_colour)
    return found if found.isValid() else QColor("#607d8b")


def text_colour(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    lum = (
        0.2126 * channel(fill.redF())
        + 0.7152 * channel(fill.greenF())
        + 0.0722 * channel(fill.blueF())
    )
    return QColor(Qt.GlobalColor.black if lum > 0.179 else Qt.GlobalColor.white)


def blend(top: QColor, bottom: QColor, alpha: float) -> QColor:
    return QColor.fromRgbF(
        top.redF() * alpha + bottom.redF() * (1 - alpha),
        top.greenF() * alpha + bottom.greenF() * (1 - alpha),
        top.blueF() * alpha + bottom.blueF() * (1 - alpha),
    )


def opens(entry: CalendarEntry) -> bool:
    """Whether activating the entry opens an editor (everything of ours)."""
    return not entry.read_only and entry.kind is not EntryKind.PARTNER_EVENT
