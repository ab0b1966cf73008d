"""The mission's problems (double bookings, holidays, agenda, checklists) as a banner on the
Overview tab: a warning icon, a heading with the count and one sentence per problem. Hidden
when there is nothing to say."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QStyle, QWidget

from jumelage.domain.checks import MissionProblem
from jumelage.ui import theme
from jumelage.ui.checks import describe
from jumelage.ui.editors.mission.common import plain_label

ICON_SIZE = 24


class ProblemsBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            .pixmap(ICON_SIZE, ICON_SIZE)
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = plain_label()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        theme.set_warning(self.heading)
        self.text = plain_label()
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.icon, 0, 0, 2, 1)
        layout.addWidget(self.heading, 0, 1)
        layout.addWidget(self.text, 1, 1)
        layout.setColumnStretch(1, 1)
        self.problems: tuple[MissionProblem, ...] = ()
        self.hide()

    def show_problems(self, problems: Sequence[MissionProblem]) -> None:
        self.problems = tuple(problems)
        if not problems:
            self.hide()
            return
        self.heading.setText(self.tr("%n thing(s) to check before the mission", "", len(problems)))
        self.text.setText("\n".join("• " + describe(p) for p in problems))
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(self.text.text())
        self.show()

    def sentences(self) -> list[str]:
        return [describe(p) for p in self.problems]
