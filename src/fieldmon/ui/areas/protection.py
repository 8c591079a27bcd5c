"""The database's password from the window: *Protect with a password…* on a plain database,
*Change password…* on a protected one (both in Settings), and the idle lock's minutes.

Protecting replaces the file (`fieldmon.db.protection.encrypt_database`), so it runs as a
restore does: open record windows close first (unsaved typing asks), running reports and
imports must have finished, the engine is disposed, and the pages reopen on the encrypted
file; the undo history stays (the rows are the same). The recovery key is shown once. A
password change only rewraps the key, so it runs with everything open.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs
from fieldmon.ui.i18n import shown
from fieldmon.ui.idle_lock import DEFAULT_MINUTES, SETTING, IdleLock
from fieldmon.ui.password_dialogs import NewPasswordDialog, RecoveryKeyDialog

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def forget(dialog: NewPasswordDialog) -> None:
    """Clear the typed passwords from the dialog's fields and delete it."""
    for field in (dialog.current, dialog.new, dialog.repeat):
        if field is not None:
            field.clear()
    dialog.deleteLater()


class ProtectionArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.idle_lock: IdleLock | None = None

    def can_protect(self) -> bool:
        """A SQLite file can be protected; a server database is the server's to protect."""
        return self.window.db.path is not None

    def is_protected(self) -> bool:
        return bool(getattr(self.window.db, "encrypted", False))

    # --- the idle lock ----------------------------------------------------------------------

    @staticmethod
    def lock_minutes() -> int:
        """Minutes without input before a protected database's window locks (0: never)."""
        try:
            return max(int(QSettings().value(SETTING, DEFAULT_MINUTES)), 0)
        except (TypeError, ValueError):
            return DEFAULT_MINUTES

    def set_lock_minutes(self, minutes: int) -> None:
        QSettings().setValue(SETTING, minutes)
        if self.idle_lock is not None:
            self.idle_lock.set_minutes(minutes)

    def start_idle_lock(self) -> None:
        """A protected database locks the window after the chosen minutes without input;
        the lock checks the typed password against the key file."""
        path = self.window.db.path
        if not self.is_protected() or path is None or self.idle_lock is not None:
            return
        from fieldmon.db import crypto

        def verify(typed: str) -> bool:
            try:
                crypto.unlock(path, typed)
            except UserError:
                return False
            return True

        self.idle_lock = IdleLock(verify, self.lock_minutes(), self.window)

    # --- the password -----------------------------------------------------------------------

    def edit_password(self) -> bool:
        """*Protect with a password…* or *Change password…*, whichever applies; True if
        the database's password is now a new one."""
        if not self.can_protect():
            return False
        return self.change_password() if self.is_protected() else self.protect()

    def protect(self) -> bool:
        """Encrypt the open plain database with a password typed twice, then show the
        recovery key once. True if the database is now protected."""
        from fieldmon.db import crypto, protection
        from fieldmon.db.engine import open_database

        window = self.window
        title = self.tr("Protect with a password")
        path = window.db.path
        if path is None or self.is_protected():
            return False
        dialog = NewPasswordDialog(
            window,
            ask_current=False,
            explanation=self.tr(
                "The database and its backups will be encrypted: without the password (or "
                "the recovery key shown next) nobody can read them, not even from a copy of "
                "the file. Open forms are closed first."
            ),
        )
        if not dialog.exec():
            dialog.deleteLater()
            return False
        password = dialog.password()
        forget(dialog)
        busy = self.tr("A report or an import is running; try again when it has finished.")
        if window.busy():
            dialogs.show_error(window, title, busy)
            return False
        if not window.release_database():
            return False
        done = None
        try:
            done = protection.encrypt_database(path, password)
        except Exception as exc:  # whatever it was, the window reopens on the file as it is
            log.error("protecting the database failed", exc_info=exc)
            failed = self.tr("The database could not be protected: {0}")
            dialogs.show_error(window, title, failed.format(shown(exc)))
        if done is not None and done.recovery_key is not None:
            self.show_recovery_key(done.recovery_key)  # first: nothing after may lose it
        encrypted = crypto.is_encrypted(path)
        try:
            database = open_database(path, password=password if encrypted else None)
        except UserError as exc:
            dialogs.show_error(window, title, shown(exc))
            window.close()
            return encrypted
        window.reopen(database)
        if not encrypted:
            return False
        window.db_password = password
        self.start_idle_lock()
        if done is None:
            return True
        log.info(
            "database protected with a password (%d backups encrypted)", len(done.backups_encrypted)
        )
        text = self.tr("The database and its backups are encrypted.")
        if done.left_plain:
            text += " " + self.tr(
                "These files could not be read, so they are still plain; delete them: {0}"
            ).format(", ".join(str(p) for p in done.left_plain))
        dialogs.show_info(window, title, text)
        return True

    def show_recovery_key(self, recovery_key: str) -> None:
        """The recovery key, once; the dialog is gone from memory afterwards."""
        shown_once = RecoveryKeyDialog(recovery_key, self.window)
        shown_once.exec()
        shown_once.key.clear()
        shown_once.deleteLater()

    def change_password(self) -> bool:
        """A new password for the protected database (instant: only the key is wrapped
        again; the recovery key stays valid). A wrong current password keeps the dialog
        open and says so. True if changed."""
        window = self.window
        path = window.db.path
        if path is None or not self.is_protected():
            return False
        dialog = NewPasswordDialog(
            window,
            ask_current=True,
            explanation=self.tr(
                "The new password opens the database and its backups from now on; the "
                "recovery key stays the same."
            ),
        )
        try:
            return self._change_password(dialog, path)
        finally:
            forget(dialog)

    def _change_password(self, dialog: NewPasswordDialog, path: Path) -> bool:
        from fieldmon.db import crypto, protection

        window = self.window
        while dialog.exec():
            assert dialog.current is not None
            try:
                protection.change_password(path, dialog.current_password(), dialog.password())
            except crypto.WrongPassword:
                dialog.current.clear()
                dialog.refuse(dialog.current, self.tr("Current password: it is wrong."))
                continue
            except UserError as exc:
                dialog.refuse(dialog.new, shown(exc))
                continue
            window.db_password = dialog.password()
            window.statusBar().showMessage(self.tr("The password was changed."), 15000)
            log.info("database password changed")
            return True
        return False
