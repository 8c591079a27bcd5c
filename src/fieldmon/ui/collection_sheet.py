"""The collection sheet: what to collect in a district or settlement over a period, to print
and take to the villages, and to tick off on return (ticked rows with a receipt number are
posted as repayments of the amount shown, dated the day given)."""

from __future__ import annotations

import html
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.db.engine import Database
from fieldmon.domain.errors import ValidationError
from fieldmon.domain.periods import Period
from fieldmon.services import loans, places
from fieldmon.services.loans import CollectionLine
from fieldmon.ui import dialogs, formats
from fieldmon.ui.i18n import error_text
from fieldmon.ui.place_picker import PlacePicker
from fieldmon.ui.reports_pdf import write_pdf
from fieldmon.ui.widgets import DateField, ErrorLabel, remember_columns

RECEIPT_COLUMN = 7


class CollectionSheet(QDialog):
    def __init__(self, db: Database, officer: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.officer = db, officer
        self.setWindowTitle(self.tr("Collection sheet"))
        self.resize(1000, 640)
        self.lines: list[CollectionLine] = []
        self.places = PlacePicker(db, lang, self)
        today = date.today()
        month_start = today.replace(day=1)
        month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        self.date_from = DateField()
        self.date_from.setObjectName("sheet_from")
        self.date_from.set_value(month_start)
        self.date_to = DateField()
        self.date_to.setObjectName("sheet_to")
        self.date_to.set_value(month_end)
        self.with_arrears = QCheckBox(self.tr("Include earlier unpaid instalments"))
        self.with_arrears.setChecked(True)
        self.error = ErrorLabel()
        show = QPushButton(self.tr("&Show"))
        show.setObjectName("show_sheet")
        form = QFormLayout()
        form.addRow(self.tr("Region"), self.places.region)
        form.addRow(self.tr("District"), self.places.district)
        form.addRow(self.tr("Settlement"), self.places.settlement)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        period.addWidget(self.with_arrears)
        period.addStretch()
        period.addWidget(show)
        form.addRow(self.tr("Due from"), period)

        self.table = QTableWidget(0, 8)
        self.table.setObjectName("sheet_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Collected"),
                self.tr("Settlement"),
                self.tr("Borrower"),
                self.tr("Phone"),
                self.tr("Loan no."),
                self.tr("Due"),
                self.tr("To collect"),
                self.tr("Receipt no."),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.columns = remember_columns(self.table, "collection_sheet")
        self.total = QLabel()
        self.paid_on = DateField()
        self.paid_on.setObjectName("sheet_paid_on")
        self.paid_on.set_value(today)
        post = QPushButton(self.tr("Post &ticked"))
        post.setObjectName("post_ticked")
        pdf = QPushButton(self.tr("Save as &PDF…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(QLabel(self.tr("Collected on")))
        buttons.addWidget(self.paid_on)
        buttons.addWidget(post)
        buttons.addWidget(pdf)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        show.clicked.connect(self.load)
        post.clicked.connect(self.post_ticked)
        pdf.clicked.connect(self.save_pdf)
        close.clicked.connect(self.close)

    def period(self) -> Period | None:
        try:
            start, end = self.date_from.value(), self.date_to.value()
        except ValueError:
            self.error.show_error(self.tr("Write dates as dd.mm.yyyy."))
            return None
        if start is None or end is None or end < start:
            self.error.show_error(self.tr("Give the first and the last due date of the period."))
            return None
        return Period(start, end)

    def place_id(self) -> uuid.UUID | None:
        where = self.places.value()
        return places.lookup_id(self.db, where)

    def load(self) -> None:
        period = self.period()
        place_id = self.place_id()
        if period is None:
            return
        if place_id is None:
            self.error.show_error(
                self.tr("Choose a region, district or settlement that has loans.")
            )
            return
        self.error.show_error(None)
        self.lines = loans.collection_sheet(
            self.db,
            period,
            place_id,
            with_arrears=self.with_arrears.isChecked(),
        )
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, tick)
            for column, text in enumerate(
                (
                    line.place,
                    line.borrower,
                    line.phone,
                    line.loan_no,
                    formats.day(line.due_on),
                    formats.money(line.to_collect, line.currency),
                ),
                start=1,
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
            self.table.setItem(row, RECEIPT_COLUMN, QTableWidgetItem(""))
        totals: dict[str, Decimal] = {}
        for line in self.lines:
            cur = line.currency.value
            totals[cur] = totals.get(cur, Decimal(0)) + line.to_collect
        summary = ", ".join(formats.money(v, c) for c, v in totals.items())
        self.total.setText(
            self.tr("{0} instalments; in all {1}").format(formats.count(len(self.lines)), summary)
        )

    def ticked_rows(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if self.table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def post_ticked(self) -> int:
        """Post each ticked row (a receipt number is needed); returns how many were posted."""
        try:
            paid_on = self.paid_on.value()
        except ValueError:
            paid_on = None
        problems, posted = [], 0
        for row in self.ticked_rows():
            line = self.lines[row]
            receipt = self.table.item(row, RECEIPT_COLUMN).text()
            try:
                loans.post_repayment(
                    self.db, line.loan_id, paid_on, line.to_collect, receipt, self.officer
                )
                posted += 1
            except ValidationError as exc:
                problems.append(
                    f"{line.loan_no} ({formats.day(line.due_on)}): "
                    + " ".join(error_text(e) for e in exc.errors)
                )
        if problems:
            dialogs.show_error(
                self,
                self.tr("Some rows were not posted"),
                self.tr("{0} posted; not posted:").format(formats.count(posted))
                + "\n"
                + "\n".join(problems),
            )
        self.load()
        return posted

    def html(self) -> str:
        """The sheet as printed: empty boxes to tick and a blank for the receipt number."""
        period = self.period()
        heading = html.escape(
            f"{self.places.region.text()} {self.places.district.text()} "
            f"{self.places.settlement.text()}".strip()
        )
        rows = "".join(
            "<tr><td style='font-size:14pt'>☐</td>"
            + "".join(
                f"<td>{html.escape(t)}</td>"
                for t in (
                    line.place,
                    line.borrower,
                    line.phone,
                    line.loan_no,
                    formats.day(line.due_on),
                )
            )
            + f"<td align='right'>{html.escape(formats.money(line.to_collect, line.currency))}</td>"
            "<td>______________</td></tr>"
            for line in self.lines
        )
        headers = "".join(
            f"<th>{html.escape(self.table.horizontalHeaderItem(i).text())}</th>"
            for i in range(self.table.columnCount())
        )
        title = html.escape(self.tr("Collection sheet"))
        dates = f"{formats.day(period.start)} – {formats.day(period.end)}" if period else ""
        return (
            f"<h2>{title}</h2><p>{heading}<br>{dates}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{headers}</tr>{rows}</table>"
            f"<p>{html.escape(self.total.text())}</p>"
        )

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save collection sheet"),
            str(Path.home() / "collection-sheet.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            write_pdf(self.html(), path)
