"""A small world for the service tests: Anderlecht, Marsassoum and their partnership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from jumelage.domain.specs import MissionSpec, PartnershipSpec, PersonSpec, TownSpec
from jumelage.services import Services


@dataclass(frozen=True)
class World:
    anderlecht: int
    marsassoum: int
    partnership: int
    sophie: int
    aminata: int

    def mission_spec(self, **changes: object) -> MissionSpec:
        values: dict[str, object] = {
            "partnership_id": self.partnership,
            "title": "Local tax collection: training",
            "destination_town_id": self.marsassoum,
            "start_date": dt.date(2026, 6, 11),
            "end_date": dt.date(2026, 6, 20),
            "objectives": "Train the agents.",
            "internal_notes": "Check the laptops' insurance.",
            "sdgs": (16, 17),
            "shared": True,
        }
        values.update(changes)
        return MissionSpec(**values)  # type: ignore[arg-type]


@pytest.fixture
def world(services: Services) -> World:
    anderlecht = services.towns.create(TownSpec("Anderlecht", "BE", "Europe/Brussels")).value.id
    marsassoum = services.towns.create(TownSpec("Marsassoum", "SN", "Africa/Dakar")).value.id
    partnership = services.partnerships.create(
        PartnershipSpec(anderlecht, marsassoum, since=dt.date(2018, 1, 1))
    ).value.id
    sophie = services.people.create(
        PersonSpec(
            "Sophie Vandermeulen",
            anderlecht,
            "Municipality of Anderlecht",
            "International relations officer",
            "s.vandermeulen@example.org",
            "+32 2 000 00 00",
            ("fr", "nl"),
        )
    ).value.id
    aminata = services.people.create(
        PersonSpec("Aminata Diatta", marsassoum, "Commune de Marsassoum", email="a@example.sn")
    ).value.id
    return World(anderlecht, marsassoum, partnership, sophie, aminata)
