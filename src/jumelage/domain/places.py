"""Countries and the working week.

Weekends come from the country (a Town may override them); the ``holidays`` package reports
Saturday-Sunday everywhere, so it is never asked.
"""

from __future__ import annotations

import datetime as dt

from jumelage.domain.errors import InvalidWorkingHours, UnknownCountry

# ISO 3166-1 alpha-2, officially assigned codes (249), plus XK (Kosovo, user-assigned but used
# by the EU and the holidays package).
_CODES = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
VN VU WF WS YE YT ZA ZM ZW XK
"""
COUNTRY_CODES: frozenset[str] = frozenset(_CODES.split())

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# Countries whose weekend is not Saturday-Sunday. Palestine, Israel and most of the Arab
# world rest on Friday and Saturday; Iran on Friday; Nepal on Saturday.
_WEEKENDS: dict[str, frozenset[int]] = {
    **dict.fromkeys(
        [
            "PS",
            "IL",
            "EG",
            "JO",
            "SA",
            "KW",
            "QA",
            "BH",
            "OM",
            "DZ",
            "IQ",
            "SY",
            "LY",
            "SD",
            "YE",
            "BD",
        ],
        frozenset({FRIDAY, SATURDAY}),
    ),
    "IR": frozenset({FRIDAY}),
    "AF": frozenset({THURSDAY, FRIDAY}),
    "NP": frozenset({SATURDAY}),
}
_DEFAULT_WEEKEND = frozenset({SATURDAY, SUNDAY})

DEFAULT_WORK_START = dt.time(9, 0)
DEFAULT_WORK_END = dt.time(17, 0)


def normalise_country(code: str, field: str = "country") -> str:
    """Upper-case ISO 3166-1 alpha-2 code, or :class:`UnknownCountry`."""
    value = (code or "").strip().upper()
    if value not in COUNTRY_CODES:
        raise UnknownCountry(field=field, code=code)
    return value


def default_weekend(country: str) -> frozenset[int]:
    """Weekday numbers (Monday = 0) of the usual weekend in ``country``."""
    return _WEEKENDS.get(country.upper(), _DEFAULT_WEEKEND)


def check_working_hours(start: dt.time, end: dt.time, field: str = "working_hours") -> None:
    if start >= end:
        raise InvalidWorkingHours(field=field, start=start, end=end)


def format_weekdays(days: frozenset[int] | set[int]) -> str:
    """``"5,6"``: the storage form of a set of weekdays."""
    return ",".join(str(d) for d in sorted(days))


def parse_weekdays(text: str) -> frozenset[int]:
    return frozenset(int(p) for p in text.split(",") if p.strip() != "")
