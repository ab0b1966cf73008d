"""Typed errors as sentences in the user's language.

The English templates live in :mod:`jumelage.domain.messages` (the CLI prints them); here each
template is looked up in the "errors" translation context, so the .ts files translate the very
same sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jumelage.domain import errors
from jumelage.domain.messages import TEMPLATES
from jumelage.domain.messages import describe as describe_english


def is_expected(error: BaseException) -> bool:
    """An error the user can act on (as opposed to a bug)."""
    return isinstance(error, errors.UserError)


def describe(error: BaseException) -> str:
    if not isinstance(error, errors.JumelageError):
        return QCoreApplication.translate(
            "errors", "Something went wrong: {error}. Details are in the log file."
        ).format(error=f"{type(error).__name__}: {error}")
    for cls in type(error).__mro__:
        template = TEMPLATES.get(cls)
        if template is None:
            continue
        translated = QCoreApplication.translate("errors", template)
        try:
            return translated.format(**{k: _text(v) for k, v in vars(error).items()})
        except (KeyError, IndexError, ValueError):
            break
    return describe_english(error)


def _text(value: object) -> str:
    if isinstance(value, tuple | list | set | frozenset):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
