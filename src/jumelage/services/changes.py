"""What a service call changed, so the UI can refresh exactly the views that show it (the idea
of Anki's ``OpChanges``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from jumelage.domain.errors import DomainWarning

T = TypeVar("T")


class Entity(StrEnum):
    TOWN = "town"
    PARTNERSHIP = "partnership"
    PERSON = "person"
    FUNDING = "funding"
    MISSION = "mission"
    FOLLOWUP = "followup"
    ACTION = "action"
    EXTERNAL = "external"
    RATE = "rate"


@dataclass(frozen=True)
class Changes:
    entities: frozenset[Entity] = frozenset()

    @classmethod
    def of(cls, *entities: Entity) -> Changes:
        return cls(frozenset(entities))

    def __bool__(self) -> bool:
        return bool(self.entities)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities)

    def touches(self, *entities: Entity) -> bool:
        return not self.entities.isdisjoint(entities)


ALL_CHANGED = Changes(frozenset(Entity))


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """The result of one unit of work: the new state, what changed, and any warnings."""

    value: T
    changes: Changes
    warnings: tuple[DomainWarning, ...] = field(default=())
