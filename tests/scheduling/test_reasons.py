"""The finder's reasons and notes as data (what the "Find a Time" dialog words in the user's
language), and the busy intervals read around the searched dates only."""

from __future__ import annotations

import datetime as dt

from jumelage.domain.enums import MissionStatus
from jumelage.domain.slots import (
    Busy,
    BusyKind,
    Note,
    NoteKind,
    Reason,
    ReasonKind,
    TownHours,
    find_slots,
)
from jumelage.domain.specs import MissionSpec
from jumelage.services import Services
from tests.scheduling.test_slots import dakar, pair, search

UTC = dt.UTC
D = dt.date
BRUSSELS = TownHours(
    "Brussels",
    "Europe/Brussels",
    dt.time(9),
    dt.time(17),
    frozenset({5, 6}),
    {D(2026, 5, 8): "Iris Day"},
)
DAKAR = TownHours("Dakar", "Africa/Dakar", dt.time(8), dt.time(16), frozenset({5, 6}))

PARTNER_FILE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dakar//Agenda//FR\r\n"
    "BEGIN:VEVENT\r\nUID:fete@dakar.example\r\nDTSTAMP:20260301T090000Z\r\n"
    "DTSTART;VALUE=DATE:20260415\r\nDTEND;VALUE=DATE:20260416\r\n"
    "SUMMARY:Fête du quartier\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:old@dakar.example\r\nDTSTAMP:20260301T090000Z\r\n"
    "DTSTART;TZID=Africa/Dakar:20250415T080000\r\nDTEND;TZID=Africa/Dakar:20250415T160000\r\n"
    "SUMMARY:Last year\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_every_reason_as_data_and_in_english() -> None:
    # Fri 8 May 2026: Iris Day in Brussels. Sat 9: both weekends. Mon 11: busy 08:00-16:00Z,
    # the whole common window (Brussels UTC+2: 07-15Z; Dakar 08-16Z).
    busy = [
        Busy(
            dt.datetime(2026, 5, 11, 8, tzinfo=UTC),
            dt.datetime(2026, 5, 11, 16, tzinfo=UTC),
            "mission Water",
            BusyKind.MISSION,
            "Water",
        )
    ]
    result = find_slots(BRUSSELS, DAKAR, busy, D(2026, 5, 8), D(2026, 5, 11), 60)
    details = {d.date: d.details for d in result.empty_days}
    assert details == {
        D(2026, 5, 8): (Reason(ReasonKind.HOLIDAY, "Brussels", holiday="Iris Day"),),
        D(2026, 5, 9): (
            Reason(ReasonKind.WEEKEND, "Brussels", weekday=5),
            Reason(ReasonKind.WEEKEND, "Dakar", weekday=5),
        ),
        D(2026, 5, 10): (
            Reason(ReasonKind.WEEKEND, "Brussels", weekday=6),
            Reason(ReasonKind.WEEKEND, "Dakar", weekday=6),
        ),
        D(2026, 5, 11): (Reason(ReasonKind.BUSY, clashes=tuple(busy)),),
    }
    assert [d.reasons for d in result.empty_days] == [
        ('holiday "Iris Day" in Brussels',),
        ("weekend in Brussels (Saturday)", "weekend in Dakar (Saturday)"),
        ("weekend in Brussels (Sunday)", "weekend in Dakar (Sunday)"),
        ("busy: mission Water",),
    ]


def test_notes_as_data(demo: Services) -> None:
    pid = demo.partnerships.find("marsassoum").id
    result = demo.scheduling.find(pid, 60, D(2026, 4, 7), D(2026, 4, 7))
    assert result.note_details == (Note(NoteKind.UNKNOWN_SUBDIVISION, "Anderlecht", "BE", "BRU"),)
    assert result.notes == (
        "Anderlecht: subdivision BRU of BE is unknown to the holiday calendar: the holidays "
        "of BE as a whole are used",
    )


def test_busy_read_around_the_dates_still_counts_what_reaches_into_them(
    services: Services,
) -> None:
    pid = pair(services, dakar())
    partnership = services.partnerships.get(pid)
    # A mission from 1 to 14 April 2026 (whole days in Dakar) covers Mon 13 April although
    # it starts two weeks before the searched day.
    services.missions.create(
        MissionSpec(
            pid,
            "Training",
            partnership.partner_town_id,
            D(2026, 4, 1),
            D(2026, 4, 14),
            status=MissionStatus.CONFIRMED,
        )
    )
    monday = search(services, pid, "2026-04-13")
    assert monday.slots == ()
    assert monday.empty_days[0].details[0].clashes[0].kind == BusyKind.MISSION
    # A partner's all-day event on Wed 15 April blocks it; last year's event does not
    # matter (and is not even read).
    services.imports.apply(PARTNER_FILE.encode(), "dakar.ics", pid)
    wednesday = search(services, pid, "2026-04-15")
    assert wednesday.slots == ()
    (clash,) = wednesday.empty_days[0].details[0].clashes
    assert (clash.kind, clash.title) == (BusyKind.PARTNER_EVENT, "Fête du quartier")
    # Thu 16 April: free again, 08:00-15:00Z (Brussels UTC+2), 25 starts.
    assert search(services, pid, "2026-04-16").total == 25
