"""Bad .ics input at scale: 10,000 mutated calendars (``JUMELAGE_RELIABILITY_CALENDARS``)
through the importer. Never an unhandled exception, never a hang (each input has its own
deadline, enforced by a timer signal, so a hang fails instead of blocking the run), one
sentence for every refusal, and the database unchanged when a file is refused.

The seeds are the 87 real-world files of the shared corpus; each input splices one to six
mutations into one of them (the tokens and the splicing of ``tests/ics/test_fuzz.py``, drawn
from a seeded ``random.Random`` so the run is reproducible and fast; the Hypothesis test there
shrinks failures on 200 inputs). Every input is previewed; every tenth is applied (the whole
import, written in one transaction).

"Unchanged on refusal" is checked twice, without a full dump around every apply (that alone
took as long as the imports): a separate connection reads ``PRAGMA data_version`` before and
after each apply (it changes whenever another connection commits anything, so a refused apply
must leave it as it was), and the full contents (``snapshot``: every row, as SQL) after a
refusal must equal the snapshot taken when the database last changed; that snapshot is
renewed only after an apply that did change it (about one apply in five), so the dumps
stay a few seconds of the run.

The hostile inputs (50 MB, 10,000 nested components, FREQ=SECONDLY, 100,000-character lines,
NUL bytes, invalid UTF-8) are proven in ``tests/ics/test_hostile.py``.
"""

from __future__ import annotations

import collections
import random
import signal
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest

from jumelage.domain.messages import describe
from jumelage.ics.errors import CalendarError
from jumelage.services import Services
from jumelage.services.exchange_import import ImportService
from tests.conftest import fixed_clock
from tests.ics.conftest import World
from tests.ics.test_fuzz import SEEDS, TOKENS, mutate, snapshot
from tests.reliability.conftest import posix_only, scale

pytestmark = [posix_only, pytest.mark.slow]

CALENDARS = scale("CALENDARS", 10_000)
APPLY_EVERY = 10
#: Seconds one input may take (a hang detector, not a speed target: most take milliseconds).
DEADLINE = 10.0
KINDS = ("insert", "delete", "duplicate", "replace")


class Hang(Exception):
    pass


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise Hang(f"no answer within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def mutant(rng: random.Random) -> bytes:
    mutations = []
    for _ in range(rng.randint(1, 6)):
        token = rng.choice(TOKENS) if rng.random() < 0.6 else rng.randbytes(rng.randint(1, 12))
        mutations.append((rng.choice(KINDS), rng.random(), rng.randint(0, 400), token))
    return mutate(rng.choice(SEEDS), mutations)


@pytest.mark.skipif(not SEEDS, reason="the shared corpus of real-world calendars is not there")
def test_mutated_calendars_through_the_importer(services: Services, world: World) -> None:
    importer = ImportService(services.db, fixed_clock)
    rng = random.Random("jumelage reliability")
    tally: collections.Counter[str] = collections.Counter()
    slowest = 0.0
    observer = sqlite3.connect(services.db.path)

    def version() -> int:
        return int(observer.execute("PRAGMA data_version").fetchone()[0])

    known, known_version = snapshot(services), version()
    try:
        for number in range(CALENDARS):
            data = mutant(rng)
            apply = number % APPLY_EVERY == 0
            if apply and version() != known_version:  # the last apply changed the database
                known, known_version = snapshot(services), version()
                tally["snapshots"] += 1
            start = time.perf_counter()
            try:
                with deadline(DEADLINE):
                    if apply:
                        importer.apply(data, "mutant.ics", world.partnership)
                    else:
                        importer.preview(data, "mutant.ics", world.partnership)
            except CalendarError as error:
                text = describe(error)
                assert "\n" not in text, (number, text)
                assert text.endswith("."), (number, text)
                if apply:
                    assert version() == known_version, f"input {number}: refused, yet committed"
                    assert snapshot(services) == known, f"input {number}: refused, yet changed"
                    tally["refused applies checked"] += 1
                tally["refused"] += 1
            except Hang:
                pytest.fail(f"input {number} took more than {DEADLINE} s: {data[:200]!r}")
            else:
                tally["read"] += 1
            tally["applied" if apply else "previewed"] += 1
            slowest = max(slowest, time.perf_counter() - start)
    finally:
        observer.close()
    print(f"{CALENDARS} mutated calendars: {dict(tally)}, slowest {slowest:.2f} s")
    assert tally["previewed"] + tally["applied"] == CALENDARS
    assert tally["refused"] > 0
    assert tally["read"] > 0
    assert tally["refused applies checked"] > 0
