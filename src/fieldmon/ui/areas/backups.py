"""Backups: the first start of a day copies the database, Back up now, Restore from backup
(in place: the pages reopen on the restored data), and "Backups to keep", read and written
only here (the setting lives in the database, `fieldmon.db.backup.SETTING`)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs
from fieldmon.ui.i18n import shown

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow
    from fieldmon.ui.tasks import Job

log = logging.getLogger(__name__)


class BackupsArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def populate_file_menu(self, menu: Any) -> None:
        self.window.add_action(menu, self.tr("&Back up now"), self.back_up_now)
        self.window.add_action(menu, self.tr("Restore fro&m backup…"), self.restore)

    def kept(self) -> int:
        """How many backups are kept ("Backups to keep" in Settings)."""
        from fieldmon.db.backup import KEEP, kept_count

        path = self.window.db.path
        return kept_count(path) if path is not None else KEEP

    def set_kept(self, count: int) -> None:
        from fieldmon.db.backup import SETTING
        from fieldmon.services import profile

        profile.set_setting(self.window.db, SETTING, str(count))

    def start_daily(self) -> Job | None:
        """The first start of a day copies the database to its backups folder, in the
        background (a SQLite file only; a server keeps its own backups)."""
        from fieldmon.db.backup import daily_backup
        from fieldmon.ui.tasks import Job

        path = self.window.db.path
        if path is None:
            return None
        job = Job(self.window, lambda _stop, _progress: daily_backup(path))
        job.failed.connect(lambda exc: log.error("daily backup failed", exc_info=exc))
        job.start()
        return job

    def back_up_now(self) -> Job | None:
        from fieldmon.db.backup import make_backup
        from fieldmon.ui.tasks import Job

        window = self.window
        path = window.db.path
        if path is None:
            dialogs.show_error(
                window,
                self.tr("Back up"),
                self.tr("A database on a server is backed up by the server (pg_dump)."),
            )
            return None
        job = Job(window, lambda _stop, _progress: make_backup(path, "manual"))
        job.finished.connect(
            lambda written: window.statusBar().showMessage(
                self.tr("Backed up to {0}.").format(written), 15000
            )
        )
        job.failed.connect(lambda exc: dialogs.show_error(window, self.tr("Back up"), shown(exc)))
        job.start()
        return job

    def restore(self, chosen: str | None = None) -> bool:
        """Put a backup in the place of the database and reopen the pages on it. The backup
        is checked first; the current database is itself backed up before it is replaced;
        open forms close first (unsaved typing asks), and the undo history is cleared (it
        undid changes to the replaced data). True if the backup was restored."""
        from fieldmon.db.backup import backup_folder, check, replace_database
        from fieldmon.db.engine import open_database

        window = self.window
        title = self.tr("Restore from backup")
        path = window.db.path
        if path is None:
            dialogs.show_error(
                window,
                title,
                self.tr("A database on a server is restored by the server (pg_restore)."),
            )
            return False
        if chosen is None:
            chosen, _ = QFileDialog.getOpenFileName(
                window, title, str(backup_folder(path)), self.tr("fieldmon backups (*.db)")
            )
        if not chosen:
            return False
        name = Path(chosen).name
        verdict = check(Path(chosen))
        if not verdict.ok or verdict.revision is None:
            dialogs.show_error(
                window,
                title,
                self.tr("{0} is not a good fieldmon backup; nothing was changed.").format(name),
            )
            return False
        if window.busy():
            dialogs.show_error(
                window,
                title,
                self.tr("A report or an import is running; restore when it has finished."),
            )
            return False
        if not dialogs.ask_yes_no(
            window,
            title,
            self.tr(
                "Replace the database with {0}? The current database is backed up first; "
                "the pages then show the restored data."
            ).format(name),
        ):
            return False
        if not window.release_database():
            return False
        saved: Path | None = None
        restored = False
        try:
            saved = replace_database(path, Path(chosen))
            restored = True
        except UserError as exc:  # nothing was replaced: the database reopens as it was
            dialogs.show_error(window, title, shown(exc))
        try:
            database = open_database(path, password=window.db_password)
        except UserError as exc:
            dialogs.show_error(window, title, shown(exc))
            window.close()
            return restored
        if restored:
            window.undo_stack.clear()
        window.reopen(database)
        if restored:
            text = self.tr("Restored from {0}.").format(name)
            if saved is not None:
                text += " " + self.tr("The database as it was is kept as the backup {0}.").format(
                    saved.name
                )
            dialogs.show_info(window, title, text)
        return restored
