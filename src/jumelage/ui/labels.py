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
    # mission direction
    "direction:outbound": QT_TRANSLATE_NOOP(_C, "Our delegation travels"),
    "direction:inbound": QT_TRANSLATE_NOOP(_C, "The partner's delegation visits"),
    # delegation roles
    "role:head_of_delegation": QT_TRANSLATE_NOOP(_C, "Head of delegation"),
    "role:officer": QT_TRANSLATE_NOOP(_C, "Officer"),
    "role:elected_official": QT_TRANSLATE_NOOP(_C, "Elected official"),
    "role:video_crew": QT_TRANSLATE_NOOP(_C, "Video crew"),
    "role:interpreter": QT_TRANSLATE_NOOP(_C, "Interpreter"),
    "role:volunteer": QT_TRANSLATE_NOOP(_C, "Civil-society volunteer"),
    # checklist
    "check:passport": QT_TRANSLATE_NOOP(_C, "Passport"),
    "check:visa": QT_TRANSLATE_NOOP(_C, "Visa"),
    "check:vaccination": QT_TRANSLATE_NOOP(_C, "Vaccination"),
    "check:insurance": QT_TRANSLATE_NOOP(_C, "Insurance"),
    "check:mission_order": QT_TRANSLATE_NOOP(_C, "Signed mission order"),
    # travel modes
    "mode:air": QT_TRANSLATE_NOOP(_C, "Air"),
    "mode:road": QT_TRANSLATE_NOOP(_C, "Road"),
    "mode:rail": QT_TRANSLATE_NOOP(_C, "Rail"),
    "mode:boat": QT_TRANSLATE_NOOP(_C, "Boat"),
    "mode:other": QT_TRANSLATE_NOOP(_C, "Other"),
    # budget categories
    "category:travel": QT_TRANSLATE_NOOP(_C, "Travel"),
    "category:accommodation": QT_TRANSLATE_NOOP(_C, "Accommodation"),
    "category:per_diem": QT_TRANSLATE_NOOP(_C, "Per diem"),
    "category:equipment": QT_TRANSLATE_NOOP(_C, "Equipment"),
    "category:communication": QT_TRANSLATE_NOOP(_C, "Communication"),
    "category:training": QT_TRANSLATE_NOOP(_C, "Training"),
    "category:project": QT_TRANSLATE_NOOP(_C, "Project"),
    "category:other": QT_TRANSLATE_NOOP(_C, "Other"),
    # attendance
    "attendance:invited": QT_TRANSLATE_NOOP(_C, "Invited"),
    "attendance:present": QT_TRANSLATE_NOOP(_C, "Present"),
    "attendance:excused": QT_TRANSLATE_NOOP(_C, "Excused"),
    "attendance:absent": QT_TRANSLATE_NOOP(_C, "Absent"),
    # weekdays (Monday = 0)
    "weekday:0": QT_TRANSLATE_NOOP(_C, "Monday"),
    "weekday:1": QT_TRANSLATE_NOOP(_C, "Tuesday"),
    "weekday:2": QT_TRANSLATE_NOOP(_C, "Wednesday"),
    "weekday:3": QT_TRANSLATE_NOOP(_C, "Thursday"),
    "weekday:4": QT_TRANSLATE_NOOP(_C, "Friday"),
    "weekday:5": QT_TRANSLATE_NOOP(_C, "Saturday"),
    "weekday:6": QT_TRANSLATE_NOOP(_C, "Sunday"),
    # the 17 Sustainable Development Goals, official short names
    "sdg:1": QT_TRANSLATE_NOOP(_C, "No Poverty"),
    "sdg:2": QT_TRANSLATE_NOOP(_C, "Zero Hunger"),
    "sdg:3": QT_TRANSLATE_NOOP(_C, "Good Health and Well-being"),
    "sdg:4": QT_TRANSLATE_NOOP(_C, "Quality Education"),
    "sdg:5": QT_TRANSLATE_NOOP(_C, "Gender Equality"),
    "sdg:6": QT_TRANSLATE_NOOP(_C, "Clean Water and Sanitation"),
    "sdg:7": QT_TRANSLATE_NOOP(_C, "Affordable and Clean Energy"),
    "sdg:8": QT_TRANSLATE_NOOP(_C, "Decent Work and Economic Growth"),
    "sdg:9": QT_TRANSLATE_NOOP(_C, "Industry, Innovation and Infrastructure"),
    "sdg:10": QT_TRANSLATE_NOOP(_C, "Reduced Inequalities"),
    "sdg:11": QT_TRANSLATE_NOOP(_C, "Sustainable Cities and Communities"),
    "sdg:12": QT_TRANSLATE_NOOP(_C, "Responsible Consumption and Production"),
    "sdg:13": QT_TRANSLATE_NOOP(_C, "Climate Action"),
    "sdg:14": QT_TRANSLATE_NOOP(_C, "Life Below Water"),
    "sdg:15": QT_TRANSLATE_NOOP(_C, "Life on Land"),
    "sdg:16": QT_TRANSLATE_NOOP(_C, "Peace, Justice and Strong Institutions"),
    "sdg:17": QT_TRANSLATE_NOOP(_C, "Partnerships for the Goals"),
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


def direction(value: str) -> str:
    return _label("direction", value)


def participant_role(value: str) -> str:
    return _label("role", value)


def checklist_item(name: str) -> str:
    """``passport``, ``visa``, ``vaccination``, ``insurance``, ``mission_order``."""
    return _label("check", name)


def travel_mode(value: str) -> str:
    return _label("mode", value)


def budget_category(value: str) -> str:
    return _label("category", value)


def attendance(value: str) -> str:
    return _label("attendance", value)


def weekday(number: int) -> str:
    return _label("weekday", str(number))


def sdg(goal: int) -> str:
    """ "5 · Gender Equality" in the user's language."""
    return f"{goal} · {_label('sdg', str(goal))}"
