"""The Loans page (filters above a paged, status-coloured list) and the fast repayment
entry: loan number, Enter, amount, Enter, receipt, Enter — posted, ready for the next."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import UserError
from fieldmon.domain.loans import LoanStatus, Product
from fieldmon.domain.money import Currency
from fieldmon.services import loans, places
from fieldmon.services.loans import LoanBrief, LoanFilter
from fieldmon.ui import formats
from fieldmon.ui.i18n import choice_label
from fieldmon.ui.loan_view import post_typed
from fieldmon.ui.loans_model import ID_ROLE, LoanTableModel
from fieldmon.ui.widgets import DateField, ErrorLabel, remember_columns, with_error

FILTER_DELAY_MS = 250


class LoansPage(QWidget):
    open_requested = Signal(uuid.UUID)
    new_requested = Signal()
    repayments_requested = Signal()
    collection_requested = Signal()
    counts_changed = Signal(int)

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.project_id: uuid.UUID | None = None  # the window's current project; None: all
        self.search = QLineEdit()
        self.search.setObjectName("loan_search")
        self.search.setPlaceholderText(self.tr("Search loan number, borrower or place…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("Any status"), None)
        for code in LoanStatus.labels():
            self.status.addItem(choice_label(LoanStatus, code), code)
        self.product = QComboBox()
        self.product.setObjectName("product_filter")
        self.product.addItem(self.tr("Any product"), None)
        for code in Product.labels():
            self.product.addItem(choice_label(Product, code), code)
        self.region = QComboBox()
        self.region.setObjectName("loan_region_filter")
        self.region.addItem(self.tr("All regions"), None)
        for item in places.region_items(db, lang):
            self.region.addItem(item.name, str(item.id))
        self.currency = QComboBox()
        self.currency.setObjectName("currency_filter")
        self.currency.addItem(self.tr("Any currency"), None)
        for code in Currency.labels():
            self.currency.addItem(code, code)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.status, self.product, self.region, self.currency):
            bar.addWidget(combo, 1)

        self.model = LoanTableModel(db, self, lang)
        self.table = QTableView()
        self.table.setObjectName("loans_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.columns = remember_columns(self.table, "loans")

        new = QPushButton(self.tr("&New loan"))
        new.setObjectName("new_loan")
        open_ = QPushButton(self.tr("&Open"))
        post = QPushButton(self.tr("Post &repayments…"))
        post.setObjectName("post_repayments")
        sheet = QPushButton(self.tr("&Collection sheet…"))
        buttons = QHBoxLayout()
        for button in (new, open_, post, sheet):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.status, self.product, self.region, self.currency):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        new.clicked.connect(self.new_requested)
        open_.clicked.connect(self._open_current)
        post.clicked.connect(self.repayments_requested)
        sheet.clicked.connect(self.collection_requested)
        self.table.doubleClicked.connect(lambda i: self.open_requested.emit(i.data(ID_ROLE)))
        self.table.activated.connect(lambda i: self.open_requested.emit(i.data(ID_ROLE)))

    def current_filter(self) -> LoanFilter:
        def chosen(combo: QComboBox, cls: type) -> object:
            return cls(combo.currentData()) if combo.currentData() else None

        region = self.region.currentData()
        return LoanFilter(
            text=self.search.text(),
            status=chosen(self.status, LoanStatus),  # type: ignore[arg-type]
            product=chosen(self.product, Product),  # type: ignore[arg-type]
            region_id=uuid.UUID(region) if region else None,
            currency=chosen(self.currency, Currency),  # type: ignore[arg-type]
            project_id=self.project_id,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self.counts_changed.emit(self.model.count())

    refresh = apply_filter

    def set_project(self, project: uuid.UUID | None) -> None:
        """Show the loans of `project` only (None: of every project), the filters kept."""
        self.project_id = project
        self.apply_filter()

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))


class RepaymentEntry(QDialog):
    """Posting a stack of receipts from the keyboard. The date stays from one to the next;
    the amount offered is what is due now. Each posted line is listed below."""

    posted = Signal(uuid.UUID)

    def __init__(self, db: Database, officer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.officer = db, officer
        self.setWindowTitle(self.tr("Post repayments"))
        self.brief: LoanBrief | None = None
        self.loan_no = QLineEdit()
        self.loan_no.setObjectName("entry_loan_no")
        self.borrower = QLabel()
        self.borrower.setObjectName("entry_borrower")
        self.borrower.setWordWrap(True)
        self.paid_on = DateField()
        self.paid_on.setObjectName("entry_paid_on")
        self.paid_on.set_value(date.today())
        self.amount = QLineEdit()
        self.amount.setObjectName("entry_amount")
        self.receipt_no = QLineEdit()
        self.receipt_no.setObjectName("entry_receipt_no")
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        for label, name, widget in (
            (self.tr("Loan number"), "loan_no", self.loan_no),
            (self.tr("Date"), "paid_on", self.paid_on),
            (self.tr("Amount"), "amount", self.amount),
            (self.tr("Receipt no."), "receipt_no", self.receipt_no),
        ):
            box, error = with_error(widget)
            self.errors[name] = error
            form.addRow(label, box)
            if name == "loan_no":
                form.addRow("", self.borrower)
        self.log = QListWidget()
        self.log.setObjectName("entry_log")
        hint = QLabel(self.tr("Enter moves to the next field; Enter on the receipt posts."))
        hint.setStyleSheet("color: #555;")
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Posted in this session")))
        layout.addWidget(self.log)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(520, 480)

        self.loan_no.returnPressed.connect(self._loan_entered)
        self.paid_on.edit.returnPressed.connect(self.amount.setFocus)
        self.amount.returnPressed.connect(self.receipt_no.setFocus)
        self.receipt_no.returnPressed.connect(self.post)
        self.loan_no.editingFinished.connect(self._look_up)

    def _look_up(self) -> bool:
        text = self.loan_no.text().strip()
        self.brief = None
        if not text:
            self.borrower.setText("")
            return False
        try:
            self.brief = loans.loan_brief(self.db, text)
        except UserError:
            self.errors["loan_no"].show_error(
                self.tr("There is no loan number {0}.").format(text.upper())
            )
            self.borrower.setText("")
            return False
        self.errors["loan_no"].show_error(None)
        b = self.brief
        due = (
            self.tr("due now {0}").format(formats.money(b.due_now, b.currency))
            if b.due_now
            else self.tr("nothing owed")
        )
        next_due = (
            self.tr("; next due date {0}").format(formats.day(b.next_due_on))
            if b.next_due_on
            else ""
        )
        self.borrower.setText(f"{b.borrower}: {due}{next_due}")
        if b.due_now and not self.amount.text().strip():
            self.amount.setText(formats.number(b.due_now, grouped=False))
        return True

    def _loan_entered(self) -> None:
        if self._look_up():
            self.amount.setFocus()
            self.amount.selectAll()

    def post(self) -> uuid.UUID | None:
        if self.brief is None and not self._look_up():
            self.loan_no.setFocus()
            return None
        assert self.brief is not None
        fields = {
            "paid_on": self.paid_on.text(),
            "amount": self.amount.text(),
            "receipt_no": self.receipt_no.text(),
        }
        posted = post_typed(self.db, self.officer, self.brief.id, fields, self.errors)
        if posted is None:
            return None
        self.log.insertItem(
            0,
            self.tr("{0} {1}: {2}, receipt {3}").format(
                formats.day(posted.paid_on),
                self.brief.loan_no,
                formats.money(posted.amount, self.brief.currency),
                self.receipt_no.text().strip(),
            ),
        )
        self.posted.emit(self.brief.id)
        self.brief = None
        for widget in (self.loan_no, self.amount, self.receipt_no):
            widget.clear()
        self.borrower.setText("")
        self.loan_no.setFocus()
        return posted.repayment_id
