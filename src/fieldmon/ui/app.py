"""Starting the GUI: application object, language, the window, then the database and the
officer's name.

The window frame is shown before SQLAlchemy and the services are imported (a third of a
second on a laptop), so that the officer sees fieldmon at once; the database is opened and
the pages filled in the next turn of the event loop."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldmon import APP_NAME, __version__
from fieldmon.domain.errors import UserError
from fieldmon.logs import setup_logging
from fieldmon.paths import default_database, resource_path
from fieldmon.ui.dialogs import OfficerDialog
from fieldmon.ui.i18n import install_translators, preferred_language, shown
from fieldmon.ui.main_window import MainWindow

if TYPE_CHECKING:
    from fieldmon.db.engine import DamagedDatabase, Database

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # the desktop entry (packaging/linux) names the window
    app.setWindowIcon(QIcon(str(resource_path("icons", "fieldmon.svg"))))
    return app


def install_excepthook() -> None:
    """An unexpected error is logged with its traceback and shown as a short message."""
    log_path = setup_logging()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if isinstance(exc, UserError):
            text = shown(exc)
        else:
            text = QCoreApplication.translate(
                "App",
                "Something went wrong and the action was not completed. "
                "Your saved data is safe. Details are in the log file: {0}",
            ).format(log_path)
        QMessageBox.critical(None, "fieldmon", text)

    sys.excepthook = hook


def ensure_officer(db: Database) -> str | None:
    """The stored officer's name, asking for it on first start (unless FIELDMON_OFFICER gives
    it, as for the commands: then it is stored); None if the user cancels."""
    from fieldmon.services import profile

    name = profile.resolve_officer(db)
    if name:
        return name if name == profile.stored_officer(db) else profile.set_officer(db, name)
    dialog = OfficerDialog()
    if not dialog.exec():
        return None
    return profile.set_officer(db, dialog.value())


def ask_database_password(window: MainWindow | None, wrong: bool) -> str | None:
    """The database's password, typed unseen; None if the officer cancels."""
    from fieldmon.ui import dialogs

    label = (
        QCoreApplication.translate("App", "Wrong password. Type the database's password again:")
        if wrong
        else QCoreApplication.translate("App", "This database is protected. Its password:")
    )
    return dialogs.ask_password(window, "fieldmon", label)


def open_protected(target: str, parent: MainWindow | None) -> tuple[Database, str | None]:
    """Open `target`; a protected one asks its password (again while it is wrong).
    Returns the database and the password (kept in memory to reopen after a restore and
    to unlock the idle lock). PasswordNeeded when the officer cancels."""
    from fieldmon.db.crypto import PasswordNeeded, WrongPassword
    from fieldmon.db.engine import open_database

    password: str | None = None
    wrong = False
    while True:
        try:
            return open_database(target, password=password), password
        except (PasswordNeeded, WrongPassword) as exc:
            if isinstance(exc, PasswordNeeded) and password is not None:
                raise
            wrong = isinstance(exc, WrongPassword)
            password = ask_database_password(parent, wrong)
            if password is None:
                raise


def open_pages(window: MainWindow, target: str) -> bool:
    """Open the database and fill the shown window; False (after telling why) if fieldmon
    cannot go on."""
    from fieldmon.db.engine import DamagedDatabase, shown_url

    password: str | None = None
    try:
        database, password = open_protected(target, window)
    except DamagedDatabase as exc:
        if exc.path is None or exc.backup is None or not offer_backup(window, exc):
            QMessageBox.critical(window, "fieldmon", shown(exc))
            return False
        return open_pages(window, target)
    except UserError as exc:
        QMessageBox.critical(window, "fieldmon", shown(exc))
        return False
    except Exception as exc:
        log.exception("cannot open %s", shown_url(target))
        QMessageBox.critical(
            window,
            "fieldmon",
            QCoreApplication.translate("App", "Cannot open the database {0}: {1}").format(
                shown_url(target), shown(exc)
            ),
        )
        return False
    officer = ensure_officer(database)
    if officer is None:
        return False
    window.db_password = password
    window.attach(database, officer)
    window.open_forms.offer_drafts()
    window.backups.start_daily()
    return True


def offer_backup(window: MainWindow, damaged: DamagedDatabase) -> bool:
    """Ask to restore the newest good backup in place of a damaged database; the damaged
    file is renamed, never deleted. True if the backup is now in place."""
    from fieldmon.db.backup import replace_database, set_aside

    assert damaged.path is not None and damaged.backup is not None
    answer = QMessageBox.question(
        window,
        "fieldmon",
        QCoreApplication.translate(
            "App",
            "The database {0} is damaged or is not a fieldmon database.\n\n"
            "Restore the newest good backup, {1}? The damaged file is kept beside it.",
        ).format(damaged.path, damaged.backup.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    kept = set_aside(damaged.path)
    replace_database(damaged.path, damaged.backup)
    log.warning("restored %s from %s; the damaged file is %s", damaged.path, damaged.backup, kept)
    return True


def run_gui(db: str | None = None, lang: str | None = None, package: str | None = None) -> int:
    """Show the window on `db` (the default database if None). With `package` (what a
    double-click on a .fmpkg runs), offer to import it once the pages are open. If fieldmon
    is already open on that database, hand the package (or just "come to the front") to that
    window and exit instead (`single_instance`)."""
    from fieldmon.ui.single_instance import ACTIVATE, Listener, hand_over, server_name

    app = application()
    target = db or default_database()
    name = server_name(target)
    if package is not None:
        package = str(Path(package).resolve())
    if hand_over(name, package or ACTIVATE):
        log.info("handed over to the running window")
        return 0
    language = preferred_language(lang)
    install_translators(language)
    install_excepthook()
    window = MainWindow(lang=language)
    window.show()
    # Listening from now on: a start while the password or the officer's name is asked
    # waits here until the pages are open.
    listener = Listener(name, window)
    waiting: list[str] = [package] if package is not None else []
    listener.received.connect(
        lambda message: window.receive_start(message) if opened else waiting.append(message)
    )
    app.lastWindowClosed.connect(listener.close)
    opened = False

    def finish() -> None:
        nonlocal opened
        if not open_pages(window, target):
            window.close()
            app.exit(1)
            return
        opened = True
        for message in waiting:
            window.receive_start(message)

    QTimer.singleShot(0, finish)
    return app.exec()
