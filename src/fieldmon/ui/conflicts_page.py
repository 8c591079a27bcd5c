"""The Conflicts page: fields that two people changed differently since their common version,
found when a data package or a sync was merged. The later edit is applied already; the
coordinator looks at both values (who, when, from which package) and keeps the applied one
or uses the other. Either choice is written to the record's history."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.choices import Choice, FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.errors import UserError
from fieldmon.domain.loans import BorrowerKind, Method, Product, Sex
from fieldmon.domain.money import Currency
from fieldmon.domain.trainings import Category, TrainingKind
from fieldmon.services.merge import OpenConflict, open_conflicts, resolve
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import choice_label, shown
from fieldmon.ui.widgets import remember_columns

# Fields whose values are codes of a fixed list: shown by the list's label.
CHOICES: dict[tuple[str, str], type[Choice]] = {
    ("visit", "purpose"): Purpose,
    ("visit", "funds_used"): FundsUsed,
    ("visit", "rating"): Rating,
    ("site", "site_type"): SiteType,
    ("loan", "product"): Product,
    ("loan", "method"): Method,
    ("loan", "currency"): Currency,
    ("borrower", "kind"): BorrowerKind,
    ("person", "sex"): Sex,
    ("person", "category"): Category,
    ("training", "kind"): TrainingKind,
}


class ConflictsPage(QWidget):
    counts_changed = Signal(int)
    resolved = Signal()

    def __init__(self, db: Database, officer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.officer = db, officer
        self.conflicts: list[OpenConflict] = []
        self.types = {
            "place": self.tr("Place"),
            "site": self.tr("Site"),
            "person": self.tr("Person"),
            "borrower": self.tr("Borrower"),
            "loan": self.tr("Loan"),
            "repayment": self.tr("Repayment"),
            "training": self.tr("Training"),
            "participation": self.tr("Participant"),
            "visit": self.tr("Visit"),
            "project": self.tr("Project"),
            "indicator": self.tr("Indicator"),
            "indicator_value": self.tr("Indicator value"),
            "attachment": self.tr("Attached file"),
        }
        self.fields = {
            "caption": self.tr("Caption"),
            "file_name": self.tr("File name"),
            "day": self.tr("Day"),
            "deleted_at": self.tr("Deleted"),
            "visit_date": self.tr("Visit date"),
            "officer": self.tr("Officer"),
            "site_id": self.tr("Site"),
            "purpose": self.tr("Purpose"),
            "funds_used": self.tr("Funds used as intended"),
            "equipment_ok": self.tr("Equipment in working order"),
            "beneficiaries": self.tr("Beneficiaries"),
            "rating": self.tr("Rating"),
            "findings": self.tr("Findings"),
            "follow_up": self.tr("Follow-up"),
            "follow_up_due": self.tr("Follow-up due"),
            "follow_up_closed_on": self.tr("Follow-up closed on"),
            "principal_minor": self.tr("Principal"),
            "annual_rate_pct": self.tr("Annual rate, %"),
            "term_months": self.tr("Term, months"),
            "disbursed_on": self.tr("Disbursed on"),
            "first_due_on": self.tr("First instalment due"),
            "marks": self.tr("Attendance"),
            "receipt_no": self.tr("Receipt posted twice"),
            "pre_score": self.tr("Pre-test score"),
            "post_score": self.tr("Post-test score"),
            "full_name": self.tr("Full name"),
            "phone": self.tr("Phone"),
            "iin": self.tr("IIN"),
            "title": self.tr("Title"),
            "start_date": self.tr("Start date"),
            "days": self.tr("Days"),
            "name": self.tr("Name"),
            "members": self.tr("Group members"),
        }
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("conflicts_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Applied value"),
                self.tr("Applied edit by"),
                self.tr("Other value"),
                self.tr("Other edit by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.columns = remember_columns(self.table, "conflicts")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.keep_button = QPushButton(self.tr("&Keep the applied value"))
        self.keep_button.setObjectName("keep")
        self.other_button = QPushButton(self.tr("&Use the other value"))
        self.other_button.setObjectName("use_other")
        self.keep_button.clicked.connect(lambda: self.settle(use_other=False))
        self.other_button.clicked.connect(lambda: self.settle(use_other=True))
        self.explain = QLabel(
            self.tr(
                "Both values were edited since the last exchange. The later edit is applied; "
                "pick the one that is right."
            )
        )
        self.explain.setWordWrap(True)
        self.empty = QLabel(self.tr("No conflicts wait for review."))
        self.empty.setObjectName("no_conflicts")
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def refresh(self) -> None:
        self.conflicts = open_conflicts(self.db)
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            cells = [
                f"{self.types.get(c.table, c.table)}: {c.record}",
                self.field_label(c.field),
                self.value_text(c.field, c.kept, c.table),
                self.who(c.kept_by, c.kept_at),
                self.value_text(c.field, c.other, c.table),
                self.who(c.other_by, c.other_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c.source:
                    item.setToolTip(self.tr("Found merging data from {0}").format(c.source))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.conflicts)
        self.table.setVisible(bool(self.conflicts))
        if self.conflicts and not self.table.selectedItems():
            self.table.selectRow(0)
        self._selection_changed()
        self.counts_changed.emit(len(self.conflicts))

    def field_label(self, field: str) -> str:
        if field.startswith("marks."):  # attendance merges day by day
            return self.tr("Attendance, day {0}").format(field.split(".", 1)[1])
        return self.fields.get(field, field.replace("_", " "))

    def value_text(self, field: str, value: Any, table: str = "") -> str:
        if field == "deleted_at":
            return self.tr("Deleted") if value else self.tr("Not deleted")
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, list):
            return self.tr("%n person(s)", "", len(value))
        if field.endswith("_minor") and isinstance(value, int):
            return formats.money(Decimal(value) / 100)  # minor units: tiyn, cents
        if field.startswith("marks") and isinstance(value, str):
            return " ".join("✓" if m == "1" else "·" for m in value)
        if isinstance(value, int):
            return formats.count(value)
        choice = CHOICES.get((table, field))
        if choice is not None and isinstance(value, str) and value in choice.labels():
            return choice_label(choice, value)
        if isinstance(value, str) and field.endswith(("_date", "_on", "_due")):
            try:  # dates travel as ISO text
                return formats.day(date.fromisoformat(value))
            except ValueError:
                return value
        if field == "annual_rate_pct":
            try:
                return formats.number(Decimal(str(value)), None)
            except ArithmeticError:
                return str(value)
        return str(value)

    def who(self, by: str, at: datetime) -> str:
        return f"{by}, {formats.moment(at)}"

    def current(self) -> OpenConflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.current() is not None
        self.keep_button.setEnabled(chosen)
        self.other_button.setEnabled(chosen)

    def settle(self, *, use_other: bool) -> uuid.UUID | None:
        conflict = self.current()
        if conflict is None:
            return None
        row = self.table.currentRow()
        try:
            resolve(self.db, conflict.id, use_other, self.officer)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot settle the conflict"), shown(exc))
        self.refresh()
        if self.conflicts:
            self.table.selectRow(min(row, len(self.conflicts) - 1))
        self.resolved.emit()
        return conflict.id
