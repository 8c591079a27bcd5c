"""Excel imports and their templates, driven by one table of kinds.

A kind is what a file holds (visits, loans, repayments, trainings, attendance): its File menu
items, the dialog's title, the service that imports it all-or-nothing, and the sentence that
reports what was imported. Adding a kind is one row in `KINDS`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fieldmon.domain.errors import UserError
from fieldmon.domain.i18n import QT_TRANSLATE_NOOP
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import problem_lines, shown

if TYPE_CHECKING:
    from fieldmon.db.engine import Database
    from fieldmon.ui.main_window import MainWindow
    from fieldmon.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)


# Each runner imports a file and says what it did: (db, path, officer, should_stop) → sentence.
Runner = Callable[["Database", str, str, Callable[[], bool]], str]


def _visits(db: Database, path: str, officer: str, stop: Callable[[], bool]) -> str:
    from fieldmon.services.imports import import_visits

    result = import_visits(db, path, officer, should_stop=stop)
    return QCoreApplication.translate(
        "ImportsArea", "Imported {0} visits ({1} new sites, {2} new districts or settlements)."
    ).format(
        formats.count(result.visits),
        formats.count(result.sites_created),
        formats.count(result.places_created),
    )


def _loans(db: Database, path: str, officer: str, stop: Callable[[], bool]) -> str:
    from fieldmon.services import loan_imports

    result = loan_imports.import_loans(db, path, officer, should_stop=stop)
    return QCoreApplication.translate("ImportsArea", "Imported {0} loans ({1} new people).").format(
        formats.count(result.loans), formats.count(result.people)
    )


def _repayments(db: Database, path: str, officer: str, stop: Callable[[], bool]) -> str:
    from fieldmon.services import loan_imports

    count = loan_imports.import_repayments(db, path, officer, should_stop=stop)
    return QCoreApplication.translate("ImportsArea", "Posted {0} repayments.").format(
        formats.count(count)
    )


def _trainings(db: Database, path: str, officer: str, stop: Callable[[], bool]) -> str:
    from fieldmon.services import training_imports

    events = training_imports.import_trainings(db, path, officer, should_stop=stop)
    return QCoreApplication.translate(
        "ImportsArea", "Imported {0} trainings ({1} already recorded)."
    ).format(formats.count(events.added), formats.count(events.unchanged))


def _attendance(db: Database, path: str, officer: str, stop: Callable[[], bool]) -> str:
    from fieldmon.services import training_imports

    sheet = training_imports.import_attendance(db, path, officer, should_stop=stop)
    return QCoreApplication.translate(
        "ImportsArea", "Imported attendance of {0} participants ({1} new people)."
    ).format(formats.count(sheet.rows), formats.count(sheet.people))


@dataclass(frozen=True)
class Kind:
    """One kind of import file. Texts are source strings, translated when shown."""

    name: str
    menu: str  # the File menu item
    template: str  # the item under File → Save import template
    title: str  # the file dialog's title
    run: Runner
    shortcut: str | None = None


KINDS: tuple[Kind, ...] = (
    Kind(
        "visits",
        QT_TRANSLATE_NOOP("ImportsArea", "&Import visits…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Visits…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Import visits"),
        _visits,
        "Ctrl+I",
    ),
    Kind(
        "loans",
        QT_TRANSLATE_NOOP("ImportsArea", "Import loa&ns…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Loans…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Import loans"),
        _loans,
    ),
    Kind(
        "repayments",
        QT_TRANSLATE_NOOP("ImportsArea", "Import repa&yments…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Repayments…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Import repayments"),
        _repayments,
    ),
    Kind(
        "trainings",
        QT_TRANSLATE_NOOP("ImportsArea", "Import trainin&gs…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Trainings…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Import trainings"),
        _trainings,
    ),
    Kind(
        "attendance",
        QT_TRANSLATE_NOOP("ImportsArea", "Import a&ttendance…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Attendance…"),
        QT_TRANSLATE_NOOP("ImportsArea", "Import attendance"),
        _attendance,
    ),
)
BY_NAME = {kind.name: kind for kind in KINDS}


class ImportsArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def populate_file_menu(self, menu: Any) -> None:
        for kind in KINDS:
            self.window.add_action(
                menu,
                QCoreApplication.translate("ImportsArea", kind.menu),
                lambda _c=False, k=kind.name: self.choose(k),
                kind.shortcut,
            )
        templates = menu.addMenu(self.tr("Save import &template"))
        for kind in KINDS:
            self.window.add_action(
                templates,
                QCoreApplication.translate("ImportsArea", kind.template),
                lambda _c=False, k=kind.name: self.save_template(k),
            )

    def choose(self, kind: str) -> BackgroundTask | None:
        """Ask for a workbook and import it as `kind`."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("ImportsArea", BY_NAME[kind].title),
            str(Path.home()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        return self.start(path, kind) if path else None

    def start(self, path: str, kind: str = "visits") -> BackgroundTask:
        """Import `path` in the background; the pages refresh when it is done."""
        from fieldmon.ui.tasks import BackgroundTask

        run = BY_NAME[kind].run
        window = self.window
        task = BackgroundTask(
            window,
            self.tr("Importing {0}…").format(Path(path).name),
            lambda stop: run(window.db, path, window.officer, stop.is_set),
        )
        task.finished.connect(self._done)
        task.failed.connect(self._failed)
        task.start()
        return task

    def _done(self, message: str) -> None:
        self.window.refresh()
        self.window.statusBar().showMessage(message, 10000)

    def _failed(self, exc: BaseException) -> None:
        from fieldmon.services.workbooks import ImportFailed

        window = self.window
        if isinstance(exc, ImportFailed):
            problems = problem_lines(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Nothing was imported"), shown(exc), parent=window
            )
            box.setInformativeText("\n".join(problems[:15]) + ("\n…" if len(problems) > 15 else ""))
            box.setDetailedText("\n".join(problems))
            box.open()
            window.last_message = box
        elif isinstance(exc, UserError):
            dialogs.show_error(window, self.tr("Nothing was imported"), shown(exc))
        else:
            log.error("import failed", exc_info=exc)
            dialogs.show_error(
                window,
                self.tr("Nothing was imported"),
                self.tr("An unexpected error stopped the import; see the log file."),
            )

    def save_template(self, kind: str = "visits") -> None:
        """Save an empty workbook of `kind` to fill in, in the interface's language."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save import template"),
            str(Path.home() / f"fieldmon-{kind}-template.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        from fieldmon.reports.templates import write_template
        from fieldmon.ui.i18n import file_translator

        try:  # in the interface's language: its help sheet and drop-downs
            write_template(kind, path, file_translator(self.window.lang))
        except (OSError, UserError) as exc:
            dialogs.show_error(self.window, self.tr("Cannot save"), shown(exc))
            return
        self.window.statusBar().showMessage(self.tr("Template saved to {0}.").format(path), 8000)
