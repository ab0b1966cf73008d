"""Translated names of the domain's vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_C = "labels"

_NAMES: dict[str, object] = {
    # mission status
    "mission:idea": QT_TRANSLATE_NOOP(_C, "Idea"),
    "mission:planned": QT_TRANSLATE_NOOP(_C, "Planned"),
    "mission:approved": QT_TRANSLATE_NOOP(_C, "Approved"),
    "mission:confirmed": QT_TRANSLATE_NOOP(_C, "Confirmed"),
    "mission:completed": QT_TRANSLATE_NOOP(_C, "Completed"),
    "mission:cancelled": QT_TRANSLATE_NOOP(_C, "Cancelled"),
    # follow-up status
    "followup:planned": QT_TRANSLATE_NOOP(_C, "Planned"),
    "followup:held": QT_TRANSLATE_NOOP(_C, "Held"),
    "followup:cancelled": QT_TRANSLATE_NOOP(_C, "Cancelled"),
    # action status
    "action:open": QT_TRANSLATE_NOOP(_C, "Open"),
    "action:in_progress": QT_TRANSLATE_NOOP(_C, "In progress"),
    "action:done": QT_TRANSLATE_NOOP(_C, "Done"),
    "action:dropped": QT_TRANSLATE_NOOP(_C, "Dropped"),
    # partnership status
    "partnership:exploring": QT_TRANSLATE_NOOP(_C, "Exploring"),
    "partnership:active": QT_TRANSLATE_NOOP(_C, "Active"),
    "partnership:dormant": QT_TRANSLATE_NOOP(_C, "Dormant"),
    "partnership:ended": QT_TRANSLATE_NOOP(_C, "Ended"),
    # channels
    "channel:zoom": "Zoom",
    "channel:teams": "Teams",
    "channel:jitsi": "Jitsi",
    "channel:google_meet": "Google Meet",
    "channel:whatsapp": "WhatsApp",
    "channel:phone": QT_TRANSLATE_NOOP(_C, "Phone"),
    "channel:in_person": QT_TRANSLATE_NOOP(_C, "In person"),
    # call quality
    "quality:good": QT_TRANSLATE_NOOP(_C, "Good"),
    "quality:degraded": QT_TRANSLATE_NOOP(_C, "Degraded"),
    "quality:audio_only": QT_TRANSLATE_NOOP(_C, "Audio only"),
    "quality:dropped": QT_TRANSLATE_NOOP(_C, "Dropped"),
}


def _label(kind: str, value: str) -> str:
    text = _NAMES.get(f"{kind}:{value}")
    return QCoreApplication.translate(_C, str(text)) if text else str(value)


def mission_status(value: str) -> str:
    return _label("mission", value)


def followup_status(value: str) -> str:
    return _label("followup", value)


def action_status(value: str) -> str:
    return _label("action", value)


def partnership_status(value: str) -> str:
    return _label("partnership", value)


def channel(value: str) -> str:
    return _label("channel", value)


def call_quality(value: str) -> str:
    return _label("quality", value)
