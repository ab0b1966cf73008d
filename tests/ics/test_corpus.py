"""The 87 real-world files of ``../shared/ics-corpus``: each imports, or is refused with one
sentence, never a traceback; where ical.js, libical and vobject agree on a file, our UTC
starts are libical's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jumelage.domain.messages import describe
from jumelage.ics.errors import CalendarError
from jumelage.ics.reader import ParsedEvent, read_calendar
from jumelage.services import Services
from jumelage.services.exchange_import import ImportService
from tests.conftest import fixed_clock
from tests.ics.conftest import CORPUS, Checker, World

FILES = sorted(CORPUS.rglob("*.ics")) if CORPUS.is_dir() else []
#: Files every parser (and we) must refuse or find empty: kept as "known broken" by their
#: repositories, or holding no VEVENT at all.
EXPECTED_REFUSALS = {
    "icalendar/big_bad_calendar.ics",
    "icalendar/bom_calendar.ics",
    "icalendar/fuzz_testcase_vtimezone_lone_cr.ics",
    "icalendar/issue_27_multiple_periods_in_freebusy_multiple_freebusies.ics",
    "icalendar/rfc_7986_properties.ics",
    "libical/issue251.ics",
    "libical/stresstest.ics",
}


def test_the_corpus_is_whole(corpus: list[Path]) -> None:
    assert len(corpus) == 87


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_imports_or_is_refused_in_one_sentence(
    path: Path, services: Services, world: World
) -> None:
    importer = ImportService(services.db, fixed_clock)
    name = str(path.relative_to(CORPUS))
    try:
        outcome = importer.apply(path.read_bytes(), path.name, world.partnership)
    except CalendarError as error:
        text = describe(error)
        assert "\n" not in text
        assert text.endswith(".")
        assert path.name in text
        assert name in EXPECTED_REFUSALS, f"{name} refused: {text}"
        return
    assert name not in EXPECTED_REFUSALS
    preview = outcome.value
    assert preview.new
    again = importer.preview(path.read_bytes(), path.name, world.partnership)
    assert not again.has_changes, f"re-importing {name} would change {again.changed[:1]}"


def _ours(event: ParsedEvent) -> str:
    if event.all_day:
        return f"{event.start.isoformat()} (date)"
    return f"{event.start_utc:%Y-%m-%dT%H:%M:%S}Z"


@pytest.fixture(scope="module")
def report(icscheck: Checker, corpus: list[Path]) -> dict[str, dict[str, Any]]:
    return {item["file"]: item for item in icscheck.report(*corpus)}


def agreed(item: dict[str, Any]) -> bool:
    parsers = [r for name, r in item["results"].items() if name != "raw"]
    return not item["agreement"] and all(not r.get("fatal") and not r.get("skip") for r in parsers)


def test_utc_starts_match_libical_where_the_parsers_agree(
    report: dict[str, dict[str, Any]], corpus: list[Path]
) -> None:
    compared = 0
    for path in corpus:
        item = report[str(path)]
        if not agreed(item):
            continue
        libical = [s for s in item["results"]["libical"]["starts_utc"] if s != "none"]
        try:
            parsed = read_calendar(path.read_bytes(), path.name, fallback_zone="Africa/Dakar")
        except CalendarError:
            assert not libical, path
            continue
        ours = {_ours(e) for e in parsed.events}
        theirs = {s for s in libical if "floating" not in s}
        assert theirs <= ours, f"{path.name}: libical {sorted(theirs - ours)} not ours"
        if len(theirs) == len(libical):  # nothing floating: the same starts, no more
            assert ours == theirs, f"{path.name}: ours {sorted(ours - theirs)} not libical's"
        compared += 1
    assert compared >= 40
