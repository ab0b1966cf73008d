"""jumelage.domain.time: wall time + IANA zone, instants derived, the bundled tzdata pinned.

Every expected instant below was worked out by hand from the published rules:
- Brussels: UTC+1 in winter, UTC+2 from 02:00 on Sunday 29 March 2026.
- Dakar: UTC+0 all year, no summer time.
- Hebron: UTC+2 in winter, UTC+3 from 02:00 on Saturday 28 March 2026 (a day before Brussels).
- Zagora (Africa/Casablanca), tzdata 2026: UTC+1 in summer 2026, UTC+0 during Ramadan, and
  UTC+0 permanently from 20 September 2026.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import zoneinfo

import pytest

from jumelage.domain import time as tz
from jumelage.domain.errors import NaiveDateTime, NonexistentLocalTime, UnknownTimeZone

BRUSSELS = "Europe/Brussels"
DAKAR = "Africa/Dakar"
CASABLANCA = "Africa/Casablanca"
HEBRON = "Asia/Hebron"


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)


# --- Brussels and Dakar across the 29 March 2026 change ------------------------------------


def test_brussels_meeting_is_0900_in_dakar_before_the_change() -> None:
    instant = tz.to_utc(dt.datetime(2026, 3, 24, 10, 0), BRUSSELS)
    assert instant == utc(2026, 3, 24, 9, 0)
    in_dakar = tz.in_zone(instant, DAKAR)
    assert in_dakar.replace(tzinfo=None) == dt.datetime(2026, 3, 24, 9, 0)


def test_brussels_meeting_is_0800_in_dakar_after_the_change() -> None:
    instant = tz.to_utc(dt.datetime(2026, 3, 31, 10, 0), BRUSSELS)
    assert instant == utc(2026, 3, 31, 8, 0)
    in_dakar = tz.in_zone(instant, DAKAR)
    assert in_dakar.replace(tzinfo=None) == dt.datetime(2026, 3, 31, 8, 0)


def test_same_brussels_wall_time_a_week_apart_is_an_hour_short_of_seven_days() -> None:
    before = tz.to_utc(dt.datetime(2026, 3, 24, 10, 0), BRUSSELS)
    after = tz.to_utc(dt.datetime(2026, 3, 31, 10, 0), BRUSSELS)
    assert after - before == dt.timedelta(days=7) - dt.timedelta(hours=1)


def test_localize_keeps_the_zone_and_the_wall_time() -> None:
    aware = tz.localize(dt.datetime(2026, 3, 31, 10, 0), BRUSSELS)
    assert isinstance(aware.tzinfo, zoneinfo.ZoneInfo)
    assert aware.tzinfo.key == BRUSSELS
    assert aware.replace(tzinfo=None) == dt.datetime(2026, 3, 31, 10, 0)
    assert aware.utcoffset() == dt.timedelta(hours=2)


def test_0230_on_29_march_2026_does_not_exist_in_brussels() -> None:
    with pytest.raises(NonexistentLocalTime) as caught:
        tz.localize(dt.datetime(2026, 3, 29, 2, 30), BRUSSELS)
    assert caught.value.zone == BRUSSELS
    assert caught.value.wall == dt.datetime(2026, 3, 29, 2, 30)
    with pytest.raises(NonexistentLocalTime):
        tz.to_utc(dt.datetime(2026, 3, 29, 2, 30), BRUSSELS)


def test_0230_on_29_march_2026_exists_in_dakar() -> None:
    assert tz.to_utc(dt.datetime(2026, 3, 29, 2, 30), DAKAR) == utc(2026, 3, 29, 2, 30)


def test_split_zoned_refuses_a_skipped_wall_time() -> None:
    skipped = dt.datetime(2026, 3, 29, 2, 30, tzinfo=zoneinfo.ZoneInfo(BRUSSELS))
    with pytest.raises(NonexistentLocalTime):
        tz.split_zoned(skipped)


def test_repeated_autumn_hour_takes_its_first_occurrence() -> None:
    # 25 October 2026: Brussels goes from 03:00 CEST back to 02:00 CET; 02:30 happens twice.
    # The first 02:30 is still summer time (UTC+2): 00:30Z.
    assert tz.to_utc(dt.datetime(2026, 10, 25, 2, 30), BRUSSELS) == utc(2026, 10, 25, 0, 30)


# --- Zagora: Morocco's 2026 rules ----------------------------------------------------------


def test_zagora_meeting_before_20_september_2026_is_utc_plus_one() -> None:
    assert tz.to_utc(dt.datetime(2026, 9, 10, 10, 0), CASABLANCA) == utc(2026, 9, 10, 9, 0)


def test_zagora_meeting_after_20_september_2026_is_utc() -> None:
    assert tz.to_utc(dt.datetime(2026, 10, 1, 10, 0), CASABLANCA) == utc(2026, 10, 1, 10, 0)


def test_zagora_during_ramadan_2026_is_utc() -> None:
    assert tz.to_utc(dt.datetime(2026, 3, 1, 10, 0), CASABLANCA) == utc(2026, 3, 1, 10, 0)


def test_a_zagora_series_stays_at_1000_wall_time_while_its_instant_moves() -> None:
    walls = [dt.datetime(2026, 9, 10, 10, 0), dt.datetime(2026, 10, 1, 10, 0)]
    instants = [tz.to_utc(w, CASABLANCA) for w in walls]
    assert [i.time() for i in instants] == [dt.time(9, 0), dt.time(10, 0)]
    back = [tz.in_zone(i, CASABLANCA).time() for i in instants]
    assert back == [dt.time(10, 0), dt.time(10, 0)]


# --- Hebron changes a day before Brussels --------------------------------------------------


def test_hebron_on_27_march_2026_is_utc_plus_two() -> None:
    assert tz.to_utc(dt.datetime(2026, 3, 27, 12, 0), HEBRON) == utc(2026, 3, 27, 10, 0)


def test_hebron_on_28_march_2026_is_utc_plus_three() -> None:
    assert tz.to_utc(dt.datetime(2026, 3, 28, 12, 0), HEBRON) == utc(2026, 3, 28, 9, 0)


def test_on_28_march_2026_brussels_is_still_utc_plus_one() -> None:
    instant = tz.to_utc(dt.datetime(2026, 3, 28, 12, 0), HEBRON)
    in_brussels = tz.in_zone(instant, BRUSSELS)
    # 09:00Z is 10:00 in Brussels (UTC+1): the gap between the towns is two hours that day.
    assert in_brussels.replace(tzinfo=None) == dt.datetime(2026, 3, 28, 10, 0)
    assert in_brussels.utcoffset() == dt.timedelta(hours=1)


# --- zone names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Mars/Olympus", "", "../etc/passwd", "/etc/passwd", " Europe/Brussels", "Europe/../UTC"],
)
def test_unknown_zones_are_refused(name: str) -> None:
    with pytest.raises(UnknownTimeZone) as caught:
        tz.zone(name)
    assert caught.value.name == name
    assert tz.is_valid_zone(name) is False


def test_known_zone_is_returned() -> None:
    assert tz.zone(HEBRON).key == HEBRON
    assert tz.is_valid_zone(DAKAR) is True
    assert HEBRON in tz.available_zones()


def test_localize_refuses_an_unknown_zone() -> None:
    with pytest.raises(UnknownTimeZone):
        tz.localize(dt.datetime(2026, 5, 1, 10, 0), "Mars/Olympus")


# --- split_zoned: only aware datetimes in an IANA zone cross the boundary -------------------


def test_split_zoned_refuses_naive() -> None:
    with pytest.raises(NaiveDateTime) as caught:
        tz.split_zoned(dt.datetime(2026, 5, 1, 10, 0), "start")
    assert caught.value.field == "start"


def test_split_zoned_refuses_a_fixed_offset() -> None:
    fixed = dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with pytest.raises(UnknownTimeZone):
        tz.split_zoned(fixed)


def test_split_zoned_gives_wall_time_and_zone() -> None:
    value = dt.datetime(2026, 6, 11, 11, 5, tzinfo=zoneinfo.ZoneInfo(BRUSSELS))
    assert tz.split_zoned(value) == (dt.datetime(2026, 6, 11, 11, 5), BRUSSELS)


def test_split_zoned_accepts_utc() -> None:
    value = dt.datetime(2026, 6, 11, 9, 5, tzinfo=dt.UTC)
    assert tz.split_zoned(value) == (dt.datetime(2026, 6, 11, 9, 5), "UTC")


def test_in_zone_refuses_naive() -> None:
    with pytest.raises(NaiveDateTime):
        tz.in_zone(dt.datetime(2026, 6, 11, 9, 5), DAKAR)


@pytest.mark.parametrize(
    ("wall", "zone_name", "label"),
    [
        (dt.datetime(2026, 6, 1, 12, 0), BRUSSELS, "UTC+2"),
        (dt.datetime(2026, 1, 1, 12, 0), BRUSSELS, "UTC+1"),
        (dt.datetime(2026, 6, 1, 12, 0), DAKAR, "UTC"),
        (dt.datetime(2026, 6, 1, 12, 0), "Asia/Kolkata", "UTC+5:30"),
        (dt.datetime(2026, 1, 1, 12, 0), "America/St_Johns", "UTC-3:30"),
    ],
)
def test_utc_offset_label(wall: dt.datetime, zone_name: str, label: str) -> None:
    assert tz.utc_offset_label(tz.localize(wall, zone_name)) == label


# --- the bundled tzdata ---------------------------------------------------------------------


def test_tz_database_version_is_the_tzdata_package() -> None:
    import tzdata

    assert tz.tz_database_version() == tzdata.IANA_VERSION
    assert tz.tz_database_version() >= "2026a"


def test_import_jumelage_pins_zoneinfo_to_the_tzdata_package() -> None:
    # The test session imported jumelage already: the system search path is gone.
    assert zoneinfo.TZPATH == ()


def test_pin_holds_in_a_fresh_process() -> None:
    """Before ``import jumelage`` the system database answers (here 2025b, which still puts
    Zagora on UTC+1 after 20 September 2026); after it, the tzdata package does."""
    script = textwrap.dedent(
        """
        import datetime as dt, zoneinfo
        def offset():
            z = zoneinfo.ZoneInfo("Africa/Casablanca")
            return int(dt.datetime(2026, 10, 1, 10, 0, tzinfo=z).utcoffset().total_seconds())
        before = offset()
        import jumelage, tzdata
        from jumelage.domain import time as tz
        print(before, offset(), tz.tz_database_version(), tzdata.IANA_VERSION, zoneinfo.TZPATH)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    before, after, version, iana, tzpath = result.stdout.split(maxsplit=4)
    assert after == "0"
    assert version == iana
    assert tzpath.strip() == "()"
    # Informative only: on this machine the system copy is older and disagrees.
    assert before in ("0", "3600")
