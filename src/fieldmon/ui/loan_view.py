"""One loan: its terms, status and balance as of a date, the schedule with what was paid of
each instalment, the repayments (reversed ones struck through), a line to post the next
repayment from the keyboard, and the loan's papers (contract, receipts: an evidence strip
whose changes are saved at once, a removal undone by its Undo remove)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import FieldError, UserError, ValidationError
from fieldmon.domain.loans import LoanStatus, Method, Product, amount_due
from fieldmon.domain.money import parse_typed_amount
from fieldmon.domain.visits import parse_typed_date
from fieldmon.services import loans
from fieldmon.services.evidence import Owner
from fieldmon.services.loans import LoanDetail
from fieldmon.ui import dialogs, formats
from fieldmon.ui.evidence_strip import EvidenceStrip
from fieldmon.ui.i18n import choice_label, current_language, error_text, shown
from fieldmon.ui.loans_model import STATUS_COLOURS
from fieldmon.ui.widgets import DateField, ErrorLabel, with_error


def table(headers: list[str], name: str) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.verticalHeader().setVisible(False)
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


@dataclass(frozen=True)
class Posted:
    repayment_id: uuid.UUID
    paid_on: date
    amount: Decimal


def post_typed(
    db: Database,
    officer: str,
    loan_id: uuid.UUID,
    fields: dict[str, str],
    labels: dict[str, ErrorLabel],
) -> Posted | None:
    """Post a repayment typed as text (`paid_on`, `amount`, `receipt_no`); each problem is
    shown under its field and nothing is posted while there is one."""
    paid_on, date_error = parse_typed_date(fields["paid_on"], "paid_on")
    amount, amount_error = parse_typed_amount(fields["amount"], "amount")
    errors: list[FieldError] = [e for e in (date_error, amount_error) if e is not None]
    posted = None
    if not errors:
        try:
            repayment_id = loans.post_repayment(
                db, loan_id, paid_on, amount, fields["receipt_no"], officer
            )
        except ValidationError as exc:
            errors = exc.errors
        else:
            assert paid_on is not None and amount is not None
            posted = Posted(repayment_id, paid_on, amount)
    for name, label in labels.items():
        found = next((e for e in errors if e.field == name), None)
        label.show_error(error_text(found) if found else None)
    return posted


class LoanView(QDialog):
    """`delete_requested` asks the window to delete the loan (an undoable command); the page
    closes once the loan is deleted. Delete is disabled while the loan has live repayments."""

    changed = Signal(uuid.UUID)
    edit_requested = Signal(uuid.UUID)
    delete_requested = Signal(uuid.UUID)

    def __init__(
        self, db: Database, officer: str, loan_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.db, self.officer, self.loan_id = db, officer, loan_id
        self.resize(900, 760)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.terms = QLabel()
        self.terms.setWordWrap(True)
        self.as_of = DateField()
        self.as_of.setObjectName("as_of")
        self.as_of.set_value(date.today())
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("As of")))
        head.addWidget(self.as_of)
        head.addWidget(self.status, 1)

        self.schedule = table(
            [
                self.tr("#"),
                self.tr("Due"),
                self.tr("Principal"),
                self.tr("Interest"),
                self.tr("Total"),
                self.tr("Paid"),
            ],
            "schedule",
        )
        self.repayments = table(
            [
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Receipt"),
                self.tr("Posted by"),
                self.tr("Reversed"),
            ],
            "repayments",
        )

        self.paid_on = DateField()
        self.paid_on.setObjectName("paid_on")
        self.paid_on.set_value(date.today())
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.receipt_no = QLineEdit()
        self.receipt_no.setObjectName("receipt_no")
        self.post_button = QPushButton(self.tr("&Post repayment"))
        self.post_button.setObjectName("post")
        self.errors: dict[str, ErrorLabel] = {}
        entry = QGroupBox(self.tr("New repayment"))
        entry_form = QFormLayout(entry)
        for label, name, widget in (
            (self.tr("Date"), "paid_on", self.paid_on),
            (self.tr("Amount"), "amount", self.amount),
            (self.tr("Receipt no."), "receipt_no", self.receipt_no),
        ):
            box, error = with_error(widget)
            self.errors[name] = error
            entry_form.addRow(label, box)
        entry_form.addRow("", self.post_button)

        reverse = QPushButton(self.tr("&Reverse selected repayment…"))
        reverse.setObjectName("reverse")
        edit = QPushButton(self.tr("&Edit loan…"))
        self.delete_button = QPushButton(self.tr("&Delete loan"))
        self.delete_button.setObjectName("delete")
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(reverse)
        buttons.addWidget(edit)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(close)

        lower = QHBoxLayout()
        repayments_box = QVBoxLayout()
        repayments_box.addWidget(QLabel(self.tr("Repayments")))
        repayments_box.addWidget(self.repayments)
        lower.addLayout(repayments_box, 3)
        lower.addWidget(entry, 2)

        papers = QGroupBox(self.tr("Contract, receipts and photos"))
        self.evidence = EvidenceStrip(
            db, officer, Owner("loan", loan_id), papers, saves_at_once=True
        )
        QVBoxLayout(papers).addWidget(self.evidence)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.terms)
        layout.addLayout(head)
        layout.addWidget(self.schedule, 3)
        layout.addLayout(lower, 2)
        layout.addWidget(papers)
        layout.addLayout(buttons)

        self.as_of.changed.connect(self.refresh)
        self.post_button.clicked.connect(self.post)
        self.receipt_no.returnPressed.connect(self.post)
        self.amount.returnPressed.connect(self.receipt_no.setFocus)
        reverse.clicked.connect(self.reverse_selected)
        edit.clicked.connect(lambda: self.edit_requested.emit(self.loan_id))
        self.delete_button.clicked.connect(self.request_delete)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.post)
        self.detail: LoanDetail | None = None
        self.refresh()
        self.amount.setFocus()

    def refresh(self) -> None:
        as_of = self.as_of.value_or_none() or date.today()
        try:
            detail = loans.load_loan(self.db, self.loan_id, as_of, current_language())
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot open the loan"), shown(exc))
            self.close()
            return
        self.detail = detail
        f, s, cur = detail.fields, detail.state, detail.currency
        assert f.product and f.method and f.disbursed_on
        self.setWindowTitle(self.tr("Loan {0}").format(f.loan_no))
        self.title.setText(f"{f.loan_no} — {detail.borrower_name}")
        members = ", ".join(m.full_name for m in detail.borrower.members)
        self.terms.setText(
            self.tr(
                "{product}, {principal} at {rate} % a year ({method}), {term} months, disbursed"
                " {disbursed}. {place}. {members}"
            ).format(
                product=choice_label(Product, f.product.value),
                principal=formats.money(f.principal or 0, cur),
                rate=formats.number(f.annual_rate_pct or 0, None),
                method=choice_label(Method, f.method.value).lower(),
                term=formats.count(f.term_months or 0),
                disbursed=formats.day(f.disbursed_on),
                place=", ".join(reversed(detail.place_names)),
                members=members if detail.borrower.group_name else "",
            )
        )
        status = choice_label(LoanStatus, s.status.value)
        late = (
            self.tr(", {0} days in arrears").format(formats.count(s.days_in_arrears))
            if s.status == LoanStatus.OVERDUE
            else ""
        )
        self.status.setText(
            self.tr(
                "{status}{late}. Paid {paid}; outstanding principal {principal}, all owed {owed}."
            ).format(
                status=status,
                late=late,
                paid=formats.money(s.paid, cur),
                principal=formats.money(s.outstanding_principal, cur),
                owed=formats.money(s.outstanding_total, cur),
            )
        )
        colour = STATUS_COLOURS.get(s.status)
        self.status.setStyleSheet(f"background: {colour.name()}; padding: 3px;" if colour else "")

        self.schedule.setRowCount(len(detail.schedule))
        for row, line in enumerate(detail.schedule):
            values = [
                cell(formats.count(line.seq), True),
                cell(formats.day(line.due_on)),
                cell(formats.money(line.principal), True),
                cell(formats.money(line.interest), True),
                cell(formats.money(line.total), True),
                cell(formats.money(line.paid), True),
            ]
            late_line = line.paid < line.total and line.due_on <= as_of
            for column, item in enumerate(values):
                if late_line:
                    item.setBackground(QBrush(STATUS_COLOURS[LoanStatus.OVERDUE]))
                self.schedule.setItem(row, column, item)
        self.repayments.setRowCount(len(detail.repayments))
        for row, r in enumerate(detail.repayments):
            reversed_text = ""
            if r.reversed_at is not None:
                reversed_text = self.tr("{0} by {1}: {2}").format(
                    formats.day(r.reversed_at.astimezone().date()),
                    r.reversed_by,
                    r.reversal_reason,
                )
            items = [
                cell(formats.day(r.paid_on)),
                cell(formats.money(r.amount), True),
                cell(r.receipt_no),
                cell(r.posted_by),
                cell(reversed_text),
            ]
            for column, item in enumerate(items):
                if r.reversed_at is not None:
                    font = item.font()
                    font.setStrikeOut(column < 3)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor("#777777")))
                item.setData(Qt.ItemDataRole.UserRole, str(r.id))
                self.repayments.setItem(row, column, item)
        paid = any(r.reversed_at is None for r in detail.repayments)
        self.delete_button.setEnabled(not paid)
        self.delete_button.setToolTip(
            self.tr("A loan with repayments cannot be deleted; reverse them first.")
            if paid
            else self.tr("Delete this loan (Ctrl+Z in the main window brings it back).")
        )
        due = amount_due(((line.due_on, line.total, line.paid) for line in detail.schedule), as_of)
        self.amount.setPlaceholderText(
            self.tr("due now: {0}").format(formats.number(due)) if due else ""
        )

    def post(self) -> uuid.UUID | None:
        fields = {
            "paid_on": self.paid_on.text(),
            "amount": self.amount.text(),
            "receipt_no": self.receipt_no.text(),
        }
        posted = post_typed(self.db, self.officer, self.loan_id, fields, self.errors)
        if posted is None:
            return None
        self.amount.clear()
        self.receipt_no.clear()
        self.refresh()
        self.changed.emit(self.loan_id)
        self.amount.setFocus()
        return posted.repayment_id

    def request_delete(self) -> None:
        """Ask for the deletion; close if it happened (the window may refuse it)."""
        self.delete_requested.emit(self.loan_id)
        if not loans.loan_is_live(self.db, self.loan_id):
            self.close()

    def reverse_selected(self) -> None:
        row = self.repayments.currentRow()
        if row < 0 or self.detail is None:
            return
        line = self.detail.repayments[row]
        if line.reversed_at is not None:
            return
        reason = dialogs.ask_text(
            self,
            self.tr("Reverse repayment"),
            self.tr("Why is the repayment of {0} (receipt {1}) reversed?").format(
                formats.money(line.amount, self.detail.currency), line.receipt_no
            ),
        )
        if reason is None:
            return
        try:
            loans.reverse_repayment(self.db, line.id, reason, self.officer)
        except ValidationError as exc:
            dialogs.show_error(self, self.tr("Not reversed"), error_text(exc.errors[0]))
            return
        except UserError as exc:
            dialogs.show_error(self, self.tr("Not reversed"), shown(exc))
        self.refresh()
        self.changed.emit(self.loan_id)
