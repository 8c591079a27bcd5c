"""Projects: the window's current project and the Projects page. Qt only at import: the
window's frame shows before the services are imported.

The current project (or all projects) is chosen in the status bar from the live projects and
remembered per officer in QSettings ("projects/current/<officer>"), so an officer who works
for one project finds it chosen at the next start. The Visits, Loans and Trainings lists show
only its records and a new visit, loan or training belongs to it unless the form says
otherwise; the Home page counts every project. `window.current_project_changed` follows each
change."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow


def settings_key(officer: str) -> str:
    """Where the officer's current project is remembered (no '/' or '\\' of the name, which
    QSettings would read as groups)."""
    name = officer.replace("/", "_").replace("\\", "_").strip() or "-"
    return f"projects/current/{name}"


class ProjectSwitch(QComboBox):
    """The window's current project in the status bar: "All projects", then the live ones.
    A long title is cut with "…" (the list shows it whole, the tooltip too), so the status
    bar keeps its width."""

    MAX_WIDTH = 300

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("project_switch")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(self.MAX_WIDTH)
        self.currentIndexChanged.connect(lambda _i: self._update_tip())
        self.fill([])

    def fill(self, choices: list[tuple[uuid.UUID, str]], current: uuid.UUID | None = None) -> None:
        """The choices (from `project_choices`), `current` chosen if it is one of them."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All projects"), None)
        for ident, text in choices:
            self.addItem(text, str(ident))
        self.blockSignals(False)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.set_project(current)

    def project_id(self) -> uuid.UUID | None:
        value = self.currentData()
        return uuid.UUID(value) if value else None

    def set_project(self, project: uuid.UUID | None) -> None:
        """Show `project` (None, or one not listed: all projects) without signalling."""
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(str(project)) if project else 0, 0))
        self.blockSignals(False)
        self._update_tip()

    def _update_tip(self) -> None:
        self.setToolTip(
            self.currentText()
            if self.currentIndex() > 0
            else self.tr("The project whose visits, loans and trainings are shown")
        )

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        paint_elided(self)


def paint_elided(combo: QComboBox) -> None:
    """Paint a closed combo box with its text cut with "…" where it does not fit (Qt cuts
    it off mid-letter): for project entries, whose titles can be long."""
    painter = QStylePainter(combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    option.currentText = combo.fontMetrics().elidedText(
        option.currentText, Qt.TextElideMode.ElideRight, room.width()
    )
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ProjectsArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self._current: uuid.UUID | None = None
        self.switch = ProjectSwitch()
        label = QLabel(self.tr("Project:"))
        label.setBuddy(self.switch)
        self.status_widget = QWidget()
        self.status_widget.setObjectName("project_status")
        row = QHBoxLayout(self.status_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(label)
        row.addWidget(self.switch)
        self.switch.currentIndexChanged.connect(lambda _i: self.choose(self.switch.project_id()))

    @property
    def current_id(self) -> uuid.UUID | None:
        """The current project's id; None for all projects."""
        return self._current

    def connect_pages(self) -> None:
        """The pages were built (the database opened or reopened): the choices are read,
        the officer's remembered project chosen, and the lists told, before they first read."""
        self.window.projects_page.saved.connect(lambda _id: self.refresh_choices())
        self._fill(self.remembered())
        for page in self._lists():
            page.project_id = self._current

    def remembered(self) -> uuid.UUID | None:
        value = QSettings().value(settings_key(self.window.officer))
        try:
            return uuid.UUID(str(value)) if value else None
        except ValueError:
            return None

    def officer_changed(self) -> None:
        """Another officer name in Settings: that officer's remembered project."""
        self._fill(self.remembered())
        self._apply()

    def refresh_choices(self) -> None:
        """Projects were added or edited (here, or by a package): the switch lists them
        again, the officer's choice kept while it is live (else all projects), and chosen
        again once a package brings it back."""
        before = self._current
        self._fill(self.remembered())
        if self._current != before:
            self._apply()

    def choose(self, project: uuid.UUID | None) -> None:
        """Make `project` (None: all projects) current, remember it for the officer and
        filter the lists."""
        if project is not None and self.switch.findData(str(project)) < 0:
            project = None  # not a live project (any more)
        self.switch.set_project(project)
        key = settings_key(self.window.officer)
        if project is None:
            QSettings().remove(key)
        else:
            QSettings().setValue(key, str(project))
        if project != self._current:
            self._current = project
            self._apply()

    def _fill(self, wanted: uuid.UUID | None) -> None:
        from fieldmon.ui.projects_page import project_choices

        choices = project_choices(self.window.db)
        live = {ident for ident, _text in choices}
        self._current = wanted if wanted in live else None
        self.switch.fill(choices, self._current)

    def _lists(self) -> list[Any]:
        w = self.window
        return [w.visits_page, w.loans_page, w.trainings_page]

    def _apply(self) -> None:
        for page in self._lists():
            page.set_project(self._current)
        self.window.current_project_changed.emit(self._current)
