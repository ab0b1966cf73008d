"""The partner export leaks no internal field: a unique sentinel in every internal column of
every row (found from the models: every prose column that is not one of the fields the
partner profile shares), every item marked shared, then a partner export of all partnerships;
no sentinel may appear anywhere in its bytes, folded or unfolded. The internal profile of the
same data does carry them, so the test can fail.

(``tests/ics/test_export.py::test_partner_profile_holds_no_internal_field`` builds its data
through the services and checks the file with three independent parsers; it needs icscheck.)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from jumelage.ics.profiles import ExportRequest, Profile
from jumelage.persistence.database import open_database
from jumelage.services import Services
from tests.conftest import fixed_clock
from tests.reliability.test_rich_text import prose_columns

#: What the partner profile writes on purpose (DESIGN.md section 5; the *_SHARED sets of the
#: services): names of towns and partnerships, titles, objectives, itineraries, agenda
#: items, web links, action descriptions. Imported events are the partner's own.
SHARED = {
    ("towns", "name"), ("partnerships", "name"), ("missions", "title"),
    ("missions", "objectives"), ("travel_legs", "origin"), ("travel_legs", "destination"),
    ("travel_legs", "reference"), ("agenda_items", "title"), ("agenda_items", "location"),
    ("agenda_items", "description"), ("followups", "title"), ("followups", "join_link"),
    ("followup_series", "title"), ("followup_series", "join_link"),
    ("action_items", "description"),
}  # fmt: skip
NOT_OURS = {"external_calendars", "external_events"}


def unfolded(data: bytes) -> str:
    return data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")


def test_no_internal_field_reaches_a_partner_file(demo_path: Path, tmp_path: Path) -> None:
    internal = [(t, c) for t, c in prose_columns() if (t, c) not in SHARED and t not in NOT_OURS]
    sentinels: dict[str, tuple[str, str]] = {}
    conn = sqlite3.connect(demo_path)
    try:
        for table in ("missions", "followups", "followup_series", "action_items"):
            conn.execute(f'UPDATE "{table}" SET shared = 1')
        for table, column in internal:
            rows = [r[0] for r in conn.execute(f'SELECT rowid FROM "{table}"')]
            for rowid in rows:
                sentinel = f"QZX{table.upper()}{column.upper()}{rowid}QZX".replace("_", "")
                sentinels[sentinel] = (table, column)
                conn.execute(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', (sentinel, rowid)
                )
        # Money the partner must not see either: every amount becomes 987654.32.
        conn.execute("UPDATE budget_lines SET planned = '987654.32', actual = '987654.32'")
        conn.execute("UPDATE funding_sources SET amount = '987654.32'")
        conn.commit()
    finally:
        conn.close()
    covered = {tc for tc in sentinels.values()}
    for must in [("missions", "internal_notes"), ("people", "phone"), ("people", "email"),
                 ("followups", "minutes"), ("followups", "agenda"), ("decisions", "text"),
                 ("budget_lines", "note"), ("funding_sources", "name")]:  # fmt: skip
        assert must in covered, must

    with open_database(demo_path, daily_backup=False) as database:
        services = Services.over(database, fixed_clock)
        partner = services.exports.export(ExportRequest(), tmp_path / "partner.ics").value
        inner = services.exports.preview(ExportRequest(profile=Profile.INTERNAL)).data
    data = (tmp_path / "partner.ics").read_bytes()
    assert data == partner.data
    assert len(partner.events) > 20
    for text in (data.decode("utf-8"), unfolded(data)):
        leaked = {sentinels[s] for s in sentinels if s in text}
        assert leaked == set()
        assert "987654" not in text
        assert "987,654" not in text
    assert any(s in unfolded(inner) for s, tc in sentinels.items() if tc[1] == "internal_notes")
    print(f"{len(sentinels)} sentinels in {len(covered)} internal columns; none in the file")
