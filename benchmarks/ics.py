"""Calendar exchange speed: Jumelage's .ics writer and importer against icalendar 7, same run.

Export: the same 10,000 events (all-day missions and action due dates, Brussels → Dakar
flights, agenda items in Dakar, follow-ups in Brussels, Casablanca and Hebron, a few recurring
with EXDATEs) written by :func:`jumelage.ics.writer.write_calendar` and by a straightforward
icalendar 7 export (``Event.add`` for each property, ``add_missing_timezones()``,
``to_ical()``). Target: ours at least 3x faster. Both files are parsed back with icalendar and
must hold the same events (UID, SEQUENCE, title, status, every start and end as an instant,
texts).

Import: the first import of our 10,000-event file into a fresh database (parse, preview with
clash detection, one transaction) and a re-import after the partner changed 1% of it, against
icalendar's own ``Calendar.from_ical`` of the same bytes (parsing only). Target: at most 1.3x.

    python benchmarks/ics.py [--events 10000] [--runs 3]

From Python (``benchmarks/run.py``): ``measure(events, runs)`` returns the figures as a dict.

Prints the medians and the ratios; exits 1 when a check fails (not when a target is missed:
machines differ, the figures are for people).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jumelage  # noqa: F401 - pins zoneinfo to the bundled tzdata
from jumelage.domain.enums import EventStatus
from jumelage.ics.model import CalendarMeta, Category, Event

BRUSSELS, DAKAR = ZoneInfo("Europe/Brussels"), ZoneInfo("Africa/Dakar")
CASABLANCA, HEBRON = ZoneInfo("Africa/Casablanca"), ZoneInfo("Asia/Hebron")
STAMP = dt.datetime(2026, 3, 20, 11, 0, tzinfo=dt.UTC)
META = CalendarMeta("Anderlecht – Marsassoum", "Anderlecht")


def make_events(count: int) -> list[Event]:
    """``count`` varied events between 2026 and 2028 (deterministic)."""
    events = []
    base = dt.date(2026, 1, 5)
    for i in range(count):
        day = base + dt.timedelta(days=(i * 7) % 900)
        kind = i % 5
        uid = f"{i:08d}-bench@jumelage"
        common = {
            "uid": uid,
            "sequence": i % 4,
            "last_modified": STAMP - dt.timedelta(minutes=i),
            "created": STAMP - dt.timedelta(days=30),
        }
        if kind == 0:
            events.append(
                Event(
                    summary=f"Mission {i}: training, tools; tax register",
                    start=day,
                    end=day + dt.timedelta(days=5),
                    status=EventStatus.TENTATIVE,
                    category=Category.MISSION,
                    description="Train the municipal agents.\nInstall the laptops, é à ü.",
                    location="Marsassoum",
                    **common,
                )
            )
        elif kind == 1:
            depart = dt.datetime.combine(day, dt.time(11, 5), tzinfo=BRUSSELS)
            events.append(
                Event(
                    summary=f"Flight Brussels Airport → Dakar Blaise Diagne (SN {200 + i % 50})",
                    start=depart,
                    end=dt.datetime.combine(day, dt.time(16, 20), tzinfo=DAKAR),
                    status=EventStatus.CONFIRMED,
                    category=Category.TRAVEL,
                    description="Mission: Local tax collection",
                    location="Brussels Airport",
                    related_to=f"{i - 1:08d}-bench@jumelage",
                    **common,
                )
            )
        elif kind == 2:
            start = dt.datetime.combine(day, dt.time(9, 0), tzinfo=DAKAR)
            events.append(
                Event(
                    summary=f"Steering committee {i}",
                    start=start,
                    end=start + dt.timedelta(hours=3),
                    status=EventStatus.CONFIRMED,
                    category=Category.AGENDA,
                    description="Agenda: the micro-project fund, the processing unit.",
                    location="Town hall, Marsassoum",
                    **common,
                )
            )
        elif kind == 3:
            zone = (BRUSSELS, CASABLANCA, HEBRON)[i % 3]
            start = dt.datetime.combine(day, dt.time(10, 0), tzinfo=zone)
            recurring = i % 100 == 3
            events.append(
                Event(
                    summary=f"Follow-up call {i}",
                    start=start,
                    end=start + dt.timedelta(hours=1),
                    status=EventStatus.CANCELLED if i % 97 == 0 else EventStatus.CONFIRMED,
                    category=Category.FOLLOW_UP,
                    description="Channel: Zoom\n\nJoin: https://meet.example.org/x",
                    location="Zoom",
                    url="https://meet.example.org/x",
                    rrule="FREQ=WEEKLY;COUNT=10" if recurring else "",
                    exdates=(start + dt.timedelta(weeks=2),) if recurring else (),
                    series_end=start + dt.timedelta(weeks=9) if recurring else None,
                    **common,
                )
            )
        else:
            events.append(
                Event(
                    summary=f"Due: send the quotes to the steering committee ({i})",
                    start=day,
                    end=day + dt.timedelta(days=1),
                    status=EventStatus.CONFIRMED,
                    category=Category.ACTION,
                    transparent=True,
                    **common,
                )
            )
    return events


def icalendar_export(events: list[Event]) -> bytes:
    """What a straightforward icalendar 7 export of the same events looks like."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", "-//Benchmark//icalendar//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", META.name)
    for e in events:
        item = icalendar.Event()
        item.add("uid", e.uid)
        item.add("sequence", e.sequence)
        item.add("dtstamp", STAMP)
        item.add("dtstart", e.start)
        if e.end is not None:
            item.add("dtend", e.end)
        if e.rrule:
            item.add("rrule", icalendar.vRecur.from_ical(e.rrule))
        for moment in e.exdates:
            item.add("exdate", moment)
        item.add("summary", e.summary)
        if e.description:
            item.add("description", e.description)
        if e.location:
            item.add("location", e.location)
        if e.url:
            item.add("url", e.url)
        item.add("categories", [e.category.value])
        item.add("status", e.status.value.upper())
        if e.transparent:
            item.add("transp", "TRANSPARENT")
        item.add("organizer", "mailto:noreply@jumelage.invalid", parameters={"CN": META.organizer})
        if e.related_to:
            item.add("related-to", e.related_to)
        if e.created is not None:
            item.add("created", e.created)
        item.add("last-modified", e.last_modified)
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()


def parsed_back(data: bytes) -> dict[str, tuple[object, ...]]:
    """UID → what a reader sees, parsed with icalendar (instants in UTC)."""
    import icalendar

    def instant(value: object) -> object:
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC)
        return value

    found = {}
    for item in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        exdates = []
        for entry in item.get("exdate", []) if isinstance(item.get("exdate"), list) else (
            [item["exdate"]] if "exdate" in item else []
        ):  # fmt: skip
            exdates += [instant(d.dt) for d in entry.dts]
        found[str(item["uid"])] = (
            int(item.get("sequence", 0)),
            str(item["summary"]),
            str(item.get("status")),
            instant(item.decoded("dtstart")),
            instant(item.decoded("dtend")),
            str(item.get("description", "")),
            str(item.get("location", "")),
            tuple(exdates),
        )
    return found


def median_time(action: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def import_benchmark(data: bytes, changed: bytes, runs: int) -> tuple[float, float, float]:
    """(first import, re-import with changes, icalendar's from_ical), medians in seconds."""
    import icalendar

    from jumelage.domain.specs import PartnershipSpec, TownSpec
    from jumelage.persistence.database import open_database
    from jumelage.services import Services
    from jumelage.services.exchange_import import ImportService

    def fresh(folder: Path, index: int) -> tuple[ImportService, int]:
        db = open_database(folder / f"bench-{index}.sqlite", create=True, daily_backup=False)
        services = Services.over(db, clock=lambda: STAMP)
        home = services.towns.create(TownSpec("Anderlecht", "BE", "Europe/Brussels")).value.id
        partner = services.towns.create(TownSpec("Marsassoum", "SN", "Africa/Dakar")).value.id
        pid = services.partnerships.create(PartnershipSpec(home, partner)).value.id
        return ImportService(db, lambda: STAMP), pid

    firsts, agains, parses = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for index in range(runs):
            service, pid = fresh(Path(folder), index)
            start = time.perf_counter()
            done = service.apply(data, "partner.ics", pid).value
            firsts.append(time.perf_counter() - start)
            if len(done.new) != len(parsed_back(data)):
                raise SystemExit("the first import lost events")
            start = time.perf_counter()
            again = service.apply(changed, "partner.ics", pid).value
            agains.append(time.perf_counter() - start)
            if not again.changed or again.new:
                raise SystemExit("the re-import did not merge")
            service.db.close()
            start = time.perf_counter()
            icalendar.Calendar.from_ical(data)
            parses.append(time.perf_counter() - start)
    return statistics.median(firsts), statistics.median(agains), statistics.median(parses)


def measure(events: int = 10_000, runs: int = 3) -> dict[str, Any]:
    """Time the export and the import of ``events`` events against icalendar, ``runs`` times
    each; the medians (seconds), the file sizes and whether both exports hold the same
    events (``same``)."""
    from jumelage.ics.writer import write_calendar

    made = make_events(events)
    ours_time, ours = median_time(lambda: write_calendar(META, made, STAMP), runs)
    theirs_time, theirs = median_time(lambda: icalendar_export(made), runs)
    if not isinstance(ours, bytes) or not isinstance(theirs, bytes):
        raise SystemExit("an export gave no bytes")
    bumped = [
        Event(**{**_fields(e), "summary": e.summary + " (moved)", "sequence": e.sequence + 1})
        if i % 100 == 0
        else e
        for i, e in enumerate(made)
    ]
    changed = write_calendar(META, bumped, STAMP + dt.timedelta(days=1))
    first, again, parse = import_benchmark(ours, changed, runs)
    return {
        "events": len(made),
        "export_s": ours_time,
        "icalendar_export_s": theirs_time,
        "export_bytes": len(ours),
        "icalendar_export_bytes": len(theirs),
        "same": parsed_back(ours) == parsed_back(theirs),
        "import_s": first,
        "reimport_s": again,
        "icalendar_parse_s": parse,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    r = measure(args.events, args.runs)
    ours_time, theirs_time = r["export_s"], r["icalendar_export_s"]
    print(f"export of {r['events']} events")
    print(f"  jumelage writer      {ours_time:7.3f} s  {r['export_bytes']:>10,} bytes")
    print(f"  icalendar 7          {theirs_time:7.3f} s  {r['icalendar_export_bytes']:>10,} bytes")
    print(f"  ratio                {theirs_time / ours_time:7.1f}x faster (target >= 3x)")
    print(f"  same events parsed back: {'yes' if r['same'] else 'NO'}")
    first, again, parse = r["import_s"], r["reimport_s"], r["icalendar_parse_s"]
    print(f"import of {r['events']} events")
    print(f"  icalendar from_ical  {parse:7.3f} s  (parsing only)")
    print(f"  jumelage, first      {first:7.3f} s  ratio {first / parse:5.2f}x (target <= 1.3x)")
    print(f"  jumelage, re-import  {again:7.3f} s  ratio {again / parse:5.2f}x (1% changed)")
    return 0 if r["same"] else 1


def _fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in Event.__slots__}


if __name__ == "__main__":
    sys.exit(main())
