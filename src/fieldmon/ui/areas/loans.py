"""Loans: their forms and pages, repayments, the collection sheet, the Loans page's buttons."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from fieldmon.ui.areas.open_forms import form_key, page_key

if TYPE_CHECKING:
    from fieldmon.ui.collection_sheet import CollectionSheet
    from fieldmon.ui.loan_form import LoanForm
    from fieldmon.ui.loan_view import LoanView
    from fieldmon.ui.loans_page import LoansPage, RepaymentEntry
    from fieldmon.ui.main_window import MainWindow


class LoansArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def populate_file_menu(self, menu: object) -> None:
        add = self.window.add_action
        add(menu, self.tr("New &loan"), self.new, "Ctrl+L")
        add(menu, self.tr("Post &repayments…"), self.post_repayments, "Ctrl+R")
        add(menu, self.tr("&Collection sheet…"), self.collection_sheet)

    def connect_page(self, page: LoansPage) -> None:
        page.open_requested.connect(self.open)
        page.new_requested.connect(self.new)
        page.repayments_requested.connect(self.post_repayments)
        page.collection_requested.connect(self.collection_sheet)

    def new(self, *, offer: bool = True) -> LoanForm:
        return self.edit(None, offer=offer)

    def edit(self, loan_id: uuid.UUID | None, *, offer: bool = True) -> LoanForm:
        """The loan's form (a new loan's for None), raised if it is open already."""
        from fieldmon.ui.loan_form import LoanForm

        key = form_key("loan", loan_id)
        forms = self.window.open_forms
        already = forms.raise_open(key)
        if already is not None:
            return already  # type: ignore[no-any-return]
        window = self.window
        form = LoanForm(
            window.db,
            window.officer,
            window.lang,
            loan_id,
            window,
            project=window.current_project_id,
        )
        form.saved.connect(self.saved)
        if loan_id is None:
            form.saved.connect(self.open)
        forms.add(key, form)
        if offer:
            forms.offer_draft(form)
        return form

    def open(self, loan_id: uuid.UUID) -> LoanView:
        """The loan's page: its schedule, repayments and history."""
        from fieldmon.ui.loan_view import LoanView

        def make() -> LoanView:
            view = LoanView(self.window.db, self.window.officer, loan_id, self.window)
            view.changed.connect(self.saved)
            view.edit_requested.connect(self.edit)
            if hasattr(view, "delete_requested"):
                view.delete_requested.connect(self.delete)
            return view

        return self.window.open_forms.show(page_key("loan", loan_id), make)  # type: ignore[no-any-return]

    def delete(self, loan_id: uuid.UUID) -> None:
        from fieldmon.ui.deletions import DeleteLoan

        self.window.undo_stack.push(DeleteLoan(self.window, loan_id))

    def saved(self, loan_id: uuid.UUID) -> None:
        self.window.loans_page.refresh()
        view = self.window.open_forms.get(page_key("loan", loan_id))
        if view is not None:
            view.refresh()
        self.window.statusBar().showMessage(self.tr("Loan saved."), 5000)

    def post_repayments(self) -> RepaymentEntry:
        from fieldmon.ui.loans_page import RepaymentEntry

        entry = RepaymentEntry(self.window.db, self.window.officer, self.window)
        entry.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        entry.posted.connect(self.saved)
        entry.show()
        return entry

    def collection_sheet(self) -> CollectionSheet:
        from fieldmon.ui.collection_sheet import CollectionSheet

        sheet = CollectionSheet(self.window.db, self.window.officer, self.window.lang, self.window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        return sheet
