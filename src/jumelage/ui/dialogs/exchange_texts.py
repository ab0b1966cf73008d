"""The sentences of the calendar exchange dialogs: import preview lines, clashes, notes and
the details of an exported event, in the user's language (dates through :mod:`jumelage.ui.format`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from jumelage.domain import time as tz
from jumelage.ui import format as fmt


def when(value: dt.date | dt.datetime) -> str:
    """A start as the file has it: "Wed 15 Apr 2026, 10:00 Africa/Dakar", or a day."""
    if isinstance(value, dt.datetime):
        zone = getattr(value.tzinfo, "key", "") or ""
        return f"{fmt.when(value)} {zone}".strip()
    return fmt.day_month(value)


_FIELDS = {
    "summary": lambda: QCoreApplication.translate("ExchangeTexts", "title"),
    "location": lambda: QCoreApplication.translate("ExchangeTexts", "place"),
    "description": lambda: QCoreApplication.translate("ExchangeTexts", "description"),
    "start": lambda: QCoreApplication.translate("ExchangeTexts", "start"),
    "end": lambda: QCoreApplication.translate("ExchangeTexts", "end"),
    "zone": lambda: QCoreApplication.translate("ExchangeTexts", "time zone"),
    "status": lambda: QCoreApplication.translate("ExchangeTexts", "status"),
    "recurrence": lambda: QCoreApplication.translate("ExchangeTexts", "repetition"),
}


def fields(names: tuple[str, ...]) -> str:
    return ", ".join(_FIELDS[n]() if n in _FIELDS else n for n in names)


def note(warning: Any) -> str:
    """An import note as a sentence (:mod:`jumelage.ics.notes`, translated when it can be)."""
    from jumelage.ics.notes import NOTES, describe_note

    template = NOTES.get(warning.code)
    if template is None:
        return describe_note(warning)
    return QCoreApplication.translate("ImportNotes", template).format(
        subject=warning.subject, detail=warning.detail
    )


def clash(item: Any, zone_name: str, town: str) -> str:
    """ "“Fête du village” (Mon 15 Jun 2026, 10:00, Marsassoum time) overlaps our mission
    “Training mission” (Thu 11 Jun 2026 – Sat 20 Jun 2026)." in the partner town's zone."""
    start = tz.in_zone(item.start, zone_name)
    if item.kind == "mission":
        ours = fmt.date_range(
            tz.in_zone(item.our_start, zone_name).date(),
            tz.in_zone(item.our_end - dt.timedelta(seconds=1), zone_name).date(),
        )
        template = QCoreApplication.translate(
            "ExchangeTexts",
            "“{theirs}” ({when}, {town} time) overlaps our mission “{ours}” ({span}).",
        )
    else:
        ours = fmt.when(tz.in_zone(item.our_start, zone_name))
        template = QCoreApplication.translate(
            "ExchangeTexts",
            "“{theirs}” ({when}, {town} time) overlaps our follow-up “{ours}” ({span}).",
        )
    return template.format(
        theirs=item.summary, when=fmt.when(start), town=town, ours=item.title, span=ours
    )


def own_item(item: Any) -> str:
    """One of our items the partner's copy changed (alone, or as a conflict)."""
    if item.state == "conflict":
        template = QCoreApplication.translate(
            "ExchangeTexts", "“{title}” was changed both here and by the partner ({fields})."
        )
    else:
        template = QCoreApplication.translate(
            "ExchangeTexts", "“{title}” was changed by the partner only ({fields})."
        )
    return template.format(title=item.summary, fields=fields(item.fields))


def theirs(item: Any) -> str:
    """What the partner's copy of our item says (beside the keep/take choice)."""
    if item.their_start is None:
        return ""
    return QCoreApplication.translate("ExchangeTexts", "Theirs: “{title}”, {when}").format(
        title=item.their_summary, when=when(item.their_start)
    )


def repetition(rule: str) -> str:
    """A series' rule as a phrase ("Every month, 12 times")."""
    from jumelage.ui.editors.followup.series import describe_rule

    return describe_rule(rule)


_STATUS = {
    "confirmed": lambda: QCoreApplication.translate("ExchangeTexts", "confirmed"),
    "tentative": lambda: QCoreApplication.translate("ExchangeTexts", "tentative"),
    "cancelled": lambda: QCoreApplication.translate("ExchangeTexts", "CANCELLED"),
}


def status(value: Any) -> str:
    key = getattr(value, "value", str(value)).lower()
    return _STATUS[key]() if key in _STATUS else key


def export_details(event: Any) -> str:
    """Everything one exported event carries, as plain text for the details pane."""
    lines = [
        QCoreApplication.translate("ExchangeTexts", "Title: {text}").format(text=event.summary),
        QCoreApplication.translate("ExchangeTexts", "Status: {text}").format(
            text=status(event.status)
        ),
        QCoreApplication.translate("ExchangeTexts", "Starts: {text}").format(
            text=when(event.start)
        ),
    ]
    if event.end is not None:
        end = event.end
        if not isinstance(end, dt.datetime):
            end = end - dt.timedelta(days=1)  # exclusive in the file
        lines.append(
            QCoreApplication.translate("ExchangeTexts", "Ends: {text}").format(text=when(end))
        )
    if event.rrule:
        lines.append(
            QCoreApplication.translate("ExchangeTexts", "Repeats: {text}").format(
                text=repetition(event.rrule)
            )
        )
    if event.exdates:
        lines.append(
            QCoreApplication.translate("ExchangeTexts", "Except: {text}").format(
                text=", ".join(when(d) for d in event.exdates)
            )
        )
    if event.recurrence_id is not None:
        lines.append(
            QCoreApplication.translate("ExchangeTexts", "Replaces the occurrence of {text}").format(
                text=when(event.recurrence_id)
            )
        )
    if event.location:
        lines.append(
            QCoreApplication.translate("ExchangeTexts", "Place: {text}").format(text=event.location)
        )
    if event.url:
        lines.append(
            QCoreApplication.translate("ExchangeTexts", "Join link: {text}").format(text=event.url)
        )
    if event.description:
        lines.append(
            QCoreApplication.translate("ExchangeTexts", "Description:") + "\n" + event.description
        )
    return "\n".join(lines)
