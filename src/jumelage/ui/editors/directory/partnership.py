"""The partnership editor: the two towns, name, since, status, colour and description."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QColorDialog, QHBoxLayout, QPushButton, QWidget

from jumelage.domain.enums import PartnershipStatus
from jumelage.domain.errors import MissingValue
from jumelage.domain.specs import PartnershipSpec
from jumelage.ui import labels, theme
from jumelage.ui.editors.base import EditorContext
from jumelage.ui.editors.directory.common import (
    DirectoryEditor,
    TownCombo,
    buddy,
    chain_tab_order,
    new_form,
    with_error,
)
from jumelage.ui.forms import DateField, EnumCombo, line_edit, text_edit

DEFAULT_COLOUR = "#1f77b4"


def swatch(hex_colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(theme.partnership_colour(hex_colour))
    return QIcon(pixmap)


class ColourButton(QPushButton):
    """Shows the colour as a swatch and as its hex code; opens a colour dialog."""

    colour_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = DEFAULT_COLOUR
        self.dialog: QColorDialog | None = None
        self.setAutoDefault(False)
        self.setToolTip(self.tr("Choose the partnership's colour"))
        self.clicked.connect(self.choose)
        self._show()

    def value(self) -> str:
        return self._colour

    def set_value(self, hex_colour: str) -> None:
        self._colour = hex_colour.lower()
        self._show()

    def choose(self) -> None:
        dialog = QColorDialog(theme.partnership_colour(self._colour), self)
        dialog.setWindowTitle(self.tr("Partnership colour"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(self._chosen)
        self.dialog = dialog
        dialog.open()

    def _chosen(self, colour: QColor) -> None:
        if colour.isValid() and colour.name() != self._colour:
            self.set_value(colour.name())
            self.colour_changed.emit(self._colour)

    def _show(self) -> None:
        self.setText(self._colour)
        self.setIcon(swatch(self._colour))
        self.setAccessibleName(self.tr("Colour {hex}").format(hex=self._colour))


class PartnershipEditor(DirectoryEditor):
    def __init__(
        self,
        context: EditorContext,
        key: int | None,
        parent: QWidget | None = None,
        **options: Any,
    ) -> None:
        super().__init__(context, key, "partnership_editor", parent)
        from jumelage.services.changes import Entity

        self.watched = (Entity.PARTNERSHIP, Entity.TOWN)
        self._options = options
        errors = self.errors

        self.home_town = TownCombo()
        self.partner_town = TownCombo()
        self.name = line_edit()
        self.since = DateField()
        self.since_unknown = QCheckBox(self.tr("&Not set"))
        self.since_unknown.setToolTip(self.tr("The date the partnership began is not known"))
        self.status = EnumCombo(PartnershipStatus, labels.partnership_status)
        self.colour = ColourButton()
        self.description = text_edit()

        since_row = QHBoxLayout()
        since_row.addWidget(self.since)
        since_row.addWidget(self.since_unknown)
        since_row.addStretch(1)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour)
        colour_row.addStretch(1)

        form = new_form()
        form.addRow(
            buddy(self.tr("&Home town:"), self.home_town),
            with_error(self.home_town, errors.label_for("home_town")),
        )
        form.addRow(
            buddy(self.tr("&Partner town:"), self.partner_town),
            with_error(self.partner_town, errors.label_for("partner_town")),
        )
        form.addRow(
            buddy(self.tr("N&ame:"), self.name), with_error(self.name, errors.label_for("name"))
        )
        form.addRow(
            buddy(self.tr("&Since:"), self.since),
            with_error(since_row, errors.label_for("since")),
        )
        form.addRow(
            buddy(self.tr("S&tatus:"), self.status),
            with_error(self.status, errors.label_for("status")),
        )
        form.addRow(
            buddy(self.tr("&Colour:"), self.colour),
            with_error(colour_row, errors.label_for("colour")),
        )
        form.addRow(
            buddy(self.tr("D&escription:"), self.description),
            with_error(self.description, errors.label_for("description"), grow=True),
        )
        self.body.addLayout(form)

        for signal in (
            self.home_town.currentIndexChanged,
            self.partner_town.currentIndexChanged,
            self.name.textChanged,
            self.since.dateChanged,
            self.since_unknown.toggled,
            self.status.currentIndexChanged,
            self.description.textChanged,
            self.colour.colour_changed,
        ):
            signal.connect(self.mark_dirty)
        self.home_town.currentIndexChanged.connect(self._towns_changed)
        self.partner_town.currentIndexChanged.connect(self._towns_changed)
        self.since_unknown.toggled.connect(lambda unknown: self.since.setEnabled(not unknown))

        chain_tab_order(
            [
                self.home_town,
                self.partner_town,
                self.name,
                self.since,
                self.since_unknown,
                self.status,
                self.colour,
                self.description,
                *self.bottom_buttons(),
            ]
        )
        self.start()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    # --- DirectoryEditor -----------------------------------------------------------------

    def service(self) -> Any:
        return self.context.services.partnerships

    def title_for(self, row: Any) -> str:
        if row is None:
            return self.tr("New partnership")
        return self.tr("Partnership: {name}").format(name=row.name)

    def undo_texts(self, name: str) -> tuple[str, str, str]:
        return (
            self.tr("Create partnership “{name}”").format(name=name),
            self.tr("Edit partnership “{name}”").format(name=name),
            self.tr("Delete partnership “{name}”").format(name=name),
        )

    def fill(self, row: Any) -> None:
        towns = self.context.services.towns.list()
        self.home_town.set_towns(towns)
        self.partner_town.set_towns(towns)
        today = self.context.now().date()
        if row is None:
            home = self._options.get("home_town_id") or self._usual_home_town()
            self.home_town.set_value(home)
            self.partner_town.set_value(self._options.get("partner_town_id"))
            self.name.clear()
            self.since.set_value(today)
            self.since_unknown.setChecked(True)
            self.status.set_value(PartnershipStatus.EXPLORING)
            self.colour.set_value(DEFAULT_COLOUR)
            self.description.setPlainText("")
        else:
            self.home_town.set_value(row.home_town_id)
            self.partner_town.set_value(row.partner_town_id)
            # A name that is just the default follows the towns when they change.
            default = self._default_name()
            self.name.setText("" if row.name == default else row.name)
            self.since.set_value(row.since or today)
            self.since_unknown.setChecked(row.since is None)
            self.status.set_value(row.status)
            self.colour.set_value(row.colour)
            self.description.setPlainText(row.description)
        self.since.setEnabled(not self.since_unknown.isChecked())
        self._towns_changed()

    def spec(self) -> PartnershipSpec:
        home = self.home_town.value()
        partner = self.partner_town.value()
        if home is None:
            raise MissingValue(field="home_town")
        if partner is None:
            raise MissingValue(field="partner_town")
        return PartnershipSpec(
            home_town_id=home,
            partner_town_id=partner,
            name=self.name.text(),
            since=None if self.since_unknown.isChecked() else self.since.value(),
            status=self.status.value(),
            colour=self.colour.value(),
            description=self.description.toPlainText(),
        )

    def name_of(self, spec: Any) -> str:
        return str(spec.name).strip() or self._default_name()

    def row_spec(self, row: Any) -> PartnershipSpec:
        return PartnershipSpec(
            home_town_id=row.home_town_id,
            partner_town_id=row.partner_town_id,
            name=row.name,
            since=row.since,
            status=row.status,
            colour=row.colour,
            description=row.description,
        )

    # --- reactions -----------------------------------------------------------------------

    def _usual_home_town(self) -> int | None:
        """The home town of the existing partnerships (most often the user's own town)."""
        rows = self.context.services.partnerships.list()
        if not rows:
            return None
        homes = [r.home_town_id for r in rows]
        return max(set(homes), key=homes.count)

    def _default_name(self) -> str:
        home, partner = self.home_town.currentText(), self.partner_town.currentText()
        if not home or not partner:
            return ""
        # The service's default name (data, not a sentence: it is not translated).
        return f"{home} – {partner}"

    def _towns_changed(self, *_args: object) -> None:
        default = self._default_name()
        self.name.setPlaceholderText(
            self.tr("{name} (the default)").format(name=default) if default else ""
        )
        home, partner = self.home_town.value(), self.partner_town.value()
        if "partner_town" in self.errors.visible():
            self.errors.clear()
        if home is not None and home == partner:
            # Said at once, not only on saving.
            from jumelage.domain.errors import SameTown

            self.errors.show(SameTown(field="partner_town", town=self.partner_town.currentText()))
