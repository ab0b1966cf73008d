"""Closed vocabularies. The string values are stored in the database and appear in
``--json`` output: they are part of the file format, never rename one."""

from __future__ import annotations

from enum import StrEnum


class PartnershipStatus(StrEnum):
    EXPLORING = "exploring"
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"


class MissionStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    APPROVED = "approved"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Direction(StrEnum):
    """Who travels: the home town's delegation to the partner, or the partner's to us."""

    OUTBOUND = "outbound"
    INBOUND = "inbound"


class ParticipantRole(StrEnum):
    HEAD_OF_DELEGATION = "head_of_delegation"
    OFFICER = "officer"
    ELECTED_OFFICIAL = "elected_official"
    VIDEO_CREW = "video_crew"
    INTERPRETER = "interpreter"
    VOLUNTEER = "volunteer"


class TravelMode(StrEnum):
    AIR = "air"
    ROAD = "road"
    RAIL = "rail"
    BOAT = "boat"
    OTHER = "other"


class BudgetCategory(StrEnum):
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    PER_DIEM = "per_diem"
    EQUIPMENT = "equipment"
    COMMUNICATION = "communication"
    TRAINING = "training"
    PROJECT = "project"
    OTHER = "other"


class Currency(StrEnum):
    EUR = "EUR"
    XOF = "XOF"
    MAD = "MAD"
    GBP = "GBP"
    ILS = "ILS"


class FollowUpStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Channel(StrEnum):
    ZOOM = "zoom"
    TEAMS = "teams"
    JITSI = "jitsi"
    GOOGLE_MEET = "google_meet"
    WHATSAPP = "whatsapp"
    PHONE = "phone"
    IN_PERSON = "in_person"


class CallQuality(StrEnum):
    GOOD = "good"
    DEGRADED = "degraded"
    AUDIO_ONLY = "audio_only"
    DROPPED = "dropped"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class EventStatus(StrEnum):
    """STATUS of an imported partner event (RFC 5545 VEVENT values)."""

    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
