"""Training events: their forms and attendance pages, the Trainings page's buttons."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from fieldmon.ui.areas.open_forms import form_key, page_key

if TYPE_CHECKING:
    from fieldmon.ui.attendance import TrainingView
    from fieldmon.ui.main_window import MainWindow
    from fieldmon.ui.training_form import TrainingForm
    from fieldmon.ui.trainings_page import TrainingsPage


class TrainingsArea(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def populate_file_menu(self, menu: object) -> None:
        self.window.add_action(menu, self.tr("New &training"), self.new, "Ctrl+T")

    def connect_page(self, page: TrainingsPage) -> None:
        page.open_requested.connect(self.open)
        page.new_requested.connect(self.new)

    def new(self) -> TrainingForm:
        return self.edit(None)

    def edit(self, training_id: uuid.UUID | None, *, offer: bool = True) -> TrainingForm:
        """The event's form (a new event's for None), raised if it is open already."""
        from fieldmon.ui.training_form import TrainingForm

        key = form_key("training", training_id)
        forms = self.window.open_forms
        already = forms.raise_open(key)
        if already is not None:
            return already  # type: ignore[no-any-return]
        window = self.window
        form = TrainingForm(
            window.db,
            window.officer,
            window.lang,
            training_id,
            window,
            project=window.current_project_id,
        )
        form.saved.connect(self.saved)
        if training_id is None:
            form.saved.connect(self.open)
        forms.add(key, form)
        if offer:
            forms.offer_draft(form)
        return form

    def open(self, training_id: uuid.UUID) -> TrainingView:
        """The event's page: its days and attendance."""
        from fieldmon.ui.attendance import TrainingView

        def make() -> TrainingView:
            window = self.window
            view = TrainingView(window.db, window.officer, window.lang, training_id, window)
            view.changed.connect(lambda _id: window.trainings_page.refresh())
            view.edit_requested.connect(self.edit)
            if hasattr(view, "delete_requested"):
                view.delete_requested.connect(self.delete)
            return view

        return self.window.open_forms.show(page_key("training", training_id), make)  # type: ignore[no-any-return]

    def delete(self, training_id: uuid.UUID) -> None:
        from fieldmon.ui.deletions import DeleteTraining

        self.window.undo_stack.push(DeleteTraining(self.window, training_id))

    def saved(self, training_id: uuid.UUID) -> None:
        self.window.trainings_page.refresh()
        view = self.window.open_forms.get(page_key("training", training_id))
        if view is not None:
            view.refresh()
        self.window.statusBar().showMessage(self.tr("Training saved."), 5000)
