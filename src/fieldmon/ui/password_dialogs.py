"""The dialogs that set a database's password and show its recovery key.

A new password is typed twice, unseen, and must be at least `MIN_LENGTH` characters: a
laptop's password is the one thing between a finder and the borrowers' IINs, and a short one
falls to guessing in minutes once the file is copied. The current password, when one is
asked, is checked by the caller (`ProtectionArea`), which keeps the dialog open on a wrong
one. The recovery key is shown once, in large print to be written on paper; the dialog
closes only once the officer says it is written down.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class NewPasswordDialog(QDialog):
    """A new password typed twice; with `ask_current`, the current one first. OK with a
    mismatch or a short password says so under the fields and keeps the dialog open."""

    def __init__(self, parent: QWidget | None, *, ask_current: bool, explanation: str):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change password") if ask_current else self.tr("Protect with a password")
        )
        self.setMinimumWidth(460)
        text = QLabel(explanation, self)
        text.setWordWrap(True)
        self.current = _password_field(self, "current_password") if ask_current else None
        self.new = _password_field(self, "new_password")
        self.repeat = _password_field(self, "repeat_password")
        self.error = QLabel(self)
        self.error.setObjectName("password_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.check_and_accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("New password again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check_and_accept(self) -> None:
        new = self.new.text()
        if len(new) < MIN_LENGTH:
            self.refuse(
                self.new,
                self.tr("New password: at least {0} characters, please.").format(MIN_LENGTH),
            )
        elif new != self.repeat.text():
            self.repeat.clear()
            self.refuse(self.repeat, self.tr("New password again: the two passwords differ."))
        elif self.current is not None and new == self.current.text():
            self.refuse(self.new, self.tr("New password: it is the same as the current one."))
        else:
            self.error.hide()
            self.accept()

    def refuse(self, field: QLineEdit, sentence: str) -> None:
        """Say what is wrong under the fields and put the cursor in `field`."""
        self.error.setText(sentence)
        self.error.show()
        field.setFocus()

    def password(self) -> str:
        return self.new.text()

    def current_password(self) -> str:
        return self.current.text() if self.current is not None else ""


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once. Closing needs the box ticked that says it is written
    down; Escape does nothing."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(520)
        text = QLabel(
            self.tr(
                "Write this recovery key on paper and give it to the project coordinator to "
                "keep away from this laptop. If the password is forgotten, the recovery key "
                "sets a new one. It is shown only now. If both are lost, nobody can read the "
                "data, not even the developers of fieldmon."
            ),
            self,
        )
        text.setWordWrap(True)
        self.key = QLabel(recovery_key, self)
        self.key.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        # Not selectable: the key is for paper, not for the clipboard's history.
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.written = QCheckBox(self.tr("I have written the recovery key down"), self)
        self.written.setObjectName("recovery_written")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.written.toggled.connect(self.close_button.setEnabled)
        self.buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.key)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Escape and the window's close button close only once the key is written down."""
        if self.written.isChecked():
            self.accept()
