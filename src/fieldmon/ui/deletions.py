"""Deleting a loan or a training event as undoable commands (on the window's undo stack, like
`DeleteVisits`): redo marks it deleted and says how to bring it back, undo restores it.

A deletion the service refuses (a loan with repayments, a record already gone) changes
nothing: the command is made obsolete, so it leaves the stack, and the reason is shown.
Any page of the record still open closes once it is deleted."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from fieldmon.domain.errors import UserError
from fieldmon.ui import dialogs
from fieldmon.ui.i18n import shown

if TYPE_CHECKING:
    from fieldmon.ui.main_window import MainWindow

# Every sentence is a literal `QCoreApplication.translate("Deletions", ...)` call, the form
# lupdate finds outside a QObject.


class _Delete(QUndoCommand):
    """Shared by the two: `delete` returns the record's number or code, `restore` undoes."""

    def __init__(self, window: MainWindow, record_id: uuid.UUID, text: str):
        super().__init__(text)
        self.window, self.record_id = window, record_id
        self.label = ""  # the loan number or event code, once deleted

    def delete(self) -> str:
        raise NotImplementedError

    def restore(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """The lists showing the record; the People page counts loans and trainings."""
        self.window.people_page.refresh()

    def deleted_message(self) -> str:
        raise NotImplementedError

    def redo(self) -> None:
        try:
            self.label = self.delete()
        except UserError as exc:  # nothing was deleted; there is nothing to undo
            self.setObsolete(True)
            self.refresh()
            title = QCoreApplication.translate("MainWindow", "Cannot delete")  # as for visits
            dialogs.show_error(self.window, title, shown(exc))
            return
        self.setText(self.undo_text())
        self.refresh()
        self.window.statusBar().showMessage(self.deleted_message(), 8000)

    def undo(self) -> None:
        self.restore()
        self.refresh()

    def undo_text(self) -> str:
        raise NotImplementedError


class DeleteLoan(_Delete):
    """A loan without live repayments (`loans.delete_loan` says why otherwise)."""

    def __init__(self, window: MainWindow, loan_id: uuid.UUID):
        super().__init__(window, loan_id, QCoreApplication.translate("Deletions", "Delete loan"))

    def delete(self) -> str:
        from fieldmon.services import loans

        return loans.delete_loan(self.window.db, self.record_id, self.window.officer)

    def restore(self) -> None:
        from fieldmon.services import loans

        loans.restore_loan(self.window.db, self.record_id, self.window.officer)

    def refresh(self) -> None:
        self.window.loans_page.refresh()
        super().refresh()

    def undo_text(self) -> str:
        return QCoreApplication.translate("Deletions", "Delete loan {0}").format(self.label)

    def deleted_message(self) -> str:
        return QCoreApplication.translate(
            "Deletions", "Deleted loan {0}. Ctrl+Z brings it back."
        ).format(self.label)


class DeleteTraining(_Delete):
    """A training event with its attendance (`trainings.delete_training`)."""

    def __init__(self, window: MainWindow, training_id: uuid.UUID):
        super().__init__(
            window, training_id, QCoreApplication.translate("Deletions", "Delete training")
        )

    def delete(self) -> str:
        from fieldmon.services import trainings

        return trainings.delete_training(self.window.db, self.record_id, self.window.officer)

    def restore(self) -> None:
        from fieldmon.services import trainings

        trainings.restore_training(self.window.db, self.record_id, self.window.officer)

    def refresh(self) -> None:
        self.window.trainings_page.refresh()
        super().refresh()

    def undo_text(self) -> str:
        return QCoreApplication.translate("Deletions", "Delete training {0}").format(self.label)

    def deleted_message(self) -> str:
        return QCoreApplication.translate(
            "Deletions", "Deleted training {0} and its attendance. Ctrl+Z brings them back."
        ).format(self.label)
