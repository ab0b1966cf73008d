"""Public holidays load one country's module at a time (services.scheduling.load_country).

Each case runs in a fresh interpreter: the test session has usually imported every country
of the ``holidays`` package already. Expected dates are Belgium's and French Guiana's public
holidays of 2026 as their laws set them (21 July: Belgian National Day; 10 June: abolition
of slavery in French Guiana; 14 July: Fête nationale in France and its departments).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any


def run(code: str) -> Any:
    """What ``code`` (run in a new interpreter) prints as JSON on its last line."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_one_country_loads_without_the_others() -> None:
    result = run(
        """
        import json, sys
        from jumelage.services.scheduling import public_holidays
        found, note = public_holidays("BE", None, [2026])
        print(json.dumps({
            "national_day": "2026-07-21" in {d.isoformat() for d in found},
            "note": note,
            "package": "holidays.countries" in sys.modules,
            "modules": sorted(k for k in sys.modules if k.startswith("holidays.countries.")),
        }))
        """
    )
    assert result == {
        "national_day": True,
        "note": None,
        "package": False,
        "modules": ["holidays.countries.belgium"],
    }


def test_the_package_imported_later_uses_the_same_class() -> None:
    result = run(
        """
        import json, sys
        from jumelage.services.scheduling import holiday_calendar
        ours, _ = holiday_calendar("BE", None, [2026])
        import holidays
        import holidays.countries
        theirs = holidays.country_holidays("BE", years=[2026])
        print(json.dumps({
            "same_class": holidays.countries.Belgium
            is sys.modules["holidays.countries.belgium"].Belgium,
            "ours_is_belgian": isinstance(ours, holidays.countries.Belgium),
            "same_days": dict(ours) == dict(theirs),
        }))
        """
    )
    assert result == {"same_class": True, "ours_is_belgian": True, "same_days": True}


def test_a_territory_that_needs_its_country_still_loads() -> None:
    # French Guiana's module imports France's: the package then imports all its countries.
    result = run(
        """
        import json
        from jumelage.services.scheduling import public_holidays
        found, note = public_holidays("GF", None, [2026])
        days = {d.isoformat() for d in found}
        print(json.dumps([note, "2026-06-10" in days, "2026-07-14" in days]))
        """
    )
    assert result == [None, True, True]


def test_unknown_countries_and_subdivisions_keep_their_notes() -> None:
    result = run(
        """
        import json
        from jumelage.services.scheduling import load_country, public_holidays
        print(json.dumps({
            "unknown": public_holidays("XX", None, [2026]),
            "subdivision": public_holidays("BE", "ZZZ", [2026])[1],
            "not_a_code": load_country("../belgium"),
            "lower_case": load_country("be"),
        }))
        """
    )
    assert result == {
        "unknown": [{}, "no public holidays known for country XX"],
        "subdivision": "subdivision ZZZ of BE is unknown to the holiday calendar: the "
        "holidays of BE as a whole are used",
        "not_a_code": False,
        "lower_case": False,
    }


def test_threads_asking_for_the_same_country_get_the_whole_calendar() -> None:
    # The app's two workers can both ask (the Overview's checks, the Calendar page).
    result = run(
        """
        import json, threading
        from jumelage.services.scheduling import public_holidays
        start = threading.Barrier(4)
        counts = []
        def ask():
            start.wait()
            counts.append(len(public_holidays("SN", None, [2026])[0]))
        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(json.dumps(counts))
        """
    )
    assert len(result) == 4
    assert len(set(result)) == 1
    assert result[0] > 10
