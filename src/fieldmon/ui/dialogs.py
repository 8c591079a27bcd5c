"""Questions to the user and small dialogs. The `ask_*` functions are the only places that
block on a message box, so tests replace them instead of clicking a modal box."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldmon.ui.i18n import LANGUAGES


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget) -> Unsaved:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "Dialogs", "This form has changes that are not saved. Save them?"
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


class OfficerDialog(QDialog):
    """Asks the officer's name on first start; every record is stamped with it."""

    def __init__(self, current: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is recording?"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(current, self)
        self.name.setObjectName("officer_name")
        self.name.setPlaceholderText(self.tr("Full name, e.g. Aigerim Nurlanova"))
        intro = QLabel(
            self.tr(
                "fieldmon stamps every record with the name of the officer who made it, so "
                "that a coordinator can merge the data of several laptops."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name.text().strip()))

    def value(self) -> str:
        return " ".join(self.name.text().split())


class SettingsDialog(QDialog):
    """The interface language (English, Russian, Kazakh, or the system's: applied at once,
    see `language_switch`), the officer's name and how many automatic backups to keep. The
    languages are named in their own words, so each finds its own whatever is shown."""

    def __init__(self, officer: str, parent: QWidget | None = None, backups_kept: int = 10):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved = str(QSettings().value("language", ""))
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        self._saved_language = self.language.currentData()
        self.officer = QLineEdit(officer, self)
        self.officer.setObjectName("officer_name")
        self.backups = QSpinBox(self)
        self.backups.setObjectName("backups_kept")
        self.backups.setRange(2, 100)
        self.backups.setValue(backups_kept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Officer's name:"), self.officer)
        form.addRow(self.tr("Backups to keep:"), self.backups)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.officer.text().strip():
            self.officer.setFocus()
            return
        QSettings().setValue("language", self.language.currentData())
        self.accept()

    def officer_name(self) -> str:
        return " ".join(self.officer.text().split())

    def language_changed(self) -> bool:
        """Another language (or the system's) was chosen than the one saved."""
        return bool(self.language.currentData() != self._saved_language)


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text, or None if cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None
