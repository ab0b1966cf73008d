"""Translated names of the domain's vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_C = "labels"

_NAMES: dict[str, object] = {
    # mission status
    "mission:idea": QT_TRANSLATE_NOOP("labels", "Idea"),
    "mission:planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "mission:approved": QT_TRANSLATE_NOOP("labels", "Approved"),
    "mission:confirmed": QT_TRANSLATE_NOOP("labels", "Confirmed"),
    "mission:completed": QT_TRANSLATE_NOOP("labels", "Completed"),
    "mission:cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    # follow-up status
    "followup:planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "followup:held": QT_TRANSLATE_NOOP("labels", "Held"),
    "followup:cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    # action status
    "action:open": QT_TRANSLATE_NOOP("labels", "Open"),
    "action:in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "action:done": QT_TRANSLATE_NOOP("labels", "Done"),
    "action:dropped": QT_TRANSLATE_NOOP("labels", "Dropped"),
    # partnership status
    "partnership:exploring": QT_TRANSLATE_NOOP("labels", "Exploring"),
    "partnership:active": QT_TRANSLATE_NOOP("labels", "Active"),
    "partnership:dormant": QT_TRANSLATE_NOOP("labels", "Dormant"),
    "partnership:ended": QT_TRANSLATE_NOOP("labels", "Ended"),
    # channels
    "channel:zoom": "Zoom",
    "channel:teams": "Teams",
    "channel:jitsi": "Jitsi",
    "channel:google_meet": "Google Meet",
    "channel:whatsapp": "WhatsApp",
    "channel:phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "channel:in_person": QT_TRANSLATE_NOOP("labels", "In person"),
    # mission direction
    "direction:outbound": QT_TRANSLATE_NOOP("labels", "Our delegation travels"),
    "direction:inbound": QT_TRANSLATE_NOOP("labels", "The partner's delegation visits"),
    # delegation roles
    "role:head_of_delegation": QT_TRANSLATE_NOOP("labels", "Head of delegation"),
    "role:officer": QT_TRANSLATE_NOOP("labels", "Officer"),
    "role:elected_official": QT_TRANSLATE_NOOP("labels", "Elected official"),
    "role:video_crew": QT_TRANSLATE_NOOP("labels", "Video crew"),
    "role:interpreter": QT_TRANSLATE_NOOP("labels", "Interpreter"),
    "role:volunteer": QT_TRANSLATE_NOOP("labels", "Civil-society volunteer"),
    # checklist
    "check:passport": QT_TRANSLATE_NOOP("labels", "Passport"),
    "check:visa": QT_TRANSLATE_NOOP("labels", "Visa"),
    "check:vaccination": QT_TRANSLATE_NOOP("labels", "Vaccination"),
    "check:insurance": QT_TRANSLATE_NOOP("labels", "Insurance"),
    "check:mission_order": QT_TRANSLATE_NOOP("labels", "Signed mission order"),
    # travel modes
    "mode:air": QT_TRANSLATE_NOOP("labels", "Air"),
    "mode:road": QT_TRANSLATE_NOOP("labels", "Road"),
    "mode:rail": QT_TRANSLATE_NOOP("labels", "Rail"),
    "mode:boat": QT_TRANSLATE_NOOP("labels", "Boat"),
    "mode:other": QT_TRANSLATE_NOOP("labels", "Other"),
    # budget categories
    "category:travel": QT_TRANSLATE_NOOP("labels", "Travel"),
    "category:accommodation": QT_TRANSLATE_NOOP("labels", "Accommodation"),
    "category:per_diem": QT_TRANSLATE_NOOP("labels", "Per diem"),
    "category:equipment": QT_TRANSLATE_NOOP("labels", "Equipment"),
    "category:communication": QT_TRANSLATE_NOOP("labels", "Communication"),
    "category:training": QT_TRANSLATE_NOOP("labels", "Training"),
    "category:project": QT_TRANSLATE_NOOP("labels", "Project"),
    "category:other": QT_TRANSLATE_NOOP("labels", "Other"),
    # attendance
    "attendance:invited": QT_TRANSLATE_NOOP("labels", "Invited"),
    "attendance:present": QT_TRANSLATE_NOOP("labels", "Present"),
    "attendance:excused": QT_TRANSLATE_NOOP("labels", "Excused"),
    "attendance:absent": QT_TRANSLATE_NOOP("labels", "Absent"),
    # weekdays (Monday = 0)
    "weekday:0": QT_TRANSLATE_NOOP("labels", "Monday"),
    "weekday:1": QT_TRANSLATE_NOOP("labels", "Tuesday"),
    "weekday:2": QT_TRANSLATE_NOOP("labels", "Wednesday"),
    "weekday:3": QT_TRANSLATE_NOOP("labels", "Thursday"),
    "weekday:4": QT_TRANSLATE_NOOP("labels", "Friday"),
    "weekday:5": QT_TRANSLATE_NOOP("labels", "Saturday"),
    "weekday:6": QT_TRANSLATE_NOOP("labels", "Sunday"),
    # the 17 Sustainable Development Goals, official short names
    "sdg:1": QT_TRANSLATE_NOOP("labels", "No Poverty"),
    "sdg:2": QT_TRANSLATE_NOOP("labels", "Zero Hunger"),
    "sdg:3": QT_TRANSLATE_NOOP("labels", "Good Health and Well-being"),
    "sdg:4": QT_TRANSLATE_NOOP("labels", "Quality Education"),
    "sdg:5": QT_TRANSLATE_NOOP("labels", "Gender Equality"),
    "sdg:6": QT_TRANSLATE_NOOP("labels", "Clean Water and Sanitation"),
    "sdg:7": QT_TRANSLATE_NOOP("labels", "Affordable and Clean Energy"),
    "sdg:8": QT_TRANSLATE_NOOP("labels", "Decent Work and Economic Growth"),
    "sdg:9": QT_TRANSLATE_NOOP("labels", "Industry, Innovation and Infrastructure"),
    "sdg:10": QT_TRANSLATE_NOOP("labels", "Reduced Inequalities"),
    "sdg:11": QT_TRANSLATE_NOOP("labels", "Sustainable Cities and Communities"),
    "sdg:12": QT_TRANSLATE_NOOP("labels", "Responsible Consumption and Production"),
    "sdg:13": QT_TRANSLATE_NOOP("labels", "Climate Action"),
    "sdg:14": QT_TRANSLATE_NOOP("labels", "Life Below Water"),
    "sdg:15": QT_TRANSLATE_NOOP("labels", "Life on Land"),
    "sdg:16": QT_TRANSLATE_NOOP("labels", "Peace, Justice and Strong Institutions"),
    "sdg:17": QT_TRANSLATE_NOOP("labels", "Partnerships for the Goals"),
    # call quality
    "quality:good": QT_TRANSLATE_NOOP("call quality", "Good"),
    "quality:degraded": QT_TRANSLATE_NOOP("call quality", "Degraded"),
    "quality:audio_only": QT_TRANSLATE_NOOP("call quality", "Audio only"),
    "quality:dropped": QT_TRANSLATE_NOOP("call quality", "Dropped"),
}


def _label(kind: str, value: str) -> str:
    text = _NAMES.get(f"{kind}:{value}")
    # "Dropped" is an action's status and a call's quality: each has its own context.
    context = "call quality" if kind == "quality" else _C
    return QCoreApplication.translate(context, str(text)) if text else str(value)


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
