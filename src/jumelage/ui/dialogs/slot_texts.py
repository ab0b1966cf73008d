"""The overlap finder's answer in the user's language: slots in both towns' local times, how
comfortable they are, why a day has none, and the notes of a search.

The domain gives its reasons and notes as data (:class:`jumelage.domain.slots.Reason`,
:class:`~jumelage.domain.slots.Note`); they are worded here with translatable templates, and
dates and times come from :mod:`jumelage.ui.format` (QLocale).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from jumelage.domain.slots import Busy, BusyKind, EmptyDay, Note, NoteKind, Reason, ReasonKind, Slot
from jumelage.ui import format as fmt

#: A slot at least this many minutes inside both working days is comfortable.
COMFORTABLE = 60


def short_date(value: dt.date) -> str:
    """ "Tue 24 Mar" in the user's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM")


def weekday(number: int) -> str:
    """The name of weekday ``number`` (Monday = 0) in the user's language."""
    return QLocale().dayName(number + 1, QLocale.FormatType.LongFormat)


def times(start: dt.datetime, end: dt.datetime) -> str:
    return QCoreApplication.translate("FindTimeDialog", "{start}–{end}").format(
        start=fmt.time(start), end=fmt.time(end)
    )


def home_times(slot: Slot, home: str) -> str:
    """ "10:00–11:00 Anderlecht"."""
    return QCoreApplication.translate("FindTimeDialog", "{times} {town}").format(
        times=times(slot.home_start, slot.home_end), town=home
    )


def partner_times(slot: Slot, partner: str) -> str:
    """ "09:00–10:00 Marsassoum", with the partner's date when it is not the home town's."""
    text = QCoreApplication.translate("FindTimeDialog", "{times} {town}").format(
        times=times(slot.partner_start, slot.partner_end), town=partner
    )
    if slot.partner_start.date() != slot.home_start.date():
        text = QCoreApplication.translate("FindTimeDialog", "{times} ({date})").format(
            times=text, date=short_date(slot.partner_start.date())
        )
    return text


def both_times(slot: Slot, home: str, partner: str) -> str:
    """ "10:00–11:00 Anderlecht · 09:00–10:00 Marsassoum"."""
    return QCoreApplication.translate("FindTimeDialog", "{home} · {partner}").format(
        home=home_times(slot, home), partner=partner_times(slot, partner)
    )


def slot_line(slot: Slot, home: str, partner: str) -> str:
    """ "Tue 24 Mar · 10:00–11:00 Anderlecht · 09:00–10:00 Marsassoum"."""
    return QCoreApplication.translate("FindTimeDialog", "{date} · {times}").format(
        date=short_date(slot.home_start.date()), times=both_times(slot, home, partner)
    )


def comfort(score: int) -> str:
    """How comfortably the slot sits inside both working days, in words."""
    if score >= COMFORTABLE:
        return QCoreApplication.translate("FindTimeDialog", "Comfortable")
    if score > 0:
        return QCoreApplication.translate("FindTimeDialog", "Tight")
    return QCoreApplication.translate("FindTimeDialog", "At the edge of a working day")


class _Plurals(QObject):
    """Plural messages go through ``self.tr`` so that lupdate records them as numerus."""

    def margin(self, minutes: int) -> str:
        return self.tr(
            "%n minute(s) from the nearest start or end of a working day in either town",
            "",
            minutes,
        )

    def more(self, count: int) -> str:
        return self.tr("%n more slot(s) not listed: narrow the dates to see them.", "", count)

    def found(self, count: int) -> str:
        return self.tr("%n slot(s) found.", "", count)


_PLURALS: _Plurals | None = None


def _plurals() -> _Plurals:
    global _PLURALS
    if _PLURALS is None:
        _PLURALS = _Plurals()
    return _PLURALS


def comfort_tip(score: int) -> str:
    return _plurals().margin(score)


def found(count: int) -> str:
    return _plurals().found(count)


def more(count: int) -> str:
    return _plurals().more(count)


def clash(busy: Busy) -> str:
    """ "mission “Local tax collection”" (what a slot would clash with)."""
    if busy.kind == BusyKind.MISSION:
        return QCoreApplication.translate("FindTimeDialog", "mission “{title}”").format(
            title=busy.title
        )
    if busy.kind == BusyKind.FOLLOWUP:
        return QCoreApplication.translate("FindTimeDialog", "follow-up “{title}”").format(
            title=busy.title
        )
    if busy.kind == BusyKind.PARTNER_EVENT:
        if not busy.title:
            return QCoreApplication.translate("FindTimeDialog", "an untitled partner event")
        return QCoreApplication.translate("FindTimeDialog", "partner event “{title}”").format(
            title=busy.title
        )
    return busy.label


def reason(value: Reason) -> str:
    """One reason why a day has no slot."""
    if value.kind == ReasonKind.WEEKEND:
        return QCoreApplication.translate("FindTimeDialog", "weekend in {town} ({weekday})").format(
            town=value.town, weekday=weekday(value.weekday or 0)
        )
    if value.kind == ReasonKind.HOLIDAY:
        return QCoreApplication.translate("FindTimeDialog", "holiday “{name}” in {town}").format(
            name=value.holiday, town=value.town
        )
    if value.kind == ReasonKind.BUSY:
        separator = QCoreApplication.translate(
            "FindTimeDialog", ", ", "between the things a day is busy with"
        )
        return QCoreApplication.translate("FindTimeDialog", "busy: {what}").format(
            what=separator.join(clash(b) for b in value.clashes)
        )
    return QCoreApplication.translate("FindTimeDialog", "no overlap of working hours")


def empty_day(day: EmptyDay) -> str:
    """ "Fri 8 May: holiday “Iris Day” in Anderlecht"."""
    if day.details:
        separator = QCoreApplication.translate(
            "FindTimeDialog", "; ", "between the reasons of one day"
        )
        why = separator.join(reason(r) for r in day.details)
    else:  # an answer from an older finder: its English reasons
        why = "; ".join(day.reasons)
    return QCoreApplication.translate("FindTimeDialog", "{date}: {reasons}").format(
        date=fmt.day_month(day.date), reasons=why
    )


def note(value: Note) -> str:
    """What the user should know about a search (the holiday calendar's gaps)."""
    if value.kind == NoteKind.UNKNOWN_SUBDIVISION:
        return QCoreApplication.translate(
            "FindTimeDialog",
            "{town}: the holiday calendar does not know the region {subdivision} of "
            "{country}, so the public holidays of {country} as a whole are used.",
        ).format(town=value.town, subdivision=value.subdivision, country=value.country)
    return QCoreApplication.translate(
        "FindTimeDialog",
        "{town}: no public holidays are known for the country {country}; only the town's "
        "own days off are left out.",
    ).format(town=value.town, country=value.country)
