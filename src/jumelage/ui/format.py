"""Dates, times and numbers for people, through QLocale (never hand-built)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from jumelage.domain import time as tz


def _locale() -> QLocale:
    return QLocale()


def language() -> str:
    """The interface language as a locale name ("fr_FR", "nl_BE", "en_GB"): the one the
    services name public holidays in (``language=`` of the checks, drift and slots)."""
    return _locale().name()


def date(value: dt.date, long: bool = False) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return _locale().toString(QDate(value.year, value.month, value.day), fmt)


def day_month(value: dt.date) -> str:
    """ "Tue 7 Apr 2026" in the user's language."""
    return _locale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def weekday_in_text(number: int) -> str:
    """Monday (0) to Sunday (6) as written inside a sentence: "Tuesday", "mardi", "dinsdag"
    (the locale's own name, lower-case where the language writes it so)."""
    return _locale().dayName(number + 1, QLocale.FormatType.LongFormat)


def time(value: dt.datetime | dt.time) -> str:
    return _locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def date_range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return day_month(start)
    return f"{day_month(start)} – {day_month(end)}"


def short_range(start: dt.date, end: dt.date) -> str:
    """ "27 Apr – 3 May 2026", "4 – 10 May 2026" (a week's span, for a title)."""
    locale = _locale()

    def shown(value: dt.date, pattern: str) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), pattern)

    last = shown(end, "d MMM yyyy")
    if start.year != end.year:
        return f"{shown(start, 'd MMM yyyy')} – {last}"
    if start.month != end.month:
        return f"{shown(start, 'd MMM')} – {last}"
    return f"{start.day} – {last}"


def when(value: dt.datetime) -> str:
    """ "Tue 7 Apr 2026, 10:00"."""
    return f"{day_month(value.date())}, {time(value)}"


def in_zone(value: dt.datetime, zone_name: str) -> dt.datetime:
    return tz.in_zone(value, zone_name)


class _Days(QObject):
    """Plural day counts. Through ``self.tr`` so that lupdate records them as plural
    (numerus) messages; ``QCoreApplication.translate`` calls are not recognised as such."""

    def ahead(self, days: int) -> str:
        return self.tr("in %n day(s)", "", days)

    def ago(self, days: int) -> str:
        return self.tr("%n day(s) ago", "", days)


_DAYS: _Days | None = None


def days_from(today: dt.date, day: dt.date) -> str:
    global _DAYS
    delta = (day - today).days
    if delta == 0:
        return QCoreApplication.translate("format", "today")
    if delta == 1:
        return QCoreApplication.translate("format", "tomorrow")
    if _DAYS is None:
        _DAYS = _Days()
    return _DAYS.ahead(delta) if delta > 0 else _DAYS.ago(-delta)


def money(amount: object, currency: str) -> str:
    try:
        value = float(str(amount))
    except ValueError:
        return f"{amount} {currency}"
    return _locale().toCurrencyString(value, currency)
