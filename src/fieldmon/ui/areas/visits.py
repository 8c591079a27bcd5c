"""Visits: their forms, deleting with undo, and the Visits page's buttons."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand

from fieldmon.domain import i18n
from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs
from fieldmon.ui.areas.open_forms import form_key
from fieldmon.ui.i18n import shown

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow
    from fieldmon.ui.visit_form import VisitForm
    from fieldmon.ui.visits_page import VisitsPage

# Plural sentences translated outside a widget, marked where lupdate makes them plural
# messages (it does so only for a literal count).
DELETE_VISITS = i18n.translate("VisitsArea", "Delete %Ln visit(s)", None, 0)
DELETED_VISITS = i18n.translate(
    "VisitsArea", "Deleted %Ln visit(s). Ctrl+Z brings them back.", None, 0
)


class DeleteVisits(QUndoCommand):
    """Deleting marks visits deleted; undo brings them back."""

    def __init__(self, window: MainWindow, ids: list[uuid.UUID]):
        super().__init__(QCoreApplication.translate("VisitsArea", DELETE_VISITS, None, len(ids)))
        self.window, self.ids = window, ids

    def redo(self) -> None:
        from fieldmon.services import visits

        try:
            visits.delete_visits(self.window.db, self.ids, self.window.officer)
        except UserError as exc:  # nothing was deleted; there is nothing to undo
            self.setObsolete(True)
            self.window.visits_page.refresh()
            dialogs.show_error(
                self.window, QCoreApplication.translate("VisitsArea", "Cannot delete"), shown(exc)
            )
            return
        self.window.visits.changed()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("VisitsArea", DELETED_VISITS, None, len(self.ids)),
            8000,
        )

    def undo(self) -> None:
        from fieldmon.services import visits

        visits.restore_visits(self.window.db, self.ids, self.window.officer)
        self.window.visits.changed()


class VisitsArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def populate_file_menu(self, menu: object) -> None:
        self.window.add_action(menu, self.tr("&New visit"), self.new, QKeySequence.StandardKey.New)

    def populate_edit_menu(self, menu: object) -> None:
        self.delete_action = self.window.add_action(
            menu,
            self.tr("&Delete visit"),
            lambda: self.delete(self.window.visits_page.selected_ids()),
            QKeySequence.StandardKey.Delete,
        )
        # Delete acts in the visits list only (elsewhere the key deletes typed text).
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def connect_page(self, page: VisitsPage) -> None:
        page.open_requested.connect(self.open)
        page.new_requested.connect(self.new)
        page.delete_requested.connect(self.delete)
        page.table.addAction(self.delete_action)
        if hasattr(page, "site_requested"):
            page.site_requested.connect(self.window.sites.open)

    def new(self) -> VisitForm:
        return self.open(None)

    def open(self, visit_id: uuid.UUID | None, *, offer: bool = True) -> VisitForm:
        """The visit's form (a new visit's for None), raised if it is open already. Typing
        kept as a draft is offered back, unless `offer` is False."""
        from fieldmon.ui.visit_form import VisitForm

        key = form_key("visit", visit_id)
        forms = self.window.open_forms
        already = forms.raise_open(key)
        if already is not None:
            return already  # type: ignore[no-any-return]
        try:
            form = VisitForm(
                self.window.db,
                self.window.officer,
                self.window.lang,
                visit_id,
                self.window,
                project=self.window.current_project_id,
            )
        except UserError as exc:
            dialogs.show_error(self.window, self.tr("Cannot open the visit"), shown(exc))
            self.window.visits_page.refresh()
            raise
        form.saved.connect(self.saved)
        form.delete_requested.connect(lambda vid: self.delete([vid]))
        if hasattr(form, "site_requested"):
            form.site_requested.connect(self.window.sites.open)
        forms.add(key, form)
        if offer:
            forms.offer_draft(form)
        return form

    def saved(self, _visit_id: uuid.UUID) -> None:
        self.changed()
        self.window.statusBar().showMessage(self.tr("Visit saved."), 5000)

    def changed(self) -> None:
        """Visits were saved, deleted or brought back: the list and open site pages follow."""
        self.window.visits_page.refresh()
        for view in self.window.open_forms.of_kind("site-page"):
            view.refresh()

    def delete(self, ids: list[uuid.UUID]) -> None:
        if ids:
            self.window.undo_stack.push(DeleteVisits(self.window, ids))
