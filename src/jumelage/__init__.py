"""Jumelage: plan field missions, log video follow-ups and exchange calendars between
partner towns on different continents.

Importing the package pins :mod:`zoneinfo` to the IANA database shipped in the ``tzdata``
package. The system copy can be years old (a Debian 12 machine here carries 2025b, which
still puts Zagora on UTC+1 after 20 September 2026), and Windows has none at all. Every
instant Jumelage computes must be the same on every laptop of a partnership, so the whole
application reads one database, whose version the About box shows.
"""

from __future__ import annotations

import zoneinfo

__version__ = "0.1.0"

zoneinfo.reset_tzpath(to=[])
zoneinfo.ZoneInfo.clear_cache()
