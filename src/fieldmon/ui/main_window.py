"""The main window: a shell holding the navigation, the pages, the menus and the status bar.

What the menus and the pages' buttons do lives with each area (`fieldmon.ui.areas`): the
window holds one object per area (`visits`, `loans`, `trainings`, `sites`, `imports`,
`exchange`, `backups`, `protection`, `projects`) and the registry of open record windows
(`open_forms`)."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fieldmon import __version__
from fieldmon.ui import dialogs, formats
from fieldmon.ui.areas.backups import BackupsArea
from fieldmon.ui.areas.exchange import ExchangeArea
from fieldmon.ui.areas.imports import ImportsArea
from fieldmon.ui.areas.loans import LoansArea
from fieldmon.ui.areas.open_forms import OpenForms
from fieldmon.ui.areas.projects import ProjectsArea
from fieldmon.ui.areas.protection import ProtectionArea
from fieldmon.ui.areas.sites import SitesArea
from fieldmon.ui.areas.trainings import TrainingsArea
from fieldmon.ui.areas.visits import VisitsArea
from fieldmon.ui.sync_area import SyncArea
from fieldmon.ui.widgets import remember_splitter

if TYPE_CHECKING:
    from fieldmon.db.engine import Database
    from fieldmon.ui.find_dialog import FindDialog
    from fieldmon.ui.visits_page import VisitsPage

log = logging.getLogger(__name__)
# the navigation's rows
HOME, VISITS, LOANS, TRAININGS, PEOPLE, PROJECTS, RESULTS, REPORTS, CONFLICTS = range(9)


class MainWindow(QMainWindow):
    """Built in two steps so that it shows at once: the frame (menus, navigation, status
    bar) needs only Qt; `attach` then opens the pages on a database. The heavy imports
    (SQLAlchemy, the services) happen in `attach`, after the window is on screen.

    `current_project_changed(project_id)` follows each change of the current project
    (`current_project_id`; None for all projects)."""

    current_project_changed = Signal(object)

    def __init__(
        self,
        db: Database | None = None,
        officer: str = "",
        lang: str = "en",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.db_password: str | None = None  # a protected database's, in memory only
        self.last_message: QMessageBox | None = None  # the latest non-modal report
        self.open_forms = OpenForms(self)
        self.visits = VisitsArea(self)
        self.loans = LoansArea(self)
        self.trainings = TrainingsArea(self)
        self.sites = SitesArea(self)
        self.imports = ImportsArea(self)
        self.exchange = ExchangeArea(self)
        self.backups = BackupsArea(self)
        self.protection = ProtectionArea(self)
        self.sync = SyncArea(self)
        self.projects = ProjectsArea(self)
        self.setWindowTitle("fieldmon")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for name in (
            self.tr("Home"),
            self.tr("Visits"),
            self.tr("Loans"),
            self.tr("Trainings"),
            self.tr("People"),
            self.tr("Projects"),
            self.tr("Results"),
            self.tr("Reports"),
            self.tr("Conflicts"),
        ):
            self.nav.addItem(name)
        self.nav.setMaximumWidth(200)
        self.nav.setMinimumWidth(110)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the database…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([150, 1050])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.officer_label = QLabel()
        self.statusBar().addPermanentWidget(self.projects.status_widget)
        self.statusBar().addPermanentWidget(self.sync.status_widget)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.resize(1200, 720)
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        remember_splitter(self.splitter, "main_window")
        self._pages_built = False
        if db is not None:
            self.attach(db, officer)

    def attach(self, db: Database, officer: str) -> None:
        """Open the pages on `db`, recording as `officer`."""
        self.db, self.officer = db, officer
        self._update_officer_label()
        self._build_menus()
        self._build_pages()
        self.nav.currentRowChanged.connect(self._page_changed)
        self.protection.start_idle_lock()

    def receive_start(self, message: str) -> None:
        """Another start of fieldmon on this database handed over to this window
        (`single_instance`): the window comes to the front, and a package's path is offered
        for import. While the idle lock is on, both wait for the password."""
        lock = self.protection.idle_lock
        if lock is not None and lock.is_locked:
            lock.unlocked.connect(
                lambda: self.receive_start(message), Qt.ConnectionType.SingleShotConnection
            )
            if lock.dialog is not None:
                lock.dialog.raise_()
                lock.dialog.activateWindow()
            return
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if message:
            self.exchange.offer_package(message)

    def release_database(self) -> bool:
        """Before the database file is replaced (a restore, a password put on it): the record
        windows close (unsaved typing asks), the background counts finish, the engine is
        disposed. False, with nothing released, if a window stays open or a count is still
        reading after a minute."""
        if not self.close_record_windows():
            return False
        if not QThreadPool.globalInstance().waitForDone(60000):
            return False
        self.db.dispose()
        return True

    def reopen(self, db: Database) -> None:
        """Show another database in place (a backup was restored): the pages are built
        again on it, on the page that was shown."""
        self.db = db
        self._build_pages()

    def _build_pages(self) -> None:
        from fieldmon.ui.conflicts_page import ConflictsPage
        from fieldmon.ui.home_page import HomePage
        from fieldmon.ui.loans_page import LoansPage
        from fieldmon.ui.projects_page import ProjectsPage
        from fieldmon.ui.reports_page import ReportsPage
        from fieldmon.ui.results_page import ResultsPage
        from fieldmon.ui.trainings_page import PeoplePage, TrainingsPage
        from fieldmon.ui.visits_page import VisitsPage

        shown = max(self.nav.currentRow(), 0)
        db, officer = self.db, self.officer
        old = [self.stack.widget(i) for i in range(self.stack.count())]
        self.home_page = HomePage(db)
        self.visits_page: VisitsPage = VisitsPage(db, self.lang)
        self.loans_page = LoansPage(db, self.lang)
        self.trainings_page = TrainingsPage(db, self.lang)
        self.people_page = PeoplePage(db, officer)
        self.projects_page = ProjectsPage(db, officer)
        self.results_page = ResultsPage(db, officer, self.lang, lambda: self.current_project_id)
        self.reports_page = ReportsPage(db, self.lang)
        self.conflicts_page = ConflictsPage(db, officer)
        self.nav.blockSignals(True)
        for page in self._pages():
            self.stack.addWidget(page)
        # The new page is shown before the old ones go: removing the shown widget would show
        # another old page, which would start counting on the old (disposed) database.
        self.stack.setCurrentWidget(self._pages()[shown])
        for widget in old:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.nav.blockSignals(False)
        self.visits.connect_page(self.visits_page)
        self.loans.connect_page(self.loans_page)
        self.trainings.connect_page(self.trainings_page)
        self.projects.connect_pages()  # the current project, before the lists first read
        self.current_project_changed.connect(self.results_page.follow_project)
        for row, page in enumerate(self._pages()):
            if hasattr(page, "counts_changed") and row != CONFLICTS:
                page.counts_changed.connect(lambda n, r=row: self._show_page_count(r, n))
        self.people_page.merged.connect(self.trainings_page.refresh)
        self.people_page.edited.connect(self._person_edited)
        self.conflicts_page.counts_changed.connect(self._show_conflict_count)
        self.conflicts_page.resolved.connect(self.visits_page.refresh)
        self.home_page.open_requested.connect(self.open_attention)
        self.nav.setCurrentRow(shown)
        self.stack.setCurrentIndex(shown)
        self.visits_page.refresh()
        self.conflicts_page.refresh()
        self.home_page.refresh()
        self.sync.refresh_status()
        if shown not in (HOME, VISITS):
            self._page_changed(shown)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.visits.populate_file_menu(file_menu)
        file_menu.addSeparator()
        self.loans.populate_file_menu(file_menu)
        file_menu.addSeparator()
        self.trainings.populate_file_menu(file_menu)
        file_menu.addSeparator()
        self.imports.populate_file_menu(file_menu)
        file_menu.addSeparator()
        self.exchange.populate_file_menu(file_menu)
        self.sync.populate_file_menu(file_menu)
        file_menu.addSeparator()
        self.backups.populate_file_menu(file_menu)
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("&Settings…"), self.edit_settings)
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self.visits.populate_edit_menu(self.edit_menu)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.add_action(
            view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )
        self.add_action(
            view_menu, self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find
        )
        self.add_action(view_menu, self.tr("Find &everywhere…"), self.find_everywhere, "Ctrl+K")

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.add_action(help_menu, self.tr("&About fieldmon"), self.about)

    def add_action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        """An action of this window, in `menu` (None: in no menu)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _pages(self) -> list[Any]:
        return [
            self.home_page,
            self.visits_page,
            self.loans_page,
            self.trainings_page,
            self.people_page,
            self.projects_page,
            self.results_page,
            self.reports_page,
            self.conflicts_page,
        ]

    def _focus_search(self) -> None:
        search = getattr(self._pages()[max(self.nav.currentRow(), 0)], "search", None)
        if search is not None:
            search.setFocus()
            search.selectAll()

    def find_everywhere(self) -> FindDialog:
        from fieldmon.ui.find_dialog import FindDialog, open_found

        dialog = FindDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(lambda *found: open_found(self, *found))
        dialog.show()
        return dialog

    @property
    def current_project_id(self) -> uuid.UUID | None:
        """The current project (the lists show its records; new ones belong to it)."""
        return self.projects.current_id

    def refresh(self) -> None:
        self.projects.refresh_choices()  # a package may have brought projects
        for page in self._pages():
            page.refresh()
        self.sync.refresh_status()

    def _person_edited(self, _person_id: object) -> None:
        """A person's name shows on the Loans and Trainings pages and on open record pages."""
        self.loans_page.refresh()
        self.trainings_page.refresh()
        for kind in ("loan-page", "training-page"):
            for view in self.open_forms.of_kind(kind):
                view.refresh()

    def show_conflicts(self) -> None:
        self.nav.setCurrentRow(CONFLICTS)

    def busy(self) -> bool:
        """A report is being written or a background task (an import, a package) runs."""
        from fieldmon.ui.tasks import BackgroundTask

        reports = getattr(self, "reports_page", None)
        if reports is not None and reports.busy():
            return True
        return any(task.running for task in self.findChildren(BackgroundTask))

    def close_record_windows(self) -> bool:
        """Close every record window and small dialog (they show the database); False if
        the officer kept one open (Cancel over unsaved typing)."""
        if not self.open_forms.close_all():
            return False
        for widget in self.findChildren(QWidget):
            if widget.isWindow() and widget.isVisible() and widget is not self.last_message:
                widget.close()
        return True

    def _page_changed(self, row: int) -> None:
        if row == REPORTS:
            self.count_label.clear()  # the page counts itself when shown
        elif row == HOME:
            self.home_page.refresh()
            self._show_page_count(VISITS, self.visits_page.model.count())
        elif row == VISITS:
            self._show_page_count(VISITS, self.visits_page.model.count())
        else:
            self._pages()[row].refresh()

    def _show_conflict_count(self, count: int) -> None:
        item = self.nav.item(CONFLICTS)
        item.setText(
            self.tr("Conflicts ({0})").format(formats.count(count))
            if count
            else self.tr("Conflicts")
        )
        self._show_page_count(CONFLICTS, count)

    def _show_page_count(self, page: int, count: int) -> None:
        shown = self.nav.currentRow()
        # Home's status bar counts the visits, as it did when the Visits page opened first.
        if shown != page and not (shown == HOME and page == VISITS):
            return
        texts = {
            VISITS: self.tr("%Ln visit(s)", "", count),
            LOANS: self.tr("%Ln loan(s)", "", count),
            TRAININGS: self.tr("%Ln training(s)", "", count),
            PEOPLE: self.tr("%Ln people", "", count),
            PROJECTS: self.tr("%Ln project(s)", "", count),
            RESULTS: self.tr("%Ln indicator(s)", "", count),
            CONFLICTS: self.tr("%Ln conflict(s) to review", "", count),
        }
        if page in texts:
            self.count_label.setText(texts[page])

    def open_attention(self, kind: str) -> None:
        """Open what a Home page Attention row names: the list it counts, filtered."""
        from fieldmon.domain.loans import LoanStatus
        from fieldmon.ui import home_page

        if kind == home_page.LATE_LOANS:
            self.nav.setCurrentRow(LOANS)
            status = self.loans_page.status
            status.setCurrentIndex(status.findData(LoanStatus.OVERDUE.value))
        elif kind == home_page.FOLLOW_UPS:
            self.nav.setCurrentRow(VISITS)
            show_overdue = getattr(self.visits_page, "show_follow_ups_overdue", None)
            if show_overdue is not None:
                show_overdue()
        elif kind == home_page.CONFLICTS:
            self.nav.setCurrentRow(CONFLICTS)
        elif kind == home_page.UNSENT:
            self.exchange.export()
        elif kind == home_page.BACKUP:
            self.backups.back_up_now()

    def _update_officer_label(self) -> None:
        self.officer_label.setText(self.tr("Officer: {0}").format(self.officer))

    # --- settings, about, closing -------------------------------------------------------

    def edit_settings(self) -> MainWindow:
        """The Settings dialog. A new language applies at once: the window is built again
        in it (`language_switch`), open forms keeping their typing. Returns the window now
        in use (this one, or the one built in the new language)."""
        from fieldmon.services import profile, sync

        dialog = dialogs.SettingsDialog(
            self.officer,
            self,
            self.backups.kept(),
            sync_url=sync.stored_url(self.db),
            protection=self.protection,
        )
        if not dialog.exec():
            return self
        self.protection.set_lock_minutes(dialog.lock_minutes.value())
        self.officer = profile.set_officer(self.db, dialog.officer_name())
        self.backups.set_kept(dialog.backups.value())
        sync.set_url(self.db, dialog.sync_url())  # its password went to the keyring on OK
        self.sync.refresh_status()
        self._update_officer_label()
        self.projects.officer_changed()  # the project this officer chose last
        if dialog.password_requested:
            self.protection.edit_password()
        if not dialog.language_changed():
            return self
        from fieldmon.ui.i18n import preferred_language
        from fieldmon.ui.language_switch import switch_language

        return switch_language(self, preferred_language(dialog.language.currentData() or None))

    def about(self) -> None:
        from fieldmon.db.engine import shown_url

        QMessageBox.about(
            self,
            self.tr("About fieldmon"),
            self.tr(
                "fieldmon {0}\nOffline-first monitoring of development projects.\nDatabase: {1}"
            ).format(__version__, shown_url(self.db.url)),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # Visit forms ask about unsaved typing; loan and training forms keep it as drafts.
        for key, form in self.open_forms.items():
            if key.startswith("visit:") and not form.close():
                event.ignore()
                return
        reports = getattr(self, "reports_page", None)
        if reports is not None and reports.busy():
            if not dialogs.ask_yes_no(
                self,
                self.tr("Export running"),
                self.tr("A report is being written. Cancel it and quit?"),
            ):
                event.ignore()
                return
            reports.cancel_export()
            QThreadPool.globalInstance().waitForDone(10000)
        if self.sync.busy():
            if not dialogs.ask_yes_no(
                self,
                self.tr("Sync running"),
                self.tr("A sync is running. Cancel it and quit? What was already sent is kept."),
            ):
                event.ignore()
                return
            self.sync.cancel()
            QThreadPool.globalInstance().waitForDone(30000)
        from fieldmon.ui.form_drafts import DraftDialog

        for dialog in self.findChildren(DraftDialog):  # loan and training forms stay drafts
            if dialog.isVisible():
                dialog.draft.save_before_closing()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        event.accept()
