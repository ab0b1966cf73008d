"""The person editor, and the erasure of a person's personal data.

Erasing is deliberate and cannot be undone: the service removes the name and contact details
everywhere and keeps the records the person took part in (a delegation still had four
members). It is not put on the undo stack, and the stack is cleared, because undoing an
earlier edit of the person would otherwise write their data back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from jumelage.domain.specs import PersonSpec
from jumelage.ui import locale_names
from jumelage.ui.editors.base import EditorContext
from jumelage.ui.editors.directory.common import (
    DirectoryEditor,
    TownCombo,
    buddy,
    chain_tab_order,
    new_form,
    plain,
    with_error,
)
from jumelage.ui.forms import line_edit


def parse_languages(text: str) -> tuple[str, ...]:
    """ "fr, wo" or "fr wo" -> ("fr", "wo")."""
    return tuple(part for part in text.replace(",", " ").split() if part)


def language_name(code: str) -> str | None:
    """The language's name in the user's language; ``None`` for an unknown code."""
    return locale_names.language_name(code)


class PersonEditor(DirectoryEditor):
    def __init__(
        self,
        context: EditorContext,
        key: int | None,
        parent: QWidget | None = None,
        **options: Any,
    ) -> None:
        super().__init__(context, key, "person_editor", parent)
        from jumelage.services.changes import Entity

        self.watched = (Entity.PERSON, Entity.TOWN)
        self._options = options
        self.erase_box: QMessageBox | None = None
        errors = self.errors

        self.name = line_edit()
        self.town = TownCombo(self.tr("(none)"))
        self.organisation = line_edit()
        self.role = line_edit()
        self.email = line_edit(placeholder=self.tr("name@example.org"), max_length=200)
        self.phone = line_edit(placeholder=self.tr("+32 2 000 00 00"), max_length=40)
        self.languages = line_edit(placeholder=self.tr("ISO codes, e.g. fr, nl, wo"))
        self.languages.setToolTip(
            self.tr("Two-letter language codes separated by commas: fr, nl, en, ar, wo…")
        )
        self.examples = {
            edit: edit.placeholderText() for edit in (self.email, self.phone, self.languages)
        }
        self.language_names = plain()
        self.erased_note = plain(
            self.tr(
                "This person's personal data was erased. The missions, follow-ups and action "
                "items they took part in are kept."
            )
        )
        self.erase_button = QPushButton(self.tr("Er&ase Personal Data…"))
        self.erase_button.setAutoDefault(False)
        self.erase_button.setToolTip(
            self.tr("Remove this person's name and contact details everywhere; cannot be undone")
        )
        self.erase_button.clicked.connect(self.confirm_erase)

        languages_box = with_error(
            self.languages, errors.label_for("languages"), self.language_names
        )
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)

        form = new_form()
        form.addRow(
            buddy(self.tr("&Name:"), self.name), with_error(self.name, errors.label_for("name"))
        )
        form.addRow(
            buddy(self.tr("&Town:"), self.town), with_error(self.town, errors.label_for("town"))
        )
        form.addRow(
            buddy(self.tr("&Organisation:"), self.organisation),
            with_error(self.organisation, errors.label_for("organisation")),
        )
        form.addRow(
            buddy(self.tr("&Role:"), self.role), with_error(self.role, errors.label_for("role"))
        )
        form.addRow(
            buddy(self.tr("&E-mail:"), self.email),
            with_error(self.email, errors.label_for("email")),
        )
        form.addRow(
            buddy(self.tr("&Phone:"), self.phone),
            with_error(self.phone, errors.label_for("phone")),
        )
        form.addRow(buddy(self.tr("&Languages:"), self.languages), languages_box)
        self.body.addLayout(form)
        self.body.addWidget(self.erased_note)
        self.body.addLayout(erase_row)
        self.body.addStretch(1)

        for signal in (
            self.name.textChanged,
            self.town.currentIndexChanged,
            self.organisation.textChanged,
            self.role.textChanged,
            self.email.textChanged,
            self.phone.textChanged,
            self.languages.textChanged,
        ):
            signal.connect(self.mark_dirty)
        self.languages.textChanged.connect(self._show_language_names)

        self.inputs: list[QWidget] = [
            self.name,
            self.town,
            self.organisation,
            self.role,
            self.email,
            self.phone,
            self.languages,
        ]
        chain_tab_order([*self.inputs, self.erase_button, *self.bottom_buttons()])
        self.start()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    # --- DirectoryEditor -----------------------------------------------------------------

    def service(self) -> Any:
        return self.context.services.people

    def can_delete(self) -> bool:
        # People are erased rather than deleted while the service offers no deletion.
        return self.row is not None and hasattr(self.service(), "delete")

    def unmake(self, row: Any) -> Any:
        """Undo the creation of a person: delete them, or, while the service cannot delete
        people, erase them (the row that stays holds nothing and is hidden from the lists)."""
        if hasattr(self.service(), "delete"):
            return super().unmake(row)
        return self.service().erase(row.id)

    def title_for(self, row: Any) -> str:
        if row is None:
            return self.tr("New person")
        return self.tr("Person: {name}").format(name=row.name)

    def undo_texts(self, name: str) -> tuple[str, str, str]:
        return (
            self.tr("Create person “{name}”").format(name=name),
            self.tr("Edit person “{name}”").format(name=name),
            self.tr("Delete person “{name}”").format(name=name),
        )

    def fill(self, row: Any) -> None:
        self.town.set_towns(self.context.services.towns.list())
        if row is None:
            for edit in (self.name, self.organisation, self.role, self.email, self.phone):
                edit.clear()
            self.town.set_value(self._options.get("town_id"))
            self.languages.clear()
        else:
            self.name.setText(row.name)
            self.town.set_value(row.town_id)
            self.organisation.setText(row.organisation)
            self.role.setText(row.role)
            self.email.setText(row.email)
            self.phone.setText(row.phone)
            self.languages.setText(", ".join(row.languages))
        erased = row is not None and row.erased
        for widget in self.inputs:
            widget.setEnabled(not erased)
        # Example values in empty fields could be taken for the erased person's own.
        for edit, example in self.examples.items():
            edit.setPlaceholderText("" if erased else example)
        was_shown = not self.erased_note.isHidden()
        self.erased_note.setVisible(erased)
        if erased != was_shown:
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.erase_button.setEnabled(row is not None and not erased)
        self.delete_button.setVisible(hasattr(self.service(), "delete"))
        self._show_language_names()

    def spec(self) -> PersonSpec:
        return PersonSpec(
            name=self.name.text(),
            town_id=self.town.value(),
            organisation=self.organisation.text(),
            role=self.role.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            languages=parse_languages(self.languages.text()),
        )

    def row_spec(self, row: Any) -> PersonSpec:
        return PersonSpec(
            name=row.name,
            town_id=row.town_id,
            organisation=row.organisation,
            role=row.role,
            email=row.email,
            phone=row.phone,
            languages=row.languages,
        )

    # --- languages -----------------------------------------------------------------------

    def _show_language_names(self, *_args: object) -> None:
        names = []
        for code in parse_languages(self.languages.text()):
            name = language_name(code.lower())
            names.append(name if name else self.tr("{code} (unknown code)").format(code=code))
        self.language_names.setText(QLocale().createSeparatedList(names) if names else "")

    # --- erasure -------------------------------------------------------------------------

    def confirm_erase(self) -> None:
        if self.row is None or self.row.erased:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase Personal Data"),
            self.tr(
                "Erase the personal data of “{name}”?\n\n"
                "Their name, organisation, role, e-mail address, phone number and languages "
                "are removed everywhere. The missions, follow-ups and action items they took "
                "part in are kept and show “(erased)” instead of the name.\n\n"
                "This cannot be undone. The undo history is cleared as well, so that no "
                "earlier edit can bring the data back."
            ).format(name=self.row.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm_erase")
        box.setTextFormat(Qt.TextFormat.PlainText)
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        erase.clicked.connect(self._erase)
        self.erase_box = box
        box.open()

    def _erase(self) -> None:
        row = self.row
        if row is None:
            return
        self.errors.clear()
        try:
            outcome = self.service().erase(row.id)
        except Exception as error:
            if not self.errors.show(error):
                self.context.show_error(error)
            return
        self.context.edits.clear()
        self.mark_clean()  # unsaved edits of the erased data are dropped too
        self.context.edits.changed.emit(outcome.changes)
        self.reload()
