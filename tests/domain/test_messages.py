"""jumelage.domain.messages.describe: one English sentence for every typed error."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re
from decimal import Decimal
from pathlib import Path

import pytest

from jumelage.domain import errors
from jumelage.domain.messages import TEMPLATES, describe

#: A dummy value for each annotation spelled in jumelage.domain.errors (the module uses
#: ``from __future__ import annotations``, so field types are strings).
DUMMIES: dict[str, object] = {
    "str": "dummy",
    "int": 7,
    "Path": Path("/tmp/dummy.sqlite"),
    "Path | None": Path("/tmp/backups/dummy.sqlite"),
    "int | None": 3,
    "int | str": 42,
    "Decimal": Decimal("-12.50"),
    "dt.datetime": dt.datetime(2026, 3, 29, 2, 30),
    "dt.date | dt.datetime": dt.date(2026, 4, 27),
    "dt.time": dt.time(9, 0),
    "tuple[str, ...]": ("planned", "cancelled"),
}

#: Classes that are only ever bases: never raised, so they need no sentence of their own.
ABSTRACT = {errors.JumelageError, errors.UserError, errors.DatabaseError}


def all_error_classes() -> list[type[errors.JumelageError]]:
    found: list[type[errors.JumelageError]] = []
    pending: list[type[errors.JumelageError]] = [errors.JumelageError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted({c for c in found if c.__module__ == errors.__name__}, key=lambda c: c.__name__)


def build(cls: type[errors.JumelageError]) -> errors.JumelageError:
    if not dataclasses.is_dataclass(cls):
        return cls()
    kwargs = {}
    for f in dataclasses.fields(cls):
        assert f.type in DUMMIES, f"no dummy value for {cls.__name__}.{f.name}: {f.type}"
        kwargs[f.name] = DUMMIES[f.type]  # type: ignore[index]
    return cls(**kwargs)


CLASSES = all_error_classes()


def test_the_error_module_was_found_whole() -> None:
    declared = {
        obj
        for _, obj in inspect.getmembers(errors, inspect.isclass)
        if issubclass(obj, errors.JumelageError)
    }
    assert set(CLASSES) == declared
    assert len(CLASSES) >= 40


@pytest.mark.parametrize("cls", [c for c in CLASSES if c not in ABSTRACT], ids=lambda c: c.__name__)
def test_describe_gives_one_sentence(cls: type[errors.JumelageError]) -> None:
    error = build(cls)
    text = describe(error)
    assert text == str(error)
    assert "\n" not in text
    assert not re.search(r"\{[a-z_]*\}", text), text
    assert text[0].isupper() or text[0] in "'/" or text.startswith("dummy"), text
    assert text.endswith("."), text
    assert cls.__name__ not in text, text
    assert cls in TEMPLATES or any(base in TEMPLATES for base in cls.__mro__[1:]), cls


@pytest.mark.parametrize(
    "cls", sorted(ABSTRACT, key=lambda c: c.__name__), ids=lambda c: c.__name__
)
def test_describe_base_classes(cls: type[errors.JumelageError]) -> None:
    text = describe(build(cls))
    assert text.endswith("."), text


def test_sentences_carry_the_values() -> None:
    """Spot checks, written out by hand."""
    assert (
        describe(
            errors.InvalidStatusTransition(
                field="status",
                current="idea",
                requested="confirmed",
                allowed=("planned", "cancelled"),
            )
        )
        == "status: a mission cannot go from idea to confirmed; allowed: planned, cancelled."
    )
    assert (
        describe(errors.UnknownName(kind="partnership", query="Paris", candidates=()))
        == "No partnership matches 'Paris'. Known: none."
    )
    assert describe(
        errors.NonexistentLocalTime(
            field="start", wall=dt.datetime(2026, 3, 29, 2, 30), zone="Europe/Brussels"
        )
    ) == (
        "start: 2026-03-29 02:30:00 does not exist in Europe/Brussels "
        "(the clocks skip it for summer time)."
    )
    assert describe(errors.InvalidSdg(field="sdgs", goal=18)) == (
        "sdgs: 18 is not a Sustainable Development Goal (1 to 17)."
    )


def test_user_errors_are_user_errors() -> None:
    for cls in CLASSES:
        if cls is not errors.JumelageError:
            assert issubclass(cls, errors.UserError), cls


def test_warnings_are_values() -> None:
    warning = errors.DomainWarning("agenda_overlap", "Lunch", "Workshop")
    assert warning == errors.DomainWarning("agenda_overlap", "Lunch", "Workshop")
    with pytest.raises(dataclasses.FrozenInstanceError):
        warning.code = "x"  # type: ignore[misc]
