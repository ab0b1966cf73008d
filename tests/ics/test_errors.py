"""One English sentence for every error and note of the calendar exchange."""

from __future__ import annotations

import dataclasses
import re

import pytest

from jumelage.domain.errors import DomainWarning, UserError
from jumelage.domain.messages import TEMPLATES, describe
from jumelage.ics import errors
from jumelage.ics.notes import NOTES, describe_note

DUMMIES: dict[str, object] = {
    "str": "marsassoum.ics",
    "int": 12,
    "tuple[str, ...]": ("Anderlecht – Marsassoum", "Anderlecht – Zagora"),
}
CLASSES = [
    cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, UserError) and cls.__module__ == errors.__name__
]


def test_every_class_is_a_registered_user_error() -> None:
    assert len(CLASSES) >= 12
    for cls in CLASSES:
        assert cls in TEMPLATES, cls


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_one_sentence(cls: type[errors.CalendarError]) -> None:
    kwargs = {f.name: DUMMIES[str(f.type)] for f in dataclasses.fields(cls)}
    text = describe(cls(**kwargs))
    assert "\n" not in text
    assert not re.search(r"\{[a-z_]*\}", text)
    assert text.endswith(".")
    assert "marsassoum.ics" in text


@pytest.mark.parametrize("code", sorted(NOTES))
def test_notes_read_as_sentences(code: str) -> None:
    text = describe_note(DomainWarning(code, "marsassoum.ics", "3"))
    assert "\n" not in text
    assert not re.search(r"\{[a-z_]*\}", text)
    assert text.endswith(".")


def test_an_unknown_note_still_says_something() -> None:
    assert describe_note(DomainWarning("ics.new", "x.ics", "1")) == "ics.new: x.ics 1"
