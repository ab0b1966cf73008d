"""Holiday names in the interface language, whatever the process locale: the mission checks,
the drift warnings of a series and the overlap finder's reasons name the holidays as the
Calendar does (the ``holidays`` package's own translations, picked by ``language``).

The expected names are the package's (holidays 0.109): Senegal's 4 April 2026 is "Fête de
l'Indépendance" in French ("Independence Day" in English, the package's answer under a C or
German locale), its 27 May 2026 "Journée de la Tabaski (estimé)"; Belgium's 21 July is
"Nationale feestdag" in Dutch ("Nationaler Feiertag" in German, "National Day" in English).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jumelage.domain.calendar import EntryKind
from jumelage.domain.checks import MissionProblem, ProblemKind
from jumelage.domain.drift import FlagReason
from jumelage.domain.slots import ReasonKind
from jumelage.domain.specs import MissionSpec, SeriesSpec
from jumelage.services import Services
from jumelage.services.scheduling import SchedulingService, public_holidays
from tests.conftest import fixed_clock

D = dt.date
BRUSSELS = ZoneInfo("Europe/Brussels")
DAKAR = ZoneInfo("Africa/Dakar")
INDEPENDENCE_FR = "Fête de l'Indépendance"
TABASKI_FR = "Journée de la Tabaski (estimé)"
NATIONAL_DAY_NL = "Nationale feestdag"

#: Process locales under which the app's language must still win: the package reads them
#: (gettext: LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when it is given no language.
LOCALES = {
    "C": {"LANG": "C.UTF-8", "LANGUAGE": ""},
    "German": {"LANG": "de_DE.UTF-8", "LANGUAGE": "de"},
    "swapped": {"LANG": "nl_BE.UTF-8", "LANGUAGE": "nl:fr"},
}


@pytest.fixture(params=sorted(LOCALES))
def process_locale(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    for name, value in LOCALES[request.param].items():
        monkeypatch.setenv(name, value)
    return str(request.param)


def _towns(demo: Services) -> tuple[int, int, int]:
    """The demo's Anderlecht – Marsassoum partnership, Anderlecht (BE) and Marsassoum (SN)."""
    row = demo.partnerships.find("marsassoum")
    return row.id, row.home_town_id, row.partner_town_id


def _holidays(problems: list[MissionProblem]) -> dict[dt.date | None, str]:
    return {p.day: p.other for p in problems if p.kind is ProblemKind.HOLIDAY}


def _missions(demo: Services) -> tuple[int, int]:
    """A mission to Marsassoum over 4 April 2026 and one to Anderlecht over 21 July 2026."""
    pid, anderlecht, marsassoum = _towns(demo)
    to_senegal = demo.missions.create(
        MissionSpec(pid, "Independence", marsassoum, D(2026, 4, 3), D(2026, 4, 4))
    ).value.id
    to_belgium = demo.missions.create(
        MissionSpec(pid, "National day", anderlecht, D(2026, 7, 21), D(2026, 7, 21))
    ).value.id
    return to_senegal, to_belgium


def test_mission_checks_name_holidays_in_the_given_language(
    demo: Services, process_locale: str
) -> None:
    to_senegal, to_belgium = _missions(demo)
    checks = demo.checks
    assert _holidays(checks.for_mission(to_senegal, language="fr")) == {
        D(2026, 4, 4): INDEPENDENCE_FR
    }
    assert _holidays(checks.for_mission(to_belgium, language="nl")) == {
        D(2026, 7, 21): NATIONAL_DAY_NL
    }
    assert _holidays(checks.for_missions(D(2026, 4, 1), language="fr")[to_senegal]) == {
        D(2026, 4, 4): INDEPENDENCE_FR
    }
    assert _holidays(checks.for_missions(D(2026, 7, 1), language="nl_BE")[to_belgium]) == {
        D(2026, 7, 21): NATIONAL_DAY_NL
    }
    pid = _towns(demo)[0]
    upcoming = checks.upcoming(language="fr")[pid]
    assert _holidays([p for p in upcoming if p.mission_id == to_senegal]) == {
        D(2026, 4, 4): INDEPENDENCE_FR
    }
    # The Calendar's mission bars carry the same problems.
    bars = demo.calendar.entries(D(2026, 4, 1), D(2026, 4, 30), {pid}, {EntryKind.MISSION}, "fr")
    bar = next(e for e in bars if e.ref_id == to_senegal)
    assert _holidays(list(bar.problems)) == {D(2026, 4, 4): INDEPENDENCE_FR}


def test_drift_warnings_name_holidays_in_the_given_language(
    demo: Services, process_locale: str
) -> None:
    pid = _towns(demo)[0]
    # Wednesdays at 10:00 in Brussels from 20 May 2026: 27 May is Tabaski in Senegal (08:00
    # there, within Marsassoum's hours).
    to_senegal = SeriesSpec(
        pid,
        "Steering committee",
        dt.datetime(2026, 5, 20, 10, tzinfo=BRUSSELS),
        "FREQ=WEEKLY;COUNT=2",
    )
    flags = demo.series.drift(to_senegal, "fr").flags
    assert [(f.other_start, f.holiday) for f in flags if FlagReason.HOLIDAY in f.reasons] == [
        (dt.datetime(2026, 5, 27, 10, tzinfo=BRUSSELS), TABASKI_FR)
    ]
    # Tuesdays at 10:00 in Dakar (12:00 in Brussels in summer) from 14 July: the other town
    # is Anderlecht, whose 21 July is the national day.
    to_belgium = SeriesSpec(
        pid, "Dakar call", dt.datetime(2026, 7, 14, 10, tzinfo=DAKAR), "FREQ=WEEKLY;COUNT=2"
    )
    flags = demo.series.drift(to_belgium, "nl").flags
    assert [(f.other_start, f.holiday) for f in flags if FlagReason.HOLIDAY in f.reasons] == [
        (dt.datetime(2026, 7, 21, 12, tzinfo=BRUSSELS), NATIONAL_DAY_NL)
    ]


def test_slot_reasons_name_holidays_in_the_given_language(
    demo: Services, process_locale: str
) -> None:
    pid, _anderlecht, _marsassoum = _towns(demo)
    finder = SchedulingService(demo.db, fixed_clock)

    def holidays_on(day: dt.date, language: str) -> list[tuple[str, str]]:
        result = finder.find(pid, 60, day, day, language=language)
        assert [e.date for e in result.empty_days] == [day]
        details = result.empty_days[0].details
        return [(r.town, r.holiday) for r in details if r.kind is ReasonKind.HOLIDAY]

    assert holidays_on(D(2026, 5, 27), "fr") == [("Marsassoum", TABASKI_FR)]
    assert holidays_on(D(2026, 7, 21), "nl") == [("Anderlecht", NATIONAL_DAY_NL)]


def test_without_a_language_the_process_locale_still_decides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What the CLI gets: the package's own choice, from the environment.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANGUAGE", "nl")
    assert public_holidays("BE", None, [2026])[0][D(2026, 7, 21)] == NATIONAL_DAY_NL
    assert public_holidays("BE", None, [2026], "fr")[0][D(2026, 7, 21)] == "Fête nationale"
