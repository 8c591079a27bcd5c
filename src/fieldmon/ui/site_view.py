"""A site's page, asked for before a visit ("what did we see here last time?"): every visit
to the site over time with its ratings and findings, the follow-up actions still open, and
the loans behind it (`services.sites`, whose notes say which loans those are). A window of
its own per site, like a loan's page; it opens visits and loans by signals only."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.choices import FundsUsed, Purpose, Rating, SiteType
from fieldmon.domain.errors import UserError
from fieldmon.domain.loans import LoanStatus, Product
from fieldmon.services import sites
from fieldmon.services.sites import SiteHistory, SiteVisit
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import choice_label, shown
from fieldmon.ui.loan_view import cell, table
from fieldmon.ui.loans_model import STATUS_COLOURS

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RATING_COLOURS = {
    Rating.SERIOUS_ISSUES: STATUS_COLOURS[LoanStatus.OVERDUE],
    Rating.MINOR_ISSUES: STATUS_COLOURS[LoanStatus.DUE_NEXT_QUARTER],
}
FINDINGS_COLUMN = 6


def one_line(text: str) -> str:
    """Text as a table cell shows it: one line (the view elides what does not fit)."""
    return " ".join(text.split())


class SiteView(QDialog):
    """Emits `visit_requested(visit_id)` (a visit or an open follow-up double-clicked, or
    Enter) and `loan_requested(loan_id)`. Raises UserError when the site is gone."""

    visit_requested = Signal(uuid.UUID)
    loan_requested = Signal(uuid.UUID)

    def __init__(self, db: Database, lang: str, site_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.lang, self.site_id = db, lang, site_id
        self.setObjectName("site_view")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 720)
        self.history: SiteHistory = sites.site_history(db, site_id, lang=lang)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("site_place")
        self.subtitle.setWordWrap(True)

        self.visits = table(
            [
                self.tr("Date"),
                self.tr("Officer"),
                self.tr("Purpose"),
                self.tr("Funds used"),
                self.tr("Equipment"),
                self.tr("Rating"),
                self.tr("Findings"),
                self.tr("Follow-up"),
            ],
            "site_visits",
        )
        self.visits.setWordWrap(False)
        self.visits.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.visits.horizontalHeader().setStretchLastSection(False)
        self.visits.horizontalHeader().setSectionResizeMode(
            FINDINGS_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.visits.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        # The selected visit's findings and follow-up in full, under the table.
        self.details = QPlainTextEdit()
        self.details.setObjectName("visit_details")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)

        self.follow_ups = table(
            [self.tr("Due"), self.tr("Action"), self.tr("Visit"), self.tr("Officer")],
            "site_follow_ups",
        )
        self.no_follow_ups = QLabel(self.tr("No follow-up action is open."))
        self.loans = table(
            [
                self.tr("Loan no."),
                self.tr("Borrower"),
                self.tr("Disbursed"),
                self.tr("Principal"),
                self.tr("Outstanding"),
                self.tr("Status"),
            ],
            "site_loans",
        )
        self.loans_note = QLabel()
        self.loans_note.setObjectName("loans_note")
        self.loans_note.setWordWrap(True)
        self.loans_note.setStyleSheet("color: #555;")

        open_visit = QPushButton(self.tr("&Open visit"))
        open_visit.setObjectName("open_visit")
        close = QPushButton(self.tr("Close"))
        for button in (open_visit, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(open_visit)
        buttons.addStretch()
        buttons.addWidget(close)

        visits_box = QGroupBox(self.tr("Visits, newest first"))
        visits_layout = QVBoxLayout(visits_box)
        visits_layout.addWidget(self.visits, 1)
        visits_layout.addWidget(self.details)
        follow_box = QGroupBox(self.tr("Open follow-ups"))
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(self.follow_ups)
        follow_layout.addWidget(self.no_follow_ups)
        self.loans_box = QGroupBox(self.tr("Loans"))
        loans_layout = QVBoxLayout(self.loans_box)
        loans_layout.addWidget(self.loans_note)
        loans_layout.addWidget(self.loans)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(follow_box, 1)
        lower_layout.addWidget(self.loans_box, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(visits_box)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        # `activated`: a double-click, or Enter on the row.
        self.visits.activated.connect(lambda index: self._request_visit(self.visits, index.row()))
        self.follow_ups.activated.connect(
            lambda index: self._request_visit(self.follow_ups, index.row())
        )
        self.loans.activated.connect(lambda index: self._request_loan(index.row()))
        self.visits.itemSelectionChanged.connect(self._show_details)
        open_visit.clicked.connect(
            lambda: self._request_visit(self.visits, self.visits.currentRow())
        )
        close.clicked.connect(self.close)
        self._fill()
        self.visits.setFocus()

    # --- reading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the site again (a visit or loan saved meanwhile); a site deleted meanwhile
        is said so and the page closes."""
        try:
            self.history = sites.site_history(self.db, self.site_id, lang=self.lang)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Cannot open the site"), shown(exc))
            self.close()
            return
        self._fill()

    def _fill(self) -> None:
        h = self.history
        self.setWindowTitle(self.tr("Site: {0}").format(h.name))
        self.title.setText(h.name)
        visits = h.visits
        if visits:
            summary = self.tr("%Ln visit(s), the last on {0} by {1}.", "", len(visits)).format(
                formats.day(visits[0].visit_date), visits[0].officer
            )
        else:
            summary = self.tr("No visit recorded.")
        self.subtitle.setText(
            self.tr("{type} — {place}. {summary}").format(
                type=choice_label(SiteType, h.site_type.value), place=h.place, summary=summary
            )
        )
        self._fill_visits(visits)
        self._fill_follow_ups(h.open_follow_ups)
        self._fill_loans(h)

    def _fill_visits(self, visits: tuple[SiteVisit, ...]) -> None:
        self.visits.setRowCount(len(visits))
        for row, v in enumerate(visits):
            equipment = {True: self.tr("Yes"), False: self.tr("No"), None: "—"}[v.equipment_ok]
            findings = cell(one_line(v.findings))
            findings.setToolTip(v.findings)
            items = [
                cell(formats.day(v.visit_date)),
                cell(v.officer),
                cell(choice_label(Purpose, v.purpose.value)),
                cell(choice_label(FundsUsed, v.funds_used.value)),
                cell(equipment),
                cell(choice_label(Rating, v.rating.value)),
                findings,
                cell(self._follow_up_text(v)),
            ]
            colour = RATING_COLOURS.get(v.rating)
            if colour is not None:
                items[5].setBackground(QBrush(colour))
            for column, item in enumerate(items):
                item.setData(ID_ROLE, str(v.id))
                self.visits.setItem(row, column, item)
        if visits:
            self.visits.selectRow(0)  # the last visit: what was seen here last time
        self._show_details()

    def _follow_up_text(self, v: SiteVisit) -> str:
        if not v.follow_up:
            return ""
        if v.follow_up_closed_on is not None:
            state = self.tr("closed {0}").format(formats.day(v.follow_up_closed_on))
        elif v.follow_up_due is not None:
            state = self.tr("due {0}").format(formats.day(v.follow_up_due))
        else:
            state = self.tr("open")
        return self.tr("{action} ({state})").format(action=one_line(v.follow_up), state=state)

    def _fill_follow_ups(self, open_: tuple[SiteVisit, ...]) -> None:
        today = date.today()
        self.follow_ups.setRowCount(len(open_))
        for row, v in enumerate(open_):
            due = cell(formats.day(v.follow_up_due) if v.follow_up_due else "—")
            if v.follow_up_due is not None and v.follow_up_due < today:
                due.setBackground(QBrush(STATUS_COLOURS[LoanStatus.OVERDUE]))
                due.setToolTip(self.tr("%Ln day(s) overdue", "", (today - v.follow_up_due).days))
            action = cell(one_line(v.follow_up))
            action.setToolTip(v.follow_up)
            items = [due, action, cell(formats.day(v.visit_date)), cell(v.officer)]
            for column, item in enumerate(items):
                item.setData(ID_ROLE, str(v.id))
                self.follow_ups.setItem(row, column, item)
        self.follow_ups.setVisible(bool(open_))
        self.no_follow_ups.setVisible(not open_)

    def _fill_loans(self, h: SiteHistory) -> None:
        if h.loan_product is None:
            self.loans_note.setText(self.tr("Loans do not finance this kind of site."))
        else:
            self.loans_note.setText(
                self.tr(
                    "{product} loans made in {place}. Loans are not linked to a site, so every "
                    "such loan of the place is listed."
                ).format(product=choice_label(Product, h.loan_product.value), place=h.loans_place)
            )
        self.loans.setVisible(h.loan_product is not None)
        self.loans.setRowCount(len(h.loans))
        for row, loan in enumerate(h.loans):
            status = choice_label(LoanStatus, loan.status.value)
            if loan.status == LoanStatus.OVERDUE:
                status = self.tr("{0}, {1} days in arrears").format(
                    status, formats.count(loan.days_in_arrears)
                )
            items = [
                cell(loan.loan_no),
                cell(loan.borrower),
                cell(formats.day(loan.disbursed_on)),
                cell(formats.money(loan.principal, loan.currency), True),
                cell(formats.money(loan.outstanding, loan.currency), True),
                cell(status),
            ]
            colour = STATUS_COLOURS.get(loan.status)
            for column, item in enumerate(items):
                if colour is not None:
                    item.setBackground(QBrush(colour))
                item.setData(ID_ROLE, str(loan.id))
                self.loans.setItem(row, column, item)

    def _show_details(self) -> None:
        row = self.visits.currentRow()
        if not (0 <= row < len(self.history.visits)):
            self.details.setPlainText("")
            return
        v = self.history.visits[row]
        lines = [
            f"{formats.day(v.visit_date)}, {v.officer}",
            self.tr("Findings: {0}").format(v.findings or "—"),
        ]
        if v.follow_up:
            lines.append(self.tr("Follow-up: {0}").format(self._follow_up_text(v)))
        self.details.setPlainText("\n".join(lines))

    # --- opening ---------------------------------------------------------------------------

    def _request_visit(self, view: QTableWidget, row: int) -> None:
        item = view.item(row, 0) if row >= 0 else None
        if item is not None:
            self.visit_requested.emit(uuid.UUID(item.data(ID_ROLE)))

    def _request_loan(self, row: int) -> None:
        item = self.loans.item(row, 0) if row >= 0 else None
        if item is not None:
            self.loan_requested.emit(uuid.UUID(item.data(ID_ROLE)))

    def selected_visit(self) -> uuid.UUID | None:
        row = self.visits.currentRow()
        return self.history.visits[row].id if 0 <= row < len(self.history.visits) else None
