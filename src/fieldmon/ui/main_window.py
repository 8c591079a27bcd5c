"""The main window: navigation, menus, the Home, visits and loans pages, the status bar, undo."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from fieldmon import __version__
from fieldmon.domain import i18n
from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import problem_lines, shown

if TYPE_CHECKING:
    from fieldmon.db.engine import Database
    from fieldmon.ui.attendance import TrainingView
    from fieldmon.ui.collection_sheet import CollectionSheet
    from fieldmon.ui.find_dialog import FindDialog
    from fieldmon.ui.loan_form import LoanForm
    from fieldmon.ui.loan_view import LoanView
    from fieldmon.ui.loans_page import RepaymentEntry
    from fieldmon.ui.tasks import BackgroundTask, Job
    from fieldmon.ui.training_form import TrainingForm
    from fieldmon.ui.visit_form import VisitForm
    from fieldmon.ui.visits_page import VisitsPage

log = logging.getLogger(__name__)
HOME, VISITS, LOANS, TRAININGS, PEOPLE, REPORTS, CONFLICTS = range(7)  # the navigation's rows
# Plural sentences translated outside a widget, marked where lupdate makes them plural
# messages (it does so only for a literal count).
DELETE_VISITS = i18n.translate("MainWindow", "Delete %Ln visit(s)", None, 0)
DELETED_VISITS = i18n.translate(
    "MainWindow", "Deleted %Ln visit(s). Ctrl+Z brings them back.", None, 0
)


class DeleteVisits(QUndoCommand):
    """Deleting marks visits deleted; undo brings them back."""

    def __init__(self, window: MainWindow, ids: list[uuid.UUID]):
        super().__init__(QCoreApplication.translate("MainWindow", DELETE_VISITS, None, len(ids)))
        self.window, self.ids = window, ids

    def redo(self) -> None:
        from fieldmon.services import visits

        try:
            visits.delete_visits(self.window.db, self.ids, self.window.officer)
        except UserError as exc:  # nothing was deleted; there is nothing to undo
            self.setObsolete(True)
            self.window.visits_page.refresh()
            dialogs.show_error(
                self.window, QCoreApplication.translate("MainWindow", "Cannot delete"), shown(exc)
            )
            return
        self.window.visits_page.refresh()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", DELETED_VISITS, None, len(self.ids)),
            8000,
        )

    def undo(self) -> None:
        from fieldmon.services import visits

        visits.restore_visits(self.window.db, self.ids, self.window.officer)
        self.window.visits_page.refresh()


class MainWindow(QMainWindow):
    """Built in two steps so that it shows at once: the frame (menus, navigation, status
    bar) needs only Qt; `attach` then opens the pages on a database. The heavy imports
    (SQLAlchemy, the services) happen in `attach`, after the window is on screen."""

    def __init__(
        self,
        db: Database | None = None,
        officer: str = "",
        lang: str = "en",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.lang = lang
        self.forms: dict[uuid.UUID | None, VisitForm] = {}
        self.loan_views: dict[uuid.UUID, LoanView] = {}
        self.training_views: dict[uuid.UUID, TrainingView] = {}
        self.undo_stack = QUndoStack(self)
        self.last_message: QMessageBox | None = None  # the latest non-modal report
        self.setWindowTitle("fieldmon")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.addItem(self.tr("Home"))
        self.nav.addItem(self.tr("Visits"))
        self.nav.addItem(self.tr("Loans"))
        self.nav.addItem(self.tr("Trainings"))
        self.nav.addItem(self.tr("People"))
        self.nav.addItem(self.tr("Reports"))
        self.nav.addItem(self.tr("Conflicts"))
        self.nav.setMaximumWidth(200)
        self.nav.setMinimumWidth(110)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the database…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([150, 1050])
        self.setCentralWidget(splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.officer_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.resize(1200, 720)
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if db is not None:
            self.attach(db, officer)

    def attach(self, db: Database, officer: str) -> None:
        """Open the pages on `db`, recording as `officer`."""
        from fieldmon.ui.conflicts_page import ConflictsPage
        from fieldmon.ui.home_page import HomePage
        from fieldmon.ui.loans_page import LoansPage
        from fieldmon.ui.reports_page import ReportsPage
        from fieldmon.ui.trainings_page import PeoplePage, TrainingsPage
        from fieldmon.ui.visits_page import VisitsPage

        self.db, self.officer = db, officer
        self.home_page = HomePage(db)
        self.visits_page: VisitsPage = VisitsPage(db, self.lang)
        self.loans_page: LoansPage = LoansPage(db, self.lang)
        self.trainings_page = TrainingsPage(db, self.lang)
        self.people_page = PeoplePage(db, officer)
        self.reports_page = ReportsPage(db, self.lang)
        self.conflicts_page = ConflictsPage(db, officer)
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        for page in self._pages():
            self.stack.addWidget(page)
        self.trainings_page.counts_changed.connect(lambda n: self._show_page_count(TRAININGS, n))
        self.people_page.counts_changed.connect(lambda n: self._show_page_count(PEOPLE, n))
        self.trainings_page.open_requested.connect(self.open_training)
        self.trainings_page.new_requested.connect(self.new_training)
        self.people_page.merged.connect(self.trainings_page.refresh)
        self.conflicts_page.counts_changed.connect(self._show_conflict_count)
        self.conflicts_page.resolved.connect(self.visits_page.refresh)
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.loans_page.counts_changed.connect(self._show_loan_count)
        self.loans_page.open_requested.connect(self.open_loan)
        self.loans_page.new_requested.connect(self.new_loan)
        self.loans_page.repayments_requested.connect(self.post_repayments)
        self.loans_page.collection_requested.connect(self.collection_sheet)
        self._update_officer_label()
        self._build_menus()
        self.visits_page.counts_changed.connect(self._show_count)
        self.visits_page.open_requested.connect(self.open_visit)
        self.visits_page.new_requested.connect(self.new_visit)
        self.visits_page.delete_requested.connect(self.delete_visits)
        self.visits_page.refresh()
        self.conflicts_page.refresh()
        self.home_page.open_requested.connect(self.open_attention)
        self.home_page.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New visit"), self.new_visit, QKeySequence.StandardKey.New)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("New &loan"), self.new_loan, "Ctrl+L")
        self._action(file_menu, self.tr("Post &repayments…"), self.post_repayments, "Ctrl+R")
        self._action(file_menu, self.tr("&Collection sheet…"), self.collection_sheet)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("New &training"), self.new_training, "Ctrl+T")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import visits…"), self.import_visits, "Ctrl+I")
        self._action(file_menu, self.tr("Import loa&ns…"), lambda: self.import_file("loans"))
        self._action(
            file_menu, self.tr("Import repa&yments…"), lambda: self.import_file("repayments")
        )
        self._action(
            file_menu, self.tr("Import trainin&gs…"), lambda: self.import_file("trainings")
        )
        self._action(
            file_menu, self.tr("Import a&ttendance…"), lambda: self.import_file("attendance")
        )
        templates = file_menu.addMenu(self.tr("Save import &template"))
        self._action(templates, self.tr("Visits…"), lambda: self.save_template("visits"))
        self._action(templates, self.tr("Loans…"), lambda: self.save_template("loans"))
        self._action(templates, self.tr("Repayments…"), lambda: self.save_template("repayments"))
        self._action(templates, self.tr("Trainings…"), lambda: self.save_template("trainings"))
        self._action(templates, self.tr("Attendance…"), lambda: self.save_template("attendance"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Export data package…"), self.export_package, "Ctrl+E")
        self._action(
            file_menu,
            self.tr("Export data package with e&verything…"),
            lambda: self.export_package(everything=True),
        )
        self._action(file_menu, self.tr("Import data pac&kage…"), self.import_package)
        self._action(file_menu, self.tr("&Back up now"), self.back_up_now)
        self._action(file_menu, self.tr("Restore fro&m backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.edit_settings)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        delete = self._action(
            edit_menu,
            self.tr("&Delete visit"),
            lambda: self.delete_visits(self.visits_page.selected_ids()),
            QKeySequence.StandardKey.Delete,
        )
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.visits_page.table.addAction(delete)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        self._action(view_menu, self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(view_menu, self.tr("Find &everywhere…"), self.find_everywhere, "Ctrl+K")

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About fieldmon"), self.about)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _pages(self) -> list[Any]:
        return [
            self.home_page,
            self.visits_page,
            self.loans_page,
            self.trainings_page,
            self.people_page,
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

    def refresh(self) -> None:
        for page in self._pages():
            page.refresh()

    def _page_changed(self, row: int) -> None:
        if row == REPORTS:
            self.count_label.clear()  # the page counts itself when shown
        elif row == HOME:
            self.home_page.refresh()
            self._show_count(self.visits_page.model.count())
        elif row == VISITS:
            self._show_count(self.visits_page.model.count())
        else:
            self._pages()[row].refresh()

    def _show_count(self, count: int) -> None:
        self._show_page_count(VISITS, count)

    def _show_loan_count(self, count: int) -> None:
        self._show_page_count(LOANS, count)

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
            CONFLICTS: self.tr("%Ln conflict(s) to review", "", count),
        }
        self.count_label.setText(texts[page])

    def open_attention(self, kind: str) -> None:
        """Open what a Home page Attention row names: the list it counts, filtered where
        the list has such a filter (the Visits page has none for follow-ups yet)."""
        from fieldmon.domain.loans import LoanStatus
        from fieldmon.ui import home_page

        if kind == home_page.LATE_LOANS:
            self.nav.setCurrentRow(LOANS)
            status = self.loans_page.status
            status.setCurrentIndex(status.findData(LoanStatus.OVERDUE.value))
        elif kind == home_page.FOLLOW_UPS:
            self.nav.setCurrentRow(VISITS)
        elif kind == home_page.CONFLICTS:
            self.nav.setCurrentRow(CONFLICTS)
        elif kind == home_page.UNSENT:
            self.export_package()
        elif kind == home_page.BACKUP:
            self.back_up_now()

    def _update_officer_label(self) -> None:
        self.officer_label.setText(self.tr("Officer: {0}").format(self.officer))

    # --- visits ----------------------------------------------------------------------------

    def new_visit(self) -> VisitForm:
        return self.open_visit(None)

    def open_visit(self, visit_id: uuid.UUID | None, *, offer: bool = True) -> VisitForm:
        """The visit's form (a new visit's for None), raised if it is open already. Typing
        kept as a draft is offered back, unless `offer` is False."""
        from fieldmon.services import drafts
        from fieldmon.ui.visit_form import VisitForm

        form = self.forms.get(visit_id)
        if form is not None:
            form.raise_()
            form.activateWindow()
            return form
        try:
            form = VisitForm(self.db, self.officer, self.lang, visit_id, self)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot open the visit"), shown(exc))
            self.visits_page.refresh()
            raise
        self.forms[visit_id] = form
        form.saved.connect(self._visit_saved)
        form.delete_requested.connect(lambda vid: self.delete_visits([vid]))
        form.destroyed.connect(lambda _obj=None, key=visit_id: self.forms.pop(key, None))
        draft = drafts.load_draft(self.db, form.draft_key) if offer else None
        if draft is not None:
            payload, when = draft
            restore = dialogs.ask_yes_no(
                self,
                self.tr("Unsaved draft"),
                self.tr("There is unsaved typing in this form from {0}. Restore it?").format(
                    formats.moment(when)
                ),
            )
            if restore:
                form.restore_draft(payload)
            else:
                drafts.discard_draft(self.db, form.draft_key)
        form.show()
        form.activateWindow()
        return form

    def offer_drafts(self) -> None:
        """After a crash: reopen the forms whose typing was kept as drafts."""
        from fieldmon.services import drafts

        for key in drafts.draft_keys(self.db):
            try:
                self.open_form(key)
            except (UserError, ValueError):
                drafts.discard_draft(self.db, key)

    def open_form(
        self, key: str, payload: dict[str, Any] | None = None, *, offer: bool = True
    ) -> Any:
        """Open the form a draft key names ('visit:new', 'loan:<id>', 'training:<id>'),
        offering its kept draft back unless `offer` is False, and put `payload` (typing
        carried over from another window) in it. None for a key of no form; UserError or
        ValueError if the record cannot be opened."""
        kind, _, ident = key.partition(":")
        if kind not in ("visit", "loan", "training"):
            return None
        record = None if ident == "new" else uuid.UUID(ident)
        if kind == "visit":
            visit = self.open_visit(record, offer=offer)
            if payload is not None:
                visit.restore_draft(payload)
            return visit
        if kind == "loan":
            form: Any = (
                self.new_loan(offer=offer)
                if record is None
                else self.edit_loan(record, offer=offer)
            )
        else:
            form = self.edit_training(record, offer=offer)
        if payload is not None:
            form.draft.restore(payload)
        return form

    def _offer_draft(self, form: Any) -> None:
        """A loan or training form opened over kept typing: offer it back."""
        from fieldmon.services import drafts

        kept = drafts.load_draft(self.db, form.draft.key)
        if kept is None:
            return
        payload, when = kept
        if dialogs.ask_yes_no(
            self,
            self.tr("Unsaved draft"),
            self.tr("There is unsaved typing in this form from {0}. Restore it?").format(
                formats.moment(when)
            ),
        ):
            form.draft.restore(payload)
        else:
            form.draft.discard()

    def _visit_saved(self, _visit_id: uuid.UUID) -> None:
        self.visits_page.refresh()
        self.statusBar().showMessage(self.tr("Visit saved."), 5000)

    def delete_visits(self, ids: list[uuid.UUID]) -> None:
        if ids:
            self.undo_stack.push(DeleteVisits(self, ids))

    # --- loans -----------------------------------------------------------------------------

    def new_loan(self, *, offer: bool = True) -> LoanForm:
        from fieldmon.ui.loan_form import LoanForm

        form = LoanForm(self.db, self.officer, self.lang, None, self)
        form.saved.connect(self._loan_saved)
        form.saved.connect(self.open_loan)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.show()
        if offer:
            self._offer_draft(form)
        return form

    def edit_loan(self, loan_id: uuid.UUID, *, offer: bool = True) -> LoanForm:
        from fieldmon.ui.loan_form import LoanForm

        form = LoanForm(self.db, self.officer, self.lang, loan_id, self)
        form.saved.connect(self._loan_saved)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.show()
        if offer:
            self._offer_draft(form)
        return form

    def open_loan(self, loan_id: uuid.UUID) -> LoanView:
        from fieldmon.ui.loan_view import LoanView

        view = self.loan_views.get(loan_id)
        if view is None:
            view = LoanView(self.db, self.officer, loan_id, self)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.changed.connect(self._loan_saved)
            view.edit_requested.connect(self.edit_loan)
            view.destroyed.connect(lambda _o=None, key=loan_id: self.loan_views.pop(key, None))
            self.loan_views[loan_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _loan_saved(self, loan_id: uuid.UUID) -> None:
        self.loans_page.refresh()
        view = self.loan_views.get(loan_id)
        if view is not None:
            view.refresh()
        self.statusBar().showMessage(self.tr("Loan saved."), 5000)

    def post_repayments(self) -> RepaymentEntry:
        from fieldmon.ui.loans_page import RepaymentEntry

        entry = RepaymentEntry(self.db, self.officer, self)
        entry.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        entry.posted.connect(self._loan_saved)
        entry.show()
        return entry

    def collection_sheet(self) -> CollectionSheet:
        from fieldmon.ui.collection_sheet import CollectionSheet

        sheet = CollectionSheet(self.db, self.officer, self.lang, self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        return sheet

    # --- trainings -------------------------------------------------------------------------

    def new_training(self) -> TrainingForm:
        return self.edit_training(None)

    def edit_training(self, training_id: uuid.UUID | None, *, offer: bool = True) -> TrainingForm:
        from fieldmon.ui.training_form import TrainingForm

        form = TrainingForm(self.db, self.officer, self.lang, training_id, self)
        form.saved.connect(self._training_saved)
        if training_id is None:
            form.saved.connect(self.open_training)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.show()
        if offer:
            self._offer_draft(form)
        return form

    def open_training(self, training_id: uuid.UUID) -> TrainingView:
        from fieldmon.ui.attendance import TrainingView

        view = self.training_views.get(training_id)
        if view is None:
            view = TrainingView(self.db, self.officer, self.lang, training_id, self)
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.changed.connect(lambda _id: self.trainings_page.refresh())
            view.edit_requested.connect(self.edit_training)
            view.destroyed.connect(
                lambda _o=None, key=training_id: self.training_views.pop(key, None)
            )
            self.training_views[training_id] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _training_saved(self, training_id: uuid.UUID) -> None:
        self.trainings_page.refresh()
        view = self.training_views.get(training_id)
        if view is not None:
            view.refresh()
        self.statusBar().showMessage(self.tr("Training saved."), 5000)

    # --- files -----------------------------------------------------------------------------

    def import_visits(self) -> None:
        self.import_file("visits")

    def import_file(self, kind: str) -> None:
        titles = {
            "visits": self.tr("Import visits"),
            "loans": self.tr("Import loans"),
            "repayments": self.tr("Import repayments"),
            "trainings": self.tr("Import trainings"),
            "attendance": self.tr("Import attendance"),
        }
        path, _ = QFileDialog.getOpenFileName(
            self, titles[kind], str(Path.home()), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.start_import(path, kind)

    def start_import(self, path: str, kind: str = "visits") -> BackgroundTask:
        from fieldmon.services import loan_imports, training_imports
        from fieldmon.services.imports import import_visits
        from fieldmon.ui.tasks import BackgroundTask

        def work(stop: Any) -> str:
            if kind == "trainings":
                events = training_imports.import_trainings(
                    self.db, path, self.officer, should_stop=stop.is_set
                )
                return self.tr("Imported {0} trainings ({1} already recorded).").format(
                    formats.count(events.added), formats.count(events.unchanged)
                )
            if kind == "attendance":
                sheet = training_imports.import_attendance(
                    self.db, path, self.officer, should_stop=stop.is_set
                )
                return self.tr("Imported attendance of {0} participants ({1} new people).").format(
                    formats.count(sheet.rows), formats.count(sheet.people)
                )
            if kind == "loans":
                result = loan_imports.import_loans(
                    self.db, path, self.officer, should_stop=stop.is_set
                )
                return self.tr("Imported {0} loans ({1} new people).").format(
                    formats.count(result.loans), formats.count(result.people)
                )
            if kind == "repayments":
                count = loan_imports.import_repayments(
                    self.db, path, self.officer, should_stop=stop.is_set
                )
                return self.tr("Posted {0} repayments.").format(formats.count(count))
            visits = import_visits(self.db, path, self.officer, should_stop=stop.is_set)
            return self.tr(
                "Imported {0} visits ({1} new sites, {2} new districts or settlements)."
            ).format(
                formats.count(visits.visits),
                formats.count(visits.sites_created),
                formats.count(visits.places_created),
            )

        task = BackgroundTask(self, self.tr("Importing {0}…").format(Path(path).name), work)
        task.finished.connect(self._import_done)
        task.failed.connect(self._import_failed)
        task.start()
        return task

    def _import_done(self, message: str) -> None:
        self.refresh()
        self.statusBar().showMessage(message, 10000)

    def _import_failed(self, exc: BaseException) -> None:
        from fieldmon.services.workbooks import ImportFailed

        if isinstance(exc, ImportFailed):
            problems = problem_lines(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Nothing was imported"), shown(exc), parent=self
            )
            box.setInformativeText("\n".join(problems[:15]) + ("\n…" if len(problems) > 15 else ""))
            box.setDetailedText("\n".join(problems))
            box.open()
            self.last_message = box
        elif isinstance(exc, UserError):
            dialogs.show_error(self, self.tr("Nothing was imported"), shown(exc))
        else:
            log.error("import failed", exc_info=exc)
            dialogs.show_error(
                self,
                self.tr("Nothing was imported"),
                self.tr("An unexpected error stopped the import; see the log file."),
            )

    def save_template(self, kind: str = "visits") -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save import template"),
            str(Path.home() / f"fieldmon-{kind}-template.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            from fieldmon.reports.templates import write_template
            from fieldmon.ui.i18n import file_translator

            try:  # in the interface's language: its help sheet and drop-downs
                write_template(kind, path, file_translator(self.lang))
            except (OSError, UserError) as exc:
                dialogs.show_error(self, self.tr("Cannot save"), shown(exc))
                return
            self.statusBar().showMessage(self.tr("Template saved to {0}.").format(path), 8000)

    # --- data packages -----------------------------------------------------------------

    def _package_folder(self) -> Path:
        folder = QSettings().value("packages/folder")
        return Path(str(folder)) if folder else Path.home()

    def export_package(self, *, everything: bool = False) -> BackgroundTask | None:
        """Save a data package for the coordinator. By default it holds what changed since
        the last package saved to the same folder (the USB stick); the folder chosen last
        time is offered again, with a name that says who and when."""
        from datetime import date

        name = "-".join(self.officer.split()) or "fieldmon"
        suggested = self._package_folder() / f"{name}-{date.today().isoformat()}.fmpkg"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export data package"),
            str(suggested),
            self.tr("fieldmon data packages (*.fmpkg)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".fmpkg"):
            path += ".fmpkg"
        QSettings().setValue("packages/folder", str(Path(path).parent))
        return self.start_package_export(path, everything=everything)

    def start_package_export(self, path: str, *, everything: bool = False) -> BackgroundTask:
        from fieldmon.services.packages import Scope, export_package
        from fieldmon.ui.tasks import BackgroundTask

        def work(_stop: Any) -> str:
            result = export_package(self.db, path, self.officer, Scope(everything=everything))
            if result.total == 0:
                return self.tr(
                    "Nothing changed since the last package saved to this folder; "
                    "the package {0} is empty."
                ).format(Path(path).name)
            return self.tr("Saved {0} records ({1} deleted) to {2}.").format(
                formats.count(result.total), formats.count(sum(result.deleted.values())), path
            )

        task = BackgroundTask(self, self.tr("Exporting to {0}…").format(Path(path).name), work)
        task.finished.connect(lambda message: self.statusBar().showMessage(message, 15000))
        task.failed.connect(lambda exc: self._package_failed(exc, importing=False))
        task.start()
        return task

    def import_package(self) -> BackgroundTask | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import data package"),
            str(self._package_folder()),
            self.tr("fieldmon data packages (*.fmpkg)"),
        )
        return self.start_package_import(path) if path else None

    def start_package_import(self, path: str) -> BackgroundTask:
        from fieldmon.services.merge import import_package
        from fieldmon.ui.tasks import BackgroundTask

        task = BackgroundTask(
            self,
            self.tr("Checking and merging {0}…").format(Path(path).name),
            lambda _stop: import_package(self.db, path),
        )
        task.finished.connect(lambda result: self._package_imported(Path(path).name, result))
        task.failed.connect(lambda exc: self._package_failed(exc, importing=True))
        task.start()
        return task

    def _package_imported(self, name: str, result: Any) -> None:
        self.refresh()
        if result.nothing_new:
            text = self.tr("Nothing new: everything in {0} is already here.").format(name)
            self.statusBar().showMessage(text, 15000)
            dialogs.show_info(self, self.tr("Data package"), text)
            return
        types = self.conflicts_page.types
        lines = [
            self.tr("{0}: {1} new, {2} updated, {3} unchanged, {4} conflicts").format(
                types.get(table, table),
                *(formats.count(n) for n in (c.new, c.updated, c.unchanged, c.conflicts)),
            )
            for table, c in result.counts.items()
            if c.new or c.updated or c.conflicts
        ]
        lines += [
            (
                self.tr("Loan {0}, receipt {1}: typed on two laptops; it counts once.")
                if same
                else self.tr(
                    "Loan {0}, receipt {1}: posted twice with different amounts or dates; "
                    "the first posted counts until you decide."
                )
            ).format(loan_no, receipt)
            for loan_no, receipt, same in result.receipts
        ]
        lines += [
            self.tr("Loan {0} is over-paid by {1}: check its repayments.").format(
                loan_no, formats.money(over, currency)
            )
            for loan_no, over, currency in result.overpaid
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Data package imported"),
            self.tr("Merged {0}.").format(name),
            parent=self,
        )
        box.setInformativeText("\n".join(lines))
        if result.conflicts:
            box.setText(
                self.tr(
                    "Merged {0}. %Ln conflict(s) wait for your decision.", "", result.conflicts
                ).format(name)
            )
            review = box.addButton(self.tr("&Review conflicts"), QMessageBox.ButtonRole.AcceptRole)
            review.clicked.connect(lambda: self.nav.setCurrentRow(CONFLICTS))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.last_message = box

    def _package_failed(self, exc: BaseException, *, importing: bool) -> None:
        if isinstance(exc, UserError):  # a PackageError too
            text = shown(exc)
        elif isinstance(exc, OSError):
            text = self.tr("Cannot use the file: {0}.").format(exc.strerror or exc)
        else:
            log.error("data package failed", exc_info=exc)
            text = self.tr("An unexpected error stopped it; details are in the log file.")
        if importing:
            title = self.tr("Nothing was imported")
        else:
            title = self.tr("The package was not saved")
        dialogs.show_error(self, title, text)

    # --- backups -------------------------------------------------------------------------

    def start_daily_backup(self) -> Job | None:
        """The first start of a day copies the database to its backups folder, in the
        background (a SQLite file only; a server keeps its own backups)."""
        from fieldmon.db.backup import daily_backup
        from fieldmon.ui.tasks import Job

        path = self.db.path
        if path is None:
            return None
        job = Job(self, lambda _stop, _progress: daily_backup(path))
        job.failed.connect(lambda exc: log.error("daily backup failed", exc_info=exc))
        job.start()
        return job

    def _backups_kept(self) -> int:
        from fieldmon.db.backup import KEEP, kept_count

        return kept_count(self.db.path) if self.db.path is not None else KEEP

    def back_up_now(self) -> Job | None:
        from fieldmon.db.backup import make_backup
        from fieldmon.ui.tasks import Job

        path = self.db.path
        if path is None:
            dialogs.show_error(
                self,
                self.tr("Back up"),
                self.tr("A database on a server is backed up by the server (pg_dump)."),
            )
            return None
        job = Job(self, lambda _stop, _progress: make_backup(path, "manual"))
        job.finished.connect(
            lambda written: self.statusBar().showMessage(
                self.tr("Backed up to {0}.").format(written), 15000
            )
        )
        job.failed.connect(lambda exc: dialogs.show_error(self, self.tr("Back up"), shown(exc)))
        job.start()
        return job

    def restore_backup(self, chosen: str | None = None) -> bool:
        """Put a backup in the place of the database: the file is checked first, the current
        database is backed up, then fieldmon closes (start it again on the restored data:
        every page and form was showing the old one). True if the backup was restored."""
        from fieldmon.db.backup import backup_folder, check, replace_database

        path = self.db.path
        if path is None:
            dialogs.show_error(
                self,
                self.tr("Restore from backup"),
                self.tr("A database on a server is restored by the server (pg_restore)."),
            )
            return False
        if chosen is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from backup"),
                str(backup_folder(path)),
                self.tr("fieldmon backups (*.db)"),
            )
        if not chosen:
            return False
        verdict = check(Path(chosen))
        if not verdict.ok or verdict.revision is None:
            dialogs.show_error(
                self,
                self.tr("Restore from backup"),
                self.tr("{0} is not a good fieldmon backup; nothing was changed.").format(
                    Path(chosen).name
                ),
            )
            return False
        if not dialogs.ask_yes_no(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the database with {0}? The current database is backed up first. "
                "fieldmon then closes; start it again to work on the restored data."
            ).format(Path(chosen).name),
        ):
            return False
        for form in list(self.forms.values()):
            if not form.close():
                return False
        self.db.dispose()
        try:
            replace_database(path, Path(chosen))
        except UserError as exc:
            dialogs.show_error(self, self.tr("Restore from backup"), shown(exc))
        else:
            dialogs.show_info(
                self,
                self.tr("Restore from backup"),
                self.tr("Restored from {0}. Start fieldmon again.").format(Path(chosen).name),
            )
        self.close()
        return True

    # --- settings, about, closing -------------------------------------------------------

    def edit_settings(self) -> MainWindow:
        """The Settings dialog. A new language applies at once: the window is built again
        in it (`language_switch`), open forms keeping their typing. Returns the window now
        in use (this one, or the one built in the new language)."""
        dialog = dialogs.SettingsDialog(self.officer, self, self._backups_kept())
        if not dialog.exec():
            return self
        from fieldmon.db.backup import SETTING
        from fieldmon.services import profile

        self.officer = profile.set_officer(self.db, dialog.officer_name())
        profile.set_setting(self.db, SETTING, str(dialog.backups.value()))
        self._update_officer_label()
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
        for form in list(self.forms.values()):
            if not form.close():
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
        from fieldmon.ui.form_drafts import DraftDialog

        for dialog in self.findChildren(DraftDialog):  # loan and training forms stay drafts
            if dialog.isVisible():
                dialog.draft.save_before_closing()
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        event.accept()
