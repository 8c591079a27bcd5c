"""Starting the GUI: application object, language, database, the officer's name, the window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldmon import APP_NAME, __version__
from fieldmon.db.engine import Database, open_database
from fieldmon.domain.errors import UserError
from fieldmon.logs import setup_logging
from fieldmon.paths import default_database
from fieldmon.services import profile
from fieldmon.ui.dialogs import OfficerDialog
from fieldmon.ui.i18n import install_translators, preferred_language
from fieldmon.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def install_excepthook() -> None:
    """An unexpected error is logged with its traceback and shown as a short message."""
    log_path = setup_logging()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        text = (
            str(exc)
            if isinstance(exc, UserError)
            else QCoreApplication.translate(
                "App",
                "Something went wrong and the action was not completed. "
                "Your saved data is safe. Details are in the log file: {0}",
            ).format(log_path)
        )
        QMessageBox.critical(None, "fieldmon", text)

    sys.excepthook = hook


def ensure_officer(db: Database) -> str | None:
    """The stored officer's name, asking for it on first start; None if the user cancels."""
    name = profile.stored_officer(db)
    if name:
        return name
    dialog = OfficerDialog()
    if not dialog.exec():
        return None
    return profile.set_officer(db, dialog.value())


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    app = application()
    language = preferred_language(lang)
    install_translators(language)
    install_excepthook()
    target = db or default_database()
    try:
        database = open_database(target)
    except UserError as exc:
        QMessageBox.critical(None, "fieldmon", str(exc))
        return 1
    except Exception as exc:
        log.exception("cannot open %s", target)
        QMessageBox.critical(
            None,
            "fieldmon",
            QCoreApplication.translate("App", "Cannot open the database {0}: {1}").format(
                target, exc
            ),
        )
        return 1
    officer = ensure_officer(database)
    if officer is None:
        return 0
    window = MainWindow(database, officer, language)
    window.show()
    QTimer.singleShot(0, window.offer_drafts)
    return app.exec()
