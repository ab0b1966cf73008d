"""Lists kept column by column (services/bulk.py: Ints, Values, Texts, Packed), the Actions
page's ActionItemTable, and the open items counted per follow-up."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from typing import TYPE_CHECKING

import pytest

from jumelage.domain.enums import ActionStatus
from jumelage.domain.rows import ActionItemRow
from jumelage.domain.specs import ActionItemSpec, FollowUpSpec
from jumelage.services import Services, bulk
from jumelage.services.actions import ActionItemTable

if TYPE_CHECKING:
    from tests.services.conftest import World

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")

# --- Ints ------------------------------------------------------------------------------------


def test_ints_keep_every_width_of_number() -> None:
    values = [0, -1, 127, -128, 128, 40_000, -40_000, 3_000_000_000, -(2**63), 2**63 - 1]
    ints = bulk.Ints(values)
    assert list(ints) == values
    assert [ints[i] for i in range(len(values))] == values
    assert ints.take([9, 0, 6]) == [2**63 - 1, 0, -40_000]


def test_ints_widen_when_a_replaced_number_does_not_fit() -> None:
    ints = bulk.Ints([1, 2, 3])
    ints[1] = 70_000
    assert list(ints) == [1, 70_000, 3]


def test_ints_refuse_numbers_sqlite_cannot_hold() -> None:
    ints = bulk.Ints([1])
    with pytest.raises(OverflowError):
        ints.append(2**63)
    assert list(ints) == [1]


# --- Values ----------------------------------------------------------------------------------


def test_values_keep_one_object_per_distinct_value() -> None:
    first, again = "Anderlecht – Marsassoum", "".join(["Anderlecht – ", "Marsassoum"])
    assert first is not again
    values = bulk.Values([first, None, again, "Zagora"])
    assert list(values) == [first, None, first, "Zagora"]
    assert values[2] is first
    assert values.distinct() == [first, None, "Zagora"]


def test_values_convert_each_distinct_value_once() -> None:
    seen: list[str] = []

    def label(value: str) -> str:
        seen.append(value)
        return value.upper()

    values = bulk.Values(["open", "done", "open", "open"])
    assert values.take([3, 1, 0], label) == ["OPEN", "DONE", "OPEN"]
    assert seen == ["open", "done"]


def test_values_replaced_in_place() -> None:
    values = bulk.Values([dt.date(2026, 3, 13), None])
    values[1] = dt.date(2026, 4, 1)
    values[0] = None
    assert list(values) == [None, dt.date(2026, 4, 1)]


# --- Texts -----------------------------------------------------------------------------------

TEXTS = [
    "Send the three quotes",
    "",
    "Réserver la salle à Anderlecht",
    "تحضير الميزانية",  # Arabic: two bytes a character
    "Call 📞 the partner",  # four bytes
    "Two\nlines",
]


def test_texts_read_back_as_written() -> None:
    texts = bulk.Texts(TEXTS)
    assert len(texts) == len(TEXTS)
    assert [texts[i] for i in range(len(TEXTS))] == TEXTS
    assert texts[-1] == "Two\nlines"
    assert list(texts) == TEXTS
    assert texts.take([4, 0, 3]) == [TEXTS[4], TEXTS[0], TEXTS[3]]


def test_ascii_texts_read_back_as_written() -> None:
    ascii_only = ["Book the flights", "", "Draft the call for proposals", "x"]
    texts = bulk.Texts(ascii_only)
    assert list(texts) == ascii_only
    assert texts.take([2, 1]) == ["Draft the call for proposals", ""]


def test_texts_replaced_after_the_load() -> None:
    texts = bulk.Texts(["Book the flights", "Send the quotes"])
    texts[0] = "Réserver les vols"
    texts[-1] = "Send the three quotes"
    assert list(texts) == ["Réserver les vols", "Send the three quotes"]
    assert texts[0] == "Réserver les vols"


def test_texts_out_of_range() -> None:
    texts = bulk.Texts(["one"])
    with pytest.raises(IndexError):
        texts[1]
    with pytest.raises(IndexError):
        texts[-2]
    with pytest.raises(IndexError):
        texts[1] = "two"


# --- ActionItemTable -------------------------------------------------------------------------


def test_action_table_has_a_column_per_field_of_the_row() -> None:
    assert [f.name for f in dataclasses.fields(ActionItemTable)] == [
        f.name for f in dataclasses.fields(ActionItemRow)
    ]


def item(world: World, **changes: object) -> ActionItemSpec:
    values: dict[str, object] = {"partnership_id": world.partnership, "description": "Book"}
    values.update(changes)
    return ActionItemSpec(**values)  # type: ignore[arg-type]


def test_action_table_holds_what_the_list_holds(services: Services, world: World) -> None:
    followup = services.followups.create(
        FollowUpSpec(world.partnership, "Call", dt.datetime(2026, 4, 7, 10, tzinfo=BRUSSELS))
    ).value
    services.actions.create(
        item(world, description="Réserver la salle", owner_person_id=world.sophie, shared=True)
    )
    services.actions.create(
        item(
            world,
            description="Send the quotes",
            owner_person_id=world.aminata,
            due_date=dt.date(2026, 3, 13),
            status=ActionStatus.IN_PROGRESS,
            origin_followup_id=followup.id,
        )
    )
    gone = services.actions.create(item(world, description="Deleted")).value
    services.actions.delete(gone.id, gone.version)

    table = services.actions.table()
    rows = services.actions.list()
    assert [r.description for r in rows] == ["Send the quotes", "Réserver la salle"]
    assert len(table) == 2
    assert table.rows() == rows
    assert table.row(0) == rows[0]
    assert list(table.owner) == ["Aminata Diatta", "Sophie Vandermeulen"]
    assert list(table.origin_followup_id) == [followup.id, None]


def test_action_table_shows_an_edit_in_place(services: Services, world: World) -> None:
    services.actions.create(item(world, description="Book the room"))
    table = services.actions.table()
    before = table.row(0)
    after = services.actions.set_status(before.id, before.version, ActionStatus.DONE).value
    table.replace(0, after)
    assert table.row(0) == after
    assert table.row(0).version == before.version + 1
    with pytest.raises(IndexError):
        table.replace(1, after)


# --- open items per follow-up ----------------------------------------------------------------


def test_open_items_are_counted_per_follow_up(services: Services, world: World) -> None:
    def followup(title: str) -> int:
        start = dt.datetime(2026, 4, 7, 10, tzinfo=BRUSSELS)
        return services.followups.create(FollowUpSpec(world.partnership, title, start)).value.id

    first, second, third = followup("First"), followup("Second"), followup("Third")
    for status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE):
        services.actions.create(item(world, status=status, origin_followup_id=first))
    services.actions.create(item(world, status=ActionStatus.DROPPED, origin_followup_id=second))
    services.actions.create(item(world, origin_followup_id=second))
    gone = services.actions.create(item(world, origin_followup_id=third)).value
    services.actions.delete(gone.id, gone.version)
    services.actions.create(item(world))  # raised nowhere

    # First: open + in progress; second: one open (the dropped one is not); third: deleted.
    assert services.actions.open_counts_by_followup() == {first: 2, second: 1}
