"""Questions to the user and small dialogs. The `ask_*` functions are the only places that
block on a message box, so tests replace them instead of clicking a modal box."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldmon.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from fieldmon.ui.areas.protection import ProtectionArea


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
    see `language_switch`), the officer's name, how many automatic backups to keep, and the
    central database for *Sync now*. The languages are named in their own words, so each
    finds its own whatever is shown.

    The central database's address is checked here (`sync_url()` gives it checked; the
    window keeps it with `services.sync.set_url`). A password typed is put in the OS keyring
    when OK is pressed; an empty one leaves the kept one. A wrong address, or a password
    with no keyring to keep it, is one sentence under the group and the dialog stays open.

    Security: *Protect with a password…* (a plain database) or *Change password…* (a
    protected one) through the window's `ProtectionArea`, and "Lock after"
    sets the idle lock's minutes (applied on OK; "Never" is 0). The password button
    applies the settings like OK, then the window asks for the password."""

    def __init__(
        self,
        officer: str,
        parent: QWidget | None = None,
        backups_kept: int = 10,
        sync_url: str = "",
        protection: ProtectionArea | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)  # room for a URL and a long name
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

        central = QGroupBox(self.tr("Central database"), self)
        self.sync_address = QLineEdit(sync_url, central)
        self.sync_address.setObjectName("sync_url")
        self.sync_address.setPlaceholderText("postgresql+psycopg://officer@server/fieldmon")
        self.sync_password = QLineEdit(central)
        self.sync_password.setObjectName("sync_password")
        self.sync_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sync_password.setPlaceholderText(self.tr("Empty: keep the saved one"))
        self.sync_error = QLabel(central)
        self.sync_error.setObjectName("sync_error")
        self.sync_error.setWordWrap(True)
        self.sync_error.setStyleSheet("color: #b00020")
        self.sync_error.hide()
        hint = QLabel(
            self.tr("The password is kept in this computer's keyring, never in the database."),
            central,
        )
        hint.setWordWrap(True)
        group = QFormLayout(central)
        group.addRow(self.tr("Address:"), self.sync_address)
        group.addRow(self.tr("Password:"), self.sync_password)
        group.addRow(hint)
        group.addRow(self.sync_error)
        self._sync_url = sync_url

        exchange = QGroupBox(self.tr("Data packages"), self)
        self.exchange_passphrase = QLineEdit(exchange)
        self.exchange_passphrase.setObjectName("exchange_passphrase")
        self.exchange_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.exchange_passphrase.setPlaceholderText(self.tr("Empty: keep the saved one"))
        self.exchange_error = QLabel(exchange)
        self.exchange_error.setObjectName("exchange_error")
        self.exchange_error.setWordWrap(True)
        self.exchange_error.setStyleSheet("color: #b00020")
        self.exchange_error.hide()
        exchange_hint = QLabel(
            self.tr(
                "The team's passphrase encrypts the data packages you send and opens those "
                "you receive; it is kept in this computer's keyring."
            ),
            exchange,
        )
        exchange_hint.setWordWrap(True)
        exchange_form = QFormLayout(exchange)
        exchange_form.addRow(self.tr("Exchange passphrase:"), self.exchange_passphrase)
        exchange_form.addRow(exchange_hint)
        exchange_form.addRow(self.exchange_error)

        security = self._security_group(protection)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Officer's name:"), self.officer)
        form.addRow(self.tr("Backups to keep:"), self.backups)
        form.addRow(central)
        form.addRow(exchange)
        form.addRow(security)
        form.addRow(buttons)

    def _security_group(self, protection: ProtectionArea | None) -> QGroupBox:
        from fieldmon.ui.areas.protection import ProtectionArea
        from fieldmon.ui.idle_lock import DEFAULT_MINUTES

        security = QGroupBox(self.tr("Security"), self)
        self.protection = protection
        self.password_requested = False
        self.password_button = QPushButton(security)
        self.password_button.setObjectName("password_button")
        self.password_button.clicked.connect(self._edit_password)
        self.password_state = QLabel(security)
        self.password_state.setWordWrap(True)
        self.lock_minutes = QSpinBox(security)
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setValue(
            ProtectionArea.lock_minutes() if protection is not None else DEFAULT_MINUTES
        )
        lock_hint = QLabel(
            self.tr(
                "A protected database locks fieldmon after this long without use; open "
                "forms stay as they are."
            ),
            security,
        )
        lock_hint.setWordWrap(True)
        group = QFormLayout(security)
        group.addRow(self.password_state)
        group.addRow(self.password_button)
        group.addRow(self.tr("Lock after:"), self.lock_minutes)
        group.addRow(lock_hint)
        self._show_password_state()
        return security

    def _show_password_state(self) -> None:
        protection = self.protection
        if protection is None or not protection.can_protect():
            self.password_state.setText(
                self.tr("A database on a server is protected by the server.")
            )
            self.password_button.setText(self.tr("Protect with a password…"))
            self.password_button.setEnabled(False)
        elif protection.is_protected():
            self.password_state.setText(self.tr("This database is encrypted with a password."))
            self.password_button.setText(self.tr("Change password…"))
            self.password_button.setEnabled(True)
        else:
            self.password_state.setText(
                self.tr("This database is not encrypted: whoever has the file can read it.")
            )
            self.password_button.setText(self.tr("Protect with a password…"))
            self.password_button.setEnabled(True)

    def _edit_password(self) -> None:
        """Settings close first (what was changed is kept, as with OK); the window then
        asks for the password (`password_requested`): protecting closes every other
        window, this dialog too."""
        self.password_requested = True
        self._accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.password_requested = False

    def _accept(self) -> None:
        if not self.officer.text().strip():
            self.officer.setFocus()
            return
        if not self._keep_central_database() or not self._keep_exchange_passphrase():
            return
        QSettings().setValue("language", self.language.currentData())
        self.accept()

    def _keep_central_database(self) -> bool:
        """Check the address and put a typed password in the keyring; False, with the
        sentence shown, when either cannot be done."""
        from fieldmon.domain.errors import UserError
        from fieldmon.services import sync
        from fieldmon.ui.i18n import shown

        try:
            url = sync.check_url(self.sync_address.text())
        except UserError as exc:
            return self._refuse(self.sync_address, shown(exc))
        password = self.sync_password.text()
        if password and not url:
            return self._refuse(
                self.sync_address,
                self.tr("Central database address: type it to keep a password for it."),
            )
        if password:
            try:
                sync.keep_password(url, password)
            except UserError as exc:
                return self._refuse(self.sync_password, shown(exc))
            self.sync_password.clear()  # kept; not held in the dialog any longer
        self._sync_url = url
        self.sync_error.hide()
        return True

    def _keep_exchange_passphrase(self) -> bool:
        """A typed exchange passphrase goes to the keyring; False, with the sentence shown
        under it, when this computer has none."""
        from fieldmon.domain.errors import UserError
        from fieldmon.ui.exchange_passphrase import store_passphrase
        from fieldmon.ui.i18n import shown

        text = self.exchange_passphrase.text()
        if not text:
            return True
        try:
            store_passphrase(text)
        except UserError as exc:
            self.exchange_error.setText(shown(exc))
            self.exchange_error.show()
            self.exchange_passphrase.setFocus()
            return False
        self.exchange_passphrase.clear()
        self.exchange_error.hide()
        return True

    def _refuse(self, field: QLineEdit, sentence: str) -> bool:
        self.sync_error.setText(sentence)
        self.sync_error.show()
        field.setFocus()
        return False

    def officer_name(self) -> str:
        return " ".join(self.officer.text().split())

    def sync_url(self) -> str:
        """The central database's address as checked when OK was pressed ('' for none)."""
        return self._sync_url

    def language_changed(self) -> bool:
        """Another language (or the system's) was chosen than the one saved."""
        return bool(self.language.currentData() != self._saved_language)


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """One line of text, or None if cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label)
    return text if ok else None


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    """A password typed unseen, or None if cancelled."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None
