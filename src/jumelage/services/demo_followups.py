"""The demo's follow-ups: a monthly series with minutes, decisions and action items."""

from __future__ import annotations

import datetime as dt

from jumelage.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CallQuality,
    Channel,
    FollowUpStatus,
)
from jumelage.domain.specs import (
    ActionItemSpec,
    AttendanceSpec,
    FollowUpSpec,
    SeriesSpec,
)
from jumelage.services.demo_base import (
    BRUSSELS,
    CASABLANCA,
    HEBRON,
    DemoBuilder,
    _at,
    _first_weekday_on_or_after,
)


class FollowUpsDemo(DemoBuilder):
    # --- follow-ups ----------------------------------------------------------------------

    def followups(self) -> None:
        partner = self.partnership["Marsassoum"]
        first_day = _first_weekday_on_or_after(self.day(-150).replace(day=1), 1)  # a Tuesday
        series = self.s.followups.create_series(
            SeriesSpec(
                partner,
                "Monthly follow-up Anderlecht – Marsassoum",
                _at(first_day, 10, 0, BRUSSELS),
                "FREQ=MONTHLY;BYDAY=1TU;COUNT=12",
                60,
                Channel.ZOOM,
                "https://meet.example.org/anderlecht-marsassoum",
            )
        ).value
        attendees = [
            "Sophie Vandermeulen",
            "Karim El Idrissi",
            "Aminata Diatta",
            "Fatou Badji",
            "Ibrahima Coly",
        ]
        topics = [
            (
                "Micro-project fund: call for proposals",
                "Publish the call on the radio.",
                "Draft the call for proposals in French and Wolof",
                "Fatou Badji",
                10,
            ),
            (
                "Processing unit: quotes received",
                "Choose the cheaper solar dryer.",
                "Send the three quotes to the steering committee",
                "Aminata Diatta",
                14,
            ),
            (
                "Tax register: pilot figures",
                "Extend the pilot to the market.",
                "Share the pilot spreadsheet",
                "Ibrahima Coly",
                7,
            ),
            (
                "Mission preparation",
                "Confirm the mission dates.",
                "Book the flights and send the mission orders",
                "Sophie Vandermeulen",
                21,
            ),
            (
                "Video: first edit",
                "Subtitles in French and English.",
                "Review the first edit of the film",
                "Karim El Idrissi",
                12,
            ),
        ]
        now = self.now
        past = [f for f in series if f.start < now]
        for index, occurrence in enumerate(past):
            topic, decision, action, owner, due_in = topics[index % len(topics)]
            trouble = index % 2 == 1
            self.s.followups.update(
                occurrence.id,
                occurrence.version,
                FollowUpSpec(
                    partner,
                    occurrence.title,
                    occurrence.start,
                    occurrence.duration_min,
                    occurrence.channel,
                    occurrence.join_link,
                    FollowUpStatus.HELD,
                    agenda=f"1. Open action items\n2. {topic}\n3. Next steps",
                    minutes=f"{topic}: discussed with the steering committee. "
                    + (
                        "The connection from Marsassoum dropped twice; continued by phone."
                        if trouble
                        else "Good connection throughout."
                    ),
                    quality=CallQuality.DEGRADED if trouble else CallQuality.GOOD,
                    minutes_lost=10 if trouble else 0,
                ),
            )
            for name in attendees:
                status = (
                    AttendanceStatus.EXCUSED
                    if (index + len(name)) % 5 == 0
                    else AttendanceStatus.PRESENT
                )
                self.s.followups.set_attendance(
                    occurrence.id,
                    AttendanceSpec(self.person[name], status, trouble and name == "Ibrahima Coly"),
                )
            self.s.followups.add_decision(occurrence.id, decision)
            due = occurrence.start.date() + dt.timedelta(days=due_in)
            latest = index >= len(past) - 2
            self.s.actions.create(
                ActionItemSpec(
                    partner,
                    action,
                    self.person[owner],
                    due,
                    ActionStatus.OPEN if latest or index % 2 else ActionStatus.DONE,
                    origin_followup_id=occurrence.id,
                    shared=True,
                )
            )
        upcoming = [f for f in series if f.start >= now]
        for f in upcoming[:1]:
            for name in attendees:
                self.s.followups.set_attendance(f.id, AttendanceSpec(self.person[name]))

        self.s.followups.create(
            FollowUpSpec(
                self.partnership["Zagora"],
                "First call with Zagora",
                _at(
                    self.day(9) + dt.timedelta(days=(3 - self.day(9).weekday()) % 7),
                    11,
                    0,
                    CASABLANCA,
                ),
                45,
                Channel.TEAMS,
                "https://teams.example.org/zagora",
            )
        )
        self.s.followups.create(
            FollowUpSpec(
                self.partnership["Village near Nablus"],
                "Introduction call",
                _at(
                    self.day(16) + dt.timedelta(days=(0 - self.day(16).weekday()) % 7),
                    10,
                    0,
                    HEBRON,
                ),
                45,
                Channel.WHATSAPP,
            )
        )
        self.s.actions.create(
            ActionItemSpec(
                self.partnership["Hammersmith & Fulham"],
                "Send the youth exchange proposal",
                self.person["Emma Clarke"],
                self.day(-5),
                ActionStatus.IN_PROGRESS,
            )
        )
        self.s.actions.create(
            ActionItemSpec(
                self.partnership["Zagora"],
                "Find a partner association for the water project",
                self.person["Sophie Vandermeulen"],
                self.day(30),
            )
        )
