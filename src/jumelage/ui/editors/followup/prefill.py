"""The pre-filled agenda of a new follow-up, in the user's language.

The service hands over what the agenda starts from (:class:`jumelage.domain.agenda.Prefill`:
the partnership's open action items and the previous follow-up's "Next steps"); here it is
written out with translated headings and dates formatted by QLocale. Every way of planning a
follow-up (the editor, the Follow-ups page, Find a Time) goes through :func:`wording`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jumelage.domain import agenda
from jumelage.ui import format as fmt


def wording() -> agenda.Wording:
    """The agenda's headings and due dates in the current language ("Prochaines étapes",
    "Volgende stappen": the minutes' heading is recognised in any of the three)."""
    return agenda.Wording(
        open_items=QCoreApplication.translate("FollowUpAgenda", "Open action items"),
        next_steps=QCoreApplication.translate("FollowUpAgenda", "Next steps"),
        due=QCoreApplication.translate("FollowUpAgenda", "due {date}"),
        date=fmt.day_month,
    )


def discussed(prefill: agenda.Prefill, text: str) -> tuple[int, ...]:
    """The items of ``prefill`` the agenda ``text`` still lists (an item whose line the
    officer removed was not on the agenda, so it is not recorded as discussed)."""
    return tuple(
        item.action_id
        for item in prefill.items
        if item.action_id is not None and item.description in text
    )
