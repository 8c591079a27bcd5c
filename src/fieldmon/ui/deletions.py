"""Deleting a loan or a training event as undoable commands (on the window's undo stack, like
`DeleteVisits`): redo marks it deleted and says how to bring it back, undo restores it.

A deletion the service refuses (a loan with repayments, a record already gone) changes
nothing: the command is made obsolete, so it leaves the stack, and the reason is shown.
Any page of the record still open closes once it is deleted."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs
from fieldmon.ui.i18n import shown

if TYPE_CHECKING:
    from fieldmon.db.engine import Database
    from fieldmon.ui.main_window import MainWindow

# Every sentence is a literal `QCoreApplication.translate("Deletions", ...)` call, the form
# lupdate finds outside a QObject.


@dataclass(frozen=True)
class Deletion:
    """What differs between deleting a loan and an event: the services (`delete` returns
    the record's number or code), the list page showing it (a window attribute), and the
    sentences, formatted with that number or code."""

    delete: Callable[[Database, uuid.UUID, str], str]
    restore: Callable[[Database, uuid.UUID, str], object]
    page: str
    undo_text: Callable[[str], str]
    deleted_message: Callable[[str], str]


class _Delete(QUndoCommand):
    """Redo deletes through `how.delete`, undo restores; both refresh the lists."""

    def __init__(self, window: MainWindow, record_id: uuid.UUID, text: str, how: Deletion):
        super().__init__(text)
        self.window, self.record_id, self.how = window, record_id, how
        self.label = ""  # the loan number or event code, once deleted

    def refresh(self) -> None:
        """The list showing the record; the People page counts loans and trainings."""
        getattr(self.window, self.how.page).refresh()
        self.window.people_page.refresh()

    def redo(self) -> None:
        window = self.window
        try:
            self.label = self.how.delete(window.db, self.record_id, window.officer)
        except UserError as exc:  # nothing was deleted; there is nothing to undo
            self.setObsolete(True)
            self.refresh()
            title = QCoreApplication.translate("MainWindow", "Cannot delete")  # as for visits
            dialogs.show_error(window, title, shown(exc))
            return
        self.setText(self.how.undo_text(self.label))
        self.refresh()
        window.statusBar().showMessage(self.how.deleted_message(self.label), 8000)

    def undo(self) -> None:
        self.how.restore(self.window.db, self.record_id, self.window.officer)
        self.refresh()


class DeleteLoan(_Delete):
    """A loan without live repayments (`loans.delete_loan` says why otherwise)."""

    def __init__(self, window: MainWindow, loan_id: uuid.UUID):
        from fieldmon.services import loans

        how = Deletion(
            loans.delete_loan,
            loans.restore_loan,
            "loans_page",
            lambda label: QCoreApplication.translate("Deletions", "Delete loan {0}").format(label),
            lambda label: QCoreApplication.translate(
                "Deletions", "Deleted loan {0}. Ctrl+Z brings it back."
            ).format(label),
        )
        super().__init__(
            window, loan_id, QCoreApplication.translate("Deletions", "Delete loan"), how
        )


class DeleteTraining(_Delete):
    """A training event with its attendance (`trainings.delete_training`)."""

    def __init__(self, window: MainWindow, training_id: uuid.UUID):
        from fieldmon.services import trainings

        how = Deletion(
            trainings.delete_training,
            trainings.restore_training,
            "trainings_page",
            lambda label: QCoreApplication.translate("Deletions", "Delete training {0}").format(
                label
            ),
            lambda label: QCoreApplication.translate(
                "Deletions", "Deleted training {0} and its attendance. Ctrl+Z brings them back."
            ).format(label),
        )
        super().__init__(
            window, training_id, QCoreApplication.translate("Deletions", "Delete training"), how
        )
