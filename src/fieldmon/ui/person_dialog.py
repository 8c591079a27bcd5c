"""A person's details (name, sex, birth year, IIN, phone, category, organization), edited
from the People page, with the record's history underneath: who changed what, and when.

The duplicate guard is the service's (`people.update_person`): an IIN another person holds
is shown under the IIN; a new name and birth year like someone else's is asked about first
(they may be one person, to be merged instead), and saved only if the user says they are two.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.loans import Sex
from fieldmon.domain.trainings import Category
from fieldmon.services import people
from fieldmon.services.history import history_rows
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import choice_label, shown
from fieldmon.ui.participant_dialog import PersonFieldsBox
from fieldmon.ui.widgets import ErrorLabel, place_errors


class PersonDialog(QDialog):
    """Raises UserError from the constructor when the person is no longer in the registry.
    `saved(person_id)` after a change is saved."""

    saved = Signal(uuid.UUID)

    def __init__(
        self, db: Database, officer: str, person_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db, self.officer, self.person_id = db, officer, person_id
        record = people.load_person(db, person_id)
        self.setWindowTitle(self.tr("Person: {0}").format(record.fields.full_name))
        self.fields = PersonFieldsBox(parent=self)
        self.fields.set_person(record.fields, record.category, record.organization)
        self.errors = self.fields.errors
        self.form_error = ErrorLabel()
        self.stamp = QLabel()
        self.stamp.setObjectName("stamp")
        self.stamp.setText(
            self.tr("Registered {0} by {1}; last changed {2} by {3}.").format(
                formats.moment(record.created_at),
                record.created_by,
                formats.moment(record.updated_at),
                record.updated_by,
            )
        )
        self.stamp.setWordWrap(True)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Changes")]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.form_error)
        layout.addWidget(self.stamp)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self._show_history()

    # --- saving ----------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        place_errors(self.errors, self.form_error, errors)

    def save(self) -> bool:
        """Save what is typed; True when saved (or nothing changed) and the form closed."""
        person, errors = self.fields.person()
        if errors:
            self.show_errors(errors)
            return False
        kwargs: dict[str, Any] = {
            "category": self.fields.category_value(),
            "organization": self.fields.organization.text(),
        }
        try:
            try:
                changed = people.update_person(
                    self.db, self.person_id, person, self.officer, **kwargs
                )
            except people.NamesakeFound as exc:
                if not dialogs.ask_yes_no(
                    self,
                    self.tr("Someone else?"),
                    self.tr("{0} Save anyway, as two different people?").format(shown(exc)),
                ):
                    return False
                changed = people.update_person(
                    self.db, self.person_id, person, self.officer, namesake_ok=True, **kwargs
                )
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except UserError as exc:
            dialogs.show_error(self, self.tr("Not saved"), shown(exc))
            return False
        self.show_errors([])
        if changed:
            self.saved.emit(self.person_id)
        self.accept()
        return True

    # --- the history -----------------------------------------------------------------------

    def _show_history(self) -> None:
        actions = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
            "restore": self.tr("Restored"),
            "resolve": self.tr("Conflict settled"),
            "merge": self.tr("Merged"),
        }
        rows = list(reversed(history_rows(self.db, self.person_id)))  # newest first
        self.history.setRowCount(len(rows))
        for r, (when, who, action, changes) in enumerate(rows):
            if action == "create":  # what it was registered with; nothing was before
                parts = [
                    f"{self._field_name(k)}: {self._value(k, new)}"
                    for k, (_old, new) in changes.items()
                    if new not in (None, "")
                ]
            else:
                parts = [
                    f"{self._field_name(k)}: {self._value(k, old)} → {self._value(k, new)}"
                    for k, (old, new) in changes.items()
                ]
            text = "; ".join(parts)
            for c, value in enumerate(
                (formats.moment(when), who, actions.get(action, action), text)
            ):
                self.history.setItem(r, c, QTableWidgetItem(value))

    def _field_name(self, name: str) -> str:
        others = {
            "merged_from": self.tr("Merged from"),
            "merged_into": self.tr("Merged into"),
            "full_name_merged": self.tr("Name of the merged record"),
        }
        return self.fields.labels.get(name) or others.get(name, name)

    def _value(self, name: str, value: Any) -> str:
        """A value as the history stores it (codes), as the form shows it."""
        if value is None or value == "":
            return "—"
        if name == "sex" and str(value) in Sex.labels():
            return choice_label(Sex, str(value))
        if name == "category" and str(value) in Category.labels():
            return choice_label(Category, str(value))
        return str(value)
